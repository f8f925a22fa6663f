"""Dates and periods as people write them in a facts file or an answer.

2026-06-30, 2026年6月底, 2026年Q2 and, where the year is known from context, 6月底; periods
such as 2026年11月, 2026年Q3, 上周 or "2026-11-01 至 2026-11-30". Figures (numbers, units,
Chinese numerals) are read by `cswriter.text.numbers`; dates inside running text (lint,
tracing) are found by its scanner too. This module reads a date or period that stands alone
as a value and maps a period's end (月底, 第二季度末, 上半年) to its last day.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta

__all__ = ["UnreadableDate", "month_label", "parse_date", "read_date", "read_period"]


class UnreadableDate(ValueError):
    """A typed date or period that cannot be read; the message says how to write it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _compact(text: str) -> str:
    """Full-width to ASCII (NFKC) and no spaces: "２０２６年 ６月" → "2026年6月"."""
    return "".join(unicodedata.normalize("NFKC", str(text)).split())

_ISO_RE = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$")
_CN_DATE_RE = re.compile(
    r"^(?P<y>\d{4})年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号]|(?P<edge>底|末|初|上旬|中旬|下旬))?"
    r"|(?P<yedge>底|末|初|年底|年末|年初)|第?(?P<q>[1-4一二三四])季度(?P<qedge>末|底|初)?"
    r"|(?P<h>上|下)半年(?:末|底)?|Q(?P<q2>[1-4]))?$"
)


def parse_date(text: str | date) -> date | None:
    """Dates as people write them: 2026-06-30, 2026/6/30, 2026年6月30日, 2026年6月底,
    2026年底, 2026年第二季度末, 2026年Q2, 2026年上半年. Period ends map to the last day."""
    if isinstance(text, date):
        return text
    s = text.strip().replace(" ", "")
    m = _ISO_RE.match(s)
    if m:
        y, mo = int(m[1]), int(m[2])
        d = int(m[3]) if m[3] else calendar.monthrange(y, mo)[1] if 1 <= mo <= 12 else 0
        return _safe_date(y, mo, d)
    m = _CN_DATE_RE.match(s)
    if not m:
        return None
    y = int(m["y"])
    if m["m"]:
        mo = int(m["m"])
        if not 1 <= mo <= 12:
            return None
        last = calendar.monthrange(y, mo)[1]
        if m["d"]:
            return _safe_date(y, mo, int(m["d"]))
        edge = m["edge"]
        day = {"初": 1, "上旬": 10, "中旬": 20}.get(edge or "", last)
        return date(y, mo, day)
    quarter = m["q"] or m["q2"]
    if quarter:
        q = "一二三四".index(quarter) + 1 if quarter in "一二三四" else int(quarter)
        if m["qedge"] == "初":
            return date(y, 3 * q - 2, 1)
        return date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if m["h"]:
        return date(y, 6, 30) if m["h"] == "上" else date(y, 12, 31)
    if m["yedge"] in ("初", "年初"):
        return date(y, 1, 1)
    return date(y, 12, 31)


