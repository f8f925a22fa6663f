"""What the interview makes of answers the way people give them, without a terminal.

Vague amounts get a reading to confirm, a yes or no is never stored as content, "没有" to
an optional question is recorded as declined, and fields are found by their Chinese names.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from cswriter.check import check_facts
from cswriter.facts.document import FactsDocument
from cswriter.facts.model import load_facts
from cswriter.facts.template import default_period, render_template
from cswriter.interview.answers import AnswerError
from cswriter.interview.engine import Interview, NeedsReading, apply_answers
from cswriter.interview.labels import LabelError, label_of_path, resolve_label, shown_value

LEAD = """\
report:
  type: year-end
  period: {start: 2026-01-01, end: 2026-12-31}
  author: 李明
  role: 客服主管
  team: 售后客服部
  team_size: 12
metrics:
  - {name: 咨询量, value: , unit: 件}
  - {name: 客户满意度, value: 4.8, unit: 分, scale: 5, 目标: 4.7, 去年: 4.6}
  - {name: 离职率, value: , unit: "%"}
  - {name: 平均响应时长, value: , unit: 秒}
cases:
  - {title: 双11物流延误, result: 投诉由日均12件降至3件}
  - {title: 系统故障应急, result: 2小时内恢复}
problems:
  - {title: 重复来电多, evidence: 重复来电占31%, cause: 详情页缺少运费说明}
plans:
  - {action: 补充详情页运费说明, target: 15, unit: "%"}
