"""Blind round 15's false alarms of the figure tracer: a day of the month named by its number
alone (比12日少320通, 平台15日发了通知) after the month was said earlier in the same paragraph
is a date, not a count of days. Each case on small facts of its own (the blind sentences and
two more of the kind), and wrong figures of the same wording that must still be reported:
a real duration in 日 and a wrong difference against a day."""

from __future__ import annotations

import pytest

from cswriter.facts.model import facts_from_data
from cswriter.text.numbers import find_numbers

from test_tracer_blind10 import _cache_dir  # noqa: F401  (autouse)
from test_tracer_blind12 import _findings


MONTH = {"type": "monthly", "period": {"start": "2026-03-01", "end": "2026-03-31"},
         "role": "客服班长", "team_size": 9}
JUNE = {"type": "monthly", "period": {"start": "2026-06-01", "end": "2026-06-30"},
        "role": "客服主管", "team_size": 12}
WEEK = {"type": "weekly", "period": {"start": "2026-07-13", "end": "2026-07-19"},
        "role": "骑手客服", "team_size": 1}

# 1. A day compared with (比12日少320通) after the case's situation named the month (3月12日上午).
OUTAGE = facts_from_data({
    "report": MONTH,
    "metrics": [{"name": "报修受理量", "value": 6842, "unit": "件", "previous": 5210}],
    "cases": [{"title": "光缆中断批量来电", "kind": "success",
               "situation": "3月12日上午东湖区主干光缆被挖断,1930户断网,热线当天来电842通",
               "actions": ["12日下午给1930户群发短信说明原因"],
               "result": "13日来电降到522通,比12日少320通,下降38.0%"}],
})
OUTAGE_TEXT = ("3月12日上午东湖区主干光缆被挖断，1930户断网，热线当天来电842通。我们12日下午给1930户群发短信"
               "说明原因。13日来电降为522通，比12日少{}通，下降38.0%。\n")

# 2. A day that a noun did something on (平台15日发了…通知) after 7月15日 in the same paragraph.
HEAT = facts_from_data({
    "report": WEEK,
    "metrics": [{"name": "接待量", "value": 1386, "unit": "件", "previous": 1102,
                 "drivers": ["7月15日到18日连续4天38℃以上,出餐慢、超时的订单一下子多了",
                             "平台15日发了高温天气超时免罚通知,很多骑手打进来问怎么申请"]}],
})
HEAT_TEXT = ("本周接待量为1386件，原因主要有两个：一是7月15日到18日连续4天38℃以上，出餐慢、超时的订单"
             "一下子多了；二是平台15日发了高温天气超时免罚通知。\n")

# 3. and 4. Of my own: 比20日多150通 after 6月20日, and 门店18日恢复营业 after 6月 said earlier.
UPGRADE = facts_from_data({
    "report": JUNE,
    "metrics": [{"name": "来电量", "value": 9800, "unit": "通", "previous": 9100}],
    "cases": [{"title": "系统升级后来电激增", "kind": "lesson",
               "situation": "6月20日晚系统升级后会员积分显示异常,当天来电500通",
               "actions": ["连夜回滚积分页面"],
               "result": "21日来电650通,比20日多150通,22日恢复正常"}],
})
UPGRADE_TEXT = "6月20日晚系统升级后会员积分显示异常，当天来电500通。21日来电650通，比20日多{}通，22日恢复正常。\n"

STORE = facts_from_data({
    "report": JUNE,
    "metrics": [{"name": "来电量", "value": 9800, "unit": "通", "previous": 9100,
                 "drivers": ["6月上旬城南门店装修停业,来电问门店的多了",
                             "门店18日恢复营业后,相关来电明显减少"]}],
})
STORE_TEXT = "本月来电量9800通，6月上旬城南门店装修停业，来电问门店的多了；门店18日恢复营业后，相关来电明显减少。\n"


@pytest.mark.parametrize("facts, text, figure", [
    (OUTAGE, OUTAGE_TEXT.format(320), "12日少"),
    (HEAT, HEAT_TEXT, "15日发了"),
    (UPGRADE, UPGRADE_TEXT.format(150), "20日多"),
    (STORE, STORE_TEXT, "18日恢复"),
])
def test_a_day_of_a_month_said_earlier_is_a_date(facts, text, figure):
    assert _findings(facts, text, figure) == []


@pytest.mark.parametrize("text, day", [
    ("3月12日上午光缆被挖断。13日来电降为522通，比12日少320通。", "12日"),
    ("一是7月15日到18日连续高温；二是平台15日发了免罚通知。", "15日"),
    ("6月20日系统升级，21日来电比20日多150通。", "20日"),
])
def test_the_reader_gives_the_day_as_a_date(text, day):
    [n] = [n for n in find_numbers(text) if n.text == day]
    assert (n.kind, n.unit) == ("date", "日")


# Still reported: a real duration in 日 (用时, 需要, 内) with the month said earlier stays a
# count of days the tracer checks, and a wrong difference against a day stays wrong.
DURATION = facts_from_data({
    "report": MONTH,
    "metrics": [{"name": "平均办结用时", "value": 10, "unit": "日", "previous": 11, "better": "lower"}],
})


@pytest.mark.parametrize("text, figure", [
    ("3月份工单量上升，3月12日起启用新流程，平均办结用时12日，比上月缩短1日。\n", "12日"),
    ("3月12日起启用新流程，本月平均办结用时12日。\n", "12日"),
])
def test_a_wrong_duration_in_days_is_still_reported(text, figure):
    assert [code for code, _ in _findings(DURATION, text, figure)] == ["CS401"]


@pytest.mark.parametrize("text", [
    "3月12日起启用新流程，平均办结用时12日。",
    "3月份启用新流程，退款需要12日，12日内到账。",
])
def test_a_duration_in_days_stays_a_duration(text):
    assert all(n.kind == "duration" for n in find_numbers(text) if n.text.startswith("12日"))


@pytest.mark.parametrize("facts, text, figure", [
    (OUTAGE, OUTAGE_TEXT.format(300), "300通"),
    (UPGRADE, UPGRADE_TEXT.format(160), "160通"),
])
def test_a_wrong_difference_against_a_day_is_still_reported(facts, text, figure):
    assert [code for code, _ in _findings(facts, text, figure)] == ["CS401"]


def test_a_wrong_difference_against_last_month_is_still_reported():
    facts = facts_from_data({
        "report": MONTH,
        "metrics": [{"name": "来电量", "value": 6842, "unit": "通", "previous": 7162}],
    })
    text = "3月12日光缆中断。本月来电量6842通，比上月少300通。\n"
    assert [code for code, _ in _findings(facts, text, "300通")] == ["CS401"]
