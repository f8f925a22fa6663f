"""What kind of statement a sentence is, decided before the word rules run.

The wording rules (CS1xx–CS3xx) are about the writer's own results, plans and
self-evaluation. On published summaries most false alarms were listed words in sentences
that claim none of these (issue 10): headings and title runs, duty lines, sentences about
the report itself, instructions for the job, hypotheticals, other people's opinions. The
engine asks `kind_at` for every wording hit and keeps it only where the rule applies (by
default: claims). Word lists are in `cswriter/data/lint/sentences.yaml`.

Every check looks at a bounded window or at one sentence or clause once, so the cost stays
linear in the text.
"""

from __future__ import annotations

from bisect import bisect_right

from cswriter import regexcache
from cswriter.lint.document import Document
from cswriter.lint.kinds.base import vocab_regex

CLAIM = "claim"
HEADING = "heading"
META = "meta"
DUTY = "duty"
INSTRUCTION = "instruction"
HYPOTHETICAL = "hypothetical"
OTHERS = "others"
PURPOSE = "purpose"
QUOTED = "quoted"
NARRATIVE = "narrative"
GENERAL = "general"
REFLECTION = "reflection"
MAXIM = "maxim"
THANKS = "thanks"
KINDS = (CLAIM, HEADING, META, DUTY, INSTRUCTION, HYPOTHETICAL, OTHERS, PURPOSE, QUOTED, NARRATIVE,
         GENERAL, REFLECTION, MAXIM, THANKS)

# A heading line: short, no sentence-final mark, more text after it.
_HEADING_MAX = 30
_SENTENCE_MARKS = regexcache.compile(r"[。！？!?；;]")
_BULLETS = "-*•·+>▪●○◆■□"
_META_WINDOW = 12
_ADJECTIVE_BEFORE = regexcache.compile(r"(?:认真|尽职|尽心|非常|十分|高度|很|极|更|特别|较为|比较)\Z")
# Words inside quotation marks are what someone says (可以声明“我帮您找…”), not the speaker.
_QUOTED = regexcache.compile(r"“[^”]*”|「[^」]*」")
_OPENER_WINDOW = 4


def _line_bounds(doc: Document, pos: int) -> tuple[int, int]:
    starts = doc.line_index._starts  # noqa: SLF001 - same package, one bisect per sentence
    i = bisect_right(starts, pos) - 1
    end = starts[i + 1] - 1 if i + 1 < len(starts) else len(doc.text)
    return starts[i], end


def _is_heading(doc: Document, s: int) -> bool:
    text = doc.text
    line_start, line_end = _line_bounds(doc, s)
    if text.startswith("#", line_start):
        return True
    if line_end - line_start > _HEADING_MAX * 2:
        return False
    line = text[line_start:line_end].strip()
    if not line or len(line) > _HEADING_MAX or _SENTENCE_MARKS.search(line):
        return False
    if line[0] in _BULLETS:
        return False  # a list item without a full stop is still a statement
    if line[0] in "【[" and line[-1] in "】]":
        return True  # 【做得还可以的】: a bracketed section title, whatever words it holds
    if _states_something(doc, line_start, line_end):
        return False  # 3.梳理了退款话术，减少了重复解释: a result line, not a title
    if _has_sibling_item(text, line_start, line_end):
        return False  # 1.系统操作还不熟练 right above 2.…: one item of a list, not a title
    # Something must follow: a one-line text is a sentence, not a title.
    return text[line_end:line_end + 2000].strip() != ""


# An item numbered in Arabic digits (1. 2、 (3)): the style of its mark. Chinese numerals
# (一、 （二）) number sections, whose titles stand alone.
_ITEM_MARK = regexcache.compile(r"[ \t\u3000]*(?:[0-9０-９]{1,2}([.．、)）])|([（(])[0-9０-９]{1,2}[)）])")
_SIBLING_WINDOW = 300


def _item_style(text: str, start: int) -> str | None:
    m = _ITEM_MARK.match(text, start)
    return None if m is None else (m.group(1) or m.group(2))


def _has_sibling_item(text: str, line_start: int, line_end: int) -> bool:
    """Is the numbered line one of a run of items in the same style (1.…\n2.…)? Class (issue 20
    round 3): a short item of a list states something (1.系统操作还不熟练, (3)提升客户体验,
    6. 预约单量比上月下降); a numbered title is followed by its own text, not by a sibling."""
    style = _item_style(text, line_start)
    if style is None:
        return False
    nxt = line_end + 1
    while nxt < len(text) and nxt < line_end + _SIBLING_WINDOW and text[nxt] in " \t\u3000\n":
        nxt += 1
    if nxt < len(text) and _item_style(text, nxt) == style:
        return True
    prev_end = line_start - 1
    while prev_end > 0 and prev_end > line_start - _SIBLING_WINDOW and text[prev_end - 1] in " \t\u3000\n":
        prev_end -= 1
    if prev_end <= 0:
        return False
    prev_start = text.rfind("\n", max(0, prev_end - _SIBLING_WINDOW), prev_end) + 1
    return _item_style(text, prev_start) == style


