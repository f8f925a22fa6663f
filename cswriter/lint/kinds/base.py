"""What every rule kind shares: the hit it yields, the context it may consult, and the
helpers that decide whether wording is backed by a figure or is someone else's words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from cswriter import regexcache
from cswriter.lint.catalogue import RuleSpec, vocab
from cswriter.lint.document import Document
from cswriter.lint.matching import compile_words, trie_pattern

if TYPE_CHECKING:
    from cswriter.lint.tracing import FigureTracer


class Hit(NamedTuple):
    start: int
    end: int
    code: str
    message: str
    suggestion: str | None = None
    replacement: str | None = None
    # At most this severity, whatever the rule's (a reflection or a thank-you: info).
    cap: str | None = None


@dataclass
class LintContext:
    """What rules may consult beyond the text: the figure tracer (built from the facts by
    the caller) and the settings."""

    tracer: FigureTracer | None = None
    max_sentence_length: int | None = None
    _memo: dict[str, Any] = field(default_factory=dict)

    def memo(self, key: str, build: Callable[[], Any]) -> Any:
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]


# ---------------------------------------------------------------------------------------
# Shared helpers


_REGEX_CACHE: dict[str, re.Pattern[str]] = {}


def vocab_regex(name: str) -> re.Pattern[str]:
    pattern = _REGEX_CACHE.get(name)
    if pattern is None:
        pattern = compile_words(vocab(name))
        _REGEX_CACHE[name] = pattern
    return pattern


def ending_regex(name: str) -> re.Pattern[str]:
    """A vocabulary word that ends exactly where the search window ends."""
    key = f"{name}\\Z"
    pattern = _REGEX_CACHE.get(key)
    if pattern is None:
        pattern = _REGEX_CACHE[key] = regexcache.compile(f"(?:{trie_pattern(vocab(name))})\\Z")
    return pattern


def cached_regex(source: str) -> re.Pattern[str]:
    pattern = _REGEX_CACHE.get(source)
    if pattern is None:
        pattern = regexcache.compile(source)
        _REGEX_CACHE[source] = pattern
    return pattern


_STATED_BASELINE = regexcache.compile(r"(?:较|比|相比|相较)[^，。；,;0-9]{0,8}的(?=[0-9])")


def is_backed(doc: Document, pos: int, backing: str, end: int | None = None) -> bool:
    """Does a figure back the wording at `pos`? (LEXICON-SOURCES §F: flag only when not.)

    "clause": a figure in the same clause, or in the next clause when that clause goes on
    about the same change (响应时长明显缩短,从135秒降至118秒). A figure in a neighbouring
    clause about something else does not count: in "全年处理工单1,200件,服务质量显著提升"
    the 1,200 backs the volume, not the quality claim. A figure inside the match itself
    (数百件) does not back it either.
    """
    if backing == "none":
        return False
    end = pos if end is None else end
    inside = doc.count_measures(pos, end) if end > pos else 0
    if backing == "sentence":
        s, e = doc.sentence_at(pos)
        return doc.count_measures(s, e) > inside
    i = doc.clause_index(pos)
    if i < 0:
        return False
    counts = doc.clause_measure_counts
    c_start, c_end = doc.clauses[i]
    if counts[i] > inside and doc.has_measure_for(c_start, c_end, pos, end):
        return True
    s_start, s_end = doc.sentence_at(pos)
    if doc.count_measures(s_start, c_start) and doc.count_measures(c_start, pos) and \
            _STATED_BASELINE.search(doc.text, c_start, pos):
        # 报修来电5120通，较去年同期的4000通明显增加: the level and its baseline both stated.
        return True
    if vocab_regex("summary_leads").match(doc.text, c_start):
        # 一至四季度依次为88.1%、89.6%、90.2%、91.0%，整体稳中有升: a summing-up right after
        # a list of values is backed by them.
        lo = max(s_start, c_start - 120)
        if doc.count_measures(lo, c_start) >= 2 and (
                vocab_regex("listing_markers").search(doc.text, lo, c_start) or "、" in doc.text[lo:c_start]):
            return True
    if (i > 0 and counts[i - 1] and doc.clauses[i - 1][0] >= s_start and doc.clauses[i][1] - c_start <= 6
            and doc.has_amount_in(*doc.clauses[i - 1])):
        # 由135秒降至118秒，缩短明显 / 效果明显: a short clause with no subject of its own
        # goes on about the figures just before it — amounts, not a head count
        # (两名实习生本周开始接线，表现还行: the 两名 says who, not how well).
        return True
    if c_end < s_end and (doc.text[c_end:c_end + 1] in "：:" or
                          vocab_regex("listing_markers").search(doc.text, c_start, c_end)):
        # 反映较为集中的分别是：城市建设类，占27.21%；…: a clause that announces a list is
        # backed by the figures of the list, however many clauses the list runs to.
        if doc.count_measures(c_end, min(s_end, c_end + 200)):
            return True
    if i + 1 < len(counts) and counts[i + 1]:
        c_end = doc.clauses[i][1]
        nxt_start, nxt_end = doc.clauses[i + 1]
        return s_start <= nxt_start < s_end and continues_claim(doc.text, c_end, nxt_start, nxt_end)
    return False


def continues_claim(text: str, prev_end: int, start: int, end: int) -> bool:
    """Does the clause at start..end go on about the previous clause's claim?

    Yes when a colon introduces it (效果良好：试点组一次解决率为89.3%), when it opens with
    a continuation marker (明显缩短，从135秒降至118秒), or when it lists values after a
    date or scope (稳步提升，2025年四个季度分别为88.1%、89.6%…)."""
    if "：" in text[prev_end:start] or ":" in text[prev_end:start]:
        return True
    if vocab_regex("continuation_markers").match(text, start) is not None:
        return True
    return vocab_regex("listing_markers").search(text, start, min(end, start + 60)) is not None


_QUOTE_PAIRS = {"“": "”", "「": "」", '"': '"'}


def reported_speech(text: str, pos: int) -> bool:
    """Is `pos` inside a quotation of what someone said (客户来电称保单“大概已经过期了”)?

    The customer's words are evidence, not the writer's wording. A quotation that is not
    introduced by a speech verb (秉承“客户至上”的理念) is the writer's own and is checked."""
    for opening, closing in _QUOTE_PAIRS.items():
        if opening == '"':
            # Straight quotes in pasted text open and close alike: inside when an odd number
            # of them stand between the line start and `pos`.
            line_start = text.rfind("\n", max(0, pos - 80), pos) + 1
            if text.count('"', max(line_start, pos - 80), pos) % 2 == 0:
                continue
            open_at = text.rfind('"', max(0, pos - 80), pos)
        else:
            open_at = text.rfind(opening, max(0, pos - 80), pos)
            if open_at < 0 or text.find(closing, open_at, pos) >= 0:
                continue
        lead_end = open_at
        while lead_end > 0 and text[lead_end - 1] in "：:，, ":
            lead_end -= 1
        # 客户说：“…”, and also 客户来电称保单“…” (the verb a few characters earlier), but
        # not the same character inside another word (问题，做到“…”; 说明书“…”).
        lo = max(0, lead_end - 6)
        for m in vocab_regex("speech_verbs").finditer(text, lo, lead_end):
            if not vocab_regex("speech_verb_lookalikes").search(text, max(0, m.start() - 1), min(len(text), m.end() + 1)):
                return True
    return False


