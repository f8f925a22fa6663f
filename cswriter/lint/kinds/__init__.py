"""Rule kinds: the few generic checks the catalogue's rules are instances of, one module each.

A kind knows *how* to look (a word list with exemptions, a change verb without an amount, a
plan without a target); the rule in the data files says *what* to look for and what to say.
Each kind is a function `(rule, doc, ctx) -> Iterator[Hit]`, registered in `KINDS`; the
lexicon kind is matched for all rules at once by `LexiconMatcher` for speed. The figure
kinds are imported on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from cswriter.lint.catalogue import RuleSpec
from cswriter.lint.document import Document
from cswriter.lint.kinds.base import Hit, LintContext, is_backed
from cswriter.lint.kinds.claims import (
    check_change_needs_amount,
    check_comparison_needs_baseline,
    check_level_needs_start,
    check_plan,
)
from cswriter.lint.kinds.lexicon import LexiconMatcher
from cswriter.lint.kinds.pattern import check_pattern
from cswriter.lint.kinds.privacy import check_pii
from cswriter.lint.kinds.punctuation import check_halfwidth, check_sentence_length
from cswriter.lint.kinds.sentence import check_sentence_kind

__all__ = ["KINDS", "Hit", "LexiconMatcher", "LintContext", "is_backed"]


def _figure_kind(name: str) -> Callable[[RuleSpec, Document, LintContext], Iterator[Hit]]:
    def run(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
        from cswriter.lint.kinds import figures

        return getattr(figures, name)(rule, doc, ctx)

    return run


KINDS: dict[str, Callable[[RuleSpec, Document, LintContext], Iterator[Hit]]] = {
    "pattern": check_pattern,
    "change_needs_amount": check_change_needs_amount,
    "comparison_needs_baseline": check_comparison_needs_baseline,
    "level_needs_start": check_level_needs_start,
    "plan_needs_target_or_date": check_plan,
    "halfwidth_punctuation": check_halfwidth,
    "sentence_length": check_sentence_length,
    "pii": check_pii,
    "sentence_kind": check_sentence_kind,
    "figure_untraced": _figure_kind("check_untraced"),
    "percent_points": _figure_kind("check_percent_points"),
    "parts_total": _figure_kind("check_parts_total"),
    "share_over_100": _figure_kind("check_share_over_100"),
}
