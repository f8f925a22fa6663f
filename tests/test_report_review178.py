"""Review 178 (blind round 42's first run, four reviewers): what every reader noticed, fixed in
session 63. Each test states, on facts of its own, what a supervisor reading the draft would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from helpers import cs401_on

QUARTER = {"type": "quarterly", "period": {"start": "2026-04-01", "end": "2026-06-30"}, "author": "邱海燕",
           "role": "客服中心主管", "level": "lead", "team_size": 16, "team": "燃气服务热线",
           "duties": "负责燃气服务热线两个班组的排班和质检", "channels": ["燃气服务热线"]}


def _gas_quarter(answered_note: str, score_note: str | None = None):
    calls = {"name": "来电量", "value": 40210, "unit": "通", "previous": 35600,
             "note": "5月20日09:10城南中压管道被挖断，城南片区停气20小时，20日、21日两天来电4930通。"
                     "不算这两天，本季度来电35280通，比一季度35600通减少0.9%。"}
    answered = {"name": "接通率", "value": 90.4, "unit": "%", "target": 92, "previous": 93.0, "better": "higher",
                "basis": {"answered": 36350, "total": 40210}, "note": answered_note}
    score = {"name": "客户满意度", "value": 91.8, "unit": "分", "scale": 100, "target": 92, "previous": 92.5}
    if score_note:
        score["note"] = score_note
    return _draft(QUARTER, metrics=[calls, answered, score])


def test_a_missed_rate_whose_note_takes_out_an_events_two_days_is_told_with_both_levels():
    # (8月14日、15日两天…接通率60.2%；不算这两天为…95.2% told 原因还没有查清: all four reviewers)
    facts, _, md = _gas_quarter("5月20日、21日两天接通3060通，接通率62.1%；不算这两天为33290/35280，接通率94.4%")
    assert "差距出在城南中压管道被挖断的5月20日、21日两天：这两天只有62.1%，不算这两天为94.4%，达到了目标" in md
    assert "接通率低于目标1.6个百分点，原因还没有查清" not in md
    assert not cs401_on(facts, md, "62.1%") and not cs401_on(facts, md, "94.4%")


def test_a_score_the_note_gives_without_its_unit_over_three_days_is_told_with_the_unit():
    # (8月14日—16日回访的平均分81.3，不含这三天为93.5分: the days' 81.3分 passes the tracer)
    facts, _, md = _gas_quarter("5月20日、21日两天接通3060通，接通率62.1%；不算这两天为33290/35280，接通率94.4%",
                                "按回访打分；5月20日—22日回访的平均分84.6，不含这三天为92.6分")
    assert "这三天只有84.6分，不含这三天为92.6分，达到了目标" in md
    assert not cs401_on(facts, md, "84.6分")


def test_the_days_taken_out_must_be_the_days_named():
    # (不算这三天 after two listed days is no level outside those days: nothing is claimed)
    _, _, md = _gas_quarter("5月20日、21日两天接通3060通，接通率62.1%；不算这三天为33290/35280，接通率94.4%")
    assert "差距出在" not in md.split("## 六")[-1].split("## 七")[0] or "62.1%" not in md


def test_the_workload_tells_the_events_days_and_the_change_without_them():
    # (58,420通，较上季度增长17.1% with no word of the burst main, whose two days the note takes out: +3.4 %)
    facts, _, md = _gas_quarter("5月20日、21日两天接通3060通，接通率62.1%；不算这两天为33290/35280，接通率94.4%")
    assert "20日、21日两天来电4930通；不算这两天，本季度来电35280通，比一季度35600通减少0.9%" in md
    assert not cs401_on(facts, md, "0.9%") and not cs401_on(facts, md, "4930通")


MONTH = {"type": "monthly", "period": {"start": "2026-10-01", "end": "2026-10-31"}, "author": "罗佳",
         "role": "开户预约班班长", "level": "lead", "team_size": 9, "team": "开户预约班",
         "duties": "带9人班组受理证券开户预约", "channels": ["客服热线"]}


def test_a_missed_rate_whose_note_splits_new_hires_from_old_hands_is_told_with_both():
    # (新人84.1% against 老员工91.3%, told 这四项的原因都还没有查清: all four reviewers)
    booked = {"name": "预约成功率", "value": 87.8, "unit": "%", "target": 90, "previous": 90.4, "better": "higher",
              "basis": {"success": 6321, "total": 7200},
              "note": "老员工7人受理5900单，成功5281单，89.5%；新人2人（10月8日上岗）受理1300单，成功1040单，80.0%。"
                      "新人平均通话400秒，老员工300秒，长33.3%。"}
    talk = {"name": "平均通话时长", "value": 318, "unit": "秒", "target": 310, "previous": 301}
    facts, _, md = _draft(MONTH, metrics=[booked, talk])
    assert "预约成功率低于目标2.2个百分点，差距主要来自新人：新人为80.0%，老员工为89.5%" in md
    assert "平均通话时长高于目标8秒，差距出在新人：新人为400秒，老员工为300秒，达到了目标" in md
    assert "原因都还没有查清" not in md
    assert not cs401_on(facts, md, "80.0%") and not cs401_on(facts, md, "89.5%") and not cs401_on(facts, md, "400秒")


def test_a_worse_part_that_makes_less_than_half_the_gap_is_no_cause():
    # (the old hands 87.0 % against 90 %: without the new hires the gap is still most of it — nothing claimed)
    booked = {"name": "预约成功率", "value": 86.5, "unit": "%", "target": 90, "previous": 90.4, "better": "higher",
              "note": "老员工7人…87.0%；新人2人…84.7%。"}
    _, _, md = _draft(MONTH, metrics=[booked])
    assert "差距主要来自新人" not in md


WEEK = {"type": "weekly", "period": {"start": "2026-11-30", "end": "2026-12-06"}, "author": "许青",
        "role": "在线客服班长", "level": "lead", "team_size": 5, "team": "母婴用品在线组",
        "duties": "带5人在线组接待母婴用品咨询", "channels": ["在线客服"]}


def test_an_event_from_a_day_on_is_told_with_its_days_against_the_days_before():
    # (12月2日起本地流感高发…12月2日—6日…日均601.6，比…日均427高40.9% left in the note: all four reviewers)
    chats = {"name": "在线接待量", "value": 2950, "unit": "个", "previous": 2480,
             "note": "12月3日起奶粉新品首发，咨询明显增多。按天：11月30日330、12月1日340、12月2日350、12月3日480、"
                     "12月4日500、12月5日480、12月6日470。12月3日—6日共1930个，日均482.5，比11月30日—12月2日日均340高41.9%。"}
    facts, _, md = _draft(WEEK, metrics=[chats])
    assert "12月3日起奶粉新品首发，12月3日—6日共1930个，日均482.5，比11月30日—12月2日日均340高41.9%" in md
    assert not cs401_on(facts, md, "41.9%")


def test_a_months_surge_of_three_listed_days_is_told_and_named_where_a_miss_is_unexplained():
    # (11月20日晚推送了OTA升级，20、21、22日三天…那三天是平时的2.3倍 left in the note: all four reviewers)
    agent = {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}, "author": "韦东",
             "role": "App客服专员", "duties": "接听App用户来电", "channels": ["客服热线"]}
    calls = {"name": "来电接听量", "value": 1500, "unit": "通", "previous": 1300,
             "note": "11月10日晚App发布新版本，10、11、12日三天我接了100、120、90通，共310通，三天日均103.3通；"
                     "其余27天共1190通，日均44.1通，那三天是平时的2.3倍。"}
    first = {"name": "一次解决率", "value": 86.0, "unit": "%", "target": 88, "previous": 88.5}
    facts, _, md = _draft(agent, metrics=[calls, first])
    assert "其中11月10日晚App发布新版本，10、11、12日三天我接了100、120、90通" in md
    assert "看缺口是不是集中在App发布新版本那三天（11月10日—12日）" in md
    assert not cs401_on(facts, md, "2.3倍")


def test_a_lead_who_took_over_mid_year_tells_her_earlier_post_first_and_her_own_figures():
    # (主要负责带7名客服，…，1—4月在本班做客服专员 read as a duty, and her own 1—4月 figures dropped: all four)
    year = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "方雯",
            "role": "客服班长", "team_size": 6, "team": "家电清洗业务客服班", "channels": ["客服热线"],
            "duties": "2025年7月1日起任班长，带6名客服，负责清洗订单的咨询和投诉；1—6月在本班做客服专员"}
    calls = {"name": "咨询接待量", "value": 20400, "unit": "件", "previous": 18800,
             "note": "这是全班7月1日—12月31日的数据。1—6月我还是专员，本人接待2600件，一次解决率88.0%，"
                     "满意度4.80分，这几个数只是我个人的，没有并进全班的数。"}
    facts, _, md = _draft(year, metrics=[calls])
    assert "我2025年1—6月在本班做客服专员，7月1日起任班长。" in md
    assert "1—6月在本班做客服专员，团队" not in md
    assert "1—6月我本人接待2600件，一次解决率88.0%，满意度4.80分，这几项是我个人的数，没有计入全班数据。" in md
    assert not cs401_on(facts, md, "2600件") and not cs401_on(facts, md, "88.0%")


def test_an_agent_tells_no_figures_of_her_own_as_a_handover():
    # (a personal report's own figures are its figures: nothing is added)
    agent = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "方雯",
             "role": "客服专员", "duties": "接听清洗订单咨询", "channels": ["客服热线"]}
    calls = {"name": "咨询接待量", "value": 5200, "unit": "件", "previous": 4800,
             "note": "1—6月本人接待2600件，一次解决率88.0%。"}
    _, _, md = _draft(agent, metrics=[calls])
    assert "没有计入全班数据" not in md


def test_a_duty_that_names_its_doer_takes_no_second_verb():
    # (本人兼做排班和质检抽查 told 负责本人兼做排班和质检抽查: all four reviewers)
    week = {**WEEK, "duties": "带班5人，负责母婴用品的售前咨询和售后；本人兼做排班和质检抽查"}
    _, _, md = _draft(week, metrics=[{"name": "在线接待量", "value": 2950, "unit": "个", "previous": 2480}])
    assert "，兼做排班和质检抽查" in md
    assert "负责本人" not in md and "负责兼做" not in md


def test_a_miss_whose_note_gives_its_cause_tells_the_split_the_note_gives_too():
    # (高峰期…但仍不够，这是接通率没有达到目标的主要原因 with the peak's 84.6 % and the rest's 96.2 % left out)
    year = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "杜宇",
            "role": "服务热线主管", "level": "lead", "team_size": 15, "team": "招生咨询热线", "channels": ["招生咨询热线"],
            "duties": "负责招生咨询热线的排班和质检"}
    answered = {"name": "接通率", "value": 91.0, "unit": "%", "target": 93, "previous": 90.5, "better": "higher",
                "note": "7月1日—7月25日接通20000通，接通率83.3%；其余时间48000通接通46200通，接通率96.3%。"
                        "高峰期比去年多开了6个临时坐席，但仍不够。"}
    facts, _, md = _draft(year, metrics=[answered])
    problems = md.split("## 六")[-1]
    assert "但仍不够" in problems and "7月1日—7月25日接通20000通，接通率83.3%；其余时间48000通接通46200通，接通率96.3%" in problems
    assert not cs401_on(facts, md, "83.3%")


def test_a_second_half_whose_previous_is_the_first_half_tells_the_years_progress():
    # (10,300件 of an annual 19,000 with 上半年 8,760 as its previous: the table's progress left as —)
    second = {"type": "half-year", "period": {"start": "2025-07-01", "end": "2025-12-31"}, "author": "许嘉禾",
              "role": "海外售后客服专员", "duties": "处理海外仓订单的售后", "channels": ["邮件"]}
    tickets = {"name": "售后工单处理量", "value": 10300, "unit": "件", "previous": 8760, "annual_target": 19000,
               "note": "previous 是2025年上半年。"}
    facts, _, md = _draft(second, metrics=[tickets])
    assert "全年累计19,060件，完成全年目标的100.3%" in md
    assert not cs401_on(facts, md, "100.3%")


def test_a_peak_month_said_against_the_other_months_mean_is_told_with_the_workload():
    # (11月2360件，比7—10月月均1488.75件多58.5%，主要是Black Friday… left in the note: all four reviewers)
    second = {"type": "half-year", "period": {"start": "2025-07-01", "end": "2025-12-31"}, "author": "许嘉禾",
              "role": "海外售后客服专员", "duties": "处理海外仓订单的售后", "channels": ["邮件"]}
    tickets = {"name": "售后工单处理量", "value": 9000, "unit": "件", "previous": 8000,
               "note": "11月2000件，比7—10月月均1400件多42.9%，主要是双11前后的物流查询和\n退货。"}
    facts, _, md = _draft(second, metrics=[tickets])
    assert "其中11月2000件，比7—10月月均1400件多42.9%，主要是双11前后的物流查询和退货" in md
    assert not cs401_on(facts, md, "42.9%")


def test_a_space_a_folded_note_leaves_between_two_chinese_characters_is_dropped():
    # (派工单到 各学院 read as a slip: the YAML folded a line there)
    _, _, md = _draft(WEEK, metrics=[{"name": "在线接待量", "value": 2950, "unit": "个", "previous": 2480}],
                      work=["受理咨询并派工单到 各门店，每天下午汇总一次", "门口挂了“服务贴心 办事靠谱”的牌子"])
    assert "派工单到各门店" in md
    assert "“服务贴心 办事靠谱”" in md


def test_a_team_field_that_lists_its_groups_is_titled_by_the_level_above_them():
    # (热线一组（11人）、热线二组2026年第三季度工作总结: the field pasted into the title — every reviewer of review 180)
    quarter = {**QUARTER, "team": "客户服务中心 热线一组（11人）、热线二组（9人）"}
    _, _, md = _draft(quarter, metrics=[{"name": "来电量", "value": 40210, "unit": "通", "previous": 35600}])
    assert md.startswith("# 客户服务中心2026年第二季度工作总结")


def test_a_team_whose_groups_are_a_gloss_keeps_its_own_name_in_the_title():
    quarter = {**QUARTER, "team": "客户服务中心 燃气服务热线（甲组8人、乙组8人）"}
    _, _, md = _draft(quarter, metrics=[{"name": "来电量", "value": 40210, "unit": "通", "previous": 35600}])
    assert md.startswith("# 燃气服务热线2026年第二季度工作总结")
