"""Lint settings: `cswriter.toml` ([lint]) or pyproject.toml ([tool.cswriter.lint]).

    [lint]
    select = ["CS1", "CS2", "CS3", "CS4", "CS6"]   # codes or families; default: all
    ignore = ["CS503"]
    severity = { CS102 = "info", CS5 = "info" }     # overrides, by code or family
    accept = ["有效沟通"]                             # never flagged, in any rule
    reject = ["亲"]                                   # always flagged (CS504)
    max-sentence-length = 100
    fail-level = "warning"                           # default for --fail-level

    [lint.per-path."周报/*.md"]                       # glob, relative to the config file
    ignore = ["CS3"]

The file is found by walking up from the linted file (or the current directory) to the
first `cswriter.toml`, or `pyproject.toml` with a [tool.cswriter.lint] table. Keys may be
written with hyphens or underscores. Selection follows ruff: the most specific matching
prefix in select/ignore wins, and ignore wins a tie.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cswriter.errors import InputError
from cswriter.lint.models import Severity
from cswriter.text.settings import CONFIG_NAMES  # noqa: F401 - where settings are looked for


# Plain dataclasses: linting without a config file must not pay for importing pydantic.
# A config table is validated against these same classes with a pydantic TypeAdapter
# (`config_from_dict`), which honours `__pydantic_config__`.
@dataclass
class PathSettings:
    __pydantic_config__ = {"extra": "forbid"}

    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    accept: list[str] = field(default_factory=list)
    reject: list[str] = field(default_factory=list)
    max_sentence_length: int | None = None

    def __post_init__(self) -> None:
        # Codes are matched upper-case; people write cs101 too.
        if self.select is not None:
            self.select = [v.strip().upper() for v in self.select]
        self.ignore = [v.strip().upper() for v in self.ignore]
        self.severity = {k.strip().upper(): v for k, v in self.severity.items()}


@dataclass
class LintConfig(PathSettings):
    """Settings for one lint run; `for_path` applies the per-path overrides."""

    fail_level: Severity | None = None
    per_path: dict[str, PathSettings] = field(default_factory=dict)
    root: str | None = None     # directory the per-path globs are relative to
    source: str | None = None   # the file the settings came from

    def replace(self, **changes: Any) -> LintConfig:
        return dataclasses.replace(self, **changes)

    def rules_key(self) -> tuple:
        """What decides which rules run and how: the key a compiled rule plan is cached by."""
        return (None if self.select is None else tuple(self.select), tuple(self.ignore),
                tuple(sorted(self.severity.items())), tuple(self.accept), tuple(self.reject))

    def enabled(self, code: str) -> bool:
        code = code.upper()
        best_len, best_on = -1, self.select is None
        for prefix in self.select or ():
            if code.startswith(prefix) and len(prefix) > best_len:
                best_len, best_on = len(prefix), True
        for prefix in self.ignore:
            if code.startswith(prefix) and len(prefix) >= best_len:
                best_len, best_on = len(prefix), False
        return best_on

    def severity_of(self, code: str, default: Severity) -> Severity:
        best: tuple[int, Severity] | None = None
        for prefix, level in self.severity.items():
            if code.startswith(prefix) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), level)
        return best[1] if best else default

    def for_path(self, path: str) -> LintConfig:
        if not self.per_path or path in ("-", "<text>"):
            return self
        rel = _relative(path, self.root)
        merged = self
        for pattern, settings in self.per_path.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(Path(rel).name, pattern):
                merged = merged._merge(settings)
        return merged

    def _merge(self, other: PathSettings) -> LintConfig:
        return self.replace(
            select=other.select if other.select is not None else self.select,
            ignore=[*self.ignore, *other.ignore],
            severity={**self.severity, **other.severity},
            accept=[*self.accept, *other.accept],
            reject=[*self.reject, *other.reject],
            max_sentence_length=other.max_sentence_length or self.max_sentence_length,
        )


def _relative(path: str, root: str | None) -> str:
    p = os.path.abspath(path)
    if root:
        try:
            return Path(p).relative_to(root).as_posix()
        except ValueError:
            pass
    return Path(path).as_posix()


def _snake(data: Any, *, keep_keys: bool = False) -> Any:
    """Hyphenated TOML keys → field names; per-path globs and severity codes stay as written."""
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        name = key if keep_keys else key.replace("-", "_")
        if name == "per_path" and isinstance(value, dict):
            out[name] = {glob: _snake(v) for glob, v in value.items()}
        elif name == "severity":
            out[name] = value
        else:
            out[name] = _snake(value)
    return out


def find_config_file(start: str | Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file at or above `start` that has lint settings, with its table."""
    from cswriter.text.settings import find_settings

    found = find_settings(start, "lint")
    if found is None:
        return None
    path, _ = found
    return path, lint_table(path)  # type: ignore[return-value]


