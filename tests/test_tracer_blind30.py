"""Blind-28's studied half (tracer round 37: year-end-broadband-repair-supervisor, monthly-12345-hotline-squad),
classes of mechanism, each on small facts of their own (a water-meter service hotline's half-year with a note
giving its complaints by span of months and a cold snap's days; the same half-year with a table):

1. points (个百分点) are a gap between two rates, never between two durations or two counts the sentence states
   (平均通话时长180秒，比去年下半年的196秒少了16个百分点): the seconds' difference given in points was accepted
   and is wrong; the same gap in 秒 and a rate's gap in points stay right (a count's change in points already
   draws CS402);
2. a mean per month (per day) after a span of months (of days) the sentence names and a count it states for that
   span (2–5月投诉240件，月均60件; 1月20日至23日受理报修3200件，日均800件) is that count over the span's length:
   it drew CS401 (a month's mean against the facts' totals), and the period's count over its months there
   (420 ÷ 6 for May–June) was accepted and is wrong.

A second pass (dev-65):

3. a rate the words right before its figure name as a metric's with a basis (回访及时率为 of 报修工单回访及时率) is over
   that basis's total: a part over the period's volume (5700 ÷ 36000) was accepted and is wrong; with words before
   the metric's name (a kind's rate: 医保类一次办结率) it is over no whole of the period.

A third pass (dev-66):

4. a rate named right before its figure, after a whole and a part the sentence states in one unit with the rate's
   words at the part (冻表报修以外的32800件诉求一次解决28700件，一次解决率87.5%), is the part over that whole: it
   drew CS401 as not the metric's value of the period (the period's value there is left as it was: making it
   wrong drew a false alarm on blind-26).

A fourth pass (dev-67):

5. a per-head mean right after a headcount its clause states (坐席10人人均, 10名坐席人均) is over that headcount,
   never over the team's size, the sentence's first headcount (不算质检2人) or a rate's basis count: the right mean
   drew CS401 where an earlier headcount stood in the sentence, and the team's mean there was accepted.

A fifth pass (dev-68):

6. a share whose whole the words after 占 name as one column of the table (占1–6月接通电话的: 接通 of 接通量) is over
   that column's rows, never over another column's (来电量): the other column's share was accepted and is wrong.

A sixth pass (dev-69):

7. a total (共, 合计 right before the figure) of a number a fact's text gives per item (培训2场，每场3小时) is that
   number times the text's count of the items (6小时): the per-item number there was accepted and is wrong, and the
   right total drew CS401.

A right figure draws no CS401, a wrong one does. dev-64 … dev-69 (written by class) are run here too.

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


# A water-meter service hotline's half-year: complaints by span of months in a note, a cold snap's days.
METER = facts_from_data({
    "report": {"type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"},
               "role": "水表服务热线主管", "level": "lead", "team_size": 12},
    "metrics": [
        {"name": "受理量", "value": 36000, "unit": "件", "target": 38000, "annual_target": 76000,
         "previous": 33000, "note": "1月20日至23日寒潮冻表期间受理报修3200件"},
        {"name": "接通率", "value": 93.0, "unit": "%", "target": 95.0, "previous": 90.5,
         "basis": {"answered": 33480, "total": 36000}},
        {"name": "平均通话时长", "value": 180, "unit": "秒", "target": 170, "previous": 196, "better": "lower"},
        {"name": "报修工单回访及时率", "value": 95.0, "unit": "%", "target": 96.0, "previous": 93.0,
         "basis": {"ontime": 5700, "total": 6000}},
        {"name": "一次解决率", "value": 85.0, "unit": "%", "target": 86.0, "previous": 83.0,
         "basis": {"solved": 30600, "total": 36000}},
    ],
    "complaints": {"total": 420, "previous": 480, "handled": 410,
                   "types": [{"name": "上门慢", "count": 260}, {"name": "读数争议", "count": 160}],
                   "notes": ["1月投诉60件，2–5月投诉240件，6月投诉120件"]},
    "training": ["组织冻表应急培训2场，每场3小时，覆盖12人"],
})

# The same hotline's half-year with a table of calls and answered calls.
TABLE = facts_from_data({
    "report": {"type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"},
               "role": "水表服务热线主管", "level": "lead", "team_size": 12},
    "metrics": [
        {"name": "受理量", "value": 36000, "unit": "件", "target": 38000, "annual_target": 76000, "previous": 33000},
        {"name": "接通率", "value": 93.0, "unit": "%", "target": 95.0, "previous": 90.5,
         "basis": {"answered": 33480, "total": 36000}},
    ],
    "monthly": {"columns": ["来电量", "接通量"], "units": ["通", "通"],
                "rows": {f"2026-0{m}": [6000, 5580] for m in range(1, 7)}},
})

# Each class: right figures (stay right) and wrong ones that were accepted before this round.
RIGHT = [
    (METER, "冻表应急培训每场3小时。", "3小时"),
    (TABLE, "上半年转人工复核的来电720通，占1–6月接通电话的2.2%。", "2.2%"),
    (TABLE, "上半年转人工复核的来电720通，占1–6月来电量的2.0%。", "2.0%"),
    (METER, "上半年全组12人人均受理3000件。", "3000件"),
    (METER, "上半年报修工单里5700件回访及时，回访及时率为95.0%。", "95.0%"),
    (METER, "上半年平均通话时长180秒，比去年下半年的196秒少了16秒。", "16秒"),
    (METER, "接通率从去年下半年的90.5%提高到93.0%，提高2.5个百分点。", "2.5个百分点"),
    (METER, "1月20日至23日寒潮冻表期间受理报修3200件，日均800件。", "800件"),
]

NEWLY_RIGHT = [  # drew CS401 before this round
    (METER, "上半年冻表应急培训共6小时。", "6小时"),
    (METER, "不算质检2人，上半年坐席10人人均受理3600件。", "3600件"),
    (METER, "冻表报修以外的32800件诉求一次解决28700件，一次解决率87.5%。", "87.5%"),
    (METER, "冻表高峰过后，2–5月投诉240件，月均60件。", "60件"),
    (METER, "2至5月投诉一共240件，月均60件，比1月少。", "60件"),
]

NEWLY_WRONG = [  # accepted before this round
    (METER, "上半年冻表应急培训共3小时。", "3小时"),
    (TABLE, "上半年转人工复核的来电720通，占1–6月接通电话的2.0%。", "2.0%"),
    (METER, "不算质检2人，上半年坐席10人人均受理3000件。", "3000件"),
    (METER, "上半年报修工单里5700件回访及时，回访及时率为15.8%。", "15.8%"),
    (METER, "上半年平均通话时长180秒，比去年下半年的196秒少了16个百分点。", "16个百分点"),
    (METER, "冻表高峰过后，2–5月投诉240件，月均70件。", "70件"),
]

STILL_WRONG = [  # reported before this round too
    (METER, "冻表报修以外的32800件诉求一次解决28700件，一次解决率86.0%。", "86.0%"),
    (METER, "1月20日至23日寒潮冻表期间受理报修3200件，日均640件。", "640件"),
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


@pytest.mark.parametrize("name", ["dev-64.tsv", "dev-65.tsv", "dev-66.tsv", "dev-67.tsv", "dev-68.tsv", "dev-69.tsv"])
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
