"""Review 33's classes: nine facts files written blind by users' stand-ins (fixtures/report-blind/
round1), their drafts read by a panel of four. Each test states, on facts of its own, what a
supervisor reading the draft would notice."""

from __future__ import annotations

from pathlib import Path

import pytest

from cswriter.backends.offline import OfflineBackend
from cswriter.check import check_facts
from cswriter.draft.pipeline import draft_document
from cswriter.draft.render import render_markdown
from cswriter.facts.model import facts_from_data

MONTH = {"type": "monthly", "period": {"start": "2026-10-01", "end": "2026-10-31"},
         "author": "王芳", "role": "话务班长", "team": "12345政务服务便民热线 话务三班", "team_size": 14,
         "duties": "带领话务员受理群众来电", "channels": ["12345热线"]}
YEAR = {"type": "year-end", "period": {"start": "2026-01-01", "end": "2026-12-31"},
        "author": "赵建国", "role": "热线客服专员", "team": "东平燃气集团有限公司 客户服务中心",
        "duties": "受理缴费账单、报修和安检预约", "channels": ["96777燃气服务热线"]}


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


def _draft(report, **data):
    facts = facts_from_data({"report": report, **data})
    draft = draft_document(facts, OfflineBackend())
    return facts, draft, render_markdown(draft)


VOLUME = {"name": "来电受理量", "value": 41860, "unit": "通", "target": 40000, "previous": 38650}


def test_earlier_months_that_run_up_to_the_period_are_history_not_wrong_months():
    rows = {f"2025-{m:02d}": [30000 + m] for m in range(10, 13)}
    rows.update({f"2026-{m:02d}": [30000 + m] for m in range(1, 11)})
    facts = facts_from_data({"report": MONTH, "metrics": [VOLUME],
                             "monthly": {"columns": ["来电受理量"], "units": ["通"], "rows": rows}})
    codes = [f.code for f in check_facts(facts).findings]
    # neither thirteen "wrong month" warnings nor a table total "over" the month's
    assert "CK409" not in codes and "CK408" not in codes
    _, draft, markdown = _draft(MONTH, metrics=[VOLUME],
                                monthly={"columns": ["来电受理量"], "units": ["通"], "rows": rows})
    assert "| 2025年10月 |" in markdown and "| 2026年10月 |" in markdown   # the table is attached


def test_an_earlier_month_that_does_not_run_up_to_the_period_is_still_asked_about():
    rows = {"2025-03": [30000], "2026-10": [41860]}
    facts = facts_from_data({"report": MONTH, "metrics": [VOLUME],
                             "monthly": {"columns": ["来电受理量"], "units": ["通"], "rows": rows}})
    assert [f.field for f in check_facts(facts).findings if f.code == "CK409"] == ["monthly.rows.2025-03"]


def test_the_only_reflection_is_said_once_not_also_as_a_case_lesson():
    lesson = "政策发布当天同步更新知识库，比事后纠错更省力"
    _, _, markdown = _draft(
        MONTH, metrics=[VOLUME], reflections=[lesson],
        cases=[{"kind": "lesson", "title": "供暖补贴政策答复口径不一",
                "situation": "10月中旬供暖补贴新政发布，知识库更新滞后2天",
                "actions": ["与市住建局核对政策原文后更新知识库"],
                "result": "口径不一期间产生答复不准确类投诉5件，更新后未再发生"}])
    assert markdown.count("比事后纠错更省力") == 1


def test_a_dated_plan_without_a_target_is_kept_and_an_aim_only_plan_is_told_as_its_aim():
    _, draft, markdown = _draft(
        YEAR, metrics=[{"name": "满意率", "value": 98.1, "unit": "%", "target": 98.5, "previous": 98.3}],
        plans=[{"action": "学习物联网智能表业务知识", "deadline": "2027-03-31"},
               {"action": "满意率回到目标", "metric": "满意率", "target": 98.5, "deadline": "2027-12-31"}])
    plans = draft.section("plans").text
    assert "学习物联网智能表业务知识，2027年3月31日前完成。" in plans
    assert "推动学习" not in plans
    # the aim alone, not 推动满意率回到目标，…让满意率提升至98.5%
    assert "回到目标" not in plans
    assert "计划在2027年12月31日前把满意率提升至98.5%。" in plans


