"""`cswriter mcp`: serve cswriter's tools to an AI agent over the Model Context Protocol."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from cswriter.commands._common import command as typer_command

HELP = """作为 MCP 服务器（标准输入输出）把 cswriter 的工具提供给 AI 智能体：check、outline、lint、draft、interview_questions、interview_answer、section_request、verify_section。

需要安装 MCP 扩展：pip install "cswriter[mcp]"。由 MCP 客户端启动，不要在终端里直接运行。在客户端的配置里这样登记：

\b
  {"mcpServers": {"cswriter": {"command": "cswriter", "args": ["mcp"]}}}

智能体也可以自己写每一节：section_request 取得写作要求，写好后用 verify_section 核对每个数字和措辞，按返回的修改请求改，直到 ok。
"""


@typer_command("mcp", HELP)
def command(root: Annotated[Optional[Path], typer.Option(
        "--root", help="工作目录：工具只读写这个文件夹里的文件（默认：启动时所在的文件夹）。")] = None) -> None:
    from cswriter.errors import InputError

    try:
        from cswriter.mcp_server import serve
    except ImportError as error:
        if (error.name or "").split(".")[0] not in ("mcp", "mcp_types"):
            raise
        raise InputError("没有安装 MCP 扩展。", hint='运行 pip install "cswriter[mcp]" 后再试。') from None
    serve(root)
