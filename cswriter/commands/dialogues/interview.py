"""The interview at a terminal: one question at a time, every answer saved at once.

Output goes through rich (colours only on a real terminal); answers are read with plain
`input()`, so the dialogue can be driven by pexpect or a screen reader alike. Ctrl-C, a
closed terminal or end of input stop the dialogue; everything answered so far is already
on disk, and the next run continues with what is still missing.
"""

from __future__ import annotations

import signal
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

from rich.console import Console
from rich.markup import escape

from cswriter.check import Finding
from cswriter.domain import load_domain
from cswriter.errors import InputError
from cswriter.facts.document import FactsDocument, parse_path
from cswriter.interview.answers import (
    AnswerError,
    is_non_answer,
    normalise,
    parse_period,
    parse_report_type,
    report_type_choices,
)
from cswriter.interview.engine import Interview, NeedsConfirmation, Outcome
from cswriter.interview.spec import field_pattern, load_interview_spec

_SEVERITY_LABEL = {"error": ("bold red", "必填"), "warning": ("yellow", "建议"), "info": ("cyan", "可选")}


class TerminalClosed(Exception):
    """The terminal went away (SIGHUP) or input ended (EOF)."""


class Finish(Exception):
    """The user typed 结束."""


def _hang_up(signum: int, frame: Any) -> None:
    raise TerminalClosed()


@dataclass
class Asked:
    outcome: Outcome | None
    text: str = ""


