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


MAX_SETTINGS_BYTES = 1024 * 1024


def read_settings(path: Path) -> dict[str, Any]:
    """cswriter's settings in `path`: the whole cswriter.toml, or pyproject's [tool.cswriter]."""
    import tomllib

    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SETTINGS_BYTES + 1)
        if len(raw) > MAX_SETTINGS_BYTES:
            raise InputError(f"{path}：配置文件超过 1 MB，不像是配置文件。", file=str(path))
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: 无法读取配置文件（{type(exc).__name__}）。", file=str(path)) from None
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


def find_settings(start: str | Path, table: str, *, folders: list[Path] | None = None,
                  tables_only: bool = False) -> tuple[Path, Any] | None:
    """The nearest settings file at or above `start` (a folder, or a file's folder) that has
    the table `table`, with that table; None when no file has it. `folders` limits the search
    to those folders, in order; with `tables_only` a key that is not a table is passed over."""
    if folders is None:
        here = Path(start).resolve()
        if not here.is_dir():
            here = here.parent
        folders = [here, *here.parents]
    for directory in folders:
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                found = settings_table(candidate, table)
                if found is not None and (isinstance(found, dict) or not tables_only):
                    return candidate, found
    return None
