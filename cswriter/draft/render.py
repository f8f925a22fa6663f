"""A `Draft` as Markdown (for people and Word-averse editors) and as JSON (for programs).

Also the pieces the Word renderer shares with Markdown: which findings are still open after
the repairs and the sentence each one sits in, and tables whose number columns read alike
(one number format per column: 9,850 beside 10,200, 98.0 beside 98.1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cswriter.draft.models import Draft, DraftFinding, DraftSection, Table
from cswriter.outline import MISSING_MARK, chinese_ordinal
from cswriter.text.names import without_gloss

# A cell that is one plain number, as the table builders write them (no units inside).
_PLAIN_NUMBER = re.compile(r"^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
_SENTENCE_END = "。！？；!?;"


def table_markdown(table: Table) -> str:
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    lines = [f"**{table.title}**", "", row(table.columns), "| " + " | ".join("---" for _ in table.columns) + " |"]
    lines += [row(r) for r in table.rows]
    return "\n".join(lines)


def byline(draft: Draft) -> str:
    """Type, period, role and name in one line: for listings and file metadata, not the body
    (a line of metadata under the title reads as tool output to the supervisor)."""
    return " · ".join(x for x in (draft.type_title, draft.period, draft.role, draft.author) if x)


def signature_lines(draft: Draft) -> list[str]:
    """落款 after the text, as the Word document signs it: the unit, then role and name."""
    lines = []
    # (a team's gloss in brackets, 海外客服部（英语组14人、西语组11人）, describes it in the
    # overview; the 落款 names the unit alone — blind round 21, review 109, reviewers b and c)
    team = without_gloss(draft.team) if draft.team else draft.team
    # (a word the company and the team both name, 江屿银行 远程银行中心 + 远程银行中心 视频客服班, is
    # said once: 远程银行中心 远程银行中心 in the 落款 — blind round 37, review 152)
    words = [w for x in (getattr(draft, "company", None), team) if x for w in str(x).split()]
    unit = " ".join(w for k, w in enumerate(words) if w not in words[:k])
    if unit:
        lines.append(unit)
    if draft.author:
        lines.append(f"{draft.role}　{draft.author}" if draft.role else draft.author)
    return lines


def numbered_sections(draft: Draft, inline_notes: bool = True) -> list[tuple[str, DraftSection]]:
    """The sections that go into the document (skipped ones left out), numbered 一， 二， …

    Without inline notes (the hand-in file), a section that still needs input is left out
    too: what it lacks goes to stderr and to a Word comment, not into the body."""
    visible = [s for s in draft.sections if s.status != "skipped"
               and (inline_notes or s.status != "needs-input")]
    numbered = [s for s in visible if s.id not in UNNUMBERED]
    return [(chinese_ordinal(numbered.index(s) + 1) if s in numbered else "", s) for s in visible]


UNNUMBERED = ("attachments",)
"""Sections that follow the closing line as appendices: headed 附件, not 九、附件."""


def heading_text(number: str, section: DraftSection) -> str:
    """一、工作概述; an appendix by its title alone."""
    return f"{number}、{section.title}" if number else section.title


NOTE_START = f"\n\n【{MISSING_MARK}】"
"""Where a drafted section's own 需补充 list (items left out of it) begins."""


def _noted(text: str) -> str:
    """The text with its notes after NOTE_START, also where no prose precedes them (an annex
    of tables alone whose notes are its whole text)."""
    return "\n\n" + text.lstrip() if text.lstrip().startswith(NOTE_START.lstrip()) else text


def body_text(section: DraftSection, inline_notes: bool = True) -> str:
    """The section's prose as the document shows it: without its 需补充 list unless inline."""
    if inline_notes:
        return section.text
    return _noted(section.text).split(NOTE_START, 1)[0]


