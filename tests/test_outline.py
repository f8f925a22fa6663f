"""Outline: order per type, facts and figures per section, 需补充 instead of invention."""

from __future__ import annotations

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
    assert outline.title == "客户服务部2025年度年终工作总结"


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
        "plans": [{"action": "将加强培训"}],
    })
    plans = next(s for s in build_outline(facts).sections if s.id == "plans")
    assert plans.status == "needs-input"
    assert any("目标" in q for q in plans.questions)


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
