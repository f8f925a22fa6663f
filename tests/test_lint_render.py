"""The people's report: coloured at a terminal, plain in pipes, never colour with NO_COLOR."""

from __future__ import annotations

import io

import pytest

from cswriter.lint import lint_text
from cswriter.lint.models import LintFileStat, LintReport
from cswriter.lint.render import print_text


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _report() -> LintReport:
    text = "本季度客户满意度显著提升。"
    findings = lint_text(text, path="总结.md")
    return LintReport(findings=findings, files=[LintFileStat("总结.md", len(text), len(findings))])


@pytest.fixture(autouse=True)
def _no_colour_settings(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def test_terminal_output_is_coloured_and_says_the_same_as_plain_output():
    terminal, pipe = _Terminal(), io.StringIO()
    print_text(_report(), stream=terminal)
    print_text(_report(), stream=pipe)
    assert "\x1b[" in terminal.getvalue()
    assert "\x1b[" not in pipe.getvalue()
    import re
    assert re.sub(r"\x1b\[[0-9;]*m", "", terminal.getvalue()) == pipe.getvalue()
    assert "显著" in pipe.getvalue() and "CS101" in pipe.getvalue()


def test_no_color_wins_at_a_terminal_and_force_color_in_a_pipe(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    terminal = _Terminal()
    print_text(_report(), stream=terminal)
    assert "\x1b[" not in terminal.getvalue()
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    pipe = io.StringIO()
    print_text(_report(), stream=pipe)
    assert "\x1b[" in pipe.getvalue()
