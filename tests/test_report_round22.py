"""Review 21's classes, as a supervisor reading the draft would notice them."""

from __future__ import annotations

import re

from helpers import drafted_offline, drafted_variant, section_of


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
    # (review 25, class D: the gaps are the verdict's and the table's)
    assert "但还没有一项达到全年目标" in metrics and "还差0.9个百分点" in markdown
    assert "工单闭环率达到95.1%" not in markdown


def test_two_missed_targets_causes_are_told_in_two_shapes():
    """Review 21 (both reviewers): X的差距出在…／Y的差距则是因为… was one frame twice."""
    _, draft, _ = drafted_offline("quarterly-insurance")
    problems = draft.section("problems").text
    assert "的差距出在" not in problems and "的差距则是因为" not in problems
    # (review 23, class 2: each a short paragraph, the later miss with 也, the causes' phrases apart)
    first, second = [p for p in problems.split("\n\n") if p.strip()][:2]
    # (review 25, class C: each miss and its cause one sentence, in two shapes — the cause
    # first, then the miss it explains; the miss, then 是因为 and its cause)
    assert first == "图文指南7月下旬才上线，7月的理赔仍按旧清单提交，这是理赔材料一次提交正确率没有达到目标的主要原因。"
    assert second.startswith("另外，续保成功率也没有达到目标，是因为") and "7月提醒时点偏晚" in second


def test_two_results_in_a_row_led_by_our_actions_are_no_chain():
    """Review 22 (class 1, both reviewers): 我们推行…，问题解决率…；我们把…，客户满意度… — the
    second of a pair opens with its action as a time clause, without the subject again."""
    _, _, markdown = drafted_offline("year-end-lead")
    results = section_of(markdown, "核心指标")
    assert "；把理赔进度改为主动告知客户之后，客户满意度达到90%" in results
    assert "我们把理赔进度" not in results


# --- review 23: the opener, the complaints, the verdict, the training ----------------------


def test_the_opener_writes_duties_and_channels_as_one_sentence():
    """Review 23 (A, both reviewers): the channels are the means of the duty and a later duty
    is a second clause, not the fields pasted (主要[duties]；…，服务渠道包括[channels])."""
    _, _, markdown = drafted_offline("year-end-lead")
    overview = section_of(markdown, "工作概述")
    assert "带领10人客服团队通过400热线、在线客服和微信公众号处理物流咨询" in overview
    assert "，并负责排班、质检、新人培训和跨部门协调。" in overview
    assert "服务渠道包括" not in overview and "；负责" not in overview
    _, _, markdown = drafted_offline("year-end-agent")
    overview = section_of(markdown, "工作概述")
    # (a side duty is left out; a duty that only works a channel the opener names is said once)
    assert "兼任" not in overview and "接听客户热线" not in overview
    assert "通过客服热线、在线工单和在线聊天" in overview


def test_the_opener_of_a_duty_that_opens_with_responsibility_puts_the_channels_first(tmp_path):
    def edit(data):
        data["report"]["duties"] = "负责售后退换货处理和差评回访；兼任新人带教"
        data["report"]["channels"] = ["旺旺在线咨询"]
    markdown = drafted_variant(tmp_path, "monthly-ecommerce", edit)[2]
    overview = section_of(markdown, "工作概述")
    assert "主要通过旺旺在线咨询接待客户，负责售后退换货处理和差评回访。" in overview, overview
    assert "兼任" not in overview

    def noun_duty(data):
        data["report"]["duties"] = "售后满意度回访与问题跟进"
        data["report"]["channels"] = ["电话", "短信"]
    overview = section_of(drafted_variant(tmp_path, "monthly-ecommerce", noun_duty)[2], "工作概述")
    assert "主要通过电话和短信接待客户，负责售后满意度回访与问题跟进。" in overview, overview


def test_the_complaints_base_is_the_modifier_of_the_change():
    """Review 23 (F): 比去年同期的40件减少22.5%, not 去年同期40件，较去年同期减少22.5%;
    an open complaint keeps its count without a rate repeating the counts."""
    _, _, markdown = drafted_offline("half-year-property")
    complaints = section_of(markdown, "投诉")
    assert re.search(r"(?:共收到投诉|一共收到客户投诉|收到的投诉共)31件，比去年同期的40件减少22.5%。", complaints)
    assert re.search(r"(?:已办结29件，还有|其中29件已经办结，|29件已办结，剩下)2件(?:尚)?未办结", complaints) \
        and "办结率" not in complaints
    _, _, markdown = drafted_offline("quarterly-insurance")
    complaints = section_of(markdown, "投诉")
    assert "比上季度的19件减少26.3%。投诉已全部办结。" in complaints and "办结率" not in complaints


def test_the_verdict_only_judges_and_the_complaints_paragraph_tells_their_rise():
    """Review 23 (H, both reviewers): no complaint count or rate in the verdict, no signpost
    to the problems section; the rise and its rate per workload are told with the complaints."""
    _, _, markdown = drafted_offline("monthly-ecommerce")
    results = section_of(markdown, "核心指标")
    assert results.split("\n\n")[1].startswith("本月考核指标全部达到或优于目标。")
    assert "投诉" not in results.split("**核心指标对比**")[0]
    complaints = section_of(markdown, "投诉处理")
    assert "共收到投诉17件，比上月的11件增加54.5%，但按接待量算，投诉率从0.28%降到0.25%。" in complaints
    assert "下文" not in markdown and "在下文的问题分析中说明" not in markdown


def test_training_sits_in_a_section_of_its_own_kind():
    """Review 23 (C, both reviewers): no training line among the metrics, none after the
    overview's workload, no link to a category the facts do not make (针对理赔咨询类问题)."""
    _, _, markdown = drafted_offline("quarterly-insurance")
    assert "培训" not in section_of(markdown, "核心指标") and "针对理赔咨询类问题" not in markdown
    assert "季度考核成绩由82分提升至91分" in section_of(markdown, "培训与能力提升")
    _, _, markdown = drafted_offline("half-year-property")
    assert "培训" not in section_of(markdown, "核心指标")
    # (a one-line training opens the 体会 it taught, before the plans: review 131)
    assert "考核成绩92分" in section_of(markdown, "培训与体会")
    _, _, markdown = drafted_offline("year-end-agent")
    assert "手册" not in section_of(markdown, "工作概述")


def test_a_training_line_opens_a_reflections_section_that_stays(tmp_path):
    """…a 体会 section of its own (two reflections, not joined to the problems) takes the
    training line as its first sentence: what was learnt, then what it taught."""
    def edit(data):
        data["reflections"] = ["主动告知进度比加快维修本身更能减少投诉", "雨季前的巡检要列入每年的工作计划"]
        data["cases"] = [c for c in data["cases"] if "教训" not in str(c) and "进度" not in str(c)]
    markdown = drafted_variant(tmp_path, "half-year-property", edit)[2]
    learnt = section_of(markdown, "培训与体会")
    assert learnt and learnt.split("\n\n")[1].startswith("我参加《物业服务投诉处理》培训2次，考核成绩92分。"), markdown
    assert "培训与能力提升" not in markdown
