"""A project's milestones written as a schedule (8月3日-28日：三家外包方比选…): the rows of the
draft's 项目进度 table, which the offline prose and the section's tables both ask about."""

from __future__ import annotations

import re

from cswriter.text.dates import month_label


def milestone_rows(milestones: list[str]) -> list[list[str]] | None:
    """A project's milestones as rows of time and work when they are written as a schedule
    (8月3日-28日：三家外包方比选…; written.yaml `milestone_steps.table`), or None: then the
    prose tells them."""
    from cswriter.domain import load_yaml_resource

    words = load_yaml_resource("written.yaml").get("milestone_steps") or {}
    table = words.get("table") or {}
    if not table or len(milestones) < int(table.get("from") or 3):
        return None
    rows = []
    for milestone in milestones:
        head = re.match(words.get("table_head") or "$^", milestone.strip())
        if not head or not milestone.strip()[head.end():]:
            return None
        when = re.sub(r"[：:]\s*$", "", head.group(0)).strip()
        rows.append([when, milestone.strip()[head.end():].rstrip("。；;")])
    # (2026-03 beside 2026-06-01: one style down the column, the year said only when the
    # milestones span two — 2026年3月 above 6月1日 read as two hands)
    years = {m.group(1) for row in rows if (m := re.match(r"(\d{4})-\d{1,2}(?:-\d{1,2})?$", row[0]))}
    for row in rows:
        label = month_label(row[0])
        row[0] = re.sub(r"^\d{4}年", "", label) if len(years) == 1 else label
    return rows
