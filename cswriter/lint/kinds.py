"""Rule kinds: the few generic checks the catalogue's rules are instances of.

A kind knows *how* to look (a word list with exemptions, a change verb without an amount, a
plan without a target); the rule in the data files says *what* to look for and what to say.
Each kind is a function `(rule, doc, ctx) -> Iterator[Hit]`, registered in `KINDS`; the
lexicon kind is matched for all rules at once by `LexiconMatcher` for speed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from cswriter import regexcache
from cswriter.lint.catalogue import RuleSpec, WordSpec, vocab
from cswriter.lint.document import Document
from cswriter.lint.matching import compile_words, exempt_at, quoted, trie_pattern

if TYPE_CHECKING:
    from cswriter.facts import Facts


class Hit(NamedTuple):
    start: int
    end: int
    code: str
    message: str
    suggestion: str | None = None
    replacement: str | None = None


@dataclass
class LintContext:
    """What rules may consult beyond the text: the facts and the settings."""

    facts: Facts | None = None
    max_sentence_length: int | None = None
    _memo: dict[str, Any] = field(default_factory=dict)

    def memo(self, key: str, build: Callable[[], Any]) -> Any:
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]


# ---------------------------------------------------------------------------------------
# Shared helpers


_REGEX_CACHE: dict[str, re.Pattern[str]] = {}


def _vocab_regex(name: str) -> re.Pattern[str]:
    pattern = _REGEX_CACHE.get(name)
    if pattern is None:
        pattern = compile_words(vocab(name))
        _REGEX_CACHE[name] = pattern
    return pattern


def _ending_regex(name: str) -> re.Pattern[str]:
    """A vocabulary word that ends exactly where the search window ends."""
    key = f"{name}\\Z"
    pattern = _REGEX_CACHE.get(key)
    if pattern is None:
        pattern = _REGEX_CACHE[key] = regexcache.compile(f"(?:{trie_pattern(vocab(name))})\\Z")
    return pattern


def _regex(source: str) -> re.Pattern[str]:
    pattern = _REGEX_CACHE.get(source)
    if pattern is None:
        pattern = regexcache.compile(source)
        _REGEX_CACHE[source] = pattern
    return pattern


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
    inside = doc.count_metric_numbers(pos, end) if end > pos else 0
    if backing == "sentence":
        s, e = doc.sentence_at(pos)
        return doc.count_metric_numbers(s, e) > inside
    i = doc.clause_index(pos)
    if i < 0:
        return False
    counts = doc.clause_metric_counts
    if counts[i] > inside:
        return True
    if i + 1 < len(counts) and counts[i + 1]:
        c_end = doc.clauses[i][1]
        nxt_start, nxt_end = doc.clauses[i + 1]
        s_start, s_end = doc.sentence_at(pos)
        return s_start <= nxt_start < s_end and _continues(doc.text, c_end, nxt_start, nxt_end)
    return False


def _continues(text: str, prev_end: int, start: int, end: int) -> bool:
    """Does the clause at start..end go on about the previous clause's claim?

    Yes when a colon introduces it (效果良好：试点组一次解决率为89.3%), when it opens with
    a continuation marker (明显缩短，从135秒降至118秒), or when it lists values after a
    date or scope (稳步提升，2025年四个季度分别为88.1%、89.6%…)."""
    if "：" in text[prev_end:start] or ":" in text[prev_end:start]:
        return True
    if _vocab_regex("continuation_markers").match(text, start) is not None:
        return True
    return _vocab_regex("listing_markers").search(text, start, end) is not None


_QUOTE_PAIRS = {"“": "”", "「": "」"}


def _reported_speech(text: str, pos: int) -> bool:
    """Is `pos` inside a quotation of what someone said (客户来电称保单“大概已经过期了”)?

    The customer's words are evidence, not the writer's wording. A quotation that is not
    introduced by a speech verb (秉承“客户至上”的理念) is the writer's own and is checked."""
    for opening, closing in _QUOTE_PAIRS.items():
        open_at = text.rfind(opening, max(0, pos - 80), pos)
        if open_at < 0 or text.find(closing, open_at, pos) >= 0:
            continue
        lead_end = open_at
        while lead_end > 0 and text[lead_end - 1] in "：:，, ":
            lead_end -= 1
        # 客户说：“…”, and also 客户来电称保单“…” (the verb a few characters earlier).
        if _vocab_regex("speech_verbs").search(text, max(0, lead_end - 6), lead_end):
            return True
    return False


