"""click classes for cswriter: help that wraps Chinese text correctly, and documented arguments.

click measures help text in code points and breaks lines only at spaces. A Chinese character
takes two terminal columns and a line may break between any two of them, so the formatter
here measures display width and treats each wide character as a break opportunity (without
starting a line with closing punctuation). Paragraph rules are click's: blank lines separate
paragraphs, and a paragraph whose first line is ``\\b`` is printed as written.

`argument()` gives arguments a help text on every click 8 (click added `help=` in 8.5).

Only click and the standard library are imported here: this module is on the start-up path.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any, Callable

import click

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
    """click's formatter with display-width wrapping (see the module docstring)."""

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


# click 8.5 documents arguments itself (`help=` and a "Positional arguments" section).
_NATIVE_ARGUMENT_HELP = hasattr(click.Command, "format_arguments")


class Argument(click.Argument):
    """A positional argument with help text, also on click versions before 8.5."""

    def __init__(self, param_decls: Any, help: str | None = None, **attrs: Any) -> None:
        if _NATIVE_ARGUMENT_HELP:
            super().__init__(param_decls, help=help, **attrs)
        else:
            super().__init__(param_decls, **attrs)
            self.help = help


class Command(click.Command):
    """A command whose help lists its arguments before the options, on any click 8."""

    context_class = Context

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if not _NATIVE_ARGUMENT_HELP:
            rows = [(p.human_readable_name, p.help or "") for p in self.get_params(ctx)
                    if isinstance(p, click.Argument)]
            if any(getattr(p, "help", None) for p in self.get_params(ctx)
                   if isinstance(p, click.Argument)):
                with formatter.section("Positional arguments"):
                    formatter.write_dl(rows)
        super().format_options(ctx, formatter)


class Group(click.Group):
    """A group whose commands and subgroups use the classes above."""

    context_class = Context
    command_class = Command
    group_class = type  # subgroups are of this class too

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # Without arguments: the help on stdout and exit code 2, on every click 8 (click 8.1
        # exits 0, click 8.2+ writes the help to stderr).
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            click.echo(ctx.get_help(), color=ctx.color)
            ctx.exit(2)
        return super().parse_args(ctx, args)


def argument(*param_decls: str, help: str | None = None, **attrs: Any) -> Callable[[Any], Any]:
    """`click.argument` with a `help` text."""
    return click.argument(*param_decls, cls=Argument, help=help, **attrs)
