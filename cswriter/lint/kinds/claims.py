"""CS3 kinds: claims of change without an amount, amounts without a baseline, plans without
a target or a date."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
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
    list_mark_end,
    vocab_regex,
)
from cswriter.lint.matching import trie_pattern


# How far around a word the change and plan checks look for a baseline, an amount or a
# start. Real sentences are shorter; the bound keeps the cost linear on text without
# punctuation, where a "sentence" can be the whole draft (issue 15).
WINDOW = 120


@functools.cache
def _plan_regex() -> re.Pattern[str]:
    markers = trie_pattern(vocab("plan_markers"))
    adverbs = trie_pattern(vocab("plan_adverbs"))
    verbs = trie_pattern(vocab("plan_verbs"))
    subjects = "(?:我们|我|本人|团队|本部门|客服部|班组)?"
    # A short object or partner may sit between the marker and the verb (将与快递公司加强沟通,
    # 要把好评率再往上提); no punctuation or digits, so 将流程节点从7个精简至4个 is not a plan.
    gap = "[^，。,;；:：！？!?\\n0-9]{0,8}?"
    return regexcache.compile(f"(?P<marker>{markers})[:：]?{subjects}(?:{adverbs}){{0,3}}(?P<gap>{gap})"
                              f"(?:{adverbs}){{0,2}}(?P<verb>{verbs})")


_NOUN_MARKERS = ("计划", "建议", "准备", "打算")
_PLAN_SUBJECT_END = regexcache.compile(
    r"(?:我|我们|本人|团队|班组|部门|本部门|客服部|中心|公司|明年|来年|今后|下一步|下阶段|下半年|下季度|同时|并|还|也|再|拟)\Z")
_HABITUAL = regexcache.compile(r"每天|每日|每次|每周|每月|每当|通常|一般|总是|往往|经常|平时|日常|遇到")
_CJK_CHAR = regexcache.compile(r"[\u4e00-\u9fff]")


def _is_plan(doc: Document, s: int, e: int, m: re.Match[str]) -> bool:
    """Tell a plan from the same characters in other senses (issue 10, class 5)."""
    text = doc.text
    start, end = m.span()
    marker = m.group("marker")
    verb = m.group("verb")
    # The nouns 计划/建议 (工作计划, 提出改进意见和建议) are not a plan; as verbs they open
    # the clause or follow a subject or a time (我计划…, 明年计划…, 建议加强…).
    if marker in _NOUN_MARKERS and start > s and text[start - 1] not in "，,：:；;、 \n":
        if not _PLAN_SUBJECT_END.search(text, max(s, start - 3), start):
            return False
    # A one-character verb inside a longer word (提 in 提供, 降 in 降温) is not the verb.
    if len(verb) == 1 and end < e and _CJK_CHAR.match(text, end) and text[end] not in "到至上下高低一":
        return False
    # 将 meaning 把 in a result (将协作效率提升40%): an amount of change right after the verb.
    if marker == "将" and m.group("gap"):
        amount = doc.metric_numbers_in(end, min(e, end + 4))
        if amount and text[end:amount[0].start].strip(" 了") == "":
            return False
    # Habitual 会 (每天晨会后我会先处理紧急工单) describes routine, not a plan.
    if "会" in marker and _HABITUAL.search(text, s, e):
        return False
    return True


def line_has_plan(doc: Document, start: int, end: int) -> bool:
    """Does the stretch start..end state a plan (下一步持续优化知识库)? Used to tell a
    numbered plan line from a heading."""
    search, pos = _plan_regex().search, start
    while pos < end:
        m = search(doc.text, pos, end)
        if m is None:
            return False
        if _is_plan(doc, start, end, m):
            return True
        pos = m.start() + 1
    return False


def line_in_plan_section(doc: Document, start: int, end: int) -> bool:
    """Is the line start..end one of the plan lines under a plan heading?"""
    lines = _plan_section_lines(doc)
    i = bisect_left(lines, (start, -1))
    return i < len(lines) and lines[i][0] <= end


@functools.cache
def _section_plan_regex() -> re.Pattern[str]:
    adverbs = trie_pattern(vocab("plan_adverbs"))
    verbs = trie_pattern(vocab("plan_verbs"))
    # An action verb opening the line, not a result (加强了…, 提高到95%: 了/过/到 after it).
    return regexcache.compile(f"(?:{adverbs}){{0,2}}(?P<verb>{verbs})(?![了过着])")


# A heading line: short, no sentence-final punctuation inside (建议, 四、下一步工作打算).
_HEADING_LINE_MAX = 24
_SENTENCE_END = regexcache.compile(r"[。！？!?；;]")
_CLAUSE_END = regexcache.compile(r"[，,。！？!?；;：:、]")


# 一是…二是… and 首先/其次 number the lines of a 公文 list the way 1. 2. do (issue 20 round 3).
_ENUMERATOR = regexcache.compile(r"(?:[一二三四五六七八九十]是|首先|其次|再次|第[一二三四五六七八九十]，?)[，,:：]?")


def _plan_section_lines(doc: Document) -> list[tuple[int, int]]:
    """The lines under a plan heading (建议, 下一步工作计划, 今后努力方向), up to the next
    heading that is not itself a plan line. Such lines state plans even without 将/要
    (建议\n加强宣传引导，提高热线知晓率。). One pass over the lines: linear."""
    lines = doc.memo.get("plan_section_lines")
    if lines is not None:
        return lines
    lines = []
    text = doc.text
    headings = vocab_regex("plan_headings")
    opener = _section_plan_regex()
    inside = False
    pos, n = 0, len(text)
    while pos < n:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        line = text[pos:end].strip()
        if line:
            mark = list_mark_end(text, pos + (len(text[pos:end]) - len(text[pos:end].lstrip())))
            start = mark if mark is not None else pos + len(text[pos:end]) - len(text[pos:end].lstrip())
            while start < end and text[start] in " \t\u3000":
                start += 1  # 1. 加强…, · 跟进…: the blank after the list mark
            enumerator = _ENUMERATOR.match(text, start, end)
            if enumerator is not None:
                start = enumerator.end()  # 一是持续优化知识库: 一是 numbers the plan like 1.
            opens_plan = opener.match(text, start, end) is not None
            heading_like = len(line) <= _HEADING_LINE_MAX and not _SENTENCE_END.search(line)
            # A list item (1. 接通率提升到70%) does not close the section: only a heading does.
            if heading_like and not opens_plan and mark is None:
                inside = headings.search(line) is not None
            elif inside and opens_plan:
                lines.append((start, end))
        pos = end + 1
    doc.memo["plan_section_lines"] = lines
    return lines


def plan_spans(doc: Document) -> dict[int, tuple[int, int]]:
    """Sentence start → where its plan wording is, for the sentences that state a plan.

    Computed once per draft: two plan rules and two change rules ask about the same
    sentences."""
    spans = doc.memo.get("plans")
    if spans is None:
        search, text = _plan_regex().search, doc.text
        spans = {}
        for s, e in doc.sentences:
            pos = s
            while pos < e:
                m = search(text, pos, e)
                if m is None:
                    break
                if _is_plan(doc, s, e, m):
                    spans[s] = m.span()
                    break
                pos = m.start() + 1
        # Lines under a plan heading that open with an action verb (建议\n加强部门协作…).
        opener = _section_plan_regex()
        for start, end in _plan_section_lines(doc):
            s = doc.sentence_at(start)[0]
            if s not in spans:
                m = opener.match(text, start, end)
                stop = _CLAUSE_END.search(text, m.start("verb"), min(end, m.start("verb") + 16))
                spans[s] = (m.start("verb"), stop.start() if stop else min(end, m.start("verb") + 16))
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
        after = text[end:min(c_end, end + 4)]
        perfective = after.startswith("了")
        at_end = c_end - end <= 4 and (after.strip(" 了的") == "" or after in ("明显", "显著", "不少", "较多", "较快"))
        lead = None
        if marker_start is None and not perfective and not at_end:
            lead = _follows_action(doc, start, c_start)
            if lead is None:
                continue
        if purpose.search(text, max(c_start, start - WINDOW), start):
            continue
        if _DENIED_CHANGE.search(text, max(c_start, start - 6), start):
            continue  # 排班未相应增加: a change that did not happen has no amount to give
        if vocab_regex("background_subjects").search(text, max(c_start, start - 8), start) or \
                _inside_quotation(text, start):
            continue
        if is_backed(doc, start, "clause") or sentence_is_plan(doc, ctx, start) or is_heading(text, start):
            continue
        # After an action clause the claim is the pair (不断优化服务流程，提高): one finding for
        # both, so the effort word in it is not reported again as a degree word.
        span_start = lead if lead is not None else marker_start if marker_start is not None else start
        span_end = end + 1 if perfective else end
        yield Hit(span_start, span_end, rule.code, rule.render_message(text[span_start:span_end]),
                  rule.suggestion)


_DENIED_CHANGE = regexcache.compile(r"(?:未|没有|没|并未|尚未)(?:相应|及时|同步|随之|跟着)?(?:地)?\Z")


def _inside_quotation(text: str, pos: int) -> bool:
    """Inside “…” that is a name or a slogan (以“提升客户体验”为目标), not a claim."""
    open_at = text.rfind("“", max(0, pos - 40), pos)
    return open_at >= 0 and text.find("”", open_at, pos) < 0


_CLAUSE_LEAD = " 并且也还再又从而进而以此来"


def _follows_action(doc: Document, start: int, c_start: int) -> int | None:
    """A change verb opening its clause right after an action (不断优化服务流程，提高服务
    质量; 通过定期回访，提升客户满意度) states the action's result, as 提升了 would.
    Returns where the action's lead word is, or None."""
    text = doc.text
    if text[c_start:start].strip(_CLAUSE_LEAD) != "":
        return None
    i = doc.clause_index(start)
    if i <= 0:
        return None
    p_start, p_end = doc.clauses[i - 1]
    s_start, _ = doc.sentence_at(start)
    if p_start < s_start or start - p_start > WINDOW:
        return None
    m = vocab_regex("action_leads").search(text, p_start, p_end)
    if m is not None:
        return m.start()
    # In a list item the clauses before are the action (2.优化退款话术，减少重复解释;
    # -实施轮岗，使坐席熟悉全流程，提升综合能力).
    mark_end = list_mark_end(text, s_start)
    return None if mark_end is None else max(p_start, mark_end)


