"""Domain knowledge loaded from the data files in `cswriter/data/`.

Sections, report types, roles, metrics and units are data a domain expert edits; this
module only reads them into typed objects and answers questions about them (which
canonical metric a name means, which role a role title is). Loaded once per process.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any, Literal

from cswriter.datacache import cached_json, data_path

MetricKind = Literal["count", "rate", "score", "duration"]
Better = Literal["higher", "lower", "neutral"]
Importance = Literal["required", "recommended", "optional", "omit", "folded"]
Severity = Literal["error", "warning", "info"]

REPORT_TYPES = ("year-end", "half-year", "quarterly", "monthly", "weekly", "project")
# In the order of sections.yaml (tests/test_domain.py ties both to the YAML).
SECTION_IDS = (
    "overview", "metrics", "work", "feedback", "complaints", "cases",
    "teamwork", "training", "team", "problems", "reflections", "plans", "attachments",
)


# Frozen dataclasses, not pydantic models: the linter reads metric names and units from here
# and must start without importing pydantic. A misspelt key in a data file still fails
# (dataclasses reject unknown and missing arguments); tests/test_domain.py checks the types.
_frozen = dataclass(frozen=True)


@_frozen
class SectionSpec:
    id: str
    title: str
    purpose: str
    sources: tuple[str, ...]
    question: str
    from_misses: bool = False
    """Written from the metrics that missed their target too, when the facts name no item of its
    own (a problems section of the misses, their gaps and what is known of why)."""


@_frozen
class MetricSpec:
    id: str
    title: str
    kind: MetricKind
    better: Better
    unit: str
    names: tuple[str, ...]
    bounded: bool = False
    group: str = "other"
    accumulates: bool = False
    """A rate that adds up over the year like a count (离职率): at mid-year it has used a share
    of an annual cap, it has not reached it."""
    measures: tuple[tuple[str, ...], ...] = ()
    """Groups of its names that are different measures a help desk reports side by side
    (首次响应时长 and 平均响应时长): one of each in a report is not the metric written twice."""


@_frozen
class ReportTypeSpec:
    id: str
    title: str
    period_word: str
    previous_word: str
    compare: dict[str, Severity]
    sections: dict[str, Importance]
    require_category_shares: bool = False
    require_project: bool = False
    names: tuple[str, ...] = ()
    """Other names people write for the type (年终, 月报 …), besides `title`."""
    titles: dict[str, str] = dataclasses.field(default_factory=dict)
    """Section headings this type words its own way (a project's 背景与目标)."""
    document_title: str = "工作总结"
    """What the document is called after its period (2025年度工作总结, …工作周报)."""
    wants_reflections: bool = False
    """check hints when the facts hold no 体会/经验 (year-end, half-year, project)."""
    folds: dict[str, str] = dataclasses.field(default_factory=dict)
    """Sections the type does not list whose facts are told inside a listed one (a weekly's
    work, teamwork and training lines in 本周工作与数据)."""
    period_word_late: str | None = None
    """The period word when the period starts in the year's second half (下半年 for a half-year
    from July: review 122 read 上半年 throughout a July–December report)."""

    def period_word_for(self, start: Any) -> str:
        """`period_word`, or `period_word_late` for a period that starts in July or later."""
        month = getattr(start, "month", None)
        return self.period_word_late if self.period_word_late and month is not None and month >= 7 \
            else self.period_word


@_frozen
class RoleSpec:
    id: str
    title: str
    keywords: tuple[str, ...]
    requires_team_size: bool
    required_metrics: tuple[str, ...]
    sections: dict[str, Importance] = dataclasses.field(default_factory=dict)
    """How much the role's report needs a section the type lists (a lead's 团队管理)."""
    folds: dict[str, str] = dataclasses.field(default_factory=dict)
    """Sections written inside another one when that one is in the skeleton."""
    personal: bool = True
    """A personal report speaks as 我; a team's (a lead's) as 我们."""


@_frozen
class Domain:
    sections: tuple[SectionSpec, ...]
    metrics: dict[str, MetricSpec]
    report_types: dict[str, ReportTypeSpec]
    roles: dict[str, RoleSpec]
    duration_units: dict[str, float]
    count_units: tuple[str, ...]
    rate_units: tuple[str, ...]
    score_units: tuple[str, ...]
    metric_groups: dict[str, str] = dataclasses.field(default_factory=dict)
    """Group id → its words (工作量, 服务质量 …), in the order the metrics section uses."""

    def section(self, section_id: str) -> SectionSpec:
        for spec in self.sections:
            if spec.id == section_id:
                return spec
        raise KeyError(section_id)

    @property
    def section_titles(self) -> dict[str, str]:
        return {s.id: s.title for s in self.sections}

    def skeleton(self, report_type: str, role: RoleSpec | None = None) -> list[tuple[SectionSpec, Importance]]:
        """The sections of a report of this type by this role, in order, with their headings.

        The order and importance come from the type (report_types.yaml), the role may raise
        or drop a section the type lists, and `omit` leaves a section out of the skeleton."""
        rtype = self.report_types[report_type]
        listed = {k for k, v in rtype.sections.items() if v not in ("omit", "folded")}
        if role is not None:
            listed |= {k for k, v in role.sections.items() if v != "omit" and k in rtype.sections
                       and rtype.sections[k] != "omit"}
        out = []
        for section_id, importance in rtype.sections.items():
            if importance in ("omit", "folded") or section_id not in listed:
                continue
            if role is not None:
                importance = role.sections.get(section_id, importance)
            into = role.folds.get(section_id) if role is not None else None
            if importance == "omit" or (into is not None and into in listed):
                continue
            spec = self.section(section_id)
            title = rtype.titles.get(section_id)
            out.append((dataclasses.replace(spec, title=title) if title else spec, importance))
        return out

    def folded(self, report_type: str) -> list[SectionSpec]:
        """Sections whose facts a type still asks for, written inside another section (a
        weekly report's duties open its first block instead of a 工作概述 of their own)."""
        return [self.section(k) for k, v in self.report_types[report_type].sections.items() if v == "folded"]

    def match_metric(self, name: str) -> MetricSpec | None:
        """The canonical metric a name refers to, or None when no synonym fits."""
        key = _normalise_name(name)
        cache = self._match_cache
        if key not in cache:
            cache[key] = self._match_uncached(key)
        return cache[key]

    def is_synonym(self, name: str, spec: MetricSpec) -> bool:
        """Is `name` one of the metric's own names (接待量), not one that merely contains
        a synonym (人工有效会话量, 15秒接通率)?"""
        key = _normalise_name(name)
        return any(_normalise_name(n) == key for n in spec.names)

    def same_measure(self, name: str, other: str, spec: MetricSpec) -> bool:
        """Do two of the metric's names state the same measure? Only names that the
        metric's `measures` put in different groups do not (首次响应时长, 平均响应时长)."""
        def group(n: str) -> int | None:
            key = _normalise_name(n)
            return next((i for i, names in enumerate(spec.measures)
                         if any(_normalise_name(m) == key for m in names)), None)

        first, second = group(name), group(other)
        return first is None or second is None or first == second

    @functools.cached_property
    def _match_cache(self) -> dict[str, MetricSpec | None]:
        return {}

    def _match_uncached(self, name: str) -> MetricSpec | None:
        best: tuple[int, MetricSpec] | None = None
        for spec in self.metrics.values():
            for synonym in spec.names:
                syn = _normalise_name(synonym)
                if syn == name:
                    return spec
                if syn in name and (best is None or len(syn) > best[0]):
                    best = (len(syn), spec)
        return best[1] if best else None

    def role_of(self, role: str | None, level: str | None = None) -> RoleSpec:
        """`lead` when the explicit level or the role title says so, else `agent`."""
        if level:
            return self.roles[level]
        text = (role or "").lower()
        for spec in self.roles.values():
            if any(word.lower() in text for word in spec.keywords):
                return spec
        return self.roles["agent"]

    def leads_a_project_only(self, role: str | None) -> bool:
        """Is the role a lead's only by a part in a project (客服专员（项目负责人）; report_types.yaml
        `project_role_words`)? Such a lead writes for the project team, but has no team of her own
        to count (blind round 21, review 109: the background was withheld to ask a 专员 for her
        team's size); 客服主管（项目负责人） still leads one by 主管."""
        text = (role or "").lower()
        words = load_yaml_resource("report_types.yaml").get("project_role_words") or ()
        if not any(w.lower() in text for w in words):
            return False
        for word in words:
            text = text.replace(word.lower(), "")
        return not self.role_of(text).requires_team_size

    def report_type_id(self, name: str) -> str | None:
        """The report type an id or a Chinese name means: "月报", "年终总结", "monthly" → id."""
        key = _normalise_name(str(name)).lower()
        for rid, spec in self.report_types.items():
            if key in (rid, spec.title.upper()) or key in (_normalise_name(n) for n in spec.names):
                return rid
        return None

    def unit_kind(self, unit: str | None) -> MetricKind | None:
        """What a unit word says about a metric: %, 分, a time unit or a count word."""
        u = (unit or "").strip()
        if not u:
            return None
        if u in self.rate_units:
            return "rate"
        if u in self.score_units:
            return "score"
        if u in self.duration_units:
            return "duration"
        if u in self.count_units:
            return "count"
        return None


def _normalise_name(name: str) -> str:
    return "".join(name.split()).upper()


@functools.cache
def severities() -> dict[str, dict[str, str]]:
    """error / warning / info → their `label`, terminal `style` and `interview` word
    (data/severities.yaml): the one place findings' severities are named."""
    return {str(k): {str(a): str(b) for a, b in v.items()} for k, v in load_yaml_resource("severities.yaml").items()}


@functools.cache
def metric_kinds() -> dict[str, dict[str, str]]:
    """count / rate / score / duration → their `word` and `title` (data/metric_kinds.yaml)."""
    return {str(k): {str(a): str(b) for a, b in v.items()} for k, v in load_yaml_resource("metric_kinds.yaml").items()}


def metric_kind_word(kind: str | None, default: str = "数字") -> str:
    """What a value of `kind` is called (百分比, 分数 …); `default` for no kind."""
    return metric_kinds().get(kind or "", {}).get("word", default)


@functools.cache
def field_labels(group: str) -> dict[str, str]:
    """attribute → its name in findings and figures, for one part of the facts file
    (data/field_labels.yaml), in reporting order."""
    return {str(k): str(v) for k, v in load_yaml_resource("field_labels.yaml")[group].items()}


def severity_label(severity: str) -> str:
    return severities()[severity]["label"]


def severity_style(severity: str) -> str:
    return severities()[severity]["style"]


# Parsed data files already read by this process, keyed by where each file is and its
# size and modification time: many callers ask per metric or per figure (check, table
# periods, the offline backend), and a long-lived process (the MCP server, the test run)
# would otherwise re-read the JSON cache, or re-parse the YAML when the cache directory is
# new, on every call. An edited file has a new key. Callers only read what they get.
_parsed: dict[tuple[str, int, int], Any] = {}


def load_yaml_resource(name: str) -> Any:
    """A data file, parsed; from memory or the JSON cache when the file has not changed."""
    path = data_path(name)
    try:
        st = path.stat()
        key: tuple[str, int, int] | None = (str(path), st.st_size, st.st_mtime_ns)
    except (OSError, AttributeError):  # inside a zip: no stat, no memo
        key = None
    if key is not None and key in _parsed:
        return _parsed[key]
    value = cached_json(f"data-{name}", [path], lambda: parse_yaml_resource(name))
    if key is not None:
        _parsed[key] = value
    return value


def parse_yaml_resource(name: str) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=False)
    with data_path(name).open("r", encoding="utf-8") as handle:
        return yaml.load(handle)


