"""Where a figure in prose comes from: the one tracer, built once per draft from the facts.

A `Tracer` holds every value a summary may state — the stated facts, the derived figures of
`compute_figures`, the numbers written in the facts' free text — indexed by *subject* (the
metric, category, complaint type, case, plan or table column a value measures) and by kind
(percent, points, duration, score, count). A figure in prose is matched against the
candidates of the subject its clause or sentence names, of a compatible kind and unit,
and against the arithmetic a careful writer does with that subject's stated values:
differences (2.6 − 2.1 = 0.5分钟), percent and point changes between any two values,
ratios of two counts (32 ÷ 47 = 68.1%), sums and means of a table's rows or of shares,
unit conversions (2.1分钟 = 126秒). A value that belongs to another subject is refused, with
the subject's own values named; a figure whose sentence names no subject may match any
candidate (the tracer cannot tell what it measures, so it does not guess wrong).

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
from cswriter.figures.rounding import agrees, decimals_of, format_number, round_half_up

if TYPE_CHECKING:
    from cswriter.facts.model import Facts
    from cswriter.figures.compute import Figure
    from cswriter.text.numbers import NumberMention

# Kinds a value can have. A stated figure and a candidate match only within one family:
# a share is never a count, a points change never a percent change.
PERCENT, POINTS, DURATION, SCORE, COUNT, PLAIN = "percent", "points", "duration", "score", "count", "plain"
POINTS_UNIT = "个百分点"
# Durations indexed by the value as written (135 in a table cell under a 秒 column).
_AS_WRITTEN = "as-written"
_EXTRA_SECONDS = {"周": 7 * 86400}

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


_WORDS: list[_Words] = []


def _words() -> _Words:
    if not _WORDS:
        _WORDS.append(_Words())
    return _WORDS[0]


def _compares(clause: str) -> bool:
    """Does the clause compare two values (较去年提升, 比目标快), not just name a share (占比)?"""
    words = _words()
    return words.compare.search(words.not_compare.sub("", clause)) is not None


_LONGEST_RUN = 12
_CLAUSE_MARKS = re.compile("[，,、；;。！？!?：:\n]")
_SENTENCE_MARKS = re.compile("[；;。！？!?\n]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One value a summary may state, in its own unit, with what it measures."""

    value: float
    family: str              # percent | points | duration | score | count | plain
    seconds: float | None    # seconds per unit, for durations
    subjects: tuple[str, ...]
    label: str               # how a citation names it: 去年2.6分钟, 2025-03 10,500件
    source: str              # numbers[].source for a direct match: 事实 x.value, or id = formula
    stated: bool = True      # a stated value (enters arithmetic) or a derived figure
    row: bool = False        # a row of the monthly table (named after the subject's own values)
    role: str = ""
    """value | previous | target | annual_target | basis | plan | row | share | count | text"""
    series: str = ""
    """Values a writer compares with each other: one metric's value, target and previous;
    one table column's rows; one category list; the numbers of one fact's text. Arithmetic
    pairs values of one series only (2.6分钟 − 2.1分钟, not 去年2.6分钟 − 5月118秒)."""

    @property
    def base(self) -> float:
        """The value in the family's base unit (seconds for durations)."""
        return self.value * self.seconds if self.seconds else self.value


@dataclass(frozen=True)
class Subject:
    key: str
    name: str
    kinds: frozenset[str]    # metric kinds: rate | count | duration | score | share; empty: any
    group: str | None = None
    """Whose values enter arithmetic: a category's group (38% − 27% compares two of them)."""


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


@dataclass(frozen=True)
class MetricInfo:
    """What lint's % vs 百分点 rule needs to know about a named metric."""

    name: str
    kind: str
    unit: str
    value: float | None
    previous: float | None


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
                by_family.setdefault(_AS_WRITTEN, []).append(c)
        index = cls()
        for family, items in by_family.items():
            key = (lambda c: c.value) if family == _AS_WRITTEN else (lambda c: c.base)
            items.sort(key=key)
            index.items[family] = items
            index.values[family] = [key(c) for c in items]
        return index

    def between(self, family: str, low: float, high: float) -> list[Candidate]:
        values = self.values.get(family)
        if not values:
            return []
        return self.items[family][bisect_left(values, low):bisect_right(values, high)]


