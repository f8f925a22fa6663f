"""The models that flow between the drafting stages.

`SectionContext` is everything one section is written from (and nothing else: a section's
prompt carries only its own facts and figures). `DraftSection` is one drafted section with
the numbers it states (each traced to a fact or formula) and the problems left in it;
`Draft` is the whole document in outline order.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from cswriter.findings import Finding, core_of
# A section's fact lines are the outline's own (fenced for the prompt by draft/context.py).
from cswriter.outline import OutlineFact as ContextFact


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReportInfo(_Model):
    title: str
    type: str
    type_title: str
    period: str
    period_word: str
    previous_word: str
    author: str | None = None
    role: str | None = None
    team: str | None = None
    company: str | None = None
    personal: bool = True
    """A personal report speaks as 我, a lead's (the team's) as 我们."""
    skeleton: list[str] = []
    """The section ids of this report, in order (a lead's team metrics go where 团队管理 is)."""
    drafted: list[str] = []
    """The sections the facts let be written (not left to the notes for want of input)."""


class SectionInfo(_Model):
    id: str
    title: str
    purpose: str
    importance: str
    number: str
    """Chinese ordinal of the section in the document (一, 二, …)."""
    opening: bool = False
    """The first section written: it opens the report (one line on who, when and what)."""
    closing: bool = False
    """The last section of prose (before any appendix): it ends with the closing paragraph."""


class ContextFigure(_Model):
    """A number the section may state, with its provenance (from `cswriter.figures.compute.Figure`)."""

    id: str
    label: str
    kind: str
    text: str
    display: str
    """`text` with its direction spelled out for change and gap figures (增长15.2%, 上升8.4个百分点)."""
    phrase: str = ""
    """`display` with its baseline, as prose states it (较去年上升8.4个百分点, 达到目标)."""
    formula: str
    derived: bool
    metric: str | None = None
    direction: str | None = None
    assessment: str | None = None
    metric_kind: str | None = None
    better: str | None = None


class SectionContext(_Model):
    """What one section is written from: the prompt variables and the offline writer's input."""

    report: ReportInfo
    section: SectionInfo
    facts: list[ContextFact] = []
    figures: list[ContextFigure] = []
    data: dict[str, Any] = {}
    """The slice of the facts this section is built from, as plain data (for the offline writer)."""
    compare: list[str] = []
    """Comparisons the report type demands for every metric (目标值, 去年值 …)."""
    instruction: str = ""
    """The writer's extra request for this section (interactive regenerate)."""

    def prompt_variables(self) -> dict[str, Any]:
        from cswriter.prompting import DATA_CLOSE, DATA_OPEN

        return {**self.model_dump(mode="json"), "data_open": DATA_OPEN, "data_close": DATA_CLOSE}


class TracedNumber(_Model):
    """A number stated in a section and where it comes from (a fact path or a formula)."""

    text: str
    source: str | None
    """`None` when the number could not be traced to the facts: it is also a finding."""


class DraftFinding(Finding):
    """A problem in a section's text (a lint finding, or a gap the facts leave).

    The core is `cswriter.findings.Finding`: `line` and `column` count within the section's
    text, `section` (when set) is the section's id, and a gap from check keeps its `field`."""

    model_config = ConfigDict(extra="forbid")

    line: int = 1
    """1-based, within the section's text."""
    column: int = 1
    """1-based, in Unicode characters."""
    match: str = ""
    origin: Literal["lint", "check"] = "lint"
    """`lint`: a problem in the text; `check`: a gap in the facts (fixed by adding facts)."""

    @classmethod
    def from_lint(cls, finding: Any, section: str | None = None) -> DraftFinding:
        """A lint finding in a section's text (`finding.path` names no file: it is dropped)."""
        return cls(**{**core_of(finding), "path": None, "section": section}, match=finding.match)

    @classmethod
    def from_check(cls, finding: Any) -> DraftFinding:
        """A gap check found in the facts: its question is what to do about it."""
        return cls(**{**core_of(finding), "suggestion": finding.question}, origin="check")


class Table(_Model):
    """A table assembled by code from the facts (never by the model)."""

    title: str
    columns: list[str]
    rows: list[list[str]]


SectionStatus = Literal["drafted", "needs-input", "skipped"]


class DraftSection(_Model):
    id: str
    title: str
    number: str
    status: SectionStatus
    text: str
    numbers: list[TracedNumber] = []
    findings: list[DraftFinding] = []
    tables: list[Table] = []
    missing: list[str] = []
    questions: list[str] = []
    repairs: int = 0
    """Repair rounds sent back to the model."""
    model_calls: int = 0
    """Requests answered by the backend in this run (cache hits not counted)."""
    cache_hits: int = 0

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)


class Draft(_Model):
    title: str
    type: str
    type_title: str
    period: str
    author: str | None = None
    role: str | None = None
    team: str | None = None
    company: str | None = None
    backend: str
    model: str | None = None
    redacted: bool = False
    sections: list[DraftSection] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(section.ok for section in self.sections)

    @property
    def model_calls(self) -> int:
        return sum(section.model_calls for section in self.sections)

    @property
    def cache_hits(self) -> int:
        return sum(section.cache_hits for section in self.sections)

    def section(self, section_id: str) -> DraftSection | None:
        return next((s for s in self.sections if s.id == section_id), None)
