"""The `cswriter` command line: a thin layer over the library.

Each command lives in `cswriter/commands/<name>.py` and registers itself on the app; a
command parses options, calls one library function and renders the result. Heavy modules
(openai, langchain, segmenters, python-docx) are imported inside the commands that need
them, never here, so `cswriter --help` starts fast.
"""

from __future__ import annotations

import typer

from cswriter import __version__
from cswriter.commands import COMMAND_MODULES

app = typer.Typer(
    name="cswriter",
    help=(
        "客服工作总结写作助手:整理事实 → 检查缺漏 → 生成提纲 → 分节起草 → 核对数字 → 检查措辞。\n\n"
        "A writing assistant for Chinese customer-service work summaries.\n\n"
        "常用示例:\n\n"
        "  cswriter init 年终.yaml --type year-end   生成待填写的事实文件\n\n"
        "  cswriter interview 年终.yaml             逐项问答补齐事实\n\n"
        "  cswriter check 年终.yaml                 检查还缺什么\n\n"
        "  cswriter outline 年终.yaml               提纲与每节要用的数据\n\n"
        "  cswriter draft 年终.yaml -o 总结.docx     起草全文\n\n"
        "  cswriter lint 总结.md --facts 年终.yaml   检查空话、套话和数字"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"cswriter {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", help="显示版本号后退出。", callback=_version_callback, is_eager=True
    ),
) -> None:
    """客服工作总结写作助手。"""


for _module in COMMAND_MODULES:
    _module.register(app)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
