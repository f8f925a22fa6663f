"""Personal data in drafts: finding it (lint family CS6xx) and masking it (before prompts).

Customer-service cases quote customers, and phone numbers, ID numbers, bank cards and
e-mail addresses slip into summaries. `find_pii` finds them with checks that keep false
alarms rare (ID numbers must pass the GB 11643 checksum and carry a plausible birth date,
bank cards must pass Luhn); `redact` masks them the way Chinese service systems display
them (138****5678), so a masked number is never flagged again.

Both work on the text *folded* one character for one (`fold`): full-width, Arabic-Indic,
circled and other Unicode digits and Chinese numerals become ASCII digits, every Unicode
space a space and every dash, slash or underscore a hyphen. So `１３８　１２３４　５６７８`,
`138_1234_5678`, `١٣٨…` and `一三八…` are all found, and positions hold for the original.
The patterns are compiled with plain `re`, never taken from the program cache on disk: what
is masked must not depend on a file someone else could write.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import Literal, NamedTuple

PiiKind = Literal["mobile", "landline", "id_card", "bank_card", "email"]


class PiiMatch(NamedTuple):
    start: int
    end: int
    kind: PiiKind
    text: str


# Digits glued to other digits or letters are part of a longer token (order numbers, URLs),
# so every pattern is bounded by "no ASCII alphanumeric on either side". Each pattern opens
# with a lookahead for its first character: that lets the regex engine skip ahead to the
# candidates instead of trying the lookbehind at every position (twice as fast on drafts).
_B = r"(?<![0-9A-Za-z])"
_E = r"(?![0-9A-Za-z])"

# Domains may be internationalised (例子.中国, 公司.cn): labels of letters, digits, hyphens or
# Chinese characters; the top-level domain ASCII, or one of the Chinese ones in use.
_CJK_TLDS = "中国|中國|公司|网络|網絡|香港|台湾|台灣|集团|在线|商城|网店|移动|企业|信息|手机|我爱你"
_EMAIL = re.compile(r"(?=[A-Za-z0-9\u4e00-\u9fff])(?<![A-Za-z0-9._%+-])(?:[A-Za-z0-9][A-Za-z0-9._%+-]*|[\u4e00-\u9fff]{1,8})"
                    r"@(?:[A-Za-z0-9\u4e00-\u9fff-]+\.)+(?:[A-Za-z]{2,}(?![A-Za-z0-9])|(?:" + _CJK_TLDS + r"))")
# 18-digit resident ID: region(6) birth date(8) sequence(3) check digit (0-9 or X).
_ID_CARD = re.compile(r"(?=[1-9])" + _B + r"[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]" + _E)
# Mobile numbers: 1[3-9]x, optionally +86, optionally grouped 3-4-4 by a space or hyphen.
_MOBILE = re.compile(r"(?=[+0-9(])" + _B + r"(?:(?:\+|00)?86[ -]?)?(?:1[3-9]\d|\(1[3-9]\d\))(?:[ .-]?\d{4}){2}" + _E)
# Landlines: area code 0xx/0xxx, hyphen or parentheses, 7-8 digits, optional extension.
_LANDLINE = re.compile(r"(?=[(0])" + _B + r"(?:\(0\d{2,3}\)|(?:0\d{2,3}))[ -]?[1-9]\d{6,7}(?:-\d{1,5})?" + _E)
# Bank cards: 16-19 digits, optionally grouped by spaces or hyphens (4-4-4-4[-3]).
_BANK_CARD = re.compile(r"(?=[1-9])" + _B + r"[1-9]\d{3}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?" + _E)

_DIGIT_RUN = re.compile(r"\d{3}\)?[ .-]?\d{4}")

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_checksum_ok(number: str) -> bool:
    """GB 11643-1999 check digit of an 18-digit resident ID number."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17].upper()


def luhn_ok(digits: str) -> bool:
    """The Luhn check used by UnionPay, Visa and Mastercard card numbers."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit() or ch in "Xx")


# --- folding: one character for one ------------------------------------------------------------

_CHINESE_DIGITS = {"〇": "0", "零": "0", "一": "1", "幺": "1", "二": "2", "三": "3", "四": "4", "五": "5",
                   "六": "6", "七": "7", "八": "8", "九": "9", "壹": "1", "贰": "2", "貳": "2", "叁": "3",
                   "參": "3", "肆": "4", "伍": "5", "陆": "6", "陸": "6", "柒": "7", "捌": "8", "玖": "9"}
_SEPARATORS = "_/\\|~"


class _Fold(dict):
    """`str.translate` table built as characters are met: only the few distinct characters
    of a text are ever looked up."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        out = ch
        if ch in _SEPARATORS:
            out = "-"
        elif code >= 0x80:
            digit = unicodedata.digit(ch, None)
            if digit is not None:
                out = str(digit)
            elif ch in _CHINESE_DIGITS:
                out = _CHINESE_DIGITS[ch]
            else:
                category = unicodedata.category(ch)
                if category == "Zs" or ch in "\u200b\u2060\ufeff":
                    out = " "
                elif category == "Pd" or ch in "\u2212\u2043\ufe63\uff0d\u30fc\uff5e\u301c\u00b7\u30fb\u2027\u2219":
                    out = "-"
                else:
                    folded = unicodedata.normalize("NFKC", ch)
                    if len(folded) == 1 and folded.isascii() and folded.isprintable():
                        out = folded
        self[code] = ord(out)
        return ord(out)


