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


def halves_in(note: str | None, when: str) -> tuple[float, float, str, str] | None:
    """(level before the change, level from it, and the words naming each part) a note gives of a
    target changed during the period: a year's halves when it changed in July (上半年实际92.3%…
    下半年89.3% → 92.3, 89.3, 上半年, 下半年), or the months before and from the month it changed
    (1—3月平均31秒…，4—6月平均25秒 with a change on 4月1日 → 31, 25, 1—3月, 4—6月): metrics.yaml
    `target_changed_halves`. None when the note gives no such parts."""
    from cswriter.domain import load_yaml_resource

    rule = load_yaml_resource("metrics.yaml").get("target_changed_halves") or {}
    if not note:
        return None
    if rule.get("levels") and when.startswith(str(rule.get("when") or "-")):
        # (several forms, the first that matches: 上半年…闭环率91.0%；下半年…闭环率93.5% — review 130)
        forms = [rule["levels"]] if isinstance(rule["levels"], str) else rule["levels"]
        said = next(filter(None, (re.search(form, note) for form in forms)), None)
        if said:
            # (a part named by its months, 7—11月 of data that stop in November, keeps its name)
            named = said.groupdict().get("second_span")
            return float(said["first"]), float(said["second"]), "上半年", re.sub(r"\s+", "", named or "下半年")
    day = re.match(r"\d{1,2}月(\d{1,2})[日号]", when)
    said = re.search(rule["day_spans"], note) if rule.get("day_spans") and day else None
    if said is not None and int(said["second_start"]) == int(day.group(1)):
        return (float(said["first"]), float(said["second"]), re.sub(r"\s+", "", said["first_span"]),
                re.sub(r"\s+", "", said["second_span"]))
    month = re.match(r"(\d{1,2})月", when)
    said = re.search(rule["spans"], note) if rule.get("spans") and month else None
    if said is None or int(said["second_start"]) != int(month.group(1)):
        return None
    return (float(said["first"]), float(said["second"]), re.sub(r"\s+", "", said["first_span"]),
            re.sub(r"\s+", "", said["second_span"]))
