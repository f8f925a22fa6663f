"""`check_facts`: is every required section present, backed by figures, and consistent?

The requirements come from data (`report_types.yaml` for types and roles, `sections.yaml`
for what fills a section, `checks.yaml` for messages and follow-up questions). Each finding
carries the question that fills its gap, so `check`, the interview and an agent looping
check → answer → check can never disagree about what is missing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel

from cswriter import findings
from cswriter.domain import (Severity, field_labels, history_months, load_domain, load_yaml_resource, metric_kinds,
                              month_of, months_between, points_unit, table_months)
from cswriter.facts.model import Facts, Metric
from cswriter.figures.rounding import agrees, decimals_of, format_difference, format_number, round_half_up
from cswriter.facts.slogans import slogan_metric_name, slogan_object
from cswriter.text.numbers import has_figure

AnswerKind = Literal["number", "date", "text", "items", "section", "choice"]
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


class Finding(findings.Finding):
    """One gap or inconsistency in the facts, with the question that fills it.

    The core (code, severity, message, suggestion, where) is `cswriter.findings.Finding`;
    a check finding is placed by `section` and `field` (the dotted path in the facts file
    that the answer belongs to, e.g. "metrics[1].target")."""

    name: str
    question: str
    answer_kind: AnswerKind = "text"
    metric: str | None = None
    """The canonical id of the metric the finding is about (e.g. "training_coverage"), set when
    `field` alone does not say which: the findings that ask to add a missing metric (CK212,
    CK502) all point at the list "metrics"."""


class CheckResult(BaseModel):
    ok: bool
    type: str
    role: str
    findings: list[Finding]

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def for_section(self, section: str) -> list[Finding]:
        return [f for f in self.findings if f.section == section]


@functools.cache
def _catalogue() -> dict[str, dict[str, Any]]:
    return load_yaml_resource("checks.yaml")["checks"]


def check_catalogue() -> dict[str, dict[str, Any]]:
    """Every check code with its name, default severity, message and question templates."""
    return dict(_catalogue())


class _Collector:
    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def add(self, code: str, section: str | None, *, field: str | None = None,
            answer: AnswerKind = "text", severity: Severity | None = None,
            metric: str | None = None, **values: Any) -> None:
        spec = _catalogue()[code]
        self.findings.append(Finding(
            code=code,
            name=spec["name"],
            severity=severity or spec["severity"],
            section=section,
            message=spec["message"].format(**values),
            question=spec["question"].format(**values),
            field=field,
            answer_kind=answer,
            metric=metric,
        ))


def decline_key(finding: Finding) -> str:
    """What a person declines when they answer “没有” to this finding's question.

    The section id for a missing section (CK1xx), the metric id for a missing metric
    (CK212, CK502), the field path for one field (report.team, metrics[0].previous), else
    the finding's name (case-no-lesson); this is what the facts file lists under `declined:`."""
    if finding.code.startswith("CK1") and finding.section:
        return finding.section
    if finding.metric:
        return finding.metric
    if finding.field and ("." in finding.field or "[" in finding.field):
        return finding.field
    return finding.name


def section_present(facts: Facts, section_id: str) -> bool:
    """A section is present when any facts field it is built from is filled."""
    spec = load_domain().section(section_id)
    return any(_filled(facts.field_value(source)) for source in spec.sources)


def drafted_from_misses(facts: Facts, section_id: str) -> bool:
    """Can the section be drafted from the metrics that missed their target alone (sections.yaml
    `from_misses`), though the facts name no item of its own? The check still asks for the
    section (CK101) and the interview still asks its question: the user knows the cause."""
    spec = load_domain().section(section_id)
    return spec.from_misses and not section_present(facts, section_id) and any(
        missed_target(m) or short_of_annual_target(m) for m in facts.metrics)


def short_of_annual_target(m: Metric) -> bool:
    """Is a level (a rate, a score, a time: never a count, which still grows) on the wrong side of
    its annual target? A half-year's 客户满意度4.78分 against the year's 4.8分 is a miss the
    problems take up — review 140 read a half-year with four such and no 问题与挑战."""
    return m.kind != "count" and m.value is not None and m.annual_target is not None and (
        (m.better == "higher" and m.value < m.annual_target) or (m.better == "lower" and m.value > m.annual_target))


