"""Classes of behaviour the fourteenth blind review found in the offline drafts, asserted
over every fixture and over variants of them."""

from __future__ import annotations

import re

import pytest
from helpers import REALISTIC, drafted_offline, drafted_variant


NAMES = [p.stem for p in REALISTIC]


def _section(markdown: str, title_part: str) -> str:
    for block in re.split(r"^## ", markdown, flags=re.M)[1:]:
        if title_part in block.splitlines()[0]:
            return block
    return ""


@pytest.mark.parametrize("name", NAMES)
def test_the_opening_is_no_job_description(name):
    """Review 14 (B): "我在X担任Y，主要<职责>，服务渠道包括<渠道>" pasted from the duties in every
    draft. The overview opens with what the period's work was, without the channel list and
    without the duties' semicolon-joined list."""
    facts, _, markdown = drafted_offline(name)
    overview = _section(markdown, "工作概述")
    if not overview:
        pytest.skip("no overview")
    assert "服务渠道" not in overview, overview
    assert not re.search(r"，主要[^。]*；", overview), overview
    for channel in facts.report.channels:
        assert channel not in overview.split("。")[0], overview


def test_a_short_duty_is_the_work_a_long_list_is_left_to_the_job_title(tmp_path):
    """…the duties' first clause names the work when it is one short account; a list of four
    duties is the job description, and the opening names the job title instead."""
    def short(data):
        data["report"]["duties"] = "处理保单查询和理赔咨询;负责续保提醒回访"
    markdown = drafted_variant(tmp_path, "quarterly-insurance", short)[2]
    opening = _section(markdown, "工作概述").splitlines()[2]
    assert "处理保单查询和理赔咨询" in opening and "续保提醒回访" not in opening, opening

    def listed(data):
        data["report"]["duties"] = "处理保单查询、保全变更、理赔咨询、续保提醒回访"
    (tmp_path / "b").mkdir()
    markdown = drafted_variant(tmp_path / "b", "quarterly-insurance", listed)[2]
    opening = _section(markdown, "工作概述").splitlines()[2]
    assert "保全变更" not in opening and "担任" in opening, opening
