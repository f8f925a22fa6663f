"""What a report must take up that its facts give no cause for — one rule, read by `check`
(before drafting: CK606, CK607) and by the offline writer (after drafting: the draft's notes).

Both work on the facts as plain data (`Facts.model_dump()` or a section's context), so that
the two can never disagree about what is missing.
"""

from __future__ import annotations

import re
from typing import Any


def bigrams(text: str) -> set[str]:
    """The pairs of adjacent characters (Chinese or digits) of a text: how much two fact
    strings share, whatever their wording around it."""
    plain = re.sub(r"[^\u4e00-\u9fff\d]", "", text or "")
    return {plain[i:i + 2] for i in range(len(plain) - 1)}


def case_text(case: dict[str, Any]) -> str:
    return " ".join([case.get("title") or "", case.get("situation") or "", case.get("result") or "",
                     *(case.get("actions") or [])])


def short_of_annual_target(kind: str, better: str | None, value: float | None, annual: float | None,
                           accumulates: bool = False) -> bool:
    """A half-year's level still on the wrong side of the annual target (not for counts,
    whose progress is a share of the year). A rate that adds up over the year (离职率) is off
    course when half the year has used more than half of a cap (16% of a 20% cap)."""
    if value is None or annual is None or kind == "count":
        return False
    if accumulates:
        return better == "lower" and value > annual / 2
    return (better == "higher" and value < annual) or (better == "lower" and value > annual)


def untaken_complaint_types(data: dict[str, Any], share_above: float) -> list[tuple[str, float]]:
    """The largest complaint types (ties included) above `share_above` percent of the
    complaints that no problem, case or plan is about, each with its share (one decimal)."""
    types = (data.get("complaints") or {}).get("types") or []
    total = sum(t.get("count") or 0 for t in types)
    most = max((t.get("count") or 0 for t in types), default=0)
    if not total or most * 100 / total <= share_above:
        return []
    texts = [" ".join([p.get("title") or "", p.get("evidence") or "", p.get("cause") or ""])
             for p in data.get("problems") or []]
    texts += [case_text(k) for k in data.get("cases") or []] + [p.get("action") or "" for p in data.get("plans") or []]

    def about(name: str) -> bool:
        return any(name in t for t in texts) or any(len(bigrams(name) & bigrams(t)) >= 2 for t in texts)
    return [(t["name"], round(t["count"] * 100 / total, 1)) for t in types
            if (t.get("count") or 0) == most and t.get("name") and not about(t["name"])]
