"""`cswriter outline FACTS`: sections in order, with the facts and figures each will use."""

from __future__ import annotations

from pathlib import Path

import click

from cswriter.commands import COMMANDS
from cswriter.commands._common import (
    Command,
    argument,
    format_option,
    handles_user_errors,
    print_json,
)

HELP = """生成提纲:按报告类型排好的各节、每节要用的事实和计算出的数据、还缺什么(需补充)。

缺的材料只标“需补充”,绝不编造。

示例:

\b
  cswriter outline 我的年终总结.yaml
  cswriter outline 我的年终总结.yaml --format json > outline.json
"""


@click.command("outline", cls=Command, help=HELP, short_help=COMMANDS["outline"])
@argument("facts_path", type=click.Path(path_type=Path), metavar="FACTS", help="事实文件(YAML 或 JSON)。")
@format_option
@handles_user_errors
def command(facts_path: Path, output_format: str) -> None:
    from cswriter.facts.model import load_facts
    from cswriter.outline import build_outline, outline_markdown

    outline = build_outline(load_facts(facts_path))
    if output_format == "json":
        print_json(outline.model_dump())
    else:
        import sys

        sys.stdout.write(outline_markdown(outline))
