"""How a figure's movement is worded, from `cswriter/data/directions.yaml`.

The one place that turns a change or a gap into words: the comparison tables, the outline,
the drafting prompts and the offline prose all call these functions, so a lower-is-better
metric that rose reads 上升 everywhere and never 提升. The words themselves are data a domain
expert edits; this module only chooses among them by the metric's kind, which direction is
better for it, and which way the figure moved.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cswriter.domain import load_yaml_resource

if TYPE_CHECKING:  # pragma: no cover - typing only
    from cswriter.figures.compute import Figure, Figures

KINDS = ("count", "rate", "score", "duration")
BETTER = ("higher", "lower", "neutral")
DIRECTIONS = ("up", "down")
PHRASES = ("change", "change_flat", "flat", "gap_up", "gap_down", "gap_flat")
# A change measure names the figure that states it (see compute.metric_figures).
MEASURE_SUFFIX = {"points": "change", "difference": "change", "percent": "change_percent"}
CHANGE_KINDS = ("change", "change_percent")
GAP_KINDS = ("gap", "gap_percent")


@dataclass(frozen=True)
class Directions:
    verbs: Mapping[str, Mapping[str, Mapping[str, str]]]
    change_measures: Mapping[str, tuple[str, ...]]
    phrases: Mapping[str, str]
    assessments: Mapping[str, str]


@functools.cache
def load_directions() -> Directions:
    """The direction words, checked for completeness so a gap in the data fails at once."""
    raw: dict[str, Any] = load_yaml_resource("directions.yaml")
    verbs = raw["verbs"]
    for kind in KINDS:
        for better in BETTER:
            for direction in DIRECTIONS:
                if not verbs.get(kind, {}).get(better, {}).get(direction):
                    raise KeyError(f"directions.yaml: verbs.{kind}.{better}.{direction} is missing")
    measures = {k: tuple(v) for k, v in raw["change_measures"].items()}
    for kind in KINDS:
        if not measures.get(kind) or any(m not in MEASURE_SUFFIX for m in measures[kind]):
            raise KeyError(f"directions.yaml: change_measures.{kind} must list {sorted(MEASURE_SUFFIX)}")
    for name in PHRASES:
        if name not in raw["phrases"]:
            raise KeyError(f"directions.yaml: phrases.{name} is missing")
    return Directions(verbs=verbs, change_measures=measures,
                      phrases=raw["phrases"], assessments=raw["assessments"])


def change_verb(kind: str | None, better: str | None, direction: str) -> str:
    """The verb for a change: 提升 (a rate that should rise, rose), 上升 (one that should fall, rose)."""
    verbs = load_directions().verbs
    return verbs[kind if kind in verbs else "count"][better if better in BETTER else "neutral"][direction]


@functools.cache
def change_verbs() -> tuple[str, ...]:
    """Every verb a change is worded with (提升, 下降, 缩短…, and those users also write:
    降低, 压缩…), longest first."""
    verbs = load_directions().verbs
    read = load_yaml_resource("directions.yaml").get("change_verbs_read") or []
    words = {w for k in verbs.values() for b in k.values() for w in b.values()} | set(read)
    return tuple(sorted(words, key=len, reverse=True))


def change_measures(kind: str | None) -> tuple[str, ...]:
    """The figure suffixes a kind's change is stated in, first choice first."""
    measures = load_directions().change_measures[kind if kind in KINDS else "count"]
    return tuple(dict.fromkeys(MEASURE_SUFFIX[m] for m in measures))


def _attr(figure: Any, name: str) -> Any:
    return figure.get(name) if isinstance(figure, Mapping) else getattr(figure, name, None)


def change_phrase(figure: Figure | Mapping[str, Any], previous_word: str) -> str:
    """较去年上升8.4个百分点 / 较上月增长15.2% / 与去年持平 (a change figure, with its baseline)."""
    d = load_directions()
    direction = _attr(figure, "direction")
    if direction not in DIRECTIONS:
        return d.phrases["change_flat"].format(previous=previous_word)
    times = _times(figure)
    if times is not None:
        return d.phrases["change_times"].format(previous=previous_word, times=times)
    verb = change_verb(_attr(figure, "metric_kind"), _attr(figure, "better"), direction)
    return d.phrases["change"].format(previous=previous_word, verb=verb, amount=_attr(figure, "text"))


def _times(figure: Figure | Mapping[str, Any]) -> str | None:
    """A count that grew to three times its base or more, as a multiple of the base (13.2):
    增长1223.7% on a base of 97 reads as a statistic, not as what happened (review 46: the
    heating season's first month against the month before it). None otherwise."""
    from cswriter.figures.rounding import format_number, round_half_up

    phrases = load_directions().phrases
    inputs = _attr(figure, "inputs") or {}
    now, base = inputs.get("value", inputs.get("total")), inputs.get("previous")
    if _attr(figure, "kind") != "change_percent" or _attr(figure, "direction") != "up" \
            or "change_times" not in phrases or not now or not base or base <= 0:
        return None
    if now / base * 100 < 100 + float(phrases.get("times_from_percent", 200)):
        return None
    return format_number(round_half_up(now / base, 1))


def gap_phrase(figure: Figure | Mapping[str, Any]) -> str:
    """高于目标2个百分点 / 低于目标5秒 / 达到目标."""
    phrases = load_directions().phrases
    direction = _attr(figure, "direction")
    if direction not in DIRECTIONS:
        return phrases["gap_flat"]
    return phrases[f"gap_{direction}"].format(amount=_attr(figure, "text"))


def figure_display(figure: Figure | Mapping[str, Any]) -> str:
    """A figure's text with its direction spelled out: 上升8.4个百分点, 持平, 低于目标5秒, 112.6%."""
    kind, direction = _attr(figure, "kind"), _attr(figure, "direction")
    if kind in CHANGE_KINDS and direction:
        if direction not in DIRECTIONS:
            return load_directions().phrases["flat"]
        return change_verb(_attr(figure, "metric_kind"), _attr(figure, "better"), direction) + _attr(figure, "text")
    if kind in GAP_KINDS and direction:
        return gap_phrase(figure)
    return _attr(figure, "text")


def figure_phrase(figure: Figure | Mapping[str, Any], previous_word: str) -> str:
    """`figure_display` with the baseline a reader needs: 较去年上升8.4个百分点, 达到目标."""
    kind, direction = _attr(figure, "kind"), _attr(figure, "direction")
    if kind in CHANGE_KINDS and direction:
        return change_phrase(figure, previous_word)
    return figure_display(figure)


def assessment_word(assessment: str | None) -> str | None:
    """向好 / 变差 / 持平, or None when the metric has no better direction."""
    return load_directions().assessments.get(assessment) if assessment else None


def preferred_change(figures: Figures, metric: str, kind: str | None) -> Figure | None:
    """The change figure a metric's comparison states: points for a rate, 分 for a score…"""
    for suffix in change_measures(kind):
        figure = figures.get(f"{metric}.{suffix}")
        if figure is not None:
            return figure
    return None
