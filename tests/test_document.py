"""Sentence and clause splitting, stated as properties of the spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from helpers import examples

from cswriter.lint.document import split_clauses, split_sentences

ALPHABET = "。！？!?；;\n.，、：,: \t\u3000aZ09客服率"
SPACES = " \t\u3000"


def _is_end(text: str, i: int, ends: str) -> bool:
    ch = text[i]
    if ch == ".":
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())
    if ch in ",:" and "," in ends:
        between_digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        return not between_digits
    return ch in ends


def _check(text: str, spans: list[tuple[int, int]], ends: str) -> None:
    covered = set()
    last_end = 0
    for start, end in spans:
        assert last_end <= start < end <= len(text)
        if last_end:  # maximal: neighbouring spans are parted by an end mark, not just spaces
            assert any(_is_end(text, i, ends) for i in range(last_end, start)), (text, last_end, start)
        assert text[start] not in SPACES and text[end - 1] not in SPACES
        assert not any(_is_end(text, i, ends) for i in range(start, end)), (text, start, end)
        covered.update(range(start, end))
        last_end = end
    # Everything outside the spans is an end mark or a space.
    for i, ch in enumerate(text):
        if i not in covered:
            assert ch in SPACES or _is_end(text, i, ends), (text, i)


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_sentences_are_maximal_trimmed_runs_between_end_marks(text):
    _check(text, split_sentences(text), "。！？!?；;\n.")


@settings(max_examples=examples(500), deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_clauses_also_end_at_commas_and_colons_not_between_digits(text):
    _check(text, split_clauses(text), "。！？!?；;\n.，、：,:")


def test_numbers_keep_their_separators():
    text = "全年处理125,380件,满意度98.5%;9:00开始。下一句"
    assert [text[s:e] for s, e in split_sentences(text)] == ["全年处理125,380件,满意度98.5%", "9:00开始", "下一句"]
    assert [text[s:e] for s, e in split_clauses(text)] == ["全年处理125,380件", "满意度98.5%", "9:00开始", "下一句"]
