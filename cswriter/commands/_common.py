"""Helpers shared by the commands: error handling, output format, consoles."""

from __future__ import annotations

import functools
import json
import sys
from typing import Any, Callable, TypeVar

import click

from cswriter.commands._help import Command, Group, argument
from cswriter.errors import UserError

__all__ = ["Command", "Group", "argument", "format_option", "handles_user_errors", "print_json"]

F = TypeVar("F", bound=Callable[..., Any])

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


FORMAT_HELP = "输出格式:text 给人看(默认),json 给程序用。"


def format_option(func: F) -> F:
    """`--format/-f text|json`, as `output_format`."""
    return click.option("--format", "-f", "output_format", type=click.Choice(OUTPUT_FORMATS),
                        default="text", show_default=True, help=FORMAT_HELP)(func)


def stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def stdout_console():
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    console.on_broken_pipe = _reader_went_away  # type: ignore[method-assign]
    return console


def _reader_went_away() -> None:
    """`cswriter rules | head -1`: the reader has what it wanted, which is no error. (rich
    would exit 1.) Later writes go to /dev/null so that Python's exit flush stays quiet."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(0)


def report_error(error: UserError) -> None:
    console = stderr_console()
    console.print(f"[bold red]错误:[/]{_escape(error.message)}")
    if error.hint:
        console.print(f"[yellow]提示:[/]{_escape(error.hint)}")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def handles_user_errors(func: F) -> F:
    """Turn a `UserError` into a Chinese message on stderr and its exit code; Ctrl-C into 130."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UserError as error:
            report_error(error)
            raise click.exceptions.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            stderr_console().print("[yellow]已中断。[/]")
            raise click.exceptions.Exit(130) from None
        except BrokenPipeError:
            # `cswriter … | head` closing the pipe early is not an error.
            sys.stderr.close()
            raise click.exceptions.Exit(0) from None

    return wrapper  # type: ignore[return-value]


def print_json(data: Any) -> None:
    """JSON for programs: UTF-8, Chinese unescaped, stable key order as built."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
