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
import re


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


# Characters pasted text carries inside words that hide them from matching: pinyin added
# after traditional characters by some sites (業(yè)管部, 齊心協(xié)力) and zero-width characters.
# Only a parenthesis (half- or full-width) holding up to four syllables, one of them with a
# tone mark, counts (顯著(xiǎn zhù), 總結（jié）), so (App) or (CSAT) stay.
_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = rf"[a-zü{_TONES}]{{1,7}}"
_NOISE_SOURCE = (rf"(?<=[\u3400-\u9fff])[(（](?=[a-zü ]*[{_TONES}]){_SYLLABLE}(?: {_SYLLABLE}){{0,3}}[)）]"
                 r"|[\u200b-\u200d\u2060\ufeff]")


@functools.cache
def _noise() -> re.Pattern[str]:
    # Compiled on first need only: most drafts have neither pinyin nor zero-width characters.
    from cswriter import regexcache

    return regexcache.compile(_NOISE_SOURCE)


def matching_view(text: str) -> tuple[str, list[int] | None]:
    """The text words are matched on: simplified script, without pinyin annotations and
    zero-width characters. Returns (view, positions) where positions[i] is the offset in
    `text` of view character i (and positions[len(view)] == len(text)), or None when the
    view has the same offsets as the text."""
    if "(" not in text and "（" not in text and not any(ch in text for ch in "\u200b\u200c\u200d\u2060\ufeff"):
        return to_simplified(text), None
    pieces: list[str] = []
    positions: list[int] = []
    pos = 0
    for m in _noise().finditer(text):
        pieces.append(text[pos:m.start()])
        positions.extend(range(pos, m.start()))
        pos = m.end()
    if not pieces:
        return to_simplified(text), None
    pieces.append(text[pos:])
    positions.extend(range(pos, len(text) + 1))
    return to_simplified("".join(pieces)), positions
