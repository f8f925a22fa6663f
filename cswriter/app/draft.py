"""Draft: plan the outputs, draft section by section, render by suffix, write with a backup.

One report (`draft`) or many (`draft_many_files`); both write through `write_draft`, which
keeps a numbered backup (`总结.md.~1~`) of any file cswriter did not write itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel, ConfigDict, Field

from cswriter.app.inputs import FactsSource, require_section
from cswriter.errors import InputError
from cswriter.schemas import DraftDocument

# Output suffix → what is written there.
OUTPUT_KINDS = {".md": "markdown", ".markdown": "markdown", ".txt": "markdown",
                ".docx": "docx", ".pdf": "pdf", ".json": "json"}
# `--to` of a bulk run → the suffix of its outputs.
BULK_SUFFIXES = {"md": ".md", "docx": ".docx", "pdf": ".pdf", "json": ".json"}


class DraftRequest(BaseModel):
    """One report: its facts, the backend, which sections, and where to write it (optional)."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    facts: FactsSource
    backend: str | None = None
    model: str | None = None
    backend_options: dict[str, Any] = Field(default_factory=dict)
    """stream, thinking, extra_body, headers (see `cswriter.backends.settings`)."""
    sections: list[str] | None = None
    output: Path | None = None
    concurrency: int = 4
    max_repairs: int = 2
    use_cache: bool = True
    redact: bool | None = None
    prompts_dir: Path | None = None
    style: str | None = None
    """The Word/PDF layout: 默认 or 公文 (gongwen, GB/T 9704); see data/docx_layouts.yaml."""
    reference_doc: Path | None = None
    """A company's .docx whose styles, margins, header and footer the Word/PDF output uses."""
    inline_notes: bool = False
    """Review notes (需补充, 待核实) in the document body instead of only in comments and stderr."""

    def page(self) -> "PageSetup":
        return PageSetup(style=self.style, reference_doc=self.reference_doc)


class PageSetup(BaseModel):
    """How a .docx or .pdf is laid out: a named layout or a company's reference file."""

    model_config = ConfigDict(extra="forbid")

    style: str | None = None
    reference_doc: Path | None = None

    def check(self, outputs: list[Path] | None = None) -> None:
        """Refuse before any work: both given, an unknown layout, a missing reference file,
        or a PDF wanted where LibreOffice is not installed."""
        if self.style is not None and self.reference_doc is not None:
            raise InputError("--style 和 --reference-doc 只能选一个。",
                             hint="公司模板已经规定了版式；要用公文版式就去掉 --reference-doc。")
        if self.style is not None:
            from cswriter.draft.docx import load_layout

            load_layout(self.style)
        if self.reference_doc is not None and not self.reference_doc.is_file():
            raise InputError(f"找不到参考文档“{self.reference_doc}”（--reference-doc）。")
        if any(path.suffix.lower() == ".pdf" for path in outputs or []):
            from cswriter.draft.pdf import require_soffice

            require_soffice()


class DraftResult(BaseModel):
    """The drafted report (`draft`, the pipeline's model), its document and what was written."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    draft: Any
    document: DraftDocument
    output: Path | None = None
    backup: Path | None = None


def is_bulk(paths: list[Path], output: Path | str | None) -> bool:
    """Several facts files, a folder of them, or an output folder: draft them all in one run."""
    if len(paths) > 1 or any(path.is_dir() for path in paths):
        return True
    return output is not None and _names_folder(output)


def _names_folder(path: Path | str) -> bool:
    """An existing folder, or a name ending with a slash (kept only while it is a str:
    pathlib drops it)."""
    return Path(path).is_dir() or str(path).endswith(("/", "\\"))


def output_kind(output: Path | None) -> str | None:
    """markdown, docx or json by the output's suffix; None for no output file."""
    if output is None:
        return None
    if _names_folder(output):
        raise InputError(f"“{output}”是一个目录，输出需要一个文件名。",
                         hint=f"例如 {output / '总结.md'}。")
    kind = OUTPUT_KINDS.get(output.suffix.lower())
    if kind is None:
        raise InputError(f"不支持的输出文件类型“{output.suffix or output.name}”。",
                         hint="请用 .md、.docx、.pdf 或 .json 结尾的文件名。")
    return kind


