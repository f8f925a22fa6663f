"""Review 25's classes (reviewer b), as a supervisor reading the offline draft would notice them."""

from __future__ import annotations

import re

import pytest

from helpers import drafted_offline, drafted_variant, section_of

NAMES = ["half-year-property", "monthly-ecommerce", "project-lead", "project-smart-cs", "quarterly-insurance",
         "weekly-phone", "weekly-team-lead", "year-end-agent", "year-end-lead"]
STOCK_OPENERS = ("究其原因", "症结在于", "背后的原因是", "归根到底")


@pytest.mark.parametrize("name", NAMES)
def test_a_miss_is_not_restated_before_its_cause(name):
    """Class C: "X没有达到目标。究其原因，是…" says the miss, then opens its cause with a
    formula; the cause is a clause of the miss's own sentence, and no problem opens its cause
    with a stock formula."""
    _, draft, _ = drafted_offline(name)
    section = draft.section("problems")
    if section is None:
        return
    assert not re.search(r"没有达到(?:全年)?目标。(?:究其|原因|这主要是因为|症结|背后|归根)", section.text), section.text
    assert not any(x in section.text for x in STOCK_OPENERS), section.text


def test_a_contribution_a_plan_carries_on_is_told_as_the_plans_base():
    """Class E: 牵头制定服务话术标准化手册 listed as training (no course, hours or score) made a
    one-line 培训与能力提升 section with no outcome; the plan that carries it on (完成手册第二版)
    tells it, in the past, and names the handbook once more by its head noun."""
    _, draft, markdown = drafted_offline("year-end-agent")
    assert draft.section("training") is None or not draft.section("training").text
    plans = section_of(markdown, "计划")
    assert "本年度我牵头制定了服务话术标准化手册，接下来还要完成手册第二版并组织全员培训" in plans
    assert markdown.count("服务话术标准化手册") == 1


def test_real_training_keeps_its_place(tmp_path):
    """…while an item that is training (a course, its hours or score) is not moved into a plan,
    even when a plan shares its words."""
    def edit(data):
        data["training"] = ["参加服务话术标准化手册培训6课时，考核成绩95分"]
    _, draft, markdown = drafted_variant(tmp_path, "year-end-agent", edit)
    assert "参加服务话术标准化手册培训6课时" in markdown
    assert "接下来还要" not in section_of(markdown, "计划")


def test_a_one_clause_agreement_continues_the_work_it_belongs_to():
    """Class E: 我们与产品部约定新品上市前5个工作日提交知识条目。 after the work paragraph read
    as unconnected; one clause with no result continues the list of the work (…；我们还…)."""
    _, _, markdown = drafted_offline("project-lead")
    process = section_of(markdown, "实施过程")
    assert "每条答案控制在200字以内；我们还与产品部约定新品上市前5个工作日提交知识条目。" in process
    # …one with a result keeps a sentence of its own (例会共24次，缺陷平均修复周期为3天)
    _, _, markdown = drafted_offline("project-smart-cs")
    assert "。我每周参加与技术部、质检部的例会，共24次" in markdown


@pytest.mark.parametrize("name", NAMES)
def test_an_owned_lesson_ends_on_what_changes(name):
    """Class G: 这是我要吸取的教训 / 这一点我今后要记住 after a concrete admission add nothing;
    the tail says what will be done differently."""
    _, _, markdown = drafted_offline(name)
    assert not re.search(r"要吸取的教训|今后要记住|要补上的一课", markdown)


# -- found on facts the writer was not tuned on (fixtures/tracing/blind-*) ---------------------

def _blind(path: str):
    from helpers import FIXTURES, _drafted
    return _drafted(FIXTURES / "tracing" / path)


def test_a_missed_metrics_plan_is_told_once_in_the_plans():
    """A missed metric with a plan and no problem got a subjectless copy of the plan in the
    results (…但仍低于目标1.6个百分点。下一步，完善首问负责和知识库，提升一次解决率；客户满意度…),
    then the plan again, with its owner, target and date, in the plans section."""
    _, _, markdown = _blind("blind-14/half-year-used-car.yaml")
    results = section_of(markdown, "核心指标")
    assert "下一步" not in results
    assert "完善首问负责和知识库" in section_of(markdown, "计划")
    assert markdown.count("完善首问负责和知识库") == 1


def test_the_verdict_names_no_metric_twice():
    """…没有达到的是问题一次解决率和退车纠纷平均处理时长；问题一次解决率、客户满意度、退车纠纷
    平均处理时长尚未达到全年目标: the misses just named are not listed again; the others are
    named alone, with 也."""
    _, _, markdown = _blind("blind-14/half-year-used-car.yaml")
    verdict = section_of(markdown, "核心指标").split("\n\n")[1].split("。")[0]
    assert verdict.endswith("；客户满意度也尚未达到全年目标，是下半年的重点"), verdict
    assert verdict.count("问题一次解决率") == 1


def test_a_worsening_the_verdict_names_is_not_told_again():
    """…未达到目标；但平均排队时长为90秒，较去年同期延长125%。…此外，平均排队时长为90秒，较去年
    同期延长125%。 — said twice in one paragraph, and after misses, 但 is no turn."""
    _, _, markdown = _blind("../tracing/half-year-fitness.yaml")
    results = section_of(markdown, "核心指标")
    assert results.count("较去年同期延长125%") == 1
    assert "；另外，平均排队时长为90秒，较去年同期延长125%" in results


def test_results_after_a_verdict_of_shortfalls_tell_what_moved_each():
    """Class D: after 均向好，但还没有一项达到全年目标, three results in a row each told "…，因此X为V，
    但距全年目标还差G" credit the action with the shortfall and read the table aloud: each tells
    what moved it, by one figure; the gap stays only with the miss a problem takes up, and no
    two bare causes in a row take 因此."""
    _, draft, _ = drafted_offline("half-year-property")
    results = draft.section("metrics").text.split("**")[0]
    assert results.count("还差") == 1 and "但距全年目标15分钟还差3分钟" in results
    # (a half-year tells its two biggest gains from where they were, blind round 23: 从93.4%提升到95.1%)
    assert "工单闭环率从93.4%提升到95.1%" in results
    assert results.count("因此") <= 1
