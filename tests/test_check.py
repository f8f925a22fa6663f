"""`check_facts`: every finding code, every broken fixture, and the realistic fixtures."""

from __future__ import annotations

import copy

import pytest
from helpers import BROKEN, REALISTIC, broken_expectations

from cswriter.check import check_catalogue, check_facts
from cswriter.errors import InputError
from cswriter.facts.model import facts_from_data, load_facts

COVERED: set[str] = set()


def _expected():
    return broken_expectations()


def codes(facts):
    return {f.code for f in check_facts(facts).findings}


@pytest.mark.parametrize("path", REALISTIC, ids=lambda p: p.name)
def test_realistic_fixtures_have_no_errors(path):
    result = check_facts(load_facts(path))
    assert result.ok, [f.message for f in result.findings if f.severity == "error"]


@pytest.mark.parametrize("name", [k for k, v in _expected().items() if "code" in v])
def test_broken_fixture_produces_its_finding(name):
    spec = _expected()[name]
    result = check_facts(load_facts(BROKEN / name))
    matching = [f for f in result.findings if f.code == spec["code"]]
    assert matching, f"{name}: expected {spec['code']}, got {[f.code for f in result.findings]}"
    assert matching[0].section == spec["section"]
    assert matching[0].question.strip()


BASE = {
    "report": {"type": "year-end", "period": {"start": "2025-01-01", "end": "2025-12-31"},
               "role": "客服专员", "channels": ["客服热线"], "duties": "接听热线",
               "author": "李明", "team": "客户服务部"},
    "metrics": [{"name": "咨询量", "value": 12000, "unit": "件", "target": 11000, "previous": 10500,
                 "drivers": ["承接了新开通的在线渠道"]}],
    "reflections": ["排班要跟着咨询量的高峰走"],
    "cases": [{"title": "故障应急", "kind": "success", "result": "72小时内恢复"},
              {"title": "物流理赔超时", "kind": "lesson", "result": "办结时长降至4天"}],
    "problems": [{"title": "高峰慢", "evidence": "平均响应时长升至180秒", "cause": "排班不足"}],
    "plans": [{"action": "调整排班", "metric": "平均响应时长", "target": 110, "unit": "秒",
               "deadline": "2026-06-30"}],
    "work": ["整理快捷短语120条"], "categories": [{"name": "退换货", "share": 40}],
    "complaints": {"total": 30, "types": [{"name": "物流", "count": 12}]},
    "teamwork": ["与仓储约定复核,漏发降至0件"], "training": ["考核平均分由82分升至91分"],
    "monthly": {"columns": ["咨询量"], "units": ["件"],
                "rows": {f"2025-{m:02d}": [1000] for m in range(1, 13)}},
}


def mutate(**changes):
    data = copy.deepcopy(BASE)
    for dotted, value in changes.items():
        node = data
        parts = dotted.split("__")
        for part in parts[:-1]:
            node = node[int(part)] if part.isdigit() else node[part]
        last = parts[-1]
        if value is DELETE:
            del node[last]
        else:
            node[int(last) if last.isdigit() else last] = value
    return facts_from_data(data)


DELETE = object()

