"""The many-reports path of `cswriter draft`: one progress display, outputs named after the
facts files, a summary table (or JSON), exit code the worst of all reports."""

from __future__ import annotations

import sys
import threading
from typing import Any

from cswriter.commands._common import print_json, stderr_console


def run_bulk(plan: Any, request: Any, *, output_format: str, batch: bool) -> int:
    """Draft the planned reports with one progress display; print the summary (and the JSON
    document); return the exit code of the worst report."""
    from cswriter.app.draft import draft_many_files

    quiet = output_format == "json" or not sys.stderr.isatty()
    progress = None if quiet else BulkProgress()
    try:
        if progress is not None:
            progress.start(None)
        result = draft_many_files(plan, request, batch=batch,
                                  on_event=progress.event if progress else None,
                                  on_planned=progress.planned if progress else None,
                                  on_progress=progress.batch if progress else None)
    finally:
        if progress is not None:
            progress.stop()
    if output_format == "json":
        print_json(result.document())
    _summary(result.reports)
    return result.exit_code


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
        if o.backup:
            console.print(f"{escape(o.output or '')} 原有的内容不是 cswriter 写的，已备份为 {escape(o.backup)}。")
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
