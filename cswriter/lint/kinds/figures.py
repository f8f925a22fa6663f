"""CS4xx: figures in a draft — traced to the facts, % vs 百分点, parts vs totals, shares.

Numbers come from `cswriter.text.numbers` (through `Document`). Whether a figure traces to
the facts is the tracer's call (`ctx.tracer`, see `cswriter.lint.tracing`): the caller
builds it from the facts, so this module knows no facts; it decides which numbers in the
text are figures to trace (not headings, scale marks, structure or personal data) and
words the findings.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from cswriter import regexcache
from cswriter.figures.rounding import format_number
from cswriter.lint.catalogue import RuleSpec
from cswriter.lint.document import Document
from cswriter.lint.kinds.base import Hit, LintContext, ending_regex, fill_message, vocab_regex
from cswriter.lint.matching import trie_pattern

if TYPE_CHECKING:
    from cswriter.lint.tracing import FigureTrace, MetricFacts
    from cswriter.text.numbers import NumberMention

SCALE_UNIT = "满分"


# ---------------------------------------------------------------------------------------
# Which metric a number belongs to


def _subject_regex(ctx: LintContext) -> re.Pattern[str]:
    extra = tuple(sorted(ctx.tracer.subject_names())) if ctx.tracer is not None else ()
    return ctx.memo("subject_regex", lambda: _subject_regex_for(extra))


@functools.lru_cache(maxsize=16)
def _subject_regex_for(extra_names: tuple[str, ...]) -> re.Pattern[str]:
    from cswriter.domain import load_domain

    names = {n for spec in load_domain().metrics.values() for n in spec.names}
    names.update(extra_names)
    return regexcache.compile(f"(?:{trie_pattern(names)})|[\u4e00-\u9fff]{{1,4}}率")


# A metric name further back than this is not the figure's subject; the bound keeps the
# search linear on text without punctuation (issue 15: it rescanned from the sentence start
# for every figure).
SUBJECT_WINDOW = 40


def _subject(doc: Document, ctx: LintContext, pos: int) -> str | None:
    """The metric name closest before `pos`: in its clause, else earlier in the sentence."""
    regex = _subject_regex(ctx)
    c_start, _ = doc.clause_at(pos)
    s_start, _ = doc.sentence_at(pos)
    floor = max(0, pos - SUBJECT_WINDOW)
    for lo in (max(c_start, floor), max(s_start, floor)):
        last = None
        for m in regex.finditer(doc.text, lo, pos):
            last = m.group()
        if last:
            return last
    return None


class _Kind(NamedTuple):  # not a frozen dataclass: cheaper to define at start-up
    kind: str                 # rate | count | duration | score | unknown
    metric: MetricFacts | None = None


def _classify(name: str, ctx: LintContext, not_rates: tuple[str, ...]) -> _Kind:
    from cswriter.domain import load_domain

    metric = ctx.tracer.metric(name) if ctx.tracer is not None else None
    if metric is not None:
        return _Kind(metric.kind, metric)
    spec = load_domain().match_metric(name)
    if spec is not None:
        return _Kind(spec.kind)
    if name.endswith("率") and not name.endswith(not_rates):
        return _Kind("rate")
    return _Kind("unknown")


_TO_LEVEL = regexcache.compile(r"(?:到了?|至|为|成)")


def _change_verb_before(doc: Document, n: NumberMention) -> bool:
    """A change verb right before the figure (提升1.2%, 下降了3%), not one that moves to a level
    (由70%提升到95%, 提高至90%: the figure is where it went, not how far)."""
    c_start, _ = doc.clause_at(n.start)
    found = list(vocab_regex("change_verbs").finditer(doc.text, max(c_start, n.start - 6), n.start))
    if not found:
        return False
    between = doc.text[found[-1].end():n.start]
    return not _TO_LEVEL.fullmatch(between)


# ---------------------------------------------------------------------------------------
# CS402 % vs 百分点


def _confirmed(doc: Document, ctx: LintContext, n: NumberMention, to: str) -> bool | None:
    """With facts, the tracer decides: the figure traces with the other unit (True: the swap
    is a fix, even when the figure as written happens to trace too, 提升1.2% for 1.2个百分点);
    only as written (None: a correct relative change, 较上月增长7.4% of a count, no finding);
    neither (False: warn, offer no rewrite). Without facts: True (the words decide)."""
    tracer = ctx.tracer
    if tracer is None:
        return True
    clause, sentence = doc.clause_at(n.start), doc.sentence_at(n.start)
    swapped = n._replace(kind=to, unit="个百分点" if to == "points" else "%")
    if tracer.trace(doc.text, swapped, clause, sentence).traced:
        return True
    return None if tracer.trace(doc.text, n, clause, sentence).traced else False


def check_percent_points(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    not_rates = tuple(rule.params.get("not_rates", ()))
    for n in doc.metric_numbers:
        if n.kind not in ("percent", "points") or not _change_verb_before(doc, n):
            continue
        name = _subject(doc, ctx, n.start)
        if not name:
            continue
        kind = _classify(name, ctx, not_rates)
        wants = "points" if n.kind == "percent" and kind.kind == "rate" else (
            "percent" if n.kind == "points" and kind.kind in ("count", "duration") else None)
        if wants is None:
            continue
        confirmed = _confirmed(doc, ctx, n, wants)
        if confirmed is None:
            continue
        fixable = rule.fixable and confirmed
        if n.kind == "percent" and kind.kind == "rate":
            detail = f"是比率“{name}”的变化，应写作“{format_number(n.value)}个百分点”（百分比表示相对变化）。"
            m = kind.metric
            if m is not None and m.previous is not None and m.value is not None:
                delta = abs(m.value - m.previous)
                detail = (f"是比率的变化：事实中“{m.name}”从{format_number(m.previous)}%变为"
                          f"{format_number(m.value)}%，变化{format_number(delta, 1)}个百分点。")
            yield Hit(n.start, n.end, rule.code, fill_message(rule, match=n.text, detail=detail), rule.suggestion,
                      _swap_unit(n.text, "points") if fixable else None)
        elif n.kind == "points" and kind.kind in ("count", "duration") and name:
            detail = f"“{name}”不是比率，它的变化应写百分比（%）。"
            yield Hit(n.start, n.end, rule.code, fill_message(rule, match=n.text, detail=detail), rule.suggestion,
                      _swap_unit(n.text, "percent") if fixable else None)


def _swap_unit(text: str, to: str) -> str | None:
    """The same number with the other unit ("1.2%" ↔ "1.2个百分点"): the fix CS402 asks for.
    The number itself is CS401's business; None when the mention is not of a plain form."""
    if to == "points":
        for mark in ("%", "％"):
            if text.endswith(mark):
                return text[: -len(mark)] + "个百分点"
        return None
    for unit in ("个百分点", "百分点"):
        if text.endswith(unit):
            return text[: -len(unit)] + "%"
    return None


