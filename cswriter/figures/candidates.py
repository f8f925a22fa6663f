"""Every value a summary of some facts may state, with what it measures: the tracer's input.

`collect_candidates` turns the facts and their computed figures (`compute_figures`) into
`Candidate` values, each with its family (percent, points, duration, score, count), its
subjects (the metric, category, complaint type, case, plan or table column it measures,
and the names a text may call that subject by), its role (this period, last period,
target, a table row…) and the series of values a writer compares it with. Numbers written
in the facts' free text are candidates too, with the subjects their own sentence names.
`cswriter.figures.trace` indexes them and matches figures in prose against them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cswriter.domain import load_domain, points_unit, short_category_name
from cswriter.figures.rounding import decimals_of, format_number
from cswriter.text.names import without_gloss

if TYPE_CHECKING:
    from cswriter.facts.model import Facts
    from cswriter.figures.compute import Figure
    from cswriter.text.numbers import NumberMention

# Kinds a value can have. A stated figure and a candidate match only within one family:
# a share is never a count, a points change never a percent change.
PERCENT, POINTS, DURATION, SCORE, COUNT, PLAIN = "percent", "points", "duration", "score", "count", "plain"
# Durations indexed by the value as written (135 in a table cell under a 秒 column).
AS_WRITTEN = "as-written"

# A unit with a magnitude in front (万元, 万件, 千次, 亿元): the value is scaled to the bare unit.
_MAGNITUDES = {"十万": 1e5, "百万": 1e6, "千万": 1e7, "万": 1e4, "千": 1e3, "亿": 1e8}
# The time words a note's clause starts with (1月和12月, 4月至12月, 1—3月, 其余10个月).
NOTE_TIME = re.compile("(?:[0-9]+|[其余他个至到和与及、—–\\-一二两三四五六七八九十月日号天周旬季度上中下半年前后初底末])+")
_MAGNITUDE = re.compile("(十万|百万|千万|万|千|亿)(?!分之|克|米|瓦)(.*)$")
# A named stretch of the period (集中参保期（9月15日—11月30日）) or the rest of it (其余时段) that opens a note's
# clause of counts and a rate.
_NAMED_SPAN = re.compile("其余(?:时段|时间|日子)|[\u4e00-\u9fff]{2,8}[（(][0-9]{1,2}月[0-9]{1,2}[日号][^（）()]{0,12}[）)]")
# The words right before a number of a fact's text (积压工单 in 积压工单1200单).
_CONTEXT = re.compile("[\u4e00-\u9fff]{2,4}$")
_AFTER = re.compile("[\u4e00-\u9fff]{0,4}")
_TAIL = re.compile("[\u4e00-\u9fff]{0,8}")
_PART_BEFORE = re.compile("其中(?:有|的)?$")
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
    month: str = ""
    """For a row of the monthly table: its month (2025-08); for a number of a fact's text, the
    one month its sentence names before it (3月), if any."""
    context: str = ""
    """For a number of a fact's text: the words right before it (积压工单 in 积压工单1200单)."""
    after: str = ""
    """For a number of a fact's text: the words right after it (完成改签 in 1712人完成改签)."""
    lead: str = ""
    """For a number of a fact's text: its sentence up to it (周六上午平均候诊 in 周六上午平均候诊41分钟)."""
    tail: str = ""
    """For a number of a fact's text: up to eight characters after it (发生在春节前 in 12件发生在春节前)."""
    rest: str = ""
    """For a number of a fact's text: up to eight characters of any kind after it, the next
    number too (少45件 in 比3月的163件少45件)."""

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
class MetricInfo:
    """What lint's % vs 百分点 rule needs to know about a named metric."""

    name: str
    kind: str
    unit: str
    value: float | None
    previous: float | None
    target: float | None = None
    better: str = "higher"
    """higher | lower | neutral: which way is an improvement (the facts' `better:` when given)."""
    annual_target: float | None = None
    """The annual target of a shorter report (half-year), when the facts give one."""
    scale: float | None = None
    """A score's full mark (5, 10, 100), when the facts give one."""
    team: bool = False
    """A team metric (离职率, 培训覆盖率): a lead's verdict on the service metrics may leave it out."""


def _seconds_per(unit: str) -> float | None:
    return load_domain().duration_units.get(unit)


def family_of(unit: str, kind: str | None = None) -> tuple[str, float | None]:
    """The family and seconds-per-unit of a unit (and of a mention's kind from text.numbers)."""
    if unit in ("%", "％", "百分比", "百分率") or kind == "percent":
        return PERCENT, None
    if unit == points_unit() or kind == "points":
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


def _metric_kinds(metric) -> tuple[str, ...]:
    """The kinds of figure a metric's name may stand for: its own kind, and for a rate in a
    compound unit of its own (投诉率 32.6件/万通, 2.1次/千人) also a count, since its value and
    its changes are read in that unit (18.8件/万通 is a count figure). Without it the name in
    the sentence is no subject of such a figure, and the change is taken for arithmetic of the
    sentence's other figures (blind round 12)."""
    if metric.kind == "rate" and metric.unit and family_of(metric.unit)[0] == COUNT:
        return (metric.kind, "count")
    return (metric.kind,)