_SECTION_MARK = regexcache.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])")


def _section_title_over_text(text: str, line_start: int, line_end: int) -> bool:
    """A line numbered in Chinese (一、 （二）) whose next line is its text or its list, not
    another such line."""
    if _SECTION_MARK.match(text, line_start) is None:
        return False
    nxt = line_end + 1
    while nxt < len(text) and nxt < line_end + _SIBLING_WINDOW and text[nxt] in " \t\u3000\n":
        nxt += 1
    return nxt < len(text) and _SECTION_MARK.match(text, nxt) is None


# A line that reports a done action (verb + 了) or states a plan is a claim, numbered or not;
# a heading is a noun phrase (二、核心能力提升) or introduces what follows (主要做法：).
# 了 in 为了/除了/了解/了如指掌 is not the perfective.
_PERFECTIVE = regexcache.compile(r"(?<![为除罢])[\u4e00-\u9fff]了(?![解如然结])")


_RESULT_CLAUSE = regexcache.compile(r"[，,；;]\s*(?:并|从而|进而|以此)?")


def _states_something(doc: Document, start: int, end: int) -> bool:
    text = doc.text
    if _PERFECTIVE.search(text, start, end):
        return True
    # An action, then its result (优化退款话术，减少重复解释): a change verb opening a later clause.
    # A section title numbered in Chinese (（一）优化厅堂动线，提升服务效率) followed by its own
    # text names a measure and its aim; the text under it says how it went (issue 20 round 3).
    if not _section_title_over_text(text, start, end):
        for m in _RESULT_CLAUSE.finditer(text, start, end):
            if vocab_regex("change_verbs").match(text, m.end()):
                return True
    # A change stated as an outcome (工单积压有所减少, 咨询量环比上升): a heading names a topic
    # (核心能力提升), it does not say how the topic went.
    if _outcome_regex().search(text, start, end):
        return True
    # An evaluation (售后处理得比较慢, 晚上比白天慢不少): a heading names a topic, it does not
    # judge it.
    if vocab_regex("evaluation_markers").search(text, start, end):
        return True
    from cswriter.lint.kinds.claims import line_has_plan, line_in_plan_section

    # A line under a plan heading that opens with an action verb (下季度工作计划\n1. 深化…).
    return line_has_plan(doc, start, end) or line_in_plan_section(doc, start, end)


# A thank-you opens its sentence, after a lead such as 最后/在此/同时 (最后，感谢…).
_THANKS_LEAD = regexcache.compile(r"(?:最后|在此|此外|同时|借此机会|再次|这里|我要|我想|也要|还要|[，,、\s])*")
_NARRATIVE_BACK = 300  # how far back in the paragraph a story's opener is looked for


# Patterns built from the vocabulary on first use (the catalogue is read lazily).
_PATTERNS: dict[str, object] = {}


def _maxim_regex():
    pattern = _PATTERNS.get("maxim")
    if pattern is None:
        from cswriter.lint.catalogue import vocab
        from cswriter.lint.matching import trie_pattern

        nouns = trie_pattern(vocab("maxim_nouns"))
        # 耐心是客服最好的名片; 服务质量是热线的生命线: a short subject, “是”, a short “…的”
        # and a metaphor noun closing the sentence (used with fullmatch).
        pattern = _PATTERNS["maxim"] = regexcache.compile(
            f"[^，。,；;0-9０-９]{{1,10}}?(?:是|乃|就是|才是)[^，。,；;0-9０-９]{{0,10}}?(?:{nouns})")
    return pattern


def _outcome_regex():
    pattern = _PATTERNS.get("outcome")
    if pattern is None:
        from cswriter.lint.catalogue import vocab
        from cswriter.lint.matching import trie_pattern

        markers = trie_pattern(vocab("claim_markers") + vocab("outcome_markers"))
        verbs = trie_pattern(vocab("change_verbs"))
        pattern = _PATTERNS["outcome"] = regexcache.compile(f"(?:{markers})(?:{verbs})")
    return pattern


_PROGRESSIVE = regexcache.compile(r"[\u4e00-\u9fff]着")


def _paints_a_scene(text: str, s: int, e: int) -> bool:
    not_progressive = vocab_regex("not_progressive")
    for m in _PROGRESSIVE.finditer(text, s, e):
        if not not_progressive.search(text, max(s, m.start() - 2), min(e, m.end() + 1)):
            return True
    return False