# ---------------------------------------------------------------------------------------
# CS403 parts vs total

_TOTAL = regexcache.compile(r"(?:共计|共|合计|总计|累计|总共|一共|总量为?|总数为?)")
_PARTS_KINDS = ("count", "money", "duration", "plain")
_BARE_LEAD = "，,：: 其中分别为是依次"
_BARE_SEPARATORS = "、，,和及与以及；; "
_LEFT_OUT = ("等", "其他", "其余", "另有", "剩余")
# A count that is the base of a comparison or the change itself (共收到投诉3件，比去年的5件减少
# 2件) is no part of the total: review 33's drafts and any writer who compares by count.
_NOT_A_PART = regexcache.compile(r"(?:(?:比|较|同比|环比)[^，,；;。]{0,6}|减少|增加|增长|下降|上升|降低|提升|多了?|少了?)$")


def check_parts_total(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    text = doc.text
    not_totals = tuple(rule.params.get("not_totals", ()))
    for s, e in doc.sentences:
        for t in _TOTAL.finditer(text, s, e):
            if any(w in text[max(s, t.start() - 3):t.end() + 3] for w in not_totals):
                continue  # 公共区域, 共享单车: 共 inside a word
            nums = doc.metric_numbers_in(t.end(), min(e, t.end() + 300))
            if not nums or nums[0].start - t.end() > 6 or nums[0].kind not in _PARTS_KINDS:
                continue
            total = nums[0]
            parts = []
            for n in nums[1:]:
                if _TOTAL.search(text, total.end, n.start) and parts:
                    break  # a second total starts a new list
                if n.unit == total.unit and n.kind == total.kind and n.high is None \
                        and not _NOT_A_PART.search(text, max(total.end, n.start - 8), n.start):
                    parts.append(n)
            if len(parts) < 2:
                continue
            between = text[total.end:parts[0].start]
            exhaustive = any(mark in between for mark in ("：", ":", "分别", "包括")) and "其中" not in between
            # Bare parts with nothing but separators between them (共401件，其中217件、126件、
            # 38件) are the whole breakdown even after 其中: nothing names a part left out.
            bare = between.strip(_BARE_LEAD) == "" and all(
                text[a.end:b.start].strip(_BARE_SEPARATORS) == "" for a, b in zip(parts, parts[1:]))
            exhaustive = exhaustive or (bare and not text.startswith("等", parts[-1].end))
            # Three or more labelled parts after 其中 with nothing said to be left out (等,
            # 其他, 其余) are the breakdown of the total too (其中物流类217件、质量类126件、服务类38件).
            tail = text[parts[-1].end:parts[-1].end + 4]
            listed = text[total.end:parts[-1].end]
            exhaustive = exhaustive or (len(parts) >= 3 and "其中" in between
                                        and not any(w in listed or tail.startswith(w) for w in _LEFT_OUT))
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
    before = doc.text[max(c_start, n.start - SUBJECT_WINDOW):n.start]  # bounded: linear
    return any(w in before for w in _SHARE_WORDS)


_SHARE_LIST = regexcache.compile(r"(?:占比|比例|比重|份额)(?:分别)?(?:为|是|：|:)|(?:的)?(?:占比|比例|比重)(?:分别)?[。；;]?$")


def _share_list(doc: Document, s: int, e: int, percents: list[NumberMention]) -> list[NumberMention]:
    """Percents of a list the sentence calls shares as a whole (占比分别为46%、22%、18%;
    物流类46%、延误类22%…的占比): those after the word, or all when it closes the sentence;
    never a change (提升1.2%)."""
    if len(percents) < 2:
        return []
    text = doc.text
    m = _SHARE_LIST.search(text, s, e)
    if m is None:
        return []
    after = m.start() if m.end() >= e - 1 or text[m.end() - 1] in "。；;" else m.end()
    start = s if m.start() > percents[-1].end else after
    return [n for n in percents if n.start >= start and not _change_verb_before(doc, n)]


def _level_after_verb(doc: Document, n: NumberMention) -> bool:
    """The level a change leads to (降至38%, 提升到52%)."""
    at = n.start - 1
    return at > 0 and doc.text[at] in "至到" and \
        ending_regex("level_verbs").search(doc.text, max(0, at - 3), at) is not None


def check_share_over_100(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    from cswriter.domain import load_domain

    domain = load_domain()
    attainment = tuple(rule.params.get("attainment_columns", ()))
    for s, e in doc.sentences:
        percents = [n for n in doc.metric_numbers_in(s, e) if n.kind == "percent"]
        if len(percents) < 2 and (not percents or percents[0].value <= 100):
            continue  # nothing over 100 and nothing to add up
        shares = [n for n in percents if _is_share(doc, n)]
        listed = _share_list(doc, s, e, percents)
        shares += [n for n in listed if n not in shares]
        shares.sort(key=lambda n: n.start)
        for n in percents:
            if n.value <= 100 or _change_verb_before(doc, n):
                continue
            if n in shares:
                yield Hit(n.start, n.end, rule.code,
                          fill_message(rule, match=n.text, detail="是一个部分的占比，不可能超过100%。"), rule.suggestion)
                continue
            header = doc.table_header_cell(n.start)
            if header and any(w in header for w in attainment):
                continue  # | 达成率 | 101.4% |: the attainment of a target, not the rate itself
            name = _subject(doc, ctx, n.start)
            spec = domain.match_metric(name) if name else None
            if spec is not None and spec.bounded:
                yield Hit(n.start, n.end, rule.code,
                          fill_message(rule, match=n.text, detail=f"“{name}”是比率，不可能超过100%。"),
                          rule.suggestion)
        # A share's new level (比例由64%降至38%) is the same part again, not another part.
        # (…nor is where it stands now, 达到60%（目前为47.3%）; and the cells of one table row are
        # columns — value, target, last period — never parts of one whole: blind round 12's
        # | 线上挂失占比 | 47.3% | 60% | … | 0% | summed to 107.3%)
        shares = [n for n in shares if not _change_verb_before(doc, n) and not _level_after_verb(doc, n)
                  and ending_regex("baseline_leads").search(doc.text, max(0, n.start - 4), n.start) is None
                  and doc.table_header_cell(n.start) is None]
        if len(shares) >= 2:
            total = sum(n.value for n in shares)
            slack = sum(n.precision for n in shares) / 2
            if total > 100 + slack + 1e-9:
                first, last = shares[0], shares[-1]
                yield Hit(first.start, last.end, rule.code,
                          fill_message(rule, match=doc.text[first.start:last.end],
                               detail=f"中各项占比之和为{format_number(total, 1).removesuffix('.0')}%，超过100%。"),
                          rule.suggestion)


# ---------------------------------------------------------------------------------------
# CS401 figures that do not trace to the facts

STRUCTURAL_CN = regexcache.compile(r"^[一二两三四五六七八九十]+[个项大条类点种方]")
# A numbered label at the start of a line (案例一百零四：, 措施三、): the count of items, no figure.
_LABEL_NUMERAL = regexcache.compile(r"[零〇一二两三四五六七八九十百千万]+")
_LABEL_LEAD = 8
_LINE_LOOKBACK = 200


@functools.lru_cache(maxsize=1)
def _not_figure_words() -> tuple[tuple[str, ...], str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...],
                                 tuple[str, ...]]:
    from cswriter.domain import load_yaml_resource

    words = load_yaml_resource("tracing.yaml").get("not_figures", {})
    return (tuple(words.get("span_after", ())), "".join(words.get("times", ())),
            "".join(words.get("name_before", ())), tuple(words.get("name_after", ())),
            tuple(words.get("span_words", ())), tuple(words.get("one_before", ())),
            tuple(words.get("hotline_words", ())))


# A 400/800 service number, grouped or not (400-820-6688, 8008108888).
_FREEPHONE = re.compile(r"[48]00(?:-?\d{3}-?\d{4}|\d{7})")
_HOTLINE_REACH = 3


def _service_number(text: str, n: NumberMention, hotline_words: tuple[str, ...]) -> bool:
    """A number to dial, not a figure: a 400/800 number, or five or more digits right beside a
    hotline word (客服热线95598, 拨打96777, 12345热线)."""
    if n.kind != "plain" or n.unit or n.value != int(n.value):
        return False
    if _FREEPHONE.fullmatch(n.text):
        return True
    digits = n.text.replace("-", "")
    if not (digits.isdigit() and len(digits) >= 5):
        return False
    before = text[max(0, n.start - _HOTLINE_REACH - 2):n.start]
    return any(word in before for word in hotline_words) or text.startswith(hotline_words, n.end)


# After the last month of a list of months (7、8两个月, 11、12月份, 1、2、12三个冬季月份).
_MONTH_LIST_END = re.compile("(?:[、和与及](?:1[0-2]|0?[1-9]))*(?:[两二三四五六七八九十]+个)?[\u4e00-\u9fff]{0,3}?月")


# 最忙的一天, 最多的一周: a superlative and 的 right before 一 (not 最多一天, which bounds a duration).
_SUPERLATIVE_OF = re.compile("最[\u4e00-\u9fff]{1,2}的$")


def _not_a_figure(text: str, n: NumberMention) -> bool:
    """The report's own span (三年来), a service schedule (5×8小时) or a name (双11, 618大促):
    no figure to trace."""
    span_after, times, name_before, name_after, span_words, one_before, hotline_words = _not_figure_words()
    if _service_number(text, n, hotline_words):
        return True
    if n.kind == "duration" and text.startswith(span_after, n.end) and not (
            text.startswith(span_words, n.end) and text[max(0, n.start - 2):n.start].endswith(("有", "连续"))):
        return True  # 三个月来 is a span; 有3个月来电量超过… counts months (来电 is a word)
    if n.kind == "plain" and not n.unit and (
            (name_before and n.start > 0 and text[n.start - 1] in name_before)
            or (name_after and text.startswith(name_after, n.end))):
        return True
    if n.kind == "duration" and n.unit in ("个月", "周", "天", "日") and n.start > 0 \
            and (text[n.start - 1] == "头" or text[max(0, n.start - 2):n.start] == "最后"
                 or (text[n.start - 1] == "前" and (n.start == 1 or text[n.start - 2] not in "提之以此目"))):
        return True  # 为前5个月最高 / 头三天 / 最后两周: the rows named, no figure
    if n.kind == "duration" and n.value == 1 and n.text.startswith("一") \
            and text[max(0, n.start - 2):n.start].endswith(one_before):
        return True  # 前一天 / 最后一周 / 同一天: a row or a day named, no figure
    if n.kind == "duration" and n.value == 1 and n.text.startswith("一") \
            and _SUPERLATIVE_OF.search(text, max(0, n.start - 4), n.start):
        return True  # 最忙的一天 / 来电最多的一周: the day (week) a superlative picks, no figure
    if n.kind == "plain" and not n.unit and n.value == int(n.value) and 1 <= n.value <= 12 \
            and ((n.start > 0 and text[n.start - 1] in "、和与及") or text.startswith("、", n.end)) \
            and _MONTH_LIST_END.match(text, n.end):
        return True  # 7、8两个月 / 1、2、11、12四个冬季月份: the last month of a list, no figure
    return bool(times) and ((n.start > 0 and text[n.start - 1] in times) or text[n.end:n.end + 1] in times)


_TABLE_RULE_LINE = regexcache.compile(r"[ \t]*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?(?:-{3,}:?)?\s*")


def _is_table_header(text: str, pos: int) -> bool:
    """Is the line holding `pos` a Markdown table's header (the next line is its |---| rule)?"""
    end = text.find("\n", pos, pos + _LINE_LOOKBACK)  # bounded: a header is one short line
    if end < 0:
        return False
    rule_end = text.find("\n", end + 1, end + 1 + _LINE_LOOKBACK)
    return _TABLE_RULE_LINE.fullmatch(text, end + 1, rule_end if rule_end >= 0 else len(text)) is not None


def figures_to_trace(doc: Document) -> Iterator[NumberMention]:
    """The numbers in a draft that state a figure: not headings or section numbers
    (2.1 主要工作内容), scale marks (4.8/5.0), structure (三个维度) or personal data."""
    from cswriter.text.privacy import find_pii

    if "pii" not in doc.memo:
        doc.memo["pii"] = find_pii(doc.text)
    pii = doc.memo["pii"]
    text = doc.text
    for n in doc.metric_numbers:
        if n.unit == SCALE_UNIT or STRUCTURAL_CN.match(n.text):
            continue
        if any(p.start <= n.start < p.end for p in pii):
            continue
        # Bounded (a text without line breaks is not rescanned per figure): a line start
        # further back than this is no heading, label or table cell of this figure.
        floor = max(0, n.start - _LINE_LOOKBACK)
        line_start = text.rfind("\n", floor, n.start) + 1 or floor
        if _not_a_figure(text, n):
            continue
        if line_start == floor and floor > 0:
            yield n
            continue
        if text.startswith("#", line_start) or (n.kind == "plain" and not text[line_start:n.start].strip()):
            continue
        if text.startswith("|", line_start) and _is_table_header(text, n.end):
            continue  # | 15秒接通率（%） |: a column's name, not a figure
        if (text[n.end:n.end + 1] in ("：", ":", "、") and n.start - line_start <= _LABEL_LEAD
                and _LABEL_NUMERAL.fullmatch(n.text)):
            continue
        yield n


def traced_figures(doc: Document, ctx: LintContext) -> list[tuple[NumberMention, FigureTrace]]:
    """Every figure of the draft with what the tracer made of it (computed once per draft)."""
    tracer = ctx.tracer
    if tracer is None:
        return []
    if "traced" not in doc.memo:
        doc.memo["traced"] = [(n, tracer.trace(doc.text, n, doc.clause_at(n.start), doc.sentence_at(n.start)))
                              for n in figures_to_trace(doc)]
    return doc.memo["traced"]


def check_untraced(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    """CS401 (a placed figure whose value is wrong) or, with `unplaced: true` in the rule's
    params, CS405 (a figure the tracer cannot place and finds no source for)."""
    unplaced = bool(rule.params.get("unplaced", False))
    for n, trace in traced_figures(doc, ctx):
        if trace.traced or getattr(trace, "placed", True) == unplaced:
            continue
        yield Hit(n.start, n.end, rule.code, fill_message(rule, match=n.text, detail=trace.detail),
                  rule.suggestion)
