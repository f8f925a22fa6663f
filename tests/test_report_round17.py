"""Classes of behaviour the seventeenth blind review found in the offline drafts (round 17),
asserted over every fixture and over variants of them."""

from __future__ import annotations

import re

import pytest
from helpers import REALISTIC, drafted_offline, drafted_variant, section_of
from ruamel.yaml import YAML

NAMES = [p.stem for p in REALISTIC]


def _facts(name: str) -> dict:
    path = next(p for p in REALISTIC if p.stem == name)
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _plans(markdown: str) -> str:
    # (a weekly's plan shares 问题与下周计划 with its problem: the paragraphs after the first)
    text = section_of(markdown, "计划") or section_of(markdown, "下一步")
    return text


# -- class 1: problems and plans as sentences, not titles in frames -----------------------

@pytest.mark.parametrize("name", NAMES)
def test_no_problem_or_plan_is_poured_into_the_stock_frames(name):
    """Review 17 (class 1, both reviewers): X，问题出在Y; 另外，X也没有达到目标，主要原因是…;
    针对X，我会…; a title followed by a colon."""
    _, _, markdown = drafted_offline(name)
    problems = section_of(markdown, "问题")
    assert "问题出在" not in markdown and "主要原因是" not in problems
    # (review 25, class C, reverses review 17's 也没有达到目标，… ban: the miss with its cause
    # as a clause of one sentence reads better than the miss restated, then a stock opener;
    # what stays banned is the title pasted as a topic and the 主要原因是 slot)
    assert not re.search(r"也没有达到[^。]*目标，主要原因是", problems)
    assert not re.search(r"(?m)^(?:针对|为解决)", _plans(markdown))
    for p in _facts(name).get("problems") or []:
        title = (p.get("title") or "").strip()
        assert f"{title}：" not in problems and f"{title}，" not in problems, title


@pytest.mark.parametrize("name", NAMES)
def test_a_plan_does_not_repeat_its_problems_title(name):
    """The plan follows its problem; it opens with its owner or action, and the problem's title
    (分期手续费解释耗时长, 周末首响时长超标) is not said again in it."""
    _, _, markdown = drafted_offline(name)
    body = "\n".join(line for line in _plans(markdown).splitlines()[1:] if not line.startswith("|"))
    for p in _facts(name).get("problems") or []:
        title = re.sub(r"(未达|没有达到)(全年|年度|季度)?目标$", "", (p.get("title") or "").strip())
        plan_paragraphs = [x for x in body.split("\n\n") if re.search(r"(?:会|要|准备|打算)", x)
                           and "原因在于" not in x and "症结在于" not in x and not x.strip().startswith(title)]
        if len(title) >= 6 and not re.search(r"目标$", p.get("title") or ""):
            assert not any(title in x for x in plan_paragraphs), title


# -- class 2: a problem keeps its evidence figure ----------------------------------------

def _metric_value(metric: dict) -> str:
    from cswriter.figures.rounding import format_number

    return f"{format_number(metric['value'])}{metric.get('unit') or ''}"


