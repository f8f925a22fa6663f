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


def test_dev_32_has_no_false_alarm_and_no_miss():
    spec = importlib.util.spec_from_file_location("tracing_accuracy", ROOT / "bench" / "tracing_accuracy.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["tracing_accuracy"] = bench
    spec.loader.exec_module(bench)
    rows = bench.read_corpus(ROOT / "fixtures" / "tracing" / "dev-32.tsv")
    s = bench.score(bench.run(rows))
    wrong = [(r["id"], r["figure"], r["got"], r["why"]) for r in s["false_alarms"] + s["misses"] + s["warned"]]
    assert wrong == []
