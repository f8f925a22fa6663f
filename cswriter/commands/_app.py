"""The Typer application behind `cswriter`: the root group, which imports a command's module
only when that command is invoked or its help is shown, and lists the commands from the
short-help table in `cswriter.commands`, so `cswriter --help` and `cswriter lint …` load
Typer, click, this module and the one command they need, nothing more.

`cswriter.cli.main` (the console script) comes here for everything but a plain
`cswriter lint FILE... [OPTIONS]`, which it runs without Typer; `cswriter.cli.app` is this
module's `app`.
"""

import importlib
import keyword
from typing import Annotated, Any

import click
import typer
import typer.main

from cswriter import __version__
from cswriter.commands import COMMANDS
from cswriter.commands._help import Group

HELP = """客服工作总结写作助手：整理事实 → 检查缺漏 → 生成提纲 → 分节起草 → 核对数字 → 检查措辞。

A writing assistant for Chinese customer-service work summaries.

常用示例：

\b
  cswriter init 年终.yaml --type year-end   生成待填写的事实文件
  cswriter interview 年终.yaml             逐项问答补齐事实
  cswriter check 年终.yaml                 检查还缺什么
  cswriter outline 年终.yaml               提纲与每节要用的数据
  cswriter draft 年终.yaml -o 总结.docx     起草全文
  cswriter lint 总结.md --facts 年终.yaml   检查空话、套话和数字

命令行补全：cswriter --install-completion（bash、zsh、fish、PowerShell）。
"""


class LazyGroup(Group):
    """A group whose commands are imported from `cswriter.commands.<name>` on first use.

    `lazy_commands` maps each command name to its one-line help, in listing order; the
    listing in `--help` is built from it without importing any command module.
    """

    lazy_commands: dict[str, str] = COMMANDS

    def list_commands(self, ctx: click.Context) -> list[str]:
        eager = [name for name in super().list_commands(ctx) if name not in self.lazy_commands]
        return [*self.lazy_commands, *eager]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        if cmd_name not in self.lazy_commands:
            return None
        # A command named by a Python keyword lives in `<name>_.py` (import → import_).
        module_name = f"{cmd_name}_" if keyword.iskeyword(cmd_name) else cmd_name
        module = importlib.import_module(f"cswriter.commands.{module_name}")
        command: click.Command = module.command
        self.commands[cmd_name] = command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            if name in self.lazy_commands:
                rows.append((name, self.lazy_commands[name]))
                continue
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(formatter.width)))
        if rows:
            from cswriter.commands._help import gettext_zh

            with formatter.section(gettext_zh("Commands")):
                formatter.write_dl(rows)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"cswriter {__version__}")
        raise typer.Exit()


typer_app = typer.Typer(
    name="cswriter",
    cls=LazyGroup,
    help=HELP,
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@typer_app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_show_version, is_eager=True,
                                          help="显示版本号后退出。")] = False,
) -> None:
    """客服工作总结写作助手。"""


_COMPLETION_HELP = {
    "install_completion": "为正在使用的 shell 安装命令行补全（bash、zsh、fish、PowerShell）。",
    "show_completion": "显示正在使用的 shell 的补全脚本，可复制或自行安装。",
}


def _build() -> Any:
    group = typer.main.get_command(typer_app)
    for param in group.params:
        if param.name in _COMPLETION_HELP:
            param.help = _COMPLETION_HELP[param.name]  # type: ignore[attr-defined]
    return group


app = _build()
