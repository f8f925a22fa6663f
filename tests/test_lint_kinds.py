"""Issue 20: behaviour on text the linter was not written against, by class of sentence.
Every example here is written for the test, not taken from a published summary."""

from __future__ import annotations

import pytest

from cswriter.lint import lint_text


def findings(text: str, path: str = "draft.txt"):
    return [f for f in lint_text(text, path=path) if f.code[:3] in ("CS1", "CS2", "CS3")]


def codes(text: str, path: str = "draft.txt") -> list[str]:
    return [f.code for f in findings(text, path)]


# Class: numbered or bulleted result and plan lines without a full stop are claims.
@pytest.mark.parametrize("text", [
    "二、本年工作\n1.调整了夜班排班，缩短了排队时间\n2.其他事项",
    "（一）下阶段继续优化工单分派，提高派单准确度\n（二）其他",
    "3、更新了会员权益话术，减少了重复咨询\n4、其他",
    "· 退货工单积压有所减少\n· 其他",
    "2.优化退款说明页，减少重复咨询\n3.其他",
])
def test_numbered_result_or_plan_line_is_a_claim(text: str) -> None:
    assert {"CS301", "CS302"} & set(codes(text))


@pytest.mark.parametrize("text", [
    "二、核心能力提升\n全年处理工单12,000件。",
    "三、2026年工作计划\n全年处理工单12,000件。",
    "主要做法：\n全年处理工单12,000件。",
])
def test_headings_stay_headings(text: str) -> None:
    assert codes(text) == []


def test_a_section_title_states_an_aim_not_a_result() -> None:
    assert "CS301" not in codes("一、重视大客户服务，提高人员素质。\n全年处理工单12,000件。")
    assert "CS301" in codes("- 实施轮岗，使坐席熟悉全流程业务，提升综合能力\n- 其他")


# Class: a degree or change word is backed only by a figure that measures it.
@pytest.mark.parametrize("text", [
    "新知识库上线三周后，检索效率明显改善。",
    "近两年来，线上渠道的占比大幅上升。",
])
def test_time_taken_does_not_back_a_degree_word(text: str) -> None:
    assert "CS101" in codes(text)


@pytest.mark.parametrize("text", [
    "新知识库上线三周后，单次检索平均耗时由40秒降至25秒。",
    "平均排队时长由95秒降至61秒，缩短明显。",
    "投诉工单均在24小时内及时回访。",  # a time limit measures how fast
])
def test_a_measuring_figure_backs_it(text: str) -> None:
    assert not {"CS101", "CS103"} & set(codes(text))


# Sentence kinds are data (sentences.yaml `kinds:`), each with examples that run here.
def _kind_cases():
    from cswriter.lint.catalogue import load_catalogue

    for name, spec in load_catalogue().kinds.items():
        for text in spec["examples"]["is"]:
            yield name, True, text
        for text in spec["examples"]["is_not"]:
            yield name, False, text


KIND_CASES = list(_kind_cases())


@pytest.mark.parametrize(("kind", "expect", "text"), KIND_CASES,
                         ids=[f"{k}-{'is' if e else 'not'}-{i}" for i, (k, e, _) in enumerate(KIND_CASES)])
def test_sentence_kind_examples(kind: str, expect: bool, text: str) -> None:
    from cswriter.lint.document import Document
    from cswriter.lint.judgement import kind_at
    from cswriter.text.script import matching_view

    view, _ = matching_view(text)
    doc = Document(view)
    s, _ = doc.sentences[0]
    assert (kind_at(doc, s) == kind) is expect, (kind, text, kind_at(doc, s))


def test_every_kind_has_a_severity_rule_and_the_new_kinds_have_examples() -> None:
    from cswriter.lint.catalogue import load_catalogue
    from cswriter.lint.judgement import KINDS

    kinds = load_catalogue().kinds
    assert set(kinds) == set(KINDS)
    for name in ("narrative", "general", "reflection", "maxim", "thanks"):
        assert kinds[name]["examples"]["is"] and kinds[name]["examples"]["is_not"], name


def severities(text: str) -> dict[str, str]:
    return {f.code: f.severity for f in findings(text)}


# Class: a story of one call; a general statement about the job; the customer's own words.
@pytest.mark.parametrize("text", [
    "记得有一次，一位大爷打来电话，声音很急，说了好几遍地址。",
    "当客服这一行，往往要面对情绪很激动的来电。",
    "那天一位客户在电话里说：“你们可能根本没看我的单子。”",
    '客户在电话里说:"你们可能根本没看我的单子,我等了很久。"',  # straight quotes, pasted
])
def test_degree_and_frequency_words_in_stories_and_general_statements(text: str) -> None:
    assert not [c for c in codes(text) if c.startswith("CS1")]


