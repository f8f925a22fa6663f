"""Where a figure in prose comes from: the one tracer, built once per draft from the facts.

A `Tracer` holds every value a summary may state (collected by `cswriter.figures.candidates`:
the stated facts, the derived figures of `compute_figures`, the numbers written in the
facts' free text) indexed by *subject* (the metric, category, complaint type, case, plan or
table column a value measures) and by kind (percent, points, duration, score, count). A figure in prose is matched against the
candidates of the subject its clause or sentence names, of a compatible kind and unit,
and against the arithmetic a careful writer does with that subject's stated values:
differences (2.6 − 2.1 = 0.5分钟), percent and point changes between any two values,
ratios of two counts (32 ÷ 47 = 68.1%), sums and means of a table's rows or of shares,
unit conversions (2.1分钟 = 126秒). A value that belongs to another subject is refused, with
the subject's own values named; a figure whose sentence names no subject may match any
candidate (the tracer cannot tell what it measures, so it does not guess wrong). The
sentence's words (data/tracing.yaml) decide which roles and formulas it can mean: a target
only where it speaks of a target, a difference only where it compares.

Cost: candidates are kept sorted per (subject, kind), so a direct match is a binary search,
and arithmetic pairs values of one subject only (each pair found by a binary search from one
side), never every fact against every fact.

Lint consumes the tracer through `cswriter.lint.tracing.FigureTracer` (a protocol lint
defines); this module imports nothing from lint.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cswriter.domain import load_domain
from cswriter.figures.candidates import (
    AS_WRITTEN,
    COUNT,
    DURATION,
    PERCENT,
    PLAIN,
    POINTS,
    SCORE,
    Candidate,
    Candidates,
    MetricInfo,
    collect_candidates,
    family_of,
)
from cswriter.figures.rounding import agrees, round_half_up

if TYPE_CHECKING:
    from cswriter.facts.model import Facts
    from cswriter.text.numbers import NumberMention

_PARENTS = {"complaint_types": "complaints"}
# Years and months written out are an earlier time too (2024年客户满意度92.1分).
_DATES = "[0-9０-９]{4}年|[0-9０-９]{1,2}月|[一二三四五六七八九十]+月"


class _Words:
    """The word lists of data/tracing.yaml, compiled once."""

    def __init__(self) -> None:
        from cswriter.domain import load_yaml_resource

        doc = load_yaml_resource("tracing.yaml")

        def regex(key: str, extra: str = "") -> re.Pattern[str]:
            words = sorted(doc[key], key=len, reverse=True)
            return re.compile("|".join([*map(re.escape, words), *([extra] if extra else [])]))

        self.compare = regex("compare")
        self.not_compare = regex("not_compare")
        self.sum = regex("sum")
        self.mean = regex("mean")
        self.ratio = regex("ratio")
        self.target = regex("target")
        self.previous = regex("previous", _DATES)
        self.against_previous = regex("against_previous")
        self.claims = regex("claims")


_WORDS: list[_Words] = []


def _words() -> _Words:
    if not _WORDS:
        _WORDS.append(_Words())
    return _WORDS[0]


def _is_amount(text: str, n: NumberMention) -> bool:
    """Is `n` the amount of a change (下降8个百分点, 缩短了15秒), not one of its ends
    (由9天降至4天, 提升到98.5%)?"""
    before = text[max(0, n.start - 4):n.start].rstrip("了约近达 ")
    if not before or before.endswith(("至", "到", "为", "是", "由", "从")):
        return False
    return _words().compare.search(before[-2:]) is not None


def _compares(clause: str) -> bool:
    """Does the clause compare two values (较去年提升, 比目标快), not just name a share (占比)?"""
    words = _words()
    return words.compare.search(words.not_compare.sub("", clause)) is not None


_LONGEST_RUN = 12


@dataclass(frozen=True)
class Trace:
    """What the tracer made of one figure."""

    traced: bool
    source: str | None = None
    """The fact or the formula with its inputs (0.5分钟 = 去年2.6分钟 − 本期2.1分钟)."""
    subject: str | None = None
    """The subject the figure was read as measuring, if the text names one."""
    detail: str = ""
    """For an untraced figure: what the subject's values are, or whose value it is."""
    placed: bool = True
    """For an untraced figure: whether the tracer could tell what it claims (a named subject,
    or a change of two figures beside it). A figure it cannot place is reported as a warning
    (CS405), not as a wrong figure (CS401): the tracer does not know what it should be."""