def missed_target(m: Metric) -> bool:
    """Did the metric's value fall on the wrong side of its target?"""
    return m.value is not None and m.target is not None and (
        (m.better == "higher" and m.value < m.target) or (m.better == "lower" and m.value > m.target))


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, (list, dict, str)):
        return len(value) > 0
    if isinstance(value, BaseModel):
        return any(_filled(v) for v in value.__dict__.values())
    return True


def check_facts(facts: Facts) -> CheckResult:
    """All findings for these facts, most severe first, in section order."""
    domain = load_domain()
    rtype = domain.report_types[facts.report.type]
    role = domain.role_of(facts.report.role, facts.report.level)
    out = _Collector()
    common = {"type_title": rtype.title, "previous_word": facts.previous_word}

    # CK1xx: sections the type needs.
    code_for = {"required": "CK101", "recommended": "CK102", "optional": "CK103"}
    asked = domain.skeleton(facts.report.type, role) + [
        (spec, "required") for spec in domain.folded(facts.report.type)]
    for spec, importance in asked:
        if spec.id == "reflections" and rtype.wants_reflections:
            continue  # asked by CK601, once
        if not section_present(facts, spec.id):
            out.add(code_for[importance], spec.id, field=spec.sources[0], answer="section",
                    title=spec.title, section_question=spec.question, **common)

    # CK217/CK218: who wrote it, for the title, the byline and the signature.
    if not facts.report.author:
        out.add("CK217", "overview", field="report.author")
    if not facts.report.team:
        out.add("CK218", "overview", field="report.team")

    _check_metrics(facts, out, common)
    _check_cases(facts, out)
    _check_problems_and_plans(facts, out)
    _check_shares(facts, out)
    _check_monthly(facts, out)
    _check_type_extras(facts, out)
    _check_why(facts, out, common)
    _check_dates(facts, out)
    _check_table_covers_period(facts, out)

    # CK5xx: a team lead reports on the team.
    if role.requires_team_size and facts.report.team_size is None \
            and not domain.leads_a_project_only(facts.report.role):
        # (a project's 背景与目标 stands on its goal and background: its team's size is asked, never
        # a reason to leave the section out — review 140, all four reviewers read a project report
        # that opened on its milestones with no goal said)
        out.add("CK501", "overview", field="report.team_size", answer="number",
                severity="warning" if facts.report.type == "project" else None)
    for metric_id in role.required_metrics:
        if facts.metric(metric_id) is None:
            title = domain.metrics[metric_id].title
            out.add("CK502", "metrics", field="metrics", answer="number", metric=metric_id,
                    title=title)

    declined = set(facts.declined)
    kept = [f for f in out.findings if f.severity == "error" or decline_key(f) not in declined]
    section_order = {s.id: i for i, s in enumerate(domain.sections)}
    findings = sorted(
        kept,
        key=lambda f: (_SEVERITY_ORDER[f.severity], section_order.get(f.section or "", -1)),
    )
    return CheckResult(
        ok=not any(f.severity == "error" for f in findings),
        type=facts.report.type,
        role=role.id,
        findings=findings,
    )


def _check_metrics(facts: Facts, out: _Collector, common: dict[str, str]) -> None:
    domain = load_domain()
    rtype = domain.report_types[facts.report.type]
    period = facts.report.period
    if period.end < period.start:
        out.add("CK405", "overview", field="report.period", answer="date",
                start=period.start, end=period.end)

    if facts.metrics and facts.metric("volume") is None:
        out.add("CK212", "overview", field="metrics", answer="number", metric="volume")

    seen: dict[str, list[Metric]] = {}
    for i, m in enumerate(facts.metrics):
        path = f"metrics[{i}]"
        spec = m.spec
        if spec is not None and m.channel is None and _plain(m):
            # 15秒接通率 or 总接待客户数 only contains a synonym: a metric of its own, not
            # the plain one written twice; 首次响应时长 beside 平均响应时长 is another measure.
            other = next((o for o in seen.get(spec.id, ()) if domain.same_measure(m.name, o.name, spec)), None)
            if other is not None:
                out.add("CK411", "metrics", field=path, name=m.name, other=other.name,
                        title=spec.title)
            seen.setdefault(spec.id, []).append(m)
        if spec is None:
            out.add("CK216", "metrics", field=f"{path}.canonical", answer="choice", name=m.name,
                    kind_title=metric_kinds()[m.kind]["title"], known=", ".join(domain.metrics))
        if m.value is None:
            out.add("CK201", "metrics", field=f"{path}.value", answer="number", name=m.name)
            continue
        _check_metric_arithmetic(m, path, out)
        for attr, code in (("target", "CK301"), ("previous", "CK302"), ("annual_target", "CK303")):
            severity = rtype.compare.get(attr)
            if severity and getattr(m, attr) is None:
                if attr == "annual_target" and m.kind != "count" and m.target is not None:
                    # A rate, score or duration is a level, not a tally that accumulates
                    # toward the year: its half-year target usually is the year's, so the
                    # draft compares with the target it has and only asks.
                    out.add("CK307", "metrics", field=f"{path}.{attr}", answer="number",
                            name=m.name, **common)
                    continue
                out.add(code, "metrics", field=f"{path}.{attr}", answer="number",
                        severity=severity, name=m.name, **common)


