"""`cswriter init [FILE]`: write a commented facts file to fill in."""

from __future__ import annotations

from pathlib import Path

import click

from cswriter.commands import COMMANDS
from cswriter.commands._common import (
    ReportTypeChoice,
    Command,
    argument,
    handles_user_errors,
    stderr_console,
)

HELP = """生成一个带注释的事实文件模板,按报告类型和岗位列出要填写的指标与各部分。

不写 FILE 时输出到标准输出。已存在的文件不会被覆盖(除非加 --force)。

示例:

\b
  cswriter init 我的年终总结.yaml --type year-end
  cswriter init 团队月报.yaml --type monthly --role 客服主管
  cswriter init --type weekly > 周报.yaml
"""


@click.command("init", cls=Command, help=HELP, short_help=COMMANDS["init"])
@argument("file", required=False, type=click.Path(path_type=Path), metavar="[FILE]", help="要写入的事实文件路径。")
@click.option("--type", "-t", "report_type", type=ReportTypeChoice(), default="year-end",
              show_default=True, help="报告类型。")
@click.option("--role", "-r", default=None,
              help="岗位,如 客服专员、客服班长、客服主管(含“班长/主管”时加入团队指标)。")
@click.option("--force", is_flag=True, default=False, help="覆盖已存在的文件。")
@handles_user_errors
def command(file: Path | None, report_type: str, role: str | None, force: bool) -> None:
    from cswriter.errors import InputError
    from cswriter.facts.template import render_template
    from cswriter.text.files import write_text_atomic

    text = render_template(report_type, role)
    if file is None:
        click.echo(text, nl=False)
        return
    if file.exists() and not force:
        raise InputError(f"{file}: 文件已存在,没有覆盖。", hint="换一个文件名,或加 --force 覆盖。")
    write_text_atomic(file, text)
    stderr_console().print(
        f"[green]已生成[/] {file}。填写后运行:cswriter check {file}(或用 cswriter interview {file} 逐项回答)"
    )
