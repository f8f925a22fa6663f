"""Tracer round 30: an earlier clause with another subject (差评主要集中在…, 客户要求…, 客户希望…)
before a clause that names its metric and a 从…到… move. The figure's own clause decides what
the figure is: 主要 / 要求 / 重要 hold no plan word 要, and a weak plan word (要, 将, 希望) of
another subject's clause makes no aim of the later figure. A wrong figure there is still
reported, and 主要 still names the main part of a figure's own subject (投诉主要集中在…，占46.6%)."""

from __future__ import annotations

import pytest

from cswriter.facts.model import facts_from_data
from cswriter.figures.trace import build_tracer
from cswriter.lint import lint_text


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


WEEK = {"type": "weekly", "period": {"start": "2026-03-09", "end": "2026-03-15"},
        "role": "客服专员", "team_size": 8}

FACTS = facts_from_data({
    "report": WEEK,
    "metrics": [
        {"name": "客户满意度", "value": 4.36, "unit": "分", "scale": 5, "previous": 4.58},
        {"name": "问题解决率", "value": 91.2, "unit": "%", "previous": 86.5},
        {"name": "平均处理时长", "value": 7.4, "unit": "分钟", "previous": 9.1, "better": "lower"},
        {"name": "咨询量", "value": 2860, "unit": "件", "previous": 2410},
    ],
    "complaints": {"total": 40, "previous": 52, "handled": 38,
                   "types": [{"name": "配送延误", "count": 22}, {"name": "商品破损", "count": 18}]},
})


def _cs401(text: str, figure: str) -> list[str]:
    assert figure in text
    return [f.message for f in lint_text(text, tracer=build_tracer(FACTS))
            if f.code == "CS401" and figure in f.message]


@pytest.mark.parametrize("text, figure", [
    ("差评主要集中在配送延误的订单，客户满意度从4.58分降到4.36分。", "4.36分"),
    ("差评主要集中在配送延误的订单，客户满意度降到4.36分。", "4.36分"),
    ("未解决的单子主要是商品破损，问题解决率从86.5%提高到91.2%。", "91.2%"),
    ("客户要求上门退换的订单大多集中在周末，平均处理时长从9.1分钟缩短到7.4分钟。", "7.4分钟"),
    ("最重要的变化在在线渠道，咨询量从2410件增加到2860件。", "2860件"),
    ("客户希望当天送达，咨询量从2410件增加到2860件。", "2860件"),
])
def test_no_false_alarm_after_another_subjects_clause(text, figure):
    assert _cs401(text, figure) == []


@pytest.mark.parametrize("text, figure", [
    ("差评主要集中在配送延误的订单，客户满意度从4.58分降到4.63分。", "4.63分"),   # wrong end
    ("差评主要集中在配送延误的订单，客户满意度降到4.58分。", "4.58分"),          # last week's as the end
    ("差评主要集中在配送延误的订单，客户满意度从4.68分降到4.36分。", "4.68分"),   # wrong start
    ("未解决的单子主要是商品破损，问题解决率从86.5%提高到92.1%。", "92.1%"),
    ("客户要求上门退换的订单大多集中在周末，平均处理时长从9.1分钟缩短到4.7分钟。", "4.7分钟"),
    ("客户希望当天送达，咨询量从2410件增加到2680件。", "2680件"),
    ("投诉主要集中在配送延误，占62%。", "62%"),                               # 22 / 40 is 55%
])
def test_wrong_figure_still_reported(text, figure):
    assert _cs401(text, figure)


def test_main_part_of_own_subject_still_traced():
    # 主要 that names the main part of the figure's own subject: the share of the complaints.
    assert _cs401("投诉主要集中在配送延误，占55%。", "55%") == []
