"""Checking a drafted section: every figure traced to the facts, the same rules as `cswriter lint`.

Verification is one function, `verify_text`, built on the linter (`cswriter.lint`) and the
one tracer (`cswriter.figures.trace`): the tracer is built once per facts object (so once
per draft, however many sections and repairs), handed to lint, and its answer for each
figure is both the CS401 finding and the `numbers` list of the JSON. A draft that passes
verification passes `cswriter lint --facts`.
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


def verify_text(text: str, *, facts: Facts, section_id: str, tracer=None) -> Verification:
    """Lint a section's text against the facts and trace every number it states.

    `tracer` defaults to the facts' tracer (`tracer_for`: built on first use, then reused)."""
    from cswriter.figures.trace import tracer_for
    from cswriter.lint import lint_and_trace

    findings, traced = lint_and_trace(text, tracer=tracer or tracer_for(facts),
                                      path=f"<{section_id}>", config=_config())
    return Verification(
        findings=[DraftFinding.from_lint(f, section_id) for f in findings],
        numbers=[TracedNumber(text=n.text, source=t.source if t.traced else None) for n, t in traced],
    )


@functools.cache
def _config():
    """The same settings `cswriter lint` uses here (cswriter.toml: accept/reject lists, levels)."""
    from cswriter.lint import load_config

    return load_config()
