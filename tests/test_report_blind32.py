"""Blind round 32 (review 135): what a supervisor reading the draft read wrong, fixed in session 55.
Each test states, on facts of its own, what a supervisor reading the draft would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind11 import _section
from test_report_blind31 import _trace

from cswriter.facts.model import facts_from_data

QUARTER = {"type": "quarterly", "period": {"start": "2026-07-01", "end": "2026-09-30"}, "author": "贺宁",
           "role": "会员积分热线专员", "team": "积分服务组", "duties": "接听会员积分热线", "channels": ["积分热线"]}
CALLS = {"name": "来电接听量", "value": 4126, "unit": "通", "previous": 3860}


def test_a_miss_from_a_migration_weekend_whose_rest_met_the_target_is_put_on_that_weekend():
    # review 135 (all four): 原因还没有查清 beside a note giving the migration days' 55.5% and the rest's 88.4%
    solved = {"name": "一次解决率", "value": 86.7, "unit": "%", "target": 88, "previous": 87.9,
              "note": "8月22日、23日会员系统迁移到新平台，两天内积分只能查不能改，这两天接的218通电话只解决了121通；"
                      "除去这两天，本季度一次解决率为88.4%"}
    _, _, md = _draft(QUARTER, metrics=[CALLS, solved])
    assert "原因还没有查清" not in md
    assert "差距主要出在迁移时段，其余时间为88.4%" in md   # (no 达到了目标 after it: review 144)
    assert "一次解决率低于目标1.3个百分点，差距出在迁移时段" in md


MONTH = {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}, "author": "岳川",
         "role": "12345热线分中心主管", "team_size": 40, "team": "12345分中心", "duties": "管理分中心40名话务员",
         "channels": ["12345热线"]}


def test_a_target_lowered_mid_month_is_said_with_each_half_against_the_target_it_had():
    # review 135 (all four): 本月考核指标全部达到 against a target cut from 92% to 88% on 11月16日, never said,
    # both halves short of the target then in force
    calls = {"name": "呼入量", "value": 54380, "unit": "通", "previous": 51200}
    answered = {"name": "接通率", "value": 89.4, "unit": "%", "target": 88, "previous": 90.6,
                "note": "市热线办原定11月接通率目标92%，11月16日起考虑供暖季高峰，临时下调为88%。按时间分：1–15日呼入24110通，"
                        "接通22108通，91.7%（当时目标92%）；16–30日呼入30270通，接通26512通，87.6%（当时目标88%）。"}
    _, _, md = _draft(MONTH, metrics=[calls, answered])
    assert "目标11月16日起由92%调为88%：1–15日为91.7%，没有达到当时的目标；16–30日为87.6%，没有达到调整后的目标" in md
    assert "全部达到" not in md and "接通率低于原定目标" in _section(md, "指标")


def test_a_plan_word_inside_a_metrics_name_makes_no_plan_of_its_sentence():
    # blind round 32's first run: 还款计划确认率从36.9%提升到38.4% sent back, 36.9% read as a plan's start
    month = {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}, "author": "沈立",
             "role": "关怀热线班长", "team_size": 12, "team": "关怀热线组", "duties": "带12人做分期关怀外呼"}
    confirmed = {"name": "还款计划确认率", "value": 38.4, "unit": "%", "target": 40, "previous": 36.9}
    facts = facts_from_data({"report": month, "metrics": [confirmed],
                             "plans": [{"action": "接通后当场推送书面方案", "metric": "还款计划确认率", "target": 41,
                                        "unit": "%", "deadline": "2026-12-31"}]})
    assert _trace(facts, "11月起政策调整后，还款计划确认率从36.9%提升到38.4%。", "36.9%").traced
    # (a plan still starts from the period's level)
    assert not _trace(facts, "下月计划把还款计划确认率从36.9%提升到41%。", "36.9%").traced
    assert _trace(facts, "下月计划把还款计划确认率从38.4%提升到41%。", "38.4%").traced


LEAD_MONTH = {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}, "author": "周蔚",
              "role": "客服班长", "team_size": 12, "team": "关怀热线二班", "duties": "带12人做分期关怀外呼",
              "channels": ["外呼"]}
OUTBOUND = {"name": "外呼量", "value": 6480, "unit": "通", "previous": 6120}
SCORE = {"name": "质检平均分", "value": 91.8, "unit": "分", "target": 90, "previous": 91.2}


def test_a_withdrawn_complaint_is_what_the_call_back_brought_not_the_mistakes_cost():
    # review 135 (three of four): …投诉到银行官方客服，投诉当天撤销。我们当天由班长回拨… — the result before the action
    case = {"title": "客户误以为关怀回访是诈骗电话", "kind": "lesson",
            "situation": "11月9日客户接到回访，坐席按流程要求核对身份证后四位，客户认定是诈骗并投诉到银行官方客服",
            "actions": ["当天由班长回拨，引导客户通过App消息中心核验来电"],
            "result": "投诉当天撤销；改流程后同类疑虑投诉从前9天的3件降到1件"}
    _, _, md = _draft(LEAD_MONTH, metrics=[OUTBOUND, SCORE], cases=[case])
    story = _section(md, "案例")
    assert story.index("班长回拨") < story.index("投诉当天撤销")


def test_a_count_of_the_months_after_the_remedy_is_its_result_not_the_cost():
    # review 135: 9–12月此类投诉19件 told with the situation, before 8月起热线只读取…
    year = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "顾衡",
            "role": "车主服务热线主管", "team_size": 35, "team": "车主服务热线", "duties": "管理两个组35人",
            "channels": ["热线"]}
    calls = {"name": "来电量", "value": 412000, "unit": "通", "previous": 365000}
    case = {"title": "维修进度多头答复", "kind": "lesson",
            "situation": "上半年热线、门店、App给出的预计完工时间不一致，相关投诉74件",
            "actions": ["8月起热线只读取门店系统里的预计完工日期，不再口头估计"],
            "result": "9–12月此类投诉19件，1–8月55件"}
    _, _, md = _draft(year, metrics=[calls], cases=[case])
    story = _section(md, "案例")
    assert story.index("只读取门店系统") < story.index("9–12月此类投诉19件")


def test_a_plan_about_one_member_keeps_that_members_aim():
    # review 135 (all four): 新人何思琪12月独立上线，力争…使质检平均分保持在88分以上 — the new hire's 88 given to the team
    plan = {"action": "新人何思琪12月独立上线，质检分达到88分", "metric": "质检平均分", "target": 88, "unit": "分",
            "deadline": "2026-12-20"}
    _, _, md = _draft(LEAD_MONTH, metrics=[OUTBOUND, SCORE], plans=[plan])
    assert "新人何思琪12月独立上线，质检分达到88分" in md
    assert "使质检平均分" not in md and "质检平均分保持在88分" not in md


def test_a_july_to_december_half_tells_the_years_count_so_far_against_the_year_gone_by():
    # review 135 (all four): 下半年考核指标全部达到 with the year's progress left blank, though the notes give
    # 全年累计5590户 of 6000 and 全年已用84件 of a 90-complaint cap
    half = {"type": "half-year", "period": {"start": "2026-07-01", "end": "2026-12-31"}, "author": "吕振",
            "role": "报修热线班长", "team_size": 9, "team": "报修热线班", "duties": "带9人受理燃气报修",
            "channels": ["报修热线"]}
    calls = {"name": "报修来电量", "value": 32860, "unit": "通",
             "note": "12月上旬写总结，数据只统计到11月30日（7–11月，共5个月）"}
    visits = {"name": "安全隐患回访量", "value": 2640, "unit": "户", "annual_target": 6000,
              "note": "上半年完成2950户，全年累计5590户"}
    complaints = {"name": "投诉量", "value": 38, "unit": "件", "annual_target": 90,
                  "note": "全年上限90件。上半年46件，加上7–11月38件，全年已用84件"}
    _, draft, md = _draft(half, metrics=[calls, visits, complaints])
    verdict = _section(md, "指标")
    assert "安全隐患回访量全年累计5590户，完成全年目标的93.2%，略快于时间进度" in verdict
    assert "投诉量全年已用84件，占全年上限的93.3%，略快于时间进度" in verdict
    assert "| 安全隐患回访量 | 2640户 | 6000户 | 全年累计5590户，93.2% |" in md
    assert "| 投诉量 | 38件 | 90件 | 全年累计84件，已用93.3% |" in md
    assert not [f for s in draft.sections for f in s.findings if f.code == "CS401"]


def test_a_problem_whose_evidence_opens_on_the_periods_counts_is_told_as_a_state_not_where_it_stuck():
    # review 137 (reviewer a): 装机预约一次成功率没有达到目标，主要卡在全年受理预约3260单，一次约成2914单，89.4%
    year = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "乔木",
            "role": "装维热线专员", "team": "装维热线", "duties": "受理宽带装机预约", "channels": ["热线"]}
    booked = {"name": "装机预约一次成功率", "value": 89.4, "unit": "%", "target": 90,
              "basis": {"success": 2914, "total": 3260}}
    problem = {"title": "装机预约一次成功率差一点没到目标", "metric": "装机预约一次成功率",
               "evidence": "全年受理预约3260单，一次约成2914单，89.4%，离目标差0.6个百分点",
               "cause": "新小区的端口系统里显示有，实际到现场没有，只能改约"}
    _, _, md = _draft(year, metrics=[booked], problems=[problem])
    assert "主要卡在全年" not in md and "装机预约一次成功率没有达到目标：全年受理预约3260单" in md


def test_a_share_a_counting_change_takes_off_is_no_recount_of_last_years_level():
    # review 138 (reviewer c): 来电量…去年的200,117.1倍 — 按新口径估算约少4.1% read as last year's level on the new rule
    year = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "钱宁",
            "role": "电话客服主管", "team_size": 50, "team": "信用卡中心电话客服", "duties": "管理三个小组共50名坐席",
            "channels": ["电话"]}
    calls = {"name": "来电量", "value": 820480, "unit": "通", "target": 800000, "previous": 768300,
             "note": "统计口径4月1日起调整：同一号码10分钟内重复来电合并计1通。1—3月仍是旧口径，共199680通，"
                     "按新口径估算约少4.1%（约191490通）；4—12月为新口径，共620800通。2024年全年为旧口径。"}
    _, draft, md = _draft(year, metrics=[calls])
    assert "倍" not in md and "200,117" not in md and "增长6.8%" in md
    assert not [f for s in draft.sections for f in s.findings if f.code == "CS401"]


def test_a_plan_to_learn_something_takes_yao_alone():
    # review 137 (both): 同时，我要做到学会用新的报修系统
    year = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "季青",
            "role": "物业前台客服", "team": "物业服务中心", "duties": "接待业主报修", "channels": ["前台"]}
    calls = {"name": "报修受理量", "value": 3260, "unit": "单", "previous": 3010}
    _, _, md = _draft(year, metrics=[calls], plans=[{"action": "学会用新的报修系统"},
                                                   {"action": "能独立处理停车纠纷"}])
    assert "我要学会用新的报修系统" in md and "要做到学会" not in md and "我要做到能独立处理停车纠纷" in md


def test_a_plan_to_reach_a_call_back_rate_is_no_cap():
    # review 138 (all four): 把差评24小时回电率控制在95%以内 — a rate to reach, read as one to keep under
    project = {"type": "project", "period": {"start": "2026-03-01", "end": "2026-08-31"}, "author": "袁青",
               "role": "售后热线专员（项目成员）", "team": "售后热线组", "duties": "参与智能外呼回访上线，负责话术和标注",
               "channels": ["外呼"]}
    facts = {"name": "智能外呼回访上线", "goal": "回访覆盖率从35%提高到80%", "background": "人工回访只覆盖三成客户",
             "milestones": ["2026-03-10 立项", "2026-06-01 上线"], "result": "8月回访覆盖率82%",
             "lessons": ["话术要先让老客户试听"]}
    reach = {"name": "回访覆盖率", "value": 82, "unit": "%", "target": 80, "previous": 35}
    plan = {"action": "维修单差评在24小时内由人工回电，回电率做到95%", "metric": "差评24小时回电率", "target": 95,
            "unit": "%", "deadline": "2026-12-31"}
    _, _, md = _draft(project, project=facts, metrics=[reach], plans=[plan],
                      problems=[{"title": "方言识别差", "evidence": "方言客户识别准确率71%", "cause": "样本少"}])
    assert "控制在95%以内" not in md and "差评24小时回电率达到95%" in md


def test_a_problem_that_counts_a_rates_own_cases_is_that_rates_problem():
    # review 138 (all four): 人员流失：三季度离职2人…原因是… then 此外，离职率高于目标4.3个百分点，原因还没有查清
    quarter = {"type": "quarterly", "period": {"start": "2026-07-01", "end": "2026-09-30"}, "author": "房远",
               "role": "报修中心班长", "team_size": 14, "team": "400报修中心", "duties": "带14人受理报修",
               "channels": ["400热线"]}
    calls = {"name": "来电量", "value": 38600, "unit": "通", "previous": 31200}
    quits = {"name": "离职率", "value": 14.3, "unit": "%", "target": 10, "previous": 7.1, "better": "lower"}
    problem = {"title": "人员流失", "evidence": "三季度离职2人", "cause": "两人都是入职不满半年的新人，反映夏季连续加班"}
    _, _, md = _draft(quarter, metrics=[calls, quits], problems=[problem])
    assert "原因还没有查清" not in md and "入职不满半年的新人" in _section(md, "问题")


def test_a_note_that_tells_how_long_the_wait_dragged_is_the_misses_cause():
    # review 138 (all four): 群消息首次响应时长高于目标14秒，原因还没有查清 beside a note on the stock-out days' surge
    week = {"type": "weekly", "period": {"start": "2026-11-30", "end": "2026-12-06"}, "author": "曾敏",
            "role": "售后群客服班长", "team_size": 6, "team": "团购售后组", "duties": "带6人处理团长群售后",
            "channels": ["微信群"]}
    orders = {"name": "售后工单量", "value": 1842, "unit": "单", "previous": 1614}
    first = {"name": "群消息首次响应时长", "value": 74, "unit": "秒", "target": 60, "previous": 58,
             "note": "缺货那两天群里同一时段几十个团长@客服，高峰时首响拖到3分钟以上，周内其他时间基本在60秒以内"}
    _, draft, md = _draft(week, metrics=[orders, first])
    assert "原因还没有查清" not in md and "首响拖到3分钟以上" in md
    assert not [f for s in draft.sections for f in s.findings if f.code == "CS401"]