_FOLD = _Fold()


def fold(text: str) -> str:
    """`text` with every digit form an ASCII digit and every separator a space or a hyphen,
    one character for one (positions in the result are positions in `text`)."""
    return text if text.isascii() and not any(c in _SEPARATORS for c in text) else text.translate(_FOLD)


def find_pii(text: str) -> list[PiiMatch]:
    """Every piece of personal data in `text`, in order, without overlaps; matched on the
    folded text (see `fold`), reported with the original characters."""
    folded = fold(text)
    return [PiiMatch(m.start, m.end, m.kind, text[m.start:m.end]) for m in _find_pii_folded(folded)]


def _find_pii_folded(text: str) -> list[PiiMatch]:
    found: list[PiiMatch] = []
    # The spans taken so far, sorted and never overlapping, as their starts and their ends:
    # a new span is free when it ends before the next start and begins after the end before
    # (a log search, so a prompt with thousands of numbers stays linear).
    starts: list[int] = []
    ends: list[int] = []

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start)
        return (i == 0 or ends[i - 1] <= start) and (i == len(starts) or end <= starts[i])

    def add(start: int, end: int, kind: PiiKind) -> None:
        found.append(PiiMatch(start, end, kind, text[start:end]))
        i = bisect.bisect_right(starts, start)
        starts.insert(i, start)
        ends.insert(i, end)

    if "@" in text:
        for m in _EMAIL.finditer(text):
            add(m.start(), m.end(), "email")
    # Cheap exit: every remaining kind holds three digits, at most a space or hyphen, then
    # four more (138 1234…, 0571-8888…, 6222 0212…, and any 18-digit ID); report figures
    # such as 125,380 or 98.5% never do, so most drafts skip the four scans below.
    if _DIGIT_RUN.search(text) is None:
        return sorted(found)
    # Most specific first, so an ID number is never also reported as a bank card.
    for m in _ID_CARD.finditer(text):
        if id_checksum_ok(m.group()) and free(m.start(), m.end()):
            add(m.start(), m.end(), "id_card")
    for m in _MOBILE.finditer(text):
        if free(m.start(), m.end()):
            add(m.start(), m.end(), "mobile")
    for m in _BANK_CARD.finditer(text):
        digits = _digits(m.group())
        if 16 <= len(digits) <= 19 and luhn_ok(digits) and free(m.start(), m.end()):
            add(m.start(), m.end(), "bank_card")
    for m in _LANDLINE.finditer(text):
        if free(m.start(), m.end()):
            add(m.start(), m.end(), "landline")
    return sorted(found)


def mask(match: PiiMatch) -> str:
    """The masked form of one match, as service systems display it."""
    t = fold(match.text)
    if match.kind == "email":
        local, _, domain = match.text.partition("@")
        return f"{local[0]}***@{domain}"
    if match.kind == "mobile":
        digits = _digits(t)
        return f"{digits[-11:-8]}****{digits[-4:]}"
    if match.kind == "id_card":
        return f"{t[:6]}********{t[-4:]}"
    if match.kind == "bank_card":
        digits = _digits(t)
        return f"{digits[:4]}{'*' * (len(digits) - 8)}{digits[-4:]}"
    # Landline: keep the area code and the last four digits.
    head, sep, rest = t.rpartition("-") if "-" in t else ("", "", t)
    digits = _digits(rest)
    return f"{head}{sep}{'*' * (len(digits) - 4)}{digits[-4:]}"


def redact(text: str) -> str:
    """`text` with every phone number, ID number, bank card and e-mail address masked."""
    matches = find_pii(text)
    if not matches:
        return text
    out: list[str] = []
    pos = 0
    for m in matches:
        out.append(text[pos:m.start])
        out.append(mask(m))
        pos = m.end
    out.append(text[pos:])
    return "".join(out)


# --- masking a whole prompt before it leaves the machine ----------------------------------------
#
# The linter's `find_pii` keeps false alarms rare in drafts. A prompt needs the opposite
# trade-off: everything that could be a phone, ID or card number is masked, including the
# shapes people type — full-width digits (１３８…), numbers grouped by dots or spaces
# (138.1234.5678, 110101 19900307 123X) — and numbers glued to other digits by a template
# (a team name ending in a phone number, followed by the year of the title).
# Plain `re` here, not the program cache: masking must not depend on a file on disk.