@pytest.mark.parametrize("name", ["quarterly-insurance", "project-lead", "half-year-property"])
def test_a_missed_targets_problem_gives_its_cause_not_its_level_again(name):
    """Review 20 (class 1, replacing review 17's): a miss is told once, in the results, with its
    level and gap; its problem does not mirror it (…，所以续保成功率为78.4%，没有达到80%的目
    标): it gives the cause as a sentence, and two problems are not poured into one frame."""
    facts = _facts(name)
    _, _, markdown = drafted_offline(name)
    problems = section_of(markdown, "问题")
    results = "\n".join(x for x in section_of(markdown, "核心指标").splitlines() if not x.startswith("|")) \
        or section_of(markdown, "成果")
    metrics = {m["name"]: m for m in facts.get("metrics") or []}
    told = []
    for p in facts.get("problems") or []:
        metric = metrics.get(p.get("metric") or re.sub(r"未达(全年|年度|季度)?目标$", "", p.get("title") or ""))
        if metric and p.get("cause") and re.search(r"未达(全年|年度|季度)?目标$", p.get("title") or ""):
            value = _metric_value(metric)
            assert not re.search(rf"{re.escape(metric['name'])}为{re.escape(value)}", problems), problems
            assert not re.search(rf"没有达到[^。]*{re.escape(_metric_value(metric))}", problems), problems
            assert re.search(rf"{re.escape(metric['name'])}[^。]*为?{re.escape(value)}[^。]*(?:还差|比目标低|比目标慢|低于目标|高于目标)",
                             results), (metric["name"], results)
            told.append(next(x for x in problems.split("\n\n") if p["cause"].split(",")[0] in x))
    assert told
    # (the second miss's problem is not the first one's frame with other words in it)
    if len(told) > 1:
        # (review 21: the miss opens one, the cause opens the other)
        opens = [re.sub("^(另外|此外)，", "", x).startswith(tuple(metrics)) for x in told[:2]]
        assert opens in ([True, False], [False, True]), told


# -- class 3: material in its place --------------------------------------------------------

@pytest.mark.parametrize("name", ["quarterly-insurance", "half-year-property"])
def test_a_training_result_is_told_in_a_training_section_not_the_overviews_or_the_results(name):
    """Review 23 (C, both reviewers): a training paragraph in the results is stray; it is
    told under 培训 (its own section, or opening the 体会 it joins)."""
    _, _, markdown = drafted_offline(name)
    item = _facts(name)["training"][0]
    figure = re.findall(r"\d+分", item)[-1]
    assert figure not in section_of(markdown, "工作概述")
    assert figure not in section_of(markdown, "核心指标").split("**核心指标对比")[0]
    assert figure in section_of(markdown, "培训")


def test_a_one_sentence_project_lesson_ends_its_problems_paragraph():
    """Review 17 (class 3): 这个项目也让我看到，上线培训应提前到灰度阶段。 stood as a paragraph
    of its own; it closes the paragraph of the problem beside it."""
    _, _, markdown = drafted_offline("project-smart-cs")
    problems = section_of(markdown, "问题")
    paragraphs = [x for x in problems.split("\n\n")[1:] if x.strip()]
    lesson = next(x for x in paragraphs if "灰度阶段" in x)
    assert "情绪识别误判率" in lesson


# -- class 4: the partial monthly table ----------------------------------------------------

def test_a_partial_monthly_table_is_attached_under_its_months_and_not_told_as_the_years_trend():
    """Review 17 (class 4): January–May of a year-end report is attached as 2025年1—5月月度数据
    and never summarised as the year's trend (从1—5月的月度数据看…)."""
    _, draft, markdown = drafted_offline("year-end-agent")
    attachment = section_of(markdown, "附件")
    assert "**2025年1—5月月度数据**" in attachment and "| 2025年5月 |" in attachment
    assert "月度数据看" not in markdown
    notes = draft.section("attachments").text
    assert "附表只有2025年1—5月的数据" in notes


def test_only_a_table_of_part_of_the_period_is_titled_by_its_months():
    from cswriter.domain import months_covered

    year = [f"2025-{m:02d}" for m in range(1, 13)]
    assert months_covered(year, "2025-01-01", "2025-12-31") is None
    assert months_covered(year[:5], "2025-01-01", "2025-12-31") == "2025年1—5月"
    assert months_covered(year[6:], "2025-07-01", "2025-12-31") is None
    assert months_covered(["2025-03-03", "2025-03-04"], "2025-03-03", "2025-03-09") is None


def test_a_half_year_with_three_months_is_titled_by_them(tmp_path):
    def edit(data):
        data["monthly"] = {"columns": ["报修工单量"], "units": ["单"],
                           "rows": {"2025-01": [70], "2025-02": [75], "2025-03": [80]}}
    markdown = drafted_variant(tmp_path, "half-year-property", edit)[2]
    assert "**2025年1—3月月度数据**" in markdown
    assert "月度数据看" not in markdown
