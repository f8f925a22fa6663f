"""`cswriter cache info|clear|prune`: the model-reply cache, seen and looked after."""

from typing import Annotated, Optional

import typer

from cswriter.commands._common import format_option, group, print_json, stderr_console

HELP = """查看和清理模型回复缓存。

起草时每条模型回复都按“后端、服务地址、模型、选项和完整请求”存进缓存（CSWRITER_CACHE_DIR，默认在用户缓存目录）：事实不变时重跑不再调用模型，换了服务地址或模型就不会用到旧回复，中断后重跑从断点继续。

示例：

\b
  cswriter cache info                    # 条数、大小、最早与最新的时间
  cswriter cache info --format json
  cswriter cache prune --older-than 30   # 删除 30 天前的回复
  cswriter cache prune --max-size 200MB  # 从最旧的删起，直到不超过 200MB
  cswriter cache clear                   # 全部删除
"""


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return "—"
    import datetime

    return datetime.datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")


def _size(count: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if count >= factor:
            return f"{count / factor:.1f} {unit}"
    return f"{count} B"


def info(output_format: Annotated[str, format_option()] = "text") -> None:
    from cswriter.draft.cache import cache_info

    result = cache_info()
    if output_format == "json":
        print_json(result.model_dump())
        return
    typer.echo(f"位置：{result.directory}")
    typer.echo(f"回复：{result.entries} 条，共 {_size(result.bytes)}")
    typer.echo(f"时间：最早 {_when(result.oldest)}，最新 {_when(result.newest)}")
    for backend, count in result.by_backend.items():
        typer.echo(f"  {backend}：{count} 条")
    if result.damaged:
        typer.echo(f"损坏或无法验证的条目：{result.damaged} 个（不会被使用；cache clear 删除其中的普通文件）")


def clear(output_format: Annotated[str, format_option()] = "text") -> None:
    from cswriter.draft.cache import clear_cache

    removed = clear_cache()
    if output_format == "json":
        print_json({"removed": removed})
    else:
        stderr_console().print(f"已删除 {removed} 条缓存的回复。")


def _parse_size(text: Optional[str]) -> Optional[int]:
    if text is None:
        return None
    import re

    from cswriter.errors import InputError

    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)B?\s*", text.upper())
    if match is None:
        raise InputError(f"--max-size 的值 {text!r} 无法识别。", hint="例如 200MB、1GB、500KB。")
    factor = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[match.group(2)]
    return int(float(match.group(1)) * factor)


def prune(
    older_than: Annotated[Optional[float], typer.Option("--older-than", min=0, show_default=False,
                                                        help="删除多少天以前的回复。")] = None,
    max_size: Annotated[Optional[str], typer.Option("--max-size", show_default=False,
                                                    help="缓存最多占用多少空间，如 200MB。")] = None,
    output_format: Annotated[str, format_option()] = "text",
) -> None:
    from cswriter.draft.cache import prune_cache
    from cswriter.errors import InputError

    if older_than is None and max_size is None:
        raise InputError("请至少给出 --older-than 或 --max-size 之一。",
                         hint="例如 cswriter cache prune --older-than 30。")
    removed = prune_cache(older_than_days=older_than, max_bytes=_parse_size(max_size))
    if output_format == "json":
        print_json({"removed": removed})
    else:
        stderr_console().print(f"已删除 {removed} 条缓存的回复。")


command = group("cache", HELP, [
    ("info", "缓存位置、回复条数、占用空间、最早与最新的时间，按后端分列。", info),
    ("clear", "删除全部缓存的模型回复（下次起草会重新调用模型）。", clear),
    ("prune", "删除旧的回复：早于 --older-than 天的，以及超出 --max-size 时最旧的那些回复。", prune),
])
