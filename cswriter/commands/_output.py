"""What the commands print: consoles, JSON on stdout, and errors told in Chinese.

Used by the command classes in `_help` (a `UserError` raised in any command ends here) and by
every command; imports nothing else of `cswriter.commands`, so nothing here closes a circle.
Only the standard library is imported at module level (rich and the documents lazily).
"""

from __future__ import annotations

import errno
import json
import sys
from typing import Any

from cswriter.errors import UserError


def stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def stdout_console():
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    console.on_broken_pipe = reader_went_away  # type: ignore[method-assign]
    return console


def failure_exit_code(error: BaseException, *, as_json: bool, user_json: bool | None = None) -> int:
    """What a command that raised `error` ends with (the command classes in `_help` and the
    Typer-free `cswriter lint` path in `cswriter.cli` share this): a `UserError` is told in
    Chinese (under `--format json` also as a JSON error document; `user_json` overrides that
    for it) with its exit code; Ctrl-C exits 130; a closed pipe exits 0 quietly; another
    operating-system refusal (full disk, no permission) is told in Chinese with exit 2.
    Anything else is a bug and is raised again."""
    if isinstance(error, UserError):
        report_error(error, as_json=as_json if user_json is None else user_json)
        return error.exit_code
    if isinstance(error, KeyboardInterrupt):
        stderr_console().print("[yellow]已中断。[/]")
        return 130
    if isinstance(error, BrokenPipeError):
        # `cswriter … | head` closing the pipe early is not an error.
        reader_went_away()
    if isinstance(error, OSError):
        report_os_error(error, as_json=as_json)
        return 2
    raise error


def reader_went_away() -> None:
    """`cswriter rules | head -1`: the reader has what it wanted, which is no error. (rich
    would exit 1.) Later writes go to /dev/null so that Python's exit flush stays quiet."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise SystemExit(0)


_OS_REASONS = {
    errno.ENOSPC: "磁盘已满",
    errno.EDQUOT: "超出磁盘配额",
    errno.EISDIR: "这是一个目录，不是文件",
    errno.ENOTDIR: "路径中有一段不是目录",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.ENOENT: "路径不存在",
    errno.EROFS: "文件系统是只读的",
    errno.EBADF: "输出已关闭",
    errno.EIO: "读写出错",
}


def os_error_message(error: OSError) -> str:
    reason = _OS_REASONS.get(error.errno or 0, error.strerror or type(error).__name__)
    if error.filename is None:
        return f"无法写出结果：{reason}。"
    name = error.filename2 if error.errno == errno.EISDIR and error.filename2 else error.filename
    return f"{name}：{reason}。"


def report_os_error(error: OSError, *, as_json: bool = False) -> None:
    """An operating-system refusal (full disk, directory as output, no permission) in Chinese.
    When standard output itself failed, later writes go to /dev/null so that the exit stays quiet."""
    if error.filename is None:
        _silence_stdout()
        as_json = False  # stdout is what failed
    hint = "给 -o 一个文件名（如 总结.md），而不是目录。" if error.errno == errno.EISDIR else None
    try:
        report_error(UserError(os_error_message(error), hint=hint), as_json=as_json)
    except OSError:  # stderr is gone too: the exit code says it
        pass


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def report_error(error: UserError, *, as_json: bool = False) -> None:
    """The Chinese message on stderr; under `--format json` also the error document on stdout."""
    if as_json:
        from cswriter.documents import error_document

        print_json(error_document(error))
    console = stderr_console()
    console.print(f"[bold red]错误：[/]{_escape(error.message)}")
    if error.hint:
        console.print(f"[yellow]提示：[/]{_escape(error.hint)}")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def print_document(document: Any) -> None:
    """A pydantic document of `cswriter.app` as JSON: the keys it was built with, in order
    (the same object an MCP tool returns as structured content)."""
    from cswriter.documents import versioned

    print_json(versioned(document.model_dump(mode="json", exclude_unset=True)))


def print_json(data: Any) -> None:
    """JSON for programs: UTF-8, Chinese unescaped, stable key order as built."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()
