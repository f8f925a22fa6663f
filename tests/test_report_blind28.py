"""Blind round 28 (reviews 126 and 127): what a supervisor reading the draft read wrong, fixed in
session 54. Each test states, on facts of its own, what a supervisor reading the draft would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind11 import _section

HALF = {"type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"}, "author": "罗青",
        "role": "在线客服专员", "team": "售后服务组", "duties": "在线受理家电维修预约",
        "channels": ["官网在线客服"]}
SESSIONS = {"name": "在线接待会话量", "value": 9300, "unit": "个", "annual_target": 18000, "previous": 8400,
            "note": "含4月7日至4月18日同事许诺休假期间转到我名下的会话820个；不含这部分是8480个"}
YEAR = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "邓远",
        "role": "客服专员", "team": "售后服务组", "channels": ["在线客服"]}


def test_a_half_years_progress_is_the_authors_own_when_the_count_has_a_colleagues_work_in_it():
    # review 126 (all four): 已完成全年目标的52.6%，略快于时间进度 where 1,126 of the sessions were
    # a colleague's on leave and her own were 49.1 % of the year's target
    _, _, md = _draft(HALF, metrics=[SESSIONS])
    metrics = _section(md, "指标")
    assert "在线接待会话量含4月7日至4月18日同事许诺休假期间转到我名下的会话820个；" \
           "不含这部分，只完成全年目标的47.1%，慢于时间进度" in metrics
    assert "已完成全年目标的51.7%" not in metrics
    # (the table names the part beside the metric)
    assert "| 在线接待会话量（含4月7日至4月18日同事许诺休假期间转到我名下的会话820个） |" in md


def test_a_count_on_pace_without_a_colleagues_work_is_told_by_the_authors_own_progress():
    on_pace = dict(SESSIONS, value=9800, note="含4月7日至4月18日同事许诺休假期间转到我名下的会话820个；不含这部分是8980个")
    _, _, md = _draft(HALF, metrics=[on_pace])
    assert "不含这部分，已完成全年目标的49.9%，与时间进度持平" in _section(md, "指标")
    assert "54.4%，" not in _section(md, "指标")


def test_a_change_across_a_counting_change_is_told_on_one_rule_only():
    # review 126 (all four): 较去年减少10.6%（…按同一口径减少1.7%） — the fall across the two rules
    # read first, the like-for-like one in brackets
    orders = {"name": "退改工单处理量", "value": 11860, "unit": "单", "target": 11500, "previous": 10940,
              "note": "7月1日起统计口径调整，一单多人只计1单。去年13270单是旧口径，按新口径重算约10940单；"
                      "全年新口径合计10750单"}
    _, _, md = _draft(dict(YEAR, duties="负责机票退改咨询"), metrics=[orders])
    assert "按同一口径较去年减少1.7%（7月1日起统计口径有调整）" in md
    prose = "\n".join(line for line in md.splitlines() if not line.startswith("|"))
    assert "10.6%" not in prose


def test_a_numbered_duty_list_is_said_without_its_numbers():
    # review 127 (both): 担任…客服专员，…接待客户，1. 负责…，2. 对接… — the form's numbers in a sentence
    duties = "1. 负责机票退票、改签咨询；2. 对接航司处理退款异常；3. 维护本人负责航司的知识库条目"
    orders = {"name": "退改工单处理量", "value": 11860, "unit": "单", "target": 11500}
    _, _, md = _draft(dict(YEAR, duties=duties), metrics=[orders])
    opening = _section(md, "概述")
    assert "负责机票退票、改签咨询" in opening and "对接航司处理退款异常" in opening
    assert "1. " not in opening and "2. 对接" not in opening and "，2." not in opening


def test_a_time_of_day_in_a_duty_is_no_list_number():
    # (8:00-16:00） ends in 00）, which is no item number)
    duties = "负责夜班在线咨询（20:00-次日8:00），夜间以挂失为主"
    orders = {"name": "退改工单处理量", "value": 11860, "unit": "单", "target": 11500}
    _, _, md = _draft(dict(YEAR, duties=duties), metrics=[orders])
    assert "（20:00-次日8:00）" in _section(md, "概述")


def test_a_month_with_one_target_met_names_it_and_claims_no_all():
    # review 126 and 127 (all reviewers): 本月考核指标全部达到或优于目标 of a month's one target
    month = {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}, "author": "顾晓",
             "role": "驾校客服", "team": "招生咨询组"}
    visits = {"name": "咨询接待量", "value": 612, "unit": "人次", "target": 600}
    _, _, md = _draft(month, metrics=[visits])
    assert "本月咨询接待量达到目标。" in md and "全部达到" not in md
