"""Round 11's remaining classes, fixed in session 45 before blind round 12's paired review: each
test states, on facts of its own, what a supervisor reading the draft would notice."""

from __future__ import annotations

from test_report_blind1 import MONTH, YEAR, _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind11 import VOLUME, _section

NEWHIRE = dict(MONTH, role="电视购物热线客服专员", team="呼叫中心 订购二组", team_size=None,
               duties="接听订购来电、录入订单，兼接部分售后来电")
CATEGORIES = [{"name": "订购下单", "count": 1562}, {"name": "物流查询", "count": 104},
              {"name": "退换货", "count": 72}, {"name": "产品使用问题", "count": 36}]


def test_a_volume_smaller_than_one_category_is_not_the_months_workload():
    report = {k: v for k, v in NEWHIRE.items() if v is not None}
    metrics = [{"name": "售后来电接听量", "value": 212, "unit": "通"},
               {"name": "成交转化率", "value": 62.7, "unit": "%", "target": 65}]
    _, _, md = _draft(report, metrics=metrics, categories=CATEGORIES)
    overview = _section(md, "概述")
    assert "212通" not in overview            # not 本月我共接听售后来电212通
    assert "订购下单" in overview and "1562通" in overview


def test_a_volume_larger_than_every_category_still_heads_the_overview():
    report = {k: v for k, v in NEWHIRE.items() if v is not None}
    metrics = [{"name": "来电接听量", "value": 1774, "unit": "通"}]
    _, _, md = _draft(report, metrics=metrics, categories=CATEGORIES)
    assert "1774通" in _section(md, "概述")


def _months(values: list[float | None]) -> dict[str, list[float | None]]:
    return {f"2026-{m:02d}": [1000 + m, v] for m, v in enumerate(values, start=1)}


def test_a_metric_the_monthly_table_holds_only_from_july_is_named_with_its_months():
    monthly = {"columns": ["来电接听量", "跨组转接率"], "units": ["通", "%"],
               "rows": _months([None] * 6 + [6.3, 5.3, 4.6, 4.1, 3.4, 3.2])}
    metrics = [VOLUME, {"name": "跨组转接率", "value": 4.3, "unit": "%", "target": 5, "better": "lower"}]
    _, _, md = _draft(YEAR, metrics=metrics, monthly=monthly)
    assert "| 跨组转接率（7—12月） | 4.3% |" in md
    assert "| 来电接听量 | 306,390通 |" in md     # a whole year's row keeps its name


def test_a_metric_whose_note_says_counting_began_in_april_is_named_with_its_months():
    half = dict(YEAR, type="half-year", period={"start": "2026-01-01", "end": "2026-06-30"})
    metrics = [VOLUME, {"name": "携号转网挽留率", "value": 31.5, "unit": "%", "target": 30,
                        "note": "4月起才开始统计"},
               {"name": "首次解决率", "value": 82.0, "unit": "%", "target": 80, "note": "按全半年统计"}]
    _, _, md = _draft(half, metrics=metrics)
    assert "| 携号转网挽留率（4—6月） | 31.5% |" in md
    assert "| 首次解决率 | 82% |" in md


def test_a_monthly_report_never_names_months_on_its_rows():
    metrics = [VOLUME, {"name": "携号转网挽留率", "value": 31.5, "unit": "%", "target": 30,
                        "note": "10月起才开始统计"}]
    _, _, md = _draft(MONTH, metrics=metrics)
    assert "| 携号转网挽留率 | 31.5% |" in md


QUARTER = dict(MONTH, type="quarterly", period={"start": "2026-07-01", "end": "2026-09-30"})


def test_a_rate_named_with_a_gloss_in_brackets_is_judged_by_its_name():
    metrics = [VOLUME, {"name": "派单及时率(2小时内派单)", "value": 93.6, "unit": "%", "target": 95},
               {"name": "上门一次修复率", "value": 88.2, "unit": "%", "target": 90}]
    _, draft, md = _draft(MONTH, metrics=metrics)
    assert "| 派单及时率(2小时内派单) | 93.6% | 95% | 未达标，低于目标1.4个百分点 |" in md
    assert "| 上门一次修复率 | 88.2% | 90% | 未达标，低于目标1.8个百分点 |" in md
    verdict = draft.section("metrics").text.split("。")[0]
    assert "上门一次修复率" in verdict and "派单及时率" in verdict


def test_a_rate_in_a_unit_of_its_own_changes_in_that_unit_not_in_points():
    metrics = [VOLUME, {"name": "投诉率", "value": 32.6, "unit": "件/万通", "target": 15, "previous": 13.8}]
    _, _, md = _draft(QUARTER, metrics=metrics)
    assert "个百分点" not in md
    assert "| 13.8件/万通 | 上升18.8件/万通 |" in md
    assert "17.6件/万通" in md