def _text(value: float, unit: str) -> str:
    return f"{format_number(value, min(decimals_of(value), 2))}{unit}"


@dataclass
class Candidates:
    """What `collect_candidates` found: subjects by key, the names they are known by,
    every candidate, the facts' metrics and each table column's rows in order."""

    subjects: dict[str, Subject] = field(default_factory=dict)
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    metrics: dict[str, MetricInfo] = field(default_factory=dict)
    columns: dict[str, list[Candidate]] = field(default_factory=dict)
    per: dict[str, float] = field(default_factory=dict)
    """What a per-unit mean divides by: 月 (calendar months of the period), 天 (its days),
    周 (its weeks), 人 (the team's size, when the facts give it)."""
    period: tuple | None = None
    """The report's own period (start, end dates): 11月 in a November report is no earlier time."""
    previous_word: str = ""
    """What the report type calls the facts' `previous` (上月, 去年同期): which earlier time it is."""
    team: str = ""
    """The facts' own team name (report.team): 服务台人数 of 跨境退货服务台 is the team's size."""
    note_rates: list = field(default_factory=list)
    """A metric note's rates other than the old rule's, as (metric name, value, text, the words of
    its clause before it): 剔除后为89.5% of 48小时工单解决率. No source of their own (the note's
    arithmetic is the user's), but a sentence that takes the same part out quotes them."""
    rest_columns: dict[str, list[Candidate]] = field(default_factory=dict)
    """The rest of a count column and a larger one it is part of, row by row (未接通: 来电量 − 接通量),
    by subject key; in no other list (the table's closure reads them where a sentence names them)."""
    rest_names: dict[str, str] = field(default_factory=dict)
    """The words that name each rest (未接通, 没有接通 …) and its key."""
    note_texts: dict[str, str] = field(default_factory=dict)
    """Each metric's note as written, by the metric's name (the day a note's 当月 refers to: 7月扩容，当月80.0%)."""


def collect_candidates(facts: Facts) -> Candidates:
    """Every value the facts allow a summary to state, by subject, role and series."""
    return _Builder(facts).collect()


_COMPLAINT_ROLES = {"total": "value", "previous": "previous", "handled": "count", "escalated": "count",
                    "count": "count", "share": "share"}
