"""Inline suppression comments in drafts.

    <!-- cswriter-disable CS101 CS2 -->   … text …   <!-- cswriter-enable CS101 CS2 -->
    <!-- cswriter-disable -->             … text …   <!-- cswriter-enable -->

Codes may be full codes or family prefixes (CS1); codes are separated by spaces or commas.
A bare `disable` switches every rule off until a bare `enable` (or the end of the text);
`cswriter-disable-next-line` applies to the following line only. The same comments work in
.txt and .docx drafts, since they are plain text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cswriter import regexcache

_COMMENT = regexcache.compile(
    r"<!--\s*cswriter-(disable-next-line|disable|enable)\b([^>]*?)-->", re.IGNORECASE
)


class SuppressedRange(NamedTuple):  # not a frozen dataclass: cheaper to define at start-up
    start: int
    end: int
    codes: tuple[str, ...] | None  # None: every rule

    def covers(self, offset: int, code: str) -> bool:
        if not self.start <= offset < self.end:
            return False
        return self.codes is None or any(code.startswith(c) for c in self.codes)


def _codes(raw: str) -> tuple[str, ...] | None:
    codes = tuple(c.upper() for c in re.split(r"[\s,，]+", raw.strip()) if c)
    return codes or None


def suppressed_ranges(text: str) -> list[SuppressedRange]:
    if "cswriter-" not in text:
        return []
    ranges: list[SuppressedRange] = []
    open_all: int | None = None
    open_codes: dict[str, int] = {}
    for m in _COMMENT.finditer(text):
        action, codes = m.group(1).lower(), _codes(m.group(2))
        if action == "disable-next-line":
            line_end = text.find("\n", m.end())
            if line_end < 0:
                continue
            next_end = text.find("\n", line_end + 1)
            ranges.append(SuppressedRange(line_end + 1, len(text) if next_end < 0 else next_end, codes))
        elif action == "disable":
            if codes is None:
                open_all = m.end() if open_all is None else open_all
            else:
                for c in codes:
                    open_codes.setdefault(c, m.end())
        else:  # enable
            if codes is None:
                if open_all is not None:
                    ranges.append(SuppressedRange(open_all, m.start(), None))
                    open_all = None
                for c, start in open_codes.items():
                    ranges.append(SuppressedRange(start, m.start(), (c,)))
                open_codes.clear()
            else:
                for c in codes:
                    start = open_codes.pop(c, None)
                    if start is not None:
                        ranges.append(SuppressedRange(start, m.start(), (c,)))
    if open_all is not None:
        ranges.append(SuppressedRange(open_all, len(text), None))
    for c, start in open_codes.items():
        ranges.append(SuppressedRange(start, len(text), (c,)))
    return ranges


def is_suppressed(ranges: list[SuppressedRange], offset: int, code: str) -> bool:
    return any(r.covers(offset, code) for r in ranges)