@dataclass(frozen=True, slots=True)
class _Stated:
    """A figure of a sentence, as its neighbours see it."""

    mention: NumberMention
    family: str
    base: float
    traced: bool
    subjects: tuple[str, ...]


@dataclass
class _Index:
    """Candidates of one subject (or of all), sorted by base value per family."""

    values: dict[str, list[float]] = field(default_factory=dict)
    items: dict[str, list[Candidate]] = field(default_factory=dict)

    @classmethod
    def build(cls, candidates: Iterable[Candidate]) -> _Index:
        by_family: dict[str, list[Candidate]] = {}
        for c in candidates:
            by_family.setdefault(c.family, []).append(c)
            if c.family == DURATION:
                by_family.setdefault(AS_WRITTEN, []).append(c)
        index = cls()
        for family, items in by_family.items():
            key = (lambda c: c.value) if family == AS_WRITTEN else (lambda c: c.base)
            items.sort(key=key)
            index.items[family] = items
            index.values[family] = [key(c) for c in items]
        return index

    def between(self, family: str, low: float, high: float) -> list[Candidate]:
        values = self.values.get(family)
        if not values:
            return []
        return self.items[family][bisect_left(values, low):bisect_right(values, high)]


# Which candidate families a stated figure of each family may match.
_MATCHES = {
    PERCENT: (PERCENT,), POINTS: (POINTS,), DURATION: (DURATION,),
    SCORE: (SCORE, PLAIN), COUNT: (COUNT, PLAIN),
    # A bare number (a table cell, 满意度95.2) may be any value as written.
    PLAIN: (PLAIN, COUNT, SCORE, PERCENT, AS_WRITTEN),
}
# Which subjects a stated figure of each family may be about (a points change is a rate's
# or a share's, a duration a duration metric's…). Subjects of unknown kind take anything.
_ABOUT = {
    PERCENT: None, PLAIN: None,
    POINTS: {"rate", "share"},
    DURATION: {"duration"},
    SCORE: {"score"},
    COUNT: {"count", "share"},
}


def _precision_window(n: NumberMention, decimals: int) -> tuple[float, float]:
    """Exact values a stated figure can stand for (rounded half-up or truncated)."""
    q = 10.0 ** -decimals
    low, high = n.value, n.high if n.high is not None else n.value
    eps = 1e-9 * max(1.0, abs(high))
    return low - q / 2 - eps, high + q + eps


def _decimals(precision: float) -> int:
    """"98.5" has precision 0.1 → 1 decimal; "1.2万" has 1000 → −3 (agrees takes both)."""
    if precision <= 0:
        return 0
    return round(-math.log10(precision))


def _fits(n: NumberMention, exact: float, decimals: int) -> bool:
    """`agrees` (rounded half-up or truncated), for the value or either end of a range."""
    if n.high is not None and n.value <= exact <= n.high:
        return True
    q = 10.0 ** -decimals
    for stated in (n.value,) if n.high is None else (n.value, n.high):
        eps = 1e-9 * max(1.0, abs(stated))
        # Clear cases without Decimal arithmetic (this runs for every candidate in a window);
        # only values on the edge of a rounding interval go through `agrees`.
        if stated - q / 2 + eps < exact < stated + q / 2 - eps:
            return True
        if 0 <= stated and stated + eps < exact < stated + q - eps:
            return True
        if stated - q / 2 - eps <= exact <= stated + q + eps and agrees(stated, exact, decimals):
            return True
    return False


def _rounds_to(n: NumberMention, exact: float, decimals: int) -> bool:
    tolerance = 1e-9 * max(1.0, abs(n.value))
    rounded = round_half_up(exact, decimals)
    if n.high is not None:
        return n.value - tolerance <= rounded <= n.high + tolerance
    return abs(rounded - n.value) <= tolerance


