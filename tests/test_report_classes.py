"""Classes of behaviour the third blind review (fixtures/report-reviews/review-3) found in the
offline drafts, each asserted over several fixtures and over variants of them, so the fix holds
for any facts file rather than for one sentence."""

from __future__ import annotations

import re

import pytest
from helpers import FIXTURES, REALISTIC, drafted_offline, drafted_variant

from cswriter.backends.offline import written
from cswriter.facts.model import load_facts

NAMES = [p.stem for p in REALISTIC]


def _markdown(name: str) -> str:
    return drafted_offline(name)[2]


# 1. Tool text in the hand-in file ------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_no_tool_labels_or_section_pointers_in_the_hand_in_file(name):
    markdown = _markdown(name)
    assert "（教训）" not in markdown
    assert not re.search(r"见“[^”]*”", markdown), re.search(r"[^。]*见“[^”]*”", markdown).group(0)
    # nor a plan line pasted in quotes (为此，我把“…”列入了下一步计划)
    assert not re.search(r"把“[^”]*”列入", markdown)


@pytest.mark.parametrize("name", ["quarterly-insurance", "project-lead", "weekly-team-lead"])
def test_a_missed_target_with_a_problem_has_its_cause_told_once(name):
    # Each fact one home: the problem states the cause with its evidence; the metrics prose
    # says the target was missed and does not tell the cause a second time.
    facts = load_facts(FIXTURES / f"{name}.yaml")
    markdown = _markdown(name)
    for problem in facts.problems:
        if not problem.cause:
            continue
        first = re.split(r"[，,；;]", written(problem.cause))[0]
        assert markdown.count(first) == 1, (first, markdown)


@pytest.mark.parametrize("name", ["quarterly-insurance", "project-lead"])
def test_the_cause_of_a_miss_follows_the_gap_not_an_improvement(name):
    """"较上季度提升3.5个百分点，主要原因是7月提醒时点偏晚" reads as the cause of the rise: a
    metric that improved yet missed its target says the change, then 但仍 and the gap (or, when
    its problem states the gap, 仍未达到目标), then why."""
    markdown = _markdown(name)
    # (A miss with a problem of its own has its cause told there, once: then no clause here.)
    causes = re.findall(r"[^，。]*，([^，。]*)，主要原因是", markdown)
    # (review 12: a problem told as the miss itself, 续保成功率也没有达到目标，主要原因是…)
    assert all(re.match(r"(?:但)?仍?(?:低于|高于|距|未达到目标)", clause)
               or re.search(r"(?:没有|未)达到(?:全年)?目标$", clause) for clause in causes), causes


# 2. Direction words are kept ------------------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("全量上线后误转率降至3%", "降为3%"),
    ("9月材料一次提交正确率升至89%,补交次数降至1.2次", "达到89%"),
    ("9月起破损理赔平均办结时长降至4天", "降为4天"),
    ("高情绪客户响应时长缩短到30秒以内", "缩短到30秒以内"),
    ("二季度同类投诉由8件降至3件", "由8件降至3件"),
])
def test_written_keeps_the_direction_of_a_change(text, kept):
    assert kept in written(text)
    assert not re.search(r"(?<![降升短增])为\d", written(text).replace("降为", "").replace("升为", "")
                         .replace("缩短为", ""))


@pytest.mark.parametrize("name, said", [
    ("project-smart-cs", "误转率降为3%"),
    ("project-smart-cs", "缩短到30秒以内"),
    ("quarterly-insurance", "正确率达到89%"),
    ("year-end-lead", "办结时长降为4天"),
    ("project-lead", "缩短到30天以内"),
])
def test_case_results_goals_and_plans_keep_their_direction(name, said):
    assert said in _markdown(name)


# 3. Volume is not 向好; a beaten reduction target is a success ------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_a_verdict_does_not_count_a_workload_as_an_improvement(name):
    markdown = _markdown(name)
    assert "服务指标全部向好" not in markdown
    facts = load_facts(FIXTURES / f"{name}.yaml")
    volumes = [m.name for m in facts.metrics if m.kind == "count" and m.better not in ("higher", "lower")]
    verdict = next((line for line in markdown.splitlines() if "向好" in line), "")
    head = verdict.split("向好")[0]
    for volume in volumes:
        assert volume not in head, verdict


def test_a_beaten_reduction_target_reads_as_a_success(tmp_path):
    markdown = _markdown("project-smart-cs")
    # The project's goal (人工接待压力降低20%) it beat: told as reached, in the goals verdict.
    # (round 14, F: "reached" is said once, in the first paragraph; the results follow it)
    assert "这些目标都已经达到" in markdown
    met = next(s for s in markdown.split("。") if "人工接待量较项目启动前减少23%" in s)
    assert "没有达到" not in met, met
    # the table says it was met before the gap (低于目标300件 alone reads like a miss)
    assert "| 人工接待量 | 7700件 | 8000件 | 达标，低于目标300件 |" in markdown

    def reduce_complaints(data):
        for m in data["metrics"]:
            if m["name"] == "咨询处理量":
                m.update({"name": "转人工量", "better": "lower", "target": 3000, "value": 2860})
    variant = drafted_variant(tmp_path, "quarterly-insurance", reduce_complaints)[2]
    # …and a beaten reduction target is counted with the met ones, never named as a miss.
    verdict = re.search(r"## 二、核心指标与工作成果\n\n([^。]*)", variant).group(1)
    # (a quarterly table says 达标, then the attainment and the gap as a share of the target)
    # (review 20, class 4: the verdict counts the met ones and names the misses only)
    assert "转人工量" not in verdict.split("没有达到")[-1] and re.search(r"\| 转人工量 \| [^|]+ \| [^|]+ \| 达标 \|", variant), verdict


# 4. Short of the annual target is not passed over --------------------------------------------------

def test_a_quarterly_level_short_of_its_annual_target_is_named(tmp_path):
    def annual(data):
        for m in data["metrics"]:
            if m["name"] == "客户满意度":
                m["annual_target"] = 4.8
    markdown = drafted_variant(tmp_path, "quarterly-insurance", annual)[2]
    assert "客户满意度尚未达到全年目标" in markdown
    assert "下半年" not in markdown  # a third quarter is followed by the fourth, not 下半年
    # …in the prose by the gap left (the level and the annual target are the table's).
    assert re.search(r"客户满意度[^。；]*距全年目标还差0\.1分", markdown)


def test_a_half_year_verdict_says_the_improved_metrics_are_still_short_of_the_year():
    markdown = _markdown("half-year-property")
    assert "均向好，但还没有一项达到全年目标。" in markdown
    assert "要继续追赶" not in markdown  # review 9, C4: the gaps follow, no slogan


def test_the_table_says_met_or_missed_before_the_gap():
    """Review 7: twelve tables used 高于/低于目标 for successes and failures in one column."""
    markdown = _markdown("weekly-team-lead")
    # a response time above its target missed it; a rate above its target met it
    assert "| 平均首响时长 | 18秒 | 15秒 | 未达标，高于目标3秒 |" in markdown
    assert "| 问题解决率 | 91.2% | 90% | 达标，高于目标1.2个百分点 |" in markdown