def lint_table(path: Path) -> dict[str, Any] | None:
    from cswriter.text.settings import settings_table

    table = settings_table(path, "lint")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise InputError(f"{path}: [lint] 应为一个表。")
    return table


def config_from_dict(data: dict[str, Any]) -> LintConfig:
    """Validate settings (field names as in `LintConfig`); raises pydantic's ValidationError."""
    return _config_adapter().validate_python(data)


@lru_cache(maxsize=1)
def _config_adapter() -> Any:
    # Building the adapter costs ~9 ms; a config per linted folder would pay it each time.
    from pydantic import TypeAdapter

    return TypeAdapter(LintConfig)


def config_from_table(table: dict[str, Any], source: str | None = None,
                      root: str | None = None) -> LintConfig:
    from pydantic import ValidationError

    try:
        config = config_from_dict(_snake(table))
    except ValidationError as exc:
        from cswriter.errors import pydantic_problems

        problems = pydantic_problems(exc, file=source, noun="设置项", special=_setting_message)
        raise InputError(f"{source or '配置'}: lint 设置有误：" + "；".join(
            f"{p.field}：{p.message}" if p.field and p.field not in p.message else p.message
            for p in problems[:5]), file=source, field=problems[0].field, problems=problems) from None
    check_codes(config, source or "配置")
    return config.replace(source=source, root=root)


def _setting_message(err: dict[str, Any], loc: tuple) -> str | None:
    if err["type"] == "literal_error":
        return "取值应为 error、warning 或 info"
    return None


def unknown_codes(codes: list[str] | None) -> list[str]:
    """The entries that name no rule: a code (CS101) or a family prefix (CS1, CS10) must
    start at least one rule's code. A typo (CS10l, CS999) would otherwise select or ignore
    nothing, silently."""
    if not codes:
        return []
    from cswriter.lint.catalogue import load_catalogue

    known = [r.code for r in load_catalogue().rules]
    return [c for c in codes if not (c.startswith("CS") and any(k.startswith(c) for k in known))]


def check_codes(config: PathSettings, where: str) -> None:
    """Exit 2 with a Chinese message for unknown codes in select, ignore or severity."""
    problems = []
    settings = [("", config)]
    if isinstance(config, LintConfig):
        settings += [(f"per-path “{glob}” 的", ps) for glob, ps in config.per_path.items()]
    for prefix, ps in settings:
        for name, codes in (("select", ps.select), ("ignore", ps.ignore), ("severity", list(ps.severity))):
            bad = unknown_codes(codes)
            if bad:
                problems.append(f"{prefix}{name} 中的 {'、'.join(bad)}")
    if problems:
        raise InputError(f"{where}: 未知的规则编号：" + "；".join(problems) + "。",
                         hint="用 cswriter rules 查看全部规则编号，类别写作 CS1、CS2 等。")


def load_config(start: str | Path | None = None) -> LintConfig:
    """Settings for files under `start` (default: the current directory)."""
    found = find_config_file(start or os.getcwd())
    if found is None:
        return LintConfig()
    path, table = found
    return config_from_table(table, str(path), str(path.parent))
