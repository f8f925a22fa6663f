"""Blind round 16's first run (review 94): the classes its four reviewers named, fixed in
session 47. Each test states, on facts of its own, what a supervisor reading the draft would
notice."""

from __future__ import annotations

import re

from test_report_blind1 import MONTH, _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind11 import _section

QUARTER = dict(MONTH, type="quarterly", period={"start": "2025-07-01", "end": "2025-09-30"},
               role="客服主管", team="客户服务中心APP支持组", team_size=25,
               duties="负责证券APP的开户、交易故障和两融业务咨询")


def test_a_target_written_out_as_a_percentage_in_words_is_judged():
    metrics = [{"name": "服务总量", "value": 186420, "unit": "次", "previous": 112350},
               {"name": "人工接通率", "value": 81.6, "unit": "%", "previous": 90.4,
                "note": '公司年初给的要求是"每个季度人工接通率不低于百分之八十五"，这季度没达到'},
               {"name": "客户满意度", "value": 93.4, "unit": "分", "scale": 100, "target": 92, "previous": 94.1}]
    _, _, md = _draft(QUARTER, metrics=metrics)
    assert "| 人工接通率 | 81.6% | 85% | 未达标 |" in md
    verdict = _section(md, "二")
    assert "两项指标中一项达到目标" in verdict or "没有达到的是人工接通率" in verdict or "人工接通率未达到目标" in verdict


def test_a_workload_under_a_name_the_data_does_not_know_is_stated_in_the_overview():
    metrics = [{"name": "服务总量", "value": 186420, "unit": "次", "previous": 112350},
               {"name": "客户满意度", "value": 93.4, "unit": "分", "scale": 100, "target": 92, "previous": 94.1}]
    _, _, md = _draft(QUARTER, metrics=metrics)
    assert "186,420次" in _section(md, "一")


def test_a_missed_rate_of_things_finished_on_time_is_a_miss_in_the_verdict():
    metrics = [{"name": "派工单量", "value": 9846, "unit": "单", "previous": 7912},
               {"name": "工单按期完结率", "value": 82.4, "unit": "%", "target": 90, "previous": 91.5},
               {"name": "培训覆盖率", "value": 100, "unit": "%", "target": 100, "previous": 100}]
    _, _, md = _draft(MONTH, metrics=metrics)
    assert "| 工单按期完结率 | 82.4% | 90% | 未达标" in md
    assert "工单按期完结率" in _section(md, "二").split("。")[0]


YEAR = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "冯建国",
        "role": "客服班长", "team": "供水服务热线中心一班", "team_size": 12,
        "duties": "带一班12人受理停水、水费和报修来电", "channels": ["供水服务热线"]}


def test_a_year_whose_target_was_raised_in_july_is_judged_half_by_half():
    metrics = [{"name": "来电量", "value": 193660, "unit": "通", "previous": 181240},
               {"name": "人工接通率", "value": 90.7, "unit": "%", "target": 92, "previous": 89.6,
                "note": "目标年中改过：上半年考核目标是90%，7月起公司把目标提到92%。上半年实际92.3%，下半年89.3%，下半年没达标",
                "drivers": ["夏季排班没有增加人手"]}]
    _, _, md = _draft(YEAR, metrics=metrics)
    body = _section(md, "二")
    assert "7月起由90%调为92%" in body
    assert "上半年为92.3%，达到了当时的目标" in body and "下半年为89.3%，没有达到调整后的目标" in body
    # (said with the gap it judges; the cause is the problems section's)
    assert "夏季排班" not in body and "夏季排班" in _section(md, "问题")


def test_a_shortfall_driver_after_its_months_is_no_cause_of_a_faster_response():
    metrics = [{"name": "工单处理量", "value": 48760, "unit": "单", "previous": 41230},
               {"name": "工单首次响应时长", "value": 14, "unit": "分钟", "target": 10, "previous": 18, "better": "lower",
                "drivers": ["5月和9月各有1名晚班骨干离职，补人到岗前空了6周左右"]}]
    _, _, md = _draft(YEAR, metrics=metrics)
    assert "因此工单首次响应时长" not in md
    assert "离职" in md


