"""Classes the fifth blind review (fixtures/report-reviews/review-5) found in the offline
drafts: verdicts that count what they speak of, a team report that speaks as 我们 from its
first figure, a project judged against its own goals, and each fact told once."""

from __future__ import annotations

import re

import pytest
from helpers import REALISTIC, drafted_offline, drafted_variant

from cswriter.backends.offline import written
from cswriter.facts.model import load_facts
from cswriter.outline import missed_target

NAMES = [p.stem for p in REALISTIC]


def _verdict(draft) -> str:
    metrics = draft.section("metrics").text
    paragraphs = metrics.split("\n\n")
    first = paragraphs[1] if draft.sections[0].id == "metrics" else paragraphs[0]
    return first.split("。")[0]


def _check_verdict(facts, draft):
    verdict = _verdict(draft)
    targeted = [m for m in facts.metrics if m.target is not None and m.better in ("higher", "lower")]
    missed = {m.name for m in targeted if missed_target(m)}
    if "其余" in verdict:
        # 其余 speaks of several: never of one metric.
        assert len(targeted) - len(missed) > 1, verdict
    for clause in re.split(r"，", verdict):
        named = [m.name for m in targeted if m.name in clause]
        if "项指标中" in clause:
            # review 20 (class 4): how many were met, no names
            assert not named, clause
        elif clause.startswith("没有达到的是"):
            assert set(named) == missed, (clause, missed)
        elif clause.endswith("未达到目标") and not clause.startswith("除"):
            assert named and set(named) <= missed, (clause, missed)
        elif clause.endswith("达到目标"):
            assert named and not set(named) & missed, (clause, missed)
    if "全部达到或优于目标" in verdict:
        assert not missed, verdict


@pytest.mark.parametrize("name", [n for n in NAMES if not n.startswith("project")])
def test_the_verdict_names_exactly_the_metrics_it_speaks_of(name):
    facts, draft, _ = drafted_offline(name)
    _check_verdict(facts, draft)


@pytest.mark.parametrize("extra", [0, 1, 4])
def test_the_verdict_counts_hold_for_any_number_of_met_targets(tmp_path, extra):
    def edit(data):
        for k in range(extra):
            data["metrics"].append({"name": f"质检合格率{k + 1}", "better": "higher", "value": 95,
                                    "unit": "%", "target": 90, "previous": 94})
    facts, draft, _ = drafted_variant(tmp_path, "weekly-team-lead", edit)
    _check_verdict(facts, draft)
    verdict = _verdict(draft)
    assert "平均首响时长未达到目标" in verdict or "除平均首响时长外" in verdict \
        or verdict.endswith("没有达到的是平均首响时长"), verdict


def _team_report(path) -> bool:
    from cswriter.domain import load_domain

    report = load_facts(path).report
    return not load_domain().role_of(report.role, report.level).personal


@pytest.mark.parametrize("name", [p.stem for p in REALISTIC
                                  if _team_report(p) and load_facts(p).report.type != "project"])
def test_a_team_report_speaks_as_we_from_its_first_figure(name):
    facts, draft, _ = drafted_offline(name)
    prose = "\n".join(s.text for s in draft.sections if s.status == "drafted")
    volume = next(m for m in facts.metrics if m.name.endswith("量"))
    # The lead's own acts are 我 (我带领…、负责排班); the team's work is 我们, at its first figure.
    value = f"{volume.value:,.0f}" if volume.value >= 10000 else f"{volume.value:.0f}"
    sentence = next(s for s in re.split(r"[。；]", prose) if value in s)
    assert "我们" in sentence, sentence


def test_a_project_is_judged_against_its_own_goals_first():
    facts, draft, _ = drafted_offline("project-lead")
    results = draft.section("metrics").text
    # goal 1 by its result (1,480 ≤ 1,500), goal 2 by the metric (−12.3% ≥ −10%): reached —
    # said once, in the first paragraph (round 14, F); the results open with how far they got.
    assert "三项目标中两项已经达到" in draft.section("overview").text
    reached = results.split("。")[0]
    # …each by the figure the goal speaks of (the level, or the change for a goal in %).
    assert "1,480条" in reached and "12.3%" in reached and "228秒" not in reached
    # goal 3 (≤30 days, 32): missed, named in the first paragraph; review 20 (class 1): the
    # results tell where it got to and how far it still is, once; its problem only the cause.
    assert "新人独立上岗周期没有达到目标" in draft.section("overview").text
    assert re.search(r"新人独立上岗周期从45天缩短到32天，但离目标还差2天", results), results
    problems = draft.section("problems").text
    # (review 24: the miss named without its figures — the results and the table give 32天 and
    # the gap; 停在32天 misstated a figure that fell from 45)
    assert not re.search(r"(?<!\d)(?:2|32)天", problems) and re.search(r"新人独立上岗周期[^。]*没有达到目标", problems)
    # …and a metric a goal judged is not told a second time in the section.
    assert results.count("12.3%") == 1, results


