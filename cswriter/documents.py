"""The JSON documents cswriter gives programs: one shape for the CLI's `--format json`, the MCP
tools and `cswriter schema --document`.

Every document carries `schema_version`; it grows when a key changes meaning or goes away
(new keys may be added without a new version).
"""

from __future__ import annotations

from typing import Any

from cswriter.errors import UserError

SCHEMA_VERSION = 1


def versioned(document: dict[str, Any]) -> dict[str, Any]:
    """`document` with `schema_version` first."""
    return {"schema_version": SCHEMA_VERSION, **{k: v for k, v in document.items() if k != "schema_version"}}


def error_location(error: UserError) -> dict[str, Any]:
    """`file`, `line` and `field` of an error, as it was raised with them."""
    return {"file": error.file, "line": error.line, "field": error.field}


def error_document(error: UserError) -> dict[str, Any]:
    """`{"ok": false, "schema_version", "error": {"message", "hint", "file", "line", "field"},
    "errors": [{"message", "file", "line", "field"}, …], "exit_code"}`: `error` is the first
    problem (with the whole message), `errors` lists every problem of the input."""
    return versioned({
        "ok": False,
        "error": {"message": error.message, "hint": error.hint, **error_location(error)},
        "errors": [problem.to_dict() for problem in error.all_problems()],
        "exit_code": error.exit_code,
    })


# ---------------------------------------------------------------------------------------
# Builders: the same dictionaries for `--format json` and the MCP tools


def check_document(result: Any, file: str | None) -> dict[str, Any]:
    return versioned({
        "ok": result.ok,
        "file": file,
        "type": result.type,
        "role": result.role,
        "findings": [f.model_dump() for f in result.findings],
        "summary": {s: result.count(s) for s in ("error", "warning", "info")},
    })


def outline_document(outline: Any) -> dict[str, Any]:
    return versioned(outline.model_dump())


def draft_document(draft: Any) -> dict[str, Any]:
    from cswriter.draft.render import draft_json

    return versioned(draft_json(draft))


def lint_document(report: Any, fixed: dict[str, int] | None = None) -> dict[str, Any]:
    data = versioned(report.to_json())
    data["ok"] = not report.errors and report.count_at_least("error") == 0
    if fixed is not None:
        data["fixed"] = fixed
    return data
