"""Showing a lint report: text for people, JSON for programs, GitHub annotations for CI.

Text output is grouped by file: line:column, severity, code, the message, the sentence
with the match highlighted, and the suggestion; then a summary with findings per 1,000
characters by family. On a terminal it is coloured with ANSI styles (NO_COLOR and
FORCE_COLOR are honoured); otherwise (pipes, CI logs) the same lines are written plainly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TextIO

from cswriter.domain import severity_label, severity_style
from cswriter.lint.models import FAMILY_TITLES, LintFinding, LintReport

_CONTEXT = 40  # characters of the sentence shown on each side of the match

Segment = tuple[str, str]  # (text, style words such as "bold red", or "")


def _sentence_line(f: LintFinding) -> list[Segment]:
    """The sentence around the match, the match highlighted; long sentences are trimmed."""
    sentence = f.sentence or f.match
    i = sentence.find(f.match) if f.match else -1
    if i < 0:
        return [(sentence[: 2 * _CONTEXT], "dim")]
    before, after = sentence[:i], sentence[i + len(f.match):]
    if len(before) > _CONTEXT:
        before = "…" + before[-_CONTEXT:]
    if len(after) > _CONTEXT:
        after = after[:_CONTEXT] + "…"
    match = f.match if len(f.match) <= 3 * _CONTEXT else f.match[: 3 * _CONTEXT] + "…"
    return [(before, "dim"), (match, "bold underline " + severity_style(f.severity)), (after, "dim")]


def file_lines(path: str, findings: list[LintFinding]) -> Iterable[list[Segment]]:
    """One file's block: its name, then each finding with its sentence and suggestion."""
    if not findings:
        return
    yield [(path, "bold")]
    for f in findings:
        yield [
            (f"  {f.line}:{f.column}".ljust(10), "dim"),
            (severity_label(f.severity), severity_style(f.severity)),
            (" ", ""), (f.code, "bold"), (" ", ""), (f.message, ""),
        ]
        yield [("          ", "")] + _sentence_line(f)
        if f.suggestion:
            yield [("          → ", "dim"), (f.suggestion, "green")]
    yield [("", "")]


def text_lines(report: LintReport, *, fixed: dict[str, int] | None = None) -> Iterable[list[Segment]]:
    by_path: dict[str, list[LintFinding]] = {}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    for stat in report.files:
        yield from file_lines(stat.path, by_path.get(stat.path, []))
    for stat in report.files:
        if fixed and fixed.get(stat.path):
            yield [(f"{stat.path}: 已自动修正 {fixed[stat.path]} 处（半角标点等安全替换）。", "green")]
    yield from _summary_lines(report)


def _summary_lines(report: LintReport) -> Iterable[list[Segment]]:
    s = report.summary()
    sev = s["by_severity"]
    failed = s["files_failed"]
    # Truthful when a file could not be read: say how many of how many were checked, and
    # never print the all-clear tick over files nobody looked at.
    files = (f"检查了 {s['files']} 个文件（另有 {failed} 个无法检查，见上方错误）" if failed
             else f"{s['files']} 个文件")
    if not s["findings"]:
        if failed:
            yield [(f"{files}，{s['characters']:,} 字，已检查的文件中没有发现问题。", "yellow")]
        else:
            yield [(f"✓ {files}，{s['characters']:,} 字，没有发现问题。", "green")]
        return
    yield [(f"{files}，{s['characters']:,} 字：", "bold"),
           (f"{sev['error']} 个错误", severity_style("error") if sev["error"] else ""), ("，", ""),
           (f"{sev['warning']} 个警告", severity_style("warning") if sev["warning"] else ""), ("，", ""),
           (f"{sev['info']} 条提示", ""),
           (f"，每千字 {s['per_1000_chars_total']} 条。", "")]
    parts = [f"{FAMILY_TITLES.get(fam, fam)}（{fam}xx）{n} 条，每千字 {s['per_1000_chars'][fam]}"
             for fam, n in s["by_family"].items()]
    yield [("  按类别：" + "；".join(parts), "dim")]
    if any(f.replacement for f in report.findings):
        n = sum(1 for f in report.findings if f.replacement)
        yield [(f"  其中 {n} 条可用 --fix 自动修正。", "dim")]


