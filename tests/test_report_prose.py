"""What the blind review of issue 23 asked of the offline drafts, as a reader would notice it.

Each test runs over every realistic fixture (or every one of a type), so the behaviour holds
for any facts file: verdicts people write, levels stated with their changes, the comparisons
each type demands, no false precision, plans with a direction, lessons that say what was
learned, and one fact told once.
"""

from __future__ import annotations

import re

import pytest
from helpers import REALISTIC, drafted_offline

from cswriter.figures.compute import compute_figures


def _drafted(name: str):
    return drafted_offline(name)


def _prose(draft) -> str:
    return "\n".join(s.text for s in draft.sections if s.status == "drafted")


NAMES = [p.stem for p in REALISTIC]


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _table_rows(facts, markdown: str) -> dict[str, list[str]]:
    rows = {}
    for metric in facts.metrics:
        row = next((line for line in markdown.splitlines() if line.startswith(f"| {metric.name} |")), None)
        if row is not None:
            rows[metric.name] = [cell.strip() for cell in row.strip("|").split("|")][1:]
    return rows


@pytest.mark.parametrize("name", NAMES)
def test_every_metric_is_in_the_table(name):
    facts, _, markdown = _drafted(name)
    rows = _table_rows(facts, markdown)
    for metric in facts.metrics:
        if metric.value is not None:
            assert metric.name in rows, metric.name


@pytest.mark.parametrize("name", NAMES)
def test_the_prose_does_not_read_the_table_aloud(name):
    """Issue 23, done when: the prose repeats at most half of the table's figures. The prose
    carries the verdict and the few figures that need a reason or a consequence; the table
    holds the rest and is pointed to once."""
    facts, draft, markdown = _drafted(name)
    prose = _prose(draft)
    cells = [cell for row in _table_rows(facts, markdown).values() for cell in row if _NUMBER.search(cell)]
    # A figure is its number with the unit after it (6秒 of 低于目标6秒, 12.3% of 缩短12.3%).
    repeated = [cell for cell in cells
                if re.search(rf"(?<![\d.,]){re.escape(cell[_NUMBER.search(cell).start():])}", prose)]
    assert len(repeated) * 2 <= len(cells), (len(repeated), len(cells), repeated)
    assert prose.count("见下表") + prose.count("见核心指标对比表") <= 2


@pytest.mark.parametrize("name", NAMES)
def test_every_missed_target_is_named_and_the_verdict_counts_right(name):
    facts, draft, _ = _drafted(name)
    prose = _prose(draft)
    figures = compute_figures(facts)
    missed, met = [], []
    for metric in facts.metrics:
        gap = figures.get(f"{metric.name}.gap")
        if gap is None or metric.better not in ("higher", "lower"):
            continue
        (missed if gap.assessment == "worse" else met).append(metric.name)
    for name_ in missed:
        assert re.search(rf"{re.escape(name_)}[^。]*(?:未达到|没有达到|还差|差)", prose) \
            or re.search(rf"(?:没有达到|未达到)[^。]*{re.escape(name_)}", prose), name_
    verdict = draft.section("metrics").text.split("。")[0]
    if missed:
        assert "全部达到" not in verdict and "都达到" not in verdict, verdict
    elif met:
        assert re.search(r"全部达到|都已经达到|都达到", prose), verdict


@pytest.mark.parametrize("name", ["year-end-agent", "year-end-lead"])
def test_a_year_end_compares_every_metric_with_its_target_and_last_year(name):
    facts, draft, markdown = _drafted(name)
    metrics = draft.section("metrics").text
    # The verdict judges every target; the table row holds both gaps for every metric.
    assert re.search(r"全部达到或优于目标|其余考核指标均达到或优于目标|未达到目标", metrics)
    for metric in facts.metrics:
        if metric.target is None or metric.previous is None:
            continue
        row = next(line for line in markdown.splitlines() if line.startswith(f"| {metric.name} |"))
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert cells[2] not in ("", "—") and cells[-1] not in ("", "—"), row
    assert "| 较去年变化 |" in markdown


def test_a_half_year_states_the_gap_to_the_annual_target_of_every_level():
    facts, draft, markdown = _drafted("half-year-property")
    # (review 17, class 2: a level a problem takes up states its gap there, with its cause)
    prose = draft.section("metrics").text + draft.section("problems").text
    plans = draft.section("plans").text
    for metric in facts.metrics:
        if metric.annual_target is not None and metric.kind != "count":
            # (after a 从…到… move the gap follows a semicolon: review 8, C2)
            # Review 12 (4): a level no problem or plan takes up states its level here, and
            # the gap left for the rest of the year once, as the plans' commitment.
            assert re.search(rf"{re.escape(metric.name)}[^。]*(?:距全年目标[^；。]*还差|没有达到[^；。]*全年目标)", prose) \
                or re.search(rf"(?:下半年|\d{{4}}年12月31日前)[^。]*还要把[^。]*{re.escape(metric.name)}再(?:提高|降低|缩短)\d", plans), \
                metric.name
    # The table puts 全年目标 and the progress or gap where empty 目标 columns used to be.
    assert "| 工单闭环率 | 95.1% | 96% | 还差0.9个百分点 |" in markdown
    assert "| 达成情况 |" not in markdown


