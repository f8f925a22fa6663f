"""`cswriter rules [CODE]`: list the lint rules, or explain one with its examples."""

from typing import Annotated, Optional

import typer

from cswriter.commands._common import command as typer_command
from cswriter.commands._common import format_option, print_json, stdout_console

HELP = """列出 lint 规则，或说明一条规则：检查什么、为什么（出处）、错误与正确的例子。

CODE 可以是规则编号（CS101）或类别（CS1）。

示例：

\b
  cswriter rules
  cswriter rules CS101
  cswriter rules CS3
  cswriter rules --format json
"""

SEVERITY_LABEL = {"error": "错误", "warning": "警告", "info": "提示"}


def _rule_json(rule) -> dict:
    from cswriter.lint.catalogue import load_catalogue

    return {
        "code": rule.code, "name": rule.name, "family": rule.family, "kind": rule.kind,
        "severity": rule.severity, "title": rule.title, "message": rule.message,
        "suggestion": rule.suggestion, "rationale": load_catalogue().readable(rule.rationale),
        "sources": rule.sources,
        "citations": [load_catalogue().cite(source) for source in rule.sources],
        "fixable": rule.fixable, "words": [w.word for w in rule.words],
        "backed_by": rule.backed_by, "needs_facts": rule.kind == "figure_untraced",
        "examples": {"bad": rule.examples.bad, "good": rule.examples.good},
    }


@typer_command("rules", HELP)
def command(
    code: Annotated[Optional[str], typer.Argument(metavar="[CODE]", help="规则编号或类别，如 CS101 或 CS1。",
                                                  show_default=False)] = None,
    output_format: Annotated[str, format_option()] = "text",
) -> None:
    import difflib

    from cswriter.documents import versioned
    from cswriter.errors import InputError
    from cswriter.lint.catalogue import load_catalogue
    from cswriter.lint.models import FAMILY_TITLES

    rules = load_catalogue().rules
    if code:
        wanted = code.strip().upper()
        selected = [r for r in rules if r.code.startswith(wanted)]
        if not selected:
            close = difflib.get_close_matches(wanted, [r.code for r in rules], n=3)
            raise InputError(f"没有规则“{code}”。" + (f"是不是 {'、'.join(close)}?" if close else ""),
                             hint="运行 cswriter rules 查看全部规则。")
    else:
        selected = rules

    if output_format == "json":
        if code and len(selected) == 1 and selected[0].code == code.strip().upper():
            print_json(versioned(_rule_json(selected[0])))
        else:
            print_json(versioned({"rules": [_rule_json(r) for r in selected]}))
        return

    from rich.markup import escape

    console = stdout_console()
    if code and len(selected) == 1:
        _explain(console, selected[0], FAMILY_TITLES)
        return
    from rich.table import Table

    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("编号", "级别", "类别", "名称", "说明"):
        table.add_column(column)
    for r in selected:
        fix = " [green]（可自动修正）[/]" if r.fixable else ""
        facts = " [dim]（需 --facts）[/]" if r.kind == "figure_untraced" else ""
        table.add_row(r.code, SEVERITY_LABEL[r.severity], FAMILY_TITLES.get(r.family, ""),
                      escape(r.name), escape(r.title) + fix + facts)
    console.print(table)
    console.print(f"[dim]共 {len(selected)} 条规则。详细说明：cswriter rules CS101[/]")


def _explain(console, rule, families: dict[str, str]) -> None:
    from cswriter.lint.catalogue import load_catalogue

    catalogue = load_catalogue()
    from rich.markup import escape

    console.print(f"[bold]{rule.code}[/] {escape(rule.title)} [dim]({escape(rule.name)})[/]")
    console.print(f"类别：{families.get(rule.family, rule.family)} · 级别：{SEVERITY_LABEL[rule.severity]}"
                  f" · 检查方式：{rule.kind}" + (" · 可用 --fix 自动修正" if rule.fixable else "")
                  + (" · 需要 --facts" if rule.kind == "figure_untraced" else ""))
    console.print()
    console.print(f"[bold]提示信息[/] {escape(rule.message)}")
    if rule.suggestion:
        console.print(f"[bold]修改建议[/] {escape(rule.suggestion)}")
    console.print(f"[bold]理由[/] {escape(catalogue.readable(rule.rationale))}")
    console.print("[bold]出处[/]")
    for source in rule.sources:
        console.print(f"  · {escape(catalogue.cite(source))}")
    if rule.backed_by == "clause":
        console.print("[bold]例外[/] 同一分句（或紧接着说明同一变化的分句）里有数字时不提示。")
    if rule.words:
        words = [w.word for w in rule.words]
        shown = "、".join(words[:60]) + (f" 等 {len(words)} 个" if len(words) > 60 else "")
        console.print(f"[bold]词表[/] {escape(shown)}")
        exempt = [e for w in rule.words for e in w.exempt]
        if exempt:
            console.print(f"[bold]不提示[/] {escape('、'.join(exempt[:40]))}")
    console.print()
    for bad in rule.examples.bad:
        console.print(f"  [red]✗ 错误[/] {escape(bad)}")
    for good in rule.examples.good:
        console.print(f"  [green]✓ 正确[/] {escape(good)}")
