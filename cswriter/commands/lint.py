"""`cswriter lint FILE...`: what a reviewer would circle in a draft."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from cswriter.commands._common import choice, format_option, print_document
from cswriter.commands._common import command as typer_command

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
    from cswriter.app.lint import LintRequest, build_tracer, fail_level as level_of, files_to_lint, lint, lint_config
    from cswriter.lint.render import github_lines, print_errors, print_text

    files, _ = files_to_lint(list(files), stdin_name=stdin_filename)
    if not files:  # everything named is in .cswriterignore: nothing to say
        _stream([], None, None, output_format)
        raise typer.Exit(0)
    config = lint_config([stdin_filename if f == "-" and stdin_filename else f for f in files],
                         config_path=config_path, no_config=no_config, select=select, ignore=ignore)
    if config is None and stdin_filename and files == ["-"]:
        from cswriter.app.lint import nearest_config

        config = nearest_config([stdin_filename])  # the editor's file decides, not the current folder
    request = LintRequest(paths=files, facts_path=facts_path, config=config, fix=fix,
                          stdin_name=stdin_filename)
    tracer = build_tracer(request)  # once for every file linted
    level = lambda: level_of(fail_level, config, files)  # noqa: E731 - after the files are read

    if not fix:
        report = _stream(files, tracer, config, output_format, stdin_filename)
        _exit(report, level())
    outcome = lint(request, tracer)
    report = outcome.report
    if output_format == "json":
        from cswriter.app.lint import lint_document

        print_document(lint_document(outcome))
        print_errors(report)
    elif output_format == "github":
        import sys

        lines = github_lines(report)
        sys.stdout.write("".join(line + "\n" for line in lines))
    elif output_format in ("sarif", "jsonl"):
        _machine(report, output_format)
    else:
        print_errors(report)
        print_text(report, fixed=outcome.fixed or {})
    _exit(report, level())


def _exit(report, level: str) -> None:
    from cswriter.errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

    if report.errors:
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_FINDINGS if report.count_at_least(level) else EXIT_OK)


def _machine(report, output_format: str) -> None:
    import json
    import sys

    from cswriter.lint.render import print_errors
    from cswriter.lint.sarif import jsonl_line, sarif_document

    if output_format == "sarif":
        sys.stdout.write(json.dumps(sarif_document(report.findings, report.errors), ensure_ascii=False,
                                    indent=2) + "\n")
    else:
        sys.stdout.write("".join(jsonl_line(f) + "\n" for f in report.findings))
    print_errors(report)


def _renderer(output_format: str):
    """What a worker process turns one file's findings into, for this output format (None:
    the main process keeps the findings, as for SARIF's single document)."""
    import functools

    from cswriter.lint import render as r

    if output_format == "text":
        return functools.partial(_render_text, color=r.wants_color())
    return {"json": _render_json, "jsonl": _render_jsonl, "github": _render_github}.get(output_format)


def _render_text(result, *, color: bool) -> str:
    from cswriter.lint.render import file_lines, lines_text

    return lines_text(file_lines(result.path, result.findings), color=color)


def _render_json(result) -> str:
    import json

    return ",\n".join(json.dumps(f.to_dict(), ensure_ascii=False) for f in result.findings)


def _render_jsonl(result) -> str:
    from cswriter.lint.sarif import jsonl_line

    return "".join(jsonl_line(f) + "\n" for f in result.findings)


def _render_github(result) -> str:
    from cswriter.lint.render import github_finding_lines

    return "".join(line + "\n" for line in github_finding_lines(result.findings))


_BATCH = 512  # lines written at a time: one file's output is never held whole as text


def _batches(items):
    import itertools

    iterator = iter(items)
    while batch := list(itertools.islice(iterator, _BATCH)):
        yield batch


def _write_batched(out, lines) -> None:
    for batch in _batches(lines):
        out.write("".join(batch))


def _stream(files, tracer, config, output_format, stdin_name=None):
    """Lint and print file by file, in the order given: findings go out as each file is
    done and are not kept, so memory stays bounded on any number of files; the summary
    counts them as they pass."""
    import json
    import sys

    from cswriter.lint import LintReport
    from cswriter.lint.engine import iter_lint
    from cswriter.lint.render import (
        file_lines,
        github_error_line,
        github_finding_lines,
        print_lines,
        summary_lines,
    )

    from cswriter.app.lint import name_stdin

    report = LintReport()
    out = sys.stdout
    first = True
    keep = output_format == "sarif"  # one document at the end, with every finding
    if output_format == "json":
        from cswriter.documents import SCHEMA_VERSION, lint_document

        out.write(f'{{"schema_version": {SCHEMA_VERSION}, "findings": [')
    for result in iter_lint(files, tracer=tracer, config=config, render=_renderer(output_format)):
        if result.rendered is not None:  # rendered in a worker process
            report.add(result)
            if output_format == "json":
                if result.rendered:
                    out.write(("\n" if first else ",\n") + result.rendered)
                    first = False
            elif output_format == "text":
                from cswriter.lint.render import wants_color, write_rendered

                write_rendered(result.rendered, color=wants_color())
            else:
                out.write(result.rendered)
            continue
        if stdin_name:
            for item in (result, *result.findings, result.stat, result.error):
                if item is not None:
                    name_stdin(item, stdin_name)
        report.add(result, keep=keep)
        if result.error is not None:
            if output_format == "github":
                out.write(github_error_line(result.error) + "\n")
            sys.stderr.write(f"错误：{result.error.message}\n")
            continue
        if output_format == "json":
            for f in result.findings:
                out.write(("\n" if first else ",\n") + json.dumps(f.to_dict(), ensure_ascii=False))
                first = False
        elif output_format == "github":
            _write_batched(out, (line + "\n" for line in github_finding_lines(result.findings)))
        elif output_format == "jsonl":
            from cswriter.lint.sarif import jsonl_line

            _write_batched(out, (jsonl_line(f) + "\n" for f in result.findings))
        elif output_format == "text":
            for batch in _batches(file_lines(result.path, result.findings)):
                print_lines(batch)
    if output_format == "json":
        # The same document as `lint_document` builds, with the findings streamed ahead of it.
        rest = {k: v for k, v in lint_document(report).items() if k not in ("schema_version", "findings")}
        out.write("\n]")
        for key, value in rest.items():
            out.write(f",\n{json.dumps(key)}: {json.dumps(value, ensure_ascii=False, indent=2)}")
        out.write("}\n")
    elif output_format == "text":
        print_lines(summary_lines(report))
    elif output_format == "sarif":
        import json

        from cswriter.lint.sarif import sarif_document

        out.write(json.dumps(sarif_document(report.findings, report.errors), ensure_ascii=False, indent=2) + "\n")
    return report
