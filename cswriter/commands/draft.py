"""`cswriter draft FACTS`: the summary, drafted section by section with every figure checked."""

import sys
import threading
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from cswriter.commands._common import command as typer_command
from cswriter.commands._common import choice, format_option, print_document, stderr_console
from cswriter.errors import InputError

HELP = """分节起草客服工作总结：每节只带本节用到的事实和计算结果；正文中的每个数字都与事实核对，措辞按 `cswriter lint` 的规则检查，有问题的地方连同原文片段退回模型修改。

缺材料的章节只写“需补充”和缺什么，绝不编造。修改后仍未解决的问题会列在输出中，退出码为 1。

后端：默认 offline（不联网、无需密钥，按事实模板生成平实正文）；--backend openai 使用 OpenAI 兼容接口（OPENAI_API_KEY、OPENAI_BASE_URL）；--backend langchain 的 --model 写成 provider:model（如 deepseek:deepseek-chat）。模型回复缓存在本地（CSWRITER_CACHE_DIR），事实不变时重跑不再调用模型，中断后重跑从断点继续。发往模型的提示词（offline 除外）默认整体隐去手机号、身份证号、银行卡号和邮箱。

退出码：0 成功 · 1 有未解决的错误级问题 · 2 输入或命令行有误 · 3 模型后端调用失败。

示例：

\b
  cswriter draft 我的年终总结.yaml -o 总结.md                 # 离线起草（默认后端）
  cswriter draft 我的年终总结.yaml -o 总结.docx               # Word 文档
  cswriter draft 我的年终总结.yaml -o 总结.docx --style 公文   # 按 GB/T 9704 公文版式
  cswriter draft 我的年终总结.yaml -o 总结.docx --reference-doc 公司模板.docx   # 用公司模板的样式、页边距、页眉页脚
  cswriter draft 我的年终总结.yaml -o 总结.pdf                # PDF（需安装 LibreOffice）
  cswriter draft 我的年终总结.yaml --format json > draft.json
  OPENAI_BASE_URL=https://api.deepseek.com OPENAI_API_KEY=sk-... cswriter draft 我的年终总结.yaml --backend openai --model deepseek-chat -o 总结.docx
  OPENAI_BASE_URL=https://dashscope.aliyuncs.com/compatible-mode/v1 cswriter draft 我的年终总结.yaml --backend openai --model qwen-plus
  OPENAI_BASE_URL=http://localhost:11434/v1 OPENAI_API_KEY=ollama cswriter draft 我的年终总结.yaml --backend openai --model qwen2.5:7b   # Ollama（vLLM 同理）
  cswriter draft 我的年终总结.yaml --backend langchain --model deepseek:deepseek-chat
  cswriter draft 我的年终总结.yaml -o 总结.md --interactive   # 逐节确认、重写或编辑
  cswriter draft 我的年终总结.yaml --section metrics --section cases   # 只起草这两节
  cswriter draft 张三.yaml 李四.yaml 王五.yaml -o 草稿/ --backend openai   # 多份一起起草，共用并发
  cswriter draft 全组事实/ -o 草稿/ --to docx --format json            # 整个文件夹；汇总以 JSON 输出
  cswriter draft 全组事实/ -o 草稿/ --backend openai --batch           # 走服务商的 Batch API（约半价）

多份起草：给两个以上的事实文件或一个文件夹，-o 指向输出文件夹，输出按事实文件命名；某一份失败不影响其他份，退出码取最严重的一份。中断后重跑同一命令从缓存继续。

模型选项：--stream 流式调用；--no-thinking 让推理模型不思考（按服务商换成各自的参数）；--extra-body '{"enable_thinking": false}' 和 --header 'X-Team: kefu' 原样发给服务；也可用环境变量 CSWRITER_STREAM、CSWRITER_THINKING、CSWRITER_EXTRA_BODY、CSWRITER_HEADERS，或 cswriter.toml 的 [backend.openai] 表。
"""