class Tracer:
    """Every value the facts allow, indexed by subject and kind. Build with `build_tracer`."""

    def __init__(self, found: Candidates) -> None:
        candidates, names = found.candidates, found.names
        self.subjects = found.subjects
        self._names = names
        self._metrics = found.metrics
        self._columns = found.columns
        self._all = _Index.build(candidates)
        # Stated values once per (value, subjects): which subjects a neighbour figure is about.
        unique: dict[tuple, Candidate] = {}
        for c in candidates:
            if c.stated:
                unique.setdefault((c.family, c.value, c.seconds, c.subjects), c)
        self._stated_all = _Index.build(unique.values())
        self._loose = _Index.build(c for c in candidates if not c.subjects)
        by_subject: dict[str, list[Candidate]] = {}
        for c in candidates:
            for key in c.subjects:
                by_subject.setdefault(key, []).append(c)
        self._by_subject = {key: _Index.build(items) for key, items in by_subject.items()}
        self._stated = {key: _Index.build(c for c in items if c.stated)
                        for key, items in by_subject.items()}
        # What a finding quotes as the subject's values: its own stated ones, in fact order.
        self._own = {key: _first_labels([c for c in items if c.stated and c.role in ("value", "previous", "target",
                                                                                      "share", "count", "plan")]
                                        or [c for c in items if c.stated], 4)
                     for key, items in by_subject.items()}
        ordered = sorted(names, key=len, reverse=True)
        self._name_regex = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        self.candidate_count = len(candidates)
        self._sentence_memo: dict[str, list[_Stated]] = {}
        self._role_memo: dict[tuple[str, frozenset[str]], _Index] = {}

    # -- what lint asks ------------------------------------------------------------------

    def subject_names(self) -> tuple[str, ...]:
        """Every name the tracer knows a subject by (metric synonyms, categories, …)."""
        return tuple(self._names)

    def metric(self, name: str) -> MetricInfo | None:
        """The facts' metric a name refers to (by name or synonym), if exactly one."""
        keys = self._names.get(name)
        if keys is None:
            spec = load_domain().match_metric(name)
            keys = self._names.get(spec.title) if spec is not None else None
        infos = [self._metrics[k] for k in keys or () if k in self._metrics]
        return infos[0] if len(infos) == 1 else None

    def trace(self, text: str, number: NumberMention, clause: tuple[int, int],
              sentence: tuple[int, int]) -> Trace:
        """Trace `number` (found in `text`) given the clause and sentence it stands in."""
        family, seconds = family_of(number.unit, number.kind)
        decimals = _decimals(number.precision)
        clause_text = text[clause[0]:clause[1]]
        named, in_clause = self._named_subjects(text, number, family, clause, sentence)
        line_start = text.rfind("\n", 0, number.start) + 1
        # In a table row the column header says which value it is; in prose the sentence does.
        lead = "" if text.startswith("|", line_start) else text[sentence[0]:clause[1]]
        skip = _roles_ruled_out(lead, clause_text) if lead else frozenset()
        for key in named:
            source = self._in_subject(key, number, family, seconds, decimals, clause_text, skip)
            if source is not None:
                return Trace(True, source, self.subjects[key].name)
        if named:
            # A subject named in the figure's own clause is what it measures; one named in
            # an earlier clause may be (较去年提升1.2个百分点) or may not be (平均响应时长2.1分钟，
            # 情绪激动客户15分钟内响应): then a value stated anywhere in the facts will do,
            # unless the clause states a change (同比下降20%), which is the named subject's.
            weak = not in_clause and not _compares(clause_text)
            hit = self._direct(self._all if weak else self._loose, number, family, seconds, decimals)
            if hit is not None:
                return Trace(True, hit.source)
            local = self._sentence_arithmetic(text, number, family, seconds, decimals, sentence, clause_text)
            if local is not None:
                return Trace(True, local)
            # The text says what the figure measures, and it is none of that subject's values.
            return Trace(False, None, self.subjects[named[0]].name,
                         self._why_not(named, number, family, seconds, decimals))
        neighbours = self._neighbour_subjects(text, number, family, sentence)
        for key in neighbours:
            source = self._in_subject(key, number, family, seconds, decimals, clause_text)
            if source is not None:
                return Trace(True, source, self.subjects[key].name)
        local = self._sentence_arithmetic(text, number, family, seconds, decimals, sentence, clause_text)
        if local is not None:
            return Trace(True, local)
        operands = self._operands(text, number, family, sentence) if _is_amount(text, number) else []
        if len(operands) >= 2:
            # A change stated next to the two values it compares (由12%降至3%，下降8个百分点)
            # is their difference or nothing: not a value that happens to stand elsewhere.
            shown = "、".join(o.text for o in operands[:3])
            return Trace(False, None, None, f"；句中的{shown}算不出{number.text}")
        hit = self._direct(self._all, number, family, seconds, decimals)
        if hit is not None:
            return Trace(True, hit.source)
        # A figure whose clause states its role (其中…, 占…, …率, 共…) claims something the
        # facts should hold: wrong. One that names nothing cannot be placed: a warning.
        before = text[clause[0]:number.start]
        placed = _is_amount(text, number) or _words().claims.search(before) is not None
        return Trace(False, placed=placed)

    def _operands(self, text: str, n: NumberMention, family: str,
                  sentence: tuple[int, int]) -> list[NumberMention]:
        """The sentence's other figures, found in the facts, that a change `n` would compare."""
        wanted = {POINTS: (PERCENT,), PERCENT: (COUNT, DURATION, SCORE, PLAIN)}.get(family, (family,))
        s_start = sentence[0]
        return [f.mention for f in self._sentence_figures(text, sentence)
                if f.traced and f.family in wanted and s_start + f.mention.start != n.start]

    def _without_roles(self, key: str, skip: frozenset[str]) -> _Index:
        memo_key = (key, skip)
        index = self._role_memo.get(memo_key)
        if index is None:
            items = [c for fam in self._stated[key].items for c in self._stated[key].items[fam]
                     if fam != AS_WRITTEN and c.role not in skip]
            index = self._role_memo[memo_key] = _Index.build(items)
        return index

    def _sentence_figures(self, text: str, sentence: tuple[int, int]) -> list[_Stated]:
        """The sentence's figures with what each matches directly, worked out once per
        sentence (every figure of the sentence asks about its neighbours)."""
        from cswriter.text.numbers import find_numbers

        s_start, s_end = sentence
        key = text[s_start:s_end]
        found = self._sentence_memo.get(key)
        if found is None:
            found = []
            for other in find_numbers(key):
                if other.kind in ("date", "period", "ordinal"):
                    continue
                fam, sec = family_of(other.unit, other.kind)
                hits = self._direct_all(self._stated_all, other, fam, sec, _decimals(other.precision))
                keys = {k for c in hits for k in c.subjects}
                if not (len(keys) == 1 or (keys and len(keys) <= 2 and all(len(c.subjects) > 1 for c in hits))):
                    keys = set()
                traced = bool(hits) or self._direct(self._all, other, fam, sec,
                                                    _decimals(other.precision)) is not None
                found.append(_Stated(other, fam, other.value * sec if sec else other.value,
                                     traced, tuple(sorted(keys))))
            if len(self._sentence_memo) > 4096:
                self._sentence_memo.clear()
            self._sentence_memo[key] = found
        return found

    def _sentence_arithmetic(self, text: str, n: NumberMention, family: str, seconds: float | None,
                             decimals: int, sentence: tuple[int, int], clause: str) -> str | None:
        """Arithmetic on two other figures of the same sentence that are themselves in the
        facts (解决问题123,500件，占咨询处理量125,380件的98.5%): a ratio or change for a
        percent, a difference or sum otherwise. Pairs within one sentence only."""
        s_start = sentence[0]
        stated = [(f.mention, f.family, f.base) for f in self._sentence_figures(text, sentence)
                  if f.traced and s_start + f.mention.start != n.start]
        if len(stated) < 2:
            return None
        scale = seconds or 1.0
        compares, sums = _compares(clause), _words().sum.search(clause)
        per = _words().mean.search(clause)
        for i, (a, fam_a, va) in enumerate(stated):
            for b, fam_b, vb in stated[i + 1:]:
                if fam_a != fam_b and PLAIN not in (fam_a, fam_b):
                    continue
                big, small = (a, b) if va >= vb else (b, a)
                vbig, vsmall = max(va, vb), min(va, vb)
                if family == PERCENT and fam_a not in (PERCENT, POINTS):
                    if vbig and _rounds_to(n, vsmall / vbig * 100, decimals):
                        return f"{n.text} = {small.text} ÷ {big.text} × 100%"
                    if compares:
                        for x, y, vx, vy in ((a, b, va, vb), (b, a, vb, va)):
                            if vy and _rounds_to(n, abs(vx - vy) / vy * 100, decimals):
                                return f"{n.text} = ({x.text} − {y.text}) ÷ {y.text} × 100%"
                elif family == POINTS and fam_a == PERCENT:
                    if _rounds_to(n, vbig - vsmall, decimals):
                        return f"{n.text} = {big.text} − {small.text}"
                elif family not in (PERCENT, POINTS) and fam_a == family:
                    if compares and _rounds_to(n, (vbig - vsmall) / scale, decimals):
                        return f"{n.text} = {big.text} − {small.text}"
                    if sums and _rounds_to(n, (vbig + vsmall) / scale, decimals):
                        return f"{n.text} = {big.text} + {small.text}"
                if per and family not in (PERCENT, POINTS) and vsmall and fam_a != PERCENT and fam_b != PERCENT:
                    # A mean of a total over a count: 8,460元 ÷ 3笔 = 每笔2,820元.
                    if _fits(n, vbig / vsmall / scale, decimals):
                        return f"{n.text} = {big.text} ÷ {small.text}"
        return None

    # -- subjects ------------------------------------------------------------------------

    def _mentions(self, text: str, start: int, end: int) -> list[tuple[int, int, tuple[str, ...]]]:
        if self._name_regex is None:
            return []
        return [(m.start(), m.end(), self._names[m.group()])
                for m in self._name_regex.finditer(text, start, end)]

    def _compatible(self, keys: tuple[str, ...], family: str) -> tuple[str, ...]:
        allowed = _ABOUT.get(family)
        if allowed is None:
            return keys
        return tuple(k for k in keys if not self.subjects[k].kinds or self.subjects[k].kinds & allowed)

    def _named_subjects(self, text: str, number: NumberMention, family: str,
                        clause: tuple[int, int], sentence: tuple[int, int]) -> tuple[list[str], bool]:
        """Subjects the text names for the figure, nearest first: in its clause (before it,
        then after it), then earlier in its sentence. Only subjects of a compatible kind.
        Also whether any is named in the figure's own clause."""
        c_start, c_end = clause
        s_start, _ = sentence
        out: list[str] = []
        spans = (reversed(self._mentions(text, c_start, number.start)),
                 self._mentions(text, number.end, c_end),
                 reversed(self._mentions(text, s_start, c_start)))
        in_clause = False
        for i, mentions in enumerate(spans):
            for _, _, keys in mentions:
                out.extend(k for k in self._compatible(keys, family) if k not in out)
            if i == 1:
                in_clause = bool(out)
        # The most specific subject: 发货延迟投诉5件 is about one type, not all complaints.
        parents = {self.subjects[k].group for k in out} - {None}
        if parents:
            parents |= {_PARENTS.get(p, p) for p in parents}
            out = [k for k in out if k not in parents]
        return out, in_clause

    def _neighbour_subjects(self, text: str, number: NumberMention, family: str,
                            sentence: tuple[int, int]) -> list[str]:
        """Subjects of the other figures in the sentence that match a stated value of
        exactly one subject (被采纳32条 in "提交优化建议47条，被采纳32条，采纳率68.1%")."""
        out: list[str] = []
        s_start = sentence[0]
        for f in self._sentence_figures(text, sentence):
            if s_start + f.mention.start != number.start:
                out.extend(k for k in f.subjects if k not in out)
        return list(self._compatible(tuple(out), family))

    # -- matching ------------------------------------------------------------------------

    def _direct_all(self, index: _Index, n: NumberMention, family: str, seconds: float | None,
                    decimals: int) -> list[Candidate]:
        low, high = _precision_window(n, decimals)
        scale = seconds or 1.0
        out = []
        for fam in _MATCHES[family]:
            for c in index.between(fam, low * scale, high * scale):
                exact = c.base / scale if family == DURATION and fam == DURATION else c.value
                if _fits(n, exact, decimals):
                    out.append(c)
        return out

    def _direct(self, index: _Index, n: NumberMention, family: str, seconds: float | None,
                decimals: int, skip: frozenset[str] = frozenset()) -> Candidate | None:
        """The closest candidate that fits, a stated fact before a derived figure equal to it
        (`skip`: roles the sentence rules out, see `_roles_ruled_out`)."""
        low, high = _precision_window(n, decimals)
        scale = seconds or 1.0
        best: tuple[float, bool, bool, Candidate] | None = None
        for fam in _MATCHES[family]:
            in_window = index.between(fam, low * scale, high * scale)
            if not in_window:
                continue
            as_base = family == DURATION and fam == DURATION
            target = n.value
            ranked = sorted(in_window, key=lambda c: (abs((c.base / scale if as_base else c.value) - target),
                                                      c.row, not c.stated)) if len(in_window) > 1 else in_window
            for c in ranked:
                if c.role in skip:
                    continue
                exact = c.base / scale if as_base else c.value
                if _fits(n, exact, decimals):
                    key = (abs(exact - target), c.row, not c.stated)
                    if best is None or key < best[:3]:
                        best = (*key, c)
                    break
        return best[3] if best is not None else None

    def _in_subject(self, key: str, n: NumberMention, family: str, seconds: float | None,
                    decimals: int, clause_text: str, skip: frozenset[str] = frozenset()) -> str | None:
        """A value of the subject, or arithmetic on its values, leaving out the roles the
        sentence rules out."""
        index = self._by_subject.get(key)
        if index is None:
            return None
        hit = self._direct(index, n, family, seconds, decimals, skip)
        if hit is not None:
            return hit.source
        return self._arithmetic(key, n, family, seconds, decimals, clause_text, skip)

    def _arithmetic(self, key: str, n: NumberMention, family: str, seconds: float | None,
                    decimals: int, clause: str, skip: frozenset[str] = frozenset()) -> str | None:
        key = self.subjects[key].group or key
        stated = self._stated.get(key)
        if stated is not None and skip:
            stated = self._without_roles(key, skip)
        if stated is None:
            return None
        low, high = _precision_window(n, decimals)
        written = n.text
        words = _words()
        compares, sums, means = _compares(clause), words.sum.search(clause), words.mean.search(clause)

        def fits(exact: float) -> bool:
            # Arithmetic results are rounded, not truncated: truncation is how people shorten a
            # stated mean (343.5 → 343), and allowing it here would double what a pair can hit.
            return _rounds_to(n, exact, decimals)

        if compares:
            # Differences: |a − b| of two values of one kind (points from two percents).
            if family in (POINTS, DURATION, SCORE, COUNT, PLAIN):
                fams = (PERCENT,) if family == POINTS else _MATCHES[family]
                scale = seconds or 1.0
                for fam in fams:
                    found = [(a, b) for a, b in _pair(stated, fam, low * scale, high * scale, "difference")
                             if fits(abs(a.base - b.base) / scale)]
                    if found:
                        # A metric's own values before two rows of its table.
                        a, b = min(found, key=lambda p: p[0].row + p[1].row)
                        hi_, lo_ = (a, b) if a.base >= b.base else (b, a)
                        return f"{written} = {hi_.label} − {lo_.label}"
            # Percent change between two values of one subject (120 → 15 is −87.5 %).
            if family == PERCENT:
                for fam in (COUNT, DURATION, SCORE, PLAIN, PERCENT):
                    for a, b in _pair(stated, fam, low, high, "change"):
                        if b.base and fits(abs(a.base - b.base) / abs(b.base) * 100):
                            return f"{written} = ({a.label} − {b.label}) ÷ {b.label} × 100%"
        if family == PERCENT and (words.ratio.search(clause) or not compares):
            # A part of a whole: 32 ÷ 47 = 68.1 %.
            for fam in (COUNT, PLAIN):
                found = [(a, b) for a, b in _pair(stated, fam, low, high, "ratio")
                         if b.base and a.base <= b.base and fits(a.base / b.base * 100)]
                if found:
                    a, b = max(found, key=lambda p: p[1].base)  # of the whole, not of another part
                    return f"{written} = {a.label} ÷ {b.label} × 100%"
        if sums:
            scale = seconds or 1.0
            for fam in ((PERCENT,) if family == PERCENT else _MATCHES.get(family, ())):
                for a, b in _pair(stated, fam, low * scale, high * scale, "sum"):
                    if fits((a.base + b.base) / scale):
                        return f"{written} = {a.label} + {b.label}"
                top = _top_sum(stated, fam, n, decimals, scale)
                if top:
                    return f"{written} = " + " + ".join(c.label for c in top)
        if sums or means:
            found = self._table_runs(key, n, family, seconds, decimals, mean=bool(means))
            if found:
                return found
        return None

    def _table_runs(self, key: str, n: NumberMention, family: str, seconds: float | None,
                    decimals: int, mean: bool) -> str | None:
        """A sum (or mean) of consecutive rows of a table column of this subject."""
        rows = self._columns.get(key)
        if not rows or (family not in _MATCHES or rows[0].family not in _MATCHES[family]
                        and not (family == DURATION and rows[0].family == DURATION)):
            return None
        scale = seconds or 1.0
        base = [c.base / scale for c in rows]
        prefix = [0.0]
        for v in base:
            prefix.append(prefix[-1] + v)
        count = len(base)
        # Runs of up to a year of months (the whole column's total and mean are figures).
        for length in range(2, min(count, _LONGEST_RUN) + 1):
            for i in range(count - length + 1):
                total = prefix[i + length] - prefix[i]
                exact = total / length if mean else total
                if (_fits if mean else _rounds_to)(n, exact, decimals):
                    span = f"{rows[i].label}至{rows[i + length - 1].label}"
                    what = "平均" if mean else "合计"
                    return f"{n.text} = {span}{what}"
        return None

    def _why_not(self, keys: list[str], n: NumberMention, family: str, seconds: float | None,
                 decimals: int) -> str:
        """Name the subject's values and, when the figure is another subject's, whose."""
        subject = self.subjects[keys[0]]
        shown = self._own.get(keys[0], [])
        where = ""
        hit = self._direct(self._all, n, family, seconds, decimals)
        if hit is None and family != PLAIN:
            # 98.0分 where 98.0 is a rate's target: the same number under another unit.
            hit = self._direct(self._all, n._replace(kind="plain", unit=""), PLAIN, None, decimals)
        if hit is not None and not set(hit.subjects) & set(keys):
            owner = self.subjects[hit.subjects[0]].name if hit.subjects else "其他项"
            where = (f"，{n.text}是{hit.label}" if owner in hit.label
                     else f"，{n.text}是“{owner}”的{hit.label}")
        values = "、".join(c.label for c in shown)
        if values:
            return f"；事实中“{subject.name}”为{values}{where}"
        return f"；“{subject.name}”的事实中没有这个数{where}"