def _tuples(spec: dict[str, Any]) -> dict[str, Any]:
    """YAML lists as tuples, so the frozen specs are really immutable."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in spec.items()}


@functools.cache
def load_units() -> list[dict[str, Any]]:
    """The unit table (data/units.yaml) as plain dicts; read once per process."""
    return load_yaml_resource("units.yaml")["units"]


@functools.cache
@functools.cache
def points_unit() -> str:
    """个百分点: the unit of a difference between two rates, the one `points` unit of units.yaml."""
    return next(spec["unit"] for spec in load_units() if spec["kind"] == "points")


@functools.cache
def load_domain() -> Domain:
    """Read sections, report types, roles, metrics and units from the data files."""
    sections_doc = load_yaml_resource("sections.yaml")
    types_doc = load_yaml_resource("report_types.yaml")
    metrics_doc = load_yaml_resource("metrics.yaml")
    units = _units_by_kind(load_units())
    return Domain(
        sections=tuple(SectionSpec(**_tuples(s)) for s in sections_doc["sections"]),
        metrics={k: MetricSpec(id=k, **_tuples({**v, "measures": tuple(tuple(g) for g in v.get("measures", ()))}))
                 for k, v in metrics_doc["metrics"].items()},
        metric_groups=dict(metrics_doc.get("groups") or {}),
        report_types={k: ReportTypeSpec(id=k, **_tuples(v)) for k, v in types_doc["types"].items()},
        roles={k: RoleSpec(id=k, **_tuples(v)) for k, v in types_doc["roles"].items()},
        duration_units=units["duration"],
        count_units=tuple(units["count"]),
        rate_units=tuple(units["rate"]),
        score_units=tuple(units["score"]),
    )


# What a unit's kind in units.yaml says about a metric measured in it. Money and multiples
# say nothing (the canonical metric decides); points are a change of a rate.
_METRIC_KIND_OF_UNIT = {"percent": "rate", "points": "rate", "score": "score", "count": "count"}


def _units_by_kind(table: list[dict[str, Any]]) -> dict[str, Any]:
    """Every spelling of a unit (data/units.yaml), grouped by the metric kind it implies.

    Durations map each spelling to its length in seconds; a duration without a fixed length
    (个月, 年) converts to nothing and so is left out."""
    out: dict[str, Any] = {"duration": {}, "count": [], "rate": [], "score": []}
    for spec in table:
        spellings = [spec["unit"], *spec["written"], *(spec.get("aliases") or ())]
        if spec["kind"] == "duration":
            if "seconds" in spec:
                for word in spellings:
                    out["duration"].setdefault(word, float(spec["seconds"]))
        elif spec["kind"] in _METRIC_KIND_OF_UNIT:
            group = out[_METRIC_KIND_OF_UNIT[spec["kind"]]]
            group.extend(w for w in dict.fromkeys(spellings) if w not in group)
    return out


def table_months(keys: Any) -> set[tuple[int, int]] | None:
    """The (year, month) of each row key of a monthly table (2025-01); None when any key is
    not a month (a table of days or weeks)."""
    import re

    found = [re.fullmatch(r"(\d{4})-(\d{1,2})", str(k).strip()) for k in keys]
    if not found or not all(found):
        return None
    return {(int(m.group(1)), int(m.group(2))) for m in found if m}


def months_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    """Every (year, month) from `first` to `last`, both included."""
    out, (y, mo) = [], first
    while (y, mo) <= last:
        out.append((y, mo))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def short_category_name(name: str) -> str:
    """A category's name as prose says it: without its gloss in brackets and the facts'
    separators (骑手·订单异常（联系不上顾客、地址错误） → 骑手订单异常). The offline writer
    says it so; the tracer knows the category by it too."""
    import re

    return re.sub(r"[（(][^）)]*[）)]", "", name).replace("·", "").strip() or name


def direction_by_name(name: str | None) -> str:
    """higher | lower | "" for a metric the table does not know, by the words of its name
    (directions.yaml `higher_words`, `lower_words`): the word that ends nearest the end of
    the name decides, as a Chinese compound's head is its last part (投诉办结率 → higher)."""
    if not name:
        return ""
    words = load_yaml_resource("directions.yaml")
    best: tuple[int, str] | None = None
    # (a count of work done, 办结量, is a word of the good side too: `targeted_direction_endings`)
    sides = (("higher", [*(words.get("higher_words") or ()), *(words.get("targeted_direction_endings") or ())]),
             ("lower", words.get("lower_words") or ()))
    for better, listed in sides:
        for word in listed:
            at = name.rfind(word)
            if at >= 0:
                end = at + len(word)
                if best is None or end > best[0]:
                    best = (end, better)
                elif end == best[0] and best[1] != better:
                    best = (end, "")
    return best[1] if best else ""


