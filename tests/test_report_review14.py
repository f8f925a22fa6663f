"""Classes of behaviour the fourteenth blind review found in the offline drafts, asserted
over every fixture and over variants of them."""

from __future__ import annotations

import re

import pytest
from helpers import REALISTIC, drafted_offline, drafted_variant, section_of


NAMES = [p.stem for p in REALISTIC]


@pytest.mark.parametrize("name", NAMES)
def test_the_opening_is_no_job_description(name):
    """Review 14 (B): "我在X担任Y，主要<职责>，服务渠道包括<渠道>" pasted from the duties in every
    draft. The overview opens with what the period's work was, without the channel list and
    without the duties' semicolon-joined list."""
    facts, _, markdown = drafted_offline(name)
    overview = section_of(markdown, "工作概述")
    if not overview:
        pytest.skip("no overview")
    assert "服务渠道" not in overview, overview
    assert not re.search(r"，主要[^。]*；", overview), overview
    for channel in facts.report.channels:
        assert channel not in overview.split("。")[0], overview


def test_a_short_duty_is_the_work_a_long_list_is_left_to_the_job_title(tmp_path):
    """…the duties' first clause names the work when it is one short account; a list of four
    duties is the job description, and the opening names the job title instead."""
    def short(data):
        data["report"]["duties"] = "处理保单查询和理赔咨询;负责续保提醒回访"
    markdown = drafted_variant(tmp_path, "quarterly-insurance", short)[2]
    opening = section_of(markdown, "工作概述").splitlines()[2]
    assert "处理保单查询和理赔咨询" in opening and "续保提醒回访" not in opening, opening

    def listed(data):
        data["report"]["duties"] = "处理保单查询、保全变更、理赔咨询、续保提醒回访"
    (tmp_path / "b").mkdir()
    markdown = drafted_variant(tmp_path / "b", "quarterly-insurance", listed)[2]
    opening = section_of(markdown, "工作概述").splitlines()[2]
    assert "保全变更" not in opening and "担任" in opening, opening


@pytest.mark.parametrize("name", [n for n in NAMES if drafted_offline(n)[0].report.type == "year-end"])
def test_a_year_end_gives_what_customers_asked_a_section_of_its_own(name):
    """Review 14 (E): year-end-agent's category shares sat in 工作概述 and the report had no
    inquiry section. In a year-end report they are a section (or part of the complaints one),
    never a paragraph of the overview."""
    facts, _, markdown = drafted_offline(name)
    if not facts.categories:
        pytest.skip("no categories")
    top = max(facts.categories, key=lambda c: c.share or c.count or 0).name
    assert top not in section_of(markdown, "工作概述"), markdown
    assert top in section_of(markdown, "客户咨询"), markdown


def test_one_line_teamwork_and_training_make_one_short_section(tmp_path):
    """Review 14 (C): '我组织跨部门研讨会8次…' stood alone inside 核心指标 and '我还牵头制定…' was
    bolted onto the overview. With one line of each, they are one 团队协作与能力提升 section."""
    def edit(data):
        data["teamwork"] = ["与仓储部建立问题反馈群，发货类咨询当天答复"]
        data["training"] = ["参加售后政策培训2次"]
    markdown = drafted_variant(tmp_path, "quarterly-insurance", edit)[2]
    joint = section_of(markdown, "团队协作与能力提升")
    assert "仓储部" in joint and "售后政策培训" in joint, markdown
    assert "仓储部" not in section_of(markdown, "核心指标") + section_of(markdown, "工作概述")


@pytest.mark.parametrize("name", NAMES)
def test_the_metrics_prose_tells_the_misses_and_at_most_two_headlines(name):
    """Review 14 (A): "we did X, metric reached Y" four times in a row read the table aloud.
    Beside the workload, the metrics prose gives figures for every miss and at most two
    (three in a weekly) other metrics; the rest are the table's."""
    facts, draft, _ = drafted_offline(name)
    if facts.report.type == "project" or draft.section("metrics") is None:
        pytest.skip("a project is judged by its goals")
    prose = draft.section("metrics").text.partition("**")[0]
    sentences = [s for s in re.split(r"[。；]", prose) if re.search(r"\d", s)]
    told = {m.name for m in facts.metrics
            if (m.spec is None or m.spec.group != "workload")
            and any(re.search(rf"{re.escape(m.name)}[^，]*\d", s) for s in sentences)}
    missed = {m.name for m in facts.metrics if m.value is not None and m.target is not None
              and ((m.better == "higher" and m.value < m.target) or (m.better == "lower" and m.value > m.target))
              or m.value is not None and m.annual_target is not None
              and ((m.better == "higher" and m.value < m.annual_target)
                   or (m.better == "lower" and m.value > m.annual_target))}
    room = 3 if facts.report.type == "weekly" else 2
    assert len(told - missed) <= room, (told, prose)


