"""Bulk runs that report: an output folder or nothing, reasons in the summary, a versioned
JSON document with each report's findings, a rejected key stopping the run at once, and a
batch that counts what it sent and shows progress in a log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cswriter.cli import app

try:
    from openai_server import Reply, openai_server  # noqa: F401
except ImportError:  # pragma: no cover
    from tests.openai_server import Reply, openai_server  # noqa: F401

from helpers import on_topic_from_body  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PLAIN = "本节内容依据事实撰写。"
WRONG_FIGURE = "本期咨询处理量为999,999件，较去年大幅增长。"


@pytest.fixture(autouse=True)
def _env(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CSWRITER_BATCH_POLL", "0.01")
    monkeypatch.delenv("CSWRITER_BACKEND", raising=False)


@pytest.fixture
def team(tmp_path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    for name in ("张三", "李四", "王五"):
        text = (FIXTURES / "year-end-agent.yaml").read_text(encoding="utf-8")
        (folder / f"{name}.yaml").write_text(text.replace("李明", name), encoding="utf-8")
    return folder


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_several_inputs_with_a_file_name_as_output_exit_2_and_create_nothing(team, tmp_path):
    files = sorted(team.iterdir())
    result = run("draft", *files, "-o", tmp_path / "both.md")
    assert result.exit_code == 2 and "文件夹" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "both.md").exists()
    # A folder that does not exist yet, written with a trailing slash, is created.
    assert run("draft", *files, "-o", f"{tmp_path / '草稿'}/").exit_code in (0, 1)
    assert len(list((tmp_path / "草稿").iterdir())) == 3
    # An existing folder is fine without the slash.
    assert run("draft", *files, "-o", tmp_path / "草稿").exit_code in (0, 1)


@pytest.mark.slow
def test_bulk_json_is_versioned_and_carries_each_reports_findings_and_reason(team, tmp_path, openai_server):
    openai_server.default = Reply.ok(WRONG_FIGURE)
    result = run("draft", team, "-o", f"{tmp_path / 'out'}/", "--backend", "openai", "--model", "m",
                 "--format", "json", "--max-repairs", "0")
    data = json.loads(result.stdout)
    assert "schema_version" in data and data["exit_code"] == result.exit_code == 1
    report = data["reports"][0]
    assert report["status"] == "findings"
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert errors and all({"section", "code", "message", "match"} <= set(f) for f in errors)
    assert errors[0]["code"] in report["reason"] and "需补充：" in report["reason"] and "投诉处理" in report["reason"]
    # The table people read names the reason too.
    assert errors[0]["code"] in result.stderr and "需补充" in result.stderr


@pytest.mark.slow
def test_a_rejected_key_stops_the_run_after_the_first_request(team, tmp_path, openai_server):
    openai_server.default = Reply.error(401, "Incorrect API key provided", code="invalid_api_key")
    result = run("draft", team, "-o", f"{tmp_path / 'out'}/", "--backend", "openai", "--model", "m",
                 "--format", "json", "-j", "4")
    assert result.exit_code == 3
    chat = [r for r in openai_server.requests if r.path == "/v1/chat/completions"]
    assert len(chat) == 1
    data = json.loads(result.stdout)
    assert [r["status"] for r in data["reports"]] == ["failed"] * 3
    assert all("401" in r["reason"] for r in data["reports"])


@pytest.mark.slow
def test_a_good_key_opens_the_pool_after_the_first_reply(team, tmp_path, openai_server):
    openai_server.default = Reply.ok(PLAIN)
    result = run("draft", team, "-o", f"{tmp_path / 'out'}/", "--backend", "openai", "--model", "m",
                 "--format", "json")
    data = json.loads(result.stdout)
    assert all(r["status"] in ("ok", "findings") for r in data["reports"]), data
    assert sum(r["model_calls"] for r in data["reports"]) == len(
        [r for r in openai_server.requests if r.path == "/v1/chat/completions"])


@pytest.mark.slow
def test_batch_counts_what_it_sent_and_logs_progress_without_a_terminal(team, tmp_path, openai_server):
    # Each reply is about its section (a generic sentence is rightly rejected as off topic).
    openai_server.guard = lambda path, body: Reply.ok(on_topic_from_body(body))
    out = tmp_path / "out"
    result = run("draft", team, "-o", f"{out}/", "--backend", "openai", "--model", "m", "--batch")
    assert result.exit_code == 0, result.output
    assert f"通过批处理发送 {openai_server.batch_lines} 个请求" in result.stderr
    assert "调用模型 0 次" not in result.stderr
    lines = result.stderr.splitlines()
    assert any(line.startswith("批处理：提交") for line in lines)
    assert any("已完成" in line for line in lines)  # the batch's states, one line each
    json_run = run("draft", team, "-o", f"{tmp_path / 'again'}/", "--backend", "openai", "--model", "m",
                   "--batch", "--format", "json", "--no-cache")
    assert json_run.exit_code == 2  # --batch needs the cache: refused before anything is sent


@pytest.mark.slow
def test_one_report_with_a_rejected_key_costs_one_request(openai_server):
    openai_server.default = Reply.error(401, "Incorrect API key provided", code="invalid_api_key")
    result = run("draft", FIXTURES / "year-end-agent.yaml", "--backend", "openai", "--model", "m", "-j", "4")
    assert result.exit_code == 3 and "401" in result.stderr
    assert len([r for r in openai_server.requests if r.path == "/v1/chat/completions"]) == 1
