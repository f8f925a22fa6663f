"""`cswriter draft --interactive`: accept, regenerate with an instruction, edit, skip; resumable."""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from pathlib import Path

import pytest

from cswriter.backends.mock import MockBackend
from cswriter.commands.dialogues.review import (
    InteractiveQuit,
    InteractiveSession,
    InteractiveState,
    Terminal,
    load_state,
)
from helpers import on_topic_reply

from cswriter.draft import DraftOptions
from cswriter.facts.model import load_facts

ROOT = Path(__file__).resolve().parent.parent
YEAR_END = ROOT / "fixtures" / "year-end-agent.yaml"
CSWRITER = Path(sys.executable).parent / "cswriter"


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CSWRITER_CACHE_DIR", str(tmp_path / "cache"))


def scripted(answers: list[str]) -> Terminal:
    queue = list(answers)

    def read(prompt: str) -> str:
        if not queue:
            raise EOFError
        return queue.pop(0)

    return Terminal(read=read)


def reply(request, index):
    instruction = request.context.get("instruction") or ""
    # About the section (its facts named), so no reply is sent back as off topic.
    return (f"第{index + 1}稿{request.section}。" + on_topic_reply(request)
            + (f"按要求:{instruction}。" if instruction else ""))


def session(tmp_path, answers, backend, editor=lambda text: text + "(已人工核对)"):
    state_file = tmp_path / ".cswriter-draft.json"
    facts = load_facts(YEAR_END)
    return InteractiveSession(facts, backend, DraftOptions(only=["overview", "metrics", "teamwork"]),
                              state_file=state_file, state=load_state(state_file, YEAR_END),
                              terminal=scripted(answers), editor=editor), state_file


def test_accept_regenerate_edit_skip(tmp_path):
    backend = MockBackend(script=reply)
    s, state_file = session(tmp_path, ["a", "r", "更简洁", "a", "e", "a"], backend)
    # overview accepted; metrics regenerated with an instruction then accepted; teamwork edited.
    draft = s.run()
    texts = {sec.id: sec.text for sec in draft.sections}
    assert "按要求:更简洁" in texts["metrics"]
    assert "更简洁" in backend.requests[-1].messages[-1].content  # the instruction reached the prompt
    assert texts["teamwork"].endswith("(已人工核对)")
    state = InteractiveState.model_validate_json(state_file.read_text(encoding="utf-8"))
    assert {k: v.decision for k, v in state.sections.items()} == {
        "overview": "accepted", "metrics": "accepted", "teamwork": "edited"}


def test_quit_saves_and_rerun_resumes_without_asking_again(tmp_path):
    backend = MockBackend(script=reply)
    first, state_file = session(tmp_path, ["a", "s", "q"], backend)
    with pytest.raises(InteractiveQuit):
        first.run()
    saved = json.loads(state_file.read_text(encoding="utf-8"))["sections"]
    assert saved["overview"]["decision"] == "accepted" and saved["metrics"]["decision"] == "skipped"

    again, _ = session(tmp_path, ["a"], MockBackend(script=reply))  # only `teamwork` is asked about
    draft = again.run()
    statuses = {s.id: s.status for s in draft.sections}
    assert statuses["metrics"] == "skipped"
    from cswriter.draft.render import render_markdown

    markdown = render_markdown(draft)
    assert "核心指标" not in markdown and "## 二、团队协作与沟通" in markdown  # renumbered


