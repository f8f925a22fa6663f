"""`cswriter schema`: the JSON Schema of a facts file, for editors and programs."""

from cswriter.commands._common import command as typer_command
from cswriter.commands._common import print_json

HELP = """输出事实文件的 JSON Schema(可供编辑器校验和自动补全,或给程序、智能体使用)。

示例:

\b
  cswriter schema > cswriter-facts.schema.json
"""


@typer_command("schema", HELP)
def command() -> None:
    from cswriter.facts.model import Facts

    schema = Facts.model_json_schema()
    schema["title"] = "cswriter 事实文件"
    print_json(schema)
