"""The trie regex finds what a plain longest-first word scan finds, however many words."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from helpers import examples

from cswriter.lint.matching import compile_words, exempt_at, trie_pattern

# Few distinct characters, so words share prefixes and overlap in the text.
ALPHABET = "有效期基本信息较去年显著提升部分客户-]^\\"
words_strategy = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=4), min_size=1, max_size=40)


def reference_scan(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Leftmost position first, the longest word there, then continue after it."""
    spans, pos = [], 0
    by_length = sorted(set(words), key=len, reverse=True)
    while pos < len(text):
        for word in by_length:
            if text.startswith(word, pos):
                spans.append((pos, pos + len(word)))
                pos += len(word)
                break
        else:
            pos += 1
    return spans


@settings(max_examples=examples(300), deadline=None)
@given(words=words_strategy, text=st.text(alphabet=ALPHABET, max_size=60))
def test_trie_regex_equals_a_longest_first_scan(words, text):
    found = [m.span() for m in compile_words(words).finditer(text)]
    assert found == reference_scan(text, words)


@settings(max_examples=examples(50), deadline=None)
@given(text=st.text(alphabet="".join(chr(0x4E00 + i) for i in range(400)), max_size=200))
def test_many_first_characters_are_grouped_without_changing_matches(text):
    # 400 distinct first characters: the pattern is split into lookahead-guarded groups.
    words = [chr(0x4E00 + i) + chr(0x4E00 + (i * 7) % 400) for i in range(400)]
    words += [chr(0x4E00 + i) for i in range(0, 400, 3)]
    assert trie_pattern(words).count("(?=[") >= 2
    found = [m.span() for m in compile_words(words).finditer(text)]
    assert found == reference_scan(text, words)


def test_empty_word_list_matches_nothing():
    assert compile_words([]).search("任何文字") is None
    assert re.compile(trie_pattern(["", ""])).search("abc") is None


def test_exemption_contexts_cover_the_match_where_it_stands():
    text = "客户的有效期是一年，服务有效"
    assert exempt_at(text, text.index("有效期"), "有效", ["有效期"])
    assert not exempt_at(text, text.rindex("有效"), "有效", ["有效期"])