_FREE_TEXT_FIELDS = ("work", "teamwork", "training", "highlights", "reflections", "feedback",
                     "attachments")


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
        self.rest_columns: dict[str, list[Candidate]] = {}
        self.rest_names: dict[str, str] = {}
        self.metric_models = {m.name: m for m in facts.metrics}
        self._note_rates: list[tuple[str, float, str, str]] = []

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
            series: str = "", role: str = "", month: str = "", context: str = "", after: str = "",
            lead: str = "", tail: str = "", rest: str = "") -> Candidate:
        scale = _MAGNITUDE.match(unit) if unit and unit[0] in "十百千万亿" else None
        if scale is not None and (scale.group(2) or unit in ("万", "千", "亿")):
            # 12.5万元 in the facts is 125,000元 as prose reads it (the reader scales 万).
            value, unit = float(value) * _MAGNITUDES[scale.group(1)], scale.group(2)
        family, seconds = family_of(unit, kind)
        c = Candidate(float(value), family, seconds, subjects, label, source, stated, row,
                      "row" if row else role, series or (subjects[0] if subjects else ""), month, context, after, lead,
                      tail, rest)
        self.candidates.append(c)
        return c

    def collect(self) -> Candidates:
        from cswriter.figures.compute import compute_figures

        facts = self.facts
        metric_keys = self._metric_subjects()
        self._table(metric_keys)
        for figure in compute_figures(facts):
            self._figure(figure, metric_keys)
        self._categories()
        self._plan_shares()
        self._short_names()
        self._free_texts()
        period = self.facts.report.period
        months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
        if period.start.day == 1 and months >= 2:
            # 项目历时6个月: the period's length in months (its days are a computed figure).
            self.add(months, "个月", (), f"{months}个月", "report.period.months = 结束月份 − 开始月份 + 1",
                     stated=False, kind="duration")
        return Candidates(self.subjects, self.names, self.candidates, self.metrics, self.columns,
                          self._per_units(), (period.start, period.end), self._previous_word(),
                          getattr(self.facts.report, "team", None) or "", self._note_rates,
                          self.rest_columns, self.rest_names,
                          {m.name: m.note for m in self.facts.metrics if getattr(m, "note", None)})

    def _previous_word(self) -> str:
        """Which earlier time the facts' `previous` is: the report type's word, or, for a project
        whose background names the metrics' earlier values with a word of an earlier time
        (去年同期报修平均完工时长72小时), that word."""
        from cswriter.domain import load_yaml_resource

        word = self.facts.previous_word
        project = getattr(self.facts, "project", None)
        text = (getattr(project, "background", None) or "") if project else ""
        earlier = [format_number(m.previous).replace(",", "") for m in self.facts.metrics if m.previous is not None]
        if not text or not any(v in text.replace(",", "") for v in earlier):
            return word
        kinds = load_yaml_resource("tracing.yaml").get("previous_kinds") or {}
        said = sorted((w for kind in kinds.values() for w in kind.get("report", ())), key=len, reverse=True)
        return next((w for w in said if w in text), word)

    def _per_units(self) -> dict[str, float]:
        import datetime

        period = self.facts.report.period
        start, end = period.start, period.end
        days = period.days
        until = self.facts.data_until
        if until is not None and (until + datetime.timedelta(days=1)).day == 1:
            # 数据截至11月30日 in a July–December report: a mean per month (per day) is over the months
            # (days) the data hold, 5 (153), not the period's 6 (184) — as compute's daily mean is.
            end, days = until, (until - start).days + 1
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        out = {"天": float(days), "周": days / 7, "月": float(months)}
        if self.facts.worked_days:
            # (平均每个出勤日: over the days the facts count worked, 出勤6天 of a 7-day week)
            out["出勤日"] = float(self.facts.worked_days)
        if months >= 12:
            out["年"] = months / 12
        team = getattr(self.facts.report, "team_size", None)
        if team:
            out["人"] = float(team)
        return out

    def _metric_subjects(self) -> dict[str, str]:
        """One subject per facts metric, known by its name and its canonical synonyms."""
        by_spec: dict[str, list[str]] = {}
        keys: dict[str, str] = {}
        for m in self.facts.metrics:
            key = self.subject(f"metric:{m.name}", m.name, _metric_kinds(m))
            keys[m.name] = key
            self.name(m.name, key)
            spec = m.spec
            if spec is not None:
                by_spec.setdefault(spec.id, []).append(key)
            better = getattr(m, "better", None)
            self.metrics[key] = MetricInfo(m.name, m.kind, m.unit, m.value, m.previous,
                                           next((t for t in (getattr(m, "target", None),
                                                             getattr(m, "annual_target", None)) if t is not None),
                                                None),
                                           better if better in ("higher", "lower", "neutral") else "higher",
                                           getattr(m, "annual_target", None), getattr(m, "scale", None),
                                           bool(spec is not None and spec.group == "team"))
        for channel in self.facts.report.channels:
            # 在线渠道 / 电话端: the metrics of a channel whose names start with it (在线接待量).
            channel = channel.strip()
            own = [keys[m.name] for m in self.facts.metrics if len(channel) >= 2 and m.name.startswith(channel)]
            if own:
                for word in (f"{channel}渠道", f"{channel}端"):
                    self.name(word, *own)
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
            c = self.facts.complaints
            # Fewer complaints is better: 投诉较上月减少6件 is checked against 11 → 17.
            self.metrics[key] = MetricInfo("投诉", "count", "件", getattr(c, "total", None),
                                           getattr(c, "previous", None), None, "lower")
        return keys

    def _role_label(self, figure: Figure) -> str:
        kind = figure.kind
        prefix = {"value": "本期", "previous": self.facts.previous_word, "target": "目标",
                  "annual_target": "全年目标"}.get(kind, "")
        if kind == "basis":
            prefix = figure.id.rsplit(".", 1)[-1] + " "
        return f"{prefix}{figure.text}"

    def _figure(self, figure: Figure, metric_keys: dict[str, str]) -> None:
        # (a metric's peers' level and how far the metric stands from it are the draft's: the facts'
        # note gives that level with its role, `peer`, and the tracer works the comparison itself —
        # as a figure of the metric they read as its own level or its target's gap)
        if figure.id.endswith((".peer", ".peer_gap", ".peer_share")):
            return
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
        if figure.kind in ("table_total", "table_mean"):
            role = figure.kind  # the table's sum or mean: only where the text adds up or averages
        if figure.id.endswith(".old_basis"):
            role = "old_rule"  # the level by the old counting rule: only where the sentence names a rule
        if figure.id.endswith(".year_to_date_gap"):
            role = "annual_gap"  # what the year so far leaves of the year's target: only where 全年目标 is said
        self.add(figure.value, figure.unit, subjects, label, source, stated=stated, series=series, role=role)
        metric = self.metric_models.get(figure.metric or "")
        scale = getattr(metric, "scale", None)
        if (metric is not None and stated and metric.kind == "score" and scale and scale != 100
                and figure.kind in ("value", "target", "previous")):
            # A score out of 5 converted to a hundred (4.7分折合百分制94分).
            converted = figure.value * 100 / scale
            self.add(converted, figure.unit, subjects, f"{label}折合百分制{_text(converted, figure.unit)}",
                     f"{figure.id} × 100 ÷ {scale:g}", stated=False, series=series, role=figure.kind)
        if metric is not None and metric.scale == 100 and figure.unit == metric.unit and metric.kind == "score":
            # A score out of 100 is often written as a percentage (满意度95.2%), and its
            # changes in points (超出目标2.7个百分点).
            as_rate = "%" if figure.kind in ("value", "target", "previous", "annual_target") else (
                points_unit() if figure.kind in ("change", "gap") else None)
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
        # A column matched by synonym (来电量 for 预约受理量) is never a metric whose own
        # column the table also has: two columns are two series.
        own = {metric_keys[c] for c in table.columns if c in metric_keys}
        by_synonym: dict[str, tuple[str, ...]] = {}
        for col in table.columns:
            if col not in metric_keys:
                spec = self.domain.match_metric(col)
                by_synonym[col] = tuple(k for k in (self.names.get(spec.title, ()) if spec else ())
                                        if k.startswith("metric:") and k not in own
                                        and self._counted_alike(table.unit_of(col), k))
        # Two columns matched by synonym to one metric (机器人会话量 and 人工进线量 for 人工在线进线量)
        # are two series: the metric is the column whose name is most the metric's own (人工进线量),
        # or neither where none is more; the other is a series of its own (its growth, sums and
        # shares are its rows', not the metric's).
        names_of = {k: name for name, k in metric_keys.items()}
        for key in {k for ks in by_synonym.values() for k in ks}:
            cols = [c for c, ks in by_synonym.items() if key in ks]
            if len(cols) < 2:
                continue
            name = names_of.get(key, "")
            # The head of a Chinese name is its end (来电接听量 is 接听量): the longest common
            # ending first, then the characters shared.
            shared = {c: (len(os.path.commonprefix([c[::-1], name[::-1]])), len(set(c) & set(name)))
                      for c in cols}
            best = max(shared.values())
            keep = [c for c in cols if shared[c] == best]
            for c in cols:
                if len(keep) > 1 or c != keep[0]:
                    by_synonym[c] = tuple(k for k in by_synonym[c] if k != key)
        for col in table.columns:
            unit = table.unit_of(col)
            if col in metric_keys:
                keys: tuple[str, ...] = (metric_keys[col],)
            else:
                spec = self.domain.match_metric(col)
                keys = by_synonym[col]
                if not keys:
                    kind = self.domain.unit_kind(unit) or (spec.kind if spec else "count")
                    keys = (self.subject(f"table:{col}", col, (kind,)),)
                    self.name(col, *keys)
            column_key = keys[0] if len(keys) == 1 else self.subject(f"table:{col}", col, ())
            self.column_keys[col] = tuple(dict.fromkeys((*keys, column_key)))
            rows = []
            weeks = _weeks_of_dates(list(table.rows)) or member_rows(list(table.rows))
            for month, v in table.column(col):
                if v is None:
                    continue
                rows.append(self.add(v, unit, keys + ((column_key,) if column_key not in keys else ()),
                                     f"{month} {_text(v, unit)}", f"事实 monthly.{month}.{col}",
                                     row=True, series=f"table:{col}", month=weeks.get(str(month), str(month))))
            self.columns[column_key] = rows
            for k in keys:
                self.columns.setdefault(k, rows)
        self._table_rests(table)

    def _table_rests(self, table) -> None:
        """未接通 / 未能独立解决: where a count column is the part of another of the same unit in every
        row (接通量 of 来电量, 机器人独立解决量 of 机器人会话量), the rest of each row is a series of its
        own, named by a word of not (tracing.yaml column_rest: 未, 未能, 没有…) before the part's own
        words (its name less the words it shares with the whole's, and its ending 量/数). Held apart
        (`rest_columns`, `rest_names`): the table's closure reads it only where a sentence names it,
        and no other figure is matched against its rows."""
        from cswriter.domain import load_yaml_resource

        negations = load_yaml_resource("tracing.yaml").get("column_rest") or ()
        if not negations:
            return
        cols = [c for c in table.columns if self.domain.unit_kind(table.unit_of(c)) == "count"]
        values = {c: dict(table.column(c)) for c in cols}
        weeks = _weeks_of_dates(list(table.rows)) or member_rows(list(table.rows))
        for whole in cols:
            for part in cols:
                unit = table.unit_of(whole)
                if part == whole or table.unit_of(part) != unit:
                    continue
                pairs = [(m, values[whole].get(m), values[part].get(m)) for m in values[whole]]
                if not pairs or any(a is None or b is None or b > a for _, a, b in pairs) \
                        or all(a == b for _, a, b in pairs):
                    continue
                stem = re.sub("(?:量|数|次数|人数|件数)$", "", part)
                stem = stem[len(os.path.commonprefix([stem, whole])):]
                key = f"table:未{stem}"
                if len(stem) < 2 or key in self.rest_columns:
                    continue
                self.subject(key, f"未{stem}", ("count",))
                for word in negations:
                    self.rest_names.setdefault(f"{word}{stem}", key)
                self.rest_columns[key] = [
                    Candidate(float(a - b), *family_of(unit, None), (key,), f"{month} {_text(a - b, unit)}",
                              f"事实 monthly.{month}.{whole} − {part}", False, True, "row", key,
                              weeks.get(str(month), str(month)))
                    for month, a, b in pairs]

    def _counted_alike(self, unit: str | None, key: str) -> bool:
        """Does a column in `unit` count what the metric `key` counts? A column named by a synonym
        (报修工单量 in 单 beside 来电接听量 in 通) counts another thing where both are counts in
        measure words of different groups (tracing.yaml same_units): a series of its own."""
        from cswriter.domain import load_yaml_resource

        info = self.metrics.get(key)
        if info is None or not unit or not info.unit or unit == info.unit:
            return True
        if self.domain.unit_kind(unit) != "count" or self.domain.unit_kind(info.unit) != "count":
            return True
        groups = load_yaml_resource("tracing.yaml").get("same_units") or ()
        return any(unit in group and info.unit in group for group in groups)

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
            self.name(short_category_name(cat.name), key)
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

    def _short_names(self) -> None:
        """A metric is also known by the tail of its name when no other subject shares it
        (平均解答时长 → 解答时长, 理赔材料一次提交正确率 → 一次提交正确率): the head of a
        Chinese compound is its end, and writers drop the modifiers in front."""
        tails: dict[str, set[str]] = {}
        for m in self.facts.metrics:
            name = m.name.strip()
            for i in range(1, len(name) - 2):
                tails.setdefault(name[i:], set()).add(f"metric:{m.name}")
        # So is a category or complaint type of four characters or more (燃气费用争议 → 费用争议).
        named = [(c.name, f"category:{c.name}") for c in self.facts.categories]
        if self.facts.complaints is not None:
            named += [(t.name, f"complaint_type:{t.name}") for t in self.facts.complaints.types]
        for name, key in named:
            if key in self.subjects:
                for i in range(1, len(name.strip()) - 3):
                    tails.setdefault(name.strip()[i:], set()).add(key)
        for tail, keys in tails.items():
            if len(keys) == 1 and tail not in self.names and not any(tail in n for n in self.names
                                                                       if not n.endswith(tail)):
                self.name(tail, *keys)
        # …and by its name without a gloss in brackets (设施设备(电梯扶梯/空调) → 设施设备), as a
        # draft names it (blind round 20: the complaint type's 588件 was read as another fact's).
        for name, key in named:
            bare = without_gloss(name.strip())
            if key in self.subjects and bare != name.strip() and len(bare) >= 2 and bare not in self.names:
                self.name(bare, key)
        # …and by its head without a generic last word (退换货申请 → 退换货, 发票问题 → 发票;
        # tracing.yaml name_suffixes), when that head is no other name's part.
        from cswriter.domain import load_yaml_resource

        suffixes = tuple(load_yaml_resource("tracing.yaml").get("name_suffixes") or ())
        heads: dict[str, set[str]] = {}
        for name, key in named:
            name = name.strip()
            if key in self.subjects and name.endswith(suffixes):
                head = next(name[:-len(s)] for s in suffixes if name.endswith(s))
                if len(head) >= 2:
                    heads.setdefault(head, set()).add(key)
        for head, keys in heads.items():
            # 理赔 of 理赔咨询 is also the start of 理赔材料一次提交正确率: no name of its own then.
            if len(keys) == 1 and head not in self.names and not any(
                    head in n for n, owners in self.names.items() if not set(owners) & keys):
                self.name(head, *keys)
        # …and a count metric by its name without the measure word (投诉工单量 → 投诉工单; tracing.yaml
        # metric_name_suffixes) when that head holds another subject's whole name: the longer words
        # are the metric's, not the shorter subject's (共处理投诉工单18,640件 was read as all
        # complaints, 187件 — blind round 27's first run). A head that holds no other name stays
        # too loose to place a level on (来电 of 来电受理量).
        metric_suffixes = sorted(load_yaml_resource("tracing.yaml").get("metric_name_suffixes") or (), key=len,
                                 reverse=True)
        for m in self.facts.metrics:
            name, key = m.name.strip(), f"metric:{m.name.strip()}"
            head = next((name[:-len(s)] for s in metric_suffixes if name.endswith(s)), None)
            if head and len(head) >= 3 and head not in self.names and key in self.subjects and any(
                    n in head and n != head and key not in owners for n, owners in self.names.items()) \
                    and not any(head in n and key not in owners for n, owners in self.names.items()):
                self.name(head, key)

    def _plan_shares(self) -> None:
        """A plan's metric that is a category's share (尺码与材质咨询占比) is that category too:
        its share is the value the plan moves from."""
        cats = {c.name: (i, c) for i, c in enumerate(self.facts.categories)}
        for word, keys in list(self.names.items()):
            plan_keys = [k for k in keys if k.startswith("plan_metric:")]
            if not word.endswith(("占比", "比例", "比重")) or not plan_keys:
                continue
            found = [c for c in cats if c in word]
            if not found:
                continue
            name = max(found, key=len)
            self.name(word, f"category:{name}")
            i, cat = cats[name]
            if cat.share is not None:
                # The share now is the value the plan's target is compared with (比目标高6个百分点).
                for key in plan_keys:
                    self.add(cat.share, "%", (key,), f"{name}占比{_text(cat.share, '%')}",
                             f"事实 categories[{i}].share", series=key, role="value")

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

    def _row_of_cell(self, value: float, unit: str, keys: list[str], head: str) -> str:
        """The table row whose cell a number of a fact's text is: the one row of a column the
        text names that holds the value in the same unit, else the one row that holds it and
        whose day the text names before it (周六处理工单82单); "" if none or several."""
        import datetime

        family, seconds = family_of(unit, None)
        rows = {c.month for k in keys for c in self.columns.get(k, ())
                if c.value == value and c.family == family and c.seconds == seconds}
        if not rows:
            for column in self.columns.values():
                for c in column:
                    if c.value != value or c.family != family or c.seconds != seconds:
                        continue
                    try:
                        day = datetime.date.fromisoformat(c.month)
                    except ValueError:
                        continue
                    weekday = "一二三四五六日"[day.weekday()]
                    if re.search(f"(?:周|星期){weekday}|{day.month}月{day.day}日|(?<![0-9]){day.day}日", head):
                        rows.add(c.month)
        return rows.pop() if len(rows) == 1 else ""

    def _free_texts(self) -> None:
        """Numbers written in the facts' free text: their entry is their subject, and so is
        any metric they name (6月平均响应时长升至180秒 is a response time)."""
        from cswriter.text.numbers import find_numbers

        facts = self.facts
        texts: list[tuple[str, str, str]] = []  # (path, text, entity key)
        for i, case in enumerate(facts.cases):
            key = self.subject(f"case:{i}", case.title, ())
            self.name(case.title, key)
            # In the order the case is told (situation, actions, result): the earlier of two of its
            # numbers is the base of their change (沟通5轮 in an action → 降到2轮 in the result).
            for attr in ("title", "situation"):
                value = getattr(case, attr)
                if value:
                    texts.append((f"cases[{i}].{attr}", value, key))
            texts.extend((f"cases[{i}].actions[{j}]", a, key) for j, a in enumerate(case.actions))
            if case.result:
                texts.append((f"cases[{i}].result", case.result, key))
        for i, problem in enumerate(facts.problems):
            key = self.subject(f"problem:{i}", problem.title, ())
            for attr in ("title", "evidence", "cause"):
                value = getattr(problem, attr)
                if value:
                    texts.append((f"problems[{i}].{attr}", value, key))
        for i, plan in enumerate(facts.plans):
            key = self.subject(f"plan:{i}", plan.metric or plan.action, ())
            texts.append((f"plans[{i}].action", plan.action, key))
            if plan.metric:  # a name may hold a figure of its own (15秒接通率, 48小时回访率)
                texts.append((f"plans[{i}].metric", plan.metric, key))
        # A category's or complaint type's name may hold a number of its own (四轮定位与保养).
        texts.extend((f"categories[{i}].name", cat.name, self.subject(f"categories[{i}].name", cat.name, ()))
                     for i, cat in enumerate(facts.categories))
        if facts.complaints is not None:
            texts.extend((f"complaints.types[{i}].name", t.name,
                          self.subject(f"complaints.types[{i}].name", t.name, ()))
                         for i, t in enumerate(facts.complaints.types))
        for i, metric in enumerate(facts.metrics):
            texts.append((f"metrics[{i}].name", metric.name,
                          self.subject(f"metric:{metric.name}", metric.name, _metric_kinds(metric))))
            # What moved the metric (drivers) may hold figures of its own (研讨会8次).
            texts.extend((f"metrics[{i}].drivers[{j}]", d, self.subject(f"metrics[{i}].drivers[{j}]", d[:12], ()))
                         for j, d in enumerate(metric.drivers))
            # …and so may its note, where a user often puts what held it back (这3天IVR自助查账单
            # 停用…，3天呼入量是平时的2.1倍: blind round 18); `check` verifies a note's arithmetic.
            if metric.note:   # (its counts, multiples and durations; its rates, see below)
                texts.append((f"metrics[{i}].note", metric.note,
                              self.subject(f"metrics[{i}].note", metric.note[:12], ())))
        for attr in _FREE_TEXT_FIELDS:
            for i, value in enumerate(getattr(facts, attr)):
                texts.append((f"{attr}[{i}]", value, self.subject(f"{attr}[{i}]", value[:12], ())))
        if facts.thanks:
            texts.append(("thanks", facts.thanks, self.subject("thanks", facts.thanks[:12], ())))
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
        from cswriter.domain import load_yaml_resource, team_part_opening
        old_words = load_yaml_resource("tracing.yaml").get("old_rule") or []
        old_rule = re.compile("|".join(map(re.escape, old_words))) if old_words else None
        peer_rule = load_yaml_resource("metrics.yaml").get("peer_level") or {}
        team_part = team_part_opening()
        deducted = load_yaml_resource("tracing.yaml").get("deducted") or []
        taken_out = re.compile("(?:" + "|".join(map(re.escape, deducted)) + ")(?:掉)?这[^，,；;为0-9]{1,6}") \
            if deducted else None
        peer_words = peer_rule.get("words") or []
        # (…or a month before the period named with its year, 2026年3月为64.5%: the base of a metric with
        # no previous value, as `Facts.earlier_month_level` reads it — review 143)
        earlier = re.sub(r"\(\?P<\w+>", "(?:", peer_rule.get("earlier_month") or "$^")
        peer = re.compile(f"(?:{'|'.join(map(re.escape, peer_words))}|{earlier})[^，,；;。0-9]{{0,8}}$") \
            if peer_words else None
        for path, value, entity in texts:
            if not any(ch.isdigit() or ch in "一二两三四五六七八九十百千万" for ch in value):
                continue
            found = find_numbers(value)
            for n in found:
                if n.kind in ("date", "period", "ordinal"):
                    continue
                if path.endswith(".note") and path.startswith("metrics[") and peer is not None and n.unit \
                        and n.high is None:
                    # 组平均22秒 in 平均响应时长's note: the peers' level of the metric, a stated value of
                    # the metric's own (role peer), which a sentence that names it compares with.
                    metric = facts.metrics[int(path[len("metrics["):path.index("]")])]
                    said = max(value.rfind(mark, 0, n.start) for mark in "。；;！？，,") + 1
                    if metric.unit and family_of(n.unit, n.kind)[0] == family_of(metric.unit, None)[0] \
                            and peer.search(value, said, n.start):
                        self.add(n.value, n.unit, (f"metric:{metric.name}",),
                                 f"{value[said:n.start].strip()}{n.text}", f"事实 {path}", kind=n.kind,
                                 series=f"metric:{metric.name}", role="peer")
                # (a note's rates and changes are the user's arithmetic on the metric, which
                # `check` verifies and compute derives: no source of a figure of their own)
                if path.endswith(".note") and n.unit in ("%", "个百分点"):
                    # …except a rate the note gives by the rule counted before (按旧口径为68.9%):
                    # no arithmetic of the user's but a level of its own, which a sentence that
                    # names the old rule quotes (the tracer rules the role out elsewhere).
                    said = max(value.rfind(mark, 0, n.start) for mark in "。；;！？，,") + 1
                    if n.unit == "%":
                        metric_name = facts.metrics[int(path[len("metrics["):path.index("]")])].name
                        lead = value[said:n.start]
                        opens = max(value.rfind(mark, 0, n.start) for mark in "。；;！？") + 1
                        time = NOTE_TIME.match(value[opens:said].strip())
                        # (up to its last word of time: 1—3月 of 1—3月24小时内回复)
                        time = re.match(".*[月日号天周旬度年]", time.group()) if time is not None else None
                        first = value[opens:said]
                        if said > opens and time is not None and re.search("[0-9]", time.group()) \
                                and re.fullmatch("(?:当月|当天|当日|当周|那个月|那天|同月|同日)", lead.strip()):
                            # 7月光缆中断，当月78.0%: the time the note's sentence opens with (tracer round 45)
                            lead = time.group() + lead
                        elif said > opens and not NOTE_TIME.match(lead.strip()) and time is not None \
                                and re.search("[0-9]", time.group()) and not lead.strip().startswith("按") \
                                and not re.match("[起以前后开]", first.strip()[len(time.group()):]) \
                                and any(m.unit and m.unit not in ("%", "个百分点") and m.kind not in ("date", "period")
                                        for m in find_numbers(first[len(time.group()):])):
                            # 11月18日当天接通3047通，接通率52.3% / 1—3月24小时内回复2770封/2970封，93.3%: a rate
                            # whose clause names no time is of the time the note's sentence opens with.
                            lead = time.group() + lead
                        elif taken_out is not None and (lead.strip() in ("", metric_name, metric_name[-3:])) \
                                and (part := taken_out.match(value[opens:said].strip())) is not None:
                            # 不算这两天为49090/51580，接通率95.2%: the rate after the days taken out is the level without
                            # them, said after those words (不算这两天为95.2%) — blind round 42, review 178
                            lead = part.group(0) + lead
                        elif lead.strip() in ("", metric_name, metric_name[-3:]) and (part := _NAMED_SPAN.match(
                                re.sub(r"\s+", "", value[opens:said]))) is not None:
                            # 集中参保期（9月15日—11月30日）接通129300通，接通率81.7%；其余时段…93.9%: a bare rate after a
                            # named stretch of the period or the rest of it is said by those words — review 179
                            lead = part.group(0) + lead
                        elif (lead.strip() in ("", metric_name, metric_name[-3:])
                              or re.fullmatch("[^，,；;]*[0-9][^，,；;]*[（(]", lead.strip())) and team_part is not None \
                                and (part := team_part.match(value[opens:n.start].strip())) is not None:
                            # (…or in brackets after the part's counts, 一次解决6560单（80.8%）: the part's level — review 183)
                            # 新人2人…受理1229单，一次成功1034单，84.1%: a bare rate after a part of the team's counts
                            # is that part's, said by its word (新人为84.1%) — blind round 42, review 178
                            lead = part.group(1) + metric_name
                        self._note_rates.append((metric_name, n.value, n.text, lead))
                    if n.unit == "%" and old_rule is not None and old_rule.search(value, said, n.start):
                        metric_key = f"metric:{metric_name}"
                        self.add(n.value, n.unit, (metric_key, entity), n.text, f"事实 {path}",
                                 kind=n.kind, series=metric_key, role="old_rule")
                    continue
                # (a bare number right after the metric's own unit word, 回访的平均分81.3，, is in that unit:
                # the writer says it 81.3分 — blind round 42's burst days, review 178)
                if path.endswith(".note") and path.startswith("metrics[") and not n.unit and n.high is None \
                        and n.kind == "plain":
                    metric = facts.metrics[int(path[len("metrics["):path.index("]")])]
                    said = find_numbers(n.text + metric.unit) if metric.unit and value[:n.start].endswith(metric.unit) \
                        and not value[n.end:n.end + 1].isdigit() else []
                    if len(said) == 1 and said[0].value == n.value and said[0].unit:
                        n = n._replace(unit=said[0].unit, kind=said[0].kind, text=said[0].text)
                # The month its sentence names (3月一次解决率88.6%，来电6400通): the figure is that
                # month's, not another's (see Candidate.month).
                since = max(value.rfind(mark, 0, n.start) for mark in "。；;！？") + 1
                named = {int(d.value) for d in found if d.kind == "date" and d.unit == "月" and d.high is None
                         and since <= d.start < n.start}
                month = f"{min(named)}月" if len(named) == 1 else ""
                keys = [entity]
                if regex is not None:
                    keys.extend(k for k in self._named_in(regex, value, n) if k not in keys)
                # A number the text gives as a part (23封,其中17封…) is no total of its own.
                role = "target" if path == "project.goal" else (
                    "part" if _PART_BEFORE.search(value, max(0, n.start - 4), n.start) else "text")
                context = _CONTEXT.search(value, 0, n.start)
                if role == "text" and n.high is None:
                    # 周四咨询受理量达到214件 where Thursday's row holds 214 (9月…来电3600通 where
                    # September's does): that row's figure, not another row's nor the period's.
                    row = self._row_of_cell(n.value, n.unit, keys, value[since:n.start])
                    if row and (not month or row[5:7].isdigit() and int(row[5:7]) == int(month[:-1])):
                        month = row
                for v in (n.value, n.high) if n.high is not None else (n.value,):
                    # One fact entry's numbers are compared with each other (由12%降至3%
                    # across a case's situation and result); a project's goal is its target.
                    self.add(v, n.unit, tuple(keys), n.text, f"事实 {path}", kind=n.kind,
                             series=entity, role=role, context=context.group() if context else "", month=month,
                             after=_AFTER.match(value, n.end).group(), lead=value[since:n.start],
                             tail=_TAIL.match(value, n.end).group(), rest=value[n.end:n.end + 8])