_REFERENCES = {"previous", "target", "annual_target"}
_IN_TIME = {"value", "previous", "target", "annual_target", "plan", "row", "text"}


def _roles_ruled_out(lead: str, clause: str) -> frozenset[str]:
    """Which values a sentence in prose cannot mean, from its words (`lead`: the sentence up
    to the end of the figure's clause). A target is meant only where the sentence speaks of
    one (客户满意度88% is not the target 88%), a previous value only where it speaks of an
    earlier time; a change against last period (较上季度缩短0.5分钟) is not the gap to the
    target, and a gap to the target (比目标高) is not the change since last period."""
    words = _words()
    out: set[str] = set()
    if not words.target.search(lead):
        out.update(("target", "annual_target"))
    if not words.previous.search(lead):
        out.add("previous")
    against_previous = words.against_previous.search(clause) is not None
    against_target = words.target.search(clause) is not None
    if against_previous and not against_target:
        out.update(("gap", "gap_percent", "attainment", "target", "annual_target"))
    elif against_target and not against_previous:
        out.update(("change", "change_percent", "previous"))
    return frozenset(out)


def _comparable(op: str, a: str, b: str) -> bool:
    """Which two values of one series a writer puts in one formula: a change is this period
    against last period or the target (not last period against the target), or two rows,
    or two numbers of one fact; a sum adds parts, never a target to a previous value."""
    if a in _REFERENCES and b in _REFERENCES:
        return False
    if op == "change":
        return a in _IN_TIME and b in _IN_TIME
    if op == "sum":
        return a not in _REFERENCES and b not in _REFERENCES
    return True


