"""A person's own column names: `--map 列名=指标` and their mapping file.

The file lives in the user's config directory (platformdirs; `CSWRITER_CONFIG_DIR`
overrides it), never inside the installed package, so an upgrade keeps it:

    # ~/.config/cswriter/columns.yaml — one pair a line (列名: 指标, 列名：指标 or 列名=指标)
    机器人拦截率: 忽略
    人工会话总数：接待量
    首响(s): 首次响应时长

Each value is a metric (咨询量, 首次响应时长, volume), a column name the importer knows
(接待量, 好评数), a field id from data/exports.yaml (received), or 忽略 to skip the column.
`--map` entries win over the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from cswriter.errors import InputError
from cswriter.importing.columns import normalise, resolve_target, split_unit

ENV_CONFIG_DIR = "CSWRITER_CONFIG_DIR"
MAPPING_FILE = "columns.yaml"


def config_dir() -> Path:
    explicit = os.environ.get(ENV_CONFIG_DIR)
    if explicit:
        return Path(explicit)
    from platformdirs import user_config_dir

    return Path(user_config_dir("cswriter"))


def mapping_path() -> Path:
    """Where the person's column mapping file is (it may not exist yet)."""
    return config_dir() / MAPPING_FILE


def parse_map_option(entries: list[str]) -> dict[str, str]:
    """`--map 列名=指标` (also 列名:指标, full-width ＝ or ：) → {列名: 指标}."""
    pairs: dict[str, str] = {}
    for entry in entries:
        text = entry.replace("＝", "=").replace("：", ":")
        sep = "=" if "=" in text else ":" if ":" in text else None
        header, target = (text.split(sep, 1) if sep else (text, ""))
        if not header.strip() or not target.strip():
            raise InputError(f"--map {entry}: 应写成“列名=指标”，例如 --map 人工会话总数=接待量。")
        pairs[header.strip()] = target.strip()
    return pairs


def load_mapping_file(path: Path | None = None) -> dict[str, str]:
    """The person's mapping file as {列名: 指标}; {} when there is none. One pair a line,
    `列名: 指标`, `列名：指标` or `列名=指标`; `#` starts a comment."""
    path = path or mapping_path()
    if not path.is_file():
        return {}
    from cswriter.text.files import read_text

    pairs: dict[str, str] = {}
    for number, raw in enumerate(read_text(path).splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        text = line.replace("：", ":").replace("＝", "=")
        cut = min((i for i in (text.find(":"), text.find("=")) if i > 0), default=-1)
        header, target = (text[:cut].strip().strip("\"'"), text[cut + 1:].strip().strip("\"'")) if cut > 0 else ("", "")
        if not header or not target:
            raise InputError(f"{path} 第{number}行: 应写成“列名：指标”，实际是“{raw.strip()}”。",
                             hint="例如“人工会话总数：接待量”或“机器人拦截率：忽略”。", file=str(path), line=number)
        pairs[header] = target
    return pairs


def build_mapping(option: list[str] | None = None, *, use_file: bool = True,
                  path: Path | None = None) -> dict[str, str]:
    """normalised header → field id (or "ignore"), from the file and then `--map`."""
    pairs: list[tuple[str, str, str]] = []
    if use_file:
        where = str(path or mapping_path())
        pairs += [(h, t, where) for h, t in load_mapping_file(path).items()]
    pairs += [(h, t, "--map") for h, t in parse_map_option(option or []).items()]
    mapping: dict[str, str] = {}
    for header, target, where in pairs:
        field_id = resolve_target(target)
        if field_id is None:
            raise InputError(f"{where}: “{header}”要对应的指标“{target}”不认识。",
                             hint="指标可写 咨询量、接待量、首次响应时长、平均会话时长、满意度、好评数、评价数、"
                                  "问题解决率、投诉量，或写“忽略”跳过这一列。")
        mapping[normalise(header)] = field_id
        mapping.setdefault(normalise(split_unit(header)[0]), field_id)
    return mapping