def team_in_prose(team: str | None) -> str | None:
    """A team named as users write it, by its levels (客户服务部 电话服务二组), as one name in a
    sentence (客户服务部电话服务二组): a space between Chinese words reads as a typo there.
    A space between two Latin letters (IT Support) stays."""
    import re

    if not team:
        return team
    return re.sub(r"(?<![A-Za-z])\s+|\s+(?![A-Za-z])", "", team.strip())


def team_in_title(team: str | None) -> str | None:
    """The team a title names: its last level (话务三班, not 12345政务服务便民热线 话务三班)."""
    if not team:
        return team
    import re

    parts = team.split()
    # (…the level above it when the last lists several groups, 客户服务中心 热线一组（11人）、热线二组（9人）:
    # 热线一组（11人）、热线二组2026年第三季度工作总结 read as the field pasted to every reviewer of review 180)
    last = without_makeup(team_in_prose(parts[-1])) if parts else team
    if len(parts) > 1 and re.search(r"、|[（(]\d+\s*[人名][）)]", last or ""):
        return without_makeup(team_in_prose(parts[-2]))
    # (…without a part in brackets that tells its make-up: review 140)
    return without_makeup(last)


def without_makeup(team: str | None) -> str | None:
    """A team's name without a part in brackets that tells its make-up (客户关怀中心（呼入一组12人、…）,
    客服中心（国内客票组、国际客票组…）): the groups and head counts are the team's, not its name —
    titled with them (review 140) or said before 担任 (review 143, 在客服中心（…）担任客服中心主管).
    A gloss that names it, 二组（《云渊纪》项目）, stays."""
    import re

    gloss = re.search(r"（([^（）]*)）$", team or "")
    if team and gloss and re.search(r"\d+\s*(?:人|名)|、", gloss.group(1)):
        return team[:gloss.start()].strip() or team
    return team


