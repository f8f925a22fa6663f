"""Targets a note tells in words: the one rule for a target changed during the period
(全年目标原为88分，4月1日部门上调为90分), read by the facts model: the earlier target and each
half's level are figures of the metric, and the section data tell the writer when it changed."""

from __future__ import annotations

import re


def target_change_in(note: str | None, target: float | None) -> tuple[float, str, float] | None:
    """(earlier target, when, target) a note says of a target changed during the period
    (全年目标原为88分，4月1日部门上调为90分 → 88, 4月1日, 90), the new value being `target`
    (metrics.yaml `target_changed`); None otherwise."""
    from cswriter.domain import load_yaml_resource

    patterns = load_yaml_resource("metrics.yaml").get("target_changed") or ()
    # (one pattern, or several ways of saying it: 季初定的是85%，8月18日…把本季目标调成了80%)
    patterns = [patterns] if isinstance(patterns, str) else list(patterns)
    said = next((m for p in patterns if note and (m := re.search(p, note))), None)
    if said is None or target is None or float(said["new"]) != float(target):
        return None
    return float(said["old"]), said["when"], float(said["new"])


def halves_in(note: str | None, when: str) -> tuple[float, float] | None:
    """(first half's level, second half's) a note gives of a year whose target changed in July
    (上半年实际92.3%…下半年89.3% → 92.3, 89.3: metrics.yaml `target_changed_halves`); None when
    the target changed at another time or the note gives no halves."""
    from cswriter.domain import load_yaml_resource

    rule = load_yaml_resource("metrics.yaml").get("target_changed_halves") or {}
    if not rule.get("levels") or not note or not when.startswith(str(rule.get("when") or "-")):
        return None
    said = re.search(rule["levels"], note)
    return (float(said["first"]), float(said["second"])) if said else None