def test_further_plans_do_not_open_with_the_same_words():
    plans = [{"action": f"整理第{k}批常见问题", "metric": "满意率", "target": 98.5 + k / 10,
              "deadline": "2027-06-30"} for k in range(1, 5)]
    _, draft, _ = _draft(YEAR, metrics=[{"name": "满意率", "value": 98.1, "unit": "%", "target": 98.5}],
                         plans=plans)
    sentences = [s for s in draft.section("plans").text.split("。") if s.strip()]
    openings = [s.strip()[:2] for s in sentences[1:]]
    assert len(set(openings)) == len(openings), sentences


def test_a_highlight_that_restates_the_results_is_not_pasted_after_them():
    metrics = [{"name": "咨询处理量", "value": 198450, "unit": "件", "target": 190000, "previous": 176300,
                "drivers": ["华南区新开站点46个，骑手人数增加"]},
               {"name": "回访满意率", "value": 97.1, "unit": "%", "target": 96, "previous": 96.5}]
    _, draft, _ = _draft(YEAR, metrics=metrics,
                         highlights=["全年处理198450件，完成目标的104.4%，比去年多12.6%",
                                     "回访满意率97.1%，为近13个月最高"])
    text = draft.section("metrics").text
    assert "全年处理198450件" not in text
    assert "为近13个月最高" in text     # says something the results do not


def test_a_team_named_by_its_levels_is_one_name_in_prose_and_its_last_level_in_the_title():
    _, _, markdown = _draft(MONTH, metrics=[VOLUME])
    assert markdown.startswith("# 话务三班2026年10月工作总结")
    assert "12345政务服务便民热线话务三班" in markdown.split("## 二")[0]
    assert "热线 话务三班共" not in markdown


def test_a_rate_the_table_does_not_know_takes_its_direction_from_its_name():
    metrics = [VOLUME, {"name": "按时办结率", "value": 96.8, "unit": "%", "target": 98, "previous": 97.1},
               {"name": "工单退单率", "value": 4.1, "unit": "%", "target": 5, "previous": 6.8}]
    facts = facts_from_data({"report": MONTH, "metrics": metrics})
    assert [m.better for m in facts.metrics[1:]] == ["higher", "lower"]
    # the miss is named in the verdict, not left out of it
    _, draft, _ = _draft(MONTH, metrics=metrics)
    verdict = draft.section("metrics").text.split("。")[0]
    assert "按时办结率" in verdict


def _lesson_case(title, situation, action, result):
    """The cases section of a year's report with one lesson case (and two reflections, so that
    neither is the case's lesson)."""
    _, draft, _ = _draft(
        YEAR, metrics=[{"name": "满意率", "value": 98.1, "unit": "%", "target": 98.5}],
        reflections=["先核对再答复", "先稳住人，再记地址"],
        cases=[{"kind": "lesson", "title": title, "situation": situation, "actions": [action], "result": result}])
    return draft.section("cases").text


def test_what_a_mistake_cost_is_told_before_the_remedy_not_as_its_result():
    text = _lesson_case("停诊信息没同步", "2月一位专家临时停诊，科室只在微信群通知，我按系统排班告知患者可以就诊",
                        "逐个电话通知已预约患者并道歉",
                        "14名患者白跑一趟，引起2件投诉；之后每天开班前查一遍科室群停诊通知")
    assert "告知患者可以就诊，14名患者白跑一趟，引起2件投诉。" in text
    assert "结果14名" not in text and "结果是14名" not in text
    # what followed the remedy stays after it
    assert text.index("逐个电话通知") < text.index("之后每天开班前查一遍")


def test_a_lesson_that_opens_with_its_recovery_keeps_结果():
    text = _lesson_case("理赔超时", "7月一批破损理赔因材料审核流程不清，平均办结时长达到9天", "复盘理赔流程",
                        "9月起平均办结时长降为4天，但7月共有38件理赔时效投诉")
    assert "复盘理赔流程" in text and text.index("复盘理赔流程") < text.index("9月起平均办结时长降为4天")


def test_a_state_or_two_facts_side_by_side_are_not_told_as_a_sequence():
    metrics = [{"name": "平均通话时长", "value": 236, "unit": "秒", "target": 240, "previous": 221,
                "drivers": ["分期手续费解释时间长"]},
               {"name": "一次解决率", "value": 80.4, "unit": "%", "target": 80, "previous": 78.9,
                "drivers": ["早会每天讲一个难点业务", "宽带报障直接建单派装维，客户不用二次来电"]}]
    _, draft, _ = _draft(MONTH, metrics=[VOLUME, *metrics])
    text = draft.section("metrics").text
    assert "时间长之后" not in text and "时间长后" not in text
    assert "难点业务后" not in text


