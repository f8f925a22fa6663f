"""Derived figures, computed by code and never by a model.

From the facts we derive attainment (达成率), change against the previous period (percent
for counts and durations, 百分点 for rates, 分 for scores), direction-aware assessments (a
shorter response time is an improvement), daily means, rates from their basis counts and
shares. Each `Figure` keeps its formula and inputs, so a later stage can cite where a
number came from; the stated facts themselves are figures too (kind "value", "target"…),
so everything a draft may say is in one list.
"""

from __future__ import annotations

import math

from collections.abc import Iterable, Iterator
from typing import Literal

from pydantic import BaseModel

from cswriter.domain import load_domain, points_unit
from cswriter.facts.model import Facts, Metric
from cswriter.figures.rounding import (
    MEAN_DECIMALS,
    PERCENT_DECIMALS,
    POINTS_DECIMALS,
    decimals_of,
    format_number,
    round_half_up,
    significant_decimals,
)

FigureKind = Literal[
    "value", "target", "previous", "annual_target", "basis", "attainment", "gap",
    "gap_percent", "change", "change_percent", "progress", "daily_mean", "basis_rate",
    "share", "share_total", "count", "table", "table_total", "table_mean",
]


class Figure(BaseModel):
    """One number a summary may state, with where it comes from."""

    id: str
    label: str
    kind: FigureKind
    value: float
    unit: str = ""
    decimals: int = 0
    text: str
    formula: str = ""
    inputs: dict[str, float] = {}
    metric: str | None = None
    section: str | None = None
    direction: Literal["up", "down", "flat"] | None = None
    assessment: Literal["better", "worse", "same"] | None = None
    metric_kind: Literal["count", "rate", "score", "duration"] | None = None
    """The kind of what the figure measures; with `better` it picks the words for a change."""
    better: Literal["higher", "lower", "neutral"] | None = None

    @property
    def source(self) -> str:
        """Short provenance for JSON output and citations."""
        return f"{self.id} = {self.formula}" if self.formula else self.id


def _figure(id: str, label: str, kind: FigureKind, value: float, unit: str, decimals: int,
            keep_decimals: bool = False, **extra) -> Figure:
    # A small non-zero figure keeps its first significant digit (0.01个百分点, not 0.0).
    decimals = significant_decimals(value, decimals)
    # An exactly whole figure is stated whole (100%, 10个百分点, 25%): 100.0% claims a
    # precision nobody measured, and the same value must read the same everywhere.
    # (`keep_decimals`: a share listed beside others with decimals keeps its 25.0%.)
    if decimals and not keep_decimals and _whole(value):
        decimals = 0
    rounded = round_half_up(value, decimals)
    return Figure(id=id, label=label, kind=kind, value=value, unit=unit, decimals=decimals,
                  text=f"{format_number(rounded, decimals)}{unit}", **extra)


def _whole(value: float) -> bool:
    return math.isfinite(value) and abs(value - round(value)) <= 1e-9 * max(1.0, abs(value))


class Figures(BaseModel):
    items: list[Figure] = []

    def __iter__(self) -> Iterator[Figure]:  # type: ignore[override]
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def get(self, figure_id: str) -> Figure | None:
        for f in self.items:
            if f.id == figure_id:
                return f
        return None

    def for_section(self, section: str) -> list[Figure]:
        return [f for f in self.items if f.section == section]


def _direction(delta: float) -> Literal["up", "down", "flat"]:
    return "up" if delta > 0 else "down" if delta < 0 else "flat"


def _assess(delta: float, better: str) -> Literal["better", "worse", "same"] | None:
    if better == "neutral":
        return None
    if delta == 0:
        return "same"
    good = delta > 0 if better == "higher" else delta < 0
    return "better" if good else "worse"


def _unit_for_display(metric: Metric) -> str:
    return metric.unit if metric.unit else ""


def _difference_unit(kind: str, unit: str) -> str:
    """个百分点 for the difference of two percentages; a rate in a unit of its own (投诉率
    32.6件/万通) differs in that unit — 18.8件/万通, not 18.8个百分点 (blind round 12, review 76)."""
    return points_unit() if kind == "rate" and unit.strip() in ("%", "％", "") else unit


