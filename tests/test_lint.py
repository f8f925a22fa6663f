"""The linter as a library: precision on hard cases, figures, readers, config, suppression."""

from __future__ import annotations

from pathlib import Path

import pytest

from cswriter.facts.model import load_facts
from cswriter.figures.trace import build_tracer
from cswriter.lint import LintConfig, lint_paths, lint_text, prompt_lexicon
from cswriter.lint.config import load_config
from cswriter.lint.document import split_clauses, split_sentences

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "fixtures" / "year-end-agent.yaml"
DRAFT = ROOT / "fixtures" / "drafts" / "year-end-draft.md"


def codes(text: str, facts=None, **kw) -> list[str]:
    return [f.code for f in lint_text(text, tracer=build_tracer(facts) if facts else None, **kw)]


# --- precision: the words are fine where a figure or a longer word backs them -----------------

@pytest.mark.parametrize("text", [
    "客户满意度较去年显著提升3.1分。",
    "客户的有效期查询占咨询量的12%。",
    "本周期内核对了2,300位客户的基本信息。",
    "问题解决率较去年提升1.2个百分点。",
    "全年约8.7万件咨询,人均约8.7件每日。",
    "全年约两万五千多位客户参与了回访。",
    "种子文章要求避免使用“论点”一词。",
])
def test_no_wording_findings_on_backed_or_exempt_text(text: str) -> None:
    assert not [c for c in codes(text) if c[:3] in ("CS1", "CS2", "CS3") or c == "CS501"]


def test_figure_in_another_clause_does_not_back_a_claim() -> None:
    assert "CS301" in codes("全年处理工单1,200件，服务质量显著提升。")


def test_longer_match_wins_over_the_word_inside_it() -> None:
    found = codes("我们做得很好。")
    assert "CS201" in found and "CS101" not in found


def test_positions_are_one_based_unicode_columns() -> None:
    [f] = [f for f in lint_text("第一行。\n本月收到了大量投诉。") if f.code == "CS102"]
    assert (f.line, f.column, f.end_line, f.end_column) == (2, 6, 2, 8)
    assert f.match == "大量" and f.sentence == "本月收到了大量投诉"


def test_sentence_and_clause_splitting_keeps_numbers_whole() -> None:
    text = "全年处理125,380件,解决率98.5%。时间9:00;下午:复盘"
    assert [text[s:e] for s, e in split_sentences(text)] == ["全年处理125,380件,解决率98.5%", "时间9:00", "下午:复盘"]
    assert [text[s:e] for s, e in split_clauses(text)][:2] == ["全年处理125,380件", "解决率98.5%"]


# --- figures ---------------------------------------------------------------------------

def test_parts_and_percent_points_without_facts() -> None:
    assert "CS403" in codes("全年共收到投诉401件：物流延迟217件、质量问题126件、服务态度38件。")
    assert "CS403" not in codes("全年共收到投诉381件：物流延迟217件、质量问题126件、服务态度38件。")
    assert "CS402" in codes("问题解决率较去年提升1.2%。")
    assert "CS404" in codes("产品咨询占比60%,物流查询占比50%。")


def test_a_drafts_attainment_column_and_a_shares_new_level_are_no_share_over_100() -> None:
    table = ("| 指标 | 本期 | 目标 | 达成率 |\n| --- | --- | --- | --- |\n"
             "| 问题解决率 | 91.3% | 90% | {} |\n")
    assert "CS404" not in codes(table.format("101.4%"))  # a rate that beat its target
    assert "CS404" in codes(table.format("101.4%").replace("达成率", "上季度"))  # a rate itself
    assert "CS404" not in codes("停电信息查询的人工转接比例由64%降至38%。")
    assert "CS404" in codes("停电信息查询占比64%，故障报修占比48%。")


def test_a_change_between_a_stated_level_and_its_stated_baseline_is_backed() -> None:
    backed = codes("寒潮期间报修来电5120通，较去年同期的4000通明显增加。")
    assert "CS301" not in backed and "CS101" not in backed
    alone = codes("寒潮期间报修来电较去年同期的4000通明显增加。")  # no level: how much is unsaid
    assert "CS301" in alone and "CS101" in alone


def test_a_change_that_did_not_happen_needs_no_amount() -> None:
    assert "CS301" not in codes("原因是周末订单量高，排班未相应增加。")
    assert "CS301" in codes("原因是周末订单量高，排班相应增加了。")


