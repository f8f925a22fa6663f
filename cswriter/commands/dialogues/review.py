"""`cswriter draft --interactive`: review each section, then accept, regenerate, edit or skip.

Every choice is saved at once to a state file beside the output, named after it
(`.总结.md.cswriter-draft.json`; after the facts file when the draft goes to stdout), so
quitting, Ctrl-C or a crash loses nothing, two summaries drafted into one folder never share
their choices, and running the same command again resumes at the first section not yet
decided. When a section's facts changed since (its context fingerprint no longer matches), a
drafted text is drafted again, but a hand-edited one is never dropped silently: the writer
sees the edit and chooses to keep it or redraft; without a terminal to ask, it is kept and
stderr says so.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from cswriter.backends.base import Backend
from cswriter.draft.models import Draft, DraftSection
from cswriter.draft.pipeline import DraftOptions, draft_document, plan_draft
from cswriter.draft.verify import verify_text
from cswriter.errors import UserError
from cswriter.facts.model import Facts
from cswriter.text.files import write_text_atomic

STATE_SUFFIX = ".cswriter-draft.json"
LEGACY_STATE_NAME = ".cswriter-draft.json"  # one per folder, before states were per output
Decision = Literal["accepted", "edited", "skipped"]


class SectionChoice(BaseModel):
    decision: Decision | None = None
    text: str | None = None
    """The text the writer accepted or edited (None: use the drafted text)."""
    instruction: str = ""
    fingerprint: str = ""


class InteractiveState(BaseModel):
    facts: str
    sections: dict[str, SectionChoice] = {}


class InteractiveQuit(Exception):
    """The writer chose to stop (or input ended); every choice so far is saved."""


def state_path(facts_path: Path, output: Path | None) -> Path:
    """The state file of one draft: beside its output and named after it (after the facts
    file when the draft goes to stdout)."""
    named = output if output is not None else facts_path
    return named.parent / f".{named.name}{STATE_SUFFIX}"


def legacy_state_path(facts_path: Path, output: Path | None) -> Path:
    directory = output.parent if output is not None else facts_path.parent
    return directory / LEGACY_STATE_NAME


def load_state(path: Path, facts_path: Path) -> InteractiveState:
    try:
        state = InteractiveState.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValidationError, ValueError):
        return InteractiveState(facts=str(facts_path))
    if Path(state.facts).resolve() != facts_path.resolve():
        return InteractiveState(facts=str(facts_path))  # another summary's choices
    return state


def save_state(path: Path, state: InteractiveState) -> None:
    write_text_atomic(path, json.dumps(state.model_dump(), ensure_ascii=False, indent=2) + "\n")


def _fingerprints(facts: Facts, options: DraftOptions, redact: bool) -> dict[str, str]:
    plan = plan_draft(facts, options.model_copy(update={"instructions": {}, "only": None}), redact=redact)
    return {p.outline.id: hashlib.sha256(p.context.model_dump_json().encode()).hexdigest()[:16]
            for p in plan.sections}


class Terminal:
    """Where the session talks to the writer: stderr for display, stdin for answers."""

    def __init__(self, read: Callable[[str], str] | None = None) -> None:
        from rich.console import Console

        self.console = Console(stderr=True, highlight=False, soft_wrap=True)
        self._read = read

    @property
    def interactive(self) -> bool:
        """Whether someone can answer: scripted answers, or a terminal on stdin."""
        if self._read is not None:
            return True
        try:
            return sys.stdin is not None and sys.stdin.isatty()
        except (ValueError, OSError):
            return False

    def show(self, markup: str) -> None:
        self.console.print(markup)

    def ask(self, prompt: str) -> str:
        if self._read is not None:
            return self._read(prompt)
        from rich.markup import escape

        self.console.print(escape(prompt), end="")
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.strip()


def editor_command() -> str:
    """$VISUAL, then $EDITOR, then an editor a newcomer can use (nano), then vi."""
    chosen = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if chosen:
        return chosen
    if os.name == "nt":
        return "notepad"
    import shutil

    for candidate in ("nano", "vi"):
        if shutil.which(candidate):
            return candidate
    return "vi"


def edit_in_editor(text: str) -> str:
    """Open `text` in the writer's editor (`editor_command`) and return what they saved."""
    command = editor_command()
    handle, name = tempfile.mkstemp(prefix="cswriter-", suffix=".md")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        try:
            code = subprocess.call([*shlex.split(command), name])
        except OSError as error:
            raise UserError(f"无法启动编辑器 {command!r}：{error}", hint="请设置环境变量 EDITOR。") from None
        if code != 0:
            raise UserError(f"编辑器 {command!r} 以退出码 {code} 结束，本次修改未采用。")
        return Path(name).read_text(encoding="utf-8").strip()
    finally:
        Path(name).unlink(missing_ok=True)


