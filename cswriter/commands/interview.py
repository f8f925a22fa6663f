"""`cswriter interview [FILE]`: ask for the facts, saving after every answer; resumes."""

import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import click
import typer

from cswriter.commands._common import REPORT_TYPES, choice, print_document, stderr_console, stdout_console
from cswriter.commands._common import command as typer_command

HELP = """逐项提问，把回答写进事实文件；每答一题立即保存，中断后再次运行会从缺的地方继续。

问题来自 check：缺什么就问什么。回答可以像平时一样写：95.2%、4.8分（满分5分）、两分钟、12.5万件、2026年6月底。

输入 ? 看示例；“跳过”跳过这一题；“没有”表示没有这一项（可选项不再询问）；“结束”结束访谈；“改 名称”修改已填写的内容，如“改 客户满意度”“改 第2个案例的结果”。

没有终端（或加 --no-input）时不提问：以 JSON 输出待回答的问题后退出（0 已无错误，1 仍有错误）。

--answers 回答文件（YAML/JSON，字段路径 → 回答）一次性提供回答；有回答无法使用时退出码为 2，其余回答照常保存。

列表（cases、problems、plans、metrics、work 等）的回答是追加一项；categories 与 complaints.types 按整体回答。

示例：

\b
  cswriter interview 我的月度总结.yaml
  cswriter interview 周报.yaml --type weekly --role 客服专员
  cswriter interview 我的月度总结.yaml --revise 客户满意度
  cswriter interview 我的月度总结.yaml --no-input
  cswriter interview 我的月度总结.yaml --answers 回答.yaml
"""

DEFAULT_FILE = "客服工作总结.yaml"


@typer_command("interview", HELP)
def command(
    ctx: typer.Context,
    file: Annotated[Optional[Path], typer.Argument(metavar="[FILE]", show_default=False,
                                                   help="事实文件（YAML 或 JSON）；不存在时新建。")] = None,
    no_input: Annotated[bool, typer.Option("--no-input", help="不提问：以 JSON 输出待回答的问题后退出。")] = False,
    answers: Annotated[Optional[Path], typer.Option("--answers", metavar="ANSWERS", show_default=False,
                                                   help="回答文件（YAML/JSON）：字段路径 → 回答；- 表示从标准输入读取。")] = None,
    revise: Annotated[Optional[list[str]], typer.Option("--revise", metavar="FIELD", show_default=False,
                                                        help="先修改已填写的某一项（如 客户满意度、第2个案例的结果，或字段路径），可重复。")] = None,
    report_type: Annotated[Optional[str], typer.Option("--type", "-t", click_type=choice(REPORT_TYPES), show_default=False,
                                                       help="新文件的报告类型。")] = None,
    role: Annotated[Optional[str], typer.Option("--role", "-r", show_default=False,
                                                help="新文件的岗位，如 客服专员、客服主管。")] = None,
) -> None:
    from cswriter.errors import InputError

    interactive = not no_input and answers is None and sys.stdin.isatty()
    rtype = report_type or None
    if not interactive:
        ctx.meta["cswriter.json"] = True  # an error becomes a JSON error document too
        if file is None:
            raise InputError("没有终端时需要指定事实文件：cswriter interview FILE --no-input")
        if revise:
            raise InputError("--revise 只能在终端里使用；程序可以用 --answers 直接给出字段的新值。")
        raise typer.Exit(_run_without_terminal(file, answers, rtype, role))
    raise typer.Exit(_run_at_terminal(ctx, file, list(revise or []), rtype, role))


# ---------------------------------------------------------------------------------------
# Programs and agents


def _run_without_terminal(file: Path, answers_path: Path | None, report_type: str | None,
                          role: str | None) -> int:
    from cswriter.app.interview import answer, load_answers
    from cswriter.interview.engine import is_blank_file

    answers = load_answers(answers_path) if answers_path else {}
    if not is_blank_file(file) and (report_type or role):
        stderr_console().print("[yellow]文件已存在，--type/--role 只用于新文件，已忽略。[/]")
    document, exit_code = answer(file, answers, report_type, role)
    _report_errors(document.errors)
    print_document(document)
    return exit_code


def _report_errors(errors: list[Any]) -> None:
    if not errors:
        return
    from rich.markup import escape

    console = stderr_console()
    for e in errors:
        example = f"（可以这样回答：{e.example}）" if e.example not in (None, "") else ""
        console.print(f"[bold red]错误：[/]{escape(e.field)}：{escape(e.message)}{escape(str(example))}")


# ---------------------------------------------------------------------------------------
# People