def _first_labels(items: list[Candidate], count: int) -> list[Candidate]:
    """The first `count` candidates with distinct labels (a score out of 100 is indexed
    twice, as 分 and as %, under one label)."""
    out: dict[str, Candidate] = {}
    for c in items:
        out.setdefault(c.label, c)
        if len(out) == count:
            break
    return list(out.values())


def _pair(index: _Index, family: str, low: float, high: float,
          op: str) -> Iterable[tuple[Candidate, Candidate]]:
    """Pairs (a, b) of one family whose result can fall in [low, high]: each pair found by a
    binary search from a (O(k log k) for k values, not k²)."""
    values = index.values.get(family)
    if not values:
        return
    items = index.items[family]
    for a in items:
        x = a.base
        if op == "difference":
            ranges = [(x + low, x + high)]
        elif op == "sum":
            ranges = [(low - x, high - x)]
        elif op == "change":
            # |b − a| / a ∈ [low, high] %  →  b ∈ a(1 ± ratio)
            if x == 0:
                continue
            lo, hi = low / 100, high / 100
            ranges = [(x * (1 + lo), x * (1 + hi)), (x * (1 - hi), x * (1 - lo))]
            if x < 0:
                ranges = [(min(r), max(r)) for r in ranges]
        elif op == "ratio":
            # a ÷ b ∈ [low, high] %  →  b ∈ a ÷ ratio  (a is the part, b the whole)
            if x <= 0 or high <= 0:
                continue
            ranges = [(x * 100 / high, x * 100 / max(low, 1e-9))]
        else:
            return
        for lo_v, hi_v in ranges:
            i, j = bisect_left(values, lo_v), bisect_right(values, hi_v)
            for b in items[i:j]:
                if b is a or b.series != a.series or not _comparable(op, a.role, b.role):
                    continue
                if op == "change":
                    yield b, a
                elif op == "ratio":
                    yield a, b
                else:
                    yield b, a


