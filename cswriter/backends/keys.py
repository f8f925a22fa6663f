"""API keys kept in the user's config folder, for people who do not set environment variables
(Chinese Windows staff above all): `cswriter keys set deepseek`.

The file (`keys.json` in the user config folder, `CSWRITER_CONFIG_DIR` to move it) is written
with mode 0600 in a folder of mode 0700. An environment variable always wins over the file; a
stored key is only ever sent to its own provider's host (a key for deepseek goes to
api.deepseek.com, never to a host a config file names), and no command prints a key.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from cswriter.errors import InputError

ENV_CONFIG_DIR = "CSWRITER_CONFIG_DIR"
KEYS_FILE = "keys.json"

# Provider → the environment variable its SDKs and LangChain read.
KEY_VARIABLES: dict[str, str] = {
    "openai": "OPENAI_API_KEY",
    "deepseek": "DEEPSEEK_API_KEY",
    "dashscope": "DASHSCOPE_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "moonshot": "MOONSHOT_API_KEY",
    "zhipuai": "ZHIPUAI_API_KEY",
}
ALIASES = {"qwen": "dashscope", "通义": "dashscope", "百炼": "dashscope", "kimi": "moonshot",
           "zhipu": "zhipuai", "glm": "zhipuai"}


@dataclass(frozen=True)
class KeyStatus:
    provider: str
    variable: str | None
    source: str | None
    """Where the key in use comes from (环境变量 X / 用户配置), or None when there is none."""


def config_dir() -> Path:
    explicit = os.environ.get(ENV_CONFIG_DIR)
    if explicit:
        return Path(explicit)
    from platformdirs import user_config_dir

    return Path(user_config_dir("cswriter"))


def keys_path() -> Path:
    return config_dir() / KEYS_FILE


def provider_name(provider: str) -> str:
    """A provider's canonical name; a host name (api.moonshot.cn) is accepted as it is."""
    name = provider.strip().lower()
    name = ALIASES.get(name, name)
    if name in KEY_VARIABLES or ("." in name and "/" not in name and " " not in name):
        return name
    raise InputError(f"不认识的服务商“{provider}”。",
                     hint="可选：" + "、".join(KEY_VARIABLES) + "（qwen 即 dashscope），"
                          "或直接写服务地址的主机名，如 api.moonshot.cn。")


def _read() -> dict[str, str]:
    path = keys_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        raise InputError(f"密钥文件 {path} 无法读取。", hint="可以删除它，再用 cswriter keys set 重新保存。") from None
    keys = data.get("keys") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in keys.items()} if isinstance(keys, dict) else {}


def _write(keys: dict[str, str]) -> None:
    path = keys_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path.parent, 0o700)
    except OSError:
        pass
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            os.chmod(temp, 0o600)  # also when umask or an old file left other bits
            json.dump({"keys": keys}, handle, ensure_ascii=False, indent=2)
        os.replace(temp, path)
    except BaseException:
        try:
            temp.unlink()
        except OSError:
            pass
        raise


def set_key(provider: str, key: str) -> str:
    name = provider_name(provider)
    key = key.strip()
    if not key or any(ch.isspace() for ch in key):
        raise InputError("密钥为空或含有空白字符，没有保存。")
    keys = _read()
    keys[name] = key
    _write(keys)
    return name


def remove_key(provider: str) -> bool:
    name = provider_name(provider)
    keys = _read()
    if name not in keys:
        return False
    del keys[name]
    _write(keys)
    return True


def stored_key(provider: str) -> str | None:
    try:
        return _read().get(provider)
    except InputError:
        return None


def key_for(provider: str) -> str | None:
    """The key for `provider` (or a host name): its environment variable, else the stored one."""
    variable = KEY_VARIABLES.get(provider)
    if variable and os.environ.get(variable):
        return os.environ[variable]
    return stored_key(provider.lower())


def list_keys() -> list[KeyStatus]:
    """Every known provider and every stored one, with where its key would come from."""
    stored = _read()
    statuses = []
    for name in [*KEY_VARIABLES, *sorted(k for k in stored if k not in KEY_VARIABLES)]:
        variable = KEY_VARIABLES.get(name)
        if variable and os.environ.get(variable):
            source = f"环境变量 {variable}"
        elif name in stored:
            source = "用户配置"
        else:
            source = None
        statuses.append(KeyStatus(name, variable, source))
    return statuses
