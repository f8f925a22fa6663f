"""`cswriter import EXPORT… -o FACTS`: facts from help-desk statistics exports."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from cswriter.commands._common import REPORT_TYPES, choice, format_option, print_document, stderr_console
from cswriter.commands._common import command as typer_command

HELP = """从客服系统导出的统计报表（.xlsx、.csv）生成事实文件：指标按同义词识别，计数相加，比率由计数算出（保留 basis），时长按接待量加权平均，逐月（或逐日）数据写成月度表，统计周期取自日期。

认识 V5KF、环信、网易七鱼、腾讯云、企业微信、华为云、阿里云、Freshdesk、Zendesk、Zoho Desk 等系统的报表列名，以及常见的中文列名；不认识的列一次全部列出并跳过。用 --map 列名=指标 说明某一列是什么（如 --map 人工会话总数=接待量，或 --map 机器人拦截率=忽略）；常用的对应可以写进你自己的列名对应文件（每行写“列名：指标”，放在用户配置目录，升级不会丢失；遇到不认识的列时会告诉你它的位置）。CSV 可以是 UTF-8、带 BOM 的 UTF-8 或 GBK；表头上方的标题行会跳过。导出中的“合计”行只用来核对，不会重复相加。一份导出里有多位客服时，用 --agent 选出自己，不写则汇总全部（适合班长、主管）。

按客服汇总、没有日期列的报表，统计周期取自标题行（如“2026年第三季度”），或用 --period 给出（如 --period 三季度、--period 7月到9月、--period 2026.7.1-2026.9.30）。

--into 把导出的数据合并进已有的事实文件：只补上空缺，你写过的内容（包括注释）保留，不一致的地方逐条列出（不会打 ✓）；比率与导出的计数不符时按计数重算，统计周期取导出数据的时间段，用 --keep mine 或 --keep export 决定保留哪一边。合并后会运行检查，新出现的矛盾会列出来。导出里没有的内容（案例、问题、计划）之后运行 cswriter check 会逐项追问。

退出码：0 成功 · 2 文件或命令行有误（消息写明文件、工作表、行和列，不会留下写了一半的文件）。

示例：

\b
  cswriter import 美洽-2025年11月.csv -o 11月总结.yaml
  cswriter import 七鱼-2025全年.xlsx -o 年终.yaml --type year-end
  cswriter import 团队日报.csv -o 我的月报.yaml --agent 王芳
  cswriter import 11月统计.xlsx --into 11月总结.yaml          # 合并进已有的事实文件
  cswriter import 10月.csv 11月.csv 12月.csv -o 第四季度.yaml --format json
  cswriter import 导出.csv -o 总结.yaml --ignore 机器人拦截率        # 跳过不需要的列
  cswriter import 坐席报表.xlsx -o 三季度.yaml --period 2026年第三季度  # 没有日期列的报表
  cswriter import 导出.csv -o 总结.yaml --map 人工会话总数=接待量
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
    mapping: Annotated[Optional[list[str]], typer.Option("--map", metavar="列名=指标", show_default=False,
                                                         help="说明导出中的一列是什么指标（如 人工会话总数=接待量，"
                                                              "或 机器人拦截率=忽略），可重复给出；优先于列名对应文件。")] = None,
    period: Annotated[Optional[str], typer.Option("--period", "-p", metavar="统计周期", show_default=False,
                                                  help="没有日期列的报表的统计周期，如 2026年第三季度、三季度、7月到9月、"
                                                       "2026.7.1-2026.9.30；有日期列时只取这段时间的数据。")] = None,
    keep: Annotated[Optional[str], typer.Option("--keep", click_type=choice(["mine", "export"]), show_default=False,
                                                help="--into 时导出与文件不一致：mine 保留你写的，export 采用导出的；"
                                                     "不写时比率按导出的计数重算，其他保留你写的，不一致处逐条列出。")] = None,
    force: Annotated[bool, typer.Option("--force", help="-o 的文件已存在时整个覆盖（原文件另存为备份）。")] = False,
    output_format: Annotated[str, format_option()] = "text",
) -> None:
    from cswriter.app.importing import ImportRequest, import_facts

    document = import_facts(ImportRequest(exports=list(exports), output=output, into=into,
                                          report_type=report_type, agents=list(agents or []),
                                          ignore=list(ignore or []), mapping=list(mapping or []),
                                          period=period, keep=keep, force=force))
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
