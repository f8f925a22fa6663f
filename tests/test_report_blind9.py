"""Blind round 9's classes (first run, review 60): each test states, on facts of its own, what
a supervisor — or the figure check a user runs on the draft — would notice."""

from __future__ import annotations

import re

from test_report_blind1 import MONTH, YEAR, _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)

from cswriter.check import check_facts
from cswriter.facts.model import facts_from_data

AGENT_MONTH = dict(MONTH, role="客服专员", team_size=None, team="客户服务部 热线二组",
                   duties="受理年费咨询、账单分期和挂失")
LEAD_QUARTER = dict(MONTH, type="quarterly", period={"start": "2026-07-01", "end": "2026-09-30"},
                    role="客服班长", team_size=12, duties="带领退改签热线班组受理退票和改签")
HALF = dict(MONTH, type="half-year", period={"start": "2026-01-01", "end": "2026-06-30"}, role="客服主管",
            team_size=25, duties="管理400客服中心，受理报修、缴费和投诉")
SATISFACTION = {"name": "客户满意度", "value": 86.5, "unit": "分", "scale": 100, "target": 88, "previous": 89.2}
VOLUME = {"name": "来电受理量", "value": 31260, "unit": "通", "target": 27000, "previous": 23350}


def _section(md: str, title: str) -> str:
    match = re.search(rf"## [^\n]*{title}[^\n]*\n(.*?)(?=\n## |\Z)", md, re.S)
    return match.group(1) if match else ""


def test_a_work_item_that_tells_an_event_or_a_state_takes_no_author_before_it():
    work = ["10月12日23:00至13日9:00计费系统割接，停机10小时，这期间只能查询不能办理，按应急口径登记需求",
            "10月是账单集中出账月，账单相关来电比9月多412通",
            "客户来电投诉时先复述问题再给方案，不打断客户"]
    _, _, md = _draft(AGENT_MONTH, metrics=[VOLUME], work=work)
    text = _section(md, "工作内容")
    assert "我10月12日" not in text and "10月12日23:00至13日9:00计费系统割接" in text
    assert "我按应急口径登记需求" in text              # the author's own step within the event
    assert "我10月是" not in text and "10月是账单集中出账月" in text
    assert "客户来电投诉时，我先复述问题" in text and "我客户来电" not in text


def test_a_slogan_plan_naming_a_missed_metric_is_aimed_at_its_target():
    plans = [{"action": "推动系统支持一键改签", "metric": "平均处理时长", "target": 6, "unit": "分钟",
              "baseline": 7.4, "deadline": "2026-12-31"},
             {"action": "抓一下满意度"}]
    facts, _, md = _draft(LEAD_QUARTER, metrics=[VOLUME, SATISFACTION,
                                                 {"name": "平均处理时长", "value": 7.4, "unit": "分钟", "target": 6,
                                                  "previous": 5.8, "better": "lower"}], plans=plans)
    text = _section(md, "计划")
    assert "抓一下满意度" not in text and "安排" not in text
    assert "把客户满意度提升至88分" in text
    # …its date is still the author's to give
    assert any(f.code == "CK209" and "抓一下满意度" in f.message for f in check_facts(facts).findings)


def test_a_slogan_plan_naming_nothing_measured_is_left_out_and_asked():
    plans = [{"action": "整理分期手续费答复口径", "deadline": "2026-11-30"}, {"action": "继续提升专业能力"}]
    facts, _, md = _draft(AGENT_MONTH, metrics=[VOLUME], plans=plans)
    assert "专业能力" not in md
    assert "整理分期手续费答复口径" in _section(md, "计划")
    found = [f for f in check_facts(facts).findings if f.code == "CK219"]
    assert len(found) == 1 and "继续提升专业能力" in found[0].message
    # a plan with a step is no slogan, however short (跟进备件到货)
    plain = facts_from_data({"report": AGENT_MONTH, "metrics": [VOLUME], "plans": [{"action": "跟进备件到货"}]})
    assert not [f for f in check_facts(plain).findings if f.code == "CK219"]


