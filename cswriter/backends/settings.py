"""Backend options from the environment and from `cswriter.toml`, below the command line.

    # cswriter.toml (or [tool.cswriter.backend.openai] in pyproject.toml)
    [backend.openai]
    model = "qwen3-32b"
    stream = true
    thinking = false
    extra_body = { enable_thinking = false }
    headers = { "X-Team" = "kefu" }

Environment: `CSWRITER_STREAM` (1/0), `CSWRITER_THINKING` (on/off), `CSWRITER_EXTRA_BODY`
and `CSWRITER_HEADERS` (JSON objects). The command line wins over the environment, which
wins over the file. API keys are never read from the file: they belong in the environment.

The file is a boundary, not a search: it is read from the work folder and from the root of
the git repository the work folder is in — never from any other folder above it (a shared
drive or an unpacked archive must not redirect requests). `base_url` in the environment
(`OPENAI_BASE_URL`) wins over the file, and where the host in use came from is recorded
(`base_url_source`) so `backends` and the draft can name it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from cswriter.errors import InputError

ENV_STREAM = "CSWRITER_STREAM"
ENV_THINKING = "CSWRITER_THINKING"
ENV_EXTRA_BODY = "CSWRITER_EXTRA_BODY"
ENV_HEADERS = "CSWRITER_HEADERS"
ENV_BASE_URL = "OPENAI_BASE_URL"

SOURCE_COMMAND_LINE = "命令行"
SOURCE_DEFAULT = "默认"


def source_env(name: str = ENV_BASE_URL) -> str:
    return f"环境变量 {name}"


def source_file(path: Path) -> str:
    return f"配置文件 {path}"

_FILE_KEYS = {"model", "base_url", "provider", "stream", "thinking", "extra_body", "headers", "timeout",
              "max_retries"}
_TRUE = {"1", "true", "yes", "on", "是", "开"}
_FALSE = {"0", "false", "no", "off", "否", "关"}


def parse_switch(value: Any, source: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InputError(f"{source} 的值 {value!r} 应为 on 或 off(也可写 1/0、true/false)。")


def parse_json_object(value: Any, source: str) -> dict[str, Any]:
    if isinstance(value, dict):
        return dict(value)
    try:
        data = json.loads(str(value))
    except ValueError as error:
        raise InputError(f"{source} 不是有效的 JSON:{error.msg}(第 {error.colno} 列)。",
                         hint='例如 \'{"enable_thinking": false}\'。') from None
    if not isinstance(data, dict):
        raise InputError(f"{source} 应为 JSON 对象（花括号括起的键值），现在是 {type(data).__name__}。",
                         hint='例如 \'{"enable_thinking": false}\'。')
    return data


def parse_headers(values: list[str] | tuple[str, ...], source: str = "--header") -> dict[str, str]:
    """`Name: value` strings (command line) as a header dict."""
    headers: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition(":")
        if not sep or not name.strip() or any(c in name for c in " \r\n") or any(c in value for c in "\r\n"):
            raise InputError(f"{source} 的值 {item!r} 应写成 NAME: VALUE，例如 'X-Team: kefu'。")
        headers[name.strip()] = value.strip()
    return headers


def env_settings() -> dict[str, Any]:
    settings: dict[str, Any] = {}
    if os.environ.get(ENV_STREAM, "").strip():
        settings["stream"] = parse_switch(os.environ[ENV_STREAM], ENV_STREAM)
    if os.environ.get(ENV_THINKING, "").strip():
        settings["thinking"] = parse_switch(os.environ[ENV_THINKING], ENV_THINKING)
    if os.environ.get(ENV_EXTRA_BODY, "").strip():
        settings["extra_body"] = parse_json_object(os.environ[ENV_EXTRA_BODY], ENV_EXTRA_BODY)
    if os.environ.get(ENV_HEADERS, "").strip():
        headers = parse_json_object(os.environ[ENV_HEADERS], ENV_HEADERS)
        settings["headers"] = {str(k): str(v) for k, v in headers.items()}
    return settings


def config_folders(start: str | Path | None = None) -> list[Path]:
    """Where project config is read from: the work folder, then the root of the git
    repository it is in (the nearest folder above holding `.git`), and nowhere else."""
    here = Path(start or os.getcwd()).resolve()
    folders = [here]
    for directory in (here, *here.parents):
        if (directory / ".git").exists():
            if directory != here:
                folders.append(directory)
            break
    return folders


def file_settings(backend: str, start: str | Path | None = None) -> tuple[dict[str, Any], Path | None]:
    """The `[backend.<name>]` table of the work folder's (or its repository root's)
    cswriter.toml / pyproject.toml, validated."""
    from cswriter.text.settings import find_settings

    found = find_settings(start or os.getcwd(), "backend", folders=config_folders(start), tables_only=True)
    if found is None:
        return {}, None
    path, tables = found
    table = tables.get(backend)
    if table is None:
        return {}, path
    return _validate_table(table, backend, path), path


def base_url_and_source(backend: str, explicit: str | None = None,
                        start: str | Path | None = None) -> tuple[str | None, str]:
    """The base URL a backend will use and where it came from: the command line, then the
    environment, then the work folder's config file; else the backend's default."""
    if explicit:
        return explicit, SOURCE_COMMAND_LINE
    env = os.environ.get(ENV_BASE_URL, "").strip()
    if env:
        return env, source_env()
    from_file, path = file_settings(backend, start)
    if from_file.get("base_url") and path is not None:
        return str(from_file["base_url"]), source_file(path)
    return None, SOURCE_DEFAULT


def _validate_table(table: Any, backend: str, path: Path) -> dict[str, Any]:
    where = f"{path}: [backend.{backend}]"
    if not isinstance(table, dict):
        raise InputError(f"{where} 应为一个表。")
    settings: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name in ("api_key", "key"):
            raise InputError(f"{where} 不能写 API 密钥。", hint="请用环境变量 OPENAI_API_KEY。")
        if name not in _FILE_KEYS:
            raise InputError(f"{where} 中有未知的设置项“{key}”。",
                             hint="可用：" + "、".join(sorted(_FILE_KEYS)) + "。")
        if name in ("stream", "thinking"):
            value = parse_switch(value, f"{where} {key}")
        elif name in ("extra_body", "headers") and not isinstance(value, dict):
            raise InputError(f"{where} {key} 应为表，例如 {key} = {{ enable_thinking = false }}。")
        elif name == "headers":
            value = {str(k): str(v) for k, v in value.items()}
        settings[name] = value
    return settings


def backend_settings(backend: str, explicit: dict[str, Any] | None = None,
                     start: str | Path | None = None) -> dict[str, Any]:
    """File < environment < explicit options (None values in `explicit` do not count).

    `extra_body` and `headers` merge key by key across the three sources."""
    from_file, path = file_settings(backend, start)
    explicit = {k: v for k, v in (explicit or {}).items() if v is not None}
    if os.environ.get(ENV_BASE_URL, "").strip():
        from_file.pop("base_url", None)  # the environment wins over a file for where requests go
    layers = [from_file, env_settings(), explicit]
    merged: dict[str, Any] = {}
    for layer in layers:
        for key, value in layer.items():
            if key in ("extra_body", "headers") and isinstance(value, dict):
                merged[key] = {**merged.get(key, {}), **value}
            else:
                merged[key] = value
    if "base_url" in explicit:
        merged["base_url_source"] = SOURCE_COMMAND_LINE
    elif "base_url" in from_file and path is not None:
        merged["base_url_source"] = source_file(path)
    return merged
