"""The tool practises what it preaches: its own user-facing strings pass its linter.

Rule titles, messages and suggestions (cswriter/data/lint), and check messages and
questions (cswriter/data/checks.yaml) are what users read in every report; a linter that
writes 半角标点 or 套话 in its own findings would not be taken seriously. CLI help strings
are covered by the CLI's own tests.
"""

from __future__ import annotations

import functools
import re

import pytest

from cswriter.datacache import data_path
from cswriter.lint import lint_text
from cswriter.lint.catalogue import load_catalogue

# Placeholders are filled at run time; a neutral figure stands in so that a message is read
# as it will be shown.
_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::[^}]*)?\}")
_NUMERIC = {"value", "parts", "total", "count", "sum", "limit", "length", "target"}


def _own_strings() -> list[tuple[str, str]]:
    strings: list[tuple[str, str]] = []
    for rule in load_catalogue().rules:
        for field in ("title", "message", "suggestion"):
            value = getattr(rule, field)
            if value:
                strings.append((f"{rule.code}.{field}", value))
        if rule.params.get("message_with_date"):
            strings.append((f"{rule.code}.message_with_date", rule.params["message_with_date"]))
    from ruamel.yaml import YAML

    checks = YAML(typ="safe").load(data_path("checks.yaml").read_text(encoding="utf-8"))["checks"]
    for code, check in checks.items():
        for field in ("message", "question"):
            value = check.get(field)
            if value and not value.startswith("{"):
                strings.append((f"{code}.{field}", value))
        for part, words in (check.get("parts") or {}).items():
            strings.append((f"{code}.parts.{part}.question", words["question"]))
    return strings


OWN = _own_strings()


def test_there_are_strings_to_check() -> None:
    assert len(OWN) > 100


@pytest.mark.parametrize("where,value", OWN, ids=[w for w, _ in OWN])
def test_own_string_passes_own_linter(where: str, value: str) -> None:
    shown = _PLACEHOLDER.sub(lambda m: "12" if m.group(1) in _NUMERIC else "“示例”", value)
    findings = [f for f in lint_text(shown, path="own.txt") if f.code[:3] != "CS4"]
    assert not findings, [(f.code, f.match, f.message) for f in findings]


# --- The CLI's own output: help, the command listing, check/outline text, draft's summary ---
#
# These are linted as plain text with the word rules (CS1–CS3) and the punctuation rule
# (CS5); figure rules (CS4) are left out, as above: the tool's output is made of the facts'
# figures, which `check` itself verifies.

from helpers import BROKEN, REALISTIC, run_cli  # noqa: E402

_OWN_OUTPUT_CODES = ("CS1", "CS2", "CS3", "CS5")

# Findings that are not the tool's wording, or not a claim: (where-prefix, code, text the match
# contains). Keep this short; every entry says why.
ALLOWED: set[tuple[str, str, str]] = {
    # A plan's target is the level to reach ("降至110秒"), not a change reported without its start.
    ("interview.fields.plans[].target", "CS309", "降至"),
    # The user's own plan target, quoted back in the draft's summary of problems.
    ("draft project-smart-cs", "CS309", "降至3%"),
    # A section title is a heading, not a claim of improvement.
    ("sections.training.title", "CS301", "提升"),
    # A question asking for a plan is not a plan without a target.
    ("sections.plans.question", "CS302", "下一阶段打算采取什么改进"),
    # check quotes the user's plan (and the question above) in a finding about that plan.
    ("error ", "CS302", ""),
    # The outline quotes the user's facts line by line (titles, results, evidence): their
    # wording is theirs, so only punctuation is checked there. The outline's own wording
    # (section purposes, questions, labels) is checked as data strings below.
    ("outline ", "CS1", ""),
    ("outline ", "CS2", ""),
    ("outline ", "CS3", ""),
    # The list of valid choices in an error message is one long "sentence" of identifiers.
    ("check ", "CS503", "可选："),
    ("error unknown-type", "CS503", "可选："),
}


def _findings(where: str, text: str, path: str = "own.txt") -> list[tuple[str, str, str]]:
    from cswriter.lint.config import LintConfig

    config = LintConfig(select=list(_OWN_OUTPUT_CODES))
    found = []
    for finding in lint_text(text, path=path, config=config):
        key = (where, finding.code, finding.match)
        if not any(where.startswith(w) and finding.code.startswith(code) and match in finding.match
                   for w, code, match in ALLOWED):
            found.append((*key, finding.message))
    return found


def _command_paths() -> list[tuple[str, ...]]:
    import click

    from cswriter.cli import app

    paths: list[tuple[str, ...]] = [()]

    def walk(group: click.Group, prefix: tuple[str, ...]) -> None:
        ctx = click.Context(group)
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            paths.append((*prefix, name))
            if isinstance(command, click.Group):
                walk(command, (*prefix, name))

    walk(app, ())
    return paths


@pytest.mark.parametrize("path", _command_paths(), ids=lambda p: " ".join(p) or "cswriter")
def test_help_passes_own_linter(path: tuple[str, ...]) -> None:
    result = run_cli(*path, "--help")
    assert result.exit_code == 0, result.output
    assert not _findings("help " + " ".join(path), result.stdout)