def test_a_problem_the_user_listed_without_cause_is_kept_after_the_problems_with_causes():
    # (review 33 asked for such a problem to be left to the results; reviews 37 and 38, most
    # reviewers of both panels, sent back every draft that dropped a problem the facts list)
    metrics = [VOLUME, {"name": "满意率", "value": 93.1, "unit": "%", "target": 94, "previous": 94},
               {"name": "20秒接通率", "value": 82.3, "unit": "%", "target": 85, "previous": 86.1}]
    problems = [{"title": "接通率低", "evidence": "20秒接通率82.3%；15日到22日单日最低76.8%",
                 "cause": "资费短信群发前没有收到话务预警"},
                {"title": "满意率下降", "evidence": "比上月低0.9个百分点", "metric": "满意率"}]
    _, draft, _ = _draft(MONTH, metrics=metrics, problems=problems)
    text = draft.section("problems").text
    assert "单日最低76.8%" in text
    assert "满意率下降" in text and text.index("单日最低76.8%") < text.index("满意率下降")


def test_evidence_that_lost_its_table_clauses_keeps_its_subject():
    metrics = [VOLUME, {"name": "骑手满意度", "value": 4.48, "unit": "分", "target": 4.6, "previous": 4.51,
                        "scale": 5}]
    problems = [{"title": "骑手满意度未达标", "evidence": "骑手满意度4.48分，目标4.6分，比去年低0.03分；7月最低4.38分",
                 "cause": "超时申诉驳回后骑手给差评多", "metric": "骑手满意度"}]
    _, draft, _ = _draft(MONTH, metrics=metrics, problems=problems)
    text = draft.section("problems").text
    assert not text.lstrip().startswith("比")
    assert "7月最低4.38分" in text


def test_a_first_duty_that_only_works_the_channel_is_said_by_the_channel():
    report = dict(YEAR, duties="接听燃气服务热线，受理缴费账单、报修、安检预约等业务")
    _, draft, _ = _draft(report, metrics=[{"name": "满意率", "value": 98.1, "unit": "%", "target": 98.5}])
    opening = draft.section("overview").text
    assert "通过96777燃气服务热线受理缴费账单" in opening
    assert "接听燃气服务热线" not in opening


def test_a_second_work_item_that_opens_with_its_topic_takes_no_还():
    _, _, text = _draft(dict(MONTH, type="quarterly", period={"start": "2026-07-01", "end": "2026-09-30"}),
                        metrics=[VOLUME], work=["在线组按每小时会话量排班", "工单按产品模块分派"])
    assert "还工单" not in text and "工单按产品模块分派" in text


def test_a_handful_of_complaints_is_compared_and_listed_by_count():
    complaints = {"total": 2, "previous": 1, "handled": 2,
                  "types": [{"name": "分期手续费解释不清", "count": 1}, {"name": "等待时间长", "count": 1}],
                  "notes": ["指客户对热线本身服务的投诉，不含转办的诉求"]}
    _, draft, markdown = _draft(MONTH, metrics=[VOLUME], complaints=complaints)
    text = draft.section("complaints").text
    assert "比上月的1件多1件" in text and "100%" not in text and "50%" not in text
    assert "不含转办的诉求" not in text


def test_a_count_compared_by_count_is_no_part_of_its_total():
    from cswriter.lint.engine import lint_text

    findings = lint_text("## 投诉处理\n\n共收到投诉3件，比去年的5件减少2件。\n")
    assert "CS403" not in [f.code for f in findings]
    findings = lint_text("## 投诉处理\n\n共收到投诉10件，其中物流3件、质量4件、服务8件。\n")
    assert "CS403" in [f.code for f in findings]


def test_a_lead_writes_her_own_actions_as_mine_and_one_met_team_target_takes_no_都():
    team_metric = {"name": "培训覆盖率", "value": 100, "unit": "%", "target": 100, "previous": 100}
    report = dict(MONTH, role="客服班长")
    _, _, markdown = _draft(report, metrics=[VOLUME, team_metric],
                            cases=[{"kind": "success", "title": "口误投诉", "situation": "新人把副卡月费说成免费",
                                    "actions": ["班长回听录音确认是口误，当天回电道歉"],
                                    "result": "客户接受处理并撤诉"}])
    assert "我们班长" not in markdown and "我们我" not in markdown and "我回听录音" in markdown
    assert "培训覆盖率都达到了目标" not in markdown