def _plain(m: Metric) -> bool:
    """Is the metric's name the metric itself (a synonym, or its canonical set), not a
    qualified one that merely contains a synonym (15秒接通率, 人工有效会话量)?"""
    spec = m.spec
    if m.canonical is not None or spec is None:
        return True
    return load_domain().is_synonym(m.name, spec)


def _check_metric_arithmetic(m: Metric, path: str, out: _Collector) -> None:
    assert m.value is not None
    value_text = format_number(m.value)
    kind = m.kind
    spec = m.spec
    for attr in ("value", "target", "previous"):
        v = getattr(m, attr)
        if v is not None and v < 0 and kind in ("count", "duration", "rate", "score"):
            label = m.name if attr == "value" else f"{m.name}.{attr}"
            out.add("CK404", "metrics", field=f"{path}.{attr}", answer="number", name=label,
                    value=format_number(v))
    labels = {"value": m.name, **{attr: f"{m.name}（{word}）" for attr, word in field_labels("metric").items()}}
    for attr, label in labels.items():
        v = getattr(m, attr)
        if v is None:
            continue
        shown = format_number(v)
        if kind == "rate" and v > 100:
            code = "CK403" if spec is not None and spec.bounded else "CK410"
            out.add(code, "metrics", field=f"{path}.{attr}", answer="number", name=label, value=shown)
        if kind == "score" and m.scale is not None and v > m.scale:
            out.add("CK406", "metrics", field=f"{path}.{attr}", answer="number", name=label,
                    value=shown, scale=m.scale)
    if kind == "rate":
        numbers = {attr: getattr(m, attr) for attr in labels if getattr(m, attr) is not None}
        for attr, v in numbers.items():
            others = [o for a, o in numbers.items() if a != attr]
            if rate_looks_like_fraction(v, others):
                other_attr = next(a for a in numbers if a != attr)
                out.add("CK412", "metrics", field=f"{path}.{attr}", answer="number",
                        name=labels[attr], value=format_number(v),
                        percent=format_number(round_half_up(v * 100, 6)),
                        other=labels[other_attr], other_value=format_number(numbers[other_attr]))
    if kind == "score" and m.scale is None:
        out.add("CK215", "metrics", field=f"{path}.scale", answer="number", name=m.name,
                value=value_text)
    if m.basis and kind == "rate":
        part_name, part = m.basis_part  # type: ignore[misc]
        total = m.basis["total"]
        if total > 0:
            computed = part / total * 100
            if not agrees(m.value, computed, decimals_of(m.value)):
                shown = format_number(round_half_up(computed, max(1, decimals_of(m.value))))
                out.add("CK401", "metrics", field=f"{path}.value", answer="number", name=m.name,
                        value=value_text, part=part, total=total, computed=shown)


