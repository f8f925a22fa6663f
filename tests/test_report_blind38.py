"""Review 155 (blind round 37, third batch) and blind round 38: what a supervisor reading the
draft read wrong, fixed in session 60. Each test states, on facts of its own, what that reader
would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from helpers import cs401_on

WEEK = {"type": "weekly", "period": {"start": "2026-11-30", "end": "2026-12-06"}, "author": "钟岚",
        "role": "客服班长", "team_size": 6, "team": "在线客服三班", "duties": "带6人班组处理网上商城的在线咨询和售后",
        "channels": ["App在线客服", "小程序在线客服"]}
FIRST_REPLY = {"name": "首次响应时长", "value": 38, "unit": "秒", "target": 30, "previous": 26}


def test_the_busiest_day_a_workload_note_names_is_told_with_the_week_and_its_driver():
    # review 155 (reviewer a): the flu week's peak day (893 sessions, 141 in one hour) was left in the note
    sessions = {"name": "在线接待量", "value": 5210, "unit": "会话", "previous": 3980,
                "note": "促销周，接待量比上周多1230个会话。最忙是12月3日（周四），一天接待1024个会话，"
                        "晚上8点到9点进来166个。",
                "drivers": ["本周商城年终促销，优惠券使用和发货时间咨询集中"]}
    facts, _, md = _draft(WEEK, metrics=[sessions, FIRST_REPLY])
    prose = "\n".join(line for line in md.splitlines() if not line.startswith("|"))
    assert "最忙是12月3日（周四），一天接待1024个会话" in prose
    assert prose.count("1024") == 1
    assert not cs401_on(facts, md, "1024个会话") and not cs401_on(facts, md, "166个")


def test_an_event_day_the_driver_already_names_is_not_named_again_with_its_count():
    # (…公测上线；11月6日公测当天进线14860件 named the day twice in one sentence)
    month = {**WEEK, "type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}}
    contacts = {"name": "进线量", "value": 61230, "unit": "件", "previous": 35400,
                "note": "11月6日公测当天进线14860件，是10月日均的12倍多。",
                "drivers": ["11月6日新游戏公测上线"]}
    facts, _, md = _draft(month, metrics=[contacts, FIRST_REPLY])
    assert "主要是因为11月6日新游戏公测上线；当天进线14860件" in md
    assert not cs401_on(facts, md, "14860件")
