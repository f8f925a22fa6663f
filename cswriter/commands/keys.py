"""`cswriter keys set|list|remove PROVIDER`: API keys in the user config folder."""

from typing import Annotated

import typer

from cswriter.commands._common import format_option, group, print_json, stderr_console

HELP = """保存、查看和删除模型服务的 API 密钥（不方便设置环境变量时用，例如 Windows）。

密钥存放在用户配置目录的 keys.json（仅本人可读写，权限 0600；CSWRITER_CONFIG_DIR 可改位置）。环境变量（OPENAI_API_KEY、DEEPSEEK_API_KEY、DASHSCOPE_API_KEY 等）始终优先；保存的密钥只发给它所属服务商的地址；任何命令都不会显示密钥本身。

示例：

\b
  cswriter keys set deepseek            # 按提示粘贴密钥（输入不回显）
  echo "$KEY" | cswriter keys set qwen  # 从标准输入读取（qwen 即 dashscope）
  cswriter keys list                    # 哪些服务商有密钥、来自哪里
  cswriter keys remove deepseek
"""

PROVIDER_HELP = "服务商：openai、deepseek、dashscope（qwen）、anthropic、moonshot、zhipuai，或服务地址的主机名。"


def set_(provider: Annotated[str, typer.Argument(metavar="PROVIDER", show_default=False, help=PROVIDER_HELP)]) -> None:
    import sys

    from cswriter.backends.keys import keys_path, provider_name, set_key

    name = provider_name(provider)  # before asking: a typo is refused at once
    if sys.stdin.isatty():
        key = typer.prompt(f"请粘贴 {name} 的 API 密钥（输入不回显）", hide_input=True, prompt_suffix="：")
    else:
        key = sys.stdin.readline()
    set_key(name, key)
    stderr_console().print(f"已保存 {name} 的密钥到 {keys_path()}（仅本人可读写）。同名环境变量仍然优先。")


def list_(output_format: Annotated[str, format_option()] = "text") -> None:
    from cswriter.backends.keys import keys_path, list_keys

    statuses = list_keys()
    if output_format == "json":
        from cswriter.documents import versioned

        print_json(versioned({"file": str(keys_path()), "keys": [
            {"provider": s.provider, "variable": s.variable, "source": s.source, "set": s.source is not None}
            for s in statuses]}))
        return
    for status in statuses:
        where = status.source or "未设置"
        variable = f"（环境变量 {status.variable}）" if status.variable and not status.source else ""
        typer.echo(f"{status.provider:<12}{where}{variable}")
    typer.echo(f"密钥文件：{keys_path()}")


def remove(provider: Annotated[str, typer.Argument(metavar="PROVIDER", show_default=False, help=PROVIDER_HELP)]) -> None:
    from cswriter.backends.keys import provider_name, remove_key
    from cswriter.errors import InputError

    name = provider_name(provider)
    if not remove_key(name):
        raise InputError(f"没有保存过 {name} 的密钥。", hint="用 cswriter keys list 查看已保存的密钥。")
    stderr_console().print(f"已删除保存的 {name} 密钥。")


command = group("keys", HELP, [
    ("set", "保存一个服务商的 API 密钥（从提示或标准输入读取，不回显）。", set_),
    ("list", "列出各服务商的密钥是否已设置、来自环境变量还是用户配置（不显示密钥）。", list_),
    ("remove", "删除保存的某个服务商的密钥。", remove),
])
