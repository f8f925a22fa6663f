"""Review 155 (blind round 37, third batch) and blind round 38: what a supervisor reading the
draft read wrong, fixed in session 60. Each test states, on facts of its own, what that reader
would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from helpers import cs401_on

WEEK = {"type": "weekly", "period": {"start": "2026-11-30", "end": "2026-12-06"}, "author": "钟岚",
        "role": "客服班长", "team_size": 6, "team": "在线客服三班", "duties": "带6人班组处理网上商城的在线咨询和售后",
        "channels": ["App在线客服", "小程序在线客服"]}
FIRST_REPLY = {"name": "首次响应时长", "value": 38, "unit": "秒", "target": 30, "previous": 26}


def test_the_busiest_day_a_workload_note_names_is_told_with_the_week_and_its_driver():
    # review 155 (reviewer a): the flu week's peak day (893 sessions, 141 in one hour) was left in the note
    sessions = {"name": "在线接待量", "value": 5210, "unit": "会话", "previous": 3980,
                "note": "促销周，接待量比上周多1230个会话。最忙是12月3日（周四），一天接待1024个会话，"
                        "晚上8点到9点进来166个。",
                "drivers": ["本周商城年终促销，优惠券使用和发货时间咨询集中"]}
    facts, _, md = _draft(WEEK, metrics=[sessions, FIRST_REPLY])
    prose = "\n".join(line for line in md.splitlines() if not line.startswith("|"))
    assert "最忙是12月3日（周四），一天接待1024个会话" in prose
    assert prose.count("1024") == 1
    assert not cs401_on(facts, md, "1024个会话") and not cs401_on(facts, md, "166个")


def test_an_event_day_the_driver_already_names_is_not_named_again_with_its_count():
    # (…公测上线；11月6日公测当天进线14860件 named the day twice in one sentence)
    contacts = {"name": "进线量", "value": 6123, "unit": "件", "previous": 3540,
                "note": "12月3日大促当天进线1860件，是上周日均的3倍多。",
                "drivers": ["12月3日商城年终大促开始"]}
    facts, _, md = _draft(WEEK, metrics=[contacts, FIRST_REPLY])
    assert "主要是因为12月3日商城年终大促开始；当天进线1860件" in md
    assert not cs401_on(facts, md, "1860件")


def test_an_event_day_told_over_two_sentences_of_the_note_explains_the_weeks_swing():
    # review 156 (all four): +59.8 % with no word of the 12月2日 lock-out day (412 chats) in the note
    agent = {**WEEK, "role": "售后在线客服专员", "team_size": None, "duties": "智能门锁售后在线咨询"}
    chats = {"name": "在线接待量", "value": 1240, "unit": "会话", "previous": 760,
             "note": "12月2日上午推送新固件后，部分用户密码开不了门。我当天一天接了436个会话，是平时的4倍。"}
    facts, _, md = _draft(agent, metrics=[chats, FIRST_REPLY])
    assert "较上周增长63.2%；12月2日上午推送新固件后，部分用户密码开不了门，我当天一天接了436个会话" in md
    assert not cs401_on(facts, md, "436个会话")


def test_a_count_before_the_busiest_days_is_the_weeks_change_not_the_days():
    # (比上周多723件，…10月2号、3号两天最忙: 723 is the week's rise, told already as 增长64.4%)
    chats = {"name": "在线接待量", "value": 1846, "unit": "件", "previous": 1123,
             "note": "比上周多723件，涨了64.4%，假期骑行的人多，10月2号、3号两天最忙。"}
    _, _, md = _draft(WEEK, metrics=[chats, FIRST_REPLY])
    assert "723件" not in md


MONTH = {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}, "author": "韩冬",
         "role": "客服班长", "team_size": 8, "team": "热线三班", "duties": "带8名坐席接听供热热线",
         "channels": ["供热服务热线"]}


def test_a_month_with_no_previous_month_is_compared_with_the_year_before_its_notes_give():
    # review 156 (all four): a heating month (October off-season) with year-ago levels in its notes read
    # with no comparison at all
    answered = {"name": "接通率", "value": 90.4, "unit": "%", "target": 95,
                "note": "去年11月86.9%，同比提高3.5个百分点"}
    talk = {"name": "平均通话时长", "value": 184, "unit": "秒", "target": 180, "note": "去年11月205秒，同比缩短10.2%"}
    facts, _, md = _draft(MONTH, metrics=[answered, talk])
    assert "去年11月为86.9%，同比提高3.5个百分点" in md
    assert "高于目标4秒，去年11月为205秒，同比缩短10.2%" in md
    assert not cs401_on(facts, md, "86.9%") and not cs401_on(facts, md, "10.2%")


def test_a_dated_event_the_note_tells_alone_is_told_with_the_peak_that_followed_it():
    # review 156 (three of four): 11月15日零时正式供热。15日—21日一周来电21875通，占全月的56.6% left in the note
    calls = {"name": "来电量", "value": 40120, "unit": "通",
             "note": "11月15日正式供热。15日—21日一周来电22410通，占全月的55.9%，最高是16日5302通。"}
    answered = {"name": "接通率", "value": 90.4, "unit": "%", "target": 95}
    facts, _, md = _draft(MONTH, metrics=[calls, answered])
    assert "其中11月15日正式供热，15日—21日一周来电22410通，占全月的55.9%" in md
    assert not cs401_on(facts, md, "22410通")


def test_an_aim_with_a_period_of_its_own_keeps_it_and_the_plans_date_is_the_steps():
    # review 156 (all four): 2026年2月10日前把接通率提升至95% for an IVR node due by then and a year's 95 %
    answered = {"name": "接通率", "value": 90.4, "unit": "%", "target": 95}
    plan = {"action": "在IVR增加缴费查询自助节点，12月接通率达到95%", "metric": "接通率", "target": 95,
            "unit": "%", "deadline": "2026-12-10"}
    _, _, md = _draft(MONTH, metrics=[answered], plans=[plan])
    assert "自助节点，2026年12月10日前完成，目标是12月接通率达到95%" in md
    assert "2026年12月10日前把接通率" not in md


QUARTER = {"type": "quarterly", "period": {"start": "2026-07-01", "end": "2026-09-30"}, "author": "严雪",
           "role": "企业客户客服专员", "team": "企业客户服务组", "duties": "负责企业客户的续费和咨询",
           "channels": ["电话"]}


def test_a_driver_that_tells_how_the_level_fell_short_is_not_joined_to_the_gain_by_therefore():
    # review 156 (all four): 到期前60天开始跟进，35家未续费里，11家是因为…预算暂停，因此续费率…提升
    renewal = {"name": "续费率", "value": 77.9, "unit": "%", "target": 80, "previous": 73.0,
               "drivers": ["到期前60天开始跟进", "31家未续费里，9家是因为今年招聘预算暂停"]}
    _, _, md = _draft(QUARTER, metrics=[renewal])
    assert "预算暂停，因此" not in md
    assert "到期前60天开始跟进之后，续费率从73%提升到77.9%" in md
    assert "9家是因为今年招聘预算暂停" in md


NEW_HIRE = {"type": "monthly", "period": {"start": "2026-11-01", "end": "2026-11-30"}, "author": "宁可",
            "role": "纠纷处理客服专员", "team": "纠纷处理二组", "channels": ["在线工单", "电话"],
            "duties": "11月3日入职，3日—14日岗前培训和跟单，11月17日起独立处理买卖双方的交易纠纷工单，收集双方证据后给出判责"}
DISPUTES = {"name": "纠纷工单处理量", "value": 486, "unit": "单"}


def test_a_new_hires_training_after_her_start_is_her_history_not_a_duty():
    # review 156 (three of four): 负责3日—14日岗前培训和跟单 read as running the training she attended
    _, _, md = _draft(NEW_HIRE, metrics=[DISPUTES])
    assert "负责3日" not in md and "负责收集双方证据后给出判责" in md
    assert "我11月3日入职，3日—14日岗前培训和跟单，11月17日起独立处理买卖双方的交易纠纷工单。" in md


def test_a_note_on_what_the_data_cover_goes_with_the_history_it_dates_with_all_its_clauses():
    # review 156: 负责…溯源码咨询，下面的数据都是4月—12月的 — the data note pasted among the duties
    back = {**NEW_HIRE, "type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"},
            "duties": "2024年10月开始休产假，2025年4月1日返岗。负责退换货和溯源码咨询。下面的数据都是4月—12月的，1—3月不在岗没有数据"}
    _, _, md = _draft(back, metrics=[DISPUTES])
    assert "负责退换货和溯源码咨询。" in md
    assert "我2024年10月开始休产假，2025年4月1日返岗，下面的数据都是4月—12月的，1—3月不在岗没有数据。" in md


def test_milestones_the_prose_lists_as_written_keep_no_iso_dates_and_a_new_colleague_takes_no_we():
    # review 156 (three of four): 2026-03-09 项目立项… pasted; 我们新同事赵雨桐11月2日入班
    lead = {"type": "project", "period": {"start": "2026-03-01", "end": "2026-08-31"}, "author": "贺川",
            "role": "客服主管（项目负责人）", "duties": "牵头IVR语音导航改造"}
    milestones = ["2026-03-09 项目立项", "原计划2026-05-31完成模型训练，实际2026-06-30完成",
                  "2026-07-20 全量上线"]
    _, _, md = _draft(lead, metrics=[{"name": "转人工率", "value": 48.6, "unit": "%", "target": 45, "better": "lower"}],
                      project={"name": "IVR语音导航改造", "goal": "转人工率从68%降到45%", "milestones": milestones},
                      teamwork=["新同事赵雨桐3月2日入组，跟听3天后独立上线"])
    assert "2026-0" not in md
    assert "3月9日项目立项" in md and "原计划5月31日完成模型训练，实际6月30日完成" in md
    assert "我们新同事" not in md and "新同事赵雨桐3月2日入组" in md


def test_a_highlight_that_restates_a_told_metric_with_its_change_in_per_cent_is_not_said_again():
    # review 157 (both): 申诉工单平均处理时长31.5小时，比去年上半年缩短6.7小时（17.5%） after the same level
    # in the same paragraph (the blind facts file itself: its highlight and its annual target)
    from pathlib import Path

    from cswriter.backends.offline import OfflineBackend
    from cswriter.draft.pipeline import draft_document
    from cswriter.draft.render import render_markdown
    from cswriter.facts.model import load_facts

    path = next(Path(__file__).parent.parent.glob("fixtures/report-blind/round38/04-*.yaml"))
    md = render_markdown(draft_document(load_facts(path), OfflineBackend()))
    results = md.split("## 二、")[1].split("## 三、")[0]
    prose = "\n".join(line for line in results.splitlines() if not line.startswith("|"))
    assert prose.count("31.5小时") == 1


def test_a_report_of_no_duties_takes_its_first_work_line_that_says_what_the_author_is_responsible_for():
    # review 156 (all four): a thin quarter's one duty stood as a one-line 工作内容与方式 section after an
    # overview that named no work
    thin = {"type": "quarterly", "period": {"start": "2026-07-01", "end": "2026-09-30"}, "author": "冯岚",
            "role": "票务客服", "company": "青岩山景区"}
    metrics = [{"name": "票务咨询量", "value": 4870, "unit": "件"}, {"name": "客户满意度", "value": 4.6, "unit": "分", "scale": 5}]
    _, _, md = _draft(thin, metrics=metrics, work=["负责景区小程序和电话的门票预约咨询和退改签"])
    assert "我在青岩山景区担任票务客服，主要负责景区小程序和电话的门票预约咨询和退改签。" in md
    assert "工作内容" not in md


def test_a_cause_that_counts_only_part_of_the_shortfall_is_one_cause_among_others():
    # review 158 (both): 35家未续费里，11家是因为…预算暂停，这是续费率没有达到目标的主要原因 — 24 of 35 unexplained
    renewal = {"name": "续费率", "value": 77.9, "unit": "%", "target": 80, "previous": 73.0,
               "drivers": ["到期前60天开始跟进", "31家未续费里，9家是因为今年招聘预算暂停"]}
    _, _, md = _draft(QUARTER, metrics=[renewal])
    assert "31家未续费里，9家是因为今年招聘预算暂停，这是续费率没有达到目标的原因之一" in md
    assert "主要原因" not in md
    # (…but a cause that counts most of it is the main one: 超时的24单里有17单是因为备件缺货)
    closed = {"name": "工单48小时闭环率", "value": 88.0, "unit": "%", "target": 92, "previous": 90.1,
              "drivers": ["超时的24单里有17单是因为备件缺货，只能等货"]}
    _, _, md = _draft(QUARTER, metrics=[closed])
    assert "原因之一" not in md


def test_one_months_level_of_a_period_of_several_is_one_cause_among_others():
    # review 159 (both): 11月一次办结率掉到86.9%，这是…没有达到目标的主要原因 — 0.15 of a 1.6-point gap
    year = {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"}, "author": "魏宁",
            "role": "客服班长", "team_size": 12, "team": "信用卡争议组", "duties": "带12人处理信用卡交易争议",
            "channels": ["电话"]}
    solved = {"name": "争议一次办结率", "value": 86.3, "unit": "%", "target": 88, "previous": 83.9,
              "drivers": ["11月双十一后争议集中，很多要等商户回复，11月一次办结率掉到85.1%"]}
    _, _, md = _draft(year, metrics=[solved])
    assert "11月一次办结率掉到85.1%，这是争议一次办结率没有达到目标的原因之一" in md


def test_a_cap_used_faster_than_the_year_goes_by_says_so():
    # review 158 (both): 离职率…已用去66.7% at mid-year, with no word that the year would pass 15 % at that pace
    half = {"type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"}, "author": "鲁进",
            "role": "客服主管", "team_size": 30, "team": "司机服务中心", "duties": "管理三个组的司机热线",
            "channels": ["司机服务热线"]}
    left = {"name": "离职率", "value": 10.0, "unit": "%", "annual_target": 15, "previous": 13.3, "better": "lower",
            "basis": {"left": 3, "total": 30}}
    slow = {**left, "value": 6.7, "basis": {"left": 2, "total": 30}}
    _, _, md = _draft(half, metrics=[{"name": "进线量", "value": 286450, "unit": "件"}, left])
    assert "已用去66.7%，比时间进度快" in md
    _, _, md = _draft(half, metrics=[{"name": "进线量", "value": 286450, "unit": "件"}, slow])
    assert "比时间进度快" not in md


def test_a_miss_whose_plan_names_in_quotes_what_a_problem_is_about_is_that_problems():
    # review 158 (both): 自助解决率…原因还没有查清 beside the problem on “改地址” recognition and the plan
    # 10月上线“改地址”全自助流程 for that very rate
    lead = {"type": "project", "period": {"start": "2026-03-01", "end": "2026-08-31"}, "author": "贺川",
            "role": "客服主管（项目负责人）", "duties": "牵头IVR语音导航改造"}
    metrics = [{"name": "转人工率", "value": 48.6, "unit": "%", "target": 45, "previous": 68.0, "better": "lower"},
               {"name": "自助解决率", "value": 38.2, "unit": "%", "target": 40, "previous": 22.0}]
    problems = [{"title": "查件以外的意图识别率偏低", "evidence": "“改地址”意图识别准确率只有81.7%，转人工率超过70%",
                 "cause": "训练样本中改地址录音只占6%"}]
    plans = [{"action": "10月上线“改地址”全自助流程", "metric": "自助解决率", "target": 40, "unit": "%",
              "deadline": "2026-12-31"}]
    _, _, md = _draft(lead, metrics=metrics, problems=problems, plans=plans,
                      project={"name": "IVR语音导航改造", "goal": "转人工率从68%降到45%，自助解决率从22%提高到40%"})
    assert "原因还没有查清" not in md


def test_a_plan_that_says_its_month_end_is_not_given_its_date_again():
    # review 160 (a): 跟踪14件…工单在12月底前全部回复用户，2026年12月31日前完成 — the deadline twice
    answered = {"name": "接通率", "value": 90.4, "unit": "%", "target": 95}
    plan = {"action": "每周汇总一次未办结工单，跟踪12件老旧小区工单在12月底前全部回复用户", "deadline": "2026-12-31"}
    _, _, md = _draft(MONTH, metrics=[answered], plans=[plan])
    assert "12月底前全部回复用户" in md and "2026年12月31日前完成" not in md


def test_a_satisfaction_miss_whose_bad_reviews_a_problem_counts_is_that_problems():
    # review 160 (both): 客户满意度…原因还没有查清 beside 有9个会话因此二次进线，其中2个给了差评
    csat = {"name": "客户满意度", "value": 4.62, "unit": "分", "scale": 5, "target": 4.7, "previous": 4.78}
    problems = [{"title": "固件问题我给错了处理步骤", "evidence": "有9个会话因此二次进线，其中2个给了差评",
                 "cause": "没等技术组的统一口径，直接用了旧条目"}]
    _, _, md = _draft({**WEEK, "role": "售后在线客服专员", "team_size": None}, metrics=[FIRST_REPLY, csat],
                      problems=problems)
    assert "客户满意度低于目标0.08分" not in md.split("## 二、")[1]   # (not among the misses of no known cause)
    # (…and the problem names it as one cause, so that the miss is not dropped without a word: review 161)
    assert "这也是客户满意度没有达到目标的原因之一" in md
