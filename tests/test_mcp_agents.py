"""MCP as agents expect, through the SDK's own client over stdio: every tool annotated,
resources for the rules, the JSON Schemas and an example facts file, and a prompt that walks
an agent through a summary."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from helpers import mcp_session

if importlib.util.find_spec("mcp") is None:
    pytest.skip("the MCP SDK is not installed", allow_module_level=True)

pytestmark = pytest.mark.slow

READ_ONLY = {"check", "outline", "interview_questions", "section_request", "verify_section", "explain_rule", "rules"}


def _session(body, cwd: Path):
    return mcp_session(body, cwd)  # the server's workspace is its working folder


def test_every_tool_says_whether_it_reads_writes_or_repeats(tmp_path):
    async def body(session):
        return (await session.list_tools()).tools

    tools = _session(body, tmp_path)
    assert len(tools) >= 12
    for tool in tools:
        hints = tool.annotations
        assert hints is not None, tool.name
        assert None not in (hints.read_only_hint, hints.destructive_hint, hints.idempotent_hint), tool.name
        assert hints.read_only_hint == (tool.name in READ_ONLY), tool.name
        if hints.read_only_hint:
            assert hints.destructive_hint is False
    by_name = {t.name: t.annotations for t in tools}
    assert by_name["draft"].open_world_hint is True  # it may call a model service
    assert by_name["lint"].destructive_hint is True  # fix writes into the draft


def test_resources_rules_schemas_and_an_example_that_checks_clean(tmp_path):
    async def body(session):
        listed = [str(r.uri) for r in (await session.list_resources()).resources]
        rules = await session.read_resource("cswriter://rules")
        facts_schema = await session.read_resource("cswriter://schema/facts")
        lint_schema = await session.read_resource("cswriter://schema/lint")
        example = await session.read_resource("cswriter://examples/year-end-agent.yaml")
        (tmp_path / "example.yaml").write_text(example.contents[0].text, encoding="utf-8")
        checked = await session.call_tool("check", {"facts_path": str(tmp_path / "example.yaml")})
        return listed, rules, facts_schema, lint_schema, example, checked

    listed, rules, facts_schema, lint_schema, example, checked = _session(body, tmp_path)
    assert {"cswriter://rules", "cswriter://schema/facts", "cswriter://schema/draft",
            "cswriter://examples/year-end-agent.yaml"} <= set(listed)
    codes = [r["code"] for r in json.loads(rules.contents[0].text)["rules"]]
    assert "CS101" in codes and len(codes) >= 40
    assert "metrics" in json.loads(facts_schema.contents[0].text)["properties"]
    assert "findings" in json.loads(lint_schema.contents[0].text)["properties"]
    assert example.contents[0].mime_type == "application/yaml"
    assert not checked.is_error and checked.structured_content["ok"] is True


def test_a_prompt_walks_an_agent_through_a_summary(tmp_path):
    async def body(session):
        prompts = (await session.list_prompts()).prompts
        fresh = await session.get_prompt("write_summary", {"report_type": "月度"})
        existing = await session.get_prompt("write_summary", {"facts_path": "我的年终总结.yaml"})
        return prompts, fresh, existing

    prompts, fresh, existing = _session(body, tmp_path)
    assert [p.name for p in prompts] == ["write_summary"]
    assert {a.name for a in prompts[0].arguments} == {"report_type", "facts_path"}
    text = fresh.messages[0].content.text
    assert "月度总结" in text and "init" in text
    order = [text.index(step) for step in ("interview_questions", "check", "outline", "section_request",
                                           "verify_section", "lint")]
    assert order == sorted(order)
    assert "我的年终总结.yaml" in existing.messages[0].content.text


def test_the_draft_tool_lays_out_a_gongwen_docx(tmp_path):
    facts = tmp_path / "年终.yaml"  # inside the server's workspace, as an agent's file would be
    facts.write_bytes((Path(__file__).resolve().parent.parent / "fixtures" / "year-end-agent.yaml").read_bytes())
    out = tmp_path / "总结.docx"

    async def body(session):
        return await session.call_tool("draft", {"facts_path": str(facts), "output": str(out), "style": "公文"})

    result = _session(body, tmp_path)
    assert not result.is_error, result.content
    import docx

    section = docx.Document(str(out)).sections[0]
    assert round(section.top_margin / 36000) == 37 and round(section.left_margin / 36000) == 28
