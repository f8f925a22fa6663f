"""Hostile inputs, shared by tests/test_attacks.py and bench/attacks.py.

Each maker writes its file(s) into a folder and returns the path to give cswriter. They are
the shapes a careless export, a damaged disk or a malicious file actually takes: alias bombs,
self-reference, absurd nesting, non-finite and absurd numbers, pipes, binaries, Big5.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "fixtures" / "year-end-agent.yaml"
LEAD = ROOT / "fixtures" / "year-end-lead.yaml"


def _write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def alias_bomb(folder: Path) -> Path:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return _write(folder, "bomb.yaml", "\n".join(lines) + "\n")


def self_reference(folder: Path) -> Path:
    return _write(folder, "selfref.yaml", "report: &r\n  type: year-end\n  again: *r\n")


def deep_yaml(folder: Path) -> Path:
    return _write(folder, "deep.yaml", "report: " + "[" * 3000 + "]" * 3000 + "\n")


def deep_json(folder: Path) -> Path:
    return _write(folder, "deep.json", '{"report": ' + "[" * 100_000 + "]" * 100_000 + "}")


def _example_with(folder: Path, name: str, old: str, new: str, source: Path = EXAMPLE) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, old
    return _write(folder, name, text.replace(old, new, 1))


def nan_value(folder: Path) -> Path:
    return _example_with(folder, "nan.yaml", "value: 125380", "value: .nan")


def infinite_value(folder: Path) -> Path:
    return _example_with(folder, "inf.yaml", "value: 125380", "value: .inf")


def huge_float(folder: Path) -> Path:
    return _example_with(folder, "huge-float.yaml", "value: 125380", "value: 1.5e308")


def huge_int(folder: Path) -> Path:
    text = LEAD.read_text(encoding="utf-8")
    import re

    return _write(folder, "huge-int.yaml", re.sub(r"team_size: \d+", "team_size: 1" + "0" * 400, text, count=1))


def fifo(folder: Path) -> Path:
    path = folder / "pipe.yaml"
    os.mkfifo(path)
    return path


def directory(folder: Path) -> Path:
    path = folder / "folder.yaml"
    path.mkdir()
    return path


def binary(folder: Path) -> Path:
    return _write(folder, "binary.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def big5_facts(folder: Path) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    import re

    # The author's name in traditional characters, the whole file in Big5 (as pasted from a
    # Hong Kong or Taiwan colleague's file); the name must come back intact.
    text = re.sub(r"author: .*", "author: 陳曉華", text, count=1)
    keep = "".join(ch for ch in text if _big5_ok(ch))
    return _write(folder, "big5.yaml", keep.encode("big5"))


def _big5_ok(ch: str) -> bool:
    try:
        ch.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


FACTS_ATTACKS: dict[str, Callable[[Path], Path]] = {
    "alias bomb": alias_bomb,
    "self-referencing alias": self_reference,
    "3,000-deep YAML": deep_yaml,
    "100,000-deep JSON": deep_json,
    "NaN value": nan_value,
    "infinite value": infinite_value,
    "1.5e308 value": huge_float,
    "400-digit team size": huge_int,
    "FIFO as facts file": fifo,
    "directory as facts file": directory,
    "binary file": binary,
}
