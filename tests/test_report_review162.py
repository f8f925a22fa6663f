"""Review 162 (blind round 38, last batch): what its two readers still read wrong, fixed in
session 61. Each test states, on facts of its own, what a supervisor reading the draft would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from helpers import cs401_on

MONTH = {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}, "author": "孟远",
         "role": "客服班长", "team_size": 9, "team": "燃气热线一班", "duties": "带9名坐席接听燃气服务热线",
         "channels": ["燃气服务热线"]}
ANSWERED = {"name": "接通率", "value": 93.1, "unit": "%", "target": 95, "previous": 91.8}


def _prose(md: str) -> str:
    return "\n".join(line for line in md.splitlines() if not line.startswith("|"))


def test_a_step_that_opens_on_how_often_it_is_taken_has_the_author_before_it():
    # (…每天两次核对各供热站的停供名单，我们更新到热线知识库: the author before the second verb)
    work = ["11月5日—9日开栓前一周，每天两次核对各营业所的停气名单，更新到热线知识库"]
    _, _, md = _draft(MONTH, metrics=[ANSWERED], work=work)
    assert "开栓前一周，我们每天两次核对各营业所的停气名单，更新到热线知识库" in md
    assert "我们更新到" not in md


def test_a_topic_before_the_period_and_its_count_takes_no_subject_before_the_topic():
    # (我们扣费争议工单全年转清分结算科2317单 read as a fragment)
    year = {**MONTH, "type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}}
    work = ["表具故障工单全年转维修站1846单，平均2.6天上门"]
    _, _, md = _draft(year, metrics=[ANSWERED], work=work)
    assert "表具故障工单全年转维修站1846单" in md
    assert "我们表具故障工单" not in md


def test_both_peaks_of_a_workload_note_are_told_not_only_the_first():
    # (春节…是全年日均的2.8倍；国庆中秋…是全年日均的2.5倍: the October peak of the table went untold)
    year = {**MONTH, "type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}}
    calls = {"name": "来电量", "value": 164250, "unit": "通", "previous": 150300,
             "note": "开栓季11月1日—15日来电9870通，日均658通，是全年日均450通的1.5倍；"
                     "寒潮3天（12月14日—16日）来电2610通，日均870通，是全年日均的1.9倍。"}
    facts, _, md = _draft(year, metrics=[calls, ANSWERED])
    prose = _prose(md)
    assert "是全年日均450通的1.5倍；寒潮3天（12月14日—16日）来电2610通" in prose
    assert not cs401_on(facts, md, "2610通") and not cs401_on(facts, md, "1.9倍")


def test_a_lesson_the_case_result_already_calls_a_lesson_is_not_announced_as_one_again():
    # (…；教训是外部机构群发短信前我们没有参与审核话术。这次的教训是，外部单位发给用户的信息…)
    case = {"title": "停气通知被当成诈骗短信", "kind": "lesson",
            "situation": "9月物业公司群发停气通知，短信里带缴费链接，不少用户以为是诈骗",
            "actions": ["当天在IVR加播提示语", "请物业补发不带链接的说明"],
            "result": "两天内相关来电640通；教训是物业群发前我们没有看过短信内容"}
    _, _, md = _draft(MONTH, metrics=[ANSWERED], cases=[case],
                      reflections=["物业群发给用户的通知，我们要提前参与把关", "开栓季前一周就要加排夜班"])
    prose = _prose(md)
    assert "教训是物业群发前我们没有看过短信内容。所以，物业群发给用户的通知，我们要提前参与把关" in prose
    assert prose.count("教训") == 1


def test_a_half_years_shortfall_and_later_action_are_a_sentence_of_their_own_after_the_gain():
    # (一次解决率较去年同期提升2.3个百分点，3月…只有78.2%，4月起每周更新一次判责答疑库: one run of notes;
    # 4月起…，因此一次解决率从80.1%提升到82.4% credited an April action with the change on last year's half)
    half = {**MONTH, "type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"}}
    solved = {"name": "一次解决率", "value": 84.6, "unit": "%", "annual_target": 88, "previous": 82.1,
              "drivers": ["2月新资费上线初期解释口径不统一，2月一次解决率只有79.4%", "3月起每周更新一次资费答疑库"]}
    facts, _, md = _draft(half, metrics=[solved, {**ANSWERED, "annual_target": 95, "target": None}])
    prose = _prose(md)
    assert "因此" not in prose
    assert "。2月新资费上线初期解释口径不统一，2月一次解决率只有79.4%；3月起每周更新一次资费答疑库" in prose
    assert not cs401_on(facts, md, "79.4%")


def test_a_shortfall_of_one_month_told_alone_names_the_metric_it_measures():
    half = {**MONTH, "type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"}}
    answered = {"name": "电话接通率", "value": 92.4, "unit": "%", "annual_target": 95, "previous": 90.6,
                "drivers": ["早高峰加开2个坐席", "2月只有86.1%，其余月份都在92%以上"]}
    rows = {f"2026-{k:02d}": [v] for k, v in enumerate([90.8, 86.1, 92.6, 93.4, 94.1, 94.0], start=1)}
    facts, _, md = _draft(half, metrics=[answered], monthly={"columns": ["电话接通率"], "units": ["%"], "rows": rows})
    assert "。2月电话接通率只有86.1%" in md
    assert not cs401_on(facts, md, "86.1%")
