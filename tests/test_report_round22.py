"""Review 21's classes, as a supervisor reading the draft would notice them."""

from __future__ import annotations

import re

from helpers import drafted_offline, section_of


def test_a_members_project_report_does_not_claim_the_milestones():
    """A front-line representative's project report: the project's steps are not hers — told
    with 我 they claim its work ("把项目成果归到自己名下", review 21), told as steps without
    a subject they read as a frame (review 22): the compact list stays, and the author's own
    contributions are 我."""
    _, _, markdown = drafted_offline("project-smart-cs")
    process = section_of(markdown, "实施过程")
    steps = process.split("\n\n")[1]
    assert "3月完成一线需求调研" in steps and "我" not in steps, steps
    assert "我提交优化建议47条" in process


def test_a_leads_project_report_keeps_the_steps_as_her_own():
    _, _, markdown = drafted_offline("project-lead")
    steps = section_of(markdown, "实施过程").split("\n\n")[1]
    assert "项目组" not in steps and "我们先完成" in steps


def test_a_half_year_gap_is_told_once_and_the_plan_commits_to_the_annual_target():
    """Both half-year misses with no cause or plan in the facts: their gap where the level
    stands, and a dated commitment to the annual target in the plans that says no figure
    again (review 21: both reviewers sent back a draft with no plan for them)."""
    _, draft, markdown = drafted_offline("half-year-property")
    plans = draft.section("plans").text
    assert "2025年12月31日前我还要让工单闭环率和维修跟进满意度达到全年目标。" in plans
    assert not re.search(r"\d", plans.split("2025年12月31日前我还要让")[1].split("。")[0])
    metrics = draft.section("metrics").text
    assert "工单闭环率为95.1%，但距全年目标还差0.9个百分点" in metrics
    assert "工单闭环率达到95.1%" not in markdown


def test_two_missed_targets_causes_are_told_in_two_shapes():
    """Review 21 (both reviewers): X的差距出在…／Y的差距则是因为… was one frame twice."""
    _, draft, _ = drafted_offline("quarterly-insurance")
    problems = draft.section("problems").text
    assert "的差距出在" not in problems and "的差距则是因为" not in problems
    # (review 23, class 2: each a short paragraph, the later miss with 也, the causes' phrases apart)
    first, second = [p for p in problems.split("\n\n") if p.strip()][:2]
    assert first.startswith("理赔材料一次提交正确率停在81%，没有达到目标。") and "图文指南7月下旬才上线" in first
    assert second.startswith("另外，续保成功率") and "也没有达到目标。" in second and "7月提醒时点偏晚" in second
    assert first.split("。")[1][:4] != second.split("。")[1][:4]


def test_two_results_in_a_row_led_by_our_actions_are_no_chain():
    """Review 22 (class 1, both reviewers): 我们推行…，问题解决率…；我们把…，客户满意度… — the
    second of a pair opens with its action as a time clause, without the subject again."""
    _, _, markdown = drafted_offline("year-end-lead")
    results = section_of(markdown, "核心指标")
    assert "；把理赔进度改为主动告知客户之后，客户满意度达到90%" in results
    assert "我们把理赔进度" not in results
