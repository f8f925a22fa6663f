"""Output formats (Markdown, JSON per INTERFACE.md, Word) and the model backends end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cswriter.cli import app
from helpers import noted_facts_file

try:  # tests/ is on sys.path under pytest's default import mode
    from openai_server import OpenAIServer, Reply, openai_server  # noqa: F401
except ImportError:  # pragma: no cover
    from tests.openai_server import OpenAIServer, Reply, openai_server  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
YEAR_END = ROOT / "fixtures" / "year-end-agent.yaml"
REPLY = "我组织跨部门研讨会8次，推动关键服务节点响应时效缩短至平均2.1分钟。"
"""A reply about the teamwork section (its facts, its figures): the end-to-end runs draft that section."""
GENERIC = "本节内容依据事实撰写。"


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CSWRITER_BACKEND", raising=False)
    monkeypatch.delenv("CSWRITER_MODEL", raising=False)


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_json_shape_per_interface():
    result = run("draft", YEAR_END, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["ok"] is True
    for section in data["sections"]:
        assert {"id", "title", "text", "numbers", "findings"} <= set(section)
        for number in section["numbers"]:
            assert set(number) == {"text", "source"}
        for finding in section["findings"]:
            assert {"code", "severity", "message"} <= set(finding)
    metrics = next(s for s in data["sections"] if s["id"] == "metrics")
    sources = {n["text"]: n["source"] for n in metrics["numbers"]}
    assert sources["112.6%"] == "咨询处理量.attainment = 125380 ÷ 111350 × 100%"
    overview = next(s for s in data["sections"] if s["id"] == "overview")
    # The workload total is stated once, in the overview; the metrics prose does not repeat it.
    assert {n["text"]: n["source"] for n in overview["numbers"]}["125,380件"] == "事实 咨询处理量.value"
    complaints = next(s for s in data["sections"] if s["id"] == "complaints")
    assert complaints["status"] == "needs-input" and complaints["questions"]


def test_json_file_output(tmp_path):
    out = tmp_path / "draft.json"
    result = run("draft", YEAR_END, "-o", out)
    assert result.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["id"] for s in data["sections"]][0] == "overview"
    assert result.stdout == ""  # the document went to the file, not to stdout


def test_markdown_to_stdout_when_piped():
    result = run("draft", YEAR_END)
    assert result.exit_code == 0
    assert result.stdout.startswith("# 2025年度个人工作总结")
    assert "起草中" not in result.output  # no progress display when not on a terminal


def test_docx_has_headings_real_tables_and_a_cjk_font(tmp_path):
    import docx
    from docx.oxml.ns import qn

    out = tmp_path / "总结.docx"
    result = run("draft", noted_facts_file(tmp_path), "-o", out)
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    # Sections still waiting for facts (work, complaints) are not in the hand-in file; the
    # attachment follows the closing line without a number; the one-line teamwork item joins
    # the metrics (review 8, C4), and so does the one-line shares section (review 10, D); the
    # training item, a handbook a plan carries on, is told with that plan (review 25, E).
    assert headings[0] == "一、工作概述" and headings[-1] == "附件" and len(headings) == 6
    assert not any("培训" in h for h in headings)
    assert "客户咨询与反馈" not in headings
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == "2025年度个人工作总结"
    metrics_table, monthly_table = document.tables[:2]  # then the charts' layout table
    assert [c.text for c in metrics_table.rows[0].cells][:3] == ["指标", "本期", "目标"]
    assert [c.text for c in metrics_table.rows[1].cells][:3] == ["咨询处理量", "125,380件", "111,350件"]
    assert monthly_table.cell(1, 0).text == "2025年1月" and monthly_table.cell(1, 1).text == "10,200"
    for style in ("Normal", "Heading 1", "Title"):
        fonts = document.styles[style].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) in ("宋体", "黑体", "微软雅黑")
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically, no leftovers


@pytest.mark.slow
def test_openai_backend_end_to_end(openai_server, tmp_path):
    openai_server.default = Reply.ok(REPLY)
    out = tmp_path / "draft.md"
    result = run("draft", YEAR_END, "--backend", "openai", "--model", "deepseek-chat", "-o", out,
                 "-s", "teamwork")
    assert result.exit_code == 0, result.output
    requests = openai_server.requests
    assert len(requests) == 1
    body = requests[0].json
    assert body["model"] == "deepseek-chat"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "【数据开始】" in body["messages"][1]["content"]
    assert out.read_text(encoding="utf-8").count(REPLY) == 1

    again = run("draft", YEAR_END, "--backend", "openai", "--model", "deepseek-chat", "-o", out,
                "-s", "teamwork")
    assert again.exit_code == 0 and len(openai_server.requests) == 1  # from the cache


@pytest.mark.slow
def test_a_reply_that_ignores_the_facts_is_never_accepted(openai_server, tmp_path):
    openai_server.default = Reply.ok(GENERIC)
    out = tmp_path / "draft.md"
    result = run("draft", YEAR_END, "--backend", "openai", "--model", "deepseek-chat", "-o", out,
                 "-s", "teamwork", "--no-cache")
    assert result.exit_code == 1 and "DR904" in result.output
    assert len(openai_server.requests) == 2  # the reply, one repair with the same answer, then stop


@pytest.mark.slow
def test_openai_backend_failure_is_exit_3_with_a_chinese_message(openai_server):
    openai_server.default = Reply.error(401, "Incorrect API key provided", "invalid_api_key")
    result = run("draft", YEAR_END, "--backend", "openai", "--model", "deepseek-chat", "--no-cache")
    assert result.exit_code == 3
    assert "错误" in result.output and "Traceback" not in result.output


def test_langchain_backend_end_to_end_with_a_fake_chat_model(monkeypatch, tmp_path):
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    import cswriter.backends.registry as registry

    fake = FakeListChatModel(responses=[REPLY])
    real = registry.get_backend

    def with_fake(name=None, model=None, **options):
        return real(name, model, chat_model=fake, **options)

    monkeypatch.setattr(registry, "get_backend", with_fake)
    out = tmp_path / "draft.md"
    result = run("draft", YEAR_END, "--backend", "langchain", "--model", "deepseek:deepseek-chat", "-o", out,
                 "-s", "teamwork")
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count(REPLY) == 1