def test_case_steps_that_name_their_own_doer_or_a_guests_arrival_take_no_extra_subject():
    cases = [{"title": "换表小区的估抄投诉", "kind": "lesson",
              "situation": "11月底几个老小区换智能水表，12月抄表异议投诉集中了19件",
              "actions": ["我们一开始按常规话术解释，没去核实换表情况", "后来营业所统一复核退补"],
              "result": "班里改成凡涉及换表小区一律先查换表记录"},
             {"title": "酒店超售", "kind": "lesson", "situation": "10月3日酒店超售9间",
              "actions": ["当天晚上2位客人到店无房，在大堂等了1个多小时", "组长出面协调安排了隔壁酒店"],
              "result": "赔付1,600元"}]
    _, _, md = _draft(YEAR, metrics=[{"name": "来电量", "value": 193660, "unit": "通", "previous": 181240}],
                      cases=cases)
    assert "我们我们" not in md and "我当天晚上" not in md and "我们当天晚上" not in md
    assert "我们一开始按常规话术解释" in md and "当天晚上2位客人到店无房" in md


def test_open_complaints_noted_with_a_de_are_said_without_a_stray_de():
    complaints = {"total": 186, "previous": 214, "handled": 183, "escalated": 9,
                  "notes": ["3件未结的都是抄表异议，等营业所复核表具"]}
    _, _, md = _draft(YEAR, metrics=[{"name": "来电量", "value": 193660, "unit": "通", "previous": 181240}],
                      complaints=complaints)
    assert re.search(r"3件(?:尚)?未办结，都是抄表异议", md) and "，的都是" not in md


def test_a_problem_whose_cause_is_a_purpose_is_not_told_as_because():
    problems = [{"title": "工单口径变化", "evidence": "7月起重复工单合并计数，下半年工单量与去年同期不可比",
                 "cause": "为了让工单量反映真实问题数，配合运营部调整统计规则"},
                {"title": "SLA没达标", "evidence": "SLA达成率94.2%，目标96%", "cause": "P1工单预警太晚"}]
    _, _, md = _draft(YEAR, metrics=[{"name": "来电量", "value": 193660, "unit": "通", "previous": 181240}],
                      problems=problems)
    assert "因为为了" not in md and "原因在于为了" not in md and "原因是为了" not in md
    assert "为了让工单量反映真实问题数" in md


def test_a_plan_to_bring_a_count_to_none_is_not_a_cap_of_zero():
    plans = [{"action": "跟财务对接退款加急通道", "metric": "超期未到账退款单", "target": 0, "unit": "单",
              "deadline": "2025-10-14"}]
    _, _, md = _draft(YEAR, metrics=[{"name": "来电量", "value": 193660, "unit": "通", "previous": 181240}],
                      plans=plans)
    assert "控制在0单以内" not in md and "降为0单" in md


def test_a_problem_about_a_metrics_own_counts_leaves_no_bare_miss_line():
    metrics = [{"name": "派工单量", "value": 9846, "unit": "单", "previous": 7912},
               {"name": "工单按期完结率", "value": 82.4, "unit": "%", "target": 90, "previous": 91.5,
                "basis": {"on_time": 7119, "total": 8640}}]
    problems = [{"title": "压缩机缺件", "evidence": "7月应完结工单8,640单，超期1,521单，其中1,138单是压缩机缺件",
                 "cause": "压缩机供应商6月底停产检修"}]
    _, _, md = _draft(MONTH, metrics=metrics, problems=problems)
    assert "工单按期完结率也没有达到目标" not in md


def test_evidence_left_with_a_month_and_its_own_subject_takes_no_metric_name_before_it():
    metrics = [{"name": "服务总量", "value": 186420, "unit": "次", "previous": 112350},
               {"name": "人工接通率", "value": 81.6, "unit": "%", "target": 85, "previous": 90.4}]
    problems = [{"title": "高峰期接通率掉下来", "evidence": "人工接通率81.6%，9月单月进线78,960次，占全季42.4%",
                 "cause": "排班按二季度的量排的，外包人员9月中旬才到岗"}]
    _, _, md = _draft(QUARTER, metrics=metrics, problems=problems)
    assert "人工接通率9月单月进线" not in md and "9月单月进线78,960次" in md


def test_a_problem_title_whose_subject_its_evidence_repeats_is_told_once():
    metrics = [{"name": "来电量", "value": 37387, "unit": "通", "previous": 35210},
               {"name": "平均通话时长", "value": 212, "unit": "秒", "previous": 198, "better": "lower"}]
    problems = [{"title": "接通率下降", "evidence": "本月接通率为84.2%，比上月低3.1个百分点", "cause": "人手少了2个"},
                {"title": "平均通话时长变长", "evidence": "平均通话时长比2月多14秒"},
                {"title": "费用解释类投诉偏多", "evidence": "费用解释不清投诉11件，占全部投诉38件的28.9%"}]
    _, _, md = _draft(MONTH, metrics=metrics, problems=problems)
    assert "平均通话时长变长：平均通话时长" not in md and "平均通话时长变长，比2月多14秒" in md
    assert "费用解释不清投诉偏多，共11件" in md   # (a count after the verdict: 共, session 50)
    # (the report's own period is said once, by the lead)
    assert "本月接通率下降" not in md and "本月我们遇到的主要问题是本月" not in md


