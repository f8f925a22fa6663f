"""Personal data: found with checksums (few false alarms) and masked for prompts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cswriter.text.privacy import find_pii, id_checksum_ok, luhn_ok, redact

CASE = ("客户张先生(电话13812345678,身份证11010519491231002X,卡号6222 0212 3456 7890 128)"
        "邮箱zhang.san@example.com,座机010-62345678")


def test_finds_each_kind_once() -> None:
    kinds = [m.kind for m in find_pii(CASE)]
    assert kinds == ["mobile", "id_card", "bank_card", "email", "landline"]


def test_redact_masks_like_service_systems() -> None:
    out = redact(CASE)
    assert "138****5678" in out
    assert "110105********002X" in out
    assert "6222***********0128" in out
    assert "z***@example.com" in out
    assert "010-****5678" in out
    assert find_pii(out) == []


def test_checksums_keep_order_numbers_and_hotlines_out() -> None:
    assert id_checksum_ok("11010519491231002X")
    assert not id_checksum_ok("110105194912310021")
    assert luhn_ok("6222021234567890128")
    text = "订单号20250812345678901234,服务热线400-050-0827,全年处理125,380件,已打码138****5678"
    assert find_pii(text) == []


def test_mobile_with_country_code_and_spaces() -> None:
    assert [m.kind for m in find_pii("请回电 +86 138 1234 5678 谢谢")] == ["mobile"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789１２３ -()X客服电话", max_size=40))
def test_the_quick_digit_check_never_hides_personal_data(text):
    import re

    from cswriter.text import privacy

    original = privacy._DIGIT_RUN
    try:
        privacy._DIGIT_RUN = re.compile("")  # always "found": every scan runs
        full = privacy.find_pii(text)
    finally:
        privacy._DIGIT_RUN = original
    assert privacy.find_pii(text) == full
