"""A lead's work lines that list the team member by member (罗佳：处理312单，负责浦东片区42个群 …,
or one line 全年坐席接通量：赵敏15120通，黄立14680通，…): the rows of the draft's member table,
which the offline prose and the section's tables both ask about (written.yaml `member_table`)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class MemberTable:
    title: str
    columns: tuple[str, str]
    rows: tuple[tuple[str, str], ...]
    lines: tuple[str, ...]
    """The work lines the table holds (the prose leaves them out)."""
    note: str | None = None
    """What a roster line's closing brackets say of its last group, by their names (马骏、黄诗涵、杜远、吴可4人
    11月16日起调去数字钱包客服线，只算上半月)."""
    apart: tuple[str, ...] = ()
    """The members that note is about: no most or least of the others."""


def _words() -> dict:
    from cswriter.domain import load_yaml_resource

    return load_yaml_resource("written.yaml").get("member_table") or {}


def member_table(lines: list[str]) -> MemberTable | None:
    """The work lines as a member table, or None: a line per member (`per_line`, at least `from`
    of them, each a name, a colon and what that member did), or one line that lists the members
    with a figure each (`roster`, at least `from` of them, each a name and a figure)."""
    words = _words()
    if not words:
        return None
    least = int(words.get("from") or 3)
    not_names = tuple(words.get("not_names") or ())
    name = words.get("name") or r"[\u4e00-\u9fff]{2,3}"
    per_line = [(line, m) for line in lines
                 if (m := re.match(rf"^({name})[：:]\s*(.+)$", line.strip())) and not m.group(1).startswith(not_names)]
    if len(per_line) >= least:
        spec = words["per_line"]
        return MemberTable(spec["title"], tuple(spec["columns"]),
                           tuple((m.group(1), m.group(2).strip().rstrip("。；;")) for _, m in per_line),
                           tuple(line for line, _ in per_line))
    for line in lines:
        head = re.match(r"^([^：:，,。]{2,12})[：:]\s*(.+)$", line.strip())
        if not head:
            continue
        body = head.group(2).rstrip("。")
        # (…with brackets at its end on its last group, （这4人11月16日起调去数字钱包客服线，只算上半月）: said of
        # those members by name — review 183, all four reviewers read the line pasted whole)
        closing = re.search(r"[（(]([^（）()]+)[）)]$", body)
        body = body[:closing.start()] if closing else body
        items = [x.strip() for x in re.split(r"[，,、；;]", body) if x.strip()]
        pairs = [re.fullmatch(rf"({name})(\d[\d,.]*\s*[\u4e00-\u9fff%]{{0,2}})", x) for x in items]
        if len(items) >= least and all(pairs):
            note, apart = _closing_note(closing.group(1) if closing else None, body, name)
            if closing and note is None:
                continue
            spec = words["roster"]
            label = re.sub(words.get("label_trim") or "$^", "", head.group(1).strip()) or head.group(1).strip()
            return MemberTable(label, (spec["name_column"], label),
                               tuple((p.group(1), p.group(2)) for p in pairs if p), (line,), note, apart)
    return None


def _closing_note(note: str | None, body: str, name: str) -> tuple[str | None, tuple[str, ...]]:
    """A roster's closing brackets that open on the count of its last group (这4人…, set off by ；): the
    note with their names for that count, and the names; (None, ()) for any other brackets."""
    count = re.match(r"(?:这|以上|后)([两三四五六七八九十\d]+)(?:人|位|名)", note or "")
    if count is None:
        return None, ()
    last = re.split(r"[；;]", body)[-1]
    names = tuple(m.group(1) for m in re.finditer(rf"({name})\d", last))
    from cswriter.text.numbers import chinese_numeral

    said = count.group(1)
    number = int(said) if said.isdigit() else chinese_numeral(said)
    if len(names) != number or len(names) == len(re.findall(rf"{name}\d", body)):
        return None, ()
    return "、".join(names) + note[count.start(1):], names
