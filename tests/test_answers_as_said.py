"""Answers the way a busy person types them reach the facts as they meant them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cswriter.facts.model import load_facts
from cswriter.interview.batch import answer_document

TODAY = date(2026, 12, 4)


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def quarter_text(tmp_path_factory) -> str:
    """A quarterly facts file started by four answers (made once: each test edits a copy)."""
    folder = tmp_path_factory.mktemp("quarter")
    path = folder / "q3.yaml"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CSWRITER_CACHE_DIR", str(folder / "cache"))
        document, _ = answer_document(path, {"report.type": "季度", "report.period": "三季度",
                                             "report.author": "王芳", "咨询量": "12000件"}, today=TODAY)
    assert document["created"] and not document["errors"], document["errors"]
    return path.read_text(encoding="utf-8")


@pytest.fixture()
def quarter(tmp_path: Path, quarter_text: str) -> Path:
    path = tmp_path / "q3.yaml"
    path.write_text(quarter_text, encoding="utf-8")
    return path


def test_a_share_with_a_hedge_is_the_category_and_its_share(quarter: Path):
    document, code = answer_document(quarter, {"categories": "物流查询大概占四成、退换货约占三成、售后两成半"},
                                     today=TODAY)
    assert not document["errors"], document["errors"]
    shares = [(c.name, c.share) for c in load_facts(quarter).categories]
    assert shares == [("物流查询", 40), ("退换货", 30), ("售后", 25)]


def test_an_approximate_figure_is_confirmed_not_taken_as_exact(quarter: Path):
    document, code = answer_document(quarter, {"metrics[0].value": "两万五千多"}, today=TODAY)
    assert code == 2
    error = document["errors"][0]
    assert error["reading"] == "“咨询量”按 25,000 件记录？" and error["suggestion"] == "25000件"
    assert load_facts(quarter).metrics[0].value == 12000  # nothing taken yet
    document, code = answer_document(quarter, {"metrics[0].value": error["suggestion"]}, today=TODAY)
    assert not document["errors"] and load_facts(quarter).metrics[0].value == 25000


def test_none_for_a_count_is_offered_as_zero(quarter: Path):
    document, code = answer_document(quarter, {"complaints.total": "没有"}, today=TODAY)
    assert code == 2 and document["errors"][0]["suggestion"] == "0"
    assert document["errors"][0]["reading"] == "按 0 记录？"


def test_a_declined_item_is_undeclined_when_it_is_filled(quarter: Path):
    text = quarter.read_text(encoding="utf-8") + "declined: [teamwork, attachments]\n"
    quarter.write_text(text, encoding="utf-8")
    document, code = answer_document(quarter, {"teamwork": "与仓储约定复核流程，漏发降至0件"}, today=TODAY)
    assert not document["errors"], document["errors"]
    facts = load_facts(quarter)
    assert facts.declined == ["attachments"] and facts.teamwork


def test_a_one_line_plan_is_stored_split_and_the_split_is_shown(quarter: Path):
    document, code = answer_document(quarter, {"plans": "下季度把首响压到30秒以内，12月底前"}, today=TODAY)
    assert not document["errors"], document["errors"]
    plan = load_facts(quarter).plans[0]
    assert (plan.metric, plan.target, plan.unit, plan.deadline) == ("首响", 30, "秒", date(2026, 12, 31))
    assert plan.action == "下季度把首响压到30秒以内"
    assert "已拆分为 措施：下季度把首响压到30秒以内；指标：首响；目标：压到30秒以内；期限：12月底前。" in document["notes"][0]


def test_a_story_is_stored_as_situation_actions_and_result(quarter: Path):
    story = ("双11后物流延误咨询激增，日均400件。我们统一了安抚话术，并与物流部建立半小时同步机制。"
             "最终相关投诉由日均12件降至3件。")
    document, code = answer_document(quarter, {"cases": story}, today=TODAY)
    assert not document["errors"], document["errors"]
    case = load_facts(quarter).cases[0]
    assert case.title == "双11后物流延误咨询激增" and case.situation.startswith("双11后")
    assert case.result == "最终相关投诉由日均12件降至3件" and "安抚话术" in "".join(case.actions)
    assert story not in case.title


def _terminal(path: Path, typed: list[str]):
    """The terminal interview in-process: `typed` are the person's lines, in order."""
    import io

    from rich.console import Console

    from cswriter.commands.dialogues.interview import TerminalInterview
    from cswriter.facts.document import FactsDocument
    from cswriter.interview.engine import Interview

    lines = iter(typed)
    screen = io.StringIO()
    term = TerminalInterview(Interview(FactsDocument.load(path), TODAY), Console(file=screen, width=200),
                             read=lambda _prompt: next(lines))
    return term, screen


def _ask_for_a_plan(term) -> None:
    from cswriter.check import Finding

    finding = Finding(code="CK104", name="plans", severity="warning", section="plans", message="",
                      question="下一步的计划是什么？", field="plans")
    term.ask_item("plans", ("action", "metric", "target", "deadline"), finding, required=False)


def test_a_one_line_plan_at_the_terminal_is_shown_split_and_confirmed(quarter: Path):
    term, screen = _terminal(quarter, ["下季度把首响压到30秒以内，12月底前", ""])  # "" takes the default: yes
    _ask_for_a_plan(term)
    assert "拆分为 措施：下季度把首响压到30秒以内；指标：首响；目标：压到30秒以内；期限：12月底前。这样记录吗？" in screen.getvalue()
    plan = load_facts(quarter).plans[0]
    assert (plan.metric, plan.target, plan.unit, plan.deadline) == ("首响", 30, "秒", date(2026, 12, 31))
    assert "用哪个指标衡量" not in screen.getvalue()  # nothing asked twice


def test_a_declined_split_keeps_the_line_as_the_action_and_asks_the_rest(quarter: Path):
    term, screen = _terminal(quarter, ["下季度把首响压到30秒以内，12月底前", "n", "首次响应时长", "降至30秒", "2026年12月31日"])
    _ask_for_a_plan(term)
    plan = load_facts(quarter).plans[0]
    assert plan.action == "下季度把首响压到30秒以内，12月底前"
    assert (plan.metric, plan.target, plan.deadline) == ("首次响应时长", 30, date(2026, 12, 31))
