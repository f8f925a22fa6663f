"""The one rule for a slogan plan: one that only says to improve something (抓一下满意度,
提高一次办结率, 继续提升专业能力), with no step, figure or date. `cswriter check` asks for it
(CK219) and the offline writer aims one that names a missed metric at that metric's target;
both read the pattern from checks.yaml `plan_slogan`."""

from __future__ import annotations

import re

from cswriter.domain import load_yaml_resource


def slogan_object(action: str | None) -> str | None:
    """What a slogan plan is to improve (满意度 in 抓一下满意度), or None when the action says
    more than that."""
    pattern = load_yaml_resource("checks.yaml").get("plan_slogan")
    said = re.match(pattern, (action or "").strip().rstrip("。.；;")) if pattern else None
    return said["object"] if said else None


def slogan_metric_name(action: str | None, names: list[str]) -> str | None:
    """The metric among `names` a slogan plan names (抓一下满意度 → 客户满意度: the longest name
    ending with what is to be improved), or None."""
    wanted = slogan_object(action)
    named = [n for n in names if wanted and len(wanted) >= 2 and n.endswith(wanted)]
    return max(named, key=len) if named else None
