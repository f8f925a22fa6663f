"""Every operation through both faces — the CLI (`--format json`) and the MCP server over stdio
with the SDK's own client — must give the same document and write the same files.

Both faces are adapters over `cswriter.app`; this test is what keeps them from drifting apart
(the MCP server once masked a section request field by field and let a full-width phone
number through, while the CLI masked the whole prompt)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from helpers import FIXTURES, run_cli

pytest.importorskip("mcp")

from test_app import PHONES, facts_with_phones  # noqa: E402
from test_mcp import _session, _text  # noqa: E402

pytestmark = pytest.mark.slow

FACTS = FIXTURES / "year-end-agent.yaml"
EXPORT = FIXTURES / "exports" / "zendesk-2025-w49.csv"


def _same(name: str, cli: dict[str, Any], mcp: dict[str, Any], a: str = "", b: str = "") -> None:
    """Equal through the document's own schema (MCP adds the defaults the CLI leaves out);
    `a` in the CLI's document stands where `b` stands in MCP's (the two faces' own files)."""
    from cswriter.schemas import DOCUMENTS

    model = DOCUMENTS[name]
    left = json.dumps(model.model_validate(cli).model_dump(mode="json"), ensure_ascii=False, sort_keys=True)
    right = json.dumps(model.model_validate(mcp).model_dump(mode="json"), ensure_ascii=False, sort_keys=True)
    if a:
        left = left.replace(a, b)
    assert left == right, name


def _cli(*args: Any, code: tuple[int, ...] = (0, 1), json_option: bool = True) -> dict[str, Any]:
    result = run_cli(*args, *(("-f", "json") if json_option else ()))
    assert result.exit_code in code, (args, result.output)
    return json.loads(result.stdout)


def test_every_operation_gives_the_same_result_through_the_cli_and_mcp(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    phones = facts_with_phones(tmp_path)
    cli_dir, mcp_dir = tmp_path / "cli", tmp_path / "mcp"
    for folder in (cli_dir, mcp_dir):
        folder.mkdir()
        (folder / "总结.md").write_text("手写的。\n", encoding="utf-8")
        (folder / "草稿.md").write_text("问题解决率较去年提升1.2%。\n", encoding="utf-8")
    section_text = "全年累计处理客户咨询工单99,999件，客户满意度显著提升。"
    (tmp_path / "指标.md").write_text(section_text + "\n", encoding="utf-8")
    answers = {"report.type": "weekly", "metrics[0].value": "两万五", "metrics[1].value": "很多"}
    (tmp_path / "answers.json").write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")

    cli = {
        "check": _cli("check", FACTS),
        "outline": _cli("outline", FACTS),
        "draft": _cli("draft", FACTS, "--section", "metrics", "-o", cli_dir / "总结.md"),
        "docx": _cli("draft", FACTS, "--section", "metrics", "-o", cli_dir / "总结.docx"),
        "section": _cli("prompts", "show", "cases", phones, "--redact"),
        "verify": _cli("verify", tmp_path / "指标.md", "--facts", FACTS, "--section", "metrics"),
        "lint": _cli("lint", cli_dir / "草稿.md", "--facts", FACTS, "--fix"),
        "rule": _cli("rules", "CS402"),
        "rules": _cli("rules", "CS1"),
        "import": _cli("import", EXPORT, "-o", cli_dir / "周报.yaml", code=(0,)),
        "interview": _cli("interview", cli_dir / "访谈.yaml", "--answers", tmp_path / "answers.json", code=(2,),
                          json_option=False),
    }
    init = run_cli("init", cli_dir / "模板.yaml", "--type", "monthly", "--role", "客服主管")
    assert init.exit_code == 0, init.output

    async def body(session):
        async def call(tool: str, **arguments: Any):
            result = await session.call_tool(tool, arguments)
            assert not result.is_error, (tool, _text(result))
            return result.structured_content

        facts = str(FACTS)
        return {
            "check": await call("check", facts_path=facts),
            "outline": await call("outline", facts_path=facts),
            "draft": await call("draft", facts_path=facts, sections=["metrics"], output=str(mcp_dir / "总结.md")),
            "docx": await call("draft", facts_path=facts, sections=["metrics"], output=str(mcp_dir / "总结.docx")),
            "section": await call("section_request", facts_path=str(phones), section="cases", redact=True),
            "verify": await call("verify_section", facts_path=facts, section="metrics", text=section_text),
            "lint": await call("lint", path=str(mcp_dir / "草稿.md"), facts_path=facts, fix=True),
            "rule": await call("explain_rule", code="CS402"),
            "rules": await call("rules", code="CS1"),
            "import": await call("import_exports", exports=[str(EXPORT)], output=str(mcp_dir / "周报.yaml")),
            "interview": await call("interview_answer", facts_path=str(mcp_dir / "访谈.yaml"), answers=answers),
            "init": await call("init", report_type="monthly", role="客服主管",
                               facts_path=str(mcp_dir / "模板.yaml")),
        }

    mcp = _session(body, tmp_path)
    compared = 0
    for name, document in (("check", "check"), ("outline", "outline"), ("verify", "verify"),
                           ("rule", "rule"), ("rules", "rules")):
        _same(document, cli[name], mcp[name])
        compared += 1
    for name, document in (("draft", "draft"), ("docx", "draft"), ("lint", "lint"), ("import", "import"),
                           ("interview", "interview")):
        _same(document, cli[name], mcp[name], str(cli_dir), str(mcp_dir))
        compared += 1
    # The section request: masked exactly as the CLI masks it, full-width digits included.
    _same("section", cli["section"], mcp["section"])
    assert not any(phone in json.dumps(mcp["section"], ensure_ascii=False) for phone in PHONES)
    compared += 1
    # Init: the same template written; MCP also returns its text.
    assert (mcp_dir / "模板.yaml").read_text(encoding="utf-8") == (cli_dir / "模板.yaml").read_text(encoding="utf-8")
    assert mcp["init"]["text"] == (cli_dir / "模板.yaml").read_text(encoding="utf-8")
    compared += 1
    # The files each face wrote are the same, and both kept the hand-written draft.
    for name in ("总结.md", "总结.md.~1~", "草稿.md", "周报.yaml", "访谈.yaml"):
        assert (cli_dir / name).read_bytes() == (mcp_dir / name).read_bytes(), name
    assert (mcp_dir / "总结.md.~1~").read_text(encoding="utf-8") == "手写的。\n"
    assert mcp["draft"]["backup"] == str(mcp_dir / "总结.md.~1~")
    from docx import Document

    texts = [[p.text for p in Document(str(d / "总结.docx")).paragraphs] for d in (cli_dir, mcp_dir)]
    assert texts[0] == texts[1] and any("125,380" in t or "125380" in t for t in texts[1])
    assert compared == 12
    shutil.rmtree(tmp_path / "cache", ignore_errors=True)
