"""`cswriter init [FILE]`: write a commented facts file to fill in."""

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from cswriter.commands._common import REPORT_TYPES, choice, stderr_console
from cswriter.commands._common import command as typer_command

HELP = """生成一个带注释的事实文件模板，按报告类型和岗位列出要填写的指标与各节。

不写 FILE 时输出到标准输出。已存在的文件不会被覆盖（除非加 --force）。

示例：

\b
  cswriter init 我的年终总结.yaml --type year-end
  cswriter init 团队月报.yaml --type monthly --role 客服主管
  cswriter init --type weekly > 周报.yaml
"""


@typer_command("init", HELP)
def command(
    file: Annotated[Optional[Path], typer.Argument(metavar="[FILE]", help="要写入的事实文件路径。",
                                                   show_default=False)] = None,
    report_type: Annotated[str, typer.Option("--type", "-t", click_type=choice(REPORT_TYPES),
                                             help="报告类型。")] = "year-end",
    role: Annotated[Optional[str], typer.Option("--role", "-r", show_default=False,
                                                help="岗位，如 客服专员、客服班长、客服主管（含“班长/主管”时加入团队指标）。")] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的文件。")] = False,
) -> None:
    from cswriter.app.init import init_facts

    document = init_facts(file, report_type, role, force=force)
    if file is None:
        sys.stdout.write(document.text)
        return
    if document.backup:
        stderr_console().print(f"{file} 原有的内容不是 cswriter 写的，已备份为 {document.backup}。")
    stderr_console().print(
        f"[green]已生成[/] {file}。填写后运行：cswriter check {file}（或用 cswriter interview {file} 逐项回答）"
    )
