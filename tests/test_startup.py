"""Start-up stays light: importing the CLI must not import model SDKs, segmenters or docx."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("openai", "langchain", "langchain_core", "jieba", "rjieba", "docx", "httpx", "httpx2",
         "tiktoken", "numpy")


@pytest.mark.slow
def test_importing_the_cli_imports_nothing_heavy():
    code = ("import sys, json, cswriter.cli; "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in %r)))" % (HEAVY,))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []


@pytest.mark.slow
def test_help_lists_every_command_without_heavy_imports():
    code = ("import sys, json\n"
            "from click.testing import CliRunner\n"
            "from cswriter.cli import app\n"
            "r = CliRunner().invoke(app, ['--help'])\n"
            "print(json.dumps([r.exit_code, sorted(m for m in sys.modules if m.split('.')[0] in %r)]))" % (HEAVY,))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    exit_code, heavy = json.loads(out.stdout.strip().splitlines()[-1])
    assert exit_code == 0 and heavy == []


# --- the Typer CLI loads command modules lazily ---------------------------------------------

COMMAND_NAMES = ["init", "interview", "import", "check", "outline", "draft", "lint", "verify", "rules", "prompts", "schema",
                 "backends", "keys", "cache", "mcp"]
# Start-up must not pay for these: validation models, rich consoles, YAML, the MCP SDK.
NOT_AT_STARTUP = ("pydantic", "pydantic_core", "rich", "ruamel", "yaml", "_yaml", "mcp")
# What the group itself needs from cswriter.commands: the short-help table, the Typer classes
# and the application.
GROUP_NEEDS = {"cswriter.commands", "cswriter.commands._help", "cswriter.commands._app"}


def _run_main(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> tuple[int, str, list[str]]:
    """Run `cswriter ARGS` through the console-script entry point in a fresh interpreter;
    return its exit code, stdout and the modules it imported."""
    code = (
        "import sys, json\n"
        f"sys.argv = ['cswriter', *{list(args)!r}]\n"
        "from cswriter.cli import main\n"
        "try:\n"
        "    main()\n"
        "    status = 0\n"
        "except SystemExit as exit:\n"
        "    status = exit.code or 0\n"
        "sys.stdout.flush()\n"
        "sys.stderr.write('\\nMODULES ' + json.dumps([status, sorted(sys.modules)]) + '\\n')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "COLUMNS": "80", **(env or {})}, input=stdin)
    line = next(line for line in out.stderr.splitlines() if line.startswith("MODULES "))
    status, modules = json.loads(line.removeprefix("MODULES "))
    return status, out.stdout, modules


def _loaded(modules: list[str], roots: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in roots]


@pytest.mark.slow
def test_root_help_lists_every_command_without_importing_them():
    status, stdout, modules = _run_main("--help")
    assert status == 0
    listed = [line.split()[0] for line in stdout.split("命令：")[1].splitlines()
              if line.startswith("  ") and not line.startswith("   ")]
    assert listed == COMMAND_NAMES
    commands = {m for m in modules if m.startswith("cswriter.commands")}
    assert commands <= GROUP_NEEDS, commands - GROUP_NEEDS
    assert _loaded(modules, NOT_AT_STARTUP + HEAVY) == []


@pytest.mark.slow
def test_importing_the_cli_imports_no_validation_console_or_yaml_library():
    code = ("import sys, json, cswriter.cli; "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in %r)))" % (NOT_AT_STARTUP,))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []


@pytest.mark.slow
def test_lint_help_imports_only_the_lint_command():
    status, stdout, modules = _run_main("lint", "--help")
    assert status == 0
    assert "用法：cswriter lint [OPTIONS] FILE..." in stdout
    for needle in ("--facts FACTS", "--fail-level", "--fix", "示例", "cswriter lint 总结.md --fix"):
        assert needle in stdout
    commands = {m for m in modules if m.startswith("cswriter.commands")}
    assert commands <= GROUP_NEEDS | {"cswriter.commands._common", "cswriter.commands._output", "cswriter.commands.lint",
                                      "cswriter.commands._lint_run"}
    assert _loaded(modules, NOT_AT_STARTUP + HEAVY) == []


def test_every_command_loads_and_its_short_help_matches_the_listing():
    from cswriter.cli import app
    from cswriter.commands import COMMANDS

    assert list(COMMANDS) == COMMAND_NAMES
    import click

    ctx = click.Context(app)
    assert app.list_commands(ctx) == COMMAND_NAMES
    for name, short in COMMANDS.items():
        command = app.get_command(ctx, name)
        assert command is not None and command.name == name
        assert command.short_help == short
    assert app.get_command(ctx, "nosuch") is None


@pytest.mark.slow
def test_without_arguments_the_help_goes_to_stdout_with_exit_code_2():
    status, stdout, _ = _run_main()
    assert status == 2 and "命令：" in stdout
    status, stdout, _ = _run_main("prompts")
    assert status == 2 and "show" in stdout


def test_usage_errors_exit_2_with_a_chinese_message():
    from click.testing import CliRunner

    from cswriter.cli import app

    for args, needle in ((["check"], "错误：缺少参数“FACTS”。"),
                         (["lint", "x.md", "--format", "xml"], "“xml”不是可选值之一"),
                         (["draft", "x.yaml", "-j", "0"], "0 不在允许的范围 1<=x<=64 内"),
                         (["nosuch"], "没有命令“nosuch”"),
                         (["lnt", "x.md"], "没有命令“lnt”。是不是 lint"),
                         (["rules", "--bogus"], "没有选项“--bogus”"),
                         (["rules", "--form", "json"], "是不是“--format”？")):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert needle in result.stderr and result.stdout == "", (needle, result.stderr)
        assert "用法：" in result.stderr and "查看帮助" in result.stderr
        for english in ("Usage", "Error", "Missing", "No such", "Try ", "Did you mean"):
            assert english not in result.stderr, (args, result.stderr)


def test_help_chrome_is_chinese():
    from click.testing import CliRunner

    from cswriter.cli import app

    for args in (["--help"], ["lint", "--help"], ["prompts", "show", "--help"], ["interview", "--help"]):
        result = CliRunner().invoke(app, args, terminal_width=80)
        assert result.exit_code == 0
        for english in ("Usage:", "Options:", "Commands:", "Arguments:", "Show this message",
                        "[default:", "[required]"):
            assert english not in result.stdout, (args, english)
        assert "显示本帮助后退出。" in result.stdout
    lint_help = CliRunner().invoke(app, ["lint", "--help"], terminal_width=80).stdout
    # Arguments keep their help text (click 8.5 resets what Typer stores; see _common).
    assert "要检查的草稿" in lint_help


def test_shell_completion_is_offered():
    from click.testing import CliRunner

    from cswriter.cli import app

    result = CliRunner().invoke(app, ["--help"])
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


@pytest.mark.slow
def test_only_the_mcp_command_imports_the_mcp_sdk():
    for args in (["--help"], ["lint", "--help"], ["mcp", "--help"], ["schema"]):
        _, _, modules = _run_main(*args)
        assert not [m for m in modules if m.split(".")[0] in ("mcp", "mcp_types", "anyio", "starlette")], args


@pytest.mark.slow
def test_version():
    status, stdout, modules = _run_main("-V")
    assert status == 0 and stdout.strip().startswith("cswriter ")
    assert not [m for m in modules if m.startswith("cswriter.commands.")
                and m not in GROUP_NEEDS]


def test_help_wraps_chinese_by_display_width():
    from cswriter.commands._help import display_width, wrap_text

    text = "检查草稿的措辞和数字:空话套话、主观评价、没有依据的说法、与事实不符的数字、隐私信息。" * 3
    lines = wrap_text(text, 40, "  ", "  ").splitlines()
    assert len(lines) > 1
    assert all(display_width(line) <= 40 for line in lines)
    assert not any(line.lstrip()[0] in "，。、；：" for line in lines)
    assert "".join(line.strip() for line in lines) == text
    # Lines of one paragraph join without a space next to a Chinese character.
    assert wrap_text("规则列表见\ncswriter rules,单条规则\n的说明", 78) == "规则列表见cswriter rules,单条规则的说明"
    # \b paragraphs are kept as written.
    assert wrap_text("示例:\n\n\b\n  a  b\n  c", 10, preserve_paragraphs=True) == "示例:\n\n  a  b\n  c"


@pytest.mark.slow
def test_root_help_fits_an_80_column_terminal():
    from cswriter.commands._help import display_width

    _, stdout, _ = _run_main("--help")
    assert all(display_width(line) <= 80 for line in stdout.splitlines())


# A draft that exercises every part of the lint path: figures and units, a stated total and
# its parts, quotations, traditional characters with pinyin, a zero-width space, PII,
# half-width punctuation, a suppression comment, a plan.
LINT_DRAFT = """# 2025年度客服工作总结

