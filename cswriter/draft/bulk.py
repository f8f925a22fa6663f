"""Many summaries in one run: every section of every report on one shared pool.

A department's year-end reports drafted by one process pay start-up once and keep the model
busy: sections from all reports share one bounded pool (`concurrency` calls in flight in
total), so a slow report does not leave the pool idle. Each report stands alone otherwise:
its facts load or fail on their own, a backend failure in one report cancels only that
report's unstarted sections, and every finished report is handed to `on_report` as soon as
its last section is in (the CLI writes it at once), so nothing already paid for is lost.
The reply cache makes a rerun resume: finished sections are cache hits.

    outcomes = draft_many([BulkJob(source=Path("张三.yaml")), ...], backend, DraftOptions())
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from cswriter.backends.base import Backend
from cswriter.draft.cache import ReplyCache
from cswriter.draft.models import Draft, DraftSection
from cswriter.draft.pipeline import (
    DocumentRun,
    DraftOptions,
    PlannedSection,
    SectionDeferred,
    Verifier,
)
from cswriter.draft.verify import verify_text
from cswriter.errors import EXIT_FINDINGS, EXIT_OK, UserError
from cswriter.prompting import PromptLibrary

FACTS_SUFFIXES = (".yaml", ".yml", ".json")

ReportStatus = Literal["ok", "findings", "failed", "pending"]
"""`pending`: some section waits for a reply from the Batch API (never a final outcome)."""


class BulkJob(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: Path
    """The facts file."""
    name: str = ""
    """What the report is called in progress and summaries (default: the file's stem)."""


class ReportOutcome(BaseModel):
    """How one report of a bulk run ended."""

    model_config = ConfigDict(extra="forbid")

    source: str
    name: str
    status: ReportStatus
    exit_code: int
    sections: int = 0
    needs_input: int = 0
    errors: int = 0
    model_calls: int = 0
    cache_hits: int = 0
    seconds: float = 0.0
    message: str = ""
    output: str | None = None
    backup: str | None = None
    """The numbered backup of a file at `output` that cswriter had not written itself."""
    reason: str = ""
    """Why the report is not simply done, in words: the failure, the unresolved errors, the
    sections that need facts."""
    findings: list[dict[str, Any]] = []
    """Every finding left in the report: section, code, severity, message, match."""


BulkEvent = Callable[[str, str, "DraftSection | None"], None]
"""`(report name, kind, section)` with kind as in the pipeline's events, plus "report-done"."""


def find_facts_files(paths: list[Path]) -> list[Path]:
    """Facts files from files and folders (a folder gives its *.yaml/*.yml/*.json, sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir()
                            if p.is_file() and p.suffix.lower() in FACTS_SUFFIXES)
        else:
            found.append(path)
    unique: list[Path] = []
    seen: set[Path] = set()
    for path in found:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def output_names(sources: list[Path], suffix: str) -> list[str]:
    """An output file name per facts file, after its stem; clashing stems get their folder."""
    stems = [source.stem for source in sources]
    names = []
    for source, stem in zip(sources, stems):
        if stems.count(stem) > 1:
            stem = f"{source.resolve().parent.name}-{stem}"
        names.append(f"{stem}{suffix}")
    # Still clashing (same folder name too): number them.
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{Path(name).stem}-{seen[name]}{suffix}")
    return unique


class _Report:
    def __init__(self, job: BulkJob) -> None:
        self.job = job
        self.name = job.name or job.source.stem
        self.run: DocumentRun | None = None
        self.failure: UserError | None = None
        self.pending = 0
        self.started = time.monotonic()
        self.futures: list[Future] = []
        self.deferred = False


def outcome_of(report_name: str, source: Path, draft: Draft | None, *, seconds: float,
               failure: UserError | None = None) -> ReportOutcome:
    if draft is None:
        assert failure is not None
        message = failure.message + (f"（{failure.hint}）" if failure.hint else "")
        return ReportOutcome(source=str(source), name=report_name, status="failed",
                             exit_code=failure.exit_code, seconds=round(seconds, 3), message=message,
                             reason=message.strip().splitlines()[0] if message.strip() else "")
    errors = sum(1 for s in draft.sections for f in s.findings if f.severity == "error")
    return ReportOutcome(
        source=str(source), name=report_name, status="ok" if draft.ok else "findings",
        exit_code=EXIT_OK if draft.ok else EXIT_FINDINGS, sections=len(draft.sections),
        needs_input=sum(1 for s in draft.sections if s.status == "needs-input"), errors=errors,
        model_calls=draft.model_calls, cache_hits=draft.cache_hits, seconds=round(seconds, 3),
        reason=draft_reason(draft),
        findings=[{"section": s.id, "code": f.code, "severity": f.severity, "message": f.message,
                   "match": f.match} for s in draft.sections for f in s.findings],
    )


def draft_reason(draft: Draft) -> str:
    """What is left to do in a drafted report, in a line: its unresolved errors (the first
    named) and the sections that need facts."""
    parts = []
    errors = [(s, f) for s in draft.sections for f in s.findings if f.severity == "error"]
    if errors:
        section, first = errors[0]
        where = f"{section.number}、{section.title}"
        more = f"等 {len(errors)} 个错误" if len(errors) > 1 else ""
        parts.append(f"{where}：{first.code} {first.message.rstrip('。')}{more}")
    gaps = [s.title for s in draft.sections if s.status == "needs-input"]
    if gaps:
        parts.append(f"需补充：{'、'.join(gaps)}")
    return "；".join(parts)


def draft_many(
    jobs: list[BulkJob],
    backend: Backend,
    options: DraftOptions | None = None,
    *,
    cache: ReplyCache | None = None,
    on_event: BulkEvent | None = None,
    on_report: Callable[[BulkJob, ReportOutcome, Draft | None], ReportOutcome | None] | None = None,
    verifier: Verifier = verify_text,
    load: Callable[[Path], object] | None = None,
    on_planned: Callable[[int], None] | None = None,
) -> list[ReportOutcome]:
    """Draft every report; one outcome per job, in job order.

    `on_report(job, outcome, draft)` is called (in the calling thread) as each report
    finishes, failed ones included (draft None); it may return an updated outcome (e.g. with
    the output path, or failed if writing it failed)."""
    from cswriter.facts.model import load_facts

    options = options or DraftOptions()
    load = load or load_facts
    if options.use_cache and cache is None:
        cache = ReplyCache()
    library = PromptLibrary(options.prompts_dir)
    reports = [_Report(job) for job in jobs]
    outcomes: dict[int, ReportOutcome] = {}

    def finish(index: int) -> None:
        report = reports[index]
        seconds = time.monotonic() - report.started
        if report.deferred and report.failure is None:
            outcomes[index] = ReportOutcome(source=str(report.job.source), name=report.name,
                                            status="pending", exit_code=EXIT_OK)
            return
        draft = None
        if report.failure is None and report.run is not None:
            draft = report.run.assemble()
        outcome = outcome_of(report.name, report.job.source, draft, seconds=seconds,
                             failure=report.failure)
        if on_report is not None:
            outcome = on_report(report.job, outcome, draft) or outcome
        outcomes[index] = outcome
        if on_event:
            on_event(report.name, "report-done", None)

    # Plan every report first: bad facts fail their report only, before any model call.
    for index, report in enumerate(reports):
        events = (lambda name: (lambda sid, kind, sec: on_event(name, kind, sec)))(report.name) \
            if on_event else None
        try:
            facts = load(report.job.source)
            report.run = DocumentRun(facts, backend, options, cache=cache, on_event=events,
                                     verifier=verifier, library=library)
        except UserError as error:
            report.failure = error

    work: list[tuple[int, PlannedSection]] = [
        (index, planned) for index, report in enumerate(reports)
        if report.run is not None and report.failure is None for planned in report.run.ready]
    if on_planned is not None:
        on_planned(sum(len(r.run.plan.sections) for r in reports if r.run is not None))
    for index, report in enumerate(reports):
        report.pending = sum(1 for i, _ in work if i == index)
        if report.pending == 0:
            finish(index)

    if work:
        _run_pool(reports, work, options.concurrency, finish)
    return [outcomes[index] for index in range(len(reports))]


def _run_pool(reports: list[_Report], work: list[tuple[int, PlannedSection]], concurrency: int,
              finish: Callable[[int], None]) -> None:
    """Every section on one pool of `concurrency` threads.

    The pool starts with one section in flight and opens up once a reply from the backend
    has come back (a cache hit proves nothing): a rejected key then costs one request, not
    one per report. An error that every further request would repeat (`stops_run`: 401,
    403) fails every report not yet finished and sends nothing more."""
    from collections import deque

    lock = threading.Lock()
    queue = deque(work)
    proven = False
    stopped: UserError | None = None

    def task(index: int, planned: PlannedSection) -> DraftSection:
        run = reports[index].run
        assert run is not None
        return run.work(planned)

    def settle(index: int) -> None:
        report = reports[index]
        report.pending -= 1
        if report.pending == 0:
            finish(index)

    executor = ThreadPoolExecutor(max_workers=min(concurrency, len(work)),
                                  thread_name_prefix="cswriter-bulk")
    owner: dict[Future, int] = {}

    def fill() -> None:
        limit = concurrency if proven else 1
        while queue and len(owner) < limit:
            index, planned = queue.popleft()
            if stopped is not None or reports[index].failure is not None:
                settle(index)  # its report has failed: nothing more is sent for it
                continue
            owner[executor.submit(task, index, planned)] = index

    try:
        fill()
        while owner:
            done, _ = wait(set(owner), return_when=FIRST_COMPLETED)
            for future in done:
                index = owner.pop(future)
                report = reports[index]
                error = future.exception()
                if error is None:
                    section = future.result()
                    with lock:
                        assert report.run is not None
                        report.run.results[section.id] = section
                    if section.model_calls or not section.cache_hits:
                        proven = True
                elif isinstance(error, SectionDeferred):
                    report.deferred = True
                    proven = True  # nothing was sent: collecting costs nothing
                elif isinstance(error, UserError):
                    if report.failure is None:
                        report.failure = error
                    if getattr(error, "stops_run", False) and stopped is None:
                        stopped = error
                        for other in reports:
                            if other.failure is None and other.pending > 0:
                                other.failure = error
                else:
                    raise error
                settle(index)
            fill()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def worst_exit_code(outcomes: list[ReportOutcome]) -> int:
    """The run's exit code: the worst of its reports (3 backend > 2 input > 1 findings > 0)."""
    return max((outcome.exit_code for outcome in outcomes), default=EXIT_OK)
