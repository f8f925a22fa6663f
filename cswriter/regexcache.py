"""Compiled regular expressions kept between runs.

CPython compiles a regular expression in pure Python (`re._parser`, `re._compiler`). The
linter's patterns are large — the number scanner is 7 KB of pattern, the lexicon is a trie
of a thousand words — and compiling them took ~60 % of a cold `cswriter lint`. What the
compiler produces is a list of integers that `_sre.compile` turns into a Pattern object in
microseconds, so those programs are kept in the cache directory, like `.pyc` files are kept
for modules (and, like them, stored with `marshal`).

This leans on CPython internals, so it is defensive: the cache file is keyed by the exact
Python build and the regex engine's magic number, a pattern is keyed by its text and flags,
anything unexpected falls back to `re.compile`. `_sre` checks the programs it is given only
partly (a damaged program could crash the interpreter), so the file carries a SHA-256 of its
contents and is ignored unless that matches: a truncated or damaged file is rebuilt, never
executed. Like `__pycache__`, the cache directory is trusted as the user's own; whoever can
write there can already change the installed code. `CSWRITER_NO_CACHE=1` turns it off.

Measured (2026-11, loaded machine, 5,000-character draft, in-process `lint_paths`): 107–206 ms
with the cache, 300–333 ms without; the compile it saves is most of a cold run's work.

Programs are stored as packed machine words (bytes), not lists of integers: unmarshalling a
list of 27,000 integers for the lexicon cost more than all the rest of the file. The file is
shared by every cswriter of the same version and Python build (checkouts, virtualenvs) and
holds at most `_MAX_PROGRAMS`; a save moves the programs this run used to the end, so the
least recently used go first.

`source(key, build)` keeps pattern *sources* that are expensive to build, too: a trie of a
thousand words (`lint.matching.trie_pattern`) took ~30 ms to assemble in pure Python on
every run, only to look up its compiled program.

Each installation (checkout, virtualenv) has a file of its own, like the data cache: a cache
directory shared by several used to hold every installation's lexicon tries, and each run
read all of them (1 MB, 400 programs) to use a fifth.

The package ships the programs a plain `cswriter lint` uses (`cswriter/data/_built/regex-*.marshal`,
written by `scripts/build_data_cache.py` for the Python it runs on): the first run after an
install reads them instead of compiling (issue 20: first run ≤ 0.2 s). The file is named
after what the programs depend on (implementation, Python minor version, the engine's magic
number, word size, byte order), so another Python never reads it; part of the package, it is
trusted like the code, and sealed like the cache file against damage.
"""

from __future__ import annotations

import atexit
import functools
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any, Callable

_MAX_PROGRAMS = 400
_FORMAT = 2
# A key's flags slot for a built pattern source (see `source`); no regex has these flags.
_SOURCE = -1
_lock = threading.Lock()
_programs: dict[tuple[str, int], Any] | None = None
_new: dict[tuple[str, int], Any] = {}
_used: set[tuple[str, int]] = set()


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """`re.compile(pattern, flags)`, from the cached program when there is one."""
    flags = int(flags)
    programs = _load()
    key = (pattern, flags)
    entry = programs.get(key)
    if entry is not None:
        try:
            compiled = _build(pattern, entry)
            _used.add(key)
            return compiled
        except Exception:  # noqa: BLE001 - a stale or damaged entry: compile afresh
            pass
    try:
        entry = _program(pattern, flags)
        compiled = _build(pattern, entry)
    except Exception:  # noqa: BLE001 - internals changed: the public way still works
        return re.compile(pattern, flags)
    _remember(programs, key, entry)
    return compiled


def source(key: str, build: Callable[[], str]) -> str:
    """`build()`, a regex source that is slow to assemble, kept under `key` between runs.

    The key must name everything the source depends on (callers use a digest of their
    inputs)."""
    programs = _load()
    slot = (key, _SOURCE)
    cached = programs.get(slot)
    if isinstance(cached, str):
        _used.add(slot)
        return cached
    text = build()
    _remember(programs, slot, text)
    return text