@pytest.mark.parametrize("name", NAMES)
def test_exact_whole_figures_carry_no_false_decimal(name):
    facts, _, markdown = _drafted(name)
    for figure in compute_figures(facts):
        if figure.kind in ("share", "share_total") or not float(figure.value).is_integer():
            continue
        assert not re.search(r"\.0(?:%|个百分点)$", figure.text), (figure.id, figure.text)
    assert "100.0%" not in markdown.replace("| 100.0 |", "")


def test_shares_listed_together_keep_one_precision():
    facts, _, markdown = _drafted("weekly-phone")
    # 153 / 612 is exactly 25%, but it sits beside 35.0% and 15.0%.
    assert re.search(r"[（，]25\.0%", markdown) and "占35.0%" in markdown
    assert not re.search(r"(?<![\d.])25%", markdown)


def test_a_reduction_target_is_shown_by_its_gap_not_an_attainment():
    _, _, markdown = _drafted("project-smart-cs")
    assert "| 人工接待量 | 7700件 | 8000件 | 达标，低于目标300件 |" in markdown
    assert "103.9%" not in markdown


def test_columns_nobody_filled_are_left_out():
    _, _, markdown = _drafted("weekly-phone")
    assert "| 指标 | 本期 | 上周 | 较上周变化 |" in markdown and "| — |" not in markdown


def test_a_notable_rise_in_complaints_is_told_with_the_complaints_not_in_the_verdict():
    """Review 23 (H, both reviewers): the verdict only judges; the rise is the complaints'."""
    _, draft, _ = _drafted("monthly-ecommerce")
    first = draft.section("metrics").text.split("\n")[0]
    assert "达到或优于目标" in first and "投诉" not in first
    assert "共收到投诉17件，比上月的11件增加54.5%" in draft.section("complaints").text


@pytest.mark.parametrize("name", NAMES)
def test_the_workload_is_said_as_work_done_not_as_a_metric_name(name):
    _, _, markdown = _drafted(name)
    assert not re.search(r"共完成[\u4e00-\u9fff]*量\d", markdown)
    assert not re.search(r"日均[\u4e00-\u9fff]*量\d", markdown)


@pytest.mark.parametrize("name", NAMES)
def test_plan_targets_have_a_direction(name):
    _, draft, _ = _drafted(name)
    plans = draft.section("plans")
    if plans is None or plans.status != "drafted":
        return
    assert not re.search(r"目标是[^；。]*(?:率|比|量)为\d", plans.text), plans.text


def test_a_category_share_plan_starts_from_the_share_now():
    _, draft, _ = _drafted("monthly-ecommerce")
    # Review 7 (C1): the share now is the feedback section's; the plan gives target and date.
    text = draft.section("plans").text
    assert "尺码与材质咨询占比降至35%" in text and "41%" not in text and "目前为" not in text


@pytest.mark.parametrize("name", ["year-end-lead", "half-year-property", "monthly-ecommerce",
                                  "quarterly-insurance"])
def test_a_lesson_case_says_what_was_learned_or_what_changed(name):
    facts, draft, _ = _drafted(name)
    titles = [case.title for case in facts.cases if case.kind == "lesson"]
    # (found by its title, or by the opening of its story: a story that says what the title
    # names opens with itself — blind round 11)
    openings = [re.split(r"[，,。]", case.situation or "")[0] for case in facts.cases if case.kind == "lesson"]
    lesson = next(p for p in draft.section("cases").text.split("\n\n")
                  if any(t in p for t in titles) or any(o and o in p for o in openings))
    # …told once, and never by a pointer to another section (写入下一步计划): a plan it led
    # to is the plans' own; what changed, when all the teamwork there is, is told there and
    # names the case (赠品漏发之后，…).
    assert not re.search(r"写入下一步计划|见下一步计划", lesson), lesson
    teamwork = draft.section("teamwork")
    after = teamwork is not None and any(teamwork.text.startswith(f"{t}之后") for t in titles)
    if name != "quarterly-insurance":
        # (review 8, C1: the phrasing of what it taught varies by report, written.yaml `frames`)
        from cswriter.domain import load_yaml_resource

        drawn = load_yaml_resource("written.yaml")["frames"]["lesson_drawn"]
        said = [re.escape(f.replace("{I}", "我们" if "我们" in lesson else "我")) for f in drawn]
        assert re.search("|".join(said + ["此后"]), lesson) or after, lesson