def _run_at_terminal(ctx: click.Context, file: Path | None, revise: list[str],
                     report_type: str | None, role: str | None) -> int:
    from datetime import date

    from cswriter.commands.dialogues.interview import (
        Finish,
        TerminalClosed,
        TerminalInterview,
        enable_line_editing,
        install_hangup_handler,
        open_interactive,
    )

    console = stdout_console()
    install_hangup_handler()
    enable_line_editing()
    term = TerminalInterview(None, console)
    today = date.today()
    path = file
    try:
        if path is None:
            chosen: list[str] = []
            term.prompt(f"事实保存到哪个文件？直接回车表示 {DEFAULT_FILE}。",
                        lambda text, ok: chosen.append(text.strip()) or _noted(), required=False,
                        done_text="✓")
            path = Path(chosen[0] if chosen else DEFAULT_FILE)
        if (report_type or role) and path.exists() and path.stat().st_size:
            console.print("[yellow]文件已存在，--type/--role 只用于新文件，已忽略"
                          "（要修改请用 --revise report.type）。[/]")
        iv = open_interactive(path, term, today, report_type, role)
        term.iv = iv
        _greet(term, iv)
        for target in revise:
            term.revise(target)
        term.run()
    except Finish:
        if term.iv is None:
            console.print("[yellow]已结束，没有创建文件。[/]")
            return 1
    except KeyboardInterrupt:
        _resume_hint(console, path if term.iv else None, "已中断。")
        return 130
    except TerminalClosed:
        _resume_hint(console, path if term.iv else None, "输入已结束。")
        if term.iv is None:
            return 1
        return 0 if term.iv.check().ok else 1
    try:
        return _hand_off(ctx, term)
    except (KeyboardInterrupt, TerminalClosed, OSError):
        return 0 if term.iv.check().ok else 1


def _noted():
    from cswriter.interview.engine import Outcome

    return Outcome(path="file")


def _greet(term, iv) -> None:
    from rich.markup import escape

    from cswriter.domain import load_domain

    domain = load_domain()
    facts = iv.facts
    rtype = domain.report_types[facts.report.type].title
    role = domain.role_of(facts.report.role, facts.report.level).title
    term.say(f"[bold]cswriter 访谈[/] · {escape(iv.doc.name)} · {rtype} · {escape(role)}"
             f" · {facts.report.period.start} 至 {facts.report.period.end}")
    term.say("[dim]每个回答都会立即保存，可随时按 Ctrl-C 退出，下次运行从缺的地方继续。"
             "输入 ? 看示例，“跳过”跳过，“结束”结束，“没有”表示没有这一项，“改 名称”修改已填写的内容（如 改 客户满意度、改 第1个案例的结果）。[/]")


def _resume_hint(console, path: Path | None, head: str) -> None:
    from rich.markup import escape

    try:
        console.print("")
        if path is None:
            console.print(f"[yellow]{head}[/]没有创建文件。")
            return
        console.print(f"[yellow]{head}[/]已回答的内容都已保存在 {escape(str(path))}。"
                      f"再次运行 cswriter interview {escape(str(path))} 可以接着回答。")
    except OSError:  # the terminal is gone; the answers are on disk all the same
        pass


def _draft_available(ctx: click.Context) -> bool:
    root = ctx.find_root()
    try:
        return root.command.get_command(root, "draft") is not None  # type: ignore[attr-defined]
    except Exception:  # pragma: no cover - not a group
        return False


def _hand_off(ctx: click.Context, term) -> int:
    """The check summary, then offer the outline and the draft."""
    from rich.markup import escape

    from cswriter.app.check import check_loaded
    from cswriter.commands.check import render_check

    iv = term.iv
    name = iv.doc.name
    result = iv.check()
    term.say("")
    term.say("[bold]── 检查结果 ──[/]")
    render_check(check_loaded(iv.facts, name), name)
    if term.confirm("要现在查看提纲吗？", default=True):
        from cswriter.outline import build_outline, outline_markdown

        term.console.print(escape(outline_markdown(build_outline(iv.facts, result))), highlight=False)
    quoted = _shell_quote(name)
    if _draft_available(ctx):
        if term.confirm("要现在起草全文吗？", default=result.ok):
            _draft_now(iv.doc.path)
    else:
        term.say(f"起草全文：cswriter draft {escape(quoted)} -o 总结.docx")
    term.say(f"[dim]以后要修改某一项：cswriter interview {escape(quoted)} --revise 名称（如 客户满意度）[/]")
    return 0 if result.ok else 1


def _draft_now(path: Path) -> None:
    """Draft in this process, as `cswriter draft FILE -o FILE-草稿.md` would, and say where it
    went and what is still missing; a refusal is reported and the interview still ends well."""
    from cswriter.app.interview import draft_after_interview
    from cswriter.commands._common import report_error
    from cswriter.commands.draft import report_outcome
    from cswriter.errors import UserError

    try:
        result = draft_after_interview(path)
    except UserError as error:
        report_error(error)
        return
    report_outcome(result.draft, result.output)


def _shell_quote(text: str) -> str:
    import shlex

    return shlex.quote(text)
