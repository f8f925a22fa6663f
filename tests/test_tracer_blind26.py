"""Blind-24's studied half (tracer round 33), classes of mechanism, each on small facts of its own:

1. the rest of the period after the rows a sentence names or a note's run of days (除系统升级的2天外，其余5天;
   1月和2月以外的其余10个月): its sum and mean per row trace, the whole period's given to it is wrong, and
   其余10个月为93.2% is no rest of a list of parts (it drew CS401 as 100% − 82.0%);
2. a rate a metric's note gives for a part of the period, said with the note's time words (5月至12月派工
   及时率为97.5% drew CS401 against the year's 96.0%), the year's value given to that part is wrong, and a gap
   from the figure a base states (比全年的96.0%高1.5个百分点) is the note's rate less it, not the target's gap;
3. a table column named by a synonym in another measure word (维修工单量 in 单 beside 来电接听量 in 通) is
   a series of its own, never the rows of the metric (11月…12月…环比增长27.3% drew CS401); naming no
   column, a change is of the column in the unit of the counts the sentence states;
4. a completion rate after a target alone (全年回访量目标11000户，完成率为91.7% was accepted as 11000 ÷ 12000)
   is the metric's value over the target, never the other way up;
5. a gap after 比 and what it is measured from: a target (比年度目标少6000通, the change since last year,
   was accepted), or no earlier time (比全市平均快10分钟, the change since last year, was accepted);
6. a share whose whole 占 names as the year's (占全年接听量的18.8%, over January's 8000) is over the year;
7. 日均 is per calendar day, never the months' mean (日均接听来电5000通 = 60000 ÷ 12 was accepted);
8. a rate named by a verb (流失率) is of the count that verb names (流失2人), not another (新招4人, which a
   training line gives: 25.0% was accepted as 4 ÷ 16).

A second pass (dev-43):

9. a part a note gives for a run of days, quoted in the note's words (…中含10月14日至15日升级期间的重复咨询300件
   drew CS401 as no sum of those days' rows);
10. a number of a fact's text given the words the text puts with another number of its unit — the group before
    it (城区平均上门55分钟 where the note says 城区平均32分钟，县域55分钟) or the words after it (其中80单在24小时内
    修复 where the case says 820单在24小时内…，其余80单在48小时内) — is wrong;
11. a note's rate for a part of the year (1月和2月…82.0%) said with its time words after the year's value
    (全年…90.0%，1月和2月只有82.0% drew CS401), and given as the year's (全年20秒接通率82.0%) is wrong, now
    said so (and in blind-24's shape, 全年15秒接通率86.5% quoted from a problem's evidence, it was accepted);
12. a level aimed at (压到40分钟以内) is no gap between a text's number and the target (45 − 5 was accepted), and
    the start of a plan metric's from→to (从55分钟) is the level a fact's text gives it (it drew CS401);
13. a note's part of a month (1月…转入1500通) taken out of that month's row: the row less it traces, the row
    itself is wrong;
14. a text's total given as a daily mean (日均来电3600通 for 4天来电3600通) and a from→to's end given as the
    change (每班增加了10人 for 由每班6人增加到每班10人) are wrong.

A third pass (dev-44):

15. a count a clause gives a run of the rows at a change's end (三季度回落到11200通) is that run's sum, right
    or wrong (it was only warned about);
16. the value less a part its note counts in it, given with no word that takes the part out (全年…58500通),
    is wrong; with the part named by its words (扣除物业转入的来电后) the rest and its attainment trace;
17. a relative change after 与…的54000通相比 is the other figure against that base ((54000 − 60000) ÷ 60000
    = 10.0% was accepted);
18. the count of a rest of the period (系统升级的2天…，其余5天) is the period's days less the count before it
    (5天 drew CS401), and the rest's mean per day traces (288件 drew CS401);
19. a gap after 比 and a base with no time (比平时) between the two figures the sentence states is their
    difference, not one of them against the period's value (82.0 − 90.0 was accepted).

A fourth pass (dev-45):

20. a whole before its part (本月来电17120通中含9月8日至9日…): the rows named after it are the part's (it drew
    CS401 as no sum of those days);
21. a number a fact's text names with a measure word (上门时长62分钟) is said without it too (平均上门62分钟
    drew CS401 as naming no metric);
22. the figure of a rest of the period (其余5天为18秒) is no rest of two counts (it drew CS401), and the period's
    value given there where a note gives the rest its own figure is wrong;
23. a count beyond the bound a rate counts within (超过20秒才接通的) is the rest of the rate's basis: another
    count there is wrong (it was only warned about);
24. 全部 before a bound a text gives to a part only (900单中820单在24小时内修复，其余80单在48小时内) is wrong
    (全部在24小时内 was accepted); the longest bound holds for all.

A right figure draws no CS401, a wrong one does. dev-42 … dev-45 (written by class) are run here too.

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


_CALLS = [8000, 7000, 5000, 4200, 4000, 3800, 3600, 3700, 3900, 4300, 5500, 7000]
_ORDERS = [1400, 1200, 900, 700, 650, 600, 580, 570, 620, 700, 900, 1180]

# A heating hotline's year: a table of calls (通) and repair orders (单), notes with the cold months'
# and the rest's rates, a dispatch rate by a new rule from May, a duration by town and county.
HEAT = facts_from_data({
    "report": {"type": "year-end", "period": {"start": "2026-01-01", "end": "2026-12-31"},
               "role": "供暖热线主管", "level": "lead", "team_size": 16},
    "metrics": [
        {"name": "来电接听量", "value": 60000, "unit": "通", "target": 64000, "previous": 54000,
         "note": "含1月寒潮期间由物业转入的来电1500通"},
        {"name": "20秒接通率", "value": 90.0, "unit": "%", "target": 92.0, "previous": 88.0,
         "basis": {"answered": 54000, "total": 60000},
         "note": "1月和2月寒潮期间为82.0%，其余10个月为93.2%"},
        {"name": "派工及时率", "value": 96.0, "unit": "%", "target": 97.0, "previous": 94.0,
         "basis": {"timely": 9600, "total": 10000},
         "note": "5月起自动派工，5月至12月为97.5%"},
        {"name": "平均上门时长", "value": 40, "unit": "分钟", "target": 45, "previous": 50, "better": "lower",
         "note": "城区平均32分钟，县域55分钟"},
        {"name": "回访量", "value": 12000, "unit": "户", "target": 11000, "previous": 10500},
        {"name": "人员流失率", "value": 12.5, "unit": "%", "target": 15.0, "previous": 18.8, "better": "lower",
         "basis": {"left": 2, "total": 16}},
    ],
    "monthly": {"columns": ["来电量", "维修工单量"], "units": ["通", "单"],
                "rows": {f"2026-{m:02d}": [c, o] for m, c, o in zip(range(1, 13), _CALLS, _ORDERS)}},
    "cases": [{"title": "1月寒潮抢修", "kind": "success", "situation": "1月8日寒潮，4天来电3600通，报修工单900单",
               "actions": ["抢修班组由每班6人增加到每班10人", "停暖报修单独排队，5分钟内派工"],
               "result": "900单中820单在24小时内修复，其余80单在48小时内修复，这80单平均上门时长62分钟"}],
    "problems": [{"title": "县域上门慢", "evidence": "县域平均上门55分钟，到场慢投诉多", "cause": "县域网点少",
                  "metric": "平均上门时长"}],
    "plans": [{"action": "县域增设网点，县域平均上门时长压到45分钟以内", "metric": "县域平均上门时长",
               "target": 45, "unit": "分钟", "deadline": "2027-06-30"}],
    "training": ["全年新招4人，上岗培训后全部独立接线"],
})

# A parcel hotline's week: a table of days and a note naming two days of a system upgrade.
WEEK = facts_from_data({
    "report": {"type": "weekly", "period": {"start": "2026-10-12", "end": "2026-10-18"}, "role": "客服专员"},
    "metrics": [
        {"name": "咨询受理量", "value": 2500, "unit": "件", "target": 2400, "previous": 2300,
         "note": "含10月14日至15日系统升级期间的重复咨询300件"},
        {"name": "平均响应时长", "value": 30, "unit": "秒", "target": 25, "previous": 28, "better": "lower",
         "note": "10月14日至15日升级期间平均60秒，其余5天平均18秒"},
    ],
    "monthly": {"columns": ["咨询受理量"], "units": ["件"],
                "rows": {"2026-10-12": [300], "2026-10-13": [310], "2026-10-14": [520], "2026-10-15": [540],
                         "2026-10-16": [290], "2026-10-17": [280], "2026-10-18": [260]}},
})

# Right figures the tracer reported (CS401) before this round.
NO_FALSE_ALARM = [
    # 1. the rest of the period
    (WEEK, "除系统升级的2天外，其余5天共受理咨询1440件。", "1440件"),
    (WEEK, "除10月14日至15日外，其余5天日均受理288件。", "288件"),
    (HEAT, "1月和2月以外的其余10个月共接听45000通。", "45000通"),
    (HEAT, "1月和2月寒潮期间接通率82.0%，其余10个月为93.2%。", "93.2%"),
    (HEAT, "1月和2月寒潮期间，20秒接通率只有82.0%。", "82.0%"),
    # 2. a note's rate for a part of the year
    (HEAT, "5月起自动派工，5月至12月派工及时率为97.5%，高于97.0%的目标。", "97.5%"),
    (HEAT, "5月至12月派工及时率比全年的96.0%高1.5个百分点。", "1.5个百分点"),
    # 3. a column named by a synonym in another measure word
    (HEAT, "11月接听5500通，12月接听7000通，环比增长27.3%。", "27.3%"),
]

# Right figures of the classes that stay right.
KEPT_RIGHT = [
    (HEAT, "1月和2月寒潮，其余10个月月均接听4500通。", "4500通"),
    (HEAT, "全年回访量目标11000户，完成率为109.1%。", "109.1%"),
    (HEAT, "全年接听量目标64000通，完成率为93.8%。", "93.8%"),
    (HEAT, "全年接听60000通，比年度目标少4000通。", "4000通"),
    (HEAT, "城区平均上门32分钟，比全市平均快8分钟。", "8分钟"),
    (HEAT, "全年平均上门40分钟，比2025年缩短10分钟。", "10分钟"),
    (HEAT, "1月接听8000通，其中物业转入1500通，占全年接听量的2.5%。", "2.5%"),
    (HEAT, "全年日均接听来电164通。", "164通"),
    (HEAT, "全年月均接听来电5000通。", "5000通"),
    (HEAT, "全年新招4人、流失2人，按16人计算流失率为12.5%。", "12.5%"),
    (HEAT, "12月维修工单1180单，环比增长31.1%。", "31.1%"),
]

# Wrong figures missed before this round.
NEWLY_WRONG = [
    # 1. the whole period's given to the rest
    (WEEK, "除系统升级的2天外，其余5天日均受理357件。", "357件"),
    (HEAT, "1月和2月以外，其余10个月月均接听5000通。", "5000通"),
    # 2. the year's value given to the part the note names; the target's gap for the base's
    (HEAT, "5月至12月派工及时率为96.0%。", "96.0%"),
    (HEAT, "5月至12月派工及时率比全年的96.0%高1.0个百分点。", "1.0个百分点"),
    # 3. the other column's change
    (HEAT, "11月接听5500通，12月接听7000通，环比增长31.1%。", "31.1%"),
    # 4. the target over the value
    (HEAT, "全年回访量目标11000户，完成率为91.7%。", "91.7%"),
    # 5. the change since last year given after 比年度目标 / 比全市平均
    (HEAT, "全年接听60000通，比年度目标少6000通。", "6000通"),
    (HEAT, "城区平均上门32分钟，比全市平均快10分钟。", "10分钟"),
    # 6. a month's whole for the year's
    (HEAT, "1月接听8000通，其中物业转入1500通，占全年接听量的18.8%。", "18.8%"),
    # 7. the months' mean as a daily one
    (HEAT, "全年12个月，日均接听来电5000通。", "5000通"),
    # 8. the hires as leavers
    (HEAT, "全年新招4人、流失2人，按16人计算流失率为25.0%。", "25.0%"),
]


def _placed_right(facts, text: str, figure: str) -> bool:
    """No CS401 and no CS405 (the tracer could not place the claim) on `figure`."""
    assert figure in text
    digits = figure[:len(figure) - len(figure.lstrip("0123456789."))]
    return not [f for f in lint_text(text, tracer=build_tracer(facts))
                if f.code in ("CS401", "CS405") and f"“{digits}" in f.message]


# A fourth pass (dev-45; its first class, a whole before its part with the rows named after it, is dev-45's h01).
NO_FALSE_ALARM_4 = [
    # 21. a text's 上门时长62分钟 said 平均上门62分钟
    (HEAT, "这80单平均上门62分钟。", "62分钟"),
    # 22. the figure of a rest of the period, no rest of two counts
    (WEEK, "升级2天响应慢到60秒，其余5天为18秒。", "18秒"),
]

NEWLY_WRONG_4 = [
    # 22. the period's value given to the rest a note gives its own figure
    (WEEK, "升级2天响应慢到60秒，其余5天为30秒。", "30秒"),
    # 23. beyond the bound a rate counts within: the rest of its basis (6000), not another count
    (HEAT, "全年60000通来电中，超过20秒才接通的有6600通。", "6600通"),
    # 24. 全部 before a bound the case gives to 820 of the 900 only
    (HEAT, "寒潮期间900单报修全部在24小时内修复。", "24小时"),
]

KEPT_RIGHT_4 = [
    # 24. the longest bound holds for all
    (HEAT, "寒潮期间900单报修全部在48小时内修复。", "48小时"),
]


@pytest.mark.parametrize("facts,text,figure", KEPT_RIGHT_4)
def test_fourth_pass_right_figures_stay_right(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NO_FALSE_ALARM_4)
def test_fourth_pass_right_figures_are_no_false_alarm(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG_4)
def test_fourth_pass_wrong_figures_missed_before_are_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


# A third pass (dev-44).
NOW_PLACED_3 = [
    # 15. a count a clause gives a run of the rows, at a change's end
    (HEAT, "一季度来电20000通，三季度回落到11200通。", "11200通"),
    # 16. the rest after the part its note counts, the part named by its words, and its attainment
    (HEAT, "扣除物业转入的来电后为58500通，完成年度目标的91.4%。", "58500通"),
    (HEAT, "扣除物业转入的来电后为58500通，完成年度目标的91.4%。", "91.4%"),
]

NO_FALSE_ALARM_3 = [
    # 18. the count of a rest of the period, and its mean
    (WEEK, "系统升级的2天受理1060件，其余5天日均288件。", "5天"),
    (WEEK, "系统升级的2天受理1060件，其余5天日均288件。", "288件"),
]

KEPT_RIGHT_3 = [
    (HEAT, "1月和2月寒潮期间接通率82.0%，其余10个月为93.2%，寒潮期间比平时低11.2个百分点。", "11.2个百分点"),
    (HEAT, "与2025年的54000通相比，全年接听量增长了11.1%。", "11.1%"),
]

NEWLY_WRONG_3 = [
    (HEAT, "一季度来电20000通，二季度回落到12200通。", "12200通"),
    (HEAT, "全年供暖热线接听来电58500通，没有完成目标。", "58500通"),
    # 17. a change after 与…的54000通相比 over the other figure ((54000 − 60000) ÷ 60000 was accepted)
    (HEAT, "全年接听60000通，与2025年的54000通相比增长了10.0%。", "10.0%"),
    # 19. 比平时 between the sentence's two rates, not one of them against the year's (90 − 82 was accepted)
    (HEAT, "1月和2月寒潮期间接通率82.0%，其余10个月为93.2%，寒潮期间比平时低8.0个百分点。", "8.0个百分点"),
]


@pytest.mark.parametrize("facts,text,figure", NO_FALSE_ALARM_3)
def test_third_pass_right_figures_are_no_false_alarm(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NOW_PLACED_3)
def test_third_pass_right_figures_are_placed(facts, text, figure):
    assert _placed_right(facts, text, figure)


@pytest.mark.parametrize("facts,text,figure", KEPT_RIGHT_3)
def test_third_pass_right_figures_stay_right(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG_3)
def test_third_pass_wrong_figures_missed_before_are_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


# A second pass (dev-43).
NO_FALSE_ALARM_2 = [
    # 9. a note's part for a run of days, quoted in the note's words (no sum of the run's rows)
    (WEEK, "咨询受理量2500件中含10月14日至15日升级期间的重复咨询300件。", "300件"),
    # 12. the start of a plan metric's from→to: its level in a fact's text
    (HEAT, "计划把县域平均上门时长从55分钟压到45分钟以内。", "55分钟"),
    # 11. a note's rate for a part of the year, said with its time words
    (HEAT, "全年20秒接通率90.0%，1月和2月只有82.0%。", "82.0%"),
]

KEPT_RIGHT_2 = [
    (HEAT, "城区平均上门32分钟，县域55分钟。", "55分钟"),
    (HEAT, "900单中，其中820单在24小时内修复。", "820单"),
    (HEAT, "1月8日起寒潮，4天来电3600通。", "3600通"),
    (HEAT, "寒潮期间抢修班组每班增加了4人。", "4人"),
    (HEAT, "1月物业转入1500通，扣除这部分后，本热线1月接听6500通。", "6500通"),
    (HEAT, "计划把县域平均上门时长从55分钟压到45分钟以内。", "45分钟"),
]

STILL_WRONG_2 = [
    # 11. a note's rate for a part of the year given as the year's (now said so)
    (HEAT, "全年20秒接通率82.0%，低于目标。", "82.0%"),
]

NEWLY_WRONG_2 = [
    # 10. a number of a text given the words another number of it has
    (HEAT, "城区平均上门55分钟，县域32分钟。", "55分钟"),
    (HEAT, "900单中，其中80单在24小时内修复。", "80单"),
    # 12. a level aimed at, no gap between a text's number and the target (45 − 5分钟 was accepted)
    (HEAT, "计划把县域平均上门时长从55分钟压到40分钟以内。", "40分钟"),
    # 13. a month's row given after its note's part is taken out
    (HEAT, "1月物业转入1500通，扣除这部分后，本热线1月接听8000通。", "8000通"),
    # 14. a text's total as a daily mean; a from→to's end as the change
    (HEAT, "1月8日起寒潮期间日均来电3600通。", "3600通"),
    (HEAT, "寒潮期间抢修班组每班增加了10人。", "10人"),
]


@pytest.mark.parametrize("facts,text,figure", NO_FALSE_ALARM_2)
def test_second_pass_right_figures_are_no_false_alarm(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", KEPT_RIGHT_2)
def test_second_pass_right_figures_stay_right(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", STILL_WRONG_2)
def test_second_pass_wrong_figures_are_still_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG_2)
def test_second_pass_wrong_figures_missed_before_are_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", NO_FALSE_ALARM)
def test_right_figures_reported_before_are_no_false_alarm(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", KEPT_RIGHT)
def test_right_figures_of_the_classes_stay_right(facts, text, figure):
    assert _errors(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG)
def test_wrong_figures_missed_before_this_round_are_reported(facts, text, figure):
    assert _errors(facts, text, figure) != []


@pytest.mark.parametrize("name", ["dev-42.tsv", "dev-43.tsv", "dev-44.tsv", "dev-45.tsv"])
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
