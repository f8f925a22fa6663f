"""Names as users type them: a metric, team or category name with a gloss in brackets at its end
(派单及时率(2小时内派单), 海外客服部（英语组14人、西语组11人）) names the thing without it."""

from __future__ import annotations

import re

_GLOSS = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def without_gloss(name: str) -> str:
    """`name` without a last part in brackets that describes it (设施设备(电梯扶梯/空调) → 设施设备)."""
    return _GLOSS.sub("", name)