def is_heading(text: str, pos: int) -> bool:
    # Bounded: a line longer than this is not a heading, and an unbounded rfind would make
    # every check on a long line rescan it (issue 15).
    floor = max(0, pos - 400)
    line_start = text.rfind("\n", floor, pos) + 1
    if line_start == 0 and floor > 0:
        return False
    return text.startswith("#", line_start)


# A list item's mark at the start of a line: 1. 1、 (1) ① - • ·. Chinese numerals (一、
# （一）) number sections, whose titles state aims (一、重视大客户服务，提高人员素质), not results.
_LIST_MARK = regexcache.compile(
    r"[ \t\u3000]*(?:[0-9０-９]{1,2}[.．、)）]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[\u2460-\u2473]|[-*•·+▪●○◆■□])")


def list_mark_end(text: str, pos: int) -> int | None:
    """Where the list mark ends, when the sentence at `pos` opens a numbered or bulleted
    line (1. 1、 （一） 一、 ① - •); None otherwise."""
    line_start = text.rfind("\n", max(0, pos - 12), pos) + 1
    if line_start == 0 and pos > 12:
        return None
    m = _LIST_MARK.match(text, line_start)
    if m is None or m.end() > pos + 4 or text[m.end():pos].strip():
        return None
    return m.end()


def fill_message(rule: RuleSpec, **values: str) -> str:
    message = rule.message
    for key, value in values.items():
        message = message.replace("{" + key + "}", value)
    return message


def scope_given(doc: Document, start: int, end: int) -> bool:
    """Is a vague quantifier's scope spelled out around it (LEXICON-SOURCES A2: vague only
    when the reader cannot tell which or how many)?

    Yes when an enumeration comes before it in the sentence (热线、工单、数据等多个维度;
    电话、在线、邮件各类渠道), when examples or a list follow it in the sentence (一些问题，
    比如…、…), or when it closes a lead-in whose list follows (存在以下几类不足：).
    """
    text = doc.text
    s, e = doc.sentence_at(start)
    s, e = max(s, start - 80), min(e, end + 80)  # linear on text without punctuation
    before = text[s:start]
    if vocab_regex("scope_closers").search(text, max(s, start - 2), start):
        if "、" in before or "," in before or "，" in before:
            return True
    if before.count("、") >= 2:
        return True
    listing = vocab_regex("scope_openers").search(text, end, e)
    if listing is not None and "、" in text[listing.end():e]:
        return True
    return text[end:e].rstrip().endswith(("：", ":"))