def test_a_plan_in_the_authors_own_words_of_intent_takes_no_frame():
    report = {k: v for k, v in NEWHIRE.items() if v is not None}
    _, _, md = _draft(report, metrics=[VOLUME], plans=[{"action": "下季度想试试工作日拍摄优惠"}])
    text = _section(md, "计划")
    assert "推动下季度" not in text and "安排下季度" not in text
    assert "下季度，我想试试工作日拍摄优惠" in text


def test_a_plan_that_is_a_rule_with_its_own_doer_is_said_as_the_rule():
    metrics = [VOLUME, {"name": "工单闭环率", "value": 91.3, "unit": "%", "target": 95}]
    plans = [{"action": "弹性坐席从6人扩到15人", "deadline": "2026-11-30"},
             {"action": "工单超过48小时未回复的，班长每天下班前催一次", "metric": "工单闭环率", "target": 95,
              "unit": "%", "deadline": "2026-12-31"}]
    _, _, md = _draft(MONTH, metrics=metrics, plans=plans)
    text = _section(md, "计划")
    assert "安排工单超过" not in text and "推动工单超过" not in text
    assert "，工单超过48小时未回复的，班长每天下班前催一次，" in text


def test_a_plan_that_names_a_level_of_last_quarter_is_an_aim():
    metrics = [VOLUME, {"name": "投诉率", "value": 32.6, "unit": "件/万通", "target": 15, "previous": 13.8}]
    plans = [{"action": "投诉率压回到上季度水平附近", "metric": "投诉率", "target": 15, "unit": "件/万通",
              "deadline": "2026-12-31"}]
    _, _, md = _draft(QUARTER, metrics=metrics, plans=plans)
    text = _section(md, "计划")
    assert "安排投诉率" not in text and "推动投诉率" not in text
    assert "把投诉率降至15件/万通" in text


def test_a_workloads_shortfall_explains_the_missed_target_not_the_growth():
    report = {k: v for k, v in NEWHIRE.items() if v is not None}
    report.update(type="weekly", period={"start": "2026-11-16", "end": "2026-11-22"})
    metrics = [{"name": "接待量", "value": 286, "unit": "件", "target": 300, "previous": 164,
                "drivers": ["周三下午参加新系统培训半天，没有接待"]}]
    _, _, md = _draft(report, metrics=metrics)
    assert "增长74.4%，主要是因为周三" not in md
    assert "没有达到目标主要是因为周三下午参加新系统培训半天" in md


def test_a_work_item_on_the_online_group_is_a_topic_not_a_second_action():
    work = ["每天早上9点、下午2点各开一次10分钟站会", "在线组快捷回复新增6条固件相关话术"]
    _, _, md = _draft(MONTH, metrics=[VOLUME], work=work)
    assert "还在线组" not in md and "在线组快捷回复新增6条" in md


# --- the second cycle of session 45 (round 12's remaining classes, reviews 77 and 78) -------

PAYMENT_RATE = {"name": "一次解决率", "value": 76.8, "unit": "%", "target": 85, "previous": 83.9,
                "note": "7月起口径调整；76.8%是7到12月新口径数据。去年83.9%和年初目标85%都是旧口径，与新口径不能直接比"}


def test_a_rate_whose_note_says_it_cannot_be_compared_is_not_compared():
    _, draft, md = _draft(YEAR, metrics=[VOLUME, PAYMENT_RATE])
    assert "| 一次解决率（7—12月） | 76.8% | 85% | 口径不同，不可比 | 83.9% | 口径不同，不可比 |" in md
    text = draft.section("metrics").text
    assert "7.1个百分点" not in text and "8.2个百分点" not in text
    assert "一次解决率" not in text.split("。")[0]       # neither met nor missed in the verdict


def test_a_note_that_names_only_last_year_keeps_the_target():
    rate = dict(PAYMENT_RATE, note="7月起口径调整，去年83.9%是旧口径，不能直接比")
    _, _, md = _draft(YEAR, metrics=[VOLUME, rate])
    assert "| 76.8% | 85% | 未达标，低于目标8.2个百分点 | 83.9% | 口径不同，不可比 |" in md


PROJECT = {"type": "project", "period": {"start": "2026-03-01", "end": "2026-08-31"}, "author": "陈立",
           "role": "客服班长", "team_size": 12, "team": "地铁运营公司 客服中心 热线一班", "duties": "牵头失物招领线上化"}