def metric_figures(metric: Metric, facts: Facts) -> list[Figure]:
    """Stated values and everything derived from one metric."""
    domain = load_domain()
    rtype = domain.report_types[facts.report.type]
    name, unit, kind, better = metric.name, _unit_for_display(metric), metric.kind, metric.better
    assert metric.value is not None, "metrics without a value have no figures"
    d = decimals_of(metric.value)
    out = [_figure(f"{name}.value", name, "value", metric.value, unit, d,
                   metric=name, section="metrics", formula="事实")]

    def stated(attr: str, label: str, kind_: FigureKind) -> None:
        v = getattr(metric, attr)
        if v is not None:
            out.append(_figure(f"{name}.{attr}", f"{name}{label}", kind_, v, unit,
                               decimals_of(v), metric=name, section="metrics", formula="事实"))

    stated("target", "目标值", "target")
    stated("previous", f"{facts.previous_word}值", "previous")
    stated("annual_target", "全年目标值", "annual_target")
    # (a target changed during the period: the earlier one, as the note states it)
    changed = metric.target_change
    if changed is not None:
        earlier = changed[0]
        out.append(_figure(f"{name}.earlier_target", f"{name}调整前的目标值",
                           "annual_target" if metric.annual_target is not None else "target", earlier, unit,
                           decimals_of(earlier), metric=name, section="metrics", formula="事实（备注）"))
        # (…and the level before and from the change, when the note gives them: a year's halves
        # around July, or the months around another month — the draft judges each part against
        # its own target)
        halves = metric.target_halves
        for half, label, level in zip(("first_half", "second_half"), halves[2:] if halves else (), halves or ()):
            out.append(_figure(f"{name}.{half}", f"{label}{name}", "value", level, unit, decimals_of(level),
                               metric=name, section="metrics", formula="事实（备注）"))

    # (the level on the old counting rule, when the note gives it: the draft says it with the change)
    counting = metric.counting_change
    if counting is not None and counting[1] is not None:
        out.append(_figure(f"{name}.old_basis", f"{name}（原口径）", "value", counting[1], unit,
                           decimals_of(counting[1]), metric=name, section="metrics", formula="事实（备注）"))

    v = metric.value
    # (…and the change on one rule, when the note gives the previous period's level on the new
    # rule: the draft says it beside the change across the two rules — blind round 25)
    same = metric.previous_on_new_rule
    if same and v is not None and kind not in ("rate", "score"):
        # (…of this period's own level on the new rule when the change came during it and the
        # note gives that level: 10750 against 10940, not the mixed 11860 — review 126)
        now = metric.value_on_new_rule or v
        out.append(_figure(f"{name}.previous_new_rule", f"{name}{facts.previous_word}（新口径）", "value", same,
                           unit, decimals_of(same), metric=name, section="metrics", formula="事实（备注）"))
        if now != v:
            out.append(_figure(f"{name}.value_new_rule", f"{name}本期（新口径）", "value", now, unit, decimals_of(now),
                               metric=name, section="metrics", formula="事实（备注）"))
        out.append(_one_rule_change(name, "new_rule", f"较{facts.previous_word}变化（新口径，百分比）", now, same,
                                    better))
    # (…or, when the note gives the period's level on the old rule, the change on that rule from a
    # previous period counted wholly on it: 按旧口径全年是23910件 against 22580件 — review 123)
    if counting is not None and counting[1] is not None and not same and metric.previous and v is not None \
            and kind not in ("rate", "score"):
        out.append(_one_rule_change(name, "old_rule", f"较{facts.previous_word}变化（原口径，百分比）", counting[1],
                                    metric.previous, better))
    # (a rate's level without the part its note says is not the author's work, and how it stands
    # against the target: 不算批量关闭的1260件，办结率94.8%，差全年目标0.2个百分点 — review 128)
    # (…or outside the hours of an outage: 扣掉这半天，其余时段…94.3% — review 128)
    own, without = metric.own_level, (metric.not_own_part or ("备注所说部分",))[0]
    outage = facts.outage_of(metric) if own is None else None
    if outage is not None:
        without, own = outage
    # (…or without the one month of the table that made the miss: 不算7月为92.7% — review 143)
    if own is None and (apart := facts.level_without_month(metric)) is not None:
        without, own = apart
    if own is not None and v is not None:
        out.append(_figure(f"{name}.own_value", f"{name}（不含{without}）", "value", own,
                           unit, decimals_of(own), metric=name, section="metrics", formula="事实（备注）"))
        aim = metric.target if metric.target is not None else metric.annual_target
        if aim is not None:
            gap = own - aim
            out.append(_figure(f"{name}.own_gap", f"{name}（不含{without}）与目标之差",
                               "gap", abs(gap), _difference_unit(kind, unit),
                               max(POINTS_DECIMALS, decimals_of(own), decimals_of(aim)), metric=name,
                               section="metrics", formula=f"{own:g} − {aim:g}", inputs={"value": own, "target": aim},
                               direction=_direction(gap), assessment=_assess(gap, better)))
    # (a comparison the facts' note says cannot be made, 与新口径不能直接比, is not derived)
    apart = metric.incomparable
    # (a target of zero, 遗漏工单数 0件, has a gap but no attainment: 4 against 0 is missed by 4
    # — blind round 14, review 84, where the table showed — for it)
    if metric.target is not None and "target" not in apart:
        t = metric.target
        if t == 0:
            attainment, formula = None, ""
        elif better == "lower":
            attainment, formula = t / v * 100 if v else None, f"{t:g} ÷ {v:g} × 100%（越低越好）"
        elif better == "neutral" and (metric.spec is None or metric.target_is_forecast):
            # A metric the data does not know, with no `better:` in the facts: which way is
            # good is unknown, so no attainment is derived (a beaten cost target read as 36%);
            # nor for a workload whose target is a forecast (目标是季初的进线预测).
            attainment, formula = None, ""
        else:
            attainment, formula = v / t * 100, f"{v:g} ÷ {t:g} × 100%"
        if attainment is not None:
            out.append(_figure(f"{name}.attainment", f"{name}目标达成率", "attainment", attainment,
                               "%", PERCENT_DECIMALS, metric=name, section="metrics",
                               formula=formula, inputs={"value": v, "target": t},
                               assessment="better" if _assess(v - t, better) != "worse" else "worse"))
        gap = v - t
        gap_unit = _difference_unit(kind, unit)
        # A difference of two stated values is exact at their precision: 98.55 − 98.5 is 0.05.
        gap_dec = max(POINTS_DECIMALS, d, decimals_of(t)) if kind == "rate" else max(d, decimals_of(t))
        out.append(_figure(f"{name}.gap", f"{name}与目标之差", "gap", abs(gap), gap_unit, gap_dec,
                           metric=name, section="metrics", formula=f"{v:g} − {t:g}",
                           inputs={"value": v, "target": t}, direction=_direction(gap),
                           # (a level equal to its target met it whichever way is good: 上线市场数
                           # 3 of 3 showed — — blind round 17, reviews 97 and 103)
                           assessment="same" if gap == 0 else _assess(gap, better)))
        # A rate's gap is in points in prose; its 差额百分比 (the gap as a share of the target,
        # 81% against 85%: 4.7%) is what a quarterly table states beside the attainment.
        if (kind != "rate" or rtype.id in attainment_table_types()) and t != 0:
            out.append(_figure(f"{name}.gap_percent", f"{name}与目标差额百分比", "gap_percent",
                               abs(gap) / abs(t) * 100, "%", PERCENT_DECIMALS, metric=name,
                               section="metrics", formula=f"|{v:g} − {t:g}| ÷ {t:g} × 100%",
                               inputs={"value": v, "target": t}, direction=_direction(gap),
                               assessment=_assess(gap, better)))

    if metric.previous is not None and "previous" not in apart:
        p = metric.previous
        delta = v - p
        label = f"{name}较{facts.previous_word}变化"
        if kind == "rate":
            out.append(_figure(f"{name}.change", label, "change", abs(delta), _difference_unit(kind, unit),
                               max(POINTS_DECIMALS, d, decimals_of(p)),
                               metric=name, section="metrics", formula=f"{v:g} − {p:g}",
                               inputs={"value": v, "previous": p}, direction=_direction(delta),
                               assessment=_assess(delta, better)))
        else:
            if kind == "score":
                out.append(_figure(f"{name}.change", label, "change", abs(delta), unit,
                                   max(d, decimals_of(p)), metric=name, section="metrics",
                                   formula=f"{v:g} − {p:g}", inputs={"value": v, "previous": p},
                                   direction=_direction(delta), assessment=_assess(delta, better)))
            if p != 0:
                out.append(_figure(f"{name}.change_percent", f"{label}（百分比）", "change_percent",
                                   abs(delta) / abs(p) * 100, "%", PERCENT_DECIMALS, metric=name,
                                   section="metrics", formula=f"({v:g} − {p:g}) ÷ {p:g} × 100%",
                                   inputs={"value": v, "previous": p}, direction=_direction(delta),
                                   assessment=_assess(delta, better)))

    # (…or, with no previous value, its peers' average the note gives: the level, and how far
    # the author's is from it — its difference, or for a count its share of the peers' — review 140)
    # (…or the level of an earlier month the note names, 2026年3月为64.5%, for one back from leave:
    # review 143, all four reviewers read a monthly report compared with nothing)
    peer = metric.peer_level or facts.earlier_month_level(metric)
    if peer is not None and peer[1] != 0:
        who, level = peer
        out.append(_figure(f"{name}.peer", f"{name}（{who}）", "value", level, unit, decimals_of(level),
                           metric=name, section="metrics", formula="事实（备注）"))
        if kind == "count":
            out.append(_figure(f"{name}.peer_share", f"{name}占{who}的比例", "share", v / level * 100, "%",
                               PERCENT_DECIMALS, metric=name, section="metrics",
                               formula=f"{v:g} ÷ {level:g} × 100%", inputs={"value": v, "total": level}))
        else:
            delta = v - level
            out.append(_figure(f"{name}.peer_gap", f"{name}与{who}之差", "gap", abs(delta),
                               _difference_unit(kind, unit),
                               max(POINTS_DECIMALS, d, decimals_of(level)) if kind == "rate" else max(d, decimals_of(level)),
                               metric=name, section="metrics", formula=f"{v:g} − {level:g}",
                               inputs={"value": v, "peer": level}, direction=_direction(delta),
                               assessment="same" if delta == 0 else _assess(delta, better)))

    # (a July–December half's count is no progress toward the year's target: the year's
    # first half is not in it — review 122 read 已完成全年目标的54.6% where the year reached 101.6%)
    late = rtype.period_word_for(facts.report.period.start) != rtype.period_word
    if metric.annual_target:
        a = metric.annual_target
        if kind == "count" or metric.accumulates:
            # (…unless the note gives the year's count so far, 全年累计5590户: that count's progress
            # — review 135, a July–December report's 全部达到 with its progress left blank)
            ytd = metric.year_to_date if late else None
            ytd_formula = "事实（备注）"
            if ytd is None and late and kind == "count" and facts.report.type == "half-year" \
                    and metric.first_half_count is not None:
                # (…or the first half's count the note gives plus the half's own: 上半年接听17100件 + 14400)
                ytd = metric.first_half_count + v
                ytd_formula = f"上半年{metric.first_half_count:g} + 本期{v:g}（备注）"
            elif ytd is None and late and kind == "count" and facts.report.type == "half-year" \
                    and metric.previous is not None and facts.previous_word == "上半年":
                # (…or the previous value, when it is this year's first half, previous 是2025年上半年: 8760 + 10300
                # of a 19000 target is 100.3 % — review 178, all four reviewers read the progress left blank)
                ytd = metric.previous + v
                ytd_formula = f"上半年{metric.previous:g} + 本期{v:g}"
            if ytd is not None:
                out.append(_figure(f"{name}.year_to_date", f"{name}全年累计", "value", ytd, unit,
                                   max(d, decimals_of(ytd)), metric=name, section="metrics", formula=ytd_formula))
                out.append(_figure(f"{name}.progress", f"{name}全年目标完成进度（全年累计）", "progress", ytd / a * 100,
                                   "%", PERCENT_DECIMALS, metric=name, section="metrics",
                                   formula=f"{ytd:g} ÷ {a:g} × 100%", inputs={"value": ytd, "annual_target": a}))
                if metric.year_to_date is None and ytd < a:
                    # (…and what is left of the year's target after it: 33000 − 31500, not 33000 − 14400)
                    out.append(_figure(f"{name}.year_to_date_gap", f"{name}距全年目标还差（全年累计）", "gap", a - ytd,
                                       unit, max(d, decimals_of(a)), metric=name, section="metrics",
                                       formula=f"{a:g} − {ytd:g}", inputs={"value": ytd, "annual_target": a},
                                       direction=_direction(ytd - a), assessment=_assess(ytd - a, better)))
            if not late:
                out.append(_figure(f"{name}.progress", f"{name}全年目标完成进度", "progress", v / a * 100,
                                   "%", PERCENT_DECIMALS, metric=name, section="metrics",
                                   formula=f"{v:g} ÷ {a:g} × 100%", inputs={"value": v, "annual_target": a}))
                # (…and the author's own, when the note says part of the count is others' work:
                # 含…同事休假期间转到我名下的会话1126个 — review 126 read 52.6 % as ahead of the
                # year's pace where her own 15,714 were 49.1 %)
                part = metric.not_own_part if kind == "count" else None
                if part is not None and 0 < part[1] < v:
                    own = v - part[1]
                    out.append(_figure(f"{name}.own_value", f"{name}（不含{part[0]}）", "value", own, unit,
                                       max(d, decimals_of(part[1])), metric=name, section="metrics",
                                       formula=f"{v:g} − {part[1]:g}", inputs={"value": v, "not_own": part[1]}))
                    out.append(_figure(f"{name}.own_progress", f"{name}全年目标完成进度（不含{part[0]}）",
                                       "progress", own / a * 100, "%", PERCENT_DECIMALS, metric=name,
                                       section="metrics", formula=f"({v:g} − {part[1]:g}) ÷ {a:g} × 100%",
                                       inputs={"value": v, "not_own": part[1], "annual_target": a}))
        else:
            # A level (rate, score, duration) has no share of the year: how far it still is
            # from the annual target (工单闭环率95.1%，距全年目标96%还差0.9个百分点).
            gap = v - a
            gap_unit = _difference_unit(kind, unit)
            gap_dec = max(POINTS_DECIMALS, d, decimals_of(a)) if kind == "rate" else max(d, decimals_of(a))
            out.append(_figure(f"{name}.annual_gap", f"{name}与全年目标之差", "gap", abs(gap), gap_unit,
                               gap_dec, metric=name, section="metrics", formula=f"{v:g} − {a:g}",
                               inputs={"value": v, "annual_target": a}, direction=_direction(gap),
                               assessment=_assess(gap, better)))

    # (over the days worked, when the facts count them: 3504 ÷ 64, not ÷ 92 calendar days)
    days = facts.worked_days or facts.report.period.days
    # (…or over the months the metric counts, when they are a later part of the period: 9860 ÷ 306
    # days of 3—12月, not ÷ 365 — review 123, all four reviewers read 日均27通 of a transfer in March)
    span = None if facts.worked_days else _counted_days(facts, metric)
    # (…or over the days the data hold, when a note says they stop before the period ends: 1—11月
    # of a year-end report written in December — review 133, 日均1131通 over 365 days)
    until = None if facts.worked_days or span else facts.data_until
    if until is not None:
        span = ((until - facts.report.period.start).days + 1, f"统计到{until.month}月{until.day}日")
    if span:
        days = span[0]
    if kind == "count" and days > 1 and (metric.spec is None or metric.spec.id == "volume"):
        # A small mean keeps a digit: 468 ÷ 181 is 2.6, not 3.
        mean = v / days
        out.append(_figure(f"{name}.daily_mean", f"日均{name}", "daily_mean", mean, unit,
                           MEAN_DECIMALS if mean >= 10 else max(MEAN_DECIMALS, 1),
                           metric=name, section="overview",
                           # (…and, over the days worked, where the data stop too: the overview says 截至11月30日
                           # — review 175, the phone-brand year's 1—11月 said only in its third section)
                           formula=f"{v:g} ÷ {days}天" + (
                               ("（出勤，统计到{}月{}日）".format(facts.data_until.month, facts.data_until.day)
                                if facts.data_until is not None else "（出勤）") if facts.worked_days
                               else f"（{span[1]}）" if span else ""),
                           inputs={"value": v, "days": days}))

    if metric.basis:
        part_name, part = metric.basis_part  # type: ignore[misc]
        total = metric.basis["total"]
        for key, count in metric.basis.items():
            out.append(_figure(f"{name}.basis.{key}", f"{name}计算依据（{key}）", "basis", count, "",
                               decimals_of(count), metric=name, section="metrics", formula="事实"))
        if total:
            out.append(_figure(f"{name}.basis_rate", f"{name}（按计数复算）", "basis_rate",
                               part / total * 100, "%", max(d, 1), metric=name, section="metrics",
                               formula=f"{part:g} ÷ {total:g} × 100%",
                               inputs={part_name: part, "total": total}))
    for figure in out:  # what the metric measures picks the words for its changes
        figure.metric_kind, figure.better = kind, better
    return out


