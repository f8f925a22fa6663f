"""What the linter returns: findings, per-file errors and the report over many files."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}

FAMILY_TITLES: dict[str, str] = {
    "CS1": "模糊措辞",
    "CS2": "主观情绪",
    "CS3": "缺少依据",
    "CS4": "数字问题",
    "CS5": "用语规范",
    "CS6": "隐私信息",
}


# Plain dataclasses: a lint run makes thousands of findings per second and must not import
# pydantic at start-up.
@dataclass(slots=True)
class LintFinding:
    """One problem in a draft.

    `line`/`column` are 1-based and count Unicode characters; `end_column` is the column just
    after the match (exclusive), as in ruff and LSP. `offset`/`end_offset` index the text as
    read (after decoding and newline normalisation). `replacement`, when set, is a safe fix
    that `--fix` may apply.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    severity: Severity
    message: str
    match: str
    suggestion: str | None = None
    rule: str = ""
    offset: int = 0
    end_offset: int = 0
    sentence: str = ""
    replacement: str | None = None

    @property
    def family(self) -> str:
        return self.code[:3]

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class LintFileError:
    """A file that could not be linted (unreadable, empty, too large, corrupt)."""

    path: str
    message: str


@dataclass(slots=True)
class LintFileStat:
    path: str
    characters: int
    findings: int


@dataclass
class LintReport:
    findings: list[LintFinding] = field(default_factory=list)
    errors: list[LintFileError] = field(default_factory=list)
    files: list[LintFileStat] = field(default_factory=list)

    @property
    def characters(self) -> int:
        return sum(f.characters for f in self.files)

    def count_at_least(self, level: Severity) -> int:
        floor = SEVERITY_RANK[level]
        return sum(1 for f in self.findings if SEVERITY_RANK[f.severity] >= floor)

    def summary(self) -> dict:
        """Counts by severity and family, and findings per 1,000 characters by family."""
        chars = self.characters
        by_family: dict[str, int] = {}
        for f in self.findings:
            by_family[f.family] = by_family.get(f.family, 0) + 1
        by_severity = {s: sum(1 for f in self.findings if f.severity == s)
                       for s in ("error", "warning", "info")}
        per_1000 = {fam: round(n * 1000 / chars, 2) if chars else 0.0
                    for fam, n in sorted(by_family.items())}
        return {
            "files": len(self.files),
            "files_failed": len(self.errors),
            "characters": chars,
            "findings": len(self.findings),
            "by_severity": by_severity,
            "by_family": dict(sorted(by_family.items())),
            "per_1000_chars": per_1000,
            "per_1000_chars_total": round(len(self.findings) * 1000 / chars, 2) if chars else 0.0,
        }

    def to_json(self) -> dict:
        """The shape INTERFACE.md promises: findings, summary (and errors)."""
        return {
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
            "errors": [asdict(e) for e in self.errors],
        }