class TerminalInterview:
    """Drives an `Interview` through questions at a terminal."""

    def __init__(self, iv: Interview | None, console: Console,
                 read: Callable[[str], str] = input) -> None:
        self.iv = iv
        self.console = console
        self._read = read
        self.spec = load_interview_spec()
        self.asked: set[tuple[str, str | None, str]] = set()
        self.section: str | None = None

    # -- low-level I/O ---------------------------------------------------------------

    def say(self, markup: str = "") -> None:
        self.console.print(markup)

    def read(self) -> str:
        try:
            return self._read("> ")
        except EOFError:
            raise TerminalClosed() from None

    def command_of(self, text: str) -> tuple[str, str] | None:
        """("skip"|"example"|"finish"|"revise", argument) for command words, else None."""
        s = normalise(text)
        c = self.spec.commands
        if s in c.skip:
            return "skip", ""
        if s in c.example:
            return "example", ""
        if s in c.finish:
            return "finish", ""
        for word in c.revise:
            if s.startswith(word + " ") and len(s) > len(word) + 1:
                return "revise", s[len(word) + 1:].strip()
        return None

    def show_example(self, example: Any) -> None:
        if example is None:
            self.say("[dim]这一项没有示例。[/]")
            return
        if isinstance(example, dict):
            lines = [f"  {k}: {_flat(v)}" for k, v in example.items()]
            self.say("[dim]示例：[/]\n" + escape("\n".join(lines)))
        else:
            self.say(f"[dim]示例：[/]{escape(str(example))}")

    def confirm(self, question: str, default: bool) -> bool:
        hint = "[Y/n]" if default else "[y/N]"
        while True:
            self.say(f"{escape(question)} {hint}")
            answer = normalise(self.read()).lower()
            if not answer:
                return default
            if answer in self.spec.commands.yes:
                return True
            if answer in self.spec.commands.no:
                return False
            self.say("[yellow]请回答 y（是）或 n（否）。[/]")

    def prompt(self, question: str, apply: Callable[[str, bool], Outcome | None], *,
               required: bool, example: Any = None, current: Any = None,
               severity: str | None = None, done_text: str = "✓ 已保存") -> Asked:
        """Ask until an answer is accepted, skipped, or the user ends the interview."""
        while True:
            label = ""
            if severity:
                style, word = _SEVERITY_LABEL[severity]
                label = f"[{style}][{word}][/] "
            self.say(f"{label}{escape(question)}")
            if current not in (None, "", []):
                self.say(f"[dim]  当前：{escape(_flat(current))}（直接回车保留）[/]")
            text = self.read().strip()
            command = self.command_of(text)
            if command:
                kind, arg = command
                if kind == "example":
                    self.show_example(example)
                    continue
                if kind == "skip":
                    if required:
                        self.say("[yellow]已跳过。这是必填项，之后运行 check 仍会列出它。[/]")
                    return Asked(None)
                if kind == "finish":
                    raise Finish()
                if kind == "revise":
                    self.revise(arg)
                    continue
            if not text:
                if current not in (None, "", []):
                    return Asked(None)
                if required:
                    self.say("[yellow]这一项是必填的。输入 ? 看示例；暂时没有数据可以输入“跳过”。[/]")
                    continue
                return Asked(None)
            if is_non_answer(text):
                if required:
                    self.say("[yellow]这一项需要具体内容。暂时没有可以输入“跳过”，之后再补。[/]")
                    continue
                return Asked(None)
            try:
                outcome = self._apply_confirming(apply, text)
            except AnswerError as error:
                self.say(f"[red]✗ {escape(error.message)}[/]")
                if example is not None:
                    self.say("[dim]  输入 ? 查看示例。[/]")
                continue
            if outcome is None:  # the user did not confirm a doubtful answer
                continue
            for note in outcome.notes:
                self.say(f"[dim]  {escape(note)}[/]")
            self.say(f"[green]{done_text}[/]")
            return Asked(outcome, text)

    def _apply_confirming(self, apply: Callable[[str, bool], Outcome | None], text: str) -> Outcome | None:
        try:
            return apply(text, False)
        except NeedsConfirmation as doubt:
            self.say(f"[yellow]请确认：{escape(doubt.message)}[/]")
            if self.confirm("确定这样填写吗？", default=False):
                return apply(text, True)
            return None

    # -- the interview ---------------------------------------------------------------

    def run(self) -> None:
        """Ask every open question, errors first; optional ones after asking."""
        assert self.iv is not None
        iv = self.iv
        result = iv.check()
        open_ = [f for f in result.findings if iv.askable(f)]
        required = sum(1 for f in open_ if f.severity == "error")
        self.say(f"还需要回答 {len(open_)} 个问题（其中必填 {required} 个）。")
        last_field: str | None = None
        optional_offered = False
        while True:
            result = iv.check()
            candidates = [f for f in result.findings
                          if iv.askable(f) and (f.code, f.field, f.message) not in self.asked]
            if not candidates:
                break
            # A follow-up on the field just answered comes first (a result still without a figure).
            finding = next((f for f in candidates if f.field == last_field), candidates[0])
            if finding.severity != "error" and not optional_offered:
                optional_offered = True
                optional = sum(1 for f in candidates if f.severity != "error")
                self.say("")
                if not any(f.severity == "error" for f in result.findings if iv.askable(f)):
                    self.say("[green]必填项都已填好。[/]")
                if not self.confirm(f"还有 {optional} 个建议或可选的问题，要继续回答吗？（可随时输入“结束”）",
                                    default=True):
                    break
            self.show_progress(finding)
            self.asked.add((finding.code, finding.field, finding.message))
            self.ask_finding(finding)
            last_field = finding.field

    def show_progress(self, finding: Finding) -> None:
        if finding.section == self.section:
            return
        self.section = finding.section
        assert self.iv is not None
        sections = self.iv.progress()
        done = [s for s in sections if s.done]
        todo = [s.title for s in sections if not s.done]
        title = load_domain().section_titles.get(finding.section or "", "全文")
        self.say("")
        self.say(f"[bold]── {escape(title)} ──[/]  [dim]进度：已完成 {len(done)}/{len(sections)} 节"
                 + (f";待补：{escape('、'.join(todo))}" if todo else "") + "[/]")

    def ask_finding(self, finding: Finding) -> None:
        iv = self.iv
        assert iv is not None and finding.field is not None
        required = finding.severity == "error"
        name = iv.new_metric_name(finding)
        if name is not None:
            self.prompt(finding.question, lambda text, ok: iv.answer(
                "metrics", {"name": name, "value": text}, finding=finding, confirmed=ok),
                required=required, example=iv.example(finding)["value"], severity=finding.severity)
            return
        dialogue = iv.spec.dialogue(finding.field)
        if dialogue is None:
            self.ask_single(finding.field, finding.question, finding=finding, required=required,
                            severity=finding.severity)
        elif dialogue.repeat:
            self.ask_repeat(dialogue.repeat, finding, required)
        elif dialogue.item:
            self.ask_item(dialogue.item, dialogue.steps, finding, required)
        else:
            self.ask_steps(dialogue.steps, finding, required)

    def ask_single(self, path: str, question: str, *, finding: Finding | None, required: bool,
                   severity: str | None = None, current: Any = None) -> Asked:
        iv = self.iv
        assert iv is not None
        example = iv.example(finding) if finding else iv.field_example(path)
        asked = self.prompt(question, lambda text, ok: iv.answer(path, text, finding=finding, confirmed=ok),
                            required=required, example=example, current=current, severity=severity)
        if asked.outcome is not None:
            self.follow_up(path, asked.outcome)
        return asked

    def follow_up(self, path: str, outcome: Outcome) -> None:
        """Ask at once what check newly finds about the field just answered (pressing for a figure)."""
        iv = self.iv
        assert iv is not None
        for f in outcome.new_findings:
            key = (f.code, f.field, f.message)
            if f.field == path and key not in self.asked and iv.askable(f):
                self.asked.add(key)
                self.say(f"[yellow]{escape(f.message)}[/]")
                self.ask_single(path, f.question, finding=f, required=False, severity=f.severity)
                return

    def ask_steps(self, steps: tuple[str, ...], finding: Finding, required: bool) -> None:
        iv = self.iv
        assert iv is not None
        style, word = _SEVERITY_LABEL[finding.severity]
        if iv.spec.field(steps[0]).prompt:  # else the first step asks the finding's own question
            self.say(f"[{style}][{word}][/] {escape(finding.question)}")
        for i, path in enumerate(steps):
            spec = iv.spec.field(path)
            question = spec.prompt or finding.question
            asked = self.ask_single(path, question, finding=finding if path == finding.field else None,
                                    required=required and i == 0,
                                    severity=finding.severity if not spec.prompt else None)
            if i == 0 and asked.outcome is None:
                return  # skipping the first step skips the whole item

    def ask_item(self, list_path: str, steps: tuple[str, ...], finding: Finding, required: bool) -> None:
        iv = self.iv
        assert iv is not None
        style, word = _SEVERITY_LABEL[finding.severity]
        self.say(f"[{style}][{word}][/] {escape(finding.question)}")
        preset = dict(iv.spec.code_presets.get(finding.code, {}))
        first = steps[0]
        first_spec = iv.spec.field(f"{list_path}[].{first}")
        asked = self.prompt(first_spec.prompt or finding.question,
                            lambda text, ok: iv.answer(list_path, {first: text, **preset}, finding=finding,
                                                       confirmed=ok),
                            required=required, example=iv.field_example(f"{list_path}[].{first}"))
        if asked.outcome is None:
            return
        index = len(iv.doc.get(list_path) or []) - 1
        for step in steps[1:]:
            if step in preset:
                continue
            path = f"{list_path}[{index}].{step}"
            spec = iv.spec.field(path)
            self.ask_single(path, spec.prompt or step, finding=None, required=False)

    def ask_repeat(self, list_path: str, finding: Finding, required: bool) -> None:
        iv = self.iv
        assert iv is not None
        question = finding.question
        first = True
        while True:
            asked = self.prompt(question, lambda text, ok: iv.answer(list_path, text, confirmed=ok),
                                required=required and first, example=iv.field_example(list_path),
                                severity=finding.severity if first else None)
            if asked.outcome is None:
                return
            first = False
            question = "还有吗？（一条一行，直接回车结束）"

    # -- revising earlier answers ----------------------------------------------------

    def resolve_revise_target(self, target: str) -> str:
        """A dotted path, or a metric name (咨询量 → metrics[0].value)."""
        assert self.iv is not None
        for i, m in enumerate(self.iv.doc.get("metrics") or []):
            if str(m.get("name", "")) == target.strip():
                return f"metrics[{i}].value"
        parse_path(target)  # raises a Chinese message for a malformed path
        return target

    def revise(self, target: str) -> None:
        iv = self.iv
        assert iv is not None
        try:
            path = self.resolve_revise_target(target)
        except InputError as error:
            self.say(f"[red]✗ {escape(error.message)}[/]")
            return
        current = iv.doc.get(path)
        dialogue = iv.spec.dialogue(path)
        if dialogue is not None and (dialogue.item or dialogue.repeat):
            # A whole list (cases, plans, work …): add to it the way a missing section is filled.
            self.say(f"[bold]添加到 {escape(path)}[/]" + (f"[dim]（当前 {len(current)} 项）[/]"
                                                         if isinstance(current, list) else ""))
            finding = Finding(code="revise", name="revise", severity="info", section=None, message="",
                              question=_section_question(path) or f"要添加到“{path}”的内容是？",
                              field=path)
            if dialogue.item:
                self.ask_item(dialogue.item, dialogue.steps, finding, required=False)
            else:
                self.ask_repeat(str(dialogue.repeat), finding, required=False)
            return
        item_dialogue = None
        tokens = parse_path(path)
        if isinstance(tokens[-1], int):
            item_dialogue = iv.spec.dialogue(path.rsplit("[", 1)[0])
        self.say(f"[bold]修改 {escape(path)}[/]")
        if item_dialogue is not None and item_dialogue.item and isinstance(current, dict):
            for step in item_dialogue.steps:
                step_path = f"{path}.{step}"
                spec = iv.spec.field(step_path)
                self.ask_single(step_path, spec.prompt or step, finding=None, required=False,
                                current=current.get(step))
            return
        if isinstance(current, dict):
            # Any other item (a metric, complaints, project): each of its known fields in turn.
            prefix = field_pattern(path) + "."
            keys = [k[len(prefix):] for k in iv.spec.fields if k.startswith(prefix) and "." not in k[len(prefix):]]
            for key in [k for k in keys if current.get(k) not in (None, "", [])]:
                step_path = f"{path}.{key}"
                spec = iv.spec.field(step_path)
                self.ask_single(step_path, spec.prompt or f"“{key}”改为？", finding=None, required=False,
                                current=current.get(key))
            return
        if isinstance(current, list) and iv.spec.field(path).handler in ("items", "metric_items",
                                                                         "text_items"):
            self.say(f"[dim]当前：{escape(_flat(current))}[/]")
            self.ask_single(path, "要添加的新内容是？（直接回车不改）", finding=None, required=False)
            return
        spec = iv.spec.field(path)
        question = spec.prompt or f"“{path}”改为？"
        self.ask_single(path, question, finding=None, required=False, current=current)


