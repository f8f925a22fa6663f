"""The sentence-kind kind: a sentence that is a reflection or a maxim is itself the finding
(这一年让我懂得了坚持的意义; 耐心是客服最好的名片), whatever words it uses. The judgement of
kinds is in `cswriter.lint.judgement`; the words in sentences.yaml."""

from __future__ import annotations

from collections.abc import Iterator

from cswriter.lint.catalogue import RuleSpec
from cswriter.lint.document import Document
from cswriter.lint.kinds.base import Hit, LintContext, vocab_regex


def check_sentence_kind(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    """Judge only the sentences holding a word the kind needs (`params.cues`, vocabulary
    names), so the cost follows those words, not the number of sentences."""
    from cswriter.lint.judgement import kind_at

    wanted = rule.params["kind"]
    markers = rule.params.get("markers")
    text = doc.text
    seen: set[int] = set()
    for cue in rule.params["cues"]:
        for m in vocab_regex(cue).finditer(text):
            s, e = doc.sentence_at(m.start())
            if s in seen or e <= s:
                continue
            seen.add(s)
            if kind_at(doc, s) != wanted:
                continue
            found = vocab_regex(markers).search(text, s, e) if markers else None
            start, end = found.span() if found is not None else (s, e)
            yield Hit(start, end, rule.code, rule.render_message(text[start:end]), rule.suggestion)
