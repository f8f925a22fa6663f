"""The foundation commands as a user runs them: check, outline, init, schema."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from helpers import BROKEN, FIXTURES, ROOT, run_cli

from cswriter.facts.model import load_facts

EXAMPLE = FIXTURES / "year-end-agent.yaml"


def test_check_text_ok_exit_0():
    result = run_cli("check", EXAMPLE)
    assert result.exit_code == 0, result.output
    assert "没有错误" in result.stdout
    assert "投诉处理" in result.stdout and "→" in result.stdout


def test_check_json_matches_the_interface():
    result = run_cli("check", EXAMPLE, "--format", "json")
    data = json.loads(result.stdout)
    assert data["ok"] is True
    for finding in data["findings"]:
        assert {"code", "severity", "section", "message", "question"} <= set(finding)
        assert finding["severity"] in ("error", "warning", "info")


def test_check_errors_exit_1():
    result = run_cli("check", BROKEN / "plan-no-deadline.yaml", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["ok"] is False


@pytest.mark.parametrize("name", ["malformed.yaml", "unknown-key.yaml", "empty.yaml", "bad-encoding.yaml",
                                  "malformed.json", "bad-date.yaml"])
def test_bad_input_exit_2_chinese_message_no_traceback(name):
    result = run_cli("check", BROKEN / name)
    assert result.exit_code == 2
    assert "错误：" in result.stderr
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_missing_file_exit_2():
    result = run_cli("outline", "no-such-file.yaml")
    assert result.exit_code == 2 and "文件不存在" in result.stderr


def test_outline_markdown_and_json():
    md = run_cli("outline", EXAMPLE)
    assert md.exit_code == 0
    assert md.stdout.startswith("# 2025年度个人工作总结（提纲）")
    data = json.loads(run_cli("outline", EXAMPLE, "--format", "json").stdout)
    assert data["type"] == "year-end"
    for section in data["sections"]:
        assert {"id", "title", "status", "facts", "figures"} <= set(section)
        assert section["status"] in ("ready", "needs-input")


@pytest.mark.parametrize("rtype", ["year-end", "half-year", "quarterly", "monthly", "weekly", "project"])
@pytest.mark.parametrize("role", ["客服专员", "客服主管"])
def test_init_template_loads_and_check_lists_what_to_fill(tmp_path, rtype, role):
    path = tmp_path / "facts.yaml"
    result = run_cli("init", path, "--type", rtype, "--role", role)
    assert result.exit_code == 0, result.output
    facts = load_facts(path)  # an unfilled template is valid facts
    assert facts.report.type == rtype
    check = json.loads(run_cli("check", path, "--format", "json").stdout)
    assert check["ok"] is False
    fields = {f["field"] for f in check["findings"]}
    assert "metrics[0].value" in fields
    if role == "客服主管":
        assert "report.team_size" in fields


def test_init_refuses_to_overwrite(tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text("我的数据", encoding="utf-8")
    result = run_cli("init", path)
    assert result.exit_code == 2 and "已存在" in result.stderr
    assert path.read_text(encoding="utf-8") == "我的数据"
    assert run_cli("init", path, "--force").exit_code == 0


def test_init_to_stdout():
    result = run_cli("init", "--type", "weekly")
    assert result.exit_code == 0 and "type: weekly" in result.stdout


def test_schema_is_json_schema():
    data = json.loads(run_cli("schema").stdout)
    assert "report" in data["properties"] and data["title"] == "cswriter 事实文件"


def test_help_has_examples():
    result = run_cli("--help")
    assert result.exit_code == 0 and "示例" in result.stdout
    for command in ("init", "check", "outline"):
        assert "示例" in run_cli(command, "--help").stdout


@pytest.mark.slow
def test_console_script_runs_in_a_subprocess():
    proc = subprocess.run([sys.executable, "-m", "cswriter", "check", str(EXAMPLE)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "没有错误" in proc.stdout
