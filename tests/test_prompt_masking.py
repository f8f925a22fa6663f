"""Masking a whole prompt: the shapes people type, and numbers glued together by templates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cswriter.text.privacy import _ID_CHECK, _ID_WEIGHTS, known_pii, redact_prompt


def valid_id(first17: str = "11010119900307123") -> str:
    return first17 + _ID_CHECK[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS)) % 11]


ID = valid_id()


@pytest.mark.parametrize(("text", "secret"), [
    ("客户电话１３８１２３４５６７８。", "１３８１２３４５６７８"),
    ("客户电话138.1234.5678。", "138.1234.5678"),
    ("客户电话138 1234 5678。", "138 1234 5678"),
    ("客户电话+86 138-1234-5678。", "138-1234-5678"),
    (f"身份证 {ID[:6]} {ID[6:14]} {ID[14:]} 已核实", f"{ID[6:14]}"),
    (f"身份证{ID}。", ID),
    ("卡号 6222 0212 3456 7890 128。", "0212 3456 7890"),
    ("邮箱 wang.li@example.com。", "wang.li@example.com"),
])
def test_personal_data_in_any_typed_shape_is_masked(text, secret):
    assert secret not in redact_prompt(text)


@pytest.mark.parametrize("text", [
    "全年受理来电 125,380 通，同比增长 8.6%，接通率 95.2%。",
    "统计期 2025.01.01 至 2025.12.31，共 12 个月。",
    "工单号 20250312001 已关闭。",
    "2024 2025 2026 三年对比。",
])
def test_report_figures_are_left_alone(text):
    assert redact_prompt(text) == text


def test_a_phone_glued_to_the_year_by_a_title_is_masked_with_what_the_fields_held():
    known = known_pii(["客服一组13812345678"])
    prompt = "《客服一组138123456782025年度年终工作总结》"
    masked = redact_prompt(prompt, known)
    assert "13812345678" not in masked and "138****5678" in masked


@given(st.text(alphabet="0123456789 .-１２３４５６７８９０年月日通件", max_size=60))
def test_masking_never_crashes_and_never_grows_a_mobile_number(text):
    masked = redact_prompt(text)
    assert isinstance(masked, str)
    assert "13812345678" not in masked or "13812345678" in text


def test_a_hostile_run_of_spaced_digits_is_masked_in_linear_time():
    import time

    text = " ".join("7" for _ in range(20000))
    started = time.monotonic()
    redact_prompt(text)
    assert time.monotonic() - started < 15  # linear: well under a second on a quiet machine


def test_thousands_of_numbers_in_one_prompt_are_masked_quickly():
    import time

    text = " ".join("13812345678" for _ in range(3000))
    started = time.monotonic()
    masked = redact_prompt(text)
    assert "13812345678" not in masked
    assert time.monotonic() - started < 15  # linear: well under a second on a quiet machine
