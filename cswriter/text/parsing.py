"""Parsing the values people type: numbers with separators or 万, dates written in Chinese.

Shared by the facts model (lenient about "125,380" or "95.2%") and the interview, which
takes answers such as "12.5万件" or "2026年6月底".
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}

_NUMBER_RE = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_MULTIPLIER_RE = re.compile(r"^(?P<num>.+?)(?P<mult>[万亿])$")


def chinese_numeral_to_int(text: str) -> int | None:
    """两万五千 → 25000, 十二 → 12, 一百零五 → 105; None if `text` is not a numeral."""
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS and ch not in _CN_BIG
                       for ch in text):
        return None
    # total: everything before the last 亿; wan: the 万-group inside the current 亿-group.
    total, wan, section, digit = 0, 0, 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        elif ch == "万":
            wan += (section + (digit or 0)) * 10_000
            section, digit = 0, None
        else:  # 亿
            total = (total + wan + section + (digit or 0)) * 100_000_000
            wan, section, digit = 0, 0, None
    return total + wan + section + (digit or 0)


def parse_number(text: str | float | int) -> float | None:
    """"125,380" → 125380, "12.5万" → 125000, "95.2%" → 95.2, "两万五千" → 25000."""
    if isinstance(text, bool):
        return None
    if isinstance(text, (int, float)):
        return float(text)
    s = text.strip().replace(",", ",").replace(" ", "").rstrip("%%")
    if not s:
        return None
    multiplier = 1.0
    m = _MULTIPLIER_RE.match(s)
    if m and (_NUMBER_RE.match(m["num"]) or chinese_numeral_to_int(m["num"]) is not None):
        multiplier = float(_CN_BIG[m["mult"]])
        s = m["num"]
    if _NUMBER_RE.match(s):
        return float(s.replace(",", "")) * multiplier
    value = chinese_numeral_to_int(s)
    return float(value) * multiplier if value is not None else None


_ISO_RE = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$")
_CN_DATE_RE = re.compile(
    r"^(?P<y>\d{4})年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号]|(?P<edge>底|末|初|上旬|中旬|下旬))?"
    r"|(?P<yedge>底|末|初|年底|年末)|第?(?P<q>[1-4一二三四])季度(?P<qedge>末|底|初)?"
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
    if m["yedge"] == "初":
        return date(y, 1, 1)
    return date(y, 12, 31)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# A figure in free text: an Arabic number, or a Chinese numeral followed by a measure word.
_FIGURE_RE = re.compile(
    r"\d|百分之[零一二三四五六七八九十百]+|[零一二两三四五六七八九十百千万]+"
    r"(?:个|件|次|条|人|位|名|天|小时|分钟|秒|周|月|年|倍|成|项|场|通|单|户|起|例)"
)


def has_figure(text: str | None) -> bool:
    """True when the text states at least one figure (72小时, 47条, 百分之八十, 两倍)."""
    return bool(text and _FIGURE_RE.search(text))
