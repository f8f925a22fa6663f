"""Facts as people type them: a facts file and an interview answer read a figure the same way.

Every row of TYPED is entered three ways — as `value:` in a YAML facts file, as `"value"` in
a JSON facts file, and as the answer to the interview's question for that metric's value —
and all three must store the same number, unit and full marks. A unit is never dropped: it
comes from the value, the `unit:` key, or the canonical metric (metrics.yaml).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cswriter.check import check_facts, rate_looks_like_fraction
from cswriter.facts.document import FactsDocument
from cswriter.facts.model import load_facts
from cswriter.interview.answers import AnswerError
from cswriter.interview.engine import Interview, NeedsConfirmation
from cswriter.lint.document import Document
from cswriter.text.numbers import has_figure

REPORT = {"type": "monthly", "period": {"start": "2026-10-01", "end": "2026-10-31"},
          "role": "客服专员"}

# metric name, as typed, → value, unit, scale
TYPED = [
    ("咨询量", "12.5万", 125000, "件", None),
    ("咨询量", "12.5万件", 125000, "件", None),
    ("咨询量", "两万五", 25000, "件", None),
    ("咨询量", "两万五千件", 25000, "件", None),
    ("问题解决率", "百分之九十五", 95, "%", None),
    ("问题解决率", "95%", 95, "%", None),
    ("问题解决率", "九成五", 95, "%", None),
    ("问题解决率", "98.5%", 98.5, "%", None),
    ("问题解决率", "９８．５％", 98.5, "%", None),  # typed with a full-width keyboard
    ("平均响应时长", "200秒", 200, "秒", None),
    ("平均响应时长", "1分30秒", 90, "秒", None),
    ("平均处理时长", "两分钟", 2, "分钟", None),
    ("客户满意度", "4.8分（满分5分）", 4.8, "分", 5),
    ("客户满意度", "4.8分(满分5分)", 4.8, "分", 5),
    ("客户满意度", "9.2分（10分制）", 9.2, "分", 10),
]
IDS = [f"{name}={typed}" for name, typed, *_ in TYPED]


def _stored(facts_path: Path) -> tuple[float | None, str, float | None]:
    metric = load_facts(facts_path).metrics[0]
    return metric.value, metric.unit, metric.scale


def _through_yaml(tmp_path: Path, name: str, typed: str) -> tuple[float | None, str, float | None]:
    path = tmp_path / "facts.yaml"
    path.write_text(
        "report:\n  type: monthly\n  role: 客服专员\n"
        "  period: {start: 2026-10-01, end: 2026-10-31}\n"
        f"metrics:\n  - name: {name}\n    value: \"{typed}\"\n", encoding="utf-8")
    return _stored(path)


def _through_json(tmp_path: Path, name: str, typed: str) -> tuple[float | None, str, float | None]:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({"report": REPORT, "metrics": [{"name": name, "value": typed}]},
                               ensure_ascii=False), encoding="utf-8")
    return _stored(path)


def _through_interview(tmp_path: Path, name: str, typed: str) -> tuple[float | None, str, float | None]:
    path = tmp_path / "interview.yaml"
    path.write_text(
        "report:\n  type: monthly\n  role: 客服专员\n"
        "  period: {start: 2026-10-01, end: 2026-10-31}\n"
        f"metrics:\n  - name: {name}\n", encoding="utf-8")
    Interview(FactsDocument.load(path), today=date(2026, 11, 5)).answer("metrics[0].value", typed)
    return _stored(path)


def _through_interview_item(tmp_path: Path, name: str, typed: str) -> tuple[float | None, str, float | None]:
    """The whole metric typed on one line, as the interview's "add a metric" question takes it."""
    path = tmp_path / "item.yaml"
    path.write_text(
        "report:\n  type: monthly\n  role: 客服专员\n"
        "  period: {start: 2026-10-01, end: 2026-10-31}\n", encoding="utf-8")
    Interview(FactsDocument.load(path), today=date(2026, 11, 5)).answer("metrics", f"{name}{typed}")
    return _stored(path)


@pytest.mark.parametrize(("name", "typed", "value", "unit", "scale"), TYPED, ids=IDS)
def test_a_typed_figure_is_stored_the_same_by_every_path(
        tmp_path: Path, name: str, typed: str, value: float, unit: str, scale: float | None) -> None:
    expected = (pytest.approx(value), unit, scale)
    assert _through_yaml(tmp_path, name, typed) == expected
    assert _through_json(tmp_path, name, typed) == expected
    assert _through_interview(tmp_path, name, typed) == expected
    assert _through_interview_item(tmp_path, name, typed) == expected


