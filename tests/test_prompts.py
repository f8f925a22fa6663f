"""Prompt templates: sandboxed, strict about variables, overridable per file, shown by the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cswriter.backends.mock import MockBackend
from cswriter.cli import app
from cswriter.domain import SECTION_IDS, load_domain
from cswriter.draft import DraftOptions, draft_document
from cswriter.errors import EXIT_USAGE
from cswriter.facts.model import load_facts
from cswriter.prompting import PromptError, PromptLibrary, builtin_prompt_dirs

ROOT = Path(__file__).resolve().parent.parent
YEAR_END = ROOT / "fixtures" / "year-end-agent.yaml"
FIXTURES = ROOT / "fixtures"


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


def test_every_section_has_a_template_plus_system_and_repair():
    names = {p.name for p in builtin_prompt_dirs()[0].glob("*.j2")}
    assert {f"{s}.j2" for s in SECTION_IDS} | {"system.j2", "repair.j2"} <= names


def test_section_purpose_comes_from_the_domain_data():
    result = CliRunner().invoke(app, ["prompts", "show", "cases", str(YEAR_END)])
    assert result.exit_code == 0, result.output
    assert load_domain().section("cases").purpose in result.output
    assert "===== system =====" in result.output and "===== user =====" in result.output
    assert "8月区域性网络故障应急处理" in result.output


def _system_prompt(section: str, facts=YEAR_END) -> str:
    result = CliRunner().invoke(app, ["prompts", "show", section, str(facts)])
    return result.output.split("===== system =====", 1)[1].split("===== user =====", 1)[0].strip()


@pytest.mark.parametrize("section", ["overview", "metrics", "plans"])
def test_system_prompt_is_short_and_says_person_reader_examples_and_what_not_to_invent(section):
    from cswriter.lint import prompt_lexicon

    text = _system_prompt(section)
    assert len(text) <= 1500
    assert "第一人称“我”" in text and "主管" in text and "不得编造" in text
    assert 6 <= text.count("→") <= 8  # good/bad sentence pairs
    # The linter's word list stays in the linter and the repair loop, not in every prompt.
    words = [w for group in prompt_lexicon() for w in group["words"]]
    assert sum(1 for w in words if w in text) < 10


def test_a_leads_system_prompt_speaks_for_the_team():
    assert "第一人称“我们”" in _system_prompt("overview", FIXTURES / "year-end-lead.yaml")


def test_sections_see_the_facts_that_explain_them():
    overview = CliRunner().invoke(app, ["prompts", "show", "overview", str(YEAR_END)]).output
    assert "总工作量" in overview and "125380" in overview.replace(",", "")
    problems = CliRunner().invoke(app, ["prompts", "show", "problems", str(YEAR_END)]).output
    assert "关键节点平均响应时长" in problems  # the mean behind 高于全年均值


def test_undefined_variable_is_a_named_error_with_exit_2(tmp_path):
    (tmp_path / "metrics.j2").write_text("{{ section.title }} {{ no_such_thing }}", encoding="utf-8")
    with pytest.raises(PromptError) as caught:
        PromptLibrary(tmp_path).render("metrics.j2", {"section": {"title": "x"}})
    assert "no_such_thing" in caught.value.message and caught.value.exit_code == EXIT_USAGE

    result = CliRunner().invoke(app, ["prompts", "show", "metrics", str(YEAR_END), "--prompts", str(tmp_path)])
    assert result.exit_code == 2 and "未定义的变量" in result.output


@pytest.mark.parametrize("payload", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ section.__class__.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
])
def test_a_malicious_template_is_refused(tmp_path, payload):
    (tmp_path / "overview.j2").write_text(payload, encoding="utf-8")
    result = CliRunner().invoke(app, ["prompts", "show", "overview", str(YEAR_END), "--prompts", str(tmp_path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "uid=" not in result.output


def test_override_dir_replaces_only_the_files_it_has(tmp_path):
    (tmp_path / "cases.j2").write_text(
        "自定义案例模板:{{ section.title }}\n{{ data_open }}\n{% for f in facts %}{{ f.label }}\n{% endfor %}{{ data_close }}",
        encoding="utf-8")
    backend = MockBackend(script=lambda request, index: "本节内容依据事实撰写。")
    draft_document(load_facts(YEAR_END), backend, DraftOptions(use_cache=False, prompts_dir=tmp_path))
    prompts = {r.section: r.messages[-1].content for r in backend.requests}
    assert prompts["cases"].startswith("自定义案例模板:典型案例")
    assert prompts["metrics"].startswith("请撰写第二节")  # the built-in template still applies
    assert backend.requests[0].messages[0].content.startswith("你在帮一名客服人员写")


def test_template_syntax_error_names_file_and_line(tmp_path):
    (tmp_path / "system.j2").write_text("第一行\n{% if %}", encoding="utf-8")
    with pytest.raises(PromptError, match="第 2 行"):
        PromptLibrary(tmp_path).render("system.j2", {})


def test_missing_prompts_dir_is_a_user_error(tmp_path):
    with pytest.raises(PromptError, match="不存在"):
        PromptLibrary(tmp_path / "nope")


def test_show_rejects_an_unknown_section():
    result = CliRunner().invoke(app, ["prompts", "show", "poetry", str(YEAR_END)])
    assert result.exit_code == 2 and "没有章节" in result.output


def test_show_json_and_instruction():
    import json

    result = CliRunner().invoke(app, ["prompts", "show", "plans", str(YEAR_END), "--format", "json",
                                      "--instruction", "更简洁"])
    data = json.loads(result.stdout)
    assert [m["role"] for m in data["messages"]] == ["system", "user"]
    assert "更简洁" in data["messages"][1]["content"]


@pytest.mark.parametrize(("template", "reason"), [
    ("第一行\n{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "递归过深|步数"),
    ("第一行\n{% include 'overview.j2' %}", "递归过深|步数"),
    ("第一行\n{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "步数|秒"),
    ("第一行\n{{ 'x' * 1000000000 }}", "超过"),
    ("第一行\n{{ ['x'] * 100000000 }}", "超过"),
    ("第一行\n{{ 2 ** 999999999 }}", "幂运算"),
    ("第一行\n{{ '%999999999d' % 1 }}", "宽度"),
    ("第一行\n{{ '{:>999999999}'.format(1) }}", "宽度"),
    ("第一行\n{{ 'x' | center(999999999) }}", "宽度"),
    ("第一行\n{% for i in range(99999) %}{{ '很长的一段输出文字' * 10 }}{% endfor %}", "输出超过"),
])
def test_a_hostile_template_is_stopped_with_its_file_and_line(tmp_path, template, reason):
    import time

    (tmp_path / "overview.j2").write_text(template, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(PromptError, match=reason) as caught:
        PromptLibrary(tmp_path).render("overview.j2", {})
    assert time.monotonic() - started < 10
    assert "overview.j2" in caught.value.message and caught.value.exit_code == EXIT_USAGE
    if not any(word in template for word in ("include", "macro", "99999)")):
        assert "第 2 行" in caught.value.message


def test_a_hostile_template_from_the_command_line_is_exit_2_without_traceback(tmp_path):
    (tmp_path / "overview.j2").write_text("{{ 'x' * 1000000000 }}", encoding="utf-8")
    result = CliRunner().invoke(app, ["draft", str(YEAR_END), "--prompts", str(tmp_path),
                                      "--backend", "mock", "--no-cache"])
    assert result.exit_code == 2, result.output
    assert "overview.j2" in result.output and "Traceback" not in result.output


def test_a_runtime_error_in_a_user_template_names_file_and_line(tmp_path):
    (tmp_path / "overview.j2").write_text("第一行\n第二行\n{{ 1 / 0 }}", encoding="utf-8")
    with pytest.raises(PromptError, match=r"overview.j2 第 3 行.*ZeroDivisionError"):
        PromptLibrary(tmp_path).render("overview.j2", {})
