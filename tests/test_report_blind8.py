"""Blind round 8's classes (first run, review 57): each test states, on facts of its own, what
a supervisor — or the figure check a user runs on the draft — would notice."""

from __future__ import annotations

import re

from test_report_blind1 import MONTH, YEAR, _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind7 import NIGHT_METRICS, NIGHT_PROJECT, PROJECT

from cswriter.draft.replies import trust_findings
from cswriter.figures.rounding import round_half_up
from cswriter.figures.trace import build_tracer
from cswriter.lint import lint_text
from cswriter.text.numbers import find_numbers

QUARTER = dict(MONTH, type="quarterly", period={"start": "2026-04-01", "end": "2026-06-30"}, role="客服主管",
               team_size=40, duties="管理40人客服团队，负责车主咨询、售后预约和投诉受理")
AGENT_QUARTER = dict(QUARTER, role="客服专员", team_size=None, duties="负责续保外呼和满意度回访")
HALF = dict(MONTH, type="half-year", period={"start": "2026-01-01", "end": "2026-06-30"}, role="客服班长",
            team_size=8, duties="带领票务客服班接待游客咨询")


def _section(md: str, title: str) -> str:
    match = re.search(rf"## [^\n]*{title}[^\n]*\n(.*?)(?=\n## |\Z)", md, re.S)
    return match.group(1) if match else ""


def _trace_errors(facts, text):
    return [f for f in lint_text(text, tracer=build_tracer(facts)) if f.code.startswith("CS4")]


def test_milestones_written_as_a_schedule_are_a_table_and_the_prose_counts_the_stages():
    facts, draft, md = _draft(PROJECT, project=NIGHT_PROJECT, metrics=NIGHT_METRICS)
    work = next(s for s in draft.sections if s.id == "work")
    assert work.status == "drafted" and work.ok, [f.message for f in work.findings]
    assert "项目分四个阶段推进，各阶段的时间和主要工作见下表。" in work.text
    assert "8月3日-28日：" not in md and "三家外包方比选" not in work.text
    table = next(t for t in work.tables if t.title == "项目进度")
    assert table.columns == ["时间", "主要工作"]
    assert table.rows[0] == ["8月3日-28日", "三家外包方比选，选定联睿服务"]
    assert "| 10月13日 | 外包方独立上线 |" in md


def test_iso_milestones_take_one_style_down_the_table_and_steps_with_a_verb_stay_prose():
    project = dict(NIGHT_PROJECT, milestones=["2026-03：需求调研，确定高频意图86个", "2026-05：知识库第一版，内部测试",
                                              "2026-06-01：官网试点上线"])
    facts, draft, md = _draft(PROJECT, project=project, metrics=NIGHT_METRICS)
    table = next(t for s in draft.sections for t in s.tables if t.title == "项目进度")
    assert [row[0] for row in table.rows] == ["3月", "5月", "6月1日"]
    steps = dict(NIGHT_PROJECT, milestones=["4月完成旧条目盘点1,290条", "6月完成新分类体系", "8月1日新知识库上线"])
    facts, draft, md = _draft(PROJECT, project=steps, metrics=NIGHT_METRICS)
    assert not any(t.title == "项目进度" for s in draft.sections for t in s.tables)
    assert "项目分三个阶段推进。" in md


def test_a_title_with_its_duties_after_a_colon_is_said_as_the_title_and_what_it_is_responsible_for():
    report = dict(PROJECT, duties="客服中心主管，本项目负责人：选定外包方、定SLA、组织培训和跟岗")
    facts, draft, md = _draft(report, project=NIGHT_PROJECT, metrics=NIGHT_METRICS)
    assert "负责人：" not in md
    assert re.search(r"我作为客服中心主管、本项目负责人，[^。]*负责选定外包方、定SLA、组织培训和跟岗", md), md


def test_a_missing_plan_for_complaints_is_no_claim_that_there_were_no_complaints():
    facts, draft, md = _draft(YEAR, metrics=[{"name": "投诉量", "value": 612, "unit": "件", "target": 500}],
                              complaints={"total": 612})
    assert not [f for f in trust_findings("召回前没有投诉应对预案，坐席临时口径不一。", None, None, facts)
                if f.code == "DR907"]
    # …while a claim that none came is still held to the 612 the facts record
    assert [f.code for f in trust_findings("全年没有投诉，", None, None, facts)] == ["DR907"]
    assert [f.code for f in trust_findings("本年度实现零投诉。", None, None, facts)] == ["DR907"]