def test_numbers_in_a_tables_header_row_are_column_names_not_figures() -> None:
    facts = load_facts(FACTS)
    header = "| 月份 | 15秒接通率（%） |\n| --- | --- |\n"
    assert not {"CS401", "CS405"} & set(codes(header, facts=facts))
    # The same number in a body row is still a figure the tracer checks.
    assert {"CS401", "CS405"} & set(codes(header + "| 全年 | 15秒内接通71% |\n", facts=facts))


def test_facts_trace_figures_with_rounding_and_unit_conversion() -> None:
    facts = load_facts(FACTS)
    clean = ("全年处理咨询125,380件,日均343件,问题解决率98.5%,较去年提升1.2个百分点,"
             "关键节点平均响应时长2.1分钟(126秒),约12.5万件。")
    assert "CS401" not in codes(clean, facts=facts)
    found = lint_text("问题解决率为97.1%。", tracer=build_tracer(facts))
    [f] = [f for f in found if f.code == "CS401"]
    assert f.severity == "error" and "98.5%" in f.message


def test_free_text_numbers_in_facts_trace() -> None:
    facts = load_facts(FACTS)
    assert "CS401" not in codes("连续工作72小时,提交优化建议47条,被采纳32条。", facts=facts)


# --- suppression and configuration -----------------------------------------------------

def test_inline_suppression_by_code_and_family() -> None:
    text = ("<!-- cswriter-disable CS102 -->\n本月收到了大量投诉。\n<!-- cswriter-enable CS102 -->\n"
            "本月收到了大量投诉。\n<!-- cswriter-disable -->\n我们做得很好。")
    found = lint_text(text)
    assert [(f.code, f.line) for f in found if f.code[:3] != "CS5"] == [("CS102", 4)]


def test_config_select_ignore_severity_accept_reject() -> None:
    text = "本月收到了大量投诉,亲,我们表现出色。"
    cfg = LintConfig(select=["CS1", "CS5"], ignore=["CS502"], severity={"CS1": "info"},
                     reject=["亲"])
    found = {f.code: f.severity for f in lint_text(text, config=cfg)}
    assert found == {"CS102": "info", "CS504": "warning"}
    assert "CS102" not in codes(text, config=LintConfig(accept=["大量投诉"]))


def test_config_file_discovery_and_per_path(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cswriter.lint]\nignore = ["CS502"]\nfail-level = "warning"\n'
        '[tool.cswriter.lint.per-path."weekly/*.md"]\nignore = ["CS1"]\n', encoding="utf-8")
    (tmp_path / "weekly").mkdir()
    draft = tmp_path / "weekly" / "w1.md"
    draft.write_text("本月收到了大量投诉,我们做得很好。", encoding="utf-8")
    cfg = load_config(draft.parent)
    assert cfg.fail_level == "warning"
    report = lint_paths([str(draft)])
    assert sorted(f.code for f in report.findings) == ["CS201"]


def test_bad_config_is_a_chinese_user_error(tmp_path: Path) -> None:
    from cswriter.errors import InputError

    (tmp_path / "cswriter.toml").write_text('[lint]\nselekt = ["CS1"]\n', encoding="utf-8")
    with pytest.raises(InputError, match="未知的设置项"):
        load_config(tmp_path)


# --- readers -----------------------------------------------------------------------------

def test_markdown_code_blocks_are_skipped_and_positions_kept() -> None:
    report = lint_paths([str(DRAFT)], config=LintConfig())
    assert not [f for f in report.findings if "代码块" in f.sentence]
    lines = DRAFT.read_text(encoding="utf-8").split("\n")
    for f in report.findings:
        assert lines[f.line - 1][f.column - 1:].startswith(f.match.split("\n")[0])


def test_gbk_and_docx_and_bad_files(tmp_path: Path) -> None:
    import docx

    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("本月收到了大量投诉。".encode("gbk"))
    doc = docx.Document()
    doc.add_paragraph("工作总结")
    doc.add_paragraph("我们做得很好。")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "投诉情况"
    table.cell(0, 1).text = "本月收到了大量投诉。"
    word = tmp_path / "summary.docx"
    doc.save(str(word))
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    empty = tmp_path / "empty.md"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    report = lint_paths([str(gbk), str(word), str(broken), str(empty), str(binary),
                         str(tmp_path / "missing.md")])
    by_file = {(Path(f.path).name, f.code, f.line) for f in report.findings}
    assert ("gbk.txt", "CS102", 1) in by_file
    assert ("summary.docx", "CS201", 2) in by_file and ("summary.docx", "CS102", 4) in by_file
    errors = {Path(e.path).name: e.message for e in report.errors}
    assert set(errors) == {"broken.docx", "empty.md", "image.txt", "missing.md"}
    assert "Word" in errors["broken.docx"] and "空" in errors["empty.md"]


