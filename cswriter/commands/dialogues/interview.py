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
from cswriter.interview.readings import period_reading
from cswriter.interview.engine import (
    Interview,
    NeedsConfirmation,
    NeedsReading,
    Outcome,
    describe_split,
    split_item,
    yes_or_no,
)
from cswriter.interview.labels import label_of_path, resolve_label, shown_value
from cswriter.interview.spec import field_pattern, load_interview_spec

_RANK = {"error": 0, "warning": 1, "info": 2}
def _severity_word(severity: str) -> tuple[str, str]:
    """The terminal style and the interview's word for a question's severity (data/severities.yaml)."""
    from cswriter.domain import severities

    entry = severities()[severity]
    return entry["style"], entry["interview"]


def next_question(candidates: list[Finding], last_field: str | None) -> Finding:
    """The open question to ask next: `candidates` come most severe first (as check sorts
    them); a follow-up on the field just answered goes first only when it is at least as
    severe as every other open question."""
    most_severe = min(_RANK[f.severity] for f in candidates)
    follow = next((f for f in candidates if f.field == last_field and _RANK[f.severity] <= most_severe), None)
    return follow or min(candidates, key=lambda f: _RANK[f.severity])


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
    declined: bool = False
    """The person said there is none ("没有", "不需要", "n")."""


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
        self.revising = False
        """While revising what the person chose, follow-ups on it are asked at once."""

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
               severity: str | None = None, done_text: str = "✓ 已保存",
               lint_path: str | None = None) -> Asked:
        """Ask until an answer is accepted, skipped, declined or the user ends the interview.

        A yes or no is never saved as the answer: "没有" to an optional question comes back
        as `declined`, "是" asks for the content. With `lint_path`, a free-text answer is
        linted first and the person may rephrase it or keep it."""
        pending: str | None = None
        while True:
            if pending is None:
                label = ""
                if severity:
                    style, word = _severity_word(severity)
                    label = f"[{style}][{word}][/] "
                self.say(f"{label}{escape(question)}")
                if current not in (None, "", []):
                    self.say(f"[dim]  当前：{escape(_flat(current))}（直接回车保留）[/]")
                text = self.read().strip()
            else:
                text, pending = pending, None
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
            word = yes_or_no(text)
            if word == "no":
                if required:
                    self.say("[yellow]这一项是必填的，需要具体内容。暂时没有数据可以输入“跳过”，之后再补。[/]")
                    continue
                return Asked(None, declined=True)
            if word == "yes":
                self.say("[yellow]好的，请直接写出具体内容（输入 ? 看示例）。[/]")
                continue
            if is_non_answer(text):
                if required:
                    self.say("[yellow]这一项需要具体内容。暂时没有可以输入“跳过”，之后再补。[/]")
                    continue
                return Asked(None)
            if lint_path is not None and self.iv is not None:
                rephrased = self.offer_rephrase(lint_path, text)
                if rephrased is not None:
                    pending = rephrased
                    continue
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

    def offer_rephrase(self, path: str, text: str) -> str | None:
        """Show what the linter finds in a free-text answer; the rephrased answer, or None to keep it."""
        assert self.iv is not None
        findings = self.iv.wording(path, text)
        if not findings:
            return None
        self.say("[yellow]这个回答有写作规则会提示的说法：[/]")
        for f in findings:
            self.say(f"  [yellow]{f.code}[/] “{escape(f.match)}”：{escape(f.message)}")
            if f.suggestion:
                self.say(f"  [dim]建议：{escape(f.suggestion)}[/]")
        self.say("换一种说法请直接输入；直接回车保留原来的回答。")
        again = self.read().strip()
        return again or None

    def _apply_confirming(self, apply: Callable[[str, bool], Outcome | None], text: str) -> Outcome | None:
        try:
            return apply(text, False)
        except NeedsConfirmation as doubt:
            self.say(f"[yellow]请确认：{escape(doubt.message)}[/]")
            if self.confirm("确定这样填写吗？", default=False):
                return apply(text, True)
            return None
        except NeedsReading as vague:
            self.say(f"[yellow]没能直接读出“{escape(text)}”。[/]")
            if self.confirm(f"{vague.reading.label}？", default=True):
                return self._apply_confirming(apply, vague.reading.text)
            self.say("[dim]好的，请重新输入（输入 ? 看示例）。[/]")
            return None

    # -- the interview ---------------------------------------------------------------

    def run(self) -> None:
        """Ask every open question: all errors first, then (if wanted) warnings and the rest.

        A follow-up on the field just answered comes next only if it is at least as severe
        as every other open question, so a required section is never left behind for an
        optional detail."""
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
            finding = next_question(candidates, last_field)
            if finding.severity != "error" and not optional_offered:
                optional_offered = True
                optional = len(candidates)
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
                 + (f"；待补：{escape('、'.join(todo))}" if todo else "") + "[/]")

    def ask_finding(self, finding: Finding) -> None:
        iv = self.iv
        assert iv is not None and finding.field is not None
        asked = self._ask_finding(finding)
        if asked.declined and finding.severity != "error":
            outcome = iv.decline(finding)
            for note in outcome.notes:
                self.say(f"[dim]  {escape(note)}[/]")

    def _ask_finding(self, finding: Finding) -> Asked:
        iv = self.iv
        assert iv is not None and finding.field is not None
        required = finding.severity == "error"
        name = iv.new_metric_name(finding)
        if name is not None:
            return self.prompt(finding.question, lambda text, ok: iv.answer(
                "metrics", {"name": name, "value": text}, finding=finding, confirmed=ok),
                required=required, example=iv.example(finding)["value"], severity=finding.severity)
        dialogue = iv.spec.dialogue(finding.field)
        if dialogue is None:
            return self.ask_single(finding.field, finding.question, finding=finding, required=required,
                                   severity=finding.severity)
        if dialogue.repeat:
            return self.ask_repeat(dialogue.repeat, finding, required)
        if dialogue.item:
            return self.ask_item(dialogue.item, dialogue.steps, finding, required)
        return self.ask_steps(dialogue.steps, finding, required)

    def ask_single(self, path: str, question: str, *, finding: Finding | None, required: bool,
                   severity: str | None = None, current: Any = None) -> Asked:
        iv = self.iv
        assert iv is not None
        example = iv.example(finding) if finding else iv.field_example(path)
        asked = self.prompt(question, lambda text, ok: iv.answer(path, text, finding=finding, confirmed=ok),
                            required=required, example=example, current=current, severity=severity,
                            lint_path=path)
        if asked.outcome is not None:
            self.follow_up(path, asked.outcome)
        return asked

    def follow_up(self, path: str, outcome: Outcome) -> None:
        """Ask at once what check newly finds about the field just answered (pressing for a
        figure), unless a more severe question is still open: that one comes first."""
        iv = self.iv
        assert iv is not None
        open_now = [f for f in iv.check().findings
                    if iv.askable(f) and (f.code, f.field, f.message) not in self.asked]
        most_severe = min((_RANK[f.severity] for f in open_now), default=_RANK["info"])
        for f in outcome.new_findings:
            key = (f.code, f.field, f.message)
            if f.field == path and key not in self.asked and iv.askable(f) \
                    and (self.revising or _RANK[f.severity] <= most_severe):
                self.asked.add(key)
                self.say(f"[yellow]{escape(f.message)}[/]")
                self.ask_single(path, f.question, finding=f, required=False, severity=f.severity)
                return

    def ask_steps(self, steps: tuple[str, ...], finding: Finding, required: bool) -> Asked:
        iv = self.iv
        assert iv is not None
        style, word = _severity_word(finding.severity)
        if iv.spec.field(steps[0]).prompt:  # else the first step asks the finding's own question
            self.say(f"[{style}][{word}][/] {escape(finding.question)}")
        first = Asked(None)
        for i, path in enumerate(steps):
            spec = iv.spec.field(path)
            question = spec.prompt or finding.question
            asked = self.ask_single(path, question, finding=finding if path == finding.field else None,
                                    required=required and i == 0,
                                    severity=finding.severity if not spec.prompt else None)
            if i == 0:
                first = asked
                if asked.outcome is None:
                    return asked  # skipping the first step skips the whole item
        return first

    def ask_item(self, list_path: str, steps: tuple[str, ...], finding: Finding, required: bool) -> Asked:
        iv = self.iv
        assert iv is not None
        style, word = _severity_word(finding.severity)
        self.say(f"[{style}][{word}][/] {escape(finding.question)}")
        preset = dict(iv.spec.code_presets.get(finding.code, {}))
        first = steps[0]
        first_spec = iv.spec.field(f"{list_path}[].{first}")
        splits: dict[str, dict[str, Any] | None] = {}

        def take_first(text: str, ok: bool) -> Outcome:
            # A plan or a story said in one line is split into its parts, shown and confirmed
            # (asked once per answer, even when a doubtful value asks to confirm again).
            if text not in splits:
                parts = split_item(list_path, text) if not preset else None
                if parts and not self.confirm(f"拆分为 {describe_split(parts)}。这样记录吗？", default=True):
                    parts = None
                splits[text] = parts
            entry = splits[text] or {first: text, **preset}
            return iv.answer(list_path, entry, finding=finding, confirmed=ok)

        asked = self.prompt(first_spec.prompt or finding.question, take_first,
                            required=required, example=iv.field_example(f"{list_path}[].{first}"),
                            lint_path=f"{list_path}[0].{first}")
        if asked.outcome is None:
            return asked
        index = len(iv.doc.get(list_path) or []) - 1
        for step in steps[1:]:
            if step in preset:
                continue
            path = f"{list_path}[{index}].{step}"
            if iv.doc.get(path) not in (None, "", []):
                continue  # given in the one-line answer and confirmed
            spec = iv.spec.field(path)
            self.ask_single(path, spec.prompt or step, finding=None, required=False)
        return asked

    def ask_repeat(self, list_path: str, finding: Finding, required: bool) -> Asked:
        iv = self.iv
        assert iv is not None
        question = finding.question
        first: Asked | None = None
        while True:
            asked = self.prompt(question, lambda text, ok: iv.answer(list_path, text, confirmed=ok),
                                required=required and first is None, example=iv.field_example(list_path),
                                severity=finding.severity if first is None else None, lint_path=list_path)
            if first is None:
                first = asked
            if asked.outcome is None:
                return first
            question = "还有吗？（一条一行，直接回车结束）"

    # -- revising earlier answers ----------------------------------------------------

    def resolve_revise_target(self, target: str) -> str:
        """What a person calls a field (客户满意度, 第2个案例的结果, 岗位职责) or its path."""
        assert self.iv is not None
        return resolve_label(self.iv.doc.tree, target)

    def revise(self, target: str) -> None:
        self.revising = True
        try:
            self._revise(target)
        finally:
            self.revising = False

    def _revise(self, target: str) -> None:
        iv = self.iv
        assert iv is not None
        try:
            path = self.resolve_revise_target(target)
        except InputError as error:
            self.say(f"[red]✗ {escape(error.message)}[/]")
            return
        tree = iv.doc.tree
        label = label_of_path(tree, path)
        current = iv.doc.get(path)
        dialogue = iv.spec.dialogue(path)
        if dialogue is not None and (dialogue.item or dialogue.repeat):
            # A whole list (cases, plans, work …): add to it the way a missing section is filled.
            self.say(f"[bold]添加到“{escape(label)}”[/]" + (f"[dim]（当前 {len(current)} 项）[/]"
                                                            if isinstance(current, list) else ""))
            finding = Finding(code="revise", name="revise", severity="info", section=None, message="",
                              question=_section_question(path) or f"要添加到“{label}”的内容是？",
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
        self.say(f"[bold]修改“{escape(label)}”[/]")
        if item_dialogue is not None and item_dialogue.item and isinstance(current, dict):
            for step in item_dialogue.steps:
                step_path = f"{path}.{step}"
                spec = iv.spec.field(step_path)
                self.ask_single(step_path, spec.prompt or f"“{label_of_path(tree, step_path)}”改为？",
                                finding=None, required=False, current=shown_value(tree, step_path))
            return
        if isinstance(current, dict):
            # Any other item (a metric, complaints, project): each of its known fields in turn.
            prefix = field_pattern(path) + "."
            keys = [k[len(prefix):] for k in iv.spec.fields if k.startswith(prefix) and "." not in k[len(prefix):]]
            for key in keys:
                step_path = f"{path}.{key}"
                shown = shown_value(tree, step_path)
                if shown is None:
                    continue
                spec = iv.spec.field(step_path)
                self.ask_single(step_path, spec.prompt or f"“{label_of_path(tree, step_path)}”改为？",
                                finding=None, required=False, current=shown)
            return
        if isinstance(current, list) and iv.spec.field(path).handler in ("items", "metric_items",
                                                                         "text_items"):
            self.say(f"[dim]当前：{escape(_flat(current))}[/]")
            self.ask_single(path, "要添加的新内容是？（直接回车不改）", finding=None, required=False)
            return
        spec = iv.spec.field(path)
        question = spec.prompt or f"“{label}”改为？"
        self.ask_single(path, question, finding=None, required=False, current=shown_value(tree, path))


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
              role: str | None) -> Setup:
    """Report type (from a list), role, period, name and team for a new facts file."""
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
        try:
            chosen["period"] = parse_period(text, today)
        except AnswerError as error:
            reading = period_reading(text, today)
            if reading is None:
                raise
            raise NeedsReading(error.message, reading) from None
        return Outcome(path="report.period")

    spec = term.spec.field("report.period")
    term.prompt(f"{spec.prompt}直接回车表示 {start} 至 {end}。", take_period, required=False,
                example=spec.example, done_text="✓")
    for key in ("author", "team"):
        if key in chosen:
            continue

        def take(text: str, ok: bool, key: str = key) -> Outcome:
            chosen[key] = text.strip()
            return Outcome(path=f"report.{key}")

        spec = term.spec.field(f"report.{key}")
        term.prompt(spec.prompt or key, take, required=False, example=spec.example, done_text="✓",
                    lint_path=None)
    return Setup(report_type, role, chosen.get("period") or (start, end), chosen.get("author"), chosen.get("team"))


@dataclass
class Setup:
    """What a new facts file starts with."""

    report_type: str
    role: str
    period: tuple[date, date]
    author: str | None = None
    team: str | None = None


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
    from cswriter.facts.document import get_at
    from cswriter.interview.engine import create_document, is_blank_file

    if is_blank_file(path):
        term.say(f"[bold]新建事实文件[/] {escape(str(path))}")
        setup = ask_setup(term, today, report_type, role)
        doc = create_document(path, setup.report_type, setup.role, setup.period, today,
                              author=setup.author, team=setup.team)
        term.say(f"[green]✓ 已创建[/] {escape(str(path))}")
    else:
        doc = FactsDocument.load(path)
        # The period first: a file made by `init` carries a default the person never saw.
        period = get_at(doc.tree, ["report", "period"])
        if isinstance(period, dict) and period.get("start") and period.get("end"):
            term.say(f"统计周期：{escape(str(period['start']))} 至 {escape(str(period['end']))}。"
                     "不对时随时输入“改 统计周期”（如 三季度、7月到9月）。")
    return Interview(doc, today)
