"""Blind round 10's false alarms of the figure tracer: each class of wording on the blind facts
that drew it and on small facts of its own, and, for each class, a wrong figure of the same
wording that must still be reported."""

from __future__ import annotations

from pathlib import Path

import pytest

import cswriter
from cswriter.facts.model import facts_from_data, load_facts
from cswriter.figures.trace import build_tracer
from cswriter.lint import lint_text

# The checkout of the code under test (this file may be run from a copy elsewhere).
ROOT = Path(cswriter.__file__).resolve().parent.parent
BLIND = ROOT / "fixtures" / "report-blind"


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


def _blind(name: str):
    return load_facts(BLIND / f"{name}.yaml")


def _findings(facts, text: str, figure: str) -> list[tuple[str, str]]:
    """The CS401/CS405 findings lint gives `text` against `facts` on the line of `figure`
    (the row or sentence it stands in), as (code, message)."""
    assert figure in text
    line = text[:text.index(figure)].count("\n") + 1
    return [(f.code, f.message) for f in lint_text(text, tracer=build_tracer(facts))
            if f.code in ("CS401", "CS405") and f.line == line and figure in f.message]


HALF = {"type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"},
        "role": "客服班长", "team_size": 10}
QUARTER = {"type": "quarterly", "period": {"start": "2026-01-01", "end": "2026-03-31"},
           "role": "客服主管", "team_size": 20}

# --------------------------------------------------------------------------------------
# 1. The last-year column of a half-year table whose metric has an annual target: the
#    去年同期 cell is the metric's previous, not the gap between this period's value and the
#    annual target a fact's text states beside it (the change column's 增长 compares the row's
#    last two cells, not the pair before the previous).

HEADER = ("| 指标 | 本期 | 全年目标 | 完成进度/差距 | 去年同期 | 较去年同期变化 |\n"
          "| --- | --- | --- | --- | --- | --- |\n")
RENOVATION = "round10/04-half-year-home-renovation-teamlead"
PROPERTY = "round9/04-half-year-property-supervisor"

INSTALLS = facts_from_data({
    "report": HALF,
    "metrics": [{"name": "上门安装量", "value": 1530, "unit": "台", "annual_target": 3200, "previous": 1405,
                 "note": "全年目标3200台，下半年还要装1670台"},
                {"name": "退货量", "value": 212, "unit": "单", "annual_target": 500, "previous": 260,
                 "better": "lower"}],
    "problems": [{"title": "安装进度落后", "metric": "上门安装量",
                  "evidence": "上半年安装1530台，只占全年目标3200台的47.8%"},
                 {"title": "退货额度消耗偏快", "metric": "退货量",
                  "evidence": "上半年退货212单，已占全年上限500单的42.4%"}],
})


def _table(*rows: str) -> str:
    return "**核心指标对比**\n\n" + HEADER + "\n".join(rows) + "\n"


@pytest.mark.parametrize("facts, row, figure", [
    (RENOVATION, "| 保修上门完成量 | 2146件 | 4800件 | 44.7% | 1872件 | 增长14.6% |", "1872件"),
    (RENOVATION, "| 工期延误投诉量 | 318件 | 560件 | 56.8% | 402件 | 减少20.9% |", "402件"),
    (PROPERTY, "| 有效投诉量 | 151件 | 240件 | 62.9% | 128件 | 增加18.0% |", "128件"),
    (None, "| 上门安装量 | 1530台 | 3200台 | 47.8% | 1405台 | 增长8.9% |", "1405台"),
    (None, "| 退货量 | 212单 | 500单 | 42.4% | 260单 | 减少18.5% |", "260单"),
])
def test_the_last_year_cell_of_a_row_with_an_annual_target_is_the_metrics_previous(facts, row, figure):
    facts = _blind(facts) if facts else INSTALLS
    assert _findings(facts, _table(row), figure) == []


@pytest.mark.parametrize("facts, row, figure", [
    (RENOVATION, "| 保修上门完成量 | 2146件 | 4800件 | 44.7% | 1972件 | 增长14.6% |", "1972件"),
    (RENOVATION, "| 工期延误投诉量 | 318件 | 560件 | 56.8% | 412件 | 减少20.9% |", "412件"),
    # the annual target in the last-year column is no previous either
    (RENOVATION, "| 工期延误投诉量 | 318件 | 560件 | 56.8% | 560件 | 减少20.9% |", "560件"),
    (None, "| 上门安装量 | 1530台 | 3200台 | 47.8% | 1505台 | 增长8.9% |", "1505台"),
    (None, "| 退货量 | 212单 | 500单 | 42.4% | 500单 | 减少18.5% |", "500单"),
])
def test_a_wrong_last_year_cell_of_such_a_row_is_still_reported(facts, row, figure):
    facts = _blind(facts) if facts else INSTALLS
    assert _findings(facts, _table(row), figure) != []


# --------------------------------------------------------------------------------------
# 2. A figure quoted from a text of the facts with the words around it is sourced, whatever
#    metric the sentence is about; a 日均 figure beside the span of days it is taken over
#    (10月1-7日) is the count stated for those days over their number.

TRAVEL = "round10/09-quarterly-online-travel-supervisor"
HOTLINE = facts_from_data({
    "report": QUARTER,
    "metrics": [{"name": "进线量", "value": 98000, "unit": "通", "previous": 86000,
                 "drivers": ["1月寒潮期间报修进线翻倍，日均3100通"]},
                {"name": "20秒接通率", "value": 78.5, "unit": "%", "previous": 84.0, "target": 85,
                 "drivers": ["元宵节2月24-26日进线9600通，其余时段正常"]}],
})


@pytest.mark.parametrize("facts, text, figure", [
    (TRAVEL, "进线量较上季度增长19.2%，主要是因为国庆黄金周10月1-7日进线34300通，日均4900通；"
             "10月其余24天日均1545通，11月嘉程酒店供应链破产，涉及订单的客户集中来电。", "4900通"),
    # a driver's 日均 quoted with its words (no span of days to take it over)
    (None, "进线量较上季度增长14.0%，主要是因为1月寒潮期间报修进线翻倍，日均3100通。", "3100通"),
    # the mean of a span of days the sentence states beside its count
    (None, "20秒接通率未达目标，主要是元宵节2月24-26日进线9600通，日均3200通。", "3200通"),
    (None, "元宵节2月24日至26日共进线9600通，日均约3200通，接通率跟着下滑。", "约3200通"),
])
def test_a_figure_quoted_from_a_driver_or_the_mean_of_its_span_of_days_is_sourced(facts, text, figure):
    facts = _blind(facts) if facts else HOTLINE
    assert _findings(facts, text, figure) == []


@pytest.mark.parametrize("facts, text, figure", [
    (TRAVEL, "进线量较上季度增长19.2%，主要是因为国庆黄金周10月1-7日进线34300通，日均4800通；"
             "10月其余24天日均1545通。", "4800通"),
    (None, "进线量较上季度增长14.0%，主要是因为1月寒潮期间报修进线翻倍，日均3600通。", "3600通"),
    (None, "20秒接通率未达目标，主要是元宵节2月24-26日进线9600通，日均3800通。", "3800通"),
    # the text's words after another number: 52300通 is not the driver's 34300通
    (TRAVEL, "进线量较上季度增长19.2%，主要是因为国庆黄金周进线52300通，日均4900通。", "52300通"),
])
def test_a_wrong_figure_of_a_driver_or_a_wrong_mean_of_a_span_is_still_reported(facts, text, figure):
    facts = _blind(facts) if facts else HOTLINE
    assert _findings(facts, text, figure) != []
