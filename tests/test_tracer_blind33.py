"""Blind-31's studied half (tracer round 40: monthly-telecom-broadband-fault-lead, year-end-property-service-agent-
joined-april), classes of mechanism, each on small facts of their own (a heating hotline's December under a lead:
a cold-snap day in the notes and a problem, a plan for another metric, a follow-up count with no earlier value, and a
table of the four agents with their answered and first-time-resolved calls):

1. a number a fact's text gives a metric for a day of the period (15日接通率70.0%) said for the whole period, named by
   the one month of a monthly report (12月) or by a word of the whole period (全月), is wrong: it was accepted;
2. a change said against an earlier time (环比增长, 比上月多) after an earlier clause's count is never that subject's
   gap to its target, whether the facts hold an earlier value or none: the gap was accepted;
3. a plan's aim for one metric (上门及时率提到97.0%), in a sentence that plans nothing, is no level another metric
   reached (全月达到97.0% of 接通率): it was accepted;
4. a point change after 比 whose base states its own figure (比11月的88.0%高2.0个百分点) is the sentence's figure
   less that base, even where the gap to the target is as large: it drew CS401;
5. a gap word (还差) in a clause that names no reference goes on from the clause before, which names the target
   (目标4.40分，还差0.10分): it drew CS401 as a change against the previous value read against 还差;
6. a mean per day of the rest of the period (其余30天日均) after a count stated for the day left out is the period's
   value less that count over those days, and the multiple of it is the count over that mean: the right mean drew
   CS401, the multiple of the month's own mean was accepted;
7. a table keyed by people (one agent a row) is no table of months: the person a sentence names (or 他的 after a
   sentence naming one) is that row and people listed together are their rows, so their counts, rates of two columns,
   shares of the column's total and sums trace (they drew CS401).

A right figure draws no CS401, a wrong one does. dev-92 … dev-98 (written by class) are run here too.

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

ROOT = Path(cswriter.__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


# A heating hotline's December (31 days) under a lead: a cold snap on the 15th, four agents in the table.
HEAT = facts_from_data({
    "report": {"type": "monthly", "period": {"start": "2026-12-01", "end": "2026-12-31"},
               "role": "供暖热线组长", "level": "lead", "team": "供暖热线一组（4人）", "team_size": 4},
    "metrics": [
        {"name": "报修来电量", "value": 15500, "unit": "件", "target": 15000, "previous": 12000,
         "note": "15日寒潮，当天来电1550件，是全月日均500件的3.1倍"},
        {"name": "接通率", "value": 93.0, "unit": "%", "target": 95.0, "previous": 96.0,
         "basis": {"answered": 14415, "total": 15500}, "note": "15日接通率70.0%"},
        {"name": "一次解决率", "value": 81.4, "unit": "%", "target": 82.0, "previous": 80.0,
         "basis": {"resolved": 11732, "total": 14415}},
        {"name": "平均通话时长", "value": 200, "unit": "秒", "target": 190, "previous": 210, "better": "lower",
         "note": "15日平均通话时长150秒"},
        {"name": "回访量", "value": 2000, "unit": "件", "target": 1800},
        {"name": "上门及时率", "value": 90.0, "unit": "%", "target": 92.0, "previous": 88.0},
        {"name": "满意度", "value": 4.30, "unit": "分", "scale": 5, "target": 4.40, "previous": 4.20},
    ],
    "monthly": {"columns": ["接听量", "一次解决量"], "units": ["件", "件"],
                "rows": {"林涛": [4000, 3400], "许静": [3800, 3040], "韩雪": [3615, 2892], "曹阳": [3000, 2400]}},
    "problems": [{"title": "寒潮日接通率低", "evidence": "15日接通率70.0%，全月接通率因此降到93.0%", "cause": "没有应急排班"}],
    "plans": [{"action": "上门及时率提到97.0%", "metric": "上门及时率", "target": 97.0, "unit": "%", "baseline": 90.0,
               "deadline": "2027-01-31"}],
})

RIGHT = [
    (HEAT, "15日寒潮当天接通率只有70.0%。", "70.0%"),
    (HEAT, "12月接通率93.0%，比目标低2.0个百分点。", "2.0个百分点"),
    (HEAT, "12月共接到报修来电15500件，环比增长29.2%。", "29.2%"),
    (HEAT, "本月共完成回访2000件，比目标多200件。", "200件"),
    (HEAT, "下月上门及时率要提到97.0%。", "97.0%"),
    (HEAT, "满意度4.30分，比目标还差0.10分。", "0.10分"),
]

NEWLY_RIGHT = [  # drew CS401 before this round
    (HEAT, "上门及时率90.0%，比11月的88.0%高2.0个百分点。", "2.0个百分点"),
    (HEAT, "满意度4.30分，目标4.40分，还差0.10分。", "0.10分"),
    (HEAT, "15日寒潮当天来电1550件。除去这一天，其余30天日均465件。", "465件"),
    (HEAT, "林涛12月接听4000件。", "4000件"),
    (HEAT, "林涛接听4000件，一次解决3400件。他的一次解决率为85.0%。", "85.0%"),
    (HEAT, "许静一次解决3040件，一次解决率80.0%。", "80.0%"),
    (HEAT, "林涛接听4000件，占全组接听量的27.7%。", "27.7%"),
    (HEAT, "林涛、许静和韩雪共接听11415件。", "11415件"),
]

NEWLY_WRONG = [  # accepted before this round
    (HEAT, "寒潮拖累全组，12月接通率只有70.0%。", "70.0%"),
    (HEAT, "寒潮过后，12月平均通话时长降到150秒。", "150秒"),
    (HEAT, "12月共接到报修来电15500件，环比增长3.3%。", "3.3%"),
    (HEAT, "本月共完成回访2000件，比上月多200件。", "200件"),
    (HEAT, "全组接通率持续改善，全月达到97.0%。", "97.0%"),
    (HEAT, "15日寒潮，当天来电1550件，是其余30天日均的3.1倍。", "3.1倍"),
]

STILL_WRONG = [  # wrong before this round too: each class keeps them wrong
    (HEAT, "上门及时率90.0%，比11月的88.0%低2.0个百分点。", "2.0个百分点"),
    (HEAT, "满意度4.30分，目标4.40分，还差0.20分。", "0.20分"),
    (HEAT, "15日寒潮当天来电1550件。除去这一天，其余30天日均500件。", "500件"),
    (HEAT, "林涛接听4000件，一次解决3400件。他的一次解决率为80.0%。", "80.0%"),
    (HEAT, "林涛接听4000件，占全组来电量的27.7%。", "27.7%"),
    (HEAT, "林涛、许静和韩雪共接听11500件。", "11500件"),
]


@pytest.mark.parametrize("facts,text,figure", RIGHT)
def test_right_figures_of_the_classes_are_no_false_alarm(facts, text, figure):
    assert cs401_on(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NEWLY_RIGHT)
def test_right_figures_reported_before_are_no_false_alarm(facts, text, figure):
    assert cs401_on(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG)
def test_wrong_figures_missed_before_this_round_are_reported(facts, text, figure):
    assert cs401_on(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", STILL_WRONG)
def test_wrong_figures_reported_before_stay_wrong(facts, text, figure):
    assert cs401_on(facts, text, figure) != []


@pytest.mark.parametrize("name", ["dev-92.tsv", "dev-93.tsv", "dev-94.tsv", "dev-95.tsv", "dev-96.tsv", "dev-97.tsv",
                                  "dev-98.tsv"])
def test_dev_sets_have_no_false_alarm_and_no_miss(name):
    path = ROOT / "fixtures" / "tracing" / name
    if not path.exists():
        pytest.skip(f"{name} is not in this checkout")
    spec = importlib.util.spec_from_file_location("tracing_accuracy", ROOT / "bench" / "tracing_accuracy.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["tracing_accuracy"] = bench
    spec.loader.exec_module(bench)
    rows = bench.read_corpus(path)
    s = bench.score(bench.run(rows))
    wrong = [(r["id"], r["figure"], r["got"], r["why"]) for r in s["false_alarms"] + s["misses"] + s["warned"]]
    assert wrong == []
