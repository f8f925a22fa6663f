"""Blind round 26 (review 122): what a supervisor reading the draft waved off or missed, fixed in
session 53. Each test states, on facts of its own, what a supervisor reading the draft would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind11 import _section

MONTH = {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}, "author": "许安宁",
         "role": "客服专员", "team": "体检中心客服组", "duties": "接听体检预约热线，做报告解读回访",
         "channels": ["预约热线"]}
CALLS = {"name": "来电接听量", "value": 1320, "unit": "通", "target": 1250, "previous": 1210}
CALLBACKS = {"name": "报告回访完成率", "value": 86.1, "unit": "%", "target": 95, "previous": 93.8,
             "basis": {"done": 229, "total": 266}}
STARS = {"name": "客户满意度", "value": 4.52, "unit": "分", "scale": 5, "target": 4.6, "previous": 4.58}
FIRST = {"name": "一次解决率", "value": 81.4, "unit": "%", "target": 85, "previous": 82.0}
QUEUE = [{"title": "周一上午占线", "evidence": "4个周一上午共来电240通，其中未接通37通",
          "cause": "周一上午只有2人在线"}]


def test_a_lesson_case_counting_the_misses_of_a_completion_rate_is_its_cause():
    # the case says 回访 and counts the 37 callbacks that were not made (266 − 229): review 122's
    # pet-clinic month read 此外，术后回访完成率也没有达到目标 with its whole cause in the case
    lesson = {"title": "系统升级后回访名单断了三天", "kind": "lesson",
              "situation": "11月9日系统升级后三天回访名单没有推送，我没有去核对",
              "actions": ["11月13日发现后补拉名单逐一回电"],
              "result": "这三天37位客户的报告回访都超了时限；之后每天开班前核对一次名单"}
    _, _, md = _draft(MONTH, metrics=[CALLS, CALLBACKS], problems=QUEUE, cases=[lesson])
    problems = _section(md, "问题")
    assert "系统升级后回访名单断了三天，这是报告回访完成率没有达到目标的主要原因" in problems
    assert "报告回访完成率也没有达到目标" not in problems


def test_a_miss_with_no_cause_in_the_facts_is_told_with_its_gap_and_said_unexplained():
    # not 此外，客户满意度也没有达到目标。 (review 122, all four reviewers: the miss waved off)
    _, _, md = _draft(MONTH, metrics=[CALLS, STARS], problems=QUEUE)
    problems = _section(md, "问题")
    assert "此外，客户满意度低于目标0.08分，原因还没有查清。" in problems
    assert "也没有达到目标" not in problems


def test_several_causeless_misses_each_get_their_gap_and_one_line_on_the_cause():
    _, _, md = _draft(MONTH, metrics=[CALLS, STARS, FIRST], problems=QUEUE)
    problems = _section(md, "问题")
    assert "此外，客户满意度低于目标0.08分；一次解决率低于目标3.6个百分点。这两项的原因都还没有查清。" in problems
    assert "客户满意度和一次解决率" not in problems


LEAD_WEEK = {"type": "weekly", "period": {"start": "2026-11-16", "end": "2026-11-22"}, "author": "邵一鸣",
             "role": "客服班长", "team": "司机端客服二组", "team_size": 8, "duties": "带8人班组接待司机端热线",
             "channels": ["司机热线"]}
TICKETS = {"name": "接待量", "value": 9846, "unit": "件", "previous": 9212}


def test_a_leads_week_tells_its_work_teamwork_and_training_lines_in_its_first_block():
    # review 122, all four reviewers: a 班长's week with no word of the 120 calls checked, the
    # outage review or the group set up with the rule team read as a report without its team work
    _, draft, md = _draft(LEAD_WEEK, metrics=[TICKETS, STARS],
                          work=["质检抽听每人每个工作日3通，本周共抽听120通", "升级单统一由组内1人跟进到底"],
                          teamwork=["与技术值班、规则组拉了故障沟通群"],
                          training=["周五组织提现故障复盘30分钟，8人全员参加"])
    first = draft.section("metrics").text
    for line in ("本周共抽听120通", "与技术值班、规则组拉了故障沟通群", "周五组织提现故障复盘30分钟，8人全员参加"):
        assert line in first
    # (one list after its lead, no 我 before a line that opens on its object (我升级单…), nor a
    # line with no subject after a bare 本周， — review 125's reviewer b read it as pasted in)
    # (…told as sentences, not a 主要工作：…；… list: reviews 150 and 151 read that as the facts pasted)
    assert "质检抽听每人每个工作日3通，本周共抽听120通；升级单统一由组内1人跟进到底。我们与技术值班、规则组拉了故障沟通群。" in first
    assert "主要工作：" not in first
    assert "我升级单" not in first and "我们升级单" not in first
    # (…after the verdict and the results — review 133: a 班长's list of eight members' volumes
    # before 本周…没有达到的是一次解决率 kept the supervisor from the verdict — and the week keeps
    # its blocks: no 培训 or 协作 section of one line)
    assert first.index("客户满意度未达到目标") < first.index("9846件") < first.index("抽听120通")
    assert not [h for h in md.splitlines() if h.startswith("## ") and ("培训" in h or "协作" in h)]


def test_a_weeks_work_line_that_opens_on_the_week_does_not_say_it_twice():
    _, draft, _ = _draft(LEAD_WEEK, metrics=[TICKETS], work=["这周主要在小程序在线客服，周五下午顶了2小时热线"])
    first = draft.section("metrics").text
    assert "本周，我们主要在小程序在线客服，周五下午顶了2小时热线。" in first and "这周" not in first


HALF = {"type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"}, "author": "姚丽萍",
        "role": "客服主管", "team": "O2O线上咨询组", "team_size": 31, "duties": "管理线上用药咨询和订单售后",
        "channels": ["平台在线客服"]}
SESSIONS = {"name": "接待量", "value": 182400, "unit": "件", "target": 175000, "previous": 160300}
ON_TIME = {"name": "订单异常30分钟处理及时率", "value": 91.9, "unit": "%", "target": 95, "previous": 90.2}
BAD = {"name": "差评率", "value": 1.4, "unit": "%", "target": 1.2, "previous": 1.6, "better": "lower"}


def test_misses_with_no_problem_in_the_facts_still_make_a_problems_section():
    # review 123, all four reviewers: a half-year with four misses and no problems section at all
    _, draft, md = _draft(HALF, metrics=[SESSIONS, ON_TIME, BAD])
    problems = _section(md, "问题")
    assert "订单异常30分钟处理及时率低于目标3.1个百分点" in problems
    assert "差评率高于目标0.2个百分点" in problems and "这两项的原因都还没有查清" in problems
    # (the facts still lack the cause: the notes ask for it; the section is no longer missing)
    assert draft.section("problems").status == "drafted" and not draft.section("problems").missing


def test_a_projects_lessons_are_told_though_the_facts_give_no_problem():
    # review 122 (EC01) and review 123 (ED08), all reviewers: a project whose three lessons were
    # dropped with its 问题与反思
    project = {"type": "project", "period": {"start": "2026-06-01", "end": "2026-10-31"}, "author": "林书航",
               "role": "客服主管（项目负责人）", "team": "IVR改版项目组", "team_size": 9,
               "duties": "负责需求梳理和上线后的数据跟踪", "channels": ["400服务热线"]}
    block = {"name": "IVR改版", "background": "旧IVR是四层按键菜单，72.3%的来电最后转人工",
             "goal": "转人工率从72.3%降到60%",
             "lessons": ["意图样本要覆盖方言和老年客户", "灰度期间应该同步保留按0转人工的兜底"]}
    transfer = {"name": "转人工率", "value": 58.1, "unit": "%", "target": 60, "previous": 72.3, "better": "lower"}
    _, draft, md = _draft(project, project=block, metrics=[transfer])
    assert "意图样本要覆盖方言和老年客户" in md and "灰度期间应该同步保留按0转人工的兜底" in md
    assert draft.section("problems").status == "drafted"


def test_a_target_changed_in_april_is_judged_month_span_by_month_span():
    # review 123, all four reviewers: 28秒 held to April's 25-second target for the whole half
    first = {"name": "平均首次响应时长", "value": 28, "unit": "秒", "target": 25, "previous": 34, "better": "lower",
             "note": "上半年目标原定30秒。平台4月起把考核线收紧到25秒，公司4月1日把我们的目标也改成了25秒。"
                     "分季度看：1—3月平均31秒，4—6月平均25秒。"}
    _, _, md = _draft(HALF, metrics=[SESSIONS, first])
    body = _section(md, "指标")
    assert "目标4月1日起由30秒调为25秒" in body
    assert "1—3月为31秒，没有达到当时的目标" in body and "4—6月为25秒，达到了调整后的目标" in body


COURIER = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "邱明",
           "role": "客服班长", "team": "投诉处理组", "team_size": 12, "duties": "带投诉处理组受理客户投诉",
           "channels": ["投诉热线"]}


def test_a_counting_change_with_the_level_on_the_old_rule_compares_on_that_rule():
    # review 123, all four reviewers: 口径不同，不可比 beside a note that gave 按旧口径全年是23910件，增长5.9%
    # (the note's 不能直接比 is about the monthly table, not the metric's comparison with last year)
    tickets = {"name": "投诉工单量", "value": 18640, "unit": "件", "previous": 22580,
               "note": "6月1日换了新工单平台，统计口径变了：同一运单7天内的重复投诉合并成一张。"
                       "按旧口径全年是23910件。1—5月是旧口径，6—12月是新口径，附表里的月度数据前后不能直接比。"}
    _, _, md = _draft(COURIER, metrics=[tickets])
    row = next(line for line in md.splitlines() if line.startswith("| 投诉工单量"))
    assert "增长5.9%（按原口径为23,910件）" in row and "不可比" not in row and "减少17.4%" not in row


TRANSFER = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "韦志强",
            "role": "客服专员", "team": "宽带装维热线组", "channels": ["装维热线"],
            "duties": "2025年3月1日从营业厅业务受理组调到宽带装维热线组，以下数据都是3月1日到12月31日的。"
                      "主要负责受理宽带新装预约和故障报修"}
TAKEN = {"name": "来电受理量", "value": 9860, "unit": "通", "target": 9500, "previous": 11200,
         "note": "previous填的是组里2024年人均全年受理量，我2024年不在这个组"}
TEN_MONTHS = {"columns": ["来电受理量"], "units": ["通"],
              "rows": {"2025-01": [None], "2025-02": [None], **{f"2025-{m:02d}": [986] for m in range(3, 12)},
                       "2025-12": [986]}}


def test_a_transfers_year_is_not_compared_with_the_groups_per_head_figure_nor_averaged_over_365_days():
    # review 123, all four reviewers: 较去年减少12.0% (his 10 months against the group's 12-month
    # per-head figure) and 日均27通 (9860 ÷ 365, not the 306 days of 3—12月)
    _, _, md = _draft(TRANSFER, metrics=[TAKEN], monthly=TEN_MONTHS)
    assert "减少12.0%" not in md and "日均27通" not in md
    row = next(line for line in md.splitlines() if line.startswith("| 来电受理量"))
    assert "口径不同，不可比" in row
    # (the transfer is told as his history, not pasted as a duty: 负责2025年3月1日从…调到…)
    assert "负责2025年3月1日" not in md and "负责受理宽带新装预约和故障报修" in md
    assert "我2025年3月1日从营业厅业务受理组调到宽带装维热线组" in md


def test_a_count_of_later_months_is_averaged_over_their_days():
    from cswriter.facts.model import facts_from_data
    from cswriter.figures.compute import compute_figures

    facts = facts_from_data({"report": dict(TRANSFER), "metrics": [dict(TAKEN, note=None)], "monthly": TEN_MONTHS})
    mean = next(f for f in compute_figures(facts) if f.id == "来电受理量.daily_mean")
    assert mean.inputs["days"] == 306 and round(mean.value) == 32


def test_a_plan_that_diverts_a_share_keeps_it_low_whatever_its_share_now():
    # review 123, all four reviewers: 把供暖类来电占比提升至25% for a plan to 分流 those calls
    month = dict(MONTH, role="客服班长", team_size=10)
    categories = [{"name": "供暖", "share": 23}, {"name": "水电", "share": 41}, {"name": "其他", "share": 36}]
    plans = [{"action": "在APP报修页面增加自助排查指引，分流简单咨询", "metric": "供暖类来电占比", "target": 25,
              "unit": "%", "deadline": "2027-01-15"},
             {"action": "备件科把华东仓压缩机安全库存补到15天用量", "metric": "压缩机安全库存", "target": 15,
              "unit": "天", "deadline": "2027-01-15"}]
    _, _, md = _draft(month, metrics=[CALLS], categories=categories, plans=plans)
    assert "供暖类来电占比控制在25%以内" in md and "提升至25%" not in md
    # (a word inside another, 压缩机, says nothing of the direction)
    assert "控制在15天以内" not in md


def test_categories_that_name_what_went_wrong_are_what_customers_reported_not_asked():
    # review 123, all four reviewers: 客户问得最多的是赔款到账慢 of a callback agent's feedback
    feedback = [{"name": "赔款到账慢", "share": 35}, {"name": "定损金额有异议", "share": 22},
                {"name": "查勘员联系不及时", "share": 18}, {"name": "其他", "share": 25}]
    _, _, md = _draft(MONTH, metrics=[CALLS], categories=feedback)
    assert "客户反映最多的是赔款到账慢" in md or "客户反映的问题以赔款到账慢为主" in md
    assert "问得最多" not in md and "的咨询以" not in md
    # (questions are still questions)
    asked = [{"name": "体检预约", "share": 52}, {"name": "报告查询", "share": 30}, {"name": "其他", "share": 18}]
    _, _, md = _draft(MONTH, metrics=[CALLS], categories=asked)
    assert "反映" not in md


def test_a_cases_many_dated_steps_are_sentences_and_a_result_that_says_why_takes_no_zuizhong():
    # review 123: seven dates run into one sentence of commas; 最终因为没有提前备好离线名单…
    steps = {"title": "泡水车定损争议回访跟进", "kind": "success", "situation": "7月12日暴雨，客户的车被淹，对定损有异议",
             "actions": ["7月18日回访时记录客户意见，当天升级给理赔部", "7月19日约客户补交拆检报告",
                         "7月22日材料收齐，跟理赔部确认进入复勘流程", "7月26日复勘确认发动机进水，定损调整"],
             "result": "定损从2.9万元调整为4.86万元，客户撤回投诉意向"}
    lesson = {"title": "外呼平台故障当天的补呼", "kind": "lesson",
              "situation": "8月19日外呼平台宕机约6小时，当天计划外呼的62个案件只呼出38通",
              "actions": ["8月20日、21日两天补呼完成"],
              "result": "因为没有提前备好离线名单，补呼用了两天"}
    _, draft, _ = _draft(MONTH, metrics=[CALLS], cases=[steps, lesson])
    text = draft.section("cases").text
    assert "当天升级给理赔部。7月19日约客户补交拆检报告。7月22日材料收齐" in text
    assert "最终因为" not in text and "补呼完成。因为没有提前备好离线名单" in text


def test_complaints_a_note_defines_as_escalations_are_named_so_and_their_previous_count_said_once():
    # review 123, all four reviewers: 共收到投诉187件 of the appeals escalated to the postal bureau,
    # beside 18,640 complaint tickets; and the note's 2024年是339件 after 比去年的339件减少44.8%
    complaints = {"total": 187, "previous": 339, "handled": 187,
                  "types": [{"name": "延误", "count": 120}, {"name": "破损", "count": 67}],
                  "notes": ["这里的投诉指升级到邮政管理局的申诉件（即升级申诉率里的187件），2024年是339件"]}
    _, draft, _ = _draft(COURIER, metrics=[{"name": "投诉工单量", "value": 18640, "unit": "件", "previous": 17900}],
                         complaints=complaints)
    text = draft.section("complaints").text
    assert "187件（指升级到邮政管理局的申诉件）" in text
    assert text.count("339件") == 1


def test_a_counting_change_mid_year_compares_both_years_on_the_new_rule_and_counts_all_year():
    # review 126, all four reviewers: 较去年减少10.6% across a change the note puts at −1.7% on one
    # rule; the year's 11,860单 labelled 7—12月 and 日均64单 over July–December's days
    orders = {"name": "退改工单处理量", "value": 11860, "unit": "单", "target": 11500, "previous": 13270,
              "note": "7月1日起工单系统改了统计口径：以前一张订单里几个乘机人就算几单，现在一张订单算一单。"
                      "全年11860单 = 1-6月旧口径6520单 + 7-12月新口径5340单；1-6月按新口径重算是5410单，全年新口径合计10750单。"
                      "去年13270单是旧口径，按新口径重算约10940单。"}
    year = dict(COURIER, role="机票退改客服专员", team="售后服务组", team_size=None, duties="处理机票退改工单")
    _, _, md = _draft(year, metrics=[orders])
    row = next(line for line in md.splitlines() if line.startswith("| 退改工单处理量"))
    assert "11,860单（按新口径为10,750单）" in row and "10,940单（按新口径）" in row and "减少1.7%" in row
    assert "7—12月" not in md and "日均64单" not in md and "日均32单" in md


def test_a_work_line_that_counts_the_shifts_gives_the_overviews_daily_mean_its_days():
    # review 126, all four reviewers: 日均48通 (1436 ÷ 30 calendar days) in the overview beside the
    # work line's 11月共排班22天，日均接听约65通
    calls = {"name": "来电接听量", "value": 1436, "unit": "通", "previous": 1390}
    _, _, md = _draft(MONTH, metrics=[calls], work=["11月共排班22天，日均接听约65通"])
    assert "日均48通" not in md and "按出勤天数算，日均65通" in md


def test_the_check_still_asks_for_the_problems_a_draft_wrote_from_the_misses_alone():
    # the interview asks 遇到的主要问题是什么 though a metric missed its target: the user knows the
    # cause; only the draft takes the misses up on its own (CI of session 53, the year-end interview)
    from cswriter.check import check_facts
    from cswriter.facts.model import facts_from_data

    facts = facts_from_data({"report": dict(HALF), "metrics": [SESSIONS, ON_TIME]})
    assert any(f.code == "CK101" and f.section == "problems" for f in check_facts(facts).findings)
    _, draft, _ = _draft(HALF, metrics=[SESSIONS, ON_TIME])
    assert draft.section("problems").status == "drafted"
