"""The `cswriter` command line: a Typer application, a thin layer over the library.

Each command lives in `cswriter/commands/<name>.py`, declared with Typer (`command` there is
the click command Typer builds); a command parses options, calls one library function and
renders the result. The application itself is `cswriter.commands._app.app` (also importable
here as `cswriter.cli.app`); it imports a command's module only when that command runs or its
help is shown.

`main`, the console script, runs a plain `cswriter lint FILE... [OPTIONS]` without loading
Typer or click at all (issue 20: a cold lint within 0.2 s, of which the CLI layer took a
third): `_lint_args` accepts only a command line whose meaning is beyond doubt — known
options, valid choices, at least one file — and gives anything else (`--help`, a mistake,
shell completion) to Typer, so help, error messages and exit codes stay exactly Typer's.
"""

from typing import Any

_APP_NAMES = ("app", "typer_app", "LazyGroup", "HELP", "root")


def __getattr__(name: str) -> Any:
    if name in _APP_NAMES:
        import cswriter.commands._app as typer_app_module

        return getattr(typer_app_module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# `cswriter lint`'s options as the fast path knows them: option → (parameter, kind); a kind is
# "flag", "text", "path" or the tuple of allowed values. tests/test_startup.py checks this
# table against the Typer command's parameters.
_LINT_OPTIONS: dict[str, tuple[str, Any]] = {
    "--facts": ("facts_path", "path"),
    "--format": ("output_format", ("text", "json", "github", "sarif", "jsonl")),
    "-f": ("output_format", ("text", "json", "github", "sarif", "jsonl")),
    "--stdin-filename": ("stdin_filename", "text"),
    "--fail-level": ("fail_level", ("error", "warning", "info")),
    "--select": ("select", "text"),
    "--ignore": ("ignore", "text"),
    "--config": ("config_path", "path"),
    "--no-config": ("no_config", "flag"),
    "--fix": ("fix", "flag"),
}


def _lint_args(args: list[str]) -> dict[str, Any] | None:
    """The keyword arguments of `cswriter.commands._lint_run.run` for `cswriter ARGS`, when
    ARGS is a `lint` command line click would accept and read the same way; None otherwise."""
    import os

    if not args or args[0] != "lint":
        return None
    if any(key.startswith(("_CSWRITER_COMPLETE", "_TYPER_COMPLETE")) for key in os.environ):
        return None  # shell completion: click's business
    files: list[str] = []
    options: dict[str, Any] = {}
    rest = iter(args[1:])
    for arg in rest:
        if arg == "--":
            files.extend(rest)
            break
        if arg == "-" or not arg.startswith("-"):
            files.append(arg)
            continue
        name, eq, value = arg.partition("=")
        if not name.startswith("--"):
            name, eq, value = arg, "", ""  # -fjson and the like: Typer's
        spec = _LINT_OPTIONS.get(name)
        if spec is None:
            return None  # --help, -h, a typo: Typer answers
        param, kind = spec
        if param in options:
            return None  # given twice: let click decide which one counts
        if kind == "flag":
            if eq:
                return None
            options[param] = True
            continue
        if not eq:
            value = next(rest, None)
            if value is None:
                return None
        if value.startswith("-") or not value or (isinstance(kind, tuple) and value not in kind):
            return None
        if kind == "path":
            from pathlib import Path

            options[param] = Path(value)
        else:
            options[param] = value
    if not files:
        return None
    return {"files": files, **options}


def _run_lint(kwargs: dict[str, Any]) -> int | str | None:
    """`cswriter lint` without Typer, for what `_lint_args` accepted; returns the exit code."""
    from cswriter.commands._lint_run import run
    from cswriter.commands._output import failure_exit_code
    from cswriter.errors import UserError

    try:
        try:
            return run(**kwargs)
        except (UserError, KeyboardInterrupt, OSError) as error:  # as the command classes do
            return failure_exit_code(error, as_json=kwargs.get("output_format") == "json")
    except SystemExit as exit:  # a closed pipe
        return exit.code


def _typer_main() -> int | str | None:
    """Run the Typer application on `sys.argv`; returns the exit code."""
    from cswriter.commands._app import app

    try:
        app(prog_name="cswriter")
        return 0
    except SystemExit as exit:
        return exit.code


def main() -> None:
    """Console-script entry point: runs the app, then makes sure what it wrote reaches stdout.

    A console that cannot encode a character (GBK has no ✓) gets a look-alike or "?".
    A closed stdin, stdout or stderr (`cswriter … <&-`, `>&-`) reads as empty and writes
    nowhere, and a stdout that fails at the last flush (a full disk: `> /dev/full`) ends with
    a Chinese message and exit 2, never with Python's "Exception ignored" at shutdown.
    """
    _open_closed_streams()
    from cswriter.text.console import tolerate_unencodable

    tolerate_unencodable()  # a GBK console shows ✓ as √ instead of crashing
    import sys

    lint_args = _lint_args(sys.argv[1:])
    try:
        code = _typer_main() if lint_args is None else _run_lint(lint_args)
    except Exception as error:  # noqa: BLE001 - a bug: say so in Chinese, not with a traceback
        code = _internal_error(error)
    code = _flush_stdout(code)
    raise SystemExit(code)


def _internal_error(error: Exception) -> int:
    """An exception no command expected is a bug in cswriter, not a wrong input: the user gets
    one Chinese sentence that says so (exit 2, as for any run that could not do its job), and
    the traceback only when CSWRITER_DEBUG is set, for the report."""
    import os
    import sys
    import traceback

    if os.environ.get("CSWRITER_DEBUG"):
        traceback.print_exception(error, file=sys.stderr)
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
    kind = type(error).__name__ + (f"：{detail}" if detail else "")
    try:
        sys.stderr.write(f"错误：cswriter 出了内部错误（{kind}）。这是程序的问题，不是输入的问题；"
                         "已经写好的文件不受影响。设置环境变量 CSWRITER_DEBUG=1 重新运行可以看到详细信息，"
                         "请连同命令一起报告。\n")
    except OSError:
        pass
    return 2


def _open_closed_streams() -> None:
    import os
    import sys

    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _flush_stdout(code: int | str | None) -> int | str | None:
    import os
    import sys

    try:
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        result: int | str | None = code  # the reader went away: it had what it wanted
    except OSError as error:
        from cswriter.commands._output import os_error_message

        try:
            sys.stderr.write(f"错误：{os_error_message(error)}\n")
        except OSError:
            pass
        result = 2
    try:  # what is still buffered goes nowhere, quietly, at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return result


if __name__ == "__main__":  # pragma: no cover
    main()
