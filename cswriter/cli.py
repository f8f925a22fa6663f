"""The `cswriter` command line: a thin layer over the library, built on click.

Each command lives in `cswriter/commands/<name>.py` as a click command named `command`; a
command parses options, calls one library function and renders the result. The root group
imports a command's module only when that command is invoked or its help is shown, and lists
the commands from the short-help table in `cswriter.commands`, so `cswriter --help` and
`cswriter lint …` load click, this module and the one command they need, nothing more.
"""

from __future__ import annotations

import importlib
import keyword
from typing import Any

import click

from cswriter import __version__
from cswriter.commands import COMMANDS
from cswriter.commands._help import Group

HELP = """客服工作总结写作助手:整理事实 → 检查缺漏 → 生成提纲 → 分节起草 → 核对数字 → 检查措辞。

A writing assistant for Chinese customer-service work summaries.

常用示例:

\b
  cswriter init 年终.yaml --type year-end   生成待填写的事实文件
  cswriter interview 年终.yaml             逐项问答补齐事实
  cswriter check 年终.yaml                 检查还缺什么
  cswriter outline 年终.yaml               提纲与每节要用的数据
  cswriter draft 年终.yaml -o 总结.docx     起草全文
  cswriter lint 总结.md --facts 年终.yaml   检查空话、套话和数字
"""


class LazyGroup(Group):
    """A group whose commands are imported from `cswriter.commands.<name>` on first use.

    `lazy_commands` maps each command name to its one-line help, in listing order; the
    listing in `--help` is built from it without importing any command module.
    """

    def __init__(self, *args: Any, lazy_commands: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands or {})

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
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(
    "cswriter",
    cls=LazyGroup,
    lazy_commands=COMMANDS,
    help=HELP,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, "--version", "-V", message="cswriter %(version)s",
                      help="显示版本号后退出。")
def app() -> None:
    """客服工作总结写作助手。"""


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
