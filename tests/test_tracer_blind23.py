"""Blind round 23's class (tracer round 29): a time named in an earlier clause that says when an
action was taken or started (8月底开始执行, 上季度末上线了智能排队, 去年底起推行…) is the action's
time, not the time of a figure in a later clause of the same sentence (，因此…为2.6天 is the period's
value). Each case is on small facts of its own: a right figure after such a clause draws no CS401,
and a wrong one there (last period's value stated as this one's, a wrong value, another month's row)
is still reported. The cases where a time does scope a later figure stay (the figure's own clause
names its month, or points back with 当月). dev-33 (written by class) is run here too, since
tests/test_tracing.py lists its sets by name.

Self-contained (no imports from other test modules), so that a copy runs against another checkout:
the package is the one on PYTHONPATH."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import cswriter
from cswriter.facts.model import facts_from_data
from helpers import cs401_on

# The checkout whose package runs (not this file's: a copy of it runs against another checkout).
ROOT = Path(cswriter.__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


_errors = cs401_on


# A month's report (September) with weeks as its table's rows: 处理时长 has no column.
MONTH = facts_from_data({
    "report": {"type": "monthly", "period": {"start": "2026-09-01", "end": "2026-09-30"},
               "role": "客服班长", "team_size": 10},
    "metrics": [
        {"name": "工单平均处理时长", "value": 1.8, "unit": "天", "previous": 2.5, "target": 2.0, "better": "lower"},
        {"name": "回访满意率", "value": 96.2, "unit": "%", "previous": 93.0},
        {"name": "来电量", "value": 6200, "unit": "通", "previous": 5400},
    ],
    "monthly": {"columns": ["来电量"], "units": ["通"],
                "rows": {"第1周": [1500], "第2周": [1600], "第3周": [1550], "第4周": [1550]}},
})

# A quarter's report (third quarter) with its months as the table's rows.
QUARTER = facts_from_data({
    "report": {"type": "quarterly", "period": {"start": "2026-07-01", "end": "2026-09-30"},
               "role": "客服主管", "team_size": 10},
    "metrics": [
        {"name": "平均等待时长", "value": 24, "unit": "秒", "previous": 40, "better": "lower"},
        {"name": "首次解决率", "value": 85.0, "unit": "%", "previous": 80.0},
    ],
    "monthly": {"columns": ["平均等待时长"], "units": ["秒"],
                "rows": {"2026-07": [30], "2026-08": [24], "2026-09": [18]}},
})

# A year's report (2026) with twelve months in its table.
YEAR = facts_from_data({
    "report": {"type": "year-end", "period": {"start": "2026-01-01", "end": "2026-12-31"},
               "role": "客服经理", "team_size": 20},
    "metrics": [{"name": "投诉办结率", "value": 92.0, "unit": "%", "previous": 88.0}],
    "monthly": {"columns": ["投诉办结率"], "units": ["%"],
                "rows": {f"2026-{m:02d}": [v] for m, v in zip(range(1, 13), [
                    89.0, 89.5, 90.0, 90.5, 91.0, 91.5, 92.0, 92.5, 93.0, 93.5, 94.0, 95.0])}},
})

# False alarms before this round (the month's table has weeks: 8月底/上月底 made the figure the last
# row's, 8月 last month's).
RIGHT = [
    (MONTH, "我们8月底改了派单流程，因此工单平均处理时长为1.8天。", "1.8天"),
    (MONTH, "派单流程上月底改为一级审核，之后工单平均处理时长降到1.8天。", "1.8天"),
    (MONTH, "8月底起，工单平均处理时长为1.8天。", "1.8天"),
    (MONTH, "新回访话术8月25日起执行，随后回访满意率为96.2%。", "96.2%"),
    (MONTH, "派单流程8月底开始执行，所以工单平均处理时长从2.5天缩短到1.8天。", "1.8天"),
]

# Right before and after: quarterly and year-end forms of the class, and the cases where the time
# does scope the later figure (its own clause names the month, or 当月 points back).
KEPT_RIGHT = [
    (QUARTER, "上季度末上线了智能排队，之后平均等待时长降到24秒。", "24秒"),
    (QUARTER, "7月上线智能排队，9月平均等待时长降到18秒。", "18秒"),
    (YEAR, "去年底开始推行首问负责制，所以投诉办结率为92.0%。", "92.0%"),
    (MONTH, "8月底开始执行新派单流程，8月工单平均处理时长为2.5天。", "2.5天"),
    (QUARTER, "8月上线智能排队，当月平均等待时长降到24秒。", "24秒"),
    (YEAR, "年底投诉办结率达到95.0%。", "95.0%"),
]

# Wrong figures reported before and after.
STILL_WRONG = [
    (MONTH, "8月底起，工单平均处理时长为1.6天。", "1.6天"),                      # a wrong value
    (MONTH, "我们8月底改了派单流程，因此工单平均处理时长为1.6天。", "1.6天"),
    (QUARTER, "上季度末上线了智能排队，之后平均等待时长降到20秒。", "20秒"),
    (YEAR, "去年底开始推行首问负责制，所以投诉办结率为90.0%。", "90.0%"),
    (MONTH, "8月底开始执行新派单流程，8月工单平均处理时长为1.8天。", "1.8天"),    # September's given to August
    (QUARTER, "7月上线智能排队，当月平均等待时长降到18秒。", "18秒"),             # 当月 is July (30秒)
]

# Accepted before this round (the action's earlier time let last period's value stand, or made
# 7月 a row of the claim): reported now.
NEWLY_WRONG = [
    (MONTH, "我们8月底改了派单流程，因此工单平均处理时长为2.5天。", "2.5天"),      # last month's as this one's
    (MONTH, "派单流程上月底改为一级审核，之后工单平均处理时长降到2.5天。", "2.5天"),
    (MONTH, "新回访话术8月25日起执行，随后回访满意率为93.0%。", "93.0%"),
    (QUARTER, "上季度末上线了智能排队，之后平均等待时长降到40秒。", "40秒"),        # last quarter's
    (QUARTER, "7月上线智能排队，9月平均等待时长降到30秒。", "30秒"),               # July's row given to September
    (YEAR, "去年底开始推行首问负责制，所以投诉办结率为88.0%。", "88.0%"),          # last year's
]


@pytest.mark.parametrize("facts,text,figure", RIGHT)
def test_an_actions_time_in_an_earlier_clause_is_no_time_of_a_later_figure(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", KEPT_RIGHT)
def test_right_figures_of_the_class_and_of_a_named_time_stay_right(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", STILL_WRONG)
def test_a_wrong_figure_after_an_actions_time_is_still_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG)
def test_last_periods_value_after_an_actions_time_is_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


def test_dev_33_has_no_false_alarm_and_no_miss():
    path = ROOT / "fixtures" / "tracing" / "dev-33.tsv"
    if not path.exists():
        pytest.skip("dev-33 is not in this checkout")
    spec = importlib.util.spec_from_file_location("tracing_accuracy", ROOT / "bench" / "tracing_accuracy.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["tracing_accuracy"] = bench
    spec.loader.exec_module(bench)
    rows = bench.read_corpus(path)
    s = bench.score(bench.run(rows))
    wrong = [(r["id"], r["figure"], r["got"], r["why"]) for r in s["false_alarms"] + s["misses"] + s["warned"]]
    assert wrong == []