@pytest.mark.parametrize("name", NAMES)
def test_a_limitation_is_not_given_as_a_cause(name):
    _, _, markdown = _drafted(name)
    assert not re.search(r"主要得益于[^；。]*仍", markdown)


def test_one_fact_is_told_once():
    _, _, markdown = _drafted("year-end-lead")
    # Review 12 (5): once, in the case; the driver of 问题解决率 a case tells with its figure
    # is not retold in the metrics.
    assert markdown.count("48小时") == 1
    assert markdown.count("由45天缩短至30天") == 0 and markdown.count("45天") == 1  # the table
    _, _, markdown = _drafted("half-year-property")
    # The reflections keep what was learned, not the case's 35% and 27单.
    # (one 体会 of one sentence closes the problems it was drawn from: 问题与体会)
    reflections = re.split(r"## .*体会", markdown)[1]
    assert "35%" not in reflections and "27单" not in reflections


@pytest.mark.parametrize("name", NAMES)
def test_machine_made_phrases_are_gone(name):
    _, _, markdown = _drafted(name)
    for phrase in ("有目标的指标", "没有变差", "其他指标方面", "，并业主"):
        assert phrase not in markdown, phrase


@pytest.mark.parametrize("label, said", [
    ("来电量", "接听来电"), ("咨询处理量", "处理咨询"), ("团队咨询处理量", "处理团队咨询"),
    ("接待量", "接待客户"), ("报修工单量", "受理报修工单"), ("受理工单量", "受理工单"),
    ("电话接听量", "接听电话"),
    # A mean or a name the table does not know keeps its own wording (共完成…).
    ("人均日处理量", None), ("业务量", None),
])
def test_the_workload_verb_comes_from_the_name(label, said):
    from cswriter.backends.offline import _workload_said

    assert _workload_said(label) == said


@pytest.mark.parametrize("name", NAMES)
def test_the_opening_sentence_names_who_writes_in_a_whole_clause(name):
    """The blind review's "…共365天），华东区域客服中心，我主要带领…": a team's name standing
    alone as a clause. The opening says who the writer is (我在X担任Y, or X共N人，我担任Y)."""
    facts, draft, _ = _drafted(name)
    opening = next(s.text for s in draft.sections if s.status == "drafted").split("。")[0]
    team = facts.report.team
    if team:
        assert not re.search(rf"[，）]{re.escape(team)}，", opening), opening
    if facts.report.type != "project":
        assert re.search(r"我(?:在|担任)|我们", opening), opening


@pytest.mark.parametrize("name", NAMES)
def test_shares_are_read_not_listed(name):
    """The largest category comes first and is named as such; a category a problem is about
    is pointed out (咨询类型 and 投诉类型 alike) in a sentence of its own, never by pasting the
    problem's title in brackets (review 7, C2)."""
    facts, draft, _ = _drafted(name)
    for section, items in (("feedback", facts.categories),
                           ("complaints", facts.complaints.types if facts.complaints else [])):
        written = draft.section(section)
        if not items or written is None or written.status != "drafted":
            continue
        largest = max(items, key=lambda t: t.share if t.share is not None else (t.count or 0))
        # (review 9, C1: or 咨询以X为主, one of the phrasings of directions.yaml `shares`;
        # review 10, B: or 客户问得最多的是X / 咨询量最大的一类是X / 投诉主要集中在X)
        assert re.search(rf"{re.escape(largest.name)}(?:和[^，；。]+)?(?:类投诉|投诉)?(?:并列)?最多|"
                         rf"以{re.escape(largest.name)}为主|"
                         rf"(?:最多的是|最大的一类是|集中在){re.escape(largest.name)}", written.text), written.text
        for problem in facts.problems:
            about = [t.name for t in items if t.name in f"{problem.title}{problem.evidence or ''}"]
            if about and problem.title:
                # Review 8 (C1): the linking line (…最突出的问题也出在…这一类) adds nothing the
                # problem section does not say with its figures: it is not written.
                assert "最突出的问题" not in written.text, (section, about[0])
                assert f"（{problem.title}）" not in written.text



@pytest.mark.parametrize("name", [n for n in NAMES if drafted_offline(n)[0].report.type == "half-year"])
def test_a_half_year_says_how_far_the_workload_is_towards_the_annual_target(name):
    """Review 7: a half-year report that leaves its 52% of the annual target to the table hides
    the one figure the reader of a mid-year report looks for first."""
    facts, draft, markdown = _drafted(name)
    metrics = next(s for s in draft.sections if s.id == "metrics").text
    progress = {m.name: f"{round(m.value / m.annual_target * 100)}%" for m in facts.metrics
                if m.annual_target and m.value is not None and m.unit not in ("%", "分", "秒", "分钟")}
    assert progress, "the fixture has a count with an annual target"
    for name_, share in progress.items():
        assert f"{name_}已完成全年目标的{share}" in metrics, (name_, share)