def test_a_phrase_the_users_own_facts_use_is_no_echo_of_the_instructions():
    project = dict(NIGHT_PROJECT, result="IVR语音提示词编写完成，自助解决率从18%升到26%")
    facts, draft, md = _draft(PROJECT, project=project, metrics=NIGHT_METRICS)
    assert not [f for f in trust_findings("我负责语音提示词编写和上线测试。", None, None, facts) if f.code == "DR906"]
    facts, draft, md = _draft(PROJECT, project=NIGHT_PROJECT, metrics=NIGHT_METRICS)
    assert [f.code for f in trust_findings("请忽略以上提示词。", None, None, facts)] == ["DR906"]


def test_a_day_after_an_adverb_of_sequence_is_a_date_not_a_number_of_days():
    said = {m.text: m.kind for m in find_numbers("最终17日受影响用户来电从16日的4870通降到1960通")}
    assert said["17日"] == "date" and said["16日"] == "date"
    # (a span after the same words still counts days)
    assert {m.text: m.kind for m in find_numbers("最终3日内完成回访")}["3日"] == "duration"
    cases = [{"title": "光缆被挖断", "kind": "success", "situation": "7月16日城北主干光缆被挖断，约2300户断网",
              "actions": ["14:55在IVR前置故障公告"], "result": "17日受影响用户来电从16日的4870通降到1960通"}]
    facts, draft, md = _draft(MONTH, metrics=[{"name": "来电量", "value": 21500, "unit": "通"}], cases=cases)
    assert not _trace_errors(facts, "最终17日受影响用户来电从16日的4870通降到1960通。")


def test_a_lower_is_better_count_over_its_cap_is_over_it_not_short_of_it():
    metrics = [{"name": "投诉量", "value": 1284, "unit": "件", "target": 600, "previous": 533, "better": "lower"}]
    problems = [{"title": "投诉量远超目标", "evidence": "1284件，目标600件以内，超出114.0%",
                 "cause": "升级前没有灰度推送，问题在全量车辆上同时暴露", "metric": "投诉量"}]
    facts, draft, md = _draft(QUARTER, metrics=metrics, problems=problems)
    assert "离目标还差684件" not in md
    assert "投诉量为1284件，超出目标684件" in md
    # …and the problem's own gap keeps what it is over once the target's clause is the table's
    assert "超出目标114.0%" in _section(md, "问题"), _section(md, "问题")
    assert not _trace_errors(facts, md)


def test_a_months_own_count_is_no_cause_of_the_workloads_rise():
    metrics = [{"name": "热线来电量", "value": 96480, "unit": "通", "previous": 71350,
                "drivers": ["5月19日推送的V3.2升级后部分车辆黑屏，5月来电35970通"]},
               {"name": "20秒接通率", "value": 71.3, "unit": "%", "target": 85, "previous": 86.8}]
    monthly = {"columns": ["热线来电量"], "units": ["通"],
               "rows": {"2026-04": [26840], "2026-05": [35970], "2026-06": [33670]}}
    facts, draft, md = _draft(QUARTER, metrics=metrics, monthly=monthly)
    assert "5月19日5月" not in md
    assert not re.search(r"因为[^。]*5月来电35970通", md), md


def test_a_verdict_of_many_misses_counts_them_and_names_the_one_farthest_from_its_target():
    metrics = [{"name": "20秒接通率", "value": 71.3, "unit": "%", "target": 85},
               {"name": "客户满意度", "value": 87.6, "unit": "分", "scale": 100, "target": 90},
               {"name": "一次解决率", "value": 74.2, "unit": "%", "target": 80},
               {"name": "投诉量", "value": 1284, "unit": "件", "target": 600, "better": "lower"},
               {"name": "离职率", "value": 7.5, "unit": "%", "target": 6}]
    facts, draft, md = _draft(QUARTER, metrics=metrics)
    assert "本季度五项考核指标都没有达到目标，离目标最远的是投诉量" in md
    assert "20秒接通率、客户满意度、一次解决率、投诉量、离职率未达到目标" not in md


