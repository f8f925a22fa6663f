"""`cswriter schema`: the JSON Schema of a facts file, for editors and programs."""

from __future__ import annotations

import typer

from cswriter.commands._common import handles_user_errors, print_json

HELP = """输出事实文件的 JSON Schema(可供编辑器校验和自动补全,或给程序、智能体使用)。

示例:

  cswriter schema > cswriter-facts.schema.json
"""


def register(app: typer.Typer) -> None:
    app.command("schema", help=HELP)(schema_command)


@handles_user_errors
def schema_command() -> None:
    from cswriter.facts import Facts

    schema = Facts.model_json_schema()
    schema["title"] = "cswriter 事实文件"
    print_json(schema)