def _section_question(path: str) -> str | None:
    """The question sections.yaml asks for the section built from this field, if any."""
    for spec in load_domain().sections:
        if spec.sources and spec.sources[0] == path:
            return spec.question
    return None


def _flat(value: Any) -> str:
    if isinstance(value, dict):
        return ",".join(f"{k}: {_flat(v)}" for k, v in value.items() if v not in (None, "", []))
    if isinstance(value, list):
        return "、".join(_flat(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---------------------------------------------------------------------------------------
# A new file: type, role and period come first


def ask_setup(term: TerminalInterview, today: date, report_type: str | None,
              role: str | None) -> tuple[str, str, tuple[date, date]]:
    """Report type (from a list), role and period for a new facts file."""
    from cswriter.facts.template import default_period

    chosen: dict[str, Any] = {}
    if report_type is None:
        listing = "  ".join(f"{i}. {title}" for i, (_, title) in enumerate(report_type_choices(), 1))
        term.say(escape(listing))

        def take_type(text: str, ok: bool) -> Outcome:
            chosen["type"] = parse_report_type(text)
            return Outcome(path="report.type")

        spec = term.spec.field("report.type")
        term.prompt(spec.prompt or "这是哪一种总结？", take_type, required=True,
                    example=spec.example, done_text="✓")
        if "type" not in chosen:
            raise Finish()
        report_type = chosen["type"]
    if role is None:
        default_role = term.spec.default_role

        def take_role(text: str, ok: bool) -> Outcome:
            chosen["role"] = text.strip()
            return Outcome(path="report.role")

        spec = term.spec.field("report.role")
        term.prompt(f"{spec.prompt}直接回车表示“{default_role}”。", take_role, required=False,
                    example=spec.example, done_text="✓")
        role = chosen.get("role") or default_role
    start, end = default_period(report_type, today)

    def take_period(text: str, ok: bool) -> Outcome:
        chosen["period"] = parse_period(text, today)
        return Outcome(path="report.period")

    spec = term.spec.field("report.period")
    term.prompt(f"{spec.prompt}直接回车表示 {start} 至 {end}。", take_period, required=False,
                example=spec.example, done_text="✓")
    return report_type, role, chosen.get("period") or (start, end)


# ---------------------------------------------------------------------------------------
# Entry point


def install_hangup_handler() -> None:
    """A closed terminal ends the dialogue like EOF (answers are already saved)."""
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, _hang_up)


def enable_line_editing() -> None:
    """Arrow keys and backspace over Chinese characters, where readline exists."""
    import os

    if sys.stdin.isatty() and os.environ.get("TERM", "dumb") != "dumb":
        try:
            import readline  # noqa: F401
        except ImportError:  # pragma: no cover - Windows
            pass


def open_interactive(path: Path, term: TerminalInterview, today: date, report_type: str | None,
                     role: str | None) -> Interview:
    """Load the file, or create it after asking type, role and period."""
    from cswriter.interview.engine import create_document, is_blank_file

    if is_blank_file(path):
        term.say(f"[bold]新建事实文件[/] {escape(str(path))}")
        rtype, role_text, period = ask_setup(term, today, report_type, role)
        doc = create_document(path, rtype, role_text, period, today)
        term.say(f"[green]✓ 已创建[/] {escape(str(path))}")
    else:
        doc = FactsDocument.load(path)
    return Interview(doc, today)
