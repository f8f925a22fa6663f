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

    # At a terminal a live display; otherwise (CI logs, nohup, a pipe) plain lines, so a long
    # run, a batch waiting for hours above all, still shows that it is alive.
    progress = BulkProgress() if output_format != "json" and sys.stderr.isatty() else LineProgress()
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
    _summary(result.reports, result.requests_sent)
    return result.exit_code


def _summary(outcomes: list[Any], batch_requests: int | None = None) -> None:
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
                      escape("\n".join(x for x in (o.output, _first_line(o.reason or o.message)) if x)))
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
    sent = (f"通过批处理发送 {batch_requests} 个请求" + (f"，另直接调用模型 {calls} 次" if calls else "")
            if batch_requests is not None else f"调用模型 {calls} 次")
    console.print(f"共 {len(outcomes)} 份：写出 {done} 份，失败 {len(outcomes) - done} 份；{sent}。"
                  + ("失败的份修正后重跑同一命令即可，已完成的章节走缓存。" if done < len(outcomes) else ""))


def _first_line(message: str) -> str:
    line = message.strip().splitlines()[0] if message.strip() else ""
    return line if len(line) <= 60 else line[:59] + "…"


class LineProgress:
    """Progress as plain lines on stderr, for logs: each report as it is done, and each new
    state of a batch (the same state polled again is not repeated)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.done = 0
        self.last = ""

    def start(self, total: int | None) -> None:
        pass

    def planned(self, total: int) -> None:
        pass

    def stop(self) -> None:
        pass

    def _line(self, text: str) -> None:
        try:
            sys.stderr.write(text + "\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass

    def event(self, report: str, kind: str, section: Any) -> None:
        if kind != "report-done":
            return
        with self._lock:
            self.done += 1
            self._line(f"已完成 {self.done} 份：{report}")

    def batch(self, message: str) -> None:
        with self._lock:
            if message != self.last:
                self.last = message
                self._line(message)


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