def pending_notes(draft: Draft) -> list[str]:
    """What the writer still has to supply or check, one line each, for stderr or a comment."""
    notes = []
    for section in draft.sections:
        if section.status == "needs-input":
            asks = "；".join(q.rstrip("。？?") for q in section.questions) or "补充本节的事实"
            notes.append(f"“{section.title}”未写入正文，需补充：{asks}。")
        elif NOTE_START in _noted(section.text):
            items = [line.lstrip("- ").strip() for line in _noted(section.text).split(NOTE_START, 1)[1].splitlines()[1:]
                     if line.strip()]
            # one line per item: several asks run together on one line are hard to act on
            notes.extend(f"“{section.title}”暂未写入：{item}" for item in items)
    return notes


# -- one number format per column ------------------------------------------------------

def parse_plain_number(cell: str) -> tuple[float, int] | None:
    """"10,200" → (10200.0, 0); "98.1" → (98.1, 1); anything else → None."""
    m = _PLAIN_NUMBER.match(cell.strip())
    if not m:
        return None
    digits = m.group(2).replace(",", "")
    decimals = len(m.group(3) or "")
    value = float(f"{m.group(1)}{digits}.{m.group(3)}" if decimals else f"{m.group(1)}{digits}")
    return value, decimals


def numeric_columns(table: Table) -> list[bool]:
    """Which columns hold only plain numbers (blanks and — allowed), at least one of them."""
    flags = []
    for i in range(len(table.columns)):
        cells = [row[i].strip() for row in table.rows if i < len(row)]
        filled = [c for c in cells if c not in ("", "—", "-")]
        flags.append(bool(filled) and all(parse_plain_number(c) for c in filled))
    return flags


def uniform_table(table: Table) -> Table:
    """The table with each all-number column in one format: the most decimals any cell has,
    and thousands separators on every cell of 1,000 or more when any cell reaches 10,000."""
    flags = numeric_columns(table)
    if not any(flags):
        return table
    rows = [list(r) for r in table.rows]
    for i, numeric in enumerate(flags):
        if not numeric:
            continue
        parsed = [parse_plain_number(r[i]) for r in rows]
        decimals = max((p[1] for p in parsed if p), default=0)
        separators = any(p and abs(p[0]) >= 10_000 for p in parsed)
        for r, p in zip(rows, parsed):
            if p is None:
                continue
            text = f"{p[0]:,.{decimals}f}" if separators and abs(p[0]) >= 1000 else f"{p[0]:.{decimals}f}"
            r[i] = text
    return table.model_copy(update={"rows": rows})


# -- what is still open after the repairs ----------------------------------------------

def is_open(finding: DraftFinding) -> bool:
    """The findings `cswriter draft` reports as unresolved: errors, and wording warnings."""
    return finding.severity == "error" or (finding.origin == "lint" and finding.severity == "warning")


def open_findings(section: DraftSection) -> list[DraftFinding]:
    if section.status != "drafted":
        return []  # a 需补充 section says what is missing in its own text
    return [f for f in section.findings if is_open(f)]


def finding_note(finding: DraftFinding) -> str:
    """What is wrong and what would fix it, in one line for a comment or a footnote."""
    note = f"{finding.code}：{finding.message.rstrip('。')}。"
    if finding.suggestion:
        fix = finding.suggestion.rstrip("。")
        note += f"建议：{fix}。" if finding.origin == "lint" else f"请补充：{fix}。"
    elif finding.origin == "check":
        note += "请在事实文件中补充后重新起草。"
    return note


@dataclass
class Mark:
    """An open finding placed on the sentence it is about (or on the section, when none)."""

    line: int | None
    """0-based line of the section text; None when the finding is about the whole section."""
    start: int
    end: int
    notes: list[str]


def sentence_marks(section: DraftSection) -> list[Mark]:
    """Open findings grouped by the sentence they sit in, in text order."""
    lines = section.text.split("\n")
    by_span: dict[tuple[int | None, int, int], Mark] = {}
    for finding in open_findings(section):
        span = _sentence_of(lines, finding)
        mark = by_span.get(span)
        if mark is None:
            mark = by_span[span] = Mark(span[0], span[1], span[2], [])
        note = finding_note(finding)
        if note not in mark.notes:
            mark.notes.append(note)
    return sorted(by_span.values(), key=lambda m: (-1 if m.line is None else m.line, m.start))


