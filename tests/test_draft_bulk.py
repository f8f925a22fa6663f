"""Many reports in one run: one shared pool, each report standing alone, resumable."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from cswriter.backends.mock import MockBackend
from cswriter.cli import app
from cswriter.draft.bulk import BulkJob, draft_many, find_facts_files, output_names, worst_exit_code
from cswriter.draft.pipeline import DraftOptions
from cswriter.errors import BackendError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
from helpers import on_topic_reply  # noqa: E402

PLAIN = "本节内容依据事实撰写。"


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def team(tmp_path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    for name in ("张三", "李四", "王五"):
        shutil.copy(FIXTURES / "year-end-agent.yaml", folder / f"{name}.yaml")
        text = (folder / f"{name}.yaml").read_text(encoding="utf-8")
        (folder / f"{name}.yaml").write_text(text.replace("李明", name), encoding="utf-8")
    return folder


def test_all_reports_share_one_pool_and_concurrency_is_the_total(team):
    in_flight = 0
    peak = 0
    lock = threading.Lock()

    def reply(request, index):
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        threading.Event().wait(0.03)  # long enough for calls of different reports to overlap
        with lock:
            in_flight -= 1
        return on_topic_reply(request)

    backend = MockBackend(script=reply)
    jobs = [BulkJob(source=path) for path in find_facts_files([team])]
    outcomes = draft_many(jobs, backend, DraftOptions(concurrency=3))
    assert [o.name for o in outcomes] == ["张三", "李四", "王五"]
    assert all(o.status == "ok" for o in outcomes), outcomes
    assert 2 <= peak <= 3  # sections of different reports overlap, never more than the total
    assert sum(o.model_calls for o in outcomes) == backend.call_count


def test_one_report_failing_keeps_the_others_and_the_worst_code_wins(team, tmp_path):
    (team / "坏文件.yaml").write_text("report: [这不是", encoding="utf-8")

    def reply(request, index):
        if "王五" in request.messages[-1].content and request.section == "metrics":
            raise BackendError("模拟:服务端出错(500)")
        return on_topic_reply(request)

    finished = []
    outcomes = draft_many([BulkJob(source=p) for p in find_facts_files([team])],
                          MockBackend(script=reply), DraftOptions(concurrency=2),
                          on_report=lambda job, outcome, draft: finished.append((outcome.name, draft is not None)))
    by_name = {o.name: o for o in outcomes}
    assert by_name["坏文件"].status == "failed" and by_name["坏文件"].exit_code == 2
    assert by_name["王五"].status == "failed" and by_name["王五"].exit_code == 3
    assert "500" in by_name["王五"].message
    assert by_name["张三"].status == by_name["李四"].status == "ok"
    assert worst_exit_code(outcomes) == 3
    assert dict(finished) == {"坏文件": False, "王五": False, "张三": True, "李四": True}


def test_a_rerun_resumes_from_the_cache(team):
    jobs = [BulkJob(source=p) for p in find_facts_files([team])]
    first = MockBackend(script=on_topic_reply)
    draft_many(jobs, first, DraftOptions())

    second = MockBackend(script=on_topic_reply)
    outcomes = draft_many(jobs, second, DraftOptions())
    assert second.call_count == 0
    assert sum(o.cache_hits for o in outcomes) == first.call_count


def test_output_names_follow_the_facts_files():
    names = output_names([Path("a/张三.yaml"), Path("b/张三.yml"), Path("李四.json")], ".md")
    assert names == ["a-张三.md", "b-张三.md", "李四.md"]


def test_the_draft_command_drafts_a_folder_into_a_folder(team, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["draft", str(team), "-o", f"{out}/", "--backend", "mock",
                                      "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    assert sorted(r["name"] for r in data["reports"]) == ["张三", "李四", "王五"]
    assert data["exit_code"] == result.exit_code
    for name in ("张三", "李四", "王五"):
        text = (out / f"{name}.md").read_text(encoding="utf-8")
        assert name in text
    assert {r["output"] for r in data["reports"]} == {str(out / f"{n}.md") for n in ("张三", "李四", "王五")}


def test_the_draft_command_with_several_files_and_a_broken_one(team, tmp_path):
    (team / "坏文件.yaml").write_text("report: [这不是", encoding="utf-8")
    out = tmp_path / "out"
    files = [str(p) for p in sorted(team.iterdir())]
    result = CliRunner().invoke(app, ["draft", *files, "-o", f"{out}/", "--to", "docx"])
    assert result.exit_code == 2, result.output
    assert "坏文件" in result.stderr and "张三" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["张三.docx", "李四.docx", "王五.docx"]


def test_several_files_need_an_output_folder(team):
    files = [str(p) for p in sorted(team.iterdir())]
    result = CliRunner().invoke(app, ["draft", *files])
    assert result.exit_code == 2 and "-o" in result.stderr