def render_output(draft: Any, kind: str, page: PageSetup | None = None, *,
                  inline_notes: bool = False) -> bytes | str:
    """The draft as a file of `kind`: Markdown text, a Word document (laid out by `page`), a
    PDF of that document (through LibreOffice), or the JSON document."""
    if kind in ("docx", "pdf"):
        from cswriter.draft.docx import render_docx

        page = page or PageSetup()
        data = render_docx(draft, style=page.style, reference=page.reference_doc, inline_notes=inline_notes)
        if kind == "pdf":
            from cswriter.draft.pdf import docx_to_pdf

            return docx_to_pdf(data)
        return data
    if kind == "json":
        import json

        from cswriter.documents import draft_document

        return json.dumps(draft_document(draft), ensure_ascii=False, indent=2) + "\n"
    from cswriter.draft.render import render_markdown

    return render_markdown(draft, inline_notes=inline_notes)


def write_draft(draft: Any, target: Path, page: PageSetup | None = None, *,
                inline_notes: bool = False) -> Path | None:
    """Write the draft to `target` (rendered by its suffix); returns the backup of what it
    replaced when cswriter had not written that file itself, else None."""
    from cswriter.text.files import write_output

    return write_output(target, render_output(draft, output_kind(target) or "markdown", page,
                                              inline_notes=inline_notes))


def draft_options(request: DraftRequest) -> Any:
    from cswriter.draft.pipeline import DraftOptions

    return DraftOptions(concurrency=request.concurrency, max_repairs=request.max_repairs,
                        use_cache=request.use_cache, redact=request.redact,
                        prompts_dir=request.prompts_dir, only=request.sections)


def backend_of(request: DraftRequest) -> Any:
    from cswriter.backends.registry import get_backend

    return get_backend(request.backend, request.model, **request.backend_options)


def backend_line(backend: Any) -> str | None:
    """The run's first line for a backend that sends requests over the network: which host
    they go to and where that was configured, so a config file cannot redirect them unseen."""
    where = getattr(backend, "where", None)
    if not where:
        return None
    return f"模型后端 {backend.name}（模型 {backend.model}），请求发往 {where}。"


def draft(request: DraftRequest, *, on_event: Callable[..., None] | None = None,
          on_planned: Callable[[int], None] | None = None, run: Callable[..., Any] | None = None,
          on_backend: Callable[[str], None] | None = None) -> DraftResult:
    """Draft one report; write it when `output` is given.

    `on_planned(sections)` is told how many sections will be drafted before the first starts,
    `on_event` follows them (see `cswriter.draft.pipeline`). `run(facts, backend, options)`
    replaces the plain run (the terminal's section-by-section review)."""
    from cswriter.draft.pipeline import draft_document as run_draft
    from cswriter.text.files import check_output_path

    for section in request.sections or []:
        require_section(section)
    output_kind(request.output)
    request.page().check([request.output] if request.output is not None else [])
    facts = request.facts.load()
    if request.output is not None:
        check_output_path(request.output)  # before any model call: a refusal after the work wastes it
    backend = backend_of(request)
    line = backend_line(backend)
    if on_backend is not None and line:
        on_backend(line)
    options = draft_options(request)
    if run is not None:
        result = run(facts, backend, options)
    else:
        if on_planned is not None:
            from cswriter.outline import build_outline

            on_planned(sum(1 for s in build_outline(facts).sections
                           if request.sections is None or s.id in request.sections))
        result = run_draft(facts, backend, options, on_event=on_event)
    backup = (write_draft(result, request.output, request.page(), inline_notes=request.inline_notes)
              if request.output is not None else None)
    return DraftResult(draft=result, document=document_of(result, request.output, backup),
                       output=request.output, backup=backup)


def document_of(result: Any, output: Path | None = None, backup: Path | None = None) -> DraftDocument:
    from cswriter.documents import draft_document

    data = draft_document(result)
    if output is not None:
        data["output"] = str(output)
        data["backup"] = str(backup) if backup is not None else None
    return DraftDocument.model_validate(data)


# ---------------------------------------------------------------------------------------
# Many reports


