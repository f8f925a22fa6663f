"""Where each number in a text comes from: CS401's own tracing, with the source named.

A thin public wrapper over `cswriter.lint.kinds.figures` for the drafting pipeline (the JSON `numbers`
list): whether a number traces is decided by exactly the same candidates and tolerance as
rule CS401 (`figure_candidates`, `traces`), so a number reported here as untraced is the number
CS401 flags. Only the naming of the source is added: the figure's id and formula for a
derived figure, the fact's path for a stated one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cswriter.facts.model import Facts


@dataclass(frozen=True)
class TracedMention:
    text: str
    start: int
    end: int
    source: str | None
    """`None` when the number traces to nothing in the facts (CS401 flags it)."""


def _fact_paths(node: Any, path: str, out: list[tuple[str, Any]]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _fact_paths(value, f"{path}.{key}" if path else str(key), out)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _fact_paths(value, f"{path}[{i}]", out)
    elif node is not None and not isinstance(node, bool):
        out.append((path, node))


def _labelled_candidates(facts: Facts) -> list[tuple[Any, str]]:
    """Candidates in the order a reader would cite them: figures first, then free text."""
    from cswriter.figures.compute import compute_figures
    from cswriter.lint.kinds.figures import Candidate, group_of
    from cswriter.text.numbers import find_numbers

    out: list[tuple[Any, str]] = []
    for figure in compute_figures(facts):
        group, seconds = group_of(figure.unit)
        label = f"事实 {figure.id}" if figure.formula == "事实" else figure.source
        out.append((Candidate(figure.value, group, seconds), label))
    leaves: list[tuple[str, Any]] = []
    _fact_paths(facts.model_dump(mode="json"), "", leaves)
    for path, value in leaves:
        if isinstance(value, (int, float)):
            out.append((Candidate(float(value), "any"), f"事实 {path}"))
        elif isinstance(value, str):
            for n in find_numbers(value):
                if n.kind in ("date", "period", "ordinal"):
                    continue
                group, seconds = group_of(n.unit, n.kind)
                out.append((Candidate(n.value, group, seconds), f"事实 {path}"))
                if n.high is not None:
                    out.append((Candidate(n.high, group, seconds), f"事实 {path}"))
    return out


def trace_numbers(text: str, facts: Facts) -> list[TracedMention]:
    """Every amount stated in `text` (dates and ordinals left out) with its source or None."""
    from cswriter.lint.document import Document
    from cswriter.lint.kinds.figures import (
        SCALE_UNIT,
        STRUCTURAL_CN,
        figure_candidates,
        traces,
    )
    from cswriter.lint.readers import prose_of

    doc = Document(prose_of(text, markdown=True))
    everything = figure_candidates(facts)
    labelled: list[tuple[Any, str]] | None = None
    out: list[TracedMention] = []
    for n in doc.metric_numbers:
        if n.unit == SCALE_UNIT or STRUCTURAL_CN.match(n.text):
            continue
        if not traces(n, everything):
            out.append(TracedMention(n.text, n.start, n.end, None))
            continue
        if labelled is None:
            labelled = _labelled_candidates(facts)
        # Name the closest candidate: 15分钟 is the 15 in a case, not a 14% share within tolerance.
        matches = [(abs(candidate.value - n.value), i, label)
                   for i, (candidate, label) in enumerate(labelled) if traces(n, [candidate])]
        source = min(matches)[2] if matches else "事实"
        out.append(TracedMention(n.text, n.start, n.end, source))
    return out