"""


@pytest.fixture
def interview(tmp_path: Path) -> Interview:
    path = tmp_path / "年终.yaml"
    path.write_text(LEAD, encoding="utf-8")
    return Interview(FactsDocument.load(path), today=date(2026, 12, 20))


@pytest.mark.parametrize(("field", "said", "reading", "saved"), [
    ("metrics[0].value", "全年大概接待了18.6万个客户", "“咨询量”按 186,000 件记录", 186000),
    ("metrics[2].value", "2人", "“离职率”按 2 ÷ 12 人 = 16.7% 记录", 16.7),
    ("metrics[3].value", "半分钟多一点", "“平均响应时长”按 30 秒记录", 30),
    ("plans[0].deadline", "明年618之前", "按 2027-06-18 记录", date(2027, 6, 18)),
])
def test_a_vague_answer_is_offered_its_best_reading_and_saved_only_when_confirmed(
        interview: Interview, field: str, said: str, reading: str, saved: object) -> None:
    with pytest.raises(NeedsReading) as offered:
        interview.answer(field, said)
    assert offered.value.reading.label == reading
    assert interview.doc.get(field) in (None, "")  # nothing saved before the person says yes
    interview.answer(field, offered.value.reading.text)
    assert interview.doc.get(field) == saved


def test_nonsense_gets_no_reading(interview: Interview) -> None:
    with pytest.raises(AnswerError) as refused:
        interview.answer("metrics[0].value", "很多")
    assert not isinstance(refused.value, NeedsReading)


def test_a_rate_given_as_heads_without_a_team_size_is_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(LEAD.replace("  team_size: 12\n", ""), encoding="utf-8")
    iv = Interview(FactsDocument.load(path))
    with pytest.raises(AnswerError) as refused:
        iv.answer("metrics[2].value", "2人")
    assert not isinstance(refused.value, NeedsReading)


@pytest.mark.parametrize("word", ["n", "否", "不要", "没有", "y", "是", "要"])
def test_a_yes_or_no_is_never_stored_as_content(interview: Interview, word: str) -> None:
    before = interview.doc.path.read_text(encoding="utf-8")
    with pytest.raises(AnswerError):
        interview.answer("cases[1].situation", word)  # no open question there: nothing to decline
    assert interview.doc.path.read_text(encoding="utf-8") == before


def test_no_to_an_optional_question_declines_it_in_the_file_and_check_respects_it(interview: Interview) -> None:
    attachments = next(f for f in interview.check().findings if f.section == "attachments")
    assert attachments.severity == "info"
    outcome = interview.answer(attachments.field, "没有")
    assert "附件" in outcome.notes[0]
    facts = load_facts(interview.doc.path)
    assert "attachments" in facts.declined and facts.attachments == []
    assert not any(f.section == "attachments" for f in check_facts(facts).findings)


def test_no_to_a_count_is_offered_as_zero_and_to_a_required_figure_is_refused(interview: Interview) -> None:
    from cswriter.interview.engine import NeedsReading

    with pytest.raises(NeedsReading, match="是指 0 吗") as offered:
        interview.answer("metrics[0].value", "没有")  # 咨询量: a count
    assert offered.value.reading.answer == "0" and offered.value.reading.label == "按 0 记录"
    with pytest.raises(AnswerError) as refused:
        interview.answer("metrics[1].value", "没有")  # 客户满意度: not a count, never 0 by default
    assert not isinstance(refused.value, NeedsReading)


def test_answers_from_a_program_decline_and_get_suggestions(interview: Interview) -> None:
    done, errors = apply_answers(interview, {"客户满意度": "4.9分", "monthly": "不需要",
                                             "咨询量": "全年大概接待了12.5万个客户"})
    assert load_facts(interview.doc.path).metrics[1].value == 4.9  # found by its Chinese name
    assert "attachments" in load_facts(interview.doc.path).declined
    assert errors == [{"field": "metrics[0].value", "answer": "全年大概接待了12.5万个客户", "message": errors[0]["message"],
                       "suggestion": "125000件", "reading": "“咨询量”按 125,000 件记录？"}]


@pytest.mark.parametrize(("label", "path", "shown"), [
    ("客户满意度", "metrics[1].value", "4.8分（满分5分）"),
    ("客户满意度的目标", "metrics[1].target", "4.7分（满分5分）"),
    ("客户满意度去年", "metrics[1].previous", "4.6分（满分5分）"),
    ("第2个案例的结果", "cases[1].result", "2小时内恢复"),
    ("第二个案例的结果", "cases[1].result", "2小时内恢复"),
    ("问题原因", "problems[0].cause", "详情页缺少运费说明"),
    ("第1个计划的目标", "plans[0].target", "15%"),
    ("姓名", "report.author", "李明"),
    ("团队人数", "report.team_size", "12"),
    ("metrics[1].scale", "metrics[1].scale", "5"),
])
def test_fields_are_found_by_the_names_a_person_sees(interview: Interview, label: str, path: str,
                                                     shown: str) -> None:
    tree = interview.doc.tree
    assert resolve_label(tree, label) == path
    assert shown_value(tree, path) == shown


def test_labels_name_paths_the_way_people_do(interview: Interview) -> None:
    tree = interview.doc.tree
    assert label_of_path(tree, "metrics[1].previous") == "客户满意度（去年）"
    assert label_of_path(tree, "cases[1].result") == "第2个案例的结果"
    assert label_of_path(tree, "report.duties") == "岗位职责"


@pytest.mark.parametrize(("label", "message"), [
    ("案例结果", "要改哪一个"),          # two cases: which one?
    ("第3个案例的结果", "只有 2 个案例"),
    ("问题成因", "可以改的有"),
    ("销售额", "没有找到"),
])
def test_an_unclear_label_is_explained(interview: Interview, label: str, message: str) -> None:
    with pytest.raises(LabelError, match=message):
        resolve_label(interview.doc.tree, label)


@pytest.mark.parametrize(("kind", "today", "period"), [
    ("monthly", date(2026, 12, 2), (date(2026, 11, 1), date(2026, 11, 30))),
    ("monthly", date(2026, 11, 28), (date(2026, 10, 1), date(2026, 10, 31))),  # November is not over
    ("weekly", date(2026, 11, 23), (date(2026, 11, 16), date(2026, 11, 22))),  # a Monday: last week
    ("weekly", date(2026, 11, 29), (date(2026, 11, 16), date(2026, 11, 22))),  # a Sunday: still last week
    ("quarterly", date(2026, 10, 1), (date(2026, 7, 1), date(2026, 9, 30))),
    ("quarterly", date(2026, 11, 15), (date(2026, 7, 1), date(2026, 9, 30))),
    ("quarterly", date(2026, 12, 31), (date(2026, 7, 1), date(2026, 9, 30))),  # the issue: not Oct–Dec
    ("quarterly", date(2026, 2, 3), (date(2025, 10, 1), date(2025, 12, 31))),
    ("half-year", date(2026, 6, 30), (date(2025, 7, 1), date(2025, 12, 31))),
    ("half-year", date(2026, 7, 1), (date(2026, 1, 1), date(2026, 6, 30))),
    ("year-end", date(2026, 12, 4), (date(2025, 1, 1), date(2025, 12, 31))),
    ("year-end", date(2027, 1, 8), (date(2026, 1, 1), date(2026, 12, 31))),
])
def test_period_defaults_follow_when_people_write(kind: str, today: date, period: tuple[date, date]) -> None:
    assert default_period(kind, today) == period


@pytest.mark.slow
def test_chinese_type_names_are_accepted_by_init_and_interview(tmp_path: Path) -> None:
    made = subprocess.run([sys.executable, "-m", "cswriter", "init", "月报.yaml", "--type", "月度"], cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8", timeout=30)
    assert made.returncode == 0, made.stderr
    assert load_facts(tmp_path / "月报.yaml").report.type == "monthly"
    asked = subprocess.run([sys.executable, "-m", "cswriter", "interview", "周报.yaml", "--type", "周报",
                            "--no-input"], cwd=tmp_path, stdin=subprocess.DEVNULL, capture_output=True,
                           text=True, encoding="utf-8", timeout=30)
    assert json.loads(asked.stdout)["created"] is True
    assert load_facts(tmp_path / "周报.yaml").report.type == "weekly"
    bad = subprocess.run([sys.executable, "-m", "cswriter", "init", "x.yaml", "--type", "日报"], cwd=tmp_path,
                         capture_output=True, text=True, encoding="utf-8", timeout=30)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_a_template_written_with_a_chinese_type_name_checks(tmp_path: Path) -> None:
    text = render_template("year-end", "客服专员", date(2026, 12, 1)).replace("type: year-end", "type: 年终")
    path = tmp_path / "年终.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_facts(path).report.type == "year-end"
