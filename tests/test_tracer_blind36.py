"""Blind-33's other half (tracer round 43: weekly-smartlock-aftersales-agent, project-ivr-navigation-lead) and the
first half's leftovers, classes of mechanism, each on small facts of their own (a pet-supply shop's online service in a
week over a month's end, its table keyed by the date as a person writes it, an agent who worked 5 of its 7 days; a
courier app's online service in its fourth quarter, a note giving two months' rates (or a table by month), complaints by month, a case whose
numbers each belong to a time of their own):

1. a table keyed 10月29日 … 11月4日 is a table of days: a day's cell, a sum of days listed or run (over the month's
   end too) and a day's rate of two columns trace; the rows were read as months (a day's right cell drew CS401);
2. a mean per day worked (每个出勤日) is over the days the facts count worked, not the week's 7 calendar days;
3. 当月 after a sentence naming a month a note gives its own rate for is that month;
4. a number a fact's text gives one time (首周, 11月下旬, 11月1日, 12月) said of another time is wrong;
5. a share whose 占…的 names all the complaints (占全部投诉的) is over the complaints' total;
6. a part's level against the facts' previous by its word (比上周平均慢) is measured from that previous;
7. a gap in points between two named months' rates (a note's) is their difference, the way the clause says;
8. a mean after 其余N天 is the named column's rest over N;
9. 第二天 after a named day is the next row of a table of days;
10. a rest after a whole and several parts is the whole less all of them;
11. a duration after two dates or two clock times the sentence states is the time between them;
12. a bare whole multiple of one (多了一倍) is no half away from its value;
13. a gap in points after a base stating its own rate, with no level before 比, is the named metric's value less it;
14. a share in a sentence opening with 这部分 is the sentence before's one count over the count 占…的 states;
15. a line every month of a run stays above (都在…以上) holds where the lowest month's rate (a row's two counts) is on its
    side, 以上 reaching it;
16. a share right after a count metric's name and 的 (咨询接待量的三成) is the count the sentence states over its value;
17. hours after two clock times and one count of people (10点至16点加派2人) are the count times the hours between;
18. a change said as one (少等了) after the two figures of its kind the sentence states is their difference.

A right figure draws no CS401, a wrong one does. dev-125 … (written by class) are run here too.

Self-contained (no imports from other test modules), so that a copy runs against another checkout:
the package is the one on PYTHONPATH."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import cswriter
from cswriter.facts.model import facts_from_data
from helpers import cs401_on

ROOT = Path(cswriter.__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


# A pet-supply shop's online service, a week over a month's end (Thursday 10月29日 to Wednesday 11月4日).
PET = facts_from_data({
    "report": {"type": "weekly", "period": {"start": "2026-10-29", "end": "2026-11-04"},
               "role": "电商在线客服专员", "level": "agent", "team": "宠物用品旗舰店客服组"},
    "metrics": [
        {"name": "咨询接待量", "value": 1700, "unit": "件", "previous": 1100},
        {"name": "首次响应时长", "value": 30, "unit": "秒", "target": 25, "previous": 28, "better": "lower"},
        {"name": "一次解决率", "value": 85.1, "unit": "%", "target": 86.0, "previous": 84.0,
         "basis": {"resolved": 1446, "total": 1700}},
    ],
    "monthly": {"columns": ["接待量", "解决量"], "units": ["件", "件"],
                "rows": {"10月29日": [180, 162], "10月30日": [200, 176], "10月31日": [260, 221], "11月1日": [500, 380],
                         "11月2日": [240, 216], "11月3日": [170, 153], "11月4日": [150, 138]}},
    "problems": [{"title": "首次响应未达标", "evidence": "本周首次响应30秒，目标25秒；11月1日55秒",
                  "cause": "11月1日促销当天进线集中"}],
    "work": ["本周出勤5天，在线时间9点至21点"],
})
# A courier app's online service, fourth quarter: a note giving two months' rates, complaints by month, a case.
COURIER = facts_from_data({
    "report": {"type": "quarterly", "period": {"start": "2026-10-01", "end": "2026-12-31"},
               "role": "在线客服主管", "level": "lead", "team": "快递App在线客服组", "team_size": 15},
    "metrics": [
        {"name": "在线会话量", "value": 30000, "unit": "件", "previous": 27000},
        {"name": "转人工率", "value": 35.0, "unit": "%", "target": 32.0, "previous": 37.0, "better": "lower",
         "basis": {"transferred": 10500, "total": 30000}, "note": "10月40.0%（4000/10000），12月30.0%（3000/10000）"},
    ],
    "complaints": {"total": 200, "previous": 150, "handled": 190, "escalated": 10,
                   "notes": ["10月50件，11月120件（其中11月11日至17日80件），12月30件"]},
    "cases": [{"title": "大促投诉潮", "kind": "success", "situation": "11月11日大促开始，首周投诉80件，转人工率升到48.0%",
               "actions": ["11月13日起每天更新快捷回复"], "result": "第二周投诉降到22件，11月下旬转人工率回落到33.0%"},
              {"title": "退件回电", "kind": "lesson", "situation": "11月20日一位客户退件被拒，原定3小时内回电",
               "actions": ["主管直接回拨"], "result": "实际50分钟回电；此后退件回电40分钟内完成"}],
})
# The same quarter told by a table of months (sessions and transfers), with no note of the months' rates.
COURIER_ROWS = facts_from_data({
    "report": {"type": "quarterly", "period": {"start": "2026-10-01", "end": "2026-12-31"},
               "role": "在线客服主管", "level": "lead", "team": "快递App在线客服组", "team_size": 15},
    "metrics": [
        {"name": "在线会话量", "value": 30000, "unit": "件", "previous": 27000},
        {"name": "转人工率", "value": 35.0, "unit": "%", "target": 32.0, "previous": 37.0, "better": "lower",
         "basis": {"transferred": 10500, "total": 30000}},
    ],
    "monthly": {"columns": ["会话量", "转人工量"], "units": ["件", "件"],
                "rows": {"2026-10": [10000, 4000], "2026-11": [10000, 3600], "2026-12": [10000, 2900]}},
})

RIGHT = [
    (PET, "10月29日至11月4日全周接待1700件。", "1700件"),
    (PET, "本周接待1700件，按出勤5天算，每出勤日平均接待340件。", "340件"),
    (PET, "11月1日首次响应平均55秒。", "55秒"),
    (COURIER, "首周转人工率一度升到48.0%。", "48.0%"),
    (COURIER, "第二周投诉降到22件。", "22件"),
    (COURIER, "12月投诉只有30件。", "30件"),
    (COURIER, "11月11日至17日投诉80件，占全部投诉的40.0%。", "40.0%"),
    (COURIER, "11月11日至17日投诉80件，占11月投诉的66.7%。", "66.7%"),
    (COURIER, "本季度转人工率比上季度低2.0个百分点。", "2.0个百分点"),
    (COURIER_ROWS, "10月至11月，转人工率每个月都在36.0%以上。", "36.0%"),
    (COURIER_ROWS, "11月至12月转人工率一直在36.0%以下。", "36.0%"),
    (COURIER, "退件客户原定3小时内回电，实际等了50分钟，少等了130分钟。", "130分钟"),
]
NEWLY_RIGHT = [  # drew CS401 before this round
    (PET, "11月1日接待500件，是本周最忙的一天。", "500件"),
    (PET, "10月31日和11月1日两天合计接待760件。", "760件"),
    (PET, "10月30日至11月2日共接待1200件。", "1200件"),
    (PET, "11月2日解决216件，当天一次解决率为90.0%。", "90.0%"),
    (COURIER, "12月是大促后的第一个整月。当月转人工率为30.0%。", "30.0%"),
    (PET, "11月1日首次响应平均55秒，比上周平均慢27秒。", "27秒"),
    (PET, "11月1日首次响应平均55秒。这一天比上周平均慢27秒。", "27秒"),
    (COURIER, "12月转人工率比10月降了10.0个百分点。", "10.0个百分点"),
    (COURIER, "转人工率10月为40.0%。12月比10月低10.0个百分点。", "10.0个百分点"),
    (PET, "11月1日接待500件。次日降到240件，少了52.0%。", "52.0%"),
    (COURIER, "本季度投诉200件，10月50件、11月120件，其余30件在12月。", "30件"),
    (COURIER, "转人工率比2025年四季度38.0%下降3.0个百分点，仍高于32.0%的目标。", "3.0个百分点"),
    (PET, "11月1日解决380件。这部分占当天接待500件的76.0%。", "76.0%"),
    (COURIER_ROWS, "10月至12月，转人工率每个月都在29.0%以上。", "29.0%"),
    (PET, "与促销有关的咨询510件，咨询接待量的三成与此有关。", "三成"),
]
NEWLY_TRACED = [  # only warned before this round (CS405: the tracer could not place them)
    (PET, "本周出勤5天。平均每个出勤日解决289件。", "289件"),
    (COURIER, "快捷回复10月13日上线，11月13日完成第二版，间隔1个月。", "1个月"),
    (PET, "11月1日促销0点开始，客服8点半才上线，晚了8.5小时。", "8.5小时"),
    (PET, "11月1日10点至16点加派2人在线，多出在线时长12小时。", "12小时"),
]
NEWLY_WRONG = [  # accepted before this round
    (PET, "本周每个出勤日平均接待243件。", "243件"),
    (PET, "本周出勤5天。她每个出勤日平均解决207件。", "207件"),
    (COURIER, "12月是大促后的第一个整月。当月转人工率为35.0%。", "35.0%"),
    (PET, "本周首次响应平均55秒，没有达到目标。", "55秒"),
    (COURIER, "首周转人工率为33.0%。", "33.0%"),
    (COURIER, "第二周投诉降到30件。", "30件"),
    (COURIER, "11月11日至17日投诉80件，占全部投诉的66.7%。", "66.7%"),
    (COURIER, "12月投诉30件，占全部投诉的60.0%。", "60.0%"),
    (PET, "本周接待量比上周多了一倍。", "一倍"),
    (PET, "11月1日解决380件。这部分占当天接待500件的85.1%。", "85.1%"),
]
STILL_WRONG = [  # wrong before this round too: each class keeps them wrong
    (PET, "11月1日接待240件。", "240件"),
    (PET, "11月1日首次响应平均55秒，比上周平均慢25秒。", "25秒"),
    (PET, "本周只有11月1日促销，其余6天日均接待171件。", "171件"),
    (PET, "10月31日和11月1日两天合计接待700件。", "700件"),
    (COURIER, "12月转人工率比10月升了10.0个百分点。", "10.0个百分点"),
    (COURIER, "12月转人工率比10月降了12.0个百分点。", "12.0个百分点"),
    (PET, "11月1日接待500件。次日降到240件，少了108.3%。", "108.3%"),
    (COURIER, "本季度投诉200件，10月50件、11月120件，其余40件在12月。", "40件"),
    (COURIER, "转人工率比2025年四季度38.0%上升3.0个百分点。", "3.0个百分点"),
    (COURIER_ROWS, "10月至12月，转人工率每个月都在32.0%以上。", "32.0%"),
    (COURIER_ROWS, "11月至12月转人工率一直在35.0%以下。", "35.0%"),
    (PET, "与促销有关的咨询510件，咨询接待量的四成与此有关。", "四成"),
    (COURIER, "退件客户原定3小时内回电，实际等了50分钟，少等了40分钟。", "40分钟"),
]


@pytest.mark.parametrize("facts,text,figure", RIGHT)
def test_right_figures_of_the_classes_are_no_false_alarm(facts, text, figure):
    assert cs401_on(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NEWLY_RIGHT)
def test_right_figures_reported_before_are_no_false_alarm(facts, text, figure):
    assert cs401_on(facts, text, figure) == []


@pytest.mark.parametrize("facts,text,figure", NEWLY_TRACED)
def test_right_figures_only_warned_before_are_traced(facts, text, figure):
    from cswriter.figures.trace import build_tracer
    from cswriter.lint import lint_text

    digits = figure[:len(figure) - len(figure.lstrip("0123456789."))]
    found = [f.code for f in lint_text(text, tracer=build_tracer(facts))
             if f.code in ("CS401", "CS405") and f"“{digits}" in f.message]
    assert found == []


@pytest.mark.parametrize("facts,text,figure", NEWLY_WRONG)
def test_wrong_figures_missed_before_this_round_are_reported(facts, text, figure):
    assert cs401_on(facts, text, figure) != []


@pytest.mark.parametrize("facts,text,figure", STILL_WRONG)
def test_wrong_figures_reported_before_stay_wrong(facts, text, figure):
    assert cs401_on(facts, text, figure) != []


@pytest.mark.parametrize("name", [f"dev-{i}.tsv" for i in range(125, 139)])
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
