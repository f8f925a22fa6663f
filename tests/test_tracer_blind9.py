"""Blind round 9's false alarms of the figure tracer: each class of wording on the blind facts
that drew it and on small facts of its own, and, for each class, a wrong figure of the same
wording that must still be reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from cswriter.facts.model import facts_from_data, load_facts
from cswriter.figures.trace import build_tracer
from cswriter.lint import lint_text
from cswriter.text.numbers import find_numbers

ROOT = Path(__file__).resolve().parent.parent
ROUND9 = ROOT / "fixtures" / "report-blind" / "round9"


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


def _blind(name: str):
    return load_facts(ROUND9 / f"{name}.yaml")


def _findings(facts, text: str, figure: str) -> list[str]:
    """The CS401/CS405 findings lint gives `text` against `facts`: (code, figure) for every
    figure of the sentence, so that a figure read in two pieces (2天 and 3小时) counts too."""
    assert figure in text
    return [(f.code, f.message) for f in lint_text(text, tracer=build_tracer(facts))
            if f.code in ("CS401", "CS405")]


MONTH = {"type": "monthly", "period": {"start": "2026-05-01", "end": "2026-05-31"},
         "role": "客服主管", "team_size": 12}


# --------------------------------------------------------------------------------------
# 2. A compound duration quoted from the facts: 4小时15分 (255 分钟) is the facts' own figure,
#    whatever abbreviated unit it ends with; 2天3小时 is one figure (51 小时), not two.

HOTEL = "09-monthly-hotel-reservation-supervisor"
OUTAGE = facts_from_data({
    "report": MONTH,
    "metrics": [{"name": "工单量", "value": 3200, "unit": "件", "previous": 3000},
                {"name": "平均处理时长", "value": 320, "unit": "秒", "previous": 300, "better": "lower",
                 "drivers": ["18日电话线路中断1小时20分，回拨积压"]}],
    "cases": [{"title": "工单系统停机", "kind": "lesson",
               "situation": "5月12日工单系统停机2天3小时，期间靠邮件派单",
               "result": "积压工单420件，3天内清完"}],
    "problems": [{"title": "停机无预案", "evidence": "停机2天3小时，积压工单420件"},
                 {"title": "排队过长", "evidence": "高峰时客户平均排队3分20秒"},
                 {"title": "线路中断", "evidence": "18日电话线路中断1小时20分，漏接来电260通"}],
})


@pytest.mark.parametrize("facts, text, figure", [
    (HOTEL, "此外，宕机4小时15分，手工登记1186单，补录差错14单。", "4小时15分"),
    (HOTEL, "10月3日09:40至13:55预订系统宕机，共4小时15分。", "4小时15分"),
    (None, "18日线路故障，电话打不进来共1小时20分。", "1小时20分"),
])
def test_a_compound_duration_quoted_from_the_facts_is_traced(facts, text, figure):
    assert _findings(_blind(facts) if facts else OUTAGE, text, figure) == []


def test_days_and_hours_are_one_duration_and_trace_as_one():
    # 2天3小时 is 51 小时, as 4小时15分 is 255 分钟; 7天24小时 (round the clock) stays two figures.
    assert [(n.text, n.value, n.unit) for n in find_numbers("停机2天3小时")] == [("2天3小时", 51.0, "小时")]
    assert [(n.text, n.value, n.unit) for n in find_numbers("共1天零6小时")] == [("1天零6小时", 30.0, "小时")]
    assert [n.text for n in find_numbers("7天24小时在线")] == ["7天", "24小时"]
    assert [n.text for n in find_numbers("每周5天8小时工作制")] == ["5天", "8小时"]
    for text, figure in (("此外，停机2天3小时，积压工单420件。", "2天3小时"),
                         ("工单系统共停机2天零3小时。", "2天零3小时"),
                         ("高峰时客户平均排队3分20秒。", "3分20秒")):
        assert _findings(OUTAGE, text, figure) == []


@pytest.mark.parametrize("facts, text, figure", [
    (HOTEL, "10月3日09:40至13:55预订系统宕机，共4小时25分。", "4小时25分"),
    (HOTEL, "此外，宕机4小时25分，手工登记1186单，补录差错14单。", "4小时25分"),
    (None, "18日线路故障，电话打不进来共1小时50分。", "1小时50分"),
    (None, "工单系统共停机2天5小时。", "2天5小时"),
    (None, "高峰时客户平均排队3分40秒。", "3分40秒"),
])
def test_a_wrong_compound_duration_is_still_reported(facts, text, figure):
    assert _findings(_blind(facts) if facts else OUTAGE, text, figure) != []


# --------------------------------------------------------------------------------------
# 1. A day followed by a time of day is a date: 16日晚, 18日早上8点, 22日傍晚 name a day of the
#    month, not a count of days.

REFUNDS = facts_from_data({
    "report": MONTH,
    "metrics": [{"name": "退款处理时长", "value": 5, "unit": "天", "previous": 6, "better": "lower"}],
    "cases": [{"title": "升级后退款咨询激增", "kind": "success",
               "situation": "22日傍晚支付系统升级后，退款咨询激增",
               "actions": ["22日傍晚临时加派4人专接退款咨询", "9日上午10点起开放退款进度自助查询"],
               "result": "当晚退款咨询全部接通"}],
})


@pytest.mark.parametrize("facts, text, figure", [
    ("01-weekly-food-delivery-teamlead", "我们16日晚临时指定2人只接骑手来电。", "16日"),
    ("06-year-end-gas-utility-teamlead", "我们18日早上8点申请启用营业厅3名后备坐席。", "18日"),
    (None, "我们22日傍晚临时加派4人专接退款咨询。", "22日"),
    (None, "我们9日上午10点起开放退款进度自助查询。", "9日"),
])
def test_a_day_followed_by_a_time_of_day_is_a_date(facts, text, figure):
    assert _findings(_blind(facts) if facts else REFUNDS, text, figure) == []
    assert [n.kind for n in find_numbers(text) if n.text == figure] == ["date"]


@pytest.mark.parametrize("facts, text, figure", [
    ("01-weekly-food-delivery-teamlead", "我们16日晚临时指定3人只接骑手来电。", "3人"),
    (None, "我们22日傍晚临时加派6人专接退款咨询。", "6人"),
    (None, "退款平均要等16日才能到账。", "16日"),  # a count of days, and the wrong one
])
def test_a_wrong_figure_beside_a_day_and_a_wrong_count_of_days_are_still_reported(facts, text, figure):
    assert _findings(_blind(facts) if facts else REFUNDS, text, figure) != []


# --------------------------------------------------------------------------------------
# 3. A count of kinds is no operand: 两件事, 三类问题 count the matters the sentence names, not
#    件 of complaints, so 两件 ÷ 93件 is no share the sentence states.

SHOP = facts_from_data({
    "report": MONTH,
    "metrics": [{"name": "投诉量", "value": 150, "unit": "件", "previous": 120, "better": "lower"}],
    "complaints": {"total": 150, "previous": 120, "handled": 141,
                   "types": [{"name": "物流延误", "count": 30}, {"name": "商品破损", "count": 24},
                             {"name": "退款慢", "count": 18}, {"name": "其他", "count": 78}],
                   "notes": ["物流延误和商品破损两件事合计54件，占36.0%"]},
})


@pytest.mark.parametrize("facts, text, figure", [
    (HOTEL, "投诉比9月多153件；系统故障和超售两件事合计93件，占32.7%。", "32.7%"),
    (None, "投诉比上月多30件；物流延误和商品破损两件事合计54件，占36.0%。", "36.0%"),
    (None, "投诉比上月多30件；物流延误、商品破损和退款慢三件事合计72件，占48.0%。", "48.0%"),
])
def test_a_count_of_kinds_is_no_operand_of_the_share(facts, text, figure):
    assert _findings(_blind(facts) if facts else SHOP, text, figure) == []


def test_a_spelled_count_of_kinds_is_no_figure_but_a_count_of_items_is():
    assert [n.text for n in find_numbers("系统故障和超售两件事合计93件")] == ["93件"]
    assert [n.text for n in find_numbers("主要有两个原因，三类问题，两项指标没达标")] == []
    assert [n.text for n in find_numbers("收到两件投诉，三个问题工单")] == ["两件", "三个"]


@pytest.mark.parametrize("facts, text, figure", [
    (HOTEL, "投诉比9月多153件；系统故障和超售两件事合计93件，占35.7%。", "35.7%"),
    (None, "投诉比上月多30件；物流延误和商品破损两件事合计54件，占26.0%。", "26.0%"),
])
def test_a_wrong_share_beside_a_count_of_kinds_is_still_reported(facts, text, figure):
    assert _findings(_blind(facts) if facts else SHOP, text, figure) != []


# --------------------------------------------------------------------------------------
# 4. A share of the period's total: 占85.5% after 比二季度多117件…共183件 says no whole, so it is
#    183 over the quarter's 214 complaints, not 117 over 183.

STORM = facts_from_data({
    "report": MONTH,
    "metrics": [{"name": "报修工单量", "value": 5000, "unit": "件", "previous": 3900}],
    "complaints": {"total": 150, "previous": 110, "handled": 150,
                   "types": [{"name": "上门慢", "count": 96}, {"name": "其他", "count": 54}],
                   "notes": ["投诉比上月多40件，暴雨那一周共96件，占64.0%"]},
    "cases": [{"title": "暴雨抢修", "kind": "success",
               "situation": "19日起连续暴雨，报修比平时多900件，暴雨3天共2100件，占42.0%",
               "result": "全部在48小时内上门"}],
})


@pytest.mark.parametrize("facts, text, figure", [
    ("03-quarterly-airline-teamlead", "投诉比二季度多117件，7月和9月两个台风月共183件，占85.5%。", "85.5%"),
    (None, "投诉比上月多40件，暴雨那一周共96件，占64.0%。", "64.0%"),
    (None, "报修比平时多900件，暴雨3天共2100件，占42.0%。", "42.0%"),
])
def test_a_share_that_names_no_whole_is_of_the_periods_total(facts, text, figure):
    assert _findings(_blind(facts) if facts else STORM, text, figure) == []


@pytest.mark.parametrize("facts, text, figure", [
    ("03-quarterly-airline-teamlead", "投诉比二季度多117件，7月和9月两个台风月共183件，占80.5%。", "80.5%"),
    (None, "投诉比上月多40件，暴雨那一周共96件，占74.0%。", "74.0%"),
    (None, "报修比平时多900件，暴雨3天共2100件，占52.0%。", "52.0%"),
])
def test_a_wrong_share_of_the_periods_total_is_still_reported(facts, text, figure):
    assert _findings(_blind(facts) if facts else STORM, text, figure) != []


# --------------------------------------------------------------------------------------
# 5. Months named in a plan's clause do not scope a figure told as the metric's present level:
#    目前为94.1% is 接通率's own value, not a run of the table's 11月 to 2月 rows.

GAS = "06-year-end-gas-utility-teamlead"
YEAR = facts_from_data({
    "report": dict(MONTH, type="year-end", period={"start": "2025-01-01", "end": "2025-12-31"}),
    "metrics": [{"name": "一次解决率", "value": 86.0, "unit": "%", "target": 90, "previous": 83.5}],
    "monthly": {"columns": ["一次解决率"], "units": ["%"],
                "rows": {"2025-01": [84.0], "2025-02": [84.5], "2025-03": [85.2], "2025-04": [86.3],
                         "2025-05": [87.1], "2025-06": [88.4], "2025-07": [87.9], "2025-08": [87.0],
                         "2025-09": [86.6], "2025-10": [85.8], "2025-11": [85.1], "2025-12": [83.1]}},
    "plans": [{"action": "旺季增派夜班坐席2人", "metric": "一次解决率", "target": 90, "unit": "%",
               "deadline": "2026-12-31"}],
})
PLAN = "我们会安排供暖季（11月至次年2月）固定储备后备坐席3人，寒潮预警当天启用，争取2026年12月31日前让接通率提升至95%（目前为{}）。"
OWN_PLAN = "我们会在年末旺季（12月至次年1月）增派夜班坐席2人，争取让一次解决率提升至90%（{}）。"


@pytest.mark.parametrize("facts, text, figure", [
    (GAS, PLAN.format("94.1%"), "94.1%"),
    (None, OWN_PLAN.format("目前为86.0%"), "86.0%"),
    (None, OWN_PLAN.format("当前是86.0%"), "86.0%"),
])
def test_a_figure_told_as_the_present_level_is_the_metrics_value_whatever_months_the_plan_names(facts, text, figure):
    assert _findings(_blind(facts) if facts else YEAR, text, figure) == []


@pytest.mark.parametrize("facts, text, figure", [
    (GAS, PLAN.format("93.1%"), "93.1%"),
    (None, OWN_PLAN.format("目前为86.9%"), "86.9%"),
    (None, OWN_PLAN.format("当前是88.0%"), "88.0%"),
])
def test_a_wrong_present_level_is_still_reported(facts, text, figure):
    assert _findings(_blind(facts) if facts else YEAR, text, figure) != []


@pytest.mark.parametrize("facts, text, figure", [
    (GAS, PLAN.format("92.9%"), "92.9%"),  # February's row, not the level now
    (None, OWN_PLAN.format("目前为83.1%"), "83.1%"),  # December's row
])
def test_a_row_of_the_months_a_plan_names_is_no_present_level(facts, text, figure):
    assert _findings(_blind(facts) if facts else YEAR, text, figure) != []
