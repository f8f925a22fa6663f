"""Round 9's remaining classes, fixed in session 43 before blind round 10's paired review: each
test states, on facts of its own, what a supervisor reading the draft would notice."""

from __future__ import annotations

import re

from test_report_blind1 import MONTH, _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)

LEAD_MONTH = dict(MONTH, role="客服主管", team_size=30, team="栖云酒店集团 中央预订中心",
                  duties="管理预订员，负责电话和在线预订、订单修改取消")
ANSWER = {"name": "接通率", "value": 89.6, "unit": "%", "target": 92, "previous": 94.3}
FAST_ANSWER = {"name": "20秒接通率", "value": 71.4, "unit": "%", "target": 80, "previous": 82.5}
VOLUME = {"name": "预订热线来电量", "value": 58300, "unit": "通", "previous": 44870}


def _section(md: str, title: str) -> str:
    match = re.search(rf"## [^\n]*{title}[^\n]*\n(.*?)(?=\n## |\Z)", md, re.S)
    return match.group(1) if match else ""


def test_a_title_that_says_two_metrics_missed_in_a_users_words_names_both_in_written_words():
    problems = [{"title": "接通率和20秒接通率都没达标",
                 "evidence": "接通率89.6%，目标92%；20秒接通率71.4%，目标80%，比9月低11.1个百分点",
                 "cause": "国庆来电集中，加上系统宕机当天手工登记拖慢接听", "metric": "接通率"}]
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME, ANSWER, FAST_ANSWER], problems=problems)
    text = _section(md, "问题")
    assert "没达标" not in md
    assert "接通率和20秒接通率" in text and "没有达到目标" in text
    assert "国庆来电集中" in text


def test_a_colloquial_miss_title_is_not_copied_into_the_report():
    metric = {"name": "报修派单及时率", "value": 96.2, "unit": "%", "target": 97, "previous": 95.1}
    problems = [{"title": "报修派单及时率差一点", "evidence": "报修派单及时率96.2%，还差目标0.8个百分点",
                 "cause": "夜间22点后只有2人值班，报修集中时派单排队"}]
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME, metric], problems=problems)
    text = _section(md, "问题")
    assert "差一点" not in md
    assert "夜间22点后只有2人值班" in text


def test_a_miss_without_a_cause_is_said_once_in_written_words():
    metric = {"name": "工单按时办结率", "value": 96.8, "unit": "%", "target": 98, "previous": 97.5}
    problems = [{"title": "工单按时办结率没达标", "evidence": "工单按时办结率96.8%"}]
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME, metric], problems=problems)
    text = _section(md, "问题")
    assert "没达标" not in md
    assert text.count("工单按时办结率") == 1 and "没有达到目标" in text


def test_evidence_that_never_names_its_problem_follows_the_problems_name():
    problems = [{"title": "系统故障没有应急预案", "evidence": "宕机4小时15分，手工登记1186单，补录差错14单",
                 "cause": "中心没有纸质或离线预订模板，也没有与IT约定故障通报时限"}]
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME], problems=problems)
    text = _section(md, "问题")
    assert "系统故障没有应急预案" in text
    assert text.index("系统故障没有应急预案") < text.index("宕机4小时15分")


def test_a_complaints_note_does_not_tell_the_change_again_as_a_difference_after_a_month():
    complaints = {"total": 284, "previous": 131, "handled": 271,
                  "types": [{"name": "电话难打通", "count": 79}, {"name": "超售到店无房", "count": 41}],
                  "notes": ["投诉比9月多153件；系统故障和超售两件事合计93件，占32.7%"]}
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME], complaints=complaints)
    text = _section(md, "投诉")
    assert "116.8%" in text            # the change, told once with its base
    assert "153件" not in text
    assert "合计93件，占32.7%" in text    # the rest of the note stays


HALF_LEAD = {"type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"}, "author": "罗建",
             "role": "客服班长", "team": "售后服务一班", "team_size": 15, "duties": "带15名售后客服处理装修业主的售后问题",
             "channels": ["客服热线"]}


def test_a_half_years_counts_off_the_years_pace_are_in_the_verdict_and_a_cap_is_used_not_progressed():
    metrics = [{"name": "保修上门完成量", "value": 2146, "unit": "件", "annual_target": 4800, "previous": 1872},
               {"name": "工期延误投诉量", "value": 318, "unit": "件", "annual_target": 560, "previous": 402,
                "better": "lower"},
               {"name": "客户满意度", "value": 91.6, "unit": "分", "scale": 100, "annual_target": 92, "previous": 89.9}]
    _, _, md = _draft(HALF_LEAD, metrics=metrics)
    results = _section(md, "核心指标")
    verdict = results.split("。")[0]
    assert "保修上门完成量只完成全年目标的44.7%，慢于时间进度" in verdict
    assert "工期延误投诉量已用去全年上限的56.8%，快于时间进度" in verdict
    prose = "\n".join(x for x in results.splitlines() if not x.startswith("|"))
    assert prose.count("44.7%") == 1
    assert "| 工期延误投诉量 | 318件 | 560件 | 已用56.8% |" in results


