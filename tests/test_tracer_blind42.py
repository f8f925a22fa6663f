"""Blind-38's studied half (tracer round 49: weekly-saas-tax-support-lead, year-end-medical-insurance-hotline-supervisor),
classes of mechanism, each on small facts of their own (a cinema chain's refund desk week, the lead taking tickets too and
a new hire; a city bus company's hotline January with a three-day snowstorm, the storm's and the other days' counts in
the notes):

1. a mean per head of the rest of the team (其余4人人均) after the counts of the people taken out is the team's total less
   those counts over the rest, and a taken-out count said against it (相当于其余4人人均的…, 比其余4人人均少…) is against
   that mean; the rest's headcount is the team less them;
2. a mean per day of the rest of the period (其余28天日均, 其余时间日均) whose count and days a note gives is that count
   over those days, and an event's mean said against it (比…多, 是…的…倍) is against that mean, not the period's;
3. a count per ten thousand (每万通来电投诉…件) said of a part of the period whose counts the notes give, or of the
   period before, is that part's (or the previous) quotient, not the period's;
4. a sentence opening with 其中 speaks of the subject the sentence before names (本月投诉62件。其中暴雪3天30件);
5. a sum word right after counts listed in one unit (A、B、C，三人合计…) is their sum, and 合计占全周的… (no whole said)
   is that sum over the period's value;
6. a note's number of one part of the period said under another part's words (the storm's said of the other days, or
   the other way round) is wrong.

A right figure draws no CS401, a wrong one does. dev-179 … dev-184 (written by class) are run here too.

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


# A cinema chain's refund desk, one week (five people; the lead takes tickets too, 宋禾 is new).
CINEMA = facts_from_data({
    "report": {"type": "weekly", "period": {"start": "2026-12-14", "end": "2026-12-20"},
               "role": "退票服务组组长", "level": "lead", "team": "退票服务组", "team_size": 5},
    "metrics": [
        {"name": "退票工单量", "value": 2500, "unit": "件", "target": 2300, "previous": 2200},
        {"name": "一次解决率", "value": 90.0, "unit": "%", "target": 92.0, "previous": 91.0,
         "basis": {"resolved": 2250, "total": 2500}},
    ],
    "work": ["组内5人接单：组长罗岩200件、许诺600件、江月560件、程远590件、新人宋禾550件"],
})

# A city bus company's hotline, January 2027 (a snowstorm on 1月20日至22日).
BUS = facts_from_data({
    "report": {"type": "monthly", "period": {"start": "2027-01-01", "end": "2027-01-31"},
               "role": "公交服务热线组长", "level": "lead", "team": "公交服务热线组", "team_size": 16},
    "metrics": [
        {"name": "来电量", "value": 31000, "unit": "通", "target": 28000, "previous": 26000,
         "note": "1月20日至22日暴雪3天来电6600通，日均2200通；其余28天来电24400通"},
        {"name": "接通率", "value": 87.0, "unit": "%", "target": 90.0, "previous": 91.0,
         "basis": {"answered": 26970, "total": 31000}},
    ],
    "complaints": {"total": 62, "previous": 40, "handled": 60,
                   "types": [{"name": "车辆晚点", "count": 35}, {"name": "拒载", "count": 27}],
                   "notes": ["暴雪3天投诉30件，其余28天32件"]},
})

RIGHT = [
    (CINEMA, "本周全组5人共处理2500件，人均500件。", "500件"),
    (BUS, "其余28天来电24400通，日均871.4通。", "871.4通"),
    (BUS, "本月每万通来电投诉20.0件。", "20.0件"),
    (BUS, "暴雪3天投诉30件。", "30件"),
]
NEWLY_RIGHT = [  # drew CS401 before this round
    # 1. the rest of the team's mean
    (CINEMA, "不算组长罗岩的200件，其余4人人均575件。", "575件"),
    (CINEMA, "新人宋禾处理550件，相当于其余4人人均的112.8%。", "112.8%"),
    # 2. the rest of the period's mean per day, and the storm's against it
    (BUS, "暴雪3天日均来电2200通，其余28天日均871.4通。", "871.4通"),
    (BUS, "暴雪3天日均2200通，是其余28天日均的2.5倍。", "2.5倍"),
    # 3. per ten thousand of a part
    (BUS, "暴雪3天每万通来电投诉45.5件，其余时间13.1件。", "13.1件"),
    (BUS, "上月每万通来电投诉15.4件。", "15.4件"),
    # 4. 其中 after the sentence naming the complaints
    (BUS, "本月投诉62件，比上月多22件。其中暴雪3天就有30件。", "30件"),
    # 5. a listed sum and its share
    (CINEMA, "许诺600件、江月560件、宋禾550件，三人合计1,710件。", "1,710件"),
    (CINEMA, "许诺600件、江月560件，合计占全周的46.4%。", "46.4%"),
]
NEWLY_WRONG = [  # accepted before this round
    # 1. against the whole team's mean (2500 ÷ 5)
    (CINEMA, "新人宋禾处理550件，比其余4人人均多50件。", "50件"),
    # 2. the month's mean said as the other days'
    (BUS, "暴雪3天日均2200通，是其余28天日均的2.2倍。", "2.2倍"),
    # 3. this month's rate said of the month before
    (BUS, "上月每万通来电投诉20.0件。", "20.0件"),
    # 5. the last count alone over the week
    (CINEMA, "许诺600件、江月560件，合计占全周的22.4%。", "22.4%"),
    # 6. the parts swapped, the storm's said of the other days
    (BUS, "本月投诉62件，其中暴雪3天32件，其余28天30件。", "32件"),
    (BUS, "不计暴雪3天，其余28天投诉30件。", "30件"),
]
STILL_RIGHT = [  # right before this round too
    (BUS, "不计暴雪3天，其余28天投诉32件。", "32件"),
]
STILL_WRONG = [  # wrong before this round too
    (CINEMA, "不算组长罗岩的200件，其余4人人均500件。", "500件"),
    (BUS, "暴雪3天日均来电2200通，其余28天日均1000通。", "1000通"),
    (BUS, "暴雪3天每万通来电投诉9.7件。", "9.7件"),
    (CINEMA, "许诺600件、江月560件、宋禾550件，三人合计1,810件。", "1,810件"),
]


@pytest.mark.parametrize("facts,text,figure", RIGHT + STILL_RIGHT)
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


@pytest.mark.parametrize("name", [f"dev-{i}.tsv" for i in range(179, 185)])
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
