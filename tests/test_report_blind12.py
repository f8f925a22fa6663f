"""Round 11's remaining classes, fixed in session 45 before blind round 12's paired review: each
test states, on facts of its own, what a supervisor reading the draft would notice."""

from __future__ import annotations

from test_report_blind1 import MONTH, YEAR, _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind11 import VOLUME, _section

NEWHIRE = dict(MONTH, role="电视购物热线客服专员", team="呼叫中心 订购二组", team_size=None,
               duties="接听订购来电、录入订单，兼接部分售后来电")
CATEGORIES = [{"name": "订购下单", "count": 1562}, {"name": "物流查询", "count": 104},
              {"name": "退换货", "count": 72}, {"name": "产品使用问题", "count": 36}]


def test_a_volume_smaller_than_one_category_is_not_the_months_workload():
    report = {k: v for k, v in NEWHIRE.items() if v is not None}
    metrics = [{"name": "售后来电接听量", "value": 212, "unit": "通"},
               {"name": "成交转化率", "value": 62.7, "unit": "%", "target": 65}]
    _, _, md = _draft(report, metrics=metrics, categories=CATEGORIES)
    overview = _section(md, "概述")
    assert "212通" not in overview            # not 本月我共接听售后来电212通
    assert "订购下单" in overview and "1562通" in overview


def test_a_volume_larger_than_every_category_still_heads_the_overview():
    report = {k: v for k, v in NEWHIRE.items() if v is not None}
    metrics = [{"name": "来电接听量", "value": 1774, "unit": "通"}]
    _, _, md = _draft(report, metrics=metrics, categories=CATEGORIES)
    assert "1774通" in _section(md, "概述")


def _months(values: list[float | None]) -> dict[str, list[float | None]]:
    return {f"2026-{m:02d}": [1000 + m, v] for m, v in enumerate(values, start=1)}


def test_a_metric_the_monthly_table_holds_only_from_july_is_named_with_its_months():
    monthly = {"columns": ["来电接听量", "跨组转接率"], "units": ["通", "%"],
               "rows": _months([None] * 6 + [6.3, 5.3, 4.6, 4.1, 3.4, 3.2])}
    metrics = [VOLUME, {"name": "跨组转接率", "value": 4.3, "unit": "%", "target": 5, "better": "lower"}]
    _, _, md = _draft(YEAR, metrics=metrics, monthly=monthly)
    assert "| 跨组转接率（7—12月） | 4.3% |" in md
    assert "| 来电接听量 | 306,390通 |" in md     # a whole year's row keeps its name


def test_a_metric_whose_note_says_counting_began_in_april_is_named_with_its_months():
    half = dict(YEAR, type="half-year", period={"start": "2026-01-01", "end": "2026-06-30"})
    metrics = [VOLUME, {"name": "携号转网挽留率", "value": 31.5, "unit": "%", "target": 30,
                        "note": "4月起才开始统计"},
               {"name": "首次解决率", "value": 82.0, "unit": "%", "target": 80, "note": "按全半年统计"}]
    _, _, md = _draft(half, metrics=metrics)
    assert "| 携号转网挽留率（4—6月） | 31.5% |" in md
    assert "| 首次解决率 | 82% |" in md


def test_a_monthly_report_never_names_months_on_its_rows():
    metrics = [VOLUME, {"name": "携号转网挽留率", "value": 31.5, "unit": "%", "target": 30,
                        "note": "10月起才开始统计"}]
    _, _, md = _draft(MONTH, metrics=metrics)
    assert "| 携号转网挽留率 | 31.5% |" in md
