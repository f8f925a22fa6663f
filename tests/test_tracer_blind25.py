"""Blind-23's studied half (tracer round 32), three classes of mechanism, each on small facts of its own:

1. a part a metric's note gives, taken out with 扣除 / 剔除 / 除去 / 不计 (`含周六代接…84通，扣除后本院来电为
   1302通` drew CS401): the metric's value less that part, or that rest over the target, traces; the note's
   own rate after such a word (剔除后为89.5%) is quoted; the whole value or its attainment given there, or
   another rest, is wrong;
2. a 目标达成率 after a target and an actual the sentence states (`目标8000单，实际8680单，目标达成率92.2%`
   was accepted as 8000 ÷ 8680): the actual over the target, never the other way up (except for a metric
   that is better lower);
3. two figures each dated in their own clause (`10月处理8680单，9月为7420单，环比增长14.5%` was accepted as
   (7420 − 8680) ÷ 8680): a change between them is from the earlier time, in the way the clause says.

A second pass (dev-37):

4. a note's rate by the old counting rule is no end of a change since last week (`口径调整后预约成功率较上周
   提高了2.6个百分点` was accepted as 90.0 − 87.4) nor the week's level (`预约成功率87.4%` accepted by the verb of
   the count before it), and 相差 / 两者之差 name a difference of the two figures just before, no worsening;
5. 每万单投诉53.0件: the name after the measure word, not counted in it, is what is counted, per the metric
   counted in that word;
6. 向37位房客每人发放50元优惠券，共1850元: people times an amount each (and 30元 + 28位 is no sum).

A third pass (dev-38):

7. a metric's note that gives one day's counts (11月25日未接来电74通，2小时内回拨61通): a sentence naming the day
   speaks of those counts and their difference (74 − 61 = 13 drew CS401; the week's 186 − 171 = 15 given to the
   day was accepted); one naming the rest (除25日外, 其余6天) speaks of the basis less them, matched by size, and
   their rate ((171 − 61) ÷ (186 − 74) = 98.2% drew CS401; the week's 91.9% given to the rest was accepted);
8. a share of a stated part in the period's whole (周六代接的84通约占本周接听量的6.1%) is of the period's value,
   though a day of the table names the part (it drew CS401 as no share of the Saturday's row).

A fourth pass (dev-39):

9. 房东评价570条，其中好评84条 (570 − 486 accepted): words right before the figure that the text puts before the
   smaller number of a pair (好评486条) name that number, not the difference, unless a word of the rest stands
   before them (非好评, 好评以外, 其余);
10. a count in a measure word of its own (好评84条) is no row or category count of the table in another (84单).

A fifth pass (dev-40):

11. 计划把平均等待时长从上周的63秒压到40秒以内，需缩短23秒 (accepted as 63 − 40): a plan's amount still to go
    after a pair whose start is the period before's value is measured from the level now (48 − 40 = 8);
12. 本月抽检工单620单，发现问题单47单，问题率0.5% (accepted as 47 ÷ 8680): a rate right after a whole and a part
    the sentence states is the part over that whole (7.6%), unless the clause names another whole (占…的).

A sixth pass (dev-41):

13. 房客组5人、房东组4人，全组人均处理1736单 (accepted as 8680 ÷ 5): a per-person mean of the whole group (全组,
    全体…) after the sentence counts its groups divides by their sum (9), not by one group.

A right figure draws no CS401, a wrong one does. dev-36 … dev-41 (written by class) are run here too.

Self-contained (no imports from other test modules), so that a copy runs against another checkout:
the package is the one on PYTHONPATH."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import cswriter
from cswriter.facts.model import facts_from_data
from cswriter.figures.trace import build_tracer
from cswriter.lint import lint_text
from helpers import cs401_on

ROOT = Path(cswriter.__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


_errors = cs401_on


# A gym's membership hotline: the call volume includes transferred calls of a partner club, the
# renewal rate counts auto-renewals, which the note takes out again.
GYM = facts_from_data({
    "report": {"type": "monthly", "period": {"start": "2026-08-01", "end": "2026-08-31"},
               "role": "会员服务班长", "team_size": 6},
    "metrics": [
        {"name": "来电接听量", "value": 4120, "unit": "通", "target": 4000, "previous": 3650,
         "note": "含合作门店转接来电260通"},
        {"name": "续卡成功率", "value": 72.0, "unit": "%", "target": 75.0, "previous": 70.4,
         "note": "自动续费的180单也计入成功，剔除后为66.3%"},
        {"name": "会员满意度", "value": 4.62, "unit": "分", "scale": 5, "target": 4.50, "previous": 4.58},
        {"name": "平均等待时长", "value": 45, "unit": "秒", "target": 36, "previous": 52, "better": "lower"},
    ],
    "complaints": {"total": 33, "previous": 25, "handled": 33,
                   "types": [{"name": "退卡纠纷", "count": 20}, {"name": "课程取消", "count": 13}]},
})

# Right figures the tracer reported (CS401) before this round.
NO_FALSE_ALARM = [
    (GYM, "本月来电接听量含合作门店转接来电260通，扣除后本店来电3860通。", "3860通"),
    (GYM, "自动续费的180单也算成功，剔除后续卡成功率为66.3%。", "66.3%"),
]

# Right figures of the classes that stay right.
KEPT_RIGHT = [
    (GYM, "去掉门店转接的260通，本店来电3860通，完成目标的96.5%。", "96.5%"),
    (GYM, "来电接听量目标4000通，实际4120通，目标达成率103.0%。", "103.0%"),
    (GYM, "会员满意度目标4.50分，实际4.62分，达成率102.7%。", "102.7%"),
    (GYM, "平均等待时长目标36秒，实际45秒，目标达成率80.0%。", "80.0%"),
    (GYM, "8月接听4120通，7月为3650通，环比增长12.9%。", "12.9%"),
    (GYM, "7月投诉25件，8月33件，增加了32.0%。", "32.0%"),
    (GYM, "续卡成功率72.0%，含自动续费的180单。", "72.0%"),
]

# Wrong figures reported before this round and after it.
STILL_WRONG = [
    (GYM, "本月来电接听量含合作门店转接来电260通，扣除后本店来电3760通。", "3760通"),
    (GYM, "来电接听量目标4000通，实际4120通，目标达成率105.0%。", "105.0%"),
    (GYM, "8月接听4120通，7月为3650通，环比增长10.0%。", "10.0%"),
]

# Wrong figures missed before this round.
NEWLY_WRONG = [
    # 1. the whole, or its attainment, after the part is taken out
    (GYM, "本月来电接听量含合作门店转接来电260通，扣除后本店来电仍有4120通。", "4120通"),
    (GYM, "去掉门店转接的260通，本店来电3860通，完成目标的103.0%。", "103.0%"),
    (GYM, "自动续费的180单也算成功，剔除后续卡成功率为72.0%。", "72.0%"),
    # 2. the target over the actual
    (GYM, "来电接听量目标4000通，实际4120通，目标达成率97.1%。", "97.1%"),
    (GYM, "会员满意度实际4.62分，目标4.50分，达成率97.4%。", "97.4%"),
    # 3. over the later time, or the wrong way
    (GYM, "8月接听4120通，7月为3650通，环比增长11.4%。", "11.4%"),
    (GYM, "8月投诉33件，7月25件，投诉量下降24.2%。", "24.2%"),
    (GYM, "7月投诉25件，8月33件，投诉量下降24.2%。", "24.2%"),
]


# A water utility's hotline: a counting change with the old rule's level in the note, complaints per
# ten thousand bills, a case that pays each household an amount.
WATER = facts_from_data({
    "report": {"type": "weekly", "period": {"start": "2026-09-07", "end": "2026-09-13"},
               "role": "热线客服专员"},
    "metrics": [
        {"name": "账单查询量", "value": 8000, "unit": "单", "previous": 7600},
        {"name": "报修办结率", "value": 92.0, "unit": "%", "target": 93.0, "previous": 90.8,
         "basis": {"done": 368, "total": 400},
         "note": "9月7日起把转物业处理的也计入办结，按旧口径为88.5%（354件）"},
    ],
    "complaints": {"total": 20, "previous": 14, "handled": 20},
    "cases": [{"title": "停水补偿", "kind": "success", "situation": "9月9日管道抢修停水6小时",
               "actions": ["向受影响的住户每户减免水费15元，每户送桶装水2桶"],
               "result": "受影响的42户全部办理减免"}],
})

NO_FALSE_ALARM_2 = [
    (WATER, "新口径92.0%、旧口径88.5%，两者相差3.5个百分点。", "3.5个百分点"),
    (WATER, "每万单投诉25.0件。", "25.0件"),
    (WATER, "向42户住户每户减免水费15元，共630元。", "630元"),
]

KEPT_RIGHT_2 = [
    (WATER, "口径调整后报修办结率较上周提高了1.2个百分点。", "1.2个百分点"),
    (WATER, "口径调整使报修办结率提高了3.5个百分点。", "3.5个百分点"),
    (WATER, "按旧口径，报修办结率为88.5%，较上周下降2.3个百分点。", "2.3个百分点"),
    (WATER, "本周报修办结368件，办结率92.0%。", "92.0%"),
    (WATER, "报修办结率与目标相差1.0个百分点。", "1.0个百分点"),
]

NEWLY_WRONG_2 = [
    (WATER, "口径调整后报修办结率较上周提高了3.5个百分点。", "3.5个百分点"),
    (WATER, "本周报修办结368件，办结率88.5%。", "88.5%"),
    (WATER, "新口径92.0%、旧口径88.5%，两者相差4.5个百分点。", "4.5个百分点"),
    (WATER, "向42户住户每户送桶装水2桶，共57桶。", "57桶"),
]


# A parcel locker hotline: one day's counts of a rate's basis in the note, a table of days, a note part.
PARCEL = facts_from_data({
    "report": {"type": "weekly", "period": {"start": "2026-10-12", "end": "2026-10-18"},
               "role": "客服专员"},
    "metrics": [
        {"name": "咨询受理量", "value": 1500, "unit": "件", "previous": 1420,
         "note": "含周六代收的驿站咨询60件"},
        {"name": "超时件处理率", "value": 85.0, "unit": "%", "target": 95.0, "previous": 88.0,
         "basis": {"handled": 170, "total": 200},
         "note": "10月14日柜机断网当天超时件50件，当天处理30件"},
    ],
    "monthly": {"columns": ["咨询受理量"], "units": ["件"],
                "rows": {"2026-10-12": [200], "2026-10-13": [210], "2026-10-14": [320], "2026-10-15": [220],
                         "2026-10-16": [200], "2026-10-17": [200], "2026-10-18": [150]}},
})

NO_FALSE_ALARM_3 = [
    (PARCEL, "除14日外，其余6天超时件150件，处理140件，处理率93.3%。", "93.3%"),
    (PARCEL, "除14日外，其余6天超时件150件。", "150件"),
    (PARCEL, "周六代收的60件约占本周受理量的4.0%。", "4.0%"),
]

KEPT_RIGHT_3 = [
    (PARCEL, "14日超时件50件，当天处理30件，未处理20件。", "20件"),
    (PARCEL, "周六代收的60件约占当天受理量的30.0%。", "30.0%"),
    (PARCEL, "本周超时件处理率为85.0%，14日断网拖低了整体。", "85.0%"),
]

STILL_WRONG_3 = [
    (PARCEL, "14日超时件50件，当天处理30件，还有25件未处理。", "25件"),
]

NEWLY_WRONG_3 = [
    (PARCEL, "除14日外，其余6天的超时件处理率为85.0%。", "85.0%"),
    (PARCEL, "周六代收的60件约占本周受理量的30.0%。", "30.0%"),
]


# A dental clinic: a note with two pairs of counts (reviews, good ones), a table of days in 单.
CLINIC = facts_from_data({
    "report": {"type": "monthly", "period": {"start": "2026-04-01", "end": "2026-04-30"},
               "role": "客服主管", "team_size": 5},
    "metrics": [
        {"name": "好评率", "value": 90.0, "unit": "%", "previous": 88.0,
         "basis": {"good": 450, "total": 500},
         "note": "线上评价320条、好评300条；电话回访评价180条、好评150条"},
        {"name": "预约量", "value": 300, "unit": "单", "previous": 280},
    ],
    "monthly": {"columns": ["预约量"], "units": ["单"],
                "rows": {f"2026-04-{d:02d}": [{10: 14, 11: 6}.get(d, 10)] for d in range(1, 31)}},
})

KEPT_RIGHT_4 = [
    (CLINIC, "线上评价320条，其中好评300条。", "300条"),
    (CLINIC, "线上评价320条，其中非好评20条。", "20条"),
    (CLINIC, "电话回访评价180条，好评150条，其余30条。", "30条"),
    (CLINIC, "4月10日当天预约14单。", "14单"),
]

NEWLY_WRONG_4 = [
    (CLINIC, "线上评价320条，其中好评20条。", "20条"),
    (CLINIC, "电话回访评价180条，其中好评30条。", "30条"),
]


# A courier hotline: a duration and the complaints with last month's values, a work line with a sample.
COURIER = facts_from_data({
    "report": {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"},
               "role": "客服班长", "team_size": 7},
    "metrics": [
        {"name": "平均应答时长", "value": 25, "unit": "秒", "target": 20, "previous": 31, "better": "lower"},
        {"name": "来电量", "value": 9000, "unit": "通", "previous": 8600},
    ],
    "complaints": {"total": 30, "previous": 22, "handled": 30},
    "work": ["每周抽检录音，本月共抽检300通，发现问题录音24通"],
})

KEPT_RIGHT_5 = [
    (COURIER, "计划把平均应答时长从上月的31秒压到20秒以内，需缩短5秒。", "5秒"),
    (COURIER, "平均应答时长从上月的31秒降到25秒，缩短了6秒。", "6秒"),
    (COURIER, "计划12月把投诉从11月的30件压到20件以内，减少10件。", "10件"),
    (COURIER, "本月共抽检录音300通，发现问题录音24通，问题率8.0%。", "8.0%"),
    (COURIER, "本月来电9000通，抽检300通，发现问题录音24通，占全部来电的0.3%。", "0.3%"),
]

STILL_WRONG_5 = [
    (COURIER, "计划12月把投诉从10月的22件压到20件以内，减少2件。", "2件"),
]

NEWLY_WRONG_5 = [
    (COURIER, "计划把平均应答时长从上月的31秒压到20秒以内，需缩短11秒。", "11秒"),
    (COURIER, "本月共抽检录音300通，发现问题录音24通，问题率0.3%。", "0.3%"),
]


# A bank card hotline without a team size: two groups counted in the sentence.
CARDS = facts_from_data({
    "report": {"type": "monthly", "period": {"start": "2026-02-01", "end": "2026-02-28"}, "role": "客服班长"},
    "metrics": [{"name": "来电受理量", "value": 7000, "unit": "通", "previous": 6500}],
})

# Right figures the tracer reported (CS401) before this round (7000 ÷ 6, the first group, was the divisor).
NO_FALSE_ALARM_6 = [
    (CARDS, "白班6人、夜班4人，全组人均受理700通。", "700通"),
    (CARDS, "白班6人、夜班4人，全体人均受理700通。", "700通"),
]

NEWLY_WRONG_6 = [
    (CARDS, "白班6人、夜班4人，全组人均受理1167通。", "1167通"),
]


@pytest.mark.parametrize("facts,text,figure", NO_FALSE_ALARM_6)
def test_sixth_pass_right_figures_are_no_false_alarm(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG_6)
def test_sixth_pass_wrong_figures_missed_before_are_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", KEPT_RIGHT_5)
def test_fifth_pass_right_figures_stay_right(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", STILL_WRONG_5)
def test_fifth_pass_wrong_figures_are_still_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG_5)
def test_fifth_pass_wrong_figures_missed_before_are_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", KEPT_RIGHT_4)
def test_fourth_pass_right_figures_stay_right(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG_4)
def test_fourth_pass_wrong_figures_missed_before_are_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


def test_a_count_in_another_measure_word_is_no_row():
    """4月10日当天评价14条: the day's row is 14单 of bookings; the reviews are no figure the facts give
    (a warning that the claim cannot be placed, never a trace to the row)."""
    text = "4月10日当天评价14条。"
    found = [(f.code, f.message) for f in lint_text(text, tracer=build_tracer(CLINIC)) if f.code in ("CS401", "CS405")]
    assert found, "the row of bookings must not trace a count of reviews"


@pytest.mark.parametrize("facts,text,figure", NO_FALSE_ALARM_3)
def test_third_pass_right_figures_are_no_false_alarm(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", KEPT_RIGHT_3)
def test_third_pass_right_figures_stay_right(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", STILL_WRONG_3)
def test_third_pass_wrong_figures_are_still_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG_3)
def test_third_pass_wrong_figures_missed_before_are_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", NO_FALSE_ALARM_2)
def test_second_pass_right_figures_are_no_false_alarm(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", KEPT_RIGHT_2)
def test_second_pass_right_figures_stay_right(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG_2)
def test_second_pass_wrong_figures_missed_before_are_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", NO_FALSE_ALARM)
def test_a_rest_after_a_note_part_taken_out_is_no_false_alarm(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", KEPT_RIGHT)
def test_right_figures_of_the_classes_stay_right(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", STILL_WRONG)
def test_wrong_figures_of_the_classes_are_still_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG)
def test_wrong_figures_missed_before_this_round_are_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("name", ["dev-36.tsv", "dev-37.tsv", "dev-38.tsv", "dev-39.tsv", "dev-40.tsv", "dev-41.tsv"])
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
