"""The application layer under the CLI: the drift bugs it closed, and what the CLI gained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import FIXTURES, run_cli

FACTS = FIXTURES / "year-end-agent.yaml"
PHONES = ("１３８１２３４５６７８", "138 1234 5678", "138.1234.5678")


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


def facts_with_phones(tmp_path: Path) -> Path:
    """The example facts with a customer's phone number, in three typed shapes, in a case."""
    text = FACTS.read_text(encoding="utf-8").replace(
        "situation: 2025年8月区域性网络故障导致投诉集中涌入",
        "situation: 2025年8月区域性网络故障导致投诉集中涌入,客户来电" + "、".join(PHONES) + "反映断网", 1)
    assert "１３８" in text
    path = tmp_path / "事实.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_section_request_masks_the_whole_prompt_as_the_cli_does(tmp_path):
    from cswriter.app.inputs import FactsSource
    from cswriter.app.section import section_request

    facts = facts_with_phones(tmp_path)
    unmasked = section_request(FactsSource.of(facts), "cases", redact=False)
    assert any(phone in m.content for m in unmasked.messages for phone in PHONES)
    masked = section_request(FactsSource.of(facts), "cases", redact=True)
    for message in masked.messages:
        for phone in PHONES:
            assert phone not in message.content
    cli = run_cli("prompts", "show", "cases", facts, "--redact", "-f", "json")
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.stdout)["messages"] == [m.model_dump() for m in masked.messages]


def test_bulk_drafting_backs_up_a_file_it_did_not_write(tmp_path):
    folder, out = tmp_path / "事实", tmp_path / "草稿"
    folder.mkdir()
    out.mkdir()
    (folder / "a.yaml").write_text(FACTS.read_text(encoding="utf-8"), encoding="utf-8")
    (out / "a.md").write_text("我亲手改过的总结。\n", encoding="utf-8")
    first = run_cli("draft", folder, "-o", out)
    assert first.exit_code in (0, 1), first.output
    assert (out / "a.md.~1~").read_text(encoding="utf-8") == "我亲手改过的总结。\n"
    assert "a.md.~1~" in first.stderr
    drafted = (out / "a.md").read_text(encoding="utf-8")
    assert drafted.startswith("#")
    # Its own output is rewritten without another backup.
    (folder / "a.yaml").write_text(FACTS.read_text(encoding="utf-8").replace("125380", "125381"), encoding="utf-8")
    again = run_cli("draft", folder, "-o", out, "-f", "json")
    assert again.exit_code in (0, 1), again.output
    assert not (out / "a.md.~2~").exists()
    assert json.loads(again.stdout)["reports"][0]["backup"] is None


def test_single_file_drafting_reports_its_backup_in_the_json_document(tmp_path):
    target = tmp_path / "总结.md"
    target.write_text("手写的。\n", encoding="utf-8")
    result = run_cli("draft", FACTS, "-o", target, "-f", "json", "--section", "metrics")
    assert result.exit_code in (0, 1), result.output
    document = json.loads(result.stdout)
    assert document["output"] == str(target) and document["backup"] == f"{target}.~1~"
    assert Path(document["backup"]).read_text(encoding="utf-8") == "手写的。\n"


def test_draft_section_drafts_only_that_section():
    result = run_cli("draft", FACTS, "--section", "metrics", "-f", "json")
    assert result.exit_code in (0, 1), result.output
    assert [s["id"] for s in json.loads(result.stdout)["sections"]] == ["metrics"]
    bad = run_cli("draft", FACTS, "--section", "summary")
    assert bad.exit_code == 2 and "没有章节“summary”" in bad.stderr


def test_verify_checks_one_section_written_by_hand(tmp_path):
    section = tmp_path / "指标.md"
    section.write_text("全年累计处理客户咨询工单99,999件，客户满意度显著提升。\n", encoding="utf-8")
    bad = run_cli("verify", section, "--facts", FACTS, "--section", "metrics", "-f", "json")
    assert bad.exit_code == 1
    document = json.loads(bad.stdout)
    assert document["ok"] is False and "CS401" in {f["code"] for f in document["findings"]}
    assert document["repair"] and "99,999" in document["repair"][-1]["content"]
    section.write_text("全年累计处理客户咨询工单125,380件。\n", encoding="utf-8")
    good = run_cli("verify", section, "--facts", FACTS, "--section", "metrics")
    assert good.exit_code == 0, good.output
    assert "没有错误级问题" in good.stdout
    missing = run_cli("verify", tmp_path / "无.md", "--facts", FACTS, "--section", "metrics")
    assert missing.exit_code == 2 and "Traceback" not in missing.output


