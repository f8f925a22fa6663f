"""Helpers shared by the commands: building a Typer command, output format, consoles, errors."""

from __future__ import annotations

import errno
import json
import sys
from typing import Any, Callable

import click
import typer
import typer.main

from cswriter.commands import COMMANDS
from cswriter.commands._help import Command, Group
from cswriter.errors import UserError

__all__ = ["Command", "Group", "command", "print_document", "print_json", "report_error"]

OUTPUT_FORMATS = ("text", "json")

# The report types of INTERFACE.md, as a CLI choice (ids match report_types.yaml).
REPORT_TYPES = ("year-end", "half-year", "quarterly", "monthly", "weekly", "project")



class ReportTypeChoice(click.Choice):
    """A report type by id or by the Chinese name people write (年终, 月度, 周报 …)."""

    def __init__(self) -> None:
        super().__init__(REPORT_TYPES)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and value not in REPORT_TYPES:
            from cswriter.domain import load_domain  # lazily: keeps `cswriter --help` fast

            value = load_domain().report_type_id(value) or value
        return super().convert(value, param, ctx)

    def get_metavar(self, param: click.Parameter, *args: Any, **kwargs: Any) -> str:
        return "[" + "|".join(REPORT_TYPES) + "|年终|半年|季度|月度|周|项目]"


FORMAT_HELP = "输出格式：text 给人看（默认），json 给程序用。"


def format_option(formats: tuple[str, ...] = OUTPUT_FORMATS, help: str = FORMAT_HELP) -> Any:
    """`--format/-f text|json`, passed to the command as `output_format`."""
    return typer.Option("--format", "-f", click_type=click.Choice(formats), show_default=True, help=help)


def choice(values: tuple[str, ...]) -> click.Choice:
    """A click choice; the report types also by their Chinese names (年终, 月度, 周报 …)."""
    if tuple(values) == REPORT_TYPES:
        return ReportTypeChoice()
    return click.Choice(values)


def command(name: str, help: str, **settings: Any) -> Callable[[Callable[..., Any]], click.Command]:
    """Declare `func` as the Typer command `name`; returns the click command Typer builds from it
    (what `cswriter.cli` loads lazily as `cswriter.commands.<name>.command`)."""

    def decorate(func: Callable[..., Any]) -> click.Command:
        app = typer.Typer(add_completion=False, rich_markup_mode=None)
        app.command(name, cls=Command, help=help, short_help=COMMANDS.get(name), **settings)(func)
        built = typer.main.get_command(app)
        _keep_argument_help(built, func)
        return built

    return decorate


def _keep_argument_help(built: click.Command, func: Callable[..., Any]) -> None:
    """click 8.5 took over `Argument.help` and resets what Typer stored before calling it;
    give each argument back the help its `typer.Argument(help=…)` declares."""
    import typing

    from typer.models import ArgumentInfo

    hints = typing.get_type_hints(func, include_extras=True)
    for param in built.params:
        if isinstance(param, click.Argument) and not getattr(param, "help", None):
            for meta in getattr(hints.get(param.name or ""), "__metadata__", ()):
                if isinstance(meta, ArgumentInfo) and meta.help:
                    param.help = meta.help


def group(name: str, help: str, subcommands: list[tuple[str, str, Callable[..., Any]]]) -> click.Command:
    """A Typer group `name` whose subcommands are (name, help, function)."""
    app = typer.Typer(name=name, cls=Group, help=help, short_help=COMMANDS.get(name), no_args_is_help=True,
                      add_completion=False, rich_markup_mode=None)
    for sub_name, sub_help, func in subcommands:
        app.command(sub_name, cls=Command, help=sub_help)(func)

    @app.callback()
    def _group() -> None:
        pass

    built = typer.main.get_command(app)
    for sub_name, _, func in subcommands:
        _keep_argument_help(built.commands[sub_name], func)  # type: ignore[attr-defined]
    return built


def stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def stdout_console():
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    console.on_broken_pipe = reader_went_away  # type: ignore[method-assign]
    return console


def reader_went_away() -> None:
    """`cswriter rules | head -1`: the reader has what it wanted, which is no error. (rich
    would exit 1.) Later writes go to /dev/null so that Python's exit flush stays quiet."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(0)


_OS_REASONS = {
    errno.ENOSPC: "磁盘已满",
    errno.EDQUOT: "超出磁盘配额",
    errno.EISDIR: "这是一个目录，不是文件",
    errno.ENOTDIR: "路径中有一段不是目录",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.ENOENT: "路径不存在",
    errno.EROFS: "文件系统是只读的",
    errno.EBADF: "输出已关闭",
    errno.EIO: "读写出错",
}


def os_error_message(error: OSError) -> str:
    reason = _OS_REASONS.get(error.errno or 0, error.strerror or type(error).__name__)
    if error.filename is None:
        return f"无法写出结果：{reason}。"
    name = error.filename2 if error.errno == errno.EISDIR and error.filename2 else error.filename
    return f"{name}：{reason}。"


def report_os_error(error: OSError, *, as_json: bool = False) -> None:
    """An operating-system refusal (full disk, directory as output, no permission) in Chinese.
    When standard output itself failed, later writes go to /dev/null so that the exit stays quiet."""
    if error.filename is None:
        _silence_stdout()
        as_json = False  # stdout is what failed
    hint = "给 -o 一个文件名（如 总结.md），而不是目录。" if error.errno == errno.EISDIR else None
    try:
        report_error(UserError(os_error_message(error), hint=hint), as_json=as_json)
    except OSError:  # stderr is gone too: the exit code says it
        pass


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def report_error(error: UserError, *, as_json: bool = False) -> None:
    """The Chinese message on stderr; under `--format json` also the error document on stdout."""
    if as_json:
        from cswriter.documents import error_document

        print_json(error_document(error))
    console = stderr_console()
    console.print(f"[bold red]错误：[/]{_escape(error.message)}")
    if error.hint:
        console.print(f"[yellow]提示：[/]{_escape(error.hint)}")


def print_usage_error_json(error: click.UsageError) -> None:
    """A command-line mistake under `--format json`: the error document on stdout (the usage
    text still goes to stderr)."""
    from cswriter.commands._help import polish
    from cswriter.documents import error_document

    print_json(error_document(UserError(polish(error.format_message()))))


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def print_document(document: Any) -> None:
    """A pydantic document of `cswriter.app` as JSON: the keys it was built with, in order
    (the same object an MCP tool returns as structured content)."""
    from cswriter.documents import versioned

    print_json(versioned(document.model_dump(mode="json", exclude_unset=True)))


def print_json(data: Any) -> None:
    """JSON for programs: UTF-8, Chinese unescaped, stable key order as built."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()