def peer_word(kind: str | None, direction: str) -> str:
    """高/低, 长/短, 多/少: how a metric of `kind` stands above (`up`) or below its peers' average
    (written.yaml `peer_compare.words`), in the prose and the table alike."""
    words = (load_yaml_resource("written.yaml").get("peer_compare") or {}).get("words") or {}
    up, down = words.get(kind if kind in ("rate", "score", "duration") else "count", ["高", "低"])
    return up if direction == "up" else down


def month_of(key: object) -> tuple[int, int] | None:
    """The (year, month) a monthly table's row key names (2025-01, 2025/1, 2025年1月), or None."""
    import re

    m = re.match(r"^(\d{4})[-/年.](\d{1,2})", str(key).strip())
    return (int(m.group(1)), int(m.group(2))) if m else None


def history_months(keys: Any, start: object, end: object) -> set[str]:
    """The row keys of a monthly table that run up to the period as history (近13个月: the
    months before it, one after another to the month before its start, beside at least one
    month of the period itself) — a trend or 同比 baseline, not a wrong month. A lone earlier
    month, or a run that stops short of the period, is not history: more likely a typo."""
    import re

    s, e = (re.match(r"(\d{4})-(\d{1,2})", str(x)) for x in (start, end))
    if not (s and e):
        return set()
    first, last = (int(s.group(1)), int(s.group(2))), (int(e.group(1)), int(e.group(2)))
    by_month = {ym: key for key in keys if (ym := month_of(key)) is not None}
    if not any(first <= ym <= last for ym in by_month):
        return set()
    out: set[str] = set()
    y, mo = first
    while True:
        y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        if (y, mo) not in by_month:
            break
        out.add(by_month[(y, mo)])
    # Only when every earlier row is part of the run: a gap means a month was mistyped.
    earlier = {k for ym, k in by_month.items() if ym < first}
    return out if out == earlier else set()