def _share_figures(prefix: str, section: str, items: Iterable, whole: float | None) -> list[Figure]:
    items = list(items)
    out: list[Figure] = []
    counts = [it.count for it in items if it.count is not None]
    count_whole = whole if whole else (sum(counts) if len(counts) == len(items) and counts else None)
    shares: list[tuple[float, int]] = []  # each share with the decimals it is shown with
    # Shares listed together are shown alike: 25% only when every one of them is whole.
    alike = not (count_whole and all(it.share is None and it.count is not None
                                     and _whole(it.count / count_whole * 100) for it in items))
    for it in items:
        share = it.share
        shown = decimals_of(it.share) if it.share is not None else PERCENT_DECIMALS
        if it.count is not None:
            out.append(_figure(f"{prefix}.{it.name}.count", f"{it.name}数量", "count", it.count, "",
                               0, section=section, formula="事实"))
            if share is None and count_whole:
                share = it.count / count_whole * 100
                out.append(_figure(f"{prefix}.{it.name}.share", f"{it.name}占比", "share", share, "%",
                                   PERCENT_DECIMALS, keep_decimals=alike, section=section,
                                   formula=f"{it.count:g} ÷ {count_whole:g} × 100%",
                                   inputs={"count": it.count, "whole": count_whole}))
        if it.share is not None:
            out.append(_figure(f"{prefix}.{it.name}.share", f"{it.name}占比", "share", it.share, "%",
                               decimals_of(it.share), section=section, formula="事实"))
        if share is not None:
            shares.append((share, shown))
    if shares and len(shares) == len(items):
        # The sum and its terms as the shares are shown (35.5 + 29.0 + 35.5), not the
        # unrounded quotients (35.4839 + …).
        total = sum(share for share, _ in shares)
        out.append(_figure(f"{prefix}.share_total", "各类占比合计", "share_total", total, "%",
                           max(shown for _, shown in shares), keep_decimals=True, section=section,
                           formula=" + ".join(format_number(round_half_up(share, shown), shown)
                                              for share, shown in shares)))
    return out


