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

What the sentence claims narrows what a figure may be (issue 22): its period (a month the
sentence names is that row of the table, a range of months its sum or mean, no month the
period's value, never a month's), its role (月均/日均/人均: the period value over the months,
days or people, also the days or people the sentence counts; 剩余/未解决: a difference of two
counts; 占: a share, of a run of table rows or of a part the sentence states; 倍/翻番: a
quotient; 其余/未: 100 % less a rate or share; 由…至: the later value at the end) and its
direction (缩短/延长, 高于/低于, 快/慢, 改善 against the sign of the change and the metric's
`better`: data/directions.yaml `claims`). Approximations bound the value from the side they
say (超过/多/余: at least the figure, below its next step; 近/不足: just below it). A figure
whose claim cannot be placed (no subject, no role word) and that matches nothing is reported
as `placed=False` (CS405, a warning), not as a wrong figure (CS401).

More claims read from the sentence: a 分别 list gives its i-th figure to its i-th month or
subject (A、B分别为x、y); a clause that only continues (，占25.0% / ，共214通) is about the
subject of the clause before it (排名第一的是账单查询，占25.0%: 账单查询's share); labelled
parts named together are summed (A、B、C三类占75.0%; 除A、B外其余占55.0%; 前三类合计占61.0%);
a category's count is its share of the period total (占21%，折合约2.6万件); a rest stated
after two counts is their difference (31件中已处理29件，还有2件); …的X is a quotient
(降到原来的不到三成); a figure called the target (目标是30秒) is a target; a figure restated in
another unit right after it (0.5分钟，即30秒) stands with it; numbers of one fact's text are
compared with each other (其中的差、商、变化), a number given there as a part (其中17封) is no
total; two metrics of the period divide (下单人数占咨询人数的25%, 客单价 = 销售额 ÷ 下单人数);
a part-year's pace is carried to the year (按目前进度全年预计…) and the rest of an annual target
spread over the months left. A table of weeks or days is read by week (第2周, 第1至3周) or day
(11月11日); a range over the table (各月在5,800件至6,500件之间) is its lowest and highest row.

The table's closure (issue 22, fourth pass): the rows a sentence names — months, runs (4至6月,
一季度, 上半年, 前三个月), lists (7、8两个月), weekends and weekdays of a table of days, the row
before a named one (前一天, 环比), the highest and lowest row — give sums, means (also per calendar
day), differences and percent changes in the direction the clause says, and shares of the
column's total or the period's value; a share of a named run, a comparison with a run and a
count of a run are the table's to answer (its closure, or wrong). A figure may also be computed
from another figure of its sentence, which is checked on its own (夜间34秒，比全天均值多13秒;
合计5,822次，比上周的5,700次增长2.1%; 目标2.2天，要再缩短15.4% of the value now).

Sixth pass (issue 22): the report's own dates are no earlier time (11月 in a November report);
words inside the facts' names (服务达标率, 响应慢, 态度差) say nothing about a figure; a number of a
fact's text matches only in its role there (an end is no change, a target no value reached, another
noun's or another subject's number no match); 同比/去年同期/今年以来 in a monthly report whose table
holds last year's month; 上旬/中旬/下旬; multiples of two named runs; totals built from the sentence's
figures (人均 × the team, 人 × 轮); a part of the day against the whole day's metric (夜间…比全天).

Cost: candidates are kept sorted per (subject, kind), so a direct match is a binary search,
and arithmetic pairs values of one subject only (each pair found by a binary search from one
side), never every fact against every fact. A sentence with no end in sight is read in a
window of `_WINDOW` characters around the figure, so the cost per figure is bounded and
`lint --facts` grows linearly with the figures (bench/lint_facts_scaling.py).

Lint consumes the tracer through `cswriter.lint.tracing.FigureTracer` (a protocol lint
defines); this module imports nothing from lint.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import TYPE_CHECKING

from cswriter.domain import load_domain, points_unit
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
    NOTE_TIME as _NOTE_TIME,
    MetricInfo,
    collect_candidates,
    family_of,
)
from cswriter.figures.rounding import agrees, format_difference, format_number, round_half_up

if TYPE_CHECKING:
    from cswriter.facts.model import Facts
    from cswriter.text.numbers import NumberMention

_PARENTS = {"complaint_types": "complaints"}
# 增长到2倍 / 是…的2倍: the quotient (_multiple); 增长了2倍 is tracing.yaml's grown_by.
_GROWN_TO = re.compile("(?:到|至|为|成|是|达|相当于)[^，。；、]{0,8}的?(?:约|近|将近|接近|超过|逾|不到|不足)?$")
# Years and months written out are an earlier time too (2024年客户满意度92.1分).
# A whole split into parts (blind round 11): 86位主人里62位…, 86件中有62件…, 86件，其中62件…: the
# words between the whole and its first part; each next part opens a clause of its own.
_SPLIT_WHOLE = re.compile("[\u4e00-\u9fff]{0,8}?(?:里|当中|之中|中间|中)[，,]?(?:有|共有)?"
                          "|[\u4e00-\u9fff]{0,8}?[，,]其中(?:有)?")
_SPLIT_MARK = re.compile("里|中")
_SPLIT_NEXT = re.compile("[，,、]")
_DATES = "[0-9０-９]{4}年|[0-9０-９]{1,2}月|[一二三四五六七八九十]+月"


def _last_mark(text: str, marks: str, start: int = 0, end: int | None = None) -> int:
    """Where the last of `marks` stands in text[start:end] (-1 when none does): the start of a figure's own
    clause or sentence is the next character."""
    end = len(text) if end is None else end
    return max(text.rfind(mark, start, end) for mark in marks)


def alt_of(words: list[str]) -> str:
    """A regex alternation of words, longest first (so 已经 is read before 已)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"


class _Words:
    """The word lists of data/tracing.yaml, compiled once."""

    def __init__(self) -> None:
        from cswriter.domain import load_yaml_resource

        doc = load_yaml_resource("tracing.yaml")

        def regex_of(words: list[str]) -> re.Pattern[str]:
            return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))

        def regex(key: str, extra: str = "") -> re.Pattern[str]:
            words = sorted(doc[key], key=len, reverse=True)
            return re.compile("|".join([*map(re.escape, words), *([extra] if extra else [])]))

        self.compare = regex("compare")
        self.not_compare = regex("not_compare")
        self.sum = regex("sum")
        self.mean = regex("mean")
        self.ratio = regex("ratio")
        target = regex("target")
        not_target = doc.get("not_target") or []
        self.target = re.compile(f"(?!{'|'.join(map(re.escape, not_target))})(?:{target.pattern})") \
            if not_target else target
        self.annual = regex("annual")
        self.attainment = regex("attainment")
        self.previous = regex("previous", _DATES)
        self.against_previous = regex("against_previous")
        self.claims = regex("claims")
        self.continues = re.compile(f"(?:{regex('continues').pattern}|\\s)*")
        self.remainder = regex("remainder")
        self.previous_row = regex("previous_row")
        self.failed = regex("failed")
        self.same_unit = {u: tuple(group) for group in doc.get("same_units", ()) for u in group}
        self.contact_units = tuple(doc.get("contact_units", ()))
        self.parts = regex("parts")
        self.rest = regex("rest")
        self.back_whole = re.compile(f"占(?:{regex('back_whole').pattern})") if doc.get("back_whole") else None
        self.whole_named = tuple(sorted(doc.get("whole_named", ()), key=len, reverse=True))
        ends = doc.get("group_ends") or ()
        self.group_named = re.compile(f"[\\u4e00-\\u9fff](?:{alt_of(sorted(ends, key=len, reverse=True))})$") \
            if ends else None
        self.earlier_base = regex("earlier_base")
        rest_units = doc.get("rest_of_period") or {}
        self.rest_of_period = {
            grain: re.compile(f"(?:{self.rest.pattern})(?P<n>[0-9]+|[两二三四五六七八九十]+)(?:{alt_of(units)})")
            for grain, units in rest_units.items()}
        self.most = regex("most")
        self.least = regex("least")
        self.toward = re.compile(f"[，,]?(?:{alt_of(doc['toward'])})(?:约|近|到|至)?[0-9一二三四五六七八九十]") \
            if doc.get("toward") else None
        self.moved_to_more = alt_of(doc.get("moved_to") or ["到到"])
        # 计划把回访覆盖率提到95%: the short verbs aim at a level as 提升到 does (_AIMED_AT).
        self.aimed_more = re.compile(f"(?:{self.moved_to_more})[约近]?$")
        # rank: an ordinal place (位居第二, 第二大的, 为全年第三高); rank_tail: a clause right after a
        # figure that says only where its item stands (，位居第二。 / ，为全年最高).
        rank = doc["rank"]
        self.rank_less = frozenset(rank["less"])
        self.rank = re.compile(
            f"(?:(?P<pre>{alt_of(rank['before'])})(?:{alt_of(rank['scope'])})?)?第(?P<n>[二三四五六七八九十2-9])"
            f"(?:位|名)?(?P<side>{alt_of(rank['more'] + rank['less'])})?(?![周季天日月期次个项点轮批])")
        self.rank_tail = re.compile(
            f"[，,](?:{alt_of(rank['before'] + ['为', '是'])})?(?:{alt_of(rank['scope'])})?"
            f"(?:第[一二三四五六七八九十1-9](?:位|名)?(?:{alt_of(rank['more'] + rank['less'])})?|{alt_of(doc['most'] + doc['least'])})"
            "(?:的)?(?=[。；;，,]|$)")
        self.respectively = tuple(doc["respectively"])
        self.projection = regex("projection")
        self.need = regex("need")
        self.complement = regex("complement")
        self.whole_period = regex("whole_period")
        self.handled_whole = regex("handled_whole") if doc.get("handled_whole") else None
        self.old_rule = regex("old_rule")
        self.left_out = regex("left_out")
        self.rest_lead = regex("rest_lead")
        self.cause = regex("cause") if doc.get("cause") else None
        self.rule_change = regex("rule_change")
        self.either_rule = regex_of([*doc.get("old_rule", ()), *doc.get("rule_change", ())])
        self.month_any = regex("month_any")
        present = doc.get("present_level") or []
        self.present_level = re.compile(
            f"(?:{'|'.join(map(re.escape, sorted(present, key=len, reverse=True)))})"
            "(?:的?水平|已经|已|仍然|仍|还|只有|仅有|仅|约|大约|为|是|在|达到|达|有)*$") if present else None
        self.row_before = regex("row_before")
        self.row_after = regex("row_after") if doc.get("row_after") else None
        self.part_back = re.compile(f"(?:{regex('part_back').pattern})") if doc.get("part_back") else None
        self.absent_days = regex("absent_days") if doc.get("absent_days") else None
        self.owner_back = regex("owner_back") if doc.get("owner_back") else None
        back = doc.get("time_back") or {}
        self.time_back = {k: re.compile("|".join(map(re.escape, sorted(v, key=len, reverse=True))))
                          for k, v in back.items() if v}
        self.span_back = regex("span_back") if doc.get("span_back") else None
        sib = doc.get("sibling_groups") or {}
        # 一组, 第二组, 乙班 (not 组长, 班员, 两班: no mark)
        self.sibling = re.compile(f"(?<![0-9A-Za-z一二三四五六七八九十])第?(?:{alt_of(sib['marks'])})(?:{alt_of(sib['ends'])})"
                                  "(?![长员])") if sib else None
        self.sibling_back = regex_of(sib["back"]) if sib else None
        self.whole_team = regex_of(sib["whole_team"]) if sib.get("whole_team") else None
        self.full_mark = regex("full_mark") if doc.get("full_mark") else None
        self.ahead = regex("ahead")
        self.base_before = re.compile(f"(?:{regex('base_before').pattern})(?:$|(?=[0-9]*$))")
        self.still_to_go = regex("still_to_go")
        self.gap_only = regex("gap_only")
        self.mean_counted = tuple(doc.get("mean_counted") or ())
        self.rest_days = re.compile(f"(?:{regex('rest_days').pattern})(?P<days>[0-9]{{1,3}})(?:个)?(?:天|日)(?![0-9])") \
            if doc.get("rest_days") else None
        # 其余257天 / 其余时间: the rest of the period beside an event's days, its days said or not (tracer round 49).
        self.rest_day_words = regex("rest_days") if doc.get("rest_days") else None
        self.rest_span = re.compile(f"(?:{regex('rest_days').pattern})(?:(?P<days>[0-9]{{1,3}})(?:个)?(?:天|日)(?![0-9])"
                                    "|时间|时段|日子)") if doc.get("rest_days") else None
        heads = doc.get("rest_heads") or {}
        # 其余6人人均 / 剩下4人平均每人: the rest of the team, its headcount and its mean per head (tracer round 49).
        self.rest_heads = re.compile(
            f"(?:{self.rest.pattern})(?P<n>[0-9]{{1,3}}|[两二三四五六七八九十]{{1,3}})(?:个)?(?:人|名|位)的?"
            f"(?:{alt_of(heads['per_head'])})") if heads.get("per_head") else None
        group = doc.get("note_group") or {}
        # 热线组12人受理52800件 / 营业厅组93.5% / 该组: groups a metric's note gives a figure of (tracer round 50).
        self.group_ends = "".join(group.get("ends") or [])
        self.group_refer = regex_of(group["refer"]) if group.get("refer") else None
        progress = doc.get("time_progress") or {}
        # 时间进度 / 超前 / 落后: the share of the year gone by and a progress against it (tracer round 50).
        self.time_progress = regex_of(progress["said"]) if progress.get("said") else None
        self.time_ahead = regex_of(progress.get("ahead") or ["快"])
        self.time_behind = regex_of(progress.get("behind") or ["慢"])
        two = doc.get("per_two") or {}
        # 每人每天 / 每人每晚 / 每户每天: a mean over heads and a span at once (tracer round 50).
        self.per_two_heads = dict(two.get("heads") or {})
        self.per_two_times = dict(two.get("times") or {})
        self.per_two = re.compile(
            f"(?P<h1>{alt_of(self.per_two_heads)})(?:平均)?(?P<t1>{alt_of(self.per_two_times)})"
            f"|(?P<t2>{alt_of(self.per_two_times)})(?:平均)?(?P<h2>{alt_of(self.per_two_heads)})") \
            if two.get("heads") and two.get("times") else None
        self.rest_heads_more = regex_of(heads.get("more") or ["多"])
        self.rest_heads_less = regex_of(heads.get("less") or ["少"])
        self.to_close = regex("to_close")
        self.per_day_mean = regex("per_day_mean")
        self.pending = regex("pending")
        self.extremes = regex("extremes")
        self.reached = regex("reached")
        self.table_ends = doc.get("table_ends") or {}
        self.period_end = regex("period_end") if doc.get("period_end") else None
        # A verb of an action taken at a time (8月底开始执行), or 起 right after a time (8月底起); not
        # a rate named by the verb (8月执行率92% is a figure of August, no action).
        self.action_time = re.compile(f"(?:{regex('action_time').pattern})(?![率量])|(?<=[底末初月日号度年])起") \
            if doc.get("action_time") else None
        self.action_time_back = regex("action_time_back") if doc.get("action_time_back") else None
        self.row_back = {grain: regex_of(words) for grain, words in (doc.get("row_back") or {}).items()}
        # (低 / 高 of a verb, 提高了 / 降低了, is a change, not the gap: see rate_gap)
        self.rate_gap = re.compile(f"(?<![提降升增减偏拉压调抬走])(?:{regex('rate_gap').pattern})了?$") \
            if doc.get("rate_gap") else None
        self.relative_said = regex("relative_said") if doc.get("relative_said") else None
        self.peer_said = regex("peer_said") if doc.get("peer_said") else None
        # A claim about the target right after the period's value (5400人次，超过了季度目标).
        claim = doc.get("target_claim") or {}
        moves_doc = load_yaml_resource("directions.yaml").get("claims", {})
        claim_words = [w for ws in moves_doc.values() for w in ws if len(w) >= 2] + list(doc["reached"])
        self.target_claim = re.compile(
            f"[，,]\\s*(?:{alt_of(claim.get('lead', []))})*"
            f"(?P<denial>{alt_of(doc.get('negations', []))})?"
            f"(?:(?P<within_word>{alt_of(claim.get('within_before', []))})|(?P<word>{alt_of(claim_words)}))了?"
            f"(?P<mid>[^，。；,;！？]{{0,10}}?)(?:{target.pattern})(?P<within>{alt_of(claim.get('within_after', []))})?"
        ) if claim else None
        # 已控制在8小时的目标以内: the claim word before the target, its 以内 after it.
        self.within_after = tuple(claim.get("within_after", []))
        self.within_end = re.compile(f"(?:{alt_of(claim.get('within_before', []))})$") if claim else None
        self.within_tail = re.compile(
            f"[^，。；,;！？]{{0,10}}?(?:{target.pattern})(?:{alt_of(claim.get('within_after', []))})") if claim else None
        self.target_claim_mid = re.compile(f"(?:{alt_of(claim.get('mid', []))}|的)*") if claim else None
        self.fallen_by = re.compile(f"(?:{regex('fallen_by').pattern})了?(?:约|近|将近|接近|超过|逾)?$")
        self.team_whole = re.compile(f"(?:{regex('team_whole').pattern})(?:的)?$")
        self.team_count_words = list(doc.get("team_count") or ())
        self.team_rate = re.compile(f"(?:{regex('team_rate').pattern})(?:为|是|达|约|仅|只有)?$") \
            if doc.get("team_rate") else None
        self.plan_said = regex("plan_said")
        self.negations = regex("negations")
        kinds = doc.get("previous_kinds") or {}
        self.previous_kinds = {kind: tuple(kinds[kind]["report"]) for kind in kinds}
        self.previous_said = {kind: regex_of(kinds[kind]["said"]) for kind in kinds}
        self.year_to_date = regex("year_to_date")
        self.attainment_rate = regex("attainment_rate")
        self.deducted = regex("deducted")
        self.both_gap = re.compile(f"(?:{regex('both_gap').pattern})(?:了|为|是|约)?$") if doc.get("both_gap") else None
        self.whole_level = regex("whole_level")
        self.definition = re.compile(f"(?:{regex('definition').pattern})[^，,。；;：:！？]*$") \
            if doc.get("definition") else None
        self.scale_of = {w: float(v) for w, v in (doc.get("scales") or {}).items()}
        self.scales = regex_of(list(self.scale_of)) if self.scale_of else None
        self.thirds = {w: (int(a), int(b)) for w, (a, b) in (doc.get("thirds") or {}).items()}
        self.month_part = re.compile(f"份?(?:{regex_of(list(self.thirds) + list(doc.get('half_months') or ())).pattern})") \
            if self.thirds or doc.get("half_months") else None
        self.refer_back = regex("refer_back") if doc.get("refer_back") else None
        self.opposite = {a: b for pair in doc.get("opposite_halves", ()) for a, b in (pair, pair[::-1])}
        line = doc.get("threshold", {})
        below, above = sorted(line.get("below", ()), key=len, reverse=True), sorted(line.get("above", ()), key=len, reverse=True)
        self.threshold_side = {**{w: "above" for w in above}, **{w: "below" for w in below}}
        self.threshold_words = sorted(self.threshold_side, key=len, reverse=True)
        self.threshold_inclusive = frozenset(line.get("inclusive", ()))
        self.threshold_before = re.compile(
            f"(?:{'|'.join(map(re.escape, sorted(self.threshold_side, key=len, reverse=True)))})了?$") if self.threshold_side else None
        self.threshold_after = re.compile(
            f"(?:[及或]?(?:以上|以下))?的(?:{'|'.join(map(re.escape, sorted(line.get('rows', ()), key=len, reverse=True)))})"
            "(?![\u4e00-\u9fff]*?(?:目标|计划|指标|均|标准))(?=[有共为是达占仅只计，,。；]|$)") \
            if line.get("rows") else None
        # threshold.mean: a line drawn at the column's own mean (高于月均水平, 低于全年平均水平).
        self.threshold_mean = re.compile(
            f"({'|'.join(map(re.escape, self.threshold_words))})了?(?:全年|全月|本月|本周|本季度|全季度|上半年|下半年|全期)?"
            f"的?(?:{'|'.join(map(re.escape, sorted(line['mean'], key=len, reverse=True)))})(?![0-9一二三四五六七八九十])") \
            if self.threshold_side and line.get("mean") else None
        # The same words right before a line the writer states (高于月均1.8万件): a line all the same.
        self.mean_line = re.compile(f"(?:{'|'.join(map(re.escape, sorted(line['mean'], key=len, reverse=True)))})$") \
            if line.get("mean") else None
        tally = doc.get("tally", {})
        self.tally_units = frozenset(tally.get("units", ()))
        self.tally_items = tuple(tally.get("items", ()))
        # Longest first, so that 未达标 is read before 达标.
        self.tally = sorted(((w, kind) for kind in ("met", "missed", "better", "worse") for w in tally.get(kind, ())),
                            key=lambda p: len(p[0]), reverse=True)
        self.waiting = re.compile(f"[^，。；,;、0-9]{{0,4}}?(?:需|仍需|尚需|还需|仍|尚|正)?(?:{regex('waiting').pattern})")
        self.grown_by = re.compile(f"(?:{regex('grown_by').pattern})了?(?:约|近|将近|接近|超过|逾|不到|不足)?$")
        self.part_names = {field: tuple(words) for field, words in doc.get("part_names", {}).items()}
        # 已全部办结 / 均已全部处理完: every one of a total claimed done (group 1: the part's word).
        self.all_done = re.compile("(?:已|均已|都已|均|都)?全部(?:已)?("
                                   + "|".join(w for ws in self.part_names.values() for w in ws) + ")") \
            if self.part_names else None
        self.whole_referred = re.compile(f"了?(?:{regex('whole_referred').pattern})") if doc.get("whole_referred") else None
        self.metric_name_suffixes = sorted(doc.get("metric_name_suffixes") or (), key=len, reverse=True)
        self.said_without = sorted(doc.get("said_without") or (), key=len, reverse=True)
        # (出勤日: a day worked is a day, divided by the days the facts count worked where a mean says so)
        self.per_worked = frozenset(doc["per"].get("出勤日") or ())
        self.worked_frame = regex("worked_frame") if doc.get("worked_frame") else None
        self.opposite_names = [p for p in doc.get("opposite_names") or () if len(p) == 2]
        self.complaints_whole = re.compile(doc["complaints_whole"]) if doc.get("complaints_whole") else None
        self.per_unit = {w: ("天" if unit == "出勤日" else unit) for unit, words in doc["per"].items() for w in words}
        self.per = re.compile("|".join(map(re.escape, sorted(self.per_unit, key=len, reverse=True))))
        bounds = doc["bounds"]

        def alt(words: list[str]) -> str:
            return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

        self.over = re.compile(f"^(?:{alt(bounds['over_before'])})|(?:[0-9一二两三四五六七八九十百千万亿半数成%倍番])"
                               f"(?:{alt(bounds['over_after'])})")
        self.under = re.compile(f"^(?:{alt(bounds['under_before'])})|(?:{alt(bounds['under_after'])})$")
        moves = load_yaml_resource("directions.yaml").get("claims", {})
        self.move_of = {w: kind for kind in ("up", "down", "better", "worse") for w in moves.get(kind, ())}
        # move_not_after: 相差, 之差 name a difference, no move (两者相差2.6个百分点): 差 after them moves nothing.
        guards = doc.get("move_not_after") or {}
        self.moves = re.compile("|".join(
            "".join(f"(?<!{re.escape(g)})" for g in guards.get(w, ())) + re.escape(w)
            for w in sorted(self.move_of, key=len, reverse=True))) if self.move_of else None
        # 降至 / 提升到 ending the words before a figure: the figure ends a move; with the 到/至
        # optional, the verb of a move that a text's context ends in (率提升到, 率提升).
        self.moved_to = re.compile(f"(?:{self.moves.pattern})了?[至到]$") if self.moves else None
        self.move_verb_end = re.compile(f"(?:{self.moves.pattern})了?[至到]?$") if self.moves else None
        # 降到每月150小时以内 / 提到90%以上: a figure that ends its own clause's move (the per-time
        # words or a rounding word may stand between the verb and it).
        self.own_end = re.compile(f"(?:(?:{self.moves.pattern})了?[至到]|{self.moved_to_more})"
                                  "(?:每[天日周月季年]|[日周月年]均|人均|单日|单月)?[约近]?[ ]*$") if self.moves else None
        bound = load_yaml_resource("directions.yaml").get("bound_claims", {})
        self.bound_move_of = {w: kind for kind in ("up", "down") for w in bound.get(kind, ())}
        not_after = "".join(map(re.escape, bound.get("not_after", ())))
        self.bound_moves = re.compile(
            (f"(?<![{not_after}])" if not_after else "") + f"({alt(list(self.bound_move_of))})(?:了|出)?$") \
            if self.bound_move_of else None


_WORDS: list[_Words] = []


# 占受影响用户的: a share whose clause names its whole (not 占比, 占总量的 of the subject named).
_OWN_WHOLE = re.compile("占(?!比)[^，,。；;：:0-9]{2,12}的$")


# 每笔平均42.9元, 平均每单: a mean per item of a count; the count it divides by is in that unit.
_PER_ITEM = re.compile("每(笔|单|件|户|人|名|位|张|台|辆)")
# 9点至12点: a span of the clock (three hours), read from its two ends.
# 10月1-7日 / 2月10日至16日 / 3日到9日: a run of dates, its month (said at either end) and its days.
_DAY_RANGE = re.compile("(?<![0-9])(?:(1[0-2]|0?[1-9])月)?(3[01]|[12][0-9]|0?[1-9])[日号]?(?:至|到|-|—|–|~|～)"
                        "(?:(1[0-2]|0?[1-9])月)?(3[01]|[12][0-9]|0?[1-9])[日号](?![0-9])")
_CLOCK_RANGE = re.compile("(?<![0-9])([0-9]{1,2})[点时](?:至|到|—|-|~)([0-9]{1,2})[点时]")
# 平均每天完成改约约453单 / 日均处理约15张 / 每天平均到诊48人: the verb a per-day (hour) mean counts.
_MEAN_VERB = re.compile("(?:每(?:个)?(?:天|日|小时)|日均|时均)(?:平均)?(?:约|能|可)?([\u4e00-\u9fff]{2,6}?)(?:了|约|近|达|为|是|有|超过)*$")


def _item_unit(label: str) -> str | None:
    """The count unit a label ends with, persons as one (人, 名, 位) and transactions as one (笔, 单);
    None if it ends with none."""
    last = label.strip()[-1:]
    if last not in "笔单件户人名位张台辆" or not last:
        return None
    return "人" if last in "人名位" else "笔" if last in "笔单" else last


def _table_cell(text: str, pos: int) -> str | None:
    """In a Markdown table's body row, the header of the column `pos` stands in and the cell
    itself (较上季度变化 提高0.1分); None outside a table. The header is looked for at most
    _HEADER_LINES lines up, so a long table costs no more per cell."""
    line_start = text.rfind("\n", max(0, pos - _WINDOW * 4), pos) + 1
    if not text.startswith("|", line_start):
        return None
    cell_start = text.rfind("|", line_start, pos) + 1
    cell_end = text.find("|", pos)
    cell = text[cell_start:cell_end if cell_end >= 0 else len(text)]
    column = text.count("|", line_start, pos) - 1
    head, start = None, line_start
    for _ in range(_HEADER_LINES):
        if start == 0:
            break
        previous = text.rfind("\n", 0, start - 1) + 1
        if not text.startswith("|", previous):
            break
        start = previous
        head = start
    if head is None:
        return cell
    head_end = text.find("\n", head)
    cells = text[head:head_end].strip().strip("|").split("|")
    return (cells[column].strip() + " " if 0 <= column < len(cells) else "") + cell


_HEADER_LINES = 200
_CJK4 = re.compile("[\u4e00-\u9fff]{2,}")
_CHANGE_OR_GAP = frozenset({"gap", "gap_percent", "attainment", "change", "change_percent"})


def _says_rest(text: str) -> bool:
    return _words().remainder.search(text) is not None


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


_QUARTER_NAMED = re.compile("(?<![上下本前后头])第?([一二三四])个?季度|(?<![A-Za-z])Q([1-4１-４])(?![0-9])")
# 前三季度 / 后两个季度: the first or last quarters of a year's table.
_QUARTER_RUN = re.compile("([前后头])([两二三])个?季度")
_FULLWIDTH = str.maketrans("１２３４", "1234")
_FRACTION_WORDS = re.compile("分之|成|半")
_OVER_OF = re.compile("(超过|超出|高于|多于|逾)了?[^，。；：,;]{0,10}的$")
_UNDER_OF = re.compile("(不到|不足|低于|少于|未达|未到|未及)[^，。；：,;]{0,10}的$")


def _spelled_out(name: str, said: str) -> bool:
    """Whether a sentence spells out a rate's name in its own words: the name less its last
    character (率, 量), its characters in order, each at most four characters after the last
    (争议一次解决率 in 争议做到了一次解决; 24小时内上门率 in 24小时内上门)."""
    stem = name[:-1] if len(name) > 3 and name[-1] in "率量度" else name
    if len(stem) < 3:
        return False
    at = said.find(stem[0])
    while at >= 0:
        pos = at
        for ch in stem[1:]:
            nxt = said.find(ch, pos + 1, pos + 6)
            if nxt < 0:
                break
            pos = nxt
        else:
            return True
        at = said.find(stem[0], at + 1)
    return False


def _fraction_bound(text: str, n: NumberMention, sentence: tuple[int, int]) -> tuple[NumberMention, str | None]:
    """A fraction or 成 bounded from the side its words say: 超过一成 / 四成以上 (the reader
    keeps the word), and 超过了总量的三分之一 / 不到全年目标的一半 (the word stands before
    the whole): the share is at least (below) the figure. Returns the mention, with the bound
    word put in front of it when it stood apart, and the bound word itself (None when none)."""
    if n.kind != "percent" or not _FRACTION_WORDS.search(n.text):
        return n, None
    words = _words()
    if n.approximate:
        over = words.over.search(n.text)
        if over is not None and over.start() == 0:
            return n, over.group(0)
        under = words.under.search(n.text)
        if under is not None and under.start() == 0:
            return n, under.group(0)
        if over is not None or under is not None or n.text.startswith(("约", "近")):
            return n, None
    lead = text[max(sentence[0], n.start - 16):n.start]
    for pattern, word in ((_OVER_OF, "超过"), (_UNDER_OF, "不到")):
        m = pattern.search(lead)
        if m is not None:
            return n._replace(text=word + n.text.removeprefix("约"), approximate=True), m.group(1)
    return n, None


# A time a clause dates its figure by (10月处理8680单, 上周为63秒): the month's number, or the
# rank of a word for the period before (0) or this one (1).
_DATED = re.compile("(?:(?P<month>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?!底|末|初|[0-9０-９]{1,2}[日号]))|"
                    "(?P<before>上周|上月|上季度|上个月|去年同期|去年|上年)|(?P<now>本周|本月|本季度|今年|当月|当周)")
_CN_MONTHS = {w: i for i, w in enumerate("一 二 三 四 五 六 七 八 九 十 十一 十二".split(), 1)}


def _dated_order(text: str, s_start: int, a: NumberMention, b: NumberMention) -> NumberMention | None:
    """Of two figures of a sentence, each dated in its own comma clause by a month or by a word
    for this or the period before (10月处理8680单，9月为7420单), the earlier one: the base of a
    change between them. None where either is undated or both have one time."""
    ranks = []
    last_end = s_start
    for m in sorted((a, b), key=lambda x: x.start):
        start = s_start + m.start
        head = text[max(last_end, start - 16):start]
        head = re.split("[，,；;。：:]", head)[-1]
        found = list(_DATED.finditer(head))
        if not found:
            return None
        d = found[-1]
        if d.group("month"):
            raw = d.group("month")
            month = int(raw.translate(str.maketrans("０１２３４５６７８９", "0123456789"))) \
                if raw[0] in "0123456789０１２３４５６７８９" else _CN_MONTHS.get(raw, 0)
            ranks.append(("m", month))
        else:
            ranks.append(("w", 0 if d.group("before") else 1))
        last_end = s_start + m.end
    (ka, ra), (kb, rb) = ranks
    if ka != kb or ra == rb or ka == "m" and not (1 <= ra <= 12 and 1 <= rb <= 12):
        return None
    first, second = sorted((a, b), key=lambda x: x.start)
    earlier_first = ra < rb if ka == "w" or abs(ra - rb) <= 6 else ra > rb
    return first if earlier_first else second


def _measure_words_differ(unit: str, label: str) -> bool:
    """Does a count in `unit` (条, 人, 个) count another thing than a stated count `label` ends with
    (84单, 312通, 3件)? Neither measure word is the other's (nor in one group of tracing.yaml same_units)."""
    tail = _unit_tail(label)
    if not tail or tail == unit or _same_unit(unit, label) or _same_unit(tail, f"0{unit}"):
        return False
    return True


def _quotient_as_change(n: NumberMention, source: str) -> Trace | None:
    """从每周189件降到120件，降幅63.5%: a percentage right after a word of change (降幅, 下降, 提高 …) traced only as the
    quotient of two figures of the sentence (120 ÷ 189) is the share one is of the other, not the change
    between them ((189 − 120) ÷ 189 = 36.5%): wrong. None where the source is no such plain quotient (and not
    asked where a part is taken out before the change: _deducted answers for it)."""
    m = re.fullmatch("[^=]+= ([0-9][0-9,.]*)([^0-9 ÷−()]*) ÷ ([0-9][0-9,.]*)([^0-9 ×−()]*) × 100%", source)
    if m is None:
        return None
    a, b = float(m.group(1).replace(",", "")), float(m.group(3).replace(",", ""))
    if not a or not b or a == b:
        return None
    change = abs(b - a) / max(a, b) * 100
    if _rounds_to(n, change, _decimals(n.precision)):
        return None
    return Trace(False, None, None, f"；{m.group(1)}{m.group(2)} ÷ {m.group(3)}{m.group(4)}是两数之比，不是变化："
                                    f"变化为{format_number(round_half_up(change, 1))}%，不是{n.text}")


def _aimed_at(text: str, s_start: int, m: NumberMention) -> bool:
    """Is a figure of a sentence named as a target right before it (目标8000单, 目标为40秒) or
    right after it (按8000单的月目标算, 8000单的目标)?"""
    return (_TARGET_BEFORE.search(text, max(s_start, s_start + m.start - 6), s_start + m.start) is not None
            or _TARGET_AFTER.match(text, s_start + m.end) is not None)


def _compares(clause: str) -> bool:
    """Does the clause compare two values (较去年提升, 比目标快), not just name a share (占比)?"""
    words = _words()
    return words.compare.search(words.not_compare.sub("", clause)) is not None


_LONGEST_RUN = 12
# How far around a figure a sentence is read when it has no end in sight (characters).
_WINDOW = 160


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
    """Exact values a stated figure can stand for (rounded half-up or truncated; for a
    bounded approximation, one step below or above: 近3.7万件, 三万六千多件)."""
    q = 10.0 ** -decimals
    low, high = n.value, n.high if n.high is not None else n.value
    eps = 1e-9 * max(1.0, abs(high))
    if n.approximate and n.high is None:
        step = _step(n)
        return low - max(step, q / 2) - eps, high + max(step, q) + eps
    return low - q / 2 - eps, high + q + eps


_BOUNDS: dict[str, str | None] = {}
# Bound words that exclude the figure itself (不到四成 is below 40 %; 近四成 may be 40 %).
_STRICTLY_BELOW = frozenset({"不足", "不到", "少于", "低于"})
_STRICTLY_OVER = ("超过", "超出", "多于", "高于", "逾")


def _bound(n: NumberMention) -> str | None:
    """"over" (超过8万件: at least the figure), "more" (三万六千多件: at least the figure,
    below its next step), "under" (近3.7万件, 不足1万件: below it) or None (约2.3万件 and
    exact figures: rounded either way)."""
    found = _BOUNDS.get(n.text, "")
    if found == "":
        words = _words()
        over = words.over.search(n.text)
        # 超过5.5万件 says at least 55,000; 5万多件 also says below the next step (60,000).
        under = None if over else words.under.search(n.text)
        found = ("more" if over.start() > 0 else "over") if over else None if under is None \
            else "below" if under.group(0) in _STRICTLY_BELOW else "under"
        if len(_BOUNDS) > 4096:
            _BOUNDS.clear()
        _BOUNDS[n.text] = found
    return found


def _step(n: NumberMention) -> float:
    """The step of a bounded figure: its last non-zero digit's place (三万六千多 → 1000,
    100多 → 100, 3.7万 → 1000), at least its precision."""
    value = abs(n.value)
    step = n.precision or 1.0
    if "分之" in n.text:
        return value / 2  # 超过三分之一: more than a third, less than a half
    if n.text.startswith("过半") or "一半" in n.text:
        return value / 2  # 过半, 超过一半, 一半以上: more than a half, less than three quarters
    if value >= 10 and float(value).is_integer():
        place = 1.0
        while value % (place * 10) == 0:
            place *= 10
        step = max(step, place)
    return step


def _in_bound(n: NumberMention, exact: float, bound: str) -> bool:
    eps = 1e-9 * max(1.0, abs(n.value))
    step = _step(n)
    if bound == "over":
        if n.text.startswith(_STRICTLY_OVER) and _FRACTION_WORDS.search(n.text) \
                and abs(exact - n.value) <= eps:
            return False  # 超过六成 at exactly 60.0 %: not over it (as 不到四成 is not 40.0 %)
        return n.value - eps <= exact < max(n.value + step, n.value * 1.2) - eps
    if bound == "more":
        return n.value - eps <= exact < n.value + step - eps
    if bound == "below":
        return n.value - step - eps <= exact < n.value - eps  # 不到四成: 40.0 % is not below it
    if n.text.startswith(_NEAR) and _FRACTION_WORDS.search(n.text):
        # 近九成 is just under nine tenths (85 % to 90 %), not 82 %; 近三分之一 a quarter of it.
        step = 5.0 if "分之" not in n.text else n.value / 4
    return n.value - step - eps <= exact <= n.value + eps


# Words that put a fraction just under its value (近九成, 将近三分之一), not anywhere below it.
_NEAR = ("近", "将近", "接近")


def _decimals(precision: float) -> int:
    """"98.5" has precision 0.1 → 1 decimal; "1.2万" has 1000 → −3 (agrees takes both)."""
    if precision <= 0:
        return 0
    return round(-math.log10(precision))


def _half_tenths(n: NumberMention, exact: float) -> bool | None:
    """A bare figure in 成 (四成, 两成半, no 约 or bound word): the nearest half-tenth, since
    三成半 is there for 35 % (四成 is 37.5 % to 42.5 %). None for any other figure."""
    if n.approximate or n.high is not None or n.kind != "percent" or not _TENTHS.fullmatch(n.text):
        return None
    eps = 1e-9 * max(1.0, abs(n.value))
    return n.value - 2.5 - eps <= exact < n.value + 2.5 - eps


def _fits(n: NumberMention, exact: float, decimals: int) -> bool:
    """`agrees` (rounded half-up or truncated), for the value or either end of a range."""
    tenths = _half_tenths(n, exact)
    if tenths is not None:
        return tenths
    if n.approximate and n.high is None:
        bound = _bound(n)
        if bound is not None:
            return _in_bound(n, exact, bound)
        if "分之" in n.text and abs(exact - n.value) <= n.value / 10:
            return True  # 约五分之一 for 21%: a fraction said roughly, within a tenth of it
    if n.high is not None and n.value <= exact <= n.high:
        return True
    q = 10.0 ** -decimals
    # Truncation fits whole numbers and coarser (日均343件 for 343.51), never a figure stated
    # with decimals (18.0% for 18.095%, 0.73万 for 7360) nor an approximation (约48万 for
    # 486,000 is 约49万): those are rounded the wrong way, not a writer's habit.
    truncated_ok = decimals <= 0 and "." not in n.text and not n.approximate
    for stated in (n.value,) if n.high is None else (n.value, n.high):
        eps = 1e-9 * max(1.0, abs(stated))
        # Clear cases without Decimal arithmetic (this runs for every candidate in a window);
        # only values on the edge of a rounding interval go through `agrees`.
        if stated - q / 2 + eps < exact < stated + q / 2 - eps:
            return True
        if truncated_ok and 0 <= stated and stated + eps < exact < stated + q - eps:
            return True
        if stated - q / 2 - eps <= exact <= stated + q + eps and agrees(stated, exact, decimals, truncated_ok):
            return True
    return False


def _exact_fraction(n: NumberMention) -> bool:
    """三分之一, 三分之二, 六分之一: a fraction said exactly whose percent is no whole number."""
    return "分之" in n.text and not n.approximate and n.high is None and abs(n.value - round(n.value)) > 1e-6


def _rounds_to(n: NumberMention, exact: float, decimals: int) -> bool:
    if n.kind == "multiple" and n.precision >= 1 and not n.approximate and n.high is None and n.value <= 2 \
            and abs(exact - n.value) >= 0.25:
        # 多了一倍 for +50% (0.5 rounds up to 1): a multiple of one or two said whole is no half away from it.
        return False
    tenths = _half_tenths(n, exact)
    if tenths is not None:
        return tenths
    if n.approximate and n.high is None:
        bound = _bound(n)
        if bound is not None:
            return _in_bound(n, exact, bound)
    tolerance = 1e-9 * max(1.0, abs(n.value))
    rounded = round_half_up(exact, decimals)
    if n.high is not None:
        return n.value - tolerance <= rounded <= n.high + tolerance
    return abs(rounded - n.value) <= tolerance



def _quoted_back(text: str, at: int, lead: str, clause: int) -> int:
    """How many characters before `at` are the end of `lead` (a fact's text up to its figure),
    read back past the clause of `clause` characters: the count when the shared stretch holds
    two characters or more of the text's words before that clause and starts on no digit
    inside a number (…00通，日均 of 52000通 is no quote of 34300通，日均); else 0. Bounded by
    the lead's length, so a figure costs no scan of the text."""
    size = 0
    limit = min(len(lead), at)
    while size < limit and text[at - size - 1] == lead[-size - 1]:
        size += 1
    # Never start inside a number: a number quoted in part is not the text's number.
    while size > clause and (lead[-size].isdigit() or lead[-size] in ".,") and (
            size < len(lead) and (lead[-size - 1].isdigit() or lead[-size - 1] in ".,")
            or at - size > 0 and text[at - size - 1].isdigit()):
        size -= 1
    crossed = lead[len(lead) - size:len(lead) - clause]
    return size if len(_CJK_CHAR.findall(crossed)) >= 2 else 0


_CJK_CHAR = re.compile("[\u4e00-\u9fff]")


def _clause_before(text: str, at: int) -> str:
    """The clause up to `at` (at most 30 characters back to the last mark): what a figure
    quoted from a fact's text must have before it as the text has it."""
    return text[_last_mark(text, "，。；;！？,\n", max(0, at - 30), at) + 1:at]

def _span_frames(c: Candidate) -> bool:
    """Is `c` a span of days of a fact's text that frames the figure right after it (4天共5600件, 此前3天平均17秒,
    4天只有80.0%, or its dates first: 4天（12月3日至6日）…80.0%): the days the figure is of, no quantity to compare
    with another span's?"""
    return c.family == DURATION and c.seconds == 86400 and c.role == "text" \
        and re.match("(?:共|合计|累计|平均|日均|只有|仅|为|是|达)?[0-9]|[（(][0-9]{1,2}月", c.rest or "") is not None


def _day_count(said: str) -> int | None:
    """The number of days a span says (4 of 4天, 3 of 三天, 2 of 两天), or None."""
    if said.isdigit():
        return int(said)
    if said == "两":
        return 2
    if len(said) == 2 and said[0] == "十":
        return 10 + (_CN_MONTH.get(said[1]) or 0)
    return _CN_MONTH.get(said)


def _framing_spans(text: str, s_start: int, a: NumberMention, b: NumberMention) -> bool:
    """Are `a` and `b` (offsets in the sentence from `s_start`) both spans of days, one at least followed in its
    clause by another figure (流感4天日均1400件, 剔除流感4天，此前3天日均933件): frames of the figures they are of, no
    pair of quantities to compare (a change of 出勤22天 against 出勤21天, framing nothing, still is one)?"""
    framing = False
    for m in (a, b):
        if m.unit not in ("天", "日", "个工作日", "个出勤日"):
            return False
        end = s_start + m.end
        clause_end = min((i for i in (text.find(p, end) for p in "，,；;。") if i >= 0), default=len(text))
        framing = framing or re.search("[0-9]", text[end:clause_end]) is not None
    return framing


def _sentence_before(text: str, start: int) -> int | None:
    """Where the sentence before the one that opens at `start` opens, when it is on the same line
    (a figure whose subject, time or base that sentence gives: 这组, 当天, 比它); else None."""
    prev = _last_mark(text, "。！？!?\n", 0, max(0, start - 1)) + 1
    return prev if prev < start and "\n" not in text[prev:start] else None


class Tracer:
    """Every value the facts allow, indexed by subject and kind. Build with `build_tracer`."""

    def __init__(self, found: Candidates) -> None:
        candidates, names = found.candidates, found.names
        self.subjects = found.subjects
        self._names = names
        self._metrics = found.metrics
        self._columns = found.columns
        # 未接通 (来电量 − 接通量, row by row): read by the table's closure only where a sentence names it.
        self._rest_columns = getattr(found, "rest_columns", {}) or {}
        rest_names = getattr(found, "rest_names", {}) or {}
        self._rest_names = rest_names
        # (未接通率 names a rate, no count of the rest)
        self._rest_regex = re.compile("(?:" + "|".join(map(re.escape, sorted(rest_names, key=len, reverse=True)))
                                      + ")(?![率比])") if rest_names else None
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
        # A metric's level by the counting rule used before (its note's 按旧口径为68.9%): the level
        # a sentence that names the old rule moves from last period's (按旧口径较9月下降1.9个百分点).
        self._old_rule = {c.series: c.value for c in candidates if c.role == "old_rule"}
        # What a finding quotes as the subject's values: its own stated ones, in fact order.
        self._own = {key: _first_labels([c for c in items if c.stated and c.role in ("value", "previous", "target",
                                                                                      "share", "count", "plan")]
                                        or [c for c in items if c.stated], 4)
                     for key, items in by_subject.items()}
        ordered = sorted(names, key=len, reverse=True)
        self._name_regex = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        self.candidate_count = len(candidates)
        self._per = found.per
        # 服务台人数 of 跨境退货服务台: the team's own name, or its end, before a word of its size.
        tails = sorted({found.team[i:] for i in range(len(found.team) - 1)}, key=len, reverse=True)
        self._team_named = re.compile(
            f"(?:{alt_of(tails)})(?:{alt_of(_words().team_count_words)})(?:的)?$") if tails else None
        self._grain = _grain(c for rows in found.columns.values() for c in rows[:1])
        if isinstance(self._grain, _Members):
            # 王磊接听3000件: the person a sentence names is that row of the table.
            self._grain.names = {m.group(1): int(m.group(2)) for rows in found.columns.values() for c in rows
                                 if (m := re.fullmatch("(.+)（第([0-9]+)行）", c.month))}
        # The first row of the table (截至5月底累计: from this row to May's).
        self._first_row = min((_month_of(c) for rows in found.columns.values() for c in rows[:1]), default=0)
        self._row_numbers = frozenset(_month_of(c) for rows in found.columns.values() for c in rows)
        # (the rows that are months themselves, 2026-10 or 10月, not parts of one, 11月1日至10日: 当月 after 10月 is no row)
        self._month_rows = frozenset(_month_of(c) for rows in found.columns.values() for c in rows
                                     if re.fullmatch("(?:[0-9]{4}[-年])?[0-9]{1,2}月?份?", c.month))
        self._table_rows = frozenset(c.month for rows in found.columns.values() for c in rows)
        self._sentence_memo: dict[str, list[_Stated]] = {}
        self._span_memo: dict[str, tuple[int, int, int]] | None = None
        self._text_pairs_index: _Index | None = None
        self._pair_of: dict[int, tuple[Candidate, Candidate]] = {}
        self._metric_values: dict[str, list[Candidate]] | None = None
        self._text_numbers = [c for c in candidates if c.role in ("text", "part") and c.stated]
        # A metric's note's numbers, by the metric's name: the figures of a part of it the note
        # gives (国际航线…40.2小时 of 延误行李平均交付时长), see _part_of_note.
        metric_names = [info.name for info in self._metrics.values()]
        self._note_rates = found.note_rates
        self._note_texts = getattr(found, "note_texts", {}) or {}
        self._note_parts: dict[str, list[Candidate]] = {}
        for c in self._text_numbers:
            m = re.fullmatch("事实 metrics\\[([0-9]+)\\]\\.note", c.source)
            if m and int(m.group(1)) < len(metric_names):
                self._note_parts.setdefault(metric_names[int(m.group(1))], []).append(c)
        # The units the metrics and the table's columns are measured in (通, 件, 秒): a measure word
        # outside them (座, 台, 辆) counts a thing of its own.
        self._measured_units = frozenset(_unit_tail(c.label) or c.label for c in candidates
                                         if c.stated and c.role in ("value", "row")) - {""}
        # Numbers of the facts' text by the words before them (积压工单 → 1200单).
        self._by_context: dict[str, list[Candidate]] = {}
        for c in self._text_numbers:
            # Four characters ending in a noun (积压工单), not in a verb's particle (完成了).
            if len(c.context) >= 4 and c.context[-1] not in _PARTICLES:
                self._by_context.setdefault(c.context[-4:], []).append(c)
        self._role_memo: dict[tuple[str, frozenset[str]], _Index] = {}
        self._has_annual = any(c.role == "annual_target" for c in candidates)
        self._has_plans = any(c.role == "plan" for c in candidates)
        self._plans = [c for c in candidates if c.role == "plan"]
        # The targets the plans set for each metric (a gap to one is checked as a gap to a target).
        self._plan_values: dict[str, list[float]] = {}
        for c in candidates:
            if c.role == "plan":
                for key in c.subjects:
                    self._plan_values.setdefault(key, []).append(c.value)
        # A category or type whose name begins a metric's (退卡 / 退卡处理量): a writer names the
        # metric's count by the category's name (人均处理退卡125件).
        self._heads = {key: [m for m, info in self._metrics.items()
                             if info.name != s.name and info.name.startswith(s.name)]
                       for key, s in self.subjects.items()
                       if s.group is not None and len(s.name) >= 2 and key not in self._metrics}
        self._groups_memo: dict[str, list[tuple[int, str, frozenset[int]]]] = {}
        # A metric's head without its measure word (来电受理量 → 来电), where no other name holds it:
        # too loose to place claims on (来电 is any part of the calls too), see `_change_of_head`.
        heads: dict[str, list[str]] = {}
        for key, info in self._metrics.items():
            end = next((w for w in _words().metric_name_suffixes if info.name.endswith(w)), None)
            if end and len(info.name) - len(end) >= 2 and info.value is not None:
                heads.setdefault(info.name[:-len(end)], []).append(key)
        self._metric_heads = {h: keys[0] for h, keys in heads.items()
                              if len(keys) == 1 and not any(h in n for n, owners in names.items() if keys[0] not in owners)}
        self._own_dates = _own_dates(found.period)
        self._own_named = _own_named(found.period)
        self._previous_quarter = _previous_quarter(found.period)
        self._previous_named = _previous_named(found.period, self._previous_quarter)
        self._period = found.period
        self._team_name = found.team or ""
        self._period_year = found.period[1].year if found.period else 0
        self._period_last_day = found.period[1].day if found.period else 0
        self._period_last_month = found.period[1].month if found.period else 0
        self._period_months = frozenset(
            range(found.period[0].month, found.period[1].month + 1)) if found.period \
            and found.period[0].year == found.period[1].year else frozenset()
        # The facts' previous is the period just before (上月, 上季度) or the year before (去年同期).
        self._previous_word = found.previous_word
        self._previous_kind = next((kind for kind, said in _words().previous_kinds.items()
                                    if found.previous_word in said), "")
        # Names holding a compare word (响应慢, 投诉升级率, 差评): the word in the name compares nothing.
        words = _words()
        worded = sorted((w for w in names if words.compare.search(words.not_compare.sub("", w))
                         or words.remainder.search(w)), key=len, reverse=True)
        self._worded_names = re.compile("|".join(map(re.escape, worded))) if worded else None
        self._name_words = re.compile(f"{words.compare.pattern}|{words.remainder.pattern}")

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

    def _planned(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The first plan word (_PLANNED) between `start` and `end` that is not part of a subject's
        name: 还款计划确认率从36.9%提升到38.4% names a rate, it plans nothing (blind round 32's first
        run read 36.9% as a plan's starting point)."""
        names = [m.span() for m in self._name_regex.finditer(text, max(0, start - 12), min(len(text), end + 12))] \
            if self._name_regex is not None else []
        return next((m for m in _PLANNED.finditer(text, start, end)
                     if not any(a <= m.start() and m.end() <= b for a, b in names)), None)

    def trace(self, text: str, number: NumberMention, clause: tuple[int, int],
              sentence: tuple[int, int]) -> Trace:
        """Trace `number` (found in `text`) given the clause and sentence it stands in."""
        sentence = _with_goal_head(text, sentence)
        half = self._other_half(text, number, sentence) if self._text_numbers else None
        if half is not None:
            return half
        if number.kind == "points" and number.high is None:
            gap = self._gap_of_two_said_rates(text, number, sentence)
            if gap is not None:
                return gap
        if number.unit and number.high is None and re.search("前者|后者", text[sentence[0]:number.start]):
            named = self._former_latter(text, number, sentence)
            if named is not None:
                return named
        if number.unit == "%" and number.kind not in ("points", "multiple") and number.high is None and self._note_parts \
                and _words().group_ends:
            grouped = self._note_group_said(text, number, sentence)
            if grouped is not None:
                return grouped
        if number.unit and number.high is None and self._has_annual and self._period \
                and (_words().time_progress is not None and _words().time_progress.search(text, sentence[0], sentence[1])
                     or re.search("占全年|需|需要", text[sentence[0]:number.start])):
            paced = self._time_progress(text, number, sentence)
            if paced is not None:
                return paced
        if number.unit and number.kind in ("count", "money", "plain") and number.high is None \
                and _words().per_two is not None and _words().per_two.search(text, sentence[0], number.start):
            two = self._per_two_divisors(text, number, sentence)
            if two is not None:
                return two
        if number.unit and number.kind not in ("multiple", "points") and number.high is None and self._note_parts \
                and not number.approximate:
            part = self._event_part_said(text, number, sentence)
            if part is not None:
                return part
        if (number.unit or number.kind in ("multiple", "points")) and number.high is None and self._note_parts \
                and _words().rest_lead is not None and _words().rest_lead.search(text, sentence[0], number.start):
            compared = self._event_rest_compared(text, number, sentence)
            if compared is not None:
                return compared
        if number.unit and number.high is None and self._per.get("人") and _words().rest_heads is not None \
                and _words().rest_heads.search(text, sentence[0], min(sentence[1], number.end + 12)):
            rest = self._rest_of_team_mean(text, number, sentence)
            if rest is not None:
                return rest
        if number.high is None and (number.unit and number.kind in ("count", "plain") or number.kind == "multiple") \
                and self._note_parts and _words().rest_span is not None \
                and _words().rest_span.search(text, sentence[0], number.start):
            noted = self._rest_noted_mean(text, number, sentence)
            if noted is not None:
                return noted
        if number.unit and number.kind in ("count", "plain") and number.high is None \
                and _PER_MANY.search(text, sentence[0], number.start):
            many = self._per_many_of_part(text, number, sentence)
            if many is not None:
                return many
        if number.high is None and (number.unit == "%" and number.kind not in ("multiple", "points")
                                    or number.unit and number.kind in ("count", "plain")) \
                and _words().sum.search(text, sentence[0], number.start):
            listed = self._listed_sum_said(text, number, sentence)
            if listed is not None:
                return listed
        split = self._split(text, number, sentence)
        if split is not None:
            return split
        if number.unit == "%" and number.approximate and _FRACTION_WORDS.search(number.text):
            over = self._over_said_share(text, number, sentence)
            if over is not None:
                return over
        if number.unit and number.kind != "multiple" and _SAID_BASE.search(text, sentence[0], number.start):
            based = self._said_base_change(text, number, sentence)
            if based is not None:
                return based
        if number.unit and number.kind != "multiple" and _BEYOND_MEAN.search(text, sentence[0], number.start):
            beyond = self._beyond_mean(text, number, sentence)
            if beyond is not None:
                return beyond
        if number.kind == "multiple" and number.unit == "倍" and number.high is None and "日均" in text[sentence[0]:number.start]:
            mean = self._multiple_of_month_mean(text, number, sentence)
            if mean is not None:
                return mean
        if number.unit == "%" and number.kind not in ("multiple", "points") and number.high is None \
                and not number.approximate:
            counted = self._rate_of_said_counts(text, number, sentence)
            if counted is not None:
                return counted
            if self._columns:
                rows = self._rate_of_row_sum(text, number, sentence)
                if rows is not None:
                    return rows
            if self._columns and "占" in text[sentence[0]:number.start]:
                answered = self._share_of_part_column(text, number, sentence)
                if answered is not None:
                    return answered
        found = self._trace(text, number, clause, sentence)
        if found.traced and number.unit and number.unit != "%" and number.high is None and re.fullmatch(
                "事实 (?:complaints\\.notes\\[[0-9]+\\]|metrics\\[[0-9]+\\]\\.note)", found.source or ""):
            other = self._noted_part_other_label(text, number, sentence, found.source or "")
            if other is not None:
                return other
        if number.unit == "%" and number.kind not in ("multiple", "points") and number.high is None \
                and "日均" in text[sentence[0]:number.start]:
            mean = self._mean_per_worked_day_change(text, number, sentence, found)
            if mean is not None:
                return mean
        if number.unit == "%" and number.kind not in ("multiple", "points") and number.high is None \
                and "占" in text[sentence[0]:number.start]:
            span = self._share_of_span(text, number, sentence, found)
            if span is not None:
                return span
        if (found.traced or not found.placed) and number.unit and (self._note_rates or self._note_parts):
            part = self._period_value_of_noted_part(text, number, sentence, found)
            if part is not None:
                return part
        if found.traced and number.unit and (self._note_rates or self._note_parts):
            whole = self._noted_part_as_period(text, number, sentence, found)
            if whole is not None:
                return whole
        if found.traced and number.unit == "%" and "÷" in (found.source or "") and _words().opposite_names:
            of = text.rfind("占", sentence[0], number.start)
            said = re.match("([^，,；;。0-9]{2,8}?)的", text[of + 1:number.start]) if of >= 0 else None
            below = re.match(" *([0-9.,]+)", (found.source or "").split("÷", 1)[1])
            # (the whole's words: the quotient's subject, else the clause of the facts' text its denominator stands in)
            where = re.search("（(事实 [^）]+)）", found.source or "")
            owner = found.subject or (next((_CLAUSE_CUT.split(c.lead)[-1] for c in self._text_numbers
                                            if c.value == float(below.group(1).replace(",", ""))
                                            and (where is None or c.source == where.group(1))),
                                           "") if below is not None else "")
            if said is not None and owner:
                # 新写文章800篇，占新库的16.7% where 16.7% = 800 ÷ 旧库4800篇: the whole the sentence names is the
                # opposite (tracing.yaml opposite_names) of the one the quotient is over.
                whole = said.group(1)
                for pair in _words().opposite_names:
                    for a, b in (pair, pair[::-1]):
                        at = whole.find(a)
                        if at < 0:
                            continue
                        other = whole[:at] + b + whole[at + 1:at + 2]
                        mine = whole[at:at + 2]
                        if len(other) >= 2 and other[-2:] in owner and mine not in owner:
                            return Trace(False, None, None, f"；“占”后说的是{whole}，{number.text}的分母是{other[-2:]}的"
                                                            f"（{found.source.split('=', 1)[-1].strip()}）")
        if number.unit == "%" and "相对" in text[sentence[0]:number.start]:
            relative = self._relative_of_points(text, number, sentence)
            if relative is not None:
                return relative
        if number.unit == "%" and self._columns and found.placed:
            run = self._run_rate_of_rows(text, number, sentence, found)
            if run is not None:
                return run
        if found.traced and number.unit and self._columns:
            row = self._row_said_otherwise(text, number, sentence, found)
            if row is not None:
                return row
        if found.traced and number.unit == "%" and self._columns and "÷" in (found.source or ""):
            of = text.rfind("占", sentence[0], number.start)
            below = (found.source or "").rsplit("÷", 1)[1].strip()
            if of >= 0 and _words().whole_period.search(text, of, number.start) \
                    and not _months_in(text[of:number.start], self._grain)[0] and ("monthly." in below or any(below.startswith(r) for r in self._table_rows)):
                # 12月4日退款360单，占本周接待量的40.0% where 40.0% is over that day's row: the whole 占…的 names
                # is the period's.
                return Trace(False, None, None, f"；“占”后说的整体是{_words().whole_period.search(text, of, number.start).group()}"
                                                f"的，{number.text}是按表中一行算的（{below.split('（')[0].strip()}）")
        if number.unit == "%" and self._grain == "month" and number.high is None:
            beyond = self._run_all_beyond(text, number, sentence)
            if beyond is not None:
                return beyond
        if number.unit == "%" and not found.traced and self._name_regex is not None:
            owned = self._share_of_metric_named_before(text, number, sentence)
            if owned is not None:
                return owned
        if found.traced and number.unit and re.fullmatch("事实 [^=]+", found.source or "") and _is_amount(text, number):
            ends = self._stated_ends_differ(text, number, sentence)
            if ends is not None:
                return ends
        back = _words().part_back
        at = text.rfind("占", sentence[0], number.start)
        if number.unit == "%" and back is not None and back.match(text, sentence[0]) and at >= 0 \
                and (prev := _sentence_before(text, sentence[0])) is not None:
            # 12月2日当天反映无法开锁的有480次。这部分占全周无法开锁类630次的76.2%: the part is the one count the
            # sentence before states, the whole the count 占…的 states.
            wholes = [f for f in self._sentence_figures(text, sentence) if f.family == COUNT and f.mention.unit
                      and at < sentence[0] + f.mention.start < number.start]
            parts = [f for f in self._sentence_figures(text, (prev, sentence[0])) if len(wholes) == 1
                     and f.family == COUNT and f.mention.unit and _same_unit(f.mention.unit, wholes[0].mention.unit)]
            if len(parts) == 1 and 0 < parts[0].base < wholes[0].base:
                return self._said_share(number, wholes[0], parts[0])
        if found.traced and number.unit:
            back = self._period_value_of_time_back(text, number, sentence, found)
            if back is not None:
                return back
            other_time = self._value_of_other_time_said(text, number, sentence, found)
            if other_time is not None:
                return other_time
        if number.unit and self._previous_kind:
            earlier = self._earlier_time_change(text, number, sentence, found)
            if earlier is not None:
                return earlier
        if number.unit:
            group = self._sibling_group(text, number, sentence, found)
            if group is not None:
                return group
        if number.unit and not found.traced:
            summed = self._sibling_sum(text, number, sentence)
            if summed is not None:
                return summed
        if found.traced and number.unit and self._columns and re.fullmatch("事实 .+\\.value", found.source or ""):
            run = self._month_run_mean(text, number, sentence, found.source or "")
            if run is not None:
                return run
        if number.kind == "points":
            gap = self._sibling_gap(text, number, sentence) or self._gap_to_named_target(text, number, sentence, found)
            if gap is not None:
                return gap
        if number.unit == "%":
            full = self._share_of_full_mark(text, number, sentence)
            if full is not None:
                return full
        if number.unit and self._columns:
            row = self._span_row(text, number, sentence)
            if row is not None:
                return row
        if number.unit == "%" and number.approximate and number.high is None and _FRACTION_WORDS.search(number.text) \
                and _bound(number) is not None:
            pair = self._bound_of_said_pair(text, number, sentence, found)
            if pair is not None:
                return pair
        if found.traced and number.kind == "points" and _compares(text[sentence[0]:number.start]) \
                and not re.search("率|占比|比例|份额|覆盖", text[sentence[0]:number.start]) \
                and not self._rate_named(text, sentence[0], number.start):
            said = [f for f in self._sentence_figures(text, sentence) if sentence[0] + f.mention.end <= number.start]
            if said and all(f.family in (DURATION, COUNT, SCORE) and f.mention.unit for f in said) \
                    and any(f.family == DURATION for f in said):
                # 平均响应时长28秒，比目标30秒快了2个百分点: the sentence compares durations, and points are a gap
                # between two rates, never seconds — whatever rate's gap of that size another fact gives.
                return Trace(False, None, None, f"；句中比的是{said[0].mention.text}等时长，个百分点只用于两个率之差，"
                                                f"{number.text}不是时长之差")
        if found.traced and number.unit == "%" and number.high is None and self._per.get("月", 0) < len(self._period_months):
            whole = self._short_against_whole(text, number, sentence, found.source or "")
            if whole is not None:
                return whole
        if found.traced and number.unit == "%" and not number.approximate and number.high is None:
            gap = self._rate_gap_in_percent(text, number, found.source or "")
            if gap is not None:
                return gap
        if not found.traced and number.unit and number.kind in ("count", "plain") and number.high is None:
            per_scale = self._per_scale_of_said_pair(text, number, sentence)
            if per_scale is not None:
                return per_scale
        if (number.unit and number.kind in ("count", "plain") or number.kind == "multiple") and number.high is None:
            rest_days = self._rest_days_mean(text, number, sentence)
            if rest_days is not None:
                return rest_days
        if number.unit and number.kind in ("count", "plain") and number.high is None:
            said_days = self._mean_over_said_days(text, number, sentence, found)
            if said_days is not None:
                return said_days
        if not found.traced and number.unit in ("天", "个月", "周"):
            rest = self._rest_count(text, number, sentence)
            if rest is not None:
                return rest
        if number.unit and number.kind != "multiple" and number.high is None and (self._note_rates or self._note_parts):
            rest = self._note_rest_said(text, number, sentence)
            if rest is not None:
                return rest
        if number.unit == "%" and self._note_rates:
            named = self._note_rate_named(text, number, sentence, found)
            if named is not None:
                return named
        if number.unit and number.unit != "%" and found.traced and self._note_parts:
            named = self._note_part_named(text, number, sentence, found.source or "")
            if named is not None:
                return named
        if number.unit and number.unit != "%" and not found.traced and self._note_parts:
            quoted = self._note_part_quoted(text, number, sentence)
            if quoted is not None:
                return quoted
        if self._columns and number.unit and number.kind != "multiple":
            rest = self._rest_of_period(text, number, sentence, found)
            if rest is not None:
                return rest
        if number.unit and (self._columns or self._note_rates):
            rest = self._rest_base(text, number, sentence, found)
            if rest is not None:
                return rest
        if found.traced and number.unit == "%" and ".attainment = " not in (found.source or ""):
            upside = self._attainment_upside_down(text, number, sentence)
            if upside is not None:
                return Trace(False, None, None, upside)
        if found.traced and "本期" in (found.source or "") and number.unit and number.kind != "multiple":
            rest = self._stated_pair_rest(text, number, sentence, of_period=found.source or "")
            if rest is not None:
                return Trace(rest[0], rest[1] if rest[0] else None, None, "" if rest[0] else rest[1])
        if found.traced and (found.source or "").startswith("事实 ") and self._text_numbers:
            each = self._total_given_each(text, number, sentence, found.source or "")
            if each is not None:
                return each
        if number.unit and number.kind != "multiple" and self._text_numbers:
            total = self._each_given_total(text, number, sentence, found)
            if total is not None:
                return total
        if found.traced and (found.source or "").endswith("target") and self._has_plans:
            planned = self._plan_metric_named(text, number, sentence, found.source or "")
            if planned is not None:
                return planned
        if found.traced and number.unit == "%" and (".attainment = " in (found.source or "")
                                                    or ".progress = " in (found.source or "")):
            other = self._other_target_stated(text, number, sentence, found.source or "")
            if other is not None:
                return other
        if number.unit and (not found.traced or "人" in (found.source or "")) and self._text_numbers \
                and number.kind != "multiple":
            group = self._group_headcount(text, number, sentence, found.source or "" if found.traced else "")
            if group is not None:
                return group
        if found.traced and number.unit and re.fullmatch("事实 (?:(?:problems|metrics)\\[[0-9]+\\]\\.(?:evidence|note)"
                                                       "|cases\\[[0-9]+\\]\\.(?:situation|result))", found.source or ""):
            part = self._part_given_to_whole(text, number, sentence, found.source or "")
            if part is not None:
                return part
        if found.traced and number.unit and re.fullmatch("事实 (?:(?:problems|metrics)\\[[0-9]+\\]\\.(?:evidence|note)"
                                                       "|cases\\[[0-9]+\\]\\.(?:situation|result)|complaints\\.notes\\[[0-9]+\\])",
                                                       found.source or ""):
            other_time = self._text_number_of_another_time(text, number, sentence)
            if other_time is not None:
                return other_time
        if found.traced and number.unit == "%" and " ÷ " in (found.source or ""):
            basis = self._basis_over_another_whole(text, number, sentence, found.source or "")
            if basis is not None:
                return basis
        if found.traced and number.unit == "%" and re.fullmatch("事实 .+\\.value", found.source or ""):
            counts = self._rate_over_stated_counts(text, number, sentence, found.source or "")
            if counts is not None:
                return counts
        if found.traced and re.fullmatch("事实 .+\\.(?:annual_)?target", found.source or "") \
                and not _words().target.search(text, sentence[0], sentence[1]) \
                and not self._planned(text, sentence[0], sentence[1]) \
                and self._target_as_level(text, number, found.source or ""):
            # 上半年共处理会话约2.1万件 where 21000 is the half-year's target: a target in a sentence that speaks of
            # no target nor plan is given as the level reached.
            return Trace(False, None, None, f"；{(found.source or '').removeprefix('事实 ')}是目标，句中没有说目标，"
                                            f"{number.text}不是实际达到的值")
        if (not found.traced or re.fullmatch("事实 [a-z_]+(?:\\[[0-9]+\\])?\\.(?:notes|note)(?:\\[[0-9]+\\])?", found.source or "")
                or re.fullmatch("事实 (?:complaints\\.types|categories)[^ ]*\\.count", found.source or "")) \
                and number.unit and number.unit != "%" and len(self._period_months) > 1:
            # (…6月为20件 where a note's 20件 is April's, 6月为12件 where 12件 is a type's count for the quarter:
            # another month's or the whole period's number is no answer)
            rest = self._month_rest_of_total(text, number, sentence)
            if rest is not None:
                return rest
        if found.traced and number.unit == "%" and _CHANGE_RIGHT_BEFORE.search(text, sentence[0], number.start) \
                and not (_words().deducted is not None and _words().deducted.search(text, sentence[0], number.start)):
            ratio = _quotient_as_change(number, found.source or "")
            if ratio is not None:
                return ratio
        if self._old_rule and number.unit and number.kind != "multiple":
            changed = self._counting_change_taken_out(text, number, sentence, found) \
                or self._old_level_as_own(text, number, sentence, found)
            if changed is not None:
                return changed
        if number.unit == "%" and number.kind != "multiple" and number.high is None \
                and "按" in text[sentence[0]:number.start]:
            based = self._rate_over_said_whole(text, number, sentence)
            if based is not None:
                return based
        if number.unit == "%" and number.kind != "multiple" and "占" in text[sentence[0]:number.start]:
            said = self._share_in_stated_whole(text, number, sentence) \
                or self._share_of_said_whole(text, number, sentence)
            if said is not None:
                return said
            metric = self._share_of_named_metric(text, number, sentence, found.source or "" if found.traced else "")
            if metric is not None and (found.traced or metric.traced):
                return metric
        both = self._both_gap(text, number, sentence)
        if both is not None:
            return both
        if found.traced and number.unit == "%" and " ÷ " in (found.source or ""):
            own = self._rate_of_stated_whole(text, number, sentence, found.source or "")
            if own is not None:
                return own
        if not found.traced and number.unit == "%" and number.high is None and not number.approximate:
            own = self._rate_of_stated_pair(text, number, sentence)
            if own is not None:
                return own
        if number.unit and self._planned(text, sentence[0], number.start):
            now = self._plan_start_previous(text, number, sentence, found) \
                or self._plan_gap_from_now(text, number, sentence, found)
            if now is not None:
                return now
        if found.traced and number.unit == "%" and " ÷ " in (found.source or ""):
            whole = self._period_whole_share(text, number, sentence, found.source or "")
            if whole is not None:
                return whole
            verb = self._rate_verb_part(text, number, sentence, found.source or "") \
                or self._named_base_change(text, number, sentence, found.source or "")
            if verb is not None:
                return verb
        if found.traced and number.unit and re.search("÷ ?[0-9]+个月", found.source or ""):
            daily = self._daily_of_months(text, number, sentence, found.source or "")
            if daily is not None:
                return daily
        if not found.traced and number.kind == "duration" and not number.approximate:
            between = self._span_between_times(text, number, sentence)
            if between is not None:
                return between
        if not found.traced and number.high is None and not number.approximate \
                and re.match("[^，,。；;]{0,3}?(?:人时|人工时|坐席小时|席小时)", text[number.end - len(number.unit or ""):number.end + 6]):
            product = self._person_hours(text, number, sentence)
            if product is not None:
                return product
        if not found.traced and number.unit == points_unit() and self._grain == "month":
            parts = self._rate_gap_of_months(text, number, sentence)
            if parts is not None:
                return parts
        if number.unit and number.unit != "%" and number.kind != "multiple":
            based = self._part_against_previous(text, number, sentence) \
                or self._stated_base_gap(text, number, sentence, found) \
                or self._named_base(text, number, sentence, found)
            if based is not None:
                return based
        if self._note_parts and number.unit:
            day = self._note_day(text, number, sentence, found)
            if day is not None:
                return day
        if self._note_parts or self._note_rates:
            rest = self._deducted(text, number, sentence, found)
            if rest is not None:
                return rest
        if found.traced and found.source:
            short = self._not_all_done(text, number, sentence, found)
            if short is not None:
                return short
        part_rate = self._part_rate(text, number, sentence)
        if part_rate is not None:
            return part_rate
        whole = self._part_whole(text, number, sentence) if found.traced else None
        if whole is not None and not (whole.approximate or whole.high is not None or number.approximate) \
                and number.value > whole.value:
            return Trace(False, None, None, f"；“其中”{number.text}是句中{whole.text}的一部分，不能多于{whole.text}")
        if found.traced and self._text_numbers:
            # 前两周有31件…，其中6件升级了: a part of the nearest count before it, not a claim on
            # the difference of the sentence's first count and that one (90多件 − 31件).
            quoted = None if whole is not None else \
                self._quoted_pair_claim(text, number, clause, sentence, found.source or "")
            if quoted is None and number.unit == "%" and "（事实" not in (found.source or "") \
                    and not (found.source or "").startswith("事实 "):
                quoted = self._text_rate_change(text, number, clause)
            if quoted is not None:
                return quoted
        if found.traced and found.source and found.source.startswith("monthly.") and ".mean" in found.source:
            # 项目结束时…为60秒: the level at the period's end, not the table's mean over it.
            end = _words().period_end.search(text, _time_start(text, sentence[0], number.start), number.start) \
                if _words().period_end else None
            if end is not None:
                return Trace(False, None, None, f"；“{end.group()}”说的是期末的水平，{number.text}是表中各月的平均")
        if found.traced and found.source and found.source.startswith("事实 ") and found.source.endswith(".value"):
            # The period's value followed by a claim about its target (5400人次，超过了季度目标).
            name = found.source.removeprefix("事实 ").removesuffix(".value")
            info = next((i for k, i in self._metrics.items() if name in (k, i.name)), None)
            if info is not None and info.target is not None and info.value is not None:
                wrong = self._wrong_claim_after(info, text, number)
                if wrong:
                    return Trace(False, None, info.name, wrong)
            level = _LEVEL_AFTER.match(text, number.end)
            if info is not None and level is not None and info.previous is not None and info.value is not None \
                    and info.value != info.previous:
                # 4.9分，与上月持平 where last month was 4.8分: no level.
                return Trace(False, None, info.name,
                             f"；事实中“{info.name}”由{self._previous_word or '此前'}的{format_number(info.previous)}"
                             f"{info.unit}变为{format_number(info.value)}{info.unit}，不是“{level.group('word')}”")
        if found.traced and found.source and found.source.startswith("事实 ") and number.unit and self._text_numbers:
            swapped = self._swapped_words(text, number, sentence, found.source) \
                or self._text_told_otherwise(text, number, sentence, found.source)
            if swapped is not None:
                return Trace(False, None, None, swapped)
        if found.traced and found.source and found.source.startswith("事实 "):
            # A figure quoted with its words from one fact's text is that text's, whatever
            # another text says of the same number (派单后10分钟内必须电话确认 beside 派单后10分钟
            # 未接单自动提醒: review 35's blind facts).
            clause_before = _clause_before(text, number.start)
            quote = next((c for c in self._text_numbers if c.value == number.value
                          and (not number.unit or _same_unit(number.unit, c.label))
                          and self._quotes(text, number, c, clause_before)), None)
            if quote is not None:
                return Trace(True, quote.source)
            other = self._told_of_another(text, number, found.source)
            if other is None:
                other = self._text_role(text, number, found.source, clause, sentence)
            if other is not None:
                # 号源紧张挂不上号类投诉最多，13件: the count the facts give the subject the sentence
                # names (a complaint type's), whatever a case's text says of the same number.
                own = self._named_count(text, number, sentence)
                if own is not None:
                    return Trace(True, own)
            if other is not None:
                row = self._named_row(text, number, sentence) if self._columns else None
                if row is not None:
                    # 27日…当天会话量达到全周最高的205件: the row the sentence names holds it too,
                    # whatever a fact's text says of the same number.
                    return Trace(True, row.source)
                return Trace(False, None, None, other)
        if found.traced and found.source and self._note_parts:
            other = self._part_of_note(text, number, found.source)
            if other is not None:
                return Trace(False, None, None, other)
        if found.traced and self._columns:
            other = self._told_row(text, number, sentence)
            if other is not None:
                return Trace(False, None, None, other)
        if self._text_numbers and number.unit and number.kind == "count":
            other = self._told_otherwise(text, number, sentence)
            if other is not None:
                return Trace(False, None, None, other)
        if not found.traced and not found.placed and self._note_parts and number.unit and number.kind == "count":
            rest = self._rest_as_whole(text, number, sentence)
            if rest is not None:
                return rest
        if not found.traced and found.placed and self._text_numbers and number.unit and self._has_plans:
            start = self._plan_start(text, number, sentence)
            if start is not None:
                return start
        if not found.traced and found.placed and self._text_numbers and number.unit:
            # 进线量24600件中含11月11日至13日系统故障期间的重复进线1840件: a part a fact's text gives (for a
            # run of days), quoted with the text's words — no sum of the run's rows, nor another's figure.
            clause_before = _clause_before(text, number.start)
            quote = next((c for c in self._text_numbers if c.value == number.value
                          and (not number.unit or _same_unit(number.unit, c.label))
                          and (self._quotes(text, number, c, clause_before)
                               or len(os.path.commonprefix([c.lead.strip()[::-1], clause_before[::-1]])) >= 6
                               # (its dates said too: 2月一次解决率为 is no quote of 1月一次解决率为)
                               and all(re.search(f"(?<![0-9]){d}(?![0-9])", clause_before)
                                       for d in re.findall("[0-9]+", c.lead)))), None)
            if quote is not None:
                return Trace(True, quote.source)
        if not found.traced and found.placed and self._text_numbers and number.unit and number.kind == "count" \
                and not number.approximate and number.high is None:
            # 其余29天工单8370件 where the note gives 其余29天88.9%（7440/8370）: a bare number of a note's clause whose
            # time words (其余29天) the figure's clause names is that clause's count (its unit is the figure's).
            cut = _last_mark(text, "，,；;：:", sentence[0], number.start)
            own = text[max(sentence[0], cut + 1):number.start]
            for c in self._text_numbers:
                if c.value != number.value or not re.fullmatch("[0-9.,]+", c.label):
                    continue
                time = re.match("(?:其余|其他|另外|剩余的?|剩下的)[0-9一二三四五六七八九十]+个?(?:天|日|周|个月)",
                                re.split("[，,；;]", c.lead)[-1].strip())
                if time is not None and time.group() in own:
                    return Trace(True, f"{c.source}（{time.group()}）")
        if not found.traced and found.placed and number.unit == "%" and _words().whole_referred is not None:
            head = text[max(sentence[0], number.start - 30):number.start]
            at = head.rfind("占")
            if at >= 0 and _words().whole_referred.match(head, at + 1):
                # 引发投诉11件，占该类投诉的42.3%: the whole is a kind named elsewhere (该类, 这类),
                # not one this sentence places: a warning, not an error against all complaints.
                return Trace(False, placed=False)
        if not found.traced and self._columns and number.kind != "multiple":
            gap = self._row_gap_to_target(text, number, sentence)
            if gap is not None:
                return Trace(True, gap)
        if not found.traced and self._metric_heads:
            change = self._change_of_head(text, number, sentence)
            if change is not None:
                return Trace(True, change)
        if not found.traced and self._text_numbers:
            quoted = self._quoted(text, number, sentence)
            if quoted is not None:
                return Trace(True, quoted.source)
        if not found.traced and found.placed and self._columns and self._grain == "month" \
                and number.kind != "multiple":
            start = max(sentence[0], number.start - _WINDOW)  # bounded, as _trace reads a long "sentence"
            head = text[start:number.start]
            run = _UNLISTED_RUN.search(head)
            if run is not None and number.unit not in ("个月", "月") and not _months_in(head, self._grain)[0] \
                    and not self._row_groups(text, (start, number.start)) and not self._quarter_rows(head):
                # 供暖季五个月的来电占全年的77.8%: a run of months counted but not named (which five?)
                # cannot be placed: a warning, not a wrong figure.
                return Trace(False, placed=False)
            if number.unit == "%" and "占" in head and self._day_span(head[:head.rfind("占")]):
                # 仅1月8日一天的来电就占1月总量的8.9% / 这5天的来电占2月全月的57.8%: the part is a day
                # or a run of days, which a table of months has no row for: it cannot be placed.
                return Trace(False, placed=False)
        return found

    def _worked_days_said(self, said: str) -> tuple[float | None, float | None]:
        """The days worked this period and the period before that `said` (a sentence, or the one before it too) or
        a metric's note counts (本月出勤22天, 9月出勤21天, 上月出勤22天): (this period's, the previous one's); the
        period's from the facts (`出勤日`) where the text says none."""
        own: float | None = None
        before: float | None = None
        texts = [said, *self._note_texts.values()]
        for t in texts:
            for m in re.finditer("(?:出勤|上班|在岗)(?:了)?([0-9]+)(?:个)?(?:天|工作日|班)", t):
                clause = re.split("[，,。；;：:（）()、\n]", t[:m.start()])[-1]
                other = re.search("上月|上个月|上周|上季度|去年同期", clause) or (
                    self._previous_named is not None and self._previous_named.search(clause))
                if other:
                    before = before if before is not None else float(m.group(1))
                elif own is None:
                    own = float(m.group(1))
        return own if own is not None else self._per.get("出勤日"), before

    def _mean_per_worked_day_change(self, text: str, n: NumberMention, sentence: tuple[int, int],
                                    found: Trace) -> Trace | None:
        """9月出勤21天、接听2100通。本月出勤22天，日均比9月高14.4% / 按日均算增长14.4%: a change said of the mean per day
        (日均) of a count metric against the period before, where the days worked of both periods are known (the
        sentence, the one before, or a note: 本月出勤22天（9月出勤21天）), is that of the value over this period's days
        against the previous over the previous days; the change of the totals said there is wrong where the days
        differ. None where the days of either period are unknown or the sentence compares with no earlier period
        (tracer round 48)."""
        s_start = sentence[0]
        head = text[s_start:n.start]
        mean_at = head.rfind("日均")
        if not re.search("比|较|同比|环比|增长|增加|上升|提高|下降|减少|降低|高|低|多|少", head[mean_at:]):
            return None
        prev = _sentence_before(text, s_start)
        said = text[prev if prev is not None else s_start:n.start]
        if not (re.search("上月|上个月|上周|上季度|环比", said)
                or self._previous_named is not None and self._previous_named.search(said)):
            return None
        own, before = self._worked_days_said(said)
        if not own or not before:
            return None
        source = found.source or "" if found.traced else ""
        counts = [info for info in self._metrics.values() if info.value and info.previous and info.unit
                  and info.kind == "count"]
        # (the metric named, or its first two characters said with a count of its unit: 接听2100通 of 接听量, or a
        # mean per day said in its unit: 日均114.4通)
        named = [info for info in counts if info.name in said or info.name[:2] in head[mean_at:]
                 or re.search(f"{re.escape(info.name[:2])}(?:了|量)?(?:约)?[0-9][0-9,.]*{re.escape(info.unit)}", said)
                 or re.search(f"日均(?:约)?[0-9][0-9,.]*{re.escape(info.unit)}", said)]
        chosen = named or (counts if len(counts) == 1 else [])
        if len(chosen) != 1:
            return None
        info = chosen[0]
        exact = (info.value / own) / (info.previous / before) * 100 - 100
        decimals = _decimals(n.precision)
        v, p = format_number(info.value), format_number(info.previous)
        shown = f"({v}{info.unit} ÷ {format_number(own)}天) ÷ ({p}{info.unit} ÷ {format_number(before)}天) − 1"
        moved = _MOVE_BEFORE.search(text, max(s_start, n.start - 6), n.start)
        against = moved is not None and (moved.group(1) in _MOVE_UP) != (exact > 0)
        if _rounds_to(n, abs(exact), decimals) and not against:
            return Trace(True, f"{n.text} = |{shown}| × 100%（出勤日）")
        if own != before and (source.startswith(f"{info.name}.change_percent") or _rounds_to(n, abs(exact), decimals)):
            return Trace(False, None, info.name, f"；日均要按出勤天数算：{shown} = "
                                                 f"{format_number(round_half_up(exact, 1))}%，不是{n.text}"
                                                 + ("（那是总量的变化）" if source.startswith(f"{info.name}.change_percent") else ""))
        return None

    def _gap_of_two_said_rates(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """中心平均首次解决率87.5%，我的86.0%低1.5个百分点 / 坐席平均89.0%，我…为91.5%，高出2.5个百分点: a gap in points whose
        own clause is a gap word alone (高出, 低, 相差; after the later rate in its clause, or a clause of its own),
        right after a sentence that states exactly two rates before it and names no target, is the later less the
        earlier; said in the later rate's clause its word must fit the later's side (高出 above, 低 below; 相差
        either), in a clause of its own it may be said of either rate. Traced when it rounds to it,
        else wrong (the metric's own gap to its target or change said there is no such gap). None elsewhere
        (tracer round 48)."""
        from cswriter.text.numbers import find_numbers

        s_start = sentence[0]
        head = text[s_start:n.start]
        words = _words()
        if words.target is not None and words.target.search(head) or re.search("前者|后者|比|较|同比|环比", head):
            return None
        rates = [m for m in find_numbers(head) if m.unit == "%" and m.kind not in ("points", "multiple")
                 and m.high is None]
        if len(rates) != 2:
            return None
        between = head[rates[1].end:]
        said = re.fullmatch("[，,]?(?:两者)?(?:之间)?(?:相差|差距为|差距|差了|差|高出了?|高了|高|超出|领先|多出|多|低了|低出|低|少了|少|落后)"
                            "(?:约|近)?", between)
        if said is None:
            return None
        a, b = rates
        diff = b.value - a.value
        word = said.group()
        up = re.search("高|超出|领先|多", word) is not None
        down = re.search("低|少|落后", word) is not None
        shown = f"{b.text} − {a.text}"
        fmt = format_number(round_half_up(diff, 1))
        if not word.startswith(("，", ",")) and diff and (up and diff < 0 or down and diff > 0):
            # (only where the word follows the later rate in its clause, 我的88.0%高出…: that rate is the subject; a
            # clause of its own, 医保类61.0%，全班组70.0%，低9.0个百分点, may be said of either — blind-28, blind-29)
            return Trace(False, None, None, f"；{shown} = {fmt}个百分点，“{word.strip('，,')}”说反了")
        if _rounds_to(n, abs(diff), _decimals(n.precision)):
            return Trace(True, f"{n.text} = {shown}")
        return Trace(False, None, None, f"；句中两个率之差：{shown} = {fmt}个百分点，不是{n.text}")

    def _noted_part_other_label(self, text: str, n: NumberMention, sentence: tuple[int, int],
                                source: str) -> Trace | None:
        """今年投诉84件。其中集中参保期36件，其余257天48件 / 不计发布当天，其余6天投诉12件 where the note says 集中参保期投诉48件，
        其余257天36件 (发布当天投诉12件): a note's number of one part of the period said under another part's words is
        wrong — the rest's (其余N天, 其余时间, or after the event's days are taken out: 不计, 扣除) said of the event's
        part (named by words its clause in the note shares), or the event's said of the rest. None where the figure's
        clause compares, names no part, or the one the note gives the number (tracer round 49)."""
        words = _words()
        if words.rest_day_words is None or self._name_regex is None:
            return None
        decimals = _decimals(n.precision)
        notes = [c for c in self._text_numbers if c.source == source and c.label.endswith(n.unit or "")
                 and not c.label.endswith(("天", "日"))]
        mine = [c for c in notes if _rounds_to(n, c.value, decimals)]
        if not mine or len(notes) < 2 and not words.rest_span.search(text, sentence[0], n.start):
            return None
        clause_at = max(sentence[0], _last_mark(text, "，,；;。", sentence[0], n.start) + 1)
        said = text[clause_at:n.start]
        if len(said) > 14:
            return None

        taken = f"(?:{words.deducted.pattern}{'|' + words.left_out.pattern if words.left_out is not None else ''})" \
                "[^，,；;。0-9]{0,8}(?:[0-9一二两三四五六七八九十]+天|当天|当日)"

        def label(c: Candidate) -> str:
            return re.split("[，,；;]", c.lead)[-1]

        def is_rest(part: str) -> bool:
            # (其余257天, 其余时间: the rest of the period's days, not 其余申诉, the rest of a kind; or the event's days
            # taken out, 不含这三天为93.5分)
            return words.rest_span.search(part) is not None or re.search(taken, part) is not None

        def shared(part: str, other: str) -> bool:
            part, other = self._name_regex.sub(" ", part), self._name_regex.sub(" ", other)
            return any(re.fullmatch("[\u4e00-\u9fff]{2}", part[i:i + 2]) and part[i:i + 2] in other
                       and part[i:i + 2] not in ("其中", "其余", "其他")
                       for i in range(len(part) - 1))

        times = self._time_words()
        if re.search("[比较]|平均", said) or words.per_day_mean.search(said) or n.kind == "multiple" \
                or words.whole_period.search(said) \
                or times is not None and any(m.lastgroup == "own" for m in times.finditer(said)):
            # (本季平均应答时长为19秒 after days taken out names the whole period again)
            return None
        # (扣除这两天为240秒: the event's days taken out, the rest is meant)
        said_rest = words.rest_span.search(said) is not None or re.search(taken, text[sentence[0]:n.start]) is not None
        for c in mine:
            own = label(c)
            others = [o for o in notes if o is not c and not _rounds_to(n, o.value, decimals)]
            if said_rest and not is_rest(own):
                # (the note's part is an event's days: it has a rest beside it, or names its days)
                if not any(is_rest(label(o)) for o in notes) \
                        and not re.search("当天|当日|[0-9一二两三四五六七八九十]+天", own):
                    continue
                right = [o for o in others if is_rest(label(o))]
            elif not said_rest and is_rest(own):
                right = [o for o in others if not is_rest(label(o)) and shared(said, label(o))]
                if not right:
                    continue
            else:
                continue
            tail = f"，所说的这部分是{right[0].label}（{right[0].source.removeprefix('事实 ')}）" if len(right) == 1 else ""
            return Trace(False, None, None, f"；{source.removeprefix('事实 ')}中{n.text}是“{own}”的数，句中说的是"
                                            f"“{said.strip()}”{tail}")
        return None

    def _listed_sum_said(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """李娜940件、陈晨900件、赵阳920件，三人合计2,760件 / 周六420件、周日360件，合计占全周的13.0%: a sum word (合计, 共计,
        加起来) right after counts listed in one unit (each after its own name, one clause before the sum word's, which
        may count them: 三人, 两天) is their sum; a share whose whole is the period's or the team's (占全周的, 占全组的,
        no figure said) is that sum over the one metric of the unit. A wrong sum of three or more items, or of as many
        as the clause counts, is wrong; None where the sentence is no such list (tracer round 49)."""
        words = _words()
        s_start = sentence[0]
        m = _last_match(words.sum, text, s_start, n.start)
        if m is None:
            return None
        between = text[m.end():n.start]
        if n.unit == "%":
            whole = re.fullmatch("了?占(?P<whole>[^0-9，,；;。]{1,8}?)的?[约近]?", between)
            if whole is None or not any(whole.group("whole").startswith(w) for w in words.whole_named):
                return None
        elif not re.fullmatch("[约近为是达了]*", between):
            return None
        # (三人, 两天 before the sum word count the items, they are none of them)
        figures = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= m.start()
                   and re.search("[0-9]", f.mention.text)]
        run: list[_Stated] = []
        for f in reversed(figures):
            if f.family != COUNT or not f.mention.unit or f.mention.high is not None or f.mention.approximate \
                    or run and f.mention.unit != run[-1].mention.unit:
                break
            gap = text[s_start + f.mention.end:s_start + (run[-1].mention.start if run else 0)] if run else ""
            if run and not re.fullmatch("[、，,和及与]?[\u4e00-\u9fff]{1,6}", gap):
                break
            run.append(f)
        if len(run) < 2:
            return None
        head = text[s_start + run[0].mention.end:m.start()]
        counted = re.fullmatch("[，,]?(?P<k>[两二三四五六七八九十])?(?:个)?(?:人|天|类|项|名|位|家|组|班)?(?:的)?", head)
        if counted is None:
            return None
        from cswriter.text.numbers import chinese_numeral

        if counted.group("k") and chinese_numeral(counted.group("k")) != len(run):
            return None
        run.reverse()
        total = sum(f.mention.value for f in run)
        unit = run[0].mention.unit
        shown = " + ".join(f.mention.text for f in run)
        decimals = _decimals(n.precision)
        firm = len(run) >= 3 or counted.group("k") is not None
        if n.unit == "%":
            metrics = [info for info in self._metrics.values() if info.unit and _same_unit(unit, info.unit)
                       and info.value and info.value > total]
            if len(metrics) != 1:
                return None
            exact = total / metrics[0].value * 100
            if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
                return Trace(True, f"{n.text} = ({shown}) ÷ 本期{format_number(metrics[0].value)}{metrics[0].unit} × 100%")
            return Trace(False, None, metrics[0].name,
                         f"；所列各项之和（{shown}）÷ 本期{format_number(metrics[0].value)}{metrics[0].unit} = "
                         f"{format_number(round_half_up(exact, 1))}%，不是{n.text}")
        if n.unit != unit:
            return None
        if _rounds_to(n, total, decimals) or _fits(n, total, decimals):
            return Trace(True, f"{n.text} = {shown}")
        if firm:
            return Trace(False, None, None, f"；所列各项之和为{shown} = {format_number(total)}{unit}，不是{n.text}")
        return None

    def _per_many_of_part(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """集中参保期每万通来电投诉4.5件，其余时间1.9件 / 2025年1月至11月每万通来电投诉3.4件，今年同期降到2.8件: a count per
        ten thousand (每万通来电…) said of a part of the period the notes give both counts of (an event's days named by
        the words both notes share, 集中参保期, 大雾4天; the rest, 其余257天 or 其余时间), or of the period before (the
        facts' previous of both), is that part's quotient; a later clause of the sentence that only names another
        part (其余时间1.9件) or the period itself (今年同期降到2.8件) keeps the frame. None where no part or previous is
        named, or the notes do not give both counts (tracer round 49)."""
        words = _words()
        s_start = sentence[0]
        frame = _last_match(_PER_MANY, text, s_start, n.start)
        if frame is None:
            return None
        clause_at = max(s_start, _last_mark(text, "，,；;", s_start, n.start) + 1)
        own_clause = text[clause_at:n.start]
        if clause_at > frame.end():
            # a clause of its own after the frame's: only a time's words, then the figure
            bare = words.rest_span.sub("", own_clause) if words.rest_span is not None else own_clause
            if re.search("[0-9]", bare) or len(own_clause) > 14:
                return None
            frame_clause = text[max(s_start, _last_mark(text, "，,；;", s_start, frame.start()) + 1):frame.start()]
            label = own_clause
            counted_end = text.find("，", frame.end(), n.start)
        else:
            frame_clause = text[clause_at:frame.start()]
            label = frame_clause
            counted_end = n.start
        many = _MANY[frame.group(1)]
        # what it is per (来电 → 来电量) and what is counted (the subject named between, 投诉)
        def keys_of(at: int, end: int) -> tuple[list[str], list[str]]:
            per: list[str] = []
            for size in range(6, 1, -1):
                head = text[at:at + size]
                per = [k for k, info in self._metrics.items() if info.name.startswith(head) and info.value]
                if per:
                    break
            return per, [k for _, _, keys in self._mentions(text, at, end) for k in keys
                         if k not in per and k in self._metrics]

        per_keys, counted = keys_of(frame.end(), counted_end)
        if not per_keys and not counted:
            # 其余257天每万通1.9件 after 每万通来电投诉4.5件: what an earlier frame of the sentence is per and counts
            for earlier in _PER_MANY.finditer(text, s_start, frame.start()):
                stop = min((i for i in (text.find(c, earlier.end(), frame.start()) for c in "，,；;") if i >= 0),
                           default=frame.start())
                per_keys, counted = keys_of(earlier.end(), stop)
        if len(per_keys) != 1 or len(set(counted)) != 1:
            return None
        whole, part = self._metrics[per_keys[0]], self._metrics[counted[0]]
        decimals = _decimals(n.precision)

        def verdict(p: float, w: float, said: str) -> Trace:
            exact = p / w * many
            formula = f"{format_number(p)} ÷ {format_number(w)} × {many:g}"
            if _fits(n, exact, decimals) or _rounds_to(n, exact, decimals):
                return Trace(True, f"{n.text} = {formula}（{said}）")
            return Trace(False, None, None, f"；{said}的{part.name}每{frame.group(1)}{whole.unit}{whole.name[:2]}："
                                            f"{formula} = {format_number(round_half_up(exact, max(decimals, 1)))}"
                                            f"{n.unit}，不是{n.text}")

        rest = words.rest_span.search(label) if words.rest_span is not None else None
        times = self._time_words()
        time = times.search(label) if times is not None else None
        prev_said = words.previous_said.get(self._previous_kind)
        if rest is None and (time is not None and time.lastgroup == "prev"
                             or prev_said is not None and prev_said.search(label) and not re.search("今年|本", label)):
            if part.previous and whole.previous:
                return verdict(part.previous, whole.previous, "上期")
            return None
        if rest is None and clause_at > frame.end() and re.search("今年|本年|本期|本月|本季|本周|当期", label):
            if part.value and whole.value:
                return verdict(part.value, whole.value, "本期")
            return None

        def notes(info: MetricInfo) -> list[Candidate]:
            if info is self._metrics.get("complaints"):
                return [c for c in self._text_numbers if c.source.startswith("事实 complaints.notes")]
            return list(self._note_parts.get(info.name, ()))

        rest_lead = f"(?:{words.rest_day_words.pattern})([0-9]{{1,3}})(?:个)?天[^0-9]*$"
        if rest is not None:
            def rested(info: MetricInfo) -> set[float]:
                return {c.value for c in notes(info) if c.label.endswith(info.unit)
                        and (d := re.search(rest_lead, c.lead))
                        and (not rest.group("days") or int(d.group(1)) == int(rest.group("days")))
                        and not re.search(f"{words.per_day_mean.pattern}|平均|每", c.lead[d.end(1):])}
            ps, ws = rested(part), rested(whole)
            if len(ps) == 1 and len(ws) == 1:
                return verdict(ps.pop(), ws.pop(), rest.group())
            return None
        # an event's part: the longest run of the label's words that both notes' clauses hold
        cjk = re.sub("[^\u4e00-\u9fff0-9]", " ", label)
        for size in range(min(8, len(cjk)), 1, -1):
            for i in range(len(cjk) - size + 1):
                said = cjk[i:i + size]
                if " " in said or not re.search("[\u4e00-\u9fff]{2}", said) or said in part.name or said in whole.name:
                    continue

                def held(info: MetricInfo) -> set[float]:
                    return {c.value for c in notes(info) if c.label.endswith(info.unit)
                            and said in re.split("[，,]", c.lead)[-1 if said in re.split("[，,]", c.lead)[-1] else 0]
                            and not re.search(rest_lead, c.lead)
                            and not re.search(f"{words.per_day_mean.pattern}|平均|每", c.lead[c.lead.find(said):])}
                ps, ws = held(part), held(whole)
                if len(ps) == 1 and len(ws) == 1:
                    return verdict(ps.pop(), ws.pop(), said)
        return None

    def _rest_noted_mean(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """集中参保期日均1400通，其余257天日均750.2通 / 比其余时间日均多649.8通 / 是其余257天日均的1.9倍: a mean per day of
        the rest of the period (其余257天, 其余时间) where a metric's note gives the rest's count and days (其余257天来电
        192800通) is that count over those days; an event's mean the sentence states before it (a count right after a
        mean-per-day word) said against it, as a gap (比…多/少) or a multiple (是…的…倍), is worked on that mean, the
        direction word checked. Not the sentence's first count over the rest's days, nor the period's mean. None where
        the sentence is no such case or not one note gives the rest's count (tracer round 49)."""
        words = _words()
        s_start = sentence[0]
        m = _last_match(words.rest_span, text, s_start, n.start)
        if m is None:
            return None
        tail = text[m.end():n.start]
        per_day = f"(?:{words.per_day_mean.pattern})(?:{'|'.join(map(re.escape, words.mean_counted))})?(?:量|数)?"
        if n.kind == "multiple":
            how = re.fullmatch(f"的?{per_day}的(?:约|近)?", tail) and "multiple"
        elif re.fullmatch(f"[^，,；;。0-9比较]{{0,4}}?{per_day}[约近为是达只有仅才]{{0,3}}", tail):
            how = "mean"
        else:
            gap = re.fullmatch(f"的?{per_day}(?:(?P<more>多|高|高出|超出)|(?P<less>少|低))了?[约近]?", tail)
            how = "gap" if gap is not None and re.search("比$", text[max(s_start, m.start() - 1):m.start()]) else None
        if not how:
            return None
        event = None
        if how != "mean":
            said = [f for f in self._sentence_figures(text, sentence)
                    if s_start + f.mention.end <= m.start() and f.family in (COUNT, PLAIN) and f.mention.unit
                    and f.mention.high is None and words.per_day_mean.search(
                        text, max(s_start, s_start + f.mention.start - 6), s_start + f.mention.start)]
            if not said:
                return None
            event = said[-1]
            if how == "gap" and not _same_unit(n.unit, event.mention.unit):
                return None
        unit = event.mention.unit if event is not None else n.unit
        rest_lead = f"(?:{words.rest_day_words.pattern})([0-9]{{1,3}})(?:个)?天[^0-9]*$"
        noted = {(c.value, int(d.group(1))) for info in self._metrics.values()
                 if info.unit and _same_unit(unit, info.unit) for c in self._note_parts.get(info.name, ())
                 if c.label.endswith(unit) and (d := re.search(rest_lead, c.lead))
                 # (其余6天日均1066.7次 is a mean the note gives, not the rest's count)
                 and not re.search(f"{words.per_day_mean.pattern}|平均|每", c.lead[d.end(1):])}
        if m.group("days"):
            noted = {(v, d) for v, d in noted if d == int(m.group("days"))}
        if len(noted) != 1:
            return None
        count, days = noted.pop()
        if days < 2:
            return None
        mean = count / days
        decimals = _decimals(n.precision)
        formula = f"{format_number(count)}{unit} ÷ {days}天"
        if how == "mean":
            if _rounds_to(n, mean, decimals) or _fits(n, mean, decimals):
                return Trace(True, f"{n.text} = {formula}（事实中其余{days}天的数）")
            return Trace(False, None, None, f"；{m.group()}日均 = {formula} = {format_number(round_half_up(mean, 1))}{unit}，"
                                            f"不是{n.text}")
        own = event.mention.value
        label = f"{event.mention.text}与{m.group()}日均（{formula} = {format_number(round_half_up(mean, 1))}{unit}）"
        if how == "gap":
            if (gap.group("more") is not None) != (own > mean):
                return Trace(False, None, None, f"；{label}相比是{'多' if own > mean else '少'}，不是“{gap.group()}”")
            exact = abs(own - mean)
        else:
            exact = own / mean
        if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
            return Trace(True, f"{n.text}：{label}")
        shown = format_number(round_half_up(exact, max(decimals, 1)))
        return Trace(False, None, None, f"；{label}算得{shown}{'倍' if how == 'multiple' else unit}，不是{n.text}")

    def _rest_of_team_mean(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """新人吴凡800件，其余6人人均863.3件 / 不算组长的560件，其余6人人均903.3件 / 相当于其余6人人均的92.7% / 比其余6人
        人均少63.3件: the rest of the team (tracing.yaml rest_heads), where the people taken out are the counts the
        sentence states before it (one each, the team less the rest's headcount), is the total of their unit (the one
        metric of it, or a count the sentence states equal to a metric's value) less those counts, over the rest's
        headcount; a taken-out count said against that mean (a quotient, a gap in the unit or in %, a multiple) is
        worked on it, the direction word checked. None where the sentence is no such case (tracer round 49)."""
        words = _words()
        s_start = sentence[0]
        rest = None
        for rest in words.rest_heads.finditer(text, s_start, min(sentence[1], n.end + 12)):
            if rest.end() > n.start and rest.start("n") != n.start:
                rest = None
            if rest is None or rest.end() > n.start:
                break
        if rest is None:
            return None
        # (其余6人 itself: the team less the people taken out)
        own_heads = rest.start("n") == n.start
        from cswriter.text.numbers import chinese_numeral

        heads = int(rest.group("n")) if rest.group("n").isdigit() else chinese_numeral(rest.group("n"))
        team = self._per.get("人")
        if not heads or not team or heads >= team:
            return None
        people = _words().same_unit.get("人", ("人",))
        said = [f for f in self._sentence_figures(text, sentence)
                if s_start + f.mention.end <= rest.start() and f.family == COUNT and f.mention.unit
                and f.mention.unit not in people and f.mention.high is None]
        units = {f.mention.unit for f in said}
        if len(units) != 1:
            return None
        unit = units.pop()
        metrics = [info for info in self._metrics.values() if info.unit == unit and info.value]
        totals = [f for f in said if any(f.mention.value == info.value for info in metrics)]
        # (投诉18件 is no total of 560件 taken out: the total holds the counts)
        metrics = [info for info in metrics if info.value > sum(f.mention.value for f in said if f not in totals)]
        if len(metrics) != 1 and len({f.mention.value for f in totals}) != 1:
            return None
        total = totals[0].mention.value if totals else metrics[0].value
        out = [f for f in said if f not in totals]
        if len(out) != team - heads or not out or sum(f.mention.value for f in out) >= total:
            return None
        if own_heads:
            return Trace(True, f"{n.text} = 团队{format_number(team)}人 − {len(out)}人（{'、'.join(f.mention.text for f in out)}）")
        mean = (total - sum(f.mention.value for f in out)) / heads
        taken = "、".join(f.mention.text for f in out)
        formula = f"({format_number(total)}{unit} − {taken}) ÷ {format_number(heads)}人"
        decimals = _decimals(n.precision)
        between = text[rest.end():n.start]
        if n.unit == unit and n.kind in ("count", "plain") and re.fullmatch("[约近为是达共]*", between):
            # the mean itself
            if _rounds_to(n, mean, decimals) or _fits(n, mean, decimals):
                return Trace(True, f"{n.text} = {formula}")
            return Trace(False, None, None, f"；其余{format_number(heads)}人人均 = {formula} = "
                                            f"{format_number(round_half_up(mean, max(decimals, 1)))}{unit}，不是{n.text}")
        if len(out) != 1:
            return None
        own = out[0].mention.value
        # (the mean may be said again between its words and the figure: 其余6人人均863.3件的92.7%)
        between = re.sub("^[约近为]?[0-9.,]+(?:万)?" + re.escape(unit), "", between)
        label = f"{out[0].mention.text}与其余{format_number(heads)}人人均（{formula} = " \
                f"{format_number(round_half_up(mean, 1))}{unit}）"
        if n.unit == "%" and n.kind not in ("points",) and re.fullmatch("的", between):
            exact = own / mean * 100
        elif n.kind == "multiple" and re.fullmatch("的", between):
            exact = own / mean
        elif n.unit in (unit, "%") and n.kind != "multiple" and (m := re.fullmatch(
                f"(?:(?P<more>{words.rest_heads_more.pattern})|(?P<less>{words.rest_heads_less.pattern}))了?(?:出|于)?[约近]?",
                between)):
            if (m.group("more") is not None) != (own > mean):
                return Trace(False, None, None, f"；{label}相比是{'多' if own > mean else '少'}，"
                                                f"不是“{m.group()}”")
            exact = abs(own - mean) / (mean / 100 if n.unit == "%" else 1)
        else:
            return None
        if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
            return Trace(True, f"{n.text}：{label}")
        shown = format_number(round_half_up(exact, max(decimals, 1)))
        return Trace(False, None, None, f"；{label}算得{shown}{'' if n.kind == 'multiple' else n.unit}，不是{n.text}")

    def _former_latter(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """流感4天响应率80.0%，此前3天95.0%。前者比后者低15.0个百分点 / 后者占投诉的62.5% / 是前者的82.5%: 前者 and 后者
        are the last two figures of one unit said before the first of them (in the sentence, else with the sentence
        before; spans of days are frames, not figures): a gap (前者比后者低…, points for rates, the unit for counts, a
        change in % over the one after 比, never % for rates), a quotient (后者是前者的…, 是前者的… of the other one)
        or a share (后者占…的, over the other one) said of them is worked on those two; the direction word must fit.
        None where the clause says none of these (tracer round 48)."""
        from cswriter.text.numbers import find_numbers

        s_start = sentence[0]
        clause_start = _last_mark(text, "，,；;", s_start, n.start) + 1
        clause = text[clause_start:n.start]
        refs = re.search("前者|后者", clause)
        if refs is None:
            return None
        ref_at = clause_start + refs.start()

        def figures(start: int, end: int) -> list[NumberMention]:
            return [m for m in find_numbers(text[start:end])
                    if m.unit and m.kind not in ("date", "period", "ordinal", "multiple") and m.high is None
                    and m.unit not in ("天", "日", "周", "个月")]

        said, said_from = figures(s_start, ref_at), s_start
        prev = _sentence_before(text, s_start)
        if len(said) < 2 and prev is not None:
            said, said_from = figures(prev, ref_at), prev
        if len(said) < 2:
            return None
        latter = said[-1]
        former = next((m for m in reversed(said[:-1]) if m.unit == latter.unit), None)
        if former is None:
            return None
        pair = {"前者": former, "后者": latter}
        other = {"前者": latter, "后者": former}
        rate = latter.unit == "%"
        decimals = _decimals(n.precision)
        fmt = lambda v: format_number(round_half_up(v, 1))  # noqa: E731
        gap = re.search("(前者|后者)(?:比|较)(前者|后者)(?:的)?(高|低|多|少|长|短|大|小)(?:了|出)?(?:约|近)?$", clause)
        if gap is not None and gap.group(1) != gap.group(2):
            a, b = pair[gap.group(1)], pair[gap.group(2)]
            up = gap.group(3) in "高多长大"
            shown = f"{gap.group(1)}{a.text} − {gap.group(2)}{b.text}"
            if rate and n.unit == "%":
                return Trace(False, None, None, f"；两个率之差是{fmt(abs(a.value - b.value))}个百分点（{shown}），"
                                                f"差距要用个百分点，不是{n.text}")
            if rate and n.kind == "points" or not rate and _same_unit(n.unit, latter.unit):
                exact = abs(a.value - b.value)
                if (a.value > b.value) != up and a.value != b.value:
                    return Trace(False, None, None, f"；{shown} = {fmt(a.value - b.value)}，"
                                                    f"“{gap.group(3)}”说反了")
                if _rounds_to(n, exact, decimals):
                    return Trace(True, f"{n.text} = {shown}")
                return Trace(False, None, None, f"；{shown} = {fmt(a.value - b.value)}，不是{n.text}")
            if not rate and n.unit == "%" and b.value:
                exact = abs(a.value - b.value) / b.value * 100
                if (a.value > b.value) != up and a.value != b.value:
                    return Trace(False, None, None, f"；{shown}是{'上升' if a.value > b.value else '下降'}，"
                                                    f"“{gap.group(3)}”说反了")
                if _rounds_to(n, exact, decimals):
                    return Trace(True, f"{n.text} = ({shown}) ÷ {b.text} × 100%")
                return Trace(False, None, None, f"；({shown}) ÷ {b.text} = {fmt(exact)}%，不是{n.text}")
            return None
        mean = re.search("(前者|后者)(?:的)?(?:平均)?(人均|日均|每人|每天|每日)(?:[\u4e00-\u9fff]{0,4}?)(?:为|是|约|达)?$", clause)
        if mean is not None and _same_unit(n.unit, latter.unit) and not rate:
            # 营业厅组6人办理18600件，抢修调度组4人派单6800件。后者人均1,700件 / 大雾3天和其余27天分别接听2475通、7398通。
            # 后者日均为274通: the figure 前者 / 后者 refers to over the heads or the days said with it — in its own
            # clause, else the one listed in the same place (分别) (tracer round 50).
            by_head = mean.group(2) in ("人均", "每人")
            unit_re = "(?:人|名|位)(?!次)" if by_head else "(?:个)?(?:天|日)(?!均)"
            lead = text[said_from:ref_at]
            spans = [(said_from + m.start(), m) for m in re.finditer(f"(?<![0-9.月])([0-9]+)(?:{unit_re})", lead)]
            same = [m for m in said if m.unit == latter.unit]

            def divisor(fig: NumberMention) -> re.Match[str] | None:
                at = said_from + fig.start
                own = max(said_from, _last_mark(text, "，,；;。", said_from, at) + 1)
                near = [m for a, m in spans if own <= a < at]
                if near:
                    return near[-1]
                if len(spans) == len(same) and fig in same:
                    return spans[same.index(fig)][1]
                return None

            a, b = pair[mean.group(1)], other[mean.group(1)]
            da, db = divisor(a), divisor(b)
            if da is not None and float(da.group(1)):
                exact = a.value / float(da.group(1))
                if _rounds_to(n, exact, decimals):
                    return Trace(True, f"{n.text} = {mean.group(1)}{a.text} ÷ {da.group()}")
                theirs = db is not None and float(db.group(1)) and _rounds_to(n, b.value / float(db.group(1)), decimals)
                return Trace(False, None, None, f"；{mean.group(1)}是{a.text}，{a.text} ÷ {da.group()} = "
                                                f"{fmt(exact)}{n.unit}，不是{n.text}" + ("（那是另一者的）" if theirs else ""))
        against = re.search("(前者|后者)(?:比|较)([0-9][0-9,.]*)([^0-9，,；;。]{0,6}?)(高|低|多|少|长|短|快|慢)(?:了|出)?(?:约|近)?$",
                            clause)
        if against is not None and _same_unit(n.unit, latter.unit) and not (rate and n.unit == "%"):
            # 后者比280秒的目标少15秒: the one referred to against a figure the clause states (tracer round 50)
            a = pair[against.group(1)]
            b = float(against.group(2).replace(",", ""))
            up = against.group(4) in "高多长慢"
            if a.value != b and (a.value > b) != up:
                return Trace(False, None, None, f"；{against.group(1)}{a.text}与{against.group(2)}相比是"
                                                f"{'高' if a.value > b else '低'}，“{against.group(4)}”说反了")
            if _rounds_to(n, abs(a.value - b), decimals):
                return Trace(True, f"{n.text} = {against.group(1)}{a.text}与{against.group(2)}之差")
            return Trace(False, None, None, f"；{against.group(1)}{a.text}与{against.group(2)}相差"
                                            f"{fmt(abs(a.value - b))}，不是{n.text}")
        quotient = re.search("(?:(前者|后者)(?:是|为|相当于|约为))?(?:了)?(前者|后者)的(?:约|近)?$", clause)
        if quotient is not None and n.unit in ("%", "倍") and not (quotient.group(1) == quotient.group(2)):
            b = pair[quotient.group(2)]
            a = pair[quotient.group(1)] if quotient.group(1) else other[quotient.group(2)]
            if not b.value:
                return None
            exact = a.value / b.value * (100 if n.unit == "%" else 1)
            shown = f"{a.text} ÷ {quotient.group(2)}{b.text}" + (" × 100%" if n.unit == "%" else "")
            if _rounds_to(n, exact, decimals):
                return Trace(True, f"{n.text} = {shown}")
            return Trace(False, None, None, f"；{shown} = {fmt(exact)}{n.unit}，不是{n.text}")
        share = re.search("(前者|后者)(?:占|在)([^，,；;。]{1,12})的(?:约|近)?$", clause)
        if share is not None and n.unit == "%" and not rate:
            a, b = pair[share.group(1)], other[share.group(1)]
            # (the whole named is the other one: 本月投诉8件，…后者占投诉的 — not 占全部投诉的, a whole of its own)
            whole = share.group(2)
            before_other = text[max(said_from, said_from + b.start - 10):said_from + b.start]
            if b.value > a.value and whole in before_other and not re.search("全|总|所有", whole):
                exact = a.value / b.value * 100
                shown = f"{share.group(1)}{a.text} ÷ {b.text} × 100%"
                if _rounds_to(n, exact, decimals):
                    return Trace(True, f"{n.text} = {shown}")
                return Trace(False, None, None, f"；{shown} = {fmt(exact)}%，不是{n.text}")
        return None

    def _share_of_span(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """其中蓝牙钥匙失效320通，占这3天的59.3% / 占这4天5600件的22.5% / 占App故障5天来电的45.0%: a share whose whole
        (占…的) names a span of days (这3天, 故障5天, 这几天), not the period, is the part (the count the sentence states
        last before 占) over that span's count — the one said in the whole's words, else a count after the same
        span in the sentence or the sentence before, else a note's count of a clause with the span — and the share
        over the period's total said there is wrong. None where the whole names no span (tracer round 48)."""
        from cswriter.text.numbers import find_numbers

        s_start = sentence[0]
        clause_start = _last_mark(text, "，,；;。", s_start, n.start) + 1
        said = re.search("占(?:了)?([^，,；;。占]{1,20}?)的(?:约|近|仅|只有)?$", text[clause_start:n.start])
        if said is None:
            return None
        whole_words = said.group(1)
        words = _words()
        if words.whole_period is not None and words.whole_period.search(whole_words) or "全" in whole_words:
            return None
        span = re.search("([0-9]+|[一二两三四五六七八九十]+)(?:个)?(?:天|日)(?!均)", whole_words)
        days = _day_count(span.group(1)) if span is not None else None
        if days is None and not re.search("(?:这|那)几天|这些天|这段时间", whole_words):
            return None
        at = clause_start + said.start()
        prev = _sentence_before(text, s_start)
        lead_from = prev if prev is not None else s_start
        mentions = [(lead_from + m.start, lead_from + m.end, m) for m in find_numbers(text[lead_from:n.start])]
        counts = [(a, b, m) for a, b, m in mentions if m.unit and m.unit not in ("%", "天", "日", "小时", "分钟", "秒")
                  and m.kind not in ("date", "period", "ordinal", "multiple", "points") and m.high is None]
        parts = [c for c in counts if c[1] <= at and c[0] >= s_start]
        if not parts:
            return None
        part = parts[-1][2]
        whole_label, whole = "", None
        inside = [m for a, b, m in counts if a >= at and _same_unit(m.unit, part.unit) and m.value > part.value]
        if inside:
            whole_label, whole = inside[-1].text, inside[-1].value
        if whole is None and days is not None:
            # a count said right after the same span (App故障5天来电2000通), in the sentence or the one before
            for a, b, m in reversed(counts):
                if a >= at or m is part or not _same_unit(m.unit, part.unit) or m.value <= part.value:
                    continue
                head = text[max(lead_from, a - 12):a]
                near = re.findall("([0-9]+|[一二两三四五六七八九十]+)(?:个)?(?:天|日)(?!均)", head)
                if near and _day_count(near[-1]) == days:
                    whole_label, whole = m.text, m.value
                    break
        if whole is None and days is not None:
            for name, cands in self._note_parts.items():
                for c in cands:
                    if c.family != COUNT or not _same_unit(part.unit, c.label) or c.value <= part.value:
                        continue
                    lead = re.split("[，,；;。]", c.lead)[-1]
                    near = re.findall("([0-9]+|[一二两三四五六七八九十]+)(?:个)?(?:天|日)(?!均)", lead)
                    if near and _day_count(near[-1]) == days and not words.rest_lead.match(lead):
                        whole_label, whole = f"{c.label}（{name}的备注）", c.value
                        break
                if whole is not None:
                    break
        decimals = _decimals(n.precision)
        if whole:
            exact = part.value / whole * 100
            if _rounds_to(n, exact, decimals):
                return Trace(True, f"{n.text} = {part.text} ÷ {whole_label} × 100%（{whole_words}）")
            return Trace(False, None, None, f"；“占”后说的整体是{whole_words}：{part.text} ÷ {whole_label} = "
                                            f"{format_number(round_half_up(exact, 1))}%，不是{n.text}")
        if found.traced:
            below = re.search("÷ (?:本期)?([0-9][0-9,]*(?:\\.[0-9]+)?)", found.source or "")
            totals = {info.value for info in self._metrics.values() if info.value and info.unit
                      and _same_unit(info.unit, part.unit)}
            if below is not None and float(below.group(1).replace(",", "")) in totals:
                return Trace(False, None, None, f"；“占”后说的整体是{whole_words}，不是全期，{n.text}是占全期的比例")
        return None

    def _note_groups(self, info: object) -> tuple[dict[str, float], dict[str, float]]:
        """The groups a metric's note gives a count of (热线组12人受理52800件: {热线组: 52800}) and the groups a rate's
        note gives a rate of (热线组86.0%（45408/52800）: {热线组: 86.0}): a name that ends in a group word (tracing.yaml
        note_group ends) opening the part's clause, with no other words before the figure than a headcount and a verb
        (tracer round 50)."""
        words = _words()
        ends = f"[{re.escape(words.group_ends)}]"
        counts: dict[str, float] = {}
        rates: dict[str, float] = {}
        for c in self._note_parts.get(info.name, ()):
            if c.family != COUNT or not _same_unit(info.unit, c.label):
                continue
            said = re.split("[，,；;、。]", c.lead)[-1]
            m = re.fullmatch(f"([\u4e00-\u9fff]{{1,6}}?{ends})(?:[0-9]+(?:人|名))?[\u4e00-\u9fff]{{0,3}}", said)
            if m is not None:
                counts.setdefault(m.group(1), c.value)
        for metric, value, said, lead in self._note_rates or ():
            if metric != info.name:
                continue
            m = re.fullmatch(f"([\u4e00-\u9fff]{{1,6}}?{ends})", re.split("[，,；;、。]", lead)[-1].strip())
            if m is not None:
                rates.setdefault(m.group(1), value)
        return counts, rates

    def _note_group_said(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """抢修调度组派单6800件，占中心受理量的8.7% / 寒潮一周热线组受理4620件，占热线组上半年受理量的8.8% / 热线组12人受理52800件。该组
        一次解决率为86.0%: where a metric's note gives groups' counts or rates (`_note_groups`), a share whose whole (占…的)
        names a group is over that group's count, one whose whole names the team or the centre (its name's last two
        characters, or 全部 / 全) over the metric's value, the count the sentence states last before 占 over it — a
        group's count in place of the whole, or the whole in place of the group's, is wrong; and a rate of the metric
        said of the group the sentence refers to (该组, or 前者 / 后者 of the two groups the sentence before names) is
        that group's rate the note gives. None elsewhere (tracer round 50)."""
        from cswriter.text.numbers import find_numbers

        words = _words()
        s_start = sentence[0]
        clause_start = max(s_start, _last_mark(text, "，,；;。", s_start, n.start) + 1)
        clause = text[clause_start:n.start]
        whole_said = re.search("占(?:了|到)?([^，,；;。占]{1,16}?)的(?:约|近|仅|只有)?$", clause)
        if whole_said is not None:
            whole_words = whole_said.group(1)
            best = None
            for info in self._metrics.values():
                if info.value is None or not info.unit or info.unit == "%":
                    continue
                counts, _ = self._note_groups(info)
                if len(counts) < 2:
                    continue
                parts = [m for m in find_numbers(text[s_start:clause_start + whole_said.start()])
                         if m.unit and _same_unit(m.unit, info.unit) and m.high is None and m.kind in ("count", "plain")]
                if parts:
                    best = (info, counts, parts[-1])
            if best is None:
                return None
            info, counts, part = best
            named = [g for g in counts if g in whole_words]
            team = self._team_name or ""
            if len(named) == 1:
                whole, label = counts[named[0]], f"{named[0]}{format_number(counts[named[0]])}{info.unit}"
            elif not named and (team[-2:] and team[-2:] in whole_words or re.match("全部|全|整个", whole_words)):
                whole, label = info.value, f"本期{format_number(info.value)}{info.unit}"
            else:
                return None
            if not whole or part.value > whole:
                return None
            exact = part.value / whole * 100
            if _rounds_to(n, exact, _decimals(n.precision)):
                return Trace(True, f"{n.text} = {part.text} ÷ {label} × 100%")
            return Trace(False, None, info.name, f"；“占”后说的整体是{whole_words}：{part.text} ÷ {label} = "
                                                 f"{format_number(round_half_up(exact, 1))}%，不是{n.text}")
        refer = words.group_refer.search(clause) if words.group_refer is not None else None
        former = re.search("前者|后者", clause)
        if refer is None and former is None:
            return None
        prev = _sentence_before(text, s_start)
        earlier = text[prev if prev is not None else s_start:clause_start + (refer or former).start()]
        for info in self._metrics.values():
            if info.unit != "%" or info.name not in clause:
                continue
            _, rates = self._note_groups(info)
            if len(rates) < 2:
                continue
            said = sorted(((earlier.rfind(g), g) for g in rates if g in earlier), reverse=True)
            if not said:
                return None
            if former is not None and refer is None:
                if len(said) < 2:
                    return None
                group = said[0][1] if former.group() == "后者" else said[1][1]
            else:
                group = said[0][1]
            value = rates[group]
            if _rounds_to(n, value, _decimals(n.precision)):
                return Trace(True, f"事实 “{info.name}”的备注（{group}{format_number(value)}%）")
            return Trace(False, None, info.name, f"；“{info.name}”的备注里{group}为{format_number(value)}%，不是{n.text}")
        return None

    def _time_progress(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """时间进度49.6% / 比49.6%的时间进度快2.5个百分点 / 落后于时间进度6.6个百分点 / 下半年共184天，完成全年目标日均需受理390.2件,
        where metrics have annual targets: the share of the year gone by at the period's end (days to its last day over
        the year's; 时间过半 may be said as 50%; 181天，占全年365天的49.6% as the days gone over the year's) is the time
        progress; a gap in points said against it (tracing.yaml time_progress: ahead / behind words) is a metric's
        progress (its value over its annual target, said in the sentence) less the share said there (else the one
        computed), the direction word checked, and the same gap said in % is wrong; a count needed per day or per month
        (需, 日均 / 每月) is the rest of the annual target over the days or months the year has left, and the rest
        itself (需完成71800件) is the annual target less the value. None elsewhere (tracer round 50)."""
        import datetime

        words = _words()
        s_start, s_end = sentence
        start, end = self._period
        first = datetime.date(end.year, 1, 1)
        year_days = (datetime.date(end.year, 12, 31) - first).days + 1
        gone = (end - first).days + 1
        elapsed = gone / year_days * 100
        decimals = _decimals(n.precision)
        head = text[s_start:n.start]
        clause = text[max(s_start, _last_mark(text, "，,；;", s_start, n.start) + 1):n.start]
        after = text[n.end:s_end]
        said = words.time_progress
        aims = [i for i in self._metrics.values() if i.annual_target and i.value is not None and i.unit]
        if n.unit == "%" and n.kind not in ("points", "multiple"):
            own = said is not None and (said.search(clause) and not re.search("[0-9]", clause[said.search(clause).end():])
                                        or re.match(f"(?:的)?(?:{said.pattern})", after))
            days_over = re.search(f"([0-9]+)天[，,]?[^0-9，,；;。]*占全年(?:{year_days}天)?的(?:约)?$", head)
            if own and not re.search("百分点", after[:2]):
                if _rounds_to(n, elapsed, decimals):
                    return Trace(True, f"{n.text} = {gone}天 ÷ {year_days}天 × 100%（时间进度）")
                if n.value == 50 and "过半" in head + after[:6]:
                    return Trace(True, f"{n.text}：时间过半")
                gap_word = re.search(f"(?:{words.time_ahead.pattern}|{words.time_behind.pattern})(?:于)?(?:{said.pattern})?$", clause)
                if gap_word is None:
                    return Trace(False, None, None, f"；截至{end.month}月{end.day}日全年已过{gone}天，时间进度是"
                                                    f"{format_number(round_half_up(elapsed, 1))}%，不是{n.text}")
            if days_over is not None and int(days_over.group(1)) == gone:
                if _rounds_to(n, elapsed, decimals):
                    return Trace(True, f"{n.text} = {gone}天 ÷ {year_days}天 × 100%（时间进度）")
                return None
        if n.kind == "points" or n.unit == "%" and n.kind not in ("multiple",) and said is not None and said.search(head):
            if said is None or not said.search(head + after[:8]):
                return None
            ahead = re.search(words.time_ahead.pattern, clause)
            behind = re.search(words.time_behind.pattern, clause)
            from cswriter.text.numbers import find_numbers

            shares = [m for m in find_numbers(head) if m.unit == "%" and m.kind not in ("points", "multiple")]
            progress = None
            for info in aims:
                for m in shares:
                    if _rounds_to(m, info.value / info.annual_target * 100, _decimals(m.precision)):
                        progress = (info, m)
            if progress is None:
                # (按时间过半50.0%衡量，受理量进度超前2.1个百分点: the metric named, its progress not said)
                named = [i for i in aims if any(i.name[-k:] in head for k in range(3, len(i.name) + 1))]
                if len(named) != 1:
                    return None
                exact_progress = named[0].value / named[0].annual_target * 100
                from cswriter.text.numbers import NumberMention
                shown = format_number(round_half_up(exact_progress, 1))
                progress = (named[0], NumberMention(0, 0, f"{shown}%", round_half_up(exact_progress, 1), None, "%",
                                                    "percent", False, 0.1))
            info, said_progress = progress
            base_said = next((m for m in shares if m is not said_progress and re.match(
                f"(?:的)?(?:{said.pattern})", head[m.end:])), None)
            base = base_said.value if base_said is not None else 50.0 if "过半" in head else elapsed
            exact = info.value / info.annual_target * 100 - base
            gaps = [exact, said_progress.value - base]
            if base_said is not None and _rounds_to(base_said, elapsed, _decimals(base_said.precision)):
                gaps.append(info.value / info.annual_target * 100 - elapsed)  # (both unrounded: 52.94 − 49.59)
            if ahead and not behind and exact < 0 or behind and not ahead and exact > 0:
                return Trace(False, None, info.name, f"；“{info.name}”完成全年目标的{said_progress.text}，时间进度"
                                                     f"{format_number(round_half_up(base, 1))}%，是{'落后' if exact < 0 else '超前'}，方向说反了")
            if n.kind != "points":
                return Trace(False, None, info.name, f"；完成进度与时间进度之差是百分点：{format_number(round_half_up(abs(exact), 1))}"
                                                     f"个百分点，不是{n.text}")
            if any(_rounds_to(n, abs(g), decimals) for g in gaps):
                return Trace(True, f"{n.text} = “{info.name}”完成全年目标的{said_progress.text} − 时间进度"
                                   f"{format_number(round_half_up(base, 1))}%")
            return Trace(False, None, info.name, f"；“{info.name}”完成全年目标的{said_progress.text}，时间进度"
                                                 f"{format_number(round_half_up(base, 1))}%，相差"
                                                 f"{format_number(round_half_up(abs(exact), 1))}个百分点，不是{n.text}")
        if n.unit != "%" and n.kind in ("count", "plain") and words.need.search(head):
            for info in aims:
                if not _same_unit(n.unit, info.unit) or info.annual_target <= info.value:
                    continue
                rest = info.annual_target - info.value
                per = words.per.search(clause)
                if per is None and re.search("(?:完成|受理|达到|还)?$", clause) and _rounds_to(n, rest, decimals) \
                        and re.search("剩余|还需|需|需要", clause):
                    return Trace(True, f"{n.text} = 全年目标{format_number(info.annual_target)}{info.unit} − "
                                       f"本期{format_number(info.value)}{info.unit}")
                if per is None:
                    continue
                unit = words.per_unit.get(per.group())
                left = {"天": year_days - gone, "月": 12 - end.month}.get(unit or "")
                if not left:
                    continue
                exact = rest / left
                if _rounds_to(n, exact, decimals):
                    return Trace(True, f"{n.text} = （全年目标{format_number(info.annual_target)}{info.unit} − 本期"
                                       f"{format_number(info.value)}{info.unit}）÷ 剩余{left}{'天' if unit == '天' else '个月'}")
        return None

    def _per_two_divisors(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """两人在柜台11天共办理1386人次，每人每天办理63人次 / 16名旅客住宿2晚，酒店费用7680元，每人每晚240元: a mean said
        right after two per words at once (tracing.yaml per_two: a head's and a time's, 每人每天, 每户每天) divides the
        count the sentence states last before them in the figure's unit by the heads the sentence counts (the head
        word's units: 两人, 16名, 320户) and by the span it counts (the time word's units: 11天, 2晚); that count over
        only one of them is wrong. With no such count in the sentence, a fact's number its text gives per one of them
        alone (每户减免气费20元) said per both (每户每天20元) is wrong. None elsewhere (tracer round 50)."""
        from cswriter.text.numbers import find_numbers

        words = _words()
        s_start = sentence[0]
        clause_start = max(s_start, _last_mark(text, "，,；;。", s_start, n.start) + 1)
        said = None
        for m in words.per_two.finditer(text, clause_start, n.start):
            said = m
        if said is None or re.search("[0-9０-９，,；;]", text[said.end():n.start]) or n.start - said.end() > 8:
            return None
        head_word, time_word = said.group("h1") or said.group("h2"), said.group("t1") or said.group("t2")
        head_units, time_units = words.per_two_heads[head_word], words.per_two_times[time_word]
        before = text[s_start:said.start()]
        numeral = "([0-9]+(?:\\.[0-9]+)?|[两二三四五六七八九十]{1,3})"
        heads = [m for m in re.finditer(f"(?<![0-9.]){numeral}(?:个|名)?(?:{alt_of(head_units)})(?!次|时|天|日)", before)]
        spans = [m for m in re.finditer(f"(?<![0-9.月]){numeral}(?:个)?(?:{alt_of(time_units)})(?!均|次)", before)]
        if not heads or not spans:
            return None
        def count(said: str) -> float | None:
            return float(said) if re.fullmatch("[0-9]+(?:\\.[0-9]+)?", said) else _day_count(said)

        h, t = count(heads[-1].group(1)), count(spans[-1].group(1))
        if not h or not t:
            return None
        named = re.sub("^(?:按|折合|合计|平均|约|即|相当于|算下来|计算)+", "", text[clause_start:said.start()])
        if re.search("[\u4e00-\u9fff]", named) and not re.search("[0-9两二三四五六七八九十]", named) \
                and named not in re.split("[，,；;、]", before[heads[-1].end():heads[-1].end() + 12])[0]:
            return None  # (…按全组12人计，在岗坐席每人每天…: the heads the mean is of are named apart from the count)
        decimals = _decimals(n.precision)
        totals = [m for m in find_numbers(before) if m.unit and m.high is None and m.kind in ("count", "money", "plain")
                  and _same_unit(n.unit, m.unit) and m.value > n.value]
        if totals:
            total = totals[-1]
            exact = total.value / h / t
            shown = f"{total.text} ÷ {heads[-1].group()} ÷ {spans[-1].group()}"
            already = words.per.search(before, max(0, total.start - 4), total.start)
            if already is not None:
                # (在岗11人人均接听2600通，按30天计每人每天…: a mean per head already, over the span alone)
                by_head = words.per_unit[already.group()] == "人"
                exact = total.value / (t if by_head else h)
                shown = f"{total.text} ÷ {spans[-1].group() if by_head else heads[-1].group()}"
            if _rounds_to(n, exact, decimals):
                return Trace(True, f"{n.text} = {shown}")
            return Trace(False, None, None, f"；“{said.group()}”要同时除以人数和时长：句中{shown} = "
                                            f"{format_number(round_half_up(exact, 2))}{n.unit}，不是{n.text}")
        for c in self._text_numbers:
            # (借调的11天里，两人每人每天办理63人次: the count a fact's text gives, over both)
            if c.value > n.value and _same_unit(n.unit, c.label) and _rounds_to(n, c.value / h / t, decimals):
                return Trace(True, f"{n.text} = {c.label} ÷ {heads[-1].group()} ÷ {spans[-1].group()}（{c.source}）")
        given = [c for c in self._text_numbers if c.value == n.value and _same_unit(n.unit, c.label)]
        if given and all(any(w in c.lead[-8:] for w in (*words.per_two_heads, *words.per_two_times))
                         and not words.per_two.search(c.lead[-8:]) for c in given):
            return Trace(False, None, None, f"；事实里的{given[0].label}是“{given[0].lead[-8:]}”的，"
                                            f"不是“{said.group()}”的（句中有{heads[-1].group()}、{spans[-1].group()}）")
        return None

    def _rest_and_event(self, info: object) -> tuple[tuple[str, float, str], tuple[str, float, str]] | None:
        """The rest's part and the event's a metric's note gives its level for (其余27天94.5% and 大雾3天…60.0%;
        热线组其余174天87.4% and 寒潮一周热线组71.0% among the groups' rates): (words, value, label) each — the one
        part whose words hold a rest word (tracing.yaml `rest_lead`) with its days, and the part the note states right
        before it (the other of two parts); an event named only before its counts takes its clause's words. The
        note's own whole (按接听量加权得全月301秒) is no part. None where the note gives no such pair (tracer round 50)."""
        from cswriter.text.numbers import NumberMention

        words = _words()
        name = info.name
        probe = NumberMention(0, 0, "", float(info.value), None, info.unit, "percent" if info.unit == "%" else "count",
                              False, 1.0)
        tails = [name] + [name[-k:] for k in range(3, len(name))
                          if not any(other.name != name and name[-k:] in other.name for other in self._metrics.values())]
        parts = []
        for lead, value, label in self._metric_note_parts(name, probe):
            said = re.split("[，,；;。]", lead)[-1]
            said = re.sub("[（(][^）)]*[）)]", "", said)
            for t in tails:
                said = said.replace(t, "")
            said = re.sub("(?:平均|为|是|共|约|达|只有|仅)+$", "", said.strip()).strip()
            if value == info.value and words.whole_period is not None and words.whole_period.search(said):
                continue
            if info.unit != "%" and re.search("[（(]", lead[-6:]) or re.search("(?:日均|周均|月均|人均)$", said):
                continue  # (a mean in brackets after a part's count: 4620件（日均660件）)
            if not re.search("[\u4e00-\u9fff]", said):
                note = self._note_texts.get(name, "")
                at = note.find(label)
                clause = re.split("[；;。]", note[:at])[-1] if at >= 0 else ""
                clause = _FIGURES_AND_BRACKETS.sub("", clause)
                for t in tails:
                    clause = clause.replace(t, "")
                said = clause
            parts.append((said, value, label))
        rest_said = re.compile(f"(?:^|[^0-9])(?:{words.rest_lead.pattern})(?:[0-9]+(?:个)?(?:天|日)|时间)|^(?:{words.rest_lead.pattern})")
        rests = [i for i, p in enumerate(parts) if rest_said.search(p[0])]
        if len(rests) != 1:
            return None
        i = rests[0]
        if len(parts) == 2:
            event = parts[1 - i]
        elif i > 0:
            event = parts[i - 1]
        else:
            return None
        if event[1] == parts[i][1] or not event[0] or rest_said.search(event[0]):
            return None
        return parts[i], event

    def _event_part_said(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """11月17日至19日大雾，航班大面积延误。这3天的接通率为60.0% / 1月20日至26日遭遇寒潮。这一周热线平均应答60秒: a level of a
        metric whose note gives the event's part and the rest's (`_rest_and_event`), said in a clause that names the
        event — two characters of its words, or 这3天 / 这一周 / 这几天 / 期间 (its count of days, when said, the event's)
        after a sentence or clause that names it by those words or by dates as many days long — is the event's level;
        the rest's or the whole period's said there is wrong. None where the clause also names the rest, takes the
        event out or speaks of the time after it, compares, or the figure is none of the three (tracer round 50)."""
        words = _words()
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        clause = text[max(s_start, cut + 1):n.start]
        if re.search("比|高出|低于|高于|多出|少了|相差|差距|提高|下降|上升|增长|减少|缩短|延长|回升|回落|恢复|之后|过后|以后|此后|结束|除",
                     clause) or words.rest_lead.search(clause) or words.deducted is not None and words.deducted.search(clause) \
                or words.left_out is not None and words.left_out.search(clause):
            return None
        head = text[s_start:n.start]
        prev = _sentence_before(text, s_start)
        before = text[prev:s_start] if prev is not None else ""
        best = None
        for info in self._metrics.values():
            if info.value is None or not info.unit or not _same_unit(n.unit, info.unit):
                continue
            name = info.name
            if not (name in clause or any(name[i:i + 4] in clause for i in range(len(name) - 3))
                    or len(name) == 3 and name[1:] in clause):
                continue
            pair = self._rest_and_event(info)
            if pair is None:
                continue
            best = (info, pair)
        if best is None:
            return None
        info, (rest, event) = best
        values = {event[1], rest[1], info.value}
        if n.value not in values and not any(_rounds_to(n, v, _decimals(n.precision)) for v in values):
            return None
        count = re.search("([0-9]+|[一二两三四五六七八九十]+)(?:个)?(天|日|周)", event[0])
        days = None
        if count is not None:
            days = _day_count(count.group(1)) if not count.group(1).isdigit() else int(count.group(1))
            days = days * 7 if days and count.group(2) == "周" else days
        grams = {event[0][i:i + 2] for i in range(len(event[0]) - 1)
                 if re.fullmatch("[\u4e00-\u9fff]{2}", event[0][i:i + 2])
                 and not re.search("[一二两三四五六七八九十天日月这那期间其余组周]", event[0][i:i + 2])}
        grams -= {rest[0][i:i + 2] for i in range(len(rest[0]) - 1)}
        grams -= {name[i:i + 2] for name in (info.name,) for i in range(len(name) - 1)}
        if not grams:
            return None
        named = any(g in clause for g in grams)
        if not named:
            back = re.search("(?:这|那)(?:([0-9]+|[一二两三四五六七八九十]+)(?:个)?(天|日|周)|几天|段时间|期间)", clause)
            if back is None:
                return None
            said_days = None
            if back.group(1):
                said_days = int(back.group(1)) if back.group(1).isdigit() else _day_count(back.group(1))
                said_days = said_days * 7 if said_days and back.group(2) == "周" else said_days
            earlier = before + head[:head.find(back.group())]
            if said_days is not None and days is not None and said_days != days:
                return None
            dated = _DAY_SPAN_SAID.search(earlier)
            by_dates = dated is not None and days is not None and (dated.group(3) is None or dated.group(3) == dated.group(1)) \
                and int(dated.group(4)) - int(dated.group(2)) + 1 == days
            if not (any(g in earlier for g in grams) or by_dates):
                return None
        decimals = _decimals(n.precision)
        shown = f"{re.split('[，,、]', event[0])[0]}{event[2]}"
        if _rounds_to(n, event[1], decimals):
            return Trace(True, f"事实 “{info.name}”的备注（{shown}）")
        of = f"{re.split('[，,、]', rest[0])[0]}的" if _rounds_to(n, rest[1], decimals) else "全期的"
        return Trace(False, None, info.name, f"；“{info.name}”的备注里{shown}，{n.text}是{of}数")

    def _event_rest_compared(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """大雾3天接通率比其余27天低34.5个百分点 / 寒潮一周平均应答60秒，是其余174天平均的4.3倍 / 大雾3天平均处理时长410秒，比其余
        27天的265秒长54.7%: a metric's event part compared with its rest (or the other way round), both levels its
        note gives (`_rest_and_event`), is worked on those two — a gap in points or in the metric's unit, a multiple,
        a change in % over the part after 比 — with the direction word checked; the rest's side is named after 比 / 是
        by its own words (其余27天, 其余时间), the event's by two characters of its words. None where the sentence
        names no metric with such a note, or the side after 比 / 是 is neither part (tracer round 50)."""
        words = _words()
        s_start = sentence[0]
        head = text[s_start:n.start]
        prev = _sentence_before(text, s_start)
        named_in = text[prev if prev is not None else s_start:n.start]
        compared = None
        for m in re.finditer("比|是", head):
            compared = m
        if compared is None or re.search("[，,；;]", head[compared.end():]) and n.kind != "multiple":
            return None
        after = head[compared.end():]
        best = None
        for info in self._metrics.values():
            if info.value is None or not info.unit:
                continue
            pair = self._rest_and_event(info)
            if pair is None:
                continue
            if info.name not in named_in and not any(
                    info.name[-k:] in named_in for k in range(3, len(info.name))
                    if not any(o.name != info.name and info.name[-k:] in o.name for o in self._metrics.values())) \
                    and not any(re.search(f"(?<![0-9.]){re.escape(p[2])}", named_in) for p in pair):
                continue  # (the metric named, or a part's own level said: 寒潮一周平均应答60秒，是…)
            at = named_in.rfind(info.name)
            if best is None or at > best[0]:
                best = (at, info, pair)
        if best is None:
            return None
        _, info, (rest, event) = best
        grams = {event[0][i:i + 2] for i in range(len(event[0]) - 1)
                 if re.fullmatch("[\u4e00-\u9fff]{2}", event[0][i:i + 2])
                 and not re.search("[一二两三四五六七八九十天日月这那期间其余组]", event[0][i:i + 2])}
        grams -= {rest[0][i:i + 2] for i in range(len(rest[0]) - 1)}  # (热线组 in both: no side's own words)
        rest_words = re.match(f"(?:的)?(?:{words.rest_lead.pattern})(?:[0-9]+(?:个)?(?:天|日)|时间)", after)
        before = head[:compared.start()]
        if rest_words is not None and any(g in before for g in grams):
            subject, base = event, rest
        elif any(after.startswith(g) for g in grams) and re.search(f"(?:{words.rest_lead.pattern})(?:[0-9]+(?:个)?(?:天|日)|时间)", before):
            subject, base = rest, event
        else:
            return None
        a, b = subject[1], base[1]
        tail = after[(rest_words.end() if subject is event else 2):]
        if compared.group() == "比" and not re.search("高|多|长|慢|超|增|升|低|少|短|快|降|减|不足|差", tail):
            return None  # (比其余27天的265秒: the base's own level, said inside the comparison)
        higher = re.search("高|多|长|慢|超出|超过|增加|上升|增长", tail)
        lower = re.search("低|少|短|快|下降|减少|不足|缩短", tail)
        decimals = _decimals(n.precision)
        shown = "、".join(f"{re.split('[，,、]', p[0])[0]}{p[2]}" for p in (subject, base))
        if n.kind == "multiple":
            if compared.group() != "是" or not b:
                return None
            exact, what = a / b, "倍数"
        elif n.kind == "points" or n.unit == "%" and info.unit != "%":
            if n.kind != "points" and not b:
                return None
            exact, what = (abs(a - b), "差") if n.kind == "points" else (abs(a - b) / b * 100, "变化")
        elif n.unit == "%":
            if not b:
                return None
            exact, what = abs(a - b) / b * 100, "变化"
        elif _same_unit(n.unit, info.unit):
            exact, what = abs(a - b), "差"
        else:
            return None
        if n.kind != "multiple" and (higher and not lower and a < b or lower and not higher and a > b):
            return Trace(False, None, info.name, f"；“{info.name}”的备注里{shown}，方向说反了")
        if _rounds_to(n, exact, decimals):
            return Trace(True, f"{n.text}：“{info.name}”的备注里{shown}的{what}")
        return Trace(False, None, info.name, f"；“{info.name}”的备注里{shown}，{what}是"
                                             f"{format_number(round_half_up(exact, 2))}，不是{n.text}")

    def _note_rest_said(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """不计系统升级两天，一次解决率为89.8% / 剔除这2天，…是89.8% / 其余28天…为89.8% / 平时为94.7%, where the metric's note
        gives two parts, an event's days (系统升级两天70.0%) and the rest (其余28天89.8%, tracing.yaml `rest_lead`): a
        figure of the metric (named in the sentence before it) said after words that take the event's part out
        (`deducted`, `left_out`, 除…外, then the part's words, two characters of them, or 这两天 / 这N天 with the part's
        count of days) or after the rest's own words in its clause is the rest's level; the whole period's value or
        the event's given there is wrong. None where the metric's note has no such pair, or the figure is none of
        the three (tracer round 48)."""
        words = _words()
        if words.rest_lead is None:
            return None
        s_start = sentence[0]
        head = text[s_start:n.start]
        clause = text[_last_mark(text, "，,；;：:", s_start, n.start) + 1:n.start]
        if re.search("比|高出|低于|高于|多出|少了|相差|差距|差|提高|下降|上升|增长|减少|缩短|延长", clause):
            return None  # (a change or a gap, not the level)
        best = None
        prev = _sentence_before(text, s_start)
        # (the metric named in the sentence, else in the one before: OTA三天一次解决率75.0%；不计这3天，其余出勤日为91.5%)
        named_in = [head] if prev is None else [head, text[prev:n.start]]
        for key, info in self._metrics.items():
            name = info.name
            if info.value is None or not info.unit or not _same_unit(n.unit, info.unit):
                continue
            tails = [name] + [name[-k:] for k in range(3, len(name))
                              if not any(other.name != name and name[-k:] in other.name for other in self._metrics.values())]
            at = max((head.rfind(t) for t in tails), default=-1)
            if at < 0 and len(named_in) > 1:
                before = max((named_in[1].rfind(t) for t in tails), default=-1)
                at = None if before < 0 else before - len(named_in[1])  # (ranked below the sentence's own)
            elif at < 0:
                at = None
            if at is None:
                continue
            parts = []
            for lead, value, label in self._metric_note_parts(name, n):
                said = re.split("[，,；;。]", lead)[-1]
                said = re.sub("[（(][^）)]*[）)]", "", said)
                for t in tails:
                    said = said.replace(t, "")
                said = re.sub("(?:平均|为|是|共|约|达|只有|仅)+$", "", said.strip()).strip()
                if value == info.value and words.whole_period is not None and words.whole_period.search(said):
                    continue  # (按接听量加权得全月301秒: the note's own whole beside its two parts)
                if not re.search("[\u4e00-\u9fff]", said):
                    # (接通率60.0% after 大雾3天呼入4125通、接通2475通: the part's words are its clause's in the note)
                    note = self._note_texts.get(name, "")
                    at = note.find(label)
                    clause = re.split("[；;。]", note[:at])[-1] if at >= 0 else ""
                    clause = _FIGURES_AND_BRACKETS.sub("", clause)
                    for t in tails:
                        clause = clause.replace(t, "")
                    if not words.rest_lead.match(clause):
                        said = clause
                parts.append((said, value, label))
            if len(parts) != 2 or parts[0][1] == parts[1][1]:
                continue
            rests = [p for p in parts if words.rest_lead.match(p[0])]
            if len(rests) != 1 or not rests[0][0]:
                continue
            rest = rests[0]
            event = next(p for p in parts if p is not rest)
            if best is None or at > best[0]:
                best = (at, info, rest, event)
        if best is None:
            return None
        _, info, rest, event = best
        name = info.name
        took = None
        for m in re.finditer(f"(?:{words.deducted.pattern if words.deducted else '(?!)'}|"
                             f"{words.left_out.pattern if words.left_out else '(?!)'}|除了|除(?![以]))", head):
            took = m
        referred = False
        if took is not None:
            frame = head[took.end():took.end() + 12]
            count = re.search("([0-9]+|[一二两三四五六七八九十]+)(?:个)?(?:出勤日|工作日|天|日)", event[0])
            days = None
            if count is not None:
                c = count.group(1)
                days = int(c) if c.isdigit() else 2 if c == "两" else _CN_MONTH.get(c)
            grams = {event[0][i:i + 2] for i in range(len(event[0]) - 1)
                     if re.fullmatch("[\u4e00-\u9fff]{2}", event[0][i:i + 2])
                     and not re.search("[一二两三四五六七八九十天日月这那期间]", event[0][i:i + 2])}
            grams |= set(re.findall("[A-Za-z]{2,}", event[0]))
            back = re.match("(?:这|那)(?:([0-9]+|[一二两三四五六七八九十]+)(?:个)?(?:出勤日|工作日|天|日)|几天|段时间|期间)", frame)
            dated = _DAY_SPAN_SAID.match(frame)
            if event[0] and event[0] in frame or any(g in frame for g in grams):
                referred = True
            elif dated is not None and days is not None and (dated.group(1) or "") == (dated.group(3) or dated.group(1) or ""):
                # (剔除11月17日至19日后: a span of dates as long as the event's days names them)
                referred = int(dated.group(4)) - int(dated.group(2)) + 1 == days
            elif back is not None:
                c = back.group(1)
                said_days = None if c is None else int(c) if c.isdigit() else 2 if c == "两" else _CN_MONTH.get(c)
                referred = said_days is None or said_days == days
        if not referred:
            own = rest[0] in clause and (len(rest[0]) >= 3 or re.search(f"{re.escape(rest[0])}(?:的)?(?:为|是|只有|达到)?$", clause))
            if not own:
                return None
        decimals = _decimals(n.precision)
        shown = f"{rest[0]}{rest[2]}"
        if _rounds_to(n, rest[1], decimals):
            return Trace(True, f"事实 “{name}”的备注（{shown}）")
        if n.value == info.value or n.value == event[1]:
            of = "全期" if n.value == info.value else event[0]
            return Trace(False, None, name, f"；“{name}”的备注里{rest[0]}为{rest[2]}，{n.text}是{of}的数")
        return None

    def _note_rate_named(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """4月起系统自动派单，4月至12月派单及时率为98.3% / 其余10个月为96.1%: a rate a metric's note gives
        for a part of the period or of the work (its clause's words before it: 4月至12月为, 其余10个月为),
        stated after those words, is the note's (a sentence without them giving it as the whole
        period's is wrong elsewhere). The words: the note clause's time words at its start (1月和
        12月 of 1月和12月寒潮期间为), else the whole clause; in the figure's clause or the one before
        it, with no word of the whole period after them. The metric's whole value given after those
        words is wrong (4月至12月派单及时率为96.6%). None elsewhere."""
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;", s_start, n.start)
        cut = _last_mark(text, "，,；;", s_start, cut) if cut >= s_start else s_start - 1
        head = text[max(s_start, cut + 1):n.start]
        words = _words()
        own_clause = text[_last_mark(text, "，,；;", s_start, n.start) + 1:n.start]
        backed = next((m for back in words.row_back.values() if (m := back.search(own_clause)) is not None), None)
        prev = _sentence_before(text, s_start) if backed is not None else None
        if prev is not None:
            # 8月是上线第二个月。当月转人工率为…: the part the sentence before names is the one 当月 refers to.
            head = text[prev:n.start]
        day = self._event_day(head)
        if day is not None:
            head = day + head  # (停摆当天一次解决率…: the day a fact's text puts 停摆 on)
        whole = words.whole_period
        source = found.source or "" if found.traced else ""
        other = self._note_rate_of_other_part(text, n, sentence)
        if other is not None:
            return other
        for name, value, label, lead in self._note_rates:
            own = source == f"事实 {name}.value" and name in head
            if value != n.value and not own:
                continue
            said = _note_said(lead)
            ago = _YEAR_AGO_TIME.match(said)
            if ago is not None and len(ago.group()) > 2 and ago.group() not in head and value == n.value:
                continue  # (上半年 names the period itself, not the note's 去年上半年)
            # (a part named only in a cause clause, 受17日支付故障影响，本月…, is the cause's time, not the figure's)
            named_apart = any(said in c and not (words.cause is not None and words.cause.search(c))
                              for c in re.split("[，,；;：:]", text[s_start:n.start]))
            if value == n.value and said == _note_time(lead) and len(said) >= 3 and not named_apart \
                    and whole is not None and name in head and whole.search(head, 0, head.find(name)) \
                    and not (found.traced and source == f"事实 {name}.value"):
                # 全年15秒接通率86.5% where the note gives 86.5% to 1月和12月: the part's rate as the year's.
                return Trace(False, None, name, f"；“{name}”的备注里{label}是{said}的，{n.text}不是全期的数")
            # (a month alone, 4月 of 4月93.4%（198/212）, names its part as well as three characters do, when
            # the figure follows it at once: 从4月的93.4%, 4月为93.4% — not 7月上半月…, not 受7月暴雨影响，…)
            shortest = 3
            if re.fullmatch("[0-9]{1,2}月", said) and (re.search(
                    f"(?<![0-9]){said}(?:份)?(?:的|{re.escape(name)})?(?:为|是|只有|达到)?$", head) or prev is not None
                    and re.search(f"(?<![0-9]){said}", text[prev:s_start]) and re.search(
                    f"{re.escape(backed.group())}(?:的)?{re.escape(name)}?(?:为|是|只有|达到)?$", own_clause)):
                shortest = 2  # (…or 当月 right before it, after a sentence naming the month: 8月…。当月转人工率为)
            if said not in head:
                # 宕机当天满意率79.4% said 宕机当天只有79.4%, 专项回访成功率68.5% said 专项成功率…68.5%: the part's
                # own words (two characters will do, with the note's very number after them).
                said, shortest = _said_without_name(said, name), 2
            if len(said) < shortest or said not in head or said in name:  # 结案率为93.1%: the rate's own name, no part
                continue
            after = head.rfind(said) + len(said)
            adjacent = whole.match(head, after) if whole is not None else None
            if adjacent is not None:
                after = adjacent.end()  # 北京站全年…: the part's own whole period, not the team's
            if whole is not None and whole.search(head, after) and not said.startswith("按"):
                # (a frame of counting, 按平均在岗123人计, is no part of the period: 上半年 after it is the period's own —
                # blind-33)
                continue
            if value == n.value and said == _note_time(lead) and (
                    self._own_named is not None and self._own_named.search(head, after) or re.search("占(?!比)[^，,；;。]*的", own_clause)):
                # 18日光缆事故拖累全班，11月接通率只有60.0%: the period's own name after the part's makes the
                # figure the period's; 这部分占当天来电的60.0%: a share of a count, not the note's rate.
                continue
            if value != n.value and self._own_named is not None and self._own_named.search(head, after) \
                    and not said.startswith("按") \
                    and not (_words().deducted is not None and _words().deducted.search(head, 0, after)):
                # 受10月9日暴雨影响，10月接通率为95.0%: the period's own name after the part's makes the figure the
                # period's, the part a cause (not a frame of counting, 按有效回访4800人次计: dev-117; nor a part taken
                # out, 不算17日，11月…: blind-32).
                continue
            later = next(((part, lb) for nm, v, lb, ld in self._note_rates
                          if nm == name and v != value and len(part := _note_time(ld)) >= 3 and part != said
                          and re.search(f"(?<![0-9]){re.escape(part)}", head[after:])), None)
            if value == n.value and later is not None:
                # 从1—15日的98.0%下降到16—30日的92.0%: the part named last before the figure is its own.
                return Trace(False, None, name, f"；“{name}”的备注里{label}是{said}的，{later[0]}为{later[1]}")
            if value == n.value:
                return Trace(True, f"事实 “{name}”的备注（{lead}{label}）")
            return Trace(False, None, name, f"；“{name}”的备注里{said}为{label}，{n.text}是全期的数")
        return None

    def _note_rate_of_other_part(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """17日支付通道故障，当天工单900件。当天一次解决率为87.8% where the note gives 17日一次解决率60.0%，其余29天87.8%:
        a rate a metric's note gives one part of the period (其余29天), said in a sentence that names another part the
        note gives its own rate for (17日, or 当天 after a sentence naming it) and not the first, is that other part's
        figure: wrong. None elsewhere."""
        words = _words()
        s_start = sentence[0]
        head = text[s_start:n.start]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        clause = text[max(s_start, cut + 1):n.start]
        back = words.row_back.get("day")
        if back is not None and back.search(clause):
            prev = _sentence_before(text, s_start)
            if prev is not None:
                head = text[prev:n.start]
        rates = [(name, value, label, _note_time(lead)) for name, value, label, lead in self._note_rates]
        for name, value, label, said in rates:
            if value != n.value or len(said) < 2 or said in head:
                continue
            names = [w for w, keys in self._names.items() if self._metrics.get(keys[0]) is not None
                     and self._metrics[keys[0]].name == name]
            if not any(w in text[s_start:n.start] for w in names):
                continue
            # (the other part named in the figure's own clause, or 当天 there after a sentence naming it)
            others = [(v, lb, part) for nm, v, lb, part in rates if nm == name and v != value and len(part) >= 2
                      and re.search(f"(?<![0-9]){re.escape(part)}", head if head != text[s_start:n.start] else clause)]
            if len(others) == 1:
                v, lb, part = others[0]
                if re.search("[由从]$", head) and re.match(f"[^，,。；;0-9]{{0,6}}{re.escape(lb)}", text[n.end:sentence[1]]):
                    # 目标8月1日起由75%调为80%: the figure is the start of a change whose end, said right after it,
                    # is the part's own value, so the figure is the value before that part (report blind round 38/03)
                    continue
                return Trace(False, None, name, f"；“{name}”的备注里{label}是{said}的，{part}为{lb}")
        return None

    def _owner_said_before(self, text: str, n: NumberMention, sentence: tuple[int, int], said_before: str, mine: str,
                           theirs: list[str]) -> str | None:
        """王芳…病假10天。她本月接通4000通 / 质检组2人负责审核。这个组投入700小时 / 接通量最多的是张伟，本月6200通, where a
        fact's text gives 4000通 to 李强 and 王芳 3900通: a figure whose clause names no owner of the text's numbers
        but refers back to one (tracing.yaml owner_back: 她, 其, 这个组, 这一项), or follows a clause ending on one, is
        that owner's: the owner named last before it, when another number of the text is its own and the figure's
        own words (`mine`) are not said. None elsewhere."""
        if len(mine) < 2 or re.search("[0-9]", mine) or _words().parts.match(mine):
            return None
        target = _words().target
        names = [x for x in theirs if len(x) >= 2 and not re.search("[0-9]", x) and x not in mine and mine not in x
                 and not target.search(x)]
        if not names or any(x in said_before for x in [*names, mine]):
            return None
        s_start = sentence[0]
        start = n.start - len(said_before)
        back = _words().owner_back
        if back is not None and back.match(said_before.lstrip("，,、；;：: ")):
            before = s_start if start > s_start else _sentence_before(text, s_start)
            if before is None:
                return None
            said = text[before:start]
        else:
            said = re.split("[，,；;：:。！？!?\n]", text[s_start:start].rstrip("，,；;：: "))[-1] if start > s_start else ""
            if not said or not any(said.endswith(x) for x in names):
                return None
        if any(mine[i:i + 3] in said for i in range(max(1, len(mine) - 2))):
            return None  # (国际客票组…，该组平均318秒: the figure's own owner is the one named)
        last = max(((said.rfind(x), x) for x in names if x in said), default=None)
        return None if last is None else last[1]

    def _swapped_words(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> str | None:
        from cswriter.text.numbers import find_numbers

        """城区平均到场41分钟 where the note says 郊县片区平均41分钟，城区22分钟 / 其中7个在24小时内解封 where the
        case says 79个在24小时内解封，其余7个在48小时内解封 / 全部在2分钟内到场 where one text says 2分钟内派单
        and another 30分钟内到场: a number of the facts' text given the words that a text puts with another
        number in its unit — the group before it (the same text's) or the words right after it (any
        text's) — and not its own is that other number's place: wrong. None where its own words stand."""
        same = [c for c in self._text_numbers if c.value == n.value and _same_unit(n.unit, c.label)]
        own = [c for c in same if c.source == source]
        if not own:
            return None
        c = own[0]
        s_start = sentence[0]
        cut = _last_mark(text, "，,、；;：:", s_start, n.start)
        said_before = text[max(s_start, cut + 1):n.start]
        said_after = _CLAUSE_CUT.split(text[n.end:n.end + 8])[0]

        def label(x: Candidate) -> str:
            clause = _CLAUSE_CUT.split(x.lead)[-1]
            return re.sub("(?:平均|为|是|约|在|有|共|达到|达|只有|仅)+$", "", clause)

        def shared(a: str, b: str) -> int:
            # (never part of a number: 里有21单 and 里有209单 share 里有, not 里有2)
            k = len(os.path.commonprefix([a, b]))
            if k < min(len(a), len(b)) and a[k - 1:k].isdigit():
                while k and a[k - 1].isdigit():
                    k -= 1
            return k

        if len(own) == 1 and re.search("(?:全部|全都|均|都)[^，,；;。0-9]{0,4}$", said_before):
            # 误封的86个账号全部在24小时内解封 where the case says 86个账号中79个在24小时内解封，其余7个在48小时内: the
            # text gives the bound to a part (79 of 86), so 全部 is no quote of it.
            clause_of = re.split("[（(]", _CLAUSE_CUT.split(c.lead)[-1])[-1]
            part = [x for x in find_numbers(clause_of) if x.unit and x.kind == "count"]
            wholes = [x for x in find_numbers(c.lead) if x.unit and x.kind == "count"]
            # (only where the text gives the rest a longer bound: 全部在48小时内 holds when 79 took 24 and 7 took 48)
            longer = any(d.source == source and d.value > c.value and _same_unit(n.unit, d.label) for d in self._text_numbers)
            if part and longer and not re.search("全部|全都|均|都", clause_of) and any(w.unit == part[-1].unit and w.value > part[-1].value
                            and re.search(f"{format_number(w.value).replace(',', '')}{w.unit}", text[s_start:n.start])
                            for w in wholes):
                return (f"；{source.removeprefix('事实 ')}中{c.label}说的是其中{part[-1].text}"
                        f"（{clause_of}{c.label}），不是全部")
        mine, mine_after = label(c), _CLAUSE_CUT.split(c.rest)[0]
        owner = self._owner_said_before(text, n, sentence, said_before, mine, [label(d) for d in self._text_numbers
                                        if d.source == source and d.value != n.value and _same_unit(n.unit, d.label)])
        if owner is not None:
            d = next(d for d in self._text_numbers if d.source == source and d.value != n.value
                     and _same_unit(n.unit, d.label) and label(d) == owner)
            return f"；{source.removeprefix('事实 ')}中{owner}是{d.label}，{mine}才是{c.label}"
        # The words after it in any text that gives this number (217单里有209单 of a case's result
        # beside 收到退费申请217单 of its situation).
        best_after = max(shared(_CLAUSE_CUT.split(x.rest)[0], said_after) for x in same)
        for d in self._text_numbers:
            if d.value == n.value or not _same_unit(n.unit, d.label):
                continue
            theirs = label(d)
            if len(own) == 1 and d.source == source and len(theirs) >= 2 and len(mine) >= 2 and theirs in said_before \
                    and mine not in said_before and theirs not in mine and mine not in theirs \
                    and not re.search("[0-9]", mine) and not _words().parts.match(mine):
                # (迟到投诉16件，其中11件 / 不满意的111人次中64人次: a part of the count before it)
                return f"；{source.removeprefix('事实 ')}中{theirs}是{d.label}，{mine}才是{c.label}"
            after = _CLAUSE_CUT.split(d.rest)[0]
            if _entry(d.source) == _entry(source) and shared(after, said_after) >= 3 and shared(after, said_after) > best_after + 1:
                return f"；{d.source.removeprefix('事实 ')}中“{after}”的是{d.label}，{c.label}是“{mine_after}”的"
        return None

    def _earlier_time_change(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """二季度来电80000件，三季度90000件，同比增长12.5% / 投诉180件，同比增长20.0% / 平均通话时长比二季度缩短了10秒,
        where the facts hold the metric's value for the period just before (previous, 上季度) and for the year before
        (a note's 去年三季度72000件, 去年同期93.0%): a change said against one earlier time (tracing.yaml previous_kinds:
        同比, 去年… for the year before; 环比, 上季度, the previous quarter's or month's own name for the period just
        before; 比它 after a sentence naming one) is the metric's value against that time's value, in the direction
        said. The other time's change, the gap to the target or another pair's quotient is wrong. None where the facts
        hold no value for the time said, or the sentence states a number of its own (a month's, a group's)."""
        words = _words()
        if n.kind == "multiple" or n.high is not None or not n.unit or words.moves is None \
                or self._name_regex is None or not self._previous_kind:
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        clause = text[max(s_start, cut + 1):n.start]
        span = (s_start, n.start)
        said = clause
        before_clause = text[s_start:max(s_start, cut + 1)]
        if not any(r.search(clause) for r in words.previous_said.values()) \
                and not (self._previous_named and self._previous_named.search(clause)) \
                and any(r.search(before_clause) for r in words.previous_said.values()):
            # 对比去年11月的190秒，本月通话时长缩短了10秒: the earlier time is named in a clause before the
            # figure's, in the same sentence (blind-33)
            said = before_clause
        elif not any(r.search(clause) for r in words.previous_said.values()) \
                and not (self._previous_named and self._previous_named.search(clause)):
            if not re.search("(?:比|较|与)(?:它|之|其)", clause):
                return None
            # 去年三季度来电72000件。今年同期比它增长25.0%: the time is the sentence before's.
            before = re.split("[。！？\n]", text[:s_start].rstrip("。！？\n "))[-1]
            said = before
            span = (s_start - len(text[:s_start]) + len(text[:s_start].rstrip("。！？\n ")) - len(before), n.start)
        year = words.previous_said["year_ago"].search(said)
        chain = words.previous_said["chain"].search(said) or (self._previous_named and self._previous_named.search(said))
        if bool(year) == bool(chain) or self._planned(text, s_start, n.start) or words.target.search(clause):
            return None
        near = clause[-8:]
        moved = list(words.moves.finditer(near))
        # The figure is the change itself, right after its word (增长了25.0%, 低1.0个百分点): not a level
        # (降至15件, 超过了一季度的16900件, 是去年同期的41.8%) nor a mean's (比上季度月均多1600通).
        if not moved or not re.fullmatch("了?[约近]?", near[moved[-1].end():]) \
                or words.mean.search(self._name_regex.sub("·", clause)) \
                or words.either_rule.search(text, s_start, n.start) or "口径" in text[s_start:sentence[1]]:
            return None
        move = words.move_of.get(moved[-1].group())
        head = text[span[0]:n.start]
        bare = head
        for named in (self._previous_named, self._own_named, self._previous_quarter, _YEAR_AGO_TIME):
            if named is not None:
                bare = named.sub(lambda m: "·" * len(m.group()), bare)
        if _months_in(bare, self._grain)[0] or self._row_groups(bare, (0, len(bare))) \
                or _PART_OF_PERIOD.search(head):
            return None  # a month's, a day's or a row's change, not the period's
        # The metric itself, not a kind of it (司机服务态度投诉, 未接通): its name opens the clause or follows a
        # word of time or scope.
        whole = re.compile("(?:^|[，,；;。：:、（(\\s]|[的期月年周天总全共本是为在将把和与及]|季度|累计|平均|整体|相比)$")
        keys = {key for m in self._name_regex.finditer(head) for key in self._names.get(m.group(), ())
                if key in self._metrics and whole.search(head[:m.start()])}
        keys |= {key for h, key in self._metric_heads.items() for m in re.finditer(re.escape(h), head)
                 if whole.search(head[:m.start()])}
        kind = "year_ago" if year else "chain"
        if not keys and s_start > 0 and text[s_start - 1] in "；;":
            # 接通率环比下降3.0个百分点；与去年11月相比，同比下降1.0个百分点: the part after a semicolon goes on with
            # the metric the sentence's first part opens with.
            first = _last_mark(text, "。！？!?\n", 0, s_start - 1) + 1
            lead_part = text[first:s_start]
            keys = {key for m in self._name_regex.finditer(lead_part) for key in self._names.get(m.group(), ())
                    if key in self._metrics and whole.search(lead_part[:m.start()])}
            keys |= {key for h, key in self._metric_heads.items() for m in re.finditer(re.escape(h), lead_part)
                     if whole.search(lead_part[:m.start()])}
        if not keys:
            # 与去年11月190秒相比，本月180秒，同比缩短…: no name, but the metric's own value and its value at the time
            # said, each with its unit, stated before the figure (blind-33)
            for key, info in self._metrics.items():
                if info.value is None or not info.unit or info.unit == "%" and n.unit == "%" and n.kind != "points":
                    continue
                earlier = info.previous if kind == self._previous_kind else self._year_ago_noted(key, info)
                if earlier is not None and all(
                        re.search(f"(?<![0-9.]){re.escape(format_number(v).replace(',', ''))}(?:\\.0+)?{re.escape(info.unit)}",
                                  head.replace(",", "")) for v in (info.value, earlier)):
                    keys.add(key)
        if len(keys) != 1:
            return None
        key = next(iter(keys))
        info = self._metrics[key]
        if info.value is None or not info.unit:
            return None
        earlier = info.previous if kind == self._previous_kind else self._year_ago_noted(key, info)
        if earlier is None or kind == "chain" and self._previous_kind != "chain":
            return None
        year_ago = self._year_ago_noted(key, info)
        # Every number before the figure is the metric's value or an earlier one (no month's, no group's).
        # An earlier value stated is a base (比二季度的96.5%, 与去年三季度的72000件相比) or beside the period's own
        # (二季度80000件，三季度90000件): not the subject of a clause of its own (上季度89.5%，较…).
        own_said = False
        times = head
        if said is clause:
            # 接通率环比下降3.0个百分点；与去年11月的91.0%相比，同比下降1.0个百分点: a clause before naming only the
            # other earlier time (环比, 与10月相比) makes a comparison of its own; its numbers are not this one's.
            other = [words.previous_said["chain"], self._previous_named] if year else \
                [words.previous_said["year_ago"], _YEAR_AGO_TIME]
            lead_end = max(s_start, cut + 1) - span[0]
            last = max((m.end() for r in other if r is not None for m in r.finditer(head, 0, lead_end)), default=-1)
            mark = re.compile("[，,；;]").search(head, last) if last >= 0 else None
            if mark is not None and mark.start() < lead_end:
                times = "·" * mark.end() + times[mark.end():]
        for named in (_YEAR_AGO_TIME, self._own_named if len(self._period_months) == 1 else None,
                      self._previous_named if kind == "chain" else None):
            if named is not None:
                # (the year before's time and, in a report of one month, the month itself: 11月来电24000件; the
                # month before named as the earlier time: 比10月下降)
                times = named.sub(lambda m: "·" * len(m.group()), times)
        if self._previous_named is not None and self._previous_named.search(head) and words.deducted is not None \
                and words.deducted.search(head):
            return None  # (不算这部分，退款工单比10月的900件减少了…: the rest's change, not the metric's — blind-32)
        targets = [v for v in (info.target, info.annual_target) if v is not None]
        for m in re.finditer("[0-9]+(?:\\.[0-9]+)?", times):
            said = float(m.group())
            if any(abs(said - v) < 1e-9 for v in targets) and words.target.search(times[max(0, m.start() - 4):m.start()]):
                continue  # (满意度94.0分，目标95.0分，同比提高…: the target stated as such is no base of the change)
            if text[span[0] + m.end():span[0] + m.end() + 1] in "月日号点时" \
                    or not any(abs(said - v) < 1e-9 for v in (info.value, info.previous, earlier, year_ago)
                               if v is not None):
                return None
            if abs(said - info.value) < 1e-9:
                own_said = True
            elif not own_said and span[0] + m.start() >= s_start and not re.search("[比较与从由和跟同][^，,；;。]{0,8}$", head[:m.start()]) \
                    and not re.search(f"(?<![0-9.]){re.escape(format_number(info.value).replace(',', ''))}(?![0-9])",
                                      head[m.end():].replace(",", "")):
                return None
        diff = info.value - earlier
        family, seconds = family_of(n.unit, n.kind)
        own_family, own_seconds = family_of(info.unit, info.kind)
        if diff == 0:
            return None
        if n.kind == "points":
            if info.unit != "%":
                return None
            exact, shown = abs(diff), f"{format_number(info.value)} − {format_number(earlier)}"
        elif n.unit == "%":
            if info.unit == "%":
                return None  # a rate's change in % (see _rate_gap_in_percent)
            exact = abs(diff) / earlier * 100
            shown = f"({format_number(info.value)}{info.unit} − {format_number(earlier)}{info.unit}) ÷ {format_number(earlier)}{info.unit} × 100%"
        elif family == own_family and family in (COUNT, DURATION, SCORE) and (
                family != COUNT or _same_unit(n.unit, info.unit.lstrip("万千亿"))):
            scale = {"万": 1e4, "千": 1e3, "亿": 1e8}.get(info.unit[:1], 1.0) if family == COUNT else 1.0
            exact = abs(diff) * scale * (own_seconds or 1.0) / (seconds or 1.0)
            shown = f"|{format_number(info.value)}{info.unit} − {format_number(earlier)}{info.unit}|"
        else:
            return None
        if move in ("better", "worse"):
            move = "up" if (move == "better") == (info.better != "lower") else "down"
        right_way = move == ("up" if diff > 0 else "down")
        named = "去年同期" if kind == "year_ago" else (self._previous_word or "上期")
        fits = _fits(n, exact, _decimals(n.precision))
        if right_way and fits:
            # (the tracer's own source where it found one: 客户满意度.change = 95.2 − 92.1)
            # (not another subject's number that happens to fit: 热线难打通.share for 同比增长25.0%)
            return found if found.traced and not re.match("(?:事实 )?complaints\\.|(?:事实 )?[^ =]+\\.share", found.source or "") \
                else Trace(True, f"{n.text} = {shown}（{named}{format_number(earlier)}{info.unit}）")
        if fits and not found.traced:
            return None  # the direction is wrong: the tracer's own finding says so
        way = ("增加" if diff > 0 else "减少") if info.unit != "%" else ("提高" if diff > 0 else "下降")
        return Trace(False, None, info.name,
                     f"；句中比的是{named}：“{info.name}”本期{format_number(info.value)}{info.unit}，{named}"
                     f"{format_number(earlier)}{info.unit}，{way}{format_number(round_half_up(exact, 1))}"
                     f"{'个百分点' if n.kind == 'points' else n.unit}，不是{moved[-1].group()}{n.text}")

    def _sibling_group(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """一组来电48000件，接通46080件，接通率96.0% / 二组回访6000人次，满意5640人次。这组满意度是94.0% / 二组满意5640人次，
        满意度96.0% (96.0 is 一组's) / 一组12人，来电48000件。这组的接通率是93.9% (二组's), where the facts' texts name two
        or more parts of the team by a mark and an end (tracing.yaml `sibling_groups`): a rate in a sentence naming one
        part (in the figure's clause, else as the sentence's subject, else 这组 after a sentence naming one) is that part's.
        The quotient of the last two counts stated for it (the part over the whole) traces; a number (or a pair) a fact's
        text gives another part is wrong. None where the facts name no such parts or the sentence names none."""
        words = _words()
        if words.sibling is None or not n.unit or n.high is not None or n.kind in ("multiple", "points"):
            return None
        rate = n.unit == "%" and n.kind == "percent"
        if not rate and (n.unit == "%" or not found.traced or not (found.source or "").startswith("事实 ")):
            # (a count or a score only as a fact's text gives it: 该组上半年处理120000件 where the text gives 120000
            # to 一组 — blind-33)
            return None
        labels = self._sibling_labels()
        if len(labels) < 2:
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        clause = text[max(s_start, cut + 1):n.start]
        scope = s_start

        def subject(at: int, end: int) -> str | None:
            # the part named in the clause (not as a base after 比/较), else the first the sentence names
            own = [m for m in words.sibling.finditer(text, at, end) if not re.search("[比较于][^，,；;。]{0,3}$", text[at:m.start()])]
            return own[0].group().removeprefix("第") if own else None

        group = subject(max(s_start, cut + 1), n.start) or subject(s_start, n.start)
        if group is None and words.sibling_back is not None and words.sibling_back.search(text, s_start, n.start):
            prev = _sentence_before(text, s_start)
            if prev is not None:
                group, scope = subject(prev, s_start), prev
        if group is None or group not in labels:
            return None
        if not rate and len({m.group().removeprefix("第") for m in words.sibling.finditer(text, s_start, sentence[1])}) > 1:
            return None  # (一班、二班共31名, 一组18人、二组17人: a count of a sentence naming several parts is no one part's)
        # The last two counts stated for the part before the figure, in one unit: the part over the whole.
        counts = [f for f in self._sentence_figures(text, (scope, sentence[1]))
                  if scope + f.mention.end <= n.start and f.family == COUNT and f.mention.unit and f.mention.kind == "count"]
        rate_named = re.search("(?:率|度|比例|占比)(?:为|是|达到|达|约|仅|只有|高达|了)*$", clause) is not None \
            or self._name_regex is not None and any(
            self._metrics[k].unit == "%" for m in self._name_regex.finditer(clause)
            for k in self._names.get(m.group(), ()) if k in self._metrics)
        if len(counts) >= 2 and rate_named and rate:
            whole, part = counts[-2], counts[-1]
            if _same_unit(whole.mention.unit, part.mention.unit) and 0 < part.base < whole.base:
                exact = part.base / whole.base * 100
                if _rounds_to(n, exact, _decimals(n.precision)):
                    return Trace(True, f"{n.text} = {part.mention.text} ÷ {whole.mention.text} × 100%（{group}）")
                return Trace(False, None, None, f"；{group}的{part.mention.text} ÷ {whole.mention.text} = "
                                                f"{format_number(round_half_up(exact, 1))}%，不是{n.text}")
        if not found.traced or not found.source:
            return None
        # A number of a fact's text (or a quotient of two) that the text gives another part.
        # (the figure itself, or each number of the quotient: 1900 ÷ 2000 where 2000 is either part's)
        values = [n.value] if found.source.startswith("事实 ") else \
            [float(v.replace(",", "")) for v in re.findall("([0-9][0-9,]*(?:\\.[0-9]+)?)[^ ÷=]* ÷|÷ ([0-9][0-9,]*(?:\\.[0-9]+)?)",
                                                            found.source) for v in v if v]
        owners = [{self._label_of(c.lead) for c in self._text_numbers if c.value == v
                   and ((c.label.endswith("%") if rate else _same_unit(n.unit, c.label))
                        or not found.source.startswith("事实 "))} for v in values]
        others = [o for o in owners if o and None not in o and group not in o]
        if others:
            other = "、".join(sorted(others[0]))
            return Trace(False, None, None, f"；句中说的是{group}，{n.text}（{found.source.removeprefix('事实 ')}）是{other}的")
        if owners and all(o == {group} for o in owners) and "占" not in clause:
            # the part's own number (比甲班94.0%): no other part's figure of the same text makes it wrong (a share after
            # 占 is left to the whole 占…的 names)
            return found
        return None

    def _sibling_sum(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """一组、三组合计处理200000件 where a work line gives 一组120000件、三组80000件: a count said with a word of a sum
        (tracing.yaml `sum`) in a clause naming two or more parts of the team (tracing.yaml `sibling_groups`) is the sum
        of the one number in its unit a fact's text gives each (blind-33). None elsewhere (the figure stays as found)."""
        words = _words()
        if words.sibling is None or words.sum is None or not n.unit or n.unit == "%" or n.high is not None \
                or n.kind in ("multiple", "points", "percent"):
            return None
        labels = self._sibling_labels()
        if len(labels) < 2:
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        clause = text[max(s_start, cut + 1):n.start]
        named = list(dict.fromkeys(m.group().removeprefix("第") for m in words.sibling.finditer(clause)))
        if len(named) < 2 or any(g not in labels for g in named) or not words.sum.search(clause) \
                or re.search("[0-9]", words.sibling.sub("", clause)):
            return None
        # (one fact text that gives each part named one number in the figure's unit: a work line's 一组…处理120000件；
        # 三组…处理80000件, not a problem's 一组人均3000件 beside it)
        for source in dict.fromkeys(c.source for c in self._text_numbers if not c.source.startswith("事实 plans")):
            parts = []
            for g in named:
                values = {c.value for c in self._text_numbers if c.source == source and _same_unit(n.unit, c.label)
                          and self._label_of(c.lead) == g}
                if len(values) != 1:
                    break
                parts.append((g, values.pop()))
            else:
                total = sum(v for _, v in parts)
                if _rounds_to(n, total, _decimals(n.precision)) or _fits(n, total, _decimals(n.precision)):
                    return Trace(True, f"{n.text} = " + " + ".join(f"{g}{format_number(v)}" for g, v in parts)
                                 + f"（{source.removeprefix('事实 ')}）")
        return None

    def _month_run_mean(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """4—6月满意度平均4.6分 where the table's rows hold 4月 4.5, 5月 4.6, 6月 4.7: a mean (平均, 月均) of a run of months
        the sentence names (some of the period's, not all), in the clause of the figure, is the mean of the metric's column
        over those rows; the metric's value for the whole period given there is wrong (blind-33). None elsewhere."""
        key = "metric:" + source.removeprefix("事实 ").removesuffix(".value")
        rows = self._columns.get(key)
        if not rows or n.high is not None or n.kind in ("multiple", "percent", "points"):
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        clause = text[max(s_start, cut + 1):n.start]
        m = re.search("(?<![0-9])([0-9]{1,2})(?:月份?)?(?:—|–|-|~|～|至|到)([0-9]{1,2})月份?", clause)
        if m is None or not re.search("平均|月均", clause[m.end():]) or re.search("[0-9]", clause[m.end():]):
            return None
        first, last = int(m.group(1)), int(m.group(2))
        months = set(range(first, last + 1))
        if last <= first or not months < set(self._period_months):
            return None
        cells = [c for c in rows if c.month[5:7].isdigit() and int(c.month[5:7]) in months]
        if len(cells) != len(months):
            return None
        mean = sum(c.value for c in cells) / len(cells)
        if _rounds_to(n, mean, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {cells[0].label}至{cells[-1].label}平均")
        return Trace(False, None, None, f"；{m.group()}的平均是{format_number(round_half_up(mean, 2))}，"
                                        f"{n.text}是全期的数（{source.removeprefix('事实 ')}）")

    def _sibling_gap(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """二组接通率93.9%，比全中心95.0%低1.1个百分点 / 二组来电42000件，接通39420件。二组接通率比全中心低1.1个百分点 /
        比一组96.0%低2.1个百分点, where the facts' texts name two or more parts of the team (tracing.yaml
        `sibling_groups`): a point gap of the part the sentence names against a base after 比/较 that is the whole team
        (`whole_team`: 全中心, 全组 …: the metric's value) or another part (its rate in a fact's text) is the part's rate
        (stated in the sentence, else given it by a fact's text) less that base. None elsewhere."""
        words = _words()
        if words.sibling is None or n.kind != "points" or n.high is not None or self._name_regex is None:
            return None
        labels = self._sibling_labels()
        if len(labels) < 2:
            return None
        s_start = sentence[0]
        head = text[s_start:n.start]
        than = max(head.rfind("比"), head.rfind("较"))
        if than < 0 or re.search("[，,；;]", head[than:]):
            return None
        subject = [m.group().removeprefix("第") for m in words.sibling.finditer(head, 0, than)]
        if len(set(subject)) != 1:
            return None
        group = subject[0]
        keys = {k for m in self._name_regex.finditer(head) for k in self._names.get(m.group(), ())
                if k in self._metrics and self._metrics[k].unit == "%"}
        if len(keys) != 1:
            return None
        info = self._metrics[next(iter(keys))]
        if info.value is None:
            return None
        base_said = head[than + 1:]
        stated = re.search("([0-9]+(?:\\.[0-9]+)?)%", base_said)
        other = words.sibling.search(base_said)
        if other is not None:
            name = other.group().removeprefix("第")
            if name == group or name not in labels:
                return None
            base = float(stated.group(1)) if stated else self._sibling_rate(name, info)
            shown = f"{name}{format_number(base)}%" if base is not None else ""
        elif words.whole_team is not None and words.whole_team.match(base_said):
            base = float(stated.group(1)) if stated else info.value
            shown = f"{words.whole_team.match(base_said).group()}{format_number(base)}%"
        else:
            return None
        own = re.search("([0-9]+(?:\\.[0-9]+)?)%", head[:than])
        part = float(own.group(1)) if own else self._sibling_rate(group, info)
        if base is None or part is None:
            return None
        exact = abs(part - base)
        if _fits(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = |{group}{format_number(part)}% − {shown}|")
        return Trace(False, None, info.name, f"；{group}的“{info.name}”{format_number(part)}%，{shown}，相差"
                                             f"{format_number(round_half_up(exact, 1))}个百分点，不是{n.text}")

    def _sibling_rate(self, group: str, info: MetricInfo) -> float | None:
        """The rate a fact's text gives one part of the team for a metric (二组接通率93.9%), if exactly one."""
        values = {c.value for c in self._text_numbers if c.label.endswith("%") and self._label_of(c.lead) == group
                  and info.name in re.split("[；;。]", c.lead)[-1]
                  and not c.source.startswith("事实 plans")}  # (a plan's aim for the part is no rate of it)
        return values.pop() if len(values) == 1 else None

    def _span_row(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """11月15日至21日这一周工单2900件 / 11月15日至21日这一周工单最多，共2900件。这一周一次解决率为80.0%, where the
        table's rows are runs of days (11月15日至21日): the run the figure's sentence names (or 这一周 after a sentence
        naming one: tracing.yaml `row_back` week) is that row, so a count it holds traces and a rate is the quotient of
        two of its columns (2320 ÷ 2900); another rate said of it is wrong. None where the rows are no runs of days, the
        sentence names none, or it leaves a day out (除17日外: the rest of the run)."""
        spans = self._span_rows()
        if not spans or n.high is not None or n.kind == "multiple":
            return None
        s_start = sentence[0]
        head = text[s_start:n.start]
        said = list(_SPAN_SAID.finditer(head))
        back = _words().row_back.get("week")
        span_back = _words().span_back
        if not said and (back is not None and back.search(head) or span_back is not None and span_back.search(head)):
            # (这一周, or 这段时间 of the run the sentence before names: 23日至30日共8天。这段时间日均接通…)
            prev = _sentence_before(text, s_start)
            if prev is not None:
                head = text[prev:n.start]
                said = list(_SPAN_SAID.finditer(head))
        if not said and len(self._period_months) == 1 and re.search("上半月|前半月|下半月|后半月", head) \
                and self._period_last_day:
            # 开栓前的上半月来电4800件: in a month's report the first half is its 1st to 15th, the second the rest
            # (blind-33)
            head = re.sub("上半月|前半月", "1日至15日", head)
            head = re.sub("下半月|后半月", f"16日至{self._period_last_day}日", head)
            said = list(_SPAN_SAID.finditer(head))
        if len(said) != 1 or re.search("除|不算|不含|其余|其他|另外|扣除|去掉", head) or "比" in head[said[0].end():]:
            return None
        m = said[0]
        month, first, last = (int(m.group(1)) if m.group(1) else None), int(m.group(2)), int(m.group(3))
        rows = [r for r, (mo, a, b) in spans.items() if a == first and b == last and (month is None or month == mo)]
        if len(rows) != 1:
            return None
        row = rows[0]
        cells = {c.source: c for items in self._columns.values() for c in items if c.month == row}
        if n.unit != "%":
            hit = next((c for c in cells.values() if c.value == n.value and _same_unit(n.unit, c.label)), None)
            if hit is not None:
                return Trace(True, hit.source)
            per = _words().per_day_mean
            if per is None or n.kind != "count" or not per.search(text, max(s_start, n.start - 8), n.start):
                # 上半月来电19200件 where the run's row holds 4800: a count right after the words of one of its columns
                own = [c for c in cells.values() if _same_unit(n.unit, c.label)]
                tail = head[m.end():]
                named = [c for c in own if re.search(f"(?:{re.escape(c.source.rsplit('.', 1)[-1])}|"
                                                     f"{re.escape(c.source.rsplit('.', 1)[-1][:-1])})(?:为|是|达|共|有)?$", tail)
                         and len(c.source.rsplit(".", 1)[-1]) > 2 and not re.search("[0-9]", tail)]
                if len(named) == 1 and n.kind == "count" and not n.approximate:
                    c = named[0]
                    return Trace(False, None, None, f"；{m.group()}的{c.source.rsplit('.', 1)[-1]}是{c.label}"
                                                    f"（{c.source.removeprefix('事实 ')}），不是{n.text}")
                return None
            # 16日至22日日均来电1600件 / 这段时间日均接通922件: a mean per day of the run is a column of its row over
            # its days (the column the words after the run name, else any in the figure's unit) (blind-33)
            days = last - first + 1
            after = head[m.end():]
            own = [c for c in cells.values() if _same_unit(n.unit, c.label)]
            named = [c for c in own if (col := c.source.rsplit(".", 1)[-1]) in after
                     or len(col) > 2 and col.endswith(("量", "数")) and col[:-1] in after]
            for c in named or own:
                if _rounds_to(n, c.value / days, _decimals(n.precision)):
                    return Trace(True, f"{n.text} = {c.label} ÷ {days}天（{m.group()}，{c.source.removeprefix('事实 ')}）")
            if len(named) == 1:
                c = named[0]
                return Trace(False, None, None, f"；{m.group()}共{days}天，{c.label} ÷ {days}天 = "
                                                f"{format_number(round_half_up(c.value / days, 1))}{n.unit}，不是{n.text}")
            return None
        if n.kind != "percent" or not re.search("率|比例|占比", head[m.end():]):
            return None
        pairs = [(p, w) for p in cells.values() for w in cells.values() if p is not w and 0 < p.value < w.value
                 and _unit_tail(p.label) == _unit_tail(w.label)]
        for part, whole in pairs:
            if _rounds_to(n, part.value / whole.value * 100, _decimals(n.precision)):
                return Trace(True, f"{n.text} = {part.label} ÷ {whole.label} × 100%")
        if len(pairs) == 1:
            part, whole = pairs[0]
            return Trace(False, None, None, f"；{part.label} ÷ {whole.label} = "
                                            f"{format_number(round_half_up(part.value / whole.value * 100, 1))}%，不是{n.text}")
        return None

    def _span_rows(self) -> dict[str, tuple[int, int, int]]:
        """The table's rows when every one is a run of days (11月15日至21日): month, first and last day."""
        if self._span_memo is not None:
            return self._span_memo
        self._span_memo = {}
        spans = {}
        for row in self._table_rows:
            m = _SPAN_SAID.fullmatch(row)
            if m is None or m.group(1) is None:
                return {}
            spans[row] = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
        self._span_memo = spans
        return spans

    def _share_of_full_mark(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """满意度从4.5分提高到4.6分，达到满分的92.0%: a percent of the full mark (tracing.yaml `full_mark`) is the score the
        sentence states last before it (else the named score metric's value) over the metric's scale. None where the
        sentence names no score metric with a scale."""
        words = _words()
        head = text[sentence[0]:n.start]
        if words.full_mark is None or not re.search(f"(?:{words.full_mark.pattern})(?:[（(]?[0-9.]+分[）)]?)?的(?:约|近)?$", head) \
                or self._name_regex is None:
            return None
        keys = {k for m in self._name_regex.finditer(head) for k in self._names.get(m.group(), ())
                if k in self._metrics and self._metrics[k].scale}
        if len(keys) != 1:
            return None
        info = self._metrics[next(iter(keys))]
        said = [m for m in re.finditer("([0-9]+(?:\\.[0-9]+)?)分(?![钟之])", head)
                if not re.search(f"(?:{words.full_mark.pattern})[（(]?(?:为|是)?$", head[:m.start()])]  # (满分（5分）: the scale)
        score = float(said[-1].group(1)) if said else info.value
        if score is None or not info.scale:
            return None
        exact = score / info.scale * 100
        shown = f"{format_number(score)}分 ÷ 满分{format_number(info.scale)}分"
        if _rounds_to(n, exact, _decimals(n.precision)) or _fits(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {shown} × 100%")
        return Trace(False, None, info.name, f"；{shown} = {format_number(round_half_up(exact, 1))}%，不是{n.text}")

    def _gap_to_named_target(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """满意度95.0%，比目标低1.0个百分点 where the target is 95.0: a point gap after 比目标 (or 较目标) is the rate the
        sentence states before it (else the named metric's value) against the target (stated after 目标, else the
        facts'): a gap of another pair (a problem's 95.0 − 94.0) is wrong. None where the sentence names not one rate
        metric with a target."""
        words = _words()
        if n.kind != "points" or n.high is not None or self._name_regex is None:
            return None
        cut = _last_mark(text, "；;。", sentence[0], n.start)
        head = text[max(sentence[0], cut + 1):n.start]
        said = re.search("[比较](?:考核|全年|季度|月度)?目标(?:值)?(?:的)?(?:([0-9]+(?:\\.[0-9]+)?)%)?[^，,；;。0-9]{0,3}$", head)
        if said is None or self._planned(text, sentence[0], n.start):
            return None
        keys = {k for m in self._name_regex.finditer(head[:said.start()]) for k in self._names.get(m.group(), ())
                if k in self._metrics and self._metrics[k].unit == "%" and self._metrics[k].target is not None}
        if len(keys) != 1:
            return None
        info = self._metrics[next(iter(keys))]
        own = re.findall("([0-9]+(?:\\.[0-9]+)?)%", head[:said.start()])
        if len(own) > 1 or info.value is None:
            return None
        value = float(own[0]) if own else info.value
        target = float(said.group(1)) if said.group(1) else info.target
        exact = abs(value - target)
        moved = list(words.moves.finditer(head, said.start())) if words.moves is not None else []
        move = words.move_of.get(moved[-1].group()) if moved else None
        if move in ("better", "worse"):
            move = "up" if (move == "better") == (info.better != "lower") else "down"
        if move in ("up", "down") and value != target and (value > target) != (move == "up"):
            return None if not found.traced else Trace(
                False, None, info.name, f"；“{info.name}”{format_number(value)}%，目标{format_number(target)}%，"
                                        f"是{'高于' if value > target else '低于'}目标，与“{moved[-1].group()}”不符")
        if _fits(n, exact, _decimals(n.precision)):
            return found if found.traced else Trace(True, f"{n.text} = |{format_number(value)}% − 目标{format_number(target)}%|")
        return Trace(False, None, info.name, f"；“{info.name}”{format_number(value)}%，目标{format_number(target)}%，"
                                             f"相差{format_number(round_half_up(exact, 1))}个百分点，不是{n.text}")

    def _sibling_labels(self) -> frozenset[str]:
        """The parts of the team the facts' texts name by a mark and an end (一组, 二组)."""
        words = _words()
        if words.sibling is None:
            return frozenset()
        return frozenset(m.group().removeprefix("第") for c in self._text_numbers
                         for m in words.sibling.finditer(c.lead))

    @staticmethod
    def _label_of(lead: str) -> str | None:
        """The part a fact text's number is given for: the last one named in its clause, else in its lead."""
        words = _words()
        clause = re.split("[，,；;。]", lead)[-1]
        found = list(words.sibling.finditer(clause)) or list(words.sibling.finditer(lead))
        return found[-1].group().removeprefix("第") if found else None

    def _year_ago_noted(self, key: str, info: MetricInfo) -> float | None:
        """The metric's value for the year before, as its note (or the complaints' notes) states it: 去年三季度72000件,
        去年同期93.0% (the number right after a clause naming the year before and nothing else)."""
        pattern = re.compile("(?:去年|上年|前一年)(?:同期|第?(?P<q>[一二三四1-4])季度|(?P<m>[0-9]{1,2})月|[上下]半年|全年)?"
                             "(?:为|是|共|达|约)?")

        def same_span(lead: str) -> bool:
            """The same span a year before: 去年三季度 in a third quarter's report, never 去年四季度."""
            m = pattern.fullmatch(lead)
            if m is None:
                return False
            if m.group("q"):
                q = "一二三四".find(m.group("q")) + 1 or int(m.group("q"))
                return self._period_months == frozenset(range(3 * q - 2, 3 * q + 1))
            return not m.group("m") or int(m.group("m")) in self._period_months

        where = f"事实 metrics[{list(self._metrics).index(key)}].note" if key.startswith("metric:") else \
            ("事实 complaints.notes" if key == "complaints" else None)
        if where is None:
            return None
        values = {c.value for c in self._text_numbers
                  if (c.source == where or c.source.startswith(where + "[")) and _same_unit(info.unit, c.label)
                  for lead in [re.split("[，,；;。（）()]", c.lead)[-1]]
                  if same_span(lead.strip())}
        values |= {value for name, value, _, lead in self._note_rates if name == info.name and info.unit == "%"
                   for lead in [re.split("[，,；;。（）()]", lead)[-1]] if same_span(lead.strip())}
        return values.pop() if len(values) == 1 else None

    def _rest_as_whole(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """全年接听来电180100通 where the note says 含…转入的来电6300通: the value less a part its note counts
        in it, given with no word that takes the part out (扣除, 剔除, 不含…), as the period's value: wrong
        (the period's value holds the part). None where the sentence takes a part out or names it."""
        words = _words()
        s_start = sentence[0]
        if words.deducted is not None and words.deducted.search(text, s_start, sentence[1]):
            return None
        for info in self._metrics.values():
            if info.value is None or not info.unit or not _same_unit(n.unit, info.unit):
                continue
            for c in self._note_parts.get(info.name, ()):
                if c.family != COUNT or not _same_unit(info.unit, c.label) or not 0 < c.value < info.value:
                    continue
                if n.value != info.value - c.value or (len(c.context) >= 3 and c.context in text[s_start:sentence[1]]):
                    continue
                return Trace(False, None, info.name,
                             f"；“{info.name}”为{format_number(info.value)}{info.unit}（{c.source.removeprefix('事实 ')}："
                             f"含{c.label}），{n.text}是不含这部分的数，句中没有说扣除")
        return None

    def _plan_start(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """计划把郊区平均到场时长从38分钟压到30分钟以内: the start of a plan's from→to for a metric only a plan
        names (no value of its own) is its level now, which a fact's text gives by the name's head (郊区平均
        38分钟 of a note): that text's number, never another subject's. None elsewhere."""
        if text[max(sentence[0], n.start - 1):n.start] not in ("从", "由") \
                or not re.match("[^，。；,;0-9]{0,6}(?:至|到)", text[n.end:n.end + 8]):
            return None
        head = text[sentence[0]:n.start]
        for key, subject in self.subjects.items():
            if not key.startswith("plan_metric:") or subject.name not in head or len(subject.name) < 4:
                continue
            part = subject.name[:2]
            quote = next((c for c in self._text_numbers if c.value == n.value and _same_unit(n.unit, c.label)
                          and part in _CLAUSE_CUT.split(c.lead)[-1]), None)
            if quote is not None:
                return Trace(True, quote.source)
        return None

    def _text_told_otherwise(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> str | None:
        """日均来电6240通 where the case says 5天来电6240通 / 每班坐席增加了8人 where it says 由每班5人增加到每班
        8人: a number of the facts' text quoted as a mean (a word of tracing.yaml `per` in its clause) where
        the text gives no mean, or as the amount of a change where the text gives the change's end, is
        another figure (the total over its span, the end less the start): wrong. None elsewhere."""
        words = _words()
        # (every text that gives the number: one of them may give it the sentence's way)
        same = [c for c in self._text_numbers if c.value == n.value and _same_unit(n.unit, c.label)]
        own = [c for c in same if c.source == source]
        if len(own) != 1:
            return None
        c = own[0]
        s_start = sentence[0]
        cut = _last_mark(text, "，,、；;：:", s_start, n.start)
        said_before = text[max(s_start, cut + 1):n.start]
        theirs = _CLAUSE_CUT.split(c.lead)[-1]
        per = next((m for m in words.per.finditer(said_before) if words.per_unit[m.group()] != "人"), None)
        if per is not None and not any(words.per.search(x.lead[-12:]) or words.mean.search(_CLAUSE_CUT.split(x.lead)[-1])
                                       for x in same):
            return f"；{source.removeprefix('事实 ')}中{c.label}是“{theirs}{c.label}”，不是{per.group()}"
        if _is_amount(text, n) and all(_FROM_TO_END.search(x.lead) for x in same):
            from cswriter.text.numbers import find_numbers

            start = next((m for m in reversed(find_numbers(theirs)) if m.unit and _same_unit(m.unit, c.label)), None)
            shown = f"{c.label} − {start.text} = {format_number(c.value - start.value)}{n.unit}，" if start else ""
            return f"；{source.removeprefix('事实 ')}中{c.label}是变化后的数（{theirs}{c.label}），{shown}{n.text}不是变化的量"
        return None

    def _short_against_whole(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """去年下半年全年接听15600件，今年下半年截至11月底14400件，同比下降7.7% where the data stop at 11月30日: a
        change of the period's count (five months of data) against a count the sentence names for a whole half or
        year (上半年, 去年下半年全年: six months) compares spans of different lengths: wrong. None where the base
        is named for the same months (去年7–11月, 去年同期) or the change is of other figures."""
        m = re.search("= \\((.+?) − (.+?)\\) ÷ (.+?) × 100%", source)
        if m is None:
            return None
        base_text = m.group(3)
        s_start = sentence[0]
        figs = {f.mention.text: f for f in self._sentence_figures(text, sentence)}
        base = figs.get(base_text)
        other = figs.get(m.group(1) if m.group(2) == base_text else m.group(2))
        if base is None or other is None or base.family != COUNT:
            return None
        if not any(info.value == other.base and info.kind != "rate" for info in self._metrics.values()):
            return None  # the other end is no period's value
        cut = _last_mark(text, "，,；;。", s_start, s_start + base.mention.start) + 1
        head = text[max(s_start, cut):s_start + base.mention.start]
        if not _WHOLE_SPAN.search(head) or _PART_SPAN.search(head):
            return None
        months = int(self._per.get("月", 0))
        return Trace(False, None, None, f"；本期数据只有{months}个月，{base.mention.text}是“{_WHOLE_SPAN.search(head).group()}”"
                                        f"整段的数，{n.text}拿{months}个月和整段比，长短不同，不可比")

    def _per_scale_of_said_pair(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """9月接听3300件，期间投诉11件，每千件接听约3.3件投诉: a rate per thousand (per 万, per hundred) right before
        its figure, after a whole and a part the sentence states (a month's or a week's count, which the period's
        value is not), is the part over the whole times the scale. None where it is not."""
        m = _PER_SCALE.search(text, max(sentence[0], n.start - 12), n.start)
        if m is None:
            return None
        s_start = sentence[0]
        counts = [f for f in self._sentence_figures(text, sentence)
                  if f.family == COUNT and f.mention.unit and f.base and s_start + f.mention.end <= m.start()]
        if len(counts) != 2:
            return None
        part, whole = sorted(counts, key=lambda f: f.base)
        scale = {"百": 100, "千": 1000, "万": 10000, "十万": 100000}[m.group(1)]
        exact = part.base / whole.base * scale
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {part.mention.text} ÷ {whole.mention.text} × {scale}")
        return None

    def _bound_of_said_pair(self, text: str, n: NumberMention, sentence: tuple[int, int],
                            found: Trace) -> Trace | None:
        """3000个会话中一次解决2340个，一次解决率已在八成以上 / 参评960个，参评会话超过三分之一: a bounded fraction
        (以上, 超过, 不到, 近) after a whole and a part the sentence states in one unit, before it in its own or the
        clause just before, and no other count of that unit, is the part over the whole: within the bound it
        traces, outside it is wrong, whatever other fact a fraction of that size happens to fit (a plan's 82%, a
        case's 20 ÷ 50). None where the sentence states no such pair."""
        s_start = sentence[0]
        counts = [f for f in self._sentence_figures(text, sentence)
                  if f.family == COUNT and f.mention.unit and not f.mention.approximate and f.mention.high is None
                  and s_start + f.mention.end <= n.start]
        if len(counts) != 2 or not _same_unit(counts[0].mention.unit, counts[1].mention.unit) or not counts[0].base \
                or not counts[1].base:
            return None
        if "占" in text[s_start + counts[1].mention.end:n.start] or _compares(text[s_start + counts[0].mention.end:n.start]):
            return None  # 占全部…的: a whole the words name; 减少了近三成, 比…: a change, not the pair's share
        first_cut = _last_mark(text, "，,；;", s_start, s_start + counts[0].mention.start) + 1
        clauses = text[max(s_start, first_cut):n.start]
        if len(re.findall("[，,；;]", clauses)) > 1:
            return None  # the pair and the fraction in one clause group: the whole's clause and the next
        part, whole = sorted(counts, key=lambda f: f.base)
        exact = part.base / whole.base * 100
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {part.mention.text} ÷ {whole.mention.text} × 100%")
        return Trace(False, None, None, f"；句中{part.mention.text} ÷ {whole.mention.text} = "
                                        f"{format_number(round_half_up(exact, 1), 1)}%，不是{n.text}")

    def _rate_named(self, text: str, start: int, end: int) -> bool:
        """Does text[start:end] name a metric in % (维修跟进满意度, whose name has no 率)?"""
        if self._name_regex is None:
            return False
        return any(key in self._metrics and self._metrics[key].unit == "%"
                   for m in self._name_regex.finditer(text, start, end) for key in self._names.get(m.group(), ()))

    def _year_so_far(self, key: str) -> bool:
        """Do the facts give the year's count so far for the metric `key` (a late half's note: 全年累计…, or
        上半年… with the half's own)? Then the half's own count over the year's target is no progress."""
        return any(".year_to_date" in c.source for c in self._all.items.get(COUNT, ()) if key in c.subjects[:1])

    def _rest_days_mean(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """18日来电2400件。除去这一天，其余29天日均约745件 / 当天来电2400件，是其余29天日均的3.2倍: a mean per day of
        the rest of the period's days (tracing.yaml `rest_days`: 其余29天, 另外6天) after a count the sentence (or the
        sentence before, within its line) states for the day left out is the period's value of the one metric in
        that count's unit less the count, over those days; the multiple is the count over that mean. The period's
        own mean (24000 ÷ 30) or the whole over the rest's days is wrong. None where no such words, no such count
        or not one metric."""
        rest = _words().rest_days
        if rest is None:
            return None
        m = _last_match(rest, text, sentence[0], n.start)
        if m is None:
            return None
        tail = text[m.end():n.start]
        # The mean itself right after its word (日均约745件), or the multiple of it (日均的3.2倍), not a
        # difference from it (比其余28天的日均多885通).
        end = "的(?:约|近)?" if n.kind == "multiple" else "(?:[约近为是达只有仅才]{0,3})"
        counted = "|".join(map(re.escape, _words().mean_counted))
        if not re.fullmatch(f"[^，,；;。0-9比较]{{0,4}}?(?:日均|平均每天|平均每日|每天平均)(?:{counted})?(?:量|数)?{end}", tail):
            return None
        days = int(m.group("days"))
        if days + 1 != self._per.get("天", 0):
            return None  # (10月其余24天 in a quarter: the rest of a row, or of more than one day left out)
        prev = _sentence_before(text, sentence[0])
        said = [(f, sentence[0]) for f in self._sentence_figures(text, sentence) if sentence[0] + f.mention.end <= m.start()]
        if prev is not None:
            said = [(f, prev) for f in self._sentence_figures(text, (prev, sentence[0]))] + said
        counts = [(f, at) for f, at in said if f.family == COUNT and f.mention.unit and f.mention.kind == "count"
                  and f.mention.text[:1].isdigit() and (n.kind == "multiple" or _same_unit(n.unit, f.mention.unit))]
        if not counts and days >= 2 and n.kind != "multiple":
            # 去掉11月11日，其余29天日均进线约763通 where a metric's note gives that day's count (当天来电4860通): the
            # day left out is named, its count is the note's.
            noted = self._noted_day_count(text[sentence[0]:m.start()], n.unit)
            if noted is not None:
                counts = [noted]
        if not counts or days < 2:
            return None
        part, part_at = counts[-1][0], counts[-1][1] + counts[-1][0].mention.start
        wholes = [info for info in self._metrics.values() if info.value is not None and info.unit
                  and family_of(info.unit, info.kind)[0] == COUNT and _same_unit(part.mention.unit, info.unit)
                  and info.value > part.base]
        # 17日当天900件 beside 咨询工单量 and 退款工单量: the one metric whose note gives the day's count.
        noted = [info for info in wholes if any(c.value == part.base for c in self._note_parts.get(info.name, ()))]
        if len(wholes) > 1 and len(noted) == 1:
            wholes = noted
        if len(wholes) > 1:
            # 当天来电1240件 beside 报修来电量 and 回访量: the metric whose name the part's clause shares words with.
            head = text[_last_mark(text, "，,；;。\n", 0, part_at) + 1:part_at]
            wholes = [info for info in wholes
                      if any(info.name[i:i + 2] in head for i in range(len(info.name) - 1) if info.name[i:i + 2] != "数量")]
        if len(wholes) != 1:
            return None
        info = wholes[0]
        mean = (info.value - part.base) / days
        if mean <= 0:
            return None
        exact = part.base / mean if n.kind == "multiple" else mean
        decimals = _decimals(n.precision)
        how = (f"（本期{format_number(info.value)}{info.unit} − {part.mention.text}） ÷ {days}天")
        if _rounds_to(n, exact, decimals) or n.approximate and abs(exact - n.value) <= max(1.0, 0.02 * exact):
            shown = f"{part.mention.text} ÷ [{how}]" if n.kind == "multiple" else how
            return Trace(True, f"{n.text} = {shown}")
        shown = f"{part.mention.text} ÷ [{how}] = {format_number(round_half_up(exact, 1))}倍" if n.kind == "multiple" \
            else f"{how} = {format_number(round_half_up(exact, 1))}{info.unit}"
        return Trace(False, None, info.name, f"；{m.group()}是除去{part.mention.text}后的天数，{shown}，不是{n.text}")

    def _noted_day_count(self, said: str, unit: str | None) -> tuple[SimpleNamespace, int] | None:
        """(the count, -1) a metric's note gives the one day `said` names (11月11日, or 11日 in the period's month) in
        `unit` (当天来电4860通), read as a stated figure of a sentence; None where `said` names not one day, or no one
        note gives that day such a count."""
        days = re.findall("(?<![0-9])(?:([0-9]{1,2})月)?([0-9]{1,2})[日号](?![0-9])", said)
        if len(days) != 1 or not unit:
            return None
        month, day = days[0]
        if not month and len(self._period_months) != 1:
            return None
        month = month or str(next(iter(self._period_months)))
        found = [c for info in self._metrics.values() if info.unit and _same_unit(info.unit, unit)
                 for c in self._note_parts.get(info.name, ())
                 if c.label.endswith(unit) and re.search(f"(?<![0-9]){month}月{day}[日号]", c.lead)]
        if len({c.value for c in found}) != 1:
            return None
        c = found[0]
        mention = SimpleNamespace(text=c.label, unit=unit, kind="count", start=0, end=0)
        return SimpleNamespace(mention=mention, base=c.value, family=COUNT), -1

    def _mean_over_said_days(self, text: str, n: NumberMention, sentence: tuple[int, int],
                             found: Trace) -> Trace | None:
        """7–11月共104个交易日，按交易日计算，日均接听138.5件: a mean per day (日均, 平均每天) in a sentence that
        states one count of days before it (104个交易日, 上岗24天, 22个工作日) is over those days: a count of the
        sentence, or of a metric in the figure's unit, over them traces; the same count over the period's
        (or the data's) calendar days there is wrong. None where no such mean or not one count of days."""
        per = self._per_unit(text[max(sentence[0], n.start - 12):n.start])
        if per != "天":
            return None
        from cswriter.text.numbers import find_numbers

        back = _words().span_back
        if back is not None and back.match(text, sentence[0]) and not re.search("[0-9０-９]", text[sentence[0]:n.start]):
            # 其余29天工单8100件。这段时间日均约279件: the days and the count of the sentence before.
            prev = _sentence_before(text, sentence[0])
            if prev is not None:
                sentence = (prev, sentence[1])
        head = text[sentence[0]:n.start]
        days = [d for d in find_numbers(head) if d.kind == "duration" and d.unit in ("天", "工作日", "交易日")
                and d.high is None and not d.approximate and d.value > 1
                # (除17日外的6天: 17日 is the day left out, a date)
                and not (d.text.endswith("日") and re.search("(?:除|除了|除去|去掉|不算|不含|扣除)$", head[:d.start]))]
        if not days:
            # 开通半个月来电3000件，日均200件: half a month is 15 days.
            days = [d._replace(value=15.0, unit="天") for d in find_numbers(head)
                    if d.kind == "duration" and d.unit == "个月" and d.value == 0.5 and d.text in ("半个月", "半月")]
        if not days and self._grain != "week":
            # 上线第一周补同义词1500个，平均每天约214个: one week named (not the report's own, not a table's row of weeks)
            # is 7 days.
            week = [m for m in re.finditer("(?:第[一1]|首|头一)周", head)]
            counted = [x for x in find_numbers(head[week[0].end():]) if x.kind == "count" and x.unit
                       and _same_unit(n.unit, x.unit)] if len(week) == 1 else []
            if len(week) == 1 and counted:  # (and the week's count said after it: 补同义词1500个)
                from cswriter.text.numbers import NumberMention
                m = week[0]
                days = [NumberMention(m.start(), m.end(), f"{m.group()}（7天）", 7.0, None, "天", "duration", False, 1.0)]
        worked = self._per.get("出勤日")
        said = _words().per.search(text, max(sentence[0], n.start - 12), n.start)
        frame = _words().worked_frame
        if worked and said is not None and not days and (said.group() in _words().per_worked
                                                         or frame is not None and frame.search(head)):
            # (按出勤日计，日均接待…: a mean per day framed as per day worked)
            # 平均每个出勤日一次解决280次 (出勤6天 in the sentence before, or only in the facts): over the
            # days the facts count worked, the count the sentence states or a count of the facts.
            return self._mean_over_worked_days(text, n, sentence, found, worked)
        if len(days) != 1:
            return None
        between = text[sentence[0] + days[0].end:n.start]
        per_at = max((m.end() for m in _words().per.finditer(text, max(sentence[0], n.start - 12), n.start)), default=-1)
        if re.search("[0-9０-９]", text[per_at:n.start]) or _OTHER_SPAN.search(between):
            # …从日均30多单降到2单 (the mean is the other number's), …共5天…约为上半年日均（324次）的: a mean
            # of another span than the days the sentence counts.
            return None
        d = days[0].value
        decimals = _decimals(n.precision)
        span = _DAYS_FROM_TO.search(head, 0, days[0].start)
        said_by = days[0].unit == "天" and re.search("按(?:照)?[^，,；;。0-9]{0,4}$", head[:days[0].start]) is not None
        by_at = head.rfind("按", 0, days[0].start)
        if span is not None and said_by and _words().whole_period.search(head, span.end(), by_at):
            # (王磊11月16日至22日休假，全月接通1950通，按出勤23天算: the count divided is the whole period's, the span
            # another clause's — a leave — not the days divided by; not 按本月30天, the frame's own words)
            span = None
        if span is not None and said_by:
            first, last = int(span.group(2)), int(span.group(4))
            same_month = span.group(3) is None or span.group(1) is None or span.group(3) == span.group(1)
            if same_month and last > first and last - first + 1 != d:
                # 13日至16日…按3天算日均840单: the days the writer divides by (按…天) are not the span the
                # sentence names (working days, 10个工作日, and days of another clause, 出勤11天, are left alone).
                return Trace(False, None, None, f"；{span.group()}是{last - first + 1}天，不是{days[0].text}，"
                                                f"日均要按{last - first + 1}天算")
        # The count the sentence states last before the mean (…送达了152单，平均每天…), else a metric's value
        # in the figure's unit (…按交易日计算，日均接听138.5件: the period's calls).
        totals = [(f.base, f.mention.text) for f in self._sentence_figures(text, sentence)
                  if f.family == COUNT and f.mention.unit and _same_unit(n.unit, f.mention.unit)
                  and sentence[0] + f.mention.end <= n.start][-1:]
        if not totals:
            totals = [(info.value, f"本期{format_number(info.value)}{info.unit}") for info in self._metrics.values()
                      if info.value and info.unit and _same_unit(n.unit, info.unit) and info.kind != "rate"]
        for value, label in totals:
            if _rounds_to(n, value / d, decimals):
                return Trace(True, f"{n.text} = {label} ÷ {days[0].text}")
        other = re.search("÷ ([0-9]+)天", found.source or "") if found.traced else None
        if other is not None and float(other.group(1)) != d:
            return Trace(False, None, None, f"；句中按{days[0].text}计算日均，{n.text}是按{other.group(1)}天算的"
                                            f"（{found.source}）")
        return None

    def _mean_over_worked_days(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace,
                               worked: float) -> Trace | None:
        """平均每个出勤日一次解决280次 where the facts count the days worked (出勤6天 of a week, a table of its 7
        days): the count the sentence states last before the mean, else a count of the facts in the figure's
        unit (a metric's value, a rate's basis, a table column's total), over those days; the same mean over
        the calendar days or the table's rows is wrong."""
        decimals = _decimals(n.precision)
        totals = [(f.base, f.mention.text) for f in self._sentence_figures(text, sentence)
                  if f.family == COUNT and f.mention.unit and _same_unit(n.unit, f.mention.unit)
                  and sentence[0] + f.mention.end <= n.start][-1:]
        if not totals:
            totals = [(info.value, f"本期{format_number(info.value)}{info.unit}") for info in self._metrics.values()
                      if info.value and info.unit and _same_unit(n.unit, info.unit) and info.kind != "rate"]
            totals += [(c.value, f"{c.label}（{c.source}）") for c in self._all.items.get(PLAIN, ())
                       if c.role == "basis" and not c.row and c.value > 0]
            for rows in self._columns.values():
                if rows and _same_unit(n.unit, rows[0].label):
                    totals.append((sum(c.base for c in rows), "表中合计"))
        for value, label in totals:
            if _rounds_to(n, value / worked, decimals):
                return Trace(True, f"{n.text} = {label} ÷ {format_number(worked)}天（出勤）")
        other = re.search("÷ ([0-9]+)(?:天|个月)", found.source or "") if found.traced else None
        if found.traced and (other is None or float(other.group(1)) != worked):
            return Trace(False, None, None, f"；句中是每个出勤日的平均，要按出勤{format_number(worked)}天算，"
                                            f"{n.text}不是（{found.source}）")
        return None

    def _rate_gap_in_percent(self, text: str, n: NumberMention, source: str) -> Trace | None:
        """一次解决率目标86.0%，实际85.0%，差1.2% / 比整体的85.0%低15.3%: a percent right after a word of a gap
        (tracing.yaml `rate_gap`) whose only reading is the relative difference of two rates ((86 − 85) ÷ 85)
        is the gap written in % where points are due: wrong, with the points. None where the clause says the
        difference is relative (相对, 幅度) or the figure is read otherwise."""
        words = _words()
        m = _RELATIVE_OF_RATES.search(source)
        if m is None or words.rate_gap is None:
            return None
        cut = _last_mark(text, "，,；;。：:", 0, n.start) + 1
        head = text[cut:n.start]
        if not words.rate_gap.search(head) or (words.relative_said is not None and words.relative_said.search(head)):
            return None
        points = abs(float(m.group(1)) - float(m.group(2)))
        return Trace(False, None, None, f"；两个率之差是{format_number(round_half_up(points, 1), 1)}个百分点"
                                        f"（{m.group(1)}% − {m.group(2)}%），{n.text}是两者的相对差，差距要用个百分点")

    def _named_base_change(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """与10月的38小时相比，申诉处理时效缩短了22.6%: a relative change after a base the sentence states with
        与…相比 is the other figure of the sentence (or, with none, the named metric's value) against that
        base (7 ÷ 38 = 18.4%); a change over another base (the target, the value itself) is wrong."""
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;", s_start, n.start)
        if not _compares(text[max(s_start, cut + 1):n.start]):
            return None
        stated = [f for f in self._sentence_figures(text, sentence)
                  if s_start + f.mention.end <= n.start and f.family in (COUNT, DURATION, SCORE, PLAIN) and f.mention.unit]

        def named_base(f: _Stated) -> bool:
            at = f.mention._replace(start=s_start + f.mention.start, end=s_start + f.mention.end)
            return bool(re.search("(?:与|和|同|跟)[^，,；;。]{0,8}$", text[max(s_start, at.start - 9):at.start])
                        and re.match("[^，,；;。0-9]{0,3}相比", text[at.end:at.end + 5]) and not _is_amount(text, at))

        bases = [f for f in stated if named_base(f)]
        if len(bases) != 1 or len(stated) > 2 or not bases[0].base:
            return None
        base = bases[0]
        others = [f for f in stated if f is not base]
        if others:
            other = others[0].mention._replace(start=s_start + others[0].mention.start, end=s_start + others[0].mention.end)
            if others[0].family != base.family or _is_amount(text, other) \
                    or _words().compare.search(text, max(s_start, other.start - 4), other.start):
                return None  # (…相比，平均通话时长缩短23秒，降幅9.5%: the amount over the base, as traced)
            value, shown, owner = others[0].base, others[0].mention.text, None
        else:
            named = {key for m in self._name_regex.finditer(text, s_start, n.start)
                     for key in self._names.get(m.group(), ())} if self._name_regex is not None else set()
            infos = [i for k, i in self._metrics.items() if k in named and i.value is not None and i.unit
                     and family_of(i.unit, i.kind)[0] == base.family]
            if len(infos) != 1:
                return None
            info = infos[0]
            value = info.value * (family_of(info.unit, info.kind)[1] or 1.0)
            shown, owner = f"本期{format_number(info.value)}{info.unit}", info.name
        exact = abs(value - base.base) / base.base * 100
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = |{shown} − {base.mention.text}| ÷ {base.mention.text} × 100%")
        if f"÷ {base.mention.text}" in source or f"÷ {format_number(base.mention.value)}" in source:
            return None  # over the base already (another pair of the facts): the tracer's finding stands
        return Trace(False, None, owner, f"；以句中的{base.mention.text}为基数，{shown}与它相差"
                                         f"{format_number(round_half_up(exact, 1))}%，不是{n.text}")

    def _period_whole_share(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """12月接听22400通，营业厅转入6300通，占全年接听量的28.1%: a share whose whole the words after 占
        name as the period's (tracing.yaml `whole_period`: 全年, 本月…) is over the period's value, not
        over a figure of the sentence that is a month's or a part's (6300 ÷ 22400 is wrong; 6300 ÷
        186400 traces). None where the whole is the period's value or 占 names no period."""
        m = re.search("= (.+?) ÷ (.+?) × 100%", source)
        whole_period = _words().whole_period
        if m is None or whole_period is None:
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;", s_start, n.start)
        at = text.rfind("占", max(s_start, cut + 1), n.start)
        if at < 0:
            return None
        said = whole_period.match(text, at + 1 + (text[at + 1:at + 2] == "了"))
        if said is None:
            return None
        wholes = [f for f in self._sentence_figures(text, sentence)
                  if f.mention.text == m.group(2) and s_start + f.mention.end <= at]
        if len(wholes) != 1 or any(info.value == wholes[0].mention.value for info in self._metrics.values()):
            return None
        local = self._share_of_part(text, n, _decimals(n.precision), sentence, [])
        if local is not None:
            return Trace(True, local)
        return Trace(False, None, None, f"；“占{said.group()}…”的整体是{said.group()}的数，"
                                        f"不是句中的{m.group(2)}（{m.group(1)} ÷ {m.group(2)}）")

    def _rate_verb_part(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """全年新入职4人、离职2人，按22名坐席计算离职率为18.2%: a rate named by a verb (离职率) right
        before it is of the count the sentence names by that verb (离职2人), not of another count of
        the sentence (新入职4人) over the same whole. None where the part is named so, or no other is."""
        m = re.search("= (.+?) ÷ (.+?) × 100%", source)
        said = re.search("([\u4e00-\u9fff]{2})率(?:为|是|达到|达|约|仅|只有|高达)*$", text[sentence[0]:n.start])
        if m is None or said is None:
            return None
        verb = said.group(1)
        s_start = sentence[0]
        figures = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= n.start]
        part = next((f for f in figures if f.mention.text == m.group(1)), None)
        whole = next((f for f in figures if f.mention.text == m.group(2)), None)
        if part is None or whole is None or not whole.base:
            return None

        def named(f: _Stated) -> bool:
            return verb in text[max(s_start, s_start + f.mention.start - 4):s_start + f.mention.start]

        if named(part):
            return None
        own = [f for f in figures if f is not part and f is not whole and named(f) and f.family == part.family
               and f.mention.unit == part.mention.unit]
        if len(own) != 1:
            return None
        exact = own[0].base / whole.base * 100
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {own[0].mention.text} ÷ {whole.mention.text} × 100%")
        return Trace(False, None, None, f"；{verb}率是{verb}的{own[0].mention.text} ÷ {whole.mention.text} = "
                                        f"{format_number(round_half_up(exact, 1))}%，不是{n.text}"
                                        f"（{part.mention.text}不是{verb}的）")

    def _daily_of_months(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """全年12个月，日均接听来电15533通: a mean a word of the day (tracing.yaml per 天: 日均, 平均每天)
        names right before the figure is per calendar day, never the months' mean (186400 ÷ 12 is
        wrong; ÷ 365 traces elsewhere). None where the clause names a month's mean (月均) too."""
        words = _words()
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;", s_start, n.start)
        clause = text[max(s_start, cut + 1):n.start]
        units = {words.per_unit[m.group()] for m in words.per.finditer(clause)}
        if units != {"天"}:
            return None
        days = self._per.get("天", 0)
        return Trace(False, None, None, f"；“{next(words.per.finditer(clause)).group()}”是按天平均"
                                        f"{f'（本期{days}天）' if days else ''}，{n.text}是按月平均（{source}）")

    def _named_base(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """全年接听186400通，比年度目标多15150通 / 城区22分钟，比全市平均快7分钟: the words after 比 name
        what the figure is measured from. Named a target (目标, 年度目标, 30分钟的目标), the figure is a
        gap to it: a figure of the sentence less the target traces, and a figure traced some other way
        (the change since last year, a fact's text saying 比全年平均多31分钟) is wrong. Named no earlier
        time (全市平均, 平时), a change since the facts' previous is no answer either. None elsewhere."""
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;", s_start, n.start)
        named_base = _named_base_regex()
        m = named_base.search(text, max(s_start, cut + 1), n.start) if named_base is not None else None
        if m is None:
            return None
        base = m.group("base")
        source = found.source or "" if found.traced else ""
        words = _words()
        prev = self._previous_word or ""
        decimals = _decimals(n.precision)
        family, seconds = family_of(n.unit, n.kind)
        scale = seconds or 1.0
        of_previous = bool(prev) and re.search(f"{re.escape(prev)}[0-9]", source) is not None
        if source and (words.target.search(base) or words.annual.search(base)):
            inside = [f for f in self._sentence_figures(text, sentence)
                      if m.start("base") <= s_start + f.mention.start < m.end("base") and f.family == family]
            if not (of_previous or source.startswith("事实 ") and ".target" not in source):
                return None  # a gap some way to the target (the sentence's figure less it, the plan's)
            if any(c.source == source and c.value == n.value and f"比{base}" in c.lead for c in self._text_numbers):
                return None  # 比计划提前7天 as the project's result says it: the text's own gap to its plan
            before = [f for f in self._sentence_figures(text, sentence)
                      if s_start + f.mention.end <= m.start() and f.family == family]
            for aim in inside:
                for f in before:
                    if _rounds_to(n, abs(f.base - aim.base) / scale, decimals):
                        return Trace(True, f"{n.text} = {f.mention.text} − {aim.mention.text}")
            gaps = "、".join(f"{f.mention.text} − {aim.mention.text} = {format_number(round_half_up(abs(f.base - aim.base) / scale, 1))}{n.unit}"
                             for aim in inside for f in before[-1:])
            return Trace(False, None, None, f"；“比{base}”是与目标之差{('：' + gaps) if gaps else ''}，"
                                            f"{n.text}不是（{source}）")
        stated = [f for f in self._sentence_figures(text, sentence)
                  if m.start("base") <= s_start + f.mention.start < m.end("base")]
        if stated and family == POINTS:
            # 4月至12月派单及时率比全年的96.6%高1.7个百分点: the rate a metric's note gives for the part
            # the sentence names (4月至12月为98.3%) less the figure the base states.
            head = text[s_start:m.start()]
            for name, value, label, lead in self._note_rates:
                said = _note_said(lead)
                if len(said) >= 3 and said in head and said not in name and _rounds_to(n, abs(value - stated[0].mention.value), decimals):
                    return Trace(True, f"{n.text} = {label}（“{name}”的备注，{said}） − {stated[0].mention.text}")
        if stated and re.search("\\.(?:annual_)?gap = ", source) and not words.target.search(text, s_start, n.start) \
                and not any(stated[0].mention.value in (info.target, info.annual_target) for info in self._metrics.values()):
            # 比全年的96.6%高1.4个百分点: measured from the figure the base states, not the target's gap
            # of that figure (96.6 − 98), which the sentence never names.
            own = PERCENT if family == POINTS else family
            moved = [words.move_of[x.group()] for x in words.moves.finditer(text, m.end("base"), n.start)] \
                if words.moves else []
            moved = [x for x in moved if x in ("up", "down")]
            for f in self._sentence_figures(text, sentence):
                if s_start + f.mention.end <= m.start() and f.family == own and f.mention.unit \
                        and stated[0].family == own and f.base != stated[0].base \
                        and not (moved and (f.base > stated[0].base) != (moved[-1] == "up")) \
                        and _rounds_to(n, abs(f.base - stated[0].base) / scale, decimals):
                    # 修复率95.0%，比10月的94.0%高1.0个百分点: the sentence's own figure less the base it
                    # states, whatever gap to the target happens to be as large.
                    return Trace(True, f"{n.text} = {f.mention.text} − {stated[0].mention.text}")
            head = text[s_start:m.start()]
            for key in {k for w, ks in self._names.items() if len(w) >= 2 and w in head for k in ks}:
                info = self._metrics.get(key)
                if info is None or info.value is None or not info.unit \
                        or family_of(info.unit, None)[0] != own or stated[0].family != own:
                    continue
                gap = info.value - stated[0].mention.value
                if not (moved and gap and (gap > 0) != (moved[-1] == "up")) and _rounds_to(n, abs(gap) / scale, decimals):
                    # 一次解决率比2025年下半年78.0%提高2.0个百分点: the named metric's value less the base stated.
                    return Trace(True, f"{n.text} = “{info.name}”本期{format_number(info.value)}{info.unit} − "
                                       f"{stated[0].mention.text}")
            return Trace(False, None, None, f"；“比{base}”是与{stated[0].mention.text}之差，"
                                            f"{n.text}是与目标之差（{source}）")
        pair = [f for f in self._sentence_figures(text, sentence)
                if s_start + f.mention.end <= m.start() and f.mention.unit
                and (f.family == family and f.mention.unit == n.unit or family == POINTS and f.family == PERCENT)]
        if source and not stated and len(pair) == 2 and not words.earlier_base.search(base) \
                and not all(f.mention.text in source for f in pair) and "本期" in source:
            # 故障3天平均响应95秒，其余27天只有17秒，故障期间比平时慢71秒: the sentence's own two figures,
            # not one of them against the period's value (95 − 24).
            gap = abs(pair[0].base - pair[1].base) / scale
            if _rounds_to(n, gap, decimals):
                return Trace(True, f"{n.text} = {pair[0].mention.text} − {pair[1].mention.text}")
            return Trace(False, None, None, f"；句中的{pair[0].mention.text}与{pair[1].mention.text}相差"
                                            f"{format_number(round_half_up(gap, 1))}{n.unit}，不是{n.text}（{source}）")
        if not source or words.earlier_base.search(base) or not of_previous:
            return None  # 比二季度, 比上一期的275秒: an earlier time, whichever the facts' previous is
        return Trace(False, None, None, f"；“比{base}”不是与{prev}相比，{n.text}是与{prev}之差（{source}）")

    def _span_between_times(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """从3月1日启动到7月1日全量上线，共用了4个月 / 9点推送固件，16点推送修复版本，故障持续了7小时: a duration
        after the two dates (in days, or in months between the same day of two months) or the two clock times
        (in hours or minutes) its sentence states last before it is the time between them. Traced only; None
        where the sentence states not two such times before the figure."""
        head = text[sentence[0]:n.start]
        year = self._period_year or 2000
        if n.unit in ("天", "日", "个月", "月"):
            found = list(_DATE_SAID.finditer(head))
            if len(found) < 2:
                return None
            (m1, d1), (m2, d2) = [(int(x.group(1)), int(x.group(2))) for x in found[-2:]]
            # (8月22日至8月31日…共10天: a run of days counts both ends; 从3月1日启动到3月15日, the time between)
            run = re.fullmatch("[至到~～—–-]", head[found[-2].end():found[-1].start()]) is not None
            import datetime
            try:
                first, second = datetime.date(year, m1, d1), datetime.date(year + (m2 < m1), m2, d2)
            except ValueError:
                return None
            if n.unit in ("天", "日"):
                gap = float((second - first).days + run)
            elif d1 == d2:
                gap = float((second.year - first.year) * 12 + second.month - first.month)
            else:
                return None
            shown = f"{m1}月{d1}日到{m2}月{d2}日"
        elif n.unit in ("小时", "个小时", "分钟"):
            times = [(int(h), int(mi) if mi else (30 if half else 0)) for h, mi, half in _CLOCK_SAID.findall(head)]
            if len(times) < 2:
                return None
            (h1, mi1), (h2, mi2) = times[-2:]
            minutes = (h2 * 60 + mi2) - (h1 * 60 + mi1)
            if minutes < 0 and re.search("距|隔", head):
                minutes = -minutes  # (8点启动预案，距7点起雾只隔了1小时: the later time said first)
                (h1, mi1), (h2, mi2) = (h2, mi2), (h1, mi1)
            gap = minutes / 60 if n.unit != "分钟" else float(minutes)
            shown = f"{h1}点{mi1 or ''}{'分' if mi1 else ''}到{h2}点{mi2 or ''}{'分' if mi2 else ''}"
        else:
            return None
        if gap > 0 and _rounds_to(n, gap, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {shown}")
        if n.unit in ("小时", "个小时") and gap > 0:
            # 10点至20点增开临时坐席4席，每天多出坐席时长40小时: the hours between the two times for each seat (person)
            # the sentence counts.
            from cswriter.text.numbers import find_numbers

            heads = [m for m in find_numbers(head) if m.high is None and m.kind in ("count", "plain")
                     and (m.unit in ("席", "人", "名", "位") or not m.unit and head[m.end:m.end + 1] in ("席", "人", "名", "位"))]
            if len(heads) == 1 and _rounds_to(n, heads[0].value * gap, _decimals(n.precision)):
                return Trace(True, f"{n.text} = {format_number(heads[0].value)}{head[heads[0].end:heads[0].end + 1] if not heads[0].unit else heads[0].unit} × {shown}")
        return None

    def _person_hours(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """32人人均参训30小时，合计960人时 / 每天8点至24点加开6席，两天共增加192个坐席小时: a total in person-hours (seat-hours)
        is the product of the headcount (人, 席) the sentence states before it, the hours (a duration in hours, or the
        span between two clock times) and, where it states one, the days — and the sessions it counts (3场) where the hours
        are said per session (每场1.5小时): then a product that does not fit is wrong. Else traced only; None elsewhere."""
        from cswriter.text.numbers import find_numbers

        head = text[sentence[0]:n.start]
        said = find_numbers(head)
        heads = [m.value for m in said if m.high is None and m.kind in ("count", "plain")
                 and (m.unit in ("席", "人", "名", "位") or not m.unit and head[m.end:m.end + 1] in ("席", "人", "名", "位"))]
        hours = [m.value for m in said if m.high is None and m.unit in ("小时", "个小时") and m.kind == "duration"]
        times = [(int(h), int(mi) if mi else (30 if half else 0)) for h, mi, half in _CLOCK_SAID.findall(head)]
        if len(times) >= 2:
            (h1, mi1), (h2, mi2) = times[-2:]
            if h2 * 60 + mi2 > h1 * 60 + mi1:
                hours.append(((h2 * 60 + mi2) - (h1 * 60 + mi1)) / 60)
        # (连续3天每天…: the reader takes 3天每天 as one mention, in 天/天)
        days = [m.value for m in said if m.high is None and m.unit in ("天", "日", "天/天") and m.kind == "duration"
                and not m.text.endswith("日")]
        if len(heads) != 1 or len(hours) != 1 or len(days) > 1:
            return None
        # 培训3场，每场1.5小时，9人全员参加，合计40.5人时: hours said per session (每场, 每次) after the sessions counted
        # (3场) are each session's: the sessions are a factor, and the product without them is no total.
        per = re.search("每(场|次|期|轮|节|堂)[^，,；;。0-9]{0,4}$", head[:max((m.start for m in said if m.unit in ("小时", "个小时")
                                                                     and m.kind == "duration"), default=0)])
        sessions = [m.value for m in said if per is not None and m.unit == per.group(1) and m.kind == "count"
                    and m.high is None]
        if len(sessions) == 1:
            product = heads[0] * hours[0] * sessions[0] * (days[0] if days else 1)
            if _rounds_to(n, product, _decimals(n.precision)):
                shown = " × ".join(format_number(x) for x in [heads[0], hours[0], sessions[0], *days[:1]])
                return Trace(True, f"{n.text} = {shown}")
            return Trace(False, None, None, f"；句中{format_number(heads[0])}人 × 每{per.group(1)}{format_number(hours[0])}小时 × "
                                            f"{format_number(sessions[0])}{per.group(1)} = {format_number(round_half_up(product, 1))}，"
                                            f"不是{n.text}")
        for product in ([heads[0] * hours[0] * days[0]] if days else []) + [heads[0] * hours[0]]:
            if _rounds_to(n, product, _decimals(n.precision)):
                shown = " × ".join(format_number(x) for x in [heads[0], hours[0], *days[:1]] if x)
                return Trace(True, f"{n.text} = {shown}")
        return None

    def _share_of_metric_named_before(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """软件授权150万元，项目费用的一半以上花在这一项: a share right after a count metric's name and 的 (no 占), where the
        sentence states one count in the metric's unit before the name, is that count over the metric's value.
        Traced only; None elsewhere."""
        cut = _last_mark(text, "，,；;", sentence[0], n.start)
        head = text[max(sentence[0], cut + 1):n.start]
        m = re.search(f"({self._name_regex.pattern})的(?:约|近|超过|不到)?$", head)
        if m is None or "占" in head:
            return None
        keys = [k for k in dict.fromkeys(self._names.get(m.group(1), ())) if k in self._metrics]
        if len(keys) != 1:
            return None
        info = self._metrics[keys[0]]
        if not info.value or not info.unit or family_of(info.unit, None)[0] != COUNT:
            return None
        name_at = max(sentence[0], cut + 1) + m.start()
        parts = [f for f in self._sentence_figures(text, sentence) if f.family == COUNT and f.mention.unit
                 and sentence[0] + f.mention.end <= name_at and _same_unit(f.mention.unit, info.unit)]
        from cswriter.text.numbers import find_numbers

        # (the metric's value read as a sentence would say it, 270万元 → 2,700,000元, to compare with 150万元)
        said = find_numbers(f"{format_number(info.value).replace(',', '')}{info.unit}")
        whole = said[0].value if len(said) == 1 else info.value
        if len(parts) != 1 or not 0 < parts[0].mention.value < whole:
            return None
        exact = parts[0].mention.value / whole * 100
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {parts[0].mention.text} ÷ “{info.name}”本期{format_number(info.value)}{info.unit} × 100%")
        return None

    def _stated_ends_differ(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """原定4小时后上门，实际等了1.5小时，少等了2小时: the amount of a change (少…了, 缩短了) after the two figures of its
        unit the sentence states, with no base named after 比, is their difference; a fact's text's number that happens
        to be as large is no answer (wrong). None where the sentence states not exactly two such figures, or the
        difference fits."""
        family, seconds = family_of(n.unit, n.kind)
        if family not in (DURATION, COUNT):
            return None
        cut = _last_mark(text, "，,；;", sentence[0], n.start)
        clause = text[max(sentence[0], cut + 1):n.start]
        # (a change said as one, 少等了 / 缩短了, not a level, 低于180秒, nor one measured from a base after 比)
        if re.search("[比较]", clause) or not re.search("了(?:约|近)?$", clause):
            return None
        ops = [f for f in self._sentence_figures(text, sentence)
               if f.family == family and f.mention.unit and (family == DURATION or f.mention.unit == n.unit)
               and sentence[0] + f.mention.end <= n.start]
        if len(ops) != 2:
            return None
        scale = seconds or 1.0
        gap = abs(ops[0].base - ops[1].base) / scale
        if _rounds_to(n, gap, _decimals(n.precision)):
            return None
        return Trace(False, None, None, f"；句中的{ops[0].mention.text}与{ops[1].mention.text}相差"
                                        f"{format_number(round_half_up(gap, 1))}{n.unit}，不是{n.text}")

    def _month_rates(self, months: Iterable[int]) -> dict[int, list[tuple[float, str]]]:
        """The rates each month has: a metric's note's (7月41.0%), and each table row's count column over a larger
        one of the same unit (18000 ÷ 50000), with how each is shown."""
        rates: dict[int, list[tuple[float, str]]] = {m: [] for m in months}
        for name, value, label, lead in self._note_rates:
            said = re.fullmatch("([0-9]{1,2})月(?:份)?", _note_time(lead))
            if said is not None and int(said.group(1)) in rates:
                rates[int(said.group(1))].append((value, f"{label}（“{name}”的备注）"))
        cells = [c for rows in self._columns.values() for c in rows if c.family == COUNT and c.base > 0]
        for m in rates:
            row = [c for c in cells if _month_of(c) == m]
            rates[m] += [(a.base / b.base * 100, f"{a.label} ÷ {b.label}") for a in row for b in row
                         if a is not b and a.base < b.base and _same_unit(_unit_tail(a.label), _unit_tail(b.label))]
        return rates

    def _run_all_beyond(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """3—6月每月转人工率都在59.0%以上: a line every month of a run the clause names stays above (below), where
        each month has one rate (a note's, or its table row's one count column over the other): traced where the
        lowest (highest) of them is on the line's side (以上 reaches it), else wrong. None elsewhere."""
        cut = _last_mark(text, "，,；;", sentence[0], n.start)
        head = text[max(sentence[0], cut + 1):n.start]
        side = re.search("(?:以上|之上|以下|之下)$", n.text) or re.match("(?:以上|之上)|(?:以下|之下)", text[n.end:n.end + 2])
        bound = re.search("(?:都|均|全都|一直)(?:不低于|不少于|不高于|不超过)$", head)
        if bound is not None and side is None:
            # 9月起每月命中率都不低于80.0%: the bound said before the figure (inclusive)
            side = re.match(".*", "以上" if bound.group().endswith(("不低于", "不少于")) else "以下")
        if side is None or bound is None and not re.search("(?:都|均|全都|一直)(?:在|保持在|高于|超过|低于|不到)?$", head):
            return None
        # (the run in the figure's clause, else earlier in its sentence: 上线后的7月至8月，转人工率都在…)
        run = next((m for m in _MONTHS.finditer(head) if m.group(2)), None) \
            or next((m for m in _MONTHS.finditer(text, sentence[0], n.start) if m.group(2)), None)
        since = re.search("([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?起", text[sentence[0]:n.start]) \
            if run is None and self._period_last_month else None
        if run is None and since is None:
            return None
        if run is not None:
            a, b = _month_number(run.group(1)), _month_number(run.group(2))
        else:
            # (9月起: from that month to the period's last)
            a, b = _month_number(since.group(1)), self._period_last_month
        rates = self._month_rates(range(a, b + 1)) if a < b else {}
        # (one rate a month: the note's and the row's may both give it)
        if not rates or any(len({round_half_up(x, 1) for x, _ in v}) != 1 for v in rates.values()):
            return None
        values = {m: round_half_up(v[0][0], 1) for m, v in rates.items()}
        above = side.group() in ("以上", "之上")
        edge_month = min(values, key=values.get) if above else max(values, key=values.get)
        edge = values[edge_month]
        if (edge >= n.value) if above else (edge <= n.value):
            return Trace(True, f"{n.text}：{a}—{b}月{'最低' if above else '最高'}为{edge_month}月{format_number(edge, 1)}%")
        return Trace(False, None, None, f"；{a}—{b}月中{edge_month}月为{format_number(edge, 1)}%，"
                                        f"不是都在{n.text if n.text.endswith(side.group()) else n.text + side.group()}")

    def _rate_gap_of_months(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """8月转人工率比7月降了5.0个百分点 / 转人工率7月为41.0%。8月比7月又降了5.0个百分点: a gap in points between the
        rates of the two months the sentence names (a metric's note gives them, 7月41.0%…8月36.0%, or the table's
        rows give each as one count column over a larger one, 18000 ÷ 50000) is their difference. Traced only; None
        where the sentence names not two months or no rate of both."""
        head = text[sentence[0]:n.start]
        months, _ = _months_in(head, "month")
        prev = _sentence_before(text, sentence[0])
        if len(months) == 1 and prev is not None:
            # 试运行的6月转人工率59.0%。全量上线后的8月降到36.0%，低了…: the other month is the sentence before's
            head = text[prev:n.start]
            months, _ = _months_in(head, "month")
        if len(months) != 2 or re.search("[至到~～—–-]", "".join(m.group() for m in _MONTHS.finditer(head))):
            return None  # (4至6月 is a run, not two months compared)
        # (8月比7月降了: the month before 比 moved from the one after it, the way the clause says)
        named = [_month_number(m.group(1)) for m in _MONTHS.finditer(head)]
        than = head.find("比")
        words = _words()
        moved = [words.move_of[x.group()] for x in words.moves.finditer(head, max(than, 0))] \
            if words.moves is not None and than > 0 else []
        moved = [x for x in moved if x in ("up", "down")]
        subject = next((_month_number(m.group(1)) for m in _MONTHS.finditer(head, 0, than)), None) if than > 0 else None
        rates = self._month_rates(months)
        first, second = sorted(months)
        decimals = _decimals(n.precision)
        for x, lx in rates[first]:
            for y, ly in rates[second]:
                gap = round_half_up(x, 1) - round_half_up(y, 1)
                if moved and subject in months and gap and (gap > 0) != ((subject == first) == (moved[-1] == "up")):
                    continue  # (8月比7月升了 where 8月 is lower: the wrong way)
                if _rounds_to(n, abs(gap), decimals):
                    return Trace(True, f"{n.text} = |{lx} − {ly}|")
        return None

    def _part_against_previous(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """12月2日首次响应平均48秒，比上周平均慢30秒: a difference after 比 and the facts' previous by its word (上周,
        上月 …: the report type's), with no figure of its own, where the clause before states one figure of the named
        metric that is not its period's value (a part's: a day's 48秒), is that figure against the metric's previous
        (18秒); measured from the period's value (25秒) or anything else it is wrong. None elsewhere."""
        prev = self._previous_word or ""
        moves = _words().moves
        if not prev or moves is None or not n.unit:
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;", s_start, n.start)
        m = re.compile(f"比(?P<base>{re.escape(prev)}[^，。；,;！？比较0-9]{{0,6}}?)(?:{moves.pattern})(?:了|出)?(?:约|近)?$") \
            .search(text, max(s_start, cut + 1), n.start)
        if m is None:
            return None
        family, seconds = family_of(n.unit, n.kind)
        if family not in (COUNT, DURATION, SCORE):
            return None
        scale = seconds or 1.0
        decimals = _decimals(n.precision)
        own_start = s_start
        said = text[s_start:m.start()].strip()
        if not said or any(back.fullmatch(said) for back in _words().row_back.values()):
            # (这一天比上周平均慢…: the day and its figure are the sentence before's; 一天 of 这一天 is none)
            earlier = _sentence_before(text, s_start)
            s_start = earlier if earlier is not None else s_start
        head = text[s_start:m.start()]
        before = [f for f in self._sentence_figures(text, (s_start, sentence[1]))
                  if s_start + f.mention.end <= m.start() and f.family == family and f.mention.unit
                  and not (s_start < own_start <= s_start + f.mention.start)
                  # (a level, not a gap of its own: 比季度目标高1.3分，比上季度高…)
                  and not re.search("[比较差]", text[_last_mark(text, "，,；;。", s_start, s_start + f.mention.start) + 1:
                                                    s_start + f.mention.start])]
        ends = tuple(_words().said_without)
        keys = {k for k, i in self._metrics.items() if i.previous is not None and i.unit
                and family_of(i.unit, None)[0] == family
                and (any(w in head for w, ks in self._names.items() if len(w) >= 2 and k in ks)
                     # (首次响应 of 首次响应时长: the name less an ending writers drop)
                     or any(i.name.endswith(e) and len(i.name) - len(e) >= 2 and i.name[:-len(e)] in head for e in ends))}
        parts = any(k.startswith(("complaint_type:", "category:")) for w, ks in self._names.items()
                    if len(w) >= 2 and w in head for k in ks)
        if len(before) != 1 or len(keys) != 1 or parts:
            return None  # (…or the level is a part's of a list: a complaint type's 92件, 比上季度多)
        info = self._metrics[next(iter(keys))]
        unit_scale = family_of(info.unit, None)[1] or 1.0
        level = before[0].base
        if info.value is None or abs(level - info.value * unit_scale) < 1e-9:
            return None  # the period's own value against the previous: the change, read as before
        gap = abs(level - info.previous * unit_scale) / scale
        if _rounds_to(n, gap, decimals):
            return Trace(True, f"{n.text} = {before[0].mention.text} − {prev}{format_number(info.previous)}{info.unit}")
        return Trace(False, None, info.name, f"；“比{m.group('base')}”是与{prev}的{format_number(info.previous)}{info.unit}"
                                             f"相比，{before[0].mention.text}与它相差{format_number(round_half_up(gap, 1))}"
                                             f"{n.unit}，不是{n.text}")

    def _stated_base_gap(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """9月最后一周回升到91.5%，离92.0%的目标还差0.5个百分点 / 停水当天70.5%，比8月的91.0%低20.5个百分点: the
        base after 比 or 离 states its own figure (a target, an earlier time's value) and the clause states the
        other end before it: the gap is between those two, and a gap measured from the period's value, which
        the sentence never states (目标92% − 本期90%), is wrong. None elsewhere (the figure is traced as before)."""
        source = found.source or "" if found.traced else ""
        period = re.search("本期([0-9][0-9,]*(?:\\.[0-9]+)?)|\\.(?:annual_)?(?:gap|change) = ([0-9][0-9,]*(?:\\.[0-9]+)?) − ", source)
        # 21秒 = 55秒 − 34秒（事实 problem:0）, 26秒 = 46秒 − 20秒 (a note's pair): a difference of two facts'
        # figures, one end of which the sentence never states, is no gap between the two figures it gives.
        pair = None if period is not None else re.fullmatch(
            "[^=]+= ([0-9][0-9,]*(?:\\.[0-9]+)?)[^0-9 −]* − ([0-9][0-9,]*(?:\\.[0-9]+)?)[^0-9 −（]*(?:（事实 [^）]+）)?", source)
        if period is None and pair is None:
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;", s_start, n.start)
        stated_base = _stated_base_regex()
        m = stated_base.search(text, max(s_start, cut + 1), n.start) if stated_base is not None else None
        if m is None:
            return None
        family, seconds = family_of(n.unit, n.kind)

        def fits(f: _Stated) -> bool:
            return family == POINTS and f.family == PERCENT \
                or family not in (POINTS, PERCENT) and f.family == family and f.mention.unit == n.unit

        figures = self._sentence_figures(text, sentence)
        inside = [f for f in figures if m.start("base") <= s_start + f.mention.start < m.end("base") and fits(f)]
        # The clause names its own subject before 比/离 (因此平均通话时长距全年目标…): the other end is its own,
        # not the figure of a clause before it.
        own_subject = len(re.sub("[也还仍则而但都均且并]", "", text[max(s_start, cut + 1):m.start()])) >= 2
        floor = max(s_start, cut + 1) if own_subject else s_start
        before = [f for f in figures if floor <= s_start + f.mention.start and s_start + f.mention.end <= m.start() and fits(f)]
        if len(inside) != 1 or not before:
            return None
        aim, own = inside[0], before[-1]
        if pair is not None:
            ends = [float(g.replace(",", "")) * (seconds or 1.0) for g in pair.groups()]
            if all(any(abs(f.base - e) < 1e-6 for f in figures if fits(f)) for e in ends):
                return None  # both ends of the text's pair are the sentence's own
        else:
            now = float((period.group(1) or period.group(2)).replace(",", "")) * (seconds or 1.0)
            if any(abs(f.base - now) < 1e-6 for f in before):
                return None  # the sentence states the period's value (6.8%，目标8.0%，比去年7.1%低): the gap from it is its own
        scale = seconds or 1.0
        gap = abs(own.base - aim.base) / scale
        decimals = _decimals(n.precision)
        shown = f"{own.mention.text} − {aim.mention.text}" if own.base >= aim.base else f"{aim.mention.text} − {own.mention.text}"
        if _rounds_to(n, gap, decimals):
            return Trace(True, f"{n.text} = {shown}")
        unit = "个百分点" if family == POINTS else n.unit
        if pair is not None:
            return Trace(False, None, None, f"；句中{shown} = {format_number(round_half_up(gap, 2))}{unit}，"
                                            f"不是{n.text}（{source}：句中没有说其中一端）")
        return Trace(False, None, None, f"；句中{shown} = {format_number(round_half_up(gap, 2))}{unit}，"
                                        f"{n.text}是从本期的数算的（{source}），句中没有说本期的数")

    def _period_value_of_time_back(self, text: str, n: NumberMention, sentence: tuple[int, int],
                                   found: Trace) -> Trace | None:
        """7月12日主干光缆被挖断。当月修复及时率降到90.0% in a year's report / 2024年投诉较多。当年共收到投诉1800件 /
        去年11月通话更长。当时是190秒 where 190秒 is last month's: a figure whose sentence names no time of its own and
        refers back (当天, 当月, 当年, 当时: tracing.yaml row_back, time_back) to a time the sentence before names that is
        not the period (another month, a day, another year, the year before) is not the period's value (nor, for
        the year before, the facts' previous of last month): wrong. None elsewhere."""
        src = found.source or ""
        m = re.fullmatch("事实 ([^ .]+)\\.(value|previous)|事实 complaints\\.total", src)
        if m is None or m.group(2) == "previous" and self._previous_kind != "chain":
            return None
        s_start = sentence[0]
        head = text[s_start:n.start]
        words = _words()
        if re.search("[0-9]+[年月日号]|[本今全][年月周日天]|本季度|全季|同期|上月|上周|去年|上年", head):
            return None
        prev = _sentence_before(text, s_start)
        if prev is None:
            return None
        before = text[prev:s_start]
        backs, other = words.row_back, getattr(words, "time_back", {})
        time = None
        if "day" in backs and backs["day"].search(head):
            day = list(re.finditer("(?:([0-9]{1,2})月)?([0-9]{1,2})[日号]", before))
            if day and not (self._period_months and len(self._period_months) == 1 and self._period_last_day == 1):
                time = day[-1].group()
        elif "month" in backs and backs["month"].search(head):
            month = [int(x) for x in re.findall("(?<![0-9])([0-9]{1,2})月", before)]
            # (a month the table holds a row of is left to the rows: its cells may equal the period's value)
            if month and not (len(self._period_months) == 1 and month[-1] in self._period_months) \
                    and month[-1] not in self._month_rows:
                time = f"{month[-1]}月"
        elif "year" in other and other["year"].search(head):
            year = re.findall("(20[0-9]{2})年", before)
            if year and self._period_year and int(year[-1]) != self._period_year:
                time = f"{year[-1]}年"
        elif "any" in other and other["any"].search(head):
            ago = words.previous_said["year_ago"].search(before)
            if ago is not None and self._previous_kind == "chain" and not words.previous_said["chain"].search(before) \
                    and not (self._previous_named and self._previous_named.search(before)):
                time = ago.group()
        if time is None:
            return None
        if m.group(2) == "previous" and not (other.get("any") and other["any"].search(head)):
            return None  # (last month's value after 当月 naming last month: the previous, as said)
        # The same figure said of that time outright (8月修复及时率回升到90.0%, a table's row that happens to equal the
        # year's value) traces by another source: then it is no error.
        from cswriter.text.numbers import find_numbers

        said = next(r for r in [backs.get("day"), backs.get("month"), other.get("year"), other.get("any")]
                    if r is not None and r.search(head))
        plain = said.sub(time, head, count=1)
        again = plain + text[n.start:sentence[1]]
        at = next((x for x in find_numbers(again) if x.start == len(plain)), None)
        if at is not None and said is backs.get("day"):  # (a day's row or note; a year's text is read loosely)
            cut = _last_mark(again, "，,；;", 0, at.start)
            outright = self.trace(again, at, (cut + 1, len(again)), (0, len(again)))
            if outright.traced and outright.source != src:  # (not the period's value again)
                return None
        return Trace(False, None, None, f"；句中说的是{time}（上一句），{n.text}是"
                                        f"{'上期' if m.group(2) == 'previous' else '全期'}的数（{src.removeprefix('事实 ')}），不是{time}的")

    def _value_of_other_time_said(self, text: str, n: NumberMention, sentence: tuple[int, int],
                                  found: Trace) -> Trace | None:
        """去年下半年离职4人，流失率为11.1% / 去年上半年为200件 / 上半年受理16万通 in a first half's report whose facts'
        previous is the half before: a metric's value or previous (or the complaints') said where the last time its
        sentence names before it is another time than the value's — the period before (its own name, 上月, 去年下半年) for
        the period's value, the same period last year (去年同期, 去年上半年) for either, the period itself (上半年, 本月)
        for the previous — is that other time's figure: wrong. Not where that time is a base (比去年下半年的…), nor
        where a compare or direction word or another figure of the unit stands between it and the figure."""
        src = found.source or ""
        m = re.fullmatch("事实 (?:([^ .]+)\\.(value|previous)|complaints\\.(total|previous))", src)
        ago_said = None
        if m is None and found.traced and ("备注" in src or re.search("\\.notes?(?:\\[|$)", src)):
            # 上半年平均处理时长为240秒 where the note says 去年上半年240秒: the same period last year's figure.
            leads = [c.lead for cs in self._note_parts.values() for c in cs if c.value == n.value] \
                + [lead for _, value, _, lead in self._note_rates if value == n.value] \
                + [c.lead for c in self._text_numbers if c.value == n.value and "notes" in c.source]
            agos = [y.group() for lead in leads if (y := _YEAR_AGO_TIME.search(_CLAUSE_CUT.split(lead)[-1])) is not None
                    and len(y.group()) > 2]
            if leads and len(agos) == len(leads) and len(set(agos)) == 1 and self._previous_kind != "year_ago":
                ago_said = agos[0]
        if m is None and ago_said is None:
            return None
        which = "ago" if ago_said else m.group(2) or ("value" if m.group(3) == "total" else "previous")
        times = self._time_words()
        if times is None:
            return None
        s_start = sentence[0]
        head = text[s_start:n.start]
        said = _last_match(times, head)
        if said is None:
            return None
        kind = said.lastgroup
        if re.search("(?:比|较|与|和|同|跟|对比|相比|相对|从|由|于|至|到)$", head[:said.start()]):
            return None
        between = head[said.end():]
        if self._name_regex is not None:
            between = self._name_regex.sub("·", between)  # (处理时长's 时, 投诉升级率's 升: words of a name)
        if re.search("比|较|相比|同比|环比|增|减|提|降|升|多|少|高|低|(?<![接收得])到|(?<!截)至|从|由|差|超|变|；|;|以来|起|前|后|时|之|目标|计划|预计", between):
            return None
        from cswriter.text.numbers import find_numbers

        if any(x.unit and _same_unit(x.unit, n.unit) for x in find_numbers(between)):
            return None
        if which == "ago":
            if kind in ("own", "prev"):
                return Trace(False, None, None, f"；句中说的是{said.group()}，{n.text}是备注里{ago_said}的数"
                                                f"（{src.removeprefix('事实 ')}），不是{said.group()}的")
            return None
        if kind == "own" and which == "previous" or kind == "prev" and which == "value" \
                or kind == "ago" and self._previous_kind != "year_ago":
            whose = {"value": "本期", "previous": self._previous_word or "上期"}[which]
            return Trace(False, None, None, f"；句中说的是{said.group()}，{n.text}是{whose}的数"
                                            f"（{src.removeprefix('事实 ')}），不是{said.group()}的")
        return None

    def _time_words(self) -> re.Pattern[str] | None:
        """The words that name the period's own time (prev: the period before, by the facts' previous; ago: the same
        period last year, where the previous is not it; own: the period itself, not a part of it), as named groups."""
        if getattr(self, "_time_words_memo", None) is not None:
            return self._time_words_memo or None
        words = _words()
        prev: list[str] = []
        if self._previous_kind == "chain":
            prev.append(words.previous_said["chain"].pattern)
        elif self._previous_kind == "" and self._previous_word:
            prev.append(re.escape(self._previous_word))
        if self._previous_named is not None:
            prev.append(self._previous_named.pattern)
        own = ["本期", "本月", "本季度", "本周", "本年度"]
        months = sorted(self._period_months)
        if months == list(range(1, 7)) and self._previous_word != "上半年":
            own.append("(?<![年前])(?:今年|[0-9]{4}年)?上半年")
        elif months == list(range(7, 13)):
            own.append("(?<![年前])(?:今年|[0-9]{4}年)?下半年")
        elif len(months) == 1 and self._period_year:
            own.append(f"(?<![0-9年])(?:{self._period_year}年)?{months[0]}月(?![0-9]|份?以来|[上中下]旬|底|初|末|[上下]半月)")
        ago = "(?:去年|上年)(?:同期|[0-9]{1,2}月份?|第?[一二三四1-4]季度|[上下]半年)"
        alts = []
        if prev:
            alts.append(f"(?P<prev>{'|'.join(prev)})")
        if self._previous_kind != "year_ago":
            alts.append(f"(?P<ago>{ago})")
        alts.append(f"(?P<own>{'|'.join(own)})")
        self._time_words_memo = re.compile("|".join(alts))
        return self._time_words_memo

    def _event_day(self, said: str) -> str | None:
        """大雾当天 where a fact's text says 11月18日大雾…: the day (月日) a fact's text puts the event named before 当天 / 那天
        on, where `said` names no day of its own; else None."""
        event = re.search("([\u4e00-\u9fff]{2})的?(?:当天|那天|那一天|当日)", said) \
            if not re.search("[0-9]{1,2}[月日号]", said) else None
        if event is None:
            return None
        texts = [*self._note_texts.values(), *{c.lead for c in self._text_numbers}]
        days = {m.group(1) for x in texts
                for m in re.finditer(f"([0-9]{{1,2}}月[0-9]{{1,2}}日)[^，,。；;0-9]{{0,6}}{event.group(1)}", x)}
        return days.pop() if len(days) == 1 else None

    def _head_with_time_back(self, text: str, n: NumberMention, sentence: tuple[int, int], head: str) -> str:
        """18日大雾。当天平均通话时长达到285秒: where the figure's clause opens its time with a word that refers back to
        a day or month (tracing.yaml row_back: 当天, 那个月) and names no time of its own, the words a note's part is
        looked for in reach back to the sentence before (on the same line); else `head` as given."""
        s_start = sentence[0]
        own = text[max(s_start, _last_mark(text, "，,；;", s_start, n.start) + 1):n.start]
        backs = _words().row_back
        day = self._event_day(head)
        if day is not None:
            return day + head  # (大雾当天平均通话时长…: the day a fact's text puts 大雾 on)
        if not any(backs[k].search(own) for k in ("day", "week", "month") if k in backs) or re.search("[0-9]+[月日号]", own):
            return head
        prev = _sentence_before(text, s_start)
        return head if prev is None else text[prev:s_start] + head

    def _day_as_said(self, said: str, head: str) -> str:
        """11月18日 of a note, said 18日 in a report of November alone: the day without its month where the head says
        it so (and not the month's day after another month)."""
        day = re.fullmatch("([0-9]{1,2})月([0-9]{1,2}日)", said)
        if day is None or said in head or len(self._period_months) != 1 \
                or int(day.group(1)) not in self._period_months:
            return said
        return day.group(2) if re.search(f"(?<![0-9月]){day.group(2)}", head) else said

    def _note_part_quoted(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """11月25日宕机当天客户反复来电，平均处理时长达到248秒 where the metric's note says 宕机当天平均248秒: a
        number of a metric's note (not a rate: _note_rate_named) stated after the words its note clause
        gives it (in the figure's clause or the one before, with no word of the whole period after them)
        is the note's. None elsewhere (the figure is traced as before)."""
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;", s_start, n.start)
        cut = _last_mark(text, "，,；;", s_start, cut) if cut >= s_start else s_start - 1
        head = self._head_with_time_back(text, n, sentence, text[max(s_start, cut + 1):n.start])
        whole = _words().whole_period
        for name, parts in self._note_parts.items():
            for c in parts:
                if c.value != n.value or not _same_unit(n.unit, c.label):
                    continue
                full = _said_without_name(_note_said(_CLAUSE_CUT.split(c.lead)[-1]), name)
                said = self._day_as_said(full, head)
                if said != full:
                    pass  # (9日 of 3月9日: the day said without its month, found in the head already)
                elif re.fullmatch("[0-9]{1,2}月", said):
                    # 9月降到2.1天 in the note, 9月平均办结时长降到2.1天 said: one month, named alone (not
                    # the end of 8月至9月, not 19月)
                    # (after a verb's 到 it is a month of its own: 从4月的13.8小时降到12月的8.1小时 — report blind
                    # round 38/06; 8月到9月, 1至9月 stay a run)
                    if re.search(f"(?<![0-9])(?<!月[至到和、~—–～-])(?<![0-9][至到和、~—–～-])(?<!^[至到和、~—–～-])"
                                 f"{said}(?![0-9底初中日])", head) is None:
                        continue
                elif len(said) < 3 or said in name:
                    continue
                elif said not in head:
                    # 8月15日上线后第一周 for the note's 上线第一周: three characters of its words (no number in them)
                    # that share none two with the metric's name nor refer back
                    pairs = {name[i:i + 2] for i in range(len(name) - 1)}
                    backs = _words().row_back.values()
                    grams = [g for g in (said[i:i + 3] for i in range(len(said) - 2))
                             if re.fullmatch("[\u4e00-\u9fff]{3}", g) and not any(g[i:i + 2] in pairs for i in range(2))
                             and not any(b.search(g) for b in backs)]
                    ago = _YEAR_AGO_TIME.match(said)
                    if re.search("[0-9]", said) or not any(g in head for g in grams) \
                            or ago is not None and len(ago.group()) > 2:
                        continue  # (…and 上半年 names the period itself, not the note's 去年上半年)
                    said = next(g for g in grams if g in head)
                if whole is not None and whole.search(head, head.rfind(said) + len(said)):
                    continue
                return Trace(True, f"事实 “{name}”的备注（{_CLAUSE_CUT.split(c.lead)[-1]}{c.label}）")
        return None

    def _metric_note_parts(self, name: str, n: NumberMention) -> list[tuple[str, float, str]]:
        """The parts a metric's note gives a figure of in `n`'s kind: (the part's words, its value, its label) — a rate's
        time words (a back word, 当月, resolved to the note's clause before it: 7月光缆中断，当月78.0%), a number's clause
        (its day's whole clause where it refers back: 12月4日…故障，当天接待900次)."""
        words = _words()
        backs = [*words.row_back.values(), *getattr(words, "time_back", {}).values()]
        parts: list[tuple[str, float, str]] = []
        if n.unit == "%":
            for metric, value, said, lead in self._note_rates or ():
                if metric != name:
                    continue
                if any(b.fullmatch(lead.strip()) for b in backs):
                    whole = self._note_texts.get(name, "")
                    at = whole.find(lead.strip() + said)
                    lead = re.split("[；;。]", whole[:at + len(lead.strip())])[-1] if at >= 0 else lead
                parts.append((lead, value, said))
            return parts
        for c in self._note_parts.get(name, ()):
            if c.family == PLAIN or not _same_unit(n.unit, c.label):
                continue
            segment = re.split("[；;]", c.lead)[-1]
            last = re.split("[，,、]", segment)[-1]
            part = last if _DATE_SAID.search(last) or not any(b.search(last) for b in backs) else segment
            parts.append((part, c.value, c.label))
        return parts

    def _noted_part_as_period(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """受7月光缆中断拖累，全年故障修复及时率只有78.0% / 项目结束时的检索命中率只有55.0%, where 78.0% is the note's 7月 and
        55.0% its 上线第一周: a figure of a part the metric's note gives, said in a clause that names the period itself
        (its own words of tracing.yaml whole_period, or period_end: 项目结束时) and not the part, is wrong — whatever
        clause before it names the part (a cause). None elsewhere."""
        if not found.traced or not n.unit or n.kind in ("multiple", "points") or n.high is not None or n.approximate:
            return None
        words = _words()
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        own = text[max(s_start, cut + 1):n.start]
        said = [w for w in self._own_period_words() if w in own]
        if not said:
            alone = self._own_month_said(own)
            said = [alone] if alone else []
        end = words.period_end.search(own) if words.period_end is not None else None
        if not said and end is None:
            return None
        w = said[0] if said else end.group()
        after = own[own.find(w) + len(w):]
        decimals = _decimals(n.precision)
        sentence_text = text[s_start:sentence[1]]
        for info in self._metrics.values():
            grams = {info.name[i:i + 3] for i in range(len(info.name) - 2)}
            if info.value is None or _rounds_to(n, info.value, decimals) or not info.unit \
                    or not (n.unit == info.unit or n.unit != "%" and info.unit != "%" and _same_unit(n.unit, info.unit)) \
                    or not any(g in sentence_text for g in grams if re.fullmatch("[\u4e00-\u9fff]{3}", g)):
                continue
            for part, value, label in self._metric_note_parts(info.name, n):
                # (a part of the period's time — a day, a month, a week —, not a frame of counting, 按旧口径)
                if not _rounds_to(n, value, decimals) or words.whole_period.search(part) or part.startswith("按") \
                        or not re.search("[0-9]{1,2}[月日号]|周|天", part) or re.search("去年|上年|前年|同期", part):
                    continue
                tokens = re.findall("[0-9]{1,2}月(?:[0-9]{1,2}[日号])?|[0-9]{1,2}[日号]|[\u4e00-\u9fff]{3}", part)
                if any(tok in after for tok in tokens):
                    continue
                return Trace(False, None, info.name, f"；“{info.name}”的备注里{n.text}是{part}的，句中说的是{w}，"
                                                     f"本期为{format_number(info.value)}{info.unit}")
        return None

    def _period_value_of_noted_part(self, text: str, n: NumberMention, sentence: tuple[int, int],
                                    found: Trace) -> Trace | None:
        """冷链仓出故障的12月4日，一次解决率为80.0% / 12月4日进线集中，当天首次响应平均30秒 / 刚上线的第一周，命中率就到了
        86.0%, where the metric's note gives that day's (that week's) own figure (12月4日70.0%, 12月4日平均72秒, 上线第一周
        55.0%): the period's value said of a part its note names is wrong. The part's words (its day, or three
        characters of its note clause's words outside the metric's name) count in the figure's clause; in the clause
        before it where that clause ends on them (a topic: …的12月4日，) or where the figure's clause refers back
        (tracing.yaml row_back, time_back: 当天, 那一周) — then in the sentence's earlier clauses, or the sentence
        before when the figure's clause opens it. Never where the figure's clause names a time of its own or the
        whole period (tracing.yaml whole_period). None elsewhere."""
        if not (found.traced or not found.placed) or not n.unit or n.kind in ("multiple", "points") or n.high is not None \
                or n.approximate:
            return None  # (a figure only warned of, 当天首次响应平均25秒 with no full name, is placed by the note's part)
        words = _words()
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        own = text[max(s_start, cut + 1):n.start]
        if words.whole_period.search(own) or (words.period_end and words.period_end.search(own)):
            return None
        backs = [*words.row_back.values(), *getattr(words, "time_back", {}).values()]
        # scope: where the part's words may stand; topic: the end of it where they must end, besides the own clause.
        scope, topic = own, None
        if not re.search("[0-9０-９]+(?:月|日|号|周)|第[一二三四五六七八九十0-9]+周|首周", own):
            if any(b.search(own) for b in backs):
                before = s_start if cut >= s_start else _sentence_before(text, s_start)
                scope = own if before is None else text[before:max(s_start, cut + 1)] + own
            elif cut >= s_start:
                prev_cut = _last_mark(text, "，,；;：:", s_start, cut)
                scope = text[max(s_start, prev_cut + 1):cut + 1] + own
                topic = cut + 1 - max(s_start, prev_cut + 1)
        if words.whole_period.search(scope):
            return None
        day = self._event_day(scope)
        if day is not None:
            scope = day + scope
            if topic is not None:
                topic += len(day)
        decimals = _decimals(n.precision)
        sentence_text = text[s_start:sentence[1]]

        def named(name: str) -> bool:
            grams = {name[i:i + 3] for i in range(len(name) - 2)}
            return any(g in sentence_text for g in grams if re.fullmatch("[\u4e00-\u9fff]{3}", g))

        def said_at(part: str) -> int | None:
            # Where the part's words end in the scope: its day, or three characters of its words that share no two
            # with the metric's name. Not a part of another time (去年三季度)
            # nor of the whole period (本月共接待: another subject's).
            if words.whole_period.search(part) or self._previous_named is not None and self._previous_named.search(part) \
                    or re.search("去年|上年|前年|同期|上月|上周|上季度", part):
                return None
            ends = []
            dated = "[0-9]{1,2}月(?:[0-9]{1,2}[日号])?|(?<![0-9月])[0-9]{1,2}[日号]"
            theirs, ours = re.findall(dated, part), re.findall(dated, scope)
            if theirs and ours and not any(a == b or a.startswith(b) or b.startswith(a) or b.endswith(a)
                                           for a in ours for b in theirs):
                return None  # (8月工作转入正常。当月… is no 7月 of the note's)
            days = [m.group() for m in re.finditer("(?<![0-9])(?:[0-9]{1,2}月)?[0-9]{1,2}[日号]", part)]
            for d in days:
                said = self._day_as_said(d, scope)
                ends += [m.end() for m in re.finditer(f"(?<![0-9月]){re.escape(said)}", scope)]
            if not days and len(self._period_months) > 1:
                # 7月15.6小时 of a year: the month, said alone or with a day of it (7月12日…。当月…)
                for mo in re.findall("(?<![0-9])([0-9]{1,2})月(?![0-9至到—–~-])", part):
                    ends += [m.end() for m in re.finditer(f"(?<![0-9至到—–~-]){mo}月(?![底初至到—–~-])", scope)]
            if not re.match("(?:其余|其他|另外|剩余|剩下|除)", part):
                pairs = {name[i:i + 2] for i in range(len(name) - 1)}
                ends += [plain.rfind(g) + 3 for g in {part[i:i + 3] for i in range(len(part) - 2)}
                         if re.fullmatch("[\u4e00-\u9fff]{3}", g) and g in plain
                         and not any(g[i:i + 2] in pairs for i in range(2)) and not any(b.search(g) for b in backs)]
            return max(ends) if ends else None

        # (the report's own dates are no part: 三季度 in a third quarter's report)
        plain = scope if self._own_dates is None else self._own_dates.sub(lambda m: "·" * len(m.group()), scope)
        for info in self._metrics.values():
            if info.value is None or not named(info.name) or not _rounds_to(n, info.value, decimals):
                continue
            name = info.name
            parts = self._metric_note_parts(name, n)
            for part, value, label in parts:
                if _rounds_to(n, value, decimals):
                    continue
                at = said_at(part)
                if at is None or topic is not None and at < topic \
                        and scope[at:topic].strip(" 的期间时里内当天，,") != "" \
                        and not re.fullmatch("[^，,；;。0-9]{0,8}(?:期间|的时候|时|那天|当天|那周|那一周)[，,]?", scope[at:topic]):
                    continue  # (7月光缆中断期间，…: a time clause of the part)
                shown = part if any(b.fullmatch(_CLAUSE_CUT.split(part)[-1]) for b in backs) \
                    else _CLAUSE_CUT.split(part)[-1] or part
                return Trace(False, None, name, f"；“{name}”的备注里{shown}是{label}，{n.text}是全期的数")
        return None

    def _run_rate_of_rows(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """上线后的9月和10月，两个月的合计命中率为83.1% / 9月至10月检索命中率为86.0%, where the table's 命中量 and 检索量 give
        9–10月 81400 ÷ 98000 = 83.1% and 86.0% is 10月's (the period's): a rate of two or more rows named together, in the
        figure's clause or a clause before it ending on them, is the sum of one count column over the sum of the larger
        one of its unit (the pair whose names share a character with the rate's words, where the table has more than
        one): traced when it rounds to it, else wrong. None where the clause speaks of each row (都, 每月, 分别, 平均,
        最高) or names the period, or no one pair of columns."""
        if n.unit != "%" or n.kind == "points" or n.approximate or not self._columns \
                or self._grain != "month" or re.search("以上|以下|之上|之下", text[n.start:n.end + 2]):
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        own = text[max(s_start, cut + 1):n.start]
        words = _words()
        # (a range 一直在…至…之间: each row's rate lies in it — the lowest and the highest are its ends)
        each = n.high is not None and re.search("(?:一直|都|均|始终)(?:在|处于|保持在)?$", own) is not None \
            and text[n.end:n.end + 2] == "之间"
        if n.high is not None and not each:
            return None
        if re.search("都|均|每月|每个月|分别|各月|平均|最高|最低|以来|累计|同比|环比|比|提高|下降|上升|降|升|增|减|占",
                     own if not each else re.sub("(?:一直|都|均|始终)(?:在|处于|保持在)?$", "", own)) \
                or words.whole_period.search(own) or not re.search("率", own):
            return None
        months, _ = _months_in(own, self._grain)
        if len(months) < 2 and cut >= s_start:
            prev_cut = _last_mark(text, "，,；;：:", s_start, cut)
            prev = text[max(s_start, prev_cut + 1):cut]
            if prev.rstrip().endswith("月") and not months:
                months, _ = _months_in(prev, self._grain)  # (上线后的9月和10月，…: the clause before ends on the rows)
        if len(months) < 2 or not months <= set(self._row_numbers):
            return None
        cells = [c for rows in self._columns.values() for c in rows if c.family == COUNT and c.base > 0]
        columns: dict[str, list[Candidate]] = {}
        for c in cells:
            columns.setdefault(c.source.rsplit(".", 1)[-1], []).append(c)
        pairs = []
        for a, ca in columns.items():
            for b, cb in columns.items():
                ra = {_month_of(c): c.base for c in ca if _month_of(c) in months}
                rb = {_month_of(c): c.base for c in cb if _month_of(c) in months}
                if a != b and set(ra) == set(rb) == months and all(ra[m] < rb[m] for m in months) \
                        and _same_unit(_unit_tail(ca[0].label), _unit_tail(cb[0].label)):
                    pairs.append((a, b, sum(ra.values()), sum(rb.values())))
        if len(pairs) > 1:
            said = own[own.rfind("率") - 3:own.rfind("率")] if "率" in own else ""
            pairs = [p for p in pairs if any(ch in said for ch in p[0].removesuffix("量").removesuffix("数"))]
        if len(pairs) != 1:
            return None
        a, b, top, bottom = pairs[0]
        if each:
            ra = {_month_of(c): c.base for c in columns[a] if _month_of(c) in months}
            rb = {_month_of(c): c.base for c in columns[b] if _month_of(c) in months}
            rates = [ra[m] / rb[m] * 100 for m in sorted(months)]
            low, high = min(rates), max(rates)
            d = _decimals(n.precision)
            shown = "、".join(f"{format_number(round_half_up(r, 1))}%" for r in rates)
            if round_half_up(low, d) >= n.value - 1e-9 and round_half_up(high, d) <= n.high + 1e-9:
                return Trace(True, f"{n.text} = 表中各月{a} ÷ {b}：{shown}")
            return Trace(False, None, None, f"；表中各月{a} ÷ {b}为{shown}，不都在{n.text}之间")
        exact = top / bottom * 100
        run = self._run_label(next(iter(self._columns.values())), frozenset(months))
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {run}{a} {format_number(top)} ÷ {b} {format_number(bottom)} × 100%")
        return Trace(False, None, None, f"；表中{run}{a}合计{format_number(top)} ÷ {b}合计{format_number(bottom)} = "
                                        f"{format_number(round_half_up(exact, 1))}%，不是{n.text}")

    def _relative_of_points(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """命中率提高了24个百分点，相对提升38.7%: a relative change said after a change in points of the same sentence is
        those points over the earlier rate — a metric's value less its previous (or the target's gap) that the points
        are: traced when it rounds so, else wrong. None where the sentence states no such points."""
        own = text[max(sentence[0], _last_mark(text, "，,；;：:", sentence[0], n.start) + 1):n.start]
        if n.unit != "%" or n.kind == "points" or n.high is not None or n.approximate \
                or not re.search("相对(?:于?(?:上月|上期|去年|启动前|上线前|此前|之前))?(?:提升|提高|增长|上升|增加|下降|降低|减少|改善)了?(?:约)?$",
                                 own):
            return None
        points = [f for f in self._sentence_figures(text, sentence) if sentence[0] + f.mention.end <= n.start
                  and f.mention.kind == "points"]
        if len(points) != 1:
            return None
        p = points[0].mention.value
        for info in self._metrics.values():
            if info.value is None or info.previous is None or info.unit != "%" or not info.previous \
                    or round_half_up(abs(info.value - info.previous), 1) != round_half_up(p, 1):
                continue
            exact = abs(info.value - info.previous) / info.previous * 100
            if _rounds_to(n, exact, _decimals(n.precision)):
                return Trace(True, f"{n.text} = {points[0].mention.text} ÷ “{info.name}”此前{format_number(info.previous)}% × 100%")
            return Trace(False, None, info.name, f"；相对变化是{points[0].mention.text} ÷ 此前的{format_number(info.previous)}% = "
                                                 f"{format_number(round_half_up(exact, 1))}%，不是{n.text}")
        return None

    def _row_said_otherwise(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """12月2日接待400次，是本周最少的一天。当天退款360单 / 12月2日退款360单, where the table's 12月2日 row holds 45单 of
        退款处理量 and a case's text says 当天退款360单 of another day: a count right after a column's words (its name's
        first two characters or more), in a clause naming one row of the table (or referring back to it: tracing.yaml
        row_back of the table's grain, to the sentence's earlier clauses or the sentence before), is that row's cell; a
        number of a fact's text said there is wrong. None where the clause names a part (其中) or no one row."""
        if not self._columns or self._grain not in ("day", "week", "month") or n.kind != "count" or n.approximate \
                or n.high is not None or not re.fullmatch("事实 (?!monthly\\.)[^=（]+", found.source or ""):
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        own = text[max(s_start, cut + 1):n.start]
        if re.search("其中|中有|之中|除|其余|其他|以外|平均|日均|人均|每", own):
            return None
        head = own
        rows, _ = _months_in(own, self._grain)
        back = _words().row_back.get(self._grain)
        if not rows and back is not None and back.match(own):
            before = s_start if cut >= s_start else _sentence_before(text, s_start)
            if before is None:
                return None
            head = text[before:max(s_start, cut + 1)]
            rows, _ = _months_in(head, self._grain)
        if len(rows) != 1 or re.search("至|到|起|后|以来|截至|累计|[~—–\\-、和及与]", head) or text[n.end:n.end + 1] in "、和" \
                or self._grain == "month" and (re.search("[0-9]+[日号]", head) or not rows <= self._month_rows):
            return None  # (a run, a time that starts one, a day of a month's row, a month the rows are parts of: no one row)
        [row] = rows
        for items in self._columns.values():
            for c in items:
                if _month_of(c) != row or not _same_unit(n.unit, c.label):
                    continue
                column = c.source.rsplit(".", 1)[-1]
                # (the clause says nothing but the row and the column's words: 8月召回相关的二次来电 is a part of 来电量)
                bare = _PERIODS[self._grain].sub("", own)
                if back is not None:
                    bare = back.sub("", bare)
                said = next((column[:k] for k in range(len(column), 1, -1)
                             if re.fullmatch(f"(?:全天|整天|共|又|还|只有|只|仅|就|的|，)*{re.escape(column[:k])}"
                                             "(?:了|为|是|共|有|达到|达)?", bare)), None)
                if said is None or _rounds_to(n, c.value, _decimals(n.precision)):
                    continue
                return Trace(False, None, None, f"；表中{column}是{c.label}（{c.source.removeprefix('事实 ')}），"
                                                f"不是{n.text}")
        return None

    def _note_part_named(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """故障3天响应慢到95秒，其余27天为24秒 where the note says 其余27天平均17秒: the metric's value given after the
        time words a note gives another figure of it for (其余27天, 11月11日至13日) is wrong. None elsewhere."""
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;", s_start, n.start)
        head = self._head_with_time_back(text, n, sentence, text[max(s_start, cut + 1):n.start])
        for name, parts in self._note_parts.items():
            if source != f"事实 {name}.value":
                continue
            for c in parts:
                full = _note_time(_CLAUSE_CUT.split(c.lead)[-1], spans=False)
                said = self._day_as_said(full, head)
                alone = said != full or re.fullmatch("[0-9]{1,2}月", said) is not None \
                    and re.search(f"(?<![0-9至到和、~—–～-]){said}(?![0-9底初中日])", head) is not None
                if (alone or len(said) >= 3 and said in head) and c.value != n.value and _same_unit(n.unit, c.label):
                    return Trace(False, None, name, f"；“{name}”的备注里{said}是{c.label}，{n.text}是全期的数")
        return None

    def _rest_count(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """故障3天…，其余27天只有17秒: the count of a rest of the period (tracing.yaml `rest_of_period`) is
        the period's days (months, weeks) less the ones the sentence counts before it. None elsewhere."""
        unit = {"天": "天", "个月": "月", "周": "周"}[n.unit]
        total = self._per.get(unit, 0)
        said = next((m for p in _words().rest_of_period.values() for m in p.finditer(text, sentence[0], n.end)
                     if m.end() == n.end), None)
        if said is None or not total:
            return None
        before = [f.mention for f in self._sentence_figures(text, sentence)
                  if sentence[0] + f.mention.end <= said.start() and f.mention.unit == n.unit]
        other = next((m for m in before if abs(m.value + n.value - total) < 1e-9), None)
        if other is not None:
            return Trace(True, f"{n.text} = 本期{format_number(total)}{n.unit} − 句中的{other.text}")
        return None

    def _rest_of_period(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """除故障的3天外，其余27天共进线20980件，日均777件: a rest word and a count of the table's rows
        (tracing.yaml `rest_of_period`) name the period less the rows named before it (除11月11日至
        13日外), or less the one run of that many rows a fact's text names (the note's 11月11日至13日
        for 故障的3天): a count in a column's unit is that rest's sum or mean per row; the whole
        period's sum or mean given to it is wrong. None where the rest cannot be told apart."""
        pattern = _words().rest_of_period.get(self._grain)
        if pattern is None:
            return None
        s_start = sentence[0]
        said = _last_match(pattern, text, s_start, n.start)
        if said is None or re.search("[。；;]", text[said.end():n.start]):
            return None
        family, _ = family_of(n.unit, n.kind)
        if family not in (COUNT, PLAIN):
            return None
        word = said.group("n")
        count = 2 if word == "两" else _month_number(word)
        rows = self._row_numbers
        if not 0 < count < len(rows):
            return None
        named = [g for _, kind, g in self._row_groups(text, (s_start, said.start())) if kind == "rows"]
        excluded = self._rest_excluded(named, count)
        if excluded is None:
            return None
        rest = rows - excluded
        if len(rest) != count:
            return None
        decimals = _decimals(n.precision)
        unit = said.group()[len(said.group()) - len(said.group().lstrip("其他余它剩下的")) :].lstrip("0123456789两二三四五六七八九十")
        # (the column the words name, 接待 of 接待量, where they name one: not another's rest that happens to fit)
        head = text[s_start:n.start]
        columns = [(k, c) for k, c in self._columns.items()
                   if (stem := k.split(":")[-1].removesuffix("量").removesuffix("数")) and len(stem) >= 2
                   and stem[-2:] in head] or list(self._columns.items())
        for key, col in columns:
            if not col or col[0].family not in (COUNT, PLAIN) or not col[0].label.endswith(n.unit):
                continue
            by_row = {_month_of(c): c.base for c in col}
            if not rest <= set(by_row):
                continue
            total = sum(by_row[r] for r in rest)
            whole = sum(by_row.values())
            label = f"{key.split(':')[-1]}除{self._run_label(col, excluded)}外的{count}{unit}"
            if _fits(n, total, decimals) or _rounds_to(n, total, decimals):
                return Trace(True, f"{n.text} = {label}合计")
            if _rounds_to(n, total / count, decimals):
                return Trace(True, f"{n.text} = {label}合计 ÷ {count}")
            if found.traced and any(_rounds_to(n, w, decimals) for w in (whole, whole / len(by_row))):
                return Trace(False, None, None,
                             f"；其余{count}{unit}是{label}：合计{format_number(total)}{n.unit}、平均"
                             f"{format_number(round_half_up(total / count, 1))}{n.unit}，{n.text}是全期的数")
            per = self._per_unit(text[said.end():n.start])
            if found.traced and per is not None and per == {"day": "天", "month": "月", "week": "周"}.get(self._grain):
                # 其余6天日均接待200次 (1400 ÷ 7, or a case's 350 − 150): a mean of the rest is over its own rows.
                return Trace(False, None, None,
                             f"；其余{count}{unit}是{label}：合计{format_number(total)}{n.unit}，平均"
                             f"{format_number(round_half_up(total / count, 1))}{n.unit}，不是{n.text}")
        return None

    def _rest_excluded(self, named: list, count: int, fallback: bool = False, own: float | None = None) -> frozenset | None:
        """The rows a rest of `count` rows leaves out: the rows the sentence names before it, else the one
        run of the other rows a fact's text names (the note's 11月11日至13日 for 故障的3天); with `fallback`,
        that run also where the rows the sentence names are not all of them (9月8日 of a note's 9月8日至9日),
        and of several runs the one a text gives the clause's own figure `own` with (当天进线6380件)."""
        rows = self._row_numbers
        if named:
            excluded = frozenset().union(*named)
            if not fallback or len(rows - excluded) == count:
                return excluded
        texts = [c for c in self._text_numbers if own is None or c.value == own] if fallback else self._text_numbers
        runs = {g for c in texts for _, kind, g in self._row_groups(c.lead, (0, len(c.lead)))
                if kind == "rows" and len(g) == len(rows) - count}
        if fallback and own is not None and len(runs) != 1:
            return self._rest_excluded(named, count, fallback)
        return runs.pop() if len(runs) == 1 else None

    def _rest_base(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """停水期间接通率70.5%，比其余28天低22.5个百分点 / 9月8日来电1400通，比其余28天的日均多885通 / 是其余28天日均
        来电的2.7倍: a base after 比 (or 是…的) naming the rest of the period (tracing.yaml `rest_of_period`) and
        stating no figure of its own is that rest's — the rate a metric's note gives it, or the table's mean
        per row over it — so the figure is the clause's own figure against that; measured against the whole
        period's value instead it is wrong. None elsewhere."""
        pattern = _words().rest_of_period.get(self._grain)
        if pattern is None:
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;", s_start, n.start)
        start = max(s_start, cut + 1)
        said = _last_match(pattern, text, start, n.start)
        if said is None or not re.search("(?:比|是)$", text[start:said.start()]):
            return None
        tail = text[said.end():n.start]
        if re.search("[0-9]", tail):
            return None  # 比其余28天的93.0%: the base states its figure
        family, seconds = family_of(n.unit, n.kind)
        figures = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= said.start() - 1]
        decimals = _decimals(n.precision)
        source = found.source or "" if found.traced else ""
        word = said.group()
        if family == POINTS:
            own = [f for f in figures if f.family == PERCENT]
            rates = {value for _, value, _, lead in self._note_rates if _note_said(lead) and word in _note_said(lead)}
            if not own or len(rates) != 1:
                return None
            rate = rates.pop()
            gap = abs(own[-1].mention.value - rate)
            if _rounds_to(n, gap, decimals):
                return Trace(True, f"{n.text} = {own[-1].mention.text}与{word}的{format_number(rate)}%之差（备注）")
            return Trace(False, None, None, f"；{word}是备注里的{format_number(rate)}%，与句中{own[-1].mention.text}相差"
                                            f"{format_number(round_half_up(gap, 2))}个百分点，不是{n.text}")
        if not re.search("[日天月周]?均", tail) or n.kind != "multiple" and family not in (COUNT, PLAIN):
            return None
        unit = n.unit if n.kind != "multiple" else None
        own = [f for f in figures if f.family in (COUNT, PLAIN) and f.mention.unit and (unit is None or f.mention.unit == unit)]
        if not own:
            return None
        count = 2 if said.group("n") == "两" else _month_number(said.group("n"))
        rows = self._row_numbers
        if not 0 < count < len(rows):
            return None
        named = [g for _, kind, g in self._row_groups(text, (s_start, said.start())) if kind == "rows"]
        excluded = self._rest_excluded(named, count, fallback=True, own=own[-1].mention.value)
        if excluded is None or len(rows - excluded) != count:
            return None
        rest = rows - excluded
        for key, col in self._columns.items():
            if not col or col[0].family not in (COUNT, PLAIN) or not col[0].label.endswith(own[-1].mention.unit):
                continue
            by_row = {_month_of(c): c.base for c in col}
            if not rest <= set(by_row):
                continue
            mean = sum(by_row[r] for r in rest) / count
            value = own[-1].base / mean if n.kind == "multiple" else abs(own[-1].base - mean)
            shown = "÷" if n.kind == "multiple" else "−"
            label = f"{own[-1].mention.text} {shown} {key.split(':')[-1]}{word}平均{format_number(round_half_up(mean, 1))}{own[-1].mention.unit}"
            if _rounds_to(n, value, decimals):
                return Trace(True, f"{n.text} = {label}")
            return Trace(False, None, None, f"；{label} = {format_number(round_half_up(value, 2))}"
                                            f"{n.unit}，不是{n.text}" + (f"（{source}）" if source else ""))
        return None

    def _whole_and_part(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> tuple[_Stated, _Stated] | None:
        """The last two counts the sentence states before `n`, in one unit, the second smaller than
        the first (本月抽检工单620单，发现问题单47单): a whole and its part; None otherwise."""
        s_start = sentence[0]
        counts = [f for f in self._sentence_figures(text, sentence)
                  if s_start + f.mention.end <= n.start and f.family == COUNT and f.mention.unit]
        if len(counts) < 2:
            return None
        whole, part = counts[-2], counts[-1]
        if whole.mention.unit != part.mention.unit or not 0 < part.base < whole.base:
            return None
        return whole, part

    def _rate_of_stated_pair(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """其余16000件诉求一次办结12000件，一次办结率75.0%: a rate named right before its figure, after a
        whole and a part the sentence states in one unit with the rate's words at the part, is the part
        over that whole, not the metric's value of the period (the sentence says which whole it means)."""
        said = _RATE_SAID.search(_clause_before(text, n.start))
        if said is None:
            return None
        s_start = sentence[0]
        pair = self._whole_and_part(text, n, sentence)
        if pair is None:
            return None
        whole, part = pair
        words = said.group(1)[-4:]
        near = text[s_start + whole.mention.end:min(s_start + part.mention.end + len(words) + 2, n.start)]
        if words not in near or re.search("[。；;]", text[s_start + whole.mention.end:n.start]):
            return None
        if _rounds_to(n, part.base / whole.base * 100, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {part.mention.text} ÷ {whole.mention.text} × 100%")
        return None

    def _rate_of_stated_whole(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """本月抽检工单620单，发现问题单47单，问题率0.5%: a rate right after a whole and a part the
        sentence states in one unit (620单, then 47单) is the part over that whole; the part over
        another whole of the facts (47 ÷ 8680) is wrong — unless the clause names that whole (占…的)."""
        m = re.search("= (.+?) ÷ (.+?) × 100%", source)
        if m is None:
            return None
        s_start = sentence[0]
        pair = self._whole_and_part(text, n, sentence)
        if pair is None:
            return None
        whole, part = pair
        between = text[s_start + whole.mention.end:s_start + part.mention.start]
        after = text[s_start + part.mention.end:n.start]
        back = _words().back_whole
        # 占这类投诉的 / 占当天的: 占 points back to the whole just stated (tracing.yaml `back_whole`).
        pointed = back is not None and back.search(after) is not None \
            or re.fullmatch("[，,]?(?:约|大约)?占(?:了)?(?:约|近)?", after) is not None  # …，本人21600件，占13.6%: the whole just stated
        if re.search("[。；;]", between + after) or (len(after) > 10 or "占" in after) and not pointed or "比" in after:
            return None
        other_part = m.group(1) != part.mention.text and whole.mention.text in m.group(2) \
            and re.match("[0-9.,]+", m.group(1)) is not None \
            and re.search(f"(?<![0-9.,]){re.escape(re.match('[0-9.,]+', m.group(1)).group())}(?![0-9.])",
                          text[s_start:sentence[1]]) is None
        # (…158400件会话中，本人处理21600件，占12.5% = the note's 19800 ÷ 158400: a part the sentence never
        # states over its whole is no share of the part it does state)
        if not other_part and (m.group(1) != part.mention.text or whole.mention.text in m.group(2)):
            return None
        decimals = _decimals(n.precision)
        exact = part.base / whole.base * 100
        if _rounds_to(n, exact, decimals):
            return Trace(True, f"{n.text} = {part.mention.text} ÷ {whole.mention.text} × 100%")
        return Trace(False, None, None, f"；句中{part.mention.text} ÷ {whole.mention.text} = "
                                        f"{format_number(round_half_up(exact, 1))}%，不是{n.text}"
                                        + (f"（{m.group(1)} ÷ {m.group(2)}的{m.group(1)}句中没有说）" if other_part else
                                           f"（{m.group(1)} ÷ {m.group(2)}的整体不是句中的{whole.mention.text}）"))

    def _months_in_causes_only(self, text: str, start: int, end: int) -> bool:
        """Do the clauses from `start` to `end` name months only in clauses that give a cause (tracing.yaml
        `cause`: 受…影响, 由于…), and does one of the others name the report's own period (三季度)?"""
        cause = _words().cause
        own = self._own_named
        if cause is None or own is None:
            return False
        said_own = False
        for piece in re.split("[，,；;：:]", text[start:end]):
            if not piece:
                continue
            if _months_in(piece, self._grain)[0]:
                if not cause.search(piece):
                    return False
            elif any("月" not in m.group() and "周" not in m.group() for m in own.finditer(piece)) \
                    or _words().whole_period is not None and _words().whole_period.search(piece):
                said_own = True  # 三季度, or 本周 / 本月 (受12日暴雨影响，本周接通率…)
        return said_own

    def _month_rest_of_total(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """7月投诉22件，9月9件，8月为17件 in a quarter's report with 48 complaints: a count the sentence gives one
        month, after counts it gives each other month of the period (one each, in the figure's unit), of one
        subject it names whose period total the facts give, is that total less the others. None elsewhere."""
        s_start = sentence[0]
        clause_at = max(s_start, _last_mark(text, "，,；;", s_start, n.start) + 1)
        own = _months_in(text[clause_at:n.start], self._grain)[0]
        if len(own) != 1 or not own <= self._period_months:
            return None
        said: dict[int, float] = {}
        for f in self._sentence_figures(text, sentence):
            at = s_start + f.mention.start
            if at >= n.start or f.family != COUNT or f.mention.unit != n.unit:
                continue
            cut = max(s_start, _last_mark(text, "，,；;", s_start, at) + 1)
            months = _months_in(text[cut:at], self._grain)[0]
            if len(months) != 1 or months & own or min(months) in said:
                return None
            said[min(months)] = f.mention.value
        if set(said) | own != set(self._period_months):
            return None
        keys = {k for _, _, ks in self._mentions(text, s_start, n.start) for k in ks}
        totals = [c for k in keys for c in self._stated.get(k, _Index()).items.get(COUNT, ())
                  if c.role == "value" and c.stated and _same_unit(n.unit, c.label)]
        if len({c.value for c in totals}) != 1:
            return None
        total = totals[0]
        rest = total.value - sum(said.values())
        if rest < 0:
            return None
        shown = " − ".join([total.label] + [f"{m}月{format_number(v)}{n.unit}" for m, v in sorted(said.items())])
        if _rounds_to(n, rest, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {shown}")
        return Trace(False, None, None, f"；{shown} = {format_number(rest)}{n.unit}，不是{n.text}")

    def _said_base_change(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """与二季度的95.8%相比，三季度回访满意率96.5%，提高0.7个百分点: a change whose base the sentence states
        with 与…相比 (相较, 比较) and whose new value it states after that clause, in one unit, is between those two
        figures: points for two rates, the amount for two counts or durations, the relative change in % for
        two counts; its direction word (提高, 下降 …) must go their way. Anything else there (the margin over the
        target, the change from another base) is wrong. None where the sentence states no such pair."""
        s_start = sentence[0]
        said = list(_SAID_BASE.finditer(text, s_start, n.start))[-1]
        figures = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= n.start]
        bases = [f for f in figures if s_start + f.mention.end <= said.start()
                 and re.fullmatch("[^，,；;。0-9]{0,3}", text[s_start + f.mention.end:said.start()])]
        if len(bases) != 1:
            return None
        base = bases[0]
        opened = text[max(s_start, text.rfind("，", s_start, s_start + base.mention.start) + 1):s_start + base.mention.start]
        if not re.search("[与和同跟较]", opened):
            return None
        # (…相比，本周接待量增加110件: a change the sentence states is no new level)
        later = [f for f in figures if s_start + f.mention.start >= said.end() and f.mention.unit == base.mention.unit
                 and f.family == base.family and f.mention.high is None
                 and not re.search("提高|提升|上升|增加|增长|多|延长|高|下降|降低|减少|缩短|少|低|回落|约|近|超过|不到",
                                   text[max(s_start, max(text.rfind(c, s_start, s_start + f.mention.start) for c in "，,") + 1):
                                        s_start + f.mention.start])]
        if len(later) != 1 or base.mention.unit == "" or base.mention.high is not None:
            return None
        now = later[0]
        between = text[s_start + now.mention.end:n.start]
        move = re.search("(提高|提升|上升|增加|增长|多|延长|高|下降|降低|减少|缩短|少|低|回落)了?(?:约)?$", between)
        if move is None or re.search("[；;。]", between) or "目标" in between:
            return None
        up = move.group(1) in ("提高", "提升", "上升", "增加", "增长", "多", "延长", "高")
        a, b = base.mention.value, now.mention.value
        if a == b:
            return None
        if base.mention.unit == "%":
            if "百分点" not in n.unit:
                return None
            exact, formula = abs(b - a), f"|{now.mention.text} − {base.mention.text}|"
        elif n.unit == "%":
            if base.family != COUNT or not a:
                return None
            exact, formula = abs(b - a) / a * 100, f"|{now.mention.text} − {base.mention.text}| ÷ {base.mention.text} × 100%"
        elif n.unit == base.mention.unit:
            exact, formula = abs(b - a), f"|{now.mention.text} − {base.mention.text}|"
        else:
            return None
        if up != (b > a):
            return Trace(False, None, None, f"；句中{now.mention.text}比{base.mention.text}{'高' if b > a else '低'}，"
                                            f"“{move.group(1)}”说反了")
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {formula}")
        return Trace(False, None, None, f"；句中{formula} = {format_number(round_half_up(exact, 2))}"
                                        f"{n.unit}，不是{n.text}")

    def _beyond_mean(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """本组8人人均900件，本人1000件，比人均多100件 / 全组8人共7200件，本人1000件，比人均高出11.1%: an amount
        or a relative change after 比人均 (比全组人均, 比平均) in the figure's clause is between the count the
        sentence states last before 比 and the mean: the count it states after 人均, or else its whole over its
        headcount (7200件 ÷ 8人); anything else there is wrong. None where the sentence states no such pair."""
        s_start = sentence[0]
        said = list(_BEYOND_MEAN.finditer(text, s_start, n.start))[-1]
        if re.search("[，,；;。]", text[said.end():n.start]):
            return None
        figures = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= said.start()]
        counts = [f for f in figures if f.family == COUNT and f.mention.unit and f.mention.kind != "multiple"
                  and f.mention.unit not in ("人", "名", "位") and f.mention.text[:1].isdigit()]
        heads = [f for f in figures if f.mention.unit in ("人", "名", "位") and f.mention.value > 1]
        means = [f for f in counts if re.search("(?:人均|平均每人|每人平均)(?:接待|处理|受理|接听|完成|办结|为|达)?(?:约)?$",
                                                text[max(s_start, s_start + f.mention.start - 8):s_start + f.mention.start])]
        own = [f for f in counts if f not in means]
        sibling = _words().sibling
        part = sibling.search(text, s_start, said.start()) if sibling is not None else None
        if not own and not means and not heads and part is not None and n.unit == "%" \
                and re.search("中心|全部门|全班|团队|全员", said.group()) and self._per.get("人"):
            # 中心上半年人均处理3000件。二组人均比中心多6.7%: the part's own mean a fact's text gives it (二组…人均3200件)
            # (blind-33)
            group = part.group().removeprefix("第")
            given = [c for c in self._text_numbers if self._label_of(c.lead) == group and c.label[:1].isdigit()
                     and re.search("人均$", _CLAUSE_CUT.split(c.lead)[-1].strip())]
            if len({c.value for c in given}) == 1:
                c = given[0]
                unit = _unit_tail(c.label)
                if unit:
                    means = [SimpleNamespace(base=c.value, mention=SimpleNamespace(
                        text=f"{group}人均{c.label}", unit=unit, start=0))]
        if not own and means and not heads and part is not None \
                and re.search("中心|全部门|全班|团队|全员", said.group()) and self._per.get("人"):
            # 二组人均3200件，比中心人均多6.7%: a part of the team's own mean against the whole team's, the count metric
            # in its unit over the team (360000件 ÷ 120人) (blind-33)
            mine = means[-1]
            team = self._per["人"]
            wholes = {info.value / team for key, info in self._metrics.items() if key.startswith("metric:")
                      and info.value and info.unit and info.kind != "rate" and _same_unit(mine.mention.unit, info.unit)}
            if len(wholes) != 1:
                return None
            mean = wholes.pop()
            shown = f"团队人均{format_number(round_half_up(mean, 1))}{mine.mention.unit}"
        elif not own:
            return None
        elif means:
            mine = own[-1]
            mean, shown = means[-1].base, means[-1].mention.text
            if means[-1].mention.start > mine.mention.start or means[-1].mention.unit != mine.mention.unit:
                return None
        else:
            mine = own[-1]
            wholes = [f for f in own[:-1] if f.mention.unit == mine.mention.unit and f.base > mine.base]
            if len(wholes) != 1 or len(heads) != 1 or not heads[0].mention.start < wholes[0].mention.start:
                return None
            mean = wholes[0].base / heads[0].mention.value
            shown = f"人均{format_number(round_half_up(mean, 1))}{mine.mention.unit}（{wholes[0].mention.text} ÷ {heads[0].mention.text}）"
        if not mean or mine.base == mean:
            return None
        if (re.search("[多高]", said.group()) is not None) != (mine.base > mean):
            return Trace(False, None, None, f"；句中{mine.mention.text}比{shown}{'少' if mine.base < mean else '多'}，方向说反了")
        decimals = _decimals(n.precision)
        if n.unit == "%":
            exact = abs(mine.base - mean) / mean * 100
            formula = f"|{mine.mention.text} − {shown}| ÷ {shown} × 100%"
        elif n.unit == mine.mention.unit:
            exact = abs(mine.base - mean)
            formula = f"|{mine.mention.text} − {shown}|"
        else:
            return None
        if _rounds_to(n, exact, decimals):
            return Trace(True, f"{n.text} = {formula}")
        return Trace(False, None, None, f"；句中{formula} = {format_number(round_half_up(exact, 1))}{n.unit}，不是{n.text}")

    def _share_in_stated_whole(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """夜间进线的320件咨询中，退款类96笔，占30.0% / 两周共受理5000件，其中线上1200件，占这两周的24.0%: a whole
        the sentence states as the set its part is drawn from (a count followed by …中, or a clause 其中… right
        after it) and a part it states after it, in any count unit (件 and 笔), then 占 in the figure's own
        clause, bare or pointing back (这…的, tracing.yaml `back_whole`) or naming that whole by the words
        before its count (占退款类的 of 退款类咨询80件中): the share is that part over that whole; any other
        quotient (the part over the period's volume, a note's other part over the same whole) is wrong.
        None where the sentence has no such whole or 占 names another one."""
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        at = text.find("占", max(s_start, cut + 1), n.start)
        if at < 0:
            return None
        tail = text[at + 1:n.start]
        tail = re.sub("(?:约|近|大约|了)+$", "", re.sub("^(?:了|约|近)+", "", tail))
        back = _words().back_whole
        figures = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= at]
        counts = [f for f in figures if f.family == COUNT and f.mention.unit and f.mention.kind != "multiple"
                  and f.mention.text[:1].isdigit()]
        wholes = []
        for f in counts:
            after = text[s_start + f.mention.end:at]
            if re.match("[\u4e00-\u9fff]{0,6}?中[，,有]", after) or re.match("[，,]其中", after):
                wholes.append(f)
        if not wholes:
            return None
        whole = wholes[-1]
        parts = [f for f in counts if f.mention.start > whole.mention.start]
        # The part in the whole's unit (41件 of 58件, not the 2台 said of it); in another count unit
        # (38笔 of 210件) only where it is the one count after the whole.
        alike = [f for f in parts if f.mention.unit == whole.mention.unit]
        parts = alike or (parts if len(parts) == 1 else [])
        if not parts or not 0 < parts[-1].base < whole.base:
            return None
        part = parts[-1]
        if tail:
            head = text[s_start:s_start + whole.mention.start]
            head = head[_last_mark(head, "，,；;：:") + 1:]
            head = re.sub("[共有为是达计合累约近]+$", "", head)
            words = tail[:-1] if tail.endswith("的") else ""
            pointed = back is not None and back.match(tail) is not None or re.fullmatch("这[^的]{1,5}的", tail) is not None
            named = len(words) >= 2 and _CJK_CHAR.search(words) is not None and (
                head.startswith(words) or head.endswith(words) or len(head) >= 2 and words.endswith(head)
                or "的" in head and head[head.rindex("的") + 1:].startswith(words))
            if not (pointed or named):
                return None
        between = text[s_start + whole.mention.end:s_start + part.mention.start]
        if re.search("[。；;]", between):
            return None
        exact = part.base / whole.base * 100
        # (三分之二 for 1200 ÷ 1800: the fraction itself, 66.67 %, not its value rounded to a whole percent)
        if _rounds_to(n, exact, _decimals(n.precision)) or _exact_fraction(n) and abs(exact - n.value) <= 0.05:
            return Trace(True, f"{n.text} = {part.mention.text} ÷ {whole.mention.text} × 100%")
        return Trace(False, None, None, f"；句中{part.mention.text}出自{whole.mention.text}，{part.mention.text} ÷ "
                                        f"{whole.mention.text} = {format_number(round_half_up(exact, 1))}%，不是{n.text}")

    def _share_of_said_whole(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """其中60单需人工处理，占当月会话4400件的1.4% / 下半年投诉130件，其中7月41件，占下半年投诉的31.5%:
        a share whose whole 占…的 states (a count between 占 and 的) or names by the words the sentence
        said right before a count it stated earlier (下半年投诉 of 下半年投诉130件) is the last count the
        sentence states before 占 over that whole; over any other whole (60 ÷ 1800, 41 ÷ the year's 236)
        it is wrong. None where 占…的 holds no such whole."""
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        at = text.find("占", max(s_start, cut + 1), n.start)
        if at < 0:
            return None
        tail = text[at + 1:n.start]
        if not re.fullmatch("[^，,；;：:。]+的(?:约|近|超过|不到)?", tail):
            return None
        figures = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= n.start]
        counts = [f for f in figures if f.family == COUNT and f.mention.unit and f.mention.kind != "multiple"]
        inside = [f for f in figures if s_start + f.mention.start > at]
        if len(inside) > 1 and sum(f.mention.text[:1].isdigit() for f in inside) == 1:
            # 占两组70人的: a count of parts in words (两组) beside the whole's own number (blind-33)
            inside = [f for f in inside if f.mention.text[:1].isdigit()]
        if len(inside) > 1 or inside and inside[0] not in counts:
            return None
        before = [f for f in counts if s_start + f.mention.end <= at and f.mention.text[:1].isdigit()]
        said_words = tail[:tail.rindex("的")]
        if not inside and before and len(said_words) >= 2 and _BACK_OPENER.match(text, s_start) \
                and not any(w in text[s_start:sentence[1]] for w in _words().respectively):
            # 暴雨当天来电4200件。其中补贴咨询1500件，占当天来电的35.7%: a sentence that opens by
            # referring back (其中) takes the whole its 占…的 names from the sentence before, where one
            # count there is so named (and none of its own is).
            named = self._whole_said_before(text, s_start, said_words, before[-1])
            if len(named) == 1 and not any(self._head_names(text, s_start, f, said_words) for f in before[:-1]):
                return self._said_share(n, named[0], before[-1], "前一句")
        if inside:
            whole = inside[0]
        elif _words().back_whole is not None and _words().back_whole.match(text, at):
            return None  # 占这类投诉的: the whole just stated (_rate_of_stated_whole)
        else:
            words = tail[:tail.rindex("的")]
            if len(words) < 2 or not _CJK_CHAR.search(words):
                return None
            named = []
            for f in before[:-1]:
                if self._head_names(text, s_start, f, words):
                    named.append(f)
            if len(named) > 1:
                return None
            if not named:
                return self._share_of_named_whole(text, n, words, before) \
                    or self._share_of_text_whole(text, n, sentence, words, before)
            whole = named[0]
        parts = [f for f in before if f is not whole and f.mention.start > whole.mention.start] if not inside \
            else [f for f in before if f is not whole]
        if not parts or not 0 < parts[-1].base < whole.base:
            return None
        summed = parts[-1:]
        for f in reversed(parts[:-1]):
            # (the run of counts listed right before: 用药咨询3360件、订单配送2520件)
            gap = text[s_start + f.mention.end:s_start + summed[0].mention.start]
            if f.mention.unit != parts[-1].mention.unit or not re.fullmatch("[、和与及][^，,；;。0-9]{0,8}", gap):
                break
            summed.insert(0, f)
        if len(summed) >= 2 and re.search("合计|共计|一共|总共|加起来|[两二三四几]类|[两二三四几]项",
                                          text[s_start + summed[-1].mention.end:at]):
            # 用药咨询3360件、订单配送2520件，两类合计占全部8400件的七成: the part is the counts listed, summed
            # (tracer round 48)
            total = sum(f.base for f in summed)
            shown = " + ".join(f.mention.text for f in summed)
            exact = total / whole.base * 100
            if 0 < total < whole.base and _rounds_to(n, exact, _decimals(n.precision)):
                return Trace(True, f"{n.text} = ({shown}) ÷ {whole.mention.text} × 100%")
            if 0 < total < whole.base:
                return Trace(False, None, None, f"；“占”前合计的是{shown} = {format_number(total)}，"
                                                f"÷ {whole.mention.text} = {format_number(round_half_up(exact, 1))}%，"
                                                f"不是{n.text}")
        return self._said_share(n, whole, parts[-1])

    def _share_of_named_metric(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """室温不达标8640件，占全月来电的36.0% / 回访4800户，占本月来电的20.0% / 升级60件，占已办结投诉的5.3%, where the
        categories (or another quotient the tracer found) are over another whole: a share whose 占…的 names a count
        metric (with no word but the period's own: 本月, 全月, 本期 …) or the complaints handled (tracing.yaml
        `handled_whole`: 已办结, 已处理 …) is the last count the sentence states before 占 over that metric's value
        (the complaints handled); over another whole it is wrong. None where the words name no such whole, or the
        sentence states no count before 占."""
        if self._name_regex is None:
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        at = text.rfind("占", max(s_start, cut + 1), n.start)
        if at < 0:
            return None
        tail = text[at + 1:n.start]
        run = _SPAN_SAID.match(tail)
        spans = self._span_rows() if run is not None else {}
        if run is not None and spans and re.fullmatch("[^，,；;：:。0-9]+的(?:约|近|超过|不到)?", tail[run.end():]):
            # 占16日至22日来电的10.7%: a run of days the table has a row for, and a column of it (blind-33)
            month, first, last = (int(run.group(1)) if run.group(1) else None), int(run.group(2)), int(run.group(3))
            rows = [r for r, (mo, a, b) in spans.items() if a == first and b == last and (month is None or month == mo)]
            rest = tail[run.end():tail.rindex("的")]
            cells = [c for items in self._columns.values() for c in items if len(rows) == 1 and c.month == rows[0]
                     and ((col := c.source.rsplit(".", 1)[-1]) == rest or col in (rest + "量", rest + "数"))]
            if len(cells) != 1:
                return None
            whole, label = cells[0].value, f"{cells[0].label}（{cells[0].source.removeprefix('事实 ')}）"
            words = ""
        elif not re.fullmatch("[^，,；;：:。0-9]+的(?:约|近|超过|不到)?", tail):
            return None
        else:
            words = tail[:tail.rindex("的")]
            whole, label = None, ""
        stripped = words
        for w in sorted(self._own_period_words(), key=len, reverse=True):
            if stripped.startswith(w):
                stripped = stripped[len(w):]
                break
        annual = re.fullmatch("(?:全年|年度|本年度)([^，,；;。0-9]{0,6}?)的?目标(?:值)?", words) if whole is None else None
        if annual is not None:
            # 占全年工作量目标的22.9%: the one count metric's annual target (blind-33)
            aims = [i for i in self._metrics.values() if i.annual_target and i.unit
                    and family_of(i.unit, None)[0] == COUNT
                    and (not annual.group(1) or annual.group(1) in i.name or annual.group(1) in ("工作量", "业务量", "总量"))]
            if len(aims) != 1:
                return None
            whole, label = aims[0].annual_target, f"“{aims[0].name}”全年目标{format_number(aims[0].annual_target)}{aims[0].unit}"
        handled = _words().handled_whole
        count = next((c.value for c in self._all.items.get(COUNT, ()) if c.source == "事实 complaints.handled"), None)
        if whole is None and handled is not None and count is not None:
            m = handled.match(stripped)
            if m is not None and stripped[m.end():] in ("投诉", "的投诉"):
                whole, label = count, f"已办结投诉{format_number(count)}件"
        complaints = False
        total = next((c.value for c in self._all.items.get(COUNT, ()) if c.source == "事实 complaints.total"), None)
        if whole is None and total is not None and _words().complaints_whole is not None \
                and _words().complaints_whole.fullmatch(stripped):
            # 占全部投诉的 / 占IVR投诉总数的: the complaints' total, not a month's count a note gives (blind-33)
            whole, label = total, f"投诉总数{format_number(total)}件"
            complaints = True
        hours = None
        if whole is None:
            m = self._name_regex.fullmatch(stripped) or self._name_regex.fullmatch(stripped.replace("总", "", 1))
            # (占全月来电的: the count metric's name without its 量; 占项目总工时的: 项目工时)
            keys = [k for k in dict.fromkeys(self._names.get(m.group(), ())) if k in self._metrics] if m is not None \
                else [k for k, i in self._metrics.items() if len(stripped) >= 2 and i.name in (stripped + "量", stripped + "数")]
            if len(keys) != 1:
                return None
            info = self._metrics[keys[0]]
            if info.value is None or not info.unit:
                return None
            if family_of(info.unit, None)[0] == DURATION and not re.search("平均|时长|用时|耗时|速度", info.name):
                hours = info.unit  # (a total of time, 项目工时 2300小时: its parts are hours in its unit)
            elif family_of(info.unit, None)[0] != COUNT:
                return None
            whole, label = info.value, f"“{info.name}”本期{format_number(info.value)}{info.unit}"
        before = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= at
                  and (f.family == COUNT and f.mention.kind == "count" if hours is None else f.mention.unit == hours)
                  and f.mention.unit and f.mention.text[:1].isdigit()
                  and not (complaints and re.search("[/每]", f.mention.unit))]  # (17.6件/万通 is no count of complaints)

        def said(value: float) -> bool:
            return re.search(f"(?<![0-9.]){re.escape(format_number(value).replace(',', ''))}(?![0-9])",
                             source.replace(",", "")) is not None

        base = (lambda f: f.mention.value) if hours else (lambda f: f.base)  # (hours in the metric's own unit)
        if said(whole) and (len(before) != 1 or said(base(before[-1]))):
            return None  # the tracer's own quotient is over the named whole already (…of the part it states)
        if len(before) != 1 or not 0 < base(before[-1]) < whole or not n.text[:1].isdigit() or n.approximate:
            return None  # (two counts, 两类合计; a fraction or a hedge: the tracer's own reading)
        part = before[-1]
        exact = base(part) / whole * 100
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {part.mention.text} ÷ {label} × 100%")
        return Trace(False, None, None, f"；“占”后说的整体是{label}，{part.mention.text} ÷ {format_number(whole)} = "
                                        f"{format_number(round_half_up(exact, 1))}%，不是{n.text}")

    def _own_month_said(self, said: str) -> str | None:
        """In a report of one month, its month named alone in `said` (10月接通率只有…, 10月份): the period itself — not a
        day of it (10月9日), a part (10月上旬), a run (10月1日至20日) nor another year's (去年10月: a draft of report blind
        round 38/02 drew CS401 in a first version). None elsewhere."""
        if len(self._period_months) != 1:
            return None
        mo = next(iter(self._period_months))
        alone = re.search(f"(?<![0-9至到—–~年-]){mo}月份?(?![0-9底初中上下旬至到—–~-])", said)
        return alone.group() if alone else None

    def _own_period_words(self) -> list[str]:
        """The words of tracing.yaml `whole_period` that name the report's own period (本月 in a monthly report,
        上半年 in a report of January to June, 本期 in any), not a longer or another one."""
        months = len(self._period_months)
        half = {frozenset(range(1, 7)): "上半年", frozenset(range(7, 13)): "下半年"}.get(self._period_months)
        spans = {"全年": 12, "本年度": 12, "年度": 12, "全季度": 3, "本季度": 3, "全季": 3, "本季": 3,
                 "本月": 1, "全月": 1, "上半年": 6, "下半年": 6, "全周": 0, "本周": 0}
        own = []
        for w in _words().whole_period.pattern.split("|"):
            w = w.replace("\\", "")
            if w in ("上半年", "下半年"):
                if w == half:
                    own.append(w)
            elif w in spans:
                if spans[w] == months:
                    own.append(w)
            else:
                own.append(w)
        return own

    @staticmethod
    def _said_share(n: NumberMention, whole: _Stated, part: _Stated, where: str = "句中") -> Trace:
        """The part over the whole 占…的 names, or wrong."""
        exact = part.base / whole.base * 100
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {part.mention.text} ÷ {whole.mention.text} × 100%")
        return Trace(False, None, None, f"；“占”后说的整体是{where}的{whole.mention.text}，{part.mention.text} ÷ "
                                        f"{whole.mention.text} = {format_number(round_half_up(exact, 1))}%，不是{n.text}")

    def _share_of_text_whole(self, text: str, n: NumberMention, sentence: tuple[int, int], words: str,
                             before: list[_Stated]) -> Trace | None:
        """项目支出171万元，其中软件采购96万元，占预算的53.3%: a share whose whole 占…的 names by the words a
        fact's text puts right before one of its numbers (项目预算180万元), in the unit of the last count the
        sentence states before 占 and larger than it, where no number of the sentence is so named: that count
        over the text's number, or wrong (96 ÷ the 171 the sentence states was accepted). None where the words
        name no such number, or more than one value."""
        if not before:
            return None
        part = before[-1]
        if len(words) < 2 or not part.mention.unit or not part.mention.text[:1].isdigit() or part.base <= 0:
            return None
        bare = words
        if _words().whole_period is not None and _words().whole_period.search(bare) \
                or self._own_named is not None and self._own_named.search(bare) \
                or _words().back_whole is not None and _words().back_whole.match("占" + bare):
            return None  # 占全年来电的, 占上半年工单的, 占当天…的: the period's (the time's) whole, not a text's number
        said = text[sentence[0]:n.start]
        if bare in said[:said.rfind("占")]:
            return None  # the sentence names the whole itself (its own count or words)
        if self._name_regex is not None and self._name_regex.search(bare):
            return None  # 占受理量的: a metric's (a column's, an item's) whole is the tracer's own to read
        unit = part.mention.unit.lstrip("十百千万亿")
        wholes = {c.value: c for fam in (COUNT, PLAIN) for c in self._all.items.get(fam, ())
                  if c.role == "text" and c.context and c.context.endswith(bare) and c.value > part.base
                  and _unit_tail(c.label) and _same_unit(unit, _unit_tail(c.label).lstrip("十百千万亿"))}
        if len(wholes) != 1:
            return None
        whole = next(iter(wholes.values()))
        exact = part.base / whole.value * 100
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {part.mention.text} ÷ {whole.label}（{whole.source}）× 100%")
        return Trace(False, None, None, f"；“占”后说的整体是{whole.label}（{whole.source}），{part.mention.text} ÷ "
                                        f"{whole.label} = {format_number(round_half_up(exact, 1))}%，不是{n.text}")

    @staticmethod
    def _head_names(text: str, s_start: int, f: _Stated, words: str) -> bool:
        """Do the words of its own clause right before the sentence's count `f` name `words` (下半年投诉
        of 下半年投诉130件)?"""
        head = text[s_start:s_start + f.mention.start]
        head = head[_last_mark(head, "，,；;：:") + 1:]
        head = re.sub("[共有为是达计合累约近]+$", "", head)
        return head.endswith(words) or len(head) >= 2 and words.endswith(head)

    def _whole_said_before(self, text: str, s_start: int, words: str, part: _Stated) -> list[_Stated]:
        """The counts of the sentence before `s_start` (within its line) in the part's unit and larger than
        it, whose own clause's words before them end with `words` (当天来电 of 暴雨当天来电4200件)."""
        prev = _sentence_before(text, s_start)
        if prev is None:
            return []
        # 占当月会话的 after 5月智能客服会话30000次: the time word (当月, 当天, 本周) points back to the
        # time of the sentence before; the rest of the words name the whole.
        bare = words
        for said in (_words().back_whole, _words().whole_period):
            m = said.match("占" + bare if said is _words().back_whole else bare) if said is not None else None
            if m is not None and len(bare) - (m.end() - (said is _words().back_whole)) >= 2:
                bare = bare[m.end() - (said is _words().back_whole):]
        return [f for f in self._sentence_figures(text, (prev, s_start))
                if f.family == COUNT and f.mention.unit == part.mention.unit and f.base > part.base > 0
                and (self._head_names(text, prev, f, words) or self._head_names(text, prev, f, bare))]

    def _share_of_named_whole(self, text: str, n: NumberMention, words: str, before: list[_Stated]) -> Trace | None:
        """9月升舱兑换投诉17件，占全年升舱兑换投诉的25.0%: a share whose
        whole 占…的 names by one complaint type's or category's name, with no other word but the whole's
        (tracing.yaml `whole_named`: 全年, 中心 …), is the last count the sentence states before 占 over that
        type's count; over another whole (17 ÷ all 236 complaints) it is wrong. None where the words name no
        such subject or another whole (占已办结投诉的, 占下半年投诉的), or the sentence states no count before 占.
        (A metric's name there, 占中心服务量的, is left to the tracer: the same rule drew false alarms on
        other sets' 占受理量的 and 占全年来电量的.)"""
        if self._name_regex is None or not before:
            return None
        bare = words
        names = list(self._name_regex.finditer(bare))
        left = self._name_regex.sub("", bare)
        if self._own_named is not None:
            left = self._own_named.sub("", left)
        half = {frozenset(range(1, 7)): "上半年", frozenset(range(7, 13)): "下半年"}.get(self._period_months)
        for w in (*_words().whole_named, *((half,) if half else ())):
            left = left.replace(w, "")
        if left:
            return None  # 占下半年投诉的, 占已办结投诉的: another whole than the subject's own
        keys = [k for m in names for k in self._names.get(m.group(), ())]
        grouped = [k for k in dict.fromkeys(keys) if self.subjects.get(k) is not None and self.subjects[k].group]
        chosen = grouped
        if len(chosen) != 1 or chosen[0] not in self._by_subject:
            return None
        key = chosen[0]
        wholes = [c for fam in (COUNT, PLAIN) for c in self._by_subject[key].items.get(fam, ())
                  if c.stated and c.role in ("value", "count")
                  and re.fullmatch("事实 (?:.+\\.value|complaints\\.types\\..+\\.count|categories\\[[0-9]+\\]\\.count|complaints\\.total)",
                                   c.source)]
        if len({c.value for c in wholes}) != 1:
            return None
        whole = wholes[0]
        part = before[-1]
        if not part.mention.text[:1].isdigit() or not 0 < part.base < whole.value:
            return None
        exact = part.base / whole.value * 100
        name = self.subjects[key].name if key in self.subjects else key
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {part.mention.text} ÷ {whole.label}（{whole.source.removeprefix('事实 ')}） × 100%")
        return Trace(False, None, None, f"；“占”后说的整体是“{name}”的{whole.label}，{part.mention.text} ÷ {whole.label} = "
                                        f"{format_number(round_half_up(exact, 1))}%，不是{n.text}")

    def _group_headcount(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """成都站全年服务240000次，按38人计人均6316次 / 北京站离职5人，按中心64人计，流失率7.8%, where a fact's text says
        北京站38人、成都站26人: a per-head figure or a rate of people in a sentence that names one part of the team
        whose headcount a fact's text gives (tracing.yaml `group_ends`) is over that headcount; over another
        (the other site's, the whole team's) it is wrong. None elsewhere."""
        m = re.fullmatch("[^=]+= (.+?) ÷ ([0-9]+)人( × 100%)?(?:（事实 [^）]+）)?", source)
        groups = _words().group_named
        if groups is None or m is None and source:
            return None
        said = text[sentence[0]:n.start]
        back = _words().owner_back
        if back is not None and back.match(said) and (before := _sentence_before(text, sentence[0])) is not None:
            said = text[before:n.start]  # (二组人均受理量最高。其人均为…: the group the sentence before names)
        sizes: dict[str, float] = {}
        found_groups = 0
        for c in self._text_numbers:
            if c.label.endswith("人") and c.label[:-1].replace(".", "").isdigit():
                # (二组（故障）8人: the group's name before what it does in brackets)
                lead = re.sub("[（(][^（）()]*[）)]$", "", _CLAUSE_CUT.split(c.lead)[-1].rstrip())
                if groups.search(lead) is None:
                    continue
                found_groups += 1
                # 管理南站 / 管理北京站: the longest end of the words before the headcount the sentence names.
                name = next((lead[-k:] for k in range(min(len(lead), 6), 1, -1) if lead[-k:] in said), None)
                if name is not None:
                    sizes.setdefault(name, c.value)
        if found_groups < 2:
            return None
        named = [g for g in sizes if not any(g != h and g in h for h in sizes)]
        team = self._per.get("人")
        if not named and m is not None and not m.group(3) and team and float(m.group(2)) != team \
                and re.search("人均|每人|每名", said[-8:]) and re.search("全|共|合计|总", said) \
                and not re.search("[0-9一二两三四五六七八九十]+(?:个)?(?:人|名|位)", said):  # (其余5人…: its own people)
            # 全中心4个组共受理360000件，人均12000件 where 12000 = 一组's 108000件 ÷ 9人: a per head after the whole's
            # count, no group named, is over the team.
            counts = [f for f in self._sentence_figures(text, sentence) if sentence[0] + f.mention.end <= n.start
                      and f.family == COUNT and f.mention.unit and _same_unit(n.unit, f.mention.unit)
                      and f.mention.text[:1].isdigit()]
            if counts and not _rounds_to(n, counts[-1].base / team, _decimals(n.precision)):
                value = counts[-1].base / team
                return Trace(False, None, None, f"；句中没有说哪个组，{counts[-1].mention.text} ÷ 全队{format_number(team)}人 = "
                                                f"{format_number(round_half_up(value, 1))}{n.unit}，{n.text}是{m.group(1)} ÷ "
                                                f"{m.group(2)}人")
        if len(named) != 1:
            return None
        if m is None:
            # 成都站服务240000次，人均9231次 / 北京站离职5人，流失率13.2%: the count the sentence states last
            # over the part's headcount (人均/每人 before a count, a rate word before a percent of people).
            per = n.unit != "%" and re.search("人均|每人|每名", said[-8:]) is not None
            rate = n.unit == "%" and "率" in said[-8:]
            counts = [f for f in self._sentence_figures(text, sentence) if sentence[0] + f.mention.end <= n.start
                      and f.family == COUNT and f.mention.text[:1].isdigit()
                      and (per and f.mention.unit and _same_unit(n.unit, f.mention.unit)
                           or rate and f.mention.unit == "人")]
            if not counts:
                return None
            value = counts[-1].base / sizes[named[0]] * (100 if rate else 1)
            if _rounds_to(n, value, _decimals(n.precision)):
                return Trace(True, f"{n.text} = {counts[-1].mention.text} ÷ {named[0]}{format_number(sizes[named[0]])}人"
                                   + (" × 100%" if rate else ""))
            return None
        size, used = sizes[named[0]], float(m.group(2))
        stated = re.match("[0-9.,]+", m.group(1))
        if stated is None:
            return None
        if size == used and (m.group(3) or n.unit == "%"):
            return None
        if size == used:
            # 二组人均480次 where 480 = 一组's 960次 ÷ 2人 (both groups of two): a count the text gives another group
            top = float(stated.group().replace(",", ""))
            owner = next((c for c in self._text_numbers if c.value == top and m.group(1).endswith(c.label)
                          and c.label == m.group(1)), None)
            lead = re.sub("[（(][^（）()]*[）)]", "", _CLAUSE_CUT.split(owner.lead)[-1]) if owner is not None else ""
            other = re.match(groups.pattern.removesuffix("$").replace("[\\u4e00-\\u9fff]", "[\\u4e00-\\u9fff]{1,4}", 1), lead)
            if owner is None or other is None or named[0] in lead or other.group() in named[0]:
                return None
            return Trace(False, None, None, f"；句中说的是{named[0]}，{m.group(1)}是{other.group()}的，不是{named[0]}的")
        value = float(stated.group().replace(",", "")) / size * (100 if m.group(3) else 1)
        if _rounds_to(n, value, _decimals(n.precision)):
            return None
        return Trace(False, None, None, f"；句中说的是{named[0]}，{named[0]}是{format_number(size)}人，"
                                        f"{n.text}是{m.group(1)} ÷ {format_number(used)}人，不是{named[0]}的")

    def _part_given_to_whole(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """全年会员平均等待55秒 where a problem's evidence says 成都站平均等待55秒 / 5月新车型上线后，上半年一次解决率降到
        83.8% where it says 5月一次解决率83.8%: a number a fact's text gives a metric for a part of the period or
        of the team (the words before the metric's name in its clause: 成都站, 5月), said in a clause that names
        the metric with a word of the whole period (tracing.yaml `whole_period`: 全年, 上半年 …) and not that part,
        is wrong. None elsewhere."""
        whole = _words().whole_period
        if whole is None:
            return None
        cut = _last_mark(text, "，,；;：:", sentence[0], n.start)
        clause = text[max(sentence[0], cut + 1):n.start]
        said = whole.search(clause)
        if said is None and len(self._period_months) == 1 and self._own_named is not None:
            # 11月接通率只有60.0% in November's report where a note says 18日接通率60.0%: the one month
            # of a monthly report, by its number, is the whole period too.
            said = self._own_named.search(clause)
        if said is None or "占" in clause:
            return None  # (占本月投诉的40.4%: a share of the whole, not the whole's own level)
        ends = tuple(_words().said_without)
        for c in self._text_numbers:
            if c.source != source or c.value != n.value or not _same_unit(n.unit, c.label):
                continue
            lead = _CLAUSE_CUT.split(c.lead)[-1]
            for key, info in self._metrics.items():
                if not key.startswith("metric:"):
                    continue  # the complaints' count and types are parts of their own
                end = next((w for w in ends if info.name.endswith(w) and len(info.name) - len(w) >= 2), "")
                stems = [info.name] + ([info.name[:-len(end)]] if end else [])
                # …or by a shorter name the metric alone goes by (按时完成率 of 工单按时完成率).
                stems += sorted((w for w, keys in self._names.items() if keys == (key,) and len(w) >= 3
                                 and w not in stems and w in info.name), key=len, reverse=True)
                stem = next((x for x in stems if x in lead and x in clause), None)
                if stem is None:
                    continue
                part = lead[:lead.index(stem)].strip()
                if not part and source.startswith("事实 cases"):
                    # 11月16日来电3000件，接通2340件，接通率78.0% of a case: the day its text opens with (blind-33)
                    day = re.match("(?:[0-9]{1,2}月)?[0-9]{1,2}日", c.lead.strip())
                    part = day.group() if day is not None else ""
                if not part or part in clause or whole.fullmatch(part) or not re.search("[0-9\u4e00-\u9fff]", part):
                    continue
                return Trace(False, None, info.name, f"；{source.removeprefix('事实 ')}中{n.text}是{part}的“{info.name}”，"
                                                     f"句中说的是{said.group()}")
        return None

    def _text_number_of_another_time(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """第二周投诉降到30件 where a note gives 8月30件 and a case 第二周…25件 / 上线首周转人工率38.0% where a case gives
        首周…52.0% and 7月下旬…38.0%: a number a fact's text gives one time (the last time its sentence names before
        it: a day, a run of days, a month, a third of a month, a week by its number, 首周), said in a clause that names
        another time of those kinds (or a word of the whole period: 本周, 全月) and not the text's, is that other
        time's: wrong. None where any text giving the number names no time, or the same time, or the period's own."""
        cut = _last_mark(text, "，,；;：:", sentence[0], n.start)
        # (not a time the clause measures from or ranks within: 比全周低, 7月1日全行上线后三个月, 全周最高的)
        said = [m for m in _TIME_SAID.finditer(text, max(sentence[0], cut + 1), n.start)
                if not re.search("[比较于与和跟同]$", text[max(sentence[0], cut + 1):m.start()])
                and not re.match("的?(?:最|峰值)|[^，,；;0-9]{0,6}?(?:后|起|以来|以前|之前|前)", text[m.end():n.start])]
        if not said:
            return None
        said_time = said[-1].group()
        own = self._own_named
        whole = _words().whole_period
        times = []
        for c in self._text_numbers:
            if c.value != n.value or not _same_unit(n.unit, c.label):
                continue
            theirs = list(_TIME_SAID.finditer(c.lead))
            if not theirs:
                return None  # (a text giving it with no time of its own: nothing to tell apart)
            their_time = theirs[-1].group()
            if said_time in their_time or their_time in said_time or their_time in text[sentence[0]:n.start] \
                    or all(own is not None and own.fullmatch(t) or whole is not None and whole.fullmatch(t)
                           for t in (said_time, their_time)):
                return None  # (the same time, or the period's own by two names: 本周 / 全周, 本月 / 11月)
            times.append((their_time, c))
        if not times:
            return None
        their_time, c = times[0]
        return Trace(False, None, None, f"；{c.source.removeprefix('事实 ')}中{n.text}是{their_time}的，句中说的是{said_time}")

    def _basis_over_another_whole(self, text: str, n: NumberMention, sentence: tuple[int, int],
                                  source: str) -> Trace | None:
        """上半年收到好评6120件，若按全部会话21600件算，好评率只有28.3% where 好评率's basis is 6120 of 6800: a quotient
        whose numerator is a rate's basis part (6120), over another whole than the basis total, named in its clause
        by that rate's name, is no level of that rate: wrong. None elsewhere."""
        m = re.fullmatch("[^=]+= ([0-9.,]+)(万|千|亿)?[^0-9 ÷]* ÷ ([0-9.,]+)(万|千|亿)?[^0-9 ×]* × 100%", source)
        if m is None:
            return None
        # (故障工单20万件中…: a number said in 万 is 200000)
        scale = {None: 1.0, "万": 1e4, "千": 1e3, "亿": 1e8}
        part = float(m.group(1).replace(",", "")) * scale[m.group(2)]
        whole = float(m.group(3).replace(",", "")) * scale[m.group(4)]
        cut = _last_mark(text, "，,；;：:", sentence[0], n.start)
        clause = text[max(sentence[0], cut + 1):n.start]
        for key, info in self._metrics.items():
            if info.unit != "%" or info.value is None or info.name not in clause or key not in self._by_subject:
                continue
            basis = [c for c in self._by_subject[key].items.get(PLAIN, ()) if c.role == "basis"]
            totals = [c.value for c in basis if c.source.endswith(".total")]
            parts = [c.value for c in basis if not c.source.endswith(".total")]
            if len(totals) != 1 or part not in parts or whole == totals[0]:
                continue
            return Trace(False, None, info.name, f"；“{info.name}”是{format_number(part)} ÷ {format_number(totals[0])} = "
                                                 f"{format_number(info.value)}%，{n.text}的分母{format_number(whole)}不是它的总数")
        return None

    def _exact_counts_before(self, text: str, sentence: tuple[int, int], end: int) -> list[_Stated]:
        """The sentence's counts with a unit that end before `end`, stated exactly: no multiple (3倍), no
        range, no hedge (约, 近) — the counts a rate can be worked out from."""
        return [f for f in self._sentence_figures(text, sentence)
                if sentence[0] + f.mention.end <= end and f.family == COUNT and f.mention.unit
                and f.mention.kind != "multiple" and f.mention.high is None and not f.mention.approximate]

    def _rate_of_said_counts(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """晚班组受理154000通、接通144540通，接通率93.9%: a rate whose clause is its stem and 率 (接通率, 一次解决率) said
        right after the sentence states a count after that stem (接通144540通) and, before it, a larger count of the
        same unit (受理154000通) is the one over the other: traced when it rounds to it, else wrong — whoever's counts
        they are (a group's, a day's); so is a rate after a part said of a whole as X件中Y件 (其余5人7210件中6188件，响应率…),
        whatever its stem. None elsewhere (a share, 占; a part taken out; no such pair)."""
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        own = text[max(s_start, cut + 1):n.start]
        m = re.fullmatch("[\u4e00-\u9fff]{0,6}?([\u4e00-\u9fff]{2})率(?:为|是|达到|达|只有|仅|约为|有)?", own)
        if m is None or "占" in own:
            return None
        words = _words()
        if words.deducted is not None and words.deducted.search(text, s_start, n.start):
            return None
        stem = m.group(1)
        figures = self._exact_counts_before(text, sentence, cut + 1)
        at = next((i for i in range(len(figures) - 1, -1, -1)
                   if text[s_start:s_start + figures[i].mention.start].endswith(stem)), None)
        if at is None or at != len(figures) - 1:
            # 其余5人7210件中6188件，响应率…: the last two counts said as a whole and the part of it (X件中Y件, X件里有Y件)
            # give the rate, whatever its stem (tracer round 48)
            if len(figures) < 2:
                return None  # (the part must be the last count before the rate's clause)
            whole, part = figures[-2], figures[-1]
            between = text[s_start + whole.mention.end:s_start + part.mention.start]
            if not re.fullmatch("(?:中|里|之中|当中)(?:有|的)?", between) or whole.mention.unit != part.mention.unit:
                return None
        else:
            part = figures[at]
            whole = next((f for f in reversed(figures[:at]) if f.mention.unit == part.mention.unit), None)
        if whole is None or whole.base <= part.base:
            return None
        exact = part.base / whole.base * 100
        shown = f"{part.mention.text} ÷ {whole.mention.text}"
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {shown} × 100%")
        return Trace(False, None, None, f"；句中{shown} = {format_number(round_half_up(exact, 1))}%，不是{n.text}")

    def _multiple_of_month_mean(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """当天进线4860通，是10月日均的6.3倍 / 是2月日均的2.8倍: a count said as a multiple of a month's daily mean (the
        month named, 上月 or 本月 in a report of one month, 当月 for the month of the day the sentence names) is the
        count over that month's count of its unit (a table row of months, else the period's value or the previous of
        the one metric of the unit) over the month's days: traced when it rounds to it, else wrong (a fact's text's
        multiple against its own month said against another is no quote of it). None where that month's count is
        not known."""
        import calendar

        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        own = text[max(s_start, cut + 1):n.start]
        m = re.fullmatch("(?:是|为|相当于|达到了?|达)(?P<when>[0-9]{1,2}月份?|上个?月|本月|当月)的?(?:平均)?日均"
                         "[\u4e00-\u9fff]{0,4}?的(?:约|近)?", own)
        if m is None or not self._period_year:
            return None
        figures = self._exact_counts_before(text, sentence, cut + 1)
        if not figures:
            return None
        count = figures[-1]
        unit = count.mention.unit
        when = m.group("when")
        one_month = len(self._period_months) == 1
        year, month = self._period_year, self._period_last_month
        if when.startswith("上"):
            if not one_month or self._previous_kind != "chain":
                return None
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        elif when == "当月":
            day = list(re.finditer("(?<![0-9])([0-9]{1,2})月[0-9]{1,2}[日号]", text[s_start:n.start]))
            if day:
                month = int(day[-1].group(1))
            elif not one_month:
                return None
        elif when != "本月":
            month = int(re.match("[0-9]+", when).group())
        elif not one_month:
            return None
        if not 1 <= month <= 12:
            return None
        metrics = [i for i in self._metrics.values() if i.unit == unit and i.value is not None]
        total = None
        if self._grain == "month" and self._columns:
            rows = [c for k, r in self._columns.items() for c in r if k.startswith("metric:")
                    and re.fullmatch(f"(?:{year}-0?|{year}年)?{month}月?", c.month) and c.label.endswith(unit)]
            if len(rows) == 1:
                total = rows[0].value
        if total is None and one_month and len(metrics) == 1:
            if (year, month) == (self._period_year, self._period_last_month):
                total = metrics[0].value
            elif self._previous_kind == "chain" and metrics[0].previous is not None and (year, month) == (
                    (self._period_year - 1, 12) if self._period_last_month == 1 else (self._period_year, self._period_last_month - 1)):
                total = metrics[0].previous
        if not total:
            return None
        days = calendar.monthrange(year, month)[1]
        exact = count.base / (total / days)
        shown = f"{count.mention.text} ÷ ({format_number(total)}{unit} ÷ {days}天)"
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {shown}")
        return Trace(False, None, None, f"；句中比的是{month}月日均：{shown} = "
                                        f"{format_number(round_half_up(exact, 2))}倍，不是{n.text}")

    def _rate_of_row_sum(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """上旬和下旬两旬合计接通15184通，接通率92.6% / 2月以外的五个月合计接通146280通，接通率93.8%: a rate said as the stem of
        the table's smaller column and 率 (接通率), right after a count said after that stem that is the sum of the
        column's cells in some of the table's rows (two or more, not all), is that sum over the same rows' cells of the
        larger column of its unit: traced when it rounds to it, else wrong. None elsewhere (no such rows, or rows
        that give other rates)."""
        from itertools import combinations

        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        own = text[max(s_start, cut + 1):n.start]
        m = re.fullmatch("[\u4e00-\u9fff]{0,6}?([\u4e00-\u9fff]{2})率(?:为|是|达到|达|只有|仅|约为|有)?", own)
        if m is None or "占" in own:
            return None
        stem = m.group(1)
        columns = {k.split(":", 1)[-1]: rows for k, rows in self._columns.items()}
        part_rows = next((rows for name, rows in columns.items() if re.sub("(?:量|数)$", "", name) == stem), None)
        if not part_rows or not 2 < len(part_rows) <= 12:
            return None
        unit = re.sub("[0-9,.]", "", part_rows[0].label.split(" ")[-1])
        whole_rows = next((rows for rows in columns.values() if rows is not part_rows and len(rows) == len(part_rows)
                           and rows[0].label.endswith(unit) and all(a.month == b.month for a, b in zip(rows, part_rows))
                           and all(a.value >= b.value for a, b in zip(rows, part_rows))), None)
        if whole_rows is None:
            return None
        figures = self._exact_counts_before(text, sentence, cut + 1)
        if not figures or figures[-1].mention.unit != unit \
                or not re.search(f"{stem}(?:了)?$", text[s_start:s_start + figures[-1].mention.start]):
            return None
        count = figures[-1].base
        rates = {}
        for k in range(2, len(part_rows)):
            for rows in combinations(range(len(part_rows)), k):
                if abs(sum(part_rows[i].value for i in rows) - count) < 0.5:
                    whole = sum(whole_rows[i].value for i in rows)
                    rates[rows] = (count / whole * 100, whole)
        if not rates or len({round(r, 6) for r, _ in rates.values()}) != 1:
            return None
        rows, (exact, whole) = next(iter(rates.items()))
        named = "、".join(part_rows[i].month for i in rows)
        shown = f"{figures[-1].mention.text} ÷ {named}的{format_number(whole)}{unit}"
        if _rounds_to(n, exact, _decimals(n.precision)):
            return Trace(True, f"{n.text} = {shown} × 100%")
        return Trace(False, None, None, f"；句中{figures[-1].mention.text}是{named}的合计，{shown} = "
                                        f"{format_number(round_half_up(exact, 1))}%，不是{n.text}")

    def _share_of_part_column(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """李想接通3100通，占全班的12.8% / 费率咨询5400通，占接通量的22.2% where the table's 接通量 is a part of its 来电量
        (the same unit, a smaller sum) over the whole period (the larger column sums to a metric's value): a share whose
        占…的 names the whole team or period (全班, 全部) after a count said right after the part column's stem (接通), or
        names the part column itself (接通量, 接通总量), is over the part column's total (24300), not the calls: traced
        when it rounds to it, else wrong. None elsewhere (a whole of another time or kind, 当天来电; no whole named)."""
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        own = text[max(s_start, cut + 1):n.start]
        at = own.rfind("占")
        if at < 0:
            return None
        m = re.fullmatch("(?P<team>全班|全组|全中心|全部|全体|全月|本月|本期|全期|团队|整个团队|整体)?的?"
                         "(?P<what>[\u4e00-\u9fff]*?)(?:总量|总数|合计)?的?", own[at + 1:])
        if m is None or not (m.group("team") or m.group("what")):
            return None
        columns = {k.split(":", 1)[-1]: rows for k, rows in self._columns.items()}
        values = {i.value for i in self._metrics.values() if i.value is not None}
        for name, rows in columns.items():
            unit = re.sub("[0-9,.]", "", rows[0].label.split(" ")[-1]) if rows else ""
            total = sum(c.value for c in rows)
            larger = [r for k, r in columns.items() if k != name and r and len(r) == len(rows)
                      and sum(c.value for c in r) > total and sum(c.value for c in r) in values
                      and r[0].label.endswith(unit)]
            stem = re.sub("(?:量|数)$", "", name)
            if not larger or len(stem) < 2:
                continue
            what = m.group("what")
            if what and what not in (name, stem):
                continue
            figures = self._exact_counts_before(text, sentence, max(s_start, cut + 1) + at)
            part = next((f for f in reversed(figures) if f.mention.unit == unit), None)
            if part is None:
                return None
            before = text[s_start:s_start + part.mention.start]
            # (接通2100通, or the stem in the part's clause with no other column's: 接通量前三名合计9050通)
            clause_of = before[_last_mark(before, "，,；;：:、", 0, len(before)) + 1:]
            said = re.search(f"{re.escape(stem)}(?:了)?$", before) or re.search(re.escape(stem), clause_of) \
                and not any(re.sub("(?:量|数)$", "", k) in clause_of for k in columns if k != name)
            from cswriter.domain import load_yaml_resource

            rest = "|".join(map(re.escape, load_yaml_resource("tracing.yaml").get("column_rest") or ()))
            if not what and (said is None or rest and re.search(f"(?:{rest}){re.escape(stem)}(?:了)?$", before)):
                return None
            if part.base >= total:
                return None
            exact = part.base / total * 100
            shown = f"{part.mention.text} ÷ {name}合计{format_number(total)}{unit}"
            if _rounds_to(n, exact, _decimals(n.precision)):
                return Trace(True, f"{n.text} = {shown} × 100%")
            return Trace(False, None, None, f"；句中说的是占{name}的比例：{shown} = "
                                            f"{format_number(round_half_up(exact, 1))}%，不是{n.text}")
        return None

    def _rate_over_stated_counts(self, text: str, n: NumberMention, sentence: tuple[int, int],
                                 source: str) -> Trace | None:
        """全年受理8000件，办结6000件，办结率80.0% where 办结率 is 6000 of 7500 (80.0 % in the facts): a rate named in
        its clause (the last three characters of its name) and said as the metric's value, after the sentence states
        its basis part and then, as the last count of the part's unit before the figure, another whole than the basis
        total, is that part over that whole: wrong where it does not round to it. None elsewhere (no such pair; the
        total itself stated last; a count below the part, a change 多300件)."""
        m = re.fullmatch("事实 (.+)\\.value", source)
        key = next((k for k, i in self._metrics.items() if m is not None and i.name == m.group(1)), None)
        if key is None or key not in self._by_subject:
            return None
        info = self._metrics[key]
        if info.unit != "%" or info.value is None or len(info.name) < 3:
            return None
        s_start = sentence[0]
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        if info.name[-3:] not in text[max(s_start, cut + 1):n.start]:
            return None
        basis = [c for c in self._by_subject[key].items.get(PLAIN, ()) if c.role == "basis"]
        totals = [c.value for c in basis if c.source.endswith(".total")]
        parts = [c.value for c in basis if not c.source.endswith(".total")]
        if len(totals) != 1 or len(parts) != 1:
            return None
        total, part = totals[0], parts[0]
        figures = self._exact_counts_before(text, sentence, n.start)
        said = [f for f in figures if abs(f.base - part) < 1e-9]
        if not said:
            return None
        unit = said[-1].mention.unit
        # (the last count of any unit: 按20名坐席计算 after 离职2人 is over 20, not the 5人 before it)
        last = next((f for f in reversed(figures) if abs(f.base - part) > 1e-9), None)
        if last is None or not (last.mention.unit == unit or _same_unit(last.mention.unit, unit)) or last.base <= part or abs(last.base - total) < 1e-9 \
                or re.search("[多少增减降升比较]了?[0-9约近]*$", text[s_start:s_start + last.mention.start]):
            return None
        exact = part / last.base * 100
        if _rounds_to(n, exact, _decimals(n.precision)):
            return None
        return Trace(False, None, info.name, f"；句中{format_number(part)}{unit} ÷ {last.mention.text} = "
                                             f"{format_number(round(exact, 1))}%，不是{n.text}"
                                             f"（{n.text}是“{info.name}”{format_number(part)} ÷ {format_number(total)}）")

    def _target_as_level(self, text: str, n: NumberMention, source: str) -> bool:
        """Is a figure that matches a metric's target (in a sentence with no target word) given as the level
        reached: written in digits rounded to 万 (约 allowed: rounded, not bounded), outside a table, no bound
        word around it (超过, 以内 …), and not also a fair reading of the metric's own value?"""
        m = re.fullmatch("事实 (.+)\\.(?:annual_)?target", source)
        info = next((i for i in self._metrics.values() if m is not None and i.name == m.group(1)), None)
        if info is None or info.value is None or n.high is not None or not n.unit or not info.unit \
                or not (n.unit == info.unit or _same_unit(n.unit, info.unit)):
            return False  # (班组多数是95后: no figure in the metric's unit)
        if not re.fullmatch("(?:约|大约)?[0-9][0-9.,]*万[^0-9一二三四五六七八九十百千万以]*", n.text):
            return False  # only a figure rounded to 万 (约2.1万件): a writer's own drafts quote targets in other ways
        if "|" in text or "\n" in text[max(0, n.start - 60):n.start]:
            return False  # a table's row: its header names the target column
        if re.match("以内|以下|以上|之内|左右|多", text[n.end:n.end + 2]) \
                or re.search("超过|不到|不足|不超过|控制在|低于|高于|多于|少于|近|以内|至少|最多", text[max(0, n.start - 4):n.start]):
            return False
        return not _rounds_to(n, info.value, _decimals(n.precision))

    def _other_target_stated(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """上半年会话量21600件，对照全年目标42000件，进度为102.9%: an attainment (over the period's target) or an
        annual progress (over the annual target) is over the target the sentence states; where the sentence
        states the other target and not the one the figure is over (102.9% = 21600 ÷ the half-year's 21000
        after 全年目标42000件), it is wrong. None elsewhere."""
        m = re.fullmatch("(.+)\\.(attainment|progress) = ([0-9.,]+) ÷ ([0-9.,]+) × 100%", source)
        if m is None:
            return None
        info = next((i for i in self._metrics.values() if i.name == m.group(1)), None)
        if info is None or info.target is None or info.annual_target is None or info.target == info.annual_target:
            return None
        used = float(m.group(4).replace(",", ""))
        other = info.annual_target if m.group(2) == "attainment" else info.target
        figures = [f for f in self._sentence_figures(text, sentence)
                   if sentence[0] + f.mention.end <= n.start and f.family != PERCENT and f.mention.kind != "multiple"]
        if any(abs(f.mention.value - used) < 1e-6 for f in figures):
            return None
        said = [f for f in figures if abs(f.mention.value - other) < 1e-6]
        if not said or info.value is None:
            return None
        value = info.value / other * 100
        if _rounds_to(n, value, _decimals(n.precision)):
            return None
        return Trace(False, None, None, f"；句中说的目标是{said[0].mention.text}，"
                                        f"{format_number(info.value)} ÷ {format_number(other)} = "
                                        f"{format_number(round_half_up(value, 1))}%，{n.text}是对另一个目标"
                                        f"{format_number(used)}算的")

    def _old_level_as_own(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """本季度热线共受理80800件 where the note says 按原口径为80800件 (the counted-in part made it 86400): the
        old rule's level of a count, in its unit, in a sentence that names neither rule (tracing.yaml `old_rule`,
        `rule_change`) nor a part taken out or left out (`deducted`, `left_out`), is no level of the period:
        wrong. None elsewhere."""
        if not found.traced:
            return None
        words = _words()
        said = text[sentence[0]:sentence[1]]
        if words.either_rule.search(said) or words.deducted is not None and words.deducted.search(said) \
                or words.left_out is not None and words.left_out.search(said):
            return None
        for key, old in self._old_rule.items():
            info = self._metrics.get(key)
            if info is None or info.value is None or info.unit == "%" or old == info.value \
                    or abs(n.value - old) > 1e-9 or not n.unit or not _same_unit(n.unit, info.unit) or n.approximate:
                continue
            return Trace(False, None, info.name, f"；{n.text}是“{info.name}”按原口径的数（备注），句中没有说原口径，"
                                                 f"本期为{format_number(info.value)}{info.unit}")
        return None

    def _counting_change_taken_out(self, text: str, n: NumberMention, sentence: tuple[int, int],
                                   found: Trace) -> Trace | None:
        """剔除7月起计入的在线会话后，全年服务量同比增长4.8% / 按原口径564000次计，每万次服务投诉4.2件: where a
        metric's count changed its counting rule during the period (its note gives the level by the old rule), a
        sentence that takes the counted-in part out (tracing.yaml `deducted`, with the part's number or the
        note's words) or names the old rule (`old_rule`) states the old rule's figures: its level, its change
        against the previous period, its attainment, a rate per 万 over it. The new rule's figure there
        (13.8% = (612000 − 538000) ÷ 538000, 236 ÷ 612000 × 10000) is wrong. None elsewhere."""
        s_start = sentence[0]
        words = _words()
        head = text[s_start:n.start]
        if words.rule_change.search(head):
            return None  # 新口径 / 口径调整后: the new rule's, as traced
        named = words.old_rule.search(head)
        took = words.deducted.search(head) if named is None and words.deducted is not None else None
        if named is None and took is None:
            return None
        source = found.source or "" if found.traced else ""
        decimals = _decimals(n.precision)
        for key, info in self._metrics.items():
            old = self._old_rule.get(key)
            if old is None or info.value is None or info.unit == "%" or old == info.value:
                continue
            if took is not None:
                cut = _CLAUSE_CUT.search(text, took.end(), n.start)
                what = text[took.end():cut.start() if cut else n.start]
                said = [f.mention.value for f in self._sentence_figures(text, sentence)
                        if took.end() <= s_start + f.mention.start < (cut.start() if cut else n.start)]
                note = "".join(c.lead for c in self._note_parts.get(info.name, ()))
                runs = [r for r in re.findall("[\u4e00-\u9fff]{2,}", what) if len(r) >= 3]
                if not any(abs(v - (info.value - old)) < 1e-6 for v in said) \
                        and not any(r[i:i + 3] in note for r in runs for i in range(len(r) - 2)):
                    continue  # the part taken out is not the one the new rule counted in
            shown = f"按原口径{format_number(old)}{info.unit}"
            expected = None
            if source.startswith(f"{info.name}.change_percent = ") and info.previous:
                expected = ((old - info.previous) / info.previous * 100, f"({shown} − {format_number(info.previous)}) ÷ "
                                                                         f"{format_number(info.previous)} × 100%", "%")
            elif source.startswith(f"{info.name}.attainment = ") and info.target:
                expected = (old / info.target * 100, f"{shown} ÷ 目标{format_number(info.target)} × 100%", "%")
            elif source == f"事实 {info.name}.value":
                expected = (old, shown, info.unit)
            per = re.search(f"= (.+?) ÷ 本期{format_number(info.value)}(?:{re.escape(info.unit)})? × (10+)$", source)
            if per is None and not found.traced and n.unit and n.unit != "%":
                scale = re.search("每(万|千|百)", head)
                counts = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= n.start
                          and f.family == COUNT and f.mention.unit and _same_unit(n.unit, f.mention.unit)]
                # (按原口径80800件算，每万件投诉5.9件: the part a subject the sentence names counts, where the
                # sentence states no count of its own but the old rule's)
                parts = [(f.base, f.mention.text) for f in counts if f.base not in (old, info.value)]
                if scale is not None and not parts:
                    named = [k for _, _, keys in self._mentions(text, scale.end() + s_start, n.start) for k in keys]
                    parts = [(c.base, c.label) for k in dict.fromkeys(named) for c in self._stated.get(k, _Index()).items.get(COUNT, ())
                             if c.role == "value" and c.stated]
                    parts = parts if len({v for v, _ in parts}) == 1 else []
                if scale is not None and parts:
                    times = {"万": 10000, "千": 1000, "百": 100}[scale.group(1)]
                    value = parts[-1][0] / old * times
                    if _rounds_to(n, value, decimals):
                        return Trace(True, f"{n.text} = {parts[-1][1]} ÷ {shown} × {times}")
                continue
            runs = re.fullmatch("[^=]+= \\(([0-9]{4}-[0-9]{2})至([0-9]{4}-[0-9]{2}) ([0-9,.]+)[^0-9 ]* − "
                                "([0-9]{4}-[0-9]{2})至([0-9]{4}-[0-9]{2}) ([0-9,.]+)[^0-9 ]*\\) ÷ .+ × 100%", source)
            if runs is None and not found.traced and n.unit == "%" and key in self._columns:
                # 表中2025-07至2025-12、2025-01至2025-06的数算不出7.4%: the two runs the sentence compares,
                # summed from the metric's column, before the part comes out of one of them.
                named_runs = re.findall("([0-9]{4}-[0-9]{2})至([0-9]{4}-[0-9]{2})", found.detail or "")
                by_row = {c.month: c.base for c in self._columns[key]}
                if len(named_runs) == 2:
                    sums = [sum(v for m, v in by_row.items() if a <= m <= b) for a, b in named_runs]
                    runs = re.fullmatch("(.+) (.+) (.+) (.+) (.+) (.+)", " ".join(
                        [*named_runs[0], format_number(sums[0]).replace(",", ""),
                         *named_runs[1], format_number(sums[1]).replace(",", "")]))
            if runs is not None and n.unit == "%":
                # 扣除在线会话48000次后，下半年比上半年增长: the part the note dates to months inside one run of
                # the table (7月至12月) comes out of that run before the change is taken.
                part = next((c for c in self._note_parts.get(info.name, ())
                             if abs(c.value - (info.value - old)) < 1e-6), None)
                span = re.search("([0-9]{1,2})月(?:至|到|-)([0-9]{1,2})月[^0-9]*$", _CLAUSE_CUT.split(part.lead)[-1]) \
                    if part is not None else None
                if span is None:
                    continue
                later, earlier = (runs.group(1), runs.group(2), runs.group(3)), (runs.group(4), runs.group(5), runs.group(6))
                months = range(int(span.group(1)), int(span.group(2)) + 1)
                inside = [r for r in (later, earlier) if int(r[0][5:]) <= months[0] and months[-1] <= int(r[1][5:])]
                if len(inside) != 1:
                    continue
                a = float(later[2].replace(",", "")) - (part.value if inside[0] is later else 0)
                b = float(earlier[2].replace(",", "")) - (part.value if inside[0] is earlier else 0)
                expected = ((a - b) / b * 100, f"({later[0]}至{later[1]} {format_number(a)}{info.unit} − "
                                               f"{earlier[0]}至{earlier[1]} {format_number(b)}{info.unit}) ÷ "
                                               f"{format_number(b)}{info.unit} × 100%（{took.group() if took else '按原口径去掉'}{part.label}）", "%")
            if per is not None:
                stated = re.match("[0-9.,]+", per.group(1))
                if stated is None:
                    continue
                times = int(per.group(2))
                expected = (float(stated.group().replace(",", "")) / old * times, f"{per.group(1)} ÷ {shown} × {times}",
                            n.unit)
            if expected is None:
                continue
            if _rounds_to(n, expected[0], decimals):
                return Trace(True, f"{n.text} = {expected[1]}")
            if not found.traced:
                return None  # reported as before
            return Trace(False, None, info.name, f"；句中{'说的是原口径' if named else took.group() + '了口径变化计入的部分'}，"
                                                 f"{expected[1]} = {format_number(round_half_up(expected[0], 1))}{expected[2]}，"
                                                 f"{n.text}是按新口径算的")
        return None

    def _total_given_each(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """涉及骑手5名，每人差额412元 where the evidence says 差额合计412元: a number a fact's text gives as a
        total (合计, 共计, 累计 … right before it) said right after a per-person word (每人, 人均) is wrong.
        None elsewhere."""
        cut = _last_mark(text, "，,；;", sentence[0], n.start)
        if not _EACH_BEFORE.search(text, max(sentence[0], cut + 1), n.start):
            return None
        for c in self._text_numbers:
            if c.source == source and c.value == n.value and _TOTAL_BEFORE.search(c.lead or ""):
                return Trace(False, None, None, f"；{source.removeprefix('事实 ')}中{c.label}是合计，不是每人的数")
        return None

    def _each_given_total(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """培训3场，每场2小时 in a fact's text, said as 培训共6小时: a total (共, 合计 … right before the
        figure) of a number the text gives per item (每场) is that number times the text's count of those
        items (3场 × 2小时); the per-item number itself there is wrong. None elsewhere."""
        cut = _last_mark(text, "，,；;", sentence[0], n.start)
        if not _TOTAL_SAID.search(text, max(sentence[0], cut + 1), n.start):
            return None
        decimals = _decimals(n.precision)
        for c in self._text_numbers:
            each = _EACH_BEFORE.search(c.lead or "")
            if each is None or not c.label.endswith(n.unit) or not each.group(1).startswith("每"):
                continue
            word = each.group(1)[-1]
            items = [t for t in self._text_numbers if t.source == c.source and t is not c
                     and t.label.endswith(word) and t.value > 1]
            for t in items:
                if _fits(n, t.value * c.value, decimals):
                    return Trace(True, f"{n.text} = {t.label} × {c.label}（{c.source.removeprefix('事实 ')}）")
            if items and found.traced and found.source == c.source and c.value == n.value:
                return Trace(False, None, None, f"；{c.source.removeprefix('事实 ')}中{c.label}是每{word}的数，"
                                                f"合计是{items[0].label} × {c.label} = "
                                                f"{format_number(items[0].value * c.value)}{n.unit}，不是{n.text}")
        return None

    def _plan_metric_named(self, text: str, n: NumberMention, sentence: tuple[int, int], source: str) -> Trace | None:
        """罚单申诉48小时内办结率要达到90% where a plan sets 申诉48小时办结率 to 95% and 90% is another metric's
        target: a clause that spells out a plan's own metric (no metric of the facts) and not the metric
        whose target the figure is claims the plan's target; another's there is wrong. None elsewhere."""
        m = re.fullmatch("事实 (.+)\\.(?:annual_)?target", source)
        if m is None:
            return None
        other = m.group(1)
        if not any(info.name == other for info in self._metrics.values()):
            return None  # a plan's own target (plans[1].target)
        cut = _last_mark(text, "，,；;：:", sentence[0], n.start)
        said = text[max(sentence[0], cut + 1):n.start]
        if other in said or _spelled_out(other, said):
            return None
        for c in self._plans:
            names = [k.split(":", 1)[1] for k in c.subjects if k.startswith("plan_metric:")]
            if names and c.source.endswith(".target") and _spelled_out(names[0], said) and c.value != n.value:
                return Trace(False, None, None, f"；句中说的是“{names[0]}”，计划的目标是{c.label.removeprefix('目标')}，"
                                                f"{n.text}是“{other}”的目标")
        return None

    def _plan_start_previous(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """下周要把接通率从91.0%提到92.0%以上 where 91.0% is last week's: a plan's from→to starts from the
        metric's level now; the previous period's value there, with no word naming that earlier time
        (从上周的91.0%), is wrong. None elsewhere."""
        source = found.source or "" if found.traced else ""
        m = re.fullmatch("事实 (.+)\\.previous", source)
        info = next((i for i in self._metrics.values() if m is not None and i.name == m.group(1)), None)
        if info is None:
            return None
        s_start = sentence[0]
        if not re.search("[从由]$", text[max(s_start, n.start - 1):n.start]):
            return None
        if not re.match("[^，。；,;0-9]{0,6}(?:至|到)[约近]?[0-9]", text[n.end:n.end + 12]):
            return None
        cut = _last_mark(text, "，,；;：:", s_start, n.start)
        if not _PLANNED.search(text, max(s_start, cut + 1), n.start):
            return None  # the plan word is another clause's (客户希望…，咨询量从2410件增加到2860件)
        if info.value is None or info.value == info.previous:
            return None
        prev = self._previous_word or "上期"
        return Trace(False, None, info.name, f"；计划从本期的{format_number(info.value)}{info.unit}起算，"
                                             f"{n.text}是“{info.name}”{prev}的数，句中没有说{prev}")

    def _plan_gap_from_now(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """计划把平均等待时长从上周的63秒压到40秒以内，需缩短23秒: a plan's way to its aim starts from the
        metric's level now (48秒), so the amount still to go after a pair whose start is the period
        before's value (named by 上周, 9月 …) is the value now less the aim (8秒); the start's own gap
        is wrong. None where the start is not the metric's previous, or the figure no such amount."""
        s_start = sentence[0]
        figures = [f for f in self._sentence_figures(text, sentence)
                   if s_start + f.mention.end <= n.start and f.mention.kind != "multiple"]
        for a, b in zip(figures, figures[1:]):
            head = text[s_start:s_start + a.mention.start]
            if not re.search(f"[从由](?:上周|上月|上个月|上季度|去年同期|去年|{_END_DATE})的?[ ]*$", head):
                continue
            if not re.fullmatch(f"[^，。；,;0-9]{{0,8}}(?:至|到)(?:{_END_DATE})?的?[ ]*",
                                text[s_start + a.mention.end:s_start + b.mention.start]):
                continue
            between = text[s_start + b.mention.end:n.start]
            if not re.match("[^，。；,;0-9]{0,6}[，,]", between) or re.search("[。；;]", between):
                continue  # the amount is in the clause right after the pair's end
            clause = between.rsplit("，", 1)[-1].rsplit(",", 1)[-1]
            if not (_compares(clause) or _words().need.search(clause)):
                continue
            family, seconds = family_of(n.unit, n.kind)
            if family != a.family or a.family != b.family:
                continue
            scale = seconds or 1.0
            for info in self._metrics.values():
                if info.previous is None or info.value is None or info.value == info.previous:
                    continue
                unit_scale = (family_of(info.unit)[1] or 1.0) if family == DURATION else 1.0
                if abs(info.previous * unit_scale - a.base) > 1e-9 * max(1.0, abs(a.base)):
                    continue
                if info.name not in text[s_start:s_start + a.mention.start] and not any(
                        w in text[s_start:s_start + a.mention.start] for w, keys in self._names.items()
                        if f"metric:{info.name}" in keys or info.name in keys):
                    continue
                decimals = _decimals(n.precision)
                now = abs(info.value * unit_scale - b.base) / scale
                if _rounds_to(n, now, decimals):
                    return Trace(True, f"{n.text} = 本期{format_number(info.value)}{info.unit} − {b.mention.text}（{info.name}）")
                if _rounds_to(n, abs(a.base - b.base) / scale, decimals):
                    return Trace(False, None, info.name,
                                 f"；计划从本期的{format_number(info.value)}{info.unit}算起，{format_number(info.value)}{info.unit}"
                                 f" − {b.mention.text} = {format_number(round_half_up(now, 2))}{n.unit}，"
                                 f"{a.mention.text}是{self._previous_word or '上期'}的")
        return None

    def _note_day(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """A metric's note that gives one day's counts (11月25日未接来电74通，2小时内回拨61通): a sentence
        that names that day (25日) before the figure speaks of the note's counts — their difference (74 −
        61 = 13) traces, and the period's own figures (the basis's 186 − 171, the metric's value) given to
        the day are wrong; a sentence that names the rest of the period (除25日外, 其余6天) speaks of the
        basis less the note's counts, matched by size (186 − 74 = 112, 171 − 61 = 110) and of their rate
        (110 ÷ 112 = 98.2%), and the period's own rate given to the rest is wrong. None elsewhere."""
        s_start = sentence[0]
        head = text[s_start:n.start]
        if not re.search("[0-9０-９][日号]", head):
            return None
        decimals = _decimals(n.precision)
        source = (found.source or "") if found.traced else ""
        for info in self._metrics.values():
            parts = [c for c in self._note_parts.get(info.name, ()) if c.family in (COUNT, PLAIN)]
            days = {m.group(1) for c in parts for m in re.finditer("(?<![0-9])([0-9]{1,2})[日号]", c.lead)}
            if len(days) != 1:
                continue
            day = days.pop()
            said = re.search(f"(?<![0-9]){day}[日号]", head)
            if said is None:
                continue
            counts = [c for c in parts if re.search(f"(?<![0-9]){day}[日号]", c.lead)]
            key = f"metric:{info.name}"
            index = self._by_subject.get(key)
            basis = sorted((c for c in ([*index.items.get(PLAIN, ()), *index.items.get(COUNT, ())] if index else ())
                            if c.role == "basis"), key=lambda c: c.value)
            own = [c for c in (index.items.get(PERCENT, ()) if index else ()) if c.role in ("value", "basis_rate")]
            mine = source.startswith((f"事实 {info.name}.", f"{info.name}.")) or f"（{info.name}的计算依据）" in source
            rest = re.search(f"除(?:了)?[^，。；,;]*?(?<![0-9]){day}[日号][^，。；,;]*?[外以]|其余|其他|其它", head)
            if rest is not None and rest.end() > said.start() - 4:
                ordered = sorted(counts, key=lambda c: c.value)
                if len(ordered) != len(basis) or not basis:
                    continue
                rests = [(b.value - c.value, f"{b.label} − {c.label}") for b, c in zip(basis, ordered)
                         if b.value > c.value]
                if len(rests) != len(basis):
                    continue
                if n.unit != "%":
                    hit = next((shown for v, shown in rests if _rounds_to(n, v, decimals)), None)
                    if hit is not None:
                        return Trace(True, f"{n.text} = {hit}（除{day}日外：{info.name}的计算依据减{day}日的数）")
                    continue
                (small, ls), (big, lb) = rests[0], rests[-1]
                if big and _rounds_to(n, small / big * 100, decimals):
                    return Trace(True, f"{n.text} = ({ls}) ÷ ({lb}) × 100%（除{day}日外）")
                if mine and any(_rounds_to(n, c.value, decimals) for c in own):
                    return Trace(False, None, info.name,
                                 f"；{n.text}是“{info.name}”全期的数，除{day}日外是({ls}) ÷ ({lb}) = "
                                 f"{format_number(round_half_up(small / big * 100, 1))}%")
                continue
            if _words().whole_period is not None and _words().whole_period.search(text, said.end(), n.start):
                continue  # 25日…，本周回拨率91.9%: the figure's own clause names the period
            if n.unit == "%" or not counts:
                continue
            for i, a in enumerate(counts):
                for b in counts[i + 1:]:
                    if _rounds_to(n, abs(a.value - b.value), decimals) and _same_unit(n.unit, a.label):
                        hi_, lo_ = (a, b) if a.value > b.value else (b, a)
                        return Trace(True, f"{n.text} = {hi_.label} − {lo_.label}（{hi_.source.removeprefix('事实 ')}，{day}日）")
            if any(c.value == n.value for c in counts) or not _same_unit(n.unit, counts[0].label):
                continue
            shown = "、".join(c.label for c in counts)
            if mine and found.traced:
                return Trace(False, None, info.name,
                             f"；{day}日的数是{info.name}备注里的{shown}，{n.text}是全期的数")
            stated = {f.mention.value for f in self._sentence_figures(text, sentence)
                      if s_start + f.mention.end <= n.start}
            if not found.traced and len(counts) == 2 and all(c.value in stated for c in counts):
                # 8日退款申请60件，按时办结45件，超时20件: the day's two counts stated, the third is their
                # difference or nothing the facts give.
                hi_, lo_ = sorted(counts, key=lambda c: -c.value)
                return Trace(False, None, info.name,
                             f"；{day}日的数是{info.name}备注里的{shown}，{hi_.label} − {lo_.label} = "
                             f"{format_number(hi_.value - lo_.value)}{n.unit}，不是{n.text}")
        return None

    def _both_gap(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """新口径90.0%、旧口径87.4%，两者相差2.6个百分点: the words right before the figure (tracing.yaml
        `both_gap`) refer back to the two figures just before it, of one kind, in the same sentence: the
        figure is their difference (个百分点 for two rates), whatever other pair of the facts lands on it.
        None where the sentence has no such pair (the figure is traced as before)."""
        words = _words()
        s_start = sentence[0]
        if words.both_gap is None or not words.both_gap.search(text, max(s_start, n.start - 8), n.start):
            return None
        family, seconds = family_of(n.unit, n.kind)
        figures = [f for f in self._sentence_figures(text, sentence)
                   if s_start + f.mention.end <= n.start and f.mention.kind != "multiple"]
        if len(figures) < 2:
            return None
        a, b = figures[-2], figures[-1]
        if a.family != b.family or a.family not in (PERCENT, COUNT, DURATION, SCORE, PLAIN):
            return None
        if not words.both_gap.fullmatch(text, s_start + b.mention.end, n.start) and not re.fullmatch(
                f"[，,、；; ]*(?:{words.both_gap.pattern})", text[s_start + b.mention.end:n.start]):
            return None  # 与目标相差8秒: words of their own between (a target named), no gap of the two
        if not (family == POINTS and a.family == PERCENT or family == a.family):
            return None
        decimals = _decimals(n.precision)
        exact = abs(a.base - b.base) / (seconds or 1.0)
        shown = f"{a.mention.text} − {b.mention.text}" if a.base >= b.base else f"{b.mention.text} − {a.mention.text}"
        if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
            return Trace(True, f"{n.text} = {shown}") if a.traced and b.traced else None
        return Trace(False, None, None, f"；句中{shown} = {format_number(round_half_up(exact, 2))}"
                                        f"{'个百分点' if family == POINTS else n.unit}，不是{n.text}")

    def _deducted(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """本周接听量中含代接的84通，扣除后本院来电为1302通 / 即使扣除批量关闭的410单，处理量8270单仍完成
        目标的103.4%: after a word that takes a part out (tracing.yaml `deducted`), a metric's value
        less a part its note gives and the sentence states (in the metric's unit), or that rest
        over the metric's target; a note's own rate after the word (剔除后为89.5%) is quoted. The
        metric's whole value (or its attainment) given there instead is wrong. None where the
        sentence takes out no such part (the figure is then traced as before)."""
        s_start = sentence[0]
        words = _words()
        took = words.deducted.search(text, s_start, n.start) if words.deducted is not None else None
        if took is None:
            return None
        decimals = _decimals(n.precision)
        source = found.source or "" if found.traced else ""
        if n.unit == "%":
            for name, value, label, lead in self._note_rates:
                if not words.deducted.search(lead):
                    continue
                if value == n.value:
                    # 剔除后为89.5%: the note's own rate after the same kind of word, quoted.
                    return Trace(True, f"事实 “{name}”的备注（{lead}{label}）")
                if source == f"事实 {name}.value" and name in text[s_start:n.start]:
                    return Trace(False, None, name, f"；“{name}”的备注里{took.group()}后为{label}，"
                                                    f"{n.text}是{took.group()}前的整体")
        said = [f.mention for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= n.start]
        for key, info in self._metrics.items():
            for c in self._note_parts.get(info.name, ()):
                if info.value is None or c.family != COUNT or not info.unit or info.unit == "%" \
                        or not _same_unit(info.unit, c.label) or not 0 < c.value < info.value:
                    continue
                if not any(m.value == c.value and m.unit and _same_unit(m.unit, c.label) for m in said) \
                        and not (len(c.context) >= 4 and c.context[-4:] in text[took.start():n.start]):
                    continue  # the part is not the one the sentence takes out (by its number or its words)
                month = _month_number(c.month.rstrip("月")) if re.fullmatch("[0-9]{1,2}月", c.month) else 0
                row = next((r for r in self._columns.get(key, ()) if _month_of(r) == month), None) if month else None
                if row is not None and n.unit and _same_unit(n.unit, info.unit) \
                        and month in _months_in(text[s_start:n.start], self._grain)[0]:
                    # 12月…营业厅转入6300通，扣除这部分后，本热线12月接听16100通: the note's part is of the
                    # month it names, so the month's row less it; the row itself given there is wrong.
                    shown = f"{row.label} − {c.label}（{c.source.removeprefix('事实 ')}）"
                    if _rounds_to(n, row.value - c.value, decimals):
                        return Trace(True, f"{n.text} = {shown}")
                    if n.value == row.value:
                        return Trace(False, None, info.name, f"；{took.group()}{c.label}后为{shown} = "
                                                             f"{format_number(row.value - c.value)}{info.unit}，"
                                                             f"{n.text}是{took.group()}前的")
                rest = info.value - c.value
                shown = f"{format_number(info.value)}{info.unit} − {c.label}（{c.source.removeprefix('事实 ')}）"
                if n.unit and _same_unit(n.unit, info.unit) and _rounds_to(n, rest, decimals):
                    return Trace(True, f"{n.text} = {shown}")
                if n.unit == "%" and info.target and _rounds_to(n, rest / info.target * 100, decimals):
                    return Trace(True, f"{n.text} = ({shown}) ÷ 目标{format_number(info.target)}{info.unit} × 100%")
                if n.unit == "%" and info.target and not found.traced and (
                        re.search("目标的?(?:约|近)?$", text[max(s_start, n.start - 6):n.start])
                        or words.attainment_rate is not None
                        and words.attainment_rate.search(text, max(s_start, n.start - 8), n.start)):
                    # 剔除…后，人工会话5900件，完成目标的94.4%: the rest over the target, and nothing else.
                    return Trace(False, None, info.name,
                                 f"；{took.group()}{c.label}后，({shown}) ÷ 目标{format_number(info.target)}{info.unit} = "
                                 f"{format_number(round_half_up(rest / info.target * 100, 1))}%，不是{n.text}")
                if n.unit == "%" and info.previous and (words.against_previous.search(text, s_start, n.start)
                                                        or any(m.value == info.previous for m in said)
                                                        or source.startswith(f"{info.name}.change_percent = ")):
                    # 剔除故障当晚的210件后，本周会话比上周的1150件下降8.7%: the rest against the previous period
                    # ((1260 − 210 − 1150) ÷ 1150); the whole's change there is wrong, and so is a direction word
                    # against the rest's.
                    change = (rest - info.previous) / info.previous * 100
                    moved = _MOVE_BEFORE.search(text, max(s_start, n.start - 6), n.start)
                    against = moved is not None and (moved.group(1) in _MOVE_UP) != (change > 0)
                    if _rounds_to(n, abs(change), decimals) and not against:
                        return Trace(True, f"{n.text} = |({shown}) − {format_number(info.previous)}{info.unit}| ÷ "
                                           f"{format_number(info.previous)}{info.unit} × 100%")
                    if _rounds_to(n, abs(change), decimals) or source.startswith(f"{info.name}.change_percent = "):
                        return Trace(False, None, info.name,
                                     f"；{took.group()}{c.label}后为{format_number(rest)}{info.unit}，比"
                                     f"{format_number(info.previous)}{info.unit}{'增长' if change > 0 else '下降'}"
                                     f"{format_number(round_half_up(abs(change), 1))}%，"
                                     + (f"“{moved.group(1)}”说反了" if against and _rounds_to(n, abs(change), decimals)
                                        else f"不是{n.text}"))
                if source == f"事实 {info.name}.value" or source.startswith(f"{info.name}.attainment = "):
                    # 扣除后人工会话仍有6250件 / 剔除…后完成目标的104.2%: the whole, before the part was taken out.
                    whole = "整体" if source.endswith(".value") else "整体的目标完成率"
                    return Trace(False, None, info.name,
                                 f"；{took.group()}{c.label}后为{format_number(rest)}{info.unit}，{n.text}是{took.group()}前的{whole}")
        return None

    def _attainment_upside_down(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> str | None:
        """目标8000单，实际8680单，目标达成率92.2%: a rate of the target reached, after a target and an
        actual the sentence states in one unit, is the actual over the target (the target over the
        actual where the sentence names a metric that is better lower); the other way up is an
        error, whichever pair of figures also gives it. None where the sentence has no such pair."""
        s_start = sentence[0]
        words = _words()
        own = text[_last_mark(text, "，,；;：:", s_start, n.start) + 1:n.start]
        # (…or a bare 完成 as the figure's own clause, 目标2200通，实际接听2516通，完成114.4% — tracer round 48)
        bare = re.fullmatch("(?:只|仅|共|实际|已)?完成(?:了)?(?:约|近)?", own) is not None
        if not bare and (words.attainment_rate is None or not words.attainment_rate.search(text, s_start, n.start)):
            return None
        figures = [f.mention for f in self._sentence_figures(text, sentence)
                   if s_start + f.mention.end <= n.start and f.mention.unit and f.mention.unit != "%"]
        aims = [m for m in figures if _aimed_at(text, s_start, m)]
        actuals = [m for m in figures if not _aimed_at(text, s_start, m)]
        if len(aims) != 1:
            return None
        aim = aims[0]
        actual = next((m for m in reversed(actuals) if m.unit == aim.unit and m.value != aim.value), None)
        actual_text = actual.text if actual is not None else ""
        if actual is None:
            # 全年接听量目标180000通，完成率为96.6%: the target alone, of a metric the sentence names: its
            # value is the actual (a target of the plan's or another metric's has none here).
            named = {key for m in self._name_regex.finditer(text, s_start, n.start)
                     for key in self._names.get(m.group(), ())} if self._name_regex is not None else set()
            infos = [info for key, info in self._metrics.items()
                     if key in named and info.target == aim.value and info.value and info.unit
                     and _same_unit(aim.unit, info.unit) and info.kind == "count"]
            if len(infos) != 1:
                return None
            value = infos[0].value
            actual_text = f"本期{format_number(value)}{infos[0].unit}"
            actual = aim._replace(value=value, text=actual_text)
        if not aim.value or not actual.value:
            return None
        if self._name_regex is not None:
            for m in self._name_regex.finditer(text, s_start, n.start):
                if any((info := self._metrics.get(key)) is not None and info.better == "lower"
                       for key in self._names.get(m.group(), ())):
                    return None  # 目标40秒，实际48秒，达成率83.3%: better lower, the target over the value
        decimals = _decimals(n.precision)
        right = actual.value / aim.value * 100
        if _rounds_to(n, right, decimals) or not _rounds_to(n, aim.value / actual.value * 100, decimals):
            return None
        return (f"；目标达成率是实际 ÷ 目标：{actual_text} ÷ {aim.text} = {format_number(round_half_up(right, 1))}%，"
                f"不是{n.text}（{aim.text} ÷ {actual_text} 把目标和实际颠倒了）")

    def _split(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """最终86位主人里62位改约到其他门店，19位延后到21日以后，5位没接通发了短信 (blind round 11): a
        whole (86位…里, 86件中, 86件，其中) split into three or more parts of its unit, one clause
        each, is checked as the sum of all its parts, not as the whole less the first part (the
        延后 of the second part compares nothing). A part is the whole less the other parts when
        the whole and those parts are sourced; the whole is the sum of sourced parts. Parts that
        do not add up to the whole are reported on the last part. None when the figure stands in
        no such split."""
        s_start, s_end = sentence
        if s_end - s_start > 2 * _WINDOW or not n.unit or n.approximate:
            return None  # a text without sentence ends is no one split (and is not rescanned)
        # The split ends at the clause group's end: a ；or a sentence end (none inside `sentence`).
        seg_start = max(text.rfind("；", s_start, n.start), text.rfind(";", s_start, n.start), s_start - 1) + 1
        seg_end = min((i for i in (text.find("；", n.end, s_end), text.find(";", n.end, s_end)) if i >= 0),
                      default=s_end)
        if _SPLIT_MARK.search(text, seg_start, seg_end) is None:
            return None  # cheap: most sentences name no whole to split
        figures = [f for f in self._sentence_figures(text, sentence)
                   if seg_start <= s_start + f.mention.start and s_start + f.mention.end <= seg_end
                   and f.mention.unit == n.unit]
        at = next((i for i, f in enumerate(figures) if s_start + f.mention.start == n.start), None)
        if at is None:
            return None
        for w, whole in enumerate(figures[:at + 1]):
            parts = figures[w + 1:]
            if len(parts) < 3:
                continue  # whole less one part is the pair's difference, checked as it was
            first = parts[0].mention
            if not _SPLIT_WHOLE.fullmatch(text, s_start + whole.mention.end, s_start + first.start):
                continue
            between = [text[s_start + a.mention.end:s_start + b.mention.start] for a, b in zip(parts, parts[1:])]
            if not all(_SPLIT_NEXT.search(gap) and not _SPLIT_MARK.search(gap) for gap in between):
                # Parts of parts (260件进线中有48件投诉，其中30件…) or figures of one clause: this
                # whole has no flat split, but a nearer one may (48件，其中30件、12件、6件): a part
                # belongs to the nearest whole before it.
                continue
            if any(f.mention.approximate or f.mention.high is not None for f in [whole, *parts]):
                return None
            total = sum(f.mention.value for f in parts)
            listed = "、".join(f.mention.text for f in parts)
            if abs(total - whole.mention.value) > 1e-9 * max(1.0, abs(total)):
                if s_start + parts[-1].mention.start != n.start:
                    return None
                return Trace(False, None, None,
                             f"；句中{whole.mention.text}分为{listed}，"
                             f"{' + '.join(f.mention.text for f in parts)} = {format_number(total)}{n.unit}，"
                             f"不是{whole.mention.text}")
            if at == w:
                if all(f.traced for f in parts):
                    return Trace(True, f"{n.text} = {' + '.join(f.mention.text for f in parts)}")
                return None
            others = [f for f in parts if s_start + f.mention.start != n.start]
            if whole.traced and all(f.traced for f in others):
                return Trace(True, f"{n.text} = {' − '.join([whole.mention.text, *(f.mention.text for f in others)])}"
                                   f"（句中{whole.mention.text}分为{listed}）")
            return None
        return None

    def _over_said_share(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """本月一半以上的咨询是订购下单，1562通，占88% (blind round 11): a share in words bounded from
        below (一半以上, 过半, 超过三分之一) told beside the exact share it rounds off, in the same
        clause group, says no more than "over": the sourced exact share (88%) over the bound traces
        it. Alone, such a bound stays a bound up to the next step (`_in_bound`: 一半以上 of 88% is
        no fair reading where the sentence gives no exact share); under the bound (占42%) it is
        not traced here."""
        s_start, s_end = sentence
        bound = _bound(n)
        if s_end - s_start > 2 * _WINDOW or not (bound == "over" or bound == "more" and n.text.endswith("以上")):
            return None  # 七成多 says just over seven tenths, not anything above
        seg_start = max(text.rfind("；", s_start, n.start), text.rfind(";", s_start, n.start), s_start - 1) + 1
        seg_end = min((i for i in (text.find("；", n.end, s_end), text.find(";", n.end, s_end)) if i >= 0),
                      default=s_end)
        shares = [f for f in self._sentence_figures(text, sentence)
                  if f.family == PERCENT and seg_start <= s_start + f.mention.start
                  and s_start + f.mention.end <= seg_end and s_start + f.mention.start != n.start]
        if len(shares) != 1:
            return None
        exact = shares[0]
        if not exact.traced or exact.mention.approximate or exact.mention.unit != "%" \
                or exact.mention.value <= n.value:
            return None
        return Trace(True, f"{n.text}：句中{exact.mention.text}，在{format_number(round_half_up(n.value, 1))}%以上")

    def _part_whole(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> NumberMention | None:
        """前两周有31件命中工单超过2小时才回电，其中6件升级了 (blind rounds 7 and 11): the whole of a
        figure its clause opens with 其中 is the NEAREST figure of its unit before that 其中 (31件),
        not the sentence's first (90多件). None when the figure is no such part: not the first
        figure of its unit after 其中, a change (其中比上月多9件), one of a series (其中最高一天68件),
        or its whole a mean (日均40件，其中…). Counts and durations only: a percent after 其中 is a
        share (误判率为14%，其中方言来电占误判的61%), no part of the rate before it."""
        s_start, s_end = sentence
        if s_end - s_start > 2 * _WINDOW or not n.unit or n.unit == "%" or n.kind not in ("count", "duration"):
            return None  # a text without sentence ends is not rescanned per figure
        # The figure's clause: back to the last clause mark of its sentence.
        c_start = max(s_start, _last_mark(text, "，,；;：:", s_start, n.start) + 1)
        opens = _words().parts.match(text, c_start)
        if opens is None:
            return None  # cheap: most clauses open with no 其中
        head = text[opens.end():n.start]
        if _compares(head) or _words().month_any.search(head):
            return None
        whole = None
        for f in self._sentence_figures(text, sentence):
            at = s_start + f.mention.start
            if at >= n.start:
                break
            if f.mention.unit and _same_unit(n.unit, f.mention.unit):
                if at >= opens.end():
                    return None  # a later part of a list (其中30件退费、12件改约): not the first
                whole = f.mention
        if whole is None:
            return None
        w_start = s_start + whole.start
        w_clause = max(s_start, _last_mark(text, "，,；;：:", s_start, w_start) + 1)
        if _words().mean.search(text, w_clause, s_start + whole.end) or _compares(text[w_clause:w_start]):
            return None  # a mean or a change is no whole of parts
        return whole

    def _row_gap_to_target(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> str | None:
        """周六首次响应时长超出目标6.0% (the row 5.3分钟, the target 5分钟): one row the sentence names
        (a month, a day, a weekday) against the metric's target, by the amount or by the percent of
        the target, in the direction the word before the figure says."""
        words = _words()
        start = max(sentence[0], n.start - _WINDOW)
        if words.moves is None or words.target.search(text, start, n.start) is None:
            return None
        found = list(words.moves.finditer(text, max(start, n.start - 12), n.start))
        if not found:
            return None
        move = words.move_of[found[-1].group()]
        groups = [g for g in self._row_groups(text, (start, n.start)) if g[1] == "rows"]
        if len(groups) != 1 or len(groups[0][2]) != 1:
            return None
        [row] = groups[0][2]
        keys = dict.fromkeys(k for _, _, ks in self._mentions(text, start, n.start) for k in ks)
        decimals = _decimals(n.precision)
        for key in keys:
            info = self._metrics.get(key)
            cells = [c for c in self._columns.get(key) or () if _month_of(c) == row]
            if info is None or not info.target or len(cells) != 1:
                continue
            cell = cells[0]
            gap = cell.value - info.target
            if n.unit == "%" and cell.family != PERCENT:
                exact, said = abs(gap) / info.target * 100, " ÷ 目标 × 100%"
            elif n.unit and _same_unit(n.unit, _unit_tail(cell.label) or info.unit):
                exact, said = abs(gap), ""
            else:
                continue
            if not gap or not _fits(n, exact, decimals):
                continue
            if move in ("up", "down"):
                ok = (gap > 0) == (move == "up")
            elif info.better in ("higher", "lower"):
                ok = ((gap > 0) == (info.better == "higher")) == (move == "better")
            else:
                continue
            if ok:
                return f"{n.text} = |{cell.label} − 目标{format_number(info.target)}{info.unit}|{said}"
        return None

    @staticmethod
    def _day_span(text: str) -> bool:
        """Whether `text` names a day or a run of days as a period (1月8日, 这5天), not as a
        line (超过3天未处理, 3天以上)."""
        line = _words().threshold_before
        for m in _DAY_SPAN.finditer(text):
            if line is not None and line.search(text, 0, m.start()):
                continue
            if not text.startswith(("以上", "以内", "内", "未", "以下"), m.end()):
                return True
        return False

    def _change_of_head(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> str | None:
        """全年来电比2024年多26300通 (来电受理量 412800, previous 386500): a metric named only by its head
        (`_metric_heads`), compared (比/较) with its previous period or its target, and a direction
        word that agrees right before the figure: the exact change of that metric traces."""
        words = _words()
        if words.moves is None or n.kind not in ("count", "money") or not n.unit:
            return None
        before = text[max(sentence[0], n.start - 30):n.start]
        moves = list(words.moves.finditer(before))
        if not moves or before[moves[-1].end():].strip("了约近共") or "比" not in before and "较" not in before:
            return None
        move = words.move_of.get(moves[-1].group())
        compared = max(before.rfind("比"), before.rfind("较"))
        heads = [h for h in self._metric_heads if 0 <= before.find(h) < compared]
        if len(heads) != 1 or move not in ("up", "down"):
            return None
        info = self._metrics[self._metric_heads[heads[0]]]
        if info.name in before or words.per.search(before):
            return None  # named in full, the sentence was read as such; 月均…多: no change of the total
        against_target = words.target.search(before) is not None
        if not against_target and self._previous_kind and not words.previous_said[self._previous_kind].search(before) \
                and any(words.previous_said[k].search(before) for k in words.previous_said if k != self._previous_kind):
            return None  # 较上季度 where the facts' previous is last year's
        ref = info.target if against_target else info.previous
        if ref is None or info.value is None or not _same_unit(n.unit, info.unit) \
                or (info.value > ref) != (move == "up") or not _fits(n, abs(info.value - ref), _decimals(n.precision)):
            return None
        return (f"{n.text} = “{info.name}”{format_number(info.value)}{info.unit} − "
                f"{'目标' if against_target else '此前'}{format_number(ref)}{info.unit}")

    def _quoted(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Candidate | None:
        """A number of a fact's text quoted with its own words (…达到38单，其中超过2小时未处理的有12单,
        where a problem's evidence says so): the same value in the same unit, with the four
        characters before it, or the four after it, as the text has them, in a sentence that
        quotes another number of the same text (one number alone may be given to another
        subject or month: 本季度来电接待量3600通 is no quote of September's 3600通)."""
        before, after = text[max(0, n.start - 4):n.start], text[n.end:n.end + 4]
        # The whole clause around it as the text has it (回访中约三分之一未购药用户反映药品缺货):
        # a quote of the text, with or without another of its numbers.
        clause_before = _clause_before(text, n.start)
        said = None
        for c in self._text_numbers:
            if c.value != n.value or not (n.unit and _same_unit(n.unit, c.label) or not n.unit and c.label.endswith(n.text)
                                          or c.label == n.text):
                continue
            if len(c.tail) >= 6 and text.startswith(c.tail, n.end) and len(clause_before) >= 2 \
                    and c.lead.endswith(clause_before):
                return c
            # …or a clause of six characters or more quoted whole up to the figure, and on past it
            # as far as the text goes (8-10月这类投诉只有5件。; 来电比二季度多39%，人没加)
            if self._quotes(text, n, c, clause_before):
                return c
            if n.kind == "count" and n.unit and n.unit not in self._measured_units and len(c.after) >= 2 \
                    and text.startswith(c.after, n.end):
                # 新增17座车站 where a driver says so: a count in a measure word no figure of the
                # facts is measured in, and the noun of its own after it as the text has it, is
                # that text's count of the noun, not a change of the metric the sentence opens with.
                return c
            if not (len(before) == 4 and c.context.endswith(before) and _CJK4.fullmatch(before)) and \
                    not (len(after) == 4 and c.after.startswith(after) and _CJK4.search(after)):
                continue
            if said is None:
                # Bounded around the figure: a long "sentence" is not rescanned for every figure.
                window = text[max(sentence[0], n.start - _WINDOW):n.start] + " " + text[n.end:min(sentence[1], n.end + _WINDOW)]
                said = {float(v.replace(",", "")) for v in re.findall("[0-9][0-9,]*(?:\\.[0-9]+)?", window)}
            if any(o is not c and o.source == c.source and o.value in said and o.value != n.value
                   for o in self._text_numbers):
                return c
        return None

    @staticmethod
    def _quotes(text: str, n: NumberMention, c: Candidate, clause_before: str) -> bool:
        """Does the figure stand in a quote of the fact's text `c` is from: the clause before it
        (six characters or more) as the text has it, and what follows as the text goes on?"""
        # (one of the two leads whole at the end of the other: 2月一次解决率为 is no quote of
        # 1月一次解决率为, however many characters they share)
        lead = c.lead.strip()
        shared = len(clause_before) if lead.endswith(clause_before) else len(lead) \
            if lead and clause_before.endswith(lead) else 0
        if shared == len(clause_before) and len(lead) > shared:
            # 国庆黄金周10月1-7日进线34300通，日均4900通: a short clause (日均) after the text's own
            # clause before it, quoted with it: the words shared back across the mark count too.
            shared = max(shared, _quoted_back(text, n.start, lead, shared))
        tail = c.tail.strip()
        goes_on = len(tail) >= 4 and text.startswith(tail[:4], n.end)
        # …or on through the text's next number (比3月的163件少45件; 超SLA的76件里33件)
        rest = c.rest.rstrip()
        goes_on = goes_on or len(rest) >= 4 and bool(re.search("[0-9]", rest[:4])) and text.startswith(rest[:4], n.end)
        if shared >= 3 and goes_on:
            return True   # 派单后10分钟内必须电话确认: a short lead, and the text's own words after it
        if shared >= 1 and len(rest) >= 8 and re.search("[0-9]", rest) and text.startswith(rest, n.end):
            # 管理3个组30名坐席的排班 of the duties: a lead of one or two characters, and the text's own words on
            # through its next number for eight characters (report blind round 38/04)
            return True
        if not lead and (len(tail) >= 6 and text.startswith(tail[:6], n.end)
                         or len(rest) >= 6 and bool(re.search("[0-9]", rest[:6])) and text.startswith(rest[:6], n.end)):
            # a text that opens on the figure, quoted on for six characters (1,240条有误的历史工单
            # of a plan's action; 83.1% → 82.4% of a problem's evidence)
            return True
        ends = not tail or text[n.end:n.end + 1] in ("。", "；", ";", "\n", "")
        return shared >= 6 and (goes_on or ends or len(tail) < 4)

    def _other_half(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """52件中有21件发生在下半年 where a fact's text says 52件中31件发生在上半年: the words after
        the figure follow a number of the text up to a character of an opposite pair (上/下,
        前/后), so the figure is the other part: the whole the sentence states less that number."""
        opposite = _words().opposite
        if not opposite or not n.unit or n.kind not in ("count", "plain", ""):
            return None
        said = re.match("[^，。；;,！？\n0-9]{2,8}", text[n.end:min(sentence[1], n.end + 8)])
        if said is None:
            return None
        said = said.group()
        for c in self._text_numbers:
            if not _same_unit(n.unit, c.label) or not c.tail:
                continue
            size = 0
            while size < min(len(said), len(c.tail)) and said[size] == c.tail[size]:
                size += 1
            if size < 2 or size >= min(len(said), len(c.tail)) or opposite.get(said[size]) != c.tail[size]:
                continue
            wholes = [o for o in self._text_numbers if o.series == c.series and o.value > c.value
                      and _same_unit(n.unit, o.label)]
            stated = {f.mention.value for f in self._sentence_figures(text, sentence)
                      if sentence[0] + f.mention.start != n.start}
            larger = list({o.value: o for o in wholes}.values())
            wholes = list({o.value: o for o in wholes if o.value in stated}.values()) or (
                larger if len(larger) == 1 else [])  # 另有8件发生在春节后: the text's one whole
            where = c.source.removeprefix("事实 ")
            if len(wholes) == 1:
                rest = wholes[0].value - c.value
                if abs(rest - n.value) < 1e-9:
                    return Trace(True, f"{n.text} = {wholes[0].label} − {c.label}（{where}中{c.label}{c.tail[:size + 2]}）")
                return Trace(False, None, None, f"；{where}中{c.label}{c.tail[:size + 2]}，"
                                                f"{said[:size + 2]}的是{format_number(rest)}{n.unit}，不是{n.text}")
            if c.value == n.value:
                return Trace(False, None, None, f"；{where}中{c.label}{c.tail[:size + 2]}，不是{said[:size + 2]}")
        return None

    def _told_otherwise(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> str | None:
        """146单受影响订单中，有142单完成改签 where a case says 146单…138单改签: the sentence quotes a
        fact's text (another of its figures is a number of that text) and the words after this
        figure follow another number of the same text, in the same unit."""
        said = re.match("[\u4e00-\u9fff]{2,4}", text[n.end:n.end + 4])
        if said is None:
            return None
        others = [c for c in self._text_numbers if c.after[:2] and len(c.after) >= 2 and c.after[:2] in said.group()
                  and c.label.endswith(n.unit) and c.value != n.value
                  and (c.after.startswith(("未", "没", "不", "无")) or not said.group().startswith(("未", "没", "不", "无")))]
        if not others:  # (2只未按时到诊 is the rest, not the text's 25只按时到诊)
            return None
        if any(c.value == n.value and c.after[:2] in said.group()
               for c in self._text_numbers if c.label.endswith(n.unit)):
            return None
        s_start = sentence[0]
        quoted = {c.series for f in self._sentence_figures(text, sentence)
                  if s_start + f.mention.start != n.start and f.mention.unit == n.unit
                  for c in self._text_numbers if c.value == f.mention.value and c.label.endswith(n.unit)}
        other = next((c for c in others if c.series in quoted), None)
        if other is None:
            return None
        return f"；{other.source.removeprefix('事实 ')}中“{other.after}”的是{other.label}，不是{n.text}"

    def _named_row(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Candidate | None:
        """The table row holding the figure that the sentence names before it: by its month (week,
        day), or as the column's highest or lowest with 最高/最低."""
        head = text[sentence[0]:n.start]
        months, _ = _months_in(head, self._grain)
        words = _words()
        most, least = words.most.search(head), words.least.search(head)
        if not months and most is None and least is None:
            return None
        decimals = _decimals(n.precision)
        for rows in self._columns.values():
            values = [c.value for c in rows]
            for c in rows:
                if n.unit and not _same_unit(n.unit, _unit_tail(c.label)) or not _rounds_to(n, c.value, decimals):
                    continue
                if _month_of(c) in months if months else (most is not None and c.value == max(values)) \
                        or (least is not None and c.value == min(values)):
                    return c
        return None

    def _told_row(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> str | None:
        """单日最低为700通，出现在26日 where 700通 is the 27th's row: the row named right after a
        figure must be the one whose value it is."""
        told = _TOLD_AFTER.match(text, n.end, sentence[1])
        if told is None:
            return None
        found, _ = _months_in(told.group(1), self._grain)
        if len(found) != 1:
            return None
        [month] = found
        decimals = _decimals(n.precision)
        fitting = [c for rows in self._columns.values() for c in rows
                   if (not n.unit or _same_unit(n.unit, _unit_tail(c.label)) or c.label.endswith(n.unit))
                   and _rounds_to(n, c.value, decimals)]
        if not fitting or any(_month_of(c) == month for c in fitting):
            return None
        return f"；{n.text}是表中{fitting[0].label}，不是所说的{told.group(1)}的"

    def _named_states(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> bool:
        """Does a subject the sentence names state this very number (质保理赔推诿（52件）where the
        complaint type's count is 52, though a case's text also says 推诿投诉52件)?"""
        for _, _, keys in self._mentions(text, sentence[0], sentence[1]):
            for key in keys:
                index = self._stated.get(key)
                if index is not None and any(c.value == n.value and c.role in ("value", "count")
                                             for items in index.items.values() for c in items):
                    return True
        return False

    def _named_count(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> str | None:
        """The source of a count, in the figure's unit, that the facts give as a value of their
        own (not a number of a text) to a subject the sentence names before the figure."""
        if not n.unit:
            return None
        said = text[sentence[0]:n.start]
        for c in [*self._all.items.get(COUNT, ()), *self._all.items.get(PLAIN, ())]:
            # (a complaint type's count has no unit of its own: it counts in the complaints')
            unitless = c.family == PLAIN and re.fullmatch("[0-9.,]+", c.label) is not None
            if c.role in ("text", "part", "row") or c.value != n.value or not (unitless or _same_unit(n.unit, c.label)):
                continue
            if any(key in self.subjects and len(self.subjects[key].name) >= 2 and self.subjects[key].name in said
                   for key in c.subjects):
                return c.source
        return None

    def _text_role(self, text: str, n: NumberMention, source: str, clause: tuple[int, int],
                   sentence: tuple[int, int]) -> str | None:
        """A number of a fact's text matches only in the role the text gives it: 由3.2天缩短至1.8天
        has no change of 1.8天 (缩短了1.8天 is wrong), 低于85.0%的目标 no value of 85.0% (达到85.0%
        is wrong unless the sentence speaks of a target), and 剩余课时价值12800元 is no 续费金额
        where the text gives 续费金额 another number."""
        decimals = _decimals(n.precision)

        def same(c: Candidate) -> bool:
            return c.value == n.value or (n.approximate and _fits(n, c.value, decimals))

        mine = [c for c in self._text_numbers if c.source == source and same(c)]
        if not mine:
            return None
        label = f"{source.removeprefix('事实 ')}中的“{mine[0].context}{mine[0].label}”"
        # The same number anywhere in the facts' text may be the one meant (到期前30天 in a plan).
        mine = [c for c in self._text_numbers if same(c) and (not n.unit or _same_unit(n.unit, c.label))] \
            or mine
        if _is_amount(text, n) and all(c.context.rstrip("了约近达 ").endswith(_ENDS) for c in mine):
            return f"；{label}是变化的一端，不是变化量"
        words = _words()
        lead, _ = self._role_words(text[sentence[0]:clause[1]], "")
        # (a goal's parts set off by ；after 项目的目标是： are targets all: the words of the whole
        # sentence up to its full stop count — review 35's blind facts, 下降25% in a goal)
        whole = text[text.rfind("。", 0, sentence[0]) + 1:sentence[0]]
        if "；" not in text[sentence[0] - 1:sentence[0]] and ";" not in text[sentence[0] - 1:sentence[0]]:
            whole = ""
        if not words.target.search(lead) and not words.target.search(whole) and all(
                words.target.match(c.after.lstrip("的")) or _TARGET_BEFORE.search(c.context) for c in mine):
            return f"；{label}是目标，不是实际达到的值"
        if self._name_regex is not None:
            # 超过八成的来电由话务员直接答复 against 接通率仅88.5%: a number the text gives to a
            # subject the sentence does not name is no match for it.
            sentence_text = text[sentence[0]:sentence[1]]
            prev = _sentence_before(text, sentence[0])
            def part_said(c: Candidate) -> bool:
                # (the part the text gives the number, 集中参保期 of 集中参保期投诉48件, is the one the sentence names:
                # 争议投诉18件 is no count of 其中12月2日当天)
                head = self._name_regex.sub(" ", re.split("[，,；;。]", c.lead)[-1])
                return any(re.fullmatch("[\u4e00-\u9fff]{2}", head[i:i + 2]) and head[i:i + 2] in sentence_text
                           for i in range(len(head) - 1))

            if prev is not None and re.match(f"\\s*(?:这|在这)?(?:{words.parts.pattern})", sentence_text) \
                    and all(part_said(c) for c in mine):
                # 本周投诉18件，上周6件。其中发布当天12件: a sentence opening with 其中 speaks of the subject the
                # sentence before names (tracer round 49).
                sentence_text = text[prev:sentence[1]]
            owners = [self._name_regex.findall(c.context) for c in mine]
            ends = tuple(words.said_without)

            def stems(name: str) -> list[str]:
                # 到场时长 is said 平均到场58分钟 too: the name without its measure word (tracing.yaml
                # said_without), two characters or more.
                end = next((w for w in ends if name.endswith(w) and len(name) - len(w) >= 2), "")
                return [name, name[:len(name) - len(end)]] if end else [name]

            # (…by the words the text uses, 平均首响, or by the subject's own name, 在线首次响应时长: review 181's night
            # shift told 在线首次响应时长高于目标8秒，差距出在夜班：夜班为57秒)
            own_names = [self.subjects[k].name for names in owners for name in names for k in self._names.get(name, ())
                         if k in self.subjects and self.subjects[k].name]
            if all(owners) and not any(stem in sentence_text for names in owners for name in names for stem in stems(name)) \
                    and not any(stem in sentence_text for name in own_names for stem in stems(name)) \
                    and not self._named_states(text, n, sentence):
                keys = self._names.get(owners[0][-1], ())
                owner = self.subjects[keys[0]].name if keys and keys[0] in self.subjects else owners[0][-1]
                return f"；{label}说的是“{owner}”，句中没有提到"
        def noun_end(before: str) -> str:
            # 同步成功率提升到 and 同步成功率达到 name the same thing: the verb of the move is no noun.
            if words.move_verb_end is not None:
                before = words.move_verb_end.sub("", before)
            return _NOUN_BEFORE.sub(r"\1", before)

        window = text[max(clause[0], n.start - 8):n.start]
        said = _NOUN_BEFORE.search(noun_end(window))
        if said is not None and re.search("比[^，。；,;0-9]{1,8}(?:多|少|高|低|长|短)(?:了|出)?$", window):
            said = None  # 本人21600件，比人均多1800件: the amount by which two differ, no number of the noun's
        if said is not None:
            noun = said.group(1)[-2:]
            series = {c.series for c in mine}
            others = [c for c in self._text_numbers if c.series in series and c.value != n.value
                      and (not n.unit or _same_unit(n.unit, c.label))
                      and noun_end(c.context).endswith(noun)]
            # A context that is all verb (率提升到) keeps its noun out of sight: it may be the same.
            if others and not any(noun_end(c.context).endswith(noun) or len(noun_end(c.context)) < 2
                                  for c in mine):
                return f"；{others[0].source.removeprefix('事实 ')}中{noun}是{others[0].label}，不是{n.text}"
        return None

    def _plain_names(self, said: str) -> str:
        """`said` with the compare and remainder words inside the facts' names blanked (响应慢,
        态度差, 投诉升级率): a word in a name says nothing about the figure."""
        if self._worded_names is None:
            return said
        return self._worded_names.sub(lambda m: self._name_words.sub("·", m.group()), said)

    def _month_said_before(self, text: str, n: NumberMention, sentence: tuple[int, int], clause: tuple[int, int]) -> str:
        """10月来电24000通。当月平均处理时长为225秒: the month before the period the sentence before names (its own name
        in `_previous_named`), where the figure's clause refers back to a month (tracing.yaml row_back month: 当月) and
        names no time of its own — the words that make the figure that month's, for the roles a sentence may mean; else
        ""."""
        back = _words().row_back.get("month")
        own = text[clause[0]:n.start]
        if back is None or self._previous_named is None or not back.search(own) or re.search("[0-9]+[年月日号]", own) \
                or re.search("[0-9]+[年月日号]|[本今全上去][年月周季]|同期", text[sentence[0]:clause[0]]):
            return ""
        prev = _sentence_before(text, sentence[0])
        if prev is None:
            return ""
        months = list(re.finditer("(?<![0-9])[0-9]{1,2}月(?![0-9]{1,2}[日号])", text[prev:sentence[0]]))
        if not months or not self._previous_named.fullmatch(months[-1].group()):
            return ""
        return months[-1].group()

    def _role_words(self, lead: str, clause: str) -> tuple[str, str]:
        """The sentence and clause as `_roles_ruled_out` reads them: a date of the report's own
        period (11月 in a November report, 2025年 in its year-end report) is no earlier time, and
        a name the facts know (SLA达标率, 考核通过率) speaks of no target."""
        if self._own_dates is not None:
            lead, clause = self._own_dates.sub("·", lead), self._own_dates.sub("·", clause)
        if self._previous_quarter is not None and ("季" in lead or "季" in clause or "Q" in lead.upper()):
            # 一季度 in the second quarter's report is last quarter.
            lead, clause = self._previous_quarter.sub("上季度", lead), self._previous_quarter.sub("上季度", clause)
        if self._name_regex is not None:
            named = [m.group() for m in self._name_regex.finditer(lead)]
            words = _words()
            for name in named:
                if words.target.search(name):
                    lead, clause = lead.replace(name, "·"), clause.replace(name, "·")
        return lead, clause

    def _part_of_note(self, text: str, n: NumberMention, source: str) -> str | None:
        """国际航线延误行李平均交付26.5小时 where 26.5 is the metric's value and its note says 其中
        国际航线…平均交付40.2小时 (物业类工单按时办结率94.5% where the note gives 物业类1380件，
        按时办结1240件): the clause names a part the note gives a figure of its own, in the
        figure's kind (or a rate of two of its counts), so the metric's whole value (or target)
        is not the part's. The part is named by three characters of the note's clause before
        its number that the metric's name does not hold."""
        m = re.fullmatch("事实 (.+)\\.(?:value|target)", source)
        notes = self._note_parts.get(m.group(1)) if m else None
        if not notes:
            return None
        name = m.group(1)
        own = next((i.value for i in self._metrics.values() if i.name == name), None)
        # (a colon ends the clause too: 用6个月把报修完工回访…改为机器人全量外呼：回访覆盖率从38.5%提到
        # 90%以上 — the words before it are the goal's head, naming no part of the figure after it)
        clause = re.split("[，。！？；;,\n：:]", text[max(0, n.start - _WINDOW):n.start])[-1]
        for c in notes:
            if c.value in (n.value, own):
                continue
            said = re.split("[，,]", c.lead)[-1]
            grams = {said[i:i + 3] for i in range(len(said) - 2)}
            part = next((g for g in sorted(grams) if re.fullmatch("[\u4e00-\u9fff]{3}", g) and g not in name
                         and g not in ("其中的", "其中有") and g in clause), None)
            ago = _YEAR_AGO_TIME.search(said)
            if part is not None and ago is not None and len(ago.group()) > 2 and part in ago.group() \
                    and ago.group() not in clause:
                continue  # (上半年平均处理时长 names the period itself, not the note's 去年上半年)
            if part is None:
                continue
            if c.family == PERCENT or n.unit != "%" and _same_unit(n.unit, c.label) and c.family != COUNT:
                return f"；{c.source.removeprefix('事实 ')}中“{said}”的是{c.label}，不是“{name}”的{n.text}"
            if n.unit == "%" and c.family == COUNT:
                for r in self._text_pairs().items.get(PERCENT, ()):
                    pair = self._pair_of.get(id(r), (None, None))
                    if own is not None and round_half_up(r.value, 1) == round_half_up(own, 1):
                        continue  # 其中小程序2464件 of 5210件: the metric's own rate (线上挂失占比47.3%), no part
                    if r.role == "ratio" and c in pair and self._ratio_words_said(r, text, n, (max(0, n.start - _WINDOW), n.start)):
                        return (f"；{c.source.removeprefix('事实 ')}中“{part}”的是{r.label} = "
                                f"{format_number(round_half_up(r.value, 1))}%，不是“{name}”的{n.text}")
        return None

    def _told_of_another(self, text: str, n: NumberMention, source: str) -> str | None:
        """雷雨当天共有1860人完成改签 where the text says 通知旅客1860人，其中1712人完成改签: the
        words after the figure follow another number of that text, not this one."""
        said = re.match("[\u4e00-\u9fff]{2,4}", text[n.end:n.end + 4])
        mine = [c for c in self._text_numbers if c.source == source and c.value == n.value]
        tail = n.unit or (text[n.end:n.end + 1] if re.match("[\u4e00-\u9fff]", text[n.end:n.end + 1]) else "")
        if mine and tail and n.kind in ("count", "plain", ""):
            # 按时到诊的犬猫共27只 / 46笔业务全部转至网点办理 where the text says 为27只…补约，其中25只按时到诊
            # / 46笔中31笔转至网点办理: the clause's words, joined to the figure by no other number,
            # follow another number of the same fact's text in the figure's unit, and never this one.
            series = {c.series for c in mine}
            ours = [c for c in self._text_numbers if c.series in series and c.value == n.value]
            part = re.split("[，。！？；;,\n]", text[:n.start])[-1] + "·" + re.split("[，。！？；;,\n]", text[n.end:])[0]
            dot = part.find("·")
            for c in self._text_numbers:
                if c.series not in series or c.value == n.value:
                    continue
                if c.label.endswith(tail):
                    words = c.after
                elif c.after.startswith(tail) and c.label.replace(".", "").isdigit():
                    words = c.after[len(tail):]
                else:
                    continue
                for key in {words[i:i + 3] for i in range(max(0, len(words) - 2))}:
                    if not re.fullmatch("[\u4e00-\u9fff]{3}", key) or any(key in m.after + m.context for m in ours):
                        continue
                    at = part.find(key)
                    if at < 0:
                        continue
                    if at < dot and (c.label + words[:words.find(key)]).rstrip() and \
                            part[:at].endswith(c.label + (c.after[:len(tail)] if not c.label.endswith(tail) else "")
                                               + words[:words.find(key)]):
                        continue  # 48页婚纱相册中有6页: the sentence states the text's 48页 before its words too
                    between = part[at + 3:dot] if at < dot else part[dot + 1:at]
                    if not re.search("[0-9０-９一二两三四五六七八九十百千万]", between):
                        return f"；{c.source.removeprefix('事实 ')}中是“{c.label}{c.after}…”，不是{n.text}"
        if said is None:
            return None
        head = said.group()[:2]
        # (another text may state the figure with these words: 客服三次承诺回电 in a case's
        # situation, where its title says 三次未回电 — blind round 7)
        if not mine or any(c.after.startswith(head) for c in self._text_numbers if c.value == n.value):
            return None
        negated = ("未", "没", "不", "尚未", "无")
        verb = said.group().lstrip("未没有不尚无被")[:2]
        if said.group().startswith(negated) and len(verb) == 2 and all(
                verb in c.context and not any(w in c.context for w in negated) and not c.after.startswith(negated)
                for c in mine):
            # 被技术团队采纳32条 given as 32条未被采纳: the text says the opposite.
            return f"；{source.removeprefix('事实 ')}中是“{mine[0].context}{mine[0].label}”，不是{n.text}{said.group()}"
        if all(c.after.startswith(negated) for c in mine) and not said.group().startswith(negated):
            # 其中9位未能续保 given as 9位完成续保: the text says the opposite of the sentence.
            return f"；{source.removeprefix('事实 ')}中是“{mine[0].label}{mine[0].after}”，不是{n.text}{said.group()}"
        others = [c for c in self._text_numbers if c.source == source and c.value != n.value and c.after.startswith(head)]
        if not others:
            return None
        return f"；{source.removeprefix('事实 ')}中“{others[0].after}”的是{others[0].label}，不是{n.text}"

    def _trace(self, text: str, number: NumberMention, clause: tuple[int, int],
               sentence: tuple[int, int]) -> Trace:
        # A "sentence" without sentence marks can be a whole draft: read a bounded stretch
        # around the figure, so that each figure costs the same (linear in the figures).
        if sentence[1] - sentence[0] > 2 * _WINDOW:
            sentence = (max(sentence[0], number.start - _WINDOW), min(sentence[1], number.end + _WINDOW))
            clause = (max(clause[0], sentence[0]), min(clause[1], sentence[1]))
        if number.kind == "plain" and not number.unit and _NAME_AFTER.match(text, number.end):
            # 12345市民热线, 95598服务热线: a number that is part of a name states no figure.
            return Trace(True, "名称中的号码，不是数字")
        if self._name_regex is not None:
            # 3分钟回复率 after 首次响应时长、: a name of the facts that opens with a figure
            # states none (blind round 6 read its 3分钟 as 首次响应时长's).
            named = self._name_regex.match(text, number.start)
            if named is not None and named.end() > number.end:
                return Trace(True, "指标名称中的数字，不是数字")
        if _words().definition is not None and _words().definition.search(text, sentence[0], number.start):
            # 室温不达标是指室内温度低于18℃的诉求: the line of a definition, no figure of the report.
            return Trace(True, "定义中的界限，不是报告的数字")
        line = self._threshold(text, number, sentence)
        if line is not None:
            return line
        if number.unit == "分" and _words().scales is not None:
            scaled = self._rescaled(text, number, clause, sentence)
            if scaled is not None:
                return scaled
        if number.unit in _words().tally_units:
            tally = self._tally(text, number, sentence)
            if tally is not None:
                return tally
        number, bounded = _fraction_bound(text, number, sentence)
        family, seconds = family_of(number.unit, number.kind)
        decimals = _decimals(number.precision)
        if number.approximate and number.high is None and _bound(number) is None and number.value >= 100 \
                and float(number.value).is_integer():
            # 约3600人次 is rounded to its hundreds: its trailing zeros are its precision, keeping
            # two significant digits (约300条 is not 316).
            digits = str(int(number.value))
            zeros = min(len(digits) - len(digits.rstrip("0")), len(digits) - 2)
            decimals = min(decimals, -zeros)
        spelled = self._spelled_rate_bound(text, number, decimals, sentence)
        if spelled is not None:
            return spelled
        clause_text = text[clause[0]:clause[1]]
        clause_text = self._plain_names(clause_text)
        if bounded is not None:
            # 占比已超过一成 / 超过了总量的三分之一: the 超过 bounds the share, it compares nothing.
            clause_text = clause_text.replace(bounded, "", 1)
        named, in_clause = self._named_subjects(text, number, PLAIN if number.kind == "multiple" else family,
                                                clause, sentence)
        if family in (PERCENT, COUNT) and number.kind != "multiple":
            heads = self._listed_heads(text, number, sentence, family, named)
            if heads is not None:
                return heads
        # Bounded: a text without line breaks must not be rescanned for every figure.
        floor = max(0, number.start - _WINDOW)
        line_start = text.rfind("\n", floor, number.start) + 1 or (0 if floor == 0 else -1)
        # In a table row the column header says which value it is; in prose the sentence does.
        in_table = line_start >= 0 and text.startswith("|", line_start)
        if in_table:
            # A cell's claim is its column's (较上季度变化), not the row's other cells' (未达标).
            clause_text = self._plain_names(_table_cell(text, number.start) or clause_text)
        lead = "" if in_table else text[sentence[0]:clause[1]]
        # 与上周87.5%相比，本周一次解决率下降了…: a clause that only sets the baseline (与/和/同/跟…相比)
        # is the comparison of the clause after it, as 比上周 in that clause would be.
        frame = _FRAME_BEFORE.search(text[sentence[0]:clause[0]]) if lead and clause[0] > sentence[0] else None
        framed = frame.group(1) + clause_text if frame is not None else clause_text
        skip = _roles_ruled_out(*self._role_words(self._month_said_before(text, number, sentence, clause) + lead, framed)) \
            if lead else frozenset()
        # The words that give the figure its time: not those of an earlier clause that is an action
        # with a time of its own (8月底开始执行，因此…为2.6天 / 上月底改了流程，因此…: the action's time).
        time_at = _time_start(text, sentence[0], number.start) if lead else sentence[0]
        time_lead = text[time_at:clause[1]] if lead else lead
        if time_at > sentence[0] and _words().previous.search(self._role_words(lead, clause_text)[0]) \
                and not _words().previous.search(self._role_words(time_lead, clause_text)[0]):
            # 上月底上线了新流程，之后…降到3.4天: the earlier time is the action's, so the figure is
            # not last period's value.
            skip = skip | {"previous"}
        if lead and "previous" not in skip and clause[0] > sentence[0] \
                and _CLOSED_PAIR.search(text, sentence[0], clause[0]):
            # 机器人解决率从41.2%提到72.6%，转人工率降到58.8%: a 从A…到B pair belongs to its own clause;
            # its 从 speaks of no earlier value for a later clause's figure (58.8% is no start).
            earlier = _CLOSED_PAIR.sub("·", text[sentence[0]:clause[0]])
            if not _words().previous.search(self._role_words(earlier + text[clause[0]:clause[1]], clause_text)[0]):
                skip = skip | {"previous"}
        if in_table:
            # 较上季度变化 | 提高0.1分: a change, not the gap to the target that is as large.
            cell = self._role_words(clause_text, clause_text)[1]
            skip = _roles_ruled_out(cell, cell, prose=False) & _CHANGE_OR_GAP
            if _words().against_previous.search(cell) and not _compares(cell) and not _words().target.search(cell):
                # 去年同期 | 1872件: a column of the earlier period holds its value, never this
                # period's value or a target the row states in the cells before it.
                skip = skip | _NOT_EARLIER
        before = self._plain_names(text[clause[0]:number.start])
        planned = self._planned(text, sentence[0], number.start) if lead else None
        if planned is not None and planned.start() < clause[0] and in_clause and _FROM_SAID.search(before):
            # 差评要及时回访，客户满意度从4.71分降到4.52分: the figure's own clause names its metric and
            # a move from a stated start, so it decides what the figure is; a weak plan word of an
            # earlier clause (another subject's 要, 将, 希望) makes it no aim. A strong one (计划,
            # 下月, 力争…) still frames the whole sentence.
            planned = next((m for m in _PLANNED.finditer(text, sentence[0], number.start)
                            if m.start() >= clause[0] or m.group() not in _PLANNED_WEAK), None)
        if planned is not None and (_AIMED_AT.search(before) or _words().aimed_more.search(before)):
            # 2026年力争让投诉量控制在30件以内: what a plan aims at is a target, never this
            # period's own value or count (48件 is where the year ended, not the aim).
            skip = skip | _NOW_ROLES
        goal_aim: frozenset[str] = frozenset()
        goal_part = bool(lead) and max(text.rfind("；", sentence[0], number.start),
                                       text.rfind(";", sentence[0], number.start)) >= 0
        if goal_part and _goal_framed(text[sentence[0]:number.start]):
            # 项目的目标是：…；失物相关热线来电比项目前减少50%；… : a figure of a part of a goal list
            # after ； (the sentence runs on from the goal's head only then: _with_goal_head; a
            # verdict such as 低于目标：88.2% is no goal) that the facts' goal states is the goal's,
            # whatever metric the words happen to be near; one the goal does not state is an aim,
            # never the period's value or the change it reached (减少55% is no 55.8% change of
            # another metric: blind round 12).
            goal = next((c for c in self._direct_all(self._stated_all, number, family, seconds, decimals)
                         if c.source == "事实 project.goal"), None)
            if goal is not None:
                return Trace(True, goal.source)
            goal_aim = frozenset({"value", "change", "change_percent"})
            skip = skip | goal_aim
        waiting = bool(lead and family in (COUNT, PLAIN) and not _says_rest(before)
                       and _words().waiting.match(text, number.end, clause[1]))
        if waiting:
            # 另有13件投诉需等待核实: a rest still open, as 尚有13件 is (of the facts' counts; the
            # sentence's own counts before it need not be its total and parts).
            before, clause_text = "尚有" + before, clause_text + "，尚有"
        months, ends = _row_months(before, text[time_at:number.start], self._grain) if lead else (None, None)
        if months and self._grain != "month" and named \
                and not any(k in self._columns or k.startswith("metric:") for k in named):
            # 第1周的投诉占本月投诉的四分之三: a week (a day) the sentence names is a row of the table, but a
            # subject the table has no column of (the complaints) has no rows: its figures are the facts'
            # own (a note's 其中3件在第1周), never a row's.
            months = ends = None
        if lead and months == frozenset() and self._columns and self._grain in _words().row_back \
                and _words().row_back[self._grain].search(text, sentence[0], number.start):
            # 第3周接待1080个，一次解决910个。这一周的一次解决率为84.3%: the one row the sentence before names.
            prev = _last_mark(text, "。！？!?\n", 0, sentence[0] - 1) + 1
            back, _ = _months_in(text[prev:sentence[0]], self._grain)
            if len(back) == 1 and back <= (self._month_rows if self._grain == "month" else self._row_numbers):
                months = ends = frozenset(back)
        if months and not _months_in(before, self._grain)[0] and _words().cause is not None \
                and self._months_in_causes_only(text, sentence[0], clause[0]):
            # 三季度来电80800通，受7月暴雨影响，接通率只有92.0%: the month of a cause clause (受…影响, 由于…) is the
            # cause's time, not the figure's; the sentence speaks of its own quarter.
            months = ends = frozenset()
        if months and "占" in before and not _months_in(before, self._grain)[0] and (
                _words().whole_period.search(before[before.index("占"):])
                or self._own_named is not None and self._own_named.search(before[before.index("占"):])):
            # 8月至9月微信报修5600件，占三季度受理量的6.5%: the whole 占…的 names is the period's own, whatever
            # months an earlier clause names for the part.
            months = ends = frozenset()
        said_from = max(sentence[0], number.start - 60)
        if months == frozenset() and (_words().whole_period.search(text, said_from, number.start) or (
                self._own_named is not None and self._own_named.search(text, said_from, number.start)) or (
                self._grain == "day" and _WEEKDAY.search(text, said_from, number.start))):
            # 本周平均等待时长61秒, 周日…61秒: the period's own value or the named day's row (the
            # table traces it), never the cell of a row a fact's text quotes.
            skip = skip | {_PERIOD_SAID}
        if lead and not months and self._grain == "day":
            said = {m.group(1) for m in _WEEKDAY.finditer(text, sentence[0], number.start)}
            if len(said) == 1 and not _WEEKDAY_RANGE.search(text, sentence[0], number.start) \
                    and not _WEEK_RUNS.search(text, sentence[0], number.start):
                # 周一是本周来电高峰，受理1350通: the one weekday the sentence names is a day of the table.
                rows = self._weekday_rows(said.pop())
                if len(rows) == 1:
                    months = ends = frozenset(rows)
        if months and len(months) == 1 and min(months) > 1 and _words().previous_row.search(clause_text):
            # 6月…环比增长3.2%: June against May.
            months = months | {min(months) - 1}
        if lead and not months and self._grain == "month":
            quarter = self._quarter_rows(before) or self._quarter_rows(text[time_at:number.start])
            if quarter:
                # 一季度处理咨询30,550件 in a year's report: the run of January to March.
                months = ends = quarter
        if lead and number.kind != "multiple" and _is_amount(text, number):
            against = self._against_said(text, number, family, seconds, decimals, sentence, clause)
            if against:
                return Trace(False, None, None, against)
        if lead and number.kind != "multiple" and _compares(clause_text):
            moved = self._from_to(text, number, family, seconds, decimals, sentence)
            if moved is not None:
                return moved
        # 年末旺季…（目前为86.0%）: a figure told as the level now is the period's own value, not
        # the last row a period-end word earlier in the sentence would make it.
        end_said = _words().period_end.search(text, time_at, number.start) \
            if lead and not months and self._row_numbers and _words().period_end \
            and not _told_as_present(text, number, sentence) else None
        if end_said is not None and not _DEADLINE_AFTER.match(text, end_said.end()):
            # 年底一次解决率为89.6%: the last row (or the period's value), never the table's mean.
            months = ends = frozenset({max(self._row_numbers)})
        up_to = _UP_TO.get(self._grain)
        last = up_to.search(text[sentence[0]:number.start]) if up_to is not None and lead else None
        run_aimed = family == PERCENT and last is not None and _words().sum.search(text, sentence[0], number.start) \
            and _words().target.search(clause_text) and _RUN_AIMED.search(clause_text)
        if last is not None and self._first_row and (_words().sum.search(clause_text) or run_aimed) \
                and self._first_row < _month_number(last.group(1)):
            # (截至5月底累计受理14,700件，完成全年目标的38.7%: the same run's progress.)
            # 截至5月底，本季度累计处理12,100件: the run of rows from the table's first to May's.
            months = ends = frozenset(range(self._first_row, _month_number(last.group(1)) + 1))
        pair = self._respectively(text, number, family, sentence) if lead else None
        if pair is not None:
            # A、B分别为x、y: x is A's, y is B's (a month's row, or a subject's value).
            item, month = pair
            if month is not None:
                months = ends = frozenset({month})
            else:
                named, in_clause = [item], True
        rate = self._per_many(text, number, family, decimals, sentence, before) if lead else None
        if rate is not None:
            return rate
        rate = self._per_said_span(text, number, decimals, sentence, before) \
            if lead and (family in (COUNT, PLAIN) and ("每" in before or "日均" in before or "人均" in before)
                         or family == DURATION and re.search("(?:人均|每人|每名|每位)(?:平均)?[约近]?$", before)) else None
        if rate is not None:
            return rate
        team_rate = _words().team_rate.search(before) if lead and _words().team_rate else None
        if team_rate and any(team_rate.group().rstrip("为是达约仅只有") in info.name for info in self._metrics.values()):
            team_rate = None  # the facts' own 离职率 answers for it
        if lead and family == PERCENT and self._per.get("人") and (
                _words().team_whole.search(before) or self._team_named and self._team_named.search(before)
                or team_rate):
            team = self._team_share(text, number, decimals, sentence)
            if team is not None:
                return team
        if lead and family == PERCENT:
            own = self._rate_of_said_part(text, number, decimals, sentence, before)
            if own is not None:
                return own
            own = self._rate_of_said_count(text, number, family, seconds, decimals, sentence, before)
            if own is not None:
                return own
        if lead and family == PERCENT and self._text_numbers:
            within = self._share_within_said(text, number, decimals, sentence)
            if within is not None:
                return within
        if lead and family == PERCENT and "占" in before and _words().continues.fullmatch(before):
            # …约1200名患者预约失败，当周完成改约1150名，占95.8%: the count just before over an
            # earlier one of the sentence, whether or not the facts hold them (each is checked
            # on its own); a month the sentence names does not make it the table's.
            share = self._share_of_said(text, number, decimals, sentence)
            if share is not None:
                return Trace(True, share)
        if lead and family == PERCENT and "占" in before:
            share = self._text_share(text, number, decimals, clause[0], before)
            if share is not None:
                return Trace(True, share)
        if lead and self._has_plans and family in (PERCENT, POINTS, COUNT, DURATION, PLAIN) \
                and _compares(clause_text) and _words().target.search(text, sentence[0], number.start):
            # 四季度目标6500人次，较三季度实际提高20.4%: a plan's target against its metric's value.
            plan = self._plan_against_value(text, number, family, decimals, sentence, before, named)
            if plan is not None:
                return Trace(True, plan)
        if lead and (spanned := self._span_mean(text, number, family, decimals, self._per_unit(before) or "",
                                                sentence)) is not None:
            # 3–5月投诉300件，月均100件: the count the sentence states over the span it names,
            # before any table row or period value of the months is tried.
            return spanned
        after = _words().row_after
        prev = _sentence_before(text, sentence[0]) if after is not None and self._grain == "day" \
            and after.match(text, sentence[0]) else None
        # (12月1日接待220次。第二天…比这天多了…: the row the next day follows is the sentence before's)
        table = self._table_claim(text, number, family, seconds, decimals, (prev, sentence[1]) if prev is not None
                                  else sentence, clause[1], clause_text, named) if lead else None
        if table is not None:
            return table
        per = self._per_unit(before)
        if per and len(per) == 1 and lead:
            # 人工回访工时降到每月150小时以内 where the metric's unit is 小时/月: 每月 names the
            # metric's own unit, no mean to divide (round 24's project goal). (The clause's own
            # names: such a metric is no subject `named` keeps for a figure in 小时.)
            own = [k for _, _, keys in self._mentions(text, clause[0], number.start) for k in keys]
            if own and all(k in self._metrics and (self._metrics[k].unit or "").endswith("/" + per) for k in own):
                per = None
        one_mean = per is None or len(per) == 1  # 人均每月 divides twice, not by one figure
        words = _words()
        annual = frozenset({"target", "attainment", "gap", "gap_percent"}) \
            if lead and self._has_annual and words.annual.search(lead) else frozenset()
        # 完成全年目标的51.8%, 距全年目标还差…: the annual target, not the period's own.
        skip = skip | annual
        # 超过九成的咨询…: a bounded fraction spans a tenth, so a plan's target that happens to
        # fall inside it is no trace of it, unless the sentence speaks of a target.
        aimless = frozenset(_AIM_ROLES) if lead and _bound(number) is not None \
            and _FRACTION_WORDS.search(number.text) and not words.target.search(lead) else frozenset()
        skip = skip | aimless
        if lead and family == PERCENT and _TOWARD.search(text, sentence[0], number.start) \
                and _CHANGED_BY.search(before):
            # 平均通话时长压缩到200秒，相当于缩短6.0%: a change from the value to the figure named
            # after 到, divided by the value, never the gap over that figure (gap_percent).
            skip = skip | {"gap_percent"}
            aimless = aimless | {"gap_percent"}
        if lead and _is_amount(text, number) and not words.target.search(lead):
            # 减少2,300件 with no baseline named: the change since the earlier value.
            skip = skip - {"previous", "change", "change_percent"}
        if lead and not months and self._grain == "month" and self._period_months \
                and words.year_to_date.search(text[sentence[0]:number.start]):
            # 今年以来月均受理4.03万通: the rows of the report's year up to its last month.
            run = frozenset(range(1, max(self._period_months) + 1))
            if len(run) > 1 and run <= self._row_numbers:
                months = ends = run
        # The earlier time the figure's clause names, else its sentence (虽不及上月，但比去年同期…).
        when = clause_text if lead and any(r.search(clause_text) for r in words.previous_said.values()) else time_lead
        if lead and not months and self._previous_kind == "chain" and self._period_months \
                and len(self._row_numbers) < len(self._table_rows) and words.previous_said["year_ago"].search(when) \
                and not words.previous_said["chain"].search(when):
            # 比去年同期的92.1%高出1.5个百分点 in a monthly report whose table holds last year's
            # month: the baseline is that row (the months of the period, a year before).
            months = ends = self._period_months
        other_time = ""
        if lead and self._previous_kind:
            # 同比 in a monthly report whose previous is last month (环比): the facts' previous and
            # the changes against it are not what the sentence compares with, nor the other way.
            # (同比 for last quarter is loose usage, and taken as such, unless the table holds the
            # year before: then 同比 has its own row to be computed from.)
            # 同比 for last quarter is no loose usage: the facts hold no year-ago value to compare with.
            other = [k for k in words.previous_said if k != self._previous_kind]
            said = next((m for k in other for m in [words.previous_said[k].search(when)] if m), None)
            if said is not None and not words.previous_said[self._previous_kind].search(when):
                skip = skip | _PREVIOUS_ROLES
                other_time = said.group()
        not_period = frozenset()
        if months and self._period_months and not months & self._period_months \
                and len(self._row_numbers) > len(self._period_months) and not self._span_rows():
            # 7月来电33800通 in August's report: a month before the period is its row, not the period's value.
            not_period = frozenset({"value"})
            skip = skip | not_period
        if lead and self._previous_named is not None:
            head = text[time_at:number.start]
            if self._previous_named.search(head) and not (self._own_named and self._own_named.search(head)) \
                    and not re.search("[比较由从]|同比|环比|相比|以来|至今|累计", time_lead) \
                    and not (number.kind == "multiple" and re.search("[是为]的?[^，,；;。]{0,8}的[约近]?$", head)):
                # (…约为10月的2.4倍: 10月 is the multiple's base, the period's value the other side)
                # 11月来电量31220通 in December's report: last period's value, not this one's.
                not_period = not_period | {"value", "table_total"} | (skip & {"target", "annual_target", "plan"})
                skip = skip | {"value", "table_total"}
        if lead and self._own_named is not None:
            head = text[time_at:number.start]
            if self._own_named.search(head) and not words.previous.search(
                    self._own_named.sub("·", self._role_words(time_lead, "")[0])):
                # 三季度共受理来电0.8万通 in the third quarter's report: the period's value, not
                # last quarter's (as 11月 in a November report, tracer round 6).
                not_period = not_period | {"previous"}
                skip = skip | {"previous"}
        if not months and (words.against_previous.search(clause_text) or words.target.search(clause_text)):
            # 较上季度缩短3.8% compares the period's values, not two months of the table.
            skip = skip | {"row"}
        if family in (COUNT, PLAIN) and lead:
            source = self._pace(named, number, decimals, text[sentence[0]:clause[1]], per)
            if source is not None:
                return Trace(True, source, self.subjects[named[0]].name if named else None)
        if per is not None:
            # 月均1.2万件 is a mean, not a month's value nor the period's total.
            skip = skip | {"row", "value"}
            source = self._mean(named, number, family, seconds, decimals, per,
                                self._written_units(text, sentence, number), text[sentence[0]:sentence[1]])
            if source is not None:
                return Trace(True, source, self.subjects[named[0]].name if named else None)
        if not words.sum.search(clause_text):
            skip = skip | {"table_total"}
        elif "其中" not in clause_text:
            skip = skip | {"part"}  # 全年共收到表扬信17封: 17 is the part (其中17封), not the total
        if per is None and not words.mean.search(clause_text) or months and len(months) == 1 \
                or months and len(months) < len(self._table_rows):
            # 1月问题解决率98.1% is not the table's mean, nor is 今年以来月均 over part of its rows.
            skip = skip | {"table_mean"}
        rows_mean = frozenset({"row"}) if lead and months and len(months) >= 2 and _ROWS_MEAN.search(clause_text) \
            and not any(w in text[sentence[0]:sentence[1]] for w in _words().respectively) else frozenset()
        # 9月67000次，10月65000次，两个月月均…: a mean of the rows the sentence names is no one row's value
        # (nor a neighbour's row: `kept` below).
        skip = skip | rows_mean
        if "change" in skip and "gap" not in skip:
            skip = skip | {"text", "part"}  # 较目标缩短15天: the gap to the target, not a change in a fact's text
        said_gap = _GAP_TO.search(before)
        if lead and said_gap and words.target.search(said_gap.group(1)):
            # 比24小时的目标多20小时: the gap to the target, never the metric's own value.
            skip = skip | {_GAP_SAID}
        if family == PERCENT and lead and words.toward is not None and words.moves is not None \
                and words.toward.search(text, max(sentence[0], number.start - 24), number.start) \
                and words.moves.search(clause_text) and not words.target.search(clause_text):
            # 压缩到200秒，相当于较本月缩短6.0%: the same move told the other way round, a change over
            # the value now, never the gap over the figure it moves to.
            skip = skip | {"gap_percent"}
        if family == PERCENT and words.toward is not None and words.toward.match(text, number.end, sentence[1]):
            # 压缩5.0%，降到160秒 / 需再缩短3.8%才能达到250秒的目标: a change from where the metric
            # stands to the figure after it, over the value now, never the gap over the target.
            skip = skip | {"gap_percent"}
        if words.remainder.search(before):
            # 剩余7件 is a difference of two counts, not another count of the subject (escalated 9).
            skip = skip | {"count", "row", "share"}
        aim = _AIM.search(before.rstrip("约近达在 ")) if lead else None
        if aim is not None and not words.compare.search(before[max(0, aim.start() - 2):aim.start()]):
            # 项目目标是30秒以内: the figure is the target, not the value reached nor a change.
            skip = skip | (_ROLES - _AIMS)
        of_whole = family == PERCENT and _OF_WHOLE.search(before) is not None
        if of_whole:
            # 降到原来的不到三成, 是去年的四分之一: the quotient of two values, not their change.
            skip = skip | {"change", "change_percent", "gap", "gap_percent"}
        share_only = frozenset()
        if family == PERCENT and "占" in before and not _compares(clause_text):
            # 字段缺失类占未迁移工单的四成以上: a share, not a change or a gap that lands near it.
            share_only = frozenset({"change", "change_percent", "gap", "gap_percent"})
            skip = skip | share_only
        if re.search("[由从].*[至到]$", before.rstrip("约近达 ")):
            skip = skip | {"previous"}  # 由18分钟延长至22分钟: the end is no earlier value
        if lead and words.old_rule.search(lead) and not words.rule_change.search(lead):
            # 按旧口径，…较上季度下降1.7个百分点: the level by the old rule (a note's), not the new
            # rule's level, its recount from the basis, nor its change (after the rules above).
            skip = skip | {"value", "change", "change_percent", "basis_rate", "basis"}
        elif lead and words.rule_change.search(lead) and not words.against_previous.search(lead):
            # 口径调整使…多出3.9个百分点 / 新口径比原口径低: the two rules' levels now, not the
            # change since last period.
            skip = skip | {"change", "change_percent", "previous"}
        elif lead and words.rule_change.search(lead):
            # 口径调整后预约成功率较上周提高了2.6个百分点: against the earlier time the sentence names,
            # by the new rule; the old rule's level (90.0 − 87.4) is no end of that change.
            skip = skip | {"old_rule"}
        if number.kind == "multiple" and not number.approximate and _MORE_AFTER.match(text, number.end):
            # 是上月的2倍多: at least twice (the reader stops at 倍); 翻了一番多 is two to three times
            # (not 2.0 to 2.1: the reader gives 翻番 a precision of 0.1).
            number = number._replace(text=number.text + "多", approximate=True,
                                     precision=number.value / 2 if "番" in number.text else number.precision)
        if not number.approximate and (_APART.search(before) or _TENTHS.fullmatch(number.text)
                                       and _ROUGHLY.search(before)):
            # 约占四分之一, 大约为2.3万件: the 约 says the figure is rounded, though not next to it
            # (约占全部咨询的四成: a tenth either way, not the bare figure's half-tenth).
            number = number._replace(approximate=True)
        same = self._restated(text, number, family, seconds, decimals, sentence) if lead else None
        if same is not None:
            return Trace(True, same)
        converted = self._converted_wrong(text, number, family, seconds, sentence) if lead else None
        if converted is not None:
            return Trace(False, None, None, converted)
        disagree = self._ends_disagree(text, number, family, before)
        if disagree:
            return Trace(False, None, None, disagree)
        # 离目标还差0.5天: a gap to a target that states no figure of its own (with one, as in
        # 距离110秒的计划目标还差16秒, the arithmetic below finds it among the sentence's figures)
        gap_to_target = re.search(f"[离距]离?[^0-9，。；]{{0,4}}?(?:{words.target.pattern})(?:{words.to_close.pattern})$",
                                  before[-12:])
        if lead and family in (COUNT, DURATION, PLAIN) and words.remainder.search(before[-6:]) and not waiting \
                and gap_to_target is None and not any(p.search(before[-12:]) for p in words.rest_of_period.values()):
            # (其余27天为17秒: the figure of a rest of the period, no rest of two counts)
            # 31件投诉中已处理29件，还有2件在处理中: the rest of two counts the sentence states
            # before it is their difference, not a number standing elsewhere in the facts.
            s_start = sentence[0]
            ops = [f.mention for f in self._sentence_figures(text, sentence)
                   if f.traced and f.family == family and s_start + f.mention.end <= number.start]
            if len(ops) >= 2:
                local = self._sentence_arithmetic(text, number, family, seconds, decimals, sentence,
                                                  clause_text + "剩余", one_mean)
                if local is not None:
                    return Trace(True, local)
                rest = ops[0].value - sum(o.value for o in ops[1:])
                if len(ops) >= 3 and family == COUNT and rest > 0 and all(o.unit == ops[0].unit for o in ops) \
                        and _rounds_to(number, rest, decimals):
                    # 7月投诉180件，首周95件、第二周25件，其余时间60件: the whole stated first less all the
                    # parts stated after it.
                    return Trace(True, f"{number.text} = {ops[0].text} − " + " − ".join(o.text for o in ops[1:]))
                shown = "、".join(o.text for o in ops[:3])
                return Trace(False, None, self.subjects[named[0]].name if named else None,
                             f"；句中的{shown}算不出{number.text}")
        said = self._mentions(text, sentence[0], number.start) if family == POINTS and lead and not named else []
        if said:
            info = next((self._metrics[k] for k in said[-1][2] if k in self._metrics), None)
            if info is not None and info.kind == "score" and not any(
                    f.family == PERCENT for f in self._sentence_figures(text, sentence)):
                # 满意度较去年提高3.1个百分点: a score moves in 分 or in %, not in points (unless
                # the sentence itself writes the score as a percentage: 满意度95.2%，超出2.7个百分点).
                return Trace(False, None, info.name,
                             f"；“{info.name}”以{info.unit}计，其变化用{info.unit}或%表示，不用“个百分点”")
        if lead and family in (COUNT, PLAIN, PERCENT) and words.rest.search(before) \
                and not any(p.search(before) for p in words.rest_of_period.values()):
            # 其余10个月为96.1%: the rest of the period (_rest_of_period), no rest of a list of parts.
            rest = self._rest_of_parts(text, number, family, decimals, sentence)
            if rest is not None:
                return rest
        if lead and family in (COUNT, PLAIN) and words.rest.search(before) and "除" in lead:
            rest = self._rest_of_named(text, number, decimals, sentence)
            if rest is not None:
                return rest
        if number.kind == "multiple":
            return self._multiple(text, number, named, sentence, clause_text, skip)
        if lead and family in (PERCENT, COUNT) and named and len(named) >= 2:
            # 超过六成的来电来自会员续费和退卡: a share (or count) before the list of items it is of.
            found = [m for m in self._mentions(text, number.end, clause[1]) if any(self.subjects[k].group for k in m[2])]
            listed = [k for _, _, keys in found for k in keys]
            parts = self._listed_parts(listed, family) if len(found) >= 2 else None
            items = _list_items(text, found)
            if parts and len(parts) == items == len(found):
                source = self._listed(listed, number, family, decimals)
                if source is not None:
                    return Trace(True, source, self.subjects[listed[0]].name)
                total = format_number(sum(c.value for c in parts)) + ("%" if family == PERCENT else "")
                return Trace(False, None, self.subjects[listed[0]].name,
                             "；所列各项之和为" + " + ".join(c.label for c in parts) + f" = {total}，不是{number.text}")
        if named and len(named) >= 2 and (words.sum.search(clause_text) or words.ratio.search(clause_text)):
            source = self._listed(named, number, family, decimals)
            if source is not None:
                return Trace(True, source, self.subjects[named[0]].name)
            # The list runs back to the clause mark before it (A、B两项 split at 、 is one list).
            since = max([sentence[0]] + [text.rfind(p, sentence[0], number.start) + 1 for p in "，,；;：:"])
            found = self._mentions(text, since, number.start)
            listed = [k for _, _, keys in found for k in keys]
            back = self._referred(text, sentence, clause[0], number.start) if not found else []
            # A sum word of the clause, not one inside a name (公共设施 holds 共).
            said_sum = words.sum.search(self._name_regex.sub("", clause_text) if self._name_regex else clause_text)
            parts = self._listed_parts(listed, family) if lead and said_sum else None
            # Every item of the list must be one the facts know (A、B、C三类 with C unknown is no claim on A + B).
            items = _list_items(text, found)
            if back:
                # 这两类 names two: the items of the sentence before, as many as it says.
                said = words.refer_back.search(text, sentence[0], number.start).group()
                count = next((i + 2 for i, d in enumerate("两三四") if d in said), None)
                parts = self._listed_parts(back, family) if said_sum else None
                items = count or (len(parts) if parts else 0)
            if parts and len(parts) == items and _EACH.search(before):
                # 表具报修和其他两类各占19%: each item's own value, not their sum.
                if all(_rounds_to(number, c.value, decimals) or _fits(number, c.value, decimals) for c in parts):
                    return Trace(True, f"{number.text} = " + "、".join(c.label for c in parts),
                                 self.subjects[named[0]].name)
                return Trace(False, None, self.subjects[named[0]].name,
                             "；所列各项分别为" + "、".join(c.label for c in parts) + f"，不都是{number.text}")
            if parts and len(parts) == items:
                # 会员续费与课程预约两类占65%: the sum of the items the clause lists, not of two others.
                total = format_number(sum(c.value for c in parts)) + ("%" if family == PERCENT else "")
                return Trace(False, None, self.subjects[named[0]].name,
                             "；所列各项之和为" + " + ".join(c.label for c in parts) + f" = {total}，不是{number.text}")
        short = self._short_listed(text, sentence, number.start) \
            if lead and family in (PERCENT, COUNT, PLAIN) and (words.sum.search(clause_text) or "占" in clause_text) else None
        if short:
            # 价格和档期两类合计占62.0%: the items named short, each the one item of the list
            # whose name holds its characters in order (套系价格咨询, 档期预约).
            source = self._listed(short, number, family, decimals)
            if source is not None:
                return Trace(True, source, self.subjects[short[0]].name)
            parts = self._listed_parts(short, family)
            if parts and len(parts) == len(short):
                total = format_number(sum(c.value for c in parts)) + ("%" if family == PERCENT else "")
                return Trace(False, None, self.subjects[short[0]].name,
                             "；所列各项之和为" + " + ".join(c.label for c in parts) + f" = {total}，不是{number.text}")
        if named and len(named) >= 2 and _compares(clause_text):
            source = self._across(named, number, family, seconds, decimals, before)
            if source is not None:
                return Trace(True, source, self.subjects[named[0]].name)
        if family == PERCENT and (words.complement.search(lead or clause_text)
                                  or (not named and words.failed.search(lead or clause_text))):
            source = self._listed(named, number, family, decimals, rest=True) if len(named) >= 2 else None
            source = source or self._complement(text, number, decimals, sentence, named)
            source = source or self._part_left_out(number, decimals, lead, named)
            if source is not None:
                return Trace(True, source, self.subjects[named[0]].name if named else None)
        head = words.refer_back.search(text, sentence[0], number.start) if lead and words.refer_back else None
        occupied = text.find("占", head.end(), number.start) if head is not None else -1
        whole = {k for _, _, keys in self._mentions(text, occupied, number.start) for k in keys} if occupied >= 0 else set()
        if head is not None and not text[sentence[0]:head.start()].strip() and words.sum.search(clause_text) \
                and all(k in ("complaints", "categories", "complaint_types") or k in whole for k in named):
            # 这两类合计占56.7% with no sentence before it in view: any two items of one list.
            source = self._any_listed(number, family, decimals, head.group())
            if source is not None:
                return Trace(True, source)
        if number.high is not None and named:
            source = self._row_range(named, number, family, seconds, decimals, months)
            if source is not None:
                return Trace(True, source, self.subjects[named[0]].name)
        # (7月18日至20日连续暴雨，7月接通率只有92.0%: a case the date of an earlier clause names is no
        # second subject of the rate the figure's own clause names)
        rated = named if len(named) == 1 else [k for k in named if k.startswith("metric:")] \
            if all(k.startswith(("metric:", "case:", "problem:")) for k in named) \
            and re.search(f"(?<![0-9日])({_M})月份?(?![0-9底初中末])", before) else []
        if lead and family == PERCENT and months and (len(months) == 1 or self._row_numbers and len(months) < len(self._row_numbers)
                                                      and set(months) <= set(self._row_numbers)) and len(rated) == 1 \
                and not _compares(clause_text):
            own = self._row_of_rate(rated[0], number, decimals, months)
            if own is not None:
                # 3月一次解决率为88.5% where the rate is the quotient of two columns of the table:
                # that month's quotient, not the period's value (nor another month's).
                return own
        # (the goal frame may open the whole sentence, 项目的目标是：…；月人工工单量减少20%（降到3168件
        # 以内）: an aim after its ；too — blind round 21)
        opened = text[text.rfind("。", 0, sentence[0]) + 1:number.start]
        ceiling = self._ceiling_claim(named, number, seconds, before, text[sentence[0]:number.start]) \
            if lead and named and not _goal_framed(opened) else None
        if ceiling is not None:
            return ceiling
        own = list(self._mentions(text, clause[0], number.start))[-1:] if len(named) > 1 else []
        if own and number.start - own[0][1] <= 4 and not re.search("[0-9]", text[own[0][1]:number.start]):
            # 通知不及时4件、服务态度4件: a labelled item is its own label's, never another item's
            # of the same list named earlier in the clause.
            mine = [k for k in own[0][2] if k in named and self.subjects[k].group]
            if mine:
                group = self.subjects[mine[0]].group
                named = [k for k in named if k in mine or self.subjects[k].group != group]
        if lead and len(named) > 1 and in_clause and clause[0] > sentence[0] and _words().own_end is not None \
                and _words().own_end.search(text, max(clause[0], number.start - 16), number.start):
            # …机器人解决率从41.2%提到72.6%，转人工率降到58.8%: a clause that names its subject and
            # moves it to the figure speaks of that subject alone, never of an earlier clause's.
            mine = {k for _, _, keys in self._mentions(text, clause[0], number.start) for k in keys}
            named = [k for k in named if k in mine] or named
        for key in named:
            source = self._in_subject(key, number, family, seconds, decimals, clause_text, skip, months, ends,
                                      of_whole, text[sentence[0]:sentence[1]])
            if source is not None:
                planned = self._plan_move(key, number, text[sentence[0]:number.start]) \
                    if ".gap = " in source else None
                if planned is not None:
                    return Trace(True, planned, self.subjects[key].name)
                wrong = self._wrong_direction(key, text, number, clause_text, before, source)
                if not wrong and lead and len(named) == 1:
                    wrong = self._wrong_rank(key, text[sentence[0]:number.start], months, family,
                                             text[number.end:sentence[1]])
                if wrong:
                    return Trace(False, None, self.subjects[key].name, wrong)
                return Trace(True, source, self.subjects[key].name)
        if named:
            # A subject named in the figure's own clause is what it measures; one named in
            # an earlier clause may be (较去年提升1.2个百分点) or may not be (平均响应时长2.1分钟，
            # 情绪激动客户15分钟内响应): then a value stated anywhere in the facts will do,
            # unless the clause states a change (同比下降20%), which is the named subject's.
            weak = (not in_clause and not _compares(clause_text) and per is None
                    and not (before.strip() and words.continues.fullmatch(before))
                    and not (family == PERCENT and _SHARE_OF_WHOLE.fullmatch(before)
                             and words.continues.fullmatch(before[:before.find("占")])))
            hit = self._direct(self._all if weak else self._loose, number, family, seconds, decimals,
                               skip, ends)
            if hit is not None and hit.role == "text" and hit.source.startswith("事实 plans[") \
                    and not set(hit.subjects) & set(named) and not _PLANNED.search(text, sentence[0], number.start) \
                    and not words.target.search(text, sentence[0], number.start):
                # 按时完成率持续提升，全年达到96.0% where a plan aims 物业费收缴率 at 96.0%: another subject's aim,
                # in a sentence that plans nothing, is no level the named subject reached.
                hit = None
            closed = self._gap_closed(hit.subjects[0], number, before, hit.source) \
                if hit is not None and hit.subjects else ""
            closed = closed or self._bound_off_value(hit, number, clause_text)
            if closed:
                return Trace(False, None, self.subjects[hit.subjects[0]].name, closed)
            if hit is not None:
                return Trace(True, hit.source)
            local = self._sentence_arithmetic(text, number, family, seconds, decimals, sentence, clause_text,
                                              one_mean)
            if local is None and lead:
                local = self._product(text, number, family, seconds, decimals, sentence, clause_text)
            if local is None and family == PERCENT and words.ratio.search(clause_text):
                local = self._share_of_part(text, number, decimals, sentence, named)
            if local is None and family in (COUNT, PLAIN):
                own = [c for fam in (COUNT, PLAIN) for c in self._stated.get(named[0], _Index()).items.get(fam, ())
                       if c.role == "count" and named[0] in c.subjects[:1]]
                if not own or not self.subjects[named[0]].group:
                    # A category whose count the facts give is that count, not a share of the total
                    # the sentence happens to state (异地就医备案4584件，占16%: 16% is another's);
                    # a whole such as the complaints is a total a share of it is taken of.
                    local = self._rate_of_total(text, number, decimals, sentence, named)
            if local is None:
                local = self._in_text_pairs(text, number, family, seconds, decimals, sentence, clause_text,
                                            of_whole, stated_only=True, named=named)
            if local is None:
                at = before.find("占")
                parts = [k for _, _, keys in self._mentions(before, 0, at) for k in keys] if at > 0 else named
                local = self._across_metrics(number, family, decimals, named, clause_text, parts, of_whole)
            if local is None and _TOP.search(clause_text):
                local = self._top_share(number, family, decimals)
            if local is None and lead:
                local = self._table_closure(text, number, family, seconds, decimals, sentence, clause[1], clause_text, named)
            if local is None and lead:
                local = self._sentence_links(text, number, family, seconds, decimals, sentence, clause_text, named)
            if local is None and lead and words.whole_level.search(clause_text):
                local = self._against_whole(named, number, family, seconds, decimals, clause_text)
            if local is None and lead and _compares(clause_text) and not _END_OF_MOVE.search(text, max(0, number.start - 3), number.start):
                local = self._text_against_metric(number, family, seconds, decimals, clause_text, months, named)
            if local is None and lead and family == PERCENT and months and len(months) == 1 and all(
                    k in self._metrics and self._metrics[k].kind == "rate" and k not in self._columns for k in named):
                # 8月订单转化率为20.0% where the table holds 8月's orders and enquiries but no column
                # of the rate: one count column over a larger one of that row.
                local = self._row_rate(number, decimals, [(0, "rows", frozenset(months))])
            if local is None and lead and months and len(months) == 1 and _compares(clause_text) \
                    and words.target.search(clause_text):
                local = self._row_to_target(named, number, family, decimals, months, before)
            if local is None and lead and months and len(months) == 1 and _compares(clause_text) \
                    and words.whole_level.search(clause_text):
                local = self._row_to_target(named, number, family, decimals, months, before, whole=True)
            if local is None and lead:
                # 23件投诉低于30件的月度控制线, where 23件 is 服务类投诉量's value: the clause's other
                # figure says which subject it is about, and the figure may be that subject's.
                for f in self._sentence_figures(text, sentence):
                    at = sentence[0] + f.mention.start
                    if not f.traced or at == number.start or not clause[0] <= at < clause[1]:
                        continue
                    fam, sec = family_of(f.mention.unit, f.mention.kind)
                    keys = {k for c in self._direct_all(self._stated_all, f.mention, fam, sec,
                                                         _decimals(f.mention.precision))
                            if c.role == "value" for k in c.subjects[:1]}
                    if not set(named) & keys:
                        continue  # the clause's subject must be one the other figure is the value of
                    for k in sorted(keys):
                        if k in named or k not in self.subjects:
                            continue
                        source = self._in_subject(k, number, family, seconds, decimals, clause_text, skip, months,
                                                  ends, of_whole, text[sentence[0]:sentence[1]])
                        if source is not None and not self._wrong_direction(k, text, number, clause_text, before,
                                                                            source):
                            return Trace(True, source, self.subjects[k].name)
            if local is None and lead and words.target.search(clause_text):
                # 超额完成降低20%的目标 where the project's goal says 把人工接待压力降低20%: the goal's
                # number, whatever subject its words name.
                goal = next((c for c in self._direct_all(self._stated_all, number, family, seconds, decimals)
                             if c.source == "事实 project.goal"), None)
                if goal is not None:
                    return Trace(True, goal.source)
            if local is not None:
                return Trace(True, local)
            if not in_clause and family == PERCENT and _OWN_WHOLE.search(before):
                # 重复扣费事件中，…退款286笔，占受影响用户的95.3%: a subject named only in an earlier
                # clause is not what a share of a whole its own clause names measures; another figure
                # of the sentence may say whose it is (the case whose text gives 286笔).
                for key in self._neighbour_subjects(text, number, family, sentence):
                    if key in named:
                        continue
                    source = self._in_subject(key, number, family, seconds, decimals, clause_text,
                                              skip & {_GAP_SAID}, months=months, ends=ends,
                                              said=text[sentence[0]:sentence[1]])
                    if source is not None and not self._wrong_direction(key, text, number, clause_text,
                                                                        before, source):
                        return Trace(True, source, self.subjects[key].name)
            # The text says what the figure measures, and it is none of that subject's values.
            return Trace(False, None, self.subjects[named[0]].name,
                         self._why_not(named, number, family, seconds, decimals)
                         + (f"；句中说“{other_time}”，事实中的比较期是{self._previous_word}" if other_time else ""))
        if run_aimed and months and not named:
            # 截至5月底累计受理14,700件，完成全年目标的38.7%, the metric unnamed: the run's share of
            # the target of the column in the unit of the count the sentence states (not the whole
            # period's progress: the sentence names the run).
            yearly = bool(_words().annual.search(clause_text))
            units = [f.mention.unit for f in self._sentence_figures(text, sentence)
                     if f.family == COUNT and f.mention.unit and sentence[0] + f.mention.end <= number.start]
            keys = [key for key, rows in self._columns.items() if rows and rows[0].family in (COUNT, PLAIN)
                    and any(_same_unit(u, rows[0].label) for u in units)]
            for key in keys:
                aimed = self._run_share(key, number, decimals, months, True, yearly)
                if aimed is not None and (yearly or "全年" not in aimed) and not (
                        "全年" in aimed and _PERIOD_TARGET.search(clause_text)):
                    return Trace(True, aimed, self.subjects[key].name)
            whole = [c for c in self._all.items.get(PERCENT, ()) if c.role in ("progress", "attainment")
                     and c.subjects and c.subjects[0] in keys and _rounds_to(number, c.value, decimals)]
            if whole and len(months) < len(self._row_numbers):
                # 截至4月底累计…，完成全年目标的48.0% where 48.0% is the whole period's progress.
                last = max(_month_of(c) for c in self._columns[whole[0].subjects[0]] if _month_of(c) in months)
                return Trace(False, None, self.subjects[whole[0].subjects[0]].name,
                             f"；{number.text}是全期的完成进度（{whole[0].source}），不是截至{last}月的累计")
        neighbours = self._neighbour_subjects(text, number, family, sentence)
        # 共完成回访7200单，环比增长9.1% where the facts' previous is last year's: the subject an
        # earlier clause names has no change against the time the sentence names either.
        # (…and 已完成全年目标的87.3%: the annual target the clause names, never the period's own attainment.)
        # (…and 同比增长8.0% / 比去年提高2.0个百分点: a change said against an earlier time is never the earlier
        # clause's subject's gap to its target, whether or not the facts hold an earlier value.)
        against_earlier = frozenset({"gap", "gap_percent", "attainment", "target", "annual_target"}) \
            if lead and words.against_previous.search(clause_text) \
            and not words.target.search(clause_text) else frozenset()
        kept = skip & ({_GAP_SAID} | (annual & {"attainment", "target"}) | (_PREVIOUS_ROLES if other_time else frozenset())
                       | rows_mean | against_earlier)
        for key in neighbours:
            source = self._in_subject(key, number, family, seconds, decimals, clause_text, kept,
                                      months=months, ends=ends, said=text[sentence[0]:sentence[1]])
            if source is not None:
                wrong = self._wrong_direction(key, text, number, clause_text, before, source)
                if wrong:
                    return Trace(False, None, self.subjects[key].name, wrong)
                return Trace(True, source, self.subjects[key].name)
        if lead and family == DURATION and _compares(clause_text):
            # 每张工单平均少用3小时24分钟, the metric unnamed: a change of the facts' durations.
            for key, info in self._metrics.items():
                if info.kind != "duration":
                    continue
                source = self._in_subject(key, number, family, seconds, decimals, clause_text, skip, months, ends,
                                          said=text[sentence[0]:sentence[1]])
                if source is not None:
                    wrong = self._wrong_direction(key, text, number, clause_text, before, source)
                    if wrong:
                        return Trace(False, None, self.subjects[key].name, wrong)
                    return Trace(True, source, self.subjects[key].name)
        local = self._sentence_arithmetic(text, number, family, seconds, decimals, sentence, clause_text,
                                          one_mean)
        if local is None and lead:
            local = self._product(text, number, family, seconds, decimals, sentence, clause_text)
        if local is None and family == PERCENT and words.ratio.search(clause_text):
            local = self._share_of_part(text, number, decimals, sentence, [])
        if local is None and family in (COUNT, PLAIN) and words.remainder.search(clause_text):
            local = self._any_difference(number, family, decimals)
        if local is None and family == COUNT:
            local = self._rate_of_total(text, number, decimals, sentence)
        if local is None:
            local = self._in_text_pairs(text, number, family, seconds, decimals, sentence, clause_text,
                                        of_whole, named=named)
        if local is None:
            local = self._across_metrics(number, family, decimals, [], clause_text)
        if local is None and _TOP.search(clause_text):
            local = self._top_share(number, family, decimals)
        if local is None and months and len(months) >= 2:
            # 4至5月累计处理工单12,100件, no column named: a run of the months of a column in the
            # figure's unit.
            mean = bool(per) or words.mean.search(clause_text) is not None
            for key, rows in self._columns.items():
                if rows and (not number.unit or rows[0].label.endswith(number.unit)):
                    local = self._table_runs(key, number, family, seconds, decimals, mean=mean, months=months)
                    if local is not None:
                        break
        if local is None and lead:
            local = self._table_closure(text, number, family, seconds, decimals, sentence, clause[1], clause_text, [])
        if local is None and lead:
            local = self._sentence_links(text, number, family, seconds, decimals, sentence, clause_text, [])
        if local is None and lead and _compares(clause_text) and not _END_OF_MOVE.search(text, max(0, number.start - 3), number.start):
            # (从31小时压到22小时以内: the level aimed at, no gap between a text's number and the target)
            local = self._text_against_metric(number, family, seconds, decimals, clause_text, months)
        if local is not None:
            return Trace(True, local)
        operands = self._operands(text, number, family, sentence) if _is_amount(text, number) else []
        if len(operands) >= 2:
            # A change stated next to the two values it compares (由12%降至3%，下降8个百分点)
            # is their difference or nothing: not a value that happens to stand elsewhere.
            shown = "、".join(o.text for o in operands[:3])
            return Trace(False, None, None, f"；句中的{shown}算不出{number.text}")
        if family not in (PERCENT, POINTS) and number.unit and words.mean.search(clause_text):
            meant = self._said_mean(text, number, family, seconds, sentence)
            if meant is not None:
                return Trace(False, None, None, meant)
        if family == PERCENT and _compares(clause_text):
            based = self._based_change(text, number, sentence)
            if based is not None:
                return Trace(False, None, None, based)
        told = self._text_part_share(number, decimals, clause_text) if share_only else None
        if told is not None:
            return Trace(False, None, None, told)
        # 2月接待3600件 in a half-year report: a count of the months named, never a category's
        # count of the whole period that happens to equal it (the table's row is that month's).
        of_months = frozenset({"count"}) if lead and months and self._grain == "month" \
            and self._period_months and months < self._period_months else frozenset()
        # Naming no subject, a change said against an earlier time (较培训前提升10.0%) is no
        # metric's gap to its target.
        unaimed = frozenset({"gap", "gap_percent"}) if lead and re.search("[较比]", before) \
            and not words.target.search(clause_text) else frozenset()
        hit = self._direct(self._all, number, family, seconds, decimals,
                           (_NOT_MEANS if per is not None else frozenset()) | (skip & {"part", "table_mean", _PERIOD_SAID, _GAP_SAID})
                           | annual | share_only | not_period | aimless | (_PREVIOUS_ROLES if other_time else frozenset())
                           | of_months | unaimed | goal_aim,
                           ends)
        if hit is not None and aimless and not named and not any(
                _spelled_out(self.subjects[k].name, text[sentence[0]:sentence[1]])
                for k in hit.subjects[:1] if k in self.subjects):
            # 超过九成的咨询…, naming no subject of the facts: a bound spans a tenth, so a value
            # of the facts inside it places nothing (a warning, not a trace), unless the sentence
            # spells out what the value measures (近九成的争议做到了一次解决: 争议一次解决率).
            return Trace(False, placed=False)
        off = self._bound_off_value(hit, number, clause_text)
        if off:
            return Trace(False, None, self.subjects[hit.subjects[0]].name, off)
        if hit is not None:
            key = hit.subjects[0] if hit.subjects else None
            # 困人救援工单超出控制目标60件, the metric's name shortened: a gap is still worded by its sign.
            wrong = self._wrong_direction(key, text, number, clause_text, before, hit.source) \
                if key in self._metrics and hit.role in ("gap", "change") else ""
            if wrong:
                return Trace(False, None, self.subjects[key].name, wrong)
            return Trace(True, hit.source)
        if "table_total" in not_period:
            now = self._direct(self._all, number, family, seconds, decimals, skip & {"part", "table_mean"}, ends)
            if now is not None and now.role in ("value", "table_total"):
                whose = self.subjects[now.subjects[0]].name if now.subjects else now.source
                return Trace(False, None, None,
                             f"；{number.text}是“{whose}”本期的值，句中说的是{self._previous_word or '上期'}")
        if "previous" in not_period:
            earlier = self._direct(self._all, number, family, seconds, decimals,
                                   (skip & {"part", "table_mean"}) | annual | share_only, ends)
            if earlier is not None and earlier.role == "previous":
                whose = self.subjects[earlier.subjects[0]].name if earlier.subjects else earlier.source
                return Trace(False, None, None,
                             f"；{number.text}是“{whose}”{self._previous_word or '上期'}的值，句中说的是本期")
        if "part" in skip:
            part = self._direct(self._all, number, family, seconds, decimals, months=ends)
            if part is not None and part.role == "part":
                return Trace(False, None, None, f"；{part.label}在{part.source}中是“其中”的部分数，不是总数")
        # A figure whose clause states its role (其中…, 占…, …率, 共…) claims something the
        # facts should hold: wrong. One that names nothing cannot be placed: a warning.
        before = text[clause[0]:number.start]
        near = self._near_value(number, family, seconds, decimals) if number.approximate else None
        if near is None:
            near = self._same_words(before, number, family)
        if near is not None:
            return Trace(False, None, None, near)
        if lead and months and family in (COUNT, DURATION, PERCENT, SCORE):
            other = self._other_row(number, family, seconds, decimals, months)
            if other is not None:
                # 3月接待2,620人次 where 2,620 is April's row: a month's value given to another.
                said = {"month": "月份", "week": "那一周", "day": "那一天"}.get(self._grain, "那一行")
                return Trace(False, None, None, f"；{number.text}是表中{other.label}，不是所说{said}的")
        if per is not None and len(per) == 1 and self._per.get(per) and family in (COUNT, PLAIN) and number.unit \
                and per in ("天", "周", "月"):
            # 约考申请平均每天约27件: a count the facts give for the period (a rate's basis total, a
            # category's count) over its days, weeks or months.
            for c in self._all.items.get(PLAIN, ()):
                if c.role in ("basis", "count") and not c.row and c.value > 0 \
                        and _rounds_to(number, c.value / self._per[per], decimals):
                    return Trace(True, f"{number.text} = {format_number(c.value)} ÷ {_plain(round(self._per[per], 2))}"
                                       f"{ {'月': '个月'}.get(per, per)}（{c.source}）")
        if per is not None and len(per) == 1 and self._per.get(per) and family in (COUNT, PLAIN) and number.unit:
            # 人均派发工单642件: say what the period's counts give per unit (坐席10人人均: per those 10).
            heads = self._written_units(text, sentence, number) if per == "人" else {}
            divisor = heads["人"] if _OWN_HEADS in heads else self._per[per]
            means = [(info.value / divisor, info) for info in self._metrics.values()
                     if info.value and info.unit and _same_unit(number.unit, info.unit)]
            if means:
                mean, info = min(means, key=lambda p: abs(p[0] - number.value))
                unit = {"人": "人", "天": "天", "月": "个月", "周": "周", "年": "年"}.get(per, per)
                return Trace(False, None, info.name,
                             f"；“{info.name}”本期{format_number(info.value)}{info.unit} ÷ "
                             f"{format_number(divisor)}{unit} = {format_number(mean, 1)}{info.unit}，不是{number.text}")
        if lead and family in (COUNT, PLAIN) and number.unit:
            rest = self._stated_pair_rest(text, number, sentence) \
                or self._denied_rest(text, number, sentence) or self._rest_within(text, number, sentence) \
                or self._over_bound_rest(text, number, sentence)
            if rest is not None:
                return Trace(rest[0], rest[1] if rest[0] else None, None, "" if rest[0] else rest[1])
        if family not in (PERCENT, POINTS) and (item := _PER_ITEM.search(clause_text)) is not None:
            wrong = self._per_item_mean(text, number, family, sentence, _item_unit(item.group(1)))
            if wrong is not None:
                return Trace(False, None, None, wrong)
        if lead and family == COUNT and number.unit and not named and _compares(clause_text):
            # 全年来电比上年多4200通, 比上周多受理500通, the metric unnamed: a change of the one
            # metric the facts give in the figure's unit, in the direction the clause says.
            keys = [k for k, info in self._metrics.items() if info.value is not None and info.unit
                    and family_of(info.unit, info.kind)[0] == COUNT and _same_unit(number.unit, info.unit)]
            if len(keys) == 1:
                source = self._in_subject(keys[0], number, family, seconds, decimals, clause_text, skip, months,
                                          ends, said=text[sentence[0]:sentence[1]])
                info = self._metrics[keys[0]]
                said = [m.group() for m in words.moves.finditer(before)] if words.moves else []
                said = [w for w in said if words.move_of[w] in ("up", "down")]
                moved = [words.move_of[w] for w in said]
                if source is not None and moved and info.previous is not None and info.value != info.previous \
                        and (info.value > info.previous) != (moved[-1] == "up") \
                        and format_number(info.previous) in source:
                    # 全年比上年少处理16540件 of a count that rose: the direction is the claim's too.
                    side = "上升" if info.value > info.previous else "下降"
                    return Trace(False, None, info.name, f"；事实中“{info.name}”由此前的{format_number(info.previous)}"
                                                         f"{info.unit}变为{format_number(info.value)}{info.unit}，是{side}，"
                                                         f"与“{said[-1]}”不符")
                if source is not None:
                    wrong = self._wrong_direction(keys[0], text, number, clause_text, before, source)
                    return Trace(not wrong, None if wrong else source, self.subjects[keys[0]].name, wrong or None)
        words = _words()
        placed = (_is_amount(text, number) or per is not None or words.claims.search(before) is not None
                  or words.remainder.search(clause_text) is not None
                  or (family in (COUNT, PLAIN) and words.projection.search(lead or clause_text) is not None
                      and self._per.get("月", 12.0) < 12))
        head = words.refer_back.search(text, sentence[0], number.start) if placed and not named \
            and words.refer_back is not None else None
        if head is not None and not text[sentence[0]:head.start()].strip(" \n，,") \
                and not self._referred(text, sentence, clause[0], number.start):
            # 该指标的目标达成率为98.4% with no sentence before it in view: what the pronoun
            # stands for cannot be told, so neither can the claim (a warning).
            placed = False
        if family == PERCENT and lead and words.annual.search(lead) and _PROGRESS_SAID.search(lead) \
                and "时间" not in lead:
            # 按全年目标计算，上半年完成进度为53.3%, no subject named: where one value of the facts
            # has a progress towards its annual target, that is the progress claimed.
            progress = {c.subjects[0]: c for c in self._all.items.get(PERCENT, ()) if c.role == "progress" and c.subjects}
            if len(progress) == 1:
                [(key, c)] = progress.items()
                name = self.subjects[key].name if key in self.subjects else None
                return Trace(False, None, name, f"；{'“' + name + '”' if name else ''}全年目标的完成进度为"
                                                f"{format_number(c.value, 1)}%（{c.source}），不是{number.text}")
        if placed and other_time:
            # 共完成回访7200单，环比增长9.1%: a change against a time the facts hold no value of.
            return Trace(False, None, None, f"；句中说“{other_time}”，事实中的比较期是{self._previous_word}")
        return Trace(False, placed=placed)

    def _spelled_rate_bound(self, text: str, n: NumberMention, decimals: int,
                            sentence: tuple[int, int]) -> Trace | None:
        """超过九成的来电做到了一次解决: a bounded fraction of a population (…的来电) whose
        sentence then spells out one rate of the facts in its own words claims that rate's
        value, so the bound is checked against it (not against any formula inside the bound).
        None where the figure is no such fraction, the sentence speaks of a target, or it
        spells out no rate or more than one."""
        if _bound(n) is None or not _FRACTION_WORDS.search(n.text) or not text.startswith("的", n.end):
            return None
        said = text[sentence[0]:sentence[1]]
        if _words().target.search(said) or _EARLIER_TIME.search(said) or any(
                r.search(said) for r in _words().previous_said.values()):
            return None  # a target's or an earlier time's share: not this period's rate
        after = text[n.end:sentence[1]]
        rates = [info for info in self._metrics.values()
                 if info.unit == "%" and info.value is not None and _spelled_out(info.name, after)]
        if len(rates) != 1:
            return None
        info = rates[0]
        if _fits(n, info.value, decimals):
            return Trace(True, f"事实 {info.name}.value", info.name)
        return Trace(False, None, info.name,
                     f"；事实中“{info.name}”本期为{format_number(info.value)}%，不是{n.text}")

    def _per_many(self, text: str, n: NumberMention, family: str, decimals: int,
                  sentence: tuple[int, int], before: str) -> Trace | None:
        """每万通来电约16.7件投诉: a count of one subject per N of another's (312 ÷ 186,420 ×
        10,000). None where the clause states no such rate; wrong where it does and no pair of
        the period's counts gives it."""
        m = _PER_MANY.search(before)
        if m is None:
            # 按每万件工单算，本月投诉约26.7件: the rate's frame said in a clause of its own before the figure's.
            m = re.search(f"按(?:照)?({_PER_MANY.pattern})[^，,；;。0-9]{{0,8}}(?:算|计算|计)[，,]", text[sentence[0]:n.start])
            m = _PER_MANY.match(m.group(1)) if m is not None else None
        if m is None or family not in (COUNT, PLAIN):
            return None
        many = _MANY[m.group(1)]
        at = text.rfind(m.group(0), sentence[0], n.start)
        end = at + len(m.group(0))
        # 每万件进线: the name right after the unit is what the rate is per.
        per_said = [(start, stop, keys) for start, stop, keys in self._mentions(text, end, min(end + 8, n.start))
                    if start <= end + 1]
        per_keys = [k for _, _, keys in per_said for k in keys]
        counted = bool(per_said) and re.fullmatch("(?:为|是|有|约|达|共)?", text[per_said[-1][1]:n.start]) is not None
        if counted and m.group(0)[1 + len(m.group(1)):]:
            # 每万件投诉5.6件: the name right before the figure is what is counted, per the count of the
            # unit's metric (件 of 受理量), not what the rate is per.
            per_keys = []
        if not per_keys:
            # 每万通来电: the word after the unit begins a metric's name (来电 → 来电量).
            for size in range(min(6, n.start - end), 1, -1):
                head = text[end:end + size]
                per_keys = [k for k, info in self._metrics.items() if info.name.startswith(head)]
                if per_keys:
                    break
        said = [k for _, _, keys in self._mentions(text, sentence[0], sentence[1]) for k in keys]

        def counts(keys: Iterable[str]) -> list[Candidate]:
            return [c for k in dict.fromkeys(keys) for fam in (COUNT, PLAIN)
                    for c in self._stated.get(k, _Index()).items.get(fam, ()) if c.role in ("value", "count")]

        unit = m.group(0)[1 + len(m.group(1)):]
        if unit and counted:
            said_keys = {k for _, _, keys in per_said for k in keys}
            per_keys = [k for k in self._metrics if k not in said_keys
                        and any(_unit_tail(c.label) == unit and c.role == "value" for c in counts([k]))]
            said = [k for k in said if k not in per_keys] + list(said_keys)
        elif unit and per_keys and not any(_unit_tail(c.label) == unit for c in counts(per_keys)):
            # 每万单投诉53.0件: the name after the measure word is not counted in it (投诉 in 件), so
            # it is what is counted, per the metric counted in that word (工单 in 单).
            in_unit = [k for k in self._metrics if any(_unit_tail(c.label) == unit and c.role == "value"
                                                       for c in counts([k]))]
            if in_unit:
                per_keys = in_unit

        wholes = counts(per_keys) or counts(self._metrics)
        parts = counts(k for k in said if k not in per_keys) or counts(self._by_subject)
        parts = [c for c in parts if self._part_named(c, text[sentence[0]:sentence[1]])]
        for whole in wholes:
            if not whole.base:
                continue
            for part in parts:
                if part is not whole and _fits(n, part.base / whole.base * many, decimals):
                    return Trace(True, f"{n.text} = {part.label} ÷ {whole.label} × {many:g}")
        return None

    def _respectively(self, text: str, n: NumberMention, family: str,
                      sentence: tuple[int, int]) -> tuple[str | None, int | None] | None:
        """Which item of a list a figure of a 分别 list belongs to (1月、2月分别为10,200件和
        9,850件; 理赔咨询、保全变更分别占52%、27%): the i-th figure of its family after 分别 is
        the i-th month or subject named before it. None when the sentence has no such list or
        the counts differ."""
        from cswriter.text.numbers import find_numbers

        s_start, s_end = sentence
        at = max(text.rfind(w, s_start, n.start) for w in _words().respectively)
        if at < 0:
            at = self._listed_run(text, n, family, sentence)
        if at < 0:
            return None
        after = [m for m in find_numbers(text[at:s_end]) if m.kind not in ("date", "period", "ordinal")
                 and family_of(m.unit, m.kind)[0] == family]
        index = next((i for i, m in enumerate(after) if at + m.start == n.start), None)
        if index is None or len(after) < 2:
            return None
        head = text[s_start:at]
        # The list is the last clause before 分别 (不同类型中，A、B分别…).
        cut = _last_mark(head, "，,；;：:")
        head = head[cut + 1:]
        for where in (head, text[s_start:at]):
            # 1月、2月…分别 or 1至3月…分别: the months in order, a range spelled out.
            months: list[int] = []
            for m in _PERIODS[self._grain].finditer(where):
                a = _month_number(m.group(1))
                b = _month_number(m.group(2)) if m.group(2) else a
                months.extend(range(a, b + 1) if a <= b else (a,))
            if not months and self._grain == "day":
                # 周六、周日分别为88.7%和90.2%: in a table of days, each weekday is its one row.
                weekdays = self._weekdays()
                for m in _WEEKDAY.finditer(where):
                    days = self._weekday_rows(m.group(1), weekdays)
                    if len(days) != 1:
                        months = []
                        break
                    months.append(min(days))
            if months:
                if len(months) == len(after):
                    return None, months[index]
                break
        items: list[str] = []
        for _, _, keys in self._mentions(text, s_start + cut + 1, at):
            own = [k for k in self._compatible(keys, family) if k not in items]
            if own:
                items.append(own[0])
        parents = {self.subjects[k].group for k in items} - {None}
        parents |= {_PARENTS.get(p, p) for p in parents}
        items = [k for k in items if k not in parents]
        if len(items) != len(after):
            items = self._elided(head, family) or []
        if len(items) != len(after):
            return None
        return items[index], None

    def _elided(self, head: str, family: str) -> list[str] | None:
        """A list that names its shared tail once (电话、在线满意度 = 电话满意度, 在线满意度):
        each item with the tail of the last name, when that is a name too."""
        said = self._mentions(head, 0, len(head))
        if not said:
            return None
        start, end, keys = said[-1]
        last = head[start:end]
        tokens = re.split("、|和|与|及|以及", head[:start])
        if len(tokens) < 2 or tokens[-1].strip():
            return None
        out: list[str] = []
        for token in tokens[:-1]:
            token = re.sub("^.*[^\u4e00-\u9fff]", "", token.strip())
            found = None
            for i in range(1, len(last)):
                whole = token + last[i:]
                if token and whole in self._names:
                    found = self._compatible(self._names[whole], family)
                    break
            if not found:
                return None
            out.append(found[0])
        own = self._compatible(keys, family)
        return out + [own[0]] if own else None

    def _rate_bases(self) -> Iterator[tuple[MetricInfo, Candidate, Candidate]]:
        """Each rate metric whose facts state its basis as two counts: (metric, the whole, the
        part), the larger first."""
        for key, info in self._metrics.items():
            if info.kind != "rate":
                continue
            basis = [c for fam in (COUNT, PLAIN) for c in self._stated.get(key, _Index()).items.get(fam, ())
                     if c.role == "basis"]
            if len(basis) == 2:
                big, small = sorted(basis, key=lambda c: c.value, reverse=True)
                yield info, big, small

    def _rate_over_said_whole(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """按来电算一次解决率为85.0%: a rate the sentence names, with 按…算 naming another whole than its basis's
        (a count metric's value, 来电量 16800, where the basis counts the 15120 answered), is not the rate's own
        value over its basis: wrong (it was accepted). None where the figure is not that value, or the words
        name the basis's own whole, no count metric, or no rate with a basis of two counts."""
        s_start = sentence[0]
        said = _SAID_WHOLE_BY.search(text, s_start, n.start)
        if said is None:
            return None
        named = [k for _, _, keys in self._mentions(text, s_start, n.start) for k in keys]
        rates = {info.name: (info, big, small) for info, big, small in self._rate_bases()
                 if any(k in self._metrics and self._metrics[k] is info for k in named)}
        wholes = {self._metrics[k].name: self._metrics[k]
                  for _, _, keys in self._mentions(text, said.start(1), said.end(1)) for k in keys
                  if k in self._metrics and self._metrics[k].kind != "rate" and self._metrics[k].value
                  and not (self._metrics[k].unit or "").endswith("%")}
        if not wholes:
            # 按来电算: the words short of a count metric's name by its ending (来电量).
            words = said.group(1)
            wholes = {i.name: i for i in self._metrics.values()
                      if i.kind != "rate" and i.value and not (i.unit or "").endswith("%")
                      and (i.name in (words + "量", words + "数", words + "总量", words + "总数")
                           # (按进线算 of 司机进线量: the end of its name — blind-33)
                           or len(words) >= 2 and i.name.endswith((words + "量", words + "数")))}
        if len(rates) != 1 or len(wholes) != 1:
            return None
        (info, big, small), = rates.values()
        whole, = wholes.values()
        if abs(whole.value - big.value) < 1e-6 or whole.value <= small.value:
            return None  # 按接通量算: the basis's own whole
        if not _rounds_to(n, small.value / big.value * 100, _decimals(n.precision)):
            return None  # (another quotient: _basis_over_another_whole reads those)
        return Trace(False, None, info.name,
                     f"；“{info.name}”{format_number(info.value or 0)}%是{small.label} ÷ {big.label}，"
                     f"句中说按{said.group(1)}（{format_number(whole.value)}{whole.unit}）算，{n.text}不是按它算的")

    def _rest_within(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> tuple[bool, str] | None:
        """2582件会话中有225件需要二次跟进: a count right after a rate's basis total that the
        sentence states as a whole (X件…中): the rest of that basis, or a wrong count of it (called
        only once nothing traced the figure)."""
        said = _WITHIN_BEFORE.search(text, max(sentence[0], n.start - 24), n.start)
        if said is None:
            return None
        total = float(said.group(1).replace(",", ""))
        for info, big, small in self._rate_bases():
            if big.value != total or n.unit and not _same_unit(n.unit, _unit_tail(big.label) or n.unit):
                continue
            if _fits(n, big.value - small.value, _decimals(n.precision)):
                return True, f"{n.text} = {big.label} − {small.label}（{info.name}的计算依据）"
            return False, f"；“{info.name}”的计算依据：{big.label}中{small.label}，其余" \
                          f"{format_number(big.value - small.value)}，不是{n.text}"
        return None

    def _over_bound_rest(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> tuple[bool, str] | None:
        """超过15秒才接通的有13048通 / 超过5分钟才派单的工单1448单: a count of those beyond the bound a rate
        counts within (15秒接通率; a note's 以5分钟内派单计) is the rest of the rate's basis, or wrong
        (called only once nothing traced the figure). None where no rate's name or note has the bound."""
        said = re.search("(?:超过|超出|多于|大于)([0-9.]+)(秒|分钟|小时|天|个工作日)(?:以上)?(?:才|后才|后)"
                         "[\u4e00-\u9fff]{0,4}?$|"
                         "(?:超过|超出|多于|大于)([0-9.]+)(秒|分钟|小时|天|个工作日)(?:以上)?(?:才|后才|后)",
                         text[max(sentence[0], n.start - 24):n.start])
        if said is None:
            return None
        bound = (said.group(1) or said.group(3)) + (said.group(2) or said.group(4))
        return self._basis_rest(n, lambda info: bound in info.name or any(
            c.label == bound for c in self._note_parts.get(info.name, ())))

    def _basis_rest(self, n: NumberMention, named: Callable[[MetricInfo], bool]) -> tuple[bool, str] | None:
        """The first rate `named` accepts whose basis less its part is in `n`'s unit: whether `n`
        is that rest, with the reason either way; None when no rate is named."""
        for info, big, small in self._rate_bases():
            if not named(info) or n.unit and not _same_unit(n.unit, _unit_tail(big.label) or n.unit):
                continue
            if _fits(n, big.value - small.value, _decimals(n.precision)):
                return True, f"{n.text} = {big.label} − {small.label}（{info.name}的计算依据）"
            return False, f"；“{info.name}”的计算依据：{big.label} − {small.label} = " \
                          f"{format_number(big.value - small.value)}，不是{n.text}"
        return None

    def _stated_pair_rest(self, text: str, n: NumberMention, sentence: tuple[int, int],
                          of_period: str = "") -> tuple[bool, str] | None:
        """当天进线6380件，20秒内接通3975件，未及时接通2405件: a rest right after a whole and a part the sentence
        states in its unit is their difference, whatever rate's basis the words name (called once nothing
        traced the figure). With `of_period` (the figure traced from the period's value: 本期14,000件 ×
        (100% − 86%)) and a rest word before it, where the whole is not the period's, that rest given to the
        sentence's whole is wrong. None where the two counts before it leave no such rest."""
        s_start = sentence[0]
        counts = [f for f in self._sentence_figures(text, sentence)
                  if s_start + f.mention.end <= n.start and f.family == COUNT and f.mention.unit == n.unit]
        if len(counts) < 2:
            return None
        whole, part = counts[-2], counts[-1]
        if re.search("[。；;]", text[s_start + whole.mention.end:n.start]) or not 0 < part.base < whole.base:
            return None
        if _fits(n, whole.base - part.base, _decimals(n.precision)):
            return None if of_period else (True, f"{n.text} = {whole.mention.text} − {part.mention.text}")
        if of_period and re.search("未|没有|其余|剩余|剩下", text[s_start + part.mention.end:n.start]) \
                and not re.search(f"本期{re.escape(format_number(whole.mention.value))}", of_period.replace(",", "")):
            return False, f"；句中{whole.mention.text} − {part.mention.text} = {format_number(whole.base - part.base)}" \
                          f"{n.unit}，不是{n.text}（{of_period}是全期的数）"
        return None

    def _denied_rest(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> tuple[bool, str] | None:
        """A count no value of the facts gives, right after words denying a rate's verb in its
        clause (未能一次解决、需要回拨跟进的咨询有6910件): the rest of that rate's basis, which it
        is not (called only once nothing traced the figure)."""
        verb = _last_match(_NOT_DONE, text, sentence[0], n.start)
        if verb is None or re.search("[，,；;。中]", text[verb.end():n.start]):
            return None
        rate = verb.group(1) + "率"
        return self._basis_rest(n, lambda info: rate in info.name)

    def _converted_wrong(self, text: str, n: NumberMention, family: str, seconds: float | None,
                         sentence: tuple[int, int]) -> str | None:
        """A duration restated in another unit right after it with a word of conversion (3.5天，
        约合84小时; 260秒，即4分20秒) that `_restated` did not find equal: what it converts to."""
        if family != DURATION or not seconds:
            return None
        s_start = sentence[0]
        prior = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= n.start]
        if not prior:
            return None
        last = prior[-1]
        if last.family != DURATION or last.mention.high is not None or last.mention.unit == n.unit:
            return None
        # The reader may keep the word in the figure (约合30小时): read it with the words before.
        between = text[s_start + last.mention.end:n.start] + re.match("[^0-9一二三四五六七八九十两半]*", n.text).group()
        if not (_CONVERTED.fullmatch(between) or _CONVERTED_LATER.fullmatch(between)):
            return None
        exact = last.base / seconds
        return f"；{last.mention.text}折合{format_number(exact, max(1, _decimals(n.precision)) if not float(exact).is_integer() else 0)}" \
               f"{n.unit}，不是{n.text}"

    def _restated(self, text: str, n: NumberMention, family: str, seconds: float | None, decimals: int,
                  sentence: tuple[int, int]) -> str | None:
        """The figure right before it in another unit (缩短了0.5分钟，即30秒; 25%（四分之一）):
        the same value restated. It stands or falls with that figure, which is traced (and
        reported) on its own: one finding per mistake."""
        s_start = sentence[0]
        prior = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= n.start]
        if not prior:
            return None
        last = prior[-1]
        if last.family != family or last.mention.high is not None:
            return None
        between = text[s_start + last.mention.end:n.start]
        if not (_RESTATED.fullmatch(between) or _CONVERTED_LATER.fullmatch(
                between + re.match("[^0-9一二三四五六七八九十两半]*", n.text).group())):
            if not (family == DURATION and _CONVERTED.fullmatch(between)):
                return None
            # 3.2天，折合约77小时: the reader leaves the 约 of a conversion out of the figure.
            if "约" in between:
                n = n._replace(approximate=True)
        scale = seconds or 1.0
        if _fits(n, last.base / scale, decimals):
            return f"{n.text} = {last.mention.text}"
        return None

    def _rank_claim(self, lead: str, tail: str) -> tuple[bool, int, str] | None:
        """The ranking a sentence claims for its item: (largest first?, place, the words) — from
        the words before the figure (账单查询最多, 咨询量第二大的是改派申请), or from a clause right
        after it that says only that (改派申请1700件，位居第二 / 为全年第二高)."""
        words = _words()
        most, least = words.most.search(lead), words.least.search(lead)
        if (most is None) != (least is None):
            return (most is not None, 1, (most or least).group())
        found = next((m for m in words.rank.finditer(lead) if m.group("pre") or m.group("side")), None)
        if found is None:
            told = words.rank_tail.match(tail)
            if told is None:
                return None
            found = words.rank.search(told.group())
            if found is None or not (found.group("pre") or found.group("side")):
                most, least = words.most.search(told.group()), words.least.search(told.group())
                if (most is None) == (least is None):
                    return None
                return (most is not None, 1, (most or least).group())
        place = _month_number(found.group("n"))
        return (found.group("side") not in words.rank_less, place, found.group())

    def _wrong_rank(self, key: str, lead: str, months: frozenset[int] | None, family: str, tail: str = "") -> str:
        """A ranking claim (分期办理类来电最多; 4月咨询量最高; 改派申请1700件，位居第二) against the
        list or the table column: the named category, or the named month's row, must stand at the
        place claimed among the largest (smallest)."""
        words = _words()
        subject = self.subjects[key]
        if subject.group and not months:
            # The claim is the named item's: read from the clause that names it, with no other
            # item of its list named after it (账单查询最多，分期办理153通 claims nothing of 分期办理).
            said = [(a, keys) for a, _, keys in self._mentions(lead, 0, len(lead))]
            mine = [a for a, keys in said if key in keys]
            if not mine:
                return ""
            cut = _last_mark(lead, "，,；;。", 0, mine[-1])
            lead = lead[cut + 1:]
            if any(a > cut and key not in keys and any(self.subjects[k].group == subject.group for k in keys)
                   for a, keys in said):
                return ""
        claim = self._rank_claim(lead, tail)
        if claim is None:
            return ""
        largest, place, word = claim
        fams = (PERCENT,) if family == PERCENT else (COUNT, PLAIN)

        def standing(items: list[Candidate], own: Candidate) -> str:
            """"" where `own` stands at the place claimed (ties count either way), else why not."""
            ordered = sorted(items, key=lambda c: c.value, reverse=largest)
            if place > len(ordered) or ordered[place - 1].value == own.value:
                return ""
            if place == 1:
                return f"{word}的是{ordered[0].label}"
            at = 1 + sum(1 for c in items if (c.value > own.value if largest else c.value < own.value))
            at_said = "一二三四五六七八九十"[at - 1] if at <= 10 else str(at)
            return f"排第{at_said}，不是{word}（依次为{'、'.join(c.label for c in ordered[:max(place, at)])}）"

        if subject.group and not months:
            index = self._by_subject.get(subject.group)
            if index is None:
                return ""
            items: dict[str, Candidate] = {}
            for fam in fams:
                for c in index.items.get(fam, ()):
                    if c.subjects and c.subjects[0] != subject.group and c.role in ("share", "count", ""):
                        items.setdefault(c.subjects[0], c)
            if key not in items or len(items) < 2:
                return ""
            why = standing(list(items.values()), items[key])
            if not why:
                return ""
            if place == 1:
                return f"；“{subject.name}”不是{word}的，{why}"
            return f"；“{subject.name}”{why}"
        rows = self._columns.get(key)
        if rows and self._period_year and words.year_to_date.search(lead):
            # 今年以来…最低的是1月: among the rows of the report's year only.
            rows = [c for c in rows if c.month.startswith(f"{self._period_year}-")] or rows
        if months and len(months) == 1 and rows and rows[0].family in fams:
            [month] = months
            own = [c for c in rows if _month_of(c) == month]
            if not own:
                return ""
            why = standing(rows, own[0])
            if not why:
                return ""
            if place == 1:
                return f"；{own[0].label}不是{word}的，{why}"
            return f"；{own[0].label}{why}"
        return ""

    def _rest_of_parts(self, text: str, n: NumberMention, family: str, decimals: int,
                       sentence: tuple[int, int]) -> Trace | None:
        """投诉56件，其中派送类30件、破损类17件、其他9件: the rest is the total less the parts
        before it (a percent: 100% less them). None when the sentence has no such list."""
        s_start = sentence[0]
        head = text[s_start:n.start]
        found = list(_words().parts.finditer(head))
        if not found and family != PERCENT:
            return None
        # Shares need no 其中: the percents before the rest are its parts (A占40%，B占25%，其余占35%).
        at = s_start + found[-1].start() if found else s_start
        figures = [f.mention for f in self._sentence_figures(text, sentence)
                   if f.family == family and s_start + f.mention.end <= n.start]
        totals = [m for m in figures if s_start + m.end <= at]
        parts = [m for m in figures if s_start + m.start >= at]
        if not parts or (family != PERCENT and not totals):
            return None
        total = totals[-1].value if totals and family != PERCENT else 100.0
        exact = total - sum(m.value for m in parts)
        shown = " − ".join([totals[-1].text if family != PERCENT else "100%", *(m.text for m in parts)])
        if _rounds_to(n, exact, decimals):
            return Trace(True, f"{n.text} = {shown}")
        return Trace(False, None, None, f"；{shown} = {format_number(exact)}，不是{n.text}")

    def _quoted_pair_claim(self, text: str, n: NumberMention, clause: tuple[int, int], sentence: tuple[int, int],
                           source: str) -> Trace | None:
        """186户中有38户…约占两成五 / 要求21天内完成，实际18天交付，比期限提前2天: the sentence quotes two
        numbers of one fact's text and claims their share (占) or their difference (a compare
        word, no earlier period): that pair answers the claim, not a formula over other facts."""
        s_start = sentence[0]
        if sentence[1] - s_start > 2 * _WINDOW:
            return None  # a text without sentence ends quotes no pair (and is not rescanned per figure)
        figures = [f for f in self._sentence_figures(text, sentence)
                   if f.traced and f.mention.unit and s_start + f.mention.end <= n.start
                   and f.mention.kind in ("count", "duration")]
        units = [f.mention.unit for f in figures]
        pairs = [u for u in dict.fromkeys(units) if units.count(u) == 2]
        if len(pairs) != 1 or (n.unit != "%" and pairs[0] != n.unit):
            return None
        figures = [f for f in figures if f.mention.unit == pairs[0]]
        if any(f.mention.text in source for f in figures):
            return None
        a, b = figures
        if a.mention.value == b.mention.value:
            return None
        series = [{t.series for t in self._text_numbers if t.value == f.mention.value
                   and t.label.endswith(f.mention.unit)} for f in figures]
        shared = series[0] & series[1]
        if not shared:
            return None
        if any(t.series in shared and t.value == n.value and _same_unit(n.unit, t.label) for t in self._text_numbers):
            # 4到6月挽留315户，月均105户，比一季度的215户多100户 where the case's text says all of it:
            # the text that gives the pair states the figure too, in those words; it is the text's
            # own number, not a claim on the pair's difference (blind round 12).
            return None
        if _BASE_OF_COMPARISON.match(text, n.end) and "比" in text[clause[0]:n.start]:
            # 比一季度的215户多100户: the figure is what the sentence compares against (the base of
            # 比…多), and the number after it is the difference; a stated base is no difference of
            # the pair before it (blind round 12).
            return None
        big, small = (a, b) if a.mention.value > b.mention.value else (b, a)
        head = text[max(s_start, n.start - 6):n.start]
        moved_to = _words().moved_to
        if moved_to is not None and moved_to.search(head.rstrip("约近 ")):
            # 10天内积压清零，周期由4.5天降至2.6天: the end of a move, not the difference of a pair.
            return None
        # In a table row each cell is its own claim, told by its column's header: the change
        # column's 增长 (or the header 较去年同期变化) says nothing of the 去年同期 cell beside it, so a
        # count metric's previous (1872件 after 2146件 and the annual target 4800件) is no gap of
        # the pair before it.
        clause_text = _table_cell(text, n.start) or text[clause[0]:clause[1]]
        if n.unit == "%" and re.search("占(?:比)?(?:约|为|了|近|超过)*$", head):
            exact = small.mention.value / big.mention.value * 100
            formula = f"{small.mention.text} ÷ {big.mention.text} × 100%"
        elif n.unit == a.mention.unit and _compares(clause_text) and not _words().against_previous.search(clause_text) \
                and not _words().target.search(clause_text):
            exact = big.mention.value - small.mention.value
            formula = f"{big.mention.text} − {small.mention.text}"
        else:
            return None
        decimals = _decimals(n.precision)
        if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
            return None
        if n.unit == "%" and formula.endswith("× 100%") and self._share_of_period(b, n, decimals):
            # 投诉比二季度多117件，两个台风月共183件，占85.5%: 占 names no whole, so the figure just
            # before it is the part and the period's total (214件) the whole, not the change 117.
            return None
        return Trace(False, None, None, f"；句中{formula} = {format_number(round_half_up(exact, 1))}{'%' if n.unit == '%' else n.unit}，不是{n.text}")

    def _share_of_period(self, part: _Stated, n: NumberMention, decimals: int) -> bool:
        """Is `n` the share of `part` in a period total of the facts in its unit (a count metric's
        value, the complaints' total, a list's sum)?"""
        unit = part.mention.unit
        wholes = [c.base for k in self._metrics for c in self._stated.get(k, _Index()).items.get(COUNT, ())
                  if c.role == "value" and _same_unit(unit, c.label)]
        wholes += [whole for whole, _, _ in self._group_totals()]
        return any(whole > part.base and _fits(n, part.base / whole * 100, decimals) for whole in wholes)

    def _text_rate_change(self, text: str, n: NumberMention, clause: tuple[int, int]) -> Trace | None:
        """报销材料退回率下降了11% where a case's text says 退回率由18%降至7% and no metric is that
        rate: the change of the text's rate (61.1%, or 11个百分点), not another metric's change."""
        head = text[max(clause[0], n.start - 40):n.start]
        moves = _words().moves
        for c in self._text_numbers:
            if c.family != PERCENT:
                continue
            m = re.search("[\u4e00-\u9fff]{1,6}率$", re.sub("[由从为是达]+$", "", c.context))
            rate = m.group() if m else ""
            if len(rate) < 3 or rate not in head or any(rate in info.name for info in self._metrics.values()):
                continue
            said = head[head.rfind(rate) + len(rate):]
            if moves is None or not moves.search(said) or re.search("[至到]", said):
                continue
            pair = [t for t in self._text_numbers if t.series == c.series and t.family == PERCENT]
            if len(pair) != 2 or not pair[0].value:
                return None
            first, second = pair
            exact = abs(second.value - first.value) / first.value * 100
            decimals = _decimals(n.precision)
            if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
                return Trace(True, f"{n.text} = ({second.label} − {first.label}) ÷ {first.label} × 100%（事实 {c.series}）")
            return Trace(False, None, None,
                         f"；{c.source.removeprefix('事实 ')}中{rate}由{first.label}变为{second.label}，相对变化"
                         f"{format_number(round_half_up(exact, 1))}%（{format_difference(second.value, first.value)}个百分点），不是{n.text}")
        return None

    def _part_rate(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """升级率为7.7% where the facts give complaints.escalated and no metric of that name: the
        claim is that part over all complaints, and no other formula that lands on the figure."""
        stated = self._stated.get("complaints")
        if n.unit != "%" or n.high is not None or stated is None:
            return None
        head = text[max(sentence[0], n.start - 10):n.start]
        said = text[max(sentence[0], n.start - _WINDOW):n.start]
        for field, ws in _words().part_names.items():
            m = re.search(f"({'|'.join(map(re.escape, ws))})率(?:为|是|达到|达|约|仅|只有|了|在)*$", head) if ws else None
            if m is None:
                continue
            if any(f"{m.group(1)}率" in info.name or ("率" in info.name and info.name[-4:] in said)
                   for info in self._metrics.values()):
                return None  # a rate of the facts' metrics (一次解决率) is named, or may be
            if any(c.stated and c.value == n.value and (c.lead or "").endswith(f"{m.group(1)}率")
                   for c in self._all.items.get(PERCENT, ())):
                # 热线工单转办各科室6840件，按时回复率96.8% in a work line: the fact's own rate, quoted
                return None
            if any(key.startswith(("plan:", "plan_metric:")) and subject.name.endswith(f"{m.group(1)}率")
                   and subject.name[-4:] in said for key, subject in self.subjects.items()):
                # 让夜间5分钟回复率达到95%: a plan's own metric is named, its target the figure, not the
                # complaints' handled part (report blind round 43's first run)
                return None
            if self._text_numbers and any(r.role == "ratio" and _rounds_to(n, r.value, _decimals(n.precision))
                                          and self._ratio_words_said(r, text, n, sentence)
                                          for r in self._text_pairs().items.get(PERCENT, ())):
                # 退票来电当场答复率85.0% where a case says 460通来电中391通当场答复: the rate of the
                # text's two counts the sentence names by their words, not the complaints' handled part.
                return None
            counts = [c for fam in (COUNT, PLAIN) for c in stated.items.get(fam, ())]
            parts = [c for c in counts if c.source.endswith(f"complaints.{field}")]
            totals = [c for c in counts if c.role == "value" and c.base > 0]
            if len(parts) != 1 or not totals:
                return None
            exact = parts[0].base / totals[0].base * 100
            formula = f"{parts[0].label} ÷ {totals[0].label} × 100%"
            decimals = _decimals(n.precision)
            if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
                return Trace(True, f"{n.text} = {formula}")
            return Trace(False, None, None, f"；{formula} = {format_number(round_half_up(exact, 1))}%，不是{n.text}")
        return None

    def _part_left_out(self, n: NumberMention, decimals: int, lead: str, named: list[str]) -> str | None:
        """未升级的占97.8%: 100% less the share of a part of a total (escalated 9 of 412)."""
        for key in named:
            stated = self._stated.get(key)
            if stated is None:
                continue
            counts = [c for fam in (COUNT, PLAIN) for c in stated.items.get(fam, ())]
            totals = [c for c in counts if c.role == "value" and c.base > 0]
            for part in (c for c in counts if c.role == "count"):
                words = _words().part_names.get(part.source.rsplit(".", 1)[-1], ())
                if not any(re.search(f"(?:未|没有|没|尚未|无需)[被经]?{re.escape(w)}", lead) for w in words):
                    continue
                for total in totals:
                    exact = 100 - part.base / total.base * 100
                    if _rounds_to(n, exact, decimals):
                        return f"{n.text} = 100% − {part.label} ÷ {total.label} × 100%"
        return None

    def _rest_of_named(self, text: str, n: NumberMention, decimals: int, sentence: tuple[int, int]) -> Trace | None:
        """除发货延迟外，其余两类投诉共8件: the list's total less the counts of the items named
        between 除 and 外."""
        said = text[sentence[0]:n.start]
        m = re.search("除(?:了)?(.{1,40}?)(?:以外|之外|外)", said)
        if m is None:
            return None
        keys = [k for _, _, ks in self._mentions(text, sentence[0] + m.start(1), sentence[0] + m.end(1)) for k in ks]
        parts = self._listed_parts(keys, COUNT) if len(keys) >= 2 else None
        if parts is None and len(keys) == 1 and self.subjects[keys[0]].group:
            index = self._by_subject.get(keys[0], _Index())
            parts = [c for fam in (COUNT, PLAIN) for c in index.items.get(fam, ())
                     if keys[0] in c.subjects[:1] and not c.row and c.role == "count"][:1] or None
        if not parts:
            return None
        group = self.subjects[keys[0]].group
        whole = self._stated.get(_PARENTS.get(group, group), _Index())
        totals = [c for fam in (COUNT, PLAIN) for c in whole.items.get(fam, ()) if c.role == "value"]
        if not totals:
            items = [c for fam in (COUNT, PLAIN) for c in self._stated.get(group, _Index()).items.get(fam, ())
                     if c.role == "count" and group in c.subjects]
            totals = [Candidate(sum(c.base for c in items), COUNT, None, (group,), "各类合计", "")] if items else []
        if not totals:
            return None
        exact = totals[0].base - sum(c.base for c in parts)
        shown = " − ".join([totals[0].label, *(c.label for c in parts)])
        if _rounds_to(n, exact, decimals):
            return Trace(True, f"{n.text} = {shown}")
        return Trace(False, None, None, f"；{shown} = {format_number(exact)}，不是{n.text}")

    def _listed_run(self, text: str, n: NumberMention, family: str, sentence: tuple[int, int]) -> int:
        """Where a run of figures joined by 、/和 starts after 为/是/： (1至3月咨询处理量为10,200件、
        9,850件和10,500件), when the figure is in it: a list read in order, as after 分别; −1 if not."""
        s_start = sentence[0]
        figures = [f.mention for f in self._sentence_figures(text, sentence) if f.family == family]
        at = next((i for i, m in enumerate(figures) if s_start + m.start == n.start), None)
        if at is None:
            return -1
        first, last = at, at
        while first > 0 and _JOINED.fullmatch(text[s_start + figures[first - 1].end:s_start + figures[first].start]):
            first -= 1
        while last + 1 < len(figures) and _JOINED.fullmatch(
                text[s_start + figures[last].end:s_start + figures[last + 1].start]):
            last += 1
        start = s_start + figures[first].start
        if last == first or not re.search("(?:为|是|：|:)$", text[max(s_start, start - 2):start]):
            return -1
        return start

    def _operands(self, text: str, n: NumberMention, family: str,
                  sentence: tuple[int, int]) -> list[NumberMention]:
        """The sentence's other figures, found in the facts, that a change `n` would compare."""
        wanted = {POINTS: (PERCENT,), PERCENT: (COUNT, DURATION, SCORE, PLAIN)}.get(family, (family,))
        s_start = sentence[0]
        # A part of a goal list after ； compares nothing the other parts state (6个月, 2天以内 are
        # no operands of 失物相关热线来电比项目前减少50%: blind round 12).
        part = max(s_start, text.rfind("；", s_start, n.start) + 1, text.rfind(";", s_start, n.start) + 1)
        return [f.mention for f in self._sentence_figures(text, sentence)
                if f.traced and f.family in wanted and s_start + f.mention.start != n.start
                and s_start + f.mention.start >= part]

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
                    # 612通 is 来电量 and the total behind 一次解决率: either may be the neighbour,
                    # the metrics' own values first (a neighbour only ever traces, never refutes).
                    keys = {k for c in hits if c.role == "value" for k in c.subjects[:1]} \
                        if len({c.subjects[:1] for c in hits if c.role == "value"}) == 1 else set()
                traced = bool(hits) or self._direct(self._all, other, fam, sec,
                                                    _decimals(other.precision)) is not None
                found.append(_Stated(other, fam, other.value * sec if sec else other.value,
                                     traced, tuple(sorted(keys))))
            if len(self._sentence_memo) > 4096:
                self._sentence_memo.clear()
            self._sentence_memo[key] = found
        return found

    def _per_said_span(self, text: str, n: NumberMention, decimals: int, sentence: tuple[int, int],
                       before: str) -> Trace | None:
        """暴雨当晚2小时处理赔付单316单，平均每小时158单: a count of the sentence over the span
        it states (per the span's unit). None where the sentence states no such pair."""
        s_start = sentence[0]
        figures = [f for f in self._sentence_figures(text, sentence) if s_start + f.mention.end <= n.start]
        # 日均处理约15张 / 平均每天送达76单: the verb after the per word names which count is meant.
        tail = before[-40:]
        said_verb = _MEAN_VERB.search(tail)
        verb = said_verb.group(1)[:2] if said_verb else ""
        head = re.sub("平均$", "", tail[:said_verb.start(1)].rstrip("约能可")) if said_verb else before
        spans = [f for f in figures if f.family == DURATION and f.mention.unit
                 and re.search(f"(?:每个?{re.escape(f.mention.unit)}{'|日均|每日' if f.mention.unit == '天' else ''})$",
                               head.rstrip("约近达为是有处理完成办结接待受理"))]
        # 会员服务组6人共打包礼盒约300盒，人均约50盒: per person of the people the sentence counts.
        people = re.search("(?:人均|每人|每名|每位)(每[月天周])?(?:平均)?$", head.rstrip("约近达为是有处理完成办结接待受理"))
        if people and (not people.group(1) or people.group(1) in text[max(s_start, n.start - _WINDOW):n.start - len(people.group())]):
            heads = [f for f in figures if f.mention.unit in ("人", "名", "位", "人/月") and f.mention.value > 1
                     and f.mention.high is None and f.mention.unit != n.unit]
            # (除病假的两人外，其余8人…人均: the people left out are no divisor where others are counted)
            kept = [f for f in heads if not (re.search("除(?:了|去)?[^，,；;。]{0,8}$", text[s_start:s_start + f.mention.start])
                                             and re.match("[^，,；;。]{0,4}外", text[s_start + f.mention.end:]))]
            heads = kept or heads
            spans += self._summed_heads(text, s_start, heads, n) or heads
        counts = [f for f in figures if f.family in (COUNT, PLAIN) and f.mention.unit and n.unit
                  and _same_unit(n.unit, f.mention.text) and f not in spans]
        if people and n.kind == "duration":
            # 全月通话合计1620小时，9人平均每人约180小时: a total of time the sentence states, per head.
            counts = [f for f in figures if f.family == DURATION and f.mention.unit == n.unit and f not in spans
                      and f.mention.high is None]
        if verb:
            counts = [f for f in counts if verb in text[max(s_start, s_start + f.mention.start - 8):s_start + f.mention.end + 4]] \
                or counts
        clock = _CLOCK_RANGE.search(text, max(s_start, n.start - _WINDOW), n.start) \
            if not spans and re.search("每个?小时(?:平均)?$", head.rstrip("约近达为是有处理完成办结接待受理")) else None
        if clock is not None and int(clock.group(2)) > int(clock.group(1)) and len({f.mention.value for f in counts}) == 1:
            # 上午9点至12点接入来电312通，平均每小时104通: three hours, from 9 to 12, not four.
            hours = int(clock.group(2)) - int(clock.group(1))
            exact = counts[0].mention.value / hours
            formula = f"{counts[0].mention.text} ÷ {hours}小时（{clock.group()}）"
            if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
                return Trace(True, f"{n.text} = {formula}")
            return Trace(False, None, None, f"；句中的{formula} = {format_number(exact, max(decimals, 0))}{n.unit}，不是{n.text}")
        days = _DAY_RANGE.search(text, max(s_start, n.start - _WINDOW), n.start) \
            if not spans and re.search("(?:日均|每天|每日)(?:平均)?$", head.rstrip("约近达为是有处理完成办结接待受理")) else None
        if days is not None and (days.group(3) is None or days.group(3) == days.group(1)):
            # 国庆黄金周10月1-7日进线34300通，日均4900通: the days of the span the sentence states
            # (a run of dates of one month, both ends counted) divide the count stated after it.
            count_days = int(days.group(4)) - int(days.group(2)) + 1
            after = [f for f in counts if s_start + f.mention.start >= days.end()]
            if count_days > 1 and len({f.mention.value for f in after}) == 1:
                exact = after[0].mention.value / count_days
                formula = f"{after[0].mention.text} ÷ {count_days}天（{days.group()}）"
                if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
                    return Trace(True, f"{n.text} = {formula}")
                return Trace(False, None, None, f"；句中的{formula} = {format_number(exact, max(decimals, 0))}{n.unit}，不是{n.text}")
        if spans and len({f.mention.value for f in counts}) > 1:
            # 积压168单，2天送达152单，平均每天76单: two counts and no verb to tell which is meant.
            span = spans[0]
            if span.mention.value > 0 and any(_rounds_to(n, f.mention.value / span.mention.value, decimals)
                                              or _fits(n, f.mention.value / span.mention.value, decimals) for f in counts):
                return Trace(False, placed=False)
        days = [f for f in spans if f.mention.unit == "天"]
        if len(days) > 1:
            # 病假10天，在岗20天接通3900通，日均195通 / 在岗20天接通4000通，按全月30天算日均133.3通: the days a frame of
            # counting names (按…天算) if any, else not the days away (_words().absent_days) — those are no divisor.
            framed = [f for f in days if re.search("按[^，,；;。0-9]{0,6}$", text[max(s_start, s_start + f.mention.start - 8):s_start + f.mention.start])]
            away = _words().absent_days
            present = [f for f in days if away is None or not away.search(
                text[max(s_start, s_start + f.mention.start - 4):s_start + f.mention.start])]
            chosen = framed or (present if len(present) < len(days) else days)
            spans = [f for f in spans if f not in days or f in chosen]
        for span in spans:
            for count in counts:
                if span.mention.value > 0:
                    exact = count.mention.value / span.mention.value
                    formula = f"{count.mention.text} ÷ {span.mention.text}"
                    if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
                        return Trace(True, f"{n.text} = {formula}")
                    return Trace(False, None, None, f"；句中的{formula} = {format_number(exact, max(decimals, 0))}{n.unit}，不是{n.text}")
        return None

    @staticmethod
    def _summed_heads(text: str, s_start: int, heads: list[_Stated], n: NumberMention) -> list[_Stated]:
        """白班20人、夜班8人，…人均3086件: headcounts the sentence lists one after another, each after the
        name of a part of the team (白班, 夜班), make the team that a per-head figure naming none of those
        parts is over: one span, their sum. Empty where they are no such list, or the words between the
        last of them and the figure name one part (夜班人均…: that part's own headcount)."""
        if len(heads) < 2:
            return []
        names = []
        for i, f in enumerate(heads):
            before = text[s_start + (heads[i - 1].mention.end if i else 0):s_start + f.mention.start]
            name = re.search("([\u4e00-\u9fff]{1,4}?)(?:有|为|共)?$", before)
            if name is None or i and not re.fullmatch("[、，,和及与]?[\u4e00-\u9fff]{1,4}(?:有|为|共)?", before):
                return []
            names.append(name.group(1))
        rest = text[s_start + heads[-1].mention.end:n.start]
        if len(set(names)) != len(names) or "本人" in rest:
            return []
        said = [f for f, w in zip(heads, names) if w in rest]
        if said:
            return said if len(said) == 1 else []
        total = sum(f.mention.value for f in heads)
        first = heads[0]
        said = "+".join(f.mention.text for f in heads)
        return [_Stated(first.mention._replace(value=total, text=f"({said})"), first.family, total, first.traced, ())]

    def _threshold(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """A line a count of rows is taken against (低于90%的月份), which is no figure, and that
        count (…有2个): the rows of the column in the line's unit beyond the line."""
        words = _words()
        if words.threshold_before is None or words.threshold_after is None or not self._columns:
            return None
        if words.threshold_mean is not None and _ROW_COUNT.fullmatch(n.text):
            mean = self._rows_beyond_mean(text, n, sentence)
            if mean is not None:
                return mean

        def side(mention: NumberMention, at: str, mean: bool = False) -> str | None:
            # 超过6000通 is read with its 超过; 低于90% is not; 92%以上 says it after.
            word = next((w for w in words.threshold_words if mention.text.startswith(w)), None)
            if word is not None:
                # 达到或超过40秒 with 超过 read into the figure: the whole word before it says the side.
                whole = words.threshold_before.search(at, max(0, mention.start - 6), mention.start + len(word))
                # (未超过 is left to the negation: _denied turns the side.)
                if whole is not None and len(whole.group().rstrip("了")) > len(word) \
                        and whole.group().rstrip("了") in words.threshold_inclusive:
                    word = whole.group().rstrip("了")
            if word is None:
                found = words.threshold_before.search(at, max(0, mention.start - 6), mention.start)
                if found is None and mean and words.mean_line is not None:
                    # 有6个月高于月均1.8万件: a line the writer states as the mean is a line all the same
                    # (the stated mean is traced on its own).
                    said_mean = words.mean_line.search(at, max(0, mention.start - 6), mention.start)
                    if said_mean is not None:
                        # 超过全年月均8000笔 / 高于季度月均: the mean's span may stand between.
                        head = _MEAN_SPAN.sub("", at[max(0, said_mean.start() - 9):said_mean.start()])
                        found = words.threshold_before.search(head, max(0, len(head) - 5))
                word = found.group().rstrip("了") if found else None
            level = word in _HELD_AT
            if (word is None or level) and mention.text.endswith(("以上", "以下")):
                word = "不低于" if mention.text.endswith("以上") else "不高于"
            elif (word is None or level) and mention.text.endswith(("以内", "之内")):
                word = "不高于"  # 控制在60秒以内: on the line or under it
            elif level:
                word = None  # 保持在90%: no side of a line
            return word

        said_side = side(n, text)
        if said_side in words.threshold_side:
            every = _EVERY_ROW.search(text, max(sentence[0], n.start - 12), n.start)
            if every is not None and every.end() >= n.start - len(said_side) - 2:
                # 上半年一次解决率均低于88.5%: every row of the run named lies beyond the line.
                # (7月…92.0%，8月起各月都在96%以上: the rows the figure's own clause names, where it names any)
                own = max(sentence[0], _last_mark(text, "，,；;", sentence[0], n.start) + 1)
                groups = [g for _, kind, g in self._row_groups(text, (own, n.start)) if kind == "rows"] \
                    or [g for _, kind, g in self._row_groups(text, (sentence[0], n.start)) if kind == "rows"]
                rows_named = frozenset().union(*groups) if groups else (
                    self._row_numbers if _ALL_ROWS.search(text, sentence[0], n.start) else frozenset())
                if groups and re.search("除[^，。；]*外", text[sentence[0]:n.start]):
                    rows_named = self._row_numbers - rows_named  # 除11日、12日外，其余五天
                named = [k for _, _, keys in self._mentions(text, sentence[0], n.start) for k in keys]
                column = self._threshold_column(n, named) if rows_named else None
                if column is not None:
                    key, rows, limit = column
                    rows = [c for c in rows if _month_of(c) in rows_named]
                    inclusive = said_side in words.threshold_inclusive
                    above = words.threshold_side[said_side] == "above"
                    denied = _denied(text, n, said_side)
                    if denied:
                        above, inclusive = not above, not inclusive  # 均未达到96%: all under it
                    beyond = _rows_beyond(rows, limit, above, inclusive)
                    shown = n.text if n.text.startswith(said_side) or n.text.endswith(("以内", "之内", "以上", "以下")) \
                        else said_side + n.text
                    shown = denied + shown
                    if rows and len(beyond) == len(rows):
                        return Trace(True, f"阈值：表中{self.subjects[key].name}所说各行都{shown}")
                    if rows:
                        off = next(c for c in rows if c not in beyond)
                        return Trace(False, None, self.subjects[key].name,
                                     f"；表中{off.label}，不是“{shown}”")
        line_after = words.threshold_after.match(text, n.end)
        if line_after and (said_side or line_after.group().lstrip("及或").startswith(("以上", "以下"))):
            return Trace(True, "阈值，不是数字")
        if said_side in words.threshold_side and _LINE_BEFORE_COUNT.match(text, n.end) \
                and _LINE_BEFORE_COUNT.match(text, n.end).group(1) in _ROW_UNITS.get(self._grain, ()):
            return Trace(True, "阈值，不是数字")  # 超过1200单的有3个月: the count after it carries the claim
        lead_in = text[max(sentence[0], n.start - 2):n.start]
        if (text.startswith("的", n.end) or lead_in.endswith(("有", "连续"))) \
                and re.fullmatch("[一两二三四五六七八九十0-9]+(?:天|个月|周)", n.text):
            # 有4个月的来电量超过了6000通 / 有5个月平均响应时长低于60秒 / 从6月起连续4个月控制在60秒以内:
            # the count of rows beyond the line after it (from the row named with 从…起, in a run).
            from cswriter.text.numbers import find_numbers

            since = _SINCE_ROW.search(text, sentence[0], n.start)
            first = _month_number(since.group(1)) if since else None
            run = lead_in.endswith("连续")

            end = min(sentence[1], n.end + 30)
            for line in find_numbers(text[n.end:end]):
                line = line._replace(start=line.start + n.end, end=line.end + n.end)
                if line.kind == "period":
                    continue  # 超过上半年月均4000件: the mean's span, not the line
                word = side(line, text, mean=True)
                if word is None or word not in words.threshold_side:
                    continue
                named = [k for _, _, keys in self._mentions(text, n.end, line.start) for k in keys]
                column = self._threshold_column(line, named)
                if column is not None:
                    key, rows, limit = column
                    if first is not None:
                        rows = [c for c in rows if _month_of(c) >= first]
                    inclusive = word in words.threshold_inclusive
                    above = words.threshold_side[word] == "above" and not self._meets_lower(key, word, text, line.end)
                    denied = _denied(text, line, word)
                    if denied:
                        above, inclusive = not above, not inclusive  # 这3个月都没有达到96%
                    beyond = _rows_beyond(rows, limit, above, inclusive)
                    if run:
                        # 连续4个月: the run of rows beyond the line from the first named (or any run).
                        ordered = sorted(rows, key=_month_of)
                        runs, length = [], 0
                        for c in ordered:
                            length = length + 1 if c in beyond else 0
                            runs.append(length)
                        if first is not None:
                            count = next((i for i, c in enumerate(ordered) if c not in beyond), len(ordered))
                            beyond = ordered[:count]
                        else:
                            longest = max(runs, default=0)
                            end = runs.index(longest) + 1 if longest else 0
                            beyond = ordered[end - longest:end]
                    shown = f"在{line.text}" if line.text.endswith(("以内", "之内", "以上", "以下")) \
                        else line.text if line.text.startswith(word) else f"{word}{line.text}"
                    shown = denied + shown
                    if len(beyond) == n.value:
                        return Trace(True, f"{n.text} = 表中{self.subjects[key].name}{shown}的"
                                           + "、".join(c.month for c in beyond))
                    return Trace(False, None, self.subjects[key].name,
                                 f"；表中{self.subjects[key].name}{shown}的有{len(beyond)}个，不是{n.text}")
                break
        word = said_side
        counted = _ROWS_COUNTED.search(text, sentence[0], n.start) if word else None
        if counted is not None and word in words.threshold_side:
            # 本周只有11日一天的询单转化率超过了30%: a line, where that many rows lie beyond it.
            said_count = counted.group(1) or counted.group(2)
            count = _month_number(said_count) if said_count not in "一两二" else (1 if said_count == "一" else 2)
            named = [k for _, _, keys in self._mentions(text, sentence[0], n.start) for k in keys]
            column = self._threshold_column(n, named)
            if column is not None:
                key, rows, limit = column
                beyond = _rows_beyond(rows, limit, words.threshold_side[word] == "above"
                                      and not self._meets_lower(key, word, text, n.end), word in words.threshold_inclusive)
                # The count before it carries the claim (and its finding); the line is none.
                shown = f"在{n.text}" if n.text.endswith(("以内", "之内", "以上", "以下")) \
                    else n.text if n.text.startswith(word) else f"{word}{n.text}"
                return Trace(True, f"阈值：表中{self.subjects[key].name}{shown}的有{len(beyond)}行"
                             if len(beyond) == count else "阈值，不是数字")
        # The count stands a few characters after its line (…的月份有2个): read only that stretch.
        start = max(sentence[0], n.start - 40)
        # …超过1200单的有3个月: the count names the rows in its own unit, right after the line's 的.
        rows_in_count = _ROW_COUNT.fullmatch(n.text) is not None and n.text.lstrip(
            "一两二三四五六七八九十0123456789") in _ROW_UNITS.get(self._grain, ())
        if not words.threshold_after.search(text, start, n.start) and not (
                rows_in_count and _COUNT_AFTER_LINE.search(text, start, n.start)):
            return None
        from cswriter.text.numbers import find_numbers

        said = text[start:n.start]
        for line in reversed(find_numbers(said)):
            after = words.threshold_after.match(said, line.end)
            if after is None and rows_in_count:
                after = _COUNT_AFTER_LINE.fullmatch(said, line.end)
            if after is None or not re.fullmatch("[^，。；0-9]{0,6}", said[after.end():]):
                continue
            word = side(line, said, mean=True)
            bound = after.group().lstrip("及或")  # 在92%以上的月份 / 3700件及以上的有4个月
            if word is None and bound.startswith(("以上", "以下")):
                word = "不低于" if bound.startswith("以上") else "不高于"
            if word is None:
                continue
            named = [k for _, _, keys in self._mentions(text, sentence[0], start + line.start) for k in keys]
            column = self._threshold_column(line, named)
            if column is not None:
                key, rows, limit = column
                shown = line.text if word in line.text or line.text.endswith(("以上", "以下")) else word + line.text
                inclusive = word in words.threshold_inclusive or bound[:2] in ("以上", "以下")
                above = words.threshold_side[word] == "above" and not self._meets_lower(key, word, said, line.end)
                denied = _denied(said, line, word)
                if denied:
                    above, inclusive = not above, not inclusive  # 没有达到96%的月份有3个
                    shown = denied + shown
                beyond = _rows_beyond(rows, limit, above, inclusive)
                if n.value == len(beyond):
                    return Trace(True, f"{n.text} = 表中{self.subjects[key].name}{shown}的"
                                       f"{'、'.join(c.month for c in beyond) or '0行'}")
                return Trace(False, None, self.subjects[key].name,
                             f"；表中{self.subjects[key].name}{shown}的有{len(beyond)}个，不是{n.text}")
            return None
        return None

    def _meets_lower(self, key: str, word: str, text: str, end: int) -> bool:
        """达到15秒的目标 of a lower-is-better metric: rows at or under the line meet it (达到40秒
        without 目标 is still a level reached from below)."""
        info = self._metrics.get(key)
        return word == "达到" and info is not None and info.better == "lower" \
            and _TARGET_AFTER.match(text, end) is not None

    def _rows_beyond_mean(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """A count of rows beyond the column's own mean (有4个月的来电量高于月均水平, 高于全年平均水平
        的月份有6个): the rows beyond the mean of the column's rows — or beyond the period's value
        spread over the rows (a count) or the period's value itself (a rate or a duration)."""
        words = _words()
        unit = n.text.lstrip("一两二三四五六七八九十0123456789")
        if unit not in _ROW_UNITS.get(self._grain, ()):
            return None
        said = text[sentence[0]:sentence[1]]
        found = [m for m in words.threshold_mean.finditer(said)
                 if not (m.start() <= n.start - sentence[0] < m.end())]
        if len(found) != 1:
            return None
        m = found[0]
        word = m.group(1)
        if word not in words.threshold_side:
            return None
        found_named = self._mentions(text, sentence[0], sentence[1])
        named = [k for _, _, keys in found_named for k in keys if k in self._columns]
        keys = list(dict.fromkeys(named)) or (list(self._columns) if len(self._columns) == 1 else [])
        if len(keys) > 1:
            # 来电量 read as two columns' metric: the column whose name holds the words said.
            said_names = [text[a:b] for a, b, _ in found_named]
            held = [k for k in keys if any(_holds(self.subjects[k].name, w) for w in said_names)]
            keys = held if len(held) == 1 else keys
        if len(keys) != 1:
            return None
        key = keys[0]
        rows = self._columns[key]
        if len(rows) < 2:
            return None
        above = words.threshold_side[word] == "above"
        inclusive = word in words.threshold_inclusive
        lines = [sum(c.base for c in rows) / len(rows)]
        info = self._metrics.get(key)
        if info is not None and info.value is not None:
            lines.append(info.value / len(rows) if rows[0].family in (COUNT, PLAIN) else info.value)
        name = self.subjects[key].name
        counts = []
        for limit in lines:
            beyond = _rows_beyond(rows, limit, above, inclusive)
            if len(beyond) == n.value:
                return Trace(True, f"{n.text} = 表中{name}{word}平均值（{_plain(limit)}）的"
                                   + "、".join(c.month for c in beyond))
            counts.append(len(beyond))
        return Trace(False, None, name, f"；表中{name}{word}平均值（{_plain(lines[0])}）的有{counts[0]}个，"
                                        f"不是{n.text}")

    def _threshold_column(self, line: NumberMention, named: list[str]) -> tuple[str, list, float] | None:
        """The first table column a line is drawn in (its family and unit; a named column where the
        sentence names any), with its rows and the line in the column's base unit."""
        fam, sec = family_of(line.unit, line.kind)
        for key, rows in self._columns.items():
            if rows and rows[0].family == fam and (not named or key in named) \
                    and (fam != COUNT or _same_unit(line.unit, rows[0].label)):
                return key, rows, line.value * (sec or 1.0)
        if fam == PERCENT and len(named) == 1:
            # 7月至9月各月接通率都在96%以上 where the rate has no column: each row's quotient of the two
            # count columns whose totals give the rate (_row_of_rate).
            rows = self._rate_rows(named[0])
            if rows:
                return named[0], rows, line.value
        return None

    def _rate_rows(self, key: str) -> list[Candidate]:
        """A rate metric with no column of its own whose value is the quotient of two count columns'
        totals: that quotient per row, as rows of its own (empty where it has no such pair)."""
        info = self._metrics.get(key)
        if info is None or info.kind != "rate" or not info.value or key in self._columns:
            return []
        counts = [rows for rows in self._columns.values() if rows and all(c.family == COUNT for c in rows)]
        for part in counts:
            for whole in counts:
                total = sum(c.base for c in whole)
                if part is whole or not total or abs(sum(c.base for c in part) / total * 100 - info.value) > 0.05:
                    continue
                out = []
                for a in part:
                    b = next((c for c in whole if c.month == a.month), None)
                    if b is None or not b.base:
                        return []
                    rate = a.base / b.base * 100
                    out.append(dataclasses.replace(a, value=rate, family=PERCENT, seconds=None,
                                                   label=f"{a.month} {_plain(round(rate, 1))}%",
                                                   source=f"{a.source} ÷ {b.source}"))
                return out
        return []

    def _tally(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> Trace | None:
        """A count of the facts' metrics in a verdict (5项核心指标中有1项达标，2项未达标): by the
        words between the figure and the next one, met or missed the target, better or worse than
        last period, or else the number of metrics. None where the sentence speaks of no 指标."""
        words = _words()
        said = text[sentence[0]:sentence[1]]
        if not any(w in said for w in words.tally_items):
            return None
        infos = [i for k, i in self._metrics.items() if k != "complaints" and i.value is not None]
        from cswriter.text.numbers import find_numbers

        after = text[n.end:sentence[1]]
        following = [m for m in find_numbers(after) if m.kind not in ("date", "period")]
        after = after[:following[0].start] if following else after
        after = re.split("[，。；,;]", after, maxsplit=1)[0]
        kind = next((k for w, k in words.tally if w in after), None)

        def ahead(info: MetricInfo, other: float | None) -> bool | None:
            if other is None or info.better == "neutral" or info.value == other:
                return None if other is None or info.better == "neutral" else False
            return (info.value > other) == (info.better != "lower")

        unsure = 0
        if kind in ("met", "missed"):
            # A target is reached from below, or (better: lower) kept under.
            judged = [(i.name, i.value >= i.target if i.better != "lower" else i.value <= i.target)
                      for i in infos if i.target is not None]
        elif kind in ("better", "worse"):
            judged = [(i.name, ahead(i, i.previous)) for i in infos if i.previous is not None]
            # A metric of no known direction (来电量) may be counted either way.
            unsure = len([i for i in infos if i.previous is not None and i.better == "neutral"
                          and i.value != i.previous])
            judged = [(name, ok) for name, ok in judged if ok is not None]
        else:
            totals = {len(infos), len([i for i in infos if i.target is not None])}
            if n.value in totals:
                return Trace(True, f"{n.text} = 事实中的指标数")
            return Trace(False, placed=False)
        yes = [name for name, ok in judged if ok]
        count = len(yes) if kind in ("met", "better") else len(judged) - len(yes)
        # A lead's verdict on the service metrics (5项服务指标均向好) may leave the team's own
        # (离职率, told in 团队管理) out of its count.
        team = {i.name for i in infos if i.team}
        spared = len([x for x, ok in judged if x in team and ok == (kind in ("met", "better"))])
        if count - spared <= n.value <= count + unsure:
            return Trace(True, f"{n.text} = " + ("、".join(yes) if kind in ("met", "better")
                                                  else "、".join(x for x, ok in judged if not ok) or "0项"))
        what = {"met": "达到目标", "missed": "未达到目标", "better": "较上期改善", "worse": "较上期变差"}[kind]
        return Trace(False, None, None, f"；事实中{what}的指标有{count}项，不是{n.text}")

    def _text_share(self, text: str, n: NumberMention, decimals: int, start: int, before: str) -> str | None:
        """因配件缺货延误的工单占全年工单的1.8%: a number of the facts' text, named by the words
        before it there (延误的工单1240件), over the value of the metric named after 占."""
        at = before.rindex("占")
        head = before[:at].rstrip("约近仅只共合计总")
        parts = self._by_context.get(head[-4:], []) if len(head) >= 4 else []
        if not parts:
            return None
        wholes = [c for _, _, keys in self._mentions(text, start + at, n.start) for k in keys if k in self._metrics
                  for fam in (COUNT, PLAIN) for c in self._stated.get(k, _Index()).items.get(fam, ())
                  if c.role == "value" and c.base > 0]
        if not wholes:
            # 占全年工单的: the word after 占 begins a metric's name (工单 → 工单量).
            after = _words().whole_period.sub("", text[start + at + 1:n.start])
            wholes = [c for k, info in self._metrics.items() if len(after) >= 2 and info.name.startswith(after[:2])
                      for fam in (COUNT, PLAIN) for c in self._stated.get(k, _Index()).items.get(fam, ())
                      if c.role == "value" and c.base > 0]
        for part in parts:
            for whole in wholes:
                if part.base <= whole.base and _rounds_to(n, part.base / whole.base * 100, decimals):
                    return f"{n.text} = {part.label}（{part.source}）÷ {whole.label} × 100%"
        return None

    def _team_share(self, text: str, n: NumberMention, decimals: int, sentence: tuple[int, int]) -> Trace | None:
        """A share of the team (占团队人数的35%, 团队四成的人员): a count of people the sentence
        states over the facts' team size; wrong when none of them gives it, None when the
        sentence states no count of people."""
        team = self._per["人"]
        people = _words().same_unit.get("人", ("人",))
        counts = [f for f in self._sentence_figures(text, sentence)
                  if f.family == COUNT and f.mention.unit in people and f.mention.unit != "人次"
                  and 0 < f.base < team and sentence[0] + f.mention.start != n.start]
        if not counts:
            return None
        for f in counts:
            if _rounds_to(n, f.base / team * 100, decimals):
                return Trace(True, f"{n.text} = {f.mention.text} ÷ 团队{format_number(team)}人 × 100%")
        f = counts[0]
        share = format_number(round_half_up(f.base / team * 100, 1))
        return Trace(False, None, None, f"；{f.mention.text} ÷ 团队{format_number(team)}人 = {share}%，与“{n.text}”不符")

    def _rate_of_said_part(self, text: str, n: NumberMention, decimals: int, sentence: tuple[int, int],
                           before: str) -> Trace | None:
        """12户集团客户中挽回5户，挽回比例近六成: a rate named by the verb of a part the sentence
        states (挽回5户) after the whole it states (12户…中) is that part over that whole, never
        another part of the whole that a fact's text gives (7户转出)."""
        m = _OWN_RATE.search(before)
        if m is None:
            return None
        verb, s_start = m.group(1), sentence[0]
        counts = [f for f in self._sentence_figures(text, sentence)
                  if f.family in (COUNT, PLAIN) and f.mention.unit and s_start + f.mention.end <= n.start]
        for i in range(len(counts) - 1, 0, -1):
            part = counts[i]
            if not _led_by(text, s_start, part, verb):
                continue
            for whole in counts[i - 1::-1]:
                if whole.mention.unit != part.mention.unit or not whole.base > part.base > 0 \
                        or "中" not in text[s_start + whole.mention.end:s_start + part.mention.start]:
                    continue
                exact = part.base / whole.base * 100
                if _fits(n, exact, decimals):
                    return Trace(True, f"{n.text} = {part.mention.text} ÷ {whole.mention.text} × 100%")
                return Trace(False, None, None, f"；句中{part.mention.text} ÷ {whole.mention.text} = "
                                                f"{format_number(exact, 1)}%，不是{n.text}")
            return None
        # 盗刷涉及的38.6万元资金，追回比例超过九成: the part is the one the fact's text that
        # holds the whole gives after the same verb (追回32.4万元).
        for whole in reversed(counts):
            parts = [c for c in self._text_numbers
                     if c.subjects[:1] and c.subjects[0] in whole.subjects and c.context.endswith(verb)
                     and whole.mention.unit and _same_unit(whole.mention.unit, c.label) and 0 < c.base < whole.base]
            if len(parts) == 1:
                exact = parts[0].base / whole.base * 100
                if _fits(n, exact, decimals):
                    return Trace(True, f"{n.text} = {parts[0].label} ÷ {whole.mention.text} × 100%")
                return Trace(False, None, None, f"；{parts[0].source.removeprefix('事实 ')}中{verb}{parts[0].label}，"
                                                f"{parts[0].label} ÷ {whole.mention.text} = {format_number(exact, 1)}%，不是{n.text}")
        return None

    def _rate_of_said_count(self, text: str, n: NumberMention, family: str, seconds: float | None,
                            decimals: int, sentence: tuple[int, int], before: str) -> Trace | None:
        """已办结23件，办结率100%: a rate named by the verb of the count the sentence has just
        stated is that count's subject's rate (the complaints' handled rate), not a metric whose
        name merely ends in the same word (工单按期办结率)."""
        m = _OWN_RATE.search(before)
        if m is None:
            return None
        verb, s_start = m.group(1), sentence[0]
        counts = [f for f in self._sentence_figures(text, sentence)
                  if f.family in (COUNT, PLAIN) and f.traced and s_start + f.mention.end <= n.start]
        if not counts:
            return None
        part = counts[-1]
        if not _led_by(text, s_start, part, verb):
            return None
        # The subjects whose stated counts the part may be (23件: the complaints handled, or a
        # metric of the same value): the rate must be one of theirs.
        stated = self._direct_all(self._stated_all, part.mention, part.family, None, _decimals(part.mention.precision))
        for key in dict.fromkeys(k for c in stated for k in c.subjects):
            index = self._by_subject.get(key)
            if index is None:
                continue
            found = self._direct(index, n, family, seconds, decimals)
            if found is not None and found.family == PERCENT and not (
                    found.role == "old_rule" and not _words().either_rule.search(text, s_start, n.start)):
                # (a rate by the old counting rule only where the sentence names that rule)
                return Trace(True, found.source, key)
        return None

    def _share_of_said(self, text: str, n: NumberMention, decimals: int, sentence: tuple[int, int]) -> str | None:
        """The count the sentence states last before a share over an earlier count of it in the
        same unit (…失败约1200名，…改约1150名，占95.8%)."""
        s_start = sentence[0]
        counts = [f for f in self._sentence_figures(text, sentence)
                  if f.family == COUNT and f.mention.unit and s_start + f.mention.end <= n.start]
        if len(counts) < 2:
            return None
        part = counts[-1]
        for whole in counts[-2::-1]:
            if whole.mention.unit == part.mention.unit and whole.base >= part.base > 0 \
                    and _rounds_to(n, part.base / whole.base * 100, decimals):
                return f"{n.text} = {part.mention.text} ÷ {whole.mention.text} × 100%"
        return None

    def _sentence_arithmetic(self, text: str, n: NumberMention, family: str, seconds: float | None,
                             decimals: int, sentence: tuple[int, int], clause: str,
                             one_mean: bool = True) -> str | None:
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
        compares = compares or _words().remainder.search(clause) is not None
        per = one_mean and _words().mean.search(clause)
        # 由A降至B: a change is divided by A, the first of the two.
        from_first = re.search("[由从]", text[s_start:n.start]) is not None
        # 超出20秒目标线40.0% / 比目标20秒高40.0%: a change is divided by the figure named as its base.
        based = {m.start for m, _, _ in stated if self._is_base(text, s_start, m)}
        # 10月处理8680单，9月为7420单，环比增长17.0%: two figures each dated in its own clause are
        # compared from the earlier time, whichever the sentence states first, and the clause's
        # move word (增长, 下降) must be the way from that one to the other.
        moves = _words().moves
        moved = [_words().move_of[m.group()] for m in moves.finditer(clause)] if moves else []
        moved = [m for m in moved if m in ("up", "down")]
        # 目标85.0%，实际86.0%，比上线前提高了1.0个百分点: the clause compares with an earlier time, so
        # two figures one of which is named the target give its gap, no change (and the other way
        # round: 上周87.5% … 比目标低 is no gap to the target).
        words = _words()
        against = "previous" if words.against_previous.search(clause) and not words.target.search(clause) \
            else "target" if words.target.search(clause) and not words.against_previous.search(clause) else None
        other_side = {m.start for m, _, _ in stated
                      if against is not None and self._named_side(text, s_start, m) not in (None, against)}
        for i, (a, fam_a, va) in enumerate(stated):
            for b, fam_b, vb in stated[i + 1:]:
                if compares and other_side & {a.start, b.start}:
                    continue
                if fam_a != fam_b and PLAIN not in (fam_a, fam_b):
                    if per and family == DURATION and {fam_a, fam_b} == {DURATION, COUNT}:
                        # 培训2场，共3小时，平均每场1.5小时: a duration over a count.
                        (total, vt), (count, vc) = ((a, va), (b, vb)) if fam_a == DURATION else ((b, vb), (a, va))
                        if vc and _fits(n, vt / vc / scale, decimals):
                            return f"{n.text} = {total.text} ÷ {count.text}"
                    continue
                big, small = (a, b) if va >= vb else (b, a)
                vbig, vsmall = max(va, vb), min(va, vb)
                if family == PERCENT and fam_a not in (PERCENT, POINTS):
                    if vbig and (_rounds_to(n, vsmall / vbig * 100, decimals)
                                 or _exact_fraction(n) and not compares and _fits(n, vsmall / vbig * 100, decimals)):
                        # (项目组18人中科技部6人，占三分之一: 33.3…% is no whole percent, so it is
                        # compared at its own precision, never as a change: 缩短了三分之一)
                        return f"{n.text} = {small.text} ÷ {big.text} × 100%"
                    if compares and _framing_spans(text, s_start, a, b):
                        # 流感4天日均1400件，比此前3天日均933件高出…: two spans of days that each frame a figure
                        # after them are no pair to compare; the figures they frame are (tracer round 48).
                        continue
                    if compares:
                        dated = _dated_order(text, s_start, a, b)
                        for x, y, vx, vy in ((a, b, va, vb), (b, a, vb, va)):
                            if from_first and y.start > x.start or based and y.start not in based:
                                continue
                            if dated is not None and y is not dated:
                                continue
                            if moved and vx != vy and (vx > vy) != (moved[-1] == "up"):
                                # 二季度38600通，三季度41400通，环比增长: the move word says which way
                                # from the base, so (38600 − 41400) ÷ 41400 is no 增长.
                                continue
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


    def _said_mean(self, text: str, n: NumberMention, family: str, seconds: float | None,
                   sentence: tuple[int, int]) -> str | None:
        """A mean per item after the total and the count it divides (8单退款共计560元，平均每单
        70元): the sentence says what it is over, so another value is wrong."""
        s_start = sentence[0]
        stated = [f for f in self._sentence_figures(text, sentence)
                  if f.traced and f.mention.unit and s_start + f.mention.end <= n.start]
        totals = [f for f in stated if f.family == family and f.mention.unit == n.unit]
        counts = [f for f in stated if f.family in (COUNT, PLAIN) and f.mention.unit != n.unit and f.base > 0]
        if len(totals) != 1 or len(counts) != 1:
            return None
        total, count = totals[0], counts[0]
        exact = total.base / count.base / (seconds or 1.0)
        return f"；句中{total.mention.text} ÷ {count.mention.text} = {format_number(round_half_up(exact, 2))}{n.unit}"

    def _based_change(self, text: str, n: NumberMention, sentence: tuple[int, int]) -> str | None:
        """A relative change of the two figures before it, one named as the base (超出45秒目标线
        6.3%): the change the sentence claims is over that base, so another percent is wrong."""
        s_start = sentence[0]
        stated = [f for f in self._sentence_figures(text, sentence)
                  if f.traced and f.family in (COUNT, DURATION, SCORE, PLAIN) and s_start + f.mention.end <= n.start]
        bases = [f for f in stated if self._is_base(text, s_start, f.mention)]
        if len(stated) != 2 or len(bases) != 1 or stated[0].family != stated[1].family or not bases[0].base:
            return None
        base = bases[0]
        other = stated[0] if stated[1] is base else stated[1]
        exact = abs(other.base - base.base) / base.base * 100
        return f"；以{base.mention.text}为基数，{other.mention.text}与它相差{format_number(exact, 1)}%"

    @staticmethod
    def _named_side(text: str, s_start: int, m: NumberMention) -> str | None:
        """Is a figure of the sentence named the target (目标85.0%, 85.0%的目标) or an earlier time's
        value (上周87.5%, 上线前72.0%) by the words of its own clause just around it? None otherwise."""
        words = _words()
        at = s_start + m.start
        start = max(s_start, at - 6, max(text.rfind(p, s_start, at) for p in "，,；;：:") + 1)
        head, tail = text[start:at], text[s_start + m.end:s_start + m.end + 4]
        target = words.target.search(head) is not None or re.match("的?(?:目标|计划)", tail) is not None
        earlier = words.against_previous.search(head) is not None
        return "target" if target and not earlier else "previous" if earlier and not target else None

    @staticmethod
    def _is_base(text: str, s_start: int, m: NumberMention) -> bool:
        """Is the figure written as the base of a comparison (比上周的860件, 超出20秒目标线)?"""
        head = text[max(s_start, s_start + m.start - 8):s_start + m.start]
        # The word may be read into the mention itself (超过6000件的目标).
        return _AGAINST_FIGURE.search(head) is not None or _words().base_before.search(head + m.text[:2]) is not None

    def _product(self, text: str, n: NumberMention, family: str, seconds: float | None, decimals: int,
                 sentence: tuple[int, int], clause: str) -> str | None:
        """A total the sentence builds from figures before it (累计, 共): a mean per person times
        the team (人均培训32小时，累计培训960小时 with a team of 30) or the people times the rounds
        (12人完成培训3轮，累计培训36人次): products of figures that are themselves in the facts."""
        words = _words()
        if family not in (COUNT, DURATION, PLAIN) or not words.sum.search(clause):
            return None
        s_start = sentence[0]
        said = text[s_start:sentence[1]]
        scale = seconds or 1.0
        figs = [f for f in self._sentence_figures(text, sentence)
                if f.traced and s_start + f.mention.end <= n.start and f.family in (COUNT, DURATION, PLAIN)]
        team = self._per.get("人")
        for i, a in enumerate(figs):
            per = words.per.search(said, max(0, a.mention.start - 4), a.mention.start)
            if per is not None and words.per_unit.get(per.group()) == "人" and team \
                    and (a.family == DURATION) == (family == DURATION) and _rounds_to(n, a.base * team / scale, decimals):
                return f"{n.text} = {a.mention.text} × {format_number(team)}人（团队）"
            people = a.mention.unit and (_same_unit(a.mention.unit, "人") or _same_unit("人", a.mention.unit))
            if a.mention.unit and a.family == COUNT and n.unit and n.unit != a.mention.unit:
                # 向37位房客每人发放50元优惠券，共1850元 / 向42户每户减免15元，共630元: the count times an
                # amount each (每 and the count's own measure word, or a per-person word for people),
                # in the amount's unit.
                for b in figs:
                    # (每人退还讲解费30元: the word may stand a few words before the amount)
                    each = _EACH_BEFORE.search(said, max(0, b.mention.start - 8), b.mention.start)
                    if each is None or b is a or b.mention.unit != n.unit or b.family != family:
                        continue
                    word = each.group(1)
                    if not (word == "每" + a.mention.unit or people and words.per_unit.get(word) == "人"):
                        continue
                    # 每人每月抽检20通，三季度共抽检1680通: an amount each per month (week, day) times the
                    # period's months too, where the sentence sums over the period (not one month's 560;
                    # 每天共处理420件 sums one day).
                    often = re.search("每(月|周|天|日)|(月|周|日)均", said[each.start(1) + len(word):b.mention.start])
                    times = self._per.get({"日": "天"}.get(often.group(1) or often.group(2), often.group(1) or often.group(2)), 0) \
                        if often is not None else 0
                    if times > 1 and not _months_in(said[:n.start - s_start], self._grain)[0] \
                            and not re.search("每(?:月|周|天|日)|(?:月|周|日)均|当[月周天日]", said[b.mention.end:n.start - s_start]):
                        if _rounds_to(n, a.base * b.base * times / scale, decimals):
                            return f"{n.text} = {a.mention.text} × {b.mention.text} × {_plain(round(times, 2))}"
                        continue
                    if _rounds_to(n, a.base * b.base / scale, decimals):
                        return f"{n.text} = {a.mention.text} × {b.mention.text}"
            if not n.unit.endswith("人次"):
                continue
            for b in figs[i + 1:]:
                people = [f for f in (a, b) if f.mention.unit and _same_unit(f.mention.unit, "人")]
                if len(people) == 1 and DURATION not in (a.family, b.family) \
                        and _rounds_to(n, a.base * b.base, decimals):
                    return f"{n.text} = {a.mention.text} × {b.mention.text}"
        return None

    def _sentence_links(self, text: str, n: NumberMention, family: str, seconds: float | None,
                        decimals: int, sentence: tuple[int, int], clause: str, named: list[str]) -> str | None:
        """A figure computed from another figure the sentence states, whether or not the facts
        hold that one (it is checked on its own): with a stated value of the subject named
        (夜间34秒，比全天均值21秒多13秒; 要提升到86%，还需再提高1.8个百分点; 目标2.2天，要再缩短
        15.4% of the 2.6天 now), with another figure of the sentence (合计5822次，比上周的5700次
        增长2.1%), or a figure per day or month times the period's days or months (每天抽查20单，
        一周共140单)."""
        s_start = sentence[0]
        figures = [f for f in self._sentence_figures(text, sentence)
                   if s_start + f.mention.start != n.start and f.mention.kind not in ("multiple",)]
        others = [f for f in figures if s_start + f.mention.end <= n.start][-4:]  # the figures just before it
        # Against the subject's value, a figure just after it too (再压缩0.4小时，降到6.0小时).
        after = [f for f in figures if s_start + f.mention.start > n.start][:2]
        if not others and not named:
            return None
        scale = seconds or 1.0
        words = _words()
        moved = [words.move_of[m.group()] for m in words.moves.finditer(clause)] if words.moves else []
        moved = [m for m in moved if m in ("up", "down")]
        compares = (_compares(clause) or words.remainder.search(clause) is not None or bool(words.need.search(clause))
                    or _words().ahead.search(clause) is not None)
        values: list[tuple[float, float, str, str, str]] = []  # (x, base value, x's text, base's label, family)
        # 距91%的计划目标还差2.5个百分点: from the value now, not from the period's target.
        aimed = words.target.search(clause) is not None and not words.to_close.search(clause)
        for key in named:
            stated = self._stated.get(key)
            if stated is None:
                continue
            for fam in (PERCENT, DURATION, SCORE, COUNT):
                # 周六5.3分钟，超出目标0.8分钟: a figure the sentence states against the target the
                # clause names, not against the period's value (unless it is the target itself).
                aims = {c.base for c in stated.items.get(fam, ()) if c.role in _AIM_ROLES} \
                    if aimed and not words.need.search(clause) and not words.against_previous.search(clause) else set()
                for c in stated.items.get(fam, ()):
                    if (c.role == "value" or c.role in _AIM_ROLES and aimed) and not c.row:
                        for f in others + (after if c.role == "value" else []):
                            if c.role == "value" and aims and f.base not in aims:
                                continue
                            if f.family == fam and f.base != c.base:
                                same = next((g for g in figures if g.family == fam and g.base == c.base), None)
                                dated = _dated_order(text, s_start, f.mention, same.mention) \
                                    if same is not None and c.role == "value" else None
                                if dated is not None:
                                    # 10月投诉46件，9月39件: the sentence dates both, the earlier is the base.
                                    values.append((c.base, f.base, c.label, f.mention.text, fam) if dated is f.mention
                                                  else (f.base, c.base, f.mention.text, c.label, fam))
                                elif _AGAINST_FIGURE.search(text, max(s_start, s_start + f.mention.start - 8),
                                                          s_start + f.mention.start):
                                    # 比去年同期的92.1%高出1.5个百分点: the figure is the baseline
                                    values.append((c.base, f.base, c.label, f.mention.text, fam))
                                else:
                                    values.append((f.base, c.base, f.mention.text, c.label, fam))
            for fam in (DURATION, SCORE, COUNT):
                if aimed and not words.need.search(clause) and not words.against_previous.search(clause) \
                        and any(c.role in _AIM_ROLES for c in stated.items.get(fam, ())):
                    continue  # 超出目标19秒: against the target, not a fact's text against the value
                for t in self._by_subject.get(key, _Index()).items.get(fam, ()):
                    if t.role == "text" and t.stated and t.subjects[:1] != (key,):
                        # 数据迁移类工单平均解决时长5.8天 in a fact's text, against the metric's own value
                        for c in stated.items.get(fam, ()):
                            if c.role == "value" and not c.row and t.base != c.base:
                                values.append((t.base, c.base, t.label, c.label, fam))
        for i, f in enumerate(others):
            for g in others[i + 1:]:
                if family == PERCENT and _framing_spans(text, s_start, f.mention, g.mention):
                    continue  # 流感4天日均1400件，比此前3天日均933件高出…: spans that frame figures (round 48)
                if f.family == g.family and f.family not in (POINTS,):
                    # The later figure against the earlier one (比上周的5700次: the baseline last),
                    # unless the sentence dates both (9月39件，10月46件: the earlier time is the base).
                    dated = _dated_order(text, s_start, f.mention, g.mention)
                    if dated is f.mention:
                        values.append((g.base, f.base, g.mention.text, f.mention.text, f.family))
                    else:
                        values.append((f.base, g.base, f.mention.text, g.mention.text, f.family))
        if others and compares and self._columns:
            # 6月升至180秒，比5月多62秒: a figure of the sentence against a row it names after 比.
            for start, kind, g in self._row_groups(text, (sentence[0], n.start)):
                if kind != "rows" or len(g) != 1 or not _AGAINST.search(text[s_start:s_start + start][-4:]):
                    continue
                for rows in self._columns.values():
                    for c in rows:
                        if _month_of(c) in g:
                            values.extend((f.base, c.base, f.mention.text, c.label, c.family) for f in others[-1:]
                                          if f.family == c.family and f.base != c.base)
        for x, v, xt, vt, fam_xv in values:
            up = x > v
            if moved and (moved[-1] == "up") != up and not words.need.search(clause):
                continue
            fam_same = family not in (PERCENT, POINTS)
            # 252秒…270秒，增加18个百分点: points are a gap between two rates, never seconds or counts.
            if family == POINTS and fam_xv == PERCENT and compares and _rounds_to(n, abs(x - v), decimals):
                return f"{n.text} = {xt} − {vt}"
            if fam_same and compares and _rounds_to(n, abs(x - v) / scale, decimals):
                return f"{n.text} = {xt} − {vt}"
            if family == PERCENT and compares and v and _rounds_to(n, abs(x - v) / v * 100, decimals):
                return f"{n.text} = ({xt} − {vt}) ÷ {vt} × 100%"
        if family == PERCENT and (words.ratio.search(clause) or words.continues.fullmatch(
                text[sentence[0]:n.start].rsplit("，", 1)[-1])):
            # 两类合计16,904件，近六成: the share of a count the sentence states in a period total.
            wholes = [(c.base, c.label) for k in self._metrics for c in self._stated.get(k, _Index()).items.get(COUNT, ())
                      if c.role == "value" and _same_unit(f_unit, c.label)] if (f_unit := next(
                          (f.mention.unit for f in others if f.family == COUNT and f.mention.unit), "")) else []
            groups = self._group_totals()
            wholes += [(whole, label) for whole, label, _ in groups]
            kind_of, over = self._rate_whole(text, n)
            if kind_of or over is not None:
                # 按时办结率为…: over the rate's basis total only; 医保类一次办结率: over no such whole.
                wholes = [(whole, label) for whole, label in wholes if not kind_of and whole == over]
            if not re.search("占|比例|比重", clause) and any(
                    info.unit == "%" and info.value is not None and info.name in clause
                    for info in (self._metrics.get(k) for k in named) if info is not None):
                wholes = []  # 按约上门率78.6%: the rate the facts name, not a stated count over another total
            for f in others:
                if f.family not in (COUNT, PLAIN):
                    continue
                # 服务态度类投诉5件，占比不到一成: a complaint type's count is a share of the
                # complaint types' total, never of the categories' (nor the other way round).
                own = {self.subjects[k].group or k for k in f.subjects if k in self.subjects} \
                    & {key for _, _, key in groups}
                other = {(whole, label) for whole, label, key in groups if own and key not in own}
                for whole, label in wholes:
                    if (whole, label) in other:
                        continue
                    if whole > f.base and _fits(n, f.base / whole * 100, decimals):
                        return f"{n.text} = {f.mention.text} ÷ {label} × 100%"
        if family not in (PERCENT, POINTS) and words.sum.search(clause):
            # 1240件工单平均多等5.6天，累计多等6944天: a count times a mean per item just after it.
            for count, each in zip(others, others[1:]):
                if count.family == COUNT and count.mention.unit and each.family == family and family != COUNT \
                        and words.mean.search(text, s_start + count.mention.end, s_start + each.mention.start) \
                        and _rounds_to(n, count.mention.value * each.base / scale, decimals):
                    per = words.per.search(text, s_start + count.mention.end, s_start + each.mention.start)
                    if per is not None and words.per_unit.get(per.group()) == "人" \
                            and not _same_unit(count.mention.unit, "人"):
                        continue  # 培训8场，人均12小时: a mean per person times sessions is no total
                    return f"{n.text} = {count.mention.text} × {each.mention.text}"
        if family in (COUNT, PLAIN) and words.sum.search(clause):
            for f in others:
                unit = self._per_unit(text[max(s_start, s_start + f.mention.start - 4):s_start + f.mention.start])
                d = self._per.get(unit) if unit and len(unit) == 1 else None
                # 每天抽查20个会话，上岗20天共抽查400个: times the count of days (months, weeks) the sentence
                # states between them (one the facts give), not the period's.
                spans = [g for g in figures if s_start + f.mention.end <= s_start + g.mention.start
                         and s_start + g.mention.end <= n.start and g.mention.kind == "duration"
                         and g.mention.unit in _SPAN_UNITS.get(unit or "", ()) and g.mention.high is None and g.traced]
                if d and len(spans) == 1:
                    if _rounds_to(n, f.base * spans[0].mention.value, decimals):
                        return f"{n.text} = {f.mention.text} × {spans[0].mention.text}"
                    continue
                if d and _rounds_to(n, f.base * d, decimals):
                    return f"{n.text} = {f.mention.text} × {d:g}"
        return None

    # -- claims of their own: means, multiples, shares of runs, directions ---------------

    def _per_unit(self, before: str) -> str | None:
        """The unit a mean divides by, when the clause before the figure says 月均, 人均…
        (a metric's own name, 日均咨询量, is not such a word)."""
        words = _words()
        if not words.per.search(before):
            return None
        bare = self._name_regex.sub("", before) if self._name_regex is not None else before
        # 人均每月: per person and per month; the units in the order written, once each.
        units = "".join(dict.fromkeys(words.per_unit[m.group()] for m in words.per.finditer(bare)))
        return units or None

    def _span_mean(self, text: str, n: NumberMention, family: str, decimals: int, per: str,
                   sentence: tuple[int, int]) -> Trace | None:
        """A mean per month (per day) after a span of months (of days) the sentence names and a
        count it states for that span (3–5月投诉240件，月均80件; 5月3日至7日受理900件，日均180件):
        the count over the span's length, whether or not the facts hold the count; with one such
        count, another mean (the period's count over its months) is wrong."""
        if per not in ("月", "天") or family not in (COUNT, PLAIN) or not n.unit:
            return None
        from cswriter.text.numbers import find_numbers

        head = text[sentence[0]:n.start]
        pattern = _MONTH_SPAN if per == "月" else _DATED_DAY_SPAN
        spans = list(pattern.finditer(head))
        if not spans:
            return None
        span = spans[-1]
        if per == "月":
            first, last = int(span.group(1)), int(span.group(2))
            if not 1 <= first < last <= 12:
                return None
            length, unit = last - first + 1, "个月"
        else:
            first, last = int(span.group(2)), int(span.group(4))
            if span.group(3) and int(span.group(3)) != int(span.group(1)) or not 1 <= first < last <= 31:
                return None
            length, unit = last - first + 1, "天"
        rest = head[span.end():]
        if _PERIOD_SPAN_BREAK.search(rest):
            return None  # another time named between the span and the mean: not its count
        counts = [m for m in find_numbers(rest) if m.kind == "count" and m.high is None and not m.approximate
                  and m.unit and _same_unit(n.unit, m.unit)]
        if not counts:
            return None
        for count in reversed(counts):
            if _fits(n, count.value / length, decimals):
                return Trace(True, f"{n.text} = {count.text} ÷ {length}{unit}（{span.group(0)}）")
        if len(counts) == 1:
            # One count for the span: the mean is over the span's length, not the period's.
            exact = format_number(round_half_up(counts[0].value / length, 2))
            return Trace(False, None, None, f"；句中{counts[0].text} ÷ {length}{unit}（{span.group(0)}） = "
                                            f"{exact}{n.unit}，不是{n.text}")
        return None

    def _written_units(self, text: str, sentence: tuple[int, int], n: NumberMention) -> dict[str, float]:
        """Days, months or people the sentence itself counts (本周工作5天, 团队10人)."""
        from cswriter.text.numbers import find_numbers

        out: dict[str, float] = {}
        people: list[float] = []
        for m in find_numbers(text[sentence[0]:sentence[1]]):
            unit = {"天": "天", "日": "天", "个月": "月", "月": "月", "人": "人", "名": "人", "位": "人",
                    "周": "周"}.get(m.unit)
            if unit and m.kind in ("duration", "count") and m.high is None and m.value > 1 \
                    and sentence[0] + m.start != n.start:
                out.setdefault(unit, m.value)
                if unit == "人" and sentence[0] + m.end <= n.start:
                    people.append(m.value)
        clause = re.split("[，。；,;]", text[sentence[0]:n.start])[-1]
        if len(people) >= 2 and re.search("(?:全组|全体|全员|全队|整组|两组|全部门|全科)(?:的)?(?:人均|平均每人|每人)", clause):
            # 房客组5人、房东组4人，全组人均处理964单: the whole group is the groups the sentence counts, added.
            out["人"] = float(sum(people))
        elif people and (own := _HEADS_THEN_MEAN.search(clause)) is not None:
            # 不算质检2人，坐席10人人均受理…: the headcount right before 人均 is the mean's, not the
            # sentence's first one nor the team's size (_mean takes it alone).
            out["人"] = float(own.group(1))
            out[_OWN_HEADS] = 1.0
        return out

    def _mean(self, named: list[str], n: NumberMention, family: str, seconds: float | None,
              decimals: int, per: str, written: dict[str, float] | None = None, said: str = "") -> str | None:
        """A period value divided by the months, days or weeks of the period or by the
        team's size (36,500件 ÷ 3个月 = 月均12,167件), or by the days or people the sentence
        counts (本周工作5天), or a mean of table rows."""
        own_heads = bool(written) and written.pop(_OWN_HEADS, None) is not None and per == "人"
        for units in ((written,) if own_heads else (self._per, written) if written else (self._per,)):
            found = self._mean_by(named, n, family, seconds, decimals, per, {**self._per, **units}, said)
            if found:
                return found
        if written and len(per) == 1 and per in written and family in (COUNT, PLAIN) and n.unit:
            # 7天假期里日均受理约61件: a number of the facts' text over the days the sentence counts.
            verb = self._said_verb(said, n)
            for c in self._text_numbers:
                if _same_unit(n.unit, c.label) and _fits(n, c.base / written[per], decimals) \
                        and not (verb and self._other_doer(c, verb)):
                    return f"{n.text} = {c.label} ÷ {written[per]:g}"
        return None

    def _mean_by(self, named: list[str], n: NumberMention, family: str, seconds: float | None,
                 decimals: int, per: str, divisors: dict[str, float], said: str = "") -> str | None:
        divisor: float | None = 1.0
        for u in per:
            d = divisors.get(u)
            divisor = divisor * d if divisor and d else None
        keys = [self.subjects[k].group or k for k in named] or list(self._by_subject)
        scale = seconds or 1.0
        names = {"月": "个月", "天": "天", "周": "周", "年": "年", "人": "人"}
        unit = " ÷ ".join(f"{format_number(divisors[u], 0 if divisors[u].is_integer() else 2)}{names[u]}"
                          for u in per) if divisor else ""
        for key in dict.fromkeys(keys):
            stated = self._stated.get(key)
            if stated is None:
                continue
            # A column with no period value of its own (项目组5人，人均新增条目316条): its total.
            stated_value = any(c.role == "value" for fam in _MATCHES.get(family, ()) for c in stated.items.get(fam, ()))
            u_total_ok = per != "月"  # a month's mean of a column is its rows' mean (below)
            derived = self._by_subject.get(key) if u_total_ok and not stated_value else None
            totals = [c for fam in _MATCHES.get(family, ()) for c in (derived.items.get(fam, ()) if derived else ())
                      if c.role == "table_total"]
            if divisor:
                for fam in _MATCHES.get(family, ()):
                    for c in [*stated.items.get(fam, ()), *(t for t in totals if t.family == fam)]:
                        if not self._part_named(c, said):
                            continue  # 每名话务员受理投诉24件: all complaints, not the handled
                        if c.role == "count" and n.kind == "money":
                            continue  # 人均退费5元 is no category's count of contacts per person
                        if c.role in ("value", "count") or (c.role == "" and not c.row and c.series == "complaints") or (
                                c.role == "table_total" and u_total_ok and not stated_value) or (
                                c.role == "text" and n.unit and _same_unit(n.unit, c.label)
                                and not ((verb := self._said_verb(said, n)) and self._other_doer(c, verb))):
                            exact = c.base / divisor / scale
                            if _fits(n, exact, decimals):
                                return f"{n.text} = {c.label} ÷ {unit}"
            if divisor and family in (COUNT, PLAIN) and n.unit and not any(
                    c.role == "count" for c in [*stated.items.get(COUNT, ()), *stated.items.get(PLAIN, ())]):
                # 日均受理遗失物品约61件 where the facts give only its share: share × total ÷ days.
                wholes = [c for k in self._metrics for c in self._stated.get(k, _Index()).items.get(COUNT, ())
                          if c.role == "value" and _same_unit(n.unit, c.label)]
                for share in stated.items.get(PERCENT, ()):
                    if share.role != "share" or key not in share.subjects[:1]:
                        continue
                    for whole in wholes:
                        if _fits(n, whole.base * share.base / 100 / divisor, decimals):
                            return f"{n.text} = {whole.label} × {share.label} ÷ {unit}"
            if per == "月" and named:
                found = self._table_runs(key, n, family, seconds, decimals, mean=True)
                if found:
                    return found
        if divisor and family in (COUNT, PLAIN) and not named and n.unit:
            # 人均接待约3,667人次 over channels: the period's counts of every metric in the
            # figure's unit (or its group) added up, then divided.
            # Only counts of one kind: contacts (通 and 人次 of two channels) add up, calls and
            # work orders in 件 do not (全年日均受理来电约122通 is the calls' mean alone).
            contacts = _words().contact_units
            totals = [c for key in self._metrics if key != "complaints"  # a part of the work, never added to it
                      for c in self._stated.get(key, _Index()).items.get(COUNT, ())
                      if c.role == "value" and (_same_unit(n.unit, c.label) or n.unit in contacts
                                                and c.label.endswith(contacts))]
            if len(totals) >= 2:
                whole = sum(c.base for c in totals)
                if _fits(n, whole / divisor, decimals):
                    return f"{n.text} = (" + " + ".join(c.label for c in totals) + f") ÷ {unit}"
        return None

    def _multiple(self, text: str, n: NumberMention, named: list[str], sentence: tuple[int, int],
                  clause: str, skip: frozenset[str] = frozenset()) -> Trace:
        """A ratio word (是…的8倍, 1.15倍, 翻了一番): the quotient of two values of the named
        subject, or of two figures of the sentence; with 增长/提高 before it, the quotient
        less one may be meant (增长了1.5倍)."""
        decimals = _decimals(n.precision)
        if decimals == 0 and not n.approximate and n.high is None and n.value >= 2:
            # 是组平均1.8%的2倍 for 1.67: a whole multiple with no hedge (约, 近, 多) claims it to a tenth
            # (2.96 is 3倍, 1.67 is no 2倍: 约2倍 or 1.7倍 is).
            decimals = 1
        family, seconds = family_of(n.unit, n.kind)
        # 增长了2倍 is +200 % (the quotient less one), 增长到/是…的2倍 the quotient itself: a growth
        # word right before the figure says which.
        lead = text[max(sentence[0], n.start - 12):n.start]
        only_less_one = _words().grown_by.search(lead) is not None
        said = text[sentence[0]:n.start]
        words = _words()
        fell = words.fallen_by.search(lead)
        if fell is not None:
            # 由12分钟降至2分钟，缩短了6倍: a fall is no multiple (12 is 6倍 of 2, the fall 83.3%).
            return Trace(False, None, None,
                         f"；“{fell.group().rstrip('了约近将接超过逾')}”之后不用倍数：下降写百分比或“降至原来的几分之一”")
        stated = [f for f in self._sentence_figures(text, sentence) if sentence[0] + f.mention.end <= n.start
                  and f.base > 0 and f.mention.kind in ("count", "duration", "money", "percent", "score")
                  and f.mention.unit and not f.mention.text.endswith(("日", "号"))]  # (7日: a date)
        based = [f for f in stated if re.fullmatch("的(?:约|近|将近|接近)?", text[sentence[0] + f.mention.end:n.start])]
        if based and not only_less_one and not n.approximate:
            # 本月投诉24件，是10月10件的两倍: the base stated right before 的 and the sentence's figure before it in
            # its unit are the two sides (24 ÷ 10 = 2.4, no 两倍), whatever other pair of the facts gives 2.
            base = based[-1]
            sides = [f for f in stated if f is not base and f.family == base.family
                     and _same_unit(f.mention.unit, base.mention.unit)]
            if len(sides) == 1:
                ratio = sides[0].base / base.base
                if _rounds_to(n, ratio, decimals) or _fits(n, ratio, decimals):
                    return Trace(True, f"{n.text} = {sides[0].mention.text} ÷ {base.mention.text}")
                return Trace(False, None, None, f"；句中{sides[0].mention.text} ÷ {base.mention.text} = "
                                                f"{format_number(round_half_up(ratio, 2))}倍，不是{n.text}")
        told, _ = _months_in(said, self._grain) if self._columns else (set(), set())
        if self._columns and words.least.search(said) and (
                (words.most.search(said) and not told) or len(told) == 1):
            # 最高日是最低日的1.76倍 / 11日…是最低日的1.76倍: the highest (or the named) row of a column
            # over its lowest.
            keys = [k for k in named if k in self._columns] or list(self._columns)
            shown = []
            for key in keys:
                rows = [c for c in self._columns[key] if c.base > 0]
                if len(rows) >= 2 and rows[0].family in (COUNT, PLAIN, DURATION, PERCENT):
                    top, low = max(rows, key=lambda c: c.base), min(rows, key=lambda c: c.base)
                    if told:
                        top = next((c for c in rows if _month_of(c) in told), top)
                    ratio = top.base / low.base
                    if _rounds_to(n, ratio - 1 if only_less_one else ratio, decimals) or _fits(n, ratio, decimals):
                        return Trace(True, f"{n.text} = {top.label} ÷ {low.label}")
                    shown.append(f"{top.label} ÷ {low.label} = {format_number(ratio, 2)}")
            if shown and len(keys) == 1:
                return Trace(False, None, self.subjects[keys[0]].name, f"；表中{shown[0]}，不是{n.text}")
        runs = self._run_multiple(text, n, named, sentence, decimals, only_less_one)
        if runs is not None:
            return runs
        hit = None if only_less_one else self._direct(self._all, n, family, seconds, decimals)
        if hit is not None and hit.label.endswith("倍"):
            return Trace(True, hit.source)  # a multiple the facts state (达到平日的2.6倍)
        grew = _compares(clause) and re.search("增长|提高|提升|增加|上升", clause) is not None
        if _GROWN_TO.search(lead) is not None:
            grew = False
        per = self._per_unit(lead)
        if per is not None and len(per) == 1 and self._per.get(per):
            # 单日来电2134通，约为本月日均的1.6倍: a figure of the sentence over the period's
            # value spread over its days (months, people).
            mean = self._multiple_of_mean(text, n, named, sentence, per, decimals, only_less_one, grew)
            if mean is not None:
                return Trace(True, mean, self.subjects[named[0]].name if named else None)
        if per is not None and len(per) == 1:
            table = self._row_multiple(text, n, named, sentence, per, decimals, only_less_one, grew)
            if table is not None:
                return Trace(True, table, self.subjects[named[0]].name if named else None)
        values: list[tuple[float, str]] = []
        grouped = [k for k in named if self.subjects[k].group]
        if len(grouped) >= 2 and len({self.subjects[k].group for k in grouped}) == 1:
            # 物流查询类是破损理赔类的2倍: the quotient of the two named, not of any two.
            for key in grouped[:2]:
                index = self._by_subject.get(key)
                for fam, items in (index.items.items() if index is not None else ()):
                    if fam != AS_WRITTEN:
                        values.extend((c.base, c.label, c.role or "part") for c in items
                                      if c.base > 0 and key in c.subjects[:1] and not c.row)
        series_of: dict[str, str] = {}
        for key in dict.fromkeys(self.subjects[k].group or k for k in named) if not values else ():
            stated = self._stated.get(key)
            if stated is None:
                continue
            for fam, items in stated.items.items():
                if fam != AS_WRITTEN:
                    values.extend((c.base, c.label, c.role) for c in items if c.base > 0 and c.role not in skip)
                    series_of.update((c.label, c.series) for c in items if c.row)
        if words.against_previous.search(said) and {"value", "previous"} <= {r for _, _, r in values}:
            # 比上季度增长了1.2倍 / 是去年同期的1.2倍: the period's value over that earlier time's.
            values = [v for v in values if v[2] in ("value", "previous")]
        if not values:
            # (…是其余29天日均279.3件的3.2倍: the base stated right before 的 is one side, whether or not it traces —
            # it is checked on its own)
            values = [(f.base, f.mention.text, "") for f in self._sentence_figures(text, sentence)
                      if f.base > 0 and f.mention.kind != "multiple"
                      and (f.traced or re.fullmatch("的(?:约|近|将近|接近)?", text[sentence[0] + f.mention.end:n.start]))]
        for i, (a, la, ra) in enumerate(values):
            for b, lb, rb in values[i + 1:]:
                if ra != rb and not (ra in _IN_TIME and rb in _IN_TIME and _comparable("change", ra, rb)) \
                        and {ra, rb} != {"value", "peer"}:
                    continue  # this period against last (or the peers' level), or two of a kind: not against total
                if (ra == "row") != (rb == "row"):
                    continue  # a month against a month, the period against the period
                if ra == "row" and series_of.get(la) != series_of.get(lb):
                    continue  # a month against a month of one column, not 通 over 件
                big, small, lbig, lsmall = (a, b, la, lb) if a >= b else (b, a, lb, la)
                ratio = big / small
                whole = not only_less_one and _rounds_to(n, ratio, decimals)
                if whole or ((grew or only_less_one) and _rounds_to(n, ratio - 1, decimals)):
                    less = "" if whole else " − 1"
                    return Trace(True, f"{n.text} = {lbig} ÷ {lsmall}{less}",
                                 self.subjects[named[0]].name if named else None)
        text_ratio = self._text_multiple(text, n, sentence, lead, decimals, only_less_one)
        if text_ratio is not None:
            return Trace(True, text_ratio)
        text_ratio = self._text_over_metric(text, n, sentence, clause, decimals, only_less_one, named)
        if text_ratio is not None:
            return Trace(True, text_ratio)
        if not values:
            told = self._text_multiple_named(text, n, sentence, lead, decimals, only_less_one)
            if told is not None:
                return told
        if not named and not values:
            return Trace(False, placed=False)
        who = f"“{self.subjects[named[0]].name}”的" if named else "句中的"
        return Trace(False, None, self.subjects[named[0]].name if named else None,
                     f"；{who}数两两相除都不是{n.text}")

    def _text_multiple(self, text: str, n: NumberMention, sentence: tuple[int, int], lead: str, decimals: int,
                       only_less_one: bool) -> str | None:
        """峰值142通，是平日的约1.8倍 where a fact's text gives 峰值达142通，平日约80通: a figure of the
        sentence that is a number of a fact's text, over the number the same text names by the
        words before 的 (平日)."""
        m = re.search("([\u4e00-\u9fff]{2})的(?:约|近|将近|接近|超过|逾)?$", lead)
        if m is None or not self._text_numbers:
            return None
        noun = m.group(1)
        figures = [f for f in self._sentence_figures(text, sentence)
                   if f.traced and f.base > 0 and f.mention.kind != "multiple" and sentence[0] + f.mention.start < n.start]
        for f in figures:
            for t in self._text_numbers:
                if t.family != f.family or abs(t.base - f.base) > 1e-9 * max(1.0, f.base):
                    continue
                for other in self._text_numbers:
                    if other.series != t.series or other is t or other.family != t.family or other.base <= 0 \
                            or noun not in other.context:
                        continue
                    ratio = f.base / other.base
                    if _rounds_to(n, ratio - 1 if only_less_one else ratio, decimals):
                        less = " − 1" if only_less_one else ""
                        return f"{n.text} = {f.mention.text} ÷ {other.label}{less}"
        return None

    def _text_multiple_named(self, text: str, n: NumberMention, sentence: tuple[int, int], lead: str,
                             decimals: int, only_less_one: bool) -> Trace | None:
        """单日来电峰值比平日增长了3倍 / 是平日的4倍, the sentence stating neither number, where a fact's
        text gives both (单日来电峰值560通，平日约140通): the number the sentence names before (峰值)
        over the one it names after 比 or before 的 (平日) — the quotient, less one after 增长了."""
        m = re.search("([\u4e00-\u9fff]{2})(?:的|(?:增长|增加|提高|提升|上升|多)了?)(?:约|近|将近|接近|超过|逾)?$", lead)
        if m is None or not self._text_numbers:
            return None
        noun = m.group(1)
        head = text[sentence[0]:n.start - len(m.group())]

        def named_by(c: Candidate) -> str:
            # 峰值达到6200通 is named 峰值: its words without the verb.
            return re.sub("(?:达到|达|为|约|是|了|有|至|到|共|近)+$", "", c.context)[-2:]

        for other in self._text_numbers:
            if other.base <= 0 or noun not in other.context:
                continue
            tops = [t for t in self._text_numbers
                    if t.series == other.series and t is not other and t.family == other.family and t.base > 0
                    and len(named_by(t)) == 2 and named_by(t) in head]
            if len(tops) != 1:
                continue
            [top] = tops
            ratio = top.base / other.base
            if _rounds_to(n, ratio - 1 if only_less_one else ratio, decimals) or (
                    not only_less_one and _fits(n, ratio, decimals)):
                less = " − 1" if only_less_one else ""
                return Trace(True, f"{n.text} = {top.label} ÷ {other.label}{less}")
            exact = ratio - 1 if only_less_one else ratio
            return Trace(False, None, None,
                         f"；{top.source.removeprefix('事实 ')}中{top.label} ÷ {other.label}"
                         f"{' − 1' if only_less_one else ''} = {format_number(exact, 2)}，不是{n.text}")
        return None

    def _run_multiple(self, text: str, n: NumberMention, named: list[str], sentence: tuple[int, int],
                      decimals: int, only_less_one: bool) -> Trace | None:
        """上旬来电量是下旬的1.45倍, 下半年是上半年的1.11倍: two runs (or rows) of the table the
        sentence names, the first over the second — their sums, or their means per row where the
        sentence averages (上旬日均是下旬日均的1.59倍) — and not any two rows that land on it."""
        if not self._columns:
            return None
        groups = [g for _, kind, g in self._row_groups(text, (sentence[0], n.start)) if kind == "rows"]
        if len(groups) != 2 or not groups[0] or not groups[1] or groups[0] == groups[1]:
            return None
        said = text[sentence[0]:n.start]
        mean = _words().mean.search(said) is not None
        keys = [k for k in named if k in self._columns] or list(self._columns)
        shown = []
        for key in keys:
            rows = self._columns[key]
            if not rows or rows[0].family not in (COUNT, PLAIN, DURATION):
                continue
            parts = []
            latest = {_month_of(c): c for c in rows}  # a thirteen-month table: this year's row
            for g in groups:
                chosen = [c.base for m, c in latest.items() if m in g]
                if not chosen:
                    break
                parts.append(sum(chosen) / len(chosen) if mean else sum(chosen))
            if len(parts) != 2 or not parts[1]:
                continue
            ratio = parts[0] / parts[1]
            label = f"{self._run_label(rows, groups[0])} ÷ {self._run_label(rows, groups[1])}" + ("（日均）" if mean else "")
            if (not only_less_one and (_rounds_to(n, ratio, decimals) or _fits(n, ratio, decimals))) \
                    or (only_less_one and _rounds_to(n, ratio - 1, decimals)):
                return Trace(True, f"{n.text} = {label}" + (" − 1" if only_less_one else ""))
            shown.append(f"{label} = {format_number(ratio - 1 if only_less_one else ratio, 2)}")
        if shown and len(keys) == 1:
            return Trace(False, None, self.subjects[keys[0]].name, f"；表中{shown[0]}，不是{n.text}")
        if shown and not named:
            # 12月来电比7月增长了1.9倍, no column named: two named rows are the table's to answer,
            # and no column of it gives the figure.
            return Trace(False, None, None, f"；表中{'；'.join(shown[:2])}，都不是{n.text}")
        return None

    def _row_multiple(self, text: str, n: NumberMention, named: list[str], sentence: tuple[int, int], per: str,
                      decimals: int, only_less_one: bool, grew: bool) -> str | None:
        """8月来电量是全年月均的1.25倍, 11月11日接待量约为本周日均的1.4倍: a named row (or a run's
        mean) over the period's mean per month (day, week): the period's value over its months,
        or the column's total over its rows."""
        if not self._columns:
            return None
        groups = [g for g in self._row_groups(text, (sentence[0], n.start)) if g[1] == "rows"]
        if not groups:
            return None
        grain_unit = {"month": "月", "week": "周", "day": "天", "member": "人"}[self._grain]
        keys = [k for k in named if k in self._columns] or list(self._columns)
        for key in keys:
            rows = self._columns[key]
            by_row = {_month_of(c): c.base for c in rows}
            means = []
            if per == grain_unit and by_row:
                means.append((sum(by_row.values()) / len(by_row), f"全部{len(by_row)}行的平均"))
            if self._per.get(per):
                means.extend((c.base / self._per[per], f"{c.label} ÷ {format_number(self._per[per])}")
                             for fam in _MATCHES.get(rows[0].family, (rows[0].family,))
                             for c in self._stated.get(key, _Index()).items.get(fam, ()) if c.role == "value")
            for _, _, g in groups:
                if not g <= set(by_row):
                    continue
                value = sum(by_row[r] for r in g) / len(g)
                for mean, label in means:
                    if not mean:
                        continue
                    ratio = value / mean
                    if (not only_less_one and _rounds_to(n, ratio, decimals)) \
                            or ((grew or only_less_one) and _rounds_to(n, ratio - 1, decimals)):
                        return f"{n.text} = {self._run_label(rows, g)} {format_number(value)} ÷ ({label})"
        return None

    def _quarter_rows(self, text: str) -> frozenset[int] | None:
        """The months of a quarter the text names (一季度, 第二季度, Q3), when the table holds
        all of them and more (in a quarter's own report 二季度 is the whole period)."""
        run = _QUARTER_RUN.findall(text)
        if len(run) == 1 and len(self._row_numbers) >= 12:
            count = 3 * (2 if run[0][1] in "两二" else 3)
            ordered = sorted(self._row_numbers)
            return frozenset(ordered[:count] if run[0][0] in "前头" else ordered[-count:])
        found = _QUARTER_NAMED.findall(text)
        if len(found) != 1:
            return None
        q = "一二三四".find(found[0][0]) + 1 if found[0][0] else int(found[0][1].translate(_FULLWIDTH))
        rows = frozenset(range(3 * q - 2, 3 * q + 1))
        return rows if rows <= self._row_numbers and self._row_numbers - rows else None

    def _from_to(self, text: str, n: NumberMention, family: str, seconds: float | None, decimals: int,
                 sentence: tuple[int, int]) -> Trace | None:
        """由3小时缩短到2小时，缩短了三分之一: a change stated after the two ends the sentence
        gives is the change between those two (whether or not they are in the facts: each end
        is checked as a figure of its own). Decides only for ends that are counts, durations
        or scores (a percent of two rates may mean points), or points of two rates."""
        s_start = sentence[0]
        if _AN_END.search(text, max(s_start, n.start - 12), n.start):
            return None  # 由5层压缩为3层后，转人工率由5月的58%: an end itself, not the change of two before it
        if _words().target.match(text, n.end + (1 if text.startswith("的", n.end) else 0)):
            return None  # 由70%提升至81%，但仍低于85%的目标: the target, no change of the two
        if re.search(f"(?:{_words().target.pattern})(?:{_words().to_close.pattern})$", text[max(s_start, n.start - 10):n.start]):
            return None  # 从45天缩短到32天，离目标还差2天: the gap to the target, no change of the two
        if re.search(f"比(?:{_words().target.pattern})(?:长|短|高|低|多|少|慢|快)了?$", text[max(s_start, n.start - 10):n.start]):
            return None  # 从8.1分钟延长到9.8分钟，比目标长1.8分钟: the gap to the target, no change of the two
        if re.search(f"(?:{_words().target.pattern})(?:为|是)?$", text[max(s_start, n.start - 6):n.start]) \
                or re.match(f"的?(?:全年|年度|本年|今年)(?:{_words().target.pattern})", text[n.end:]):
            return None  # 从22分钟缩短到18分钟，距全年目标15分钟还差…: a target named, no change of the two
        figures = [f for f in self._sentence_figures(text, sentence)
                   if f.mention.kind != "multiple" and s_start + f.mention.end <= n.start]
        if len(figures) < 2:
            return None
        a, b = figures[-2], figures[-1]
        if a.family != b.family or not a.base:
            return None
        head = text[s_start:s_start + a.mention.start]
        between = text[s_start + a.mention.end:s_start + b.mention.start]
        if not re.search(f"[由从](?:去年|上年|上月|上季度|上周|同期|此前|原来|{_END_DATE})?(?:同期)?的?[ ]*$", head) \
                or not re.fullmatch(f"[^，。；,;0-9]{{0,8}}(?:至|到|为)(?:{_END_DATE})?的?[ ]*", between):
            return None
        # 由去年的2.6分钟缩短至2.1分钟: ends named as the facts' values, whose own formula says more;
        # 由5月的58%降至6月的31%: ends the sentence dates, which decide.
        worded = re.search(f"[由从](?:{_END_DATE})?的?[ ]*$", head) is None
        if re.search("[，。；,;]", text[s_start + b.mention.end:n.start]) is None and n.start - (s_start + b.mention.end) > 12:
            return None
        if re.search("[；;]", text[s_start + b.mention.end:n.start]):
            return None  # …从22.4%降到10%以内；月人工工单量减少20%: the next item's change, not of the two (blind round 21)
        if re.search("[，,]", text[s_start + b.mention.end:n.start]) \
                and _words().own_end is not None \
                and _words().own_end.search(text, max(s_start + b.mention.end, n.start - 16), n.start):
            # …从38.5%提到90%以上，人工回访工时降到每月150小时以内: a from→to pair belongs to its own
            # clause; a later comma clause whose figure ends a move of its own (降到, 压到, 提到) is
            # another subject's level, never the change of the pair (round 24's project goal).
            return None
        words = _words()
        said = text[s_start + b.mention.end:n.start]
        moved = [words.move_of[m.group()] for m in words.moves.finditer(said)] if words.moves else []
        moved = [m for m in moved if m in ("up", "down")]
        if moved and a.base != b.base and (moved[-1] == "up") != (b.base > a.base):
            return Trace(False, None, None, f"；句中由{a.mention.text}到{b.mention.text}，"
                                            f"{'是下降' if b.base < a.base else '是上升'}，与所写的变化方向不符")
        change = abs(a.base - b.base)
        if family == PERCENT and a.family in (COUNT, DURATION, SCORE, PLAIN, PERCENT):
            # Of two rates, a percent is their relative change (由20%降至10%，下降50%); their
            # difference is 个百分点, and written as % it is the known slip.
            exact, shown = change / abs(a.base) * 100, f"({a.mention.text} − {b.mention.text}) ÷ {a.mention.text} × 100%"
        elif family == POINTS and a.family == PERCENT:
            exact, shown = change, f"{a.mention.text} − {b.mention.text}"
        elif family in (COUNT, DURATION, SCORE) and a.family == family:
            exact, shown = change / (seconds or 1.0), f"{a.mention.text} − {b.mention.text}"
        else:
            return None
        if _fits(n, exact, decimals) or _rounds_to(n, exact, decimals):
            return None if worded else Trace(True, f"{n.text} = {shown}")
        if family == PERCENT and a.family == PERCENT and _rounds_to(n, change, decimals):
            return None  # 由1.1%降至0.8%，下降0.3%: points written as %, which lint reports once (CS402)
        return Trace(False, None, None, f"；句中由{a.mention.text}到{b.mention.text}，{shown} = "
                                        f"{format_number(exact, max(decimals, 1))}{'%' if family == PERCENT else ''}，不是{n.text}")

    def _multiple_of_mean(self, text: str, n: NumberMention, named: list[str], sentence: tuple[int, int],
                          per: str, decimals: int, only_less_one: bool, grew: bool) -> str | None:
        divisor = self._per[per]
        figures = [f for f in self._sentence_figures(text, sentence)
                   if f.traced and f.base > 0 and f.mention.kind != "multiple" and f.mention.start < n.start]
        if not figures and _words().extremes.search(text, sentence[0], n.start):
            from cswriter.text.numbers import NumberMention
            # 单日来电峰值约为全年日均的3.7倍: the peak the facts' text gives (单日来电最高达2400通).
            figures = [_Stated(NumberMention(0, 0, c.label, c.value, None, c.label.lstrip("0123456789.,"), "count",
                                             False, 1.0), c.family, c.base, True, c.subjects)
                       for c in self._text_numbers
                       if c.family in (COUNT, PLAIN) and _words().extremes.search(c.context)]
        if not figures:
            return None
        keys = [self.subjects[k].group or k for k in named] or list(self._metrics)
        names = {"月": "个月", "天": "天", "周": "周", "年": "年", "人": "人"}
        for key in dict.fromkeys(keys):
            stated = self._stated.get(key)
            for c in (c for fam in (COUNT, PLAIN) for c in (stated.items.get(fam, ()) if stated else ())
                      if c.role == "value" and c.base > 0):
                mean = c.base / divisor
                for f in figures:
                    if f.family not in (COUNT, PLAIN) or (f.mention.unit and not _same_unit(f.mention.unit, c.label)):
                        continue
                    ratio = f.base / mean
                    if (not only_less_one and _rounds_to(n, ratio, decimals)) \
                            or ((grew or only_less_one) and _rounds_to(n, ratio - 1, decimals)):
                        return (f"{n.text} = {f.mention.text} ÷ ({c.label} ÷ "
                                f"{format_number(divisor, 0 if divisor.is_integer() else 2)}{names[per]})")
        return None

    def _run_share(self, key: str, n: NumberMention, decimals: int,
                   months: frozenset[int] | None, aim: bool = False, annual: bool = False) -> str | None:
        """The share of a run of table rows in the period's value (7至8月合计2.39万件，占本季度
        的65.5%): rows of the months the sentence names; with `aim` (截至6月底完成
        年度预算的53.5%), in the target, not in the period's value."""
        rows = self._columns.get(key)
        stated = self._stated.get(key)
        if not rows or stated is None or rows[0].family not in (COUNT, PLAIN):
            return None
        wanted = ("target", "annual_target") if aim else ("value",)
        if aim and annual and any(c.role == "annual_target" for fam in (COUNT, PLAIN) for c in stated.items.get(fam, ())):
            wanted = ("annual_target",)  # 已完成全年目标的48.0%: the year's target, not the half-year's
        wholes = [(c.base, c.label) for fam in (COUNT, PLAIN) for c in stated.items.get(fam, ()) if c.role in wanted]
        if aim and not wholes:
            return None
        count = len(rows)
        prefix = [0.0]
        for c in rows:
            prefix.append(prefix[-1] + c.base)
        if not wholes:
            # A column with no period value of its own: its rows add up to the whole.
            wholes = [(prefix[-1], f"{rows[0].label}至{rows[-1].label}合计")]
        # Up to the whole column: a table of the first five months of a year is a part of it.
        for length in range(1, count + 1):
            for i in range(count - length + 1):
                if months and {_month_of(c) for c in rows[i:i + length]} != months:
                    continue
                part = prefix[i + length] - prefix[i]
                for whole, label in wholes:
                    if whole > 0 and _rounds_to(n, part / whole * 100, decimals):
                        return (f"{n.text} = {rows[i].label}至{rows[i + length - 1].label}合计"
                                f" ÷ {label} × 100%")
        return None

    def _text_pairs(self) -> _Index:
        """Arithmetic on two numbers of one fact's text (灰度期间误转12% … 全量上线后降至3%;
        占当期咨询的33%,平日为19%): differences, quotients and changes, built once."""
        if self._text_pairs_index is None:
            by_series: dict[str, list[Candidate]] = {}
            for c in self._text_numbers:
                by_series.setdefault(c.series, []).append(c)
            out: list[Candidate] = []
            for items in by_series.values():
                # (a time of day, 10点上线…11点恢复, is quoted, never computed with: (11 − 10) ÷ 10 is no change)
                items = [c for c in items if not (c.family == PLAIN and (c.rest or "").startswith("点")
                                                  and 0 <= c.value <= 24)]
                items = items[:12]  # a fact's text, not a table
                for i, a in enumerate(items):
                    for b in items[i + 1:]:
                        count, days = (a, b) if a.family == COUNT else (b, a)
                        if count.family == COUNT and days.family == DURATION and days.seconds == 86400 \
                                and days.value > 1:
                            # 3天内报修27单 → 平均每天9单: a count over the days the text gives.
                            out.append(Candidate(count.value / days.value, COUNT, None, count.subjects,
                                                 f"{count.label} ÷ {days.label}", "", False, role="mean",
                                                 series=a.series))
                        if count.family == COUNT and days.family == DURATION and days.seconds and days.seconds < 86400 \
                                and (_item_unit(count.label) or count.label.endswith("次")):
                            # 远程调试1260人次 … 每次节省约1.5小时 → 累计约1890小时: the time per item
                            # times the items (only where the sentence states the time per item).
                            product = Candidate(count.value * days.value, DURATION, days.seconds, days.subjects,
                                                f"{days.label} × {count.label}", "", False, role="product",
                                                series=a.series)
                            out.append(product)
                            self._pair_of[id(product)] = (days, count)
                        if a.family != b.family or a.seconds != b.seconds or a.value == b.value:
                            continue
                        if a.family == COUNT and _unit_tail(a.label) and _unit_tail(b.label) \
                                and not _same_unit(_unit_tail(a.label), b.label):
                            # 3900件 − 2400通: counts of two things; only a mean (8,460元 ÷ 3笔) is one.
                            big, small = (a, b) if a.value > b.value else (b, a)
                            if small.value > 0:
                                out.append(Candidate(big.value / small.value, a.family, None, a.subjects,
                                                     f"{big.label} ÷ {small.label}", "", False, role="mean",
                                                     series=a.series))
                            continue
                        big, small = (a, b) if a.value > b.value else (b, a)
                        if a.family == COUNT and _unit_tail(a.label) and _unit_tail(a.label) == _unit_tail(b.label) \
                                and a.role == b.role == "text":
                            # 新增条目136条，修订58条 → 合计194条: two counts of one text in one unit, added
                            # (only where the sentence names both by the text's words: _in_text_pairs).
                            total = Candidate(a.value + b.value, COUNT, None, a.subjects, f"{a.label} + {b.label}",
                                              "", False, role="sum", series=a.series)
                            out.append(total)
                            self._pair_of[id(total)] = (a, b)
                        fam = POINTS if a.family == PERCENT else a.family
                        diff = Candidate(big.value - small.value, fam, a.seconds, a.subjects,
                                         f"{big.label} − {small.label}", "", False, role="difference",
                                         series=a.series)
                        out.append(diff)
                        self._pair_of[id(diff)] = (big, small)
                        if small.value > 0 and a.family in (COUNT, PLAIN):
                            # 3笔共计8,460元 → 每笔2,820元: a total over a count.
                            out.append(Candidate(big.value / small.value, a.family, None, a.subjects,
                                                 f"{big.label} ÷ {small.label}", "", False, role="mean",
                                                 series=a.series))
                        if small.value > 0:
                            ratio = Candidate(small.value / big.value * 100, PERCENT, None, a.subjects,
                                              f"{small.label} ÷ {big.label} × 100%", "", False,
                                              role="ratio", series=a.series)
                            out.append(ratio)
                            self._pair_of[id(ratio)] = (small, big)  # (the part, the whole)
                            # A change is divided by the earlier value: the one the text states first,
                            # unless the other is named as the earlier (4210通，较去年同期的3150通).
                            base, other = (b, a) if _EARLIER.search(b.context) and not _EARLIER.search(a.context) \
                                else (a, b)
                            spans = _span_frames(a) and _span_frames(b)
                            if base.value > 0 and not spans:
                                # (two spans of days, 12月3日至6日4天共5600件 and 此前3天共2800件, frame the text's
                                # counts: a change of their lengths is no figure — tracer round 48)
                                change = Candidate(abs(other.value - base.value) / base.value * 100, PERCENT, None,
                                                   a.subjects, f"({other.label} − {base.label}) ÷ {base.label} × 100%",
                                                   "", False, role="change", series=a.series)
                                out.append(change)
                                self._pair_of[id(change)] = (base, other)  # (the base, the other)
                            if other.value > 0 and not spans:
                                # …or over the later one, only where a sentence names it after 比
                                # (峰值比平日增长300% where the text gives 峰值 first).
                                named_base = Candidate(abs(base.value - other.value) / other.value * 100, PERCENT,
                                                       None, a.subjects,
                                                       f"({base.label} − {other.label}) ÷ {other.label} × 100%",
                                                       "", False, role="change_named", series=a.series)
                                out.append(named_base)
                                self._pair_of[id(named_base)] = (other, base)
            self._text_pairs_index = _Index.build(out)
        return self._text_pairs_index

    def _in_text_pairs(self, text: str, n: NumberMention, family: str, seconds: float | None, decimals: int,
                       sentence: tuple[int, int], clause: str, of_whole: bool,
                       stated_only: bool = False, named: Iterable[str] = ()) -> str | None:
        """A difference (where the clause compares), a quotient (占, …的X) or a change of two
        numbers of one fact's text; with `stated_only`, one of the two must stand in the sentence."""
        if not self._text_numbers:
            return None
        words = _words()
        compares = _compares(clause) or words.remainder.search(clause) is not None
        roles = set()
        if compares and not of_whole and not (
                self._previous_kind and words.previous_said[self._previous_kind].search(clause)
                and any(self._metrics[k].previous is not None for k in named if k in self._metrics)):
            # 一次解决率较上季度提升1.5%: over the metric's own earlier value, not a change between
            # two numbers a fact's text gives (the months in a problem's evidence).
            roles.update(("difference", "change", "change_named"))
        if family == PERCENT and (of_whole or words.ratio.search(clause)):
            roles.add("ratio")
        # 23位客户中，最终有14位完成续保 (the text: 其中9位未能续保): the rest of a total the
        # sentence states, without a compare word.
        rest_of_shown = family in (COUNT, PLAIN) and not compares and not of_whole
        if family not in (PERCENT, POINTS):
            roles.discard("change")
            roles.discard("change_named")
            if words.mean.search(clause) and n.unit:
                roles.add("mean")
        if rest_of_shown:
            roles.add("difference")
        if family in (COUNT, PLAIN) and words.sum.search(clause):
            roles.add("sum")
        if family == DURATION and words.sum.search(clause) and "每" in text[sentence[0]:n.start]:
            roles.add("product")
        if not roles:
            return None
        shown = {f.mention.text for f in self._sentence_figures(text, sentence)} \
            if stated_only or rest_of_shown or "product" in roles else set()
        # Two numbers of a fact's text about the subject named (上半年某类来电月均330件 … 下半年降至
        # 243件): their change, unless the clause measures against a target.
        by_subject = set(named) if not words.target.search(clause) else set()
        index = self._text_pairs()
        low, high = _precision_window(n, decimals)
        scale = seconds or 1.0
        # 字段缺失类占未迁移工单的35.1%: the part is the text's number named by those words.
        said_part = _PART_NOUN.search(clause) if family == PERCENT else None
        part_noun = said_part.group(1)[-2:] if said_part else ""
        said_whole = _WHOLE_NOUN.search(clause) if family == PERCENT else None
        per_item = _item_unit(m.group(1)) if (m := _PER_ITEM.search(clause)) else None
        per_said = self._per_unit(clause) if roles & {"mean"} else None
        whole_noun = said_whole.group(1)[-2:] if said_whole else ""
        # 占不满意人次的: the words before the unit the whole is counted in (不满意 of 不满意的111人次).
        whole_head = said_whole.group(1)[:-2][-2:] if said_whole and len(said_whole.group(1)) >= 4 else ""
        if part_noun == whole_noun:
            # 获得补偿券的游客占滞留游客的…: the noun both are counted in tells neither apart.
            part_noun = whole_noun = ""
        # 平均每天完成改约约453单: the mean is of the text's number done by that verb (完成…改约),
        # not of another count of the same text (积压预约1360单).
        said_verb = _MEAN_VERB.search(text[max(sentence[0], n.start - 40):n.start]) if "mean" in roles else None
        mean_verb = said_verb.group(1)[:2] if said_verb else ""
        for fam in _MATCHES.get(family, ()):
            for c in index.between(fam, low * scale, high * scale):
                if c.role not in roles or (family == POINTS) != (c.family == POINTS):
                    continue
                if part_noun and c.role == "ratio":
                    part = self._pair_of.get(id(c), (None, None))[0]
                    # (…64人次因诉求未解决 said as 因诉求未解决而不满意的占…: the words after it name it)
                    # (…以上的37件 said as 2000元以上的大额赔付占…: the words before it name it too)
                    if part is not None and part_noun not in part.context \
                            and not (len(part.after) >= 2 and part.after[:2] in clause) \
                            and not (len(own := part.context.rstrip("的中有为共计是")[-2:]) == 2 and own in clause) \
                            and any(
                            part_noun in t.context for t in self._text_numbers if t.series == c.series):
                        continue  # the text names another number by the sentence's words
                if whole_head and c.role == "ratio":
                    whole = self._pair_of.get(id(c), (None, None))[1]
                    if whole is not None and whole_head not in whole.context and any(
                            whole_head in t.context for t in self._text_numbers if t.series == c.series):
                        continue  # 占复查户数的: over the number the text gives 复查 with (复查的48户)
                if whole_noun and c.role == "ratio":
                    whole = self._pair_of.get(id(c), (None, None))[1]
                    # (占不满意人次的: 人次 is the unit the whole is counted in, 111人次, not another noun)
                    if whole is not None and whole_noun not in whole.context + whole.after \
                            and not (whole.label.endswith(whole_noun) and whole_head
                                     and whole_head in whole.context) and any(
                            whole_noun in t.context + t.after for t in self._text_numbers if t.series == c.series):
                        continue  # 占超时工单的…: over the number the text gives 工单 with
                if stated_only and not any(t and t in c.label for t in shown) and not (
                        by_subject and c.role in ("difference", "change") and set(c.subjects[1:]) & by_subject
                        and (c.role == "difference" or self._falls_from_larger(c, clause))) \
                        and not (c.role in ("ratio", "sum") and self._ratio_words_said(c, text, n, sentence)):
                    continue  # one of the two in the sentence, or the text's numbers of the subject named
                if rest_of_shown and c.role == "difference" and not (
                        c.label.partition(" − ")[0] in shown and c.label.partition(" − ")[0] != n.text):
                    continue  # without a compare word, only the rest of the total the sentence states
                if c.role == "sum" and not self._ratio_words_said(c, text, n, sentence):
                    continue  # 新增和修订条目合计: both counts named by the text's own words
                if c.role == "difference" and "sum" in roles and words.sum.search(clause) \
                        and self._ratio_words_said(c, text, n, sentence):
                    continue  # …合计31条 of the two counts named: their total, not their difference
                if c.role == "product" and not any(
                        t and t.lstrip("约近") and self._pair_of[id(c)][0].label.endswith(t.lstrip("约近")) for t in shown):
                    continue  # 每次约1.5小时 stated in the sentence: the time per item the product takes
                if c.role == "mean" and not c.label.partition(" ÷ ")[0].endswith(n.unit):
                    continue  # 每笔2,820元 is 元 over 笔, not 笔 over 元
                if c.role == "mean" and per_item and _item_unit(c.label.partition(" ÷ ")[2]) not in (None, per_item):
                    continue  # 每笔平均42.9元 divides by the refunds (286笔), not by the users (约300名)
                if c.role == "mean" and "人均" in clause and _item_unit(c.label.partition(" ÷ ")[2]) != "人":
                    continue  # 人均6次 divides by the people, not by the sessions (30人次 ÷ 5场)
                if c.role == "mean" and per_said in _PER_DIVISOR \
                        and not c.label.partition(" ÷ ")[2].endswith(_PER_DIVISOR[per_said]):
                    continue  # 平均每天约180公里 divides by the days (360公里 ÷ 2天), not by the 3名 staff
                if mean_verb and c.role == "mean" and self._other_doer(c, mean_verb):
                    continue  # the text gives the verb's count as another number
                if c.role == "difference" and self._pair_against(clause, *self._pair_of.get(id(c), (None, None))):
                    continue  # 周末比工作日快11秒 where the weekend's 26秒 is the slower
                if c.role == "difference" and self._pair_of_other_side(clause, *self._pair_of.get(id(c), (None, None))):
                    continue  # 超出目标30秒 is no 比上周210秒长30秒 of a fact's text
                if c.role == "difference" and self._names_subtracted(text, n, sentence, self._pair_of.get(id(c))):
                    continue  # 房东评价570条，其中好评84条: 好评 names the text's 486, not the rest 570 − 486
                if c.role == "change" and _moves(clause) and not self._falls_from_larger(c, clause):
                    continue  # 增长了33.3% is no fall from 1.8次 to 1.2次
                if c.role == "change" and self._other_base(clause, *self._pair_of.get(id(c), (None, None))):
                    continue  # 比工作日长42.3%: divided by the weekday's 15秒, not the weekend's 26秒
                if c.role == "change_named" and not self._other_base(clause, *reversed(self._pair_of.get(id(c), (None, None)))):
                    continue  # over the number the text gives second: only where the clause names it after 比
                if c.role == "change_named" and _moves(clause) and not self._falls_from_larger(c, clause):
                    continue
                exact = c.base / scale if family == DURATION else c.value
                if _rounds_to(n, exact, decimals) or (c.role == "change" and "分之" in n.text and _fits(n, exact, decimals)):
                    if c.role == "ratio" and not stated_only and not self._ratio_words_said(c, text, n, sentence) \
                            and any(r.role == "ratio" and r.series != c.series
                                    and self._ratio_words_said(r, text, n, sentence)
                                    for r in index.items.get(PERCENT, ())):
                        continue  # the sentence names another text's part and whole (大额赔付占赔付申请的)
                    return f"{n.text} = {c.label}（事实 {c.series}）"
        return None

    @staticmethod
    def _names_subtracted(text: str, n: NumberMention, sentence: tuple[int, int], pair) -> bool:
        """房东评价570条、好评486条 and a sentence's 其中好评84条: the words right before the figure are
        the ones the text puts before the smaller number of the pair, with no word of the rest
        (非, 以外, 其余, 未, 差…) before them, so the figure claims that number, not the difference."""
        if not pair or pair[1] is None or len(pair[1].context) < 2:
            return False
        tail = pair[1].context[-2:]
        head = text[max(sentence[0], n.start - 8):n.start]
        m = re.search(re.escape(tail) + "(?:有|为|是|共|约|达|数)?$", head)
        if m is None or tail in (pair[0].context or "")[-2:]:
            return False
        return not re.search("非|以外|之外|其余|其他|未|没|不|差|剩", head[max(0, m.start() - 3):m.start()])

    def _ratio_words_said(self, c: Candidate, text: str, n: NumberMention, sentence: tuple[int, int]) -> bool:
        """物业类工单按时办结率89.9% where a note says 物业类1380件，按时办结1240件: a rate of two
        numbers of one fact's text that the sentence names both by the text's own words (the
        whole's and the part's, each the two characters next to its number), though it states
        neither number."""
        part, whole = self._pair_of.get(id(c), (None, None))
        if part is None or whole is None or part.family != COUNT or whole.family != COUNT:
            return False
        said = text[max(sentence[0], n.start - _WINDOW):n.start]
        # 项目的目标是：用半年把报修完工回访改为机器人外呼：回访覆盖率从40.2%提到85%以上: the words before a
        # colon are the head of the list after it (what the project changes), naming no two numbers
        # of a note for the figure (85%以上 is no 2740 ÷ 3200 of the note's 完工 and 机器).
        said = said[max(said.rfind("："), said.rfind(":")) + 1:]

        def named(t: Candidate) -> set[str]:
            words = (t.context.rstrip("的中有为共计是")[-2:], t.after[:2])
            return {w for w in words if len(w) == 2 and w in said}

        a, b = named(part), named(whole)
        return any(x != y for x in a for y in b)

    @staticmethod
    def _said_verb(said: str, n: NumberMention) -> str:
        """The verb a per-day mean counts (日均送达约84单 → 送达), from the sentence up to the figure."""
        at = said.find(n.text)
        m = _MEAN_VERB.search(said[max(0, at - 40):at]) if at > 0 else None
        return m.group(1)[:2] if m else ""

    def _other_doer(self, c: Candidate, verb: str) -> bool:
        """A mean's numerator (c's label before ÷) is not the number of its text the verb goes
        with, and another number of that text in its unit is (到诊214人 against 登记预约240人)."""
        top = c.label.partition(" ÷ ")[0]
        peers = [t for t in self._text_numbers if t.series == c.series and t.family == COUNT]
        num = next((t for t in peers if t.label == top), None)
        if num is None or verb in num.context + num.after:
            return False
        unit = _unit_tail(top)
        return any(verb in t.context + t.after for t in peers
                   if t is not num and unit and _same_unit(unit, t.label))

    def _per_item_mean(self, text: str, n: NumberMention, family: str, sentence: tuple[int, int],
                       item: str | None) -> str | None:
        """退款合计12870元，每笔平均42.9元 where a fact's text gives 286笔退款: the mean per item of a
        total the sentence states is that total over the text's one count in the item's unit — or wrong."""
        shown = {f.mention.text for f in self._sentence_figures(text, sentence)} - {n.text}
        means = [c for fam in _MATCHES.get(family, ()) for c in self._text_pairs().items.get(fam, ())
                 if c.role == "mean" and c.label.partition(" ÷ ")[0] in shown
                 and c.label.partition(" ÷ ")[0].endswith(n.unit)
                 and _item_unit(c.label.partition(" ÷ ")[2]) == item]
        if len({c.value for c in means}) != 1:
            return None
        c = means[0]
        return f"；{c.label} = {_plain(round(c.value, 2))}{n.unit}（事实 {c.series}），不是{n.text}"

    def _against_whole(self, named: list[str], n: NumberMention, family: str, seconds: float | None,
                       decimals: int, clause: str) -> str | None:
        """夜间平均应答时长比全天多12秒: a part of the day (or of the period) against the metric
        whose name ends its name, the whole's value as the base, in the direction the clause says."""
        words = _words()
        moved = [words.move_of[m.group()] for m in words.moves.finditer(clause)] if words.moves else []
        moved = [m for m in moved if m in ("up", "down")]
        scale = seconds or 1.0
        for key in named:
            name = self.subjects[key].name
            mains = [k for k, info in self._metrics.items()
                     if k != key and info.name != name and name.endswith(info.name)]
            index = self._stated.get(key)
            if not mains or index is None:
                continue
            for main in mains:
                whole = [c for fam in (COUNT, DURATION, SCORE, PLAIN, PERCENT)
                         for c in self._stated.get(main, _Index()).items.get(fam, ()) if c.role == "value"]
                for w in whole:
                    for c in index.items.get(w.family, ()):
                        if c.role in ("target", "annual_target") or c.source.endswith(".target") or not w.base:
                            continue
                        if moved and (c.base > w.base) != (moved[-1] == "up"):
                            continue
                        if family == PERCENT and w.family != PERCENT:
                            exact, shown = abs(c.base - w.base) / w.base * 100, f"({c.label} − {w.label}) ÷ {w.label} × 100%"
                        elif family == POINTS and w.family == PERCENT or family == w.family and family != PERCENT:
                            exact, shown = abs(c.base - w.base) / scale, f"{c.label} − {w.label}"
                        else:
                            continue
                        if _rounds_to(n, exact, decimals):
                            return f"{n.text} = {shown}"
        return None

    def _text_against_metric(self, n: NumberMention, family: str, seconds: float | None, decimals: int,
                             clause: str, months: frozenset[int] | None, named: Iterable[str] = ()) -> str | None:
        """欧洲站退款平均8.2天，比整体平均多1.4天 / 晚高峰比45秒的目标多16秒, where a fact's text gives
        8.2天 (61秒) of a part of the metric: that number against the metric's value, or its target
        where the clause names one, in the direction the clause says. The text's number is the
        metric's when the text names the metric, the sentence names it, or it is the only metric
        in that unit; a number the text gives for a month only where the sentence names that month."""
        if family not in (COUNT, DURATION, PERCENT, POINTS, SCORE) or not self._text_numbers:
            return None
        words = _words()
        to_target = words.target.search(clause) is not None
        moved = [words.move_of[m.group()] for m in words.moves.finditer(clause)] if words.moves else []
        moved = [m for m in moved if m in ("up", "down")]
        own = PERCENT if family == POINTS else family
        infos = {k: i for k, i in self._metrics.items()
                 if (i.target if to_target else i.value) and family_of(i.unit, i.kind)[0] == own}
        if not infos:
            return None
        scale = seconds or 1.0
        for t in self._text_numbers:
            if t.role != "text" or t.family != own or (t.month and (not months or _month_number(t.month.rstrip("月")) not in months)):
                continue
            if t.source.startswith("事实 plans[") and not _PLANNED.search(clause):
                continue  # a plan's aim (物业费收缴率提到96.0%) is no part of the metric to compare with its value
            for key in self._text_metrics(t, infos, named):
                info = infos[key]
                v = info.target if to_target else info.value
                v_base = v * (family_of(info.unit, info.kind)[1] or 1.0)
                if v_base == t.base or moved and (t.base > v_base) != (moved[-1] == "up"):
                    continue
                if family == PERCENT and own == PERCENT:
                    continue  # a rate's gap is in points
                exact = abs(t.base - v_base) / scale
                if _rounds_to(n, exact, decimals):
                    ends = [f"{t.label}（{t.source}）",
                            f"“{info.name}”{'目标' if to_target else '本期'}{format_number(v)}{info.unit}"]
                    return f"{n.text} = " + " − ".join(ends if t.base > v_base else ends[::-1])
        if family == PERCENT and to_target:
            # 8月办理时长超出目标40.0% where a problem's evidence gives 8月21天 against the 15天
            # target: a number of the metric's own text (its problem) against the target, over it.
            for t in self._text_numbers:
                if t.role != "text" or t.family not in (COUNT, DURATION) \
                        or (t.month and (not months or _month_number(t.month.rstrip("月")) not in months)):
                    continue
                bases = {k: i for k, i in self._metrics.items()
                         if (i.target if to_target else i.value) and family_of(i.unit, i.kind)[0] == t.family}
                for key in [k for k in (set(t.subjects) | set(named)) & set(bases) if _same_unit(bases[k].unit, t.label)]:
                    info = bases[key]
                    v = info.target
                    v_base = v * (family_of(info.unit, info.kind)[1] or 1.0)
                    if v_base <= 0 or v_base == t.base or moved and (t.base > v_base) != (moved[-1] == "up"):
                        continue
                    if _rounds_to(n, abs(t.base - v_base) / v_base * 100, decimals):
                        end = f"“{info.name}”目标{format_number(v)}{info.unit}"
                        return f"{n.text} = |{t.label}（{t.source}） − {end}| ÷ {end} × 100%"
        return None

    @staticmethod
    def _text_metrics(t: Candidate, infos: dict[str, MetricInfo], named: Iterable[str] = ()) -> list[str]:
        """The metrics a number of a fact's text may be a part of: those its text names, else
        those the sentence names, else the one metric in its unit."""
        keys = [k for k in infos if k in t.subjects] or [k for k in infos if k in named]
        if not keys:
            fitting = [k for k, i in infos.items() if _same_unit(i.unit, t.label)]
            keys = fitting if len(fitting) == 1 else []
        return keys

    def _text_over_metric(self, text: str, n: NumberMention, sentence: tuple[int, int], clause: str,
                          decimals: int, only_less_one: bool, named: Iterable[str]) -> str | None:
        """8月空调报修平均完工96小时，是项目平均水平的2.1倍, where a fact's text gives 96小时 of a part
        of the metric: that number (stated in the sentence) over the metric's value, or its
        target where the clause names one."""
        words = _words()
        if not self._text_numbers or not (words.whole_level.search(clause) or words.target.search(clause)):
            return None
        to_target = words.target.search(clause) is not None
        said = [f for f in self._sentence_figures(text, sentence)
                if f.traced and f.base > 0 and f.mention.kind != "multiple" and sentence[0] + f.mention.start < n.start]
        for f in said:
            for t in self._text_numbers:
                if t.role != "text" or t.family != f.family or abs(t.base - f.base) > 1e-9 * max(1.0, f.base):
                    continue
                infos = {k: i for k, i in self._metrics.items()
                         if (i.target if to_target else i.value) and family_of(i.unit, i.kind)[0] == t.family}
                for key in self._text_metrics(t, infos, named):
                    info = infos[key]
                    v = info.target if to_target else info.value
                    ratio = t.base / (v * (family_of(info.unit, info.kind)[1] or 1.0))
                    if _rounds_to(n, ratio - 1 if only_less_one else ratio, decimals):
                        less = " − 1" if only_less_one else ""
                        return (f"{n.text} = {t.label}（{t.source}） ÷ “{info.name}”"
                                f"{'目标' if to_target else '本期'}{format_number(v)}{info.unit}{less}")
        if not said:
            # 周六上午候诊时长是目标的两倍多, the sentence stating no number, where a fact's text gives
            # 周六上午平均候诊41分钟 of the metric: the one text number whose own words (four
            # characters, none of the metric's name) the sentence names, over the value or target.
            head = text[sentence[0]:n.start]
            named = list(named)
            infos = {k: i for k, i in self._metrics.items()
                     if (i.target if to_target else i.value) and k in named}
            hits = []
            for t in self._text_numbers:
                own = re.split("[，,、：:]", t.lead)[-1]  # its own clause
                if t.role != "text" or t.base <= 0 or len(own) < 4:
                    continue
                for key in self._text_metrics(t, infos, named):
                    info = infos[key]
                    if family_of(info.unit, info.kind)[0] != t.family:
                        continue
                    if any(own[i:i + 4] in head and not set(own[i:i + 4]) & set(info.name)
                           for i in range(len(own) - 3)):
                        hits.append((t, info))
            if len(hits) == 1:
                [(t, info)] = hits
                v = info.target if to_target else info.value
                ratio = t.base / (v * (family_of(info.unit, info.kind)[1] or 1.0))
                if _rounds_to(n, ratio - 1 if only_less_one else ratio, decimals) or (
                        not only_less_one and _fits(n, ratio, decimals)):
                    less = " − 1" if only_less_one else ""
                    return (f"{n.text} = {t.label}（{t.source}） ÷ “{info.name}”"
                            f"{'目标' if to_target else '本期'}{format_number(v)}{info.unit}{less}")
        return None

    def _rescaled(self, text: str, n: NumberMention, clause: tuple[int, int],
                  sentence: tuple[int, int]) -> Trace | None:
        """按5分制折算，满意度约4.6分 / 96.3分折合五分制约4.82分: a score the sentence says is written
        out of another full mark than its metric's is that metric's value (target, earlier value)
        × the mark ÷ the metric's scale, or wrong. A scale word before the figure in its
        sentence, or right after it (4.6分（五分制）), says so; its own scale restates nothing."""
        words = _words()
        said = [m for m in words.scales.finditer(text, sentence[0], n.start)]
        after = words.scales.search(text, n.end, min(clause[1], n.end + 3))
        m = after or (said[-1] if said else None)
        if m is None:
            return None
        mark = words.scale_of[m.group()]
        infos = [(k, i) for k, i in self._metrics.items() if i.kind == "score" and i.unit == "分" and i.value]
        named = {k for _, _, keys in self._mentions(text, sentence[0], sentence[1]) for k in keys}
        infos = [p for p in infos if p[0] in named] or infos
        decimals = _decimals(n.precision)
        # The value, unless the sentence says the target or the earlier time is restated.
        head = text[sentence[0]:n.start]
        if self._own_named is not None:
            head = self._own_named.sub("·", head)  # 2025年 in 2025's report is no earlier time
        kind = "目标" if words.target.search(head) else (self._previous_word or "上期") \
            if words.previous.search(head) else "本期"
        shown = []
        for key, info in infos:
            scale = info.scale or (5.0 if info.value <= 5 else 10.0 if info.value <= 10 else 100.0)
            if scale == mark:
                return None  # written on its own scale: the ordinary trace
            for role, v in (("本期", info.value), ("目标", info.target), (self._previous_word or "上期", info.previous)):
                if v is None or role != kind:
                    continue
                exact = v * mark / scale
                if _rounds_to(n, exact, decimals):
                    return Trace(True, f"{n.text} = “{info.name}”{role}{format_number(v)}分 × "
                                       f"{format_number(mark)} ÷ {format_number(scale)}", info.name)
            v = {"本期": info.value, "目标": info.target}.get(kind, info.previous)
            if v is not None:
                shown.append((info, v, _plain(round(v * mark / scale, 2))))
        if len(shown) != 1:
            return None
        info, v, value = shown[0]
        return Trace(False, None, info.name,
                     f"；“{info.name}”{kind}{format_number(v)}分按{m.group()}折合{value}分，不是{n.text}")

    def _row_of_rate(self, key: str, n: NumberMention, decimals: int, months: frozenset[int]) -> Trace | None:
        """A rate metric with no column of its own whose period value is the quotient of two count
        columns' totals (一次解决工单数 ÷ 来电接听量 = 86.0%): a month's rate is that row's quotient,
        the rate of several months (8月和9月, 这两个月) the quotient of their rows' sums."""
        info = self._metrics.get(key)
        if info is None or info.kind != "rate" or not info.value or key in self._columns:
            return None
        counts = [rows for rows in self._columns.values()
                  if rows and all(c.family == COUNT for c in rows)]
        for part in counts:
            for whole in counts:
                total = sum(c.base for c in whole)
                if part is whole or not total or abs(sum(c.base for c in part) / total * 100 - info.value) > 0.05:
                    continue
                a = [c for c in part if _month_of(c) in months]
                b = [c for c in whole if _month_of(c) in months]
                if len(a) != len(months) or len(b) != len(months) or not sum(c.base for c in b):
                    return None
                exact = sum(c.base for c in a) / sum(c.base for c in b) * 100
                if len(a) == 1:
                    shown = f"{a[0].label}（{a[0].source}）÷ {b[0].label}（{b[0].source}）× 100%"
                    said, top, bottom = _row_name(min(months), self._grain), a[0].label, b[0].label
                else:
                    shown = "(" + " + ".join(f"{c.label}（{c.source}）" for c in a) + ") ÷ (" \
                        + " + ".join(f"{c.label}（{c.source}）" for c in b) + ") × 100%"
                    said = "、".join(_row_name(m, self._grain) for m in sorted(months))
                    top = "(" + " + ".join(c.label for c in a) + ")"
                    bottom = "(" + " + ".join(c.label for c in b) + ")"
                if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
                    return Trace(True, f"{n.text} = {shown}", info.name)
                return Trace(False, None, info.name, f"；“{info.name}”{said}为{top} ÷ {bottom} = {_plain(round(exact, 2))}%，不是{n.text}")
        return None

    def _listed_heads(self, text: str, n: NumberMention, sentence: tuple[int, int], family: str,
                      named: list[str]) -> Trace | None:
        """积分和会员卡两类合计占52.3% where the categories are 积分查询兑换 and 会员卡办理挂失: a
        list counted by 两类/三项 whose items are the heads of the names of one list's items (each
        the start of one name only) is those items, summed; nothing else."""
        m = next(reversed(list(_HEAD_LIST.finditer(text, sentence[0], n.start))), None)
        if m is None or re.search("[，,；;。]", text[m.end():n.start]) or not _words().sum.search(text, m.end(), n.start) and "占" not in text[m.end():n.start]:
            return None
        if any(w in text[m.end():n.start] for w in _words().respectively):
            return None  # A、B、C三类分别占32%、24%: each item's own figure, no sum
        items = [i for i in re.split("[、和与及]", m.group("items")) if i]
        if "、" in m.group("items"):
            # 屏幕、电池、进水与主板三类 where 进水与主板 is a category's own name: a piece between
            # 、 that begins one name whole stays one item.
            items = [i for piece in m.group("items").split("、") if piece
                     for i in ((piece,) if sum(s.group is not None and s.name.startswith(piece)
                                               for s in self.subjects.values()) == 1
                               else re.split("[和与及]", piece)) if i]
        count = _month_number(m.group("count").replace("两", "二")) if not m.group("count").isdigit() \
            else int(m.group("count"))
        if len(items) != count or len(items) < 2:
            return None
        keys: list[str] = []
        for item in items:
            owners = [k for k, subj in self.subjects.items() if subj.group and subj.name.startswith(item)]
            if len(owners) != 1 or owners[0] in keys:
                return None
            keys.append(owners[0])
        if len({self.subjects[k].group for k in keys}) != 1 or not set(named) <= set(keys):
            return None  # every subject the sentence names is an item of the list
        parts = self._listed_parts(keys, family)
        if parts is None or len(parts) != len(keys):
            return None
        decimals = _decimals(n.precision)
        source = self._listed(keys, n, family, decimals)
        if source is not None:
            return Trace(True, source, self.subjects[keys[0]].name)
        total = _plain(round(sum(c.value for c in parts), 2)) + ("%" if family == PERCENT else "")
        return Trace(False, None, self.subjects[keys[0]].name,
                     "；所列各项之和为" + " + ".join(c.label for c in parts) + f" = {total}，不是{n.text}")

    def _text_part_share(self, n: NumberMention, decimals: int, clause: str) -> str | None:
        """表具更换类占超时工单的四成以上 where a fact's text gives 表具更换85件 of 320件工单: the
        share is that one (26.6 %); another value is wrong, whatever else it lands near."""
        part_m, whole_m = _PART_NOUN.search(clause), _WHOLE_NOUN.search(clause)
        if part_m is None or whole_m is None:
            return None
        part_noun, whole_noun = part_m.group(1)[-2:], whole_m.group(1)[-2:]
        for part in self._text_numbers:
            if part_noun not in part.context:
                continue
            wholes = [t for t in self._text_numbers if t.series == part.series and t.value > part.value
                      and whole_noun in t.context + t.after]
            if len(wholes) != 1:
                continue
            exact = part.value / wholes[0].value * 100
            if _fits(n, exact, decimals) or _rounds_to(n, exact, decimals):
                return None
            return (f"；{part.source.removeprefix('事实 ')}中{part.label} ÷ {wholes[0].label} = "
                    f"{format_number(exact, 1)}%，不是{n.text}")
        return None

    def _group_totals(self) -> list[tuple[float, str, str]]:
        """The sum of a list's counts where every item has one (categories, complaint types),
        with the list's key."""
        out = []
        for key in ("categories", "complaint_types"):
            items = [c for fam in (COUNT, PLAIN) for c in self._stated.get(key, _Index()).items.get(fam, ())
                     if c.role == "count" and key in c.subjects]
            if len(items) >= 2:
                out.append((sum(c.base for c in items), "各类合计", key))
        return out

    def _falls_from_larger(self, c: Candidate, clause: str) -> bool:
        """A change of two text numbers in the direction the clause says: a fall from the
        larger (divided by it), a rise from the smaller; False where the clause says neither."""
        base, other = self._pair_of.get(id(c), (None, None))
        words = _words()
        moved = [words.move_of[m.group()] for m in words.moves.finditer(clause)] if words.moves else []
        moved = [m for m in moved if m in ("up", "down")]
        if base is None or not moved:
            return False
        return (base.value > other.value) == (moved[-1] == "down")

    def _pace(self, named: list[str], n: NumberMention, decimals: int, lead: str, per: str | None) -> str | None:
        """A part of a year carried to the year (按目前进度，全年预计936单: 468 × 12 ÷ 6), or the
        rest of the annual target spread over the months left (下半年每月需完成72单才能达到
        全年目标: (900 − 468) ÷ 6)."""
        words = _words()
        months = self._per.get("月", 12.0)
        if months >= 12:
            return None
        project = words.projection.search(lead) is not None and per is None
        need = per == "月" and words.need.search(lead) is not None and words.target.search(lead) is not None
        if not (project or need):
            return None
        keys = named or list(self._metrics)
        for key in keys:
            stated = self._stated.get(key)
            if stated is None:
                continue
            items = [c for fam in (COUNT, PLAIN) for c in stated.items.get(fam, ())]
            for c in items:
                if c.role != "value":
                    continue
                if project and _fits(n, c.base * 12 / months, decimals):
                    return f"{n.text} = {c.label} × 12 ÷ {format_number(months)}个月"
                if need:
                    for t in items:
                        if t.role == "annual_target" and t.base > c.base and _fits(
                                n, (t.base - c.base) / (12 - months), decimals):
                            return (f"{n.text} = ({t.label} − {c.label}) ÷ "
                                    f"{format_number(12 - months)}个月")
        return None

    def _across_metrics(self, n: NumberMention, family: str, decimals: int, named: list[str],
                        clause: str, parts: list[str] | None = None, of_whole: bool = False) -> str | None:
        """A quotient of two metrics' values of this period: the share of one count in
        another the sentence names (下单人数占咨询人数的25%, 退卡处理量相当于来电量的4.2%:
        `of_whole`, both named), or an amount per unit (销售额537,600元，客单价256元: 销售额 ÷
        下单人数) where the clause averages."""
        words = _words()
        if self._metric_values is None:
            self._metric_values = {key: [c for fam in (COUNT, PLAIN) for c in self._stated[key].items.get(fam, ())
                                         if c.role == "value"]
                                   for key in self._metrics if key in self._stated}
        values = self._metric_values
        if family in (COUNT, PLAIN) and words.sum.search(clause) and not named:
            # 电话和在线共接待55,000人次: the period's counts of the metrics added up.
            # The complaints are no workload to add to one (本期240,000通 + 480件 is no 24万通).
            flat = [c for key, cs in values.items() if key != "complaints" for c in cs][:12]
            for i, a in enumerate(flat):
                for b in flat[i + 1:]:
                    if _fits(n, a.base + b.base, decimals):
                        return f"{n.text} = {a.label} + {b.label}"
            if len(flat) > 2 and _fits(n, sum(c.base for c in flat), decimals):
                return f"{n.text} = " + " + ".join(c.label for c in flat)
        ratio = words.ratio.search(clause) is not None
        if family == PERCENT and (ratio or of_whole and len([k for k in named if k in values]) >= 2):
            flat = [c for cs in values.values() for c in cs][:12] if ratio else []
            for i, a in enumerate(flat):
                for b in flat[i + 1:]:
                    # 在线渠道占全部接待量的60.7%: one count's share in the sum of two.
                    for x in (a, b):
                        if (parts or named) and not set(x.subjects) & set(parts or named):
                            continue  # the part is the subject named before 占
                        if a.base + b.base > 0 and _rounds_to(n, x.base / (a.base + b.base) * 100, decimals):
                            return f"{n.text} = {x.label} ÷ ({a.label} + {b.label}) × 100%"
            keys = [k for k in named if k in values][:3]
            # One count named (投诉率约0.25%): over any other metric's count of the period.
            wholes = keys if len(keys) >= 2 else list(values)
            for a in keys:
                for b in wholes:
                    for x in values[a] if a != b else ():
                        for y in values[b]:
                            if 0 < x.base <= y.base and _rounds_to(n, x.base / y.base * 100, decimals):
                                return f"{n.text} = {x.source.removeprefix('事实 ')} {x.label} ÷ {y.label} × 100%"
        elif family in (COUNT, PLAIN) and n.unit and words.mean.search(clause) and not any(
                words.per_unit[m.group()] in _TIME_PER for m in words.per.finditer(clause)) \
                and not _HEADS_THEN_MEAN.search(clause):
            # (日均/月均 divide by the period's days or months, never by another metric's count;
            # 坐席30人人均 by the headcount the clause states, never by a rate's basis count.)
            tops = [c for cs in values.values() for c in cs if c.label.endswith(n.unit)]
            if named:
                tops = [c for c in tops if set(c.subjects) & set(named)] or tops
            # Per a count of the period: a metric's value or the counts behind a rate (下单 684 of
            # 询单转化率's basis: 每位下单顾客平均贡献约603元).
            bases = {key: [c for fam in (COUNT, PLAIN) for c in self._stated.get(key, _Index()).items.get(fam, ())
                           if c.role == "basis"] for key in self._metrics}
            for x in tops:
                for key in values:
                    for y in [*values[key], *bases.get(key, ())]:
                        if y is not x and y.base > 0 and not y.label.endswith(n.unit) \
                                and _fits(n, x.base / y.base, decimals):
                            return f"{n.text} = {x.label} ÷ {y.label}（{self.subjects[key].name}）"
        return None

    def _row_range(self, named: list[str], n: NumberMention, family: str, seconds: float | None,
                   decimals: int, months: frozenset[int] | None) -> str | None:
        """A range over the table (各月工单处理量在5,800件至6,500件之间): its lowest and highest
        row, of the months the sentence names if it names a run of them."""
        scale = seconds or 1.0
        low, high = n._replace(high=None), n._replace(value=n.high, high=None)
        for key in named:
            rows = self._columns.get(key)
            if not rows or rows[0].family not in _MATCHES.get(family, ()) and rows[0].family != family:
                continue
            if months and len(months) >= 2:
                rows = [c for c in rows if _month_of(c) in months]
            if len(rows) < 2:
                continue
            lo_c, hi_c = min(rows, key=lambda c: c.base), max(rows, key=lambda c: c.base)
            if _rounds_to(low, lo_c.base / scale, decimals) and _rounds_to(high, hi_c.base / scale, decimals):
                return f"{n.text} = {lo_c.label}（最低）至{hi_c.label}（最高）"
        return None

    def _rows_against(self, clause: str, a: Candidate, b: Candidate) -> bool:
        """Does "6月较4月减少700件" contradict the two rows: the month after 较/比 is the
        reference, the other the subject, and the move word claims the sign of their difference."""
        words = _words()
        if words.moves is None:
            return False
        ref = re.search(f"[较比]于?(?:{_PERIODS[self._grain].pattern})", clause)
        moves = [words.move_of[m.group()] for m in words.moves.finditer(clause[ref.end():])] if ref else []
        moves = [m for m in moves if m in ("up", "down")]
        if not moves:
            return False
        r = _month_number(ref.group(1))
        if _month_of(a) == r:
            subject, reference = b, a
        elif _month_of(b) == r:
            subject, reference = a, b
        else:
            return False
        if subject.base == reference.base:
            return False
        return (subject.base > reference.base) != (moves[0] == "up")

    @staticmethod
    def _other_base(clause: str, base: Candidate | None, other: Candidate | None) -> bool:
        """Does the clause name, after 比/较, the other number of a change of a fact's text as
        its baseline (比工作日长73.3%, 工作日为15秒), not the one it is divided by?"""
        if base is None or other is None:
            return False
        m = re.search("[比较]([\u4e00-\u9fff]{2,4})", clause)
        if m is None:
            return False
        ref = m.group(1)[:2]
        return ref in other.context and ref not in base.context

    @staticmethod
    def _pair_of_other_side(clause: str, big: Candidate | None, small: Candidate | None) -> bool:
        """Does the clause compare with the target (超出目标, 比目标多) where the fact's text puts an
        earlier time's word before one number of its pair (比上周210秒长30秒), or the other way round
        (比上周多 against a text's 目标220秒)? Then the text's difference is another comparison."""
        words = _words()
        if big is None or small is None:
            return False
        to_target = words.target.search(clause) is not None
        to_earlier = words.against_previous.search(clause) is not None
        if to_target == to_earlier:
            return False
        said = big.context + " " + small.context
        if to_target:
            return words.against_previous.search(said) is not None and words.target.search(said) is None
        return words.target.search(said) is not None and words.against_previous.search(said) is None

    @staticmethod
    def _pair_against(clause: str, big: Candidate | None, small: Candidate | None) -> bool:
        """Does "A比B快/多…" contradict the two numbers of a fact's text it compares? B is
        told by the words the text puts before its number (工作日为15秒)."""
        words = _words()
        if big is None or small is None or words.moves is None:
            return False
        m = re.search(f"[比较]([\u4e00-\u9fff]{{2,8}}?)(?:{words.moves.pattern})", clause)
        if m is None:
            return False
        ref, move = m.group(1), words.move_of.get(clause[m.end(1):m.end()])
        if move not in ("up", "down"):
            return False
        in_big, in_small = ref in big.context, ref in small.context
        if in_big == in_small:
            return False
        # Measured against the bigger, the subject is the smaller: it went "down".
        return (move == "down") != in_big

    def _any_listed(self, n: NumberMention, family: str, decimals: int, said: str) -> str | None:
        """The sum of as many items of one list as `said` names (这两类), any of them."""
        from itertools import combinations

        count = next((i + 2 for i, d in enumerate("两三四") if d in said), 2)
        fams = (PERCENT,) if family == PERCENT else (COUNT, PLAIN) if family in (COUNT, PLAIN) else ()
        for group in ("categories", "complaint_types"):
            # The items' stated shares or counts, or the shares computed from their counts.
            members = [k for k, sub in self.subjects.items() if sub.group == group][:12]
            items = []
            for key in members:
                own = [c for fam in fams for c in self._by_subject.get(key, _Index()).items.get(fam, ())
                       if c.role in ("share", "count", "") and not c.row and key in c.subjects[:1]]
                items.extend(own[:1])
            for combo in combinations(items, count):
                if len({c.subjects[0] for c in combo}) == count and _rounds_to(n, sum(c.value for c in combo), decimals):
                    return f"{n.text} = " + " + ".join(c.label for c in combo)
        return None

    def _short_listed(self, text: str, sentence: tuple[int, int], end: int) -> list[str] | None:
        """The items of a counted list (A和B两类, A、B、C三项) named short: each fragment the one
        category or complaint type whose name holds its characters in order (价格 for 套系价格咨询,
        调试复查 for 调试与复查). None unless every fragment is one item of the same list and the
        list names as many as it says — and unless some fragment is no full name already."""
        found = _SHORT_LIST.search(text[sentence[0]:end])
        if found is None:
            return None
        count = "两三四五".index(found.group(2)) + 2
        fragments = re.split("[、和与及]", found.group(1))
        if len(fragments) != count:
            return None
        holds = _holds

        def resolve(items: list[tuple[str, str]]) -> list[str] | None:
            keys: list[str] = []
            for i, fragment in enumerate(fragments):
                # The first fragment may carry the clause's lead (其中价格): its shortest tail that fits.
                tails = [fragment[j:] for j in range(len(fragment) - 1)] if i == 0 else [fragment]
                hit = None
                for tail in reversed(tails):
                    fits = [k for k, name in items if holds(name, tail)]
                    if len(fits) == 1:
                        hit = fits[0]
                        if self.subjects[hit].name.endswith(tail) or tail == fragment:
                            break
                if hit is None or hit in keys:
                    return None
                keys.append(hit)
            return keys

        # Each list on its own (停航 may be a category and a complaint type): the one that holds all.
        lists = [resolve([(k, sub.name) for k, sub in self.subjects.items() if sub.group == group])
                 for group in ("categories", "complaint_types")]
        lists = [keys for keys in lists if keys]
        if len(lists) != 1:
            return None
        keys = lists[0]
        if all(self.subjects[k].name in found.group(1) for k in keys):
            return None  # every item named in full: the list's own path has answered for it
        return keys

    def _listed_parts(self, named: list[str], family: str) -> list[Candidate] | None:
        """The shares or counts of two or more items of one list, all named (or None)."""
        groups: dict[str, list[str]] = {}
        for key in dict.fromkeys(named):
            group = self.subjects[key].group
            if group:
                groups.setdefault(group, []).append(key)
        fams = (PERCENT,) if family == PERCENT else (COUNT, PLAIN) if family in (COUNT, PLAIN) else ()
        for keys in groups.values():
            if len(keys) < 2:
                continue
            parts = []
            for key in keys:
                index = self._by_subject.get(key)
                own = [c for fam in fams for c in (index.items.get(fam, ()) if index else ())
                       if key in c.subjects[:1] and not c.row and c.role in ("share", "count", "")]
                if not own:
                    break
                parts.append(own[0])
            else:
                return parts
        return None

    def _listed(self, named: list[str], n: NumberMention, family: str, decimals: int,
                rest: bool = False) -> str | None:
        """Labelled parts added up (账单查询、分期办理、挂失与补卡三类来电占75.0%; 退换货申请和
        物流异常两类合计2,769人): the sum of the shares or counts of the categories named;
        with `rest`, the share of the others (除A、B外，其余三类占55.0%: 100% less their sum)."""
        groups: dict[str, list[str]] = {}
        for key in named:
            group = self.subjects[key].group
            if group:
                groups.setdefault(group, []).append(key)
        for keys in groups.values():
            if len(keys) < 2:
                continue
            parts: list[Candidate] = []
            for key in keys:
                index = self._by_subject.get(key)
                if index is None:
                    return None
                fams = (PERCENT,) if family == PERCENT else (COUNT, PLAIN) if family in (COUNT, PLAIN) else ()
                own = [c for fam in fams for c in index.items.get(fam, ())
                       if key in c.subjects[:1] and not c.row and c.role in ("share", "count", "")]
                if not own:
                    break
                parts.append(own[0])
            else:
                total = sum(c.value for c in parts)
                if rest and family == PERCENT:
                    if 0 <= total <= 100 and _rounds_to(n, 100 - total, decimals):
                        return f"{n.text} = 100% − " + " − ".join(c.label for c in parts)
                elif _rounds_to(n, total, decimals) or ("分之" in n.text and not n.approximate
                                                         and abs(total - n.value) <= 10.0 ** -decimals / 2):
                    # 两类合计占三分之二 (66.67 %, off the rounding grid): the sum within half a point.
                    return f"{n.text} = " + " + ".join(c.label for c in parts)
        return None

    def _top_share(self, n: NumberMention, family: str, decimals: int) -> str | None:
        """前三类合计占61.0% with no list named: the largest k categories (or complaint types),
        "其他" left out, as shares, or as counts over their total."""
        for group in ("categories", "complaint_types"):
            index = self._by_subject.get(group)
            if index is None:
                continue
            fams = (PERCENT,) if family == PERCENT else (COUNT, PLAIN) if family in (COUNT, PLAIN) else ()
            parts: dict[str, Candidate] = {}
            for fam in fams:
                for c in index.items.get(fam, ()):
                    key = c.subjects[0] if c.subjects else ""
                    if key != group and not c.row and self.subjects.get(key) is not None \
                            and self.subjects[key].name not in ("其他", "其它"):
                        parts.setdefault(key, c)
            counts: dict[str, Candidate] = {}
            for fam in (COUNT, PLAIN):
                for c in index.items.get(fam, ()):
                    if c.subjects and c.subjects[0] != group and c.role == "count":
                        counts.setdefault(c.subjects[0], c)
            if family == PERCENT and not parts and counts:
                whole = sum(c.value for c in counts.values())
                shown = {k: c for k, c in counts.items() if self.subjects[k].name not in ("其他", "其它")}
                ordered = sorted(shown.values(), key=lambda c: c.value, reverse=True)
                values = [(c.value / whole * 100 if whole else 0.0, c.label) for c in ordered]
            else:
                ordered = sorted(parts.values(), key=lambda c: c.value, reverse=True)
                values = [(c.value, c.label) for c in ordered]
            total = 0.0
            for k, (value, label) in enumerate(values):
                total += value
                if k >= 1 and _rounds_to(n, total, decimals):
                    return f"{n.text} = 前{k + 1}类 " + " + ".join(lb for _, lb in values[:k + 1])
        return None

    def _across(self, named: list[str], n: NumberMention, family: str, seconds: float | None,
                decimals: int, before: str = "") -> str | None:
        """The difference of two named subjects' values of one role (电话接通率比一次解决率高
        11.2个百分点: 97.5 − 86.3), the direction word against which is the larger: the
        subject named after 比/较 is the reference."""
        words = _words()
        ref_key, move = None, None
        found = re.search("[比较]于?", before)
        if found is not None and words.moves is not None:
            after = self._mentions(before, found.end(), len(before))
            if after and after[0][0] == found.end():
                ref_key = next((k for k in after[0][2] if k in named), None)
            moves = [words.move_of[m.group()] for m in words.moves.finditer(before, after[0][1] if after else 0)]
            move = next((m for m in reversed(moves) if m in ("up", "down")), None)
        values: list[Candidate] = []
        for key in named[:3]:
            stated = self._stated.get(key)
            if stated is not None:
                values.extend(c for fam in ((PERCENT,) if family == POINTS else _MATCHES.get(family, ()))
                              for c in stated.items.get(fam, ()) if c.role == "value")
        scale = seconds or 1.0
        for i, a in enumerate(values):
            for b in values[i + 1:]:
                if a.series != b.series and _rounds_to(n, abs(a.base - b.base) / scale, decimals):
                    hi_, lo_ = (a, b) if a.base >= b.base else (b, a)
                    if ref_key is not None and move is not None and hi_.base != lo_.base:
                        # 在线满意度比电话满意度高: the reference (电话) must be the lower one.
                        if (ref_key in lo_.subjects) != (move == "up"):
                            continue
                    return f"{n.text} = {hi_.source.removeprefix('事实 ')} {hi_.label} − {lo_.label}"
        return None

    def _complement(self, text: str, n: NumberMention, decimals: int, sentence: tuple[int, int],
                    named: list[str]) -> str | None:
        """The rest of a whole: 100% less a named subject's rate or share, or less a percent
        the sentence states (未解决的占1.5% of 问题解决率98.5%)."""
        shown: list[tuple[float, str]] = []
        for key in named[:3]:
            stated = self._stated.get(key)
            if stated is not None:
                shown.extend((c.value, c.label) for c in stated.items.get(PERCENT, ())
                             if c.role in ("value", "share"))
        s_start = sentence[0]
        shown.extend((f.mention.value, f.mention.text) for f in self._sentence_figures(text, sentence)
                     if f.family == PERCENT and f.traced and s_start + f.mention.start != n.start)
        verb = _NOT_DONE.search(text, s_start, n.start)
        if verb is not None:
            # 课程预约未转化的占65.0%: the rest of the rate whose name holds the verb denied (转化率).
            shown.extend((info.value, f"{info.name}{format_number(info.value)}%")
                         for info in self._metrics.values()
                         if info.kind == "rate" and info.value is not None and 0 < info.value <= 100
                         and verb.group(1) + "率" in info.name)
        if not named and _words().failed.search(text, s_start, n.start):
            # 分派错误率降至8.5% with 首次分派准确率91.5%: a failure rate no fact names is the
            # rest of a rate of the facts.
            shown.extend((value, f"{info.name}{format_number(value)}%")
                         for info in self._metrics.values() if info.kind == "rate"
                         for value in (info.value, info.previous) if value is not None and 0 < value <= 100)
        for value, label in shown:
            if 0 <= value <= 100 and _rounds_to(n, 100 - value, decimals):
                return f"{n.text} = 100% − {label}"
        return None

    def _rate_of_total(self, text: str, n: NumberMention, decimals: int,
                       sentence: tuple[int, int], named: list[str] | None = None) -> str | None:
        """A count the sentence derives from a rate it states and a period total of the facts
        (问题解决率91.3%，即约3.3万件咨询得到解决: 36,500 × 91.3%), or from the share of a
        category it names (退换货办理占21%，折合约2.6万件: 125,380 × 21%)."""
        s_start = sentence[0]
        rates = [(f.mention.value, f.mention.text) for f in self._sentence_figures(text, sentence)
                 if f.family == PERCENT and f.traced and s_start + f.mention.start != n.start]
        for key in named or ():
            stated = self._stated.get(key)
            if stated is not None and self.subjects[key].group:
                rates.extend((c.value, c.label) for c in stated.items.get(PERCENT, ())
                             if c.role == "share" and key in c.subjects[:1])
        wholes = [c for key in self._metrics for c in self._stated.get(key, _Index()).items.get(COUNT, ())
                  if c.role == "value" and (not n.unit or n.unit in c.label)]
        # A total the sentence states (12万条历史工单中，迁移有误的约240条).
        shown = [f.mention for f in self._sentence_figures(text, sentence)
                 if f.family in (COUNT, PLAIN) and f.traced and s_start + f.mention.start != n.start
                 and f.mention.value > n.value and (not n.unit or f.mention.unit == n.unit)]
        if not rates and shown:
            # …and a rate of the facts, or the rest of it (迁移准确率99.8%: 0.2% 有误).
            words = _words()
            rest = (words.complement.search(text[s_start:n.start]) is not None
                    or words.failed.search(text[s_start:n.end + 4]) is not None)
            for key, info in self._metrics.items():
                if info.kind == "rate" and info.value is not None and 0 < info.value <= 100:
                    label = f"{format_number(info.value)}%"
                    rates.append((100 - info.value, f"(100% − {label})") if rest else (info.value, label))
        words = _words()
        rests = [(100 - v, f"(100% − {label})") for v, label in rates if 0 < v < 100]
        if rates and (words.waiting.match(text, n.end) or words.failed.search(text, n.end, n.end + 6)):
            # 问题解决率91.2%，约375人未能一次解决: the total times the rest of the rate, only.
            rates = rests
        elif rates and (words.complement.search(text[s_start:n.start]) or words.failed.search(text[s_start:n.end + 4])):
            rates = rates + rests
        if not rates:
            return None
        for value, label in rates:
            for c in wholes:
                if _rounds_to(n, c.base * value / 100, decimals):
                    return f"{n.text} = {c.label} × {label}"
            for m in shown:
                if _rounds_to(n, m.value * value / 100, decimals):
                    return f"{n.text} = {m.text} × {label}"
        return None

    def _any_difference(self, n: NumberMention, family: str, decimals: int) -> str | None:
        """A remainder whose subject the text does not name (有1,880件咨询未能一次解决): the
        difference of two counts of one fact (125,380 − 123,500), of any subject."""
        low, high = _precision_window(n, decimals)
        for key in list(self._metrics):
            stated = self._stated.get(key)
            if stated is None:
                continue
            for fam in (COUNT, PLAIN):
                for a, b in _pair(stated, fam, low, high, "difference"):
                    # two rows of the table are no remainder of an unnamed subject
                    if _rounds_to(n, abs(a.base - b.base), decimals) and not (n.unit and _other_group(n.unit, a.label)) \
                            and not (a.row and b.row):
                        hi_, lo_ = (a, b) if a.base >= b.base else (b, a)
                        return f"{n.text} = {hi_.label} − {lo_.label}"
        return None

    def _rate_whole(self, text: str, n: NumberMention) -> tuple[bool, float | None]:
        """The whole of a rate the words right before the figure name (按时办结率为 of the metric
        转派工单按时办结率): that metric's basis total; (True, None) where words stand before the
        metric's name (医保类一次办结率: a kind's rate, over no whole of the facts' period)."""
        said = _RATE_SAID.search(_clause_before(text, n.start))
        if said is None:
            return False, None
        rate, over = said.group(1) + "率", None
        for k, info in self._metrics.items():
            totals = [c.base for fam in (COUNT, PLAIN) for c in self._stated.get(k, _Index()).items.get(fam, ())
                      if c.role == "basis"]
            if info.unit != "%" or not totals:
                continue
            if len(rate) > len(info.name) and rate.endswith(info.name):
                return True, None
            if len(rate) >= 4 and info.name.endswith(rate):
                over = max(totals)
        return False, over

    def _share_of_part(self, text: str, n: NumberMention, decimals: int, sentence: tuple[int, int],
                       named: list[str]) -> str | None:
        """A share of a part the sentence states in the named subject's value (账单查询和分期
        办理合计367通，占来电量的60.0%: 367 ÷ 612)."""
        s_start = sentence[0]
        parts = [f for f in self._sentence_figures(text, sentence)
                 if f.family in (COUNT, PLAIN) and s_start + f.mention.start != n.start and f.base > 0]
        if not parts:
            return None
        # A rate the words before the figure name (按时办结率为, 医保类一次办结率为) that is a metric's
        # with a basis: over that basis's total only; with words before the metric's name (a kind of
        # it), over no whole of the facts (a part over the period's value is no such rate).
        kind_of, over = self._rate_whole(text, n)
        if kind_of:
            return None
        # Without a named subject: the period value of any subject in the part's unit.
        for key in named or list(self._metrics):
            stated = self._stated.get(self.subjects[key].group or key)
            if stated is None:
                continue
            wholes = [c for fam in (COUNT, PLAIN) for c in stated.items.get(fam, ())
                      if c.role in ("value", "") and not c.row and (over is None or c.base == over)]
            for whole in wholes:
                for part in parts:
                    if not named and part.mention.unit and not whole.label.endswith(part.mention.unit):
                        continue
                    if 0 < part.base <= whole.base and _rounds_to(n, part.base / whole.base * 100, decimals):
                        return f"{n.text} = {part.mention.text} ÷ {whole.label} × 100%"
        return None

    def _same_words(self, before: str, n: NumberMention, family: str) -> str | None:
        """A figure after the very words a fact's text puts before one of its numbers, in the
        same unit (积压工单1500单 where the facts say 积压工单1200单): it claims that number."""
        if not self._by_context or not n.unit:
            return None
        # 考核得分为98分 against 考核得分96分: the words without the verb before the figure.
        bare = re.sub("(?:为|是|达到|达|了|约)+$", "", before)
        keys = dict.fromkeys(k for k in (before[-4:], bare[-4:]) if len(k) == 4)
        for c in (c for k in keys for c in self._by_context.get(k, ())):
            if c.family == family and c.label.endswith(n.unit) and c.value != n.value:
                return f"；事实中“{c.context}”后是{c.label}（{c.source}），与“{n.text}”不符"
        return None

    def _near_value(self, n: NumberMention, family: str, seconds: float | None, decimals: int) -> str | None:
        """An approximation (超过6万件, 六万多件) that names no subject and fits no value, but
        stands close to a stated value in the same unit: it claims that value, wrongly."""
        if family not in (COUNT, DURATION) or not n.unit or n.high is not None:
            return None
        scale = seconds or 1.0
        target = n.value * scale
        found = self._stated_all.between(family, target * 0.8, target * 1.25)
        same = [c for c in found if c.label.endswith(n.unit) and c.role in ("value", "")]
        if not same:
            return None
        c = min(same, key=lambda c: abs(c.base - target))
        return f"；最接近的事实是{c.label}，与“{n.text}”不符"

    def _ends_disagree(self, text: str, n: NumberMention, family: str, before: str) -> str:
        """由20%升至10%: the end of a change against its start and its verb."""
        words = _words()
        if words.moves is None or n.high is not None:
            return ""
        verb = words.moved_to.search(before.rstrip("约近达 "))
        if verb is None:
            return ""
        start = before.rfind("由") if "由" in before else before.rfind("从")
        if start < 0:
            return ""
        from cswriter.text.numbers import find_numbers

        firsts = [m for m in find_numbers(before[start:]) if family_of(m.unit, m.kind)[0] == family
                  and m.kind not in ("date", "period", "ordinal")]  # 由二季度的120件: 二季度 is no start
        if not firsts or firsts[0].high is not None:
            return ""
        first = firsts[0]
        word = re.sub("了?[至到]$", "", verb.group())
        move = words.move_of.get(word)
        a = first.value * (family_of(first.unit, first.kind)[1] or 1.0)
        b = n.value * (family_of(n.unit, n.kind)[1] or 1.0)  # 4分钟 → 3分45秒: in seconds
        if move not in ("up", "down") or a == b:
            return ""
        if (b > a) == (move == "up"):
            return ""
        actual = "上升" if b > a else "下降"
        return f"；由{first.text}到{n.text}是{actual}，与“{word}”不符"

    def _against_said(self, text: str, n: NumberMention, family: str, seconds: float | None, decimals: int,
                      sentence: tuple[int, int], clause: tuple[int, int]) -> str:
        """升至18分钟，比10分钟的目标快了8分钟: the sentence states both values a gap compares (the
        one before 比 and the one after it); where the figure is their difference, the direction
        word before it must agree with their order. The detail of the finding, or ""."""
        words = _words()
        at = text.rfind("比", clause[0], n.start)
        if at < 0 or words.moves is None or family not in (COUNT, DURATION, SCORE, POINTS, PLAIN):
            return ""
        s0 = sentence[0]
        same = (PERCENT,) if family == POINTS else (family,)
        figures = [f for f in self._sentence_figures(text, sentence) if f.traced and f.family in same]
        refs = [f for f in figures if at < s0 + f.mention.start and s0 + f.mention.end <= n.start]
        subjects = [f for f in figures if s0 + f.mention.end <= at]
        if len(refs) != 1 or not subjects:
            return ""
        ref, subj = refs[0], subjects[-1]
        between = text[s0 + ref.mention.end:n.start]
        found = list(words.moves.finditer(between))
        bound = words.bound_moves.search(between.rstrip("约近将接 ")) if words.bound_moves is not None else None
        if bound is not None:
            word, move = bound.group(1), words.bound_move_of[bound.group(1)]
        elif found:
            word = found[-1].group()
            move = words.move_of[word]
        else:
            return ""
        diff = subj.base - ref.base
        if move not in ("up", "down") or not diff or not _rounds_to(n, abs(diff) / (seconds or 1.0), decimals):
            return ""
        if (diff > 0) == (move == "up"):
            return ""
        return f"；句中{subj.mention.text}比{ref.mention.text}{('长' if diff > 0 else '短') if family == DURATION else ('高' if diff > 0 else '低')}，与“{word}”不符"

    def _plan_move(self, key: str, n: NumberMention, before: str) -> str | None:
        """首次响应时长计划再缩短5秒: the way from this period's value to the plan's target
        (25 → 20秒), where the sentence speaks of the plan; its formula, or None."""
        info = self._metrics.get(key)
        if info is None or info.value is None or not _PLANNED.search(before):
            return None
        for v in self._plan_values.get(key, ()):
            if _fits(n, abs(info.value - v), _decimals(n.precision)):
                return f"{n.text} = |{format_number(info.value)} − 计划{format_number(v)}|{info.unit}"
        return None

    def _gap_closed(self, key: str, n: NumberMention, before: str, source: str) -> str:
        """需再缩短6秒 where the value (24秒) already meets the target (30秒): no gap is left to close,
        so the distance past the target is not what still has to be done (the detail, or "")."""
        words = _words()
        info = self._metrics.get(key)
        if info is None or info.value is None or info.target is None or info.better not in ("higher", "lower") \
                or words.moves is None or not source.startswith((f"{info.name}.gap = ", f"{key}.gap = ")) \
                or not words.still_to_go.search(before) or not words.moves.search(before[-8:]):
            return ""
        if (info.value < info.target) if info.better == "higher" else (info.value > info.target):
            return ""
        if self._plan_move(key, n, before) is not None:
            return ""
        return (f"；事实中“{info.name}”为{format_number(info.value)}{info.unit}，已达到目标"
                f"{format_number(info.target)}{info.unit}，{n.text}不是还需完成的差距")

    def _bound_off_value(self, hit, n: NumberMention, clause: str) -> str:
        """全年受理报修超过九千件 where 9000 is the target and the value 8640: a bound (超过, 近, 不到)
        claims the value lies beyond it, so the target standing at the bound traces nothing
        when the clause names no target and the value lies on the other side."""
        if hit is None or hit.role != "target" or not hit.subjects or not n.approximate:
            return ""
        bound = _bound(n)
        info = self._metrics.get(hit.subjects[0])
        if bound is None or info is None or info.value is None or _words().target.search(clause) \
                or not (n.unit == "%" and info.unit == "%" or n.unit and _same_unit(n.unit, info.unit)):
            return ""
        if _in_bound(n, info.value, bound):
            return ""
        return (f"；事实中“{info.name}”为{format_number(info.value)}{info.unit}，不是{n.text}"
                f"（{format_number(info.target)}{info.unit}是目标）")

    def _wrong_direction(self, key: str, text: str, n: NumberMention, clause: str, before: str,
                         source: str) -> str:
        """A change worded against its sign (a response time that fell written as 延长, a
        score below its target written as 提升) or against the metric's direction
        (改善 of a rise in 投诉率): the detail of the finding, or ""."""
        words = _words()
        if words.moves is None:
            return ""
        info = self._metrics.get(key)
        if info is None or info.value is None:
            return ""
        old = self._old_rule.get(key)
        if old is not None and words.either_rule.search(re.split("[。！？；;\n]", text[max(0, n.start - 60):n.start])[-1]):
            plain = source.replace(",", "")
            if format_number(old).replace(",", "") in plain:
                if format_number(info.value).replace(",", "") not in plain:
                    # 按旧口径，…较上季度下降1.7个百分点: the old rule's level is the one that moved.
                    info = dataclasses.replace(info, value=old)
                else:
                    # 口径调整使结案率提高3.4个百分点: the new rule's level against the old one's.
                    info = dataclasses.replace(info, previous=old)
        cell = _table_cell(text, n.start)
        if cell is not None:
            clause = cell  # the row's other cells (未达标，高于目标0.4天) claim nothing of this one
        if info.target is not None and source.endswith((f"{info.name}.target", f"{key}.target")):
            return self._wrong_against_target(info, text, n, clause, before)
        closed = self._gap_closed(key, n, before, source)
        if closed:
            return closed
        if info.annual_target is not None and source.endswith((f"{info.name}.annual_target", f"{key}.annual_target")):
            # 已优于15分钟的全年目标 in a half-year report: the claim is about the annual target.
            return self._wrong_against_target(dataclasses.replace(info, target=info.annual_target),
                                              text, n, clause, before)
        near = before[-12:]
        found = list(words.moves.finditer(near))
        # 比目标短3秒 / 较去年长了15秒: 长 and 短 bound as words right before the figure.
        bound = words.bound_moves.search(near.rstrip("约近将接 ")) \
            if words.bound_moves is not None and re.search("[比较]", before) else None
        if (not found and bound is None) or re.search(_DATES, words.previous.sub("", before)):
            return ""
        if bound is not None:
            word, move = bound.group(1), words.bound_move_of[bound.group(1)]
        else:
            # The word must govern the figure: right before it (缩短了15秒) or with only the
            # reference between (优于目标1.6个百分点, 比全年目标快3分钟).
            between = near[found[-1].end():]
            said = re.split("[。！？；;\n]", text[max(0, n.start - 60):n.start])[-1]
            stated = [x for x in re.findall("[0-9][0-9,.]*", said)
                      if not re.fullmatch("[0-9]+(?:\\.[0-9]+)?", y := x.rstrip(",.").replace(",", ""))
                      or float(y) != info.value]
            if info.target is not None and len(stated) == 1:
                # 超出80.0%的目标1.5个百分点: the target's own figure is the reference, as 目标 is
                # (where the sentence states no other figure, such as last month's, before it;
                # the metric's own value, 返工率1.6%，超出2.0%的目标…, is no other figure).
                between = re.sub(f"(?<![0-9.])([0-9][0-9,]*(?:\\.[0-9]+)?)(?:{re.escape(info.unit)}|%)?(?=的)",
                                 lambda m: "" if float(m.group(1).replace(",", "")) == info.target else m.group(),
                                 between)
            # 超出周目标 / 超额完成半年目标: the period a target is set for names no other reference.
            between = re.sub("(?:半年|周|月|季|日)(?=目标)", "", between)
            rest = words.previous.sub("", words.target.sub("", words.whole_period.sub("", between)))
            rest = re.sub("季度|月度|年度|阶段|项目|原定|既定|设定|预定", "", rest).strip("了约近达的为是 全年年度本期")
            if rest:
                return ""
            word = found[-1].group()
            move = words.move_of[word]
        against_target = words.target.search(clause) is not None and not words.against_previous.search(clause)
        if not against_target and words.gap_only is not None and words.gap_only.fullmatch(word) \
                and not words.against_previous.search(clause) and not words.previous.search(clause):
            # 满意度4.60分，目标4.70分，还差0.10分: a gap word whose clause names no reference goes on from the
            # clause before, which names the target (and no earlier time).
            head = re.split("[。！？；;\n]", text[max(0, n.start - 60):n.start])[-1]
            cut = _last_mark(head, "，,")
            earlier = head[_last_mark(head, "，,", 0, cut) + 1:cut] if cut > 0 else ""
            against_target = bool(earlier) and words.target.search(earlier) is not None \
                and not words.against_previous.search(earlier)
            if not against_target and earlier and words.target.search(earlier) is None \
                    and re.fullmatch("(?:实际|实际上|实际为|实际是|实际只有|实际达到)[0-9.,]+[^，,]{0,3}", earlier):
                # 接通率目标95.0%，实际94.9%，差0.1个百分点: the clause before states the value reached (实际…), the
                # one before it the target (blind-33)
                cut2 = head.rfind(earlier)
                first = head[_last_mark(head, "，,", 0, cut2 - 1) + 1:max(0, cut2 - 1)]
                against_target = words.target.search(first) is not None and not words.against_previous.search(first) \
                    and not words.previous.search(first)
                if against_target and info.target is not None and info.target != info.value \
                        and format_number(info.target).replace(",", "") not in source.replace(",", ""):
                    return (f"；句中“{word}”的是目标{format_number(info.target)}{info.unit}与实际之差，"
                            f"{n.text}是另一对数之差（{source}）")
        ref, ref_name = (info.target, "目标") if against_target else (info.previous, "此前")
        if against_target and info.annual_target is not None and _words().annual.search(clause):
            # 客户满意度距全年目标4.8分还差0.04分 of a half-year that met its own 4.7: the gap
            # named is to the year's target (round 31's first run flagged it against 4.7).
            ref, ref_name = info.annual_target, "全年目标"
        plain = source.replace(",", "")
        if against_target and (ref is None or format_number(ref).replace(",", "") not in plain):
            # 比10560通的计划目标少960通: the gap to a plan's target of the metric.
            ref = next((v for v in self._plan_values.get(key, ()) if v != info.value
                        and f"目标{format_number(v).replace(',', '')}" in plain), ref)
        if ref is None or ref == info.value:
            return ""
        if any(not re.search(f"(?<![0-9.]){re.escape(format_number(v).replace(',', ''))}(?![0-9]|\\.[0-9])", plain)
               for v in (ref, info.value)):
            # traced to other values (需再缩短15秒才能达到计划的170秒); (a whole number inside another, 94 of 94.9,
            # is no such value — blind-33)
            return ""
        up = info.value > ref
        if against_target and _words().still_to_go.search(before):
            # 再缩短10秒，降到250秒 / 还需提高1.6个百分点: the change still to make, from the value
            # to the target, not the gap from the target to the value.
            up = not up
        if move in ("better", "worse"):
            direction = info.better
            if direction == "neutral" and against_target and info.target is not None and info.previous is not None \
                    and info.target != info.previous:
                # A workload with a target above last period's aims up: 距目标还差 claims it fell short.
                direction = "higher" if info.target > info.previous else "lower"
            if direction == "neutral":
                return ""
            better = up == (direction == "higher")
            ok = better == (move == "better")
        else:
            ok = up == (move == "up")
        if ok:
            return ""
        if against_target:
            # A gap to the target is no change from it (not 由目标的45秒变为42秒).
            side = "高于" if info.value > ref else "低于"
            return (f"；事实中“{info.name}”为{format_number(info.value)}{info.unit}，{side}{ref_name}"
                    f"{format_number(ref)}{info.unit}，与“{word}”不符")
        actual = "上升" if up else "下降"
        return (f"；事实中“{info.name}”由{ref_name}的{format_number(ref)}{info.unit}变为"
                f"{format_number(info.value)}{info.unit}，是{actual}，与“{word}”不符")

    def _ceiling_claim(self, named: list[str], n: NumberMention, seconds: float | None, before: str,
                       head: str) -> Trace | None:
        """退款办结时长已控制在24小时以内 where 24小时 is the metric's target: the target as a ceiling
        the period's value is claimed not to pass — traced where it does not, wrong where it does.
        A plan (计划…降到8小时以内, 力争控制在…) claims nothing of the value now."""
        words = _words()
        if words.within_end is None or not n.text.endswith(words.within_after) \
                or not words.within_end.search(before.rstrip("了 ")) or words.still_to_go.search(head) \
                or words.need.search(head) or words.projection.search(head) or _PLANNED.search(head) \
                or _goal_framed(head):
            return None
        for key in named:
            info = self._metrics.get(key)
            if info is None or info.value is None or info.target is None:
                continue
            given = n.value * (seconds or 1.0)
            for c in (c for cs in self._stated.get(key, _Index()).items.values() for c in cs):
                if c.role == "target" and abs(c.base - given) <= 1e-9 * max(1.0, abs(given)):
                    if info.value <= info.target:
                        return Trace(True, c.source, info.name)
                    return Trace(False, None, info.name,
                                 f"；事实中“{info.name}”为{format_number(info.value)}{info.unit}，高于目标"
                                 f"{format_number(info.target)}{info.unit}，与“控制在{n.text}”不符")
        return None

    def _wrong_against_target(self, info, text: str, n: NumberMention, clause: str, before: str) -> str:
        """The target itself with a claim word right before it (已达到95%的目标, 高于97%的目标,
        已优于200秒的目标, 超过96%的年度目标): the value the sentence states before it must lie on
        the side the word claims. Plans (力争达到…) and denials (未达到…) claim nothing."""
        words = _words()
        lead = re.match("[^0-9一二两三四五六七八九十百千万]*", n.text).group()
        near = (before + lead).rstrip("了约近的 已经均都")
        if words.moves is None or info.target == info.value:
            return ""
        m = re.search(f"(?:{words.moves.pattern}|{words.reached.pattern})$", near)
        within = m is None and words.within_end is not None and words.within_tail.match(text, n.end) is not None
        if within:
            m = words.within_end.search(near)  # 已控制在8小时的目标以内: not above the target
        if m is None or words.still_to_go.search(clause) or words.need.search(clause) \
                or words.projection.search(clause):
            return ""
        # 尚未达到90%的目标 / 没有超过…: a denial claims the other side.
        denial = words.negations.search(near[max(0, m.start() - 2):m.start()].rstrip("了已经"))
        if words.target.search(clause[clause.find(n.text) + len(n.text):] if n.text in clause else "") is None:
            return ""  # 高于97%的目标: the figure must be named the target after it
        stated = format_number(info.value)
        head = text[:n.start]
        if not re.search(f"(?<![0-9.]){re.escape(stated)}(?![0-9])", head.replace(",", "")):
            # Only where the sentence states the period's value before (not a month's), or states
            # no figure and no earlier time at all (本周问题一次解决率已达到92%的目标: the period's).
            own = re.split("[。！？；;\n]", head)[-1]
            if len(self._period_months) == 1 and self._own_dates is not None:
                own = self._own_dates.sub("·", own)  # 12月 in December's report is the period itself
            if re.search("(?:[0-9０-９]{1,2}|[一二三四五六七八九十]+)[月日号](?!度)|周[一二三四五六日天]|首次|第", own):
                return ""  # a month or a day of the period (9月…首次达到88%的年度目标)
            if self._own_named is not None:
                own = self._own_named.sub("·", own)
            if len(self._period_months) == 12:
                own = re.sub("全年|今年|本年", "·", own)
            if self._name_regex is not None:
                own = self._name_regex.sub("·", own)  # 一次 in 问题一次解决率 is no figure
            if re.search(_NOT_NOW, own):
                return ""  # another time (下季度, 上半年) or a plan (计划达到, 将达到)
            if re.search("[0-9０-９一二两三四五六七八九十百千万半]", own) or words.previous.search(own) \
                    or words.month_any.search(own):
                return ""
        word = m.group()
        up = info.value > info.target
        move = words.move_of.get(word)
        if within:
            ok, word = not up, f"{word}{format_number(info.target)}{info.unit}以内"
        elif move in ("up", "down"):
            ok = up == (move == "up")
        else:
            direction = info.better
            if direction == "neutral" and info.previous is not None and info.target != info.previous:
                # A target above last period's aims up (as for 距目标还差 in _wrong_direction).
                direction = "higher" if info.target > info.previous else "lower"
            if direction not in ("higher", "lower"):
                return ""
            better = up == (direction == "higher")
            ok = better == (move != "worse")
        if denial is not None:
            ok, word = not ok, denial.group() + word
        if ok:
            return ""
        side = "高于" if up else "低于"
        return (f"；事实中“{info.name}”为{stated}{info.unit}，{side}目标{format_number(info.target)}{info.unit}，"
                f"与“{word}”不符")

    def _share_within_said(self, text: str, n: NumberMention, decimals: int,
                           sentence: tuple[int, int]) -> Trace | None:
        """周六积压的38单退款工单中，超过2小时未处理的接近四成, where a fact's text gives 积压最多时达到38单，
        其中超过2小时未处理的有12单: a share within a count the sentence states (…中，), whose one part
        the same text gives, is that part over it — or wrong."""
        head = text[sentence[0]:n.start]
        m = _last_match(_WITHIN_SAID, head)
        if m is None or re.search(f"[0-9]{re.escape(m.group(2))}", head[m.end():]):
            return None  # the part stated too (…中，12单占31.6%): the sentence's own quotient
        whole, unit = float(m.group(1).replace(",", "")), m.group(2)
        wholes = [c for c in self._text_numbers if c.value == whole and c.label.endswith(unit)]
        for w in wholes:
            parts = [c for c in self._text_numbers if c.source == w.source and c is not w and 0 < c.value < w.value
                     and c.label.endswith(unit)]
            if len(parts) != 1:
                continue
            [part] = parts
            exact = 100 * part.value / w.value
            where = w.source.removeprefix("事实 ")
            if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
                return Trace(True, f"{n.text} = {part.label} ÷ {w.label} × 100%（{where}）")
            return Trace(False, None, None, f"；{where}中{part.label} ÷ {w.label} = {format_number(exact, 1)}%，"
                                            f"不是{n.text}")
        return None

    def _plan_against_value(self, text: str, n: NumberMention, family: str, decimals: int,
                            sentence: tuple[int, int], before: str, named: list[str] = ()) -> str | None:
        """A plan's target the sentence states, then its change against the period's value of
        the plan's metric (目标10560通，较三季度实际提高10%): in percent, points or the amount,
        in the direction the clause's word says. Where the sentence states no plan's figure, the
        plans of the metric it names (投诉量计划下降14.6%, 计划再缩短19.1%), in a moving word's
        direction."""
        words = _words()
        found = list(words.moves.finditer(before[-12:])) if words.moves is not None else []
        move = words.move_of[found[-1].group()] if found else None
        plans: list[tuple[Candidate, NumberMention | None]] = []
        for f in self._sentence_figures(text, sentence):
            if sentence[0] + f.mention.end > n.start or not f.traced:
                continue
            fam, sec = family_of(f.mention.unit, f.mention.kind)
            plans += [(c, f.mention) for c in self._direct_all(self._stated_all, f.mention, fam, sec,
                                                              _decimals(f.mention.precision)) if c.role == "plan"]
        if not plans and move in ("up", "down") and family == PERCENT and words.plan_said.search(before):
            # A name the tracer does not know (退款到账时长 of 退款到账平均时长) leaves every plan.
            keys = named or [key for c in self._plans for key in c.subjects]
            plans = [(c, None) for c in self._plans if any(key in c.subjects for key in keys)]
        for c, stated in plans:
            for key in c.subjects:
                info = self._metrics.get(key)
                if info is None or info.value is None or not info.value or c.value == info.value:
                    continue
                diff = c.value - info.value
                # 返修率比3.0%的目标低1.2个百分点: the target written as the base, so the word
                # says how the value stands against it, not the target against the value.
                based = stated is not None and self._is_base(text, sentence[0], stated)
                if based:
                    diff = -diff
                if move in ("up", "down") and (diff > 0) != (move == "up"):
                    continue
                if family == PERCENT:
                    exact, formula = 100 * abs(diff) / info.value, "(计划目标 − 本期) ÷ 本期 × 100%"
                    if based:
                        exact, formula = 100 * abs(diff) / c.value, "(本期 − 计划目标) ÷ 计划目标 × 100%"
                elif family == POINTS and info.unit == "%" or family != POINTS and n.unit \
                        and _same_unit(n.unit, info.unit):
                    exact, formula = abs(diff), "本期 − 计划目标" if based else "计划目标 − 本期"
                else:
                    continue
                if _rounds_to(n, exact, decimals) or _fits(n, exact, decimals):
                    return (f"{n.text} = {formula.replace('计划目标', c.label).replace('本期', '本期' + format_number(info.value) + info.unit)}"
                            f"（{info.name}）")
        return None

    def _row_to_target(self, named: list[str], n: NumberMention, family: str, decimals: int,
                       months: frozenset[int], before: str, whole: bool = False) -> str | None:
        """A named row against the period's target (9月平均排队时长比30秒的目标快9秒): the gap of
        that month's row to the target, in the direction the clause's word says. With `whole`,
        against the period's own value (11月接通率比全年平均水平低2.2个百分点)."""
        words = _words()
        found = list(words.moves.finditer(before[-12:])) if words.moves is not None else []
        if not found:
            return None
        move = words.move_of[found[-1].group()]
        for key in named:
            info = self._metrics.get(key)
            rows = self._columns.get(key) or []
            base = None if info is None else info.value if whole else info.target
            if base is None:
                continue
            row = [c for c in rows if _month_of(c) in months]
            if len(row) != 1:
                continue
            [c] = row
            unit = _unit_tail(c.label)
            if family == POINTS:
                if c.family != PERCENT:
                    continue
            elif not (n.unit and unit and _same_unit(n.unit, unit)):
                continue
            gap = c.value - base
            if not gap or not (_rounds_to(n, abs(gap), decimals) or _fits(n, abs(gap), decimals)):
                continue
            up = gap > 0
            if move in ("up", "down"):
                ok = up == (move == "up")
            elif info.better in ("higher", "lower"):
                ok = (up == (info.better == "higher")) == (move == "better")
            else:
                continue
            if ok:
                said = f"{'本期' if whole else '目标'}{format_number(base)}{info.unit}"
                return f"{n.text} = {c.label} − {said}" if up else f"{n.text} = {said} − {c.label}"
        return None

    def _claim_side(self, info, word: str, within: bool) -> bool | None:
        """Whether the period's value lies on the side of the target a claim word says (超过,
        低于: the sign; 达到, 优于: the metric's better side or level; 控制在…以内: not above), or
        None where the metric's direction cannot say."""
        words = _words()
        up, level = info.value > info.target, info.value == info.target
        if within:
            return not up
        move = words.move_of.get(word)
        if move in ("up", "down"):
            return not level and up == (move == "up")
        direction = info.better
        if direction == "neutral" and info.previous is not None and info.target != info.previous:
            direction = "higher" if info.target > info.previous else "lower"
        if direction not in ("higher", "lower"):
            return None
        better = up == (direction == "higher")
        if move == "worse":
            return not level and not better
        return level or better

    def _wrong_claim_after(self, info, text: str, n: NumberMention) -> str:
        """The period's value followed by a claim about its target in the next clause (5400人次，
        超过了季度目标 / 35秒，已优于30秒的目标 / 185秒，已控制在180秒的目标以内): the value must lie on
        the side of the target the word claims. Only the target the facts give (its number, or no
        number), never a plan (力争达到) or a denial (尚未达到)."""
        words = _words()
        if words.target_claim is None:
            return ""
        m = words.target_claim.match(text, n.end)
        if m is None or re.match("(?:任务|计划|值)?(?:的|之)(?:约|近|超过|逾)?[0-9０-９一二两三四五六七八九十百半]", text[m.end():]):
            return ""  # 完成全年目标的52%: progress towards it, no claim of meeting it
        mid = m.group("mid")
        if words.annual.search(mid + "目标") and len(self._period_months) < 12:
            # 全年目标 in a shorter report: the annual target, where the facts give it.
            if info.annual_target is None:
                return ""
            info = dataclasses.replace(info, target=info.annual_target)
        stated = re.findall("[0-9][0-9,]*(?:\\.[0-9]+)?", mid)
        if len(stated) > 1 or (stated and float(stated[0].replace(",", "")) != info.target):
            return ""
        # 180秒的目标, or 180秒目标 (the target's number and unit right before its word).
        rest = re.sub("[0-9][0-9,]*(?:\\.[0-9]+)?(?:[^0-9的]{0,3}?的|[^0-9的]{0,3}$)", "", mid) if stated else mid
        if not words.target_claim_mid.fullmatch(rest):
            return ""  # another noun between (超过了上季度的目标, 达到了同行的目标水平)
        word = m.group("word") or m.group("within_word")
        within = m.group("within_word") is not None
        ok = self._claim_side(info, word, within)
        if ok is None:
            return ""
        if m.group("denial"):
            # 9600通，未达到9000通的季度目标: a denial claims the other side.
            if words.still_to_go.search(m.group()) or words.need.search(m.group()):
                return ""
            ok, word = not ok, m.group("denial") + word
        if ok:
            return ""
        side = "高于" if info.value > info.target else ("低于" if info.value < info.target else "等于")
        claim = f"{m.group('denial') or ''}控制在{format_number(info.target)}{info.unit}以内" if within else word
        return (f"；事实中“{info.name}”为{format_number(info.value)}{info.unit}，{side}目标"
                f"{format_number(info.target)}{info.unit}，与“{claim}”不符")

    # -- subjects ------------------------------------------------------------------------

    def _mentions(self, text: str, start: int, end: int) -> list[tuple[int, int, tuple[str, ...]]]:
        if self._name_regex is None:
            return []
        out: list[tuple[int, int, tuple[str, ...]]] = []
        for m in self._name_regex.finditer(text, start, end):
            keys = self._names[m.group()]
            if out and out[-1][1] == m.start() and self._part_rate_of(out[-1][2], m.group(), keys):
                # 投诉办结率 where the facts hold 工单办结率: the complaints' own handled rate, told
                # by the end of another metric's name.
                continue
            out.append((m.start(), m.end(), keys))
        return out

    def _not_all_done(self, text: str, n: NumberMention, sentence: tuple[int, int], found: Trace) -> Trace | None:
        """本月12件投诉已全部办结 where 10 of the 12 were handled: the total is right, the claim
        that every one is done is not (a part the facts hold, complaints.handled, says how many)."""
        if _words().all_done is None or not (found.source or "").endswith(".total"):
            return None
        after = re.match("[^0-9０-９]{0,20}", text[n.end:min(sentence[1], n.end + 20)]).group()
        said = _words().all_done.search(after)
        if said is None:
            return None
        words = _words().part_names
        field = next((f for f, ws in words.items() if said.group(1) in ws), None)
        source = (found.source or "").removeprefix("事实 ").removesuffix(".total")
        part = next((c for items in self._all.items.values() for c in items
                     if c.stated and c.source.removeprefix("事实 ") == f"{source}.{field}"), None)
        if part is None or part.value == n.value:
            return None
        return Trace(False, None, None, f"；事实中{n.text}里{said.group(1)}的是{part.label}，不是全部")

    def _part_rate_of(self, owner: tuple[str, ...], said: str, keys: tuple[str, ...]) -> bool:
        """Whether `said` (办结率), the end of other subjects' names (`keys`), names instead the
        rate of a part (complaints.handled) of the subject named just before it (`owner`)."""
        if not said.endswith("率") or any(self.subjects[k].name == said for k in keys if k in self.subjects):
            return False
        parts = [field for field, words in _words().part_names.items() if any(said.startswith(w) for w in words)]
        if not parts:
            return False
        stated = (c for key in owner if key in self._stated
                  for items in self._stated[key].items.values() for c in items)
        return any(c.source.endswith(f".{field}") for c in stated for field in parts)

    @staticmethod
    def _part_named(c: Candidate, said: str) -> bool:
        """Whether a part of a subject's total (已办结, 升级) may enter a rate in a sentence:
        only where the sentence names it (升级率 is over the total, not over the handled)."""
        if not said or c.role != "count":
            return True
        words = _words().part_names.get(c.source.rsplit(".", 1)[-1])
        return words is None or any(w in said for w in words)

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
        # A part of a goal list set off by ； (项目的目标是：…占比达到60%；平均认领时长缩短到2天以内；
        # 失物相关热线来电比项目前减少50%) is one sentence with its head only for the framing: the
        # subjects the other parts name are theirs, not this part's (blind round 12).
        s_start = max(s_start, text.rfind("；", s_start, c_start) + 1, text.rfind(";", s_start, c_start) + 1)
        out: list[str] = []
        spans = (reversed(self._mentions(text, c_start, number.start)),
                 self._mentions(text, number.end, c_end),
                 reversed(self._mentions(text, s_start, c_start)))
        in_clause = False
        # 0: named in the figure's own clause; 1: earlier in its sentence.
        level: dict[str, int] = {}
        for i, mentions in enumerate(spans):
            for _, _, keys in mentions:
                for k in self._compatible(keys, family):
                    if k not in out:
                        out.append(k)
                        level[k] = i // 2
            if i == 1:
                in_clause = bool(out)
        back = self._referred(text, sentence, c_start, number.start) if not out else []
        if back:
            out, in_clause = [k for k in self._compatible(tuple(back), family)], True
            level = {k: 0 for k in out}
        # The most specific subject: 发货延迟投诉5件 is about one type, not all complaints. A type
        # named only in an earlier clause does not narrow the whole its figure's own clause names
        # (针对室温不达标开展回访，让投诉量控制在350件以内: the target of all complaints).
        parents, wider = set(), set()
        for k in out:
            group = self.subjects[k].group
            if group is None:
                continue
            for p in {group, _PARENTS.get(group, group)}:
                if level.get(k, 0) <= level.get(p, 1):
                    parents.add(p)
                elif p in out and family in (COUNT, PLAIN):
                    # …让投诉量控制在30件以内 after a type named earlier: the count of the whole
                    # the clause names (a share, 占全部投诉的37%, is still the type's part of it).
                    wider.add(k)
        if parents or wider:
            out = [k for k in out if k not in parents and k not in wider]
        if family in (COUNT, PLAIN):
            # 完成会员续费8400人次: the category's name stands for the metric it begins too.
            out = [k for key in out for k in (key, *self._compatible(tuple(self._heads.get(key, ())), family))]
            out = list(dict.fromkeys(out))
        return out, in_clause

    def _referred(self, text: str, sentence: tuple[int, int], start: int, end: int) -> list[str]:
        """The subjects of the sentence before, where this one refers back to them (这两类…)."""
        words = _words()
        if words.refer_back is None:
            return []
        head = words.refer_back.search(text, sentence[0], end)
        if head is None or text[sentence[0]:head.start()].strip(" \n，,"):
            return []
        stop = _last_mark(text, "。！？；\n", max(0, sentence[0] - 200), sentence[0] - 1) + 1
        keys = [k for _, _, ks in self._mentions(text, stop, sentence[0]) for k in ks]
        return list(dict.fromkeys(keys))

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
                decimals: int, skip: frozenset[str] = frozenset(),
                months: frozenset[int] | None = None) -> Candidate | None:
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
                if c.role in skip or (months is not None and c.row and _month_of(c) not in months):
                    continue
                if _GAP_SAID in skip and c.role in ("value", "table_total", "row"):
                    continue  # 比24小时的目标多20小时: a gap, not the value it happens to equal
                if months and c.month and not c.row and self._grain == "month" and _month_of(c) not in months:
                    continue  # 1月…88.6% where the facts' text gives 88.6% for March
                if months is not None and c.month in self._table_rows and not c.row and (
                        _month_of(c) not in months if months else _PERIOD_SAID in skip):
                    continue  # 周日…61秒 (or 本周…61秒) where the facts' text gives Thursday's cell
                if (c.role in ("text", "part") or not c.subjects) and n.unit and not _same_unit(n.unit, c.label):
                    continue  # a number of a fact's text in another unit (47条 is no 47人, 12件 no team of 12人)
                if n.unit and _other_group(n.unit, c.label):
                    continue  # 40人 is no 40件: units of two different groups of same_units
                if fam == COUNT and family == COUNT and n.kind == "count" and n.unit and c.stated \
                        and (c.row or c.role == "count" or c.subjects and c.subjects[0] in self.subjects
                             and self.subjects[c.subjects[0]].group is not None) \
                        and _measure_words_differ(n.unit, c.label):
                    continue  # 好评84条 is no row's 84单, 自助预约312人 no 312通 of calls, 3个坐席 no 3件
                if c.role == "count" and n.kind == "money":
                    continue  # 1000元 is no category's count of 1000 contacts
                exact = c.base / scale if as_base else c.value
                if _fits(n, exact, decimals):
                    key = (abs(exact - target), c.row, not c.stated)
                    if best is None or key < best[:3]:
                        best = (*key, c)
                    break
        return best[3] if best is not None else None

    def _in_subject(self, key: str, n: NumberMention, family: str, seconds: float | None,
                    decimals: int, clause_text: str, skip: frozenset[str] = frozenset(),
                    months: frozenset[int] | None = None, ends: frozenset[int] | None = None,
                    of_whole: bool = False, said: str = "") -> str | None:
        """A value of the subject, or arithmetic on its values, leaving out the roles the
        sentence rules out (and the months of the table it does not name); `said`: the
        sentence, which must name a part of a total that enters a rate."""
        index = self._by_subject.get(key)
        if index is None:
            return None
        hit = self._direct(index, n, family, seconds, decimals, skip, ends)
        if hit is not None and hit.role in ("text", "part") and hit.series != key:
            # 工单处理量 | … | 增长33.2% where a complaints note says 低于工单量33.2%的增幅: the
            # figure is matched first against the subject's own stated and derived figures (its
            # change here), not against another fact's text that happens to mention the subject
            # with the same number (that text's words are then checked against the sentence and
            # turn a right figure into an alarm). The note's number is exact and so ranks closer
            # than the rounded derived one; prefer the subject's own where it fits too.
            # (A month's row is not the subject's own figure for the period: 最低的一个月为3600通
            # must still meet the row checks, not slip past them on a row the text also quotes.)
            own = self._direct(index, n, family, seconds, decimals, skip | {"text", "part", "row"}, ends)
            if own is not None and key in own.subjects[:1] and not own.row:
                hit = own
        if hit is not None:
            return hit.source
        return self._arithmetic(key, n, family, seconds, decimals, clause_text, skip, months, of_whole, said)

    def _arithmetic(self, key: str, n: NumberMention, family: str, seconds: float | None,
                    decimals: int, clause: str, skip: frozenset[str] = frozenset(),
                    months: frozenset[int] | None = None, of_whole: bool = False,
                    said: str = "") -> str | None:
        item = key
        # A fraction (一半, 三成, 不到四成) of a named item is its own share, never a sibling's.
        own_part = bool(self.subjects[key].group and _FRACTION_WORDS.search(n.text))
        key = self.subjects[key].group or key
        stated = self._stated.get(key)
        if _words().pending.search(clause):
            # 尚有7件在处理中: not a count of the subject itself, but the total less one (handled).
            skip = skip - {"count"}
        if stated is not None and skip:
            stated = self._without_roles(key, skip)
        if stated is None:
            return None
        low, high = _precision_window(n, decimals)
        written = n.text
        words = _words()
        compares, sums, means = _compares(clause), words.sum.search(clause), words.mean.search(clause)
        # A rest (尚有, 未能…) is a total less a part of it, not this period less last.
        only_rest = not compares and words.remainder.search(clause) is not None
        compares = (compares or words.remainder.search(clause) is not None) and not of_whole

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
                             if fits(abs(a.base - b.base) / scale)
                             # (a late half's own count is not what is left of the year's target when the
                             # year so far is known: 28000 − 25000, not 28000 − 12000)
                             and not ({a.role, b.role} == {"annual_target", "value"} and self._year_so_far(key))
                             and not (n.unit and _other_group(n.unit, a.label))
                             and not (only_rest and (a.role in _REFERENCES or b.role in _REFERENCES))
                             # two rows of the table only where the sentence names both
                             and not (a.row and b.row
                                      and not (months and _month_of(a) in months and _month_of(b) in months))
                             and not (
                                 a.context and b.context
                                 and self._pair_against(clause, *((a, b) if a.base > b.base else (b, a))))
                             and not (a.row and b.row and self._rows_against(clause, a, b))]
                    if found:
                        # A metric's own values before two rows of its table.
                        a, b = min(found, key=lambda p: p[0].row + p[1].row)
                        hi_, lo_ = (a, b) if a.base >= b.base else (b, a)
                        return f"{written} = {hi_.label} − {lo_.label}"
            # Percent change between two values of one subject (120 → 15 is −87.5 %).
            if family == PERCENT:
                moved = [words.move_of[m.group()] for m in words.moves.finditer(clause)] if words.moves else []
                moved = [m for m in moved if m in ("up", "down")]
                # 三季度投诉量较二季度下降83.3%: against an earlier time, so no two counts of a kind
                # (升级1件 against 办结6件) but this period against that one.
                in_time = words.against_previous.search(clause) is not None or _EARLIER_TIME.search(clause) is not None
                previous = self._metrics[key].previous if key in self._metrics else None
                for fam in (COUNT, DURATION, SCORE, PLAIN, PERCENT):
                    for a, b in _pair(stated, fam, low, high, "change"):
                        if in_time and a.role == b.role == "count":
                            continue
                        if in_time and "text" in (a.role, b.role) and previous is not None:
                            continue  # 较上季度提升1.5%: over the metric's own earlier value, not two months a text gives
                        if moved and (a.base > b.base) != (moved[-1] == "up"):
                            continue  # 缩短265% = (95 − 26) ÷ 26: a fall is divided by the larger value
                        if b.role == "value" and a.role in _REFERENCES:
                            continue  # a change is divided by the earlier value or the target
                        if b.context and a.context and self._other_base(clause, b, a):
                            continue  # 比工作日长73.3%: over the weekday's 15秒, the one named after 比
                        if a.row and b.row and (_month_of(b) > _month_of(a) or not (
                                months and _month_of(a) in months and _month_of(b) in months)):
                            continue  # 9月较8月: two named months, divided by the earlier
                        if fam == DURATION and _span_frames(a) and _span_frames(b):
                            continue  # 2天共1800件 … 其余5天共2500件: spans that frame counts are no pair (round 48)
                        if b.base and fits(abs(a.base - b.base) / abs(b.base) * 100):
                            return f"{written} = ({a.label} − {b.label}) ÷ {b.label} × 100%"
        info = self._metrics.get(key)
        if family == PERCENT and words.target.search(clause) and "attainment" not in skip \
                and (info is None or info.better != "lower"):
            # 完成目标的107.5%: the value over the target, for any metric (the computed
            # attainment is left out for a metric whose direction the data does not know).
            aims = [c for fam in (COUNT, PLAIN, DURATION, SCORE, PERCENT) for c in stated.items.get(fam, ())
                    if c.role in ("target", "annual_target")]
            if self._year_so_far(key):
                # 已完成全年目标的43.6% of a July–December half whose year so far the facts know (上半年17100 +
                # 14400): the year's progress is that count's (95.5%), never the half's own over the year's target.
                aims = [c for c in aims if c.role != "annual_target"]
            for aim in aims:
                for c in stated.items.get(aim.family, ()):
                    if c.role == "value" and aim.base and fits(c.base / aim.base * 100):
                        return f"{written} = {c.label} ÷ {aim.label} × 100%"
        if family == PERCENT and (words.ratio.search(clause) or not compares):
            # A part of a whole: 32 ÷ 47 = 68.1 %; with …的X, any two values (26秒 ÷ 95秒).
            for fam in (COUNT, PLAIN, DURATION, SCORE, PERCENT) if of_whole else (COUNT, PLAIN):
                # A target over the value it was set for is no claim anyone states (达成率 is the
                # value over the target; 180,000 ÷ 186,420 = 96.6% is an attainment upside down).
                found = [(a, b) for a, b in _pair(stated, fam, low, high, "ratio")
                         if b.base and a.base <= b.base and fits(a.base / b.base * 100)
                         and not (a.role in _AIM_ROLES and b.role == "value")
                         and not (a.role == "value" and b.role == "annual_target" and self._year_so_far(key))
                         and self._part_named(a, said) and self._part_named(b, said)
                         # 行情软件类咨询710通，占本季度接听量超过三成: a sibling item is the whole
                         # only where the sentence names it
                         and not (said and b.subjects and b.subjects[0] != item and b.subjects[0] in self.subjects
                                  and self.subjects[b.subjects[0]].group
                                  and self.subjects[b.subjects[0]].name not in said)
                         # 取件码未收到类咨询是柜门无法打开类的50%: nor is a sibling the part
                         and not (said and a.subjects and a.subjects[0] != item and a.subjects[0] in self.subjects
                                  and self.subjects[a.subjects[0]].group
                                  and self.subjects[a.subjects[0]].name not in said)
                         # one row over another only where the sentence names both
                         and not (a.row and b.row and not (months and _month_of(a) in months
                                                           and _month_of(b) in months))]
                if found and own_part:
                    # 物流查询类不到总量的四成: a bounded fraction spans a wide range, so the part
                    # is the named item's own value, never a sibling's.
                    found = [(a, b) for a, b in found if item in a.subjects[:1]]
                if found:
                    a, b = max(found, key=lambda p: p[1].base)  # of the whole, not of another part
                    return f"{written} = {a.label} ÷ {b.label} × 100%"
            # A run of rows is a share (or an attainment) only where the sentence names its rows:
            # a table of days has hundreds of runs, one of which lands near any figure.
            share = self._run_share(key, n, decimals, months, bool(words.target.search(clause)),
                                    bool(words.annual.search(clause))) if months else None
            if share and "全年" in share and _PERIOD_TARGET.search(clause):
                share = None  # 完成半年目标的36.4% is not the year's target's share
            if share:
                return share
        if sums:
            scale = seconds or 1.0
            for fam in ((PERCENT,) if family == PERCENT else _MATCHES.get(family, ())):
                for a, b in _pair(stated, fam, low * scale, high * scale, "sum"):
                    ta, tb = _unit_tail(a.label), _unit_tail(b.label)
                    if ta and tb and not (_same_unit(ta, b.label) or _same_unit(tb, a.label)):
                        continue  # 30元 + 28位: no sum of two units
                    if fits((a.base + b.base) / scale):
                        return f"{written} = {a.label} + {b.label}"
                top = _top_sum(stated, fam, n, decimals, scale)
                if top:
                    return f"{written} = " + " + ".join(c.label for c in top)
        if sums or means or (months and len(months) >= 2):
            # 1至5月处理咨询52,550件: a range of months adds up (a count) or averages.
            for mean in ((bool(means),) if sums or means else (False, True)):
                found = self._table_runs(key, n, family, seconds, decimals, mean=mean, months=months)
                if found:
                    return found
        return None

    def _table_runs(self, key: str, n: NumberMention, family: str, seconds: float | None,
                    decimals: int, mean: bool, months: frozenset[int] | None = None) -> str | None:
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
                if months is not None and (
                        {_month_of(c) for c in rows[i:i + length]} != months if months else length != count):
                    continue
                total = prefix[i + length] - prefix[i]
                exact = total / length if mean else total
                if (_fits if mean else _rounds_to)(n, exact, decimals):
                    span = f"{rows[i].label}至{rows[i + length - 1].label}"
                    what = "平均" if mean else "合计"
                    return f"{n.text} = {span}{what}"
        return None

    # -- the table's closure: what a writer computes from the rows a sentence names ---------

    def _row_groups(self, text: str, sentence: tuple[int, int]) -> list[tuple[int, str, frozenset[int]]]:
        """The rows (months, weeks, days) a sentence names, as groups in order of place: a
        row (8月), a run (4至6月, 一季度, 上半年, 周一至周五, 周末), a list (7、8两个月), the row
        before a single one (前一天, 环比) and the highest and lowest rows (最高月, 最低)."""
        s = text[sentence[0]:sentence[1]]
        memo = self._groups_memo.get(s)
        if memo is not None:
            return memo
        if len(self._groups_memo) > 4096:
            self._groups_memo.clear()
        grain = self._grain
        members = grain.names if isinstance(grain, _Members) else {}
        named = re.compile(alt_of(sorted(members, key=len, reverse=True))) if members else None
        if not _ROW_HINT.search(s) and not (named is not None and named.search(s)):
            self._groups_memo[s] = []
            return []
        rows = self._row_numbers
        found: list[tuple[int, str, frozenset[int]]] = []
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, group: Iterable[int], kind: str = "rows") -> None:
            g = frozenset(group)
            if kind == "rows" and (not g or not g <= rows):
                return
            if any(a < end and start < b for a, b in taken):
                return
            taken.append((start, end))
            found.append((start, kind, g))

        if named is not None:
            # 王磊、李娜、张强三人共接听8700件: the people listed are a group of their rows, one named alone its row.
            for m in re.finditer(f"(?:{named.pattern})(?:[、和与及](?:{named.pattern}))+", s):
                add(m.start(), m.end(), {members[x] for x in named.findall(m.group())})
            for m in named.finditer(s):
                add(m.start(), m.end(), {members[m.group()]})
        if grain == "month":
            for m in _LISTED_MONTHS.finditer(s):
                add(m.start(), m.end(), (_month_number(x) for x in re.split("[、和与及]", m.group(1))))
            for m in _QUARTER_NAMED.finditer(s):
                q = "一二三四".find(m.group(1)[0]) + 1 if m.group(1) else int(m.group(2).translate(_FULLWIDTH))
                group = frozenset(range(3 * q - 2, 3 * q + 1))
                if rows - group:
                    add(m.start(), m.end(), group)
            for m in _QUARTER_RUN.finditer(s):
                count = 3 * (2 if m.group(2) in "两二" else 3)
                if len(rows) >= 12:
                    ordered = sorted(rows)
                    add(m.start(), m.end(), ordered[:count] if m.group(1) in "前头" else ordered[-count:])
            for m in _HALVES.finditer(s):
                first = sorted(rows)[: len(rows) // 2]
                group = first if m.group(0)[0] == "上" else sorted(rows)[len(rows) // 2:]
                if len(rows) >= 12:
                    add(m.start(), m.end(), group)
        if grain == "day":
            weekdays = self._weekdays()
            for m in _WEEKDAY_RANGE.finditer(s):
                # 周一到周三 / 周四至周日: the days of the table from one weekday to the other.
                a, b = (_weekday_index(m.group(i)) for i in (1, 2))
                if a < b:
                    add(m.start(), m.end(), {d for d, wd in weekdays.items() if a <= wd <= b})
            for m in _WEEK_RUNS.finditer(s):
                w = m.group(0)
                if "末" in w or "六" in w and "日" in w[w.index("六"):]:
                    group = {d for d, wd in weekdays.items() if wd >= 5}
                elif "工作日" in w or "一" in w:
                    group = {d for d, wd in weekdays.items() if wd < 5}
                else:
                    continue
                add(m.start(), m.end(), group)
            months = {c.month[5:7] for col in self._columns.values() for c in col}
            for m in re.finditer("双(1[12]|十[一二])", s):
                # 双11当天: the 11th of November, where the table is November's days.
                day = 11 if m.group(1) in ("11", "十一") else 12
                if months == {f"{day:02d}"}:
                    add(m.start(), m.end(), {day})
            for word, (first, last) in _words().thirds.items():
                # 上旬 / 中旬 / 下旬: the 1st to 10th, 11th to 20th, 21st to the month's last day.
                for m in re.finditer(re.escape(word), s):
                    add(m.start(), m.end(), {d for d in rows if first <= d <= last})
            for m in _LISTED_DAYS.finditer(s):
                # 12、13日 / 9和10号: the days listed, like 7、8两个月 in a table of months.
                add(m.start(), m.end(), (int(x) for x in re.split("[、和与及]", m.group(1))))
            for m in _WEEKDAY.finditer(s):
                add(m.start(), m.end(), self._weekday_rows(m.group(1), weekdays))
        for m in _PERIODS[grain].finditer(s):
            if _DEADLINE_AFTER.match(s, m.end()):
                continue  # 力争在2026年6月30日前使…为20%: a plan's deadline, no row of the table
            if grain == "month" and not m.group(2) and _words().month_part is not None \
                    and _words().month_part.match(s, m.end()):
                continue  # 5月上半月 / 5月下旬: a part of the month, not its row
            a = _month_number(m.group(1))
            b = _month_number(m.group(2)) if m.group(2) else a
            add(m.start(), m.end(), _run(a, b, grain))
        unit = {"month": "个?月", "week": "周", "day": "[天日]", "member": "(?!)"}[grain]
        ordered = sorted(rows)
        for m in re.finditer(f"([前后头]|最后)([两二三四五六七八九十0-9]+){unit}", s):
            count = 2 if m.group(2) in "两二" else _month_number(m.group(2))
            if m.group(1) == "后" and re.match("之?内|以内", s[m.end():]):
                # 闭园后两天内 / 转办后3天内: a window after an event (a case's), not the last rows.
                continue
            if 1 < count < len(ordered):
                # 前三个月 / 后两周 / 头三天: the first or last rows of the table.
                add(m.start(), m.end(), ordered[:count] if m.group(1) in "前头" else ordered[-count:])
        ends_of = _words().table_ends.get(grain, {})
        for side, end_words in ends_of.items():
            for m in re.finditer(alt_of(end_words), s):
                # 较项目首月增长 / 最后一周: the table's first or last row.
                if len(ordered) > 1:
                    add(m.start(), m.end(), {ordered[0] if side == "first" else ordered[-1]})
        found.sort()
        singles = [g for _, kind, g in found if kind == "rows" and len(g) == 1]
        words = _words()
        for m in _words().row_before.finditer(s):
            # (11月24日…，25日…，比前一天多: the row before the last one named before the word)
            prior = [g for start, kind, g in found if kind == "rows" and len(g) == 1 and start < m.start()]
            if prior or singles:
                one = min(prior[-1] if prior else singles[0]) - 1
                add(m.start(), m.end(), {one})
        if singles and words.previous_row.search(s) and len(singles) == 1:
            at = words.previous_row.search(s)
            add(at.start(), at.end(), {min(singles[0]) - 1})
        if words.row_after is not None and grain == "day":
            # (12月1日接待220次，第二天…: the row after the last one named before the word, in the table's order —
            # 11月30日's next is 12月1日)
            order = [_month_of(c) for c in next(iter(self._columns.values()), [])]
            for m in words.row_after.finditer(s):
                prior = [g for start, kind, g in found if kind == "rows" and len(g) == 1 and start < m.start()]
                one = min(prior[-1]) if prior else None
                if one in order and order.index(one) + 1 < len(order):
                    add(m.start(), m.end(), {order[order.index(one) + 1]})
        per_row = {"month": "月", "week": "周", "day": "天", "member": "人"}[grain]
        for w, unit in words.per_unit.items():
            # 比本周日均高出1440通: the period's mean per row is a baseline like a row.
            at = s.find(w) if unit == per_row else -1
            if at >= 0 and self._per.get(unit, 0) == len(rows):
                # The period's word before it belongs to it (比本周日均: the baseline after 比).
                period = words.whole_period.search(s, max(0, at - 3), at)
                start = period.start() if period is not None and period.end() == at else at
                add(start, at + len(w), rows, "mean")
        for m in words.most.finditer(s):
            add(m.start(), m.end(), (), "most")
        for m in words.least.finditer(s):
            add(m.start(), m.end(), (), "least")
        found.sort()
        self._groups_memo[s] = found
        return found

    def _weekday_rows(self, said: str, weekdays: dict[int, int] | None = None) -> set[int]:
        """The days of the table that fall on the weekday a 周X names."""
        wd = _weekday_index(said)
        return {d for d, x in (weekdays if weekdays is not None else self._weekdays()).items() if x == wd}

    def _weekdays(self) -> dict[int, int]:
        import datetime

        out: dict[int, int] = {}
        for rows in self._columns.values():
            for c in rows:
                try:
                    out[_month_of(c)] = datetime.date.fromisoformat(c.month).weekday()
                except ValueError:
                    # (12月1日: a row keyed by the date as a person writes it, in the period's year)
                    said = re.fullmatch("([0-9]{1,2})月([0-9]{1,2})[日号]", c.month)
                    if said is None or not self._period_year:
                        continue
                    year = self._period_year - (int(said.group(1)) > self._period_last_month)
                    try:
                        out[_month_of(c)] = datetime.date(year, int(said.group(1)), int(said.group(2))).weekday()
                    except ValueError:
                        continue
        return out

    def _table_closure(self, text: str, n: NumberMention, family: str, seconds: float | None,
                       decimals: int, sentence: tuple[int, int], lead_end: int, clause: str,
                       named: list[str]) -> str | None:
        """A figure computed from the table rows its sentence names: a run's sum or mean, the
        difference, percent change or quotient of two of them (in the direction the clause
        says), a run's share of the column's total, the highest less the lowest row."""
        if not self._columns or n.kind == "multiple" or family == PLAIN:
            return None
        said = text[sentence[0]:sentence[1]]
        if any(w in said for w in _words().respectively):
            return None  # A、B分别为x、y: each figure is its own item's (_respectively)
        if _told_as_present(text, n, sentence):
            return None  # 供暖季（11月至次年2月）…（目前为94.1%）: the level now, no run of the rows
        own_clause = max(sentence[0], _last_mark(text, "，,；;", sentence[0], n.start) + 1)
        if not any(k in self._columns for k in named) and _AN_END.search(text, max(sentence[0], n.start - 12), n.start) \
                and not (family == COUNT and self._row_groups(text, (own_clause, n.start))):
            # 转人工率由5月的58%降至6月的33%: an end of another subject's change, no run's figure (but
            # 中旬因系统故障升到9070件: a count its own clause gives a run of the rows is that run's)
            return None
        # Rows named up to the figure's clause (a later clause may name another: 二季度占49.6%，
        # 略低于一季度); the highest or lowest row anywhere in the sentence (…，为一周最高). An
        # earlier clause that is an action with its own time names no row of the claim (7月上线…).
        groups = self._row_groups(text, (_time_start(text, sentence[0], n.start), lead_end))
        if _words().extremes.search(text, lead_end, sentence[1]):
            groups += [g for g in self._row_groups(text, sentence)
                       if g[1] != "rows" and g[0] >= lead_end - sentence[0]]
        if not groups:
            return None
        # The highest or lowest row is a value of its own only where no row is named (为一周最高);
        # 4月最高，达11,200件 is April's row, which the direct match has tried.
        by_name = any(kind == "rows" for _, kind, _ in groups)
        clause = _words().extremes.sub("", clause)
        keys = [k for k in named if k in self._columns] or list(self._columns)
        columns = self._columns
        rests = list(dict.fromkeys(self._rest_names[m.group()] for m in self._rest_regex.finditer(text, sentence[0], n.start))) \
            if self._rest_regex is not None else []
        whole_said = _COLUMN_WHOLE.search(clause) if family == PERCENT else None
        if rests and whole_said is not None and self._rest_regex.search(whole_said.group(1)) is None:
            rests = []  # 未接通…占当天来电的: a share of another whole than the rest's own
        if rests:
            # 本周未接通1680件，其中12日…1050件 / 占未接通总数的62.5%: the rest the sentence names is a
            # column of its own here.
            columns = {**self._columns, **{k: self._rest_columns[k] for k in rests}}
            keys = rests + [k for k in named if k in self._columns]
        if family == PERCENT and len(keys) > 1 and not any(k in self._columns for k in named) and not rests:
            # 11月接听7600通，12月接听7700通，环比增长1.3%: naming no column, the change is of the column
            # in the unit of the counts the sentence states (通), not of another's (报修工单量 in 单).
            units = {f.mention.unit for f in self._sentence_figures(text, sentence)
                     if f.family == COUNT and f.mention.unit and sentence[0] + f.mention.end <= n.start}
            own = [k for k in keys if columns[k] and any(columns[k][0].label.endswith(u) for u in units)]
            keys = own or keys
        if family == PERCENT and len(keys) > 1 and (said_whole := _COLUMN_WHOLE.search(clause)) is not None:
            # 占1–11月报修工单的: a share over the column the whole's words name (报修 of 报修量),
            # never over another column's rows (受理量).
            stems = {k: _COLUMN_STEM.sub("", k.split(":")[-1]) for k in keys}
            own = [k for k, stem in stems.items() if len(stem) >= 2 and stem in said_whole.group(1)]
            keys = own if len(own) == 1 else keys
        # Which way the clause says the figure moved: the direction words of directions.yaml.
        words = _words()
        moved = {words.move_of[m.group()] for m in words.moves.finditer(clause)} if words.moves else set()
        bound = words.bound_moves.search(text[sentence[0]:n.start].rstrip("约近将接 ")) \
            if words.bound_moves is not None and re.search("[比较]", clause) else None
        if bound is not None:
            moved.add(words.bound_move_of[bound.group(1)])  # 7月比9月短10秒
        up, down = "up" in moved, "down" in moved
        # The baseline: the group after 比/较, or the row before one the sentence names, added
        # where 环比 / 前一天 stands (8月…环比缩短4秒: August against July, in that direction).
        against = [i for i, (start, _, _) in enumerate(groups)
                   if _AGAINST.search(text[sentence[0]:sentence[0] + start][-4:])
                   or words.previous_row.match(text, sentence[0] + start)
                   or words.row_before.match(text, sentence[0] + start)]
        # 8月…较3月延长了1.8天: the amount of a change between two rows the clause names, never
        # one row's own value.
        amount = _is_amount(text, n) and len(groups) >= 2 and bool(against)
        # 王磊接听3000件，占全班来电量的: a whole 占…的 names by another subject's name (来电量) is no share of the
        # column's rows (its total 21600 is the answered calls).
        share_of = re.search("占([^，,；;。占]{1,12})的", clause) if family == PERCENT else None
        whole_keys = {k for m in self._name_regex.finditer(share_of.group(1)) for k in self._names.get(m.group(), ())} \
            if share_of is not None and self._name_regex is not None else set()
        for key in keys:
            rows = columns[key]
            if not rows:
                continue
            if whole_keys and key not in whole_keys:
                continue
            col = rows[0].family
            rate = col in (PERCENT, DURATION, SCORE)
            if family == PERCENT:
                pass
            elif family == POINTS:
                if col != PERCENT:
                    continue
            elif family not in _MATCHES or col not in _MATCHES[family] and not (family == DURATION == col):
                continue
            if family in (COUNT, PLAIN) and n.unit and not rows[0].label.endswith(n.unit):
                continue
            scale = (seconds or 1.0) if family == DURATION else 1.0
            by_row = {_month_of(c): c.base / scale for c in rows}
            top = max(by_row, key=by_row.get)
            low = min(by_row, key=by_row.get)
            sets = []
            for _, kind, g in groups:
                g = frozenset({top}) if kind == "most" else frozenset({low}) if kind == "least" else g
                if not g <= set(by_row):
                    sets.append(None)
                    continue
                total = sum(by_row[r] for r in g)
                # The period's mean per row stands for one row (its total is its mean).
                sets.append((g, total / len(g), total / len(g)) if kind == "mean" else (g, total, total / len(g)))
            whole = (frozenset(by_row), sum(by_row.values()), sum(by_row.values()) / len(by_row))
            # The whole of a share: the column's total, or the period's own value (a table of five
            # months in a year's report: 5月占全年的8.9% is of the year's value).
            # (占全班来电量的 of the column 接听量 matched to 报障来电量 by synonym: the metric's value is the whole
            # the words name, not the column's total, where the words do not name the column itself.)
            column_named = not whole_keys or rows[0].series.removeprefix("table:") in share_of.group(1)
            wholes = [(whole[1], "全期合计")] * column_named + [
                (c.base / scale, c.label) for fam in _MATCHES.get(col, (col,))
                for c in self._stated.get(key, _Index()).items.get(fam, ()) if c.role == "value" and c.base]
            values: list[tuple[float, str]] = []
            rows_named = [one for (_, kind, _), one in zip(groups, sets) if one is not None and kind == "rows"]
            extra = []
            if len(rows_named) >= 2:
                # 1月和6月两个高峰月合计: the rows named together.
                g = frozenset().union(*(one[0] for one in rows_named))
                if g != whole[0] and len(g) > max(len(one[0]) for one in rows_named):
                    total = sum(by_row[r] for r in g)
                    extra.append(((0, "rows", g), (g, total, total / len(g))))
            if family == PERCENT and not rate:
                # 11日0点至2点进线396人，占当天接待量的34.5%: a figure of the sentence over a named row.
                # A change (周五比周四多37件，增幅29.6%) is over the row named after 比 only.
                over = rows_named
                of = text.rfind("占", sentence[0], n.start)
                if of >= 0 and _words().whole_period.search(text, of, n.start) \
                        and not _months_in(text[of:n.start], self._grain)[0]:
                    over = []  # (12月4日退款360单，占本周接待量的…: the whole is the period's, not the day's row)
                if _compares(clause):
                    over = [one for (start, kind, _), one in zip(groups, sets) if one is not None and kind == "rows"
                            and _AGAINST.search(text[sentence[0]:sentence[0] + start][-4:])]
                for f in self._sentence_figures(text, (sentence[0], lead_end)):
                    if f.family == COUNT and sentence[0] + f.mention.end <= n.start:
                        for one in over:
                            if one[1] > f.base:
                                values.append((100 * f.base / one[1], f"{f.mention.text} ÷ {self._run_label(rows, one[0])}"))
            # 9月和10月人工进线月均66000次: the mean of the rows named together, no one row's total.
            together = bool(extra) and _ROWS_MEAN.search(clause) is not None and family not in (PERCENT, POINTS)
            for (_, kind, _), one in [*zip(groups, sets), *extra]:
                if one is None or by_name and kind != "rows" or kind == "mean" or amount:
                    continue
                if together and all(one is not e[1] for e in extra):
                    continue
                g, total, mean = one
                label = self._run_label(rows, g)
                if family != PERCENT and family != POINTS:
                    if not rate:
                        values.append((total, f"{label}合计"))
                        days = self._days_of(rows, g) if _words().per_day_mean.search(clause) else 0
                        if days:
                            # 7月日均来电774通: a month's rows over its calendar days.
                            values.append((total / days, f"{label}合计 ÷ {days}天"))
                    values.append((mean, f"{label}平均"))
                if family == PERCENT and not rate:
                    values.extend((100 * total / w, f"{label}合计 ÷ {w_label}") for w, w_label in wholes if w > total)
                if family == PERCENT and col == PERCENT:
                    values.append((mean, f"{label}平均"))
            pairs = []
            for i, a in enumerate(sets):
                for j, b in enumerate(sets):
                    if i == j or a is None or b is None or a[0] == b[0]:
                        continue
                    # The baseline is the group after 比/较 (or the row before); else the later one.
                    if against and j not in against:
                        continue
                    pairs.append((a, b))
            unit = _UNIT_TAIL.search(rows[0].label)
            unit = unit.group() if unit else ""
            # 工作日日均比周末日均多35人: runs compared by their means per row where the clause says so.
            by_mean = rate or (words.mean.search(clause) is not None
                               and any(len(one[0]) > 1 for pair in pairs for one in pair))
            for a, b in pairs:
                x, y = (a[2], b[2]) if by_mean else (a[1], b[1])
                # The inputs in the source: 2026-08 214件 − 2026-07 196件.
                avg_a, avg_b = (len(o[0]) > 1 and (by_mean or o[1] == o[2]) for o in (a, b))
                la = f"{self._run_label(rows, a[0])}{'平均' if avg_a else ''} {format_number(x * scale, None if avg_a or rate else 0)}{unit}"
                lb = f"{self._run_label(rows, b[0])}{'平均' if avg_b else ''} {format_number(y * scale, None if avg_b or rate else 0)}{unit}"
                diff = x - y
                if (up and not down and diff < 0) or (down and not up and diff > 0):
                    continue
                if family == PERCENT:
                    if y:
                        values.append((100 * abs(diff) / y, f"({la} − {lb}) ÷ {lb} × 100%"))
                        if not rate and a[0] < b[0]:
                            values.append((100 * x / y, f"{la} ÷ {lb} × 100%"))
                elif family == POINTS or not (family == PERCENT):
                    values.append((abs(diff), f"{la} − {lb}"))
            for exact, formula in values:
                if _fits(n, exact, decimals) or _rounds_to(n, exact, decimals):
                    return f"{n.text} = {formula}"
        return None

    def _table_claim(self, text: str, n: NumberMention, family: str, seconds: float | None, decimals: int,
                     sentence: tuple[int, int], lead_end: int, clause: str, named: list[str]) -> Trace | None:
        """A claim about runs of the table the sentence names — a share of one (8月占全季度的35%,
        上半年占全年的52.5%) or a comparison of two where one is a run (下半年比上半年多1,430件) —
        is the table's to answer: its closure, or wrong. None where the sentence names no run or
        names a subject that is not a column (a category's share in a month is not the table's)."""
        if family not in (PERCENT, COUNT, DURATION, POINTS) or n.kind == "multiple" or not self._columns:
            return None
        if any(k not in self._columns for k in named):
            return None
        if _words().target.match(text, n.end + (1 if text.startswith("的", n.end) else 0)):
            return None  # 首次低于180秒的目标: the figure is named a target, no run of the table
        if _PLANNED.search(clause) and _AIMED_LEVEL.search(text, max(0, n.start - 4), n.start):
            return None  # 11月至次年2月冬季排班…争取…提升至93%: an aim, not a claim about the rows
        if _told_as_present(text, n, sentence):
            return None  # …提升至95%（目前为94.1%）: the metric's level now, no run of the table
        if self._text_numbers and self._quoted(text, n, sentence) is not None:
            # 9月升级类工单118件，比3月的163件少45件, as a case's result says it: the fact's text
            # answers for its own figures, whatever months it names.
            return None
        own_clause = max(sentence[0], _last_mark(text, "，,；;", sentence[0], n.start) + 1)
        if not named and _AN_END.search(text, max(sentence[0], n.start - 12), n.start) \
                and not (family == COUNT and self._row_groups(text, (own_clause, n.start))):
            # 转人工率由5月的58%降至6月的31%: an end of a change whose subject is no column of the
            # table is the sentence's (or a fact's text's), not a row's (中旬…升到9170件 is the run's).
            return None
        # Only where a column can hold such a figure (二季度新增坐席比一季度多3人 is no column's).
        if not any(rows and (
                family == PERCENT or family == POINTS and rows[0].family == PERCENT
                or family == DURATION and rows[0].family == DURATION
                or family == COUNT and n.unit and _same_unit(n.unit, rows[0].label))
                for rows in self._columns.values()):
            return None
        # 占全季度的35%; 完成全年目标的38.7% (a run's progress towards a target is its share of it).
        share = family == PERCENT and ("占" in clause or bool(
            _words().target.search(clause) and _PROGRESS_SAID.search(clause)))
        # A count of a run in a column's own unit (前三个月来电53,000通, 7至9月合计受理7,910件).
        run_total = family == COUNT and bool(n.unit) and not n.approximate and any(
            rows and _same_unit(n.unit, rows[0].label) for rows in self._columns.values())
        if not share and not run_total and not _compares(clause):
            return None
        # Rows named up to the figure's clause, not in an earlier clause that is an action with its
        # own time (7月上线智能排队，9月平均排队时长降到21秒 compares no July with September).
        groups = [g for g in self._row_groups(text, (_time_start(text, sentence[0], n.start), lead_end))
                  if g[1] == "rows"]
        if re.match("[中里]", text[n.end:n.end + 1]):
            # 进线量24600件中含11月11日至13日…的重复进线1840件: a whole before its part; the rows named
            # after it are the part's, not the whole's.
            start = _time_start(text, sentence[0], n.start)
            groups = [g for g in groups if start + g[0] < n.start]
        if not groups:
            return None
        # …为10,200件、9,850件和10,500件: a list of the rows, in order, not their total.
        listed = text[n.start - 1:n.start] in ("、", "和", "及", "与") or text[n.end:n.end + 1] in ("、", "和")
        run_total = run_total and not listed and len(groups) == 1 and len(groups[0][2]) > 1 and not _compares(clause)
        if run_total and not share and self._period_months and set(groups[0][2]) == set(self._period_months):
            # 3月至8月共有6599单预约发生改约 in a report of March to August: the run is the period
            # itself, whose counts (改约 of its basis, not in the table) answer for it.
            return None
        # Two runs compared are the table's; two single rows only where the table covers the
        # period (in a month's report 环比 compares the month with the row before, not two rows).
        covers = self._grain != "month" or self._per.get("月", 1.0) > 1
        # (one row named twice, 推动孔雪…让孔雪的一次解决率提升至65%, compares nothing: a plan's aim for her)
        distinct = len({tuple(g[2]) for g in groups})
        compare = distinct >= 2 and _compares(clause) and (covers or any(len(g[2]) > 1 for g in groups))
        if not (share or compare or run_total):
            return None
        units = [_unit_tail(rows[0].label) for rows in self._columns.values() if rows]
        whole_said = share and any(
            f.family == COUNT and f.mention.unit and not any(u and _same_unit(f.mention.unit, u) for u in units)
            and sentence[0] + f.mention.end <= n.start for f in self._sentence_figures(text, sentence))
        if whole_said:
            # 8月积压的40单报修工单中，超过3天未处理的占35%: a share of a count the sentence states
            # in no column's unit (of the sentence's or a fact's text's numbers), not of the table's.
            local = self._sentence_arithmetic(text, n, family, seconds, decimals, sentence, clause) \
                or self._in_text_pairs(text, n, family, seconds, decimals, sentence, clause, True,
                                       stated_only=True, named=named)
            return Trace(True, local) if local is not None else None
        if share and len(groups) == 1 and _words().target.search(clause):
            # 1至3月合计3230单，占全年目标的21.5%: the run's share of the target its clause names.
            annual = bool(_words().annual.search(clause))
            for key in named or list(self._columns):
                aimed = self._run_share(key, n, decimals, frozenset(groups[0][2]), True, annual)
                if aimed is not None and (annual or "全年" not in aimed):  # 上半年目标 is not the year's
                    return Trace(True, aimed)
        at = text.rfind("占", sentence[0], n.start)
        period_whole = share and at >= 0 and _words().whole_period is not None \
            and _words().whole_period.match(text, at + 1 + (text[at + 1:at + 2] == "了")) is not None
        own = self._own_named.match(text, at + 1 + (text[at + 1:at + 2] == "了")) \
            if share and at >= 0 and not period_whole and self._own_named is not None else None
        if own is not None and "月" not in own.group() and "周" not in own.group():
            # 8月至9月微信报修5600件，占三季度受理量的6.5%: the report's own quarter (half, year) by its name.
            period_whole = True
        if period_whole:
            # 周六代接的84通约占本周接听量的6.1%: the whole is the period's (占本周…), so the part the
            # sentence states is a share of the period's value, whatever row named it.
            local = self._share_of_part(text, n, decimals, sentence, named)
            if local is not None:
                return Trace(True, local)
        source = self._table_closure(text, n, family, seconds, decimals, sentence, lead_end, clause, named)
        if source is not None and period_whole and re.search("÷ [0-9]{4}-[0-9]{2}(?:-[0-9]{2})?[^÷]*$", source):
            source = None  # …占本周接听量的37.5% (90 ÷ the Sunday's row): the whole is the week, no row
        if source is not None:
            return Trace(True, source)
        if any(w in text[sentence[0]:sentence[1]] for w in _words().respectively):
            return None
        if share:
            # 8月积压最多时达40单，其中…的14单占35%: a share of two counts the sentence states
            # (of the facts), not of the month's rows.
            local = self._sentence_arithmetic(text, n, family, seconds, decimals, sentence, clause)
            if local is not None:
                return Trace(True, local)
            within = self._row_rate(n, decimals, groups)
            if within is not None:
                return Trace(True, within)
        runs = "、".join(self._run_label(next(iter(self._columns.values())), g) for _, _, g in groups[:3])
        return Trace(False, None, None, f"；表中{runs}的数算不出{n.text}")

    def _row_rate(self, n: NumberMention, decimals: int, groups: list) -> str | None:
        """11月报修工单占当月来电的17.5%: a share within one row of the table, one count column
        over a larger one of the same row (the row the sentence names, no other)."""
        if len(groups) != 1 or len(groups[0][2]) != 1:
            return None
        month = next(iter(groups[0][2]))
        cells = [c for rows in self._columns.values() for c in rows
                 if c.family == COUNT and _month_of(c) == month and c.base > 0]
        for part in cells:
            for whole in cells:
                if part is not whole and part.base < whole.base \
                        and _rounds_to(n, part.base / whole.base * 100, decimals):
                    return f"{n.text} = {part.label}（{part.source}）÷ {whole.label}（{whole.source}）× 100%"
        return None

    def _other_row(self, n: NumberMention, family: str, seconds: float | None, decimals: int,
                   months: frozenset[int]) -> Candidate | None:
        """A row of the table, of a month the sentence does not name, that the figure states."""
        scale = seconds or 1.0
        for rows in self._columns.values():
            if not rows or rows[0].family not in _MATCHES.get(family, ()) and rows[0].family != family:
                continue
            if n.unit and family == COUNT and not _same_unit(n.unit, rows[0].label):
                continue
            for c in rows:
                if _month_of(c) not in months and _rounds_to(n, c.base / scale, decimals):
                    return c
        return None

    def _days_of(self, rows: list[Candidate], g: frozenset[int]) -> int:
        """The calendar days of the months of a run (0 unless the table's rows are months)."""
        import calendar

        if self._grain != "month":
            return 0
        days = 0
        for c in rows:
            if _month_of(c) in g:
                m = re.fullmatch("([0-9]{4})-([0-9]{1,2})", c.month)
                if m is None:
                    return 0
                days += calendar.monthrange(int(m.group(1)), int(m.group(2)))[1]
        return days

    @staticmethod
    def _run_label(rows: list[Candidate], g: frozenset[int]) -> str:
        named = [c.month for c in rows if _month_of(c) in g]
        if len(named) == 1:
            return named[0]
        return f"{named[0]}至{named[-1]}" if len(named) == len(g) and max(g) - min(g) + 1 == len(g) \
            else "、".join(named)

    def _why_not(self, keys: list[str], n: NumberMention, family: str, seconds: float | None,
                 decimals: int) -> str:
        """Name the subject's values and, when the figure is another subject's, whose."""
        subject = self.subjects[keys[0]]
        shown = self._own.get(keys[0], [])
        where = ""
        hit = self._direct(self._all, n, family, seconds, decimals)
        if hit is None and family != PLAIN and n.unit in ("分", "%"):
            # 98.0分 where 98.0 is a rate's target: the same number under another unit.
            hit = self._direct(self._all, n._replace(kind="plain", unit=""), PLAIN, None, decimals)
            if hit is not None and not hit.label.endswith(("分", "%")):
                hit = None
        elif hit is not None and n.unit and not _same_unit(n.unit, hit.label):
            hit = None  # 超过七成 is no “投诉”的71件, 2秒 no 2.2%: name only an owner in the figure's unit
        if hit is not None and not set(hit.subjects) & set(keys):
            owner = self.subjects[hit.subjects[0]].name if hit.subjects else "其他项"
            where = (f"，{n.text}是{hit.label}" if owner in hit.label
                     else f"，{n.text}是“{owner}”的{hit.label}")
        values = "、".join(c.label for c in shown)
        if values:
            return f"；事实中“{subject.name}”为{values}{where}"
        return f"；“{subject.name}”的事实中没有这个数{where}"


_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十一": 11, "十二": 12}
_M = "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_MONTHS = re.compile(f"(?<![0-9.A-Za-z个上下本当次每])({_M})(?:月份?)?(?:(?:至|到|[-~～—–])({_M}))?月(?!度?[均底初末])")


# Tables whose rows are weeks (第3周, 2025-W45) or days (2025-11-11) are named by week or
# day: 第2周咨询量1,320件, 第1至3周累计, 11月11日咨询量.
_W = "(?:[1-5]?[0-9]|[二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_WEEKS = re.compile(f"第({_W})周?(?:(?:至|到|[-~～—–])第?({_W}))?周")
_DY = "(?:3[01]|[12][0-9]|0?[1-9])"
_DAYS = re.compile(f"(?<![0-9])(?:{_M}月)?({_DY})[日号]?(?:(?:至|到|[-~～—–])(?:{_M}月)?({_DY}))?[日号]")
_PERIODS = {"month": _MONTHS, "week": _WEEKS, "day": _DAYS, "member": re.compile("(?!)()()")}
# A date or period end followed by 前 is a deadline (6月30日前, 年底前): the time a plan is due,
# not a row of the table or the period's end.
# A date a sentence states (3月1日) and a clock time (9点, 10点30分, 14时, 8点半): the ends of a duration between them.
_DATE_SAID = re.compile("(?<![0-9])([0-9]{1,2})月([0-9]{1,2})[日号]")
_CLOCK_SAID = re.compile("(?<![0-9月:：])([0-9]{1,2})[点时](?:([0-9]{1,2})分|(半))?")
# A time a clause names (12月2日, 7月1日至7日, 8月, 7月下旬, 首周, 第二周, 本周): a fact's text's number is that time's.
_TIME_SAID = re.compile("(?<![0-9])(?:[0-9]{1,2}月)?[0-9]{1,2}[日号](?:(?:至|到|[-~～—–])(?:[0-9]{1,2}月)?[0-9]{1,2}[日号]?)?"
                        "|(?<![0-9])[0-9]{1,2}月(?:[上中下]旬)?|[上中下]旬|首周|第[一二三四五六七八九十0-9]+周"
                        "|本周|全周|本月|全月")
_DEADLINE_AFTER = re.compile("(?:[0-9]{1,2}[日号])?(?:之前|以前|前)")
# 截至5月底 / 截至第3周 / 截至13日: the last row of a run from the table's first row.
_UP_TO = {
    "month": re.compile(f"(?:截至|截止到|截止)(?:[0-9]{{4}}年)?({_M})月(?:底|末|份)?"),
    "week": re.compile(f"(?:截至|截止到|截止)第({_W})周"),
    "day": re.compile("(?:截至|截止到|截止)(?:[0-9]{1,2}月)?([0-9]{1,2})[日号]"),
}


# A time a clause names: a month (8月底, 九月初), a day (3日), the last month, quarter or year (上月底,
# 上季度末, 去年底), a part of the year (年初, 年底).
_A_TIME = re.compile(f"(?<![0-9])(?:{_M}月(?:份|底|末|初|中旬|上旬|下旬|中)?|(?:[12][0-9]|3[01]|0?[1-9])[日号]"
                     "|上个?月(?:底|末|初)?|上一?个?季度(?:末|底|初)?|第?[一二三四1-4]季度(?:末|底|初)?"
                     "|(?:去|上|今)年(?:底|末|初|年底|年末)?|年初|年底|年末|月底|月末|月初|季度末|季末|上周末?)")
# 13日至16日 / 8月13日到8月16日: a span of days of one month (the months, where written, must be the same).
_DAYS_FROM_TO = re.compile("(?<![0-9])(?:([0-9]{1,2})月)?([0-9]{1,2})[日号]?(?:至|到|—|–|-|~|～)(?:([0-9]{1,2})月)?([0-9]{1,2})[日号]")
# 按来电算 / 按来电量计算 / 按照全部来电统计: the whole a rate is said to be over.
_SAID_WHOLE_BY = re.compile("按(?:照)?([A-Za-z\u4e00-\u9fff]{1,12}?)(?:[0-9][0-9,.]*万?[件通次个单人笔]?)?(?:来)?(?:计算|统计|算|计)")
# (按来电90000件算: the whole's count may be stated too)
# A mean per row of the table (月均, 日均, 周均, 平均每月; not 均为 / 均在, each of them, nor the 平均 of a
# metric's name, 平均响应时长).
_ROWS_MEAN = re.compile("月均|日均|周均|平均每[月天日周]|每[月天日周]平均")
# A sentence that opens by referring back to the one before (其中…, 这些…, 上述…).
_BACK_OPENER = re.compile("其中|这|上述|以上|当中")
# A clause that only sets a baseline, ending just before the figure's clause (与上周87.5%相比，).
_FRAME_BEFORE = re.compile("(?:^|(?<=[，,；;]))((?:与|和|同|跟)[^，,；;。！？!?]{1,20}?(?:相比|比较|相较|对比)(?:而言|来看)?)[，,]$")
# A clause of a sentence with its separator (for the action clauses before a figure's).
_CLAUSE_SPAN = re.compile("[^，,；;。！？!?]*[，,；;]")


def _entry(source: str) -> str:
    """The fact entry a source of the facts' text is in (事实 cases[0].actions[1] → cases[0]): a case's
    situation, actions and result are one story; two cases, or a case and a note, are not."""
    m = re.match("事实 ([a-z_]+\\[[0-9]+\\])", source)
    return m.group(1) if m else source


def _note_said(lead: str) -> str:
    """The words a note's rate is said of (its clause before it): the time words the clause starts
    with (1月和12月 of 1月和12月寒潮期间为), else the whole clause less its verb (夜班司机满意度)."""
    return _note_time(lead) or re.sub("(?:为|是|达到|达|约|有|只有|仅|平均|：|:)+$", "", lead.strip())


def _said_without_name(said: str, name: str) -> str:
    """A note clause's words less the end of the metric's name it ends with (宕机当天满意率 of 骑手满意率 →
    宕机当天): the part's own words, which a sentence naming the metric elsewhere repeats."""
    for k in range(len(name), 1, -1):
        if len(said) >= k + 2 and said.endswith(name[-k:]):
            return said[:-k]
    return said


def _note_time(lead: str, spans: bool = True) -> str:
    """The time words a note's clause starts with (1月和12月, 4月至12月, 其余10个月), or ''.
    With spans false a dash is no part of the time (1–11月分解目标为: a count's frame, read as before)."""
    rest = re.match("其余(?:时段|时间|日子)", lead.strip())
    if rest is not None:
        return rest.group()   # (其余时段: the rest of the period, as a note says it — review 179)
    time = _NOTE_TIME.match(lead.strip() if spans else re.split("[—–-]", lead.strip())[0])
    if time is not None:
        # (up to its last word of time: 其余六天 of 其余六天是, 12月4日当天 of 12月4日当天一次解决率)
        time = re.match(".*[月日号天周旬度年]", time.group()) or time
    return time.group() if time is not None and re.search("[0-9]|其余|其他", time.group()) else ""


def _time_start(text: str, start: int, at: int) -> int:
    """Where the words that give the figure at `at` its time begin: the sentence's start, or just
    after the last earlier clause that is an action with a time of its own (8月底开始执行，因此退费平均
    处理时长为2.6天: 8月底 is when the action started, not the time of 2.6天, which is the period's).
    Only the clauses of the sentence before the figure's own are read (bounded by the sentence)."""
    words = _words()
    if words.action_time is None:
        return start
    own = max(text.rfind(p, start, at) for p in "，,；;") + 1
    if own <= start:
        return start
    out = start
    for m in _CLAUSE_SPAN.finditer(text, start, own):
        span = m.group()
        if _A_TIME.search(span) and words.action_time.search(span) and not _UP_TO["month"].search(span):
            out = m.end()
        elif _A_TIME.search(span) and words.cause is not None and words.cause.search(span) \
                and words.whole_period is not None and words.whole_period.search(text, m.end(), at):
            # 受8月12日暴雨影响，本周来电环比增长40.0%: the date of a cause clause is the cause's time;
            # a later clause that names the period (本周, 本季度) speaks of the period, no row.
            out = m.end()
    if out > start and words.action_time_back is not None and words.action_time_back.search(text, out, at):
        return start  # 7月上线智能排队，当月…: the later clause takes the action's time back
    return out


def _told_as_present(text: str, n: NumberMention, sentence: tuple[int, int]) -> bool:
    """目前为94.1%, 当前是…: a figure told as its metric's level now (tracing.yaml present_level),
    the period's own value, whatever months stand earlier in the sentence (bounded look-back)."""
    present = _words().present_level
    return present is not None and present.search(text, max(sentence[0], n.start - 12), n.start) is not None


def _led_by(text: str, s_start: int, part: "_Stated", verb: str) -> bool:
    """Whether `verb` stands just before the sentence's figure `part` (已办结23件 for 办结)."""
    at = s_start + part.mention.start
    return verb in text[max(s_start, at - len(verb) - 2):at]


def _other_group(unit: str, label: str) -> bool:
    """Is `label` in a unit of another group of same_units than `unit` (人 against 件)?"""
    groups = _words().same_unit
    mine = groups.get(unit)
    if mine is None:
        return False
    return any(label.endswith(u) for u, group in groups.items() if group != mine) and not _same_unit(unit, label)


def _same_unit(unit: str, label: str) -> bool:
    """Is a figure in `unit` in the unit a candidate's label ends with (or one of its group:
    20名 and a team of 20人)?"""
    if unit in label:
        return True
    if any(label.endswith(u) for u in _words().same_unit.get(unit, ())):
        return True
    # A compound duration ends in an abbreviated unit (4小时15分 is 255 分钟, 2天3小时 is 51 小时):
    # its unit is the one the number reader gives the label, not the characters it ends with.
    return unit in load_domain().duration_units and _compound_unit(label) == unit


@functools.lru_cache(maxsize=4096)
def _compound_unit(label: str) -> str | None:
    """The unit of a compound duration a label ends with (4小时15分 → 分钟), else None."""
    from cswriter.text.numbers import find_numbers

    found = find_numbers(label)
    last = found[-1] if found else None
    if last is None or last.kind != "duration" or last.end != len(label) or not _COMPOUND.search(last.text):
        return None
    return last.unit


# Two units of time in one figure: 4小时15分, 3分20秒, 2天3小时.
_COMPOUND = re.compile("(?:天|小时).*[0-9０-９一二两三四五六七八九十](?:小时|分|秒)|分钟?[0-9０-９一二两三四五六七八九十]+秒")


def _plain(value: float) -> str:
    """A mean as a message shows it: whole, or to two decimals (20,000; 88.32)."""
    return format_number(value, 0 if float(value).is_integer() else 2)


def _denied(text: str, mention: NumberMention, word: str) -> str:
    """The negation right before a line's word (都没有达到96%, 未超过20秒): the rows on the other
    side of the line, the line itself included where the word excluded it. '' where none."""
    end = mention.start if mention.text.startswith(word) else text.rfind(word, max(0, mention.start - 8), mention.start)
    if end < 0 or _words().negations is None:
        return ""
    found = re.search(f"(?:{_words().negations.pattern})$", text[max(0, end - 3):end])
    return found.group() if found else ""


def _holds(name: str, part: str) -> bool:
    """Whether `name` holds the characters of `part` in order (调试复查 in 调试与复查)."""
    at = 0
    for ch in part:
        at = name.find(ch, at) + 1
        if not at:
            return False
    return True


def _rows_beyond(rows: list, limit: float, above: bool, inclusive: bool = False) -> list:
    """The table rows beyond a line: above or below it, on it too where the words include it."""
    return [c for c in rows if (c.base > limit if above else c.base < limit) or inclusive and c.base == limit]


def _month_number(word: str) -> int:
    if word.isdigit():
        return int(word)
    if word in _CN_MONTH:
        return _CN_MONTH[word]
    tens, _, ones = word.partition("十")
    return (_CN_MONTH.get(tens, 1) if tens else 1) * 10 + (_CN_MONTH.get(ones, 0) if ones else 0)


def _row_name(row: int, grain: str) -> str:
    """A table row as a reader names it: 9月, 第3周 (a table of weeks, by date or by number), 11日, 王磊."""
    if isinstance(grain, _Members):
        return next((name for name, i in grain.names.items() if i == row), f"第{row}行")
    return {"week": f"第{row}周", "day": f"{row}日"}.get(grain, f"{row}月")


class _Members(str):
    """The grain of a table keyed by people (王磊（第1行）): "member", with the row number of each name."""

    names: dict[str, int]


def _grain(rows: Iterable[Candidate]) -> str:
    """What a table's rows are: month (2025-08), week (第3周, 2025-W45), day (2025-11-11, 11月11日) or member (王磊（第1行）,
    a person's row: `candidates.member_rows`)."""
    rows = list(rows)
    members = [re.fullmatch("(.+)（第([0-9]+)行）", c.month) for c in rows]
    if rows and all(members):
        grain = _Members("member")
        grain.names = {}
        return grain
    for c in rows:
        if re.search("W[0-9]|周", c.month):
            return "week"
        if re.fullmatch("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}月[0-9]{1,2}[日号]", c.month):
            return "day"
    return "month"


def _months_in(text: str, grain: str = "month") -> tuple[set[int], set[int]]:
    """The months (weeks, days) a text names, and those a single row may be: a named month,
    or the ends of a range (1-5月 is May's row only as the end of 从…至…, never February's)."""
    out: set[int] = set()
    ends: set[int] = set()
    if isinstance(grain, _Members):
        # 王磊、李娜、张强三人共接听8700件: the rows of the people named.
        for name, i in grain.names.items():
            if name in text:
                out.add(i)
                ends.add(i)
        return out, ends
    for m in _PERIODS[grain].finditer(text):
        if _DEADLINE_AFTER.match(text, m.end()):
            continue  # 力争在2026年6月30日前…: a plan's deadline, no row of the table
        if grain == "month" and not m.group(2) and _words().month_part is not None \
                and _words().month_part.match(text, m.end()):
            continue  # 5月上半月 / 5月下旬: a part of the month, not its row
        a = _month_number(m.group(1))
        b = _month_number(m.group(2)) if m.group(2) else a
        out.update(_run(a, b, grain))
        ends.update((a, b))
    return out, ends


def _run(a: int, b: int, grain: str) -> tuple[int, ...]:
    """The rows from a to b a run names (4至6月: 4, 5, 6); a run of days over a month's end
    (11月30日至12月6日) holds the first month's last days and the next month's first (a table's
    rows hold only the days there are); a run of months that goes back, its two ends."""
    if a <= b:
        return tuple(range(a, b + 1))
    if grain == "day":
        return (*range(a, 32), *range(1, b + 1))
    return (a, b)


def _row_months(before: str, lead: str, grain: str = "month") -> tuple[frozenset[int] | None,
                                                                       frozenset[int] | None]:
    """Which months' table rows a figure may be: those its clause names, else those named
    earlier in its sentence; none where the clause speaks of the whole period (本季度咨询量
    12,600件 is not September's); any otherwise."""
    found, ends = _months_in(before, grain)
    words = _words()
    if not found and words.present_level is not None and words.present_level.search(before):
        # （目前为94.1%）: the metric's level now, the period's own value, whatever months a
        # plan's clause earlier in the sentence names.
        return frozenset(), frozenset()
    if not found:
        found, ends = _months_in(lead, grain)
    if found:
        return frozenset(found), frozenset(ends)
    if words.month_any.search(lead):
        return None, None
    # A figure whose sentence names no month is the period's (咨询处理量11,200件 is not May's).
    return frozenset(), frozenset()


def _month_of(c: Candidate) -> int:
    """The number of a table row in its table's grain (2025-08 → 8, 第3周 → 3, 2025-W45 → 45,
    2025-11-11 → 11); 0 when it has none."""
    m = _LAST_NUMBER.search(c.month)
    return int(m.group(1)) if m else 0


_LAST_NUMBER = re.compile("([0-9]+)[^0-9]*$")
# Rows a sentence names together (7、8两个月, 1、2、11、12四个冬季月份), halves of a year, runs of
# weekdays and weekends, a weekday, the row before a named one, and the words that put a
# figure against a baseline and say which way it moved (the table's closure).
# (V4.8、9月: a version number is no list of months)
_LISTED_MONTHS = re.compile(f"(?<![0-9.A-Za-z])((?:{_M}[、和与及]){{1,11}}{_M})(?:[两三四五六七八九十]+个)?[\u4e00-\u9fff]{{0,3}}?月")
_LISTED_DAYS = re.compile("(?<![0-9月.])((?:[0-9]{1,2}[、和与及]){1,6}[0-9]{1,2})[日号](?![0-9])")
_HALVES = re.compile("[上下]半年")
_TARGET_AFTER = re.compile("的?(?:目标|标准|要求)")
# 比24小时的目标多 / 较目标值高出: a comparison with a named reference, the figure right after its word.
# ，约占全部问询的三成: a share of a whole the clause names by no subject goes on about the subject
# of the clause before it, as a bare ，占25.0% does.
_SHARE_OF_WHOLE = re.compile(r"[^，,。；;]*占[^，,。；;占]{1,10}的\s*")
_GAP_SAID = "gap_said"  # in `skip`: the clause says the figure is a gap to a named target
_GAP_TO = re.compile("(?:比|较)([^，。；,;比较]{0,12})(?:多出?|少|高出?|低|快|慢|长|短)了?$")
_WEEK_RUNS = re.compile("周末|双休日|(?:周|星期)六[、和与及]?(?:周|星期)?[日天]|周六日|工作日|(?:周|星期)一(?:至|到|[-~～—–])(?:周|星期)?五")
_WEEKDAY_RANGE = re.compile("(?:周|星期)([一二三四五六日天])(?:至|到|[-~～—–])(?:周|星期)?([一二三四五六日天])")
_WEEKDAY = re.compile("(?:周|星期)([一二三四五六日天])(?!均)")  # 本周日均 is this week's daily mean, no Sunday


def _weekday_index(said: str) -> int:
    """Monday 0 … Sunday 6, from the character after 周/星期 (日 and 天 are both Sunday)."""
    return min("一二三四五六日天".index(said), 6)
_AGAINST = re.compile("(?:比|较|相比|对比|环比|比起)$")
# A run of days a sentence names (11月15日至21日, 15日至21日): a row of a table of such runs.
_SPAN_SAID = re.compile("(?:([0-9]{1,2})月)?([0-9]{1,2})日?(?:至|到|—|-|~)([0-9]{1,2})日")
# A part of the period a change may be said of (周六, 当天, 上旬, 晚高峰): not the period's own change.
_PART_OF_PERIOD = re.compile("周[一二三四五六日天末]|星期|当天|当日|当周|当月|这一天|那一天|这天|[上中下]旬|高峰|夜间|白天|早班|晚班|节假日|工作日")
# A figure written as the baseline of a comparison (比去年同期的92.1%, 较上月的226秒).
_AGAINST_FIGURE = re.compile("(?:比|较|相比|与|同)[^，。；0-9]{0,6}$")
# A comparison's base named right before its move word (directions.yaml, `_Words.moves`) and the figure
# (比年度目标多, 比全市平均快了).
_NAMED_BASE_HEAD = "(?<![同环对相])比(?![缩延增减提下上降])(?P<base>[^，。；,;！？比较]{1,14}?)"


@functools.lru_cache(maxsize=1)
def _named_base_regex() -> re.Pattern[str] | None:
    moves = _words().moves
    return re.compile(f"{_NAMED_BASE_HEAD}(?:{moves.pattern})(?:了|出)?(?:约|近)?$") if moves is not None else None
# 比/离 and a base stating its figure before a move (离92.0%的目标还差, 比8月的91.0%低): see _stated_base_gap.
@functools.lru_cache(maxsize=1)
def _stated_base_regex() -> re.Pattern[str] | None:
    moves = _words().moves
    return re.compile("(?<![同环对相])(?:比|离|距离|距)(?![缩延增减提下降]|上(?![周月年季期旬一个半]))(?P<base>[^，。；,;！？比较]{1,14}?)"
                      f"(?:还要|还|仍|尚)?(?:{moves.pattern})(?:了|出)?(?:约|近)?$") if moves is not None else None
# The end a change moves to (压到22小时以内, 降至, 提高到约): a level, never the amount of a change.
_END_OF_MOVE = re.compile("(?:至|到)[约近]?$")
# A fact's clause that ends on the end of a from→to (坐席由每班5人增加到每班): the number after it is a level.
_FROM_TO_END = re.compile("[由从][^，。；,;]*?[0-9][^，。；,;]*?(?:至(?!少|多)|到)[^，。；,;0-9]{0,3}$")
# The marks a fact's text and a sentence break their clauses at (for the words with a number).
_CLAUSE_CUT = re.compile("[，,、；;。！？!?：:\n]")
# The time words a note's clause starts with (1月和12月, 4月至12月, 其余10个月, 11月11日至13日).
# Words without which a sentence names no row of the table (a quick test before the rest).
_ROW_HINT = re.compile("[0-9一二三四五六七八九十]月|季度|Q[1-4１-４]|半年|周|星期|工作日|旬|[0-9]日|[0-9]号|前一|上一|环比|[前后头][两二三四五六七八九十0-9]|"
                       "最|高峰|低谷|峰值|[、和与及][0-9]|首[月周日]|第一[个周天]|末[月周]")
# The unit a table cell's label ends with (2025-07 24,000通 → 通).
_UNIT_TAIL = re.compile(r"[^0-9,.\s]+$")
# A number that is part of a name: a hotline, a service number (12345市民热线).
_NAME_AFTER = re.compile("[\u4e00-\u9fff]{0,2}(?:热线|专线|服务号|号码|短号)")
# 每万通来电, 每千人: a rate per many of another count.
# A per-person word a few words before an amount, with no figure or clause mark between (每人退还讲解费30元).
_EACH_BEFORE = re.compile("(人均|每[\u4e00-\u9fff])[^0-9０-９，,。；;、]{0,6}$")
# The words a fact's text puts right before a total (差额合计412元, 共免除罚单2460张).
_TOTAL_BEFORE = re.compile("(?:合计|共计|总计|累计|总共|一共)[为是达约]?$")
# A total said right before a figure (培训共6小时, 合计为…): _each_given_total.
_TOTAL_SAID = re.compile("(?:共|合计|共计|总计|累计|总共|一共)[为是达约计]?$")
_PER_MANY = re.compile("每(十万|万|千|百)[个名位件通单次条人]?")
_MANY = {"十万": 100000.0, "万": 10000.0, "千": 1000.0, "百": 100.0}


_REFERENCES = {"previous", "target", "annual_target", "plan"}
_AIM_ROLES = {"target", "annual_target", "plan"}
# What a mean per person, day or month (人均全年约1.6万通) never is: a value, a row, a target or
# a count behind a rate (抢修派单及时率's 16,000 timely orders).
_NOT_MEANS = frozenset({"row", "value", "basis", "count", "target", "annual_target", "plan", "previous"})
# The largest few of a list: 前三类, 排名前两位, 前5大.
_PARTICLES = set("了的为是有达共约近在到至和与及")
_JOINED = re.compile("[ ]*(?:、|和|与|及|以及|，|,)[ ]*")
# 215户多100户, 12件少了3件: a figure followed by the size of a difference from it (the base of
# a 比…多/少 comparison).
_BASE_OF_COMPARISON = re.compile("(?:多|少|高|低|增加|减少|提升|提高|下降|降低|上升)了?出?(?:约|近|超过)?"
                                 "[0-9０-９一二两三四五六七八九十百]")
_MORE_AFTER = re.compile("(?:还要?)?多|余|以上|有余")  # 翻了一番还多: at least twice
_PREVIOUS_ROLES = frozenset({"previous", "change", "change_percent"})
_APART = re.compile("(?:约|大约|大概|大致)(?:占|为|是|有|合|达|在)$")
# A bare figure in 成 (四成, 两成半) and the words that round it from anywhere in its clause.
_TENTHS = re.compile("[一二两三四五六七八九]成半?")
_ROUGHLY = re.compile("约|大概|大致|差不多")
_TOP = re.compile("前[两二三四五六七八九十2-9]")
# Between a figure and the same figure restated in another unit: 0.5分钟，即30秒 / 25%（四分之一）.
# 未转化 / 没有解决: the verb a rest of a rate denies (转化率, 解决率).
# 2582件会话中有 / 13860件咨询中，仍有: a whole the count right after it is taken within.
_WITHIN_BEFORE = re.compile("([0-9][0-9,]*)[一-鿿]{0,6}中[，,]?[一-鿿]{0,4}$")
_NOT_DONE = re.compile("(?:未能|未|没有|没能|没)(?:一次|及时|按时|成功)?([一-鿿]{2})")
# 3.5天，约合84小时: a word of conversion between a duration and the same in another unit
# (one list for the three patterns below).
_CONVERSION_WORDS = "即|也就是|也即|合|约合|折合|相当于|换算成|换算为"
_CONVERTED = re.compile(f"[ ]*[，,]?[ ]*(?:{_CONVERSION_WORDS}|大约|约)+[ ]*")
# 30小时闭环，合1.5天: the same, with the rest of the first figure's clause between.
_CONVERTED_LATER = re.compile(f"[^0-9，,。；;：:、]{{1,6}}[，,][ ]*(?:{_CONVERSION_WORDS})[ ]*")
_RESTATED = re.compile(f"[ ]*[，,]?[ ]*(?:{_CONVERSION_WORDS})?[ ]*[（(]?[ ]*")
# A figure the sentence calls the target (目标是30秒, 计划值为85%): only a target may be it.
_AIM = re.compile("(?:目标|计划|指标)值?(?:是|为|定为|设为|设定为|定在|设定在|要求)$")
# Not a role: put in `skip` when the sentence names the whole period or a weekday before a figure.
_PERIOD_SAID = "period_said"
_AIMS = {"target", "annual_target", "plan", "text", "part"}
_ROLES = {"value", "previous", "target", "annual_target", "basis", "attainment", "gap", "gap_percent",
          "change", "change_percent", "progress", "daily_mean", "basis_rate", "share", "share_total",
          "count", "row", "plan", "text", "part", "table_total", "table_mean", ""}
# A percent that is a part of a whole written as …的X (降到原来的不到三成, 是去年的四分之一).
# 较二季度, 比2024年, 较3月, 比上半年: a comparison with a named earlier time.
# 压缩到200秒, 提升至95%: a move to a named level before a change of the same sentence.
_TOWARD = re.compile("(?:降|压缩|缩短|减少|提升|提高|增加)(?:到|至)")
# 缩短6.0%, 提升了5.7%: a change said right before its figure.
_CHANGED_BY = re.compile("(?:缩短|下降|降低|减少|压缩|提升|提高|增长)了?约?$")
# 挽回比例, 追回率: the verb before a rate word at the end of the clause before a share.
_OWN_RATE = re.compile("([\u4e00-\u9fff]{2})(?:比例|比率|率)(?:为|是|达到?|约|仅|只有|已)?$")
_EARLIER_TIME = re.compile("[较比](?:[0-9]{4}年|第?[一二三四1-4]季度|[0-9一二三四五六七八九十]{1,3}月|上半年|下半年|去年|上年)")
_OF_WHOLE = re.compile("的(?:不到|不足|将近|接近|近|约|仅|只有|超过|逾)?$")
_IN_TIME = {"value", "previous", "target", "annual_target", "plan", "row", "text", "part"}


# A date naming an end of a change (由5月的58%降至6月的31%).
# A span other than the days a sentence counts, named between them and a mean (上半年日均, 平时每天, 全年日均).
_OTHER_SPAN = re.compile("[上下]半年|全年|全月|全季|本季度|本月|本周|平时|平常|日常|往常|以往|去年|上月|上周|同期")
# The units of a span of days (months, weeks) a sentence states for a mean per day (month, week).
_SPAN_UNITS = {"天": ("天", "工作日", "交易日"), "月": ("个月",), "周": ("周",)}
# A count named for a whole half or year (上半年接听17100件, 去年下半年全年…), and words that name a part of one
# (7–11月, 截至11月底, 同期, 1–11月): see _short_against_whole.
_WHOLE_SPAN = re.compile("上半年|下半年全年|全年|整个下半年|整个上半年|下半年全部")
_PART_SPAN = re.compile("[0-9０-９一二三四五六七八九十]{1,2}\\s*[–—\\-~～至到]\\s*[0-9０-９一二三四五六七八九十]{1,2}月|截至|截止|同期|月底|前[0-9一二三四五六七八九十]{1,2}个月")
# 每千件, 每万通, 每百个: a rate per a round number of a whole (its scale in group 1).
_PER_SCALE = re.compile("每(十万|百|千|万)(?:个|件|通|单|次|笔|人次|人|户|张)?")
# A relative difference of two percents in a source: (目标86% − 本期85%) ÷ 本期85% × 100%.
_RELATIVE_OF_RATES = re.compile("= \\([^()÷]*?([0-9]+(?:\\.[0-9]+)?)% − [^()÷]*?([0-9]+(?:\\.[0-9]+)?)%\\) ÷ [^×]*?%[^×]*× 100%")
_END_DATE = "[0-9０-９]{4}年(?:[0-9０-９]{1,2}月份?)?|[0-9０-９]{1,2}月份?|[一二三四五六七八九十]+月份?|[0-9０-９]{1,2}[日号]|第[0-9一二三四五六七八九十]{1,2}周"
# A figure that is an end of a change (由5月的58%, 降至6月的31%), not its amount.
_AN_END = re.compile(f"(?:[由从至到]|降为|升为|变为)(?:{_END_DATE})?的?[ ]*$")
# The words before 占 that name a part (字段缺失类占…): a text number they name is the part.
_PART_NOUN = re.compile("([\u4e00-\u9fff]{2,8}?)(?:类|项)?(?:工单|来电|投诉|咨询)?(?:约|已|共|合计)?占")
# The words after 占 that name the whole (占未迁移工单的…).
_WHOLE_NOUN = re.compile("占(?:了)?([\u4e00-\u9fff]{2,8}?)的")
# A row named right after a figure (…700通，出现在27日 / 发生在8月).
_TOLD_AFTER = re.compile("[，,]?[ ]*(?:出现在|发生在|集中在|均在)([^，。；,;]{1,8})")
# A headcount right before a per-head word in one clause (坐席10人人均, 10名坐席人均): the mean's own divisor.
_HEADS_THEN_MEAN = re.compile("(?<![0-9.])([0-9]+)(?:人|名)[\u4e00-\u9fff]{0,4}?(?:人均|平均每人|每人平均)")
_OWN_HEADS = "own heads"
# The whole after 占 (占1–11月报修工单的), and a column name's counting suffix (报修量 → 报修).
_COLUMN_WHOLE = re.compile("占(?:了)?([^，。；,;的]{2,14})的")
_COLUMN_STEM = re.compile("(?:数量|量|数)$")
# A rate named right before its figure (按时办结率为, 医保类一次办结率达): the words before 率 in the clause.
_RATE_SAID = re.compile("([\u4e00-\u9fff]{2,12})率(?:为|是|达到|达|约|仅|只有|高达|了)*$")
# A span of months (3–5月, 7至11月) or of days (5月3日至7日, 6月28日–7月2日 is left out: two months) a
# mean per month or per day may be taken over (_span_mean).
_MONTH_SPAN = re.compile(r"(?<![\d.])(\d{1,2})\s*[–—\-~－至到]\s*(\d{1,2})\s*月(?![\d]{0,2}日)(?:份)?")
_DATED_DAY_SPAN = re.compile(r"(?<![\d.])(\d{1,2})月(\d{1,2})日?\s*[–—\-~－至到]\s*(?:(\d{1,2})月)?(\d{1,2})日")
# Between a span and its mean, another month, day, quarter or year named makes the count another time's.
_PERIOD_SPAN_BREAK = re.compile(r"\d{1,2}\s*月|[上下]半年|季度|全年|去年|今年|同期")

# Per-unit words of the period's time (日均, 月均), as tracing.yaml's per names them.
_TIME_PER = frozenset({"天", "月", "周", "年"})
# The end of a change in a fact's text (由3.2天缩短至1.8天: 3.2天 and 1.8天 are ends, not amounts).
_ENDS = ("至", "到", "为", "由", "从", "是")
# Words before a number of a fact's text that name it the earlier value (较去年同期的3150通).
_EARLIER = re.compile("较|比|去年|同期|上年|上月|此前|之前|以前|原来|原先|过去")
# A number of a fact's text named as a target (目标为85%, 承诺4小时).
# 与二季度的95.8%相比 / 和上周相较: the base of a change the sentence states in a clause of its own.
_SAID_BASE = re.compile("(?:相比|相较|比较)(?:而言|来看|起来)?(?=[，,])")
# 比人均多 / 比全组人均高出 / 比平均水平低: a comparison with the team's mean per head, right before its amount.
_BEYOND_MEAN = re.compile("比(?:全组|本组|团队|组内|全员|全中心|中心|全部门|全班)?(?:的)?(?:人均|平均)(?:水平|值|数)?(?:还|要)?(?:多出?|高出?|少|低)了?(?:约)?"
                          # (二组人均比中心多6.7%: 人均 before 比 and the whole team after it — blind-33)
                          "|(?<=人均)比(?:全中心|中心|全部门|团队|全员)(?:还|要)?(?:多出?|高出?|少|低)了?(?:约)?")
# A word of change right before a percentage (降幅63.5%, 下降了36.5%): the figure is a change, not a quotient.
_CHANGE_RIGHT_BEFORE = re.compile("(?:降幅|增幅|跌幅|涨幅|降低|下降|减少|缩短|提高|增长|上升|增加|压缩)了?(?:约|近|大约)?$")
# A direction word right before a change (增长9.6%, 下降了8.7%), and which of them go up.
_MOVE_BEFORE = re.compile("(增长|增加|提高|提升|上升|多|下降|减少|降低|回落|少)了?(?:约|近)?$")
_MOVE_UP = frozenset({"增长", "增加", "提高", "提升", "上升", "多"})
_TARGET_BEFORE = re.compile("(?:目标|承诺|计划|要求)(?:值|为|是|达到)?$")
# A target named right after its figure (8000单的月目标, 8000单的季度目标): 的, a span word or none, 目标.
_TARGET_AFTER = re.compile("的(?:周|月|月度|季度|年度|全年|半年|上半年|下半年|本周|本月|本季度)?目标")
# The noun right before a figure (续费金额12800元, 续费金额为6800元): its last characters name it.
_NOUN_BEFORE = re.compile("([\u4e00-\u9fff]{2,4}?)(?:为|是|达|达到|约|共|有|了|仅)?$")


_CN_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


def _previous_quarter(period: tuple | None) -> re.Pattern[str] | None:
    """The name of the quarter before a quarterly report's own (一季度 in the second quarter's report,
    去年四季度 in the first's)."""
    if not period:
        return None
    start, end = period
    if not (start.year == end.year and start.month in (1, 4, 7, 10) and end.month == start.month + 2):
        return None
    q = (start.month + 2) // 3
    if q == 1:
        return re.compile(f"(?:去年|上年|{start.year - 1}年)(?:第?四季度|[Qq]4)")
    return re.compile(f"(?<![前后头0-9一二三四])(?:{start.year}年)?(?:第?{'一二三四'[q - 2]}季度|[Qq]{q - 1})")


def _previous_named(period: tuple | None, quarter: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """The words that name the period just before the report's own outright: the month before a
    monthly report's (11月 in December's), the quarter before a quarterly one's, the year before a
    year-end report's (2024年)."""
    if not period:
        return None
    start, end = period
    if quarter is not None:
        return quarter
    if (start.year, start.month) == (end.year, end.month):
        y, m = (start.year - 1, 12) if start.month == 1 else (start.year, start.month - 1)
        year = f"(?:{y}年)?" if y == start.year else f"(?:{y}年|去年)"
        return re.compile(f"(?<![0-9０-９年一二三四五六七八九十])(?:{year}(?:{m}|{_CN_MONTHS[m - 1]})月(?!份?以来|底|末|初))")
    if start.year == end.year and (start.month, end.month) == (1, 12):
        return re.compile(f"(?<![0-9０-９]){start.year - 1}年")
    return None


def _own_named(period: tuple | None) -> re.Pattern[str] | None:
    """The words that name the report's own period outright: its dates (`_own_dates`), its
    quarter when it is one (三季度, 第三季度, Q3 in the third quarter's report) and 本季度/本月…"""
    dates = _own_dates(period)
    if dates is None:
        return None
    alts = [dates.pattern, "本季度|本季|本月|本周|本期|本年度"]
    start, end = period
    if start.year == end.year and start.month in (1, 4, 7, 10) and end.month == start.month + 2:
        q = (start.month + 2) // 3
        alts.append(f"(?<![前后头0-9一二三四])(?:{start.year}年)?(?:第?{'一二三四'[q - 1]}季度|[Qq]{q})")
    return re.compile("|".join(alts))


def _own_dates(period: tuple | None) -> re.Pattern[str] | None:
    """The dates that name the report's own period, not an earlier time: its year (when it lies
    in one year) and its months, in digits or in Chinese numerals (not 2025年 of an earlier year
    before them: 2025年11月 keeps its year)."""
    if not period:
        return None
    start, end = period
    months: list[int] = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month) and len(months) < 12:
        months.append(m)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    named = "|".join([f"{m}月(?!份?以来)" for m in sorted(set(months), reverse=True)]
                     + [f"{_CN_MONTHS[m - 1]}月" for m in sorted(set(months), reverse=True)])
    alts = [f"(?<![0-9０-９]){start.year}年(?:{named})?"] if start.year == end.year else []
    alts.append(f"(?<![0-9０-９年一二三四五六七八九十])(?:{named})")
    return re.compile("|".join(alts))


def _roles_ruled_out(lead: str, clause: str, prose: bool = True) -> frozenset[str]:
    """Which values a sentence in prose cannot mean, from its words (`lead`: the sentence up
    to the end of the figure's clause). A target is meant only where the sentence speaks of
    one (客户满意度88% is not the target 88%), a previous value only where it speaks of an
    earlier time; a change against last period (较上季度缩短0.5分钟) is not the gap to the
    target, and a gap to the target (比目标高) is not the change since last period."""
    words = _words()
    out: set[str] = set()
    if not words.target.search(lead):
        out.update(("target", "annual_target", "plan"))
        if prose and not words.attainment.search(clause):
            out.add("attainment")  # a table's column header (达成率) says it, not the cell
    if not words.previous.search(lead):
        out.add("previous")
    if not words.either_rule.search(lead):
        out.add("old_rule")  # a rate by the old counting rule: only where the sentence names that rule
    if not words.annual.search(lead):
        out.add("annual_gap")  # what the year so far leaves of the year's target: only where the sentence names it
    if words.peer_said is None or not words.peer_said.search(lead):
        out.add("peer")  # the peers' level a metric's note gives (组平均22秒): only where the sentence names it
    against_previous = words.against_previous.search(clause) is not None
    against_target = words.target.search(clause) is not None
    if words.peer_said is not None and words.peer_said.search(clause) and not against_previous and not against_target:
        # 我比组平均慢4秒: against the peers' level, neither the gap to the target nor the change since last period.
        out.update(("gap", "gap_percent", "attainment", "target", "annual_target", "change", "change_percent",
                    "previous"))
    if against_previous and not against_target:
        out.update(("gap", "gap_percent", "attainment", "target", "annual_target"))
    elif against_target and not against_previous:
        out.update(("change", "change_percent", "previous"))
    return frozenset(out)


# 只有11日一天的…, 有3个月的…: a count of rows before a line (…超过了30%).
# Words of another time or of a plan: a claim about the target after them is not about the
# period's value (下季度计划达到85%的目标, 上半年已达到…, 明年将达到…).
# Words of a plan or a later time before a ceiling (力争控制在…以内, 下季度…控制在): no claim of now.
_PROGRESS_SAID = re.compile("完成|进度")
# 完成/达成/实现全年目标的38.7%, 占全年目标的, 目标完成进度为: a share of a target.
_RUN_AIMED = re.compile("完成|进度|达成|实现|占")
# 半年目标 / 季度计划 / 本周任务: a target of a period shorter than the year.
_PERIOD_TARGET = re.compile("(?:上半年|下半年|半年|季度|本季|月度|本月|当月|本周|周)度?(?:目标|计划|任务|指标)")
# The level an aim names, right before its figure (提升至93%, 控制在60秒).
_AIMED_LEVEL = re.compile("(?:提升|提高|降低|下降|缩短|控制|达到|恢复|升|降)(?:至|到|在|为)$")
# 要 and 将 are plan words only on their own: not inside 主要, 重要, 只要, 要求, 要点, 要素 or 将近
# (差评主要集中在爽约的订单 tells where the complaints lie, it plans nothing: tracer round 30).
_PLANNED = re.compile("计划|力争|争取|确保|预计|希望|打算|拟|(?<!已)将(?!近)|(?<![主重只])要(?![求点素])"
                      "|下[周月季年半]|下个|明年|年底前|月底前")
# The plan words that say a plan only of their own clause's subject (差评要及时回访, 客户希望上门):
# in an earlier clause they are not the plan of a later clause that names its own metric and
# its move from a stated start (…，客户满意度从4.71分降到4.52分).
_PLANNED_WEAK = frozenset({"要", "将", "希望"})
# 从4.71分降到 / 由89.2%提升至: a move from a stated start, told in the figure's own clause.
# 从41.2%提到72.6%: a from→to pair closed within one clause (its start, its verb and its end).
_CLOSED_PAIR = re.compile("[从由][^，,；;。：:从由]{0,16}?[0-9０-９][^，,；;。：:]*?[至到][^，,；;。：:]*")
_FROM_SAID = re.compile("[从由][^，,；;。从由]{0,16}?[0-9０-９]")
# A plan's aim told right before its figure (控制在, 提升至, 降到…): the figure is where it aims.
_AIMED_AT = re.compile("(?:控制在|保持在|提升至|提升到|提高至|提高到|降至|降到|降低至|降低到|缩短至|缩短到|压缩至|压缩到|减少至|减少到|增加至|增加到|达到)[约近]?$")
_NOW_ROLES = frozenset({"value", "previous", "count", "row"})
# What a column of the earlier period (去年同期, 上季度) cannot hold: this period's value, or a target.
_NOT_EARLIER = frozenset({"value", "target", "annual_target", "plan"})
_NOT_NOW = "年|季|月|周|旬|日|天|期|阶段|步|后|前|将|要|计划|希望|预期|拟|打算|争取|力争|确保|有望|预计|若|如果|一旦"
# 4.9分，与上月持平 / 保持不变: the period's value claimed equal to last period's (基本持平 is loose).
_LEVEL_AFTER = re.compile("[，,]\\s*(?:已|也|均|仍)?(?:与|和|同|较)?(?:上月|上个月|上季度|上周|去年同期|去年|上年|上期|此前)?"
                          "(?P<word>持平|保持不变|没有变化|无变化|不变)(?=[，。；,;]|$)")
# 均低于88.5% / 都超过2万通: every row of a run beyond a line; 各月 / 每个月: every row of the table.
# (均 of 日均 / 月均 / 人均 / 平均 is a mean, not every row: 日均超过950件)
_EVERY_ROW = re.compile("(?:(?<![日月人周年平季时户])均|都|全部|始终|一直|每月都|各月均)")
_ALL_ROWS = re.compile("各月|每个月|每月|逐月|全年各月|各周|每周|每天|每日|各天")
# 38单退款工单中，: a count the sentence states as the whole a share after it is taken within.
_WITHIN_SAID = re.compile("([0-9][0-9,]*)([\u4e00-\u9fff])[^，。；,;0-9]{0,10}中[，,]")
# 控制在 / 保持在 before a line: its side is the word after it (以内, 以上), none without one.
_HELD_AT = ("控制在", "保持在")
# What a text's total is divided by where the clause says per day, person, month or week (tracing.yaml per).
_PER_DIVISOR = {"天": ("天", "日"), "人": ("人", "名", "位"), "月": ("月",), "周": ("周",)}
# A和B两类 / A、B、C三项: a counted list of items (its names possibly short), before its count word.
_SHORT_LIST = re.compile("([\u4e00-\u9fff]{2,14}(?:[、和与及][\u4e00-\u9fff]{2,14}){1,4}?)(两|三|四|五)(?:类|项|种|大类)")
_MEAN_SPAN = re.compile("(?:全年|全月|本月|本周|本季度|全季度|季度|上半年|下半年|全期|本期)的?$")
# A count of table rows (4个月, 三天, 2周) and the units that count rows of each grain.
_ROW_COUNT = re.compile("[一两二三四五六七八九十0-9]+(?:个月|天|日|周|个星期)")
_ROW_UNITS = {"month": ("个月",), "day": ("天", "日"), "week": ("周", "个星期")}
# …的有3个月 / …的共有5天: a count of rows right after its line (the count's unit names the rows).
_COUNT_AFTER_LINE = re.compile("(?:[及或](?:以上|以下))?的(?:共|一共|总共|只|仅)?有$")
_LINE_BEFORE_COUNT = re.compile("的(?:共|一共|总共|只|仅)?有[一两二三四五六七八九十0-9]+(个月|天|日|周|个星期)")
# 从6月起 / 自8月以来: the row a count of rows starts from.
_SINCE_ROW = re.compile("[从自]([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?(?:起|开始|以来|之后|后)")
_ROWS_COUNTED = re.compile("(?:(?<=有)|(?<=连续))([一两二三四五六七八九十0-9]+)(?:天|个月|周)(?!的)|([一两二三四五六七八九十0-9]+)(?:天|个月|周)的")


# 旺季三个月, 供暖季五个月: a count of months a sentence gives without naming them (not 前三个月,
# 近两个月, 7、8两个月, whose rows are known).
_UNLISTED_RUN = re.compile("(?<![前后近头最末每第至到、和与及0-9一二三四五六七八九十])(?:[两三四五六七八九十]|[2-9])个月(?!以来|来(?![电访件信单]))")
# 8日, 5天, 当天: a day or a run of days (no row of a table of months).
_DAY_SPAN = re.compile("(?<![0-9])[0-9]{1,2}[日号天](?![0-9])|[一二两三四五六七八九十]{1,3}天|当天|当日")
# 积分和会员卡两类 / 物流、质量、服务三项: a list of names counted by a number of kinds.
_HEAD_LIST = re.compile("(?P<items>[\u4e00-\u9fff]{2,6}?(?:[、和与及][\u4e00-\u9fff]{2,6}?)+)"
                        "(?:这|等|共)?(?P<count>[两二三四五2-5])(?:类|项|种)")
# 两类各占19%, 均为45,600件: each item's value, not the sum.
_EACH = re.compile("(?:各|均|都)(?:占|为|是|有|达|约|计)?[约近]?$")


def _unit_tail(label: str) -> str:
    """The unit a label ends with (2400通 → 通), or ""."""
    m = re.search("[^0-9０-９.,，、 ]+$", label)
    return m.group() if m and not re.search("[0-9]", label[m.start():]) and re.search("[0-9]", label) else ""


def _moves(clause: str) -> bool:
    """Does the clause say which way a figure moved (增长, 下降…)?"""
    words = _words()
    return bool(words.moves) and any(words.move_of[m.group()] in ("up", "down") for m in words.moves.finditer(clause))


def _list_items(text: str, found: list[tuple[int, int, tuple[str, ...]]]) -> int:
    """How many items a list of names holds (A、B和C: 3): the joiners between the names, not
    inside them (报修进度反馈不及时 holds a 及)."""
    if not found:
        return 0
    return 1 + sum(len(re.findall("[、和与及]", text[a[1]:b[0]])) for a, b in zip(found, found[1:]))


def _comparable(op: str, a: str, b: str) -> bool:
    """Which two values of one series a writer puts in one formula: a change is this period
    against last period or the target (not last period against the target), or two rows,
    or two numbers of one fact; a sum adds parts, never a target to a previous value."""
    if a in _REFERENCES and b in _REFERENCES:
        return False
    if op == "change":
        # This period against another time, or two of a kind (账单查询比分期办理多39.9%).
        return (a in _IN_TIME and b in _IN_TIME) or (a == b == "count")
    if op == "sum":
        return a not in _REFERENCES and b not in _REFERENCES
    if op == "difference" and (a in _REFERENCES) != (b in _REFERENCES):
        # Last period or the target less a part of this period's total (40件 − 已办结29件) is
        # no claim: a change or a gap is of this period's value.
        return (b if a in _REFERENCES else a) not in ("count", "basis", "share")
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
    """Index every value the facts allow by subject and kind.

    Facts equal in every field (`repr` tells types and values apart: 1 from 1.0, a date from
    its text) share one tracer: a tracer is only read once built, and what it holds comes
    from the facts and the packaged data alone. A process reads the same file again and
    again (the MCP server, a folder of reports, `lint --facts` on each draft, the tests),
    and each build costs 3-15 ms."""
    key = (type(facts), repr(facts))
    tracer = _BUILT.get(key)
    if tracer is None:
        tracer = Tracer(collect_candidates(facts))
        if len(_BUILT) >= 16:
            _BUILT.clear()
        _BUILT[key] = tracer  # two threads may both build; each gets an equal tracer
    return tracer


_BUILT: dict[tuple[type, str], Tracer] = {}


# The year before's own time, named with its period (去年11月, 去年三季度, 去年上半年): no month or number of the
# sentence's own (blind-33: 与去年11月190秒相比，通话时长同比缩短5.3%).
_YEAR_AGO_TIME = re.compile("(?:去年|上年|前一年)(?:同期|[0-9]{1,2}月份?|第?[一二三四1-4]季度|[上下]半年|全年)?")


def _with_goal_head(text: str, sentence: tuple[int, int]) -> tuple[int, int]:
    """项目的目标是：11月1日前全部切给外包方；切换后满意度不低于90%: the parts of a list after a
    target's colon, set off by ；, are one sentence with the head that makes them targets
    (blind round 7: 90% read as the period's own value of the second part)."""
    start = sentence[0]
    if text[start - 1:start] not in ("；", ";"):
        return sentence
    floor = max(0, start - _WINDOW)
    head_start = max(text.rfind("。", floor, start), text.rfind("\n", floor, start)) + 1
    if head_start == 0 and floor > 0:
        return sentence
    colon = text.find("：", head_start, start)
    # (the colon opens the goals — 项目的目标是：, 项目目标： — not a verdict's list: 培训覆盖率、
    # 离职率都达到了目标：…；… tells results)
    if colon < 0 or not _GOAL_HEAD.search(text[head_start:colon]):
        return sentence
    return head_start, sentence[1]


def _goal_framed(head: str) -> bool:
    """项目的目标是：投诉升级率由8.6%降到5.0%以下 (blind round 11): a clause framed as a goal (目标是,
    目标为, 项目目标：) says what was aimed at, not what was reached, up to the next ；— or across
    it when the goal opens a list with a colon — unless the words turn to what happened
    (实际, 结果, 目前…)."""
    frame = _last_match(_GOAL_FRAME, head)
    if frame is None:
        return False
    rest = head[frame.end():]
    if _GOAL_TURNS.search(rest):
        return False
    return not ("；" in rest or ";" in rest) or frame.group().endswith(("：", ":")) or rest.startswith(("：", ":"))


# A goal's head: 目标是, 目标为, 目标值定为, 项目目标： (the colon opens a list of goals).
_GOAL_FRAME = re.compile("目标值?(?:是|为|定为|设为|设定为)|(?:目标|指标|要求)[：:]")
# Words after a goal's head that tell what happened instead (目标为5%，实际为5.1%).
# (项目前 is "before the project", no 目前: 失物相关热线来电比项目前减少50% is still the goal's —
# blind round 12)
# (…nor is 无结果 — 搜索无结果率 is a metric's name, not 结果: blind round 21)
_GOAL_TURNS = re.compile("实际|(?<![无有])结果|(?<!项)目前|现在|当前|截至|最终|已经|已")


_GOAL_HEAD = re.compile(r"(?:目标|指标|要求|计划)(?:是|为|包括|如下)$|^[^，,、]{0,6}目标$")


def _last_match(pattern: "re.Pattern[str]", text: str, start: int = 0, end: int | None = None) -> "re.Match[str] | None":
    """The last match of `pattern` in text[start:end] (the word nearest before a figure), or None."""
    m = None
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        pass
    return m


# A clause's own figures (with their units) and bracketed asides, taken out to read the words left (tracer round 50).
_FIGURES_AND_BRACKETS = re.compile("[0-9][0-9,.]*(?:%|个?[天日月周]|[通件条人秒户元次])?|[（(][^）)]*[）)]")
# A span of days as a note or a sentence writes it, 9月14日至16日 / 14日—16日: groups month, day, month, day.
_DAY_SPAN_SAID = re.compile("(?:([0-9]{1,2})月)?([0-9]{1,2})日?(?:至|到|-|—|～|~)(?:([0-9]{1,2})月)?([0-9]{1,2})日")
