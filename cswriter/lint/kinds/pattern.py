"""The pattern kind: regular expressions for phrases with gaps (在……的正确领导下)."""

from __future__ import annotations

from collections.abc import Iterator

from cswriter.lint.catalogue import RuleSpec
from cswriter.lint.document import Document
from cswriter.lint.kinds.base import Hit, LintContext, cached_regex, is_backed


def check_pattern(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    text = doc.text
    for source in rule.patterns:
        for m in cached_regex(source).finditer(text):
            start, end = m.span()
            if rule.backed_by != "none" and is_backed(doc, start, rule.backed_by, end):
                continue
            yield Hit(start, end, rule.code, rule.render_message(m.group()), rule.suggestion)