@typer_command("draft", HELP)
def command(
    facts_paths: Annotated[list[Path], typer.Argument(metavar="FACTS...", show_default=False,
                                                      help="事实文件（YAML 或 JSON），数量不限，也可给一个文件夹。")],
    given_output: Annotated[Optional[str], typer.Option("--output", "-o", metavar="PATH", show_default=False,
                                                  help="输出文件：.md、.docx、.pdf 或 .json；不写则输出到标准输出。"
                                                       "多份起草时是输出文件夹。")] = None,
    bulk_suffix: Annotated[str, typer.Option("--to", click_type=choice(("md", "docx", "pdf", "json")),
                                             help="多份起草时输出文件的类型。")] = "md",
    style: Annotated[Optional[str], typer.Option("--style", show_default=False,
                                                 help="Word 和 PDF 的版式：默认，或 公文（gongwen，按 GB/T 9704）。")] = None,
    reference_doc: Annotated[Optional[Path], typer.Option("--reference-doc", metavar="FILE", show_default=False,
                                                          help="公司的 Word 文档（.docx）：沿用它的样式、页边距、"
                                                               "页眉和页脚（同 pandoc）。")] = None,
    backend_name: Annotated[Optional[str], typer.Option("--backend", "-b", show_default=False,
                                                        help="模型后端：offline（默认）、openai、langchain、mock 或插件。")] = None,
    model: Annotated[Optional[str], typer.Option("--model", "-m", show_default=False,
                                                 help="模型名；langchain 写成 provider:model。")] = None,
    output_format: Annotated[str, format_option()] = "text",
    sections: Annotated[Optional[list[str]], typer.Option("--section", "-s", metavar="SECTION", show_default=False,
                                                          help="只起草这一节（章节 id，如 metrics），可重复。")] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", "-j", min=1, max=64, help="同时起草的章节数。")] = 4,
    max_repairs: Annotated[int, typer.Option("--max-repairs", min=0, max=10, help="每节最多退回修改几次。")] = 2,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="不读也不写模型回复缓存。")] = False,
    no_redact: Annotated[bool, typer.Option("--no-redact", help="不隐去提示词中的个人信息（不推荐）。")] = False,
    prompts_dir: Annotated[Optional[Path], typer.Option("--prompts", show_default=False,
                                                       help="自定义提示词模板目录，按文件名覆盖内置模板（如 metrics.j2）。")] = None,
    interactive: Annotated[bool, typer.Option("--interactive", "-i", help="逐节查看并接受、重写、编辑或跳过。")] = False,
    stream: Annotated[Optional[bool], typer.Option("--stream/--no-stream", show_default=False,
                                                   help="流式调用模型（有的服务只接受流式）。")] = None,
    thinking: Annotated[Optional[bool], typer.Option("--thinking/--no-thinking", show_default=False,
                                                     help="推理模型是否思考；--no-thinking 按服务商换成各自的参数。")] = None,
    extra_body: Annotated[Optional[str], typer.Option("--extra-body", metavar="JSON", show_default=False,
                                                      help="原样并入请求体的服务商参数（JSON 对象）。")] = None,
    headers: Annotated[Optional[list[str]], typer.Option("--header", metavar="'NAME: VALUE'", show_default=False,
                                                         help="附加的 HTTP 请求头，可重复。")] = None,
    inline_notes: Annotated[bool, typer.Option("--inline-notes",
                                               help="把需补充和待核实的提示写进正文（默认只写进 Word 批注和标准错误输出）。")] = False,
    batch: Annotated[bool, typer.Option("--batch", help="通过服务商的 Batch API（/v1/files + /v1/batches）起草，"
                                                        "约半价；中断后重跑会接着等同一批。")] = False,
) -> None:
    from cswriter.app.draft import DraftRequest, draft, is_bulk, plan_bulk
    from cswriter.app.inputs import FactsSource, output_path
    from cswriter.backends.settings import parse_headers, parse_json_object

    backend_options = {
        "stream": stream, "thinking": thinking,
        "extra_body": parse_json_object(extra_body, "--extra-body") if extra_body else None,
        "headers": parse_headers(headers) if headers else None,
    }
    settings = dict(backend=backend_name, model=model, backend_options=backend_options,
                    sections=list(sections) if sections else None, concurrency=concurrency,
                    max_repairs=max_repairs, use_cache=not no_cache, redact=False if no_redact else None,
                    prompts_dir=prompts_dir, style=style, reference_doc=reference_doc,
                    inline_notes=inline_notes)
    bulk = is_bulk(facts_paths, given_output) or batch
    # "草稿/" may be a folder to create; "总结.md/" is a typo for a file, not a new folder.
    new_folder = bulk and (batch or len(facts_paths) > 1 or any(p.is_dir() for p in facts_paths)
                           or not _looks_like_a_file(given_output))
    output = output_path(given_output, new_folder=new_folder)  # the text itself ("草稿/" keeps its slash) plans a bulk run
    if bulk:
        if interactive:
            raise InputError("--interactive 一次只能审阅一份总结。", hint="多份起草时去掉 --interactive。")
        from cswriter.commands._bulk import run_bulk

        plan = plan_bulk(list(facts_paths), given_output, bulk_suffix)
        request = DraftRequest(facts=FactsSource.of(plan.jobs[0].source), **settings)
        raise typer.Exit(run_bulk(plan, request, output_format=output_format, batch=batch))
    (facts_path,) = facts_paths
    request = DraftRequest(facts=FactsSource.of(facts_path), output=output, **settings)
    if interactive:
        result = _draft_interactively(request, facts_path, output)
    elif output_format == "json" and output is None or not sys.stderr.isatty():
        result = draft(request, on_backend=_say_backend)
    else:
        with SectionProgress() as progress:
            result = draft(request, on_event=progress.event, on_planned=progress.planned,
                           on_backend=progress.console.print)
    _emit(result, output_format, inline_notes)
    raise typer.Exit(0 if result.draft.ok else 1)


