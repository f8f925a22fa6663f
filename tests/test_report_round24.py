"""Review 23's classes, as a supervisor reading the offline draft would notice them."""

from __future__ import annotations

import re

import pytest

from helpers import drafted_offline, section_of

NAMES = ["half-year-property", "monthly-ecommerce", "project-lead", "project-smart-cs", "quarterly-insurance",
         "weekly-phone", "weekly-team-lead", "year-end-agent", "year-end-lead"]


def test_an_action_leads_the_metric_it_moved_with_a_causal_connective():
    """Review 23 (class 1, both reviewers): 我们推行岗位技能分级培训，问题解决率达到88% glues
    the action to a level by a comma; the reader cannot tell whether it worked."""
    _, _, markdown = drafted_offline("year-end-lead")
    results = section_of(markdown, "核心指标")
    # (…from where it was, 从81.5%提升到88%: blind round 23's first run read a year-end's second
    # gain told by its change alone as a change with no level)
    assert "我们推行岗位技能分级培训后，问题解决率从81.5%提升到88%" in results
    # an action of two clauses takes 因此 (…并按时段调整排班后 would stack)
    assert "并按时段调整排班，因此团队平均响应时长" in results


def test_a_miss_after_its_action_says_but_before_its_gap():
    """Review 23 (class 1): after an action, the gap left is its limit, not its effect."""
    _, _, markdown = drafted_offline("half-year-property")
    results = section_of(markdown, "核心指标")
    # (review 25, class D: after a verdict of shortfalls, the action's effect, no gap again)
    assert "同步报修进度和维修节点后，工单闭环率从93.4%提升到95.1%" in results
    _, _, markdown = drafted_offline("project-lead")
    results = section_of(markdown, "成果")
    assert re.search(r"条目标题改用客户的原话之后，知识库搜索命中率为87%，但离目标还差3个百分点", results)


def test_a_problem_is_evidence_cause_and_cost():
    """Review 23 (class 2, both reviewers): a problem is a short paragraph — what was seen with
    its figure, the cause, what it cost — not one sentence in a fixed frame."""
    _, draft, _ = drafted_offline("weekly-team-lead")
    problem = draft.section("problems").text.split("\n\n")[0]
    seen, cause = problem.split("。")[:2]
    assert re.search(r"\d+秒", seen) and "我周末只排了4人" in cause
    # (evidence that gives the metric's level, 平均首响时长为26秒, is not followed by 这也让平均首响
    # 时长没有达到目标: the results said the miss — review 52, all four reviewers)
    assert "没有达到目标" not in problem
    # …a cost in complaints, where the facts name a complaint type alike (发货延迟)
    _, draft, _ = drafted_offline("monthly-ecommerce")
    problem = draft.section("problems").text.split("\n\n")[0]
    assert re.search(r"本月的发货延迟类投诉也与此有关", problem)
    # …a problem that is only a miss: named without its level, its cause a clause of the same
    # sentence, no stock opener (review 25, class C)
    _, draft, _ = drafted_offline("project-lead")
    problems = draft.section("problems").text
    assert "知识库搜索命中率没有达到目标，是因为客户的口语化提问没有被收录为同义词。" in problems
    assert "这也是新人独立上岗周期没有达到目标的主要原因" in problems
    assert not re.search(r"究其原因|症结在于|背后的原因是|归根到底", problems) and "87%" not in problems


@pytest.mark.parametrize("name", NAMES)
def test_no_fixed_problem_frame_is_shared_within_a_report(name):
    """Review 23 (class 2): two problems of one report do not share a cause phrase."""
    _, draft, _ = drafted_offline(name)
    section = draft.section("problems")
    if section is None:
        return
    phrases = re.findall(r"(原因是|这主要是因为|究其原因|原因在于|症结在于|背后的原因是|归根到底是)", section.text)
    assert len(phrases) == len(set(phrases)), phrases


def test_stock_cause_phrases_vary_across_reports():
    """Review 23 (class 3): 症结在于／背后的原因是 recurred across unrelated authors' drafts; the
    phrasing is chosen per report, so the nine reports do not share one. Review 25 (class C):
    the formulas themselves (究其原因, 症结在于, 背后的原因是, 归根到底) are gone; the plain
    connectives still turn."""
    used = []
    for name in NAMES:
        _, draft, _ = drafted_offline(name)
        section = draft.section("problems")
        if section is not None:
            used += re.findall(r"(原因是|这主要是因为|究其原因|原因在于|症结在于|背后的原因是|归根到底是)", section.text)
    assert len(set(used)) >= 3, used
    assert not set(used) & {"究其原因", "症结在于", "背后的原因是", "归根到底是"}, used
    assert max(used.count(x) for x in set(used)) <= len(used) // 2, used