_AMOUNT_KINDS = ("percent", "points", "count", "duration", "score", "plain", "multiple")


def check_comparison_needs_baseline(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    """An amount of change (提升18%) with nothing saying what it is compared with.

    The baseline must belong to this change: it is looked for from the previous change in
    the sentence (or the sentence start) to the end of this clause, so 由5.3%降至2.1% does
    not back a later 离职率下降5.3个百分点. An amount that leads to a level (提升7分至68分)
    gives its own starting point."""
    text = doc.text
    baseline = vocab_regex(rule.params.get("baseline_markers", "baseline_markers"))
    # Which amounts need a baseline (the rule's `amount_kinds`): a relative amount (18%, 5个
    # 百分点) means nothing without one; by default every kind of amount is asked about.
    kinds = frozenset(rule.params.get("amount_kinds", _AMOUNT_KINDS))
    previous_end: dict[int, int] = {}
    for start, end in _verb_spans(doc, rule.params.get("verbs", "change_verbs")):
        s, e = doc.sentence_at(start)
        since = previous_end.get(s, s)
        previous_end[s] = end
        nxt = text[end:end + 1]
        if nxt in ("至", "到", "为"):
            continue  # a level (缩短至2.1分钟), not an amount of change
        c_start, c_end = doc.clause_at(start)
        amounts = [n for n in doc.metric_numbers_in(end, min(c_end, end + 4)) if n.kind in kinds]
        if not amounts:
            continue
        amount = amounts[0]
        if amount.high is not None or (text[amount.end:amount.end + 1] in ("至", "到")
                                       and doc.metric_numbers_in(amount.end + 1, amount.end + 3)):
            continue  # 提升7分至68分: the amount leads to a level, so the start is known
        if text[c_start:start].strip(" 了并且也还再又") == "":
            since = s  # no subject of its own (…缩短至8秒，提升了46.7%): the same change
        if baseline.search(text, max(since, start - WINDOW), min(c_end, end + WINDOW)) or \
                sentence_is_plan(doc, ctx, start):
            continue
        # A table cell's baseline is its column's header (| 较去年变化 | … | 增长15.2% |).
        header = doc.table_header_cell(start)
        if header and baseline.search(header):
            continue
        yield Hit(start, amount.end, rule.code, rule.render_message(text[start:amount.end]),
                  rule.suggestion)


def check_level_needs_start(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    """A change to a level with no starting value (提升至90%, 缩短至2.1分钟): the reader
    cannot tell how much changed. A start (从/由…), a baseline (较去年, 同比) or an amount
    (提升7分至68分) in the same stretch of the sentence backs it; a plan's target is not a
    change that happened."""
    text = doc.text
    start_markers = vocab_regex(rule.params.get("start_markers", "level_start_markers"))
    verbs = vocab_regex(rule.params.get("verbs", "level_verbs"))
    bounds = vocab_regex(rule.params["bound_markers"]) if rule.params.get("bound_markers") else None
    previous_end: dict[int, int] = {}
    for m in verbs.finditer(text):
        start, end = m.span()
        s, e = doc.sentence_at(start)
        since = previous_end.get(s, s)
        previous_end[s] = end
        if text[end:end + 1] not in ("至", "到"):
            continue
        level = doc.metric_numbers_in(end + 1, min(e, end + 3))
        if not level:
            continue
        # A bound (降到5张以内) is how a target is worded, not a change that happened.
        if bounds is not None and bounds.search(text, level[0].start, level[0].end + 3):
            continue
        c_start, c_end = doc.clause_at(start)
        if start_markers.search(text, max(since, start - WINDOW), min(c_end, end + WINDOW)) or doc.count_metric_numbers(max(since, start - 8), start):
            continue
        if sentence_is_plan(doc, ctx, start) or is_heading(text, start) or \
                vocab_regex("target_markers").search(text, max(s, start - WINDOW), start):
            continue
        # A level with a date to reach it by (12月31日前, 2027年6月30日前) is a target.
        if any(n.kind == "date" and text.startswith(("前", "之前", "以前"), n.end)
               for n in doc.numbers_in(s, e)):
            continue
        yield Hit(start, level[0].end, rule.code, rule.render_message(text[start:level[0].end]),
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
