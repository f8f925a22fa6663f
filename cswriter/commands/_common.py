"""Helpers shared by the commands: error handling, output format, consoles."""

from __future__ import annotations

import functools
import json
import sys
from enum import Enum
from typing import Any, Callable, TypeVar

import typer

from cswriter.errors import UserError

F = TypeVar("F", bound=Callable[..., Any])


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class ReportTypeChoice(str, Enum):
    """The report types of INTERFACE.md, as a CLI choice (ids match report_types.yaml)."""

    year_end = "year-end"
    half_year = "half-year"
    quarterly = "quarterly"
    monthly = "monthly"
    weekly = "weekly"
    project = "project"


FORMAT_HELP = "输出格式:text 给人看(默认),json 给程序用。"


def stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def stdout_console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


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
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            stderr_console().print("[yellow]已中断。[/]")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # `cswriter … | head` closing the pipe early is not an error.
            sys.stderr.close()
            raise typer.Exit(0) from None

    return wrapper  # type: ignore[return-value]


def print_json(data: Any) -> None:
    """JSON for programs: UTF-8, Chinese unescaped, stable key order as built."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
