"""Closed or full standard streams end quietly with the usual exit codes (issue 15, streams),
and `-o` pointing at a directory is a Chinese message with exit 2."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

import pytest

from helpers import FIXTURES

pytestmark = pytest.mark.slow

FACTS = FIXTURES / "year-end-agent.yaml"
CLI = f"{shlex.quote(sys.executable)} -m cswriter"


def _sh(command: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=120, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})


def _quiet(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr


@pytest.mark.parametrize("args, code", [
    (f"check {FACTS} --format json", 0),
    ("rules", 0),
    (f"draft {FACTS}", 0),
])
def test_closed_stdout_ends_quietly_with_the_usual_exit_code(tmp_path, args, code):
    result = _sh(f"{CLI} {args} >&-", tmp_path)
    _quiet(result)
    assert result.returncode == code


def test_closed_stdin(tmp_path):
    lint = _sh(f"{CLI} lint - <&-", tmp_path)
    _quiet(lint)
    assert lint.returncode == 2 and "标准输入" in lint.stderr
    interview = _sh(f"{CLI} interview 新.yaml <&-", tmp_path)  # no terminal: the questions as JSON
    _quiet(interview)
    assert interview.returncode == 1 and '"report.type"' in interview.stdout


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", ["rules", f"check {FACTS} -f json", "init", f"outline {FACTS}"])
def test_a_full_disk_on_stdout_is_a_chinese_message_and_exit_2(tmp_path, args):
    result = _sh(f"{CLI} {args} > /dev/full", tmp_path)
    _quiet(result)
    assert result.returncode == 2
    assert "无法写出结果：磁盘已满。" in result.stderr


def test_output_pointing_at_a_directory(tmp_path):
    # `draft -o DIR` drafts into the folder (many reports in one run); `init` needs a file.
    (tmp_path / "out.md").mkdir()
    result = _sh(f"{CLI} init out.md --force", tmp_path)
    _quiet(result)
    assert result.returncode == 2 and "是一个目录" in result.stderr, result.stderr
    assert (tmp_path / "out.md").is_dir() and not any((tmp_path / "out.md").iterdir())