def test_huge_and_mixed_encoding_files(tmp_path: Path) -> None:
    huge = tmp_path / "huge.md"
    huge.write_bytes("很多".encode() * (5 * 1024 * 1024 // 6 + 1))
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes("前半段是UTF-8编码的文字。\n".encode() + "后半段是GBK编码的文字。".encode("gbk"))
    report = lint_paths([str(huge), str(mixed)])
    messages = " ".join(e.message for e in report.errors)
    assert "过大" in messages and "混用" in messages


# --- one lexicon for linter and prompts -----------------------------------------------------

def test_prompt_lexicon_is_the_catalogue() -> None:
    entries = {e["code"]: e for e in prompt_lexicon()}
    assert "显著" in entries["CS101"]["words"]
    assert "论点" in entries["CS501"]["words"]
    assert entries["CS302"]["words"] == [] and entries["CS302"]["message"]
    assert not any(code.startswith(("CS4", "CS6")) for code in entries)


def test_customer_words_in_a_quotation_are_reported_speech_not_wording():
    assert set(codes("客户来电称保单“大概已经过期了”，经核实该保单保障期至2026年8月15日，目前有效。")) == set()
    assert not set(codes("客户说：“等得很久，态度一般。”我们当天回电并补偿了10元优惠券。")) & {"CS101", "CS102", "CS103"}
    # A quotation nobody said is the writer's own slogan, and is still checked.
    # (as a slogan word, or as a whole quoted motto of parallel phrases)
    assert {"CS205", "CS211"} & set(codes("我们始终秉承“客户第一，服务至上”的理念。"))


def test_a_colon_or_a_list_of_values_backs_the_claim_before_it():
    assert set(codes("试点效果良好：试点组一次解决率为89.3%，同期对照组为83.0%，高6.3个百分点。")) == set()
    assert "CS305" in set(codes("试点效果良好：试点组反馈积极。"))
    assert set(codes("客服中心接通率稳步提升，2025年四个季度分别为88.1%、89.6%、90.4%、91.7%。")) == set()
    # A figure about something else in the next clause still does not back it.
    assert "CS301" in set(codes("客服中心接通率稳步提升，全年处理工单1,200件。"))


def test_docx_limits_apply_to_the_uncompressed_size(tmp_path: Path) -> None:
    """A small .docx that would inflate to gigabytes is refused before it is inflated."""
    import zipfile

    import docx

    from cswriter.lint import readers

    doc = docx.Document()
    doc.add_paragraph("工作总结")
    good = tmp_path / "good.docx"
    doc.save(str(good))
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("word/media/padding.bin", b"\0" * (readers.MAX_DOCX_UNCOMPRESSED + 1))
    assert bomb.stat().st_size < 1024 * 1024  # small on disk
    huge_xml = tmp_path / "huge.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(huge_xml, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (readers.MAX_DOCX_XML_PART + 1))
            target.writestr(item, data, compresslevel=1)  # level 1: the same zip in a third of the time
    report = lint_paths([str(good), str(bomb), str(huge_xml)])
    errors = {Path(e.path).name: e.message for e in report.errors}
    assert set(errors) == {"bomb.docx", "huge.docx"}
    assert "解压后" in errors["bomb.docx"] and "word/document.xml" in errors["huge.docx"]


@pytest.mark.slow  # forks a pool of lint workers: the process boundary is what it tests
def test_many_files_use_worker_processes_and_keep_the_input_order(tmp_path) -> None:
    from cswriter.lint import iter_lint

    paths = []
    for i in range(6):
        p = tmp_path / f"{i}.md"
        p.write_text(f"第{i}份。本季度客户满意度显著提升。\n" * (i + 1), encoding="utf-8")
        paths.append(str(p))
    paths.insert(3, str(tmp_path / "missing.md"))
    one = list(iter_lint(paths, config=LintConfig(), jobs=1))
    two = list(iter_lint(paths, config=LintConfig(), jobs=2))
    assert [r.path for r in two] == [r.path for r in one] == [p for p in paths]
    assert [[f.to_dict() for f in r.findings] for r in two] == [[f.to_dict() for f in r.findings] for r in one]
    assert two[3].error is not None and two[3].findings == []
    report = lint_paths(paths, config=LintConfig(), jobs=2)
    assert report.summary()["files"] == 6 and report.summary()["files_failed"] == 1
