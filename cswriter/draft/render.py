"""A `Draft` as Markdown (for people and Word-averse editors) and as JSON (for programs)."""

from __future__ import annotations

from typing import Any

from cswriter.draft.models import Draft, DraftSection, Table
from cswriter.outline import chinese_ordinal


def table_markdown(table: Table) -> str:
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    lines = [f"**{table.title}**", "", row(table.columns), "| " + " | ".join("---" for _ in table.columns) + " |"]
    lines += [row(r) for r in table.rows]
    return "\n".join(lines)


def byline(draft: Draft) -> str:
    return " · ".join(x for x in (draft.type_title, draft.period, draft.role, draft.author) if x)


def numbered_sections(draft: Draft) -> list[tuple[str, DraftSection]]:
    """The sections that go into the document (skipped ones left out), numbered 一， 二， …"""
    visible = [s for s in draft.sections if s.status != "skipped"]
    return [(chinese_ordinal(i), s) for i, s in enumerate(visible, start=1)]


def render_markdown(draft: Draft) -> str:
    """Title, byline, then each section with Chinese numbering, its prose and its tables."""
    lines = [f"# {draft.title}", "", byline(draft), ""]
    for number, section in numbered_sections(draft):
        lines += [f"## {number}、{section.title}", "", section.text.strip(), ""]
        for table in section.tables:
            lines += [table_markdown(table), ""]
    return "\n".join(lines).rstrip() + "\n"


def draft_json(draft: Draft) -> dict[str, Any]:
    """The shape INTERFACE.md promises (`sections[]` with id, title, text, numbers, findings; ok)."""
    return {
        "ok": draft.ok,
        "title": draft.title,
        "type": draft.type,
        "period": draft.period,
        "author": draft.author,
        "role": draft.role,
        "backend": draft.backend,
        "model": draft.model,
        "redacted": draft.redacted,
        "sections": [
            {
                "id": s.id,
                "title": s.title,
                "number": s.number,
                "status": s.status,
                "ok": s.ok,
                "text": s.text,
                "numbers": [n.model_dump() for n in s.numbers],
                "findings": [f.model_dump() for f in s.findings],
                "tables": [t.model_dump() for t in s.tables],
                "missing": s.missing,
                "questions": s.questions,
                "repairs": s.repairs,
                "model_calls": s.model_calls,
                "cache_hits": s.cache_hits,
            }
            for s in draft.sections
        ],
        "summary": {
            "sections": len(draft.sections),
            "drafted": sum(1 for s in draft.sections if s.status == "drafted"),
            "needs_input": sum(1 for s in draft.sections if s.status == "needs-input"),
            "errors": sum(1 for s in draft.sections for f in s.findings if f.severity == "error"),
            "warnings": sum(1 for s in draft.sections for f in s.findings if f.severity == "warning"),
            "model_calls": draft.model_calls,
            "cache_hits": draft.cache_hits,
        },
    }