def test_a_project_rate_of_no_known_direction_is_judged_the_way_its_goal_moves():
    metrics = [{"name": "线上挂失占比", "value": 47.3, "unit": "%", "target": 60, "previous": 0},
               {"name": "平均认领时长", "value": 2.3, "unit": "天", "target": 2, "previous": 5.2, "better": "lower"},
               {"name": "拾得物品归还率", "value": 68.4, "unit": "%", "target": 65, "previous": 52.7}]
    project = {"name": "失物招领线上化专项", "goal": "线上挂失占比达到60%；平均认领时长缩短到2天以内；拾得物品归还率达到65%",
               "background": "失物招领只能打热线", "result": "7到8月线上挂失占比47.3%，平均认领时长2.3天",
               "lessons": ["线上化要把车站、热线、失主三方的信息打通"]}
    _, draft, md = _draft(PROJECT, metrics=metrics, project=project)
    assert "| 线上挂失占比 | 47.3% | 60% | 未达标，低于目标12.7个百分点 |" in md
    assert "线上挂失占比" in draft.section("overview").text.split("项目的目标是")[-1]


def test_a_state_that_held_a_rate_back_is_no_cause_of_its_gain():
    metrics = [VOLUME, {"name": "线上办理占比", "value": 47.3, "unit": "%", "target": 60, "previous": 30.1,
                        "better": "higher", "drivers": ["小程序入口在二级菜单里，不好找"]}]
    _, draft, _ = _draft(MONTH, metrics=metrics)
    assert "因此线上办理占比" not in draft.section("metrics").text


def test_evidence_that_opens_on_its_months_names_what_it_measures():
    metrics = [VOLUME, {"name": "线上挂失占比", "value": 47.3, "unit": "%", "target": 60, "better": "higher"}]
    problems = [{"title": "线上挂失占比没有达到目标", "evidence": "7到8月47.3%，目标60%，差12.7个百分点",
                 "cause": "小程序失物入口在二级菜单", "metric": "线上挂失占比"}]
    _, _, md = _draft(MONTH, metrics=metrics, problems=problems)
    assert "7到8月线上挂失占比为47.3%" in _section(md, "问题")


def test_a_miss_whose_cause_only_its_drivers_give_is_a_problem_told_once():
    metrics = [VOLUME,
               {"name": "客户满意度", "value": 4.61, "unit": "分", "scale": 5, "target": 4.7, "previous": 4.73,
                "drivers": ["固件故障期间用户要么自己降级，要么等上门，体验差"]},
               {"name": "接通率", "value": 87.5, "unit": "%", "target": 92, "previous": 94.3}]
    problems = [{"title": "接通率下降", "evidence": "接通率87.5%，比上月低6.8个百分点", "cause": "来电高峰人手不够",
                 "metric": "接通率"}]
    _, draft, md = _draft(MONTH, metrics=metrics, problems=problems)
    assert "体验差" not in draft.section("metrics").text
    problems_text = _section(md, "问题")
    assert "体验差" in problems_text and "客户满意度没有达到目标" in problems_text
    assert "客户满意度也没有达到目标。" not in problems_text


def test_a_miss_whose_only_driver_moved_it_up_stays_a_line_of_its_own():
    metrics = [VOLUME,
               {"name": "一次解决率", "value": 88.2, "unit": "%", "target": 90, "previous": 87.5,
                "drivers": ["上线知识库快捷检索"]},
               {"name": "接通率", "value": 87.5, "unit": "%", "target": 92, "previous": 94.3}]
    problems = [{"title": "接通率下降", "evidence": "接通率87.5%，比上月低6.8个百分点", "cause": "来电高峰人手不够",
                 "metric": "接通率"}]
    _, _, md = _draft(MONTH, metrics=metrics, problems=problems)
    assert "快捷检索" not in _section(md, "问题")
    # (with its gap and, the facts giving no cause, said so — review 122)
    assert "此外，一次解决率低于目标1.8个百分点，原因还没有查清。" in _section(md, "问题")


def test_a_project_background_that_opens_on_its_own_time_takes_no_second_one():
    project = {"name": "失物招领线上化专项", "goal": "线上挂失占比达到60%", "background": "项目前失物招领只能打热线",
               "result": "7到8月线上挂失占比47.3%", "lessons": ["线上化要把车站、热线、失主三方的信息打通"]}
    metrics = [{"name": "线上挂失占比", "value": 47.3, "unit": "%", "target": 60, "previous": 0}]
    _, draft, _ = _draft(PROJECT, metrics=metrics, project=project)
    text = draft.section("overview").text
    assert "项目启动前，项目前" not in text and "项目前失物招领只能打热线" in text


def test_a_project_background_with_no_time_of_its_own_is_put_before_the_project():
    project = {"name": "失物招领线上化专项", "goal": "线上挂失占比达到60%", "background": "失物招领只能打热线",
               "result": "7到8月线上挂失占比47.3%", "lessons": ["线上化要把车站、热线、失主三方的信息打通"]}
    metrics = [{"name": "线上挂失占比", "value": 47.3, "unit": "%", "target": 60, "previous": 0}]
    _, draft, _ = _draft(PROJECT, metrics=metrics, project=project)
    assert "项目启动前，失物招领只能打热线" in draft.section("overview").text


