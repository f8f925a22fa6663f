"""Classes of behaviour the twelfth blind review found in the offline drafts, asserted over
every fixture and over variants of them, so that the fix holds for any facts file."""

from __future__ import annotations

import re

import pytest
from helpers import REALISTIC, drafted_offline, drafted_variant

from cswriter.figures.compute import compute_figures

NAMES = [p.stem for p in REALISTIC]


def _prose(markdown: str) -> str:
    return "\n".join(line for line in markdown.splitlines() if not line.startswith("|"))


def _miss_sentences(facts, markdown: str):
    """(metric, its level as drafted, the prose sentences that tell its gap to the target)."""
    figures = compute_figures(facts)
    sentences = re.split(r"[。\n]", _prose(markdown))
    for metric in facts.metrics:
        gap = figures.get(f"{metric.name}.gap")
        value = figures.get(f"{metric.name}.value")
        if gap is None or value is None or metric.better not in ("higher", "lower") \
                or gap.assessment != "worse":
            continue
        told = [s for s in sentences if metric.name in s and re.search(r"还差|比目标(?:慢|低|高|多|少)", s)]
        yield metric, value.text, told


@pytest.mark.parametrize("name", NAMES)
def test_a_miss_told_in_prose_gives_its_level_with_its_gap(name):
    """Review 12 (1): a miss is told as value + gap (+ change), not as a change and a gap
    whose level the reader must look up in the table."""
    facts, _, markdown = drafted_offline(name)
    for metric, level, told in _miss_sentences(facts, markdown):
        for sentence in told:
            assert level in sentence, (metric.name, level, sentence)


def test_a_duration_over_its_target_is_slower_not_short(tmp_path):
    """Review 12 (a9): 18秒 against a 15秒 target is 比目标慢3秒, and its loss on last week is
    told in seconds (比上周慢2秒), not as a percentage of a small duration."""
    _, _, markdown = drafted_offline("weekly-team-lead")
    prose = _prose(markdown)
    assert re.search(r"平均首响时长为18秒，比目标慢3秒，比上周慢2秒", prose), prose

    def slower(data):
        for metric in data["metrics"]:
            if metric["name"] == "平均首响时长":
                metric["value"], metric["previous"] = 20, 17
    _, _, other = drafted_variant(tmp_path, "weekly-team-lead", slower)
    assert "比目标慢5秒，比上周慢3秒" in _prose(other)
    assert not re.search(r"平均首响时长[^。]*还差", _prose(other))


def _plans_text(markdown: str) -> str:
    part = markdown.split("下一步计划")[-1] if "下一步计划" in markdown else markdown
    return _prose(part)


def test_a_lead_decision_in_a_front_line_plan_is_proposed_to_the_lead(tmp_path):
    """Review 12 (3): a 专员 cannot add a night shift; the plan is the author's proposal. A
    lead writing the same plan arranges it."""
    _, _, markdown = drafted_offline("half-year-property")
    assert re.search(r"我[^。]{0,6}向主管建议夜间增设1名报修专线值班", _plans_text(markdown))

    def lead(data):
        data["report"]["role"] = "物业客服主管"
    _, _, other = drafted_variant(tmp_path, "half-year-property", lead)
    assert "向主管建议" not in other
    assert "夜间增设1名报修专线值班" in other

    def roster(data):
        data["plans"][0]["action"] = "周末高峰时段加派2名客服接听报修电话"
    _, _, third = drafted_variant(tmp_path, "half-year-property", roster)
    assert re.search(r"向主管建议周末高峰时段加派2名客服", third)


@pytest.mark.parametrize("name", NAMES)
def test_a_plan_aim_says_what_makes_the_metric_move(name):
    """Review 12 (2/5): no 按计划…前〈指标〉降至… or 我定的目标是… slots: a dated aim on a
    metric is said with 让/使 (争取在…前让平均响应时长降至15分钟)."""
    facts, _, markdown = drafted_offline(name)
    text = _plans_text(markdown)
    assert not re.search(r"按计划20\d\d|定的目标是|的安排是", text), text
    for plan in facts.plans:
        if plan.metric and plan.target is not None and plan.deadline and plan.metric in text:
            # (review 29: …or with the metric as the plan's own object, 计划…前把X提升至90%)
            assert re.search(rf"前(?:让|使|把){re.escape(plan.metric)}", text), (plan.metric, text)


