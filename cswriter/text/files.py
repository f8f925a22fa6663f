"""Reading and writing the user's files: encodings seen on Chinese office machines, stdin, and
one way to write that never loses what the user wrote.

Files from Windows machines in China are often GBK/GB18030, sometimes UTF-8 with a BOM,
occasionally UTF-16 (Notepad's "Unicode"), and pasted from Hong Kong or Taiwan in Big5. We
try the encodings in order of likelihood, tell Big5 from GBK by which reading gives common
characters, and fail with a clear Chinese message rather than guessing silently.

Every write goes through `write_bytes_atomic`: it refuses to write over a file this run read
as its input (unless the command edits that file on purpose), refuses read-only files and
directories, writes through a symbolic link to its target, keeps hard links joined, keeps
the permission bits, and is atomic where the file system allows. `write_output` adds a
numbered backup (`name.~1~`) when it would replace a file that cswriter did not write.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cswriter.errors import InputError

STDIN_NAME = "-"

# A facts file, an export or a draft is far below this; a larger "file" is a mistake or an
# attack, and reading it whole would only exhaust memory.
MAX_INPUT_BYTES = 64 * 1024 * 1024

# Files this process read as its inputs: writing over one of them is refused unless the
# caller edits it on purpose (the interview, `lint --fix`). Kept as (device, inode, mtime,
# size), so a file that merely reuses a deleted input's inode is not mistaken for it.
_inputs: set[tuple[int, int, int, int]] = set()

# When this run started: an output written by someone else after it is not "cswriter's own
# earlier output" but another writer's, and is kept as a backup rather than replaced.
_STARTED_NS = time.time_ns()
# What this process itself wrote: a long-lived process (the MCP server, a test run) rewriting
# its own earlier output is not another run's write.
_WRITTEN_HERE: dict[str, str] = {}


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size


# ---------------------------------------------------------------------------------------
# Encodings


def detect_encoding(data: bytes) -> str:
    """The encoding `decode_bytes` reads `data` in, so a file can be written back in it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return "big5" if _looks_like_big5(data) else "gb18030"


def decode_bytes(data: bytes, name: str) -> str:
    """Decode file bytes as UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 or Big5."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(data[3:], "utf-8", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16", name)
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}：这是二进制文件，不是文本文件，无法读取。", file=str(name))
    encoding = detect_encoding(data)
    if encoding in ("utf-8", "big5"):
        return data.decode(encoding)
    try:
        # GB18030 is a superset of GBK and GB2312, so one attempt covers all three.
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{name}：无法识别文件编码（第 {line} 行附近既不是 UTF-8，也不是 GBK/GB18030 或 Big5）。",
            hint="请用记事本或 WPS 将文件另存为 UTF-8 编码后重试。", file=name, line=line,
        ) from None


def encode_text(text: str, encoding: str) -> bytes:
    """Encode in a file's own encoding (as `detect_encoding` names it); a character the
    legacy encoding lacks (an emoji in a GBK file) makes it UTF-8 with a BOM instead."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8-sig")


def _looks_like_big5(data: bytes) -> bool:
    """Is this Big5 rather than GBK? Both read most byte pairs; the right one gives common
    characters, the wrong one rare ones (Big5's 資料 read as GBK is 萖ら)."""
    try:
        big5 = data.decode("big5")
    except UnicodeDecodeError:
        return False
    try:
        gbk = data.decode("gb18030")
    except UnicodeDecodeError:
        return True
    return _common_share(big5, "big5") > _common_share(gbk, "gb2312")


def _common_share(text: str, encoding: str) -> float:
    """The share of Chinese characters that are in the encoding's frequent-character level."""
    total = common = 0
    for char in text:
        if "\u4e00" <= char <= "\u9fff":
            total += 1
            try:
                code = char.encode(encoding)
            except UnicodeEncodeError:
                continue
            if encoding == "gb2312":
                common += 0xB0 <= code[0] <= 0xD7  # GB2312 level 1: the 3,755 common characters
            else:
                common += 0xA440 <= int.from_bytes(code, "big") <= 0xC67E  # Big5 常用字
    return common / total if total else 0.0


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{name}：文件声明为 {encoding.upper()} 编码，但内容无法按该编码解码。", file=str(name)) from None


