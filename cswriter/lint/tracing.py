"""What lint needs from a figure tracer, and nothing more.

The linter reads text; it knows no facts. Rule CS401 (a figure with no source) and the
details of CS402 (% vs 百分点) ask a *tracer* — built by the caller from the facts and the
computed figures (`cswriter.figures.trace.build_tracer`) — what a figure in the text traces
to. These protocols are the whole contract: anything with these methods will do, so lint
imports neither the facts model nor the figures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from cswriter.text.numbers import NumberMention

Span = tuple[int, int]


class FigureTrace(Protocol):
    """The answer for one figure."""

    @property
    def traced(self) -> bool: ...

    @property
    def source(self) -> str | None:
        """The fact, or the formula with its inputs ("0.5分钟 = 去年2.6分钟 − 本期2.1分钟")."""

    @property
    def subject(self) -> str | None:
        """What the text says the figure measures, when it names it."""

    @property
    def detail(self) -> str:
        """For an untraced figure: the subject's own values, or whose value it is."""

    # Optional: `placed` (bool, default True). False for an untraced figure whose claim the
    # tracer could not place (no subject named): CS405 (a warning) instead of CS401.


class MetricFacts(Protocol):
    """A metric as the facts state it (for CS402's message)."""

    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> str:
        """rate | count | duration | score"""

    @property
    def value(self) -> float | None: ...

    @property
    def previous(self) -> float | None: ...


class FigureTracer(Protocol):
    def trace(self, text: str, number: NumberMention, clause: Span, sentence: Span) -> FigureTrace:
        """Where `number`, found in `text` inside `clause` and `sentence`, comes from."""

    def metric(self, name: str) -> MetricFacts | None:
        """The facts' metric a name (or a synonym of it) refers to, if exactly one."""

    def subject_names(self) -> tuple[str, ...]:
        """Every name the facts give a subject (metrics with their synonyms, categories…)."""