def _remember(programs: dict[tuple[str, int], Any], key: tuple[str, int], entry: Any) -> None:
    with _lock:
        programs[key] = entry
        if not _new:
            atexit.register(_save)
        _new[key] = entry


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """What re._compiler.compile hands to _sre.compile (CPython 3.11-3.13)."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # Opcodes are int subclasses; packed as machine words they load in microseconds.
    return (int(flags | parsed.state.flags), _pack([int(c) for c in code]), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


@functools.cache
def _word_type() -> str | None:
    """The array type code of the regex engine's code words, if there is one."""
    import _sre
    from array import array

    for typecode in ("I", "L", "H"):
        if array(typecode).itemsize == _sre.CODESIZE:
            return typecode
    return None


def _pack(code: list[int]) -> bytes | list[int]:
    from array import array

    typecode = _word_type()
    return array(typecode, code).tobytes() if typecode else code


def _build(pattern: str, entry: tuple[Any, ...]) -> re.Pattern[str]:
    import _sre

    all_flags, code, groups, groupindex, indexgroup = entry
    if isinstance(code, bytes):
        from array import array

        typecode = _word_type()
        if typecode is None:
            raise ValueError("packed program on a build without a matching word size")
        code = array(typecode, code).tolist()
    return _sre.compile(pattern, all_flags, code, groups, groupindex, indexgroup)


def _cache_file() -> Path | None:
    if os.environ.get("CSWRITER_NO_CACHE"):
        return None
    import _sre

    from cswriter import __version__
    from cswriter.datacache import default_cache_dir, digest

    build = (f"{_FORMAT}|{sys.version}|{sys.implementation.name}|{_sre.MAGIC}|{_sre.CODESIZE}"
             f"|{sys.byteorder}|{__version__}")
    tag = digest(build, 12)
    installation = digest(str(Path(__file__).resolve().parent), 8)
    return default_cache_dir() / "regex" / f"{tag}-{installation}.marshal"


def shipped_file() -> Path:
    """Where the package keeps the programs it ships for this Python (the file may not exist)."""
    import _sre

    from cswriter.datacache import SHIPPED_DIR, digest

    build = (f"{_FORMAT}|{sys.implementation.name}|{sys.version_info[0]}.{sys.version_info[1]}"
             f"|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.byteorder}")
    return SHIPPED_DIR / f"regex-{digest(build, 12)}.marshal"


def _read(path: Path | None) -> dict | None:
    """The programs in a file `_save` (or the build script) wrote; None if it is missing,
    damaged or not such a file."""
    if path is None:
        return None
    try:
        data = _unseal(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def _shipped() -> dict:
    if os.environ.get("CSWRITER_NO_CACHE"):
        return {}
    try:
        return _read(shipped_file()) or {}
    except (OSError, ValueError, ImportError):
        return {}


def _load() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _programs
    if _programs is None:
        with _lock:
            if _programs is None:
                try:
                    loaded = _read(_cache_file())
                except (OSError, ValueError):
                    loaded = None
                _programs = _shipped() if loaded is None else loaded
    return _programs


def _save() -> None:
    """Add this run's new programs to the file (at exit, so a run writes at most once)."""
    try:
        path = _cache_file()
        if path is None or not _new:
            return
        merged = _read(path)
        if merged is None:  # the first save: what the package ships comes along
            merged = _shipped()
        merged.update(_new)
        # Least recently used first: what this run used or added goes to the end.
        recent = [key for key in merged if key in _used or key in _new]
        for key in recent:
            merged[key] = merged.pop(key)
        if len(merged) > _MAX_PROGRAMS:  # patterns built from facts or settings come and go
            merged = dict(list(merged.items())[-_MAX_PROGRAMS:])
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(_seal(marshal.dumps(merged)))
        os.replace(tmp, path)
        _new.clear()
    except (OSError, ValueError, TypeError):
        pass  # a read-only (or unexpected) cache only costs speed


_DIGEST_SIZE = 32


def _seal(payload: bytes) -> bytes:
    from cswriter.datacache import sha256

    return sha256(payload) + payload


def _unseal(data: bytes) -> Any:
    """The cached programs, or None when the file is not exactly what `_save` wrote."""
    digest, payload = data[:_DIGEST_SIZE], data[_DIGEST_SIZE:]
    from cswriter.datacache import sha256

    if len(digest) != _DIGEST_SIZE or sha256(payload) != digest:
        return None
    return marshal.loads(payload)