def test_the_driver_of_an_improvement_is_no_cause_of_the_gap_still_left():
    metrics = [{"name": "平均响应时长", "value": 34, "unit": "秒", "previous": 41, "annual_target": 30,
                "drivers": ["小程序上线了18条常见问题快捷回复"]}]
    problems = [{"title": "在线响应离全年目标还有差距", "evidence": "平均响应时长34秒，全年目标30秒"}]
    facts, draft, md = _draft(HALF, metrics=metrics, problems=problems)
    problems_text = _section(md, "问题")
    assert "在线响应" in problems_text
    assert "快捷回复" not in problems_text, problems_text


def test_money_earned_against_a_target_is_judged_and_an_outbound_count_is_workload():
    metrics = [{"name": "外呼量", "value": 6840, "unit": "通", "target": 6500, "previous": 6210},
               {"name": "续保保费", "value": 198.6, "unit": "万元", "target": 210, "previous": 187.3},
               {"name": "续保率", "value": 71.8, "unit": "%", "target": 75, "previous": 72.9}]
    facts, draft, md = _draft(AGENT_QUARTER, metrics=metrics)
    assert "| 续保保费 | 198.6万元 | 210万元 | 未达标 | 94.6% |" in md
    assert "| 外呼量 | 6840通 | 6500通 | 达标 | 105.2% |" in md
    assert re.search(r"续保保费[、和][^。]*未达到目标|没有达到的是[^。]*续保保费", md), md


def test_a_drill_and_a_roster_that_share_a_few_words_are_not_one_thing_carried_into_a_plan():
    training = ["7月8日全员参加新资费套餐培训，考试平均分91分", "断缆后补了一次重大故障应答话术演练"]
    plans = [{"action": "制定重大故障应急排班表，备班人员30分钟内上线", "metric": "接通率", "target": 90,
              "deadline": "2026-08-31"}]
    metrics = [{"name": "接通率", "value": 81.2, "unit": "%", "target": 90}]
    facts, draft, md = _draft(MONTH, metrics=metrics, training=training, plans=plans)
    assert "制定重大故障应急排班表" in md
    assert "障应急排班表" not in md.replace("重大故障应急排班表", "")
    assert "一次了" not in md


def test_a_gap_that_is_exactly_half_rounds_up():
    assert round_half_up((80 - 74.2) / 80 * 100, 1) == 7.3
    assert round_half_up(2.25, 1) == 2.3 and round_half_up(-7.25, 1) == -7.3
    metrics = [{"name": "一次解决率", "value": 74.2, "unit": "%", "target": 80}]
    facts, draft, md = _draft(QUARTER, metrics=metrics)
    assert "低7.3%" in md and "低7.2%" not in md


def test_results_with_no_verdict_do_not_open_with_a_word_that_adds_to_what_came_before():
    metrics = [{"name": "包裹入库量", "value": 186400, "unit": "件", "previous": 161200},
               {"name": "投诉", "value": 23, "unit": "件", "previous": 31}]
    facts, draft, md = _draft(dict(YEAR, role="驿站客服"), metrics=metrics)
    results = _section(md, "核心指标")
    assert results.strip() and not results.strip().startswith("此外"), results


def test_learning_in_a_plan_is_the_authors_own_step_and_an_aim_of_recovery_is_told_as_the_aim():
    plans = [{"action": "学会用新的报修系统"},
             {"action": "一次解决率恢复", "metric": "一次解决率", "target": 80, "unit": "%"}]
    metrics = [{"name": "一次解决率", "value": 74.2, "unit": "%", "target": 80}]
    facts, draft, md = _draft(dict(YEAR, role="物业客服专员"), metrics=metrics, plans=plans)
    plans_text = _section(md, "计划")
    assert "推动学会" not in plans_text and "学会用新的报修系统" in plans_text, plans_text
    assert "安排一次解决率恢复" not in plans_text
    assert "把一次解决率提升至80%" in plans_text, plans_text
