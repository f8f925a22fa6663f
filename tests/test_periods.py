"""Periods and deadlines in the forms people say, wherever one is accepted (terminal,
`--answers` and MCP all read them through `answer_document` / the interview engine)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cswriter.facts.model import load_facts
from cswriter.interview.batch import answer_document
from cswriter.text.dates import UnreadableDate, find_period, read_date, read_period

TODAY = date(2026, 12, 4)
Q3 = (date(2026, 7, 1), date(2026, 9, 30))


@pytest.mark.parametrize(("text", "period"), [
    ("三季度", Q3), ("第三季度", Q3), ("Q3", Q3), ("上季度", Q3), ("7月到9月", Q3), ("7月至9月", Q3),
    ("2026.7.1-2026.9.30", Q3), ("2026/7/1-2026/9/30", Q3), ("7月1日至9月30日", Q3),
    ("2026年第三季度", Q3), ("2026-07-01 至 2026-09-30", Q3),
    ("上半年", (date(2026, 1, 1), date(2026, 6, 30))),
    ("11月", (date(2026, 11, 1), date(2026, 11, 30))),
])
def test_periods_as_people_say_them(text, period):
    assert read_period(text, TODAY) == period


def test_a_yearless_period_is_the_latest_one_begun_and_a_facts_file_needs_the_year():
    assert read_period("三季度", date(2027, 2, 1)) == Q3
    assert read_period("四季度", date(2026, 11, 2)) == (date(2026, 10, 1), date(2026, 12, 31))
    with pytest.raises(UnreadableDate):
        read_period("三季度")  # no today: a facts file must mean the same tomorrow


@pytest.mark.parametrize(("text", "expected"), [
    ("12月20日前", date(2026, 12, 20)), ("2026-12-20以前", date(2026, 12, 20)), ("月底", date(2026, 12, 31)),
    ("年初", date(2027, 1, 1)), ("上半年", date(2027, 6, 30)), ("年底", date(2026, 12, 31)),
])
def test_deadlines_as_people_say_them(text, expected):
    assert read_date(text, year=2026, after=date(2026, 9, 30), today=TODAY) == expected


def test_a_title_names_its_period():
    assert find_period("V5KF 客服对话数据 2026年第三季度") == Q3
    assert find_period("统计时间：2026.07.01-2026.09.30") == Q3 or find_period("2026-07-01 至 2026-09-30") == Q3
    assert find_period("客服工作量统计") is None


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.mark.parametrize("said", ["三季度", "7月到9月", "2026.7.1-2026.9.30"])
def test_answers_take_the_period_forms_and_a_refused_one_creates_nothing(tmp_path: Path, said):
    path = tmp_path / "q3.yaml"
    document, code = answer_document(path, {"report.type": "季度", "report.period": said}, today=TODAY)
    assert document["created"] and not document["errors"], document["errors"]
    facts = load_facts(path)
    assert (facts.report.period.start, facts.report.period.end) == Q3
    assert {"report.type", "report.period"} <= set(document["applied"])
    bad = tmp_path / "bad.yaml"
    document, code = answer_document(bad, {"report.type": "季度", "report.period": "去年秋天那会儿"}, today=TODAY)
    assert code == 2 and not document["created"] and not bad.exists()
    assert "{next_year}" not in str(document["errors"]) and "三季度" in document["errors"][0]["example"]


def test_a_deadline_said_with_qian_is_taken(tmp_path: Path):
    path = tmp_path / "q3.yaml"
    answer_document(path, {"report.type": "quarterly", "report.period": "2026年第三季度"}, today=TODAY)
    document, code = answer_document(path, {"plans[0].action": "优化排班", "plans[0].deadline": "12月20日前"},
                                     today=TODAY)
    assert not document["errors"], document["errors"]
    assert load_facts(path).plans[0].deadline == date(2026, 12, 20)


def test_refusal_examples_never_show_a_raw_placeholder(tmp_path: Path):
    path = tmp_path / "q3.yaml"
    answer_document(path, {"report.type": "quarterly", "report.period": "2026年第三季度"})
    document, code = answer_document(path, {"plans[0].deadline": "等有空再说吧"})
    assert code == 2 and document["errors"]
    assert "{next_year}" not in str(document["errors"]) and "{year}" not in str(document["errors"])
