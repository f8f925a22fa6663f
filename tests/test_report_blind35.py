"""Reviews 141 and 143 (blind rounds 34 and 35): what a supervisor reading the draft read wrong,
fixed in session 57. Each test states, on facts of its own, what that reader would notice."""

from __future__ import annotations

from test_report_blind1 import _cache_dir, _draft  # noqa: F401  (_cache_dir: autouse)
from test_report_blind11 import _section

YEAR = {"type": "year-end", "period": {"start": "2026-01-01", "end": "2026-12-31"}, "author": "温岚",
        "role": "热线客服专员", "team": "热线组", "duties": "接听用户热线，处理退费工单", "channels": ["用户热线"]}
CALLS = {"name": "来电接听量", "value": 12800, "unit": "通", "target": 12000, "previous": 11900}
SOLVED = {"name": "一次解决率", "value": 81.2, "unit": "%", "target": 84, "previous": 80.5}


def test_a_problems_bare_figure_after_a_bracketed_caveat_says_what_it_measures():
    # review 141 (both): 全年（截至12月6日）83.0%。这主要是因为… opened the problem with no subject
    problems = [{"title": "一次解决率没到目标", "evidence": "全年（截至12月6日）81.2%，目标84%",
                 "cause": "退费问题要等财务核对，平均回复要2天"}]
    _, _, md = _draft(YEAR, metrics=[CALLS, SOLVED], problems=problems)
    body = _section(md, "问题")
    assert "全年（截至12月6日）一次解决率为81.2%" in body
    assert "\n全年（截至12月6日）81.2%" not in body


def test_a_finding_with_a_colon_is_told_in_its_place_not_after_the_fix_it_led_to():
    # review 141 (both): …贴在工位，同时复盘发现3月25日已更新规则：… told the discovery after the remedy
    case = {"title": "退费答复错误", "kind": "lesson",
            "situation": "5月一位用户被扣费15元，我按旧规则答复不退，用户来电3次后投诉",
            "actions": ["复盘发现4月1日已更新规则：定位偏差在50米内的可退", "给用户退费15元并回电致歉",
                        "把新规则贴在工位"],
            "result": "同类投诉从上半年的6件降到下半年的1件"}
    _, _, md = _draft(YEAR, metrics=[CALLS], cases=[case])
    body = _section(md, "典型案例")
    assert body.index("复盘发现4月1日已更新规则（定位偏差在50米内的可退）") < body.index("给用户退费15元")
    assert "同时复盘发现" not in body


def test_a_colon_before_a_list_of_parts_is_still_a_list():
    # (分层沟通：普通客户…；VIP客户… — review 10's list stays a list after the other steps)
    case = {"title": "延误安抚", "situation": "航班延误4小时，来电集中",
            "actions": ["先开通延误专线", "分层沟通：普通客户发短信致歉；VIP客户电话回访"],
            "result": "当天投诉3件，比上次同类延误少9件"}
    _, _, md = _draft(YEAR, metrics=[CALLS], cases=[case])
    assert "我先开通延误专线，同时分层沟通：" in _section(md, "典型案例")


LEAD = {"type": "half-year", "period": {"start": "2026-01-01", "end": "2026-06-30"}, "author": "尹川",
        "role": "在线客服班长", "team_size": 10, "team": "在线二班", "duties": "带10人处理订单咨询",
        "channels": ["App在线客服"]}
SESSIONS = {"name": "在线会话接待量", "value": 52400, "unit": "次", "previous": 48100}


def test_a_training_line_on_a_newcomer_by_name_takes_no_we_before_it():
    # review 141 (both): 我们新人陈睿带教3周 read as a fragment; the lead's own step after it names its doer
    _, _, md = _draft(LEAD, metrics=[SESSIONS],
                      training=["新人董悦带教3周，上线首月一次解决率78.4%", "3月组织民宿业务培训2次"])
    assert "新人董悦带教3周，上线首月一次解决率78.4%；3月我们组织民宿业务培训2次" in md
    assert "我们新人" not in md


def test_a_work_line_on_a_group_of_the_team_takes_no_we_before_it():
    # review 141 (both): 我们外呼回访组完成保养后回访18630个; and 我们企业微信咨询3910条 (a channel's count)
    team = {**LEAD, "channels": ["400热线", "企业微信"]}
    _, _, md = _draft(team, metrics=[SESSIONS],
                      work=["外呼回访组完成保养后回访8630个，回访成功率76.4%", "企业微信咨询2910条，平均首响42秒"])
    assert "外呼回访组完成保养后回访8630个" in md and "我们外呼回访组" not in md
    assert "企业微信咨询2910条" in md and "我们企业微信" not in md


def test_a_leads_one_line_team_section_joins_the_account_of_the_work():
    # review 141 (both): 三、团队管理 / 我们11月24日组织回访新口径培训1次，8人全部参加。 — no section
    _, _, md = _draft(LEAD, metrics=[SESSIONS], work=["每周抽查会话，每人每周5条", "与酒店运营部建立到店无房快速通道"],
                      training=["5月组织退改新规培训1次，10人全部参加"])
    assert "## 三、工作内容与团队管理" in md and "团队管理\n" not in md.replace("工作内容与团队管理\n", "")
    assert "5月组织退改新规培训1次，10人全部参加" in _section(md, "工作内容与团队管理")


def test_an_agents_one_line_training_joins_the_account_of_the_work_not_the_results():
    work = ["每天下班前把当天退费工单过一遍，漏办的第二天上午补上", "整理扣费争议快捷答复20条，组里共用",
            "每周一看一遍计费规则更新通知，改动当天记进个人笔记"]
    _, _, md = _draft(YEAR, metrics=[CALLS], work=work,
                      training=["参加新版计费规则培训3次，考试成绩92分"])
    assert "## 三、工作内容与能力提升" in md and "## 三、工作内容与方式" not in md
    assert "参加新版计费规则培训3次" in _section(md, "工作内容与能力提升")
    assert "计费规则培训" not in _section(md, "核心指标")
