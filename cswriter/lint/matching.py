"""Matching many words at once: a trie compiled into one regular expression.

Python's `re` tries alternatives one by one; turning the word list into a trie
(显(?:著|然)…) lets it reject a position after one character and always prefer the
longest word at a position. Measured against a segmenter in `bench/lint_speed.py`: with
exemption contexts ("有效期" is not "有效") this gives the segmenter's precision on our
lexicon at a fraction of its start-up cost (rjieba ~140 ms to import, jieba ~1 s).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from cswriter import regexcache
from cswriter.datacache import digest

# First characters per top-level group. With hundreds of first characters, guarding groups
# of them with a lookahead character class lets the engine skip whole groups at a position;
# measured on the lexicon (354 first characters): one flat alternation 117 ms, groups of
# ~90 66 ms, groups of ~30 113 ms (150 drafts, 2.2 MB).
_GROUP = 90


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of `words`, longest first at each position.

    Assembling the trie of the lexicon's thousand words takes ~30 ms in pure Python, more
    than matching a whole draft, so the source is kept between runs (`regexcache.source`),
    keyed by the words and by this module's own file, so that editing it rebuilds."""
    words = sorted(set(words))
    version = _module_version()
    if version is None:
        return _trie_pattern(words)
    key = digest("\n".join(words), 32)
    return regexcache.source(f"trie:{version}:{key}", lambda: _trie_pattern(words))


@functools.cache
def _module_version() -> str | None:
    """This module's own text, digested: editing the trie code rebuilds the kept sources, while
    a fresh clone or install (new file times, same text) still finds the ones shipped in the
    package (a key of size and mtime never matched after `pip install`)."""
    try:
        with open(__file__, "rb") as module:
            text = module.read().decode("utf-8", "surrogateescape")
    except (OSError, TypeError):  # imported from a zip or frozen: build every time
        return None
    return digest(text, 16)


def _trie_pattern(words: list[str]) -> str:
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    if not trie:
        return "(?!)"
    firsts = sorted(trie)
    if len(firsts) < 2 * _GROUP:
        return _node_pattern(trie)
    count = round(len(firsts) / _GROUP)
    size = -(-len(firsts) // count)
    groups = []
    for i in range(0, len(firsts), size):
        chunk = firsts[i:i + size]
        body = "|".join(re.escape(ch) + _node_pattern(trie[ch]) for ch in chunk)
        groups.append(f"(?=[{''.join(re.escape(ch) for ch in chunk)}])(?:{body})")
    return "(?:" + "|".join(groups) + ")"


def _node_pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        if ends_here:
            return f"(?:{body})?" if len(body) > 1 else f"{body}?"
        return body
    singles = [b for b in branches if len(b) == 1]
    multi = [b for b in branches if len(b) != 1]
    parts = multi + ([f"[{''.join(singles)}]"] if len(singles) > 1 else singles)
    body = "(?:" + "|".join(parts) + ")"
    return body + "?" if ends_here else body


def compile_words(words: Iterable[str]) -> re.Pattern[str]:
    return regexcache.compile(trie_pattern(words))


def exempt_at(text: str, start: int, word: str, contexts: Iterable[str]) -> bool:
    """True when the word at `start` sits inside one of the exemption contexts.

    A context is a longer string containing the word ("有效期" for "有效"); it exempts the
    match when the text around the match spells out the context at that very place.
    """
    for ctx in contexts:
        i = ctx.find(word)
        while i >= 0:
            begin = start - i
            if begin >= 0 and text.startswith(ctx, begin):
                return True
            i = ctx.find(word, i + 1)
    return False


_OPEN_QUOTES = "“\"「『‘'《"
_CLOSE_QUOTES = "”\"」』’'》"


def quoted(text: str, start: int, end: int) -> bool:
    """The match is quoted as a word (避免使用“论点”一词), not used."""
    return start > 0 and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES
