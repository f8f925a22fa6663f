"""Derived figures against the seed report (002): attainment, change, points, daily mean."""

from __future__ import annotations

import pytest
from helpers import FIXTURES

from cswriter.facts.model import load_facts
from cswriter.figures.compute import compute_figures
from cswriter.figures.rounding import agrees, format_number, round_half_up


@pytest.fixture(scope="module")
def figures():
    return compute_figures(load_facts(FIXTURES / "year-end-agent.yaml"))


def test_attainment_matches_the_seed_report(figures):
    f = figures.get("咨询处理量.attainment")
    assert f.text == "112.6%"
    assert f.formula == "125380 ÷ 111350 × 100%"
    assert f.inputs == {"value": 125380, "target": 111350}


def test_count_change_is_in_percent_rate_change_in_points(figures):
    assert figures.get("咨询处理量.change_percent").text == "15.2%"
    rate = figures.get("问题解决率.change")
    assert rate.text == "1.2个百分点" and rate.direction == "up" and rate.assessment == "better"
    assert figures.get("问题解决率.change_percent") is None


def test_score_change_is_in_points_of_the_scale(figures):
    assert figures.get("客户满意度.change").text == "3.1分"
    assert figures.get("客户满意度.gap").text == "2.7分"


def test_shorter_response_time_is_an_improvement(figures):
    change = figures.get("关键节点平均响应时长.change_percent")
    assert change.direction == "down" and change.assessment == "better"
    gap = figures.get("关键节点平均响应时长.gap")
    assert gap.text == "0.4分钟" and gap.assessment == "better"


def test_daily_mean_and_the_seed_truncated_figure(figures):
    mean = figures.get("咨询处理量.daily_mean")
    assert mean.text == "344件"  # 125380 / 365 = 343.51
    assert agrees(343, mean.value, 0)  # the seed report wrote 343 (truncated): still agrees
    assert not agrees(342, mean.value, 0)


def test_rate_recomputed_from_basis(figures):
    assert figures.get("问题解决率.basis_rate").text == "98.5%"


def test_share_total_and_plan_targets(figures):
    assert figures.get("categories.share_total").value == 100
    assert figures.get("plans[0].target").text == "110秒"


def test_shares_derived_from_counts():
    figs = compute_figures(load_facts(FIXTURES / "weekly-phone.yaml"))
    assert figs.get("categories.账单查询.share").text == "35.0%"  # 214 / 612
    assert round(figs.get("categories.share_total").value, 6) == 100


def test_half_year_progress_against_the_annual_target():
    figs = compute_figures(load_facts(FIXTURES / "half-year-property.yaml"))
    assert figs.get("报修工单量.progress").text == "52%"  # 468 / 900, exactly: no false .0


def test_complaint_trend_direction_aware():
    figs = compute_figures(load_facts(FIXTURES / "year-end-lead.yaml"))
    change = figs.get("complaints.change_percent")
    assert change.text == "22.3%" and change.direction == "down" and change.assessment == "better"


def test_every_figure_has_a_formula_or_is_a_stated_fact(figures):
    for f in figures:
        assert f.formula, f.id
        assert f.text


@pytest.mark.parametrize("value,decimals,expected", [
    (2.25, 1, 2.3), (2.35, 1, 2.4), (112.5898, 1, 112.6), (-1.25, 1, -1.3), (0.5, 0, 1.0)])
def test_round_half_up(value, decimals, expected):
    assert round_half_up(value, decimals) == expected


def test_round_half_up_agrees_with_decimal_rounding_everywhere():
    # Values already at the precision asked for skip the decimal module; the result must be
    # what decimal's half-up rounding of the written value gives, for every kind of value.
    import math
    import random
    from decimal import ROUND_HALF_UP, Decimal

    rng = random.Random(7)
    values = [0.0, -0.0, 1.0, -3.0, 5, 125380, 98.5, 2.25, 0.05, 1e-05, 0.1 + 0.2, 99999999999999.9,
              *(round(rng.uniform(-1e6, 1e6), rng.randint(0, 6)) for _ in range(2000)),
              *(rng.uniform(-100, 100) for _ in range(500))]
    for value in values:
        for decimals in (-3, -1, 0, 1, 2, 3, 4):
            expected = float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))
            got = round_half_up(value, decimals)
            assert type(got) is float and got == expected, (value, decimals, got, expected)
            assert math.copysign(1, got) == math.copysign(1, expected), (value, decimals)


def test_format_number():
    assert format_number(125380) == "125,380"
    assert format_number(1200) == "1200"
    assert format_number(98.5) == "98.5"
    assert format_number(2.0, 1) == "2.0"


@pytest.mark.parametrize("stated,exact,decimals,fits", [
    (343, 343.51, 0, True), (344, 343.51, 0, True), (342, 343.51, 0, False),
    (4, 3.1, 0, False), (98.5, 98.49, 1, True), (15, 14, 0, False),
    (12000, 12345, -3, True), (13000, 12345, -3, False)])
def test_agrees_accepts_rounding_and_truncation_only(stated, exact, decimals, fits):
    assert agrees(stated, exact, decimals) is fits


def test_a_small_daily_mean_keeps_a_digit():
    from helpers import FIXTURES

    from cswriter.facts.model import load_facts

    mean = compute_figures(load_facts(FIXTURES / "half-year-property.yaml")).get("报修工单量.daily_mean")
    assert mean.text == "2.6单"  # 468 ÷ 181, not "3单"


def test_a_difference_keeps_the_precision_of_its_two_values():
    """5.2 − 4.6 is 0.6000000000000005 in floating point: a draft said 比上季度慢0.6000小时."""
    from cswriter.figures.rounding import format_difference

    assert format_difference(5.2, 4.6) == "0.6"
    assert format_difference(18, 16) == "2"
    assert format_difference(2.15, 2.1) == "0.05"


def test_a_longer_handling_time_is_told_with_the_digits_its_values_have():
    from pathlib import Path

    from helpers import _drafted

    markdown = _drafted(Path(__file__).parent.parent / "fixtures/tracing/blind-11/quarterly-travel-agency.yaml")[2]
    assert "比上季度长0.6小时" in markdown and "0.6000" not in markdown
