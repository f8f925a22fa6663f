"""CS4xx: figures in a draft — traced to the facts, % vs 百分点, parts vs totals, shares.

Numbers come from `cswriter.text.numbers` (through `Document`); the figures a draft may
state come from `cswriter.figures.compute.compute_figures` plus the numbers written in the facts'
free-text fields (case results, evidence…); "does 343 fit 343.51" is decided by
`cswriter.figures.rounding.agrees`, the project's one tolerance rule. Durations are compared in a
common unit, so 2.1分钟 traces to 126秒.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cswriter import regexcache
from cswriter.figures.rounding import agrees, format_number
from cswriter.lint.catalogue import RuleSpec
from cswriter.lint.document import Document
from cswriter.lint.kinds.base import Hit, LintContext, fill_message, vocab_regex
from cswriter.lint.matching import trie_pattern

if TYPE_CHECKING:
    from cswriter.facts.model import Facts, Metric
    from cswriter.text.numbers import NumberMention

POINTS_UNIT = "个百分点"
SCALE_UNIT = "满分"
# Seconds per duration unit as textnumbers normalises them (domain units cover the rest).
_EXTRA_SECONDS = {"周": 7 * 86400}


def _seconds_per(unit: str) -> float | None:
    from cswriter.domain import load_domain

    units = load_domain().duration_units
    if unit in units:
        return units[unit]
    return _EXTRA_SECONDS.get(unit)


def _decimals(precision: float) -> int:
    """"98.5" has precision 0.1 → 1 decimal; "1.2万" has 1000 → −3 (agrees takes both)."""
    if precision <= 0:
        return 0
    return round(-math.log10(precision))


# ---------------------------------------------------------------------------------------
# Which metric a number belongs to


def _subject_regex(ctx: LintContext) -> re.Pattern[str]:
    extra = tuple(sorted(m.name for m in ctx.facts.metrics)) if ctx.facts is not None else ()
    return _subject_regex_for(extra)


@functools.lru_cache(maxsize=16)
def _subject_regex_for(extra_names: tuple[str, ...]) -> re.Pattern[str]:
    from cswriter.domain import load_domain

    names = {n for spec in load_domain().metrics.values() for n in spec.names}
    names.update(extra_names)
    return regexcache.compile(f"(?:{trie_pattern(names)})|[\u4e00-\u9fff]{{1,4}}率")


def _subject(doc: Document, ctx: LintContext, pos: int) -> str | None:
    """The metric name closest before `pos`: in its clause, else earlier in the sentence."""
    regex = _subject_regex(ctx)
    c_start, _ = doc.clause_at(pos)
    s_start, _ = doc.sentence_at(pos)
    for lo in (c_start, s_start):
        last = None
        for m in regex.finditer(doc.text, lo, pos):
            last = m.group()
        if last:
            return last
    return None


@dataclass(frozen=True)
class _Kind:
    kind: str                 # rate | count | duration | score | unknown
    metric: Metric | None = None


def _classify(name: str, ctx: LintContext, not_rates: tuple[str, ...]) -> _Kind:
    from cswriter.domain import load_domain

    metric = _facts_metric(name, ctx)
    if metric is not None:
        return _Kind(metric.kind, metric)
    spec = load_domain().match_metric(name)
    if spec is not None:
        return _Kind(spec.kind)
    if name.endswith("率") and not name.endswith(not_rates):
        return _Kind("rate")
    return _Kind("unknown")


def _facts_metric(name: str, ctx: LintContext) -> Metric | None:
    facts = ctx.facts
    if facts is None:
        return None
    for m in facts.metrics:
        if m.name == name:
            return m
    from cswriter.domain import load_domain

    spec = load_domain().match_metric(name)
    if spec is None:
        return None
    for m in facts.metrics:
        if m.spec is not None and m.spec.id == spec.id:
            return m
    return None


def _change_verb_before(doc: Document, n: NumberMention) -> bool:
    c_start, _ = doc.clause_at(n.start)
    return vocab_regex("change_verbs").search(doc.text, max(c_start, n.start - 6), n.start) is not None


# ---------------------------------------------------------------------------------------
# CS402 % vs 百分点


def check_percent_points(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    not_rates = tuple(rule.params.get("not_rates", ()))
    for n in doc.metric_numbers:
        if n.kind not in ("percent", "points") or not _change_verb_before(doc, n):
            continue
        name = _subject(doc, ctx, n.start)
        if not name:
            continue
        kind = _classify(name, ctx, not_rates)
        if n.kind == "percent" and kind.kind == "rate":
            detail = f"是比率“{name}”的变化,应写作“{format_number(n.value)}个百分点”(百分比表示相对变化)。"
            m = kind.metric
            if m is not None and m.previous is not None:
                delta = abs(m.value - m.previous)
                detail = (f"是比率的变化:事实中“{m.name}”从{format_number(m.previous)}%变为"
                          f"{format_number(m.value)}%,变化{format_number(delta, 1)}个百分点。")
            yield Hit(n.start, n.end, rule.code, fill_message(rule, match=n.text, detail=detail), rule.suggestion,
                      _swap_unit(n.text, "points") if rule.fixable else None)
        elif n.kind == "points" and kind.kind in ("count", "duration") and name:
            detail = f"“{name}”不是比率,它的变化应写百分比(%)。"
            yield Hit(n.start, n.end, rule.code, fill_message(rule, match=n.text, detail=detail), rule.suggestion,
                      _swap_unit(n.text, "percent") if rule.fixable else None)


def _swap_unit(text: str, to: str) -> str | None:
    """The same number with the other unit ("1.2%" ↔ "1.2个百分点"): the fix CS402 asks for.
    The number itself is CS401's business; None when the mention is not of a plain form."""
    if to == "points":
        for mark in ("%", "％"):
            if text.endswith(mark):
                return text[: -len(mark)] + POINTS_UNIT
        return None
    for unit in (POINTS_UNIT, "百分点"):
        if text.endswith(unit):
            return text[: -len(unit)] + "%"
    return None


