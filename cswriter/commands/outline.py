"""`cswriter outline FACTS`: sections in order, with the facts and figures each will use."""

from typing import Annotated

from cswriter.commands._common import command as typer_command
from cswriter.commands._common import format_option, print_document
from cswriter.commands.check import FactsArgument

HELP = """生成提纲：按报告类型排好的各节、每节要用的事实和计算出的数据、还缺什么（需补充）。

缺的材料只标“需补充”，绝不编造。

示例：

\b
  cswriter outline 我的年终总结.yaml
  cswriter outline 我的年终总结.yaml --format json > outline.json
"""


@typer_command("outline", HELP)
def command(facts_path: FactsArgument, output_format: Annotated[str, format_option()] = "text") -> None:
    from cswriter.app.inputs import FactsSource
    from cswriter.app.outline import outline

    document = outline(FactsSource.of(facts_path))
    if output_format == "json":
        print_document(document)
    else:
        import sys

        from cswriter.outline import outline_markdown

        sys.stdout.write(outline_markdown(document))