def test_a_half_year_shortfall_nobody_takes_up_is_told_once_with_its_gap(tmp_path):
    """Review 20 (class 2, replacing review 12's commitment): a level short of its annual
    target with no cause or plan in the facts is told once, in the results, with its level
    and gap; no plan paragraph restates the gap as a target (把差距改写成目标，没有原因，也没
    有措施): the notes ask the user for the cause and the action."""
    facts, draft, markdown = drafted_offline("half-year-property")
    plans = draft.section("plans").text
    prose = _prose(markdown)
    # (review 25, class D: after a verdict that every improved metric is still short of the
    # annual target, each result tells what moved it; the gaps are the verdict's and the table's)
    verdict = draft.section("metrics").text.split("。")[0]
    assert verdict.endswith("均向好，但还没有一项达到全年目标"), verdict
    for name, level, gap in (("工单闭环率", "95.1%", "0.9个百分点"), ("维修跟进满意度", "92%", "1个百分点")):
        assert not re.search(rf"还要把[^。]*{name}再提高", plans), plans
        assert prose.count(gap) == 0, (gap, prose)
        assert name in verdict and f"{name}达到{level}" not in prose
    # …the cause and the plan are asked of the user in the notes, not in the body
    notes = " ".join(s.text for s in draft.sections)
    assert "“工单闭环率”没有达到全年目标，事实里没有原因" in notes
    assert "事实里没有原因" not in prose


@pytest.mark.parametrize("name", NAMES)
def test_a_problem_that_is_a_miss_is_told_as_the_fact_not_in_a_scaffold(name):
    """Review 12 (2): 项目期间我们遇到的主要问题是搜索命中率没有达到目标 is a slot around a
    clause that stands on its own: such a problem is told as the fact, with its cause; a
    later one says 也."""
    facts, draft, _ = drafted_offline(name)
    section = draft.section("problems")
    if section is None:
        return
    text = section.text.split("【")[0]   # (the notes for the user are no part of the body)
    assert not re.search(r"(?:主要问题是|另一个问题是|还有一个问题是)[^。：]*(?:没有达到|未达到)", text), text
    # …and a later one is not the first one's frame again (review 21: the miss opens one
    # problem, its cause the next; earlier, a later one said 也)
    told = [p for p in text.split("\n\n") if re.search(r"(?:没有达到|未达到)", p)]
    if len(told) > 1:
        opens = [bool(re.match(r"[^，。]*(?:没有达到|未达到)", p)) for p in told]
        assert len(set(opens)) > 1 or re.search(r"也(?:没有达到|未达到)", text), text


@pytest.mark.parametrize("name", ["year-end-agent", "year-end-lead", "monthly-ecommerce"])
def test_a_featured_rate_or_score_in_a_roomy_report_gives_its_level_with_its_change(name):
    """Review 12 (1): 问题解决率较去年提升1.2个百分点 left 98.5% to the table: where the
    type has room, a featured rate or score told by its change also gives its level, and the
    prose still repeats at most half of the table's figures."""
    facts, draft, markdown = drafted_offline(name)
    metrics = draft.section("metrics").text
    figures = compute_figures(facts)
    told = 0
    for metric in facts.metrics:
        value = figures.get(f"{metric.name}.value")
        if metric.kind not in ("rate", "score") or value is None:
            continue
        for sentence in re.split(r"[。；]", metrics):
            if re.search(rf"{re.escape(metric.name)}较", sentence):
                raise AssertionError(("change without level", sentence))
            if re.search(rf"{re.escape(metric.name)}(?:达到|为){re.escape(value.text)}", sentence):
                told += 1
    assert told >= 1, metrics


def test_a_driver_a_case_tells_with_its_figure_is_not_told_again_in_the_metrics():
    """Review 12 (5): 48小时材料审核时限 was told in the metrics and in the case: a driver the
    case tells with the same figure is the case's; the metric keeps its other driver."""
    _, draft, markdown = drafted_offline("year-end-lead")
    assert _prose(markdown).count("48小时") == 1
    assert "48小时" not in draft.section("metrics").text
    assert re.search(r"推行岗位技能分级培训后?，问题解决率", draft.section("metrics").text)
    # a driver without a figure of the case's stays where it is (no loss of the action)
    _, other, _ = drafted_offline("half-year-property")
    assert "同步报修进度和维修节点" in other.section("metrics").text
