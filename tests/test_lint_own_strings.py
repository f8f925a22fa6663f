"""The tool practises what it preaches: its own user-facing strings pass its linter.

Rule titles, messages and suggestions (cswriter/data/lint), and check messages and
questions (cswriter/data/checks.yaml) are what users read in every report; a linter that
writes 半角标点 or 套话 in its own findings would not be taken seriously. CLI help strings
are covered by the CLI's own tests.
"""

from __future__ import annotations

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
    return strings


OWN = _own_strings()


def test_there_are_strings_to_check() -> None:
    assert len(OWN) > 100


@pytest.mark.parametrize("where,value", OWN, ids=[w for w, _ in OWN])
def test_own_string_passes_own_linter(where: str, value: str) -> None:
    shown = _PLACEHOLDER.sub(lambda m: "12" if m.group(1) in _NUMERIC else "“示例”", value)
    findings = [f for f in lint_text(shown, path="own.txt") if f.code[:3] != "CS4"]
    assert not findings, [(f.code, f.match, f.message) for f in findings]
