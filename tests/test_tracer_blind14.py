"""Blind round 14's false alarm of the figure tracer: a table cell (or a sentence naming the
metric) whose value a note of another field also states. The figure is matched first against the
named metric's own stated and derived figures (its change 较去年同期), not against the other
note's same number, whose words name the metric by a synonym and so read as "not named here".
For the class, wrong figures of the same wording must still be reported."""

from __future__ import annotations

import pytest

from cswriter.facts.model import facts_from_data
from cswriter.figures.trace import build_tracer
from cswriter.lint import lint_text

from test_tracer_blind10 import _blind as _blind_facts, _cache_dir  # noqa: F401  (_cache_dir: autouse)
from test_tracer_blind11 import _findings


HALF = {"type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"},
        "role": "客服班长", "team_size": 10}

# 68,420 against 51,360 is +33.2%; the complaints note says the same 33.2% of 工单量 (a synonym).
GAME = facts_from_data({
    "report": HALF,
    "metrics": [{"name": "工单处理量", "value": 68420, "unit": "件", "previous": 51360, "annual_target": 120000},
                {"name": "玩家满意度", "value": 89.3, "unit": "分", "previous": 87.6, "annual_target": 90}],
    "complaints": {"total": 356, "previous": 288, "notes": ["同比多68件，增长23.6%，低于工单量33.2%的增幅"]},
})
GAME_TABLE = """## 核心指标

| 指标 | 本期 | 全年目标 | 完成进度/差距 | 去年同期 | 较去年同期变化 |
| --- | --- | --- | --- | --- | --- |
| 工单处理量 | 68,420件 | 120,000件 | 57.0% | 51,360件 | 增长{work} |
| 玩家满意度 | 89.3分 | 90分 | 还差0.7分 | 87.6分 | {score} |
"""

# 38秒 against 52秒 is −26.9%; a problem's note says 首响时长 fell 26.9% (a synonym again).
CHAT = facts_from_data({
    "report": HALF,
    "metrics": [{"name": "首次响应时长", "value": 38, "unit": "秒", "previous": 52, "better": "lower"},
                {"name": "平均处理时长", "value": 6.0, "unit": "分钟", "previous": 7.0, "better": "lower"}],
    "complaints": {"total": 120, "previous": 150,
                   "notes": ["投诉下降，与首响时长26.9%的降幅相当"]},
})
CHAT_TABLE = """## 核心指标

| 指标 | 本期 | 去年同期 | 较去年同期变化 |
| --- | --- | --- | --- |
| 首次响应时长 | 38秒 | 52秒 | 缩短{time} |
| 平均处理时长 | 6.0分钟 | 7.0分钟 | {rate} |
"""


@pytest.mark.parametrize("facts, text, figure", [
    # the blind round's row
    (GAME, GAME_TABLE.format(work="33.2%", score="提高1.7分"), "33.2%"),
    # another metric's row, another note stating its change
    (CHAT, CHAT_TABLE.format(time="26.9%", rate="缩短14.3%"), "26.9%"),
    # prose naming the metric
    (GAME, "上半年工单处理量较去年同期增长33.2%，达到68,420件。", "33.2%"),
    (CHAT, "上半年首次响应时长较去年同期缩短26.9%。", "26.9%"),
])
def test_a_cell_a_note_of_another_field_also_states_is_the_metrics_own(facts, text, figure):
    assert _findings(facts, text, figure) == []


def test_the_blind_draft_row_draws_no_alarm():
    facts = _blind_facts("round14/04-half-year-online-game-support-teamlead")
    row = "| 工单处理量 | 68,420件 | 120,000件 | 57.0% | 51,360件 | 增长33.2% |"
    text = ("| 指标 | 本期 | 全年目标 | 完成进度/差距 | 去年同期 | 较去年同期变化 |\n"
            "| --- | --- | --- | --- | --- | --- |\n" + row + "\n")
    assert _findings(facts, text, "33.2%") == []


@pytest.mark.parametrize("facts, text, figure", [
    # a wrong change of the metric itself
    (GAME, GAME_TABLE.format(work="34.2%", score="提高1.7分"), "34.2%"),
    (CHAT, CHAT_TABLE.format(time="27.9%", rate="缩短14.3%"), "27.9%"),
    # the note's number in a row whose metric's change is another
    (GAME, GAME_TABLE.format(work="33.2%", score="提高33.2%"), "33.2%"),
    (CHAT, CHAT_TABLE.format(time="26.9%", rate="缩短26.9%"), "26.9%"),
    # prose: a wrong change, and the note's number given to another metric
    (GAME, "上半年工单处理量较去年同期增长34.2%，达到68,420件。", "34.2%"),
    (GAME, "上半年玩家满意度较去年同期提高33.2%。", "33.2%"),
])
def test_a_wrong_cell_beside_such_a_note_is_still_reported(facts, text, figure):
    if text.count(figure) > 1:
        # the right cell comes first: look at the wrong one's row
        line = text.split("\n").index(next(r for r in text.split("\n")[::-1] if figure in r)) + 1
        found = [(f.code, f.message) for f in lint_text(text, tracer=build_tracer(facts))
                 if f.code in ("CS401", "CS405") and f.line == line and f"“{figure}" in f.message]
    else:
        found = _findings(facts, text, figure)
    assert [code for code, _ in found] == ["CS401"]