def test_the_same_words_in_a_claim_are_still_flagged() -> None:
    assert "CS101" in codes("本月售后来电量很大，客户情绪往往很急。")


# Class: reflections and thanks are hints; maxims and pledges are warnings.
def test_reflection_and_thanks_are_reported_as_hints() -> None:
    assert severities("这一年的夜班让我懂得了坚守的意义。") == {"CS212": "info"}
    assert set(severities("最后，衷心感谢主管和同事们一年来的帮助。").values()) <= {"info"}


def test_maxim_and_pledge_are_warnings() -> None:
    assert severities("细心是售后服务的第一要务。").get("CS213") == "warning"
    assert severities("新的一年我会积极配合领导，争取更好的成绩。").get("CS205") == "warning"


# Class: the writer's self-criticism is not blaming the customer.
def test_self_criticism_is_not_blame() -> None:
    assert "CS204" not in codes("工作中我偶尔会急躁，已请组长每周抽听我的录音。")
    assert "CS204" in codes("遇到急躁的客户，处理时长明显增加。")


# Class: findings read cleanly — one quote per finding.
def test_a_finding_quotes_its_phrase_once() -> None:
    from cswriter.lint.models import headline

    for f in findings("客户大概在下午三点来电。本中心始终以“服务为先、效率为本”为工作主线。"):
        shown = headline(f.match, f.message)
        assert shown.count(f"“{f.match}”") <= 1, shown
        assert "““" not in shown and "””" not in shown, shown
    assert len([f for f in findings("本中心始终以“服务为先、效率为本”为工作主线。") if f.code == "CS211"]) == 1
    assert headline("大概", "“大概”是不确定的说法。") == "“大概”是不确定的说法。"


# Class: rule texts read as plain Chinese, without the project's internal vocabulary.
def test_rule_texts_are_plain_chinese() -> None:
    import re

    from cswriter.lint.catalogue import load_catalogue

    catalogue = load_catalogue()
    allowed = {"cswriter", "toml", "lint", "reject", "Luhn", "NPS"}
    for rule in catalogue.rules:
        for text in (catalogue.readable(rule.rationale), rule.title, rule.message, rule.suggestion or ""):
            text = re.sub(r"\{\w+\}", "", text)  # placeholders filled in at run time
            text = re.sub(r"--?[a-z][\w-]*|[a-z]+(?:-[a-z]+)+", "", text)  # options the user types
            words = set(re.findall(r"[A-Za-z]{3,}", text)) - allowed
            assert not words, (rule.code, words, text)
            assert not re.search(r"种子|seeds/|LEXICON|\.md|\.yaml|[（(][A-F][0-9]?[、，）)]", text), (rule.code, text)
            assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", text), (rule.code, text)
        for source in rule.sources:
            assert not re.match(r"[A-F][0-9]? ", catalogue.cite(source)), (rule.code, catalogue.cite(source))


# Class: traditional script with pinyin pasted after characters, one syllable or several,
# in half- or full-width parentheses.
@pytest.mark.parametrize("text", [
    "本季度服務質量顯著(xiǎn zhù)提升。",
    "本季度服務質量顯（xiǎn）著提升。",
])
def test_pinyin_annotations_do_not_hide_words(text: str) -> None:
    found = findings(text)
    assert "CS101" in [f.code for f in found]
    assert "CS502" not in [f.code for f in lint_text(text, path="draft.txt")]


def test_a_line_of_dialogue_is_someones_words_not_the_writers() -> None:
    # Class (issue 20): quoted speech in a story. Each sentence of a line that opens with a
    # quotation mark, up to the closing mark, is someone's words; the writer's next line is not.
    text = "那天的来电我记得很清楚。\n“你们到底管不管！我等了三天了！你工号多少！”\n本季度投诉量很大！\n"
    found = codes(text)
    lines = [text.count("\n", 0, text.find("本季度")) + 1]
    assert "CS206" in found
    from cswriter.lint import lint_text

    rows = {f.line for f in lint_text(text) if f.code == "CS206"}
    assert rows == set(lines), rows


@pytest.mark.parametrize(("text", "both"), [
    # Class (issue 20): a degree word inside a change claim is vague and unsupported at once.
    ("夜间工单的回访覆盖面进一步扩大。", True),
    ("退款审核的时效进一步缩短。", True),
    # Continuity words only make the change a claim: one finding.
    ("我们不断优化退款流程，提高审核质量。", False),
])
def test_a_degree_word_inside_a_change_claim_is_reported_too(text: str, both: bool) -> None:
    found = set(codes(text))
    assert "CS301" in found
    assert any(c.startswith("CS1") for c in found) is both, found
