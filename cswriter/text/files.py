"""Reading user files: encodings seen on Chinese office machines, stdin, atomic writes.

Files from Windows machines in China are often GBK/GB18030, sometimes UTF-8 with a BOM,
and occasionally UTF-16 (Notepad's "Unicode"). We try the encodings in that order of
likelihood and fail with a clear Chinese message rather than guessing silently.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from cswriter.errors import InputError

STDIN_NAME = "-"


def decode_bytes(data: bytes, name: str) -> str:
    """Decode file bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(data[3:], "utf-8", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16", name)
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: 这是二进制文件,不是文本文件,无法读取。")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # GB18030 is a superset of GBK and GB2312, so one attempt covers all three.
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{name}: 无法识别文件编码(第 {line} 行附近既不是 UTF-8 也不是 GBK/GB18030)。",
            hint="请用记事本或 WPS 将文件另存为 UTF-8 编码后重试。",
        ) from None


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{name}: 文件声明为 {encoding.upper()} 编码,但内容无法按该编码解码。") from None


def read_bytes(path: str | Path) -> bytes:
    """Read a file (or stdin for "-") with Chinese error messages for the usual failures."""
    if str(path) == STDIN_NAME:
        return sys.stdin.buffer.read()
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: 文件不存在。", hint="请检查路径是否正确。") from None
    except IsADirectoryError:
        raise InputError(f"{p}: 这是一个目录,不是文件。") from None
    except PermissionError:
        raise InputError(f"{p}: 没有读取权限。") from None
    except OSError as exc:
        raise InputError(f"{p}: 无法读取文件({exc.strerror or exc})。") from None


def read_text(path: str | Path) -> str:
    """Read a text file in any of the encodings we accept; "-" reads stdin."""
    name = "标准输入" if str(path) == STDIN_NAME else str(path)
    text = decode_bytes(read_bytes(path), name)
    # Normalise line endings so that line numbers agree with what editors show.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write UTF-8 text so that a crash mid-write never leaves a truncated file."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Write bytes to a temp file beside `path`, fsync, then rename over it."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise InputError(f"{target}: 无法写入({exc.strerror or exc})。") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