def rate_looks_like_fraction(value: float, others: Iterable[float] = (), *,
                             unit_written: bool = True) -> bool:
    """A rate written as a fraction: 0.95 where 95 (%) is meant.

    The one rule `check` (CK412) and the interview both ask by. A rate below 1 % is
    suspect when the metric's other figures (target, previous value) are typically more than
    ten times larger, i.e. closer to it multiplied by 100 than to itself (0.95 beside a
    target of 95); beside others of its size (投诉率 0.8 vs 1.2 last year) it is a small rate.
    With nothing to compare, only a bare number typed without % is asked about.
    """
    if not 0 < value < 1:
        return False
    sizes = sorted(abs(o) for o in others if o)
    if sizes:
        return sizes[len(sizes) // 2] > 10 * value
    return not unit_written


def _check_cases(facts: Facts, out: _Collector) -> None:
    for i, case in enumerate(facts.cases):
        if not case.result:
            out.add("CK202", "cases", field=f"cases[{i}].result", title=case.title)
        elif not has_figure(case.result):
            out.add("CK203", "cases", field=f"cases[{i}].result", title=case.title)
    if facts.cases and all(c.kind == "success" for c in facts.cases):
        out.add("CK204", "cases", field="cases", answer="section")


def _check_problems_and_plans(facts: Facts, out: _Collector) -> None:
    for i, p in enumerate(facts.problems):
        if not p.evidence:
            out.add("CK205", "problems", field=f"problems[{i}].evidence", title=p.title)
        elif not has_figure(p.evidence):
            out.add("CK206", "problems", field=f"problems[{i}].evidence", title=p.title)
        if not p.cause:
            out.add("CK207", "problems", field=f"problems[{i}].cause", title=p.title)
    end = facts.report.period.end
    for i, plan in enumerate(facts.plans):
        if slogan_metric(facts, plan) is False:
            out.add("CK219", "plans", field=f"plans[{i}]", action=plan.action)
            continue
        if plan.target is None:
            out.add("CK208", "plans", field=f"plans[{i}].target", answer="number", action=plan.action)
        if plan.deadline is None:
            out.add("CK209", "plans", field=f"plans[{i}].deadline", answer="date", action=plan.action)
        elif plan.deadline < end:
            out.add("CK210", "plans", field=f"plans[{i}].deadline", answer="date",
                    action=plan.action, deadline=plan.deadline, end=end)
    if facts.training and not any(has_figure(t) for t in facts.training):
        out.add("CK213", "training", field="training", answer="items")
    if facts.teamwork and not any(has_figure(t) for t in facts.teamwork):
        out.add("CK214", "teamwork", field="teamwork", answer="items")


def slogan_metric(facts: Facts, plan: Any) -> Metric | bool | None:
    """A plan that only says to improve something, with no figure and no date (facts.slogans):
    the report's metric with a target it names (抓一下满意度 → 客户满意度), or False when it
    names none; None for a plan that is no slogan."""
    if plan.target is not None or plan.deadline is not None or plan.metric or slogan_object(plan.action) is None:
        return None
    targeted = {m.name: m for m in facts.metrics if m.target is not None and m.value is not None}
    name = slogan_metric_name(plan.action, list(targeted))
    return targeted[name] if name else False


def _check_shares(facts: Facts, out: _Collector) -> None:
    for i, c in enumerate(facts.categories):
        if c.share is None and c.count is None:
            out.add("CK211", "feedback", field=f"categories[{i}].share", answer="number", name=c.name)
    names = field_labels("shares")
    groups = [(names["categories"], "feedback", "categories", facts.categories, None)]
    if facts.complaints is not None:
        groups.append((names["complaints.types"], "complaints", "complaints.types", facts.complaints.types,
                       facts.complaints.total))
    for group, section, field, items, total in groups:
        shares = [it.share for it in items if it.share is not None]
        if shares and sum(shares) > 100 + 1e-6:
            out.add("CK402", section, field=field, answer="items", group=group,
                    total=format_number(round_half_up(sum(shares), 1)))
        counts = [it.count for it in items if it.count is not None]
        if total is not None and counts and sum(counts) > total:
            out.add("CK407", section, field=field, answer="items", group=group,
                    parts=sum(counts), total=total)
    c = facts.complaints
    if c is not None:
        labels = field_labels("complaints")
        for attr, label in labels.items():
            v = getattr(c, attr)
            if v is not None and v < 0:
                out.add("CK404", "complaints", field=f"complaints.{attr}", answer="number",
                        name=label, value=v)
        for attr, label in ((a, labels[a]) for a in ("handled", "escalated")):
            v = getattr(c, attr)
            if c.total is not None and v is not None and v > c.total:
                out.add("CK407", "complaints", field=f"complaints.{attr}", answer="number",
                        group=label, parts=v, total=c.total)


def _check_monthly(facts: Facts, out: _Collector) -> None:
    table = facts.monthly
    if table is None:
        return
    period = facts.report.period
    start_key = f"{period.start.year:04d}-{period.start.month:02d}"
    end_key = f"{period.end.year:04d}-{period.end.month:02d}"
    history = history_months(list(table.rows), period.start, period.end)
    for month in table.rows:
        normalised = _month_key(month)
        if month in history:
            continue    # the months before the period, for trend and 同比
        if normalised is not None and not (start_key <= normalised <= end_key):
            out.add("CK409", "attachments", field=f"monthly.rows.{month}", month=month,
                    start=period.start, end=period.end)
    domain = load_domain()
    for col in table.columns:
        # The column's own metric when one has its name; else the plain metric it means —
        # never another count that happens to share a synonym (有效会话量 is not 接待量).
        metric = next((m for m in facts.metrics if "".join(m.name.split()) == "".join(col.split())), None)
        if metric is None:
            spec = domain.match_metric(col)
            if spec is None or spec.kind != "count" or not domain.is_synonym(col, spec):
                continue
            metric = facts.metric(spec.id)
            # (…and the metric the facts give must be that plain count too: 每万单投诉量 is
            # no total of the monthly 投诉量 — blind round 6 had CK408 on consistent figures)
            if metric is not None and not domain.is_synonym(metric.name, spec):
                continue
        if metric is None or metric.value is None or metric.kind != "count":
            continue
        values = [v for month, v in table.column(col) if v is not None and month not in history]
        if values and sum(values) > metric.value * 1.0005:
            out.add("CK408", "attachments", field="monthly.rows", answer="items", column=col,
                    sum=format_number(sum(values)), name=metric.name, value=format_number(metric.value))


def _month_key(text: str) -> str | None:
    ym = month_of(text)
    return f"{ym[0]:04d}-{ym[1]:02d}" if ym else None


def _check_type_extras(facts: Facts, out: _Collector) -> None:
    rtype = load_domain().report_types[facts.report.type]
    if rtype.require_category_shares and not any(
        c.share is not None or c.count is not None for c in facts.categories
    ):
        out.add("CK306", "feedback", field="categories", answer="items")
    if rtype.require_project:
        if facts.project is None:
            out.add("CK304", "overview", field="project")
        else:
            for attr, part in _catalogue()["CK305"]["parts"].items():
                if not getattr(facts.project, attr):
                    out.add("CK305", "overview", field=f"project.{attr}", part=part["part"],
                            part_question=part["question"])


# -- CK6xx: the why behind the numbers, and what belongs to the period -----------------

def _significant(metric: Metric) -> str | None:
    """How much the metric moved against the previous period, when that is worth a why."""
    limits = load_yaml_resource("checks.yaml").get("significant_change") or {}
    if metric.value is None or metric.previous is None:
        return None
    delta = metric.value - metric.previous
    if metric.kind == "rate":
        if abs(delta) < float(limits.get("points", 1.0)):
            return None
        places = max(1, decimals_of(metric.value), decimals_of(metric.previous))
        return f"{format_number(round(abs(delta), places), places)}{points_unit()}"
    if not metric.previous or abs(delta) / abs(metric.previous) * 100 < float(limits.get("percent", 10)):
        return None
    return f"{format_number(abs(delta) / abs(metric.previous) * 100, 1)}%"


def _mentions(facts: Facts, metric: Metric) -> bool:
    """A problem or plan that takes the metric up (by name or by what it measures)."""
    spec = metric.spec
    names = {metric.name} | (set(spec.names) if spec else set())
    texts = [" ".join(filter(None, (p.title, p.evidence, p.cause, p.metric))) for p in facts.problems]
    texts += [" ".join(filter(None, (p.action, p.metric))) for p in facts.plans]
    return any(name and name in text for text in texts for name in names)


def _check_why(facts: Facts, out: _Collector, common: dict[str, str]) -> None:
    domain = load_domain()
    rtype = domain.report_types[facts.report.type]
    if rtype.wants_reflections and not facts.reflections and not (
            facts.project is not None and facts.project.lessons):
        section = "reflections" if "reflections" in rtype.sections else "problems"
        out.add("CK601", section, field="reflections", answer="items", **common)
    _check_untaken(facts, out)
    for i, m in enumerate(facts.metrics):
        if m.value is None or m.drivers:
            continue
        if missed_target(m):
            if not _mentions(facts, m):
                out.add("CK602", "metrics", field=f"metrics[{i}].drivers", answer="items", name=m.name)
            continue
        amount = _significant(m)
        if amount:
            out.add("CK603", "metrics", field=f"metrics[{i}].drivers", answer="items", name=m.name,
                    change=f"较{facts.previous_word}变化{amount}")


def _check_untaken(facts: Facts, out: _Collector) -> None:
    """What the draft can only state and its notes ask for (facts/coverage.py): a half-year
    level short of its annual target, the largest complaint type, with no cause anywhere."""
    from cswriter.facts.coverage import short_of_annual_target, untaken_complaint_types

    if facts.report.type == "half-year":
        for m in facts.metrics:
            if m.value is None or m.annual_target is None or _mentions(facts, m) or not short_of_annual_target(
                    m.kind, m.better, m.value, m.annual_target, m.accumulates):
                continue
            gap = format_difference(m.annual_target, m.value)
            unit = points_unit() if m.kind == "rate" else (m.unit or "")
            out.add("CK606", "problems", field="problems", answer="items", name=m.name,
                    value=f"{format_number(m.value)}{m.unit or ''}",
                    annual=f"{format_number(m.annual_target)}{m.unit or ''}", gap=f"{gap}{unit}")
    share_above = float(load_yaml_resource("written.yaml").get("untaken_share_above") or 33)
    for name, share in untaken_complaint_types(facts.model_dump(mode="json"), share_above):
        out.add("CK607", "problems", field="problems", answer="items", name=name, share=f"{share:g}%")


_MONTH = re.compile(r"(?<![\d.])(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?")


def _check_dates(facts: Facts, out: _Collector) -> None:
    """Results dated outside the period (a December result in a November report)."""
    period = facts.report.period
    start = (period.start.year, period.start.month)
    end = (period.end.year, period.end.month)
    places: list[tuple[str, str, str]] = []
    for i, case in enumerate(facts.cases):
        for text in (case.situation, case.result, *case.actions):
            places.append(("cases", f"cases[{i}]", text or ""))
    for name in ("highlights", "work", "teamwork", "training"):
        for i, text in enumerate(getattr(facts, name)):
            places.append((name if name != "highlights" else "metrics", f"{name}[{i}]", text))
    seen: set[tuple[str, str]] = set()
    for section, field, text in places:
        for match in _MONTH.finditer(text):
            month = int(match.group(2))
            if not 1 <= month <= 12:
                continue
            if match.group(1):
                when = (int(match.group(1)), month)
            elif start[0] == end[0]:
                when = (start[0], month)
            else:
                continue  # a bare month in a period across years: which year is unknown
            if start <= when <= end or (field, match.group(0)) in seen:
                continue
            seen.add((field, match.group(0)))
            out.add("CK604", section, field=field, where=text[:20], date=match.group(0),
                    period=f"{period.start.isoformat()}至{period.end.isoformat()}")


def _check_table_covers_period(facts: Facts, out: _Collector) -> None:
    """A monthly table that stops short of the period (a year-end appendix for 1–5月)."""
    table = facts.monthly
    if table is None or not table.rows:
        return
    have = table_months(table.rows)
    if have is None:
        return  # daily or weekly rows: not a monthly table
    period = facts.report.period
    want = months_between((period.start.year, period.start.month), (period.end.year, period.end.month))
    gaps = [ym for ym in want if ym not in have]
    if len(want) < 2 or not gaps:
        return
    zh = lambda ym: f"{ym[0]}年{ym[1]}月"  # noqa: E731
    first, last = min(have), max(have)
    out.add("CK605", "attachments", field="monthly", first=zh(first), last=zh(last),
            start=zh(want[0]), end=zh(want[-1]), missing=len(gaps),
            gaps="、".join(zh(g) for g in gaps[:6]) + ("等" if len(gaps) > 6 else ""))


