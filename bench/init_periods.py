"""The period `init` (and the interview's setup) defaults to, for each report type on sample dates.

    .venv/bin/python bench/init_periods.py

The default is the last complete period of the type: a quarterly file started on any day of
a quarter is about the previous quarter; month, half-year, year and week likewise. Prints a
table and checks that no default period has begun in the future or has not yet ended.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DATES = [date(2026, 1, 1), date(2026, 2, 3), date(2026, 3, 31), date(2026, 4, 1), date(2026, 6, 30),
         date(2026, 7, 1), date(2026, 9, 15), date(2026, 10, 1), date(2026, 11, 28), date(2026, 12, 4),
         date(2026, 12, 31)]
TYPES = ["weekly", "monthly", "quarterly", "half-year", "year-end"]


def main() -> None:
    from cswriter.facts.template import default_period

    print(f"{'today':12}" + "".join(f"{t:>25}" for t in TYPES))
    bad = 0
    for today in DATES:
        cells = []
        for kind in TYPES:
            start, end = default_period(kind, today)
            bad += end >= today
            cells.append(f"{start}..{end}")
        print(f"{today.isoformat():12}" + "".join(f"{c:>25}" for c in cells))
    print(f"{len(DATES) * len(TYPES)} defaults, {bad} not yet ended on the day")


if __name__ == "__main__":
    main()
