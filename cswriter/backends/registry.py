"""The one registry of model backends: entry points in the group `cswriter.backends`.

Built-in backends register through the same mechanism as third-party plugins (see
`pyproject.toml`), so there is exactly one way a backend becomes available. Loading a plugin
imports only its module; backends import their SDKs lazily, so listing stays fast.
"""

from __future__ import annotations

import difflib
import os
import threading
from importlib import metadata
from typing import Any

from cswriter.backends.base import Backend
from cswriter.errors import UserError

ENTRY_POINT_GROUP = "cswriter.backends"
DEFAULT_BACKEND = "offline"
ENV_BACKEND = "CSWRITER_BACKEND"
ENV_MODEL = "CSWRITER_MODEL"

_lock = threading.Lock()
_loaded: tuple[dict[str, type[Backend]], dict[str, str]] | None = None


def _entry_points() -> list[metadata.EntryPoint]:
    """The registered entry points; built-ins (distribution `cswriter`) first so they win ties."""
    points = list(metadata.entry_points(group=ENTRY_POINT_GROUP))

    def is_builtin(point: metadata.EntryPoint) -> bool:
        dist = getattr(point, "dist", None)
        return bool(dist) and (dist.name or "").lower() == "cswriter"

    return sorted(points, key=lambda point: not is_builtin(point))


def _load() -> tuple[dict[str, type[Backend]], dict[str, str]]:
    classes: dict[str, type[Backend]] = {}
    failures: dict[str, str] = {}
    for point in _entry_points():
        if point.name in classes or point.name in failures:
            continue  # a same-named plugin does not replace the one already loaded
        try:
            loaded = point.load()
        except ModuleNotFoundError as error:
            failures[point.name] = f"无法加载：找不到模块 {error.name}"
            continue
        except Exception as error:  # a broken plugin must not take the CLI down
            failures[point.name] = f"无法加载 {point.value}:{type(error).__name__}: {error}"
            continue
        if not (isinstance(loaded, type) and issubclass(loaded, Backend)):
            failures[point.name] = f"{point.value} 不是 cswriter.backends.Backend 的子类"
            continue
        classes[point.name] = loaded
    return classes, failures


def _loaded_backends() -> tuple[dict[str, type[Backend]], dict[str, str]]:
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = _load()
        return _loaded


def clear_cache() -> None:
    """Forget loaded entry points (after installing a plugin in-process, or in tests)."""
    global _loaded
    with _lock:
        _loaded = None


def backend_classes() -> dict[str, type[Backend]]:
    """Every backend that loaded, by name, in name order."""
    classes, _ = _loaded_backends()
    return dict(sorted(classes.items()))


def backend_load_errors() -> dict[str, str]:
    """Backends registered but unusable, by name, with a Chinese reason."""
    _, failures = _loaded_backends()
    return dict(sorted(failures.items()))


def resolve_backend_name(explicit: str | None) -> str:
    """`--backend` > `CSWRITER_BACKEND` > "offline"."""
    for candidate in (explicit, os.environ.get(ENV_BACKEND)):
        if candidate and candidate.strip():
            return candidate.strip().lower()
    return DEFAULT_BACKEND


def resolve_model(explicit: str | None) -> str | None:
    """`--model` > `CSWRITER_MODEL` > None (the backend's own default)."""
    for candidate in (explicit, os.environ.get(ENV_MODEL)):
        if candidate and candidate.strip():
            return candidate.strip()
    return None


def get_backend(name: str | None = None, model: str | None = None, **options: Any) -> Backend:
    """An instance of the backend to use, with the model resolved from options and environment.

    Raises `UserError` (exit 2) for an unknown or unloadable backend, naming the ones there are.
    """
    resolved = resolve_backend_name(name)
    classes = backend_classes()
    failures = backend_load_errors()
    if resolved in failures:
        raise UserError(
            f"模型后端 {resolved} 已注册但无法使用：{failures[resolved]}。",
            hint=_available_hint(classes),
        )
    cls = classes.get(resolved)
    if cls is None:
        source = "--backend" if name else ENV_BACKEND
        message = f"没有名为 {resolved!r} 的模型后端（{source}）。"
        close = difflib.get_close_matches(resolved, [*classes, *failures], n=1, cutoff=0.5)
        if close:
            message += f"你是不是想用 {close[0]!r}?"
        raise UserError(message, hint=_available_hint(classes))
    from cswriter.backends.settings import backend_settings

    settings = backend_settings(resolved, options)
    file_model = settings.pop("model", None)
    return cls(model=resolve_model(model) or file_model, **settings)


def _available_hint(classes: dict[str, type[Backend]]) -> str:
    names = "、".join(classes) if classes else "（无）"
    return f"可用的后端：{names}。运行 `cswriter backends` 查看各后端是否已配置。"
