"""Any console: a character the console cannot encode is replaced, never a crash, and the
exit code is the same as on a UTF-8 console (GBK: Chinese Windows, `PYTHONIOENCODING=gbk`)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cswriter.text.console import tolerate_unencodable

ROOT = Path(__file__).resolve().parent.parent
YEAR_END = ROOT / "fixtures" / "year-end-agent.yaml"
DRAFT = ROOT / "fixtures" / "drafts" / "year-end-draft.md"


def test_marks_the_console_lacks_become_look_alikes():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="gbk")
    tolerate_unencodable(stream)
    stream.write("✓ 完成 ✗ 失败 −12% ↻ 重试 \U0001f600")
    stream.flush()
    assert raw.getvalue().decode("gbk") == "√ 完成 × 失败 －12% ※ 重试 ?"


def test_ascii_console_gets_plain_replacements():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    tolerate_unencodable(stream)
    stream.write("✓ ok — 客")
    stream.flush()
    assert raw.getvalue() == b"v ok - ?"


def test_utf8_streams_are_left_alone():
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    tolerate_unencodable(stream)
    assert stream.errors == "strict"


COMMANDS = [
    ["check", YEAR_END],
    ["check", YEAR_END, "--format", "json"],
    ["outline", YEAR_END],
    ["draft", YEAR_END],
    ["lint", DRAFT],
    ["lint", DRAFT, "--facts", YEAR_END],
    ["rules"],
    ["rules", "CS101"],
    ["backends"],
    ["schema"],
    ["init", "--type", "monthly"],
    ["prompts", "--help"],
    ["cache", "info"],
    ["--help"],
    ["draft", "--help"],
    ["check", ROOT / "fixtures" / "没有这个文件.yaml"],
]


def _run(args, encoding: str, cwd: Path):
    env = {**os.environ, "PYTHONIOENCODING": encoding, "CSWRITER_CACHE_DIR": str(cwd / "cache"),
           "PYTHONUTF8": "0", "COLUMNS": "100"}
    env.pop("CSWRITER_BACKEND", None)
    return subprocess.run([sys.executable, "-m", "cswriter", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(map(str, a))[-40:])
def test_every_command_under_gbk_exits_as_under_utf8(args, tmp_path):
    gbk = _run(args, "gbk", tmp_path)
    utf8 = _run(args, "utf-8", tmp_path)
    assert b"Traceback" not in gbk.stderr, gbk.stderr.decode("gbk", "replace")
    assert gbk.returncode == utf8.returncode, gbk.stderr.decode("gbk", "replace")
    said = gbk.stdout.decode("gbk") + gbk.stderr.decode("gbk")  # valid GBK both
    assert said.strip()


@pytest.mark.slow
def test_the_issue_command_exits_0_on_a_gbk_console(tmp_path):
    result = _run(["check", YEAR_END], "gbk", tmp_path)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr.decode("gbk", "replace")
    assert "√" in result.stdout.decode("gbk") or "警告" in result.stdout.decode("gbk")
