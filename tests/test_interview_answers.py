"""Reading answers as people type them, and writing them into a facts file without loss."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from helpers import examples

from cswriter.check import check_facts
from cswriter.facts.document import FactsDocument, parse_path
from cswriter.facts.template import render_template
from cswriter.interview.answers import (
    AnswerError,
    Quantity,
    parse_answer_date,
    parse_integer,
    parse_period,
    parse_plan_target,
    parse_quantity,
    parse_report_type,
    parse_scale,
    parse_share_list,
    split_name_quantity,
)
from cswriter.interview.engine import Interview, create_document


@pytest.mark.parametrize(("typed", "expected"), [
    ("95.2%", Quantity(95.2, "%")),
    ("95.2%", Quantity(95.2, "%")),
    ("4.8分(满分5分)", Quantity(4.8, "分", 5)),
    ("4.8 分(满分 5 分)", Quantity(4.8, "分", 5)),
    ("4.8分\uff08满分5分\uff09", Quantity(4.8, "分", 5)),   # full-width brackets
    ("\uff11\uff12\uff10\uff10件", Quantity(1200, "件")),      # full-width digits
    ("95.2\uff05", Quantity(95.2, "%")),
    ("9.2分(10分制)", Quantity(9.2, "分", 10)),
    ("两分钟", Quantity(2, "分钟")),
    ("12.5万件", Quantity(125000, "件")),
    ("125,380", Quantity(125380)),
    ("两万五千", Quantity(25000)),
    ("约1,200件", Quantity(1200, "件")),
    ("1200件左右", Quantity(1200, "件")),
    ("1分30秒", Quantity(90, "秒")),
    ("1小时20分钟", Quantity(80, "分钟")),  # in its smallest written unit, as in prose
    ("百分之九十五", Quantity(95, "%")),
    ("四点八分", Quantity(4.8, "分")),
    ("1200", Quantity(1200)),
])
def test_numbers_are_read_as_people_type_them(typed: str, expected: Quantity) -> None:
    assert parse_quantity(typed) == expected


@pytest.mark.parametrize("typed", ["很多", "不知道", "abc", "满分5分", "", "12件吧吧吧吧吧"])
def test_unusable_numbers_are_explained(typed: str) -> None:
    with pytest.raises(AnswerError) as info:
        parse_quantity(typed)
    assert info.value.message  # a Chinese explanation, never a bare exception


@given(st.integers(min_value=0, max_value=10**9))
def test_thousands_separators_and_wan(n: int) -> None:
    assert parse_quantity(f"{n:,}").value == n
    assert parse_quantity(f"{n:,}件").unit == "件"
    assert parse_quantity(f"{n / 10_000}万").value == pytest.approx(n)


_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """An integer below 10^8 written in Chinese numerals (两万五千, 一百零五)."""
    def below_10k(k: int) -> str:
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = k // value % 10
            if d:
                if zero and out:
                    out += "零"
                out += _DIGITS[d] + unit
                zero = False
            else:
                zero = True
        return out
    if n == 0:
        return "零"
    high, low = divmod(n, 10_000)
    text = below_10k(high) + "万" if high else ""
    if low:
        text += ("零" if high and low < 1000 else "") + below_10k(low)
    return text


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals(n: int) -> None:
    assert parse_quantity(_chinese(n)).value == n
    assert parse_quantity(_chinese(n) + "件") == Quantity(n, "件")


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_dates_in_every_usual_spelling(d: date) -> None:
    for typed in (d.isoformat(), f"{d.year}年{d.month}月{d.day}日", f"{d.year}/{d.month}/{d.day}"):
        assert parse_answer_date(typed, year=2000) == d


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2098, 12, 31)))
def test_a_deadline_without_a_year_lands_after_the_period(end: date) -> None:
    deadline = parse_answer_date("6月底", year=end.year, after=end)
    assert deadline > end and (deadline.month, deadline.day) == (6, 30)


def test_period_ends_and_ranges() -> None:
    assert parse_answer_date("2026年6月底", year=2000) == date(2026, 6, 30)
    assert parse_answer_date("2026年Q2", year=2000) == date(2026, 6, 30)
    today = date(2026, 11, 20)
    assert parse_period("2026-11-16 至 2026-11-22", today) == (date(2026, 11, 16), date(2026, 11, 22))
    assert parse_period("2026年11月", today) == (date(2026, 11, 1), date(2026, 11, 30))
    assert parse_period("2026年Q3", today) == (date(2026, 7, 1), date(2026, 9, 30))
    assert parse_period("2026年上半年", today) == (date(2026, 1, 1), date(2026, 6, 30))
    assert parse_period("上周", today) == (date(2026, 11, 9), date(2026, 11, 15))
    with pytest.raises(AnswerError):
        parse_period("2026-11-30 至 2026-11-01", today)


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31)), st.integers(0, 400))
def test_a_period_range_round_trips(start: date, days: int) -> None:
    end = start + timedelta(days=days)
    assert parse_period(f"{start} 至 {end}") == (start, end)


def test_shares_names_and_targets() -> None:
    assert parse_share_list("退换货办理 35%、物流查询 25%,发票 120件") == [
        {"name": "退换货办理", "share": 35}, {"name": "物流查询", "share": 25}, {"name": "发票", "count": 120}]
    with pytest.raises(AnswerError):
        parse_share_list("退换货 135%")
    assert split_name_quantity("一次解决率90%") == ("一次解决率", Quantity(90, "%"))
    assert split_name_quantity("15秒接通率 90%") == ("15秒接通率", Quantity(90, "%"))
    assert parse_plan_target("平均响应时长降至110秒") == ("平均响应时长", Quantity(110, "秒"))
    assert parse_plan_target("95%") == (None, Quantity(95, "%"))
    with pytest.raises(AnswerError, match="变化量"):
        parse_plan_target("提升5%")
    assert parse_integer("12人") == 12
    with pytest.raises(AnswerError):
        parse_integer("12.5人")
    assert (parse_scale("5分制"), parse_scale("满分10分"), parse_scale("百分制")) == (5, 10, 100)
    assert [parse_report_type(t) for t in ("5", "周报", "monthly", "年终总结")] == [
        "weekly", "weekly", "monthly", "year-end"]


# ---------------------------------------------------------------------------------------
# Answers applied to a facts file


@pytest.fixture
def interview(tmp_path: Path) -> Interview:
    path = tmp_path / "月报.yaml"
    doc = create_document(path, "monthly", "客服主管", (date(2026, 10, 1), date(2026, 10, 31)),
                          today=date(2026, 11, 5))
    return Interview(doc, today=date(2026, 11, 5))


def test_a_metric_answer_is_converted_to_the_metrics_unit(interview: Interview) -> None:
    outcome = interview.answer("metrics[3].value", "2分10秒")
    assert interview.facts.metrics[3].value == 130 and interview.facts.metrics[3].unit == "秒"
    outcome = interview.answer("metrics[3].previous", "2.5分钟")
    assert interview.facts.metrics[3].previous == 150
    assert outcome.notes == ["已换算为 150秒。"]


def test_a_score_needs_its_scale_and_cannot_exceed_it(interview: Interview) -> None:
    with pytest.raises(AnswerError, match="几分制"):
        interview.answer("metrics[1].value", "4.8")
    interview.answer("metrics[1].value", "4.8分(满分5分)")
    assert (interview.facts.metrics[1].value, interview.facts.metrics[1].scale) == (4.8, 5)
    with pytest.raises(AnswerError, match="超过了满分"):
        interview.answer("metrics[1].target", "6分")


def test_a_contradiction_is_refused_and_the_file_is_not_touched(interview: Interview) -> None:
    before = interview.doc.path.read_bytes()
    with pytest.raises(AnswerError, match="不能超过 100%"):
        interview.answer("metrics[2].value", "101%")
    interview.answer("complaints.types", "物流延迟 9件、服务态度 4件")
    with pytest.raises(AnswerError, match="超过总数"):
        interview.answer("complaints.total", "10件")
    assert interview.facts.complaints.total is None
    assert interview.doc.path.read_bytes() != before  # only the valid answer was written


def test_every_answer_is_on_disk_at_once(interview: Interview) -> None:
    interview.answer("report.team_size", "12人")
    assert FactsDocument.load(interview.doc.path).facts().report.team_size == 12


def test_an_edit_made_by_someone_else_meanwhile_is_kept(interview: Interview) -> None:
    path = interview.doc.path
    text = path.read_text(encoding="utf-8").replace("  author:  ", "  author: 张敏")
    path.write_text(text + "# 另一个编辑器加的备注\n", encoding="utf-8")
    interview.answer("report.team_size", "8")
    reread = path.read_text(encoding="utf-8")
    assert "author: 张敏" in reread and "# 另一个编辑器加的备注" in reread
    assert FactsDocument.load(path).facts().report.team_size == 8


def test_questions_are_exactly_the_checks_findings(interview: Interview) -> None:
    findings = [(f.code, f.field) for f in check_facts(interview.facts).findings if f.field]
    assert [(q.code, q.field) for q in interview.questions()] == findings


def test_appended_items_keep_the_templates_comments_after_them(tmp_path: Path) -> None:
    path = tmp_path / "周报.yaml"
    path.write_text(render_template("weekly", "客服专员", today=date(2026, 11, 20)), encoding="utf-8")
    iv = Interview(FactsDocument.load(path), today=date(2026, 11, 20))
    iv.answer("cases", {"title": "退款延迟安抚", "result": "2天内全部退款"})
    iv.answer("cases", {"title": "误发货补发", "kind": "lesson", "result": "补发用时3天"})
    text = path.read_text(encoding="utf-8")
    # Both cases come before the commented example that followed `cases: []`.
    assert text.index("误发货补发") < text.index("# - title: 8月区域性网络故障应急处理") < text.index("problems:")
    assert "cases:                         # 典型案例：至少一个成功经验、一个教训" in text


def test_paths_are_checked() -> None:
    assert parse_path("metrics[1].target") == ["metrics", 1, "target"]
    assert parse_path("monthly.rows.2026-11") == ["monthly", "rows", "2026-11"]
    for bad in ("[0]", "metrics..value", "metrics[x]"):
        with pytest.raises(Exception):
            parse_path(bad)


@settings(max_examples=examples(30), deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=5))
def test_shares_over_100_are_always_refused(tmp_path_factory: pytest.TempPathFactory, shares: list[int]) -> None:
    path = tmp_path_factory.mktemp("shares") / "周报.yaml"
    path.write_text(render_template("weekly", "客服专员", today=date(2026, 11, 20)), encoding="utf-8")
    iv = Interview(FactsDocument.load(path), today=date(2026, 11, 20))
    typed = "、".join(f"类型{i} {s}%" for i, s in enumerate(shares))
    if sum(shares) > 100:
        with pytest.raises(AnswerError, match="超过 100%"):
            iv.answer("categories", typed)
        assert iv.facts.categories == []
    else:
        iv.answer("categories", typed)
        assert [c.share for c in iv.facts.categories] == shares


def test_a_missing_team_metric_is_added_by_its_value_alone(interview: Interview) -> None:
    # A lead's report needs 培训覆盖率 and 离职率 (CK502): both findings point at "metrics"
    # and name their metric (`Finding.metric`).
    missing = [f for f in interview.check().findings if f.code == "CK502"]
    assert len(missing) == 0  # the lead template already lists them
    path = interview.doc.path
    text = path.read_text(encoding="utf-8")
    cut = text.index("  - name: 培训覆盖率")
    path.write_text(text[:cut] + text[text.index("  # 比率可附上计数"):], encoding="utf-8")
    iv = Interview(FactsDocument.load(path), today=date(2026, 11, 5))
    missing = [f for f in iv.check().findings if f.code == "CK502"]
    assert [f.metric for f in missing] == ["training_coverage", "turnover_rate"]
    assert [iv.new_metric_name(f) for f in missing] == ["培训覆盖率", "离职率"]
    assert iv.example(missing[0]) == {"name": "培训覆盖率", "value": "93.5%"}
    iv.answer("metrics", {"name": "培训覆盖率", "value": "100%"}, finding=missing[0])
    left = [f for f in iv.check().findings if f.code == "CK502"]
    assert [iv.new_metric_name(f) for f in left] == ["离职率"]
    assert (iv.facts.metrics[-1].name, iv.facts.metrics[-1].unit) == ("培训覆盖率", "%")


def test_the_new_metric_comes_from_the_finding_not_from_its_question_text(interview: Interview) -> None:
    # The question's wording is free to change (or to quote something else): the metric to
    # add is the one the finding names.
    template = next(f for f in interview.check().findings if f.field)
    reworded = template.model_copy(update={
        "code": "CK502", "field": "metrics", "metric": "turnover_rate",
        "question": "团队本期的“培训覆盖率”之外，还缺一个指标，是多少？",
    })
    assert interview.new_metric_name(reworded) == "离职率"
    assert interview.example(reworded) == {"name": "离职率", "value": "93.5%"}
    volume = reworded.model_copy(update={"code": "CK212", "metric": "volume", "question": "总量是多少？"})
    assert interview.new_metric_name(volume) == "咨询量"
    assert interview.new_metric_name(reworded.model_copy(update={"metric": None})) is None