def compute_figures(facts: Facts) -> Figures:
    """Every figure a summary of these facts may state: stated values and derived ones."""
    out: list[Figure] = []
    for metric in facts.metrics:
        if metric.value is not None:
            out.extend(metric_figures(metric, facts))
    out.append(_figure("report.period.days", "统计天数", "count", facts.report.period.days, "天", 0,
                       section="overview", formula="结束日期 − 开始日期 + 1"))
    if facts.report.team_size is not None:
        out.append(_figure("report.team_size", "团队人数", "count", facts.report.team_size, "人", 0,
                           section="overview", formula="事实"))
    # (the share of the year gone by where a July–December report's counts are judged on the year's
    # count so far: to its data's last day, 11月30日 of a report written in December — review 135)
    if any(f.id.endswith(".year_to_date") for f in out):
        import datetime

        end = facts.data_until or facts.report.period.end
        first = datetime.date(end.year, 1, 1)
        year = (datetime.date(end.year, 12, 31) - first).days + 1
        out.append(_figure("report.year_elapsed", "全年已过时间占比", "share", ((end - first).days + 1) / year * 100,
                           "%", PERCENT_DECIMALS, section="metrics",
                           formula=f"{(end - first).days + 1}天 ÷ {year}天 × 100%"))
    # (…and, for a count that began within a half-year with a year's target set for its months, the
    # share of those months gone by: 3,412 of 10,000 from 4月8日 to 6月30日 is ahead of 4—12月's pace,
    # not behind the year's half — review 147, all four reviewers)
    if facts.report.type == "half-year":
        import datetime

        for metric in facts.metrics:
            counted = _counted_days(facts, metric) if metric.annual_target is not None else None
            if counted is None or any(f.id == f"{metric.name}.year_to_date" for f in out):
                continue
            end = facts.report.period.end
            span = (datetime.date(end.year, 12, 31) - end).days + counted[0]
            out.append(_figure(f"{metric.name}.target_span_elapsed", f"{metric.name}全年目标所覆盖时间已过占比",
                               "share", counted[0] / span * 100, "%", PERCENT_DECIMALS, metric=metric.name,
                               section="metrics", formula=f"{counted[0]}天 ÷ {span}天 × 100%"))
    # (the share of the period gone by to the data's last day, when they stop before it ends: a count
    # is judged against its whole-period target by that pace — review 143, 92.1% of the year's target
    # on 11月30日 read as a miss by all four reviewers)
    if facts.data_until is not None and facts.data_until < facts.report.period.end:
        gone = (facts.data_until - facts.report.period.start).days + 1
        out.append(_figure("report.period_elapsed", "统计截止时期内时间已过占比", "share",
                           gone / facts.report.period.days * 100, "%", PERCENT_DECIMALS, section="metrics",
                           formula=f"{gone}天 ÷ {facts.report.period.days}天 × 100%"))
    out.extend(_share_figures("categories", "feedback", facts.categories, _categories_whole(facts)))
    c = facts.complaints
    if c is not None:
        from cswriter.domain import field_labels

        for attr, label in field_labels("complaints").items():
            value = getattr(c, attr)
            if value is not None:
                out.append(_figure(f"complaints.{attr}", label, "count", value, "件", 0,
                                   section="complaints", formula="事实"))
        if c.total is not None and c.previous:
            delta = c.total - c.previous
            out.append(_figure("complaints.change_percent", "投诉量较上期变化", "change_percent",
                               abs(delta) / c.previous * 100, "%", PERCENT_DECIMALS,
                               section="complaints", formula=f"({c.total} − {c.previous}) ÷ {c.previous} × 100%",
                               inputs={"total": c.total, "previous": c.previous},
                               direction=_direction(delta), assessment=_assess(delta, "lower"),
                               metric_kind="count", better="lower"))
        if c.total and c.handled is not None:
            out.append(_figure("complaints.handled_rate", "投诉办结率", "share", c.handled / c.total * 100,
                               "%", PERCENT_DECIMALS, section="complaints",
                               formula=f"{c.handled} ÷ {c.total} × 100%",
                               inputs={"handled": c.handled, "total": c.total}))
        out.extend(_share_figures("complaints.types", "complaints", c.types, c.total))
        out.extend(_complaint_rates(facts))
        if c.total and c.handled is not None and 0 <= c.handled < c.total:
            # Review 9 (C4): the complaints still open, said as a count of their own.
            out.append(_figure("complaints.open", "未办结投诉", "count", c.total - c.handled, "件", 0,
                               section="complaints", formula=f"{c.total} − {c.handled}",
                               inputs={"total": c.total, "handled": c.handled}))
    for i, plan in enumerate(facts.plans):
        # A plan on a metric of the report that gives no unit of its own is in the metric's
        # (满意率 to 98.5, not "提升至98.5").
        own = next((m for m in facts.metrics if plan.metric and not plan.unit
                    and "".join(m.name.split()) == "".join(plan.metric.split())), None)
        unit = plan.unit or (own.unit if own is not None else "") or ""
        if plan.target is not None:
            out.append(_figure(f"plans[{i}].target", f"计划目标：{plan.metric or plan.action}", "target",
                               plan.target, unit, decimals_of(plan.target),
                               section="plans", formula="事实"))
        if plan.baseline is not None:
            out.append(_figure(f"plans[{i}].baseline", f"计划基线：{plan.metric or plan.action}", "value",
                               plan.baseline, unit, decimals_of(plan.baseline),
                               section="plans", formula="事实"))
    if facts.monthly is not None:
        out.extend(_monthly_figures(facts))
    return Figures(items=out)


