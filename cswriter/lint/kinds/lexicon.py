"""The lexicon kind (existence, with exemptions and substitution): all lexicon rules' words
in one trie regex, each hit checked against its rule."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from cswriter import regexcache
from cswriter.lint.catalogue import RuleSpec, WordSpec
from cswriter.lint.document import Document
from cswriter.lint.kinds.base import Hit, ending_regex, is_backed, scope_given, vocab_regex
from cswriter.lint.matching import compile_words, exempt_at, quoted

# How far back a word's "before" sense may look (the preceding few characters).
_BEFORE_WINDOW = 8


def _motto_in_use(text: str, start: int, end: int) -> bool:
    """A quoted word is mentioned, not used (避免使用“论点”一词) — unless it is a motto the
    writer holds to (围绕“以客户为中心”的服务理念; 坚持“客户至上”): a motto verb before the
    quotation or a motto noun after it (class, issue 20 round 3)."""
    return ending_regex("motto_verbs").search(text, max(0, start - 1 - _BEFORE_WINDOW), start - 1) is not None \
        or vocab_regex("motto_nouns").match(text, end + 1) is not None


class _Entry(NamedTuple):
    """A word of one rule, with everything about a hit on it worked out in advance."""

    code: str
    exempt: tuple[str, ...]
    backing: str
    message: str
    suggestion: str | None
    replacement: str | None
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    scoped: bool


class LexiconMatcher:
    """All lexicon rules' words in one trie regex; each hit is checked against its rule."""

    def __init__(self, entries: Iterable[tuple[RuleSpec, WordSpec]]) -> None:
        self.by_word: dict[str, list[_Entry]] = {}
        for rule, ws in entries:
            suggestion = ws.suggestion or rule.suggestion
            if ws.replacement is not None and suggestion:
                suggestion = suggestion.replace("{replacement}", ws.replacement)
            self.by_word.setdefault(ws.word, []).append(_Entry(
                rule.code, tuple(ws.exempt), ws.backed_by or rule.backed_by,
                rule.render_message(ws.word), suggestion, ws.replacement if rule.fixable else None,
                regexcache.compile(ws.exempt_after) if ws.exempt_after else None,
                regexcache.compile(f"(?:{ws.exempt_before})\\Z") if ws.exempt_before else None,
                bool(rule.params.get("scope_given"))))
        self.regex = compile_words(self.by_word)

    def hits(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        by_word = self.by_word
        for m in self.regex.finditer(text):
            start, end = m.span()
            word = m.group()
            if quoted(text, start, end) and not _motto_in_use(text, start, end):
                continue
            for entry in by_word[word]:
                if entry.exempt and exempt_at(text, start, word, entry.exempt):
                    continue
                if entry.after is not None and entry.after.match(text, end):
                    continue
                if entry.before is not None and entry.before.search(text, max(0, start - _BEFORE_WINDOW), start):
                    continue
                if entry.backing != "none" and is_backed(doc, start, entry.backing, end):
                    continue
                if entry.scoped and scope_given(doc, start, end):
                    continue
                yield Hit(start, end, entry.code, entry.message, entry.suggestion, entry.replacement)
