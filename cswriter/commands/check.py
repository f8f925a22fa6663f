"""`cswriter check FACTS`: what the summary still lacks, and whether its arithmetic holds."""

from pathlib import Path
from typing import Annotated

import typer

from cswriter.commands._common import command as typer_command
from cswriter.commands._common import format_option, print_document, stdout_console

SEVERITY_STYLE = {"error": ("bold red", "错误"), "warning": ("yellow", "警告"), "info": ("cyan", "提示")}

HELP = """检查事实文件：必需的各节是否齐全、是否有数据支撑、算术是否自洽。

每条发现都带一个追问（question），回答它就能补上缺口。

退出码：0 没有错误 · 1 有错误级发现 · 2 输入有误。

示例：

\b
  cswriter check 我的年终总结.yaml
  cswriter check 月度总结.json --format json
"""


FactsArgument = Annotated[Path, typer.Argument(metavar="FACTS", help="事实文件（YAML 或 JSON）。",
                                                show_default=False)]


@typer_command("check", HELP)
def command(facts_path: FactsArgument, output_format: Annotated[str, format_option()] = "text") -> None:
    from cswriter.app.check import check
    from cswriter.app.inputs import FactsSource

    document = check(FactsSource.of(facts_path))
    if output_format == "json":
        print_document(document)
    else:
        render_check(document, str(facts_path))
    raise typer.Exit(0 if document.ok else 1)


def render_check(document, name: str) -> None:
    """A check document for people (also the interview's closing summary)."""
    from rich.markup import escape

    from cswriter.domain import load_domain

    domain = load_domain()
    console = stdout_console()
    type_title = domain.report_types[document.type].title
    console.print(f"[bold]{escape(name)}[/] · {type_title} · {domain.roles[document.role].title}")
    titles = domain.section_titles
    for f in document.findings:
        style, label = SEVERITY_STYLE[f.severity]
        where = f"[{titles.get(f.section or '', '全文')}]"
        console.print(f"  [{style}]{label}[/] [dim]{f.code}[/] {escape(where)} {escape(f.message)}")
        console.print(f"       [dim]→[/] {escape(f.question)}")
    summary = document.summary
    counts = f"{summary.error} 个错误，{summary.warning} 个警告，{summary.info} 条提示"
    if document.ok:
        console.print(f"[green]✓ 没有错误[/]（{counts}）。下一步：cswriter outline {escape(name)}")
    else:
        console.print(f"[red]✗ {counts}。[/]补上错误级缺口后再起草；回答上面的追问即可。")
