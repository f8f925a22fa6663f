"""Reviews 150 and 151 (blind rounds 36 and 37): what a supervisor reading the draft read wrong,
fixed in session 59. Each test states, on facts of its own, what that reader would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from helpers import cs401_on
from test_report_blind11 import _section

QUARTER = {"type": "quarterly", "period": {"start": "2026-07-01", "end": "2026-09-30"}, "author": "蒋雨",
           "role": "客服主管", "team_size": 30, "team": "酒店预订客服部", "duties": "管理三个小组的预订咨询和投诉",
           "channels": ["400电话", "App在线客服"]}
SOLVED = {"name": "一次解决率", "value": 83.0, "unit": "%", "target": 85, "previous": 85.6}


def test_a_workload_that_swung_with_no_driver_says_its_change_where_its_total_is_told():
    # review 150 (both): the quarter's +29.4 % and the night shift's +17.0 % were in the table alone
    calls = {"name": "来电量", "value": 205360, "unit": "通", "previous": 158720}
    _, _, md = _draft(QUARTER, metrics=[calls, SOLVED])
    opening = _section(md, "概述")
    assert "来电205,360通，较上季度增长29.4%" in opening
    prose = "\n".join(line for line in md.splitlines() if not line.startswith("|"))
    assert prose.count("29.4%") == 1   # once in prose; the table keeps its own cell


def test_a_workload_change_its_note_qualifies_or_a_small_one_is_not_said_bare():
    # (…but not 增长32.4% when the note says most of it is a merged team, nor a 4 % drift)
    merged = {"name": "来电量", "value": 12780, "unit": "通", "previous": 9650,
              "note": "10月的9650通只是本组，不含原二组，所以环比增长32.4%里大部分是并组带来的"}
    _, _, md = _draft(QUARTER, metrics=[merged, SOLVED])
    assert "较上季度增长32.4%" not in _section(md, "概述")
    drift = {"name": "来电量", "value": 16500, "unit": "通", "previous": 15870}
    _, _, md = _draft(QUARTER, metrics=[drift, SOLVED])
    assert "较上季度增长" not in _section(md, "概述")


PROJECT = {"type": "project", "period": {"start": "2026-04-01", "end": "2026-09-30"}, "author": "龚岩",
           "role": "客服班长（项目负责人）", "duties": "牵头远程视频客服项目的业务梳理和上线运营"}
HANDLED = {"name": "视频业务办理量", "value": 2864, "unit": "笔", "target": 2500, "note": "9月数据"}
WAITED = {"name": "平均等待时长", "value": 52, "unit": "秒", "target": 60, "previous": 95, "better": "lower"}


def test_a_goal_of_several_sentences_is_judged_clause_by_clause_by_the_clause_naming_its_metric():
    # blind round 37: …改为手机银行视频办理。视频业务办理量从0做到月均2500笔。 was one aim with a full stop
    # inside, its second sentence read alone as a result (the tracer sent back its 0 and 2500笔)
    goal = "8类柜面业务改为手机银行视频办理。视频业务办理量从0做到月均2500笔。预算120万元。"
    milestones = ["2026-05-10 完成8类业务的视频办理流程梳理", "2026-07-27 视频客服正式上线"]
    facts, _, md = _draft(PROJECT, metrics=[HANDLED, WAITED], project={
        "name": "远程视频客服上线", "goal": goal, "background": "热线里要求去网点办理的来电每月约6000通",
        "milestones": milestones})
    assert "对照项目目标，视频业务办理量从0做到月均2500笔已经达到：视频业务办理量为2864笔。" in md
    assert "办理。视频业务办理量从0" not in md
    assert not cs401_on(facts, md, "2500笔")