def _year_month(value: object) -> tuple[int, int] | None:
    """(2025, 7) for a date or month such as 2025-07-01 or 2025-07; None otherwise."""
    import re

    found = re.match(r"(\d{4})-(\d{1,2})", str(value))
    return (int(found.group(1)), int(found.group(2))) if found else None


def metric_months(facts: Any, metric: Any) -> str | None:
    """The months a metric counts when they are a part of the report's period (7—12月, 1—6月):
    its column in the monthly table is empty before them, or its note says when counting
    began (table_periods.yaml `partial_metric`). A year's figure of half a year read as the
    year's (blind round 11, review 71: 跨组转接率4.3% of July to December)."""
    import re

    period = facts.report.period
    first, last = _year_month(period.start), _year_month(period.end)
    if first is None or last is None or first[0] != last[0] or first == last:
        return None
    start = None
    table = facts.monthly
    if table is not None and metric.name in table.columns:
        months = table_months([k for k, v in table.column(metric.name) if v is not None])
        all_months = table_months(list(table.rows))
        if months and all_months and min(all_months) <= first and max(months) >= last:
            start = min(months)[1]
        # (…or an earlier part, its column empty after them: 电话接听量 of 1—6月 before a move to chat —
        # review 163, 日均18通 over the year for calls taken in its first half)
        elif months and all_months and min(months) <= first and max(all_months) >= last and first < max(months) < last:
            return f"{first[1]}—{max(months)[1]}月"
    if start is None and metric.note:
        words = load_yaml_resource("table_periods.yaml").get("partial_metric") or {}
        for pattern in words.get("notes") or ():
            found = re.search(pattern, metric.note)
            if found:
                start = int(found.group("start")) if "start" in found.groupdict() and found.group("start") \
                    else int((words.get("halves") or {}).get(found.group("half"), 0))
                break
    if not start or not first[1] < start <= last[1]:
        return None
    return f"{start}—{last[1]}月" if start < last[1] else f"{start}月"