def member_rows(keys: list[str]) -> dict[str, str]:
    """王磊 → 王磊（第1行）: the rows of a table keyed by people (an agent per row), no period's, numbered in
    the table's order so the tracer reads a person the sentence names as that row; {} for any other table."""
    if len(keys) < 2 or any(re.search("[0-9０-９]|^第?[一二三四五六七八九十两]+[个]?[月周日天季年]|[上中下]旬|季度|月份|半年|周[一二三四五六日末]"
                                      "|星期|^(?:合计|总计|小计|平均|全年|全月|全期|本期|上期|去年)$", str(k)) for k in keys) \
            or not all(re.fullmatch("[\u4e00-\u9fff·]{2,5}", str(k)) for k in keys):
        return {}
    return {str(k): f"{k}（第{i}行）" for i, k in enumerate(keys, 1)}


def _weeks_of_dates(keys: list[str]) -> dict[str, str]:
    """A table whose rows are dates a week apart (2026-11-11, 2026-11-18, 2026-11-25: each row a
    week from its first day) is a table of weeks: its rows are named 第1周, 第2周 … in order (第3周的
    一次解决率 is the third row's), never by the day of the month. {} for any other table."""
    import datetime

    try:
        days = [datetime.date.fromisoformat(k) for k in keys]
    except ValueError:
        return {}
    if len(days) < 2 or any((b - a).days != 7 for a, b in zip(days, days[1:])):
        return {}
    return {k: f"第{i}周" for i, k in enumerate(keys, 1)}
