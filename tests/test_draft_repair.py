"""Verification and repair: invented figures and vague wording go back to the model with the
exact spans; what survives the repairs stays listed and fails the draft (exit 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import drafted_offline, on_topic_reply

from cswriter.backends.mock import MockBackend
from cswriter.backends.offline import OfflineBackend
from cswriter.cli import app
from cswriter.draft import DraftOptions, draft_document
from cswriter.draft.render import draft_json, render_markdown
from cswriter.facts.model import load_facts
from cswriter.figures.trace import build_tracer
from cswriter.lint import lint_text

ROOT = Path(__file__).resolve().parent.parent
YEAR_END = ROOT / "fixtures" / "year-end-agent.yaml"
OTHERS = on_topic_reply  # a reply about each other section, with no figure to repair
GOOD = "客户满意度95.2分，较去年提高3.1分。"


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def facts():
    return load_facts(YEAR_END)


def test_offline_draft_passes_lint_with_facts(facts):
    markdown = render_markdown(draft_document(facts, OfflineBackend()))
    findings = lint_text(markdown, path="draft.md", tracer=build_tracer(facts))
    assert [f for f in findings if f.severity == "error"] == []
    assert not [f for f in findings if f.code.startswith("CS4")]


@pytest.mark.parametrize("fixture", sorted((ROOT / "fixtures").glob("*.yaml")), ids=lambda p: p.stem)
def test_offline_drafts_of_every_fixture_have_no_error(fixture):
    facts, draft, markdown = drafted_offline(fixture.stem)
    assert draft.ok, [(s.id, f.code, f.match) for s in draft.sections for f in s.findings
                      if f.severity == "error"]
    findings = lint_text(markdown, path="draft.md", tracer=build_tracer(facts))
    assert [f.match for f in findings if f.severity == "error"] == []


def test_invented_figure_is_sent_back_and_repaired(facts):
    backend = MockBackend(script={"metrics": ["客户满意度95.2分，较去年提高9.9分。", GOOD], "*": OTHERS})
    draft = draft_document(facts, backend, DraftOptions(use_cache=False))
    metrics = draft.section("metrics")
    assert metrics.text == GOOD and metrics.repairs == 1 and metrics.model_calls == 2
    assert draft.ok
    repair = [r for r in backend.requests if r.section == "metrics"][1]
    assert [m.role for m in repair.messages] == ["system", "user", "assistant", "user"]
    assert repair.messages[2].content == "客户满意度95.2分，较去年提高9.9分。"
    assert "“9.9分”" in repair.messages[3].content and "CS4" not in repair.messages[3].content
    # Every number in the final text is traced to its source.
    sources = {n.text: n.source for n in metrics.numbers}
    assert sources["95.2分"] == "事实 客户满意度.value"
    assert sources["3.1分"].startswith("客户满意度.change = 95.2 − 92.1")


def test_vague_phrase_is_sent_back_and_repaired(facts):
    backend = MockBackend(script={"training": ["培训效果显著。", "牵头制定服务话术标准化手册。"], "*": OTHERS})
    draft = draft_document(facts, backend, DraftOptions(use_cache=False))
    training = draft.section("training")
    assert training.text == "牵头制定服务话术标准化手册。" and training.repairs == 1
    assert "“效果显著”" in backend.requests[-1].messages[-1].content or any(
        "效果显著" in r.messages[-1].content for r in backend.requests if r.section == "training")


def test_unrepairable_figure_is_kept_listed_and_fails_the_draft(facts):
    wrong = ["客户满意度95.2分，较去年提高9.9分。", "客户满意度95.2分，较去年提高8.8分。",
             "客户满意度95.2分，较去年提高7.7分。"]
    backend = MockBackend(script={"metrics": wrong, "*": OTHERS})
    draft = draft_document(facts, backend, DraftOptions(use_cache=False, max_repairs=2))
    metrics = draft.section("metrics")
    assert metrics.repairs == 2 and metrics.model_calls == 3
    assert metrics.text in wrong  # the section keeps its text …
    errors = [f for f in metrics.findings if f.severity == "error"]
    assert errors and errors[0].code.startswith("CS4")  # … and the problem is listed
    assert not draft.ok
    data = draft_json(draft)
    assert data["ok"] is False
    listed = next(s for s in data["sections"] if s["id"] == "metrics")
    assert any(n["source"] is None for n in listed["numbers"])


def test_max_repairs_zero_sends_nothing_back(facts):
    backend = MockBackend(script={"metrics": ["客户满意度95.2分，较去年提高9.9分。"], "*": OTHERS})
    draft = draft_document(facts, backend, DraftOptions(use_cache=False, max_repairs=0))
    assert draft.section("metrics").repairs == 0 and not draft.ok


def test_cli_exit_1_and_problem_listed_when_a_figure_survives(facts, monkeypatch, tmp_path):
    import cswriter.backends.registry as registry

    wrong = ["客户满意度95.2分，较去年提高9.9分。", "客户满意度95.2分，较去年提高8.8分。", "客户满意度95.2分，较去年提高7.7分。"]
    monkeypatch.setattr(registry, "get_backend",
                        lambda name=None, model=None, **kw: MockBackend(script={"metrics": wrong, "*": OTHERS}))
    out = tmp_path / "draft.json"
    result = CliRunner().invoke(app, ["draft", str(YEAR_END), "--backend", "mock", "-o", str(out)])
    assert result.exit_code == 1
    assert "CS401" in result.output and "7.7分" in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["ok"] is False
