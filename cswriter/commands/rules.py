"""`cswriter rules [CODE]`: list the lint rules, or explain one with its examples."""

from typing import Annotated, Optional

import typer

from cswriter.commands._common import command as typer_command
from cswriter.commands._common import format_option, print_document, stdout_console

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


@typer_command("rules", HELP)
def command(
    code: Annotated[Optional[str], typer.Argument(metavar="[CODE]", help="规则编号或类别，如 CS101 或 CS1。",
                                                  show_default=False)] = None,
    output_format: Annotated[str, format_option()] = "text",
) -> None:
    from cswriter.app.rules import explain_rule, list_rules, select_rules
    selected = select_rules(code)
    exact = bool(code) and len(selected) == 1
    if output_format == "json":
        if exact and selected[0].code == code.strip().upper():
            print_document(explain_rule(code))
        else:
            print_document(list_rules(code))
        return

    from rich.markup import escape

    console = stdout_console()
    if exact:
        _explain(console, explain_rule(selected[0].code))
        return
    from rich.table import Table

    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("编号", "级别", "类别", "名称", "说明"):
        table.add_column(column)
    for r in list_rules(code).rules:
        fix = " [green]（可自动修正）[/]" if r.fixable else ""
        facts = " [dim]（需 --facts）[/]" if r.needs_facts else ""
        table.add_row(r.code, SEVERITY_LABEL[r.severity], r.family_title,
                      escape(r.name), escape(r.title) + fix + facts)
    console.print(table)
    console.print(f"[dim]共 {len(selected)} 条规则。详细说明：cswriter rules CS101[/]")


def _explain(console, rule) -> None:
    """A rule document for people."""
    from rich.markup import escape

    console.print(f"[bold]{rule.code}[/] {escape(rule.title)} [dim]({escape(rule.name)})[/]")
    console.print(f"类别：{rule.family_title} · 级别：{SEVERITY_LABEL[rule.severity]}"
                  f" · 检查方式：{rule.kind}" + (" · 可用 --fix 自动修正" if rule.fixable else "")
                  + (" · 需要 --facts" if rule.needs_facts else ""))
    console.print()
    console.print(f"[bold]提示信息[/] {escape(rule.message)}")
    if rule.suggestion:
        console.print(f"[bold]修改建议[/] {escape(rule.suggestion)}")
    console.print(f"[bold]理由[/] {escape(rule.rationale_text)}")
    console.print("[bold]出处[/]")
    for citation in rule.citations:
        console.print(f"  · {escape(citation)}")
    if rule.backed_by == "clause":
        console.print("[bold]例外[/] 同一分句（或紧接着说明同一变化的分句）里有数字时不提示。")
    if rule.words:
        words = rule.words
        shown = "、".join(words[:60]) + (f" 等 {len(words)} 个" if len(words) > 60 else "")
        console.print(f"[bold]词表[/] {escape(shown)}")
        if rule.exempt:
            console.print(f"[bold]不提示[/] {escape('、'.join(rule.exempt[:40]))}")
    console.print()
    for bad in rule.examples.bad:
        console.print(f"  [red]✗ 错误[/] {escape(bad)}")
    for good in rule.examples.good:
        console.print(f"  [green]✓ 正确[/] {escape(good)}")