def _seconds_per(unit: str) -> float | None:
    units = load_domain().duration_units
    return units.get(unit, _EXTRA_SECONDS.get(unit))


def family_of(unit: str, kind: str | None = None) -> tuple[str, float | None]:
    """The family and seconds-per-unit of a unit (and of a mention's kind from text.numbers)."""
    if unit in ("%", "百分比") or kind == "percent":
        return PERCENT, None
    if unit == POINTS_UNIT or kind == "points":
        return POINTS, None
    seconds = _seconds_per(unit) if unit else None
    if seconds is not None:
        return DURATION, seconds
    if kind in ("score",):
        return SCORE, None
    if kind in ("count", "money"):
        return COUNT, None
    by_unit = load_domain().unit_kind(unit) if unit else None
    if by_unit == "score":
        return SCORE, None
    if unit:
        return COUNT, None
    return PLAIN, None


# Which candidate families a stated figure of each family may match.
_MATCHES = {
    PERCENT: (PERCENT,), POINTS: (POINTS,), DURATION: (DURATION,),
    SCORE: (SCORE, PLAIN), COUNT: (COUNT, PLAIN),
    # A bare number (a table cell, 满意度95.2) may be any value as written.
    PLAIN: (PLAIN, COUNT, SCORE, PERCENT, _AS_WRITTEN),
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


def _text(value: float, unit: str) -> str:
    return f"{format_number(value, min(decimals_of(value), 2))}{unit}"


class Tracer:
    """Every value the facts allow, indexed by subject and kind. Build with `build_tracer`."""

    def __init__(self, subjects: dict[str, Subject], names: dict[str, tuple[str, ...]],
                 candidates: list[Candidate], metrics: dict[str, MetricInfo],
                 table_columns: dict[str, list[Candidate]]) -> None:
        self.subjects = subjects
        self._names = names
        self._metrics = metrics
        self._columns = table_columns
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
        hit = self._direct(self._all, number, family, seconds, decimals)
        if hit is not None:
            return Trace(True, hit.source)
        local = self._sentence_arithmetic(text, number, family, seconds, decimals, sentence, clause_text)
        if local is not None:
            return Trace(True, local)
        return Trace(False)

    def _without_roles(self, key: str, skip: frozenset[str]) -> _Index:
        memo_key = (key, skip)
        index = self._role_memo.get(memo_key)
        if index is None:
            items = [c for fam in self._stated[key].items for c in self._stated[key].items[fam]
                     if fam != _AS_WRITTEN and c.role not in skip]
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


_COMPLAINT_ROLES = {"total": "value", "previous": "previous", "handled": "count", "escalated": "count",
                    "count": "count", "share": "share"}
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
    return _Builder(facts).tracer()


_FREE_TEXT_FIELDS = ("work", "teamwork", "training", "highlights", "feedback", "attachments")


class _Builder:
    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.domain = load_domain()
        self.rtype = self.domain.report_types[facts.report.type]
        self.subjects: dict[str, Subject] = {}
        self.names: dict[str, tuple[str, ...]] = {}
        self.candidates: list[Candidate] = []
        self.metrics: dict[str, MetricInfo] = {}
        self.columns: dict[str, list[Candidate]] = {}
        self.column_keys: dict[str, tuple[str, ...]] = {}
        self.metric_models = {m.name: m for m in facts.metrics}

    def subject(self, key: str, name: str, kinds: Iterable[str] = (), group: str | None = None) -> str:
        if key not in self.subjects:
            self.subjects[key] = Subject(key, name, frozenset(kinds), group)
        return key

    def name(self, word: str, *keys: str) -> None:
        word = word.strip()
        if len(word) < 2:
            return
        old = self.names.get(word, ())
        self.names[word] = old + tuple(k for k in keys if k not in old)

    def add(self, value: float, unit: str, subjects: tuple[str, ...], label: str, source: str,
            *, stated: bool = True, kind: str | None = None, row: bool = False,
            series: str = "", role: str = "") -> Candidate:
        family, seconds = family_of(unit, kind)
        c = Candidate(float(value), family, seconds, subjects, label, source, stated, row,
                      "row" if row else role, series or (subjects[0] if subjects else ""))
        self.candidates.append(c)
        return c

    def tracer(self) -> Tracer:
        from cswriter.figures.compute import compute_figures

        facts = self.facts
        metric_keys = self._metric_subjects()
        self._table(metric_keys)
        for figure in compute_figures(facts):
            self._figure(figure, metric_keys)
        self._categories()
        self._free_texts()
        return Tracer(self.subjects, self.names, self.candidates, self.metrics, self.columns)

    def _metric_subjects(self) -> dict[str, str]:
        """One subject per facts metric, known by its name and its canonical synonyms."""
        by_spec: dict[str, list[str]] = {}
        keys: dict[str, str] = {}
        for m in self.facts.metrics:
            key = self.subject(f"metric:{m.name}", m.name, (m.kind,))
            keys[m.name] = key
            self.name(m.name, key)
            spec = m.spec
            if spec is not None:
                by_spec.setdefault(spec.id, []).append(key)
            self.metrics[key] = MetricInfo(m.name, m.kind, m.unit, m.value, m.previous)
        for spec_id, spec_keys in by_spec.items():
            spec = self.domain.metrics[spec_id]
            for synonym in (spec.title, *spec.names):
                if synonym not in keys:
                    self.name(synonym, *spec_keys)
        if self.facts.complaints is not None:
            key = self.subject("complaints", "投诉", ("count",))
            for word in ("投诉", "投诉总量", "投诉量", "客诉", "投诉件"):
                if word not in keys:
                    self.name(word, key)
        return keys

    def _role_label(self, figure: Figure) -> str:
        kind = figure.kind
        prefix = {"value": "本期", "previous": self.rtype.previous_word, "target": "目标",
                  "annual_target": "全年目标"}.get(kind, "")
        if kind == "basis":
            prefix = figure.id.rsplit(".", 1)[-1] + " "
        return f"{prefix}{figure.text}"

    def _figure(self, figure: Figure, metric_keys: dict[str, str]) -> None:
        stated = figure.formula == "事实"
        source = f"事实 {figure.id}" if stated else figure.source
        subjects: tuple[str, ...] = ()
        if figure.metric is not None and figure.metric in metric_keys:
            subjects = (metric_keys[figure.metric],)
        elif figure.id.startswith("complaints.types."):
            name = figure.id.split(".")[2]
            group = self.subject("complaint_types", "投诉类型", ("share",))
            key = self.subject(f"complaint_type:{name}", name, ("share",), group)
            self.name(name, key)
            self.name("投诉类型", group)
            subjects = (key, group)
        elif figure.id.startswith("complaints"):
            subjects = ("complaints",) if "complaints" in self.subjects else ()
        elif figure.id.startswith("plans["):
            subjects = self._plan_subjects(figure, metric_keys)
        elif figure.id.startswith("categories.") or figure.kind == "table":
            return  # added from the facts directly, with their order and names
        elif figure.id.startswith("monthly."):
            column = figure.id[len("monthly."):].rsplit(".", 1)[0]
            subjects = self.column_keys.get(column, ())
        elif figure.id.startswith("report."):
            subjects = ()
        if figure.kind == "share_total" and figure.id.startswith("complaints"):
            subjects = (self.subject("complaint_types", "投诉类型", ("share",)),)
        series = subjects[0] if subjects else ""
        if figure.id.startswith("complaints.types."):
            series = "complaint_types"
        elif figure.id.startswith("plans[") and len(subjects) > 1:
            series = subjects[1]  # a plan's target is compared with its metric's value
        label = self._role_label(figure) if stated else figure.text
        role = figure.kind if figure.metric else ""
        if figure.id.startswith("complaints."):
            role = _COMPLAINT_ROLES.get(figure.id.rsplit(".", 1)[-1], "")
        elif figure.id.startswith("plans["):
            role = "plan"
        self.add(figure.value, figure.unit, subjects, label, source, stated=stated, series=series, role=role)
        metric = self.metric_models.get(figure.metric or "")
        if metric is not None and metric.scale == 100 and figure.unit == metric.unit and metric.kind == "score":
            # A score out of 100 is often written as a percentage (满意度95.2%), and its
            # changes in points (超出目标2.7个百分点).
            as_rate = "%" if figure.kind in ("value", "target", "previous", "annual_target") else (
                POINTS_UNIT if figure.kind in ("change", "gap") else None)
            if as_rate is not None:
                self.add(figure.value, as_rate, subjects, label, source, stated=stated, series=series,
                         role=role)

    def _plan_subjects(self, figure: Figure, metric_keys: dict[str, str]) -> tuple[str, ...]:
        index = int(figure.id[len("plans["):figure.id.index("]")])
        plan = self.facts.plans[index]
        own = self.subject(f"plan:{index}", plan.metric or plan.action, ())
        keys = [own]
        if plan.metric:
            if plan.metric in metric_keys:
                keys.append(metric_keys[plan.metric])
            else:
                keys.extend(self.names.get(plan.metric, ()))
                if len(keys) == 1:
                    spec = self.domain.match_metric(plan.metric)
                    kinds = (spec.kind,) if spec else ()
                    key = self.subject(f"plan_metric:{plan.metric}", plan.metric, kinds)
                    self.name(plan.metric, key)
                    keys.append(key)
        return tuple(dict.fromkeys(keys))

    def _table(self, metric_keys: dict[str, str]) -> None:
        table = self.facts.monthly
        if table is None:
            return
        for col in table.columns:
            unit = table.unit_of(col)
            if col in metric_keys:
                keys: tuple[str, ...] = (metric_keys[col],)
            else:
                spec = self.domain.match_metric(col)
                keys = tuple(k for k in (self.names.get(spec.title, ()) if spec else ())
                             if k.startswith("metric:"))
                if not keys:
                    kind = self.domain.unit_kind(unit) or (spec.kind if spec else "count")
                    keys = (self.subject(f"table:{col}", col, (kind,)),)
                    self.name(col, *keys)
            column_key = keys[0] if len(keys) == 1 else self.subject(f"table:{col}", col, ())
            self.column_keys[col] = tuple(dict.fromkeys((*keys, column_key)))
            rows = []
            for month, v in table.column(col):
                if v is None:
                    continue
                rows.append(self.add(v, unit, keys + ((column_key,) if column_key not in keys else ()),
                                     f"{month} {_text(v, unit)}", f"事实 monthly.{month}.{col}",
                                     row=True, series=f"table:{col}"))
            self.columns[column_key] = rows
            for k in keys:
                self.columns.setdefault(k, rows)

    def _categories(self) -> None:
        items = self.facts.categories
        if not items:
            return
        group = self.subject("categories", "咨询类型", ("share",))
        for word in ("咨询类型", "问题类型", "咨询类别", "问题类别", "咨询分类", "问题分类"):
            self.name(word, group)
        counts = [c.count for c in items if c.count is not None]
        whole = sum(counts) if len(counts) == len(items) and counts else None
        shares = []
        for i, cat in enumerate(items):
            key = self.subject(f"category:{cat.name}", cat.name, ("share",), group)
            self.name(cat.name, key)
            if cat.share is not None:
                shares.append(cat.share)
                self.add(cat.share, "%", (key, group), f"{cat.name}占比{_text(cat.share, '%')}",
                         f"事实 categories[{i}].share", series=group, role="share")
            if cat.count is not None:
                self.add(cat.count, "", (key, group), f"{cat.name}{_text(cat.count, '')}",
                         f"事实 categories[{i}].count", series=group, role="count")
                if cat.share is None and whole:
                    share = cat.count / whole * 100
                    shares.append(share)
                    self.add(share, "%", (key,), f"{cat.name}占比{_text(round(share, 1), '%')}",
                             f"categories.{cat.name}.share = {cat.count:g} ÷ {whole:g} × 100%",
                             stated=False)
        if shares and len(shares) == len(items):
            self.add(sum(shares), "%", (group,), "各类占比合计",
                     "categories.share_total = " + " + ".join(f"{s:g}" for s in shares), stated=False)

    def _named_in(self, regex: re.Pattern[str], value: str, n: NumberMention) -> list[str]:
        """Subjects a fact's own text names for one of its numbers, read as prose is read:
        in the clause (before, then after the number), then earlier in the sentence."""
        marks = [m.end() for m in _CLAUSE_MARKS.finditer(value)]
        c_start = max((e for e in marks if e <= n.start), default=0)
        c_end = min((e - 1 for e in marks if e > n.end), default=len(value))
        s_marks = [m.end() for m in _SENTENCE_MARKS.finditer(value)]
        s_start = max((e for e in s_marks if e <= n.start), default=0)
        out: list[str] = []
        for found in (reversed(list(regex.finditer(value, c_start, n.start))),
                      regex.finditer(value, n.end, c_end),
                      reversed(list(regex.finditer(value, s_start, c_start)))):
            for m in found:
                out.extend(k for k in self.names[m.group()] if k not in out)
            if out:
                return out
        return out

    def _free_texts(self) -> None:
        """Numbers written in the facts' free text: their entry is their subject, and so is
        any metric they name (6月平均响应时长升至180秒 is a response time)."""
        from cswriter.text.numbers import find_numbers

        facts = self.facts
        texts: list[tuple[str, str, str]] = []  # (path, text, entity key)
        for i, case in enumerate(facts.cases):
            key = self.subject(f"case:{i}", case.title, ())
            self.name(case.title, key)
            for attr in ("title", "situation", "result"):
                value = getattr(case, attr)
                if value:
                    texts.append((f"cases[{i}].{attr}", value, key))
            texts.extend((f"cases[{i}].actions[{j}]", a, key) for j, a in enumerate(case.actions))
        for i, problem in enumerate(facts.problems):
            key = self.subject(f"problem:{i}", problem.title, ())
            for attr in ("title", "evidence", "cause"):
                value = getattr(problem, attr)
                if value:
                    texts.append((f"problems[{i}].{attr}", value, key))
        for i, plan in enumerate(facts.plans):
            key = self.subject(f"plan:{i}", plan.metric or plan.action, ())
            texts.append((f"plans[{i}].action", plan.action, key))
        for attr in _FREE_TEXT_FIELDS:
            for i, value in enumerate(getattr(facts, attr)):
                texts.append((f"{attr}[{i}]", value, self.subject(f"{attr}[{i}]", value[:12], ())))
        if facts.complaints is not None:
            for i, note in enumerate(facts.complaints.notes):
                texts.append((f"complaints.notes[{i}]", note, "complaints"))
        if facts.project is not None:
            p = facts.project
            key = self.subject("project", p.name or "项目", ())
            for attr in ("name", "goal", "background", "result"):
                value = getattr(p, attr)
                if value:
                    texts.append((f"project.{attr}", value, key))
            texts.extend((f"project.milestones[{j}]", m, key) for j, m in enumerate(p.milestones))
            texts.extend((f"project.lessons[{j}]", m, key) for j, m in enumerate(p.lessons))
        report = facts.report
        report_key = self.subject("report", "报告", ())
        for attr in ("duties", "title", "team", "company", "role"):
            value = getattr(report, attr)
            if value:
                texts.append((f"report.{attr}", value, report_key))
        texts.extend((f"report.channels[{i}]", c, report_key) for i, c in enumerate(report.channels))

        ordered = sorted(self.names, key=len, reverse=True)
        regex = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        for path, value, entity in texts:
            if not any(ch.isdigit() or ch in "一二两三四五六七八九十百千万" for ch in value):
                continue
            for n in find_numbers(value):
                if n.kind in ("date", "period", "ordinal"):
                    continue
                keys = [entity]
                if regex is not None:
                    keys.extend(k for k in self._named_in(regex, value, n) if k not in keys)
                for v in (n.value, n.high) if n.high is not None else (n.value,):
                    self.add(v, n.unit, tuple(keys), n.text, f"事实 {path}", kind=n.kind,
                             series=path, role="text")
