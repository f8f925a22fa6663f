"""`--batch`: drafting through an OpenAI-compatible Batch API, against a local fake provider."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cswriter.backends.openai_backend import OpenAIBackend
from cswriter.cli import app
from cswriter.draft.batch import draft_many_batched
from cswriter.draft.bulk import BulkJob, find_facts_files
from cswriter.draft.pipeline import DraftOptions
from cswriter.errors import BackendError, InputError

try:
    from openai_server import TEST_KEY, OpenAIServer, Reply, openai_server  # noqa: F401
except ImportError:  # pragma: no cover
    from tests.openai_server import TEST_KEY, OpenAIServer, Reply, openai_server  # noqa: F401

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PLAIN = "本节内容依据事实撰写。"


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CSWRITER_BATCH_POLL", "0.01")


@pytest.fixture
def team(tmp_path) -> list[BulkJob]:
    folder = tmp_path / "team"
    folder.mkdir()
    for name in ("张三", "李四"):
        text = (FIXTURES / "year-end-agent.yaml").read_text(encoding="utf-8")
        (folder / f"{name}.yaml").write_text(text.replace("李明", name), encoding="utf-8")
    return [BulkJob(source=p) for p in find_facts_files([folder])]


def backend() -> OpenAIBackend:
    return OpenAIBackend(model="qwen-plus", timeout=5.0, max_retries=0)


def chat_requests(server: OpenAIServer) -> list:
    return [r for r in server.requests if r.path == "/v1/chat/completions"]


@pytest.mark.slow
def test_first_drafts_of_all_reports_go_in_one_batch(openai_server, team):
    openai_server.default = Reply.ok(PLAIN)
    progress: list[str] = []
    outcomes = draft_many_batched(team, backend(), DraftOptions(), on_progress=progress.append)
    assert [o.status for o in outcomes] == ["ok", "ok"], outcomes
    assert len(openai_server.batches) == 1
    sections = sum(o.sections - o.needs_input for o in outcomes)
    assert openai_server.batch_lines == sections
    assert chat_requests(openai_server) == []  # nothing sent directly
    assert any("处理中" in line for line in progress)


@pytest.mark.slow
def test_repairs_go_in_a_further_batch(openai_server, team):
    def guard(path, body):
        last = body["messages"][-1]["content"]
        if body["messages"][-1]["role"] == "user" and "审稿工具" in last:
            return Reply.ok(PLAIN)  # the repair
        if "工作内容" in last:
            return Reply.ok("本年度受理工单 99999 件。")  # a figure not in the facts
        return Reply.ok(PLAIN)

    openai_server.guard = guard
    outcomes = draft_many_batched(team, backend(), DraftOptions(max_repairs=1))
    assert [o.status for o in outcomes] == ["ok", "ok"], outcomes
    assert len(openai_server.batches) == 2
    second_input = openai_server.files[openai_server.batches["batch_2"]["input_file_id"]]
    repair_lines = [line for line in second_input.splitlines() if line.strip()]
    assert len(repair_lines) == 2  # one repair per report, both in the second batch


@pytest.mark.slow
def test_an_interrupted_run_resumes_the_same_batch(openai_server, team, monkeypatch):
    import cswriter.draft.batch as batch_module

    openai_server.default = Reply.ok(PLAIN)
    calls = {"n": 0}
    real_sleep = batch_module.time.sleep

    def interrupt(seconds):
        calls["n"] += 1
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_module.time, "sleep", interrupt)
    with pytest.raises(KeyboardInterrupt):
        draft_many_batched(team, backend(), DraftOptions())
    assert len(openai_server.batches) == 1
    monkeypatch.setattr(batch_module.time, "sleep", real_sleep)
    outcomes = draft_many_batched(team, backend(), DraftOptions())
    assert [o.status for o in outcomes] == ["ok", "ok"]
    assert len(openai_server.batches) == 1  # picked up, not paid for again
    assert len([r for r in openai_server.requests if r.path == "/v1/files"]) == 1


@pytest.mark.slow
def test_a_provider_without_a_batch_api_is_a_clear_message(team, monkeypatch):
    with OpenAIServer(batch_api=False) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", TEST_KEY)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        with pytest.raises(BackendError, match="没有提供 Batch API"):
            draft_many_batched(team, backend(), DraftOptions())
        assert not [r for r in server.requests if r.path == "/v1/chat/completions"]


def test_batch_needs_the_openai_backend_and_the_cache(team):
    from cswriter.backends.mock import MockBackend

    with pytest.raises(InputError, match="openai"):
        draft_many_batched(team, MockBackend(), DraftOptions())


@pytest.mark.slow
def test_a_rerun_after_a_batch_costs_nothing(openai_server, team):
    openai_server.default = Reply.ok(PLAIN)
    draft_many_batched(team, backend(), DraftOptions())
    before = len(openai_server.requests)
    outcomes = draft_many_batched(team, backend(), DraftOptions())
    assert len(openai_server.requests) == before
    assert all(o.cache_hits > 0 for o in outcomes)


@pytest.mark.slow
def test_the_draft_command_with_batch(openai_server, team, tmp_path):
    openai_server.default = Reply.ok(PLAIN)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["draft", str(team[0].source.parent), "-o", str(out) + "/",
                                      "--backend", "openai", "--model", "qwen-plus", "--batch",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [r["status"] for r in data["reports"]] == ["ok", "ok"]
    assert sorted(p.name for p in out.iterdir()) == ["张三.md", "李四.md"]
    assert len(openai_server.batches) == 1
