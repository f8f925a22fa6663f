"""What each section is written from: its own facts and figures, nothing more.

A section's prompt carries only the facts and derived figures that section uses (the outline
decides which), so prompts stay small and a change to one case re-drafts only the section
that uses it. For a model that is not local, every string from the facts is masked for
personal data (`cswriter.text.privacy.redact`) before it goes into a prompt.
"""

from __future__ import annotations

from typing import Any

from cswriter.domain import load_domain
from cswriter.draft.models import (
    ContextFact,
    ContextFigure,
    ReportInfo,
    SectionContext,
    SectionInfo,
)
from cswriter.facts.model import Facts
from cswriter.figures.compute import Figure, Figures
from cswriter.outline import Outline, OutlineSection, chinese_ordinal
from cswriter.prompting import fence_safe, one_line

# The facts fields each section is written from (the offline writer's input). Kept next to
# the context builder because it is about drafting, not about the facts model.
_SECTION_DATA: dict[str, tuple[str, ...]] = {
    "overview": ("report", "project"),
    "metrics": ("metrics", "highlights", "project"),
    "work": ("work", "report", "project"),
    "feedback": ("categories", "feedback"),
    "complaints": ("complaints",),
    "cases": ("cases",),
    "teamwork": ("teamwork",),
    "training": ("training",),
    "problems": ("problems", "project"),
    "plans": ("plans",),
    "attachments": ("monthly", "attachments"),
}
_COMPARE_WORDS = {"target": "目标值", "annual_target": "全年目标值"}
_DIRECTION_WORDS = {"up": "上升", "down": "下降", "flat": "持平"}


def report_info(facts: Facts, outline: Outline) -> ReportInfo:
    r = facts.report
    rtype = load_domain().report_types[r.type]
    # Every string the user wrote is made fence-safe and kept on one line: these fields
    # go into the prompt inside the data fence (see prompts/_section.j2).
    return ReportInfo(
        title=one_line(outline.title), type=r.type, type_title=outline.type_title,
        period=one_line(outline.period), period_word=rtype.period_word,
        previous_word=rtype.previous_word, author=one_line(r.author),
        role=one_line(r.role), team=one_line(r.team), company=one_line(r.company),
    )


def figure_display(figure: Figure) -> str:
    """The figure's text with its direction: 上升15.2%, 低于目标0.4分钟， 112.6%."""
    if figure.direction and figure.kind in ("change", "change_percent"):
        return f"{_DIRECTION_WORDS[figure.direction]}{figure.text}"
    if figure.direction and figure.kind in ("gap", "gap_percent"):
        word = {"up": "高于目标", "down": "低于目标", "flat": "与目标持平"}[figure.direction]
        return f"{word}{figure.text}"
    return figure.text


def context_figure(figure: Figure) -> ContextFigure:
    return ContextFigure(
        id=figure.id, label=figure.label, kind=figure.kind, text=figure.text,
        display=figure_display(figure), formula=figure.formula,
        derived=figure.formula != "事实", metric=figure.metric,
        direction=figure.direction, assessment=figure.assessment,
    )


def section_figures_for_context(facts: Facts, figures: Figures, section_id: str) -> list[Figure]:
    """Every figure the section may state: its own, stated and derived.

    The overview also states the total workload, which the figures file under metrics.
    Monthly table cells are left to the table itself; the prose cites totals and means.
    """
    chosen = [f for f in figures.for_section(section_id)
              if not (section_id == "attachments" and f.kind == "table")]
    if section_id == "overview":
        volume = facts.metric("volume")
        if volume is not None:
            extra = figures.get(f"{volume.name}.value")
            if extra is not None:
                chosen.insert(0, extra)
    return chosen


def section_data(facts: Facts, section_id: str) -> dict[str, Any]:
    fields = set(_SECTION_DATA.get(section_id, ()))
    data = facts.model_dump(mode="json", include=fields, exclude_none=True)
    if section_id == "metrics":
        # The offline writer needs each metric's kind and direction, which are derived.
        for item, metric in zip(data.get("metrics", []), facts.metrics):
            item["kind"] = metric.kind
            item["better"] = metric.better
    return data


def build_section_context(
    facts: Facts, outline: Outline, section: OutlineSection, figures: Figures, *,
    number: int, instruction: str = "",
) -> SectionContext:
    """The context of one section, from the outline's choice of facts and the figures."""
    domain = load_domain()
    rtype = domain.report_types[facts.report.type]
    compare = [_COMPARE_WORDS.get(k, f"{rtype.previous_word}值") for k in rtype.compare]
    return SectionContext(
        report=report_info(facts, outline),
        section=SectionInfo(id=section.id, title=section.title, purpose=section.purpose,
                            importance=section.importance, number=chinese_ordinal(number)),
        facts=[ContextFact(field=f.field, label=fence_safe(f.label), text=fence_safe(f.text))
               for f in section.facts],
        figures=[context_figure(f) for f in section_figures_for_context(facts, figures, section.id)],
        data=_map_strings(section_data(facts, section.id), fence_safe),
        compare=compare if section.id == "metrics" else [],
        instruction=fence_safe(instruction),
    )


def redact_context(context: SectionContext) -> SectionContext:
    """The context with personal data masked in every string that came from the user.

    Applied before any prompt is rendered for a backend that is not local, so neither the
    messages nor the request's metadata carry a phone number, ID or card number or e-mail.
    """
    from cswriter.text.privacy import redact

    data = context.model_dump(mode="json")
    # Figures are numbers computed by code; their labels come from metric names, masked too.
    return SectionContext.model_validate(_map_strings(data, redact))


def _map_strings(value: Any, func) -> Any:
    if isinstance(value, str):
        return func(value)
    if isinstance(value, dict):
        return {k: _map_strings(v, func) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_strings(v, func) for v in value]
    return value
