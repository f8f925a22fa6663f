"""`cswriter verify SECTION_FILE --facts FACTS --section ID`: one section written by hand (or
by an agent) checked the way `draft` checks a model's reply."""

from pathlib import Path
from typing import Annotated

import typer

from cswriter.commands._common import command as typer_command
from cswriter.commands._common import format_option, print_document, stdout_console

HELP = """核对单独写好的一节：正文中的每个数字追溯到事实（或标出追溯不到的），措辞按 `cswriter lint` 的规则检查，与 `cswriter draft` 核对模型回复的方式相同。

有要修改的问题时给出一份修改请求（--format json 的 repair），可以照着改，或直接发给模型。

退出码：0 没有错误级问题 · 1 有 · 2 输入有误。

示例：

\b
  cswriter verify 指标一节.md --facts 我的年终总结.yaml --section metrics
  cswriter verify 案例.txt --facts 我的年终总结.yaml --section cases --format json
"""


@typer_command("verify", HELP)
def command(
    section_file: Annotated[Path, typer.Argument(metavar="SECTION_FILE", show_default=False,
                                                 help="这一节的正文（.md 或 .txt），“-”为标准输入。")],
    facts_path: Annotated[Path, typer.Option("--facts", metavar="FACTS", show_default=False,
                                             help="事实文件（YAML 或 JSON）。")],
    section: Annotated[str, typer.Option("--section", "-s", metavar="SECTION", show_default=False,
                                         help="章节 id，如 overview、metrics、cases。")],
    output_format: Annotated[str, format_option()] = "text",
) -> None:
    from cswriter.app.inputs import FactsSource
    from cswriter.app.section import verify_section

    document = verify_section(FactsSource.of(facts_path), section, _read(section_file))
    if output_format == "json":
        print_document(document)
    else:
        _present(document, str(section_file))
    raise typer.Exit(0 if document.ok else 1)


def _read(path: Path) -> str:
    if str(path) == "-":
        import sys

        return sys.stdin.read()
    from cswriter.text.files import read_text

    return read_text(path)


def _present(document, name: str) -> None:
    from rich.markup import escape

    console = stdout_console()
    traced = [n for n in document.numbers if n.source]
    console.print(f"[bold]{escape(name)}[/] · {escape(document.section)} · "
                  f"数字 {len(document.numbers)} 个，能追溯 {len(traced)} 个")
    labels = {"error": ("red", "错误"), "warning": ("yellow", "警告"), "info": ("cyan", "提示")}
    for finding in document.findings:
        style, label = labels.get(finding.severity, ("cyan", "提示"))
        match = f"“{finding.match}” " if finding.match else ""
        console.print(f"  [{style}]{label}[/] [dim]{finding.code}[/] {escape(match)}{escape(finding.message)}")
    if document.ok:
        console.print("[green]✓ 没有错误级问题。[/]")
    else:
        console.print("[red]✗ 有错误级问题。[/]按上面的提示修改后再核对；"
                      "--format json 的 repair 是一份可以直接发给模型的修改请求。")
