"""`cswriter lint` and `cswriter rules` through the real CLI app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cswriter.cli import app

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "fixtures" / "year-end-agent.yaml"
DRAFT = ROOT / "fixtures" / "drafts" / "year-end-draft.md"
runner = CliRunner()


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def test_text_output_groups_by_file_and_summarises() -> None:
    r = run("lint", str(DRAFT), "--no-config")
    assert r.exit_code == 1, r.output  # the draft has a phone number (error level)
    assert str(DRAFT) in r.output
    assert "CS601" in r.output and "→" in r.output and "每千字" in r.output
    assert "代码块" not in r.output


def test_json_shape_per_interface() -> None:
    r = run("lint", str(DRAFT), "--facts", str(FACTS), "--format", "json", "--no-config")
    data = json.loads(r.stdout)
    keys = {"path", "line", "column", "end_line", "end_column", "code", "severity", "message",
            "match", "suggestion"}
    assert data["findings"] and all(keys <= set(f) for f in data["findings"])
    codes = {f["code"] for f in data["findings"]}
    assert {"CS401", "CS402", "CS403", "CS601", "CS104", "CS302"} <= codes
    assert data["summary"]["files"] == 1 and "per_1000_chars" in data["summary"]


def test_suppressed_block_in_the_draft_is_silent() -> None:
    r = run("lint", str(DRAFT), "--format", "json", "--no-config")
    assert not [f for f in json.loads(r.stdout)["findings"] if "辛苦" in f["match"]]


def test_github_annotations() -> None:
    r = run("lint", str(DRAFT), "--format", "github", "--no-config")
    assert any(line.startswith("::error file=") and "CS601" in line for line in r.stdout.splitlines())
    assert any(line.startswith("::notice ") for line in r.stdout.splitlines())


def test_fail_level_and_select(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("本月收到了大量投诉。\n", encoding="utf-8")
    assert run("lint", str(draft)).exit_code == 0
    assert run("lint", str(draft), "--fail-level", "warning").exit_code == 1
    assert run("lint", str(draft), "--fail-level", "warning", "--ignore", "CS1").exit_code == 0
    assert run("lint", str(draft), "--select", "CS6", "--fail-level", "info").exit_code == 0


def test_config_file_sets_fail_level(tmp_path: Path) -> None:
    (tmp_path / "cswriter.toml").write_text('[lint]\nfail-level = "warning"\n', encoding="utf-8")
    draft = tmp_path / "d.md"
    draft.write_text("本月收到了大量投诉。\n", encoding="utf-8")
    assert run("lint", str(draft)).exit_code == 1


def test_stdin() -> None:
    r = run("lint", "-", "--format", "json", input="我们做得很好。".encode())
    assert r.exit_code == 0
    assert [f["path"] for f in json.loads(r.stdout)["findings"]] == ["标准输入"]


def test_bad_files_exit_2_but_others_are_linted(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text("本月收到了大量投诉。", encoding="utf-8")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"garbage")
    r = run("lint", str(broken), str(good), str(tmp_path / "nope.txt"), "--format", "json")
    assert r.exit_code == 2
    data = json.loads(r.stdout)
    assert [f["code"] for f in data["findings"]] == ["CS102"]
    assert len(data["errors"]) == 2
    assert "Traceback" not in r.output


def test_bad_facts_exit_2_with_chinese_message(tmp_path: Path) -> None:
    facts = tmp_path / "f.yaml"
    facts.write_text("report: [\n", encoding="utf-8")
    r = run("lint", str(DRAFT), "--facts", str(facts))
    assert r.exit_code == 2 and "YAML" in r.output and "Traceback" not in r.output


def test_fix_rewrites_halfwidth_punctuation_keeping_encoding(tmp_path: Path) -> None:
    draft = tmp_path / "gbk.txt"
    draft.write_bytes("客户满意度达到95.2%,超出目标值2.7个百分点。\r\n全年处理125,380件。\r\n".encode("gbk"))
    r = run("lint", str(draft), "--fix", "--no-config")
    assert r.exit_code == 0, r.output
    assert "已自动修正 1 处" in r.output
    assert draft.read_bytes().decode("gbk") == "客户满意度达到95.2%，超出目标值2.7个百分点。\r\n全年处理125,380件。\r\n"


def test_rules_list_and_explain() -> None:
    r = run("rules")
    assert r.exit_code == 0 and "CS101" in r.output and "CS601" in r.output
    r = run("rules", "CS101")
    assert r.exit_code == 0
    assert "✗ 错误" in r.output and "✓ 正确" in r.output
    # Sources a user can follow: the published pages, not the project's own note files.
    assert "老秘网《公文专用词语》" in r.output
    for internal in ("LEXICON-SOURCES", "seeds/", "DOMAIN.md", "STYLE.md"):
        assert internal not in r.output
    data = json.loads(run("rules", "--format", "json").stdout)
    assert {r["code"][:3] for r in data["rules"]} == {"CS1", "CS2", "CS3", "CS4", "CS5", "CS6"}
    one = json.loads(run("rules", "CS402", "--format", "json").stdout)
    assert one["code"] == "CS402" and one["examples"]["bad"]
    assert len(json.loads(run("rules", "CS3", "--format", "json").stdout)["rules"]) >= 4


def test_unknown_rule_is_exit_2() -> None:
    r = run("rules", "CS999")
    assert r.exit_code == 2 and "没有规则" in r.output


def test_help_has_examples() -> None:
    assert "示例" in run("lint", "--help").output
    assert "示例" in run("rules", "--help").output


def test_unknown_codes_are_an_error(tmp_path: Path) -> None:
    draft = tmp_path / "a.md"
    draft.write_text("本季度客户满意度显著提升。\n", encoding="utf-8")
    r = run("lint", str(draft), "--select", "CS10l,CS1")
    assert r.exit_code == 2 and "未知的规则编号" in r.output and "CS10L" in r.output
    r = run("lint", str(draft), "--ignore", "CS999")
    assert r.exit_code == 2 and "CS999" in r.output
    (tmp_path / "cswriter.toml").write_text('[lint]\nignore = ["CS5", "CS7"]\n', encoding="utf-8")
    r = run("lint", str(draft))
    assert r.exit_code == 2 and "CS7" in r.output and "cswriter.toml" in r.output
    assert "Traceback" not in r.output
    r = run("lint", str(draft), "--select", "cs1,CS301", "--no-config")
    assert r.exit_code == 0 or r.exit_code == 1  # known codes, any case


def test_fix_reaches_a_fixed_point_in_one_run(tmp_path: Path) -> None:
    draft = tmp_path / "a.md"
    draft.write_text("投诉(含重复(二次)投诉)下降,说明(见附件(1))!\n", encoding="utf-8")
    r = run("lint", str(draft), "--fix", "--no-config")
    assert "已自动修正" in r.output
    again = run("lint", str(draft), "--no-config", "--select", "CS502")
    assert again.exit_code == 0 and "CS502" not in again.output, draft.read_text(encoding="utf-8")


def test_summary_tells_the_truth_when_a_file_cannot_be_read(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text("全年处理工单12,000件。\n", encoding="utf-8")
    r = run("lint", str(good), str(tmp_path / "missing.md"), "--no-config")
    assert r.exit_code == 2
    assert "✓" not in r.output
    assert "1 个无法检查" in r.output and "检查了 1 个文件" in r.output


@pytest.mark.slow  # large files: linted on a pool of worker processes
def test_json_streamed_over_many_files_is_one_document(tmp_path: Path) -> None:
    paths = []
    for i in range(5):
        p = tmp_path / f"{i}.md"
        p.write_text("本季度客户满意度显著提升。\n" * 2000, encoding="utf-8")  # large: a worker pool
        paths.append(str(p))
    r = run("lint", *paths, "--format", "json", "--no-config")
    data = json.loads(r.stdout)
    assert [f["path"] for f in data["findings"]] == sorted((f["path"] for f in data["findings"]),
                                                          key=paths.index)
    assert data["summary"]["files"] == 5 and data["summary"]["findings"] == len(data["findings"])
