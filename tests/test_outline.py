"""Outline: order per type, facts and figures per section, 需补充 instead of invention."""

from __future__ import annotations

import pytest
from helpers import FIXTURES

from cswriter.domain import SECTION_IDS
from cswriter.facts.model import facts_from_data, load_facts
from cswriter.outline import (
    build_outline,
    chinese_ordinal,
    outline_markdown,
    period_label,
)


def test_year_end_outline_in_the_usual_order():
    outline = build_outline(load_facts(FIXTURES / "year-end-agent.yaml"))
    ids = [s.id for s in outline.sections]
    assert ids == [i for i in SECTION_IDS if i in ids]
    assert ids[:2] == ["overview", "metrics"]
    assert outline.title == "2025年度个人工作总结"


def test_missing_section_is_marked_not_invented():
    outline = build_outline(load_facts(FIXTURES / "year-end-agent.yaml"))
    complaints = next(s for s in outline.sections if s.id == "complaints")
    assert complaints.status == "needs-input"
    assert complaints.facts == [] and complaints.figures == []
    assert "投诉" in complaints.questions[0]
    md = outline_markdown(outline)
    assert "## 五、投诉处理（需补充）" in md
    assert "**需补充**" in md


def test_sections_carry_their_facts_and_figures():
    outline = build_outline(load_facts(FIXTURES / "year-end-agent.yaml"))
    metrics = next(s for s in outline.sections if s.id == "metrics")
    assert metrics.status == "ready"
    assert any(f.text.startswith("125,380件") for f in metrics.facts)
    assert any(f.id == "咨询处理量.attainment" and f.text == "112.6%" for f in metrics.figures)
    overview = next(s for s in outline.sections if s.id == "overview")
    assert any(f.id == "咨询处理量.daily_mean" for f in overview.figures)


def test_error_in_a_section_makes_it_need_input():
    facts = facts_from_data({
        "report": {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}},
        "problems": [{"title": "高峰排队"}],
    })
    # (a problem with no evidence is no problem a report can state: it waits for its figures)
    problems = next(s for s in build_outline(facts).sections if s.id == "problems")
    assert problems.status == "needs-input"
    assert any("数据" in q for q in problems.questions)


def test_optional_sections_without_material_are_left_out():
    outline = build_outline(load_facts(FIXTURES / "weekly-phone.yaml"))
    ids = [s.id for s in outline.sections]
    assert "teamwork" not in ids and "attachments" not in ids
    assert "feedback" in ids


def test_period_labels():
    def label(rtype, start, end):
        return period_label(facts_from_data(
            {"report": {"type": rtype, "period": {"start": start, "end": end}}}))

    assert label("year-end", "2025-01-01", "2025-12-31") == "2025年度"
    assert label("half-year", "2025-01-01", "2025-06-30") == "2025年上半年"
    assert label("quarterly", "2025-07-01", "2025-09-30") == "2025年第三季度"
    assert label("monthly", "2025-11-01", "2025-11-30") == "2025年11月"
    assert label("weekly", "2025-03-03", "2025-03-09") == "2025年3月3日—3月9日"


def test_chinese_ordinals():
    assert [chinese_ordinal(n) for n in (1, 10, 11, 12, 20)] == ["一", "十", "十一", "十二", "二十"]
    # Any count of cases or plans: a year of daily cases numbers past a hundred.
    assert [chinese_ordinal(n) for n in (100, 101, 110, 120, 1000, 1005, 10086, 100000)] == [
        "一百", "一百零一", "一百一十", "一百二十", "一千", "一千零五", "一万零八十六", "十万"]


@pytest.mark.parametrize(("rtype", "start", "end", "role", "expected"), [
    ("quarterly", "2025-07-01", "2025-09-30", "客服专员", "2025年第三季度个人工作总结"),
    ("half-year", "2025-01-01", "2025-06-30", "客服专员", "2025年上半年个人工作总结"),
    ("monthly", "2025-11-01", "2025-11-30", "客服主管", "客服一组2025年11月工作总结"),
    ("weekly", "2025-03-03", "2025-03-09", "客服班长", "客服一组2025年3月3日—3月9日工作周报"),
])
def test_titles_do_not_stutter_and_personal_reports_are_not_the_teams(rtype, start, end, role, expected):
    from cswriter.facts.model import facts_from_data
    from cswriter.outline import report_title

    facts = facts_from_data({"report": {"type": rtype, "period": {"start": start, "end": end},
                                        "role": role, "team": "客服一组", "team_size": 6}})
    title = report_title(facts)
    assert title == expected
    assert not any(stutter in title for stutter in ("季度季度", "半年半年", "年度年终", "项目项目"))


def test_a_project_title_does_not_repeat_project():
    from cswriter.facts.model import facts_from_data
    from cswriter.outline import report_title

    facts = facts_from_data({"report": {"type": "project", "period": {"start": "2025-03-01",
                                                                      "end": "2025-08-31"}},
                             "project": {"name": "智能客服系统升级项目"}})
    assert report_title(facts) == "智能客服系统升级项目总结"


def test_each_type_and_role_has_its_own_skeleton():
    from cswriter.domain import load_domain

    domain = load_domain()
    lead, agent = domain.roles["lead"], domain.roles["agent"]
    titles = lambda t, r: [s.title for s, _ in domain.skeleton(t, r)]  # noqa: E731
    project = titles("project", agent)
    assert [t for t in project if t in ("背景与目标", "实施过程", "成果与数据", "问题与反思", "下一步计划")] == [
        "背景与目标", "实施过程", "成果与数据", "问题与反思", "下一步计划"]
    assert "团队管理" in titles("year-end", lead) and "团队管理" not in titles("year-end", agent)
    assert "培训与能力提升" not in titles("year-end", lead)  # folded into 团队管理
    weekly = [s for s, i in domain.skeleton("weekly", agent) if i != "optional"]
    assert len(weekly) <= 5
    year_end = [t for t in titles("year-end", agent) if t != "附件"]
    # (what the year taught comes before the plans it leads to: review 131)
    assert year_end[-2:] == ["经验与体会", "改进措施与下一步计划"]
