"""Typer/click classes for cswriter: help that wraps Chinese text by display width, help chrome
and usage errors in Chinese, and a group that loads its commands lazily.

click measures help text in code points and breaks lines only at spaces. A Chinese character
takes two terminal columns and a line may break between any two of them, so the formatter
here measures display width and treats each wide character as a break opportunity (without
starting a line with closing punctuation). Paragraph rules are click's: blank lines separate
paragraphs, and a paragraph whose first line is ``\\b`` is printed as written.

click words its chrome ("Usage:", "Show this message and exit.", "Missing argument …") through
gettext, looked up when the text is needed; `install_chinese()` puts a Chinese catalogue in
place of that lookup in click's and Typer's modules, so every usage error and help heading is
Chinese without copying click's parsing code.

Only click, Typer and the standard library are imported here: this module is on the start-up path.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import click
import typer.core

# A line never starts with these (closing marks) nor ends with the opening ones.
_NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉”’…·,.;:?!)]}%")
_NO_LINE_END = frozenset("（《「『【〔〈“‘([{")


def char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Terminal columns taken by `text` (a Chinese character takes two)."""
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)


def _tokens(text: str) -> list[str]:
    """Whitespace runs, single wide characters and runs of other characters, with closing
    punctuation glued to what precedes it and opening punctuation to what follows."""
    raw: list[str] = []
    current = ""
    kind = ""  # "space", "narrow"
    for char in text:
        if char.isspace():
            if kind != "space" and current:
                raw.append(current)
                current = ""
            kind = "space"
            current += char
        elif char_width(char) == 2:
            if current:
                raw.append(current)
            raw.append(char)
            current, kind = "", ""
        else:
            if kind != "narrow" and current:
                raw.append(current)
                current = ""
            kind = "narrow"
            current += char
    if current:
        raw.append(current)

    merged: list[str] = []
    glue_next = False
    for token in raw:
        if token.isspace():
            merged.append(token)
            glue_next = False
            continue
        if glue_next or (merged and not merged[-1].isspace() and token[0] in _NO_LINE_START):
            merged[-1] += token
        else:
            merged.append(token)
        glue_next = token[-1] in _NO_LINE_END
    return merged


def _split_to_width(token: str, width: int) -> Iterator[str]:
    """Pieces of a token too long for one line, each at most `width` columns."""
    piece, used = "", 0
    for char in token:
        w = char_width(char)
        if piece and used + w > width:
            yield piece
            piece, used = "", 0
        piece += char
        used += w
    if piece:
        yield piece