def test_a_long_list_of_categories_names_the_biggest_and_leaves_the_rest_to_the_facts():
    shares = [("供暖供热", 19), ("城市管理（占道经营、噪音扰民）", 16), ("住房与物业", 14), ("市场监管", 13),
              ("社保医保", 11), ("交通出行", 9), ("劳动纠纷与欠薪", 8), ("其他", 10)]
    _, _, text = _draft(MONTH, metrics=[VOLUME], categories=[{"name": n, "share": s} for n, s in shares])
    assert "供暖供热" in text and "城市管理（16%）" in text and "住房与物业（14%）" in text
    assert "社保医保" not in text and "占道经营" not in text


def test_a_loss_cleared_by_the_remedy_is_its_result_not_its_cost():
    text = _lesson_case("备件缺货", "8月某型号备件缺货，积压维修单146张", "跨区域调拨备件", "12天内清零积压维修单")
    assert text.index("跨区域调拨备件") < text.index("12天内清零")


def test_a_project_goal_of_more_parts_than_the_facts_judge_names_its_misses():
    # (the blind facts file itself: a member's project report whose goal has a third part, 菜单
    # 层级不超过3层, that no metric measures)
    from pathlib import Path

    from cswriter.facts.model import load_facts

    path = Path(__file__).parent.parent / "fixtures/report-blind/round1/07-project-ivr-redesign-member.yaml"
    markdown = render_markdown(draft_document(load_facts(path), OfflineBackend()))
    assert "这两项目标" not in markdown
    assert "IVR自助解决率和转人工率都没有达到目标" in markdown


def test_a_driver_that_counts_who_left_is_no_cause_and_a_state_is_why_a_target_was_missed():
    metrics = [VOLUME,
               {"name": "离职率", "value": 16.7, "unit": "%", "target": 20, "previous": 33.3,
                "drivers": ["1人考上事业编，1人转行"]},
               {"name": "工单平均解决时长", "value": 14.6, "unit": "小时", "target": 12, "previous": 15.2,
                "better": "lower", "drivers": ["V5.2上线后bug类工单多、要等研发排期"]}]
    _, _, markdown = _draft(MONTH, metrics=metrics)
    assert "转行之后" not in markdown and "事业编后" not in markdown
    assert "因此工单平均解决时长为14.6小时，但" not in markdown
    assert "要等研发排期" in markdown


# --- review 35 (the first run on blind round 2) ---------------------------------------------

QUARTER = dict(MONTH, type="quarterly", period={"start": "2026-07-01", "end": "2026-09-30"}, role="道路救援热线班长")


def test_a_duration_the_table_does_not_know_is_judged_shorter_is_better():
    metrics = [VOLUME, {"name": "平均到场时长", "value": 52, "unit": "分钟", "target": 50, "previous": 47}]
    _, draft, markdown = _draft(QUARTER, metrics=metrics)
    assert "| 平均到场时长 | 52分钟 | 50分钟 | 未达标 |" in markdown
    assert "平均到场时长" in draft.section("metrics").text.split("。")[0]   # named in the verdict


def test_a_time_phrase_after_我_is_not_read_as_我国_and_a_missing_team_is_no_部门():
    report = {k: v for k, v in MONTH.items() if k not in ("team", "team_size")}
    report.update(role="预订专员", company="栖云酒店集团 中央预订中心", duties="接听预订热线")
    _, _, markdown = _draft(report, metrics=[VOLUME], work=["国庆期间连上7天班"])
    assert "我国庆" not in markdown and "我在国庆期间连上7天班" in markdown
    assert "在部门" not in markdown and "在栖云酒店集团中央预订中心担任预订专员" in markdown


def test_another_party_doing_the_work_is_not_told_with_我们还():
    _, _, markdown = _draft(MONTH, metrics=[VOLUME], work=["每周五开知识库评审会，共开了24次"],
                            teamwork=["IT部门完成售后系统、订单系统两个接口"])
    assert "我们还IT部门" not in markdown and "我们IT部门" not in markdown


def test_evidence_that_opens_on_a_figure_names_its_metric():
    metrics = [VOLUME, {"name": "退费挽留率", "value": 21.4, "unit": "%", "target": 30, "previous": 27.9}]
    problems = [{"title": "退费挽留率没达标", "metric": "退费挽留率", "evidence": "21.4%，目标30%，去年27.9%",
                 "cause": "换老师的班退费集中"}]
    _, draft, _ = _draft(MONTH, metrics=metrics, problems=problems)
    assert not draft.section("problems").text.lstrip()[0].isdigit()