def test_a_goal_missed_by_its_result_is_said_so(tmp_path):
    def edit(data):
        data["project"]["result"] = data["project"]["result"].replace("1,480", "1,520")
        data["project"]["milestones"] = [m.replace("1,480", "1,520") for m in data["project"]["milestones"]]
    _, draft, _ = drafted_variant(tmp_path, "project-lead", edit)
    results = draft.section("metrics").text
    missed = next(s for s in results.split("。") if "没有达到" in s)
    assert "1,500条以内" in missed and "1,520条" in missed, results


@pytest.mark.parametrize("name", NAMES)
def test_a_problems_cause_is_told_once(name):
    facts, _, markdown = drafted_offline(name)
    for problem in facts.problems:
        if problem.cause:
            first = re.split(r"[，,；;]", written(problem.cause))[0]
            assert markdown.count(first) <= 1, (first, markdown)


@pytest.mark.parametrize("name", NAMES)
def test_no_aspect_frame_heads_a_single_metric(name):
    _, draft, _ = drafted_offline(name)
    for paragraph in draft.section("metrics").text.split("\n\n"):
        for frame in re.findall(r"([^。；]*方面，[^。]*)", paragraph):
            # 服务质量方面，A…；B…: a frame heads two metrics or more.
            sentence = paragraph[paragraph.index(frame):].split("。")[0]
            assert "；" in sentence or len(re.findall(r"达到|为\d", sentence)) > 1, frame


def test_complaints_that_rose_less_than_the_work_are_said_so(tmp_path):
    _, draft, _ = drafted_offline("monthly-ecommerce")
    said = draft.section("complaints").text.split("。")[0]
    # +54.5% complaints against +72.7% orders: fewer complaints per order, said as the rate
    # per order in both months (review 9, C5: 17 ÷ 6,820 and 11 ÷ 3,950), with the complaints
    # (review 23, H: not in the verdict).
    assert "投诉率从0.28%降到0.25%" in said, said

    def faster(data):
        data["complaints"]["previous"] = 8   # +112.5%: more than the work's +72.7%
    _, draft, _ = drafted_variant(tmp_path, "monthly-ecommerce", faster)
    assert "增幅小于" not in draft.section("complaints").text and "投诉率" not in draft.section("complaints").text
    assert "投诉" not in draft.section("metrics").text.split("**")[0]


@pytest.mark.parametrize("name", NAMES)
def test_no_pointer_to_another_section_and_teamwork_told_once(name):
    facts, _, markdown = drafted_offline(name)
    assert not re.search(r"写入下一步计划|见下一步计划|列入下一步计划|见上文", markdown), name
    for item in facts.teamwork:
        first = re.split(r"[，,；;]", written(item))[0]
        assert markdown.count(first) <= 1, (first, markdown)


@pytest.mark.parametrize("name", NAMES)
def test_cases_do_not_all_open_in_one_numbered_frame(name):
    facts, draft, _ = drafted_offline(name)
    cases = draft.section("cases")
    if cases is None or cases.status != "drafted":
        return
    assert not re.search(r"案例[一二三四五六七八九十]+，", cases.text), cases.text
    for case in facts.cases:
        if case.kind == "lesson" and case.situation:
            # A lesson case says it is one, from its first words — when the facts say what was
            # learned or changed; otherwise it is told as what happened (no lesson invented).
            teamwork = draft.section("teamwork")
            from cswriter.domain import load_yaml_resource

            said = [re.escape(f.replace("{I}", "我")).replace("我", "我们?")
                    for f in load_yaml_resource("written.yaml")["frames"]["lesson_drawn"]]
            drawn = re.search(rf"{re.escape(case.title)}[^\n]*(?:{'|'.join(said)}|此后|吸取这次教训)", cases.text) \
                or teamwork is not None and teamwork.text.startswith(f"{case.title}之后") \
                or draft.section("plans") is not None and case.title in draft.section("plans").text
            if drawn:
                # (announced in one of written.yaml's `frames.lesson_open` phrasings: review 8, C1)
                # (review 9, C1: the title said inside the sentence, no stock line before it)
                assert re.search(rf"{re.escape(case.title)}是[^：]*的一次教训|遇到过{re.escape(case.title)}的问题|"
                                 rf"做得不够好的一件事是{re.escape(case.title)}", cases.text), cases.text
                assert "需要反思的事" not in cases.text and "一事暴露了" not in cases.text, cases.text
            else:
                assert f"{case.title}是" not in cases.text and "需要反思的事" not in cases.text \
                    and "一事暴露了" not in cases.text, cases.text


def test_a_workload_short_of_its_target_is_no_all_met(tmp_path):
    def short(data):
        for m in data["metrics"]:
            if m["name"] == "接待量":
                m["target"] = 7000        # 6820 of 7000: not reached
    _, draft, _ = drafted_variant(tmp_path, "monthly-ecommerce", short)
    verdict = _verdict(draft)
    assert "全部达到" not in verdict, verdict
    assert "接待量未达到目标" in verdict or "除接待量外，其余考核指标均达到或优于目标" in verdict, verdict
