"""Chinese script: traditional characters read as simplified, offsets unchanged.

Pasted drafts are often in traditional characters (網頁, 轉貼), which hide every word the
linter lists in simplified form. `to_simplified` maps character for character with a table
generated from OpenCC (scripts/gen_t2s.py), so the result has the same length as the input
and every offset found in it points at the same character of the original. The table is a
26 KB text file read on first use (under 1 ms); a draft with no traditional character is
returned as it is after one set intersection.
"""

from __future__ import annotations

import functools


@functools.cache
def _table() -> tuple[frozenset[str], dict[int, int]]:
    from cswriter.datacache import data_path

    lines = [line for line in data_path("t2s.txt").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return frozenset(lines[0]), str.maketrans(lines[0], lines[1])


def to_simplified(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones; same length."""
    traditional, table = _table()
    if traditional.isdisjoint(text):
        return text
    return text.translate(table)
