"""Blind round 24's class (tracer round 31): a project goal said as a list after a colon, each comma
clause with its own subject and its own move (提到, 提至, 拉到, 升到, 降到, 压到):
`项目的目标是：用6个月把报修完工回访…改为机器人全量外呼：回访覆盖率从38.5%提到90%以上，人工回访工时降到每月
150小时以内，…` drew CS401 on 90%以上 (the goal's head, across its colon, read as naming a part a metric's
note gives) and on 150小时以内 (the next clause's 降到 taken for an end of the first clause's 从38.5%).
Each case is on small facts of its own: a right figure after such a clause draws no CS401, and a wrong
one there (a wrong target, a wrong start, a level stated as another clause's end) is still reported.
dev-35 (written by class) is run here too, since tests/test_tracing.py lists its sets by name.

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


# A project whose coverage note names the repairs finished (报修完工), the words a goal's head uses too.
CALLBACK = facts_from_data({
    "report": {"type": "project", "period": {"start": "2026-01-01", "end": "2026-06-30"},
               "role": "客服专员（项目组成员）"},
    "project": {"name": "装修报修回访机器人上线",
                "goal": "用半年把报修完工回访改为机器人外呼：回访覆盖率从40.2%提到90%以上，人工回访工时降到每月120小时以内，"
                        "转人工率不超过15%",
                "result": "5-6月回访覆盖率93.5%，人工回访工时降到每月104小时，转人工率13.6%"},
    "metrics": [
        {"name": "回访覆盖率", "value": 93.5, "unit": "%", "target": 90, "previous": 40.2,
         "basis": {"visited": 2992, "total": 3200},
         "note": "按5-6月算，报修完工3200单，回访成功2992单（机器人2740单+人工补呼252单）"},
        {"name": "人工回访工时", "value": 104, "unit": "小时/月", "target": 120, "previous": 360, "better": "lower"},
        {"name": "转人工率", "value": 13.6, "unit": "%", "target": 15, "previous": 31.5, "better": "lower"},
    ],
})

HEAD = "项目的目标是：用半年把报修完工回访改为机器人外呼："
GOAL = HEAD + "回访覆盖率从40.2%提到90%以上，人工回访工时降到每月120小时以内，转人工率不超过15%。"

# Right figures the tracer reported before this round.
NO_FALSE_ALARM = [
    (CALLBACK, "## 一、背景与目标\n\n" + GOAL, "90%以上"),
    (CALLBACK, "## 一、背景与目标\n\n" + GOAL, "120小时以内"),
    (CALLBACK, "## 一、背景与目标\n\n" + HEAD + "回访覆盖率从40.2%提至90%以上，人工回访工时压到每月120小时以内。", "90%以上"),
    (CALLBACK, "## 一、背景与目标\n\n项目的目标是：回访覆盖率从40.2%提到90%以上，人工回访工时降到每月120小时以内。",
     "120小时以内"),
]

# Right figures of the class that stay right.
KEPT_RIGHT = [
    (CALLBACK, "## 一、背景与目标\n\n" + GOAL, "40.2%"),
    (CALLBACK, "## 一、背景与目标\n\n" + GOAL, "15%"),
    (CALLBACK, "## 一、背景与目标\n\n项目的目标是：回访覆盖率从40.2%提到90%以上，转人工率压到15%以内。", "15%以内"),
    (CALLBACK, "## 三、项目成果\n\n上线后回访覆盖率从40.2%提到93.5%，转人工率降到13.6%。", "13.6%"),
]

# Wrong figures there: reported before this round and after it.
STILL_WRONG = [
    (CALLBACK, "## 一、背景与目标\n\n" + HEAD + "回访覆盖率从42.0%提到90%以上，人工回访工时降到每月120小时以内。", "42.0%"),
    (CALLBACK, "## 一、背景与目标\n\n项目的目标是：回访覆盖率从40.2%提到90%以上，转人工率压到12%以内。", "12%以内"),
    (CALLBACK, "## 三、项目成果\n\n上线后回访覆盖率从40.2%提到93.5%，转人工率降到14.6%。", "14.6%"),
]

# Wrong figures missed before this round: a later clause's figure that is its own metric's start,
# said as its end (no start of the earlier clause's pair lends it the role of a previous value any
# more), and a wrong target after a head whose words name a note's two counts (85%以上 was taken
# for the note's 2740 ÷ 3200 = 85.6%).
NEWLY_WRONG = [
    (CALLBACK, "## 一、背景与目标\n\n" + HEAD + "回访覆盖率从40.2%提到85%以上，人工回访工时降到每月120小时以内。", "85%以上"),
    (CALLBACK, "## 三、项目成果\n\n上线后回访覆盖率从40.2%提到93.5%，转人工率降到31.5%。", "31.5%"),
]


@pytest.mark.parametrize("facts,text,figure", NO_FALSE_ALARM)
def test_a_goal_clause_after_a_colon_or_a_comma_is_no_false_alarm(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", KEPT_RIGHT)
def test_right_figures_of_the_class_stay_right(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", STILL_WRONG)
def test_a_wrong_target_start_or_value_there_is_still_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG)
def test_wrong_figures_missed_before_this_round_are_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


def test_dev_35_has_no_false_alarm_and_no_miss():
    path = ROOT / "fixtures" / "tracing" / "dev-35.tsv"
    if not path.exists():
        pytest.skip("dev-35 is not in this checkout")
    spec = importlib.util.spec_from_file_location("tracing_accuracy", ROOT / "bench" / "tracing_accuracy.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["tracing_accuracy"] = bench
    spec.loader.exec_module(bench)
    rows = bench.read_corpus(path)
    s = bench.score(bench.run(rows))
    wrong = [(r["id"], r["figure"], r["got"], r["why"]) for r in s["false_alarms"] + s["misses"] + s["warned"]]
    assert wrong == []
