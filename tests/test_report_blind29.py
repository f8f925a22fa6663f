"""Blind round 29 (review 128): what a supervisor reading the draft read wrong, fixed in session 54.
Each test states, on facts of its own, what a supervisor reading the draft would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind11 import _section

QUARTER = {"type": "quarterly", "period": {"start": "2026-07-01", "end": "2026-09-30"}, "author": "韩松",
           "role": "客服专员", "team": "报修热线班", "duties": "受理燃气报修电话，按地址派单",
           "channels": ["报修热线"]}
HALF = {"type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"}, "author": "孔晴",
        "role": "投诉处理组班长", "team_size": 12, "team": "投诉处理组", "duties": "带领投诉处理组处理快递投诉工单",
        "channels": ["工单"]}


def test_a_quarter_compared_with_the_same_quarter_last_year_says_so():
    # review 128 (all four): 较上季度 throughout where the note says previous is 2025年第三季度
    calls = {"name": "报修受理量", "value": 3426, "unit": "件", "target": 3300, "previous": 3118,
             "note": "这次previous填的是去年同期(2025年第三季度)的数，不是二季度的"}
    talk = {"name": "平均通话时长", "value": 156, "unit": "秒", "target": 170, "previous": 171}
    _, _, md = _draft(QUARTER, metrics=[calls, talk])
    assert "较去年同期增长9.9%" in md
    assert "上季度" not in md
    assert "| 去年同期 | 较去年同期变化 |" in md


def test_a_quarter_whose_notes_say_nothing_of_the_previous_period_is_compared_with_the_last_quarter():
    calls = {"name": "报修受理量", "value": 3426, "unit": "件", "target": 3300, "previous": 3118}
    _, _, md = _draft(QUARTER, metrics=[calls])
    assert "较上季度增长9.9%" in md and "去年同期" not in md


def test_a_rate_met_only_by_counting_the_systems_cases_is_told_with_its_level_without_them():
    # review 128 (all four): 95.2% 已达到全年目标95% where 1,260 batch-closed tickets were in it and the
    # note gives 94.8 % without them
    tickets = {"name": "投诉工单处理量", "value": 15840, "unit": "件", "annual_target": 30000}
    closed = {"name": "投诉48小时办结率", "value": 95.2, "unit": "%", "annual_target": 95, "previous": 93.8,
              "note": "这个数包括系统批量关闭的1260件（4月起系统自动关闭）。不算这部分，真实办结是13818/14580，"
                      "办结率94.8%，还差全年目标0.2个百分点"}
    _, _, md = _draft(HALF, metrics=[tickets, closed])
    assert "但其中含系统批量关闭的1260件；不含这部分为94.8%，离全年目标95%还差0.2个百分点" in _section(md, "指标")
    assert "| 投诉48小时办结率（含系统批量关闭1260件） | 95.2% |" in md


def test_a_rate_whose_note_counts_others_cases_but_gives_no_level_without_them_is_told_as_it_is():
    rate = {"name": "询单转化率", "value": 30, "unit": "%", "target": 28,
            "note": "其中214单是门店同事验光后让顾客线上付款的，不是我接待成交的"}
    _, _, md = _draft(HALF, metrics=[rate])
    assert "214" not in md


def test_a_part_larger_than_the_count_is_of_another_whole():
    # 中心共外呼1776通，含系统自动外呼1420通 beside the author's own 356: no part of hers
    calls = {"name": "提醒外呼量", "value": 356, "unit": "通", "annual_target": 800,
             "note": "中心共外呼1776通，含系统自动外呼1420通（不是本人外呼），本人人工外呼356通"}
    _, _, md = _draft(HALF, metrics=[calls])
    assert "含系统自动外呼1420通" not in md
