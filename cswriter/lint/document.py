"""A draft prepared for the rules: sentences, clauses, numbers and positions.

Splitting is on Chinese punctuation and its half-width forms, because pasted drafts (and
the seed pages) often carry half-width commas and colons inside Chinese sentences. A comma
or colon between digits (125,380; 9:00) and a point inside a decimal (98.5) split nothing.
Numbers come from `cswriter.text.numbers` and are computed once per draft, lazily, so rules
that never look at numbers cost nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from typing import TYPE_CHECKING

from cswriter import regexcache

if TYPE_CHECKING:
    from cswriter.text.numbers import NumberMention

Span = tuple[int, int]

# Sentence ends: full stops, question and exclamation marks, semicolons, line breaks. A
# half-width point ends a sentence only when it is not inside a number or a word (3.1, v2.0),
# i.e. when neither neighbour is an ASCII letter or digit. Clauses also end at commas,
# enumeration commas and colons, unless digits stand on both sides (125,380; 9:00).
#
# The patterns match the *content* between the ends, trimmed of spaces, so that one
# `finditer` yields the spans with no Python work per separator (splitting is ~10 % of a
# warm lint run).
_SPACE = " \t\u3000"
_POINT_IN_WORD = r"(?<=[0-9A-Za-z])\.|\.(?=[0-9A-Za-z])"
_SENTENCE_ENDS = "。！？!?；;\n."
_CLAUSE_ENDS = _SENTENCE_ENDS + "，、：,:"
_MARK_BETWEEN_DIGITS = r"(?<=\d)[,:](?=\d)"


def _content_pattern(ends: str, allowed: str) -> re.Pattern[str]:
    # Starts on a non-space; then, repeatedly, spaces followed by a run of ordinary
    # characters taken whole (2× faster than one character per step), so trailing spaces are
    # never taken. Spaces and runs are disjoint classes and every quantifier is possessive:
    # no input can make the engine backtrack (a run of spaces once took exponential time).
    edge = f"[^{ends}{_SPACE}]|{allowed}"
    return regexcache.compile(f"(?:{edge})(?:[{_SPACE}]*+(?:[^{ends}{_SPACE}]++|{allowed}))*+")


_SENTENCE = _content_pattern(re.escape(_SENTENCE_ENDS), _POINT_IN_WORD)
_CLAUSE = _content_pattern(re.escape(_CLAUSE_ENDS), f"{_POINT_IN_WORD}|{_MARK_BETWEEN_DIGITS}")


def _spans(text: str, pattern: re.Pattern[str]) -> list[Span]:
    return [m.span() for m in pattern.finditer(text)]


def split_sentences(text: str) -> list[Span]:
    """(start, end) of each sentence, without its closing punctuation or surrounding spaces."""
    return _spans(text, _SENTENCE)


def split_clauses(text: str) -> list[Span]:
    """(start, end) of each clause: sentences cut further at commas, 、 and colons."""
    return _spans(text, _CLAUSE)


# After a bare number: a list mark, then no digit (1. 客户…, 2、处理…; not 3.5 or 1.2万).
_LIST_NUMBER = regexcache.compile(r"[.．、](?![0-9０-９])")
_CJK = regexcache.compile(r"[\u4e00-\u9fff]")
# A count right before a noun (22个省份, 3名新坐席) says who or what, not how much.
_SCOPE_COUNT_AFTER = _CJK
_MEASURE_BACK = 120
# After a duration: words that make it the time since or after which something holds (两周
# 后, 三年来, 试点期间, 上线一个月内，…). 24小时内回访 is not one: a time limit before the
# action measures how fast (及时回访).
_TIME_ANCHOR_AFTER = regexcache.compile(r"(?:之后|以后|后|以来|来|期间|左右后|(?:以内|之内|内)(?=[，,、]))")


class LineIndex:
    """Offset → (line, column), both 1-based, counting Unicode characters."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1


# A line of a Markdown table, and the rule under its header (| --- | :---: |).
_TABLE_LINE = regexcache.compile(r"^[ \t]*\|.*$", re.M)
_TABLE_RULE = regexcache.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?(?:-{3,}:?)?\s*")


