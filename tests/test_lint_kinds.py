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
])
def test_a_measuring_figure_backs_it(text: str) -> None:
    assert "CS101" not in codes(text)