def test_plan_leads_do_not_repeat_and_a_plan_without_direction_moves_from_its_baseline():
    metrics = [VOLUME] + [{"name": f"指标{k}率", "value": 80, "unit": "%", "target": 90, "previous": 85} for k in "甲乙丙"]
    problems = [{"title": f"指标{k}率没有达到目标", "metric": f"指标{k}率", "cause": f"原因{k}"} for k in "甲乙丙"]
    plans = [{"action": f"做法{k}", "metric": f"指标{k}率", "target": 90, "deadline": "2026-12-31"} for k in "甲乙丙"]
    plans.append({"action": "跟仓储约定验货时效48小时", "metric": "验货超48小时占比", "target": 10, "unit": "%",
                  "baseline": 26.5, "deadline": "2026-12-13"})
    _, draft, _ = _draft(MONTH, metrics=metrics, problems=problems, plans=plans)
    text = draft.section("plans").text
    assert text.count("同时，") <= 1
    assert "验货超48小时占比降至10%" in text


BLIND = sorted((Path(__file__).parent.parent / "fixtures/report-blind").glob("round*/*.yaml"))


@pytest.mark.parametrize("path", BLIND, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_blind_facts_file_drafts_a_clean_hand_in_file(path):
    """A real user's facts, gaps and all: a draft in the first person, with nothing of the tool in
    the hand-in file (the gaps go to the notes), and no figure the tracer sends back as wrong."""
    from cswriter.facts.model import load_facts

    facts = load_facts(path)
    draft = draft_document(facts, OfflineBackend())
    markdown = render_markdown(draft)
    assert "【需补充】" not in markdown and "cswriter" not in markdown
    assert "我" in markdown
    wrong = [(s.id, f.match) for s in draft.sections for f in s.findings if f.code == "CS401"]
    assert len(wrong) <= KNOWN_UNTRACED.get(path.stem, 0), wrong


# (round 2's first run had six tracer false alarms on the facts' own wording in two files —
# a goal's part after ；, a quoted clause ending a fact's text, a quote beside another fact's
# same number, 承诺 as a target: fixed in session 36; none is allowed now)
# (round 5's first run, session 38: seven figures in five files sent back, every one a figure the
# facts state in those words — V4.8、9月 read as months, a case's result quoted on through its next
# number, a complaint type's count, a plan that opens on its figure, 83.1% → 82.4%, a plan's aim
# read as a claim about the rows: fixed in the tracer the same session; none is allowed now)
# (round 12's first run, session 45: three right figures sent back — a case's count beside a
# monthly mean (比一季度的215户多100户), a goal's 减少50% quoted in the overview, a rate's change in
# its own unit (18.8件/万通): a tracer branch of the same session takes them on)
# (round 20's first run, session 49: two right figures sent back in the metro year-end — a
# complaint type named without its gloss, 设施设备（588件） for 设施设备(电梯扶梯/空调): fixed in the
# tracer's names; and a driver's count with a noun of its own after a measure word, 新增17座车站,
# read as a change of the metric the sentence opens with — left to the next tracer round)
# (round 34's first run, session 56: 最高一天2630通 — 一天 read as a count; fixed in tracer round 38)
KNOWN_UNTRACED: dict[str, int] = {}


def test_a_cause_that_tells_a_surge_is_why_a_target_was_missed_not_what_raised_the_rate():
    metrics = [VOLUME, {"name": "问题解决率", "value": 91.2, "unit": "%", "target": 92, "previous": 90.5,
                        "drivers": ["9月底行情火，两融和新股申购问题多，不少要转二线"]}]
    _, draft, md = _draft(MONTH, metrics=metrics)
    text = draft.section("metrics").text
    assert "转二线之后" not in md and "因此问题解决率" not in md
    # (the miss's cause is the problems section's, now that every miss is taken up there)
    assert "9月底行情火" not in text and "9月底行情火" in draft.section("problems").text


def test_an_aim_of_no_direction_is_reached_not_put_after_把():
    # (no target of its own: a count with one is judged by it since session 50 — directions.yaml
    # targeted_endings — and its aim then reads 提升至)
    metrics = [VOLUME, {"name": "会员卡续费量", "value": 312, "unit": "单", "previous": 298}]
    plans = [{"action": "续费提醒提前到周五推送", "metric": "会员卡续费量", "target": 360, "unit": "单",
              "deadline": "2026-11-29"}]
    _, draft, _ = _draft(MONTH, metrics=metrics, plans=plans)
    text = draft.section("plans").text
    assert "为360单" not in text and "会员卡续费量达到360单" in text


# --- review 37 (the first run on blind round 3) ---------------------------------------------

def test_a_state_on_the_day_is_not_rewritten_into_an_action():
    metrics = [VOLUME, {"name": "首次响应时间", "value": 38, "unit": "秒", "target": 30, "previous": 29,
                        "drivers": ["更新当天排队", "周五后台卡了半小时"]}]
    _, _, markdown = _draft(MONTH, metrics=metrics)
    assert "改为当天完成" not in markdown and "更新当天排队" in markdown


def test_a_half_years_progress_is_measured_against_time_not_said_to_be_past_half():
    report = dict(YEAR, type="half-year", period={"start": "2026-01-01", "end": "2026-06-30"})
    metrics = [{"name": "接待会话量", "value": 9840, "unit": "次", "annual_target": 20000, "previous": 8120},
               {"name": "邮件24小时回复率", "value": 98.1, "unit": "%", "target": 98}]
    _, draft, _ = _draft(report, metrics=metrics)
    text = draft.section("metrics").text
    assert "过半" not in text and "与时间进度持平" in text
    assert [m.better for m in facts_from_data({"report": report, "metrics": metrics}).metrics][1] == "higher"


def test_a_problem_titled_by_a_short_name_names_its_metric_and_calls_that_came_in_are_received():
    metrics = [{"name": "来电量", "value": 38460, "unit": "通", "previous": 35120},
               {"name": "接通率", "value": 91.3, "unit": "%", "target": 95, "previous": 93},
               {"name": "平均首响时长", "value": 52, "unit": "秒", "target": 40, "previous": 35}]
    problems = [{"title": "首响变慢", "evidence": "52秒，上月35秒", "cause": "咨询量多了20.6%，班里没加人"},
                {"title": "接通率没达标", "evidence": "91.3%，目标95%", "cause": "续保提醒短信后一周来电集中"}]
    _, draft, markdown = _draft(MONTH, metrics=metrics, problems=problems)
    text = draft.section("problems").text
    assert "平均首响时长为52秒，高于上月的35秒" in text and not text.lstrip()[0].isdigit()
    assert "接到来电38,460通" in markdown and "接听来电38,460通" not in markdown


def test_a_complaint_type_is_not_pointed_to_a_problem_that_is_those_complaints():
    complaints = {"total": 40, "previous": 30, "handled": 40,
                  "types": [{"name": "报装超时限", "count": 22}, {"name": "服务态度", "count": 18}]}
    problems = [{"title": "报装类投诉多", "evidence": "报装超时限投诉22件，占55%", "cause": "报装审核要跑三个部门"}]
    _, draft, _ = _draft(MONTH, metrics=[VOLUME], complaints=complaints, problems=problems)
    assert "类投诉与报装类投诉多有关" not in draft.section("complaints").text


# --- review 37, continued (session 37: the slot-filled frames of blind round 3) --------------


def test_a_new_hires_history_is_a_sentence_of_its_own_not_a_duty():
    report = dict(YEAR, period={"start": "2026-03-09", "end": "2026-12-31"}, role="客服专员",
                  duties="3月9日入职，2周培训后4月起独立接待，主要负责买家咨询：车况、过户、贷款", channels=["在线客服", "电话"])
    _, draft, _ = _draft(report, metrics=[dict(VOLUME, target=None, previous=None)])
    text = draft.section("overview").text
    assert "负责3月9日入职" not in text and "主要负责" not in text
    assert "我3月9日入职，2周培训后4月起独立接待。" in text
    assert "负责买家咨询" in text


def test_a_leads_channels_follow_the_people_led_and_the_size_is_said_once():
    report = dict(MONTH, team="话务三班", team_size=9, channels=["12345热线", "网站留言"],
                  duties="带领受理三班9名坐席做诉求受理、工单转派，负责班组排班、质检")
    _, draft, _ = _draft(report, metrics=[VOLUME])
    text = draft.section("overview").text
    assert "带领受理三班9名坐席通过12345热线和网站留言做诉求受理" in text
    assert "带领通过" not in text
    assert "共9人" not in text


def test_a_role_typed_with_a_space_has_none_in_the_sentence():
    _, draft, _ = _draft(dict(MONTH, role="远程银行部 视频客服主管"), metrics=[VOLUME])
    assert "远程银行部视频客服主管" in draft.section("overview").text


def test_a_customers_step_opens_the_actions_with_no_我们_and_the_authors_role_is_我():
    case = {"title": "电费异常", "kind": "lesson", "situation": "一位客户电费比上月高出4倍，坐席按常规解释",
            "actions": ["客户二次来电后，班长调取抄表照片发现是抄表员读错一位数"],
            "result": "退还多收电费612元"}
    _, draft, _ = _draft(MONTH, metrics=[VOLUME], cases=[case])
    text = draft.section("cases").text
    assert "我们客户" not in text and "我客户" not in text
    assert "客户二次来电后，我调取抄表照片" in text


def test_a_lessons_title_said_in_its_opening_is_not_said_again_as_an_activity():
    case = {"title": "拒赔解释口径不统一引发升级", "kind": "lesson", "situation": "三个坐席给了三种说法",
            "actions": ["客户第三次来电后升级到主管，我当天回电"], "result": "维持拒赔"}
    plans = [{"action": "与核保部共同编写拒赔场景解释话术", "deadline": "2026-12-31"}]
    for with_plans in ([], plans):
        _, draft, _ = _draft(MONTH, metrics=[VOLUME], cases=[case], plans=with_plans)
        text = draft.section("cases").text
        assert text.count("拒赔解释口径不统一引发升级") <= 1
        assert "在拒赔解释口径不统一引发升级中" not in text


def test_a_plan_that_opens_with_its_own_verb_takes_no_安排_and_its_aim_is_said_once():
    metrics = [dict(VOLUME), {"name": "转二线率", "value": 6.3, "unit": "%", "better": "lower"},
               {"name": "投诉量", "value": 7, "unit": "件", "better": "lower"}]
    plans = [{"action": "申请12月借调门店店员2人支援晚高峰", "deadline": "2026-12-31"},
             {"action": "降低转二线率", "metric": "转二线率", "target": 5, "deadline": "2026-12-31"},
             {"action": "每月开展一次专题质检，投诉量压到3件以内", "metric": "投诉量", "target": 3,
              "deadline": "2026-12-31"}]
    _, draft, _ = _draft(MONTH, metrics=metrics, plans=plans)
    text = draft.section("plans").text
    assert "安排申请" not in text and "推动降低" not in text and "安排降低" not in text
    assert "申请12月借调门店店员2人" in text
    assert text.count("3件") == 1 and "压到3件以内" not in text
    assert text.count("5%") == 1


def test_a_plan_on_its_day_is_the_authors_and_a_staffing_ask_is_a_proposal():
    report = dict(YEAR, type="weekly", period={"start": "2026-11-23", "end": "2026-11-29"})
    plans = [{"action": "更新日申请加1个人值晚班", "deadline": "2026-12-03"},
             {"action": "岗前培训增加3个场景演练", "deadline": "2026-12-10"}]
    _, draft, _ = _draft(report, metrics=[VOLUME], plans=plans)
    text = draft.section("plans").text
    assert "推动更新日" not in text and "建议更新日申请" not in text
    assert "向主管建议更新日加1个人值晚班" in text
    assert "在岗前培训" not in text


def test_a_problem_whose_evidence_is_a_bare_figure_is_named_and_a_level_beside_last_months_is_a_change():
    metrics = [dict(VOLUME), {"name": "平均首响时长", "value": 52, "unit": "秒", "target": 40,
                              "previous": 35, "better": "lower"}]
    problems = [{"title": "首响变慢", "evidence": "52秒，上月35秒", "cause": "咨询量多了20.6%，班里没加人"},
                {"title": "库存不同步", "evidence": "被取消订单312单", "cause": "门店库存每天只同步一次"}]
    _, draft, _ = _draft(MONTH, metrics=metrics, problems=problems)
    text = draft.section("problems").text
    assert "平均首响时长为52秒，高于上月的35秒" in text
    assert "库存不同步，被取消订单312单" in text
    # the problem titled by a short name is about the metric: no note asks for its cause
    assert "“平均首响时长”没有达到目标，事实里没有原因" not in text


def test_evidence_that_names_its_worst_month_gets_no_range_of_the_year_beside_it():
    rows = {f"2026-{m:02d}": [96.0 + (m % 3)] for m in range(1, 13)}
    rows["2026-07"] = [91.2]
    metrics = [{"name": "接通率", "value": 96.5, "unit": "%", "target": 97}]
    problems = [{"title": "极端天气时接通率下降", "evidence": "7月接通率91.2%",
                 "cause": "坐席编制固定", "metric": "接通率"}]
    _, draft, _ = _draft(YEAR, metrics=metrics, problems=problems,
                         monthly={"columns": ["接通率"], "units": ["%"], "rows": rows})
    text = draft.section("problems").text
    assert "7月接通率91.2%" in text and "之间" not in text


# --- review 38 (the first run on blind round 4) ----------------------------------------------


def test_evidence_that_names_its_metric_after_a_month_is_not_named_twice():
    metrics = [{"name": "接通率", "value": 88.6, "unit": "%", "target": 92, "previous": 93.1}]
    problems = [{"title": "召回周接通率掉了", "evidence": "10月接通率88.6%，12日至14日三天只有61%",
                 "cause": "召回公告发布前客服部没有收到提前通知"}]
    _, draft, _ = _draft(MONTH, metrics=metrics, problems=problems)
    text = draft.section("problems").text
    assert "接通率10月" not in text and "本月，10月" not in text
    assert "10月接通率" in text


def test_a_cause_of_several_clauses_is_no_time_clause_chained_with_顿号():
    metrics = [{"name": "平均首响时长", "value": 46, "unit": "秒", "target": 60, "previous": 71,
                "better": "lower", "drivers": ["做了中英文快捷回复库，约140条"]}]
    _, draft, _ = _draft(MONTH, metrics=metrics)
    text = draft.section("metrics").text
    assert "、约140条之后" not in text and "约140条之后" not in text


def test_a_listed_problem_without_cause_is_kept_with_its_own_figure():
    metrics = [dict(VOLUME), {"name": "接通率", "value": 93.5, "unit": "%", "target": 95},
               {"name": "平均等待时长", "value": 48, "unit": "秒", "target": 45, "better": "lower"}]
    problems = [{"title": "等待时长超目标", "evidence": "平均等待48秒，目标45秒", "cause": "中断后两天排队集中",
                 "metric": "平均等待时长"},
                {"title": "接通率低于目标", "evidence": "93.5%，目标95%"}]
    _, draft, _ = _draft(MONTH, metrics=metrics, problems=problems)
    text = draft.section("problems").text
    assert "接通率" in text and "93.5%" in text
    assert "也没有达到目标。" not in text


def test_a_years_busiest_month_between_the_first_and_last_is_named_not_hidden():
    rows = {f"2026-{m:02d}": [20000 + 300 * m] for m in range(1, 13)}
    rows["2026-08"] = [28900]
    rows["2026-12"] = [19000]
    metrics = [{"name": "预订来电量", "value": sum(v[0] for v in rows.values()), "unit": "通",
                "target": 250000, "previous": 200000}]
    _, draft, _ = _draft(YEAR, metrics=metrics,
                         monthly={"columns": ["预订来电量"], "units": ["通"], "rows": rows})
    text = draft.section("metrics").text
    assert "从1月" not in text
    assert "最多的是8月，为28,900通" in text


def test_a_misses_drivers_that_mix_an_action_and_a_state_lead_with_the_action_and_give_the_state_as_why():
    metrics = [dict(VOLUME), {"name": "预订转化率", "value": 38.7, "unit": "%", "target": 40, "previous": 37.1,
                              "drivers": ["OTA比价的客人多了，会员价没优势的时候就流失",
                                          "3月起推行“先问行程再报价”话术"]}]
    _, draft, md = _draft(YEAR, metrics=metrics)
    text = draft.section("metrics").text
    assert "流失，3月起推行" not in md
    assert text.index("3月起推行") < text.index("预订转化率从")
    # (the state that held it back is the miss's cause, told in the problems section)
    assert "OTA比价的客人多了" not in text and "OTA比价的客人多了" in draft.section("problems").text


def test_a_drivers_clause_that_only_restates_the_metrics_change_is_left_to_the_table():
    metrics = [dict(VOLUME), {"name": "人工接通率", "value": 91.6, "unit": "%", "target": 92, "previous": 88.4,
                              "drivers": ["3月起按半小时来电量排班，全年比去年提高3.2个百分点"]}]
    _, draft, _ = _draft(YEAR, metrics=metrics)
    text = draft.section("metrics").text
    assert "全年比去年提高3.2个百分点" not in text and "3月起按半小时来电量排班" in text
    codes = {f.code for f in draft.section("metrics").findings}
    assert "CS402" not in codes


def test_an_event_of_the_customers_before_the_authors_step_is_not_told_as_ours():
    case = {"title": "家充桩安装超期", "kind": "lesson", "situation": "一位车主家充桩47天未安装，先后来电5次",
            "actions": ["10月21日微博发帖后，主管介入，联系充电服务部和安装商"], "result": "10月24日安装完成"}
    report = dict(MONTH, role="客服主管")
    _, draft, _ = _draft(report, metrics=[VOLUME], cases=[case])
    text = draft.section("cases").text
    assert "我们10月21日微博发帖后" not in text
    assert "10月21日微博发帖后，我介入" in text
