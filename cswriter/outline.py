"""`build_outline`: the ordered sections of a summary, each with the facts and figures it
will use and whether it is ready to draft. Missing material is marked 需补充, never invented.
"""

from __future__ import annotations

import functools

import re
from typing import Literal

from pydantic import BaseModel

from cswriter.check import CheckResult, check_facts, drafted_from_misses, section_present
from cswriter.domain import load_domain, team_in_title
from cswriter.facts.model import Facts
from cswriter.figures.compute import Figure, Figures, compute_figures
from cswriter.figures.directions import assessment_word, figure_display
from cswriter.figures.rounding import format_number, round_half_up

MISSING_MARK = "需补充"
# Sections made of separate items (one metric, case, problem or plan each): an item the facts
# leave incomplete is listed as 需补充 inside the section, and the complete ones are drafted.
ITEMISED_LISTS = ("metrics", "cases", "problems", "plans")
# Gaps that leave the item itself correct: a metric without its target or last year's value
# is still stated, with the comparisons it has; any other error leaves the item out.
# (a plan without its date stays, told as the user wrote it, its date asked in the notes:
# review 57, all four reviewers, read plans of the facts left out as facts lost)
_ITEM_STAYS = {"CK301", "CK302", "CK303", "CK208", "CK209"}
_ITEM_FIELD = re.compile(r"^(%s)\[(\d+)\]" % "|".join(ITEMISED_LISTS))
_DIGITS = "零一二三四五六七八九"