def months_covered(keys: list[str], start: object, end: object) -> str | None:
    """Review 17 (class 4): the months a monthly table holds, in words (2025年1—5月), when
    they are only part of the period from `start` to `end`; None when the rows cover it, or
    are not months of one year."""
    months = table_months(keys)
    if months is None:
        return None
    have = sorted(months)
    begins, ends = _year_month(start), _year_month(end)
    if begins is None or ends is None:
        return None
    want = months_between(begins, ends)
    if len(want) < 2 or all(ym in have for ym in want) or have[0][0] != have[-1][0]:
        return None
    (y, first), (_, last) = have[0], have[-1]
    return f"{y}年{first}月" if first == last else f"{y}年{first}—{last}月"


def taken_out_words() -> str:
    """The words that take a part out of a whole (不算, 剔除, 不含 …: tracing.yaml `deducted` and `left_out`), as a
    regex alternation — one list for the writer's and the tracer's reading of 不算这两天…."""
    import re

    words = load_yaml_resource("tracing.yaml")
    return "|".join(map(re.escape, [*(words.get("deducted") or ()), *(words.get("left_out") or ())])) or "$^"


def team_part_opening():
    """A note clause that opens on one part of the team (新人…, 夜班…, 英文组…: metrics.yaml `team_parts` and
    `team_part_groups`), after a label or the months the part worked (分班次：白班…, 8—12月夜班…): a compiled regex
    whose group 1 is the part, or None without the words. One reading for the writer and the tracer."""
    import re

    rule = load_yaml_resource("metrics.yaml")
    words = rule.get("team_parts") or ()
    if not words:
        return None
    return re.compile(r"^(?:[\u4e00-\u9fff]{1,6}[：:])?(?:[0-9]{1,2}(?:[—–\-至到~～][0-9]{1,2})?月)?("
                      + "|".join(map(re.escape, words)) + "|" + (rule.get("team_part_groups") or "$^") + ")")


def that_day() -> str:
    """The words that refer back to a dated day of a note, as a regex alternation (written.yaml `that_day`)."""
    import re

    return "|".join(map(re.escape, load_yaml_resource("written.yaml").get("that_day") or ("当天", "当日")))