def test_a_workloads_forecast_is_no_target_it_met():
    volume = {"name": "进线量", "value": 168420, "unit": "通", "target": 150000, "previous": 141300,
              "note": "目标是季初的进线预测，实际超出预测12.3%",
              "drivers": ["国庆黄金周10月1-7日进线34300通"]}
    quarter = dict(LEAD_MONTH, type="quarterly", period={"start": "2025-10-01", "end": "2025-12-31"})
    _, _, md = _draft(quarter, metrics=[volume, dict(ANSWER, previous=90.1)])
    results = _section(md, "核心指标")
    assert "达标" not in results.split("|")[0] and "112.3%" not in md
    assert "进线量比预测多12.3%" in results
    assert "| 进线量 | 168,420通 | 150,000通 | — |" in results


def test_an_action_that_tells_another_partys_step_after_its_day_takes_no_author_before_it():
    cases = [{"title": "承诺了放行时间", "kind": "lesson",
              "situation": "11月17日扣货当天，清关组说明天应该能放，我跟4位客户说了明天放行",
              "actions": ["第二天没放行，4位客户都再次来电"], "result": "4位客户重复来电共9通"},
             {"title": "固件问题", "kind": "lesson", "situation": "9月3日固件推送后门锁掉线，我让用户恢复出厂设置",
              "actions": ["9月5日研发确认是固件问题，我给17位用户逐个留言说明"], "result": "6位用户给了差评"}]
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME], cases=cases)
    assert not re.search("我们?第二天", md) and "第二天没放行" in md
    assert not re.search("我们?9月5日研发", md) and "9月5日研发确认是固件问题" in md


def test_a_miss_title_by_a_short_name_is_its_metrics_miss():
    handling = {"name": "平均通话时长", "value": 246, "unit": "秒", "target": 210, "previous": 198,
                "drivers": ["基数调整要给来电人讲上下限和扣款时间，一通下来普遍4分钟以上"]}
    problems = [{"title": "通话时长超目标", "evidence": "平均246秒，目标210秒"}]
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME, handling], problems=problems)
    text = _section(md, "问题")
    assert "平均246秒" not in md
    assert "平均通话时长" in text and "没有达到目标" in text and "4分钟以上" in text


def test_evidence_that_counts_the_rates_own_cases_is_not_followed_by_the_miss_as_its_effect():
    turnover = {"name": "离职率", "value": 17.5, "unit": "%", "target": 12, "previous": 15.0,
                "basis": {"left": 7, "total": 40}}
    problems = [{"title": "骨干流失", "evidence": "全年离职7人，其中4人有3年以上经验",
                 "cause": "同城新开呼叫中心薪酬高，加上夜班负担", "metric": "离职率"}]
    year = dict(LEAD_MONTH, type="year-end", period={"start": "2025-01-01", "end": "2025-12-31"})
    _, _, md = _draft(year, metrics=[VOLUME, turnover], problems=problems)
    text = _section(md, "问题")
    assert "全年离职7人" in text and "同城新开呼叫中心" in text
    assert "离职率因此" not in text and "让离职率" not in text and "结果离职率" not in text


def test_one_improved_metric_is_no_verdict_that_all_improved():
    agent = dict(MONTH, role="客服专员", team_size=None, team="易泊通", duties="处理停车缴费工单")
    metrics = [{"name": "工单量", "value": 1236, "unit": "件", "previous": 1108},
               {"name": "平均处理时长", "value": 4.5, "unit": "分钟", "previous": 5.2}]
    _, _, md = _draft(agent, metrics=metrics)
    # (told from where it was when the month has room for one move: blind round 23's first run)
    assert "均向好" not in md and "平均处理时长从5.2分钟缩短到4.5分钟" in md


def test_plans_for_people_for_a_thing_to_grow_and_for_an_exam_read_as_the_authors_steps():
    turnover = {"name": "离职率", "value": 17.5, "unit": "%", "target": 12, "previous": 15.0}
    answered = {"name": "人工接通率", "value": 93.1, "unit": "%", "target": 93, "previous": 92.4}
    plans = [{"action": "资深坐席设立技能津贴，夜班维持自愿报名制", "metric": "离职率", "target": 12, "unit": "%",
              "deadline": "2026-12-31"},
             {"action": "知识库扩到350条", "deadline": "2027-03-31"},
             {"action": "考完设备中级技能认证", "deadline": "2026-06-30"},
             {"action": "继续按半小时预测排班", "metric": "人工接通率", "target": 93, "unit": "%",
              "deadline": "2026-12-31"}]
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME, turnover, answered], plans=plans)
    text = _section(md, "计划")
    assert "为资深坐席设立技能津贴" in text and "安排资深坐席" not in text
    assert "把知识库扩到350条" in text and "安排知识库" not in text
    assert "考完设备中级技能认证" in text and "推动考完" not in text and "安排考完" not in text
    assert "人工接通率保持在93%以上" in text and "达到93%" not in text


