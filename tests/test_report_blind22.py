"""Blind round 22 (reviews 112–114): what a supervisor reading the draft called figures told
twice, plans below the level reached and pasted fragments with the wrong doer, fixed in
session 51. Each test states, on facts of its own, what a supervisor reading the draft would
notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind11 import _section

YEAR = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "唐一鸣",
        "role": "游戏客服专员", "team": "玩家服务组", "duties": "处理玩家充值未到账和封号申诉工单",
        "channels": ["游戏内客服入口"]}
TICKETS = {"name": "工单处理量", "value": 21640, "unit": "件", "target": 20000, "previous": 18930}
APPEALS = {"name": "封号申诉平均处理时长", "value": 30.5, "unit": "小时", "target": 24, "previous": 41.0,
           "better": "lower"}


def test_a_miss_titled_in_the_users_words_is_not_told_again_with_its_table_figures():
    # 封号申诉处理时间没达标 names no metric; the facts say which: the results state 30.5小时 and
    # its change, the problem gives the cause without reading them out a second time
    problems = [{"title": "封号申诉处理时间没达标", "metric": "封号申诉平均处理时长",
                 "evidence": "全年平均30.5小时，目标24小时，比去年41.0小时缩短了25.6%但仍超目标",
                 "cause": "安全组每天只排两个复核时段，晚上提交的申诉要等到第二天"}]
    _, _, md = _draft(YEAR, metrics=[TICKETS, APPEALS], problems=problems)
    body = _section(md, "问题")
    assert "30.5" not in body and "25.6%" not in body and "41" not in body
    assert "封号申诉平均处理时长没有达到目标" in body and "安全组每天只排两个复核时段" in body
    assert "30.5小时" in _section(md, "指标")


def test_evidence_beyond_the_table_is_still_told_under_a_title_in_the_users_words():
    problems = [{"title": "封号申诉处理时间没达标", "metric": "封号申诉平均处理时长",
                 "evidence": "晚上10点后提交的申诉平均要等14小时才进复核",
                 "cause": "安全组每天只排两个复核时段"}]
    _, _, md = _draft(YEAR, metrics=[TICKETS, APPEALS], problems=problems)
    assert "平均要等14小时" in _section(md, "问题")


def test_a_gap_kept_in_a_problem_keeps_the_level_it_is_the_gap_of():
    # 20秒接通率: the 20 of its name is no figure of the table's
    quarter = dict(YEAR, type="quarterly", period={"start": "2026-04-01", "end": "2026-06-30"},
                   role="客服主管", team_size=40)
    answered = {"name": "20秒接通率", "value": 71.3, "unit": "%", "target": 85, "previous": 86.8}
    calls = {"name": "热线来电量", "value": 96480, "unit": "通", "previous": 58730}
    rate = {"name": "一次解决率", "value": 74.2, "unit": "%", "target": 80, "previous": 94.7}
    problems = [{"title": "接通率大幅低于目标", "metric": "20秒接通率",
                 "evidence": "20秒接通率71.3%，目标85%，差13.7个百分点；5月只有62.4%",
                 "cause": "突发来电量没有应急人力"}]
    _, _, md = _draft(quarter, metrics=[calls, answered, rate], problems=problems)
    body = _section(md, "问题")
    assert "20秒接通率71.3%，差目标13.7个百分点" in body
    assert "是差目标" not in body and "\n差目标" not in body


def test_a_plan_that_keeps_a_workload_target_already_passed_says_it_is_kept():
    plans = [{"action": "工单量完成目标", "metric": "工单处理量", "target": 20000, "unit": "件",
              "deadline": "2026-12-31"}]
    _, _, md = _draft(YEAR, metrics=[TICKETS, APPEALS], plans=plans)
    body = _section(md, "计划")
    assert "工单处理量保持在20,000件以上" in body and "达到20,000件" not in body


def test_a_workload_plan_above_the_level_reached_is_still_a_level_to_reach():
    plans = [{"action": "工单量完成目标", "metric": "工单处理量", "target": 23000, "unit": "件",
              "deadline": "2026-12-31"}]
    _, _, md = _draft(YEAR, metrics=[TICKETS, APPEALS], plans=plans)
    body = _section(md, "计划")
    assert "23,000件" in body and "保持在23,000件以上" not in body


def _lesson(first_action: str) -> dict:
    return {"title": "代办领取材料没说全", "kind": "lesson",
            "situation": "3月一位客户女儿代父亲办理首次领取，电话里我只说了带委托书，没说明要公证",
            "actions": [first_action, "把代办材料要求加进了电话一次性告知清单"],
            "result": "客户第二次办成，但多跑了一趟"}


def test_a_case_step_after_a_moment_takes_its_doer_after_that_moment():
    half = dict(YEAR, type="half-year", period={"start": "2026-01-01", "end": "2026-06-30"}, role="客服专员")
    _, _, md = _draft(half, metrics=[TICKETS], cases=[_lesson("第二次来时开绿色通道当天受理")])
    body = _section(md, "案例")
    assert "第二次来时，我开绿色通道当天受理" in body and "我第二次来时" not in body


def test_a_case_step_that_names_its_doer_after_a_moment_is_not_given_a_second_one():
    quarter = dict(YEAR, type="quarterly", period={"start": "2026-07-01", "end": "2026-09-30"},
                   role="客服主管", team_size=30)
    case = {"title": "信号投诉未现场测试即结案", "kind": "lesson",
            "situation": "7月一位城郊客户第二次反映家中无信号，坐席按话术结案，没有约现场测试",
            "actions": ["管局转办后我们24小时内联系客户道歉，约网络部上门测试"],
            "result": "客户问题解决，但这件计入越级申诉"}
    _, _, md = _draft(quarter, metrics=[TICKETS], cases=[case])
    body = _section(md, "案例")
    assert "管局转办后，我们24小时内联系客户道歉" in body and "我们管局" not in body


def test_an_adverb_ending_in_shi_is_no_moment():
    quarter = dict(YEAR, type="quarterly", period={"start": "2026-07-01", "end": "2026-09-30"})
    case = {"title": "充值补单", "kind": "success", "situation": "7月一位玩家充值未到账",
            "actions": ["及时联系技术核对订单", "当天补发"], "result": "玩家当天收到钻石"}
    _, _, md = _draft(quarter, metrics=[TICKETS], cases=[case])
    assert "及时，" not in _section(md, "案例")


def test_a_change_of_staff_in_the_work_list_is_not_told_as_the_authors_act():
    lead = dict(YEAR, role="客服主管", team="大客户服务部", team_size=25, duties="带25人负责KA客户异常件和理赔")
    _, _, md = _draft(lead, metrics=[TICKETS], work=["9月何俊调岗到运营质控部，年末在岗25人", "建立异常件日会机制"])
    # (a lead's short work list is told in the results, 核心指标与工作成果; the change of staff in the
    # team section — reviews 131 and 133 read it among the work as misplaced)
    body = _section(md, "指标")
    assert "我们9月何俊" not in md and "我们建立异常件日会机制" in body
    assert "9月何俊调岗到运营质控部" in _section(md, "团队管理")


def test_a_miss_whose_note_says_it_then_why_is_told_with_that_cause():
    # blind round 23's first run: 没到35%，很多家长说… in the note, and the draft said only
    # 此外，续费转化率也没有达到目标
    month = dict(YEAR, type="monthly", period={"start": "2026-09-01", "end": "2026-09-30"}, role="客服班长",
                 team_size=12)
    renewal = {"name": "续费转化率", "value": 31.2, "unit": "%", "target": 35, "previous": 33.5,
               "basis": {"renewed": 390, "total": 1250},
               "note": "9月到期应续1250人，续了390人。没到35%，很多家长说开学后周末时间还没定，等排课定了再续"}
    calls = {"name": "咨询接待量", "value": 9420, "unit": "件", "previous": 7860}
    rush = {"title": "开学第一周接待压力大", "evidence": "第1周接待2680件，占全月28.5%",
            "cause": "排课系统开放时间比通知晚了一天"}
    _, _, md = _draft(month, metrics=[calls, renewal], problems=[rush])
    body = _section(md, "问题")
    assert "等排课定了再续" in body and "续费转化率" in body
    assert "没到35%" not in body


def test_plans_that_hold_or_cap_a_target_with_its_figure_are_aims_said_once():
    # blind round 23's first run: 我会推动2026年工单结案率保持92%以上，目标是…保持在92%以上
    closed = {"name": "工单结案率", "value": 93.7, "unit": "%", "target": 92, "previous": 90.4}
    first = {"name": "首次响应时长", "value": 12, "unit": "分钟", "target": 15, "previous": 21, "better": "lower"}
    plans = [{"action": "2026年工单结案率保持92%以上", "metric": "工单结案率", "target": 92, "unit": "%",
              "deadline": "2026-12-31"},
             {"action": "首次响应时长不超过15分钟", "metric": "首次响应时长", "target": 15, "unit": "分钟",
              "deadline": "2026-12-31"}]
    _, _, md = _draft(YEAR, metrics=[TICKETS, closed, first], plans=plans)
    body = _section(md, "计划")
    assert body.count("92%") == 1 and body.count("15分钟") == 1 and "推动" not in body
    assert "工单结案率保持在92%以上" in body and "首次响应时长控制在15分钟以内" in body


QUARTER = dict(YEAR, type="quarterly", period={"start": "2026-07-01", "end": "2026-09-30"}, role="售后客服专员")


def test_a_workload_counted_from_a_later_day_is_said_over_those_days_with_no_quarter_mean():
    # blind round 23's first run, all four reviewers: 日均25件 over 92 days for a hire counted from 8月3日
    handled = {"name": "售后接待量", "value": 2315, "unit": "件",
               "note": "8月3日至9月30日；8月1046件，9月1269件"}
    _, _, md = _draft(QUARTER, metrics=[handled])
    body = _section(md, "概述")
    assert "8月3日至9月30日，我共接待售后2315件" in body and "日均" not in body


def test_a_workload_counted_over_the_whole_period_keeps_its_daily_mean():
    handled = {"name": "售后接待量", "value": 2315, "unit": "件", "note": "7月1日至9月30日累计"}
    _, _, md = _draft(QUARTER, metrics=[handled])
    assert "日均" in _section(md, "概述")


def test_a_plan_to_be_able_to_do_something_is_the_authors_own_aim():
    plans = [{"action": "能独立处理奶粉过敏类质量投诉，不再转给师傅", "deadline": "2026-11-30"}]
    _, _, md = _draft(QUARTER, metrics=[TICKETS], plans=plans)
    body = _section(md, "计划")
    assert "我要做到能独立处理奶粉过敏类质量投诉" in body and "推动能" not in body


def test_a_rate_kept_at_its_whole_is_not_kept_above_it():
    lead = dict(YEAR, role="客服班长", team_size=15)
    trained = {"name": "培训覆盖率", "value": 100, "unit": "%", "target": 100, "previous": 93.3}
    plans = [{"action": "新版话术培训全员", "metric": "培训覆盖率", "target": 100, "unit": "%", "deadline": "2026-04-30"}]
    _, _, md = _draft(lead, metrics=[TICKETS, trained], plans=plans)
    body = _section(md, "计划")
    assert "100%以上" not in body and "保持在100%" in body


def test_a_listed_cause_follows_its_lead_with_a_colon():
    answered = {"name": "接通率", "value": 88.6, "unit": "%", "target": 92, "previous": 95.1}
    problems = [{"title": "接通率未达目标", "metric": "接通率",
                 "evidence": "本季度接通率88.6%，目标92%，三季度是95.1%；11月16日至30日接通率只有83.9%",
                 "cause": "一是供暖开始后报修来电集中，高峰排班没有提前增加；二是新补的8名坐席带教期较长"}]
    lead = dict(QUARTER, period={"start": "2026-10-01", "end": "2026-12-31"}, role="客服主管", team_size=40)
    _, _, md = _draft(lead, metrics=[TICKETS, answered], problems=problems)
    body = _section(md, "问题")
    assert "是一是" not in body and "在于一是" not in body and "：一是供暖开始后" in body
    # the base of the comparison keeps the level it is compared with, and the miss is said once
    assert "接通率88.6%，三季度是95.1%" in body and "结果接通率没有达到目标" not in body


def test_a_problem_whose_evidence_never_says_what_is_wrong_opens_with_its_title():
    month = dict(YEAR, type="monthly", period={"start": "2026-09-01", "end": "2026-09-30"}, role="客服班长",
                 team_size=12)
    calls = {"name": "咨询接待量", "value": 9420, "unit": "件", "previous": 7860}
    problems = [{"title": "开学第一周接待压力大", "evidence": "第1周接待2680件，占全月28.5%，日均近450件",
                 "cause": "排课系统开放时间比给家长的通知晚了一天"}]
    _, _, md = _draft(month, metrics=[calls], problems=problems)
    assert _section(md, "问题").strip().startswith("开学第一周接待压力大")


def test_the_periods_standout_gain_is_told_even_when_the_misses_take_the_room():
    half = dict(YEAR, type="half-year", period={"start": "2026-01-01", "end": "2026-06-30"}, role="客服专员")
    metrics = [{"name": "一次解决率", "value": 86.4, "unit": "%", "previous": 83.9, "annual_target": 88},
               {"name": "重复来电率", "value": 9.8, "unit": "%", "previous": 12.1, "annual_target": 8, "better": "lower"},
               {"name": "平均处理时长", "value": 7.5, "unit": "分钟", "previous": 8.2, "annual_target": 7},
               {"name": "协助挽回退票损失", "value": 186400, "unit": "元", "previous": 121000}]
    _, _, md = _draft(half, metrics=metrics)
    assert "186,400元" in _section(md, "指标").split("**")[0]


def test_a_year_ends_second_gain_is_told_from_where_it_was():
    metrics = [dict(TICKETS, target=20000),
               {"name": "首次响应时长", "value": 12, "unit": "分钟", "target": 15, "previous": 21, "better": "lower"},
               {"name": "客户满意度", "value": 4.6, "unit": "分", "target": 4.7, "previous": 4.5}]
    _, _, md = _draft(YEAR, metrics=metrics)
    assert "首次响应时长从21分钟缩短到12分钟" in _section(md, "指标")


WEEK = dict(YEAR, type="weekly", period={"start": "2026-10-01", "end": "2026-10-07"}, role="客服专员")


def test_a_fall_whose_note_says_why_is_told_with_that_reason_and_its_levels():
    # blind round 23's first run: the fall of 一次解决率 with its cause left in the note, and a
    # worsening told as 较上周延长72.7% with no level
    metrics = [{"name": "在线接待量", "value": 1846, "unit": "件", "previous": 1123},
               {"name": "平均首次响应时长", "value": 38, "unit": "秒", "previous": 22, "better": "lower",
                "drivers": ["10月2日14点到18点进线集中，当时组里在线只有5个人"]},
               {"name": "一次解决率", "value": 81.3, "unit": "%", "previous": 84.6,
                "note": "还车异常要等运维核实定位，很多单第一次解决不了"}]
    _, _, md = _draft(WEEK, metrics=metrics)
    body = md.split("**核心指标对比**")[0]
    assert "很多单第一次解决不了" in body
    assert "平均首次响应时长从22秒延长到38秒" in body


def test_a_lesson_cases_step_from_then_on_is_not_said_again_before_its_lesson():
    case = {"title": "按系统日期答复完工", "kind": "lesson",
            "situation": "11月一户工期延误的业主催问，我按系统里的计划日期答复了12月5日完工",
            "actions": ["事后才跟项目经理确认，实际还要等定制柜到货"],
            "result": "又延误了8天，业主投诉升级到主管；以后答复日期前一定先跟项目经理确认"}
    reflections = ["家装售后很多问题要盯住项目经理和施工队", "答复业主的时间节点一定先确认再说，不能按系统计划日期随口答"]
    _, _, md = _draft(YEAR, metrics=[TICKETS], cases=[case], reflections=reflections)
    body = _section(md, "案例")
    assert "答复业主的时间节点一定先确认再说" in body and "以后答复日期前" not in body


def test_a_note_that_counts_the_people_who_left_is_no_cause_of_the_turnover_rise():
    lead = dict(QUARTER, role="客服主管", team_size=28)
    left = {"name": "离职率", "value": 10.7, "unit": "%", "previous": 7.1, "basis": {"left": 3, "total": 28},
            "note": "本季度走了3个，都是售后组，上季度走了2个"}
    trained = {"name": "培训覆盖率", "value": 100, "unit": "%", "target": 100, "previous": 100}
    _, _, md = _draft(lead, metrics=[TICKETS, trained, left])
    assert "因此离职率" not in md and "28人中走了3人" in md


PROJECT = {"type": "project", "period": {"start": "2026-03-02", "end": "2026-06-30"}, "author": "陈思远",
           "role": "客服班长（项目负责人）", "team": "售后二班", "duties": "牵头售后二班迁移到新工单系统"}


def _migration(**more):
    project = {"name": "工单系统迁移", "background": "旧系统没有自动分派",
               "goal": "6月15日前18名坐席全部切换到新系统；工单平均处理时长从26分钟降到20.8分钟以内",
               "result": "6月8日18人全部切换，比计划提前7天；工单平均处理时长降到22.4分钟，没有达到目标",
               "lessons": ["切换当天旧系统应该先停写再切换", "跨部门接口（财务退款）要在项目一开始就排期，不能等到试点才提"]}
    metrics = [{"name": "坐席切换人数", "value": 18, "unit": "人", "target": 18},
               {"name": "工单平均处理时长", "value": 22.4, "unit": "分钟", "target": 20.8, "previous": 26,
                "better": "lower"}]
    problems = [{"title": "处理时长没达标", "metric": "工单平均处理时长",
                 "evidence": "22.4分钟，目标20.8分钟",
                 "cause": "新系统和财务系统之间的退款接口没有按期上线，退款工单仍要人工核对"}]
    return _draft(PROJECT, project=project, metrics=metrics, problems=problems, **more)[2]


def test_a_projects_lesson_that_answers_a_problems_cause_is_kept():
    # blind round 23's first run: the one lesson that explains the one miss was dropped as a
    # restated cause
    md = _migration()
    assert "跨部门接口（财务退款）要在项目一开始就排期" in md


def test_a_met_goal_is_told_by_the_projects_result_when_it_says_more():
    md = _migration()
    assert "6月8日18人全部切换，比计划提前7天" in md and "坐席切换人数为18人" not in md


MONTH7 = dict(YEAR, type="monthly", period={"start": "2026-07-01", "end": "2026-07-31"}, role="客服班长", team_size=9)


def test_a_miss_whose_note_tells_a_misconfiguration_is_told_with_it():
    # blind round 24's first run: 此外，电话接通率也没有达到目标 with the cause in the note
    answered = {"name": "电话接通率", "value": 91.3, "unit": "%", "target": 95, "previous": 96.1,
                "note": "第3周切换新呼叫平台，IVR排队规则配错了，有两天来电排队溢出直接断线"}
    queue = {"title": "周末门店取车排队", "evidence": "门店取车排队投诉9件，都集中在周六上午",
             "cause": "门店周末只排1名交车员"}
    _, _, md = _draft(MONTH7, metrics=[TICKETS, answered], problems=[queue])
    body = _section(md, "问题")
    assert "IVR排队规则配错了" in body
    # …and a title whose subject its evidence opens with is not said before it again
    assert "周末门店取车排队：" not in body and "门店取车排队投诉9件" in body


def test_a_target_lowered_as_a_note_tells_it_is_said_beside_the_level():
    quarter = dict(QUARTER, role="客服主管", team_size=35)
    answered = {"name": "20秒接通率", "value": 82.6, "unit": "%", "target": 80, "previous": 84.1,
                "note": "季初定的是85%，8月18日中心根据分期新规后的来电量把本季目标调成了80%"}
    _, _, md = _draft(quarter, metrics=[TICKETS, answered])
    assert "由85%下调为80%" in md


def test_a_mentor_named_in_the_duties_is_said_as_the_mentor():
    hire = dict(QUARTER, duties="接听车险报案电话，录入报案信息并推送查勘；带教师傅周蔓")
    _, _, md = _draft(hire, metrics=[TICKETS])
    assert "带教师傅是周蔓" in _section(md, "概述")
