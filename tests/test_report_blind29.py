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


def test_a_transferred_agents_verdict_is_since_the_transfer_not_since_joining():
    # review 128 (three of four): 入职以来 for an agent who moved in from another team on 8月1日
    moved = dict(QUARTER, duties="8月1日从账号安全组调到充值组，处理充值未到账和退款申请")
    solved = {"name": "一次解决率", "value": 84.2, "unit": "%", "target": 85}
    tickets = {"name": "充值工单处理量", "value": 2184, "unit": "件", "target": 2000}
    _, _, md = _draft(moved, metrics=[tickets, solved])
    assert "调到本组以来，" in md and "入职以来" not in md


def test_a_project_leads_duties_that_name_the_projects_system_are_not_put_inside_the_project():
    # review 128 (all four): 我在智能质检系统上线中牵头智能质检系统选型后的上线
    lead = {"type": "project", "period": {"start": "2026-03-01", "end": "2026-06-30"}, "author": "宋岚",
            "role": "客服主管", "level": "lead", "team": "质检组", "team_size": 9, "channels": ["电话客服"],
            "duties": "牵头智能质检系统选型后的上线、规则配置和质检流程改造"}
    project = {"name": "智能质检系统上线", "background": "上线前质检组靠人工抽听，每月只能覆盖约3%的通话",
               "goal": "质检覆盖率从3.2%提高到95%以上", "result": "验收时覆盖率100%",
               "lessons": ["规则要先在一个组试跑再全量"],
               "milestones": ["3月1日—3月20日 梳理质检评分表，把68条人工质检项拆成规则",
                              "3月23日—4月17日 在车险续保组试点，每周复盘一次误判",
                              "6月30日 项目验收"]}
    coverage = {"name": "质检覆盖率", "value": 100, "unit": "%", "target": 95, "previous": 3.2}
    _, _, md = _draft(lead, metrics=[coverage], project=project)
    assert "我牵头智能质检系统选型后的上线" in md and "上线中牵头" not in md
    # (a schedule's head leaves no space in the step, and the step is the team's)
    assert "3月1日—3月20日，我们先梳理质检评分表" in md and "， 梳理" not in md


def test_a_work_line_that_opens_on_an_event_of_a_month_takes_the_author_after_it():
    # review 128 (all four): 本月，我11月供暖开始，登记暖气不热报修52件
    month = {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}, "author": "周立",
             "role": "物业前台客服", "team": "物业服务中心"}
    visits = {"name": "业主来访接待量", "value": 486, "unit": "人次"}
    _, _, md = _draft(month, metrics=[visits], work=["11月供暖开始，登记暖气不热报修52件，都转给了工程部"])
    assert "11月供暖开始，我登记暖气不热报修52件" in md
    assert "我11月供暖开始" not in md and "本月，11月" not in md


def test_a_workload_whose_name_holds_its_verb_says_the_verb_once():
    # review 127 (both): 共接待在线接待会话16,840个
    sessions = {"name": "在线接待会话量", "value": 16840, "unit": "个", "annual_target": 32000}
    _, _, md = _draft(HALF, metrics=[sessions])
    assert "接待在线会话16,840个" in md and "接待在线接待会话" not in md


def test_a_miss_whose_note_gives_the_level_outside_an_outage_says_that_level():
    # review 128 (all four): the week's 91.2 % short of 93 % told without the 94.3 % outside the
    # half-day the core system was down, the figure that shows the outage caused the miss
    week = {"type": "weekly", "period": {"start": "2026-11-23", "end": "2026-11-29"}, "author": "邵嘉怡",
            "role": "客服主管", "team_size": 25, "team": "分期业务热线组", "duties": "管理分期热线坐席的排班与质检",
            "channels": ["分期专线"]}
    calls = {"name": "来电量", "value": 8640, "unit": "通", "previous": 8215}
    answered = {"name": "接通率", "value": 91.2, "unit": "%", "target": 93, "previous": 93.6,
                "note": "周三下午分期核心系统宕机半天，当天下午来电1532通只接通1180通，接通率77.0%；"
                        "扣掉这半天，其余时段7108通接通6700通，94.3%"}
    _, _, md = _draft(week, metrics=[calls, answered])
    # (…as where the gap lies: …，达到了目标93% after it read as a miss made to look met — review 144)
    assert "接通率为91.2%，" in md and "较上周下降2.4个百分点；差距主要出在宕机时段，其余时间为94.3%。" in md


def test_a_plan_whose_action_names_its_own_deadline_says_the_date_once():
    # review 128: 整理…自查清单，10月底前给组里用，力争在2026年10月31日前使… — one date said twice
    solved = {"name": "一次解决率", "value": 84.2, "unit": "%", "target": 85}
    plans = [{"action": "整理充值未到账排查步骤做成自查清单，10月底前给组里用", "metric": "一次解决率",
              "target": 86, "unit": "%", "deadline": "2026-10-31"},
             {"action": "推动补招客服1人，10月20日前到岗", "deadline": "2026-10-20"}]
    _, _, md = _draft(QUARTER, metrics=[solved], plans=plans)
    assert "自查清单，给组里用" in md and "10月底前" not in md
    # (a day that is all its clause says stays: 到岗 alone is no step)
    assert "10月20日前到岗" in md


def test_a_teams_calls_are_received_not_answered_where_the_answer_rate_counts_fewer():
    # review 129 (both): 我们共接听来电8640通 where 7,880 of them were answered
    week = {"type": "weekly", "period": {"start": "2026-11-23", "end": "2026-11-29"}, "author": "邵嘉怡",
            "role": "客服主管", "team_size": 25, "team": "分期业务热线组", "duties": "管理分期热线坐席的排班与质检",
            "channels": ["分期专线"]}
    calls = {"name": "来电量", "value": 8640, "unit": "通", "previous": 8215}
    answered = {"name": "接通率", "value": 91.2, "unit": "%", "target": 90, "previous": 93.6,
                "basis": {"answered": 7880, "total": 8640}}
    _, _, md = _draft(week, metrics=[calls, answered])
    assert "接到来电8640通" in md and "接听来电8640通" not in md
