"""`cswriter interview` for programs and agents: no terminal, JSON questions, `--answers`.

An agent loops check → answer → check without a terminal: it reads the open questions,
writes answers as a person would type them, and stops when `ok` is true.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cswriter.check import check_facts
from cswriter.facts.model import load_facts
from cswriter.facts.template import render_template
from cswriter.interview.spec import field_pattern

pytestmark = pytest.mark.slow  # every test here starts a process or a terminal

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TIMEOUT = 20


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed command with no terminal on stdin (as under an agent or in CI)."""
    return subprocess.run([sys.executable, "-m", "cswriter", "interview", *args], cwd=cwd,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8",
                          timeout=TIMEOUT)


def write_answers(tmp_path: Path, answers: dict[str, Any], name: str = "answers.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(answers, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def weekly_file(tmp_path: Path) -> Path:
    path = tmp_path / "周报.yaml"
    path.write_text(render_template("weekly", "客服专员", today=date(2026, 11, 20)), encoding="utf-8")
    return path


def test_without_a_terminal_the_open_questions_are_printed_as_json_and_nothing_hangs(tmp_path: Path) -> None:
    path = weekly_file(tmp_path)
    before = path.read_bytes()
    proc = run(str(path), cwd=tmp_path)  # no --no-input: stdin simply is not a terminal
    assert proc.returncode == 1
    out = json.loads(proc.stdout)
    assert out["file"] == str(path) and out["ok"] is False
    for q in out["questions"]:
        assert {"field", "question", "answer_kind", "severity", "code", "example"} <= q.keys()
    # The same gaps as `check`: the interview never disagrees with it.
    findings = [(f.code, f.field, f.question) for f in check_facts(load_facts(path)).findings if f.field]
    assert [(q["code"], q["field"], q["question"]) for q in out["questions"]] == findings
    assert path.read_bytes() == before  # asking questions writes nothing


def test_no_input_on_a_file_that_passes_check_exits_0(tmp_path: Path) -> None:
    proc = run(str(FIXTURES / "year-end-agent.yaml"), "--no-input", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["ok"] is True


def test_a_new_file_first_asks_for_the_report_type_and_is_not_created_until_answered(tmp_path: Path) -> None:
    path = tmp_path / "新.yaml"
    proc = run(str(path), "--no-input", cwd=tmp_path)
    assert proc.returncode == 1
    out = json.loads(proc.stdout)
    assert [q["field"] for q in out["questions"]] == ["report.type", "report.role", "report.period",
                                                      "report.author", "report.team"]
    assert not path.exists()

    answers = write_answers(tmp_path, {"report.type": "月报", "report.author": "李明", "report.team": "售后一组"})
    proc = run(str(path), "--answers", str(answers), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr  # created; the facts themselves are still to come
    report = load_facts(path).report
    assert (report.type, report.author, report.team) == ("monthly", "李明", "售后一组")
    assert not {"CK217", "CK218"} & {q["code"] for q in json.loads(proc.stdout)["questions"]}


# What an agent would answer, by field pattern: text typed the way a person types it.
AGENT_ANSWERS = {
    "report.duties": "负责电话客服和在线工单",
    "metrics[].value": {"咨询量": "1.26万件", "客户满意度": "4.8分(满分5分)", "问题解决率": "95.2%",
                        "平均响应时长": "2分钟"},
    "categories": "退换货办理 35%、物流查询 25%、发票开具 10%",
    "problems": {"title": "晚高峰响应变慢", "evidence": "19点到21点平均响应时长升至180秒",
                 "cause": "晚班人数未按进线量调整"},
    "plans": {"action": "按小时进线量调整晚班排班", "target": "平均响应时长降至110秒", "deadline": "2026年12月底"},
}


def agent_answer(question: dict[str, Any], facts_path: Path) -> Any:
    pattern = field_pattern(question["field"])
    value = AGENT_ANSWERS[pattern]
    if pattern == "metrics[].value":
        index = int(question["field"].split("[")[1].split("]")[0])
        return value[load_facts(facts_path).metrics[index].name]
    return value


def test_an_agent_loops_answer_and_check_until_ok(tmp_path: Path) -> None:
    path = tmp_path / "agent.yaml"
    answers = {"report.type": "weekly", "report.period": "2026-11-16 至 2026-11-22"}
    for _round in range(6):
        proc = run(str(path), "--answers", str(write_answers(tmp_path, answers)), cwd=tmp_path)
        assert proc.returncode in (0, 1), proc.stderr
        out = json.loads(proc.stdout)
        assert out["errors"] == []
        if out["ok"]:
            break
        errors = [q for q in out["questions"] if q["severity"] == "error"]
        answers = {q["field"]: agent_answer(q, path) for q in errors}
    else:
        pytest.fail("the agent loop did not converge")
    assert proc.returncode == 0
    facts = load_facts(path)
    assert check_facts(facts).ok
    assert facts.metrics[0].value == 12600
    assert facts.metrics[3].value == 120  # 2分钟 in the metric's unit, 秒
    assert facts.plans[0].deadline == date(2026, 12, 31)
    assert facts.plans[0].metric == "平均响应时长"


def test_bad_answers_exit_2_with_chinese_messages_and_good_answers_are_kept(tmp_path: Path) -> None:
    path = weekly_file(tmp_path)
    answers = write_answers(tmp_path, {
        "metrics[0].value": "12.5万件",
        "metrics[2].value": "120%",                      # a rate above 100 %
        "metrics[1].value": "4.8分(满分5分)",
        "categories": "退换货 70%、物流 40%",              # shares over 100 %
        "plans": {"action": "调整排班", "deadline": "2025年6月底"},  # before the period ends
        "metrics[3].value": "很快",
        "report.duties": "负责在线客服",
    })
    proc = run(str(path), "--answers", str(answers), cwd=tmp_path)
    assert proc.returncode == 2
    out = json.loads(proc.stdout)
    assert [e["field"] for e in out["errors"]] == ["metrics[2].value", "categories", "plans", "metrics[3].value"]
    assert "不能超过 100%" in proc.stderr and "超过 100%" in proc.stderr and "早于总结期末" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert out["applied"] == ["metrics[0].value", "metrics[1].value", "report.duties"]
    facts = load_facts(path)
    assert [m.value for m in facts.metrics] == [125000, 4.8, None, None]
    assert facts.categories == [] and facts.plans == []
    assert facts.report.duties == "负责在线客服"


def test_whole_items_can_be_given_as_mappings(tmp_path: Path) -> None:
    path = weekly_file(tmp_path)
    answers = write_answers(tmp_path, {
        "cases": {"title": "大促物流延误安抚", "kind": "教训", "actions": "统一话术、与物流部同步",
                  "result": "相关投诉由日均12件降至3件"},
        "complaints": {"total": "18件", "previous": 25, "types": "物流延迟 9件、服务态度 4件"},
        "metrics": [{"name": "接通率", "value": "92.5%", "previous": "90%"}],
        "training": "参加投诉处理话术培训8课时,考核成绩由82分提升到91分",
    }, name="answers.yaml")
    proc = run(str(path), "--answers", str(answers), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr  # other required sections are still open
    facts = load_facts(path)
    case = facts.cases[0]
    assert (case.kind, case.actions) == ("lesson", ["统一话术", "与物流部同步"])
    assert facts.complaints.total == 18 and [t.count for t in facts.complaints.types] == [9, 4]
    assert (facts.metrics[-1].name, facts.metrics[-1].value, facts.metrics[-1].unit) == ("接通率", 92.5, "%")
    assert facts.training


@pytest.mark.parametrize("name", ["malformed.yaml", "bad-encoding.yaml", "unknown-key.yaml", "top-level-list.yaml"])
def test_an_unusable_file_gives_a_chinese_message_exit_2_and_is_left_untouched(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes((FIXTURES / "broken" / name).read_bytes())
    before = path.read_bytes()
    answers = write_answers(tmp_path, {"report.duties": "负责在线客服"})
    proc = run(str(path), "--answers", str(answers), cwd=tmp_path)
    assert proc.returncode == 2
    assert "错误" in proc.stderr and "Traceback" not in proc.stderr
    assert path.read_bytes() == before


def test_a_gbk_file_is_read_and_written_back_in_gbk(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    text = render_template("weekly", "客服专员", today=date(2026, 11, 20))
    path.write_bytes(text.encode("gbk"))
    proc = run(str(path), "--answers", str(write_answers(tmp_path, {"report.duties": "负责热线"})), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    raw = path.read_bytes()
    assert "负责热线".encode("gbk") in raw
    assert load_facts(path).report.duties == "负责热线"


def test_a_json_facts_file_stays_json(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    facts = {"report": {"type": "weekly", "period": {"start": "2026-11-16", "end": "2026-11-22"}},
             "metrics": [{"name": "咨询量", "value": None, "unit": "件"}]}
    path.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    proc = run(str(path), "--answers", str(write_answers(tmp_path, {"metrics[0].value": "1,260"})), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(path.read_text(encoding="utf-8"))["metrics"][0]["value"] == 1260


def test_revise_needs_a_terminal(tmp_path: Path) -> None:
    proc = run(str(weekly_file(tmp_path)), "--revise", "metrics[0].value", cwd=tmp_path)
    assert proc.returncode == 2
    assert "--revise" in proc.stderr


def test_answers_can_come_on_stdin(tmp_path: Path) -> None:
    path = weekly_file(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "cswriter", "interview", str(path), "--answers", "-"],
                          input=json.dumps({"metrics[0].value": "1,200件"}, ensure_ascii=False),
                          capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["applied"] == ["metrics[0].value"]
    assert load_facts(path).metrics[0].value == 1200


def test_questions_about_missing_metrics_name_the_metric_and_answers_land_on_it(tmp_path: Path) -> None:
    # A lead's monthly report lacking 咨询量 (CK212), 培训覆盖率 and 离职率 (CK502): the three
    # questions share the field "metrics", so each names its metric for the agent.
    path = tmp_path / "班长月报.json"
    facts = {"report": {"type": "monthly", "period": {"start": "2026-10-01", "end": "2026-10-31"},
                        "role": "客服班长", "team_size": 8},
             "metrics": [{"name": "问题解决率", "value": 90, "unit": "%"}]}
    path.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    proc = run(str(path), "--no-input", cwd=tmp_path)
    out = json.loads(proc.stdout)
    asked = {q["metric"]: q for q in out["questions"] if q["code"] in ("CK212", "CK502")}
    assert set(asked) == {"volume", "training_coverage", "turnover_rate"}
    assert {q["field"] for q in asked.values()} == {"metrics"}
    assert {m: q["example"]["name"] for m, q in asked.items()} == {
        "volume": "咨询量", "training_coverage": "培训覆盖率", "turnover_rate": "离职率"}
    assert all(q["metric"] is None for q in out["questions"] if q["code"] not in ("CK212", "CK502"))

    # The agent answers in the shape of each question's example, one metric first ...
    typed = {"volume": "1,260件", "training_coverage": "100%", "turnover_rate": "5%"}
    first = {**asked["turnover_rate"]["example"], "value": typed["turnover_rate"]}
    proc = run(str(path), "--answers", str(write_answers(tmp_path, {"metrics": first})), cwd=tmp_path)
    out = json.loads(proc.stdout)
    assert out["errors"] == [] and out["applied"] == ["metrics"], proc.stderr
    left = {q["metric"] for q in out["questions"] if q["code"] in ("CK212", "CK502")}
    assert left == {"volume", "training_coverage"}
    loaded = load_facts(path)
    assert loaded.metric("turnover_rate").value == 5 and loaded.metric("training_coverage") is None

    # ... then the other two together.
    rest = [{**asked[m]["example"], "value": typed[m]} for m in sorted(left)]
    proc = run(str(path), "--answers", str(write_answers(tmp_path, {"metrics": rest})), cwd=tmp_path)
    out = json.loads(proc.stdout)
    assert out["errors"] == [], proc.stderr
    assert not [q for q in out["questions"] if q["code"] in ("CK212", "CK502")]
    loaded = load_facts(path)
    got = {m: (loaded.metric(m).value, loaded.metric(m).unit) for m in typed}
    assert got == {"volume": (1260, "件"), "training_coverage": (100, "%"), "turnover_rate": (5, "%")}
