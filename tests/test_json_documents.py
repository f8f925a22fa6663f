"""JSON on every path: under `--format json` each command prints one JSON document on stdout,
errors included, every document carries `schema_version`, and `cswriter schema --document`
describes exactly what the commands print."""

from __future__ import annotations

import json

import pytest

from helpers import BROKEN, FIXTURES, run_cli

FACTS = FIXTURES / "year-end-agent.yaml"


def _one_document(stdout: str) -> dict:
    data = json.loads(stdout)  # exactly one document: json.loads rejects trailing data
    assert isinstance(data, dict)
    assert data["schema_version"] >= 1
    return data


@pytest.mark.parametrize("command", ["check", "outline", "draft"])
@pytest.mark.parametrize("name", ["malformed.yaml", "unknown-key.yaml", "empty.yaml", "malformed.json",
                                  "does-not-exist.yaml"])
def test_bad_facts_give_a_json_error_document(command, name):
    result = run_cli(command, BROKEN / name, "--format", "json")
    assert result.exit_code == 2
    data = _one_document(result.stdout)
    assert data["ok"] is False and data["exit_code"] == 2
    error = data["error"]
    assert set(error) >= {"message", "file", "line", "field"}
    assert error["message"] and "Traceback" not in result.output
    assert error["file"] and error["file"].endswith(name)
    assert "错误：" in result.stderr  # people at a terminal still read it


def test_the_error_document_names_line_and_field():
    malformed = _one_document(run_cli("check", BROKEN / "malformed.yaml", "-f", "json").stdout)
    assert isinstance(malformed["error"]["line"], int) and malformed["error"]["line"] >= 1
    unknown = _one_document(run_cli("check", BROKEN / "unknown-key.yaml", "-f", "json").stdout)
    assert unknown["error"]["field"]
    assert unknown["error"]["field"] in unknown["error"]["message"]


@pytest.mark.parametrize("args", [
    ["check", "--format", "json"],                      # missing argument
    ["lint", "x.md", "--format", "json", "--bogus"],   # unknown option
    ["draft", "x.yaml", "-f", "json", "-j", "0"],       # out of range
    ["lnt", "x.md", "--format", "json"],               # unknown command
])
def test_usage_errors_under_json_are_json_too(args):
    result = run_cli(*args)
    assert result.exit_code == 2
    data = _one_document(result.stdout)
    assert data["ok"] is False and data["error"]["message"]
    assert "用法：" in result.stderr


def test_every_document_validates_against_its_published_schema(tmp_path):
    from cswriter.schemas import DOCUMENTS

    draft_md = tmp_path / "d.md"
    draft_md.write_text("问题解决率较去年提升1.2%。我们做得很好。\n", encoding="utf-8")
    runs = {
        "check": run_cli("check", FACTS, "-f", "json"),
        "outline": run_cli("outline", FACTS, "-f", "json"),
        "draft": run_cli("draft", FACTS, "-f", "json", "--no-cache"),
        "lint": run_cli("lint", draft_md, "-f", "json"),
        "interview": run_cli("interview", FACTS, "--no-input"),
        "error": run_cli("check", BROKEN / "malformed.yaml", "-f", "json"),
    }
    for name, result in runs.items():
        data = _one_document(result.stdout)
        DOCUMENTS[name].model_validate(data)
        schema = json.loads(run_cli("schema", "--document", name).stdout)
        assert schema["schema_version"] == data["schema_version"]
        assert set(data) <= set(schema["properties"]), (name, set(data) - set(schema["properties"]))
    for args in (["rules", "-f", "json"], ["rules", "CS101", "-f", "json"], ["backends", "-f", "json"],
                 ["prompts", "show", "metrics", str(FACTS), "-f", "json"], ["schema"]):
        assert "schema_version" in json.loads(run_cli(*args).stdout), args


def test_outline_figures_carry_value_unit_and_formula():
    data = _one_document(run_cli("outline", FACTS, "-f", "json").stdout)
    figures = [f for s in data["sections"] for f in s["figures"]]
    assert figures
    for figure in figures:
        assert isinstance(figure["value"], (int, float))
        assert isinstance(figure["unit"], str) and figure["formula"]
    # The value is the number the text states, in the unit named.
    daily = next(f for f in figures if f["kind"] == "daily_mean")
    assert daily["text"].startswith(f"{daily['value']:.0f}") and daily["text"].endswith(daily["unit"])


def test_lint_gives_the_points_fix_and_fix_applies_it(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("问题解决率较去年提升1.2%。\n咨询处理量同比增长15.2个百分点。\n", encoding="utf-8")
    data = _one_document(run_cli("lint", draft, "-f", "json").stdout)
    fixes = {f["match"]: f["replacement"] for f in data["findings"] if f["code"] == "CS402"}
    assert fixes == {"1.2%": "1.2个百分点", "15.2个百分点": "15.2%"}
    run_cli("lint", draft, "--fix")
    assert draft.read_text(encoding="utf-8") == "问题解决率较去年提升1.2个百分点。\n咨询处理量同比增长15.2%。\n"


def test_init_writes_json_facts_for_a_json_file_name(tmp_path):
    target = tmp_path / "new.json"
    assert run_cli("init", target, "--type", "monthly").exit_code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["report"]["type"] == "monthly"
    checked = run_cli("check", target, "-f", "json")
    assert checked.exit_code in (0, 1)
    assert _one_document(checked.stdout)["type"] == "monthly"


def test_interview_creates_a_missing_json_file_and_refusals_carry_an_example(tmp_path):
    target = tmp_path / "new.json"
    answers = tmp_path / "answers.yaml"
    answers.write_text("report.type: weekly\nmetrics[0].value: 很多\n", encoding="utf-8")
    result = run_cli("interview", target, "--answers", answers)
    assert result.exit_code == 2  # one answer refused, the rest saved
    data = _one_document(result.stdout)
    assert data["created"] is True
    assert json.loads(target.read_text(encoding="utf-8"))["report"]["type"] == "weekly"
    [refusal] = data["errors"]
    assert refusal["field"] == "metrics[0].value" and "很多" in refusal["message"]
    assert refusal["example"]
    assert "可以这样回答" in result.stderr


def test_interview_without_a_file_under_no_input_is_a_json_error(tmp_path):
    result = run_cli("interview", tmp_path / "x.yaml", "--answers", tmp_path / "nope.yaml")
    assert result.exit_code == 2
    assert _one_document(result.stdout)["error"]["file"].endswith("nope.yaml")


@pytest.mark.parametrize("name", ["facts", "check", "outline", "draft", "lint", "interview", "error"])
def test_schema_documents(name):
    result = run_cli("schema", "--document", name)
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["type"] == "object" and schema["properties"]
