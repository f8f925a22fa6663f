"""Dates as people write them in a facts file or an answer: 2026-06-30, 2026年6月底, 2026年Q2.

Figures (numbers, units, Chinese numerals) are read by `cswriter.text.numbers`; this module
reads a date that stands alone as a value and maps a period's end (月底, 第二季度末, 上半年) to
its last day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

__all__ = ["parse_date"]

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