def test_a_clause_the_next_leans_on_stays_with_it_and_a_bare_mean_names_its_metric():
    answered = {"name": "接通率", "value": 93.1, "unit": "%", "target": 93, "previous": 91.4}
    intake = {"name": "平均介入时长", "value": 5.6, "unit": "小时", "target": 4, "previous": 4.1}
    cases = [{"title": "系统切换", "kind": "lesson", "situation": "3月新核心系统切换，保全业务积压",
              "actions": ["抽调8人专办积压件"], "result": "3月28日积压清零，但3月接通率跌到87.3%"}]
    problems = [{"title": "系统切换前没有做来电预估", "evidence": "3月接通率87.3%，是全年唯一低于90%的月份",
                 "cause": "系统切换的通知只发到运营部"},
                {"title": "介入时长变长", "evidence": "平均5.6小时，9月4.1小时"}]
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME, answered, intake], cases=cases, problems=problems)
    text = _section(md, "问题")
    assert "：是全年" not in text and "3月接通率87.3%，是全年唯一低于90%的月份" in text
    # (…named once, with the title's verdict: 平均介入时长变长，为5.6小时 — blind round 16)
    assert "平均介入时长变长，为5.6小时" in text and "介入时长变长：" not in text


def test_a_miss_whose_problem_tells_its_cause_is_not_given_the_cause_in_the_results_too():
    handling = {"name": "平均通话时长", "value": 246, "unit": "秒", "target": 210, "previous": 198,
                "drivers": ["基数调整要给来电人讲上下限和扣款时间，一通下来普遍4分钟以上"]}
    problems = [{"title": "通话时长超目标", "evidence": "平均246秒，目标210秒"}]
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME, handling], problems=problems)
    assert md.count("一通下来普遍4分钟以上") == 1 and "一通下来普遍4分钟以上" in _section(md, "问题")


def test_a_short_topic_title_introduces_its_evidence_and_a_title_finds_its_metric_by_shared_words():
    chats = {"name": "在线会话量", "value": 418, "unit": "次", "previous": 376}
    first = {"name": "首次响应时长", "value": 38, "unit": "秒", "target": 30, "previous": 31}
    problems = [{"title": "人员流动", "evidence": "上半年离职2人、新进3人，新人前一个月结单时长平均9.5天",
                 "cause": "新人不熟悉施工工序"},
                {"title": "在线首次响应变慢", "evidence": "平均38秒"}]
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME, chats, first], problems=problems)
    text = _section(md, "问题")
    assert "人员流动方面，上半年离职2人" in text and "人员流动：" not in text
    assert "首次响应时长平均38秒" in text and "在线会话量" not in text


def test_why_the_open_complaints_are_open_is_told_with_them_once():
    complaints = {"total": 1263, "previous": 1318, "handled": 1237,
                  "types": [{"name": "增项费用争议", "count": 742}, {"name": "工期延误", "count": 318}],
                  "notes": ["未办结26件，多数是卫生间渗漏要等闭水试验"]}
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME], complaints=complaints)
    text = _section(md, "投诉")
    # (in any of the report's phrasings of the open ones, written.yaml `complaints_said`)
    assert re.search(r"26件(?:尚)?未办结，多数是卫生间渗漏要等闭水试验", text) and text.count("26件") == 1


def test_a_spoken_aim_plan_is_told_as_its_aim():
    plans = [{"action": "一次解决率提上来", "metric": "一次解决率", "target": 93, "unit": "%", "deadline": "2026-03-31"}]
    resolved = {"name": "一次解决率", "value": 90.2, "unit": "%", "target": 93, "previous": 91.0}
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME, resolved], plans=plans)
    text = _section(md, "计划")
    assert "提上来" not in text and "把一次解决率提升至93%" in text


def test_a_miss_title_with_an_adverb_before_the_miss_is_its_metrics_miss():
    resolved = {"name": "骑手问题一次解决率", "value": 84.7, "unit": "%", "target": 85, "previous": 83.9}
    problems = [{"title": "一次解决率差一点没到目标", "evidence": "骑手问题一次解决率84.7%"}]
    _, _, md = _draft(LEAD_MONTH, metrics=[VOLUME, resolved], problems=problems)
    text = _section(md, "问题")
    assert "差一点" not in md and "没到目标" not in md and "没有达到目标" in text