def chinese_ordinal(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 100 → 一百, 101 → 一百零一, 110 → 一百一十,
    10086 → 一万零八十六: any count of sections, cases or plans (0 → 零)."""
    if n < 0:
        return "负" + chinese_ordinal(-n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    return _chinese_number(n)


def _chinese_number(n: int) -> str:
    """The written-out numeral of n ≥ 10 (一百一十, not 百十)."""
    if n >= 100_000_000:
        high, low = divmod(n, 100_000_000)
        return chinese_ordinal(high) + "亿" + _below(low, 10_000_000)
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        return chinese_ordinal(high) + "万" + _below(low, 1_000)
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero and out:
                out += "零"
            out += _DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    return out


def _chinese_number_or_digit(n: int) -> str:
    return _DIGITS[n] if n < 10 else _chinese_number(n)


def _below(low: int, lead: int) -> str:
    """The part after 万 or 亿, with 零 when it does not fill the highest place."""
    if low == 0:
        return ""
    return ("零" if low < lead else "") + _chinese_number_or_digit(low)


class OutlineFact(BaseModel):
    field: str
    label: str
    text: str


class OutlineFigure(BaseModel):
    id: str
    label: str
    text: str
    formula: str
    # For programs: the number as the text rounds it (signed: a fall is negative), its unit
    # ("%", "件", "百分点", "" for a plain count), its kind and the facts the formula used.
    value: float | None = None
    unit: str = ""
    kind: str = ""
    inputs: dict[str, float] = {}


class OutlineGap(BaseModel):
    """One item of a section that is left out of the prose until its facts are complete."""

    field: str
    """The item's path in the facts (plans[1])."""
    label: str
    """What the item is called in the facts (the plan's action, the case's title)."""
    messages: list[str]
    questions: list[str]
    fields: list[str] = []
    """The paths the findings point at (plans[1].target), one per message."""
    codes: list[str] = []
    """The check codes, one per message (CK208)."""
    left_out: bool = True
    """False when the item is still written and only a comparison is missing (a metric's target)."""


class OutlineSection(BaseModel):
    id: str
    title: str
    purpose: str
    importance: Literal["required", "recommended", "optional"]
    status: Literal["ready", "needs-input"]
    facts: list[OutlineFact]
    figures: list[OutlineFigure]
    missing: list[str]
    questions: list[str]
    incomplete: list[OutlineGap] = []
    """Items left out of a ready section and listed there as 需补充 (a plan without target)."""


class Outline(BaseModel):
    type: str
    type_title: str
    title: str
    period: str
    author: str | None
    role: str | None
    sections: list[OutlineSection]


def period_label(facts: Facts) -> str:
    """2025年度 / 2025年上半年 / 2025年第一季度 / 2025年3月 / 2025年3月3日—3月9日."""
    r = facts.report
    s, e = r.period.start, r.period.end
    whole_year = (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year
    if r.type == "year-end" and whole_year:
        return f"{s.year}年度"
    if r.type == "half-year" and s.year == e.year and (s.month, e.month) in ((1, 6), (7, 12)):
        return f"{s.year}年{'上' if s.month == 1 else '下'}半年"
    if r.type == "quarterly" and s.year == e.year and s.month % 3 == 1 and e.month == s.month + 2:
        return f"{s.year}年第{chinese_ordinal((s.month - 1) // 3 + 1)}季度"
    if r.type == "monthly" and (s.year, s.month) == (e.year, e.month):
        return f"{s.year}年{s.month}月"
    if s.year == e.year:
        return f"{s.year}年{s.month}月{s.day}日—{e.month}月{e.day}日"
    return f"{s.year}年{s.month}月{s.day}日—{e.year}年{e.month}月{e.day}日"


def report_title(facts: Facts) -> str:
    """The document title: the user's own, or one built from period, subject and type.

    No stutter: 2025年第三季度 + 季度工作总结 is 2025年第三季度工作总结, 智能客服项目 + 项目总结
    is 智能客服项目总结. A personal report is not titled with the team's name as its own."""
    r = facts.report
    if r.title:
        return r.title
    domain = load_domain()
    rtype = domain.report_types[r.type]
    if r.type == "project" and facts.project is not None and facts.project.name:
        name = facts.project.name
        return name + ("总结" if name.endswith("项目") else "项目总结")
    personal = domain.role_of(r.role, r.level).personal
    subject = "" if personal else (team_in_title(r.team) or "")
    label = period_label(facts)
    kind = rtype.document_title
    if personal and r.type != "weekly":
        kind = "个人" + kind
    return f"{subject}{label}{kind}"


def section_facts(facts: Facts, section_id: str) -> list[OutlineFact]:
    """The facts a section is written from, as short readable lines."""
    r = facts.report
    out: list[OutlineFact] = []

    def add(field: str, label: str, text: str | None) -> None:
        if text:
            out.append(OutlineFact(field=field, label=label, text=text))

    if section_id == "overview":
        add("report.period", "统计期", f"{r.period.start} 至 {r.period.end}（{r.period.days}天）")
        add("report.role", "岗位", " · ".join(x for x in (r.team, r.role, r.author) if x))
        add("report.team_size", "团队人数", f"{r.team_size}人" if r.team_size is not None else None)
        add("report.channels", "服务渠道", "、".join(r.channels))
        add("report.duties", "岗位职责", r.duties)
        volume = facts.metric("volume")
        if volume is not None and volume.value is not None:
            add("metrics.volume", "总工作量", f"{volume.name}{format_number(volume.value)}{volume.unit}")
        if facts.project is not None:
            p = facts.project
            add("project.name", "项目", p.name)
            add("project.goal", "项目目标", p.goal)
            add("project.background", "项目背景", p.background)
    elif section_id == "metrics":
        previous_word = load_domain().report_types[r.type].previous_word
        for i, m in enumerate(facts.metrics):
            add(f"metrics[{i}]", m.name, _metric_line(m, previous_word))
            add(f"metrics[{i}].drivers", f"{m.name}变化的原因", "；".join(m.drivers))
        if facts.project is not None:
            add("project.result", "项目成果", facts.project.result)
        for i, h in enumerate(facts.highlights):
            add(f"highlights[{i}]", "亮点", h)
    elif section_id == "work":
        for i, w in enumerate(facts.work):
            add(f"work[{i}]", "工作内容", w)
        if not facts.work:
            add("report.duties", "岗位职责", r.duties)
        if facts.project is not None:
            for i, m in enumerate(facts.project.milestones):
                add(f"project.milestones[{i}]", "执行过程", m)
    elif section_id == "feedback":
        for i, c in enumerate(facts.categories):
            share = f"占{format_number(c.share)}%" if c.share is not None else ""
            count = f"{c.count}件" if c.count is not None else ""
            add(f"categories[{i}]", "咨询类型", f"{c.name} {' '.join(x for x in (share, count) if x)}".strip())
        for i, fb in enumerate(facts.feedback):
            add(f"feedback[{i}]", "客户反馈", fb)
    elif section_id == "complaints" and facts.complaints is not None:
        c = facts.complaints
        parts = [f"总量{c.total}件" if c.total is not None else "",
                 f"上期{c.previous}件" if c.previous is not None else "",
                 f"已办结{c.handled}件" if c.handled is not None else "",
                 f"升级{c.escalated}件" if c.escalated is not None else ""]
        add("complaints", "投诉概况", "，".join(p for p in parts if p))
        for i, t in enumerate(c.types):
            detail = " ".join(x for x in (f"{t.count}件" if t.count is not None else "",
                                          f"占{format_number(t.share)}%" if t.share is not None else "") if x)
            add(f"complaints.types[{i}]", "投诉类型", f"{t.name} {detail}".strip())
        for i, n in enumerate(c.notes):
            add(f"complaints.notes[{i}]", "说明", n)
    elif section_id == "cases":
        for i, case in enumerate(facts.cases):
            kind = "成功经验" if case.kind == "success" else "教训"
            steps = "，".join(case.actions)
            text = "；".join(x for x in (f"情况：{case.situation}" if case.situation else "",
                                        f"行动：{steps}" if steps else "",
                                        f"结果：{case.result}" if case.result else "") if x)
            add(f"cases[{i}]", f"{case.title}（{kind}）", text)
    elif section_id == "teamwork":
        for i, t in enumerate(facts.teamwork):
            add(f"teamwork[{i}]", "协作", t)
    elif section_id == "training":
        for i, t in enumerate(facts.training):
            add(f"training[{i}]", "培训", t)
    elif section_id == "team":
        add("report.team_size", "团队人数", f"{r.team_size}人" if r.team_size is not None else None)
        previous_word = load_domain().report_types[r.type].previous_word
        for i, m in enumerate(facts.metrics):
            if m.spec is not None and m.spec.group == "team":
                add(f"metrics[{i}]", m.name, _metric_line(m, previous_word))
        for i, t in enumerate(facts.training):
            add(f"training[{i}]", "培训", t)
    elif section_id == "reflections":
        for i, t in enumerate(facts.reflections):
            add(f"reflections[{i}]", "体会", t)
        if facts.project is not None:
            for i, lesson in enumerate(facts.project.lessons):
                add(f"project.lessons[{i}]", "经验教训", lesson)
    elif section_id == "problems":
        for i, p in enumerate(facts.problems):
            text = "；".join(x for x in (f"证据：{p.evidence}" if p.evidence else "",
                                        f"原因：{p.cause}" if p.cause else "") if x)
            add(f"problems[{i}]", p.title, text or MISSING_MARK)
        if facts.project is not None:
            for i, lesson in enumerate(facts.project.lessons):
                add(f"project.lessons[{i}]", "经验教训", lesson)
        previous_word = load_domain().report_types[r.type].previous_word
        text = " ".join(" ".join(filter(None, (p.title, p.evidence, p.cause, p.metric)))
                        for p in facts.problems)
        for i, m in enumerate(facts.metrics):
            if m.value is not None and m.target is not None and missed_target(m):
                add(f"metrics[{i}]", f"未达目标：{m.name}", _metric_line(m, previous_word))
            elif m.value is not None and m.spec is not None and any(n in text for n in m.spec.names):
                # The baseline a problem compares with (高于全年均值: the year's own figure).
                add(f"metrics[{i}]", f"相关指标（本期整体）：{m.name}", _metric_line(m, previous_word))
    elif section_id == "plans":
        for i, plan in enumerate(facts.plans):
            target = (f"{plan.metric or '目标'} {format_number(plan.target)}{plan.unit or ''}"
                      if plan.target is not None else f"目标{MISSING_MARK}")
            deadline = f"{plan.deadline}前" if plan.deadline else f"期限{MISSING_MARK}"
            add(f"plans[{i}]", plan.action, f"{target}，{deadline}")
            now = related_metric(facts, plan.metric)
            if now is not None and now.value is not None:
                add(f"plans[{i}].baseline", f"{plan.metric}现状", f"{format_number(now.value)}{now.unit}")
    elif section_id == "attachments":
        if facts.monthly is not None:
            t = facts.monthly
            words = t.period_words
            add("monthly", f"{words['title']}表",
                f"{words['count'].format(n=len(t.rows))} × {len(t.columns)}项指标：{'、'.join(t.columns)}")
        for i, a in enumerate(facts.attachments):
            add(f"attachments[{i}]", "附件", a)
    return out


def missed_target(m) -> bool:
    """The metric is on the wrong side of its target, by its direction (never for neutral)."""
    if m.value is None or m.target is None:
        return False
    return (m.better == "higher" and m.value < m.target) or (m.better == "lower" and m.value > m.target)


def related_metric(facts: Facts, name: str | None):
    """The facts' metric a plan or problem names, by its exact name (分期办理类平均通话时长 is
    not the overall 平均通话时长, so a near name is no baseline)."""
    return next((m for m in facts.metrics if name and m.name == name), None)


def _metric_line(m, previous_word: str) -> str:
    if m.value is None:
        return f"数值{MISSING_MARK}"
    parts = [f"{format_number(m.value)}{m.unit}"]
    if m.scale:
        parts[0] += f"（满分{format_number(m.scale)}）"
    if m.target is not None:
        parts.append(f"目标{format_number(m.target)}{m.unit}")
    if m.previous is not None:
        parts.append(f"{previous_word}{format_number(m.previous)}{m.unit}")
    if m.annual_target is not None:
        parts.append(f"全年目标{format_number(m.annual_target)}{m.unit}")
    return "，".join(parts)


def section_figures(figures: Figures, section_id: str) -> list[Figure]:
    """Derived figures a section cites; the metrics section takes every derived metric figure."""
    derived = [f for f in figures.for_section(section_id) if f.formula != "事实"]
    if section_id == "attachments":
        derived = [f for f in derived if f.kind != "table"]
    return derived


@functools.cache
def _holding_codes() -> dict[str, str]:
    """Check codes that keep their section out of the draft until answered (checks.yaml
    `holds_section`), although they are only warnings: CK605, a table of part of the period.
    Each maps to the facts field whose content answers it (the writer's attachment note)."""
    from cswriter.domain import load_yaml_resource

    checks = load_yaml_resource("checks.yaml").get("checks") or {}
    return {code: str(spec["holds_section"]) for code, spec in checks.items()
            if isinstance(spec, dict) and spec.get("holds_section")}


def _holds(facts: Facts, code: str) -> bool:
    field = _holding_codes().get(code)
    return field is not None and not getattr(facts, field, None)


# The check codes that say a section is missing altogether (checks.yaml CK101–CK103).
_SECTION_MISSING = ("CK101", "CK102", "CK103")


def build_outline(facts: Facts, check: CheckResult | None = None,
                  figures: Figures | None = None) -> Outline:
    """Sections in order for the report type, each with its facts, figures and status."""
    domain = load_domain()
    rtype = domain.report_types[facts.report.type]
    check = check or check_facts(facts)
    figures = figures or compute_figures(facts)
    sections: list[OutlineSection] = []
    role = domain.role_of(facts.report.role, facts.report.level)
    for spec, importance in domain.skeleton(facts.report.type, role):
        findings = check.for_section(spec.id)
        present = section_present(facts, spec.id)
        if not present and drafted_from_misses(facts, spec.id):
            # (drafted from the misses, with their gaps: the section itself is no longer missing,
            # and the draft's notes ask for each miss's cause — reviews 122 and 123)
            present = True
            findings = [f for f in findings if f.code not in _SECTION_MISSING]
        blocking = [f for f in findings if f.severity == "error"]
        if not present and importance == "optional" and not blocking:
            continue  # an optional section with no material is simply left out
        gaps = incomplete_items(facts, findings)
        # Partial material keeps what is complete: errors that belong to single items do not
        # block the section as long as something complete is left to write.
        whole = [f for f in blocking if item_field(f.field) not in gaps]
        left_out = {field for field, gap in gaps.items() if gap.left_out}
        holding = [f for f in findings if _holds(facts, f.code)]
        ready = present and not whole and not holding and (
            not left_out or section_present(kept := without_items(facts, left_out), spec.id)
            or drafted_from_misses(kept, spec.id))
        if not ready:
            gaps, left_out = {}, set()
        sections.append(OutlineSection(
            id=spec.id,
            title=spec.title,
            purpose=spec.purpose,
            importance=importance,
            status="ready" if ready else "needs-input",
            facts=[f for f in section_facts(facts, spec.id) if item_field(f.field) not in left_out]
            if present else [],
            figures=[_outline_figure(f) for f in section_figures(figures, spec.id)
                     if figure_item(facts, f) not in left_out] if present else [],
            missing=[f.message for f in findings if f.severity != "info"],
            questions=[f.question for f in findings if f.severity != "info"],
            incomplete=list(gaps.values()),
        ))
    r = facts.report
    return Outline(
        type=r.type,
        type_title=rtype.title,
        title=report_title(facts),
        period=period_label(facts),
        author=r.author,
        role=r.role,
        sections=sections,
    )


def _outline_figure(f: Figure) -> OutlineFigure:
    return OutlineFigure(id=f.id, label=f.label, text=_figure_text(f), formula=f.formula,
                         value=round_half_up(f.value, f.decimals), unit=f.unit, kind=f.kind,
                         inputs=dict(f.inputs))


def item_field(path: str | None) -> str | None:
    """The item a field or figure id belongs to: "plans[1].target" → "plans[1]"."""
    match = _ITEM_FIELD.match(path or "")
    return match.group(0) if match else None


def incomplete_items(facts: Facts, findings: list) -> dict[str, OutlineGap]:
    """Items of an itemised section that have an error finding, by their path, in order."""
    gaps: dict[str, OutlineGap] = {}
    for finding in findings:
        field = item_field(finding.field)
        if finding.severity != "error" or field is None:
            continue
        if field not in gaps:
            gaps[field] = OutlineGap(field=field, label=_item_label(facts, field), messages=[],
                                     questions=[], left_out=False)
        gap = gaps[field]
        gap.messages.append(finding.message)
        gap.questions.append(finding.question)
        gap.fields.append(finding.field or field)
        gap.codes.append(finding.code)
        gap.left_out = gap.left_out or finding.code not in _ITEM_STAYS
    return dict(sorted(gaps.items(), key=lambda kv: _item_position(kv[0])))


def without_items(facts: Facts, fields: set[str]) -> Facts:
    """The facts with the items at these paths (plans[1]) taken out of their lists."""
    update = {}
    for name in ITEMISED_LISTS:
        items = getattr(facts, name)
        kept = [item for i, item in enumerate(items) if f"{name}[{i}]" not in fields]
        if len(kept) != len(items):
            update[name] = kept
    return facts.model_copy(update=update) if update else facts


def figure_item(facts: Facts, figure: Figure) -> str | None:
    """The item a figure belongs to: plans[1] for "plans[1].target", metrics[2] for a metric's."""
    if figure.metric is not None:
        for i, metric in enumerate(facts.metrics):
            if metric.name == figure.metric:
                return f"metrics[{i}]"
    return item_field(figure.id)



def _item_position(field: str) -> tuple[int, int]:
    match = _ITEM_FIELD.match(field)
    assert match is not None
    return ITEMISED_LISTS.index(match.group(1)), int(match.group(2))


def _item_label(facts: Facts, field: str) -> str:
    match = _ITEM_FIELD.match(field)
    assert match is not None
    item = getattr(facts, match.group(1))[int(match.group(2))]
    return (getattr(item, "action", None) or getattr(item, "title", None)
            or getattr(item, "name", None) or field)


def _figure_text(f: Figure) -> str:
    """上升8.4个百分点，变差 / 低于目标5秒，向好 / 112.6%: the direction and how it is judged."""
    shown = figure_display(f)
    judged = assessment_word(f.assessment) if f.direction in ("up", "down") else None
    return f"{shown}，{judged}" if judged else shown


def outline_markdown(outline: Outline) -> str:
    """The outline as Markdown for people (the text output of `cswriter outline`)."""
    lines = [f"# {outline.title}（提纲）", ""]
    meta = [outline.type_title, outline.period, outline.author or "", outline.role or ""]
    lines += [" · ".join(m for m in meta if m), ""]
    ready = sum(1 for s in outline.sections if s.status == "ready")
    lines += [f"共 {len(outline.sections)} 节，{ready} 节可起草，{len(outline.sections) - ready} 节{MISSING_MARK}。", ""]
    for i, s in enumerate(outline.sections):
        number = chinese_ordinal(i + 1)
        status = "可起草" if s.status == "ready" else MISSING_MARK
        lines.append(f"## {number}、{s.title}（{status}）")
        lines.append("")
        lines.append(f"> {s.purpose}")
        lines.append("")
        for fact in s.facts:
            lines.append(f"- {fact.label}：{fact.text}")
        for fig in s.figures:
            lines.append(f"- 计算：{fig.label} {fig.text}（= {fig.formula}）")
        for message, question in zip(s.missing, s.questions):
            lines.append(f"- **{MISSING_MARK}**：{message} {question}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
