"""Blind round 20 (review 106) and round 21: what a supervisor reading the draft called slot
frames, fixed in session 50 — plans that only restate targets told one by one in the same
mould, and a miss with no cause said in one empty line though the monthly rows show its shape.
Each test states, on facts of its own, what a supervisor reading the draft would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind11 import _section

YEAR = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "岳晓岚",
        "role": "客服班长", "team": "客户服务部 净水售后一组", "team_size": 12,
        "duties": "带12人班组负责滤芯更换预约和漏水报修", "channels": ["售后热线"]}
ORDERS = {"name": "售后工单量", "value": 68420, "unit": "件", "target": 65000, "previous": 59870}
FIX = {"name": "一次上门解决率", "value": 86.3, "unit": "%", "target": 90, "previous": 87.1}
STARS = {"name": "客户满意度", "value": 4.81, "unit": "分", "target": 4.8, "previous": 4.77}
INSTALLS = {"name": "上门安装完成量", "value": 21360, "unit": "单", "target": 24000, "previous": 19880}


def _aim(metric: str, target: float, unit: str, deadline: str = "2026-12-31") -> dict:
    return {"action": f"2026年{metric}达到{target:g}{unit}", "metric": metric, "target": target, "unit": unit,
            "deadline": deadline}


def test_plans_that_only_restate_targets_are_one_sentence_with_their_date_said_once():
    plans = [_aim("上门安装完成量", 25000, "单"), _aim("一次上门解决率", 90, "%"), _aim("客户满意度", 4.85, "分")]
    _, _, md = _draft(YEAR, metrics=[ORDERS, INSTALLS, FIX, STARS], plans=plans)
    body = _section(md, "计划")
    # one sentence, one date, three aims — not 我们计划在…前把…。同时，我们计划在…前把…
    assert body.count("2026年12月31日前") == 1 and body.count("计划") == 1
    assert "让上门安装完成量提升至25,000单、一次上门解决率提升至90%、客户满意度提升至4.85分。" in body


def test_aims_under_different_dates_keep_each_date():
    plans = [_aim("一次上门解决率", 90, "%", "2026-06-30"), _aim("客户满意度", 4.85, "分")]
    _, _, md = _draft(YEAR, metrics=[ORDERS, FIX, STARS], plans=plans)
    body = _section(md, "计划")
    assert "在2026年6月30日前让一次上门解决率提升至90%，在2026年12月31日前让客户满意度提升至4.85分。" in body


def test_an_aim_after_a_plan_that_acts_is_not_merged_into_it():
    plans = [{"action": "每周抽查20单上门工单，复盘二次上门原因", "deadline": "2026-03-31"},
             _aim("客户满意度", 4.85, "分")]
    _, _, md = _draft(YEAR, metrics=[ORDERS, FIX, STARS], plans=plans)
    body = _section(md, "计划")
    assert "每周抽查20单上门工单" in body and "客户满意度提升至4.85分" in body
    assert "、客户满意度" not in body


MONTHS = [4820, 4310, 5160, 5480, 5890, 6740, 7120, 6980, 5870, 5560, 5130, 5360]
RATES = [87.9, 88.4, 87.2, 86.8, 85.9, 84.6, 83.7, 84.1, 86.0, 86.9, 87.5, 86.6]


LEAKS = [{"title": "漏水投诉集中", "evidence": "漏水投诉187件，其中快接头渗漏121件",
          "cause": "2024年一个批次的快接头密封圈老化快"}]


def _monthly(rates: list[float]) -> dict:
    return {"columns": ["售后工单量", "一次上门解决率"], "units": ["件", "%"],
            "rows": {f"2025-{k:02d}": [n, r] for k, (n, r) in enumerate(zip(MONTHS, rates), start=1)}}


def test_a_causeless_miss_says_what_its_months_show():
    _, _, md = _draft(YEAR, metrics=[ORDERS, FIX, STARS], monthly=_monthly(RATES), problems=LEAKS)
    problems, results = _section(md, "问题"), _section(md, "核心指标")
    # not the empty 此外，一次上门解决率也没有达到目标。 — the worst months were the busiest ones
    # (the rows' own figures; no cause made up)…
    # (its gap first, and that its cause is not yet known — review 122)
    assert "此外，一次上门解决率低于目标3.7个百分点，最低的6—8月正是售后工单量最多的三个月，原因还没有查清。" in problems
    # …and the year's trend says no month reached the target, not 保持在83.7%—88.4%之间
    assert "一次上门解决率没有一个月达到90%的目标，在83.7%—88.4%之间" in results
    assert "保持在83.7%" not in md and problems.count("没有一个月") == 0


def test_a_causeless_miss_in_a_quarter_says_no_month_reached_its_target():
    quarter = dict(YEAR, type="quarterly", period={"start": "2025-07-01", "end": "2025-09-30"})
    rows = {"2025-07": [7120, 83.7], "2025-08": [6980, 84.1], "2025-09": [5870, 86.0], }
    monthly = {"columns": ["售后工单量", "一次上门解决率"], "units": ["件", "%"], "rows": rows}
    orders = dict(ORDERS, value=19970, target=19000, previous=18800)
    fix = dict(FIX, value=84.6, previous=85.2)
    _, _, md = _draft(quarter, metrics=[orders, fix], monthly=monthly, problems=LEAKS)
    assert "此外，一次上门解决率低于目标5.4个百分点，没有一个月达到90%，原因还没有查清。" in _section(md, "问题")


def test_a_miss_met_in_a_month_or_two_names_those_months():
    rates = RATES[:]
    rates[1] = 90.2
    _, _, md = _draft(YEAR, metrics=[ORDERS, FIX, STARS], monthly=_monthly(rates), problems=LEAKS)
    problems = _section(md, "问题")
    assert "一次上门解决率低于目标3.7个百分点，只有2月达到了目标；最低的6—8月" in problems


def test_worst_months_apart_from_the_busiest_are_not_linked_to_them():
    rates = RATES[::-1]   # the worst months are now 5—7月, the busiest still 6—8月
    _, _, md = _draft(YEAR, metrics=[ORDERS, FIX, STARS], monthly=_monthly(rates), problems=LEAKS)
    problems = _section(md, "问题")
    assert "一次上门解决率低于目标3.7个百分点，原因还没有查清。" in problems and "最多的" not in problems


QUARTER = dict(YEAR, type="quarterly", period={"start": "2026-04-01", "end": "2026-06-30"},
               role="客服主管", team="海外客服部", team_size=25, duties="管理英语、西语两个客服组")
TICKETS = {"name": "工单处理量", "value": 41290, "unit": "件", "target": 40000, "previous": 36870}


def test_a_title_whose_verdict_is_on_a_measure_of_its_own_keeps_its_clause():
    problems = [{"title": "封号类申诉等风控时间长", "evidence": "本周封号类申诉208件，转风控后平均等了31小时才有结论"}]
    _, _, md = _draft(QUARTER, metrics=[TICKETS], problems=problems)
    body = _section(md, "问题")
    assert "时间长，为208件" not in body and "封号类申诉等风控时间长：" in body


def test_a_plan_typed_with_ascii_commas_does_not_say_its_aim_twice():
    rate = {"name": "差评挽回率", "value": 37.5, "unit": "%", "basis": {"recovered": 141, "total": 376}}
    plans = [{"action": "差评24小时内联系,挽回率提到45%", "metric": "差评挽回率", "target": 45, "unit": "%",
              "baseline": 37.5, "deadline": "2026-12-31"}]
    _, _, md = _draft(QUARTER, metrics=[TICKETS, rate], plans=plans)
    body = _section(md, "计划")
    # a rate of bad reviews set right is one to raise (not 控制在45%以内), said once
    assert "差评挽回率提升至45%（目前为37.5%）" in body
    assert "挽回率提到45%" not in body and "以内" not in body


def test_a_plan_naming_its_metric_by_a_shorter_name_does_not_say_its_aim_twice():
    score = {"name": "质检平均分", "value": 86.5, "unit": "分", "target": 90}
    plans = [{"action": "免责条款按话术卡逐条念，质检分到90分", "metric": "质检平均分", "target": 90, "unit": "分",
              "deadline": "2026-05-31"}]
    _, _, md = _draft(QUARTER, metrics=[TICKETS, score], plans=plans)
    body = _section(md, "计划")
    assert "质检分到90分" not in body and "质检平均分提升至90分" in body


def test_a_rule_change_said_against_an_earlier_quarter_leaves_the_target_comparable():
    fcr = {"name": "一次解决率", "value": 71.8, "unit": "%", "target": 75, "previous": 76.4,
           "note": "5月16日起口径改了，7天内再次来信就算没解决，所以后半季的数和一季度不完全可比"}
    _, _, md = _draft(QUARTER, metrics=[TICKETS, fcr])
    row = next(line for line in md.splitlines() if line.startswith("| 一次解决率 |"))
    # the miss against the target is judged; only the change from last quarter is left out
    assert "| 未达标" in row and row.rstrip(" |").endswith("口径不同，不可比")
    assert "一次解决率" in _section(md, "核心指标").split("。")[0]   # the verdict names the miss


def test_a_count_with_a_target_and_no_word_of_its_way_is_judged_against_it():
    bookings = {"name": "保养预约量", "value": 14260, "unit": "台次", "target": 15000, "previous": 13480}
    complaints = {"name": "有效投诉量", "value": 47, "unit": "件", "target": 50, "previous": 58}
    _, _, md = _draft(YEAR, metrics=[bookings, complaints])
    assert "| 保养预约量 | 14,260台次 | 15,000台次 | 未达标，完成目标的95.1% |" in md
    assert "| 有效投诉量 | 47件 | 50件 | 达标，低于目标3件 |" in md
    assert "保养预约量" in _section(md, "核心指标").split("。")[0]


def test_a_problem_opening_on_a_run_of_months_names_its_metric_first():
    fcr = {"name": "一次解决率", "value": 71.8, "unit": "%", "target": 75, "previous": 76.4}
    problems = [{"title": "一次解决率连续下滑", "metric": "一次解决率",
                 "evidence": "4月76.1%、5月72.0%、6月68.0%，全季度71.8%",
                 "cause": "物流商换了美西尾程，轨迹更新延迟2-3天"}]
    _, _, md = _draft(QUARTER, metrics=[TICKETS, fcr], problems=problems)
    assert "一次解决率4月76.1%、5月72.0%、6月68.0%" in _section(md, "问题")


PROJECT = {"type": "project", "period": {"start": "2026-02-09", "end": "2026-05-29"}, "title": "帮助中心知识库重建项目总结",
           "author": "林以晴", "role": "客服专员(项目负责人)", "team": "客户成功部 在线支持组",
           "duties": "日常负责在线工单支持;本项目中负责知识库盘点和文章改写的组织"}
PROJECT_BLOCK = {"name": "帮助中心知识库重建", "background": "老知识库有1087篇文章，搜索搜不到，客户宁可直接提工单",
                 "goal": "自助解决率从31.5%提到45%",
                 "milestones": ["2月9日-2月27日:盘点全部1087篇文章,标记过期、重复的文章", "4月24日:全量上线"],
                 "result": "5月自助解决率47.2%，达到目标", "lessons": ["先看搜索日志再写文章"]}
SELF_HELP = {"name": "自助解决率", "value": 47.2, "unit": "%", "target": 45, "previous": 31.5}


def test_an_agent_leading_a_project_gets_her_background_written_not_a_team_size_asked():
    from cswriter.check import check_facts
    facts, _, md = _draft(PROJECT, project=PROJECT_BLOCK, metrics=[SELF_HELP],
                          teamwork=["产品经理2人负责审核改写文章，共审核412篇"])
    assert "CK501" not in [f.code for f in check_facts(facts).findings]
    assert "## 一、背景与目标" in md and "老知识库有1087篇文章" in md
    # people of another role counted at an item's start are its subject: no 我 before them
    assert "产品经理2人负责审核改写文章" in md and "我产品经理" not in md and "我们产品经理" not in md
    # the milestones typed as a schedule keep no colon after their time
    assert "2月9日-2月27日，盘点全部1087篇文章" in md and "，：" not in md


def test_a_plan_that_ends_on_keeping_its_aim_does_not_say_it_twice():
    rate = {"name": "搜索无结果率", "value": 8.9, "unit": "%", "target": 10, "previous": 22.4, "better": "lower"}
    plans = [{"action": "每月从搜索日志里补充同义词,无结果率保持在10%以内", "metric": "搜索无结果率", "target": 10,
              "unit": "%", "deadline": "2026-08-31"}]
    _, _, md = _draft(PROJECT, project=PROJECT_BLOCK, metrics=[SELF_HELP, rate], plans=plans)
    body = _section(md, "下一步")
    assert "无结果率保持在10%以内，" not in body and body.count("10%") == 1


def test_categories_counted_as_refusal_reasons_are_not_called_inquiries():
    quarter = dict(QUARTER, role="车险续保专员", team="电销中心 续保二组", team_size=None, duties="给老客户打续保电话")
    calls = {"name": "外呼量", "value": 2864, "unit": "通", "target": 3000}
    reasons = [{"name": "嫌贵/别家报价更低", "share": 46, "note": "按没续保客户说的拒绝原因统计"},
               {"name": "已经在别家续了", "share": 21}, {"name": "车卖了/不开了", "share": 13}, {"name": "再考虑", "share": 20}]
    _, _, md = _draft(quarter, metrics=[calls], categories=reasons)
    assert "没续保客户说的拒绝原因里，嫌贵/别家报价更低最多，占46%" in md
    assert "的咨询以嫌贵" not in md and "客户问得最多的是嫌贵" not in md


def test_a_hire_who_started_mid_quarter_by_her_duties_gets_no_daily_mean_over_the_quarter():
    quarter = dict(QUARTER, role="车险续保专员", team="电销中心 续保二组", team_size=None,
                   duties="2月9日入职,春节后2月24日起独立外呼。给老客户打续保电话")
    quarter["period"] = {"start": "2026-01-01", "end": "2026-03-31"}
    calls = {"name": "外呼量", "value": 2864, "unit": "通", "target": 3000}
    _, _, md = _draft(quarter, metrics=[calls])
    assert "外呼2864通" in md and "日均" not in md


def test_a_headwind_driver_of_a_rate_that_rose_but_missed_is_the_miss_s_cause_not_the_gain_s():
    sales = {"name": "账单分期外呼成功率", "value": 6.8, "unit": "%", "target": 7.0, "previous": 5.9,
             "drivers": ["9月起按监管要求外呼开头增加费率和风险提示,每通多约40秒,开头挂断的多了"]}
    _, _, md = _draft(YEAR, metrics=[ORDERS, sales], problems=LEAKS)
    assert "挂断的多了，因此" not in md
    assert "开头挂断的多了，这是账单分期外呼成功率没有达到目标的主要原因" in _section(md, "问题")


def test_the_milestone_table_speaks_with_chinese_punctuation():
    block = dict(PROJECT_BLOCK, milestones=["2月9日-2月27日:盘点全部1087篇文章,标记过期、重复的文章",
                                            "3月2日-3月6日:重建分类,改成6大类38小类", "4月24日:全量上线,搜索加入同义词库(首批520组)"])
    _, _, md = _draft(PROJECT, project=block, metrics=[SELF_HELP])
    assert "| 盘点全部1087篇文章，标记过期、重复的文章 |" in md
    assert "| 全量上线，搜索加入同义词库（首批520组） |" in md


def test_a_missed_goal_stated_after_a_semicolon_is_read_as_an_aim_not_a_claim():
    block = dict(PROJECT_BLOCK, goal="自助解决率从31.5%提到45%;搜索无结果率从22.4%降到10%以内;月人工工单量减少20%(降到3168件以内)")
    tickets = {"name": "月人工工单量", "value": 3410, "unit": "件", "target": 3168, "previous": 3960, "better": "lower"}
    no_result = {"name": "搜索无结果率", "value": 8.9, "unit": "%", "target": 10, "previous": 22.4, "better": "lower"}
    _, draft, md = _draft(PROJECT, project=block, metrics=[SELF_HELP, no_result, tickets])
    assert "月人工工单量减少20%（降到3168件以内）" in md
    # neither the cut nor the ceiling is a claim about what the project reached
    assert [f.match for s in draft.sections for f in s.findings if f.code == "CS401"] == []


def test_the_signature_names_the_unit_without_the_team_s_gloss():
    quarter = dict(QUARTER, company="远帆出海电子商务有限公司", team="海外客服部（英语组14人、西语组11人）")
    _, _, md = _draft(quarter, metrics=[TICKETS])
    assert "远帆出海电子商务有限公司 海外客服部\n" in md and "西语组11人）\n" not in md.split("## 二")[-1]


def test_a_count_after_a_title_s_verdict_is_how_many_there_were():
    problems = [{"title": "装机爽约投诉多", "evidence": "装机爽约投诉18件，比上月多6件", "cause": "装维外包没有接入工单系统回单"}]
    _, _, md = _draft(QUARTER, metrics=[TICKETS], problems=problems)
    assert "装机爽约投诉多，共18件" in _section(md, "问题")


def test_what_other_departments_changed_after_a_lesson_takes_no_we_but_our_own_step_does():
    lesson = {"title": "保修期答错", "kind": "lesson", "situation": "官网试点第一周，知识库里把空调整机保修写成了6年",
              "actions": ["发现后2小时内改正知识库", "调出答错的31个会话，人工逐个回访说明"],
              "result": "31位客户全部回访到，之后保修、价格类条目上线前都要售后部签字"}
    for item, said in (("售后部、市场部指定知识库审核人各1名，保修、价格、补贴类条目必须审核", "此后，售后部、市场部指定"),
                       ("配合售后部把保修、价格、补贴类条目在知识库里逐条审核", "此后，我们配合售后部")):
        _, _, md = _draft(QUARTER, metrics=[TICKETS], cases=[lesson], teamwork=[item])
        assert said in md, item


def test_a_problem_with_no_cause_takes_the_headwind_among_its_metric_s_drivers():
    handling = {"name": "平均处理时长", "value": 4.6, "unit": "分钟", "target": 4.5, "previous": 4.9, "better": "lower",
                "drivers": ["盗刷类来电平均9.2分钟,全年比重上升", "上半年推广知识库快捷检索,账单类通话缩短"]}
    problems = [{"title": "平均处理时长超目标", "metric": "平均处理时长", "evidence": "4.6分钟,比目标多0.1分钟"}]
    _, _, md = _draft(YEAR, metrics=[ORDERS, handling], problems=problems)
    body = _section(md, "问题")
    # the driver that held it back is the miss's cause; the one that moved it down is not
    assert "盗刷类来电平均9.2分钟，全年比重上升" in body and "快捷检索" not in body


def test_a_note_that_says_who_was_not_there_is_the_coverage_miss_s_cause():
    coverage = {"name": "培训覆盖率", "value": 96, "unit": "%", "target": 100, "previous": 92,
                "basis": {"trained": 24, "total": 25}, "note": "1人6月休产假没参加"}
    _, _, md = _draft(QUARTER, metrics=[TICKETS, coverage], problems=LEAKS)
    assert "1人6月休产假没参加" in _section(md, "问题")
    assert "此外，培训覆盖率也没有达到目标。" not in md


def test_a_rate_of_cases_handled_in_time_is_judged_against_its_target():
    handled = {"name": "盗刷挂失30分钟处置率", "value": 99.6, "unit": "%", "target": 99.5, "previous": 99.2}
    _, _, md = _draft(YEAR, metrics=[ORDERS, handled])
    assert "| 盗刷挂失30分钟处置率 | 99.6% | 99.5% | 达标，高于目标0.1个百分点 |" in md


def test_two_circumstances_behind_a_miss_are_told_one_by_one_competitors_included():
    arrival = {"name": "预约到店率", "value": 82.3, "unit": "%", "target": 85, "previous": 80.6,
               "drivers": ["7、8月雨多,预约了不来的多,这两个月到店率只有82.0%、80.7%",
                           "周边新开了两家连锁快修店,小保养价格比我们低30%左右"]}
    _, _, md = _draft(YEAR, metrics=[ORDERS, arrival], problems=LEAKS)
    assert ("预约到店率没有达到目标，原因主要有两个：一是7、8月雨多，预约了不来的多，这两个月到店率只有82.0%、80.7%；"
            "二是周边新开了两家连锁快修店，小保养价格比我们低30%左右。") in _section(md, "问题")


def test_a_causeless_complaint_rate_miss_says_where_the_complaints_came_from():
    rate = {"name": "投诉率", "value": 32.6, "unit": "件/万通", "target": 15, "previous": 13.8, "better": "lower"}
    stars = {"name": "客户满意度", "value": 92.4, "unit": "分", "scale": 100, "target": 93, "previous": 94.1}
    complaints = {"total": 412, "previous": 136, "types": [{"name": "净值下跌/收益不及预期", "count": 268},
                                                           {"name": "赎回到账延迟", "count": 144}]}
    _, draft, md = _draft(QUARTER, metrics=[TICKETS, stars, rate], complaints=complaints, problems=LEAKS)
    # (each with its gap; the two causes not yet known said once — review 122)
    assert ("此外，客户满意度低于目标0.6分；投诉率高于目标17.6件/万通，净值下跌/收益不及预期类投诉占全部投诉的65.0%。"
            "这两项的原因都还没有查清。") in _section(md, "问题")
    assert not [f for s in draft.sections for f in s.findings if f.code == "CS401"]


def test_a_plan_names_the_lesson_it_came_from_only_by_a_short_title():
    story = {"situation": "骑手17日被判虚假送达，扣款200元", "actions": ["初审只看了定位轨迹就驳回了"],
             "result": "复核后改判，200元当天退回"}
    plan = {"action": "虚假送达类申诉初审必须同时看聊天记录和通话录音，和组长一起整理复核清单", "deadline": "2026-06-30"}
    long = dict(story, title='一张"虚假送达"申诉被我错误驳回', kind="lesson")
    _, _, md = _draft(QUARTER, metrics=[TICKETS], cases=[long], plans=[plan])
    assert "的教训" not in _section(md, "计划") and "再出现" not in _section(md, "计划")
    short = dict(story, title="虚假送达误驳", kind="lesson")
    _, _, md = _draft(QUARTER, metrics=[TICKETS], cases=[short], plans=[plan])
    assert "虚假送达误驳" in _section(md, "计划")


def test_a_title_whose_verdict_is_on_a_noun_of_its_own_is_not_given_the_evidence_s_count():
    # blind round 22's first run: 信号类重复投诉多，共2160件 gave the repeats all 2,160 signal complaints
    problems = [{"title": "信号类重复投诉多", "evidence": "信号类2160件，其中重复投诉389件，占18.0%",
                 "cause": "基站建设要网络部排期，平均回复周期21天"}]
    _, draft, md = _draft(QUARTER, metrics=[TICKETS], problems=problems)
    body = _section(md, "问题")
    assert "重复投诉多，共2160件" not in body and "信号类2160件，其中重复投诉389件" in body


MONTH = dict(YEAR, type="monthly", period={"start": "2026-01-01", "end": "2026-01-31"})


def test_a_rate_with_a_target_and_no_word_of_its_way_is_named_among_the_misses():
    # blind round 22's first run: the verdict named the met ones and left the month's main miss out
    onsite = {"name": "48小时上门安装率", "value": 86.4, "unit": "%", "target": 92, "previous": 93.1,
              "note": "腊月里合作网点师傅1月中旬起陆续返乡，可派师傅从日均142人降到97人，15号以后很多单只能排到3-4天后上门"}
    bookings = {"name": "安装预约受理量", "value": 9860, "unit": "单", "previous": 9120}
    stars = {"name": "客户满意度", "value": 4.72, "unit": "分", "target": 4.7, "previous": 4.68}
    _, _, md = _draft(MONTH, metrics=[bookings, onsite, stars], problems=LEAKS)
    verdict = _section(md, "核心指标").split("。")[0]
    assert "48小时上门安装率" in verdict and "| 48小时上门安装率 | 86.4% | 92% | 未达标" in md
    # …and the note that says why is its cause, not 此外，…也没有达到目标
    assert "可派师傅从日均142人降到97人" in _section(md, "问题")


def test_a_comparison_kept_in_a_problem_keeps_the_level_it_compares():
    resched = {"name": "改约率", "value": 14.2, "unit": "%", "previous": 11.5, "better": "lower"}
    problems = [{"title": "改约率上升", "metric": "改约率", "evidence": "改约1400单，改约率14.2%，比12月的11.5%高2.7个百分点",
                 "cause": "临近春节客户自己行程变动主动改约812单"}]
    _, _, md = _draft(MONTH, metrics=[ORDERS, resched], problems=problems)
    assert "改约率14.2%，比12月的11.5%高2.7个百分点" in _section(md, "问题")


def test_plans_that_only_keep_a_level_are_told_as_aims_in_one_sentence():
    # blind round 22's game agent: 我会推动好评率保持…；我会推动首次响应保持在目标内…
    game = dict(YEAR, role="游戏客服专员", team="玩家服务部", team_size=None, duties="处理玩家充值和封号申诉工单")
    first = {"name": "首次响应时长", "value": 4.2, "unit": "分钟", "target": 5, "previous": 6.1, "better": "lower"}
    liked = {"name": "玩家好评率", "value": 92.3, "unit": "%", "target": 90, "previous": 89.5}
    tickets = {"name": "工单处理量", "value": 21640, "unit": "件", "target": 20000, "previous": 19800}
    plans = [{"action": "首次响应保持在目标内", "metric": "首次响应时长", "target": 5, "unit": "分钟", "deadline": "2026-12-31"},
             {"action": "好评率保持", "metric": "玩家好评率", "target": 90, "unit": "%", "deadline": "2026-12-31"},
             {"action": "工单量完成目标", "metric": "工单处理量", "target": 20000, "unit": "件", "deadline": "2026-12-31"}]
    _, _, md = _draft(game, metrics=[tickets, first, liked], plans=plans)
    body = _section(md, "计划")
    assert "推动" not in body and "保持在目标内" not in body and body.count("2026年12月31日前") == 1
    # (the workload's target is below the 21,640 reached: it is kept, not reached — review 112)
    assert "首次响应时长控制在5分钟以内、玩家好评率保持在90%以上、工单处理量保持在20,000件以上" in body
