"""A count metric named without its measure word (投诉工单量 → 投诉工单), where that shorter name holds
another subject's whole name (投诉, all complaints): the draft's own overview of blind round 27's
first run, 本年度我们共处理投诉工单18,640件，日均51件, drew two CS401 as claims about the 187
complaints. The longer words are the metric's; a head that holds no other name stays too loose to
place a level on."""

from __future__ import annotations

import pytest

from cswriter.facts.model import facts_from_data
from cswriter.figures.trace import build_tracer
from cswriter.lint import lint_text


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


def _errors(facts, text: str) -> list[str]:
    return [f.message for f in lint_text(text, tracer=build_tracer(facts)) if f.code == "CS401"]


DESK = facts_from_data({
    "report": {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"},
               "role": "客服班长", "team_size": 12},
    "metrics": [
        {"name": "投诉工单量", "value": 18640, "unit": "件", "previous": 22580},
        {"name": "来电受理量", "value": 40210, "unit": "通", "previous": 38800},
    ],
    "complaints": {"total": 187, "previous": 160, "handled": 187,
                   "types": [{"name": "延误", "count": 120}, {"name": "破损", "count": 67}]},
})


def test_a_count_named_without_its_measure_word_is_that_metric_not_all_complaints():
    assert _errors(DESK, "本年度我们共处理投诉工单18,640件，日均51件。") == []


def test_a_wrong_level_under_that_name_is_still_wrong():
    assert _errors(DESK, "本年度我们共处理投诉工单19,640件。")


def test_the_complaints_themselves_are_still_the_complaints():
    assert _errors(DESK, "本年度共收到投诉187件。") == []
    assert _errors(DESK, "本年度共收到投诉18,640件。")
