"""`cswriter prompts show SECTION FACTS`: the exact prompt a section would be drafted from."""

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from cswriter.commands._common import format_option, group, print_document
from cswriter.commands.check import FactsArgument

HELP = """查看和定制起草用的提示词模板（Jinja2，沙箱渲染）。

内置模板：system.j2（系统提示）、每节一个 <章节id>.j2、repair.j2（退回修改）。用 --prompts 目录按文件名覆盖其中任意几个；模板里可用的变量：report、section、facts、figures、compare、instruction、data_open、data_close,system.j2 另有 lexicon（审稿工具会标记的词），repair.j2 另有 problems、previous。
"""

SHOW_HELP = """打印某一节实际发给模型的提示词（系统提示 + 本节提示）。

示例：

\b
  cswriter prompts show metrics 我的年终总结.yaml
  cswriter prompts show cases 我的年终总结.yaml --prompts 我的模板/
  cswriter prompts show overview 我的年终总结.yaml --redact --format json
"""


def show_command(
    section_id: Annotated[str, typer.Argument(metavar="SECTION", show_default=False,
                                              help="章节 id，如 overview、metrics、cases。")],
    facts_path: FactsArgument,
    prompts_dir: Annotated[Optional[Path], typer.Option("--prompts", show_default=False,
                                                       help="自定义模板目录（按文件名覆盖）。")] = None,
    redact: Annotated[bool, typer.Option("--redact", help="按发往远程模型的方式隐去个人信息。")] = False,
    instruction: Annotated[str, typer.Option("--instruction", show_default=False,
                                             help="附加给本节的写作要求（如“更简洁”）。")] = "",
    output_format: Annotated[str, format_option()] = "text",
) -> None:
    from cswriter.app.inputs import FactsSource
    from cswriter.app.section import section_request

    document = section_request(FactsSource.of(facts_path), section_id, redact=redact,
                               prompts_dir=prompts_dir, instruction=instruction)
    if output_format == "json":
        print_document(document)
        return
    messages = document.messages
    parts = []
    for message in messages:
        parts.append(f"===== {message.role} =====\n{message.content}\n")
    if document.status == "needs-input":
        parts.append("（注意：本节状态为“需补充”，起草时不会调用模型。）\n")
    sys.stdout.write("\n".join(parts))


command = group("prompts", HELP, [("show", SHOW_HELP, show_command)])
