"""`cswriter import EXPORT… -o FACTS`: facts from help-desk statistics exports."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from cswriter.commands._common import REPORT_TYPES, choice, format_option, print_document, stderr_console
from cswriter.commands._common import command as typer_command

HELP = """从客服系统导出的统计报表（.xlsx、.csv）生成事实文件：指标按同义词识别，计数相加，比率由计数算出（保留 basis），时长按接待量加权平均，逐月（或逐日）数据写成月度表，统计周期取自日期。

支持美洽、V5、智齿、七鱼、Udesk、Zendesk 等系统的常见列名（见 cswriter/data/exports.yaml，可自行补充）；CSV 可以是 UTF-8、带 BOM 的 UTF-8 或 GBK。导出中的“合计”行只用来核对，不会重复相加。一份导出里有多位客服时，用 --agent 选出自己，不写则汇总全部（适合班长、主管）。

--into 把导出的数据合并进已有的事实文件：只补上空缺，你写过的内容（包括注释）一律保留，不一致的地方会列出来。导出里没有的内容（案例、问题、计划）之后运行 cswriter check 会逐项追问。

退出码：0 成功 · 2 文件或命令行有误（消息写明文件、工作表、行和列，不会留下写了一半的文件）。

示例：

\b
  cswriter import 美洽-2025年11月.csv -o 11月总结.yaml
  cswriter import 七鱼-2025全年.xlsx -o 年终.yaml --type year-end
  cswriter import 团队日报.csv -o 我的月报.yaml --agent 王芳
  cswriter import 11月统计.xlsx --into 11月总结.yaml          # 合并进已有的事实文件
  cswriter import 10月.csv 11月.csv 12月.csv -o 第四季度.yaml --format json
  cswriter import 导出.csv -o 总结.yaml --ignore 机器人拦截率        # 跳过不需要的列
"""



@typer_command("import", HELP)
def command(
    exports: Annotated[list[Path], typer.Argument(metavar="EXPORT...", show_default=False,
                                                  help="客服系统导出的统计报表（.xlsx 或 .csv），数量不限。")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", show_default=False,
                                                   help="要写的事实文件（.yaml 或 .json）；与 --into 同时给出时写到这里，"
                                                        "否则写回 --into 的文件。")] = None,
    into: Annotated[Optional[Path], typer.Option("--into", show_default=False,
                                                 help="合并进这个已有的事实文件，只补空缺，不改动你写过的内容。")] = None,
    report_type: Annotated[Optional[str], typer.Option("--type", "-t", click_type=choice(REPORT_TYPES),
                                                       show_default=False,
                                                       help="报告类型；不写时按日期跨度推断（一年→year-end，一个月→monthly……）。"
                                                            "导出比报告长时取最后一期，前一期写入 previous。")] = None,
    agents: Annotated[Optional[list[str]], typer.Option("--agent", "-a", show_default=False,
                                                        help="只导入这位客服的数据（与导出中的写法一致），可重复给出多位；"
                                                             "不写则汇总全部。")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", metavar="列名", show_default=False,
                                                        help="跳过导出中的这一列（与表头写法一致），可重复给出；"
                                                             "用于不认识又不需要的列。")] = None,
    force: Annotated[bool, typer.Option("--force", help="-o 的文件已存在时整个覆盖（原文件另存为备份）。")] = False,
    output_format: Annotated[str, format_option()] = "text",
) -> None:
    from cswriter.app.importing import ImportRequest, import_facts

    document = import_facts(ImportRequest(exports=list(exports), output=output, into=into,
                                          report_type=report_type, agents=list(agents or []),
                                          ignore=list(ignore or []), force=force))
    if output_format == "json":
        print_document(document)
        return
    from rich.markup import escape

    console = stderr_console()
    period = document.report["period"]
    console.print(f"[green]已导入[/] {document.rows} 行数据，统计周期 {period['start']} 至 {period['end']}。")
    for metric in document.metrics:
        basis = metric.get("basis")
        extra = f"（{'／'.join(str(v) for v in basis.values())}）" if basis else ""
        console.print(f"  {escape(metric['name'])}：{metric['value']}{escape(metric['unit'])}{escape(extra)}")
    for line in document.changes:
        console.print(f"[green]✓[/] {escape(line)}")
    for note in document.notes:
        console.print(f"[yellow]注意：[/]{escape(note)}")
    console.print(f"下一步：cswriter check {escape(document.output)}（补上导出里没有的内容）")
