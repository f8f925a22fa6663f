"""The many-reports path of `cswriter draft`: one progress display, outputs named after the
facts files, a summary table (or JSON), exit code the worst of all reports."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from cswriter.commands._common import print_json, stderr_console
from cswriter.errors import InputError

SUFFIXES = {"md": ".md", "docx": ".docx", "pdf": ".pdf", "json": ".json"}


def run_bulk(paths: list[Path], output: Path | None, kind: str, backend: Any, options: Any, *,
             output_format: str, batch: bool, page: dict[str, Any] | None = None) -> int:
    from cswriter.draft.bulk import BulkJob, draft_many, find_facts_files, output_names, worst_exit_code

    sources = find_facts_files(paths)
    for path in paths:
        if not path.exists():
            raise InputError(f"找不到 {path}。")
    if not sources:
        raise InputError("给出的文件夹里没有事实文件（.yaml、.yml、.json）。")
    single_file = (len(sources) == 1 and output is not None and not output.is_dir()
                   and not str(output).endswith(("/", "\\")) and output.suffix)
    if output is None:
        raise InputError("一次起草多份（或用 --batch）时要用 -o 指定输出文件夹。",
                         hint="例如 cswriter draft 全组事实/ -o 草稿/。")
    if single_file:
        targets = [output]
    else:
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(f"无法创建输出文件夹 {output}（{error.strerror or error}）。") from None
        targets = [output / name for name in output_names(sources, SUFFIXES[kind])]
    inputs = {source.resolve() for source in sources}
    for target in targets:
        if target.resolve() in inputs:
            raise InputError(f"输出文件 {target} 就是输入的事实文件，不能覆盖。")
    target_of = {str(source): target for source, target in zip(sources, targets)}
    # Each report is called after its output file (unique even when two facts files share a stem).
    jobs = [BulkJob(source=source, name=source.stem if single_file else target.stem)
            for source, target in zip(sources, targets)]

    def write(job, outcome, draft):
        if draft is None:
            return None
        target = target_of[str(job.source)]
        try:
            _write(draft, target, page or {})
        except (OSError, InputError) as error:
            message = getattr(error, "message", None) or f"无法写入 {target}（{error}）"
            return outcome.model_copy(update={"status": "failed", "exit_code": 2, "message": message})
        return outcome.model_copy(update={"output": str(target)})

    quiet = output_format == "json" or not sys.stderr.isatty()
    progress = None if quiet else BulkProgress()
    try:
        if progress is not None:
            progress.start(None)
        if batch:
            from cswriter.draft.batch import draft_many_batched

            outcomes = draft_many_batched(jobs, backend, options, on_report=write,
                                          on_progress=progress.batch if progress else None)
        else:
            outcomes = draft_many(jobs, backend, options, on_report=write,
                                  on_event=progress.event if progress else None,
                                  on_planned=progress.planned if progress else None)
    finally:
        if progress is not None:
            progress.stop()
    code = worst_exit_code(outcomes)
    if output_format == "json":
        print_json({"exit_code": code, "reports": [o.model_dump() for o in outcomes]})
    _summary(outcomes)
    return code


def _write(draft: Any, target: Path, page: dict[str, Any]) -> None:
    from cswriter.draft.render import draft_json, render_markdown
    from cswriter.text.files import write_bytes_atomic, write_text_atomic

    suffix = target.suffix.lower()
    if suffix == ".docx":
        from cswriter.draft.docx import render_docx

        write_bytes_atomic(target, render_docx(draft, **page))
    elif suffix == ".pdf":
        from cswriter.draft.docx import render_docx
        from cswriter.draft.pdf import docx_to_pdf

        write_bytes_atomic(target, docx_to_pdf(render_docx(draft, **page)))
    elif suffix == ".json":
        import json

        write_text_atomic(target, json.dumps(draft_json(draft), ensure_ascii=False, indent=2) + "\n")
    else:
        write_text_atomic(target, render_markdown(draft))


def _summary(outcomes: list[Any]) -> None:
    from rich.markup import escape
    from rich.table import Table

    labels = {"ok": "[green]完成[/]", "findings": "[yellow]有问题[/]", "failed": "[red]失败[/]"}
    table = Table(title="起草汇总", show_lines=False)
    table.add_column("总结", overflow="fold")
    table.add_column("结果", no_wrap=True)
    for column in ("节", "缺", "错", "调用", "缓存", "秒"):
        table.add_column(column, justify="right", no_wrap=True)
    table.add_column("输出或原因", overflow="fold", ratio=1)
    for o in outcomes:
        table.add_row(escape(o.name), labels[o.status], str(o.sections), str(o.needs_input),
                      str(o.errors), str(o.model_calls), str(o.cache_hits), f"{o.seconds:.1f}",
                      escape(o.output or _first_line(o.message)))
    console = stderr_console()
    console.print(table)
    done = sum(1 for o in outcomes if o.status != "failed")
    calls = sum(o.model_calls for o in outcomes)
    for o in outcomes:
        if o.status == "failed" and "\n" in o.message.strip():
            console.print(f"[red]{escape(o.name)}[/]：{escape(o.message)}")
    console.print("（节：章节数；缺：需补充的章节；错：未解决的错误；调用、缓存：模型调用与缓存命中次数）")
    console.print(f"共 {len(outcomes)} 份：写出 {done} 份，失败 {len(outcomes) - done} 份；调用模型 {calls} 次。"
                  + ("失败的份修正后重跑同一命令即可，已完成的章节走缓存。" if done < len(outcomes) else ""))


def _first_line(message: str) -> str:
    line = message.strip().splitlines()[0] if message.strip() else ""
    return line if len(line) <= 60 else line[:59] + "…"


class BulkProgress:
    """One progress display for all reports: sections done, reports done, batch status."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self.console = stderr_console()
        self.progress = Progress(TextColumn("[bold]{task.description}[/]"), BarColumn(),
                                 TextColumn("{task.completed} 节"), TimeElapsedColumn(),
                                 console=self.console, transient=True)
        self._lock = threading.Lock()
        self.task = None

    def start(self, total: int | None) -> None:
        self.progress.start()
        self.task = self.progress.add_task("起草中", total=total)

    def planned(self, total: int) -> None:
        with self._lock:
            self.progress.update(self.task, total=total)

    def stop(self) -> None:
        self.progress.stop()

    def event(self, report: str, kind: str, section: Any) -> None:
        from rich.markup import escape

        with self._lock:
            if kind == "done" and section is not None:
                self.progress.advance(self.task)
            elif kind == "report-done":
                self.progress.console.print(f"  [green]✓[/] {escape(report)}")

    def batch(self, message: str) -> None:
        with self._lock:
            self.progress.update(self.task, description=message)
