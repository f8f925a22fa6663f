"""Numbers to dial are no figures: `lint --facts` must not call a hotline wrong."""

from __future__ import annotations

import json

import pytest
from helpers import run_cli

FACTS = "fixtures/weekly-phone.yaml"


def _figure_findings(tmp_path, sentence: str) -> list[str]:
    draft = tmp_path / "d.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    result = run_cli("lint", draft, "--facts", FACTS, "--format", "json")
    return [f["code"] for f in json.loads(result.stdout)["findings"] if f["code"].startswith("CS4")]


@pytest.mark.parametrize("sentence", [
    "客户可拨打会员服务热线400-820-6688办理挂失。",
    "本周有客户通过4008206688反映扣款问题。",
    "客服热线95598全天受理咨询。",
    "12345热线转来的工单由我负责回复。",
    "请致电800-810-8888预约上门。",
])
def test_a_number_to_dial_is_not_traced(tmp_path, sentence):
    assert _figure_findings(tmp_path, sentence) == []


def test_a_wrong_count_beside_a_hotline_word_is_still_wrong(tmp_path):
    # 来电量 is 612通 in the facts: a count with its unit is a figure wherever it stands
    assert "CS401" in _figure_findings(tmp_path, "本周客服热线来电量为12345通。")
