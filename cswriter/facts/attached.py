"""Attachment lines a user typed as a Markdown table (分组统计表（2025年）：| 组别 | 人数 | … |, then one
line per row): the tables they are, which the draft's annex shows as tables and the offline prose
leaves out — printed as lines they read as a run of pipes and 附件： (review 143, all four reviewers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROW = re.compile(r"^(?P<title>[^|]*?)[：:]?\s*\|(?P<cells>.*)\|\s*[。.]?\s*$")
_RULE = re.compile(r"^:?-{2,}:?$")


@dataclass(frozen=True)
class AttachedTable:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _cells(line: str) -> tuple[str, tuple[str, ...]] | None:
    found = _ROW.match(line.strip())
    if not found:
        return None
    return found["title"].strip(), tuple(cell.strip() for cell in found["cells"].split("|"))


def attached_tables(items: list[str], default_title: str = "附表") -> tuple[list[AttachedTable], list[str]]:
    """The tables among the attachment lines (a header row with at least two columns and at least
    one row of the same width after it; a separator row |---| is skipped), and the other lines."""
    tables: list[AttachedTable] = []
    rest: list[str] = []
    run: list[tuple[str, tuple[str, ...], str]] = []

    def close() -> None:
        rows = [cells for _, cells, _ in run[1:] if not all(_RULE.match(c) for c in cells)]
        head = run[0][1] if run else ()
        if len(head) >= 2 and rows and all(len(r) == len(head) for r in rows) \
                and not any(title for title, _, _ in run[1:]):
            tables.append(AttachedTable(run[0][0] or default_title, head, tuple(rows)))
        else:
            rest.extend(line for _, _, line in run)
        run.clear()

    for item in items:
        cells = _cells(str(item))
        if cells is None:
            if run:
                close()
            rest.append(str(item))
        else:
            if cells[0] and run:
                close()
            run.append((*cells, str(item)))
    if run:
        close()
    return tables, rest
