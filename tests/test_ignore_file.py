"""`.cswriterignore` follows gitignore: checked against git itself where git is installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from cswriter.text.ignore import IgnoreRules, find_ignore_rules

PATTERNS = """\
# drafts we keep as they are
归档/
*.bak.md
!重要.bak.md
/根目录.md
docs/**/草稿*.md
**/临时/
模板/*.txt
a?c.md
[0-9][0-9]月.md
\\#井号.md
"""

PATHS = [
    "归档/2024.md", "子/归档/x.md", "归档", "a.bak.md", "子/a.bak.md", "重要.bak.md", "子/重要.bak.md",
    "根目录.md", "子/根目录.md", "docs/草稿1.md", "docs/x/y/草稿2.md", "docs/x/终稿.md",
    "临时/a.md", "x/临时/b.md", "临时.md", "模板/a.txt", "模板/子/a.txt", "abc.md", "abbc.md",
    "12月.md", "1月.md", "#井号.md", "总结.md",
]
EXPECTED_IGNORED = {
    "归档/2024.md", "子/归档/x.md", "归档", "a.bak.md", "子/a.bak.md", "根目录.md",
    "docs/草稿1.md", "docs/x/y/草稿2.md", "临时/a.md", "x/临时/b.md", "模板/a.txt", "abc.md",
    "12月.md", "#井号.md",
}


def _make(tmp_path):
    (tmp_path / ".cswriterignore").write_text(PATTERNS, encoding="utf-8")
    for path in PATHS:
        target = tmp_path / path
        if path in ("归档",):
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("x", encoding="utf-8")


def test_gitignore_rules(tmp_path):
    _make(tmp_path)
    rules = find_ignore_rules(tmp_path / "docs" / "x")
    assert rules is not None and rules.base == tmp_path
    ignored = {p for p in PATHS if rules.ignores(tmp_path / p)}
    assert ignored == EXPECTED_IGNORED


def test_a_path_outside_the_ignore_files_folder_is_never_ignored(tmp_path):
    rules = IgnoreRules.from_text("*.md", tmp_path / "sub")
    assert rules.ignores(tmp_path / "sub" / "a.md") and not rules.ignores(tmp_path / "a.md")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_same_verdicts_as_git_check_ignore(tmp_path):
    _make(tmp_path)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text(PATTERNS, encoding="utf-8")
    done = subprocess.run(["git", "-c", "core.quotepath=off", "check-ignore", "--no-index", *PATHS],
                          cwd=tmp_path, capture_output=True, text=True)
    by_git = set(done.stdout.split())
    assert by_git == EXPECTED_IGNORED