# ---------------------------------------------------------------------------------------
# CS403 parts vs total

_TOTAL = regexcache.compile(r"(?:共计|共|合计|总计|累计|总共|一共|总量为?|总数为?)")
_PARTS_KINDS = ("count", "money", "duration", "plain")


def check_parts_total(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    text = doc.text
    for s, e in doc.sentences:
        for t in _TOTAL.finditer(text, s, e):
            nums = doc.metric_numbers_in(t.end(), e)
            if not nums or nums[0].start - t.end() > 6 or nums[0].kind not in _PARTS_KINDS:
                continue
            total = nums[0]
            parts = []
            for n in nums[1:]:
                if _TOTAL.search(text, total.end, n.start) and parts:
                    break  # a second total starts a new list
                if n.unit == total.unit and n.kind == total.kind and n.high is None:
                    parts.append(n)
            if len(parts) < 2:
                continue
            between = text[total.end:parts[0].start]
            exhaustive = any(mark in between for mark in ("：", ":", "分别", "包括")) and "其中" not in between
            approx = total.approximate or any(p.approximate for p in parts)
            part_sum = sum(p.value for p in parts)
            tolerance = max([total.precision, *(p.precision for p in parts)]) / 2 * (len(parts) + 1)
            over = part_sum > total.value + tolerance
            mismatch = exhaustive and not approx and abs(part_sum - total.value) > tolerance
            if over or mismatch:
                unit = total.unit
                yield Hit(t.start(), parts[-1].end, rule.code,
                          fill_message(rule, sum=f"{format_number(part_sum)}{unit}",
                               total=f"{format_number(total.value)}{unit}"),
                          rule.suggestion)
            break


# ---------------------------------------------------------------------------------------
# CS404 shares over 100 %

_SHARE_WORDS = ("占比", "占", "比例", "比重", "份额")


def _is_share(doc: Document, n: NumberMention) -> bool:
    c_start, _ = doc.clause_at(n.start)
    before = doc.text[c_start:n.start]
    return any(w in before for w in _SHARE_WORDS)


def check_share_over_100(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    from cswriter.domain import load_domain

    domain = load_domain()
    for s, e in doc.sentences:
        percents = [n for n in doc.metric_numbers_in(s, e) if n.kind == "percent"]
        if len(percents) < 2 and (not percents or percents[0].value <= 100):
            continue  # nothing over 100 and nothing to add up
        shares = [n for n in percents if _is_share(doc, n)]
        for n in percents:
            if n.value <= 100 or _change_verb_before(doc, n):
                continue
            if n in shares:
                yield Hit(n.start, n.end, rule.code,
                          fill_message(rule, match=n.text, detail="是一个部分的占比,不可能超过100%。"), rule.suggestion)
                continue
            name = _subject(doc, ctx, n.start)
            spec = domain.match_metric(name) if name else None
            if spec is not None and spec.bounded:
                yield Hit(n.start, n.end, rule.code,
                          fill_message(rule, match=n.text, detail=f"“{name}”是比率,不可能超过100%。"),
                          rule.suggestion)
        if len(shares) >= 2:
            total = sum(n.value for n in shares)
            slack = sum(n.precision for n in shares) / 2
            if total > 100 + slack + 1e-9:
                first, last = shares[0], shares[-1]
                yield Hit(first.start, last.end, rule.code,
                          fill_message(rule, match=doc.text[first.start:last.end],
                               detail=f"中各项占比之和为{format_number(total, 1).removesuffix('.0')}%,超过100%。"),
                          rule.suggestion)


# ---------------------------------------------------------------------------------------
# CS401 figures that do not trace to the facts


@dataclass(frozen=True)
class Candidate:
    value: float
    group: str                  # percent | points | duration | other | any
    seconds: float | None = None


def group_of(unit: str, kind: str | None = None) -> tuple[str, float | None]:
    if unit in ("%", "百分比") or kind == "percent":
        return "percent", None
    if unit == POINTS_UNIT or kind == "points":
        return "points", None
    seconds = _seconds_per(unit) if unit else None
    if seconds is not None:
        return "duration", seconds
    return "other", None


def figure_candidates(facts: Facts) -> list[Candidate]:
    from cswriter.figures.compute import compute_figures
    from cswriter.text.numbers import find_numbers

    out: list[Candidate] = []
    for fig in compute_figures(facts):
        group, seconds = group_of(fig.unit)
        out.append(Candidate(fig.value, group, seconds))
    strings: list[str] = []
    numbers: list[float] = []
    _walk(facts.model_dump(mode="json"), strings, numbers)
    for value in numbers:
        out.append(Candidate(value, "any"))
    for s in strings:
        for n in find_numbers(s):
            if n.kind in ("date", "period", "ordinal"):
                continue
            group, seconds = group_of(n.unit, n.kind)
            out.append(Candidate(n.value, group, seconds))
            if n.high is not None:
                out.append(Candidate(n.high, group, seconds))
    return out


_CANDIDATES: dict[int, tuple[Facts, list[Candidate]]] = {}


def _candidates_cached(facts: Facts) -> list[Candidate]:
    """Computed once per facts object (lint_paths lints many files against one facts)."""
    hit = _CANDIDATES.get(id(facts))
    if hit is None or hit[0] is not facts:
        if len(_CANDIDATES) > 8:
            _CANDIDATES.clear()
        hit = (facts, figure_candidates(facts))
        _CANDIDATES[id(facts)] = hit
    return hit[1]


def _walk(node: Any, strings: list[str], numbers: list[float]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and any(ch.isdigit() for ch in key):
                strings.append(key)
            _walk(value, strings, numbers)
    elif isinstance(node, list):
        for value in node:
            _walk(value, strings, numbers)
    elif isinstance(node, str):
        if any(ch.isdigit() for ch in node) or any(ch in "一二两三四五六七八九十百千万" for ch in node):
            strings.append(node)
    elif isinstance(node, (int, float)) and not isinstance(node, bool):
        numbers.append(float(node))


def traces(n: NumberMention, candidates: list[Candidate]) -> bool:
    group, seconds = group_of(n.unit, n.kind)
    decimals = _decimals(n.precision)
    stated = [n.value] + ([n.high] if n.high is not None else [])
    for c in candidates:
        if c.group == "any":
            exact = c.value
        elif group == "percent" or c.group == "percent":
            if group != c.group:
                continue
            exact = c.value
        elif group == "points" or c.group == "points":
            if group != c.group:
                continue
            exact = c.value
        elif group == "duration" and c.group == "duration" and seconds and c.seconds:
            exact = c.value * c.seconds / seconds
        else:
            exact = c.value
        for v in stated:
            if agrees(v, exact, decimals):
                return True
        if n.high is not None and n.value <= exact <= n.high:
            return True
    return False


STRUCTURAL_CN = regexcache.compile(r"^[一二两三四五六七八九十]+[个项大条类点种方]")


def check_untraced(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    facts = ctx.facts
    if facts is None:
        return
    candidates = _candidates_cached(facts)
    from cswriter.text.privacy import find_pii

    if "pii" not in doc.memo:
        doc.memo["pii"] = find_pii(doc.text)
    pii = doc.memo["pii"]
    text = doc.text
    for n in doc.metric_numbers:
        if n.unit == SCALE_UNIT or STRUCTURAL_CN.match(n.text):
            continue  # "4.8/5.0" scale marks; "三个维度", "两大任务" are structure, not data
        if any(p.start <= n.start < p.end for p in pii):
            continue
        line_start = text.rfind("\n", 0, n.start) + 1
        if text.startswith("#", line_start) or (n.kind == "plain" and not text[line_start:n.start].strip()):
            continue  # headings and section numbers (2.1 主要工作内容)
        if traces(n, candidates):
            continue
        detail = ""
        name = _subject(doc, ctx, n.start)
        metric = _facts_metric(name, ctx) if name else None
        if metric is not None:
            detail = f";事实中“{metric.name}”为{format_number(metric.value)}{metric.unit}"
        yield Hit(n.start, n.end, rule.code, fill_message(rule, match=n.text, detail=detail), rule.suggestion)
