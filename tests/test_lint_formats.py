"""Lint where teams work: SARIF 2.1.0 for code scanning, JSON Lines, --stdin-filename for
editors, folders and a .cswriterignore, and a pre-commit hook."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cswriter.cli import app

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "fixtures" / "drafts" / "year-end-draft.md"
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-2.1.0-rtm.5.json"
VAGUE = "本期工作取得了显著成效，客户满意度大幅提升。\n"


def run(*args, input=None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _validate_sarif(document):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(document)


def test_sarif_validates_against_the_official_schema_and_carries_rule_help(here):
    shutil.copy(DRAFT, here / "总结.md")
    result = run("lint", "总结.md", "--format", "sarif")
    assert result.exit_code in (0, 1), result.output
    document = json.loads(result.stdout)
    _validate_sarif(document)
    run_ = document["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert document["version"] == "2.1.0" and len(rules) >= 40
    cs104 = next(r for r in rules if r["id"] == "CS104")
    assert "错误示例" in cs104["help"]["text"] and cs104["help"]["markdown"]
    results = run_["results"]
    assert results and all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    first = next(r for r in results if r["ruleId"] == "CS104")
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "%E6%80%BB%E7%BB%93.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"]["startLine"] == 5 and location["region"]["snippet"]["text"] == "时光荏苒"
    fixes = [r for r in results if "fixes" in r]
    assert fixes and fixes[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]


def test_sarif_reports_an_unreadable_file_as_a_failed_invocation(here):
    result = run("lint", "没有这个文件.md", "--format", "sarif")
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    _validate_sarif(document)
    invocation = document["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "没有这个文件.md" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_sarif_after_fix_is_valid_too(here):
    (here / "a.md").write_text("本期处理量增加了3%,满意度提升。\n", encoding="utf-8")
    result = run("lint", "a.md", "--format", "sarif", "--fix")
    _validate_sarif(json.loads(result.stdout))


def test_jsonl_is_one_finding_per_line_like_the_json_document(here):
    shutil.copy(DRAFT, here / "总结.md")
    lines = run("lint", "总结.md", "--format", "jsonl").stdout.splitlines()
    document = json.loads(run("lint", "总结.md", "--format", "json").stdout)
    assert [json.loads(line) for line in lines] == document["findings"]


def test_stdin_filename_names_the_findings_in_every_format(here):
    for fmt, check in (("text", lambda out: out.startswith("草稿/总结.md")),
                       ("json", lambda out: json.loads(out)["findings"][0]["path"] == "草稿/总结.md"),
                       ("jsonl", lambda out: json.loads(out.splitlines()[0])["path"] == "草稿/总结.md"),
                       ("github", lambda out: "file=草稿/总结.md" in out),
                       ("sarif", lambda out: json.loads(out)["runs"][0]["results"][0]["locations"][0]
                        ["physicalLocation"]["artifactLocation"]["uri"] == "%E8%8D%89%E7%A8%BF/%E6%80%BB%E7%BB%93.md")):
        result = run("lint", "-", "--stdin-filename", "草稿/总结.md", "--format", fmt, input=VAGUE)
        assert result.exit_code in (0, 1) and check(result.stdout), (fmt, result.output)
        assert "标准输入" not in result.stdout


def test_stdin_filename_finds_the_config_beside_the_named_file(here):
    (here / "草稿").mkdir()
    (here / "草稿" / "cswriter.toml").write_text('[lint]\nignore = ["CS101"]\n', encoding="utf-8")
    named = run("lint", "-", "--stdin-filename", "草稿/总结.md", "--format", "jsonl", input=VAGUE)
    plain = run("lint", "-", "--format", "jsonl", input=VAGUE)
    assert "CS101" in plain.stdout and "CS101" not in named.stdout


def test_a_folder_is_linted_and_cswriterignore_leaves_paths_out(here):
    (here / "草稿" / "归档").mkdir(parents=True)
    for name in ("草稿/一月.md", "草稿/二月.txt", "草稿/归档/旧.md", "草稿/备注.bak.md", "草稿/图.png"):
        (here / name).write_text(VAGUE, encoding="utf-8")
    (here / ".cswriterignore").write_text("# 不检查\n归档/\n*.bak.md\n", encoding="utf-8")
    result = run("lint", "草稿", "--format", "jsonl")
    paths = {json.loads(line)["path"] for line in result.stdout.splitlines()}
    assert paths == {os.path.join("草稿", "一月.md"), os.path.join("草稿", "二月.txt")}
    # A path named on the command line (as pre-commit does) is left out too.
    named = run("lint", "草稿/备注.bak.md", "--format", "jsonl")
    assert named.exit_code == 0 and named.stdout == ""
    ignored_stdin = run("lint", "-", "--stdin-filename", "草稿/归档/x.md", "--format", "jsonl", input=VAGUE)
    assert ignored_stdin.exit_code == 0 and ignored_stdin.stdout == ""


def test_pre_commit_hook_definition_is_at_the_repository_root():
    from ruamel.yaml import YAML

    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "cswriter-lint")
    assert hook["entry"].split()[:2] == ["cswriter", "lint"] and hook["language"] == "python"
    import re

    assert all(re.search(hook["files"], name) for name in ("总结.md", "a/b.txt", "总结.docx"))
    assert not re.search(hook["files"], "facts.yaml")
    assert hook.get("require_serial") is not True  # each file stands alone


@pytest.mark.slow
def test_pre_commit_try_repo_runs_the_hook(tmp_path):
    # pre-commit comes with the test extras; the one beside this interpreter is the tested one.
    exe = str(Path(sys.executable).parent / "pre-commit")
    if not Path(exe).exists():
        exe = shutil.which("pre-commit") or exe
    repo = tmp_path / "team"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / "总结.md").write_text(VAGUE, encoding="utf-8")
    subprocess.run(["git", "add", "总结.md"], cwd=repo, check=True)
    done = subprocess.run([exe, "try-repo", str(ROOT), "cswriter-lint", "--all-files", "--verbose"], cwd=repo,
                          env=env, capture_output=True, text=True, timeout=540)
    out = done.stdout + done.stderr
    assert "cswriter lint" in out and "CS101" in out, out[-3000:]
    assert done.returncode == 0  # warnings only: the default --fail-level is error


@pytest.mark.slow  # starts lint worker processes
def test_findings_rendered_in_worker_processes_match_the_main_process(tmp_path) -> None:
    # Issue 20 (speed): with many files the workers render their own findings; the text
    # and the counts must be what the main process would have produced.
    from cswriter.commands._lint_run import render_json as _render_json, render_text as _render_text
    from cswriter.lint import LintReport
    from cswriter.lint.engine import iter_lint

    paths = []
    for i in range(6):
        path = tmp_path / f"{i}.md"
        path.write_text(f"本季度客户满意度显著提升！\n下一步将进一步优化服务流程。第{i}组接通率为9{i}%。\n",
                        encoding="utf-8")
        paths.append(str(path))
    paths.append(str(tmp_path / "missing.md"))
    for render in (_render_json, lambda r: _render_text(r, color=False)):
        inline = [render(r) for r in iter_lint(paths, jobs=1) if r.error is None]
        pooled, report, errors = [], LintReport(), 0
        for r in iter_lint(paths, jobs=2, render=render):
            report.add(r, keep=False)
            if r.error is not None:
                errors += 1
                continue
            assert r.findings == [] and r.tally is not None
            pooled.append(r.rendered)
        assert pooled == inline and errors == 1
        single = LintReport()
        for r in iter_lint(paths, jobs=1):
            single.add(r, keep=False)
        assert report.summary() == single.summary()


def test_a_findings_dict_is_what_asdict_gives() -> None:
    # to_dict() builds the dict directly (speed); it must stay the same object as asdict().
    from dataclasses import asdict

    from cswriter.lint import lint_text

    for f in lint_text("本季度客户满意度显著提升！\n下一步将进一步优化服务流程。", path="d.md"):
        assert f.to_dict() == asdict(f) and list(f.to_dict()) == list(asdict(f))