def test_a_percentage_without_a_unit_key_drafts_with_its_percent_sign(tmp_path: Path) -> None:
    from cswriter.backends.offline import OfflineBackend
    from cswriter.draft import DraftOptions, draft_document

    path = tmp_path / "facts.yaml"
    path.write_text(
        "report:\n  type: monthly\n  role: 客服专员\n"
        "  period: {start: 2026-10-01, end: 2026-10-31}\n"
        "metrics:\n  - name: 问题解决率\n    value: \"98.5%\"\n    target: 98\n    previous: 97\n",
        encoding="utf-8")
    draft = draft_document(load_facts(path), OfflineBackend(), DraftOptions(use_cache=False))
    text = "\n".join(section.text for section in draft.sections)
    cells = [cell for section in draft.sections for table in section.tables for row in table.rows
             for cell in row]
    # The table states value and target with their % sign; the prose says the change in points.
    assert "98.5%" in cells and "98%" in cells and ("1.5个百分点" in text or "从97%提升到98.5%" in text)
    assert "98.5；" not in text and "98.5，" not in text


def test_a_value_in_another_unit_is_converted_to_the_unit_key(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(
        "report:\n  type: monthly\n  period: {start: 2026-10-01, end: 2026-10-31}\n"
        "metrics:\n  - name: 平均响应时长\n    unit: 秒\n    value: 2分钟\n    target: 1分30秒\n",
        encoding="utf-8")
    metric = load_facts(path).metrics[0]
    assert (metric.value, metric.target, metric.unit) == (120, 90, "秒")


def test_a_value_of_another_kind_than_its_unit_is_refused(tmp_path: Path) -> None:
    from cswriter.errors import InputError

    path = tmp_path / "facts.yaml"
    path.write_text(
        "report:\n  type: monthly\n  period: {start: 2026-10-01, end: 2026-10-31}\n"
        "metrics:\n  - name: 咨询量\n    unit: 件\n    value: 95%\n", encoding="utf-8")
    with pytest.raises(InputError, match="与单位“件”不一致"):
        load_facts(path)


# ---------------------------------------------------------------------------------------
# A rate written as a fraction: one rule, asked by check and by the interview.

def _facts_file(tmp_path: Path, metric: str) -> Path:
    path = tmp_path / "facts.yaml"
    path.write_text("report:\n  type: monthly\n  role: 客服专员\n"
                    "  period: {start: 2026-10-01, end: 2026-10-31}\n"
                    f"metrics:\n{metric}", encoding="utf-8")
    return path


def test_check_questions_a_rate_that_looks_like_a_fraction(tmp_path: Path) -> None:
    path = _facts_file(tmp_path, "  - {name: 问题解决率, value: 0.95, target: 95, previous: 94}\n")
    found = [f for f in check_facts(load_facts(path)).findings if f.code == "CK412"]
    assert [(f.field, f.severity) for f in found] == [("metrics[0].value", "warning")]
    assert "95%" in found[0].message and found[0].question == "“问题解决率”是 95% 还是 0.95%？"


def test_a_small_rate_beside_small_rates_is_not_questioned(tmp_path: Path) -> None:
    path = _facts_file(tmp_path, "  - {name: 投诉率, value: 0.8, unit: '%', target: 1, previous: 1.2}\n")
    assert not [f for f in check_facts(load_facts(path)).findings if f.code == "CK412"]


def test_the_interview_asks_by_the_same_rule(tmp_path: Path) -> None:
    path = _facts_file(tmp_path, "  - {name: 问题解决率, target: 95, previous: 94}\n")
    iv = Interview(FactsDocument.load(path), today=date(2026, 11, 5))
    with pytest.raises(AnswerError, match="95%"):
        iv.answer("metrics[0].value", "0.95")  # bare: rewrite it
    with pytest.raises(NeedsConfirmation) as asked:
        iv.answer("metrics[0].value", "0.95%")  # with %: check's CK412, to confirm
    assert [f.code for f in asked.value.findings] == ["CK412"]
    iv.answer("metrics[0].value", "95%")
    assert iv.facts.metrics[0].value == 95


@pytest.mark.parametrize(("value", "others", "unit_written", "asked"), [
    (0.95, [95, 94], True, True),      # beside a target of 95 %
    (0.95, [0.9], True, False),        # every figure of the metric is a fraction alike
    (0.8, [1.2, 1.0], True, False),    # a small complaint rate beside small rates
    (0.95, [], False, True),           # a bare 0.95, nothing to compare with
    (0.95, [], True, False),           # 0.95% written as such
    (95, [0.95], True, False),         # the percentage itself is never questioned
])
def test_the_fraction_rule(value: float, others: list[float], unit_written: bool, asked: bool) -> None:
    assert rate_looks_like_fraction(value, others, unit_written=unit_written) is asked


# ---------------------------------------------------------------------------------------
# Lists split on separators, never inside words.

def test_a_share_list_keeps_whole_category_names(tmp_path: Path) -> None:
    path = tmp_path / "周报.yaml"
    path.write_text("report:\n  type: weekly\n  period: {start: 2026-11-16, end: 2026-11-22}\n",
                    encoding="utf-8")
    iv = Interview(FactsDocument.load(path), today=date(2026, 11, 23))
    iv.answer("categories", "退换货40%，安装预约25%，节约用电咨询约10%")
    stored = [(c.name, c.share) for c in load_facts(path).categories]
    assert stored == [("退换货", 40), ("安装预约", 25), ("节约用电咨询", 10)]


# ---------------------------------------------------------------------------------------
# "Backed by a figure" in check is what lint counts as an amount.

@pytest.mark.parametrize("text", [
    "获得第一名", "2025年8月完成系统切换", "客户当场表示满意", "十分满意",
    "72小时内恢复服务", "挽回损失两万五千元", "处理时长缩短到原来的三分之一", "满意度提升两倍",
    "回访47条", "一次解决率百分之八十", "通话一百二十次",
])
def test_check_and_lint_agree_on_what_is_a_figure(text: str) -> None:
    assert has_figure(text) == bool(Document(text).metric_numbers)


def test_a_case_result_with_only_a_rank_is_not_backed(tmp_path: Path) -> None:
    path = _facts_file(tmp_path, "  - {name: 咨询量, value: 1200}\n")
    path.write_text(path.read_text(encoding="utf-8")
                    + "cases:\n  - {title: 技能大赛, result: 获得第一名}\n", encoding="utf-8")
    assert "CK203" in [f.code for f in check_facts(load_facts(path)).findings]


def test_counts_and_shares_are_read_as_typed_too(tmp_path: Path) -> None:
    from cswriter.errors import InputError

    path = tmp_path / "facts.yaml"
    path.write_text(
        "report:\n  type: weekly\n  role: 客服班长\n  team_size: 12人\n"
        "  period: {start: 2026-11-16, end: 2026-11-22}\n"
        "categories:\n  - {name: 退换货, share: 百分之三十五}\n  - {name: 物流查询, share: '25%', count: 1.2千件}\n"
        "complaints: {total: 381件, previous: 四百零五件}\n"
        "metrics:\n  - name: 问题解决率\n    value: '98.5%'\n    basis: {resolved: '12.35万', total: '12.5万'}\n",
        encoding="utf-8")
    facts = load_facts(path)
    assert facts.report.team_size == 12
    assert [(c.share, c.count) for c in facts.categories] == [(35, None), (25, 1200)]
    assert (facts.complaints.total, facts.complaints.previous) == (381, 405)
    assert facts.metrics[0].basis == {"resolved": 123500, "total": 125000}
    path.write_text(path.read_text(encoding="utf-8").replace("share: '25%'", "share: 120件"),
                    encoding="utf-8")
    with pytest.raises(InputError, match="占比应为百分比"):
        load_facts(path)


@pytest.mark.parametrize(("typed", "start", "end"), [
    ("2026年11月", date(2026, 11, 1), date(2026, 11, 30)),
    ("2026年Q3", date(2026, 7, 1), date(2026, 9, 30)),
    ("2026年上半年", date(2026, 1, 1), date(2026, 6, 30)),
    ("2026-11-01 至 2026-11-30", date(2026, 11, 1), date(2026, 11, 30)),
])
def test_a_typed_period_is_read_the_same_in_a_file_and_an_answer(
        tmp_path: Path, typed: str, start: date, end: date) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(f"report:\n  type: monthly\n  period: {typed}\n", encoding="utf-8")
    from_file = load_facts(path).report.period
    path.write_text("report:\n  type: monthly\n  period: {start: 2026-01-01, end: 2026-01-31}\n",
                    encoding="utf-8")
    Interview(FactsDocument.load(path), today=date(2026, 12, 5)).answer("report.period", typed)
    from_answer = load_facts(path).report.period
    assert (from_file.start, from_file.end) == (from_answer.start, from_answer.end) == (start, end)


@pytest.mark.parametrize(("metric", "unit"), [
    ("{name: 问题解决率, value: 98.5}", "%"),
    ("{name: 咨询量, value: 1200}", "件"),
    ("{name: 平均响应时长, value: 45}", "秒"),
    ("{name: 客户满意度, value: 4.8, scale: 5}", "分"),
    ("{name: 好评率, value: 98}", ""),          # a rate or a score? check asks (CK215)
    ("{name: 回访完成量, value: 300}", ""),      # no canonical metric: nothing to take it from
    ("{name: 问题解决率, value: 98.5, unit: '%'}", "%"),
])
def test_the_unit_comes_from_the_canonical_metric_when_none_is_written(
        tmp_path: Path, metric: str, unit: str) -> None:
    path = _facts_file(tmp_path, f"  - {metric}\n")
    assert load_facts(path).metrics[0].unit == unit
