"""`cswriter backends`: list the model backends and whether each is configured."""

from typing import Annotated, Any

from cswriter.commands._common import command as typer_command
from cswriter.commands._common import format_option, print_json, stdout_console

HELP = (
    "列出模型后端，以及每个后端是否已配置（不会显示密钥）。\n\n"
    "选择后端：--backend 或环境变量 CSWRITER_BACKEND（默认 offline，不联网）；"
    "选择模型：--model 或 CSWRITER_MODEL。openai 后端读 OPENAI_API_KEY 和 OPENAI_BASE_URL，"
    "所以任何兼容 OpenAI 的服务都能用：\n\n"
    "\b\n"
    "  # DeepSeek\n"
    "  export CSWRITER_BACKEND=openai OPENAI_API_KEY=sk-… OPENAI_BASE_URL=https://api.deepseek.com/v1 CSWRITER_MODEL=deepseek-chat\n\n"
    "\b\n"
    "  # 通义千问（阿里云百炼 DashScope 兼容模式）\n"
    "  export CSWRITER_BACKEND=openai OPENAI_API_KEY=sk-… OPENAI_BASE_URL=https://dashscope.aliyuncs.com/compatible-mode/v1 CSWRITER_MODEL=qwen-plus\n\n"
    "\b\n"
    "  # Ollama（本机，无需密钥；先 ollama pull qwen2.5:7b）\n"
    "  export CSWRITER_BACKEND=openai OPENAI_BASE_URL=http://localhost:11434/v1 CSWRITER_MODEL=qwen2.5:7b\n\n"
    "\b\n"
    "  # vLLM（本机，模型名与 vllm serve 的一致）\n"
    "  export CSWRITER_BACKEND=openai OPENAI_BASE_URL=http://localhost:8000/v1 CSWRITER_MODEL=Qwen/Qwen2.5-7B-Instruct\n\n"
    "\b\n"
    "  # LangChain：--model 写成 provider:model（需安装对应集成包，如 langchain-anthropic）\n"
    "  cswriter draft 事实.yaml --backend langchain --model anthropic:claude-sonnet-4-5\n\n"
    "超时和重试：CSWRITER_TIMEOUT（秒，默认 120）、CSWRITER_MAX_RETRIES（默认 2）。"
)


def backends_report() -> dict[str, Any]:
    """Every registered backend with its status, for text and JSON output alike."""
    from cswriter.backends.registry import (
        backend_classes,
        backend_load_errors,
        resolve_backend_name,
    )

    current = resolve_backend_name(None)
    rows: list[dict[str, Any]] = []
    for name, cls in backend_classes().items():
        try:
            status = cls.status()
            configured, local, detail = status.configured, status.local, status.detail
        except Exception as error:  # a plugin's status() must not break the listing
            configured, local, detail = False, bool(getattr(cls, "local", False)), (
                f"无法读取状态：{type(error).__name__}"
            )
        rows.append(
            {
                "name": name,
                "available": True,
                "local": local,
                "configured": configured,
                "current": name == current,
                "description": str(getattr(cls, "description", "")),
                "detail": detail,
            }
        )
    for name, reason in backend_load_errors().items():
        rows.append(
            {
                "name": name,
                "available": False,
                "local": None,
                "configured": False,
                "current": name == current,
                "description": "",
                "detail": reason,
            }
        )
    rows.sort(key=lambda row: row["name"])
    known = {row["name"] for row in rows}
    return {"current": current, "current_known": current in known, "backends": rows}


@typer_command("backends", HELP)
def command(output_format: Annotated[str, format_option()] = "text") -> None:
    report = backends_report()
    if output_format == "json":
        from cswriter.documents import versioned

        print_json(versioned(report))
        return
    _render(report)


def _render(report: dict[str, Any]) -> None:
    from rich.markup import escape
    from rich.table import Table

    console = stdout_console()
    table = Table(show_header=True, header_style="bold", show_lines=False)
    table.add_column("名称", no_wrap=True)
    table.add_column("本地/联网", no_wrap=True)
    table.add_column("已配置？", no_wrap=True)
    table.add_column("说明", overflow="fold")
    for row in report["backends"]:
        name = row["name"] + (" [bold cyan]（当前）[/]" if row["current"] else "")
        if not row["available"]:
            where, ready = "—", "[red]不可用[/]"
        else:
            where = "本地" if row["local"] else "联网"
            ready = "[green]是[/]" if row["configured"] else "[yellow]否[/]"
        explanation = "\n".join(
            escape(part) for part in (row["description"], row["detail"]) if part
        )
        table.add_row(name, where, ready, explanation)
    console.print(table)
    if not report["current_known"]:
        console.print(
            f"[yellow]注意：[/]当前选择的后端 {escape(report['current'])!s} 不存在"
            "（检查 --backend 或 CSWRITER_BACKEND）。"
        )
    console.print("选择后端：--backend 名称 或 CSWRITER_BACKEND；`cswriter backends --help` 有接入各家服务的示例。")
