"""Helpers shared by the commands: building a Typer command and its options. (Consoles, JSON
and error reports are in `_output`, re-exported here; `_help` holds the command classes.
Imports go one way: `_common` → `_help` → `_output`.)"""

from __future__ import annotations

from typing import Any, Callable

import click
import typer
import typer.main

from cswriter.commands import COMMANDS
from cswriter.commands._help import Command, Group
from cswriter.commands._output import (  # noqa: F401 - the commands' printing helpers, re-exported
    os_error_message,
    print_document,
    print_json,
    reader_went_away,
    report_error,
    report_os_error,
    stderr_console,
    stdout_console,
)
from cswriter.domain import REPORT_TYPES  # the CLI's report-type choice (tied to the YAML by test_domain)

__all__ = ["Command", "Group", "command", "print_document", "print_json", "report_error",
           "stderr_console", "stdout_console"]

OUTPUT_FORMATS = ("text", "json")



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