def fill(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> str:
    """Wrap one paragraph to `width` display columns."""
    lines: list[str] = []
    line, used, has_text, pending = initial_indent, display_width(initial_indent), False, ""
    for token in _tokens(text):
        if token.isspace():
            if has_text:
                pending += token
            continue
        token_width = display_width(token)
        if has_text and used + display_width(pending) + token_width > width:
            lines.append(line)
            line, used, has_text, pending = subsequent_indent, display_width(subsequent_indent), False, ""
        if has_text:
            line += pending
            used += display_width(pending)
            pending = ""
        if used + token_width <= width:
            line += token
            used += token_width
            has_text = True
            continue
        # Longer than a whole line (a URL, a long command): cut it at the width.
        for piece in _split_to_width(token, max(width - used, 1)):
            if has_text:
                lines.append(line)
                line, used = subsequent_indent, display_width(subsequent_indent)
            line += piece
            used += display_width(piece)
            has_text = True
    if has_text or not lines:
        lines.append(line)
    return "\n".join(lines)


def _join_lines(lines: list[str]) -> str:
    """The lines of one paragraph as one: no space is added next to a Chinese character."""
    text = ""
    for line in lines:
        line = line.strip()
        if text and line and char_width(text[-1]) == 1 and char_width(line[0]) == 1:
            text += " "
        text += line
    return text


def wrap_text(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "",
              preserve_paragraphs: bool = False) -> str:
    """click's `wrap_text`, measuring display columns and breaking between Chinese characters."""
    text = text.expandtabs()
    if not preserve_paragraphs:
        return fill(_join_lines(text.splitlines()), width, initial_indent, subsequent_indent)

    paragraphs: list[tuple[int, bool, list[str]]] = []
    block: list[str] = []
    indent: int | None = None

    def flush() -> None:
        if block:
            raw = block[0].strip() == "\b"
            paragraphs.append((indent or 0, raw, block[1:] if raw else list(block)))
            block.clear()

    for line in text.splitlines():
        if not line:
            flush()
            indent = None
            continue
        if indent is None:
            stripped = line.lstrip()
            indent = len(line) - len(stripped)
            line = stripped
        block.append(line)
    flush()

    out = []
    for extra, raw, lines in paragraphs:
        pad = " " * extra
        if raw:
            out.append("\n".join(subsequent_indent + pad + line for line in lines))
        else:
            out.append(fill(_join_lines(lines), width, initial_indent + pad, subsequent_indent + pad))
    return "\n\n".join(out)


class HelpFormatter(click.HelpFormatter):
    """click's formatter with display-width wrapping (see the module docstring) and Chinese
    headings ("用法：", "选项：")."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None:
            prefix = gettext_zh("Usage:")
        self.write(f"{prefix}{prog} {args}".rstrip() + "\n")

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        self.write(wrap_text(text, self.width, indent, indent, preserve_paragraphs=True))
        self.write("\n")

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = [(first, second) for first, second in rows]
        if not rows:
            return
        first_col = min(max(display_width(first) for first, _ in rows), col_max) + col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if display_width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - display_width(first)))
            else:
                self.write("\n")
                self.write(" " * (first_col + self.current_indent))
            text_width = max(self.width - first_col - 2, 10)
            lines = wrap_text(second, text_width, preserve_paragraphs=True).splitlines()
            self.write(f"{lines[0] if lines else ''}\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n" if line else "\n")


class Context(click.Context):
    formatter_class = HelpFormatter


# ---------------------------------------------------------------------------------------
# Chinese chrome: a catalogue for click's and Typer's gettext calls

_CATALOGUE: dict[str, str] = {
    "Usage:": "用法：",  # (HelpFormatter.write_usage puts no space after it)
    "Options": "选项",
    "Arguments": "参数",
    "Positional arguments": "参数",
    "Commands": "命令",
    "Show this message and exit.": "显示本帮助后退出。",
    "Show the version and exit.": "显示版本号后退出。",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行“{command} {option}”查看帮助。",
    "Missing command.": "缺少命令。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "No such option {name!r}.": "没有选项“{name}”。",
    "No such command {name!r}.": "没有命令“{name}”。",
    "Did you mean {possibility}?": "是不是 {possibility}？",
    "(Did you mean one of: {possibilities}?)": "（是不是其中之一：{possibilities}？）",
    "Invalid value: {message}": "取值无效：{message}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的取值无效：{message}",
    "Got unexpected extra argument ({args})": "多了一个参数（{args}）。",
    "Got unexpected extra arguments ({args})": "多了几个参数（{args}）。",
    "Option {name!r} requires an argument.": "选项“{name}”需要一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项“{name}”需要 {nargs} 个值。",
    "Option {name!r} does not take a value.": "选项“{name}”不带值。",
    "Argument {name!r} takes {nargs} values.": "参数“{name}”需要 {nargs} 个值。",
    "{value!r} is not {choice}.": "“{value}”不是可选值 {choice}。",
    "{value!r} is not one of {choices}.": "“{value}”不是可选值之一：{choices}。",
    "{value} is not in the range {range}.": "{value} 不在允许的范围 {range} 内。",
    "{value!r} is not a valid {number_type}.": "“{value}”不是合法的{number_type}。",
    "{value!r} is not a valid boolean. Recognized values: {states}": "“{value}”不是合法的是/否值，可用：{states}",
    "{name} {filename!r} does not exist.": "{name}“{filename}”不存在。",
    "{name} {filename!r} is a file.": "{name}“{filename}”是文件。",
    "{name} {filename!r} is a directory.": "{name}“{filename}”是目录。",
    "{name} {filename!r} is not readable.": "{name}“{filename}”不可读。",
    "{name} {filename!r} is not writable.": "{name}“{filename}”不可写。",
    "integer": "整数",
    "float": "数字",
    "Aborted!": "已中止。",
    "required": "必填",
    "default: {default}": "默认：{default}",
    "env var: {var}": "环境变量：{var}",
    "(dynamic)": "（动态）",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "{len_type} values are required, but {len_value} was given.": "需要 {len_type} 个值，实际给了 {len_value} 个。",
    "{len_type} values are required, but {len_value} were given.": "需要 {len_type} 个值，实际给了 {len_value} 个。",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个值，实际给了 1 个。",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个值，实际给了 {len} 个。",
}


_QUOTED = re.compile(r"'([^'\n]*)'")


def polish(message: str) -> str:
    """click's message pieces that the catalogue cannot reach, in Chinese typography:
    'FACTS' → “FACTS”, a closing ASCII full stop → 。."""
    message = _QUOTED.sub(r"“\1”", message)
    message = re.sub(r"(?<=[”\u4e00-\u9fff）])\.(\s|$)", "。", message)
    message = re.sub(r"(?<=[\u4e00-\u9fff]) (?=“)", "", message)
    message = re.sub(r"([。？！：]) +", r"\1", message)
    return message.replace("。。", "。")


class _Template(str):
    """A translated message whose `format` also polishes what click puts into it."""

    def format(self, *args: Any, **kwargs: Any) -> str:  # type: ignore[override]
        kwargs = {k: polish(v) if isinstance(v, str) else v for k, v in kwargs.items()}
        return polish(str.format(self, *args, **kwargs))


def gettext_zh(message: str) -> str:
    translated = _CATALOGUE.get(message)
    return message if translated is None else _Template(translated)


def ngettext_zh(singular: str, plural: str, n: int) -> str:
    return gettext_zh(singular if n == 1 else plural)


_INSTALLED = False


def install_chinese() -> None:
    """Replace the gettext lookups of click's and Typer's modules by the Chinese catalogue.

    click and Typer call `_()` (gettext) at the moment they need a text, so replacing the
    module-level names is enough; strings this catalogue does not know stay as click has them.
    """
    global _INSTALLED
    if _INSTALLED:
        return
    import sys

    for name in ("click.core", "click.exceptions", "click.types", "click.parser", "click.decorators",
                 "click.formatting", "click.termui", "typer.core", "typer.main"):
        module = sys.modules.get(name)
        if module is None:
            continue
        if hasattr(module, "_"):
            module._ = gettext_zh  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext_zh  # type: ignore[attr-defined]
    _INSTALLED = True


# ---------------------------------------------------------------------------------------
# Commands and groups


def _wants_json(args: Iterable[str]) -> bool:
    """`--format json`, `-f json`, `--format=json` or `-fjson` among the raw arguments."""
    args = list(args)
    for i, arg in enumerate(args):
        if arg in ("--format", "-f") and i + 1 < len(args) and args[i + 1] == "json":
            return True
        if arg in ("--format=json", "-fjson"):
            return True
    return False


def print_usage_error_json(error: click.UsageError) -> None:
    """A command-line mistake under `--format json`: the error document on stdout (the usage
    text still goes to stderr)."""
    from cswriter.commands._output import print_json
    from cswriter.documents import error_document
    from cswriter.errors import UserError

    print_json(error_document(UserError(polish(error.format_message()))))


class Command(typer.core.TyperCommand):
    """A Typer command with display-width help, Chinese chrome and cswriter's error handling:
    a `UserError` becomes a Chinese message on stderr and its exit code (and, under
    `--format json`, one JSON error document on stdout); Ctrl-C exits 130; a closed pipe 0."""

    context_class = Context

    def invoke(self, ctx: click.Context) -> Any:
        from cswriter.errors import UserError

        try:
            return super().invoke(ctx)
        except (UserError, KeyboardInterrupt, OSError) as error:
            from cswriter.commands._output import failure_exit_code

            json_out = ctx.params.get("output_format") == "json"
            code = failure_exit_code(error, as_json=json_out, user_json=json_out or bool(ctx.meta.get("cswriter.json")))
            raise click.exceptions.Exit(code) from None

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        given = list(args)  # click's parser consumes `args`
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as error:
            if _wants_json(given):
                print_usage_error_json(error)
            raise


class Group(typer.core.TyperGroup):
    """A Typer group with the same help and error handling as `Command`; without arguments it
    prints its help on stdout and exits 2; an unknown command gets a did-you-mean."""

    context_class = Context

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("rich_markup_mode", None)
        super().__init__(*args, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # Without arguments: the help on stdout and exit code 2 (click 8.2+ would write it to
        # stderr; 8.1 would exit 0).
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            click.echo(ctx.get_help(), color=ctx.color)
            ctx.exit(2)
        ctx.meta.setdefault("cswriter.args", list(args))
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        name = click.utils.make_str(args[0])
        if self.get_command(ctx, name) is None and not name.startswith("-"):
            import difflib

            known = self.list_commands(ctx)
            close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
            hint = f"是不是 {'、'.join(close)}？" if close else f"可用的命令：{'、'.join(known)}。"
            error = click.UsageError(f"没有命令“{name}”。{hint}", ctx)
            if _wants_json(ctx.meta.get("cswriter.args", args)):
                print_usage_error_json(error)
            raise error
        return super().resolve_command(ctx, args)

install_chinese()