def follows_instructions(backend: Backend) -> bool:
    """Whether regenerating with an instruction can change anything (not for template prose)."""
    return bool(getattr(backend, "follows_instructions", backend.name != "offline"))


MENU = "[a] 接受  [r] 重写（可附要求）  [e] 编辑  [s] 跳过  [q] 保存并退出 > "
STALE_MENU = "[k] 保留我的编辑  [r] 按新事实重新起草  [q] 保存并退出 > "


def _hand_edited(choice: SectionChoice) -> bool:
    """An edit the writer made (accepted, or saved before quitting), not a drafted text."""
    return choice.text is not None and choice.decision in ("edited", None)


class InteractiveSession:
    def __init__(self, facts: Facts, backend: Backend, options: DraftOptions, *, state_file: Path,
                 state: InteractiveState, terminal: Terminal | None = None,
                 editor: Callable[[str], str] = edit_in_editor) -> None:
        self.facts, self.backend, self.options = facts, backend, options
        self.state_file, self.state = state_file, state
        self.terminal = terminal or Terminal()
        self.editor = editor
        from cswriter.draft.pipeline import redacts

        redact = redacts(options, backend)
        self.fingerprints = _fingerprints(facts, options, redact)

    def _choice(self, section_id: str) -> SectionChoice:
        choice = self.state.sections.get(section_id)
        if choice is None or (choice.fingerprint != self.fingerprints.get(section_id)
                              and not _hand_edited(choice)):
            choice = self._fresh(section_id, choice)
        return choice

    def _fresh(self, section_id: str, old: SectionChoice | None) -> SectionChoice:
        choice = SectionChoice(fingerprint=self.fingerprints.get(section_id, ""),
                               instruction=old.instruction if old else "")
        self.state.sections[section_id] = choice
        return choice

    def _stale(self, section: DraftSection, choice: SectionChoice) -> SectionChoice:
        """A hand edit whose section's facts changed since: keep it or redraft, never drop it."""
        from rich.markup import escape

        notice = f"“{section.number}、{escape(section.title)}”用到的事实在你编辑之后有变化"
        if not self.terminal.interactive:
            self.terminal.show(f"[yellow]{notice}；没有可交互的终端，保留你的编辑。[/]"
                               "在终端里重新运行同一命令可以选择按新事实重新起草。")
            return choice
        self.terminal.show(f"[yellow]{notice}。你的编辑如下（已按新事实核对）：[/]")
        self._show(self._with_text(section, choice.text or ""))
        while True:
            answer = self.terminal.ask(STALE_MENU).strip().lower()[:1]
            if answer == "k":
                choice.fingerprint = self.fingerprints.get(section.id, "")
                self._save()
                return choice
            if answer == "r":
                choice = self._fresh(section.id, choice)
                self._save()
                return choice
            if answer == "q":
                self._save()
                raise InteractiveQuit
            self.terminal.show("请输入 k、r 或 q。")

    def _save(self) -> None:
        save_state(self.state_file, self.state)

    def _instructions(self) -> dict[str, str]:
        return {k: v.instruction for k, v in self.state.sections.items() if v.instruction}

    def _draft(self, only: list[str] | None = None) -> Draft:
        options = self.options.model_copy(update={"instructions": self._instructions(),
                                                  "only": only or self.options.only})
        return draft_document(self.facts, self.backend, options)

    def _with_text(self, section: DraftSection, text: str) -> DraftSection:
        if section.status == "needs-input" or text == section.text:
            return section.model_copy(update={"text": text})
        verification = verify_text(text, facts=self.facts, section_id=section.id)
        checks = [f for f in section.findings if f.origin == "check"]
        return section.model_copy(update={"text": text, "numbers": verification.numbers,
                                          "findings": verification.findings + checks})

    def _show(self, section: DraftSection) -> None:
        from rich.markup import escape
        from rich.panel import Panel

        status = {"needs-input": "需补充", "drafted": "已起草", "skipped": "已跳过"}[section.status]
        # Wrapped by display width (a Chinese character takes two columns): the whole text is
        # shown before the writer is asked to accept it, whatever the terminal's width.
        self.terminal.console.print(Panel(escape(section.text), title=f"{section.number}、{escape(section.title)}",
                                          subtitle=status, expand=False), soft_wrap=False)
        for finding in section.findings:
            style = {"error": "red", "warning": "yellow"}.get(finding.severity, "cyan")
            match = f"“{escape(finding.match)}” " if finding.match else ""
            self.terminal.show(f"  [{style}]{finding.code}[/] {match}{escape(finding.message)}")
        if not section.findings:
            self.terminal.show("  [green]未发现问题[/]")

    def run(self) -> Draft:
        draft = self._draft()
        sections: list[DraftSection] = []
        for section in draft.sections:
            choice = self._choice(section.id)
            if choice.fingerprint != self.fingerprints.get(section.id):
                choice = self._stale(section, choice)
            if choice.text is not None:
                section = self._with_text(section, choice.text)
            shown = None
            while choice.decision is None:
                if shown is not section:  # shown again only when the text changed
                    self._show(section)
                    shown = section
                answer = self.terminal.ask(MENU).strip().lower()[:1]
                if answer == "a":
                    choice.decision = "edited" if choice.text is not None else "accepted"
                    choice.text = section.text
                elif answer == "s":
                    choice.decision = "skipped"
                elif answer == "e":
                    try:
                        edited = self.editor(section.text)
                    except UserError as error:
                        self.terminal.show(f"[red]{error.message}[/]")
                        continue
                    if edited and edited != section.text:
                        choice.text = edited
                        section = self._with_text(section, edited)
                elif answer == "r" and not follows_instructions(self.backend):
                    self.terminal.show(
                        f"[yellow]“{self.backend.name}”后端按模板从事实生成正文，不能按要求改写，重写也只会得到同样的文字。[/]"
                        "要修改请按 e 编辑；要按要求重写，请换用模型后端（如 --backend openai）。")
                    continue
                elif answer == "r":
                    choice.instruction = self.terminal.ask("修改要求（可留空，如“更简洁”“补充投诉处理的数据”）：").strip()
                    choice.text = None
                    self._save()
                    self.terminal.show("[dim]正在重写……[/]")
                    section = self._draft(only=[section.id]).sections[0]
                elif answer == "q":
                    self._save()
                    raise InteractiveQuit
                else:
                    self.terminal.show("请输入 a、r、e、s 或 q。")
                self._save()
            if choice.decision == "skipped":
                section = section.model_copy(update={"status": "skipped", "findings": []})
            elif choice.text is not None:
                section = self._with_text(section, choice.text)
            sections.append(section)
        return draft.model_copy(update={"sections": sections})


def run_interactive(facts: Facts, backend: Backend, options: DraftOptions, *, facts_path: Path,
                    output: Path | None) -> Draft:
    """Review section by section; returns the document as decided (skipped sections marked)."""
    path = state_path(facts_path, output)
    state = load_state(path, facts_path)
    legacy = legacy_state_path(facts_path, output)
    if not path.exists() and legacy.is_file():
        # A session begun before states were per output: its choices are carried over once
        # (when they are this facts file's), and it stays for any other summary it belongs to.
        state = load_state(legacy, facts_path)
    session = InteractiveSession(facts, backend, options, state_file=path, state=state)
    done = sum(1 for c in session.state.sections.values() if c.decision)
    if done:
        session.terminal.show(f"[dim]从 {path} 继续：已决定 {done} 节。[/]")
    try:
        return session.run()
    except EOFError:
        raise InteractiveQuit from None
