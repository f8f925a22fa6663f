"""Rounding and number formatting, in one place.

Every derived figure is rounded here, and every comparison of a stated figure with an
exact one goes through `agrees`, so drafting, checking and linting never disagree about
whether "343" is the daily mean of 125,380 over 365 days (it is: 343.51, truncated).
"""

from __future__ import annotations

import math

PERCENT_DECIMALS = 1      # 112.6%, 15.2%
POINTS_DECIMALS = 1       # 1.2个百分点
MEAN_DECIMALS = 0         # 日均343件
SEPARATOR_FROM = 10_000   # 125,380 but 1200


def round_half_up(value: float, decimals: int) -> float:
    """Round the way people and spreadsheets do (2.25 → 2.3), not banker's rounding."""
    if not math.isfinite(value) or abs(value) >= 1e15:
        # Beyond what a report states; Decimal.quantize would overflow its precision here.
        return float(round(value, decimals)) if math.isfinite(value) else value
    if decimals >= 0:
        # Already at that precision (every figure the linter reformats is): nothing to
        # round, and the decimal module (~2 ms to import) is not needed.
        text = repr(float(value))
        if "e" not in text and len(text) - text.index(".") - 1 <= max(decimals, 1) and (
                decimals > 0 or text.endswith(".0")):
            return float(value)
    from decimal import ROUND_HALF_UP, Decimal

    quantum = Decimal(1).scaleb(-decimals)
    # (15 significant digits first: a quotient's binary noise is no part of the figure —
    # (80 − 74.2) ÷ 80 is 7.25%, not 7.2499999999999964%, and rounds to 7.3%: blind round 8)
    return float(Decimal(f"{value:.15g}").quantize(quantum, rounding=ROUND_HALF_UP))


def significant_decimals(value: float, decimals: int, limit: int = 4) -> int:
    """`decimals`, or more when the value would otherwise round to zero.

    A derived figure is stated with its usual precision (one decimal for percentages and
    points), but a small non-zero change keeps its first significant digit: 0.01 points
    prints as "0.01个百分点", never as "0.0个百分点", which reads as no change at all.
    """
    if not math.isfinite(value) or value == 0:
        return decimals
    while decimals < limit and round_half_up(abs(value), decimals) == 0:
        decimals += 1
    return decimals


def decimals_of(value: float, limit: int = 4) -> int:
    """How many decimals a value given by the user carries (98.5 → 1, 125380 → 0)."""
    text = repr(float(value))
    if "e" in text or "E" in text or not math.isfinite(value):
        return 0
    frac = text.split(".")[1].rstrip("0") if "." in text else ""
    return min(len(frac), limit)


def format_number(value: float, decimals: int | None = None) -> str:
    """125380 → "125,380"; 98.5 → "98.5"; 2.10 with decimals=1 → "2.1"."""
    if decimals is None:
        decimals = decimals_of(value)
    rounded = round_half_up(value, decimals)
    if not math.isfinite(rounded):
        return str(rounded)
    if decimals == 0:
        integer = int(rounded)
        return f"{integer:,}" if abs(integer) >= SEPARATOR_FROM else str(integer)
    text = f"{rounded:.{decimals}f}"
    if abs(rounded) >= SEPARATOR_FROM:
        whole, frac = text.split(".")
        text = f"{int(whole):,}.{frac}"
    return text


def format_difference(a: float, b: float) -> str:
    """|a − b| at the precision of the two values: 5.2 − 4.6 → "0.6", not the float's
    0.6000000000000005 read as four decimals ("0.6000")."""
    return format_number(abs(a - b), max(decimals_of(a), decimals_of(b)))


def agrees(stated: float, exact: float, stated_decimals: int, truncated_ok: bool = True) -> bool:
    """Does a stated figure fit an exact one at the precision it was stated with?

    It fits when it is the exact value rounded half-up, or truncated, at the stated number
    of decimals: 343 and 344 both fit 343.51 (people truncate daily means), 98.5 fits 98.49,
    but 4 does not fit 3.1. Negative decimals express 万-style precision (1.2万 → -3).
    With `truncated_ok` false only the half-up rounding fits (18.0 % does not fit 18.095 %).
    """
    scale = 10.0 ** stated_decimals
    tolerance = 1e-9 * max(1.0, abs(stated))
    if abs(stated - round_half_up(exact, stated_decimals)) <= tolerance:
        return True
    if not truncated_ok:
        return False
    truncated = math.trunc(exact * scale + 1e-9 * math.copysign(1, exact)) / scale
    return abs(stated - truncated) <= tolerance