def print_lines(lines: Iterable[list[Segment]], *, stream: TextIO | None = None,
                color: bool | None = None) -> None:
    """Styled lines (see `file_lines`), coloured on a terminal like `print_text`."""
    stream = stream or sys.stdout
    if color is None:
        color = _wants_color(stream)
    write_rendered(lines_text(lines, color=color), stream=stream, color=color)


def lines_text(lines: Iterable[list[Segment]], *, color: bool) -> str:
    """Styled lines as the text `print_lines` writes (each line ending in a newline)."""
    return "".join("".join(_styled(chunk, style) if color else chunk for chunk, style in segments) + "\n"
                   for segments in lines)


def write_rendered(text: str, *, stream: TextIO | None = None, color: bool = False) -> None:
    """Write what `lines_text` made: through click on a terminal with colour (it converts
    the escapes on Windows consoles), as it is otherwise."""
    if not text:
        return
    stream = stream or sys.stdout
    if color:
        import click

        click.echo(text[:-1], file=stream, color=True)
    else:
        stream.write(text)


def wants_color(stream: TextIO | None = None) -> bool:
    return _wants_color(stream or sys.stdout)
    stream.flush()


def summary_lines(report: LintReport) -> Iterable[list[Segment]]:
    return _summary_lines(report)


def github_finding_lines(findings: Iterable[LintFinding]) -> list[str]:
    out = []
    for f in findings:
        message = f.message + (f" 建议：{f.suggestion}" if f.suggestion else "")
        props = (f"file={_gh_prop(f.path)},line={f.line},col={f.column},endLine={f.end_line},"
                 f"endColumn={f.end_column},title={_gh_prop(f.code)}")
        out.append(f"::{_GITHUB_LEVEL[f.severity]} {props}::{_gh_data(message)}")
    return out


def github_error_line(e) -> str:
    return f"::error file={_gh_prop(e.path)},title=cswriter::{_gh_data(e.message)}"


def print_text(report: LintReport, *, fixed: dict[str, int] | None = None,
               stream: TextIO | None = None, color: bool | None = None) -> None:
    """The report for people. Coloured on a terminal (not with NO_COLOR set; FORCE_COLOR
    forces it), plain otherwise; `color` overrides. Plain ANSI styles through click rather
    than rich: rich alone would add ~60 ms to every lint run at a terminal."""
    stream = stream or sys.stdout
    if color is None:
        color = _wants_color(stream)
    out = []
    for segments in text_lines(report, fixed=fixed):
        if color:
            out.append("".join(_styled(chunk, style) for chunk, style in segments))
        else:
            out.append("".join(chunk for chunk, _ in segments))
    if color:
        import click

        click.echo("\n".join(out), file=stream, color=True)
    else:
        stream.write("".join(line + "\n" for line in out))


def _wants_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


_SGR = {"bold": "1", "dim": "2", "underline": "4", "red": "31", "green": "32", "yellow": "33",
        "cyan": "36"}


def _styled(text: str, style: str) -> str:
    if not style or not text:
        return text
    return f"\x1b[{';'.join(_SGR[word] for word in style.split())}m{text}\x1b[0m"


def print_errors(report: LintReport, stream: TextIO | None = None) -> None:
    """Files that could not be linted, on stderr, in Chinese."""
    stream = stream or sys.stderr
    for e in report.errors:
        stream.write(f"错误：{e.message}\n")


# GitHub Actions workflow commands: ::error file=…,line=…::message
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _gh_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(value: str) -> str:
    return _gh_data(value).replace(":", "%3A").replace(",", "%2C")


def github_lines(report: LintReport) -> list[str]:
    out = []
    for f in report.findings:
        message = f.message + (f" 建议：{f.suggestion}" if f.suggestion else "")
        props = (f"file={_gh_prop(f.path)},line={f.line},col={f.column},endLine={f.end_line},"
                 f"endColumn={f.end_column},title={_gh_prop(f.code)}")
        out.append(f"::{_GITHUB_LEVEL[f.severity]} {props}::{_gh_data(message)}")
    for e in report.errors:
        out.append(f"::error file={_gh_prop(e.path)},title=cswriter::{_gh_data(e.message)}")
    return out