def _top_sum(index: _Index, family: str, n: NumberMention, decimals: int,
             scale: float) -> list[Candidate] | None:
    """The largest k values added up (前三类合计86%), for k from 3 up."""
    items = [c for c in index.items.get(family, ()) if not c.row]
    if len(items) < 3 or len({c.series for c in items}) > 1:
        return None
    ordered = sorted(items, key=lambda c: c.base, reverse=True)
    total = ordered[0].base + ordered[1].base
    for k in range(2, len(ordered)):
        total += ordered[k].base
        if _rounds_to(n, total / scale, decimals):
            return ordered[:k + 1]
    return None


# ---------------------------------------------------------------------------------------
# Building the tracer from the facts


_TRACERS: dict[int, tuple[object, Tracer]] = {}


def tracer_for(facts: Facts) -> Tracer:
    """The tracer of this facts object, built on first use and reused (one per draft)."""
    hit = _TRACERS.get(id(facts))
    if hit is None or hit[0] is not facts:
        if len(_TRACERS) >= 8:
            _TRACERS.clear()
        hit = (facts, build_tracer(facts))
        _TRACERS[id(facts)] = hit
    return hit[1]


def build_tracer(facts: Facts) -> Tracer:
    """Index every value the facts allow by subject and kind."""
    return Tracer(collect_candidates(facts))
