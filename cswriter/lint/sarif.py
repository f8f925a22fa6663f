"""Lint findings as SARIF 2.1.0 (GitHub code scanning, reviewdog, editors) and JSON Lines.

SARIF: one run whose driver lists every rule with its help (what it checks, why, a wrong
and a right example), and one result per finding with its region (1-based lines and
columns counted in Unicode characters: `columnKind: unicodeCodePoints`), the matched text
as the snippet and, where the rule has a safe replacement, a fix. Files that could not be
read are tool notifications, and make the invocation unsuccessful. Paths under the current
folder are relative to `%SRCROOT%`, as code scanning expects.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote

import cswriter
from cswriter.lint.models import FAMILY_TITLES, LintFileError, LintFinding

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
ROOT_ID = "%SRCROOT%"


def rule_help(rule: Any, readable: str) -> tuple[str, str]:
    """A rule's help as plain text and as Markdown."""
    bad, good = rule.examples.bad[0], rule.examples.good[0]
    lines = [rule.title + "。" if not rule.title.endswith(("。", "？", "！")) else rule.title, "", readable]
    text = "\n".join([*lines, "", f"错误示例：{bad}", f"正确示例：{good}",
                      "", f"详细说明：cswriter rules {rule.code}"])
    markdown = "\n".join([f"**{rule.title}**", "", readable, "", f"- 错误示例：{bad}",
                          f"- 正确示例：{good}", "", f"详细说明：`cswriter rules {rule.code}`"])
    return text, markdown


def sarif_rules() -> list[dict[str, Any]]:
    from cswriter.lint.catalogue import load_catalogue

    catalogue = load_catalogue()
    rules = []
    for rule in catalogue.rules:
        text, markdown = rule_help(rule, catalogue.readable(rule.rationale))
        rules.append({
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.title},
            "fullDescription": {"text": catalogue.readable(rule.rationale)},
            "help": {"text": text, "markdown": markdown},
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
            "properties": {"tags": [FAMILY_TITLES.get(rule.family, rule.family)],
                           "sources": [catalogue.cite(s) for s in rule.sources]},
        })
    return rules


def _artifact(path: str, root: Path) -> dict[str, Any]:
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(root)
    except ValueError:
        return {"uri": absolute.as_uri()}
    if not Path(path).exists() and not os.path.isabs(path):  # 标准输入 or a --stdin-filename
        return {"uri": quote(Path(path).as_posix()), "uriBaseId": ROOT_ID}
    return {"uri": quote(relative.as_posix()), "uriBaseId": ROOT_ID}


def _region(f: LintFinding) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": f.line, "startColumn": f.column,
                              "endLine": f.end_line, "endColumn": f.end_column}
    if f.match:
        region["snippet"] = {"text": f.match}
    return region


def sarif_result(f: LintFinding, index: dict[str, int], root: Path) -> dict[str, Any]:
    message = f.message + (f"建议：{f.suggestion}" if f.suggestion else "")
    artifact = _artifact(f.path, root)
    result: dict[str, Any] = {
        "ruleId": f.code,
        "level": LEVELS[f.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": _region(f)}}],
    }
    if f.code in index:
        result["ruleIndex"] = index[f.code]
    if f.replacement is not None:
        result["fixes"] = [{
            "description": {"text": f"改为“{f.replacement}”"},
            "artifactChanges": [{"artifactLocation": artifact, "replacements": [{
                "deletedRegion": {k: v for k, v in _region(f).items() if k != "snippet"},
                "insertedContent": {"text": f.replacement}}]}],
        }]
    return result


def sarif_document(findings: Iterable[LintFinding], errors: Iterable[LintFileError] = (),
                   *, root: str | Path | None = None) -> dict[str, Any]:
    """The SARIF log of one lint run."""
    root_path = Path(os.path.abspath(root or os.getcwd()))
    version = cswriter.__version__
    rules = sarif_rules()
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    notifications = [{"level": "error", "message": {"text": e.message},
                      "locations": [{"physicalLocation": {"artifactLocation": _artifact(e.path, root_path)}}]}
                     for e in errors]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "cswriter", "version": version,
                                "semanticVersion": version,
                                "rules": rules}},
            "originalUriBaseIds": {ROOT_ID: {"uri": root_path.as_uri().rstrip("/") + "/"}},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications}],
            "results": [sarif_result(f, index, root_path) for f in findings],
        }],
    }


def jsonl_line(f: LintFinding) -> str:
    """One finding as one line of JSON, the same object as in the lint document's findings."""
    import json

    return json.dumps(f.to_dict(), ensure_ascii=False)