CASES = {
    "CK101": dict(problems=DELETE),
    "CK102": dict(teamwork=DELETE),
    "CK103": dict(monthly=DELETE),
    "CK201": dict(metrics=[{"name": "咨询量", "unit": "件"}]),
    "CK202": dict(cases__0__result=DELETE),
    "CK203": dict(cases__0__result="客户满意并给予好评"),
    "CK204": dict(cases__1__kind="success"),
    "CK205": dict(problems__0__evidence=DELETE),
    "CK206": dict(problems__0__evidence="高峰期客户排队严重"),
    "CK207": dict(problems__0__cause=DELETE),
    "CK208": dict(plans__0__target=DELETE),
    "CK209": dict(plans__0__deadline=DELETE),
    "CK210": dict(plans__0__deadline="2025-06-30"),
    "CK211": dict(categories=[{"name": "退换货"}]),
    "CK212": dict(metrics=[{"name": "问题解决率", "value": 90, "unit": "%", "target": 88, "previous": 85}]),
    "CK213": dict(training=["参加了话术培训"]),
    "CK214": dict(teamwork=["与技术部保持沟通"]),
    "CK215": dict(metrics=[{"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1},
                           {"name": "客户满意度", "value": 4.8, "unit": "分", "target": 4.7, "previous": 4.6}]),
    "CK216": dict(metrics=[{"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1},
                           {"name": "知识库贡献", "value": 35, "unit": "条", "target": 30, "previous": 20}]),
    "CK219": dict(plans=[{"action": "继续提升专业能力"}]),
    "CK301": dict(metrics__0__target=DELETE),
    "CK302": dict(metrics__0__previous=DELETE),
    "CK401": dict(metrics=[{"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1},
                           {"name": "解决率", "value": 90, "unit": "%", "target": 88, "previous": 85,
                            "basis": {"resolved": 1000, "total": 1200}}]),
    "CK402": dict(categories=[{"name": "甲", "share": 70}, {"name": "乙", "share": 40}]),
    "CK403": dict(metrics=[{"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1},
                           {"name": "接通率", "value": 101, "unit": "%", "target": 95, "previous": 96}]),
    "CK404": dict(complaints={"total": -3}),
    "CK405": dict(report__period={"start": "2025-12-31", "end": "2025-01-01"}),
    "CK406": dict(metrics=[{"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1},
                           {"name": "满意度", "value": 11, "unit": "分", "scale": 10, "target": 9, "previous": 9}]),
    "CK407": dict(complaints={"total": 10, "handled": 12}),
    "CK408": dict(monthly={"columns": ["咨询量"], "rows": {"2025-01": [9000], "2025-02": [9000]}}),
    "CK409": dict(monthly={"columns": ["咨询量"], "rows": {"2024-12": [900]}}),
    "CK410": dict(metrics=[{"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1},
                           {"name": "计划完成率", "value": 112.6, "unit": "%", "target": 100, "previous": 100}]),
    "CK411": dict(metrics=[{"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1},
                           {"name": "接待量", "value": 12100, "unit": "件", "target": 1, "previous": 1}]),
    "CK412": dict(metrics=[{"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1},
                           {"name": "问题解决率", "value": 0.95, "unit": "%", "target": 95, "previous": 94}]),
    "CK217": dict(report__author=DELETE),
    "CK218": dict(report__team=DELETE),
    "CK601": dict(reflections=DELETE),
    "CK602": dict(metrics=[{"name": "问题解决率", "value": 90, "unit": "%", "target": 95}]),
    "CK603": dict(metrics__0__drivers=DELETE),
    "CK604": dict(cases__0__result="2026年1月恢复"),
    "CK605": dict(monthly={"columns": ["咨询量"], "units": ["件"],
                           "rows": {"2025-01": [1000], "2025-02": [1100]}}),
    "CK606": dict(report__type="half-year", metrics=[
        {"name": "咨询量", "value": 6000, "unit": "件", "annual_target": 11000, "previous": 5200,
         "drivers": ["承接了新开通的在线渠道"]},
        {"name": "工单闭环率", "value": 95.1, "unit": "%", "target": 96, "annual_target": 96, "previous": 93.4,
         "drivers": ["短信同步维修进度"]}]),
    "CK607": dict(complaints={"total": 30, "types": [{"name": "噪音", "count": 14}, {"name": "物流", "count": 9}]}),
    "CK501": dict(report__role="客服主管"),
    "CK502": dict(report__role="客服班长", report__team_size=8),
}
TYPE_CASES = {
    "CK303": ("half-year", {}),
    "CK304": ("project", {}),
    "CK306": ("weekly", {"categories": [{"name": "账单"}]}),
    "CK307": ("half-year", {"metrics": [{"name": "问题解决率", "value": 95, "unit": "%",
                                         "target": 96, "previous": 94}]}),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_finding_code_fires_on_the_gap_it_names(code):
    assert code not in codes(mutate()), "the base facts must not already trigger it"
    assert code in codes(mutate(**CASES[code]))


@pytest.mark.parametrize("code", sorted(TYPE_CASES))
def test_type_specific_codes(code):
    rtype, extra = TYPE_CASES[code]
    facts = mutate(report__type=rtype, **extra)
    assert code in codes(facts)


def test_a_half_year_shortfall_and_the_top_complaint_are_asked_for_as_the_draft_asks():
    """Reviews 17–29: a half-year level short of its annual target, and the largest complaint
    type, with no cause anywhere, are what a supervisor sends back; the draft can only state
    them and asks for the cause in its notes. `check` asks the same, before any draft."""
    facts = mutate(**CASES["CK606"])
    short = [f for f in check_facts(facts).findings if f.code == "CK606"]
    assert [f.message for f in short] == [
        "指标“工单闭环率”为95.1%，距全年目标96%还差0.9个百分点，但没有写原因，也没有对应的问题或改进计划。"]
    assert short[0].section == "problems" and short[0].severity == "warning"
    # a count is judged by its progress toward the year, not as short of it; a problem that
    # names the metric takes it up
    taken = mutate(**CASES["CK606"], problems=[{"title": "工单闭环率未达全年目标", "evidence": "95.1%",
                                                "cause": "夜间工单次日才派"}])
    assert "CK606" not in codes(taken)
    top = [f for f in check_facts(mutate(**CASES["CK607"])).findings if f.code == "CK607"]
    assert [f.message for f in top] == ["“噪音”类投诉最多，占投诉的60.9%，但问题、案例和计划都没有说到它。"]


def test_the_check_and_the_drafts_notes_ask_for_the_same_untaken_items():
    from pathlib import Path

    from cswriter.facts.model import load_facts
    from helpers import drafted_offline

    for name in ("half-year-property", "quarterly-insurance", "year-end-lead"):
        facts = load_facts(Path(__file__).parent.parent / "fixtures" / f"{name}.yaml")
        asked = {f.message.split("”")[0].lstrip("指标“").lstrip("“") for f in check_facts(facts).findings
                 if f.code in ("CK606", "CK607")}
        draft = drafted_offline(name)[1]
        notes = [n for section in draft.sections for n in section.missing + section.questions]
        noted = {n.split("”")[0].lstrip("“") for n in notes if "事实里没有原因" in n}
        assert asked == noted and asked, (name, asked, noted)


def test_project_with_incomplete_project_block():
    facts = mutate(report__type="project", project={"name": "系统升级", "goal": "接待压力降低20%"})
    found = [f for f in check_facts(facts).findings if f.code == "CK305"]
    assert {f.field for f in found} == {"project.result", "project.lessons"}


def test_a_half_year_level_metric_with_its_target_is_asked_about_the_year_not_refused():
    """A rate, score or duration is a level: its half-year target is usually the year's, so a
    writer who gave only `target` gets a question, not an error that blocks the draft; a
    count accumulates toward the year, so it still needs the year's target."""
    rate = {"name": "问题解决率", "value": 95, "unit": "%", "target": 96, "previous": 94}
    volume = {"name": "咨询量", "value": 6000, "unit": "件", "target": 5500, "previous": 5200}
    result = check_facts(mutate(report__type="half-year", metrics=[volume, rate]))
    by_code = {(f.code, f.field): f.severity for f in result.findings}
    assert by_code[("CK307", "metrics[1].annual_target")] == "info"
    assert by_code[("CK303", "metrics[0].annual_target")] == "error"
    assert ("CK303", "metrics[1].annual_target") not in by_code
    # Without any target the rate has nothing to be compared with: still an error.
    bare = dict(rate, target=None)
    assert "CK303" in codes(mutate(report__type="half-year", metrics=[bare]))


def test_every_check_in_the_catalogue_has_a_severity_the_findings_accept():
    """checks.yaml is edited by hand: a misspelt severity would crash `check` on user input."""
    from typing import get_args

    from cswriter.check import Finding
    allowed = set(get_args(Finding.model_fields["severity"].annotation))
    assert {code: spec["severity"] for code, spec in check_catalogue().items()
            if spec["severity"] not in allowed} == {}


def test_every_code_in_the_catalogue_is_tested():
    tested = set(CASES) | set(TYPE_CASES) | {"CK305"}
    assert set(check_catalogue()) == tested


def test_findings_are_ordered_by_severity_and_carry_fields():
    result = check_facts(mutate(problems=DELETE, teamwork=DELETE, plans__0__deadline=DELETE))
    severities = [f.severity for f in result.findings]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    deadline = next(f for f in result.findings if f.code == "CK209")
    assert deadline.field == "plans[0].deadline" and deadline.answer_kind == "date"
    assert "调整排班" in deadline.question


def test_year_end_demands_both_comparisons_monthly_only_previous():
    no_compare = [{"name": "咨询量", "value": 12000, "unit": "件"}]
    year_end = codes(mutate(metrics=no_compare))
    assert {"CK301", "CK302"} <= year_end
    monthly = check_facts(mutate(report__type="monthly", metrics=no_compare))
    severity = {f.code: f.severity for f in monthly.findings}
    assert severity["CK302"] == "error" and severity["CK301"] == "warning"


def test_rounding_tolerance_in_basis_check():
    # 123500 / 125380 = 98.50 %: stated 98.5 agrees; stated 98.6 does not.
    ok = dict(metrics=[{"name": "咨询量", "value": 125380, "unit": "件", "target": 1, "previous": 1},
                       {"name": "解决率", "value": 98.5, "unit": "%", "target": 98, "previous": 97,
                        "basis": {"resolved": 123500, "total": 125380}}])
    assert "CK401" not in codes(mutate(**ok))
    ok["metrics"][1]["value"] = 98.7
    assert "CK401" in codes(mutate(**ok))


def test_lead_role_is_detected_from_the_role_title():
    result = check_facts(mutate(report__role="物流客服主管", report__team_size=10))
    assert result.role == "lead"
    assert check_facts(mutate()).role == "agent"


def test_targets_and_previous_values_are_bounded_too():
    over = mutate(metrics=[
        {"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1},
        {"name": "接通率", "value": 95, "unit": "%", "target": 101, "previous": 96},
        {"name": "满意度", "value": 4.8, "unit": "分", "scale": 5, "target": 4.9, "previous": 5.3}])
    found = {(f.code, f.field) for f in check_facts(over).findings}
    assert ("CK403", "metrics[1].target") in found
    assert ("CK406", "metrics[2].previous") in found


def test_findings_about_a_missing_metric_name_their_own_metric(tmp_path):
    # A lead's report without 咨询量 (CK212), 培训覆盖率 and 离职率 (CK502): all three findings
    # point at the list "metrics", so each must say which metric it asks for.
    import json

    from helpers import run_cli

    facts = mutate(report__role="客服班长", report__team_size=8,
                   metrics=[{"name": "问题解决率", "value": 90, "unit": "%", "target": 88, "previous": 85}])
    found = [f for f in check_facts(facts).findings if f.code in ("CK212", "CK502")]
    assert {(f.code, f.field, f.metric) for f in found} == {
        ("CK212", "metrics", "volume"),
        ("CK502", "metrics", "training_coverage"),
        ("CK502", "metrics", "turnover_rate"),
    }
    # Other findings name no metric: their field already points into the facts.
    assert all(f.metric is None for f in check_facts(facts).findings if f.code not in ("CK212", "CK502"))

    path = tmp_path / "lead.json"
    path.write_text(json.dumps(facts.model_dump(mode="json", exclude_none=True), ensure_ascii=False),
                    encoding="utf-8")
    out = json.loads(run_cli("check", path, "--format", "json").stdout)
    shown = {(f["code"], f["metric"]) for f in out["findings"] if f["code"] in ("CK212", "CK502")}
    assert shown == {("CK212", "volume"), ("CK502", "training_coverage"), ("CK502", "turnover_rate")}
    assert all("metric" in f for f in out["findings"])  # additive: present (null) on every finding


def test_a_missing_author_and_team_are_reported_with_questions():
    facts = mutate(report__author=DELETE, report__team=DELETE)
    found = {f.code: f for f in check_facts(facts).findings if f.code in ("CK217", "CK218")}
    assert (found["CK217"].field, found["CK218"].field) == ("report.author", "report.team")
    assert "姓名" in found["CK217"].question and "部门" in found["CK218"].question
    assert all(f.severity == "warning" for f in found.values())


def test_declined_items_are_not_reported_again_but_errors_always_are():
    facts = mutate(report__team=DELETE, training=["参加了话术培训"])
    before = codes(facts)
    assert {"CK213", "CK218"} <= before
    declined = mutate(report__team=DELETE, training=["参加了话术培训"],
                      declined=["training-no-figure", "report.team", "attachments", "plans"])
    after = codes(declined)
    assert "CK213" not in after and "CK218" not in after
    missing_plans = mutate(plans=[], declined=["plans"])
    assert "CK101" in codes(missing_plans)  # a required section cannot be declined away


def test_chinese_keys_and_type_names_are_read_as_what_they_mean():
    data = copy.deepcopy(BASE)
    data["report"]["类型"] = "年终"
    del data["report"]["type"]
    metric = data["metrics"][0]
    metric["目标"] = metric.pop("target")
    metric["去年"] = metric.pop("previous")
    metric["单位"] = metric.pop("unit")
    facts = facts_from_data(data)
    assert facts.report.type == "year-end"
    assert (facts.metrics[0].target, facts.metrics[0].previous) == (BASE["metrics"][0]["target"],
                                                                   BASE["metrics"][0]["previous"])
    assert codes(facts) == codes(facts_from_data(copy.deepcopy(BASE)))


def test_a_key_written_twice_in_two_languages_is_refused():
    data = copy.deepcopy(BASE)
    data["metrics"][0]["目标"] = 1
    with pytest.raises(InputError, match="同一个字段"):
        facts_from_data(data)


def test_an_unknown_chinese_key_gets_a_suggestion():
    data = copy.deepcopy(BASE)
    data["metrics"][0]["上个月"] = 1
    with pytest.raises(InputError, match="是不是想写“previous”"):
        facts_from_data(data)


def test_a_qualified_metric_is_not_the_plain_one():
    qualified = mutate(metrics=[
        {"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1},
        {"name": "接通率", "value": 96, "unit": "%", "target": 95, "previous": 94},
        {"name": "15秒接通率", "value": 85, "unit": "%", "target": 80, "previous": 78},
        {"name": "人工有效会话量", "value": 11000, "unit": "件"}])
    assert "CK411" not in codes(qualified)
    assert "CK411" in codes(mutate(**CASES["CK411"]))  # 咨询量 and 接待量 are still one metric


def test_first_and_average_response_time_are_two_measures_not_one_metric_twice():
    """Help desks (V5KF, 环信, 网易七鱼, 腾讯云) export both columns side by side."""
    volume = {"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1}

    def response(name, value):
        return {"name": name, "value": value, "unit": "秒", "target": 60, "previous": 70}

    both = mutate(metrics=[volume, response("首次响应时长", 25), response("平均响应时长", 48)])
    assert "CK411" not in codes(both)
    twice = mutate(metrics=[volume, response("首次响应时长", 25), response("平均响应时长", 48),
                            response("首响时长", 26)])
    findings = [f for f in check_facts(twice).findings if f.code == "CK411"]
    assert [(f.field, "首次响应时长" in f.message) for f in findings] == [("metrics[3]", True)]
    # A bare 响应时长 could be either measure: beside one of them it is still a duplicate.
    assert "CK411" in codes(mutate(metrics=[volume, response("平均响应时间", 48), response("响应时长", 48)]))


def test_a_second_count_column_is_compared_with_its_own_metric_in_plain_figures():
    table = {"columns": ["咨询量", "有效会话量"], "units": ["件", "件"],
             "rows": {"2025-01": [6000, 5800], "2025-02": [6000, 5900]}}
    metrics = [{"name": "咨询量", "value": 12000, "unit": "件", "target": 1, "previous": 1},
               {"name": "有效会话量", "value": 11700, "unit": "件"}]
    assert "CK408" not in codes(mutate(metrics=metrics, monthly=table))
    over = mutate(metrics=[metrics[0]], monthly={"columns": ["咨询量"], "units": ["件"],
                                                 "rows": {"2025-01": [1200000], "2025-02": [1300000]}})
    finding = next(f for f in check_facts(over).findings if f.code == "CK408")
    assert "2,500,000" in finding.message or "2500000" in finding.message
    assert "e+06" not in finding.message


def test_a_monthly_count_column_is_not_held_against_a_rate_per_many_orders():
    # Blind round 6: complaints per 10,000 orders (3.8件) is no total of the monthly complaint
    # counts (2,184 in all): check said the months were over the period's figure.
    table = {"columns": ["投诉量"], "units": ["件"], "rows": {"2025-01": [1100], "2025-02": [1084]}}
    per_many = {"name": "每万单投诉量", "value": 3.8, "unit": "件", "target": 3.5, "previous": 4.1,
                "better": "lower"}
    assert "CK408" not in codes(mutate(metrics=[per_many], monthly=table))
    # …while a plain complaint count under the months is still checked
    plain = {"name": "投诉量", "value": 2000, "unit": "件", "target": 2100, "previous": 1906}
    assert "CK408" in codes(mutate(metrics=[plain], monthly=table))
