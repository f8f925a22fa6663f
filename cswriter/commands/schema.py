"""`cswriter schema [--document NAME]`: JSON Schemas of the facts file and of every JSON document."""

from typing import Annotated

import typer

from cswriter.commands._common import choice, print_json
from cswriter.commands._common import command as typer_command

DOCUMENT_NAMES = ("facts", "check", "outline", "draft", "lint", "interview", "error", "section", "verify",
                  "rule", "rules", "import", "init")

HELP = """输出事实文件和各 JSON 文档的 JSON Schema（可供编辑器校验和自动补全，或给程序、智能体使用）。

加 --document 输出各命令 --format json 文档的 JSON Schema：check、outline、draft、lint、
interview（--no-input / --answers 的输出）、error（出错时的文档）、section（prompts show）、
verify、rule 与 rules、import、init。每个文档都带 schema_version。

示例：

\b
  cswriter schema > cswriter-facts.schema.json
  cswriter schema --document lint > cswriter-lint.schema.json
"""


@typer_command("schema", HELP)
def command(
    document: Annotated[str, typer.Option("--document", "-d", click_type=choice(DOCUMENT_NAMES),
                                          help="要哪一份 Schema：facts（默认）或某个 JSON 文档。")] = "facts",
) -> None:
    from cswriter.documents import SCHEMA_VERSION
    from cswriter.schemas import document_schema

    schema = document_schema(document)
    schema["schema_version"] = SCHEMA_VERSION
    print_json(schema)