def test_decision_is_dropped_when_the_section_facts_change(tmp_path):
    backend = MockBackend(script=reply)
    first, state_file = session(tmp_path, ["a", "a", "a"], backend)
    first.run()
    state = json.loads(state_file.read_text(encoding="utf-8"))
    state["sections"]["metrics"]["fingerprint"] = "stale"
    state_file.write_text(json.dumps(state), encoding="utf-8")
    asked: list[str] = []
    again, _ = session(tmp_path, ["a"], MockBackend(script=reply))
    original = again.terminal.ask
    again.terminal.ask = lambda prompt: (asked.append(prompt), original(prompt))[1]
    again.run()
    assert len(asked) == 1  # only the section whose facts changed is reviewed again


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
@pytest.mark.slow
def test_interactive_in_a_pseudo_terminal_with_editor(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\nprintf "李明负责客服热线和在线工单。\\n" > "$1"\n', encoding="utf-8")
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    out = tmp_path / "总结.md"
    env = {**os.environ, "EDITOR": str(editor), "CSWRITER_CACHE_DIR": str(tmp_path / "cache"),
           "COLUMNS": "120", "TERM": "dumb"}
    command = [str(YEAR_END), "-o", str(out), "--interactive"]

    child = pexpect.spawn(str(CSWRITER), ["draft", *command], env=env, encoding="utf-8", timeout=30)
    child.expect("工作概述")
    child.expect(r"\[q\]")
    child.sendline("e")                       # overview: edit in $EDITOR …
    child.expect("李明负责客服热线和在线工单")
    child.expect(r"\[q\]")
    child.sendline("a")                       # … then accept the edited text
    child.expect("核心指标与工作成果")
    child.expect(r"\[q\]")
    child.sendline("s")                       # skip metrics
    child.expect("工作内容与方式")
    child.expect(r"\[q\]")
    child.sendline("q")                       # quit: progress saved
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert not out.exists()
    state = json.loads((tmp_path / ".总结.md.cswriter-draft.json").read_text(encoding="utf-8"))
    assert state["sections"]["overview"]["decision"] == "edited"

    # Rerun: resumes at 工作内容与方式; accept everything that is left.
    child = pexpect.spawn(str(CSWRITER), ["draft", *command], env=env, encoding="utf-8", timeout=30)
    child.expect("继续")
    # (ten sections left: a year-end report asks for its 经验与体会 too, review 16)
    for _ in range(10):
        child.expect(r"\[q\]")
        child.sendline("a")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    text = out.read_text(encoding="utf-8")
    assert "## 一、工作概述\n\n李明负责客服热线和在线工单。" in text
    assert "核心指标与工作成果" not in text
    # renumbered: the skipped section leaves no gap in 一、二、三…
    numbers = re.findall(r"^## ([一二三四五六七八九十]+)、", text, flags=re.M)
    assert numbers == list("一二三四五六七八九十")[:len(numbers)] and len(numbers) >= 3, numbers


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
@pytest.mark.slow
def test_review_at_80_columns_shows_the_whole_section_then_says_offline_cannot_rewrite_and_edits_with_nano(
        tmp_path):
    """A writer with an 80-column terminal, no $EDITOR, and nano installed."""
    pexpect = pytest.importorskip("pexpect")
    from cswriter.backends.offline import OfflineBackend
    from cswriter.draft.pipeline import draft_document

    facts = load_facts(YEAR_END)
    expected = draft_document(facts, OfflineBackend(), DraftOptions(only=["metrics"])).sections[0].text
    assert len(expected) > 80  # several lines at 80 columns (a verdict and the featured figures)

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    nano = bin_dir / "nano"
    nano.write_text('#!/bin/sh\nprintf "用nano改过的核心指标。\\n" > "$1"\n', encoding="utf-8")
    nano.chmod(nano.stat().st_mode | stat.S_IEXEC)
    env = {k: v for k, v in os.environ.items() if k not in ("EDITOR", "VISUAL", "COLUMNS", "LINES")}
    env.update({"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "CSWRITER_CACHE_DIR": str(tmp_path / "cache"),
                "TERM": "dumb", "NO_COLOR": "1", "CSWRITER_BACKEND": "offline"})
    out = tmp_path / "总结.md"
    child = pexpect.spawn(str(CSWRITER), ["draft", str(YEAR_END), "-o", str(out), "--interactive"], env=env,
                          encoding="utf-8", timeout=60, dimensions=(24, 80))
    child.expect(r"\[q\]")
    child.sendline("a")  # 工作概述
    child.expect("核心指标与工作成果")
    child.expect(r"\[a\] 接受")
    shown = child.before
    lines = [line for line in shown.splitlines() if line.strip()]
    assert all(len(line) <= 80 for line in lines)  # wrapped, nothing cut at the edge
    visible = "".join(ch for ch in shown if ch not in "│╭╮╰╯─ \r\n")
    assert "".join(expected.split()) in visible  # every character of the section, before the choices
    child.expect(r"\[q\]")
    child.sendline("r")
    child.expect("不能按要求改写")
    child.expect(r"\[q\]")
    child.sendline("e")
    child.expect("用nano改过的核心指标")
    child.expect(r"\[q\]")
    child.sendline("a")
    child.expect(r"\[q\]")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    state = json.loads((tmp_path / ".总结.md.cswriter-draft.json").read_text(encoding="utf-8"))
    assert state["sections"]["metrics"] == {**state["sections"]["metrics"], "decision": "edited",
                                            "text": "用nano改过的核心指标。"}


# ---------------------------------------------------------------------------------------
# Hand edits are kept with the draft they belong to, and never dropped silently


def _with_author(facts, author: str):
    return facts.model_copy(update={"report": facts.report.model_copy(update={"author": author})})


def _stale_session(tmp_path, answers, terminal=None):
    """The overview was edited and accepted; then the author in the facts changed."""
    backend = MockBackend(script=reply)
    first, state_file = session(tmp_path, ["e", "a", "a", "a"], backend)
    first.run()
    saved = json.loads(state_file.read_text(encoding="utf-8"))["sections"]["overview"]
    assert saved["decision"] == "edited" and saved["text"].endswith("(已人工核对)")
    facts = _with_author(load_facts(YEAR_END), "王芳")
    again = InteractiveSession(facts, MockBackend(script=reply), DraftOptions(only=["overview", "metrics", "teamwork"]),
                               state_file=state_file, state=load_state(state_file, YEAR_END),
                               terminal=terminal or scripted(answers))
    assert again.fingerprints["overview"] != saved["fingerprint"]  # the overview's facts did change
    return again, state_file


def test_an_edit_whose_facts_changed_is_shown_and_kept_when_the_writer_says_so(tmp_path, capsys):
    # The author is in every section's facts: the drafted sections are reviewed again too.
    again, state_file = _stale_session(tmp_path, ["k", "a", "a"])
    draft = again.run()
    assert {s.id: s.text for s in draft.sections}["overview"].endswith("(已人工核对)")
    shown = capsys.readouterr().err
    assert "用到的事实在你编辑之后有变化" in shown and "(已人工核对)" in shown  # the edit itself is shown
    saved = json.loads(state_file.read_text(encoding="utf-8"))["sections"]["overview"]
    assert saved["decision"] == "edited" and saved["fingerprint"] == again.fingerprints["overview"]


def test_an_edit_whose_facts_changed_can_be_redrafted(tmp_path):
    again, state_file = _stale_session(tmp_path, ["r", "a", "a", "a"])
    draft = again.run()
    overview = {s.id: s.text for s in draft.sections}["overview"]
    assert "(已人工核对)" not in overview and overview.startswith("第")  # drafted anew, then accepted
    saved = json.loads(state_file.read_text(encoding="utf-8"))["sections"]["overview"]
    assert saved["decision"] == "accepted"


def test_without_a_terminal_a_stale_edit_is_kept_and_stderr_says_so(tmp_path, capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("a\na\n"))  # piped answers, no terminal
    again, state_file = _stale_session(tmp_path, [], terminal=Terminal())
    draft = again.run()
    assert {s.id: s.text for s in draft.sections}["overview"].endswith("(已人工核对)")
    assert "保留你的编辑" in capsys.readouterr().err
    saved = json.loads(state_file.read_text(encoding="utf-8"))["sections"]["overview"]
    assert saved["text"].endswith("(已人工核对)")


def test_each_output_has_its_own_state_file():
    from cswriter.commands.dialogues.review import state_path

    folder = Path("/work/总结")
    paths = {state_path(Path("a.yaml"), folder / "年终.md"), state_path(Path("b.yaml"), folder / "季度.md"),
             state_path(folder / "a.yaml", None), state_path(folder / "b.yaml", None)}
    assert len(paths) == 4 and all(p.parent == folder for p in paths)


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
@pytest.mark.slow
def test_two_summaries_in_one_folder_and_a_changed_fact_lose_no_edit(tmp_path):
    """Summary A is edited, summary B is reviewed into the same folder, then A's facts change:
    A's edit is shown again and kept."""
    pexpect = pytest.importorskip("pexpect")
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\nprintf "李明负责客服热线和在线工单（手改）。\\n" > "$1"\n', encoding="utf-8")
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    env = {**os.environ, "EDITOR": str(editor), "CSWRITER_CACHE_DIR": str(tmp_path / "cache"),
           "COLUMNS": "120", "TERM": "dumb", "NO_COLOR": "1", "CSWRITER_BACKEND": "offline"}
    facts_a, facts_b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    facts_a.write_text(YEAR_END.read_text(encoding="utf-8"), encoding="utf-8")
    facts_b.write_text(YEAR_END.read_text(encoding="utf-8").replace("李明", "赵强"), encoding="utf-8")

    def spawn(facts, out):
        return pexpect.spawn(str(CSWRITER), ["draft", str(facts), "-o", str(out), "--interactive"], env=env,
                             encoding="utf-8", timeout=60)

    child = spawn(facts_a, tmp_path / "a.md")
    child.expect(r"\[q\]")
    child.sendline("e")                       # A's overview edited and accepted, then quit
    child.expect("手改")
    child.expect(r"\[q\]")
    child.sendline("a")
    child.expect(r"\[q\]")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()

    child = spawn(facts_b, tmp_path / "b.md")  # B in the same folder: its own review from the start
    child.expect("工作概述")
    child.expect(r"\[q\]")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()

    facts_a.write_text(facts_a.read_text(encoding="utf-8").replace("team: 客户服务部", "team: 客户服务二部"),
                       encoding="utf-8")
    child = spawn(facts_a, tmp_path / "a.md")
    child.expect("用到的事实在你编辑之后有变化")
    child.expect("手改")
    child.expect(r"\[k\]")
    child.sendline("k")
    for _ in range(20):
        if child.expect([r"\[q\]", pexpect.EOF]) == 1:
            break
        child.sendline("a")
    child.close()
    assert child.exitstatus in (0, 1)  # 1: findings left in the draft
    assert "李明负责客服热线和在线工单（手改）。" in (tmp_path / "a.md").read_text(encoding="utf-8")