def test_metrics_that_nothing_compares_are_said_in_one_sentence_not_left_to_a_bare_table():
    report = {"type": "quarterly", "period": {"start": "2026-07-01", "end": "2026-09-30"}, "author": "周可欣",
              "role": "客服专员", "company": "糖豆儿童摄影工作室", "duties": "回复咨询，约拍档期"}
    metrics = [{"name": "咨询量", "value": 1260, "unit": "条"}, {"name": "成交预约", "value": 214, "unit": "单"},
               {"name": "好评率", "value": 97, "unit": "%"}]
    _, draft, _ = _draft(report, metrics=metrics)
    text = draft.section("metrics").text
    assert "成交预约为214单，好评率为97%" in text
    assert "1260" not in text                       # the workload the overview told


# --- round 13's first run (review 81) -------------------------------------------------------

NEWHIRE_QUARTER = {"type": "quarterly", "period": {"start": "2026-07-01", "end": "2026-09-30"}, "author": "林晓",
                   "role": "客服专员", "team": "客户服务中心 热线一组", "duties": "解答账单和缴费问题"}


def test_a_daily_mean_is_over_the_days_worked_when_the_facts_count_them():
    metrics = [{"name": "接听量", "value": 3504, "unit": "通", "target": 3535}]
    monthly = {"columns": ["日均接听量", "出勤天数"], "units": ["通", "天"],
               "rows": {"2026-07": [38.5, 21], "2026-08": [56.2, 21], "2026-09": [68.9, 22]}}
    _, draft, _ = _draft(NEWHIRE_QUARTER, metrics=metrics, monthly=monthly)
    text = draft.section("overview").text
    assert "日均38通" not in text and "按出勤天数算，日均55通" in text


def test_a_daily_mean_without_days_worked_stays_over_the_calendar():
    metrics = [{"name": "接听量", "value": 3504, "unit": "通", "target": 3535}]
    _, draft, _ = _draft(NEWHIRE_QUARTER, metrics=metrics)
    assert "日均38通" in draft.section("overview").text


def test_a_role_note_that_names_the_group_beside_the_part_keeps_the_part():
    report = dict(PROJECT, role="客服专员（回访组，项目成员）", duties="项目期间负责回访话术脚本编写")
    project = {"name": "智能外呼回访项目", "goal": "回访覆盖率达到90%", "result": "回访覆盖率93.6%",
               "lessons": ["话术要先小范围试"]}
    metrics = [{"name": "回访覆盖率", "value": 93.6, "unit": "%", "target": 90, "previous": 33}]
    _, draft, _ = _draft(report, metrics=metrics, project=project)
    text = draft.section("overview").text
    assert "作为回访组" not in text and "我作为项目成员" in text


def test_a_work_item_that_opens_on_its_months_and_a_group_takes_在():
    work = ["1–3月热线组，每天上午外呼滤芯到期用户，下午接热线", "4月起在线组，小程序和天猫店两个后台同时挂"]
    _, _, md = _draft(NEWHIRE_QUARTER, metrics=[VOLUME], work=work)
    assert "我1–3月热线组" not in md and "1–3月在热线组" in md


def test_a_count_of_the_metrics_own_cases_is_why_it_missed_not_why_it_fell():
    year = dict(YEAR, role="投诉中心主管", team="客户投诉处理中心", team_size=60)
    metrics = [VOLUME, {"name": "工信部申诉量", "value": 312, "unit": "件", "target": 300, "previous": 405,
                        "better": "lower", "drivers": ["携号转网相关申诉全年87件，主要在上半年"]}]
    _, draft, _ = _draft(year, metrics=metrics)
    text = draft.section("metrics").text
    assert "因此工信部申诉量" not in text


def test_a_verdict_that_only_names_the_misses_is_not_followed_by_此外():
    metrics = [{"name": "服务大客户数", "value": 41, "unit": "家", "target": 46, "previous": 44, "better": "higher"}]
    _, draft, _ = _draft(YEAR, metrics=metrics)
    text = draft.section("metrics").text
    assert "。此外，服务大客户数" not in text and "服务大客户数为41家" in text


def test_a_number_out_of_service_is_no_cause_of_a_gain():
    metrics = [VOLUME, {"name": "回访成功率", "value": 87.3, "unit": "%", "target": 90, "previous": 85,
                        "drivers": ["很多客户留的是销售顾问的电话，或者号码已经停机"]}]
    _, draft, _ = _draft(MONTH, metrics=metrics)
    assert "因此回访成功率" not in draft.section("metrics").text
