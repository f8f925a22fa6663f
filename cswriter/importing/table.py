"""An export sheet → recognised columns and typed rows, or an `InputError` saying where.

Refused, each with the file, sheet, row and column: an empty sheet, merged cells below the
title, a sheet where no column is known, a date that is not a date, text in a number
column. Title rows above the header are skipped; columns nobody knows are all listed in one
note and skipped. A totals row (合计, 平均 …) is set aside to be checked, never added.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, datetime

from cswriter.errors import InputError
from cswriter.importing.columns import Column, close_names, is_totals_label, match_header
from cswriter.importing.sheets import Sheet

HEADER_SEARCH_ROWS = 6
_MISSING = {"-", "--", "—", "——", "/", "n/a", "na", "null", "none", "无", "暂无"}
_DAY = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_COMPACT_DAY = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:份)?$")
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.\d+)?$")
_CN_DURATION = re.compile(r"^(?:(\d+(?:\.\d+)?)\s*(?:小时|时))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分钟|分))?\s*(?:(\d+(?:\.\d+)?)\s*秒)?$")
_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_SECONDS_PER = {"秒": 1, "分钟": 60, "小时": 3600, "天": 86400}


@dataclass
class Record:
    """One data row: its date (a day, or a month's first day), agent and numbers by field."""

    day: date
    monthly: bool
    agent: str | None
    values: dict[str, float]
    row: int


@dataclass
class ParsedSheet:
    sheet: Sheet
    columns: list[Column]
    records: list[Record]
    totals: list[Record] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    header_row: int = 1
    undated: bool = False
    """No date column: every row covers the period the person gave."""
    title: str = ""
    """The title rows above the header, joined (they often name the period)."""
    period: tuple[date, date] | None = None
    """The period an undated table covers (from --period or its title)."""

    def column(self, field_id: str) -> Column | None:
        return next((c for c in self.columns if c.field.id == field_id), None)


def _recognised(row: list, mapping: dict[str, str] | None = None) -> int:
    return sum(1 for cell in row
               if isinstance(cell, str) and isinstance(match_header(0, cell, mapping), Column))


def looks_like_data(sheet: Sheet, mapping: dict[str, str] | None = None) -> bool:
    """Does any of the first rows read as an export's header (two known column names)?"""
    return any(_recognised(row, mapping) >= 2 for row in sheet.rows[:HEADER_SEARCH_ROWS])


def _header_row(sheet: Sheet, mapping: dict[str, str] | None) -> int:
    """The index of the header: the first of the top rows with the most known column names
    (a title row such as “2026年第三季度客服工作量统计” often sits above it)."""
    counts = [_recognised(row, mapping) for row in sheet.rows[:HEADER_SEARCH_ROWS]]
    best = max(counts, default=0)
    if best < 2 and counts and counts[0] >= 1:
        return 0
    return counts.index(best) if best >= 1 else 0


def _merged_rows(ranges: list[str]) -> list[tuple[str, int, int]]:
    found = []
    for text in ranges:
        rows = [int(r) for r in re.findall(r"[A-Z]+(\d+)", text)]
        if rows:
            found.append((text, min(rows), max(rows)))
    return found


def parse_sheet(sheet: Sheet, ignore: frozenset[str] = frozenset(), *,
                mapping: dict[str, str] | None = None,
                period: tuple[date, date] | None = None) -> ParsedSheet:
    """Recognise the columns and type the rows; `ignore` names columns to skip (as headed),
    `mapping` is the person's own header → field; `period` dates a table without a date
    column (one row per agent, or one row for the team)."""
    if not sheet.rows or all(all(c is None for c in r) for r in sheet.rows):
        raise InputError(f"{sheet.where()}: 是空的，没有可导入的数据。",
                         hint="请确认导出时选择了统计时间段，且导出的是数据而不是空模板。", **sheet.at())
    top = _header_row(sheet, mapping)
    for text, first_row, last_row in _merged_rows(sheet.merged):
        if last_row > top:  # a merged title above the header is fine; merged data is not
            raise InputError(f"{sheet.where(first_row)}: {text} 是合并单元格，无法按列读取。",
                             hint="请在 Excel 或 WPS 中取消合并（每列一个表头、每行一条数据）后另存，或导出为 .csv。", **sheet.at(first_row))
    notes: list[str] = []
    title = ""
    if top:
        title = "、".join(str(c).strip() for r in sheet.rows[:top] for c in r if c is not None and str(c).strip())
        shown = title if len(title) <= 40 else title[:39] + "…"
        notes.append(f"{sheet.where(top + 1)} 是表头，上方的 {top} 行（“{shown}”）是标题，已跳过。")
    header = sheet.rows[top]
    body = list(enumerate(sheet.rows[top + 1:], start=top + 2))
    columns: list[Column] = []
    unknown: list[tuple[int, str]] = []
    seen: dict[str, Column] = {}
    for index, cell in enumerate(header):
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            if any(len(r) > index and r[index] is not None for _, r in body):
                raise InputError(f"{sheet.where(top + 1, index)}: 这一列有数据，但表头是空的。",
                                 hint="请填上列名（如“接待人数”），或删去这一列。", **sheet.at(top + 1, index))
            continue
        text = str(cell).strip()
        if text in ignore:
            continue
        found = match_header(index, text, mapping)
        if found == "ignore":
            continue
        if found is None:
            unknown.append((index, text))
            continue
        assert isinstance(found, Column)
        if found.field.id in seen:
            first = seen[found.field.id]
            notes.append(f"{sheet.where(top + 1, index, text)} 与“{first.header}”是同一指标，已采用“{first.header}”。")
            continue
        seen[found.field.id] = found
        columns.append(found)
    number_columns = [c for c in columns if c.field.role not in ("date", "agent")]
    if unknown:
        listed = "、".join(f"“{text}”" for _, text in unknown)
        example = unknown[0][1]
        similar = close_names(example)
        guess = f"（“{example}”是不是“{'”“'.join(similar)}”？）" if similar else ""
        if not number_columns:
            index, text = unknown[0]
            raise InputError(
                f"{sheet.where(top + 1, index, text)}: 不认识的列名 {listed}{guess}，没有可导入的指标列。",
                hint=f"请用 --map 说明每一列是什么指标，例如 --map {example}=接待量；"
                     f"常用的对应可以写进 {_mapping_file()}（每行写“列名：指标”）。", **sheet.at(top + 1, index, text))
        notes.append(f"{sheet.where(top + 1)}: 不认识的列名 {listed}{guess}，已跳过这 {len(unknown)} 列。"
                     f"需要导入时用 --map {example}=指标名（如 接待量、首次响应时长），"
                     f"常用的对应可写进 {_mapping_file()}（每行写“列名：指标”）。")
    date_column = seen.get("date")
    if date_column is None and title:
        from cswriter.text.dates import find_period

        named = find_period(title)
        if named is not None and period is None:
            period = named
            notes.append(f"{sheet.where()} 没有日期列，统计周期按标题记为 {period[0]} 至 {period[1]}。")
        elif named is not None and period is not None and named != period:
            notes.append(f"{sheet.where()} 的标题写的是 {named[0]} 至 {named[1]}，统计周期按 --period 记为 "
                         f"{period[0]} 至 {period[1]}，请核对。")
    if date_column is None and period is None:
        raise InputError(f"{sheet.where(top + 1)}: 找不到日期列（如“日期”“统计日期”“月份”），"
                         "这像是按客服（或整个团队）汇总的一张表，需要知道它的统计周期。",
                         hint="请用 --period 给出统计周期，例如 --period 2026-07-01至2026-09-30 或 --period 2026年第三季度。",
                         **sheet.at(top + 1))
    agent_column = seen.get("agent")
    if not number_columns:
        raise InputError(f"{sheet.where(top + 1)}: 没有可导入的指标列（如“接待人数”“首次响应时长”）。", **sheet.at(top + 1))
    columns += _implied_columns(seen)
    parsed = ParsedSheet(sheet=sheet, columns=columns, records=[], notes=notes, header_row=top + 1,
                         undated=date_column is None, title=title,
                         period=period if date_column is None else None)
    for index, row in body:
        if all(c is None for c in row):
            continue
        raw_date = row[date_column.index] if date_column and date_column.index < len(row) else None
        agent = row[agent_column.index] if agent_column and agent_column.index < len(row) else None
        is_total = is_totals_label(raw_date) or is_totals_label(agent)
        values = {c.field.id: v for c in number_columns
                  if (v := _number(sheet, row, index, c)) is not None}
        _add_implied(values)
        if is_total:
            parsed.totals.append(Record(day=date.min, monthly=False, agent=None, values=values, row=index))
            continue
        if date_column is None:
            assert period is not None
            day, monthly = period[0], False
        elif raw_date is None:
            raise InputError(f"{sheet.where(index, date_column.index, date_column.header)}: 日期是空的。",
                             hint="每行数据都应有日期；合计行请写“合计”。", **sheet.at(index, date_column.index, date_column.header))
        else:
            day, monthly = _date(sheet, raw_date, index, date_column)
        parsed.records.append(Record(day=day, monthly=monthly,
                                     agent=str(agent).strip() if agent is not None else None,
                                     values=values, row=index))
    if not parsed.records:
        raise InputError(f"{sheet.where()}: 只有表头，没有数据行。", **sheet.at())
    return parsed


def _mapping_file() -> str:
    from cswriter.importing.mapping import mapping_path

    return str(mapping_path())


_RATINGS = ("satisfied", "neutral", "dissatisfied")


def _implied_columns(seen: dict[str, Column]) -> list[Column]:
    """好评数, 一般数 and 差评数 without 评价总数: the ratings received are their sum."""
    if "rated" in seen or "satisfied" not in seen or "dissatisfied" not in seen:
        return []
    from cswriter.importing.columns import export_spec

    parts = [seen[f].header for f in _RATINGS if f in seen]
    return [Column(index=-1, header="＋".join(parts), name="评价数", field=export_spec().fields["rated"], unit="次")]


def _add_implied(values: dict[str, float]) -> None:
    if "rated" not in values and "satisfied" in values and "dissatisfied" in values:
        values["rated"] = sum(values.get(f, 0.0) for f in _RATINGS)


def _date(sheet: Sheet, value, row: int, column: Column) -> tuple[date, bool]:
    if isinstance(value, datetime):
        return value.date(), False
    if isinstance(value, date):
        return value, False
    text = str(value).strip()
    try:
        if m := _DAY.match(text) or _COMPACT_DAY.match(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), False
        if m := _MONTH.match(text):
            return date(int(m.group(1)), int(m.group(2)), 1), True
    except ValueError:
        pass
    raise InputError(f"{sheet.where(row, column.index, column.header)}: “{text}”不是日期。",
                     hint="日期应写成 2025-01-31、2025/1/31、2025年1月31日，或按月写成 2025-01、2025年1月。",
                     **sheet.at(row, column.index, column.header))


def _number(sheet: Sheet, row: list, index: int, column: Column) -> float | None:
    value = row[column.index] if column.index < len(row) else None
    if value is None:
        return None
    if isinstance(value, bool) or isinstance(value, (date, datetime)):
        raise InputError(f"{sheet.where(index, column.index, column.header)}: 应为数字，实际是“{value}”。",
                         **sheet.at(index, column.index, column.header))
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().replace("，", ",").replace("％", "%")
        if text.lower() in _MISSING:
            return None
        number = _parse_text(text, column)
        if number is None:
            kind = "时长" if column.field.role == "duration" else "数字"
            raise InputError(f"{sheet.where(index, column.index, column.header)}: 应为{kind}，实际是“{text}”。",
                             hint="请把这一列改为纯数字（时长可写成 00:01:30 或 90），或删去这一行中的文字。",
                             **sheet.at(index, column.index, column.header))
    if number != number or number in (float("inf"), float("-inf")) or abs(number) > 1e12:
        raise InputError(f"{sheet.where(index, column.index, column.header)}: 数值“{value}”超出了合理范围。",
                         **sheet.at(index, column.index, column.header))
    if number < 0:
        raise InputError(f"{sheet.where(index, column.index, column.header)}: 数值不应为负（{value}）。",
                         **sheet.at(index, column.index, column.header))
    return number


def _parse_text(text: str, column: Column) -> float | None:
    if text.endswith("%"):
        text = text[:-1].strip()
    if _NUMBER.match(text):
        return float(text.replace(",", ""))
    if column.field.role != "duration":
        return None
    per = _SECONDS_PER.get(column.unit or "秒", 1)
    if m := _CLOCK.match(text):
        seconds = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
        return seconds / per
    m = _CN_DURATION.match(text)
    if m and any(m.groups()):
        hours, minutes, seconds = (float(g) if g else 0.0 for g in m.groups())
        return (hours * 3600 + minutes * 60 + seconds) / per
    return None


def month_end(day: date) -> date:
    return date(day.year, day.month, monthrange(day.year, day.month)[1])