def test_a_plan_that_only_names_its_metric_is_told_as_the_aim():
    metrics = [{"name": "工单闭环率", "value": 93.7, "unit": "%", "previous": 92.5, "annual_target": 95}]
    _, _, md = _draft(HALF, metrics=metrics, plans=[{"action": "工单闭环率", "metric": "工单闭环率", "target": 95,
                                                      "unit": "%"}])
    text = _section(md, "计划")
    assert "安排工单闭环率" not in text and "把工单闭环率提升至95%" in text


def test_a_lesson_told_before_and_after_its_fix_keeps_the_bad_level_before_the_fix():
    case = {"title": "会员专线被咨询来电挤占", "kind": "lesson",
            "situation": "会员专线和咨询热线共用一个排队队列，大促时会员电话排不进来",
            "actions": ["11日晚临时指定3人只接会员来电"],
            "result": "11日会员来电平均等待214秒，有4位会员转打12315；专人接听后12日降到61秒"}
    _, _, md = _draft(MONTH, metrics=[VOLUME], cases=[case])
    text = _section(md, "案例")
    assert text.index("214秒") < text.index("指定3人"), text
    assert "结果11日" not in text


def test_a_lesson_result_that_tells_the_mistake_itself_comes_before_the_remedy():
    case = {"title": "停电抢修按普通工单登记", "kind": "lesson",
            "situation": "5月一位居民来电说“整栋楼都没电了”，坐席按单户故障登记",
            "actions": ["班组复盘后整理了批量停电关键词8个，命中即按抢修处理"],
            "result": "这次从来电到抢修派单用了47分钟，楼内有2户老人断氧；6月起批量停电改为一键转抢修"}
    _, _, md = _draft(YEAR, metrics=[VOLUME], cases=[case])
    text = _section(md, "案例")
    assert text.index("47分钟") < text.index("关键词8个"), text
    assert "结果这次" not in text


def test_the_rest_of_a_yearly_cap_is_no_level_to_bring_the_count_down_to():
    metrics = [{"name": "有效投诉量", "value": 151, "unit": "件", "previous": 128, "annual_target": 240,
                "better": "lower"}]
    plans = [{"action": "下半年控制有效投诉，全年不超过240件，即下半年不超过89件", "metric": "有效投诉量",
              "target": 89, "unit": "件", "deadline": "2026-12-31"}]
    _, _, md = _draft(HALF, metrics=metrics, plans=plans)
    text = _section(md, "计划")
    assert "降至89件" not in text and "安排下半年" not in text
    assert re.search(r"^下半年，我们(会|打算|准备)控制有效投诉，全年不超过240件，即下半年不超过89件。", text, re.M), text


def test_a_rate_adding_up_over_the_year_says_how_much_of_its_cap_is_used():
    metrics = [VOLUME, {"name": "离职率", "value": 8, "unit": "%", "previous": 12, "annual_target": 10,
                        "better": "lower", "basis": {"left": 2, "total": 25}}]
    _, _, md = _draft(HALF, metrics=metrics)
    assert "相当于全年目标" not in md
    assert "离职率为8%（25人中走了2人），全年目标是不超过10%，已用去80%" in md


# (a fall told in the evidence of a second metric keeps that metric as its subject — 20秒接通率
# 比9月低11.1个百分点, not 接通率…: test_report_blind1's clean hand-in test on round 9's hotel
# month, where the figure check reports the misattribution, holds it)


def test_a_plan_naming_its_emphasis_and_a_plan_aimed_at_the_years_target_read_as_the_authors():
    metrics = [VOLUME, {"name": "一次解决率", "value": 87.3, "unit": "%", "target": 88, "previous": 86.1},
               {"name": "投诉量", "value": 612, "unit": "件", "target": 500, "previous": 488, "better": "lower"}]
    plans = [{"action": "投诉量控制在年度目标以内", "metric": "投诉量", "target": 480, "unit": "件",
              "deadline": "2027-12-31"},
             {"action": "一次解决率提升，重点是使用指导类问题的知识库补充", "metric": "一次解决率", "target": 89,
              "unit": "%", "deadline": "2027-12-31"},
             {"action": "组建8人跨组应急小组，高峰时在线坐席可切换接听热线", "deadline": "2027-03-31"}]
    _, _, md = _draft(dict(YEAR, role="客服主管", team_size=18), metrics=metrics, plans=plans)
    text = _section(md, "计划")
    assert "安排" not in text, text
    assert "把重点放在使用指导类问题的知识库补充上" in text
    assert "把投诉量降至480件" in text and "控制在年度目标以内" not in text
    assert "组建8人跨组应急小组" in text


