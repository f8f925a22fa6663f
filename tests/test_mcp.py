"""`cswriter mcp` driven by the MCP SDK's own client over stdio, as an agent would use it."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from helpers import FIXTURES, mcp_session

if importlib.util.find_spec("mcp") is None:
    pytest.skip("the MCP SDK is not installed", allow_module_level=True)

pytestmark = pytest.mark.slow

FACTS = FIXTURES / "year-end-agent.yaml"
TOOLS = {"check", "outline", "lint", "draft", "interview_questions", "interview_answer",
         "section_request", "verify_section", "explain_rule", "rules", "init", "import_exports"}


def _session(body, cwd: Path, root: Path | None = None):
    """`mcp_session` with the workspace root these tests need: they read the repository's
    fixtures as well as files in `cwd`, so by default the root is the folder holding both."""
    return mcp_session(body, cwd, root or Path(os.path.commonpath([str(cwd), str(FIXTURES)])))


def _text(result) -> str:
    return "".join(getattr(c, "text", "") for c in result.content)


def test_tools_are_listed_with_input_and_output_schemas(tmp_path):
    async def body(session):
        return (await session.list_tools()).tools

    tools = {t.name: t for t in _session(body, tmp_path)}
    assert set(tools) == TOOLS
    for tool in tools.values():
        assert tool.description and tool.input_schema["type"] == "object"
        assert tool.output_schema is not None and "schema_version" in tool.output_schema["properties"]
    assert "answers" in tools["interview_answer"].input_schema["required"]
    assert "replacement" in json.dumps(tools["lint"].output_schema)


def test_bad_inputs_are_chinese_tool_errors_and_the_server_keeps_serving(tmp_path):
    async def body(session):
        results = {
            "missing file": await session.call_tool("check", {"facts_path": str(tmp_path / "nope.yaml")}),
            "no facts": await session.call_tool("outline", {}),
            "invalid facts": await session.call_tool("check", {"facts": {"report": {"type": "decade"}}}),
            "unknown section": await session.call_tool("section_request",
                                                       {"facts_path": str(FACTS), "section": "summary"}),
            "unknown tool": await session.call_tool("nosuch", {}),
            "wrong argument type": await session.call_tool("interview_answer",
                                                           {"facts_path": str(FACTS), "answers": "95%"}),
            "missing argument": await session.call_tool("verify_section", {"facts_path": str(FACTS)}),
        }
        after = await session.call_tool("check", {"facts_path": str(FACTS)})
        return results, after

    results, after = _session(body, tmp_path)
    for label, result in results.items():
        text = _text(result)
        assert result.is_error, label
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), (label, text)
        assert "Traceback" not in text and "validation error" not in text and "Unknown tool" not in text, text
    assert "nope.yaml" in _text(results["missing file"]) and "不存在" in _text(results["missing file"])
    assert "facts_path" in _text(results["no facts"])
    assert "没有章节“summary”" in _text(results["unknown section"])
    assert "没有工具“nosuch”" in _text(results["unknown tool"])
    assert "answers" in _text(results["wrong argument type"])
    assert not after.is_error and after.structured_content["schema_version"] >= 1


def test_check_outline_lint_and_draft_return_the_cli_documents(tmp_path):
    from click.testing import CliRunner

    from cswriter.cli import app
    from cswriter.facts.model import parse_document

    facts_object, _ = parse_document(FACTS.read_text(encoding="utf-8"), str(FACTS))
    facts_object = json.loads(json.dumps(facts_object, default=str))

    async def body(session):
        return {
            "check": await session.call_tool("check", {"facts_path": str(FACTS)}),
            "outline": await session.call_tool("outline", {"facts_path": str(FACTS)}),
            "lint": await session.call_tool("lint", {"text": "问题解决率较去年提升1.2%。我们做得很好。",
                                                     "facts_path": str(FACTS)}),
            "draft": await session.call_tool("draft", {"facts_path": str(FACTS), "sections": ["metrics"]}),
            "questions": await session.call_tool("interview_questions", {"facts": facts_object}),
            "check object": await session.call_tool("check", {"facts": facts_object}),
        }

    results = _session(body, tmp_path)
    for name in ("check", "outline"):
        cli = json.loads(CliRunner().invoke(app, [name, str(FACTS), "-f", "json"]).stdout)
        assert results[name].structured_content == cli, name
    lint = results["lint"].structured_content
    assert {f["code"] for f in lint["findings"]} >= {"CS402"}
    assert next(f for f in lint["findings"] if f["code"] == "CS402")["replacement"] == "1.2个百分点"
    # Facts given as an object: the same check, and the open questions without touching a file.
    assert results["check object"].structured_content["findings"] == results["check"].structured_content["findings"]
    questions = results["questions"].structured_content
    assert questions["file"] == "facts" and isinstance(questions["questions"], list)
    assert all({"field", "question", "answer_kind"} <= set(q) for q in questions["questions"])
    draft = results["draft"].structured_content
    assert [s["id"] for s in draft["sections"]] == ["metrics"]
    assert draft["sections"][0]["numbers"] and all(n["source"] for n in draft["sections"][0]["numbers"])


def test_an_agent_takes_a_missing_file_to_a_verified_section(tmp_path):
    facts_path = tmp_path / "月度.yaml"
    source = FACTS.read_text(encoding="utf-8")

    async def body(session):
        steps = {}
        steps["setup"] = await session.call_tool("interview_questions", {"facts_path": str(facts_path)})
        steps["created"] = await session.call_tool("interview_answer", {
            "facts_path": str(facts_path), "answers": {"report.type": "monthly", "report.role": "客服专员"}})
        steps["refused"] = await session.call_tool("interview_answer", {
            "facts_path": str(facts_path), "answers": {"metrics[0].value": "很多"}})
        steps["questions"] = await session.call_tool("interview_questions", {"facts_path": str(facts_path)})
        # The rest as the full example file (an agent that asked every question).
        shutil.copy(FACTS, facts_path)
        request = await session.call_tool("section_request", {"facts_path": str(facts_path), "section": "metrics"})
        steps["request"] = request
        bad = await session.call_tool("verify_section", {
            "facts_path": str(facts_path), "section": "metrics",
            "text": "全年累计处理客户咨询工单99,999件，客户满意度显著提升。"})
        steps["bad"] = bad
        figure = request.structured_content["figures"][0]["text"]
        good = await session.call_tool("verify_section", {
            "facts_path": str(facts_path), "section": "metrics",
            "text": f"全年累计处理客户咨询工单125,380件，日均处理{figure}。"})
        steps["good"] = good
        return steps

    steps = _session(body, tmp_path)
    assert source  # the fixture is untouched
    setup = steps["setup"].structured_content
    assert setup["created"] is False and setup["questions"][0]["field"] == "report.type"
    assert not facts_path.exists() or steps["created"]
    created = steps["created"].structured_content
    assert created["created"] is True and created["questions"]
    refused = steps["refused"].structured_content
    assert not steps["refused"].is_error  # a refused answer is data, not a tool failure
    [refusal] = refused["errors"]
    assert refusal["field"] == "metrics[0].value" and "很多" in refusal["message"] and refusal["example"]
    assert steps["questions"].structured_content["questions"]

    request = steps["request"].structured_content
    assert request["status"] == "ready" and [m["role"] for m in request["messages"]] == ["system", "user"]
    bad = steps["bad"].structured_content
    assert bad["ok"] is False
    assert any(n["text"].startswith("99,999") and n["source"] is None for n in bad["numbers"])
    assert {f["code"] for f in bad["findings"]} >= {"CS401"}
    assert bad["repair"] and bad["repair"][-1]["role"] == "user" and "99,999" in bad["repair"][-1]["content"]
    good = steps["good"].structured_content
    assert good["ok"] is True and all(n["source"] for n in good["numbers"]), good


def test_interview_answer_shares_the_cli_path(tmp_path):
    """The same answers through MCP and through `interview --answers` give the same file and document."""
    from click.testing import CliRunner

    from cswriter.cli import app

    answers = {"report.type": "weekly", "metrics[0].value": "两万五", "metrics[1].value": "很多"}
    via_cli, via_mcp = tmp_path / "cli.yaml", tmp_path / "mcp.yaml"
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    cli = CliRunner().invoke(app, ["interview", str(via_cli), "--answers", str(answers_file)])

    async def body(session):
        return await session.call_tool("interview_answer", {"facts_path": str(via_mcp), "answers": answers})

    mcp = _session(body, tmp_path).structured_content
    cli_doc = json.loads(cli.stdout)
    assert cli.exit_code == 2
    for key in ("ok", "created", "applied", "errors", "progress", "questions"):
        assert mcp[key] == cli_doc[key], key
    assert via_cli.read_text(encoding="utf-8") == via_mcp.read_text(encoding="utf-8")


def test_mcp_without_the_sdk_is_a_chinese_error(tmp_path):
    import subprocess

    code = ("import sys; sys.modules['mcp'] = None; sys.argv = ['cswriter', 'mcp']\n"
            "from cswriter.cli import main\nmain()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "cswriter[mcp]" in out.stderr and "Traceback" not in out.stderr
