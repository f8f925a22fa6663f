"""Every command's --help, as a snapshot of its sections: each heading once, in this order.

click 8.5 renders an argument section of its own beside Typer's, so every command with an
argument printed 参数 twice; pyproject pins click below 8.5 and this test notices if a
version that does it comes back."""

from __future__ import annotations

import pytest

from helpers import run_cli

WITH_ARGUMENTS = ["用法", "参数", "选项"]
WITHOUT_ARGUMENTS = ["用法", "选项"]
GROUP = ["用法", "选项", "命令"]

SNAPSHOT: dict[str, list[str]] = {
    "": ["用法", "选项", "命令"],
    "init": WITH_ARGUMENTS,
    "interview": WITH_ARGUMENTS,
    "import": WITH_ARGUMENTS,
    "check": WITH_ARGUMENTS,
    "outline": WITH_ARGUMENTS,
    "draft": WITH_ARGUMENTS,
    "lint": WITH_ARGUMENTS,
    "verify": WITH_ARGUMENTS,
    "rules": WITH_ARGUMENTS,
    "prompts": GROUP,
    "prompts show": WITH_ARGUMENTS,
    "schema": WITHOUT_ARGUMENTS,
    "backends": WITHOUT_ARGUMENTS,
    "cache": GROUP,
    "keys": GROUP,
    "keys set": WITH_ARGUMENTS,
    "keys remove": WITH_ARGUMENTS,
    "keys list": WITHOUT_ARGUMENTS,
    "mcp": WITHOUT_ARGUMENTS,
}


def _headings(text: str) -> list[str]:
    """The section headings of a help text: unindented lines ending in a colon, and the usage."""
    found = []
    for line in text.splitlines():
        if line.startswith("用法："):
            found.append("用法")
        elif line and not line.startswith(" ") and line.endswith("：") and len(line) <= 8:
            found.append(line.rstrip("："))
    return found


def test_every_command_is_in_the_snapshot():
    from cswriter.commands import COMMANDS

    assert set(COMMANDS) == {name for name in SNAPSHOT if name and " " not in name}


@pytest.mark.parametrize("command", list(SNAPSHOT))
def test_each_help_shows_each_section_once(command):
    result = run_cli(*command.split(), "--help")
    assert result.exit_code == 0, result.output
    assert _headings(result.stdout) == SNAPSHOT[command], result.stdout


def test_each_argument_is_described_once():
    text = run_cli("lint", "--help").stdout
    assert text.count("要检查的草稿（.md/.txt/.docx）") == 1
