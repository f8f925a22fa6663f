"""`cswriter outline FACTS`: sections in order, with the facts and figures each will use."""

from __future__ import annotations

from pathlib import Path

import typer

from cswriter.commands._common import FORMAT_HELP, OutputFormat, handles_user_errors, print_json

HELP = """生成提纲:按报告类型排好的各节、每节要用的事实和计算出的数据、还缺什么(需补充)。

缺的材料只标“需补充”,绝不编造。

示例:

  cswriter outline 我的年终总结.yaml

  cswriter outline 我的年终总结.yaml --format json > outline.json
"""


def register(app: typer.Typer) -> None:
    app.command("outline", help=HELP)(outline_command)


@handles_user_errors
def outline_command(
    facts_path: Path = typer.Argument(..., metavar="FACTS", help="事实文件(YAML 或 JSON)。"),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help=FORMAT_HELP),
) -> None:
    from cswriter.facts import load_facts
    from cswriter.outline import build_outline, outline_markdown

    outline = build_outline(load_facts(facts_path))
    if output_format is OutputFormat.json:
        print_json(outline.model_dump())
    else:
        import sys

        sys.stdout.write(outline_markdown(outline))
