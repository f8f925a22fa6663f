"""Classes of behaviour the fifteenth blind review found in the offline drafts' problems,
plans and lessons: one stock mould in every draft (本周我遇到的主要问题是T：…。原因是…,
下一步，我会…，目标是在…前让…, 经过这件事，我知道了…) and lessons placed after problems they
do not come from. Asserted over fixtures and variants of them."""

from __future__ import annotations

import re

import pytest
from helpers import drafted_offline, drafted_variant, section_of

NAMES = ["half-year-property", "monthly-ecommerce", "project-lead", "project-smart-cs",
         "quarterly-insurance", "weekly-phone", "weekly-team-lead", "year-end-agent", "year-end-lead"]


def test_a_problem_opens_with_its_evidence_then_its_cause():
    """A supervisor reads what went wrong first (318秒, 93秒 above the mean), then why: not
    本周我遇到的主要问题是…：…。原因是…. (Review 17: the title, 分期手续费解释耗时长, is the
    author's label and is left out, not pasted in as the cause's subject.)"""
    _, _, markdown = drafted_offline("weekly-phone")
    problems = section_of(markdown, "问题")
    body = problems.split("\n\n", 1)[1]
    assert body.startswith("分期办理类来电平均通话时长为318秒")
    assert re.search(r"93秒。[^。]{0,8}手续费计算口径分散在3份文档里", problems)
    assert "遇到的主要问题是" not in problems and "分期手续费解释耗时长" not in problems


@pytest.mark.parametrize("name", NAMES)
def test_no_draft_uses_the_stock_problem_and_lesson_frames(name):
    _, _, markdown = drafted_offline(name)
    assert "遇到的主要问题是" not in markdown
    assert "经过这件事" not in markdown and "知道了" not in markdown


def test_a_plan_that_serves_a_problem_opens_with_its_owner_and_action():
    """The plan follows its problem: the owner and the action, then the date and aim, not
    下一步，我会…，目标是在…前让…, and (review 17) not the problem's title again (针对…)."""
    _, _, markdown = drafted_offline("weekly-team-lead")
    plans = section_of(markdown, "计划")
    assert re.search(r"\n我们会安排周末晚8点至11点增加2人在线", plans)
    assert "目标是在" not in plans and "针对" not in plans and "为解决" not in plans


def test_a_plan_that_serves_no_problem_keeps_its_plain_opening(tmp_path):
    def edit(data):
        data["problems"] = [dict(p, title="夜间人手少", evidence="夜间报修占全天的40%") for p in data["problems"]]
    markdown = drafted_variant(tmp_path, "half-year-property", edit)[2]
    plans = section_of(markdown, "计划")
    assert "针对" not in plans and "为解决" not in plans
    assert "渗水报修量控制在5单以内" in plans


def test_a_reflection_told_by_a_case_follows_that_case_not_an_unrelated_problem(tmp_path):
    """进度反馈不及时占业主投诉的35% is the first case's story: what it taught (主动告知进度…)
    follows that case, and the problem about night duty is not followed by it."""
    def edit(data):
        data["reflections"].append("夜间报修要有专人值守")
    markdown = drafted_variant(tmp_path, "half-year-property", edit)[2]
    cases, problems = section_of(markdown, "案例"), section_of(markdown, "问题")
    story = next(p for p in cases.split("\n\n") if "同类投诉由8件降至3件" in p)
    assert "主动告知进度比加快维修本身更能减少投诉" in story
    assert "主动告知进度" not in problems
    # (…and the other closes the problems it was drawn from, with the one-line training before
    # the plans: 培训与体会 — review 131 read a one-line training section as no section)
    assert "夜间报修要有专人值守" in section_of(markdown, "体会") and "夜间报修要有专人值守" not in cases
    assert markdown.index("夜间报修要有专人值守") < markdown.index("改进措施")


def test_a_reflection_stays_when_moving_it_would_leave_a_one_sentence_section():
    """…but a section of one problem and nothing else is sent back too: it stays there."""
    _, _, markdown = drafted_offline("half-year-property")
    problems = section_of(markdown, "问题")
    assert len([s for s in re.split(r"。", problems.split("\n\n", 1)[1]) if s.strip()]) >= 2


def test_each_problem_keeps_a_paragraph_of_its_own():
    for name, first, second in (("project-lead", "搜索命中率没有达到目标", "新人上岗周期也没有达到目标"),
                                ("year-end-lead", "节假日单量激增时人手不足", "新人质检分偏低")):
        paragraphs = section_of(drafted_offline(name)[2], "问题").split("\n\n")
        assert not any(first in p and second in p for p in paragraphs), name


@pytest.mark.parametrize("name", ["monthly-ecommerce", "half-year-property", "project-lead", "quarterly-insurance"])
def test_two_plans_of_one_report_do_not_reach_for_their_aims_with_the_same_word(name):
    plans = section_of(drafted_offline(name)[2], "计划")
    for word in ("争取", "力争", "目标是"):
        assert plans.count(word) <= 1, (name, word, plans)