CATEGORY_COVER = 0.5
"""How much of the workload categories given as counts must cover to be shares of it."""


def _categories_whole(facts: Facts) -> float | None:
    """What categories given as counts are shares of: the workload, when every category is a
    count and together they are no more than it (计费异常301件 and 停车调度费264件 of 812
    contacts are 37.1% and 32.5%, not 53.3% and 46.7% of their own sum — blind round 14, all
    four reviewers); None (their own sum) otherwise."""
    counts = [c.count for c in facts.categories]
    work = facts.workload()
    if not counts or None in counts or any(c.share is not None for c in facts.categories) or work is None:
        return None
    # (…and cover much of it: 310 sorted contacts of 30,000 are a sample, whose shares are of
    # the sample, not 0.4% of the whole)
    return float(work.value) if CATEGORY_COVER * work.value <= sum(counts) <= work.value else None


def _complaint_rates(facts: Facts) -> list[Figure]:
    """The complaints per hundred of the workload, this period and the last (review 9, C5:
    17 of 6,820 received is 0.25%, 11 of 3,950 was 0.28%), when the facts hold both counts
    and a workload (a count metric with no better direction) known in both periods."""
    c = facts.complaints
    if c is None or not c.total or not c.previous:
        return []
    work = facts.workload(known_before=True)
    if work is None:
        return []
    out = []
    # (two significant digits of the smaller rate, both at one precision: 0.065% → 0.063% told as 0.07% →
    # 0.06% read as a fall of a seventh where it was 3 % — review 172)
    import math

    smallest = min(c.total / work.value * 100, c.previous / work.previous * 100)
    decimals = max(2, min(4, math.ceil(-math.log10(smallest)) + 1)) if smallest > 0 else 2
    for fid, label, count, volume in (("complaints.rate", "投诉率（按工作量）", c.total, work.value),
                                      ("complaints.previous_rate", "上期投诉率（按工作量）", c.previous,
                                       work.previous)):
        out.append(_figure(fid, label, "share", count / volume * 100, "%", decimals, section="complaints",
                           formula=f"{count} ÷ {volume} × 100%", inputs={"complaints": count, "workload": volume}))
    return out