全年累计处理客户咨询工单125,380件，较2024年增长15.2%，问题解决率98.5%，较去年提升1.2%。
全年共收到投诉401件，其中物流延迟217件、质量问题126件、服务态度38件。
本季度客户满意度显著提升,服务质量迈上了新台阶。客户说“你们的服务非常好”。
我們的服務質量明顯提升，業(yè)務\u200b水平大幅提高。
客户张先生（手机13812345678）来电反映快递延误。
<!-- cswriter-disable CS101 -->部分客户对流程不熟悉。<!-- cswriter-enable CS101 -->
下一步将进一步加强培训，提升服务效率。
"""


@pytest.mark.slow
def test_a_lint_run_imports_no_validation_console_or_yaml_library(tmp_path):
    # Parsed rules and data come from the JSON cache through plain dataclasses and the
    # findings are printed without rich: a run after the first (which fills the caches and
    # validates the data with pydantic) imports none of them, in any output format.
    draft = tmp_path / "总结.md"
    draft.write_text(LINT_DRAFT, encoding="utf-8")
    text_draft = tmp_path / "总结.txt"
    text_draft.write_text(LINT_DRAFT, encoding="utf-8")
    env = {"CSWRITER_CACHE_DIR": str(tmp_path / "cache")}
    status, stdout, _ = _run_main("lint", str(draft), env=env)
    assert status == 1 and "CS" in stdout  # the draft has findings: the whole path ran
    for args in (["lint", str(draft)], ["lint", str(draft), "--format", "json"],
                 ["lint", str(draft), "--format", "github"], ["lint", str(text_draft), str(draft)],
                 ["lint", str(tmp_path / "缺失.md")], ["lint", "-"]):
        status, stdout, modules = _run_main(*args, env=env, stdin=LINT_DRAFT)
        assert status in (1, 2), (args, status)
        assert _loaded(modules, NOT_AT_STARTUP + HEAVY) == [], args
        assert "cswriter.lint.engine" in modules, args


# --- `cswriter lint` without Typer ------------------------------------------------------------

def test_the_fast_lint_parser_knows_the_lint_command_s_options_exactly():
    import click

    from cswriter.cli import _LINT_OPTIONS
    from cswriter.commands.lint import command

    declared = {}
    for param in command.params:
        if not isinstance(param, click.Option):
            continue
        if param.is_flag:
            kind = "flag"
        elif isinstance(param.type, click.Choice):
            kind = tuple(param.type.choices)
        elif isinstance(param.type, click.Path):
            kind = "path"
        else:
            kind = "text"
        for opt in param.opts:
            declared[opt] = (param.name, kind)
    assert declared == _LINT_OPTIONS


def test_only_a_plain_lint_command_line_skips_typer():
    from pathlib import Path

    from cswriter.cli import _lint_args

    assert _lint_args(["lint", "a.md", "--format", "json", "--facts=f.yaml", "-", "--fix"]) == {
        "files": ["a.md", "-"], "output_format": "json", "facts_path": Path("f.yaml"), "fix": True}
    assert _lint_args(["lint", "--", "-h"]) == {"files": ["-h"]}
    for args in (["lint"], ["lint", "--help"], ["lint", "a.md", "-h"], ["lint", "a.md", "--format", "xml"],
                 ["lint", "a.md", "--facts"], ["lint", "a.md", "--bogus"], ["lint", "a.md", "-fjson"],
                 ["lint", "a.md", "--fix=1"], ["lint", "a.md", "-f", "json", "-f", "text"],
                 ["lint", "a.md", "--select", "--fix"], ["lint", "a.md", "--facts", ""],
                 ["--version"], ["check", "a.yaml"], []):
        assert _lint_args(args) is None, args


LINT_COMMAND_LINES = [
    ["lint", "{draft}"], ["lint", "{draft}", "--format", "json"], ["lint", "{draft}", "-f", "jsonl"],
    ["lint", "--format=github", "{draft}"], ["lint", "{draft}", "--format", "sarif", "--select", "CS1"],
    ["lint", "{draft}", "--fail-level", "info", "--ignore", "CS5", "--no-config"],
    ["lint", "nosuch.md"], ["lint", "nosuch.md", "--format", "json"], ["lint", "{draft}", "--facts", "nosuch.yaml"],
    ["lint", "{draft}", "--facts", "nosuch.yaml", "--format", "json"], ["lint", "{draft}", "--config", "nosuch.toml"],
    ["lint", "-", "--stdin-filename", "x.md"], ["lint", "{draft}", "--fix"], ["lint", "{draft}", "--fix", "-f", "json"],
]


@pytest.mark.slow
def test_lint_prints_and_exits_the_same_with_or_without_typer(tmp_path):
    """The console script runs a plain `lint` without Typer; Typer itself, given the same
    command line, prints the same bytes and exits with the same code."""
    from pathlib import Path

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    text = (fixtures / "drafts" / "year-end-draft.md").read_text(encoding="utf-8")
    draft = tmp_path / "总结.md"
    facts = ["lint", "{draft}", "--facts", str(fixtures / "year-end-agent.yaml"), "--format", "json"]
    for args in [*LINT_COMMAND_LINES, facts]:
        outputs = []
        for mode in ("fast", "typer"):
            draft.write_text(text, encoding="utf-8")
            argv = [a.replace("{draft}", str(draft)) for a in args]
            code = ("import sys, json\n"
                    f"sys.argv = ['cswriter', *{argv!r}]\n"
                    "import cswriter.cli as c\n"
                    + ("c._lint_args = lambda args: None\n" if mode == "typer" else "")
                    + "try:\n    c.main()\nexcept SystemExit as e:\n    status = e.code\n"
                    "sys.stdout.flush()\n"
                    "sys.stderr.write('\\nSTATUS %r %r' % (status, sorted(m for m in sys.modules if m in ('typer', 'click'))))\n")
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                                 cwd=tmp_path, input="客户满意度显著提升。\n",
                                 env={**os.environ, "COLUMNS": "80", "NO_COLOR": "1"})
            outputs.append((out.stdout, out.stderr.rsplit("STATUS ", 1)[0], draft.read_text(encoding="utf-8")))
            status_line = out.stderr.rsplit("STATUS ", 1)[1]
            outputs[-1] += (status_line.split(" [")[0],)
            if mode == "fast":
                assert status_line.endswith("[]"), (args, status_line)  # neither typer nor click loaded
        assert outputs[0] == outputs[1], args