def test_command_listing_passes_own_linter() -> None:
    from cswriter.commands import COMMANDS

    found = [f for name, line in COMMANDS.items() for f in _findings(f"COMMANDS.{name}", line)]
    assert not found


_HALF_NEXT_TO_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff])[,;:]|[,;](?=[\u4e00-\u9fff])")
_FULL = {",": "，", ";": "；", ":": "："}


def _user_text_made_clean(fixture, tmp_path):
    """The fixture with the user's own text in full-width punctuation (as `lint --fix` would
    leave it), written as JSON: whatever half-width mark remains in the output is the tool's."""
    copy = tmp_path / f"{fixture.stem}.json"
    copy.write_text(_clean_json(fixture), encoding="utf-8")
    return copy


@functools.cache
def _clean_json(fixture) -> str:
    """`_user_text_made_clean`'s text, made once per fixture (parsing YAML is the slow part)."""
    import json

    from ruamel.yaml import YAML

    def clean(node):
        if isinstance(node, str):
            node = _HALF_NEXT_TO_CHINESE.sub(lambda m: _FULL[m.group(0)], node)
            return re.sub(r"\(([^()]*[\u4e00-\u9fff][^()]*)\)", r"（\1）", node)
        if isinstance(node, dict):
            return {key: clean(value) for key, value in node.items()}
        if isinstance(node, list):
            return [clean(value) for value in node]
        return node

    data = YAML(typ="safe").load(fixture.read_text(encoding="utf-8"))
    return json.dumps(clean(data), ensure_ascii=False, default=str)


@pytest.mark.parametrize("fixture", REALISTIC, ids=lambda p: p.stem)
@pytest.mark.parametrize("command", ["check", "outline"])
def test_check_and_outline_output_pass_own_linter(command: str, fixture, tmp_path) -> None:
    result = run_cli(command, str(_user_text_made_clean(fixture, tmp_path)))
    assert result.exit_code in (0, 1), result.output
    assert not _findings(f"{command} {fixture.stem}", result.stdout + result.stderr)


@pytest.mark.parametrize("broken", sorted(BROKEN.glob("*")), ids=lambda p: p.name)
def test_error_messages_pass_own_linter(broken) -> None:
    result = run_cli("check", str(broken))
    assert not _findings(f"error {broken.name}", result.stdout + result.stderr)


@pytest.mark.parametrize("fixture", REALISTIC[:3], ids=lambda p: p.stem)
def test_draft_summary_lines_pass_own_linter(fixture, tmp_path) -> None:
    facts = _user_text_made_clean(fixture, tmp_path)
    result = run_cli("draft", str(facts), "-o", str(tmp_path / "总结.md"))
    assert result.exit_code in (0, 1), result.output
    assert "已写入" in result.stderr
    assert not _findings(f"draft {fixture.stem}", result.stderr)


def _data_strings() -> list[tuple[str, str]]:
    from ruamel.yaml import YAML

    def load(name: str):
        return YAML(typ="safe").load(data_path(name).read_text(encoding="utf-8"))

    strings: list[tuple[str, str]] = []
    for section in load("sections.yaml")["sections"]:
        for field in ("title", "purpose", "question"):
            strings.append((f"sections.{section['id']}.{field}", section[field]))
    for type_id, report_type in load("report_types.yaml")["types"].items():
        strings.append((f"report_types.{type_id}.title", report_type["title"]))
    for metric_id, metric in load("metrics.yaml")["metrics"].items():
        for field in ("title", "description"):
            if metric.get(field):
                strings.append((f"metrics.{metric_id}.{field}", metric[field]))

    def prompts(node, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "prompt" and isinstance(value, str):
                    strings.append((where, value))
                else:
                    prompts(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                prompts(value, f"{where}[{index}]")

    prompts(load("interview.yaml"), "interview")
    return strings


DATA = _data_strings()


def test_there_are_data_strings() -> None:
    assert len(DATA) > 40


@pytest.mark.parametrize("where,value", DATA, ids=[w for w, _ in DATA])
def test_data_string_passes_own_linter(where: str, value: str) -> None:
    assert not _findings(where, value)


def test_init_template_passes_own_linter(tmp_path) -> None:
    for report_type in ("year-end", "half-year", "quarterly", "monthly", "weekly", "project"):
        out = tmp_path / f"{report_type}.yaml"
        result = run_cli("init", str(out), "--type", report_type)
        assert result.exit_code == 0, result.output
        # The comments a user reads; commented-out YAML (`#   columns: [咨询量, 问题解决率]`)
        # is an example to uncomment, written as YAML.
        comments = [line.split("#", 1)[1] for line in out.read_text(encoding="utf-8").splitlines() if "#" in line]
        comments = "\n".join(c for c in comments if not re.match(r"\s*(?:- )?[a-z_]+:\s*\S", c))
        # YAML snippets in the comments are in `backticks`: code, not prose. (They are blanked
        # here rather than linted as Markdown: the Markdown reader hangs on one of these lines,
        # see the report of this change.)
        comments = re.sub(r"`[^`\n]*`", "`代码`", comments)
        assert not _findings(f"init {report_type}", comments)
