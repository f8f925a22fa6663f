"""`.cswriterignore`: paths lint leaves alone, written in gitignore syntax.

A small matcher of gitignore's rules rather than a dependency (pathspec costs ~30 ms to
import, more than a whole warm `cswriter lint`): comments and blank lines, `!` to
re-include, a trailing `/` for folders only, a pattern with a `/` anchored to the ignore
file's folder (else it matches at any depth), `*`, `?`, `[…]` and `**`; the last matching
pattern wins, and nothing inside an ignored folder can be re-included (as in git). The
ignore file is the nearest `.cswriterignore` in the current folder or above it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

IGNORE_FILE = ".cswriterignore"

# (regex, negated, folders_only): a plain tuple, since this module is on the lint path and
# a dataclass costs a millisecond to define.
_Pattern = tuple[re.Pattern[str], bool, bool]


def _translate(body: str) -> str:
    out, i = [], 0
    while i < len(body):
        if body.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif body.startswith("/**", i) and i + 3 == len(body):
            out.append("/.*")
            i += 3
        elif body.startswith("**", i):
            out.append(".*")
            i += 2
        elif body[i] == "*":
            out.append("[^/]*")
            i += 1
        elif body[i] == "?":
            out.append("[^/]")
            i += 1
        elif body[i] == "[" and "]" in body[i + 2:]:
            end = body.index("]", i + 2)
            content = body[i + 1:end]
            if content.startswith("!"):
                content = "^" + content[1:]
            out.append("[" + content.replace("\\", "\\\\") + "]")
            i = end + 1
        elif body[i] == "\\" and i + 1 < len(body):
            out.append(re.escape(body[i + 1]))
            i += 2
        else:
            out.append(re.escape(body[i]))
            i += 1
    return "".join(out)


def parse_patterns(text: str) -> list[_Pattern]:
    patterns = []
    for raw in text.splitlines():
        line = raw.rstrip("\r")
        stripped = line.rstrip(" ")
        if line.endswith("\\ ") and not stripped.endswith("\\\\"):
            stripped += " "
        line = stripped
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        if negated:
            line = line[1:]
        elif line.startswith(("\\#", "\\!")):
            line = line[1:]
        folders_only = line.endswith("/")
        line = line.rstrip("/")
        if not line:
            continue
        anchored = "/" in line
        body = _translate(line.lstrip("/"))
        regex = re.compile(("^" if anchored else "^(?:.*/)?") + body + "$", re.DOTALL)
        patterns.append((regex, negated, folders_only))
    return patterns


class IgnoreRules:
    """The patterns of one ignore file, relative to its folder."""

    def __init__(self, base: Path, patterns: list[_Pattern]) -> None:
        self.base = base
        self.patterns = patterns

    @classmethod
    def from_text(cls, text: str, base: str | Path = ".") -> "IgnoreRules":
        return cls(Path(os.path.abspath(base)), parse_patterns(text))

    def _verdict(self, relative: str, is_folder: bool) -> bool:
        ignored = False
        for regex, negated, folders_only in self.patterns:
            if folders_only and not is_folder:
                continue
            if regex.match(relative):
                ignored = not negated
        return ignored

    def ignores(self, path: str | Path, *, is_folder: bool | None = None) -> bool:
        """Whether `path` (relative to the current folder, or absolute) is ignored."""
        absolute = Path(os.path.abspath(path))
        try:
            relative = absolute.relative_to(self.base).as_posix()
        except ValueError:
            return False  # outside the ignore file's folder
        if relative in ("", "."):
            return False
        parts = relative.split("/")
        for depth in range(1, len(parts)):
            if self._verdict("/".join(parts[:depth]), True):
                return True
        if is_folder is None:
            is_folder = absolute.is_dir()
        return self._verdict(relative, is_folder)


def find_ignore_rules(start: str | Path | None = None) -> IgnoreRules | None:
    """The nearest `.cswriterignore` in `start` (default: the current folder) or above."""
    folder = Path(os.path.abspath(start or os.getcwd()))
    for candidate in (folder, *folder.parents):
        path = candidate / IGNORE_FILE
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                return None
            return IgnoreRules(candidate, parse_patterns(text))
    return None