def _is_narrative(doc: Document, s: int, e: int) -> bool:
    text = doc.text
    if vocab_regex("narrative_markers").search(text, s, e) or (
            text.find("着", s, e) >= 0 and _paints_a_scene(text, s, e)):
        return True
    line_start, _ = _line_bounds(doc, s)
    return vocab_regex("narrative_openers").search(text, max(line_start, s - _NARRATIVE_BACK), e) is not None


def _is_general(doc: Document, s: int, e: int) -> bool:
    text = doc.text
    m = vocab_regex("general_subjects").search(text, s, min(e, s + 8))
    if m is None:
        return False
    plain = _QUOTED.sub("", text[s:e])
    return not vocab_regex("first_person").search(plain) and not vocab_regex("report_period_markers").search(plain)


_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』"}


def _in_dialogue_line(doc: Document, s: int, e: int) -> bool:
    """A line that opens with a quotation mark is someone's words (a line of dialogue in a
    story: “您别急，我帮您查……”); its sentences up to the closing mark are not the writer's
    claims. The sentence must lie inside the quotation: “客户至上”是我们的理念 is not."""
    text = doc.text
    line_start, line_end = _line_bounds(doc, s)
    while line_start < line_end and text[line_start] in " \t\u3000":
        line_start += 1
    close = _QUOTE_PAIRS.get(text[line_start:line_start + 1])
    if close is None:
        return False
    end = text.find(close, line_start + 1, line_end)
    end = line_end if end < 0 else end + 1
    # Speech has a speaker and a listener (你/您/我, 吗/呢/啊); a quoted slogan on a line of
    # its own (“用心服务，真诚相待”) has neither and stays the writer's.
    return line_start <= s and e <= end + 1 and _SPOKEN.search(text, line_start, end) is not None


_SPOKEN = regexcache.compile(r"[你您我他她咱俺吗呢啊吧呀嘛哦哎喂]")


def _sentence_kind(doc: Document, s: int, e: int) -> str:
    text = doc.text
    if _is_heading(doc, s):
        return HEADING
    if _in_dialogue_line(doc, s, e):
        return QUOTED
    if vocab_regex("duty_labels").match(text, s):
        return DUTY
    if vocab_regex("meta_openers").search(text, s, min(e, s + _META_WINDOW)):
        return META
    if vocab_regex("others_markers").search(text, s, e):
        return OTHERS
    if vocab_regex("hypothetical_openers").search(text, s, min(e, s + _OPENER_WINDOW)):
        return HYPOTHETICAL
    lead = _THANKS_LEAD.match(text, s, e).end()
    if vocab_regex("thanks_markers").match(text, lead):
        return THANKS
    if vocab_regex("reflection_markers").search(text, s, e):
        return REFLECTION
    if _maxim_regex().fullmatch(text, s, e) or vocab_regex("maxim_phrases").search(text, s, e):
        return MAXIM
    if _is_narrative(doc, s, e):
        return NARRATIVE
    if _is_general(doc, s, e):
        return GENERAL
    if (vocab_regex("instruction_markers").search(text, s, e) or
            vocab_regex("requirement_openers").search(text, s, min(e, s + _META_WINDOW))) and \
            not vocab_regex("first_person").search(_QUOTED.sub("", text[s:e])) and \
            not vocab_regex("future_markers").search(text, s, e):
        return INSTRUCTION
    return CLAIM


def _clause_kind(doc: Document, pos: int) -> str:
    c_start, c_end = doc.clause_at(pos)
    text = doc.text
    if vocab_regex("purpose_openers").match(text, c_start):
        return PURPOSE
    # …取得了一定的成绩，现将一年来工作情况总结如下: only the last clause is about the report.
    if vocab_regex("meta_openers").match(text, c_start) or \
            vocab_regex("meta_markers").search(text, c_start, min(c_end, c_start + 200)):
        return META
    for m in vocab_regex("duty_markers").finditer(text, c_start, min(c_end, c_start + 200)):
        if not _ADJECTIVE_BEFORE.search(text, max(c_start, m.start() - 2), m.start()) and \
                not text.startswith(("任", "的"), m.end()):
            return DUTY  # 负责团队管理 is a duty; 认真负责, 负责任 praise; 我负责的班组 names
    return CLAIM


def kind_at(doc: Document, pos: int) -> str:
    """The kind of statement at `pos`: the sentence's kind, else its clause's."""
    s, e = doc.sentence_at(pos)
    kinds = doc.memo.setdefault("sentence_kinds", {})
    kind = kinds.get(s)
    if kind is None:
        kind = kinds[s] = _sentence_kind(doc, s, e)
    if kind != CLAIM:
        return kind
    clause = doc.clause_at(pos)
    ckinds = doc.memo.setdefault("clause_kinds", {})
    ckind = ckinds.get(clause[0])
    if ckind is None:
        ckind = ckinds[clause[0]] = _clause_kind(doc, pos)
    return ckind