def test_a_problem_title_that_names_another_state_keeps_its_own_clause():
    problems = [{"title": "退款工单积压", "evidence": "问诊退款工单1284件，环比多322件；月底未处理完的有57件",
                 "cause": "财务退款审核仍是每天两批"}]
    _, _, md = _draft(MONTH, metrics=[{"name": "来电量", "value": 37387, "unit": "通", "previous": 35210}],
                      problems=problems)
    # (the month's 1,284 tickets are not the backlog: 57 were open — review 96)
    assert "积压，为1284件" not in md and "问诊退款工单1284件" in md


def test_a_lesson_whose_steps_are_how_the_mistake_played_out_tells_the_complaint_after_them():
    cases = [{"title": "新人讲错平仓线", "kind": "lesson",
              "situation": "9月一位外包新人把平仓线说成了低于150%就平仓（公司规则是130%）",
              "actions": ["客户据此提前卖出了部分持仓，事后发现说错了来投诉", "两融业务部出面解释，按流程做了补偿评估"],
              "result": "形成1件升级投诉；之后对两融相关话术做了逐条核对"},
             {"title": "没确认到货就答应三天修好", "kind": "lesson", "situation": "缺件刚开始那周，组里有人跟客户说三天内能修",
              "actions": ["实际到货拖到了7到10天"], "result": "这批里有23位客户打回来投诉"}]
    _, _, md = _draft(QUARTER, metrics=[{"name": "服务总量", "value": 186420, "unit": "次", "previous": 112350}],
                      cases=cases)
    assert md.index("客户据此提前卖出") < md.index("形成1件升级投诉")
    assert md.index("实际到货拖到了7到10天") < md.index("23位客户打回来投诉")
    assert "我们实际到货" not in md and "我实际到货" not in md


def test_a_lesson_whose_steps_are_the_authors_remedy_still_tells_the_cost_first():
    cases = [{"title": "尺码表写反", "kind": "lesson", "situation": "一款连衣裙详情页尺码表M、L两行写反",
              "actions": ["发现后当天联系运营改了详情页", "给已下单客户发了尺码提醒短信"],
              "result": "这款因尺码退换386单；之后新款上架前客服要抽检尺码表"}]
    _, _, md = _draft(QUARTER, metrics=[{"name": "服务总量", "value": 186420, "unit": "次", "previous": 112350}],
                      cases=cases)
    assert md.index("退换386单") < md.index("联系运营改了详情页")


def test_a_change_across_a_counting_change_is_said_with_the_caveat_and_the_old_level():
    metrics = [{"name": "服务总量", "value": 186420, "unit": "次", "previous": 112350},
               {"name": "理赔结案率", "value": 91.5, "unit": "%", "target": 92, "previous": 93.8,
                "note": "口径8月1日起调整：客户撤案不再算作结案。如果全季都按老口径，结案率为93.1%，与上季度口径可比"}]
    _, _, md = _draft(QUARTER, metrics=metrics)
    body = _section(md, "二")
    assert "较上季度下降2.3个百分点（8月1日起统计口径有调整，按原口径为93.1%）" in body


def test_a_counting_change_the_note_calls_not_fully_comparable_leaves_the_change_out_and_says_why():
    metrics = [{"name": "工单处理量", "value": 48760, "unit": "单", "target": 45000, "previous": 41230,
                "note": "注意口径变了：7月1日起重复提交的工单合并算1单，所以下半年的数和去年同期不完全可比"},
               {"name": "客户满意度", "value": 4.68, "unit": "分", "scale": 5, "target": 4.6, "previous": 4.61}]
    _, _, md = _draft(YEAR, metrics=metrics)
    # (不完全可比 says the periods cannot be compared: the change is left out and the caveat says
    # why — blind round 20, review 106, where all four reviewers read a change said across a
    # counting change, with the caveat in brackets, as a fall)
    # (…said once, where the opening states the workload — blind round 19, review 104)
    assert "共处理工单48,760单（7月1日起统计口径有调整）" in md and md.count("口径有调整") == 1
    assert "增长18.3%" not in md and "| 41,230单 | 口径不同，不可比 |" in md
