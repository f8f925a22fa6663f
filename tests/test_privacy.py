"""Personal data: found with checksums (few false alarms) and masked for prompts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from helpers import examples

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


@settings(max_examples=examples(300), deadline=None)
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


# --- masking by normalisation: every form a number is typed in ---------------------------------

import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from cswriter.text.privacy import fold, redact_prompt  # noqa: E402

_FORMS = {
    "ascii": lambda d: d,
    "full-width": lambda d: chr(0xFF10 + int(d)),
    "arabic-indic": lambda d: chr(0x0660 + int(d)),
    "extended arabic-indic": lambda d: chr(0x06F0 + int(d)),
    "circled": lambda d: "⓪" if d == "0" else chr(0x2460 + int(d) - 1),
    "chinese": lambda d: "〇一二三四五六七八九"[int(d)],
    "capital chinese": lambda d: "零壹贰叁肆伍陆柒捌玖"[int(d)],
}
_SEPARATORS = ["", " ", "-", "_", "/", ".", "\u3000", "\u2009", "\u00a0", "—", "–", "－", "\u202f", "·"]


def _typed(digits: str, groups: list[int], form: str, sep: str) -> str:
    out, pos = [], 0
    for size in groups:
        out.append("".join(_FORMS[form](d) for d in digits[pos:pos + size]))
        pos += size
    return sep.join(out)


def _id_number(body: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(sorted(_FORMS)), st.sampled_from(_SEPARATORS), st.integers(3, 9),
       st.integers(0, 99_999_999), st.sampled_from(["客户电话", "联系方式：", "手机", ""]),
       st.sampled_from(["，已回访。", "。", " 转人工", ""]))
def test_every_form_of_a_mobile_number_is_masked_in_a_prompt(form, sep, second, rest, before, after):
    digits = f"1{second}{rest:08d}"[:11].ljust(11, "0")
    typed = _typed(digits, [3, 4, 4], form, sep)
    for text in (before + typed + after, before + "(" + typed[:len(typed) // 2] + ")" + typed[len(typed) // 2:] + after):
        masked = redact_prompt(text)
        assert digits not in "".join(c for c in fold(masked) if c.isdigit()), (text, masked)
        assert "****" in masked
    assert find_pii(before + typed + after), typed


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(sorted(_FORMS)), st.sampled_from(_SEPARATORS), st.integers(0, 999))
def test_every_form_of_an_id_number_is_masked_in_a_prompt(form, sep, sequence):
    number = _id_number(f"11010119900307{sequence:03d}")
    digits, check = number[:17], number[17]
    typed = _typed(digits, [6, 8, 3], form, sep) + (check if check == "X" else _FORMS[form](check))
    masked = redact_prompt(f"身份证号{typed}，已核实。")
    assert "19900307" not in "".join(c for c in fold(masked) if c.isdigit()), masked


@pytest.mark.parametrize("text", [
    "１３８　１２３４　５６７８", "138_1234_5678", "138/1234/5678", "(138)1234-5678", "138—1234—5678",
    "138\u20091234\u20095678", "١٣٨١٢٣٤٥٦٧٨", "①③⑧①②③④⑤⑥⑦⑧", "一三八一二三四五六七八",
])
def test_the_reported_phone_forms_are_found_by_lint_and_masked_in_prompts(text):
    from cswriter.lint import lint_text

    assert "1234" not in fold(redact_prompt(text))
    assert any(f.code.startswith("CS6") for f in lint_text(f"客户电话{text}，已回访。", path="稿.md"))


@pytest.mark.parametrize(("text", "gone"), [
    ("联系邮箱 张三@例子.中国", "张三@"),
    ("邮箱 zhang.wei@公司.cn 已回复", "zhang.wei@"),
    ("座机 010-12345678 已回拨", "12345678"),
    ("座机（０１０）６２３４５６７８", "６２３４"),
])
def test_landlines_and_international_e_mail_addresses_are_masked(text, gone):
    assert gone not in redact_prompt(text)
