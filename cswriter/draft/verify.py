"""Checking a drafted section: every figure traced to the facts, the same rules as `cswriter lint`.

Verification is one function, `verify_text`, built on the linter (`cswriter.lint`): its CS4xx
rules, given the facts, flag figures that are in neither the facts nor the derived figures,
and its tracer tells us where each stated number comes from (for the JSON `numbers`). No
second tracer lives here, so a draft that passes verification passes `cswriter lint --facts`.
"""

from __future__ import annotations

import functools

from pydantic import BaseModel

from cswriter.draft.models import DraftFinding, TracedNumber
from cswriter.facts.model import Facts

REPAIR_SEVERITIES = ("error", "warning")
"""Findings sent back to the model for repair. Only errors make the draft fail (exit 1)."""


class Verification(BaseModel):
    findings: list[DraftFinding] = []
    numbers: list[TracedNumber] = []

    @property
    def repairable(self) -> list[DraftFinding]:
        return [f for f in self.findings if f.severity in REPAIR_SEVERITIES]


def verify_text(text: str, *, facts: Facts, section_id: str) -> Verification:
    """Lint a section's text against the facts and trace every number it states."""
    from cswriter.lint import lint_text

    path = f"<{section_id}>"
    findings = [
        DraftFinding(code=f.code, severity=f.severity, message=f.message, match=f.match,
                     suggestion=f.suggestion, line=f.line, column=f.column)
        for f in lint_text(text, path=path, facts=facts, config=_config())
    ]
    return Verification(findings=findings, numbers=trace_numbers(text, facts))


def trace_numbers(text: str, facts: Facts) -> list[TracedNumber]:
    """Every number in `text` with the fact path or formula it comes from (None: untraced)."""
    from cswriter.figures.trace import trace_numbers as lint_trace

    return [TracedNumber(text=t.text, source=t.source) for t in lint_trace(text, facts)]


@functools.cache
def _config():
    """The same settings `cswriter lint` uses here (cswriter.toml: accept/reject lists, levels)."""
    from cswriter.lint import load_config

    return load_config()