class Document:
    """One draft as the rules see it.

    `text` is what positions refer to; markup that is not prose (code blocks, comments,
    URLs) has already been blanked out with spaces of the same length by the reader, so
    offsets still match the file.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.memo: dict = {}  # per-document results rules share (plan sentences, PII)

    @cached_property
    def sentences(self) -> list[Span]:
        return split_sentences(self.text)

    @cached_property
    def clauses(self) -> list[Span]:
        return split_clauses(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @cached_property
    def _clause_starts(self) -> list[int]:
        return [s for s, _ in self.clauses]

    def _find(self, spans: list[Span], starts: list[int], pos: int) -> int:
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 and spans[i][0] <= pos < spans[i][1] else -1

    def sentence_at(self, pos: int) -> Span:
        i = self._find(self.sentences, self._sentence_starts, pos)
        return self.sentences[i] if i >= 0 else (pos, pos)

    def clause_index(self, pos: int) -> int:
        return self._find(self.clauses, self._clause_starts, pos)

    def clause_at(self, pos: int) -> Span:
        i = self.clause_index(pos)
        return self.clauses[i] if i >= 0 else (pos, pos)

    # Markdown tables ---------------------------------------------------------------------

    @cached_property
    def _table_rows(self) -> list[tuple[int, int, int]]:
        """Every body row of a Markdown table as (row start, row end, header row start), found
        in one pass: a table is a header row, a |---| rule, then rows that start with |."""
        rows: list[tuple[int, int, int]] = []
        header = rule_seen = -1
        previous = -1
        for m in _TABLE_LINE.finditer(self.text):
            start, end = m.span()
            if previous < 0 or self.text[previous:start].count("\n") != 1:
                header, rule_seen = start, -1  # a new block: its first line is the header
            elif rule_seen < 0 and _TABLE_RULE.fullmatch(m.group().strip()):
                rule_seen = start
            elif rule_seen >= 0:
                rows.append((start, end, header))
            previous = start
        return rows

    def table_header_cell(self, pos: int) -> str | None:
        """The header of the column `pos` stands in, when it is in a Markdown table's body."""
        rows = self._table_rows
        i = bisect_right(rows, (pos, float("inf"))) - 1
        if i < 0 or not rows[i][0] <= pos < rows[i][1]:
            return None
        row_start, _, header_start = rows[i]
        column = self.text.count("|", row_start, pos) - 1
        header_end = self.text.find("\n", header_start)
        cells = self.text[header_start:header_end if header_end >= 0 else None].strip().strip("|").split("|")
        return cells[column].strip() if 0 <= column < len(cells) else None

    # Numbers ---------------------------------------------------------------------------

    @cached_property
    def numbers(self) -> list[NumberMention]:
        from cswriter.text.numbers import find_numbers

        return find_numbers(self.text)

    @cached_property
    def metric_numbers(self) -> list[NumberMention]:
        """Numbers that state an amount: not dates, periods, ordinals or list numbering
        (the 1 of "1. 客户调研结果", "2、处理问题", glued into running text by pasting)."""
        text = self.text
        return [n for n in self.numbers if n.kind not in ("date", "period", "ordinal")
                and not (n.kind == "plain" and _LIST_NUMBER.match(text, n.end))]

    @cached_property
    def measures(self) -> list[NumberMention]:
        """Metric numbers that can measure a claim: not the time a change took or since
        when it holds (上线两周后, 近三年来), which says when, not how much, and not a
        bare number that names something (12345热线, 95598客服)."""
        text = self.text
        return [n for n in self.metric_numbers
                if not (n.kind == "duration" and _TIME_ANCHOR_AFTER.match(text, n.end))
                and not (n.kind == "plain" and _CJK.match(text, n.end))]

    @cached_property
    def _measure_starts(self) -> list[int]:
        return [n.start for n in self.measures]

    @cached_property
    def clause_measure_counts(self) -> list[int]:
        """How many measuring numbers start in each clause (aligned with `clauses`)."""
        starts = self._measure_starts
        return [bisect_right(starts, e - 1) - bisect_right(starts, s - 1) for s, e in self.clauses]

    def has_measure_for(self, start: int, end: int, pos: int, pos_end: int) -> bool:
        """Is there a number in the clause [start, end) that can measure a claim at
        pos..pos_end? Any number after the claim can; before it, a count that opens a noun
        phrase (22个省份的业务量有所增长) is the scope, not the amount. Looks back at most
        `_MEASURE_BACK` characters, so that text without punctuation stays linear."""
        if self.count_measures(pos_end, end):
            return True
        lo = max(start, pos - _MEASURE_BACK)
        starts, nums, text = self._measure_starts, self.measures, self.text
        i, j = bisect_right(starts, lo - 1), bisect_right(starts, pos - 1)
        return any(not (n.kind == "count" and _SCOPE_COUNT_AFTER.match(text, n.end)) for n in nums[i:j])

    def has_amount_in(self, start: int, end: int) -> bool:
        """Is there a number in [start, end) that states an amount, not just the scope: a
        count that opens a noun phrase (两名实习生, 22个省份) says who or what, not how much."""
        starts, nums, text = self._measure_starts, self.measures, self.text
        i, j = bisect_right(starts, start - 1), bisect_right(starts, end - 1)
        return any(not (n.kind == "count" and _SCOPE_COUNT_AFTER.match(text, n.end)) for n in nums[i:j])

    def count_measures(self, start: int, end: int) -> int:
        """How many measuring numbers start in [start, end)."""
        if end <= start:
            return 0
        starts = self._measure_starts
        return bisect_right(starts, end - 1) - bisect_right(starts, start - 1)

    @cached_property
    def _metric_starts(self) -> list[int]:
        return [n.start for n in self.metric_numbers]

    @cached_property
    def _any_starts(self) -> list[int]:
        return [n.start for n in self.numbers]

    def metric_numbers_in(self, start: int, end: int) -> list[NumberMention]:
        i = bisect_right(self._metric_starts, start - 1)
        out = []
        nums = self.metric_numbers
        while i < len(nums) and nums[i].start < end:
            out.append(nums[i])
            i += 1
        return out

    def numbers_in(self, start: int, end: int) -> list[NumberMention]:
        i = bisect_right(self._any_starts, start - 1)
        out = []
        nums = self.numbers
        while i < len(nums) and nums[i].start < end:
            out.append(nums[i])
            i += 1
        return out

    def count_metric_numbers(self, start: int, end: int) -> int:
        """How many metric numbers start in [start, end)."""
        if end <= start:
            return 0
        starts = self._metric_starts
        return bisect_right(starts, end - 1) - bisect_right(starts, start - 1)

    @cached_property
    def line_index(self) -> LineIndex:
        return LineIndex(self.text)