def _say_backend(line: str) -> None:
    stderr_console().print(line, markup=False, highlight=False)


def _looks_like_a_file(text: str | None) -> bool:
    name = (text or "").rstrip("/\\")
    return Path(name).suffix.lower() in (".md", ".markdown", ".txt", ".docx", ".pdf", ".json", ".yaml", ".yml")


def _draft_interactively(request, facts_path: Path, output: Path | None):
    from cswriter.app.draft import draft
    from cswriter.commands.dialogues.review import InteractiveQuit, run_interactive, state_path

    def review(facts, backend, options):
        return run_interactive(facts, backend, options, facts_path=facts_path, output=output)

    try:
        return draft(request, run=review)
    except InteractiveQuit:
        stderr_console().print(f"[yellow]已保存进度到 {state_path(facts_path, output)}；"
                               "重新运行同一命令即可从未决定的章节继续。[/]")
        raise typer.Exit(1) from None


class SectionProgress:
    """Per-section progress on stderr with rich, for people at a terminal."""

    def __init__(self, total: int | None = None) -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self.console = stderr_console()
        self.progress = Progress(TextColumn("[bold]起草中[/]"), BarColumn(),
                                 TextColumn("{task.completed}/{task.total} 节"), TimeElapsedColumn(),
                                 console=self.console, transient=True)
        self.total = total
        self.task = None
        self._lock = threading.Lock()

    def __enter__(self) -> "SectionProgress":
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(*exc)

    def planned(self, total: int) -> None:
        self.total = total

    def event(self, section_id: str, kind: str, section: Any) -> None:
        from rich.markup import escape

        with self._lock:
            if self.task is None:
                self.task = self.progress.add_task("draft", total=self.total)
            if kind == "repair":
                self.progress.console.print(f"  [yellow]↻[/] {escape(section_title(section_id))}：发现问题，退回修改")
            if kind != "done" or section is None:
                return
            self.progress.advance(self.task)
            if section.status == "needs-input":
                mark, note = "[yellow]…[/]", "需补充"
            elif section.ok:
                mark, note = "[green]✓[/]", _call_note(section)
            else:
                mark, note = "[red]✗[/]", f"{_call_note(section)}，仍有问题"
            self.progress.console.print(f"  {mark} {section.number}、{escape(section.title)}（{note}）")


def section_title(section_id: str) -> str:
    """The section's Chinese title as the document shows it (工作概述), not its id (overview)."""
    from cswriter.domain import load_domain

    return load_domain().section_titles.get(section_id, section_id)


def _call_note(section) -> str:
    parts = []
    if section.model_calls:
        parts.append(f"调用模型 {section.model_calls} 次")
    if section.cache_hits:
        parts.append(f"缓存 {section.cache_hits} 次")
    if section.repairs:
        parts.append(f"修改 {section.repairs} 轮")
    return "，".join(parts) or "完成"


def _emit(result, output_format: str, inline_notes: bool = False) -> None:
    from cswriter.draft.render import render_markdown

    if result.backup is not None:
        stderr_console().print(f"{result.output} 原有的内容不是 cswriter 写的，已备份为 {result.backup}。")
    if output_format == "json":
        print_document(result.document)
    elif result.output is None:
        sys.stdout.write(render_markdown(result.draft, inline_notes=inline_notes))
        sys.stdout.flush()
    report_outcome(result.draft, result.output)


def report_outcome(draft, output: Path | None) -> None:
    """Unresolved problems and gaps on stderr (always: they decide the exit code)."""
    from rich.markup import escape

    from cswriter.domain import severity_label, severity_style
    from cswriter.lint.models import headline

    console = stderr_console()
    problems = [(s, f) for s in draft.sections for f in s.findings
                if f.severity == "error" or (f.origin == "lint" and f.severity == "warning")]
    for section, finding in problems:
        style, label = severity_style(finding.severity), severity_label(finding.severity)
        where = f"{section.number}、{section.title}"
        console.print(f"[{style}]{label}[/] [dim]{finding.code}[/] [{escape(where)}] "
                      f"{escape(headline(finding.match or '', finding.message))}")
    from cswriter.draft.render import pending_notes

    gaps = [s for s in draft.sections if s.status == "needs-input"]
    notes = pending_notes(draft)
    if gaps:
        names = "、".join(s.title for s in gaps)
        console.print(f"[yellow]需补充：[/]{escape(names)}。补齐事实后重新运行即可（已起草的章节走缓存）。")
    elif notes:
        console.print("[yellow]需补充或核对：[/]以下内容没有写进正文，补齐事实后重新运行即可。")
    for note in notes:
        console.print(f"  - {escape(note)}")
    errors = sum(1 for _, f in problems if f.severity == "error")
    if output is not None:
        console.print(f"[green]已写入[/] {escape(str(output))}"
                      + (f"（[red]{errors} 个未解决的错误[/]）" if errors else ""))
    elif errors:
        console.print(f"[red]✗ {errors} 个未解决的错误级问题。[/]")
