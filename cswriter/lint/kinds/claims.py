"""CS3 kinds: claims of change without an amount, amounts without a baseline, plans without
a target or a date."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from cswriter import regexcache
from cswriter.lint.catalogue import RuleSpec, vocab
from cswriter.lint.document import Document
from cswriter.lint.kinds.base import (
    Hit,
    LintContext,
    cached_regex,
    ending_regex,
    is_backed,
    is_heading,
    vocab_regex,
)
from cswriter.lint.matching import trie_pattern


@functools.cache
def _plan_regex() -> re.Pattern[str]:
    markers = trie_pattern(vocab("plan_markers"))
    adverbs = trie_pattern(vocab("plan_adverbs"))
    verbs = trie_pattern(vocab("plan_verbs"))
    subjects = "(?:我们|我|本人|团队|本部门|客服部|班组)?"
    # A short object or partner may sit between the marker and the verb (将与快递公司加强沟通,
    # 要把好评率再往上提); no punctuation or digits, so 将流程节点从7个精简至4个 is not a plan.
    gap = "[^，。,;；:：！？!?\\n0-9]{0,8}?"
    return regexcache.compile(f"(?:{markers})[,，:：]?{subjects}(?:{adverbs}){{0,3}}{gap}(?:{adverbs}){{0,2}}(?:{verbs})")


def plan_spans(doc: Document) -> dict[int, tuple[int, int]]:
    """Sentence start → where its plan wording is, for the sentences that state a plan.

    Computed once per draft: two plan rules and two change rules ask about the same
    sentences."""
    spans = doc.memo.get("plans")
    if spans is None:
        search, text = _plan_regex().search, doc.text
        spans = {}
        for s, e in doc.sentences:
            m = search(text, s, e)
            if m is not None:
                spans[s] = m.span()
        doc.memo["plans"] = spans
    return spans


def sentence_is_plan(doc: Document, ctx: LintContext, pos: int) -> bool:
    return doc.sentence_at(pos)[0] in plan_spans(doc)


def _verb_spans(doc: Document, vocab_name: str) -> list[tuple[int, int]]:
    """Where the change verbs are (shared by the change and the baseline rules)."""
    key = ("verbs", vocab_name)
    spans = doc.memo.get(key)
    if spans is None:
        spans = doc.memo[key] = [m.span() for m in vocab_regex(vocab_name).finditer(doc.text)]
    return spans


def check_change_needs_amount(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    """提升/下降/缩短… stated as an outcome (有所提高, 明显下降, …提升了) with no figure."""
    text = doc.text
    p = rule.params
    markers_name = p.get("claim_markers", "claim_markers")
    before_markers = ending_regex(markers_name)
    longest_marker = max(map(len, vocab(markers_name)))
    purpose = cached_regex(p["purpose_pattern"])
    noun_after = tuple(vocab(p.get("noun_after", "change_noun_after")))
    for start, end in _verb_spans(doc, p.get("verbs", "change_verbs")):
        c_start, c_end = doc.clause_at(start)
        if c_end <= c_start or text.startswith(noun_after, end):
            continue
        marker = before_markers.search(text, max(c_start, start - longest_marker), start)
        marker_start = marker.start() if marker is not None else None
        after = text[end:c_end]
        perfective = after.startswith("了")
        at_end = after.strip(" 了的") == "" or after in ("明显", "显著", "不少", "较多", "较快")
        if marker_start is None and not perfective and not at_end:
            continue
        if purpose.search(text, c_start, start):
            continue
        if is_backed(doc, start, "clause") or sentence_is_plan(doc, ctx, start) or is_heading(text, start):
            continue
        span_start = marker_start if marker_start is not None else start
        span_end = end + 1 if perfective else end
        yield Hit(span_start, span_end, rule.code, rule.render_message(text[span_start:span_end]),
                  rule.suggestion)


def check_comparison_needs_baseline(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    """An amount of change (提升18%) with nothing saying what it is compared with."""
    text = doc.text
    baseline = vocab_regex(rule.params.get("baseline_markers", "baseline_markers"))
    for start, end in _verb_spans(doc, rule.params.get("verbs", "change_verbs")):
        nxt = text[end:end + 1]
        if nxt in ("至", "到", "为"):
            continue  # a level (缩短至2.1分钟), not an amount of change
        c_start, c_end = doc.clause_at(start)
        amounts = [n for n in doc.metric_numbers_in(end, c_end)
                   if n.start - end <= 3 and n.kind in ("percent", "points", "count", "duration",
                                                         "score", "plain", "multiple")]
        if not amounts:
            continue
        s, e = doc.sentence_at(start)
        if baseline.search(text, s, e) or sentence_is_plan(doc, ctx, start):
            continue
        amount = amounts[0]
        yield Hit(start, amount.end, rule.code, rule.render_message(text[start:amount.end]),
                  rule.suggestion)


_DEADLINE_KINDS = ("date", "period")


def check_plan(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    """A plan (将加强培训) needs a target value and a date (DOMAIN.md, section 10)."""
    text = doc.text
    deadline_words = vocab_regex(rule.params.get("deadline_words", "deadline_words"))
    require = rule.params.get("require", "target")
    plans = plan_spans(doc)
    for s, e in doc.sentences:
        if s not in plans:
            continue
        m_start, m_end = plans[s]
        metric = doc.metric_numbers_in(s, e)
        has_target = bool(metric)
        has_deadline = (any(n.kind in _DEADLINE_KINDS for n in doc.numbers_in(s, e))
                        or deadline_words.search(text, s, e) is not None)
        if require == "target" and not has_target:
            message = rule.message if not has_deadline else rule.params.get("message_with_date", rule.message)
        elif require == "deadline" and has_target and not has_deadline:
            message = rule.message
        else:
            continue
        match = text[m_start:m_end]
        yield Hit(m_start, m_end, rule.code, message.replace("{match}", match), rule.suggestion)
