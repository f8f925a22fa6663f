"""`cswriter draft`: the offline default, the pipeline with a scripted mock, and the command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cswriter.backends.mock import MockBackend
from cswriter.backends.offline import OfflineBackend
from cswriter.cli import app
from cswriter.draft import DraftOptions, draft_document
from cswriter.draft.render import render_markdown
from cswriter.facts.model import load_facts
from helpers import with_attachment_note

ROOT = Path(__file__).resolve().parent.parent
YEAR_END = ROOT / "fixtures" / "year-end-agent.yaml"
# (review 16, class 4: a year-end report asks for its 经验与体会: a recommended section)
SECTION_ORDER = ["overview", "metrics", "work", "feedback", "complaints", "cases", "teamwork",
                 "training", "problems", "reflections", "plans", "attachments"]


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CSWRITER_BACKEND", raising=False)
    monkeypatch.delenv("CSWRITER_MODEL", raising=False)


@pytest.fixture(scope="module")
def facts():
    return load_facts(YEAR_END)


def test_offline_draft_is_complete_and_in_outline_order(facts):
    draft = draft_document(with_attachment_note(facts), OfflineBackend())
    assert [s.id for s in draft.sections] == SECTION_ORDER
    markdown = render_markdown(draft)
    # A personal report: no team name as its subject, no 年度年终 stutter.
    assert markdown.startswith("# 2025年度个人工作总结\n")
    # Two sections need input; the attachment follows the closing line, unnumbered.
    # (review 10, D: the shares of one line join the data they describe)
    assert "## 一、工作概述" in markdown and "## 五、改进措施与下一步计划" in markdown
    assert "## 二、核心指标与工作成果" in markdown and "客户咨询与反馈" not in markdown
    # The training item a plan carries on is still the year's work (review 10, F); one that
    # is no training (a handbook: no course, hours or score) is told as the base of the plan
    # that carries it on, not as a one-line 培训与能力提升 section (review 24/25, class E);
    # the one-line teamwork item joins the metrics it moved.
    assert "团队协作" not in markdown and "培训与能力提升" not in markdown
    assert "本年度我牵头制定了服务话术标准化手册，接下来还要完成手册第二版并组织全员培训" in markdown
    # (review 20, class 1: a plain action and the result it moved, from its base, no 靠的是)
    assert "我还组织了8次跨部门研讨会，关键节点平均响应时长从2.6分钟缩短到2.1分钟" in markdown \
        and "靠的是" not in markdown \
        and "牵头制定了服务话术标准化手册" in markdown
    # No stock closing line (review 7, C4); the attachment follows the last section.
    assert "不足之处请领导指正" not in markdown and "总结如下" not in markdown
    assert markdown.index("## 五、改进措施与下一步计划") < markdown.index("## 附件")
    # Figures come from code, written as code formatted them.
    assert "125,380件" in markdown and "完成目标的112.6%" in markdown
    # The prose does not read the table aloud: a change the prose leaves out is in the table.
    # (review 10, A: the level a teamwork item tells, 2.1分钟, is said there once; its change
    # is the table's)
    assert "| 提升1.2个百分点 |" in markdown and "| 缩短19.2% |" in markdown
    assert "较去年缩短19.2%" not in markdown and markdown.count("2.1分钟") == 2  # prose, table
    # Tables: metrics with targets and previous values, and the monthly table.
    assert "| 咨询处理量 | 125,380件 | 111,350件 | 达标，完成目标的112.6% | 108,840件 | 增长15.2% |" in markdown
    assert "| 2025年1月 | 10,200 | 97.8 | 94.1 | 135 |" in markdown
    assert draft.ok


def test_needs_input_section_says_what_is_missing_and_makes_no_call(facts):
    backend = MockBackend(script=lambda request, index: "本节正文。")
    draft = draft_document(facts, backend, DraftOptions(use_cache=False, max_repairs=0))
    complaints = draft.section("complaints")
    assert complaints.status == "needs-input"
    assert "需补充" in complaints.text and "投诉" in complaints.text
    assert complaints.questions and complaints.questions[0] in complaints.text
    assert "complaints" not in {r.section for r in backend.requests}
    # Work (no items, only the duties the overview states) needs input too; the attachment
    # (a table of January to May in a year-end report, CK605) is attached under its months.
    assert backend.call_count == 9


def test_cli_draft_to_markdown_file(tmp_path):
    out = tmp_path / "总结.md"
    result = CliRunner().invoke(app, ["draft", str(YEAR_END), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "## 二、核心指标与工作成果" in text


def test_cli_draft_rejects_unknown_output_type(tmp_path):
    result = CliRunner().invoke(app, ["draft", str(YEAR_END), "-o", str(tmp_path / "x.rtf")])  # .pdf is supported
    assert result.exit_code == 2
    assert "不支持的输出文件类型" in result.output


@pytest.mark.slow
def test_import_of_cli_stays_light():
    code = ("import sys, cswriter.cli; heavy = [m for m in ('openai', 'langchain', 'docx', "
            "'langchain_core', 'jieba', 'rjieba', 'jinja2') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_table_of_part_of_the_year_is_attached_under_its_months_and_named_to_the_writer(facts):
    # January to May in a year-end report (CK605): review 17 (class 4, both reviewers) wants
    # it attached all the same, titled by its real months; the writer is told once, outside
    # the document, that the other months are missing.
    from cswriter.draft.render import pending_notes

    draft = draft_document(facts, OfflineBackend())
    assert draft.section("attachments").status == "drafted"
    markdown = render_markdown(draft, inline_notes=False)
    assert "2025年1—5月月度数据" in markdown and "| 2025年5月 |" in markdown
    assert "附表只有" not in markdown
    assert [note for note in pending_notes(draft) if "附表只有2025年1—5月" in note]
