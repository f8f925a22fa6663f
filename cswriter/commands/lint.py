"""`cswriter lint FILE...`: what a reviewer would circle in a draft."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from cswriter.commands._common import choice, format_option
from cswriter.commands._common import command as typer_command
from cswriter.commands._lint_run import run

LINT_FORMATS = ("text", "json", "github", "sarif", "jsonl")
FAIL_LEVELS = ("error", "warning", "info")

HELP = """检查草稿的措辞和数字：空话套话、主观评价、没有依据的说法、与事实不符的数字、隐私信息。

支持 .md、.txt、.docx 和文件夹（检查其中的草稿），“-”表示从标准输入读取；编码可以是 UTF-8 或 GBK。
.cswriterignore（gitignore 语法，放在运行命令的目录或其上级目录）列出不检查的文件和文件夹。
规则列表见 cswriter rules，单条规则的说明见 cswriter rules CS101。

配置：cswriter.toml 的 [lint] 表或 pyproject.toml 的 [tool.cswriter.lint] 表
(select、ignore、severity、accept、reject、max-sentence-length、fail-level、per-path)。
在草稿中用 <!-- cswriter-disable CS101 --> … <!-- cswriter-enable CS101 --> 关闭某条规则。

退出码：0 没有达到 --fail-level 的发现 · 1 有 · 2 输入有误（其他文件照常检查）。

示例：

\b
  cswriter lint 总结.md
  cswriter lint 总结.docx --facts 我的年终总结.yaml
  cswriter lint 草稿/*.md --format json
  cswriter lint 草稿/ --format sarif > cswriter.sarif     # GitHub 代码扫描、reviewdog
  cswriter lint 草稿/ --format jsonl                     # 每行一条发现
  cat 总结.md | cswriter lint - --stdin-filename 草稿/总结.md   # 编辑器传入未保存的内容
  cswriter lint 总结.md --select CS1,CS2 --fail-level warning
  cswriter lint 总结.md --fix                # 自动修正半角标点、“%”与“个百分点”混用
  cat 总结.txt | cswriter lint -
"""


@typer_command("lint", HELP)
def command(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", show_default=False,
                                               help="要检查的草稿（.md/.txt/.docx）或文件夹，“-”为标准输入。")],
    facts_path: Annotated[Optional[Path], typer.Option("--facts", metavar="FACTS", show_default=False,
                                                      help="事实文件；给出后检查草稿中的每个数字能否追溯到事实（CS401）。")] = None,
    output_format: Annotated[str, format_option(LINT_FORMATS, "输出格式：text 给人看（默认），json 给程序用，"
                                                              "github 为 GitHub Actions 注释，sarif 为 SARIF 2.1.0"
                                                              "（代码扫描），jsonl 每行一条发现。")] = "text",
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", metavar="NAME", show_default=False,
                                                          help="标准输入的内容在输出中使用的文件名（也按它查找配置和 .cswriterignore）。")] = None,
    fail_level: Annotated[Optional[str], typer.Option("--fail-level", click_type=choice(FAIL_LEVELS), show_default=False,
                                                      help="达到该级别的发现使退出码为 1：error（默认）、warning 或 info。")] = None,
    select: Annotated[Optional[str], typer.Option("--select", show_default=False,
                                                  help="只启用这些规则或类别，逗号分隔，如 CS1,CS301。")] = None,
    ignore: Annotated[Optional[str], typer.Option("--ignore", show_default=False,
                                                  help="关闭这些规则或类别，逗号分隔，如 CS503。")] = None,
    config_path: Annotated[Optional[Path], typer.Option("--config", show_default=False,
                                                        help="使用指定的配置文件，而不是自动查找。")] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="不读取任何配置文件。")] = False,
    fix: Annotated[bool, typer.Option("--fix", help="自动修正安全的问题（中文句子里的半角标点、比率变化写成的“%”等），并报告修正了什么。")] = False,
) -> None:
    raise typer.Exit(run(list(files), facts_path=facts_path, output_format=output_format,
                         stdin_filename=stdin_filename, fail_level=fail_level, select=select, ignore=ignore,
                         config_path=config_path, no_config=no_config, fix=fix))
