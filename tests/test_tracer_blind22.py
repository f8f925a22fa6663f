"""Blind set 22's classes (figures that only the facts' free text gives), each on small facts
of its own: right figures of the class must draw no CS401, and wrong ones of the same
wording must still be reported. Also asserts dev-32 (written by class) has no false alarm
and no miss."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from cswriter.facts.model import facts_from_data

from test_tracer_blind10 import _cache_dir  # noqa: F401  (autouse)
from test_tracer_blind12 import _findings

ROOT = Path(__file__).resolve().parent.parent

MONTH = {"type": "monthly", "period": {"start": "2026-05-01", "end": "2026-05-31"},
         "role": "热线班长", "team_size": 12}


def _errors(facts, text: str, figure: str) -> list[str]:
    return [m for code, m in _findings(facts, text, figure) if code == "CS401"]


# 1. A note's rate by the counting rule used before (按旧口径为…): a source only of a sentence
#    that names the old rule (or the change of rule), never of the month's own level.
RULE = facts_from_data({
    "report": MONTH,
    "metrics": [{"name": "一次解决率", "value": 80.4, "unit": "%", "target": 82.0, "previous": 78.0,
                 "basis": {"solved": 4020, "total": 5000},
                 "note": "5月起把当日回拨解决的也计为一次解决，按旧口径为76.2%（3810件）"}],
})

RULE_RIGHT = [
    ("按旧口径计算，5月一次解决率为76.2%。", "76.2%"),
    ("口径调整使一次解决率提高了4.2个百分点。", "4.2个百分点"),
    ("按旧口径比较，一次解决率较4月下降1.8个百分点。", "1.8个百分点"),
]
RULE_WRONG = [
    ("5月一次解决率为76.2%，未达目标。", "76.2%"),             # the old rule's level as the month's
    ("按旧口径计算，5月一次解决率为72.6%。", "72.6%"),          # digit slip
    ("口径调整使一次解决率提高了2.4个百分点。", "2.4个百分点"),    # the change since April, not the rule's
    ("按旧口径比较，一次解决率较4月提升1.8个百分点。", "1.8个百分点"),  # by the old rule it fell
]


@pytest.mark.parametrize("text,figure", RULE_RIGHT)
def test_an_old_rules_rate_is_a_source_where_the_sentence_names_the_old_rule(text, figure):
    assert _errors(RULE, text, figure) == []


@pytest.mark.parametrize("text,figure", RULE_WRONG)
def test_an_old_rules_rate_misused_is_still_reported(text, figure):
    assert _errors(RULE, text, figure) != []


# 2. A count in a measure word of its own followed by its noun (新增17座车站, where a driver says so)
#    is the driver's count of that noun, not a change of the metric the sentence opens with
#    (report blind round 20, the metro hotline's draft).
STATIONS = facts_from_data({
    "report": MONTH,
    "metrics": [{"name": "来电受理量", "value": 42000, "unit": "通", "target": 40000, "previous": 38000,
                 "drivers": ["5月6日有轨电车二期开通,新增9座站台", "更换自助售票机24台,咨询增加"]}],
})

STATIONS_RIGHT = [
    ("来电受理量完成目标的105.0%，较4月增长10.5%，主要是有轨电车二期开通，新增9座站台。", "9座"),
    ("来电受理量较4月增加4000通，一是更换自助售票机24台。", "24台"),
]
STATIONS_WRONG = [
    ("来电受理量完成目标的105.0%，较4月增长10.5%，主要是有轨电车二期开通，新增8座站台。", "8座"),
    ("来电受理量较4月增加4000通，一是更换自助售票机42台。", "42台"),
    ("来电受理量较4月增加9通。", "9通"),   # the driver's 9 is stations, not calls
]


@pytest.mark.parametrize("text,figure", STATIONS_RIGHT)
def test_a_count_of_a_drivers_own_noun_is_quoted_not_a_change_of_the_metric(text, figure):
    assert _errors(STATIONS, text, figure) == []


@pytest.mark.parametrize("text,figure", STATIONS_WRONG)
def test_a_count_of_a_noun_the_driver_does_not_give_is_still_reported(text, figure):
    assert _errors(STATIONS, text, figure) != []


def test_dev_32_has_no_false_alarm_and_no_miss():
    spec = importlib.util.spec_from_file_location("tracing_accuracy", ROOT / "bench" / "tracing_accuracy.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["tracing_accuracy"] = bench
    spec.loader.exec_module(bench)
    rows = bench.read_corpus(ROOT / "fixtures" / "tracing" / "dev-32.tsv")
    s = bench.score(bench.run(rows))
    wrong = [(r["id"], r["figure"], r["got"], r["why"]) for r in s["false_alarms"] + s["misses"] + s["warned"]]
    assert wrong == []