def test_a_workload_attained_leaves_its_change_to_the_table():
    """…'团队咨询处理量完成目标的107.7%，较去年增长10.0%' repeated the table's row: the
    attainment, and the reason where there is one; the change is the table's."""
    _, draft, markdown = drafted_offline("year-end-lead")
    prose = draft.section("metrics").text.partition("**")[0]
    assert "完成目标的107.7%" in prose and "较去年增长10.0%" not in prose
    assert "| 增长10.0% |" in markdown


def test_an_action_left_with_its_metric_to_the_table_is_still_told():
    """…and a metric left to the table keeps the action that moved it, without a figure."""
    _, draft, _ = drafted_offline("year-end-lead")
    prose = draft.section("metrics").text.partition("**")[0]
    assert "理赔进度" in prose and not re.search(r"理赔进度[^。]*\d", prose), prose


@pytest.mark.parametrize("name", NAMES)
def test_the_complaints_are_not_every_type_with_its_count_and_share(name):
    """Review 14 (D): '其后是包裹破损（104件，25.2%）、服务态度（52件，12.6%）和…' listed every
    type with count and share: the largest keeps its figures, the rest are named."""
    facts, _, markdown = drafted_offline(name)
    if facts.complaints is None or len(facts.complaints.types) < 2:
        pytest.skip("no complaint types to list")
    section = section_of(markdown, "投诉")
    top = max(facts.complaints.types, key=lambda t: t.count or t.share or 0)
    for t in facts.complaints.types:
        if t.count != top.count:
            assert not re.search(rf"{re.escape(t.name)}[（(]\d", section), section


def test_open_and_escalated_complaints_are_said_only_with_what_became_of_them(tmp_path):
    """…'还有7件未办结，另有9件升级处理' was never followed up: with nothing more in the facts
    the counts are asked of the writer, not left hanging in the body; a note on them brings
    them back."""
    from helpers import FIXTURES, run_cli

    result = run_cli("draft", FIXTURES / "year-end-lead.yaml", "-o", tmp_path / "d.md")
    body = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert "7件未办结" not in body and "9件升级" not in body
    assert "7件投诉未办结" in result.stderr and "9件投诉升级处理" in result.stderr

    def noted(data):
        data["complaints"]["notes"] = ["9件升级投诉已于12月底前全部办结"]
    markdown = drafted_variant(tmp_path, "year-end-lead", noted)[2]
    assert "另有9件升级处理" in section_of(markdown, "投诉")


def test_a_complaint_type_about_the_writers_own_service_is_asked_for(tmp_path):
    """…and '回复不及时（3件）', the writer's own, was never taken up: whatever its share it
    is asked for with a cause and a plan."""
    from helpers import FIXTURES, run_cli

    result = run_cli("draft", FIXTURES / "monthly-ecommerce.yaml", "-o", tmp_path / "d.md")
    assert "“回复不及时”类投诉3件" in result.stderr, result.stderr


@pytest.mark.parametrize("name", NAMES)
def test_no_training_or_teamwork_line_strays_into_the_metrics(name):
    """Review 14 (C): '我参加理赔条款培训6课时，季度考核成绩由82分提升至91分。' alone between the
    metrics paragraphs, '我们与仓储部建立…' inside 核心指标: each joins the section it belongs to
    (培训与能力提升, 团队管理与协作) instead."""
    facts, draft, _ = drafted_offline(name)
    metrics = draft.section("metrics")
    if metrics is None or metrics.status != "drafted":
        pytest.skip("no metrics section")
    prose = metrics.text.partition("**")[0]
    for item in facts.training + facts.teamwork:
        head = re.sub(r"[，,].*", "", item)[:8]
        assert head not in prose, (head, prose)