class BulkPlan(BaseModel):
    """Which facts files are drafted, and where each report is written."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    jobs: list[Any]
    targets: dict[str, Path]
    """facts file (as found) → its output file."""


def plan_bulk(paths: list[Path], given_output: Path | str | None, suffix: str) -> BulkPlan:
    """The facts files under `paths` and an output file for each in the folder `output`
    (named after the facts files, unique even when two share a stem)."""
    from cswriter.draft.bulk import BulkJob, find_facts_files, output_names

    sources = find_facts_files(paths)
    for path in paths:
        if not path.exists():
            raise InputError(f"找不到 {path}。")
    if not sources:
        raise InputError("给出的文件夹里没有事实文件（.yaml、.yml、.json）。")
    output = Path(given_output) if given_output is not None else None
    if output is None:
        raise InputError("一次起草多份（或用 --batch）时要指定输出文件夹（-o）。",
                         hint="例如 cswriter draft 全组事实/ -o 草稿/。")
    single_file = len(sources) == 1 and not _names_folder(given_output) and bool(output.suffix)
    if not single_file and not _names_folder(given_output):
        # `-o 汇总.md` with several facts files used to become a folder named 汇总.md.
        raise InputError(f"起草多份时 -o 要指向一个文件夹，“{output}”不是文件夹。",
                         hint=f"以 / 结尾表示文件夹，例如 -o {output.with_suffix('')}/；"
                              "文件夹不存在时会自动创建。")
    if single_file:
        targets = [output]
    else:
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(f"无法创建输出文件夹 {output}（{error.strerror or error}）。") from None
        targets = [output / name for name in output_names(sources, BULK_SUFFIXES[suffix])]
    inputs = {source.resolve() for source in sources}
    for target in targets:
        if target.resolve() in inputs:
            raise InputError(f"输出文件 {target} 就是输入的事实文件，不能覆盖。")
    # Each report is called after its output file (unique even when two facts files share a stem).
    jobs = [BulkJob(source=source, name=source.stem if single_file else target.stem)
            for source, target in zip(sources, targets)]
    return BulkPlan(jobs=jobs, targets={str(source): target for source, target in zip(sources, targets)})


class BulkResult(BaseModel):
    exit_code: int
    reports: list[Any]
    """One `ReportOutcome` per facts file, in order."""

    requests_sent: int | None = None
    """With --batch: requests sent through the provider's Batch API (paid for)."""

    def document(self) -> dict[str, Any]:
        from cswriter.documents import versioned

        data = {"exit_code": self.exit_code, "reports": [o.model_dump() for o in self.reports]}
        if self.requests_sent is not None:
            data["batch_requests"] = self.requests_sent
        return versioned(data)


def draft_many_files(plan: BulkPlan, request: DraftRequest, *, batch: bool = False,
                     on_event: Callable[..., None] | None = None,
                     on_planned: Callable[[int], None] | None = None,
                     on_progress: Callable[[str], None] | None = None) -> BulkResult:
    """Draft every report of the plan; each is written as it finishes (with a backup of a file
    cswriter did not write), and one that fails does not stop the others."""
    from cswriter.draft.bulk import draft_many, worst_exit_code

    request.page().check(list(plan.targets.values()))
    backend = backend_of(request)
    options = draft_options(request)

    def write(job: Any, outcome: Any, result: Any) -> Any:
        if result is None:
            return None
        target = plan.targets[str(job.source)]
        try:
            backup = write_draft(result, target, request.page(), inline_notes=request.inline_notes)
        except (OSError, InputError) as error:
            message = getattr(error, "message", None) or f"无法写入 {target}（{error}）"
            return outcome.model_copy(update={"status": "failed", "exit_code": 2, "message": message})
        return outcome.model_copy(update={"output": str(target),
                                          "backup": str(backup) if backup is not None else None})

    if batch:
        from cswriter.draft.batch import draft_many_batched

        stats: dict[str, int] = {}
        try:
            outcomes = draft_many_batched(plan.jobs, backend, options, on_report=write,
                                          on_progress=on_progress, stats=stats)
        finally:
            if on_progress is not None and stats:
                on_progress(f"批处理共发送 {stats['requests']} 个请求（{stats['batches']} 批）")
        return BulkResult(exit_code=worst_exit_code(outcomes), reports=outcomes,
                          requests_sent=stats.get("requests", 0))
    outcomes = draft_many(plan.jobs, backend, options, on_report=write, on_event=on_event,
                          on_planned=on_planned)
    return BulkResult(exit_code=worst_exit_code(outcomes), reports=outcomes)