def test_rule_explanation_is_one_document_for_text_and_json():
    from cswriter.app.rules import explain_rule

    rule = explain_rule("cs402")
    assert rule.code == "CS402" and rule.fixable and rule.examples.bad
    cli = json.loads(run_cli("rules", "CS402", "-f", "json").stdout)
    assert cli == rule.model_dump(mode="json", exclude_unset=True)
    text = run_cli("rules", "CS402").stdout
    assert rule.title in text and rule.citations[0] in text
    with pytest.raises(Exception, match="类别"):
        explain_rule("CS1")


def test_lint_fix_on_a_text_returns_the_fixed_text():
    from cswriter.app.lint import LintRequest, lint

    outcome = lint(LintRequest(text="问题解决率较去年提升1.2%。", fix=True))
    assert outcome.text == "问题解决率较去年提升1.2个百分点。" and outcome.fixed == {"<text>": 1}


def test_the_interview_drafts_in_process_beside_the_facts_never_over_an_earlier_draft(tmp_path):
    from cswriter.app.interview import draft_after_interview

    facts = tmp_path / "年终.yaml"
    facts.write_text(FACTS.read_text(encoding="utf-8"), encoding="utf-8")
    first = draft_after_interview(facts)
    second = draft_after_interview(facts)
    assert first.output == tmp_path / "年终-草稿.md" and second.output == tmp_path / "年终-草稿-2.md"
    assert first.output.read_text(encoding="utf-8") == second.output.read_text(encoding="utf-8")
    assert first.backup is None and first.document.sections


def test_init_refuses_to_overwrite_and_names_the_report_types(tmp_path):
    from cswriter.app.init import init_facts
    from cswriter.errors import InputError

    target = tmp_path / "月报.yaml"
    made = init_facts(target, "月度", "客服主管")
    assert made.type == "monthly" and target.read_text(encoding="utf-8") == made.text
    with pytest.raises(InputError, match="已存在"):
        init_facts(target, "monthly")
    with pytest.raises(InputError, match="year-end"):
        init_facts(None, "decade")


def test_a_json_error_lists_every_problem_with_its_line_and_field(tmp_path):
    bad = tmp_path / "事实.yaml"
    text = FACTS.read_text(encoding="utf-8").replace("type: year-end", "type: decade", 1)
    text = text.replace("situation: 2025年8月区域性网络故障导致投诉集中涌入",
                        "situation: 2025年8月区域性网络故障导致投诉集中涌入\n    outcome: 不该有的字段", 1)
    bad.write_text(text, encoding="utf-8")
    result = run_cli("check", bad, "-f", "json")
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    errors = document["errors"]
    assert len(errors) == 2
    assert {e["field"] for e in errors} == {"report.type", "cases[0].outcome"}
    lines = text.splitlines()
    for e in errors:
        assert e["file"] == str(bad) and e["field"].split(".")[-1] in lines[e["line"] - 1]
        assert e["message"] in document["error"]["message"]  # the message is built from the parts
    assert document["error"]["field"] == errors[0]["field"] and document["error"]["line"] == errors[0]["line"]
    from cswriter.schemas import ErrorDocument

    ErrorDocument.model_validate(document)


def test_one_error_is_one_problem_in_the_list(tmp_path):
    result = run_cli("check", tmp_path / "无.yaml", "-f", "json")
    document = json.loads(result.stdout)
    assert document["errors"] == [{"message": document["error"]["message"], "file": str(tmp_path / "无.yaml"),
                                   "line": None, "field": None}]


def test_settings_are_found_in_one_place(tmp_path):
    from cswriter.backends.settings import file_settings
    from cswriter.lint.config import find_config_file

    (tmp_path / "pyproject.toml").write_text('[tool.cswriter.lint]\nfail-level = "warning"\n'
                                             '[tool.cswriter.backend.openai]\nstream = true\n', encoding="utf-8")
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (tmp_path / ".git").mkdir()  # backend settings are read from the work folder and the repository root
    (inner.parent / "cswriter.toml").write_text('[lint]\nfail-level = "info"\n', encoding="utf-8")
    path, table = find_config_file(inner)
    assert path == inner.parent / "cswriter.toml" and table == {"fail-level": "info"}
    settings, where = file_settings("openai", inner)
    assert where == tmp_path / "pyproject.toml" and settings.get("stream") is True