def _is_heading(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return text.startswith("#", line_start)


def _fmt(rule: RuleSpec, **values: str) -> str:
    message = rule.message
    for key, value in values.items():
        message = message.replace("{" + key + "}", value)
    return message


# ---------------------------------------------------------------------------------------
# Lexicon (existence, with exemptions and substitution)


class _Entry(NamedTuple):
    """A word of one rule, with everything about a hit on it worked out in advance."""

    code: str
    exempt: tuple[str, ...]
    backing: str
    message: str
    suggestion: str | None
    replacement: str | None


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
                rule.render_message(ws.word), suggestion, ws.replacement if rule.fixable else None))
        self.regex = compile_words(self.by_word)

    def hits(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        by_word = self.by_word
        has_quotes = "“" in text or "「" in text
        for m in self.regex.finditer(text):
            start, end = m.span()
            word = m.group()
            if quoted(text, start, end) or (has_quotes and _reported_speech(text, start)):
                continue
            for entry in by_word[word]:
                if entry.exempt and exempt_at(text, start, word, entry.exempt):
                    continue
                if entry.backing != "none" and is_backed(doc, start, entry.backing, end):
                    continue
                yield Hit(start, end, entry.code, entry.message, entry.suggestion, entry.replacement)


# ---------------------------------------------------------------------------------------
# Pattern: regular expressions for phrases with gaps (在……的正确领导下)


def check_pattern(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    text = doc.text
    for source in rule.patterns:
        for m in _regex(source).finditer(text):
            start, end = m.span()
            if rule.backed_by != "none" and is_backed(doc, start, rule.backed_by, end):
                continue
            yield Hit(start, end, rule.code, rule.render_message(m.group()), rule.suggestion)


# ---------------------------------------------------------------------------------------
# CS3: claims of change without an amount; amounts without a baseline; plans


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


def _plan_spans(doc: Document) -> dict[int, tuple[int, int]]:
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


def _sentence_is_plan(doc: Document, ctx: LintContext, pos: int) -> bool:
    return doc.sentence_at(pos)[0] in _plan_spans(doc)


def _verb_spans(doc: Document, vocab_name: str) -> list[tuple[int, int]]:
    """Where the change verbs are (shared by the change and the baseline rules)."""
    key = ("verbs", vocab_name)
    spans = doc.memo.get(key)
    if spans is None:
        spans = doc.memo[key] = [m.span() for m in _vocab_regex(vocab_name).finditer(doc.text)]
    return spans


def check_change_needs_amount(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    """提升/下降/缩短… stated as an outcome (有所提高, 明显下降, …提升了) with no figure."""
    text = doc.text
    p = rule.params
    markers_name = p.get("claim_markers", "claim_markers")
    before_markers = _ending_regex(markers_name)
    longest_marker = max(map(len, vocab(markers_name)))
    purpose = _regex(p["purpose_pattern"])
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
        if is_backed(doc, start, "clause") or _sentence_is_plan(doc, ctx, start) or _is_heading(text, start):
            continue
        span_start = marker_start if marker_start is not None else start
        span_end = end + 1 if perfective else end
        yield Hit(span_start, span_end, rule.code, rule.render_message(text[span_start:span_end]),
                  rule.suggestion)


def check_comparison_needs_baseline(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    """An amount of change (提升18%) with nothing saying what it is compared with."""
    text = doc.text
    baseline = _vocab_regex(rule.params.get("baseline_markers", "baseline_markers"))
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
        if baseline.search(text, s, e) or _sentence_is_plan(doc, ctx, start):
            continue
        amount = amounts[0]
        yield Hit(start, amount.end, rule.code, rule.render_message(text[start:amount.end]),
                  rule.suggestion)


_DEADLINE_KINDS = ("date", "period")


def check_plan(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    """A plan (将加强培训) needs a target value and a date (DOMAIN.md, section 10)."""
    text = doc.text
    deadline_words = _vocab_regex(rule.params.get("deadline_words", "deadline_words"))
    require = rule.params.get("require", "target")
    plans = _plan_spans(doc)
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


# ---------------------------------------------------------------------------------------
# CS5: punctuation and sentence length

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）", ".": "。"}
# A half-width mark touching a Chinese character (or closing a Chinese clause such as
# "95.2%,"). Commas and colons between digits, and points inside numbers, are not marks.
_HALF = regexcache.compile(
    # The leading lookahead lets the engine skip to candidate marks (3× faster on drafts).
    rf"(?=[,;:!?.(])(?:(?<=[{_CJK}%%）”’》」』])[,;:!?]|[,;:!?](?=[{_CJK}“‘《「『])"
    rf"|(?<=[{_CJK}])\.(?![.\d\w])(?<!\.\.)"
    rf"|\((?=[^()\n]{{0,60}}\)))"
)


def check_halfwidth(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    """Half-width ,;:!?(). inside Chinese sentences; one finding per sentence, safely fixable."""
    text = doc.text
    for s, e in doc.sentences:
        # Include the sentence's own end mark, which the splitter leaves outside the span.
        e2 = e + 1 if e < len(text) and text[e] in ".!?;" else e
        marks: list[tuple[int, int, str]] = []
        for m in _HALF.finditer(text, s, e2):
            ch = m.group()
            if ch == "(":
                close = text.find(")", m.start(), e2)
                inner = text[m.start() + 1:close]
                before = text[m.start() - 1] if m.start() > 0 else ""
                if close < 0 or not (re.search(f"[{_CJK}]", inner) or re.match(f"[{_CJK}]", before)):
                    continue
                marks.append((m.start(), m.start() + 1, "（"))
                marks.append((close, close + 1, "）"))
            else:
                marks.append((m.start(), m.end(), _FULL[ch]))
        if not marks:
            continue
        marks.sort()
        first, last = marks[0][0], marks[-1][1]
        pieces, pos = [], first
        for ms, me, full in marks:
            pieces.append(text[pos:ms])
            pieces.append(full)
            pos = me
        pieces.append(text[pos:last])
        shown = "".join(dict.fromkeys(text[ms:me] for ms, me, _ in marks))
        message = _fmt(rule, marks=" ".join(shown), count=str(len(marks)))
        yield Hit(first, last, rule.code, message, rule.suggestion, "".join(pieces))


def check_sentence_length(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    limit = ctx.max_sentence_length or int(rule.params.get("max", 120))
    text = doc.text
    for s, e in doc.sentences:
        if e - s <= limit:
            continue
        length = sum(1 for ch in text[s:e] if not ch.isspace())
        if length > limit and not _is_heading(text, s):
            yield Hit(s, e, rule.code, _fmt(rule, length=str(length), limit=str(limit)),
                      rule.suggestion)


# ---------------------------------------------------------------------------------------
# CS6: personal data


_PII_LABELS = {"mobile": "手机号码", "landline": "固定电话", "id_card": "身份证号码",
               "bank_card": "银行卡号", "email": "电子邮箱"}


def check_pii(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    from cswriter.privacy import find_pii, mask

    if "pii" not in doc.memo:
        doc.memo["pii"] = find_pii(doc.text)
    found = doc.memo["pii"]
    wanted = set(rule.params.get("kinds", []))
    for match in found:
        if match.kind in wanted:
            masked = mask(match)
            suggestion = (rule.suggestion or "").replace("{masked}", masked)
            yield Hit(match.start, match.end, rule.code,
                      _fmt(rule, match=match.text, kind=_PII_LABELS[match.kind]), suggestion)


# ---------------------------------------------------------------------------------------


def _figure_kind(name: str) -> Callable[[RuleSpec, Document, LintContext], Iterator[Hit]]:
    def run(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
        from cswriter.lint import figurechecks

        return getattr(figurechecks, name)(rule, doc, ctx)

    return run


KINDS: dict[str, Callable[[RuleSpec, Document, LintContext], Iterator[Hit]]] = {
    "pattern": check_pattern,
    "change_needs_amount": check_change_needs_amount,
    "comparison_needs_baseline": check_comparison_needs_baseline,
    "plan_needs_target_or_date": check_plan,
    "halfwidth_punctuation": check_halfwidth,
    "sentence_length": check_sentence_length,
    "pii": check_pii,
    "figure_untraced": _figure_kind("check_untraced"),
    "percent_points": _figure_kind("check_percent_points"),
    "parts_total": _figure_kind("check_parts_total"),
    "share_over_100": _figure_kind("check_share_over_100"),
}