def month_label(key: str) -> str:
    """A table row's or milestone's ISO key in words: 2026-03 → 2026年3月, 2026-06-01 → 6月1日;
    any other key as written."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", key.strip())
    if match:
        return f"{match.group(1)}年{int(match.group(2))}月"
    day = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", key.strip())
    # (…and a span of days, 2026-07-06 至 07-31 → 7月6日—7月31日)
    span = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})\s*(?:至|到|—|–|~|-)\s*(?:\d{4}-)?(\d{1,2})-(\d{1,2})", key.strip())
    if span:
        return f"{int(span.group(2))}月{int(span.group(3))}日—{int(span.group(4))}月{int(span.group(5))}日"
    return f"{int(day.group(2))}月{int(day.group(3))}日" if day else key


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_MONTH_ONLY_RE = re.compile(r"^(\d{1,2})月(底|末|初|上旬|中旬|下旬|\d{1,2}[日号])?$")
_MD_RE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})$")
_YEARLESS_RE = re.compile(r"^(第?[1-4一二三四]季度(末|底|初)?|Q[1-4]|[上下]半年(末|底)?|年底|年末|年初)$")
# A deadline said as a limit: 12月20日前, 9月底之前, 2026-12-20以前.
_BEFORE_RE = re.compile(r"(?:之前|以前|前|为止|止)$")
_MONTH_EDGE_RE = re.compile(r"^(?:本月|这个月|当月|月)(底|末|初|上旬|中旬|下旬)$")


def read_date(text: str | date, *, year: int, after: date | None = None, today: date | None = None) -> date:
    """A date as typed; a missing year is `year` (or the next one, to land after `after`).

    "12月20日前" is 12月20日; "月底" is the end of `today`'s month (or, without `today`, of
    `after`'s), moved a month on when it would not land after `after`.
    Raises `UnreadableDate` with a Chinese message."""
    if isinstance(text, date):
        return text
    s = _compact(text).upper()
    if len(s) > 2:
        s = _BEFORE_RE.sub("", s)
    if m := _MONTH_EDGE_RE.match(s):
        base = today or after or date(year, 1, 1)
        for step in range(3):
            y, mo = base.year + (base.month - 1 + step) // 12, (base.month - 1 + step) % 12 + 1
            last = calendar.monthrange(y, mo)[1]
            guess = date(y, mo, {"初": 1, "上旬": 10, "中旬": 20}.get(m[1], last))
            if after is None or guess > after:
                return guess
    candidates: list[date] = []
    parsed = parse_date(s)
    if parsed is not None:
        return parsed
    m = _MD_RE.match(s)
    for y in (year, year + 1):
        if m:
            guess = parse_date(f"{y}-{int(m[1]):02d}-{int(m[2]):02d}")
        elif _MONTH_ONLY_RE.match(s) or _YEARLESS_RE.match(s):
            guess = parse_date(f"{y}年{s}")
        else:
            guess = None
        if guess is not None:
            candidates.append(guess)
    if not candidates:
        raise UnreadableDate(f"没看懂日期“{text}”，请写成 2026-06-30 或 2026年6月底。")
    if after is not None:
        for guess in candidates:
            if guess > after:
                return guess
    return candidates[0]


_YEAR_RE = re.compile(r"^(\d{4})年?度?$")
_MONTH_RE = re.compile(r"^(\d{4})(?:年|[-/.])(\d{1,2})月?(?:份)?$")
_QUARTER_RE = re.compile(r"^(\d{4})年?(?:第?([1-4一二三四])季度|Q([1-4]))$")
_HALF_RE = re.compile(r"^(\d{4})年?([上下])半年$")
_WEEK_RE = re.compile(r"^(\d{4})年?第?(\d{1,2})周$")


def _span(text: str, today: date | None) -> tuple[date, date] | None:
    """The first and last day a named period covers: 2026年11月, 2026年Q3, 上周 …"""
    s = _compact(text).upper()
    if today is not None:
        relative = {
            "本周": today - timedelta(days=today.weekday()),
            "这周": today - timedelta(days=today.weekday()),
            "上周": today - timedelta(days=today.weekday() + 7),
        }
        if s in relative:
            monday = relative[s]
            return monday, monday + timedelta(days=6)
        if s in ("本月", "这个月", "上月", "上个月"):
            first = today.replace(day=1)
            if s.startswith("上"):
                first = (first - timedelta(days=1)).replace(day=1)
            return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if m := _YEAR_RE.match(s):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := _MONTH_RE.match(s):
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return None
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if m := _QUARTER_RE.match(s):
        y = int(m[1])
        q = m[3] or m[2]
        n = "一二三四".index(q) + 1 if q in "一二三四" else int(q)
        return date(y, 3 * n - 2, 1), date(y, 3 * n, calendar.monthrange(y, 3 * n)[1])
    if m := _HALF_RE.match(s):
        y = int(m[1])
        return (date(y, 1, 1), date(y, 6, 30)) if m[2] == "上" else (date(y, 7, 1), date(y, 12, 31))
    if m := _WEEK_RE.match(s):
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return monday, monday + timedelta(days=6)
    if today is not None:
        return _yearless_span(s, today)
    return None


_YEARLESS_PERIOD_RE = re.compile(r"^(?:第?[1-4一二三四]季度|Q[1-4]|[上下]半年|\d{1,2}月份?)$")
_RELATIVE_QUARTER = {"本季度": 0, "这个季度": 0, "这季度": 0, "上季度": -1, "上个季度": -1, "上一季度": -1}


def _yearless_span(s: str, today: date) -> tuple[date, date] | None:
    """三季度, 上半年, 7月 without a year: the latest one that has begun by `today`;
    上季度 / 本季度 counted from `today`."""
    if s in _RELATIVE_QUARTER:
        index = today.year * 4 + (today.month - 1) // 3 + _RELATIVE_QUARTER[s]
        y, q = divmod(index, 4)
        return date(y, 3 * q + 1, 1), date(y, 3 * q + 3, calendar.monthrange(y, 3 * q + 3)[1])
    if s in ("今年", "本年", "全年", "本年度"):
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if s in ("去年", "上年", "上一年"):
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if not _YEARLESS_PERIOD_RE.match(s):
        return None
    for y in (today.year, today.year - 1):
        span = _span(f"{y}年{s}", None)
        if span is not None and span[0] <= today:
            return span
    return None


# 2026.7.1-2026.9.30, 2026/07/01-2026/09/30: a hyphen between two whole dates is a range.
_DATE_PAIR_RE = re.compile(r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[-~～](\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$")


_RANGE_SPLIT_RE = re.compile(r"\s*(?:至|到|~|—|–|\s-\s)\s*")


def read_period(text: str, today: date | None = None) -> tuple[date, date]:
    """"2026-11-01 至 2026-11-30", "2026年11月", "2026年Q3", "上周" → (start, end).

    `today` dates the relative periods (上周, 本月); without it they are not accepted, as
    in a facts file, which must mean the same tomorrow. Raises `UnreadableDate` with a
    Chinese message."""
    s = " ".join(unicodedata.normalize("NFKC", str(text)).split())
    if m := _DATE_PAIR_RE.match(s.replace(" ", "")):
        s = f"{m[1]} 至 {m[2]}"
    parts = [p for p in _RANGE_SPLIT_RE.split(s) if p]
    if len(parts) == 1:
        span = _span(parts[0], today)
        if span is None:
            raise UnreadableDate(
                f"没看懂时间段“{text}”，请写成 2026-07-01 至 2026-09-30，或 2026年第三季度、7月到9月、2026年11月。"
            )
        return span
    if len(parts) != 2:
        raise UnreadableDate(f"没看懂时间段“{text}”，请写成“开始日期 至 结束日期”。")
    first = _span(parts[0], today)
    start = first[0] if first else parse_date(parts[0].replace(" ", ""))
    if start is None and today is not None:
        try:  # 7月1日 without a year: the latest one that has come by today
            start = read_date(parts[0], year=today.year)
            if start > today:
                start = read_date(parts[0], year=today.year - 1)
        except UnreadableDate:
            start = None
    if start is None:
        raise UnreadableDate(f"没看懂开始日期“{parts[0]}”，请写成 2026-11-01。")
    last = _span(parts[1], None)
    if last is None and today is not None and _YEARLESS_PERIOD_RE.match(_compact(parts[1]).upper()):
        # 7月到9月: the end is in the start's year, or the next one (11月到1月)
        for y in (start.year, start.year + 1):
            last = _span(f"{y}年{_compact(parts[1]).upper()}", None)
            if last is not None and last[1] >= start:
                break
    elif last is None:
        last = _span(parts[1], today)
    end = last[1] if last else None
    if end is None:
        try:
            end = read_date(parts[1], year=start.year, after=start)
        except UnreadableDate:
            raise UnreadableDate(f"没看懂结束日期“{parts[1]}”，请写成 2026-11-30。") from None
    if end < start:
        raise UnreadableDate(f"结束日期 {end} 早于开始日期 {start}，请检查。")
    return start, end


_DAY_IN_TEXT = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?"
_RANGE_IN_TEXT_RE = re.compile(rf"({_DAY_IN_TEXT})\s*(?:至|到|~|～|—|–|-)\s*({_DAY_IN_TEXT})")
_NAMED_IN_TEXT_RE = re.compile(
    r"\d{4}\s*年?\s*(?:第?[1-4一二三四]\s*季度|Q[1-4]|[上下]半年|第?\d{1,2}\s*周|\d{1,2}\s*月份?)"
    r"|\d{4}\s*年度?", re.IGNORECASE)


def find_period(text: str) -> tuple[date, date] | None:
    """The period a title names, if it names one: “美洽 客服统计 2025-11-01 至 2025-11-30”,
    “2026年第三季度坐席报表”, “2026年度客服数据”. None when it names none (or two)."""
    s = unicodedata.normalize("NFKC", str(text))
    if m := _RANGE_IN_TEXT_RE.search(s):
        start, end = parse_date(_compact(m[1]).rstrip("号")), parse_date(_compact(m[2]).rstrip("号"))
        if start and end and start <= end:
            return start, end
    matches = list(_NAMED_IN_TEXT_RE.finditer(s))
    spans = [_span(m[0], None) for m in matches]
    found = set(spans) - {None}
    if len(found) == 1:
        return found.pop()
    if len(matches) == 2 and None not in spans and re.fullmatch(r"\s*(?:至|到|~|～|—|–|-)\s*",
                                                                 s[matches[0].end():matches[1].start()]):
        first, last = spans[0], spans[1]
        if first[0] <= last[1]:
            return first[0], last[1]
    return None