def _monthly_figures(facts: Facts) -> list[Figure]:
    table = facts.monthly
    assert table is not None
    domain = load_domain()
    out: list[Figure] = []
    for col in table.columns:
        unit = table.unit_of(col)
        values = [(m, v) for m, v in table.column(col) if v is not None]
        for month, v in values:
            out.append(_figure(f"monthly.{month}.{col}", f"{month} {col}", "table", v, unit,
                               decimals_of(v), section="attachments", formula="事实"))
        if not values:
            continue
        nums = [v for _, v in values]
        kind = domain.unit_kind(unit) or (domain.match_metric(col).kind if domain.match_metric(col) else "count")
        if kind == "count":
            out.append(_figure(f"monthly.{col}.total", f"{table.period_words['table']}{col}合计", "table_total",
                               sum(nums), unit,
                               max(decimals_of(n) for n in nums), section="attachments",
                               formula=" + ".join(f"{n:g}" for n in nums)))
        mean_decimals = max(decimals_of(n) for n in nums) + (0 if kind == "count" else 1)
        words = table.period_words  # rows a day are averaged per day (日均), not per month
        out.append(_figure(f"monthly.{col}.mean", f"{words['table']}{col}{words['mean']}", "table_mean",
                           sum(nums) / len(nums), unit, mean_decimals, section="attachments",
                           formula=f"合计 ÷ {words['count'].format(n=len(nums))}"))
    return out


