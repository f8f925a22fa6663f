"""The one place that finds and reads cswriter's settings files.

Settings live in `cswriter.toml` (top-level tables) or in `pyproject.toml` (under
`[tool.cswriter]`); the nearest file at or above a folder that has the wanted table wins,
`cswriter.toml` before `pyproject.toml` in the same folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cswriter.errors import InputError

CONFIG_NAMES = ("cswriter.toml", "pyproject.toml")


def read_settings(path: Path) -> dict[str, Any]:
    """cswriter's settings in `path`: the whole cswriter.toml, or pyproject's [tool.cswriter]."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: 无法读取配置文件（{exc}）。", file=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: 配置文件 TOML 格式错误（{exc}）。", file=str(path),
                         line=getattr(exc, "lineno", None)) from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        found = tool.get("cswriter", {}) if isinstance(tool, dict) else {}
        return found if isinstance(found, dict) else {}
    return data


def settings_table(path: Path, table: str) -> Any:
    """The table `table` of the settings in `path` (None when it has none)."""
    return read_settings(path).get(table)


def find_settings(start: str | Path, table: str) -> tuple[Path, Any] | None:
    """The nearest settings file at or above `start` (a folder, or a file's folder) that has
    the table `table`, with that table; None when no file has it."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for directory in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                found = settings_table(candidate, table)
                if found is not None:
                    return candidate, found
    return None
