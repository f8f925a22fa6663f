"""One finding shape for check, lint and draft.

Every finding is a code, a severity, a message, an optional suggestion, and where it is:
`path`, `line` and `column` in a file (lint; 1-based, counting Unicode characters), or
`field` and `section` in the facts (check). `Finding` declares that core once; each face
adds only its own extras:

- `cswriter.check.Finding`: the name of the check and the question that fills the gap;
- `LintFinding` here: the span, the matched text and a safe replacement;
- `cswriter.draft.models.DraftFinding`: the matched text and where it came from (lint or check).

The lint path imports no pydantic, so lint works with a plain dataclass,
`cswriter.lint.models.LintFinding`, that mirrors `LintFinding` here field by field (a test
ties the two); this model is what `cswriter schema --document lint` publishes.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from cswriter.domain import Severity


class Finding(BaseModel):
    """The core every finding has: what, how bad, what to do, and where."""

    code: str = Field(description="稳定的编号：CK（检查）或 CS（lint）加三位数字")
    severity: Severity
    message: str = Field(description="中文说明")
    suggestion: str | None = Field(default=None, description="怎样改")
    path: str | None = Field(default=None, description="所在文件")
    line: int | None = Field(default=None, description="所在行（从 1 起）")
    column: int | None = Field(default=None, description="所在列（从 1 起，一个汉字算一列）")
    field: str | None = Field(default=None, description="事实文件中的字段路径，如 metrics[1].target")
    section: str | None = Field(default=None, description="所在部分的 id，如 metrics")


CORE_FIELDS: tuple[str, ...] = tuple(Finding.model_fields)


def core_of(finding: Any) -> dict[str, Any]:
    """The core fields any finding (a model or the lint dataclass) has set, to build another
    face's finding from it (what it leaves unset takes the other face's default)."""
    return {name: value for name in CORE_FIELDS if (value := getattr(finding, name, None)) is not None}


class LintFinding(Finding):
    """One problem in a draft, as `cswriter lint --format json` writes it."""

    path: str = Field(description="所在文件（标准输入为 -）")
    line: int = Field(description="从 1 起，按 Unicode 字符计")
    column: int = Field(description="从 1 起，一个汉字算一列")
    end_line: int
    end_column: int = Field(description="匹配之后的一列（不含）")
    match: str = Field(description="匹配到的原文")
    rule: str = ""
    offset: int = 0
    end_offset: int = 0
    sentence: str = ""
    replacement: str | None = Field(default=None, description="安全的自动修正：用它替换 match（--fix 会应用）")
