"""An export sheet → recognised columns and typed rows, or an `InputError` saying where.

Refused, each with the file, sheet, row and column: an empty sheet, merged cells, a header
that is not on the first row, a column nobody knows, a date that is not a date, text in a
number column. A totals row (合计, 平均 …) is set aside to be checked, never added.
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

    def column(self, field_id: str) -> Column | None:
        return next((c for c in self.columns if c.field.id == field_id), None)


def _recognised(row: list) -> int:
    return sum(1 for cell in row if isinstance(cell, str) and isinstance(match_header(0, cell), Column))


def looks_like_data(sheet: Sheet) -> bool:
    """Does any of the first rows read as an export's header (two known column names)?"""
    return any(_recognised(row) >= 2 for row in sheet.rows[:HEADER_SEARCH_ROWS])


def parse_sheet(sheet: Sheet, ignore: frozenset[str] = frozenset()) -> ParsedSheet:
    """Recognise the columns and type the rows; `ignore` names columns to skip (as headed)."""
    if not sheet.rows or all(all(c is None for c in r) for r in sheet.rows):
        raise InputError(f"{sheet.where()}: 是空的，没有可导入的数据。",
                         hint="请确认导出时选择了统计时间段，且导出的是数据而不是空模板。")
    if sheet.merged:
        first = sheet.merged[0]
        m = re.match(r"([A-Z]+)(\d+)", first)
        row = int(m.group(2)) if m else None
        raise InputError(f"{sheet.where(row)}: {first} 是合并单元格，无法按列读取。",
                         hint="请在 Excel 或 WPS 中取消合并（每列一个表头、每行一条数据）后另存，或导出为 .csv。")
    header = sheet.rows[0]
    if _recognised(header) < 2:
        for index, row in enumerate(sheet.rows[1:HEADER_SEARCH_ROWS], start=2):
            if _recognised(row) >= 2:
                above = "、".join(str(c) for c in sheet.rows[0] if c is not None)
                above = above if len(above) <= 30 else above[:29] + "…"
                raise InputError(
                    f"{sheet.where(index)}: 表头应在第1行，这里的表头在第{index}行"
                    f"（上方是“{above}”）。",
                    hint=f"请删去表头上方的 {index - 1} 行后重试（保留表头和数据）。")
    columns: list[Column] = []
    notes: list[str] = []
    seen: dict[str, Column] = {}
    for index, cell in enumerate(header):
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            if any(len(r) > index and r[index] is not None for r in sheet.rows[1:]):
                raise InputError(f"{sheet.where(1, index)}: 这一列有数据，但表头是空的。",
                                 hint="请填上列名（如“接待人数”），或删去这一列。")
            continue
        text = str(cell).strip()
        if text in ignore:
            continue
        found = match_header(index, text)
        if found == "ignore":
            continue
        if found is None:
            similar = close_names(text)
            guess = f"是不是“{'”“'.join(similar)}”？" if similar else ""
            raise InputError(
                f"{sheet.where(1, index, text)}: 不认识的列名“{text}”。{guess}",
                hint=f"不需要这一列时加上 --ignore {text} 即可；需要导入时，请把列名加到 "
                     "cswriter/data/exports.yaml 对应字段的 names 中。")
        assert isinstance(found, Column)
        if found.field.id in seen:
            first = seen[found.field.id]
            notes.append(f"{sheet.where(1, index, text)} 与“{first.header}”是同一指标，已采用“{first.header}”。")
            continue
        seen[found.field.id] = found
        columns.append(found)
    date_column = seen.get("date")
    if date_column is None:
        raise InputError(f"{sheet.where(1)}: 找不到日期列（如“日期”“统计日期”“月份”）。",
                         hint="请按日或按月导出统计数据，并保留日期列。")
    agent_column = seen.get("agent")
    number_columns = [c for c in columns if c.field.role not in ("date", "agent")]
    if not number_columns:
        raise InputError(f"{sheet.where(1)}: 没有可导入的指标列（如“接待人数”“首次响应时长”）。")
    parsed = ParsedSheet(sheet=sheet, columns=columns, records=[], notes=notes)
    for index, row in enumerate(sheet.rows[1:], start=2):
        if all(c is None for c in row):
            continue
        raw_date = row[date_column.index] if date_column.index < len(row) else None
        agent = row[agent_column.index] if agent_column and agent_column.index < len(row) else None
        is_total = is_totals_label(raw_date) or is_totals_label(agent)
        values = {c.field.id: v for c in number_columns
                  if (v := _number(sheet, row, index, c)) is not None}
        if is_total:
            parsed.totals.append(Record(day=date.min, monthly=False, agent=None, values=values, row=index))
            continue
        if raw_date is None:
            raise InputError(f"{sheet.where(index, date_column.index, date_column.header)}: 日期是空的。",
                             hint="每行数据都应有日期；合计行请写“合计”。")
        day, monthly = _date(sheet, raw_date, index, date_column)
        parsed.records.append(Record(day=day, monthly=monthly,
                                     agent=str(agent).strip() if agent is not None else None,
                                     values=values, row=index))
    if not parsed.records:
        raise InputError(f"{sheet.where()}: 只有表头，没有数据行。")
    return parsed


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
                     hint="日期应写成 2025-01-31、2025/1/31、2025年1月31日，或按月写成 2025-01、2025年1月。")


def _number(sheet: Sheet, row: list, index: int, column: Column) -> float | None:
    value = row[column.index] if column.index < len(row) else None
    if value is None:
        return None
    if isinstance(value, bool) or isinstance(value, (date, datetime)):
        raise InputError(f"{sheet.where(index, column.index, column.header)}: 应为数字，实际是“{value}”。")
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
                             hint="请把这一列改为纯数字（时长可写成 00:01:30 或 90），或删去这一行中的文字。")
    if number != number or number in (float("inf"), float("-inf")) or abs(number) > 1e12:
        raise InputError(f"{sheet.where(index, column.index, column.header)}: 数值“{value}”超出了合理范围。")
    if number < 0:
        raise InputError(f"{sheet.where(index, column.index, column.header)}: 数值不应为负（{value}）。")
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
