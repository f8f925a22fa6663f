"""Classes of behaviour the fourteenth blind review found in the offline drafts' cases,
problems and plans, asserted over fixtures and variants of them."""

from __future__ import annotations

import re

from helpers import drafted_offline, drafted_variant, section_of


def test_a_project_member_does_not_claim_the_projects_engineering_work():
    """Round 14 (D): a front-line member's project report tells the actions the facts give
    to nobody in particular (样本补充, 重新训练) as the project's, not as 我补充…."""
    _, _, markdown = drafted_offline("project-smart-cs")
    assert "我补充" not in markdown and "我准备补充" not in markdown
    assert "项目组补充退换货意图样本300条" in section_of(markdown, "案例")
    assert re.search(r"项目组(?:准备|打算|会)补充粤语", markdown)
    # …and the project's problem is the project's, not 我遇到的 (round 15: told from its
    # evidence, 上线首周情绪识别误判率为14%…)
    problems = section_of(markdown, "问题")
    assert "情绪识别误判率为14%" in problems and "我遇到" not in problems


def test_a_project_member_keeps_the_work_that_is_hers(tmp_path):
    """…an action her own work items name stays hers (我补充…)."""
    def edit(data):
        data["work"].append("补充退换货意图样本300条")
    markdown = drafted_variant(tmp_path, "project-smart-cs", edit)[2]
    assert "我补充退换货意图样本300条" in section_of(markdown, "案例")


def test_the_project_lead_still_speaks_for_the_project(tmp_path):
    """…and a project's lead tells its actions in the first person (我 or 我们)."""
    def edit(data):
        data["report"]["role"] = "客服主管（项目负责人）"
    markdown = drafted_variant(tmp_path, "project-smart-cs", edit)[2]
    assert "项目组" not in markdown and re.search(r"我们?补充退换货意图样本300条", markdown)


def test_a_cause_in_the_authors_own_work_is_owned():
    """Round 14 (D): the author wrote the test cases, so the test samples' gap is hers to
    learn from, not a circumstance."""
    _, _, markdown = drafted_offline("project-smart-cs")
    problem = section_of(markdown, "问题").split("测试样本只包含普通话录音")[1].split("\n\n")[0]
    # (review 26: the lesson ends on itself, with no closing phrase after it)
    assert "我编写" in problem and "编写时就该想到" in problem


def test_a_cause_outside_the_authors_work_is_not_owned(tmp_path):
    def edit(data):
        data["work"] = [w for w in data["work"] if "测试用例" not in w]
    markdown = drafted_variant(tmp_path, "project-smart-cs", edit)[2]
    assert re.search(r"(?:原因是|原因在于|问题出在|症结在于)测试样本只包含普通话录音", markdown) and "我编写的" not in markdown




def test_a_project_says_once_that_its_goals_were_reached():
    """Round 14 (F): the first paragraph says which goals were reached; the results give how
    far each got and do not say "都已经达到" a second time."""
    for name in ("project-smart-cs", "project-lead"):
        _, _, markdown = drafted_offline(name)
        assert len(re.findall(r"已经达到", markdown)) == 1, (name, markdown)
        assert "对照项目目标" not in markdown
        assert re.search(r"减少23%|缩短12\.3%", section_of(markdown, "成果"))


def test_a_problems_evidence_a_case_told_is_not_told_again():
    """Round 14 (B): 7月材料一次提交正确率仍只有70% is the case's 7月错误率为30% told a second
    time: the problem states the miss and its cause, and the case keeps the story."""
    _, _, markdown = drafted_offline("quarterly-insurance")
    assert "错误率为30%" in section_of(markdown, "案例")
    problems = section_of(markdown, "问题")
    assert "70%" not in problems
    # (review 20: the cause as a sentence; the level and gap are the results')
    # (review 23, class 2: the miss, then the cause; review 24: without its level, which the
    # results and the table give — 停在81% misstated a rate that rose; review 25: the miss
    # and its cause in one sentence)
    assert re.search(r"图文指南7月下旬才上线[^。]*理赔材料一次提交正确率没有达到目标|"
                     r"理赔材料一次提交正确率没有达到目标，是因为[^。]*图文指南7月下旬才上线", problems)
    assert "81%" not in problems and "停在" not in problems


def test_a_year_end_with_no_reflections_draws_the_lesson_its_problem_states():
    """Round 14 (A): a year-end report closes with 经验; with no reflection in the facts, the
    problem's cause read the other way round is the author's lesson, told right after it."""
    _, _, markdown = drafted_offline("year-end-agent")
    after = section_of(markdown, "问题").split("排班未按咨询量峰值调整。")[1]
    assert re.match(r"我从中认识到，排班要跟着咨询量的峰值走", after), after


def test_no_lesson_is_drawn_where_the_facts_give_one_or_the_type_asks_none(tmp_path):
    def reflected(data):
        data["reflections"] = ["大促前要先按预售单量估算咨询高峰"]
    markdown = drafted_variant(tmp_path, "year-end-agent", reflected)[2]
    assert "排班要跟着咨询量的峰值走" not in markdown

    def weekly(data):
        data["report"]["type"] = "weekly"
        data["report"]["period"] = {"start": "2025-11-17", "end": "2025-11-23"}
        data.pop("monthly", None)
    markdown = drafted_variant(tmp_path, "year-end-agent", weekly)[2]
    assert "排班要跟着咨询量的峰值走" not in markdown
