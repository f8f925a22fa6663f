"""`cswriter prompts show SECTION FACTS`: the exact prompt a section would be drafted from."""

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from cswriter.commands._common import format_option, group, print_json
from cswriter.commands.check import FactsArgument
from cswriter.errors import InputError

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
    from cswriter.domain import SECTION_IDS
    from cswriter.draft.pipeline import DraftOptions, plan_draft
    from cswriter.draft.requests import section_messages
    from cswriter.facts.model import load_facts
    from cswriter.prompting import PromptLibrary

    if section_id not in SECTION_IDS:
        raise InputError(f"没有章节 {section_id!r}。", hint=f"可选：{'、'.join(SECTION_IDS)}。")
    facts = load_facts(facts_path)
    options = DraftOptions(only=[section_id], instructions={section_id: instruction})
    plan = plan_draft(facts, options, redact=redact)
    if not plan.sections:
        raise InputError(f"这份事实的提纲里没有“{section_id}”这一节（可选章节没有材料时会省略）。",
                         hint=f"运行 `cswriter outline {facts_path}` 查看提纲。")
    planned = plan.sections[0]
    messages = section_messages(planned.context, PromptLibrary(prompts_dir))
    if redact:  # exactly what a model backend is sent: the whole prompt masked
        from cswriter.draft.pipeline import make_redactor

        mask = make_redactor(facts)
        messages = [m.model_copy(update={"content": mask(m.content)}) for m in messages]
    if output_format == "json":
        from cswriter.documents import versioned

        print_json(versioned({"section": section_id, "status": planned.outline.status,
                              "messages": [m.model_dump() for m in messages]}))
        return
    parts = []
    for message in messages:
        parts.append(f"===== {message.role} =====\n{message.content}\n")
    if planned.outline.status == "needs-input":
        parts.append("（注意：本节状态为“需补充”，起草时不会调用模型。）\n")
    sys.stdout.write("\n".join(parts))


command = group("prompts", HELP, [("show", SHOW_HELP, show_command)])
