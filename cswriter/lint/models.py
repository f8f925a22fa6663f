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


def headline(match: str, message: str) -> str:
    """A finding's message with its match quoted once: most messages already quote it
    (“大概”是不确定的说法…), and a caller that puts the match in front would show it twice."""
    if not match or f"“{match}”" in message:
        return message
    return f"“{match}” {message}"


# Plain dataclasses: a lint run makes thousands of findings per second and must not import
# pydantic at start-up.
@dataclass(slots=True)
class LintFinding:
    """One problem in a draft.

    The light mirror of `cswriter.findings.LintFinding` (the one finding shape, whose core
    check and draft findings share): the same fields, types and defaults, tied by
    tests/test_findings.py.

    `line`/`column` are 1-based and count Unicode characters; `end_column` is the column just
    after the match (exclusive), as in ruff and LSP. `offset`/`end_offset` index the text as
    read (after decoding and newline normalisation). `replacement`, when set, is a safe fix
    that `--fix` may apply. `field` and `section` belong to the shared core (where in the
    facts); lint leaves them empty.
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
    field: str | None = None
    section: str | None = None

    @property
    def family(self) -> str:
        return self.code[:3]

    def to_dict(self) -> dict:
        # Every field is a str, int or None: a plain dict of them is what asdict() returns,
        # without its deep copy of each value (asdict took a third of `lint --format json`).
        return {name: getattr(self, name) for name in _FINDING_FIELDS}


_FINDING_FIELDS = tuple(LintFinding.__dataclass_fields__)


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


@dataclass(slots=True)
class FileResult:
    """One file's outcome, as `iter_lint` yields them (in input order)."""

    path: str
    findings: list[LintFinding]
    stat: LintFileStat | None = None
    error: LintFileError | None = None
    # Set when a worker process rendered the findings itself (`iter_lint(render=…)`): the
    # output text, and the findings counted by (severity, family) in place of the findings.
    rendered: str | None = None
    tally: dict[tuple[str, str], int] | None = None


@dataclass
class LintReport:
    """Findings, per-file errors and statistics over many files.

    `add(result, keep=False)` counts a file's findings without keeping them, so that a run
    over 1,000 files can stream findings out and still print a true summary."""

    findings: list[LintFinding] = field(default_factory=list)
    errors: list[LintFileError] = field(default_factory=list)
    files: list[LintFileStat] = field(default_factory=list)
    # Counts of findings not kept in `findings` (streamed): severity → n, family → n.
    streamed_severity: dict[str, int] = field(default_factory=dict)
    streamed_family: dict[str, int] = field(default_factory=dict)

    def add(self, result: FileResult, *, keep: bool = True) -> None:
        if result.error is not None:
            self.errors.append(result.error)
            return
        if result.stat is not None:
            self.files.append(result.stat)
        if result.tally is not None:
            for (severity, family), n in result.tally.items():
                self.streamed_severity[severity] = self.streamed_severity.get(severity, 0) + n
                self.streamed_family[family] = self.streamed_family.get(family, 0) + n
            return
        if keep:
            self.findings.extend(result.findings)
            return
        for f in result.findings:
            self.streamed_severity[f.severity] = self.streamed_severity.get(f.severity, 0) + 1
            self.streamed_family[f.family] = self.streamed_family.get(f.family, 0) + 1

    @property
    def characters(self) -> int:
        return sum(f.characters for f in self.files)

    def _severity_counts(self) -> dict[str, int]:
        return {s: sum(1 for f in self.findings if f.severity == s) + self.streamed_severity.get(s, 0)
                for s in ("error", "warning", "info")}

    def count_at_least(self, level: Severity) -> int:
        floor = SEVERITY_RANK[level]
        return sum(n for s, n in self._severity_counts().items() if SEVERITY_RANK[s] >= floor)

    def summary(self) -> dict:
        """Counts by severity and family, and findings per 1,000 characters by family."""
        chars = self.characters
        by_family: dict[str, int] = dict(self.streamed_family)
        for f in self.findings:
            by_family[f.family] = by_family.get(f.family, 0) + 1
        by_severity = self._severity_counts()
        total = sum(by_severity.values())
        per_1000 = {fam: round(n * 1000 / chars, 2) if chars else 0.0
                    for fam, n in sorted(by_family.items())}
        return {
            "files": len(self.files),
            "files_failed": len(self.errors),
            "characters": chars,
            "findings": total,
            "by_severity": by_severity,
            "by_family": dict(sorted(by_family.items())),
            "per_1000_chars": per_1000,
            "per_1000_chars_total": round(total * 1000 / chars, 2) if chars else 0.0,
        }

    def to_json(self) -> dict:
        """The shape INTERFACE.md promises: findings, summary (and errors)."""
        return {
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
            "errors": [asdict(e) for e in self.errors],
        }