_LOOSE_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?:\+?86[ .\-]?)?\(?\d(?:[ .\-·()]{0,2}[\dXx]){6,}")
_GROUP = re.compile(r"[\dXx]+")
_GLUED_MOBILE = re.compile(r"1[3-9]\d{9}")


_NUMBER_LENGTHS = frozenset({11, 13, 16, 17, 18, 19})
_MAX_GROUPS = 6
"""Most groups one number is typed in (a card: 4-4-4-4-3; an ID: 6-8-4; +86 138 1234 5678)."""


def _classify_digits(digits: str) -> PiiKind | None:
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789":
        return "mobile"
    if len(digits) == 18 and id_checksum_ok(digits):
        return "id_card"
    if digits.isdigit() and 16 <= len(digits) <= 19 and luhn_ok(digits):
        return "bank_card"
    return None


class _Taken:
    """Non-overlapping spans, sorted, with a logarithmic overlap test (hostile prompts can
    hold thousands of numbers)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)

    def free(self, start: int, end: int) -> bool:
        import bisect

        index = bisect.bisect_left(self.spans, (start, end))
        if index < len(self.spans) and self.spans[index][0] < end:
            return False
        return not (index > 0 and self.spans[index - 1][1] > start)

    def append(self, span: tuple[int, int]) -> None:
        import bisect

        bisect.insort(self.spans, span)


def _loose_matches(text: str, spans_taken: list[tuple[int, int]]) -> list[PiiMatch]:
    found: list[PiiMatch] = []
    taken = _Taken(spans_taken)
    free = taken.free

    for m in _LOOSE_NUMBER.finditer(text):
        # Try the whole run, then every run of consecutive groups, longest first: a phone
        # number followed by a year is two groups, or one glued group (handled below).
        pieces = [(g.start(), g.end(), g.group()) for g in _GROUP.finditer(m.group())]
        # Only runs of a few groups short enough to be one number (at most 21 digits with a
        # +86 prefix), classified only at the lengths a number can have: a hostile run of
        # thousands of spaced digits stays linear.
        spans: list[tuple[int, int, PiiKind]] = []
        for i in range(len(pieces)):
            digits = ""
            for j in range(i, min(i + _MAX_GROUPS, len(pieces))):
                digits += pieces[j][2]
                if len(digits) > 21:
                    break
                if len(digits) in _NUMBER_LENGTHS:
                    kind = _classify_digits(digits)
                    if kind:
                        spans.append((i, j, kind))
        spans.sort(key=lambda span: span[0] - span[1])
        for i, j, kind in spans:
            start, end = m.start() + pieces[i][0], m.start() + pieces[j][1]
            if free(start, end):
                found.append(PiiMatch(start, end, kind, text[start:end]))
                taken.append((start, end))
        # A mobile number glued in front of more digits (…138123456782025年度…).
        for g in _GLUED_MOBILE.finditer(text, m.start(), m.end()):
            if free(g.start(), g.end()) and (g.start() == 0 or not text[g.start() - 1].isdigit()):
                found.append(PiiMatch(g.start(), g.end(), "mobile", g.group()))
                taken.append((g.start(), g.end()))
    return found


def find_pii_in_prompt(text: str) -> list[PiiMatch]:
    """Every piece of personal data a prompt may carry, on the wide side (see above).

    Matches are reported on the text with full-width characters folded to ASCII; the
    folding is one character for one, so positions hold for the original text too."""
    folded = fold(text)
    matches = _find_pii_folded(folded)
    taken = [(m.start, m.end) for m in matches]
    matches += _loose_matches(folded, taken)
    matches += _loose_landlines(folded, [(m.start, m.end) for m in matches])
    return sorted(PiiMatch(m.start, m.end, m.kind, text[m.start:m.end]) for m in matches)


# A landline in a prompt: area code 0xx/0xxx, any separator, 7-8 digits — whatever digit
# the number starts with (010-12345678 too).
_LOOSE_LANDLINE = re.compile(r"(?<![0-9A-Za-z])\(?0\d{2,3}\)?[ \-.]{0,2}\d{7,8}(?![0-9])")


def _loose_landlines(text: str, spans_taken: list[tuple[int, int]]) -> list[PiiMatch]:
    taken = _Taken(spans_taken)
    found = []
    for m in _LOOSE_LANDLINE.finditer(text):
        if taken.free(m.start(), m.end()):
            found.append(PiiMatch(m.start(), m.end(), "landline", m.group()))
            taken.append((m.start(), m.end()))
    return found


def redact_prompt(text: str, known: dict[str, str] | None = None) -> str:
    """A prompt with personal data masked: first the exact strings in `known` (raw text →
    mask, found earlier in the facts' own fields), then everything `find_pii_in_prompt` finds."""
    for raw in sorted(known or {}, key=len, reverse=True):
        text = text.replace(raw, known[raw])
    matches = find_pii_in_prompt(text)
    if not matches:
        return text
    out: list[str] = []
    pos = 0
    for m in matches:
        out.append(text[pos:m.start])
        out.append(mask(m))
        pos = m.end
    out.append(text[pos:])
    return "".join(out)


def known_pii(strings: list[str]) -> dict[str, str]:
    """Raw personal data found in separate fields (raw → mask), to mask wherever those strings
    end up in a prompt, even glued to other text."""
    known: dict[str, str] = {}
    for value in strings:
        for m in find_pii_in_prompt(value):
            known[value[m.start:m.end]] = mask(m)
    return known