# ---------------------------------------------------------------------------------------
# Reading


def read_bytes(path: str | Path, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Read a regular file (or stdin for "-") with Chinese messages for the usual failures.

    Only regular files are read: a FIFO or a device would block or never end. The file is
    remembered as an input of this run, so no output can be written over it."""
    if str(path) == STDIN_NAME:
        data = sys.stdin.buffer.read(limit + 1) if sys.stdin is not None else b""
        if len(data) > limit:
            raise InputError(f"标准输入超过 {limit // (1024 * 1024)} MB，不像是一份总结或事实文件。")
        return data
    p = Path(path)
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{p}：这是一个目录，不是文件。", file=str(p))
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{p}：不是普通文件（可能是管道或设备），无法读取。", file=str(p))
        if st.st_size > limit:
            raise InputError(f"{p}：文件有 {st.st_size // (1024 * 1024)} MB，超过上限 {limit // (1024 * 1024)} MB。", file=str(p))
        with p.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{p}：文件不存在。", hint="请检查路径是否正确。", file=str(p)) from None
    except IsADirectoryError:
        raise InputError(f"{p}：这是一个目录，不是文件。", file=str(p)) from None
    except PermissionError:
        raise InputError(f"{p}：没有读取权限。", file=str(p)) from None
    except OSError as exc:
        raise InputError(f"{p}：无法读取文件（{exc.strerror or exc}）。", file=str(p)) from None
    if len(data) > limit:
        raise InputError(f"{p}：文件超过上限 {limit // (1024 * 1024)} MB。", file=str(p))
    _inputs.add(_identity(st))
    return data


def read_text(path: str | Path) -> str:
    """Read a text file in any of the encodings we accept; "-" reads stdin."""
    name = "标准输入" if str(path) == STDIN_NAME else str(path)
    text = decode_bytes(read_bytes(path), name)
    # Normalise line endings so that line numbers agree with what editors show.
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------------------
# Writing


class _Unchecked:
    """`expected` not given: the file is replaced whatever it holds now."""


UNCHECKED: Any = _Unchecked()


def write_text_atomic(path: str | Path, text: str, *, edit_input: bool = False,
                      expected: bytes | None | _Unchecked = UNCHECKED) -> None:
    """Write UTF-8 text so that a crash mid-write never leaves a truncated file."""
    write_bytes_atomic(path, text.encode("utf-8"), edit_input=edit_input, expected=expected)


def _changed_meanwhile(path: str | Path) -> InputError:
    return InputError(f"{path}：文件在本次读取之后被其他程序改动过；为免覆盖那些改动，本次没有写入，文件保持原样。",
                      hint="请确认文件内容后重新运行命令。")


def _still_as_read(target: Path, expected: bytes | None | _Unchecked) -> bool:
    """Whether `target` still holds exactly `expected` (None: the file must not exist)."""
    if isinstance(expected, _Unchecked):
        return True
    try:
        st = target.lstat()
    except FileNotFoundError:
        return expected is None
    except OSError:
        return False
    if expected is None or not stat.S_ISREG(st.st_mode) or st.st_size != len(expected):
        return False
    try:
        with target.open("rb") as handle:
            return handle.read(len(expected) + 1) == expected
    except OSError:
        return False


def write_bytes_atomic(path: str | Path, data: bytes, *, edit_input: bool = False,
                       expected: bytes | None | _Unchecked = UNCHECKED) -> None:
    """Write `data` to `path` without losing anything the user had.

    With `expected` (the bytes the command read, or None for "the file did not exist"),
    the file is replaced only if it still holds exactly those bytes; when an editor or
    another run wrote it meanwhile, nothing is written and the command stops with a message.

    - a path that is a symbolic link is written through to its target; the link stays;
    - a directory, a read-only file, or a file this run read as input (unless `edit_input`)
      is refused with exit 2 and left as it was;
    - a file with several hard links is rewritten in place so the links stay joined;
    - anything else is written to a temp file beside it, fsynced and renamed over it, so a
      crash mid-write leaves the old file or the new one, never half of each.
    """
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    existing = _stat_or_none(target)
    if existing is not None:
        _refuse_unwritable(Path(path), target, existing, edit_input)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{path}：无法创建目录 {directory}（{exc.strerror or exc}）。", file=str(path)) from None
    if existing is not None and existing.st_nlink > 1:
        if not _still_as_read(target, expected):
            raise _changed_meanwhile(path)
        _write_in_place(target, data)
        return
    import tempfile  # writing only: reading a draft (lint) does not pay for it

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise InputError(f"{path}：无法写入（{exc.strerror or exc}）。", file=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, stat.S_IMODE(existing.st_mode) if existing is not None else 0o644)
        # Compared as late as possible: the window left is the rename itself.
        if not _still_as_read(target, expected):
            Path(tmp).unlink(missing_ok=True)
            raise _changed_meanwhile(path)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}：无法写入（{exc.strerror or exc}），原文件未改动。", file=str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_output(path: str | Path, data: bytes | str) -> Path | None:
    """Write a generated output (a draft, a template, an import), keeping what it replaces.

    When `path` holds something cswriter did not write there (a hand-edited draft, any other
    file, or another run's output written while this one ran), it is first copied to a
    numbered backup `path.~N~`, which is returned so the command can say where it went.
    Rewriting cswriter's own earlier output needs no backup. Two runs writing one output
    take turns under a lock, and the file is replaced only if it still holds what was read,
    so nothing either of them wrote is lost."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    target = Path(os.path.realpath(path))
    with file_lock(target):
        backup = None
        existing = _stat_or_none(target)
        old: bytes | None = None
        if existing is not None and stat.S_ISREG(existing.st_mode):
            _refuse_unwritable(Path(path), target, existing, edit_input=False)
            try:
                with target.open("rb") as handle:
                    old = handle.read(MAX_INPUT_BYTES + 1)
            except OSError:
                old = None
            ours = old is not None and _ledger().get(str(target)) == _digest(old)
            if ours and existing.st_mtime_ns > _STARTED_NS and _WRITTEN_HERE.get(str(target)) != _digest(old):
                ours = False  # another run wrote it while this one worked: keep theirs too
            if old is not None and old != data and not ours:
                backup = _numbered_backup(target)
                write_bytes_atomic(backup, old, expected=None)
        write_bytes_atomic(path, data, expected=old if existing is not None and old is not None else UNCHECKED)
        _remember_output(target, data)
    return backup


@contextlib.contextmanager
def file_lock(path: str | Path) -> Iterator[None]:
    """Hold an exclusive lock for `path` while a command reads, changes and writes it.

    The lock is a small file in cswriter's cache folder (named by the path's digest), so no
    lock file litters the user's folder; other cswriter runs and other threads of an MCP
    server wait for their turn. Where no lock can be taken (no cache folder, no `fcntl`),
    the compare-before-replace of `write_bytes_atomic` still refuses to overwrite."""
    handle = _lock_handle(Path(os.path.realpath(path)))
    if handle is None:
        yield
        return
    try:
        _lock(handle)
        yield
    finally:
        try:
            _unlock(handle)
        finally:
            handle.close()


def _lock_handle(target: Path) -> Any:
    from cswriter.datacache import default_cache_dir

    folder = default_cache_dir() / "locks"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        name = folder / f"{_digest(str(target).encode('utf-8', 'surrogateescape'))[:32]}.lock"
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(name, flags, 0o600)
    except OSError:
        return None
    return os.fdopen(fd, "r+b")


def _lock(handle: Any) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        import msvcrt

        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                return
            except OSError:
                time.sleep(0.05)
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _unlock(handle: Any) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def check_output_path(path: str | Path) -> None:
    """Refuse, before any work is done, an output path `write_output` would refuse."""
    target = Path(os.path.realpath(path))
    existing = _stat_or_none(target)
    if existing is not None:
        _refuse_unwritable(Path(path), target, existing, edit_input=False)


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _refuse_unwritable(shown: Path, target: Path, st: os.stat_result, edit_input: bool) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{shown}：这是一个目录，不能作为输出文件。", hint="请在目录后加上文件名，例如 总结/年终总结.md。", file=str(shown))
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{shown}：不是普通文件（可能是管道或设备），不能写入。", file=str(shown))
    if not edit_input and _identity(st) in _inputs:
        raise InputError(f"{shown}：这是本次读取的输入文件，输出不能覆盖它。", hint="请换一个输出文件名。", file=str(shown))
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise InputError(f"{shown}：文件是只读的，未改动。", hint="如确需写入，请先取消只读属性。", file=str(shown))


def _write_in_place(target: Path, data: bytes) -> None:
    """Rewrite a hard-linked file through its own inode; a copy beside it survives a crash."""
    backup = target.with_name(f".{target.name}.previous")
    try:
        with target.open("rb") as handle:
            old = handle.read()
        backup.write_bytes(old)
        with target.open("r+b") as handle:
            handle.write(data)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise InputError(f"{target}：无法写入（{exc.strerror or exc}）。", file=str(target)) from None
    backup.unlink(missing_ok=True)


def _numbered_backup(target: Path) -> Path:
    n = 1
    while (candidate := target.with_name(f"{target.name}.~{n}~")).exists():
        n += 1
    return candidate


def _digest(data: bytes) -> str:
    from cswriter.datacache import sha256

    return sha256(data).hex()


def _ledger_path() -> Path:
    from cswriter.datacache import default_cache_dir

    return default_cache_dir() / "outputs.json"


def _ledger() -> dict[str, str]:
    """Where cswriter wrote outputs and what they held: rewriting those needs no backup.

    The ledger is sealed with the installation's secret: a forged one (which could make
    cswriter replace a hand-edited file without a backup) reads as empty — one backup more."""
    from cswriter.datacache import read_regular, verify_seal

    data = read_regular(_ledger_path(), 8 * 1024 * 1024)
    if data is None:
        return {}
    try:
        record = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return {}
    if not isinstance(record, dict) or not isinstance(record.get("outputs"), dict):
        return {}
    outputs = record["outputs"]
    if not verify_seal(_ledger_material(outputs), record.get("seal")):
        return {}
    return {str(k): str(v) for k, v in outputs.items()}


def _ledger_material(outputs: dict[str, str]) -> bytes:
    return json.dumps(outputs, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _remember_output(target: Path, data: bytes) -> None:
    from cswriter.datacache import seal

    ledger = _ledger()
    ledger[str(target)] = _WRITTEN_HERE[str(target)] = _digest(data)
    if len(ledger) > 2000:  # forget the oldest: a missing entry only costs one extra backup
        ledger = dict(list(ledger.items())[-1000:])
    mark = seal(_ledger_material(ledger))
    if mark is None:
        return
    path = _ledger_path()
    try:
        if os.path.lexists(path) and not stat.S_ISREG(os.lstat(path).st_mode):
            os.unlink(path)  # a link planted in the cache: removed, never written through
        write_bytes_atomic(path, json.dumps({"outputs": ledger, "seal": mark}, ensure_ascii=False).encode("utf-8"),
                           edit_input=True)
    except (InputError, OSError):
        pass  # an unwritable cache only means an extra backup next time