def attainment_table_types() -> tuple[str, ...]:
    """Report types whose comparison table states 达成率 and 差额百分比 for every metric with a
    target (directions.yaml `attainment_table`)."""
    from cswriter.domain import load_yaml_resource

    return tuple((load_yaml_resource("directions.yaml").get("attainment_table") or {}).get("types") or ())


def _counted_days(facts: Facts, metric: Metric) -> tuple[int, str] | None:
    """(days, months) a metric counts when they are a part of the report's period (3—12月, 1—6月:
    domain.metric_months), from the first of its first month to the period's end (or its last month's); None otherwise."""
    import datetime
    import re

    from cswriter.domain import metric_months

    months = metric_months(facts, metric)
    span = re.match(r"(\d{1,2})(?:—(\d{1,2}))?月", months or "")
    end = facts.report.period.end
    if not span:
        return None
    start = datetime.date(end.year, int(span.group(1)), 1)
    # (…or an earlier part of it, 1—6月: to the last day of its last month)
    last = int(span.group(2) or span.group(1))
    if last < end.month:
        end = datetime.date(end.year, last + 1, 1) - datetime.timedelta(days=1)
    return ((end - start).days + 1, months) if start <= end else None


def _one_rule_change(name: str, rule: str, label: str, now: float, before: float, better: str) -> Figure:
    """A count's change in percent across a counting change, both levels on one rule (`rule`:
    new_rule, old_rule) as the note gives them: `{name}.change_percent_{rule}`."""
    return _figure(f"{name}.change_percent_{rule}", f"{name}{label}", "change_percent", abs(now - before) / abs(before) * 100,
                   "%", PERCENT_DECIMALS, metric=name, section="metrics",
                   formula=f"({now:g} − {before:g}) ÷ {before:g} × 100%", inputs={"value": now, "previous": before},
                   direction=_direction(now - before), assessment=_assess(now - before, better))


def on_pace(figures: "Figures", name: str, even_within: float = 0.0) -> bool:
    """Is a count whose data stop before the period ends, short of its whole-period target, on the
    pace of the time gone by? (`paced` on these figures.) Asked of counts only: a rate's level has
    no pace."""
    attainment, elapsed, gap = (figures.get(f"{name}.attainment"), figures.get("report.period_elapsed"),
                                figures.get(f"{name}.gap"))
    return paced(attainment.value if attainment else None, elapsed.value if elapsed else None,
                 gap.assessment if gap else None, gap.direction if gap else None, even_within)


def paced(attainment: float | None, elapsed: float | None, assessment: str | None, direction: str | None,
          even_within: float = 0.0) -> bool:
    """A count under its target (direction down; assessment worse, or none for a workload with no
    better direction) whose attainment is at most `even_within` points under the share of the period
    gone by (`report.period_elapsed`). (Not under it at all by default: 96.4% of the year's target on
    12月20日, 97.0% of the year gone, read as behind to every reviewer of review 185 — and 94.6% against
    95.6% as a miss the verdict left out, review 184.)"""
    if attainment is None or elapsed is None or assessment not in ("worse", None) or direction != "down" \
            or attainment >= 100:
        return False
    return attainment >= elapsed - even_within
