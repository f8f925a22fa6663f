"""Review 27's classes, as a supervisor reading the offline draft would notice them."""

from __future__ import annotations

import re

from helpers import drafted_offline, drafted_variant, section_of


# -- a lesson told by its case and by a problem's cause is not named a third time ----------

def test_a_plan_does_not_name_a_lesson_its_problem_already_told():
    """Both reviewers: the late renewal reminder was told in the case, in the problem's
    cause (7月提醒时点偏晚) and again in the plan (为避免再出现续保提醒时点偏晚，…)."""
    _, _, markdown = drafted_offline("quarterly-insurance")
    plans = section_of(markdown, "计划")
    assert "续保提醒时点偏晚" not in plans and "吸取" not in plans
    assert "我会对到期前30天客户实行两次提醒并记录未续保原因" in plans


def test_a_plan_still_names_a_lesson_no_problem_told(tmp_path):
    def edit(data):
        data["problems"][1]["cause"] = "续保客户名单每月初才从核心系统导出"
    markdown = drafted_variant(tmp_path, "quarterly-insurance", edit)[2]
    assert re.search("(吸取续保提醒时点偏晚的教训|为避免再出现续保提醒时点偏晚)", section_of(markdown, "计划"))


# -- several project lessons are one list, counted ------------------------------------------

def test_several_project_lessons_are_one_counted_list():
    """Reviewer b: 我们在这个项目里学到的是，…。按我们的经验，…。上线前应留出两周试运行，…。
    reads as three facts pasted one after another; one lead counts them as the project's
    experience and the lessons follow it, separated by semicolons."""
    _, _, markdown = drafted_offline("project-lead")
    problems = section_of(markdown, "问题与反思")
    lessons = next(p for p in problems.split("\n\n") if "经验" in p)
    assert re.match("^(这个项目给我们留下|做完这个项目，我们总结出)三条经验：", lessons), lessons
    assert lessons.count("。") == 1 and lessons.count("；") == 2
    assert "按我们的经验" not in markdown


def test_one_project_lesson_is_still_told_on_its_own():
    _, _, markdown = drafted_offline("project-smart-cs")
    assert "条经验：" not in markdown