def _sentence_of(lines: list[str], finding: DraftFinding) -> tuple[int | None, int, int]:
    if finding.origin == "check" or not finding.match:
        return None, 0, 0
    index = finding.line - 1
    line = lines[index] if 0 <= index < len(lines) else ""
    at = finding.column - 1
    if not line[at:].startswith(finding.match):
        # Positions drift when a repair rewrote the text; fall back to the first occurrence.
        found = [i for i, text in enumerate(lines) if finding.match in text]
        if not found:
            return None, 0, 0
        index = found[0]
        line = lines[index]
        at = line.index(finding.match)
    start = at
    while start > 0 and line[start - 1] not in _SENTENCE_END:
        start -= 1
    while start < at and line[start] in " \u3000":
        start += 1
    end = at + len(finding.match)
    while end < len(line) and line[end - 1] not in _SENTENCE_END:
        end += 1
    return index, start, end


# -- Markdown ---------------------------------------------------------------------------

def _marked_text(section: DraftSection, marks: list[Mark], labels: list[str]) -> str:
    """The section text with 〔待核实N〕 after each sentence that still has a problem."""
    lines = section.text.strip("\n").split("\n")
    offset = len(section.text) - len(section.text.lstrip("\n"))
    lead = section.text[:offset].count("\n")
    inserts: dict[int, list[tuple[int, str]]] = {}
    for mark, label in zip(marks, labels):
        if mark.line is None:
            continue
        inserts.setdefault(mark.line - lead, []).append((mark.end, label))
    for index, items in inserts.items():
        if not 0 <= index < len(lines):
            continue
        line = lines[index]
        for end, label in sorted(items, reverse=True):
            line = line[:end] + f"[^{label}]" + line[end:]
        lines[index] = line
    return "\n".join(lines).strip()


def render_markdown(draft: Draft, *, inline_notes: bool = False) -> str:
    """Title, then each section with Chinese numbering, its prose and its tables.

    The hand-in file by default: no review marks and no 需补充 blocks in the body (they go to
    stderr, `pending_notes`). With `inline_notes`, a sentence with a problem left after the
    repairs gets a footnote mark [^待核实一], the notes are listed at the end under 待核实
    (outside the linter's view, so the notes' own quotations are not flagged again), and a
    section that needs input says so under its heading.
    """
    lines = [f"# {draft.title}", ""]
    notes: list[tuple[str, str]] = []
    signed = False
    for number, section in numbered_sections(draft, inline_notes):
        if number == "" and not signed:
            # The signature closes the text; appendices follow it.
            lines += _signed(draft)
            signed = True
        if not inline_notes:
            body = body_text(section, False).strip()
            # (an annex of tables alone: its heading, then the tables)
            lines += [f"## {heading_text(number, section)}", ""] + ([body, ""] if body else [])
            for table in section.tables:
                lines += [table_markdown(uniform_table(table)), ""]
            continue
        marks = sentence_marks(section)
        labels = [f"待核实{chinese_ordinal(len(notes) + i + 1)}" for i in range(len(marks))]
        notes += [(label, " ".join(mark.notes)) for label, mark in zip(labels, marks)]
        heading = f"## {heading_text(number, section)}"
        section_labels = [label for label, mark in zip(labels, marks) if mark.line is None]
        heading += "".join(f"[^{label}]" for label in section_labels)
        lines += [heading, "", _marked_text(section, marks, labels), ""]
        for table in section.tables:
            lines += [table_markdown(uniform_table(table)), ""]
    if not signed:
        lines += _signed(draft)
    if notes:
        lines += ["<!-- cswriter-disable -->", "",
                  "**待核实**（核对或改写后删去对应标记）：", ""]
        lines += [f"[^{label}]: {text}" for label, text in notes]
        lines += ["", "<!-- cswriter-enable -->", ""]
    return "\n".join(lines).rstrip() + "\n"


def _signed(draft: Draft) -> list[str]:
    """The 落款 as Markdown lines (each its own paragraph), or nothing."""
    out = []
    for line in signature_lines(draft):
        out += [line, ""]
    return out


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
