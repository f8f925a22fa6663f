"""The JSON documents cswriter gives programs: one shape for the CLI's `--format json`, the MCP
tools and `cswriter schema --document`.

Every document carries `schema_version`; it grows when a key changes meaning or goes away
(new keys may be added without a new version).
"""

from __future__ import annotations

import re
from typing import Any

from cswriter.errors import UserError

SCHEMA_VERSION = 1

# "名字.yaml:12:3: …" or "名字.yaml:12: …" at the start of a message (how the loaders name a place).
_PLACE = re.compile(r"^(?P<file>[^\s:：][^:：\n]*?):(?P<line>\d+)(?::\d+)?[:：]\s?")
_FILE_ONLY = re.compile(r"^(?P<file>[^\s:：][^:：\n]*?\.(?:ya?ml|json|md|txt|docx|toml|j2|csv|xlsx))[:：]\s?")
_FIELD = re.compile(r"字段 (?P<field>[\w.\[\]-]+)")


def versioned(document: dict[str, Any]) -> dict[str, Any]:
    """`document` with `schema_version` first."""
    return {"schema_version": SCHEMA_VERSION, **{k: v for k, v in document.items() if k != "schema_version"}}


def error_location(error: UserError) -> dict[str, Any]:
    """`file`, `line` and `field` of an error: as the error carries them, else as its message
    names them (the facts loader writes "文件:行: 字段 report.type: …")."""
    message = error.message
    first_detail = next((line.strip() for line in message.splitlines()[1:] if line.strip()), "")
    file, line, field = error.file, error.line, error.field
    for text in (message, first_detail):
        match = _PLACE.match(text)
        if match:
            file = file or match["file"]
            line = line or int(match["line"])
            break
        match = _FILE_ONLY.match(text)
        if match:
            file = file or match["file"]
    if field is None:
        match = _FIELD.search(message)
        field = match["field"] if match else None
    return {"file": file, "line": line, "field": field}


def error_document(error: UserError) -> dict[str, Any]:
    """`{"ok": false, "schema_version", "error": {"message", "hint", "file", "line", "field"}, "exit_code"}`."""
    return versioned({
        "ok": False,
        "error": {"message": error.message, "hint": error.hint, **error_location(error)},
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