SPARSE_WEEK = {"type": "weekly", "period": {"start": "2026-11-23", "end": "2026-11-29"}, "author": "小焦",
               "role": "售后客服", "team": "售后服务台", "channels": ["门店服务台", "电话"], "duties": "接待送修，查进度"}


def test_two_short_duties_are_one_list_in_the_opener():
    _, _, md = _draft(SPARSE_WEEK, metrics=[{"name": "接待量", "value": 186, "unit": "单", "previous": 171}])
    assert "接待送修、查进度" in md and "接待送修，查进度" not in md


def test_a_problem_without_evidence_opens_the_plan_that_answers_it():
    facts, _, md = _draft(SPARSE_WEEK, metrics=[{"name": "接待量", "value": 186, "unit": "单", "previous": 171}],
                          problems=[{"title": "备件老缺货"}], plans=[{"action": "跟进备件到货"}])
    text = _section(md, "计划")
    assert re.search(r"备件老缺货，下周我(会|打算|准备)跟进备件到货", text), text
    # …and its evidence is still asked for
    assert any(f.code == "CK205" for f in check_facts(facts).findings)


def test_a_complaints_note_does_not_restate_the_change_the_paragraph_gives():
    complaints = {"total": 19, "previous": 27, "handled": 19,
                  "types": [{"name": "退费进度慢", "count": 8}, {"name": "宣传不符", "count": 5},
                            {"name": "回复慢", "count": 6}],
                  "notes": ["比去年少8件，下降29.6%；促销口径问题带来的投诉6件", "投诉量是去年的0.7倍"]}
    _, _, md = _draft(YEAR, metrics=[VOLUME], complaints=complaints)
    text = _section(md, "投诉")
    assert text.count("29.6%") == 1, text
    assert "少8件" not in text and "0.7倍" not in text
    assert "促销口径问题带来的投诉6件" in text      # what the note adds stays


def test_an_event_of_the_period_by_its_date_opens_the_verdict():
    metrics = [{"name": "来电接待量", "value": 8460, "unit": "通", "previous": 5920,
                "drivers": ["7月15日至17日连续暴雨，催单和取消来电集中"]},
               {"name": "接通率", "value": 85.7, "unit": "%", "target": 90, "previous": 93.4,
                "drivers": ["暴雨三天高峰时段进线量是平时的2倍多"]}]
    week = dict(MONTH, type="weekly", period={"start": "2026-07-13", "end": "2026-07-19"})
    _, _, md = _draft(week, metrics=metrics)
    text = _section(md, "数据") or _section(md, "成果")
    results = next(p for p in text.split("\n") if p.startswith("本周"))
    # the verdict first, opened by the event; the workload's figures after it (review 63)
    assert results.startswith("本周受7月15日至17日连续暴雨影响，接通率未达到目标"), text
    assert results.split("。")[1].startswith("来电接待量为8460通，较上周增长42.9%，主要是因为催单和取消来电集中")


def test_an_event_the_facts_do_not_give_as_a_misses_cause_stays_the_workloads():
    metrics = [{"name": "来电量", "value": 58260, "unit": "件", "previous": 47560,
                "drivers": ["8月1日起提前结清免违约金新规，提前结清咨询集中在8月"]},
               {"name": "一次解决率", "value": 84.2, "unit": "%", "target": 85, "previous": 83.6,
                "drivers": ["征信异议要二次核查，坐席无法当场答复"]}]
    quarter = dict(MONTH, type="quarterly", period={"start": "2026-07-01", "end": "2026-09-30"})
    _, _, md = _draft(quarter, metrics=metrics)
    text = _section(md, "成果") or _section(md, "数据")
    assert "受8月1日" not in text, text     # no miss blamed on an event the facts do not tie to it
    assert "主要是因为8月1日起提前结清免违约金新规" in text
