"""Scores of a stored blind report review (fixtures/report-reviews/review-NN), per reviewer.

    python bench/report_review_scores.py fixtures/report-reviews/review-29

A review folder holds `key.json` (which draft is which fixture, and which version: "prev",
"new", or one version only) and `reviewer-*/scores.json` (1–5 per criterion per draft, written
by reviewer sessions that never saw the key). For each reviewer this prints each version's
means and how many fixtures score at least 4 on both structure and prose (issue 23's bar), then
each fixture's structure / prose / overall per version. With more than one reviewer it also
prints the per-fixture median over the reviewers, which is the figure to trust: the same drafts
have scored 9 of 9 from one reviewer and 4 of 9 from another.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

CRITERIA = ("structure", "prose", "overall")


def main(folder: Path) -> None:
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    reviewers = sorted(p for p in folder.glob("reviewer-*") if (p / "scores.json").exists())
    sides = sorted({v["side"] for v in key.values()}, key=lambda s: (s != "prev", s))
    fixtures = sorted({v["fixture"] for v in key.values()})
    table: dict[tuple[str, str, str], tuple[int, ...]] = {}
    for reviewer in reviewers:
        scores = json.loads((reviewer / "scores.json").read_text(encoding="utf-8"))
        # (a reviewer with a shuffle of their own keeps its key beside the scores)
        key = json.loads((reviewer / "key.json").read_text(encoding="utf-8")) \
            if (reviewer / "key.json").exists() else json.loads((folder / "key.json").read_text(encoding="utf-8"))
        name = reviewer.name.removeprefix("reviewer-")
        print(f"reviewer {name}")
        for side in sides:
            drafts = [d for d in scores if key[d]["side"] == side]
            means = " / ".join(f"{sum(scores[d][c] for d in drafts) / len(drafts):.2f}" for c in CRITERIA)
            both = sum(1 for d in drafts if scores[d]["structure"] >= 4 and scores[d]["prose"] >= 4)
            print(f"  {side:5s} structure / prose / overall {means}; both >= 4: {both} of {len(drafts)}")
            for d in drafts:
                table[(name, side, key[d]["fixture"])] = tuple(scores[d][c] for c in CRITERIA)
        for fixture in fixtures:
            cells = [f"{side} {'/'.join(map(str, table[(name, side, fixture)]))}" for side in sides
                     if (name, side, fixture) in table]
            print(f"    {fixture:22s} " + "   ".join(cells))
    if len(reviewers) > 1:
        print("median over reviewers (structure / prose / overall)")
        names = [r.name.removeprefix("reviewer-") for r in reviewers]
        for side in sides:
            both = 0
            for fixture in fixtures:
                rows = [table[(n, side, fixture)] for n in names if (n, side, fixture) in table]
                medians = [statistics.median(r[i] for r in rows) for i in range(len(CRITERIA))]
                both += medians[0] >= 4 and medians[1] >= 4
                print(f"  {side:5s} {fixture:22s} " + " / ".join(f"{m:g}" for m in medians))
            print(f"  {side:5s} both >= 4 by the median: {both} of {len(fixtures)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
