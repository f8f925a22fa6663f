"""Lint: what a reviewer would circle in a draft, and the safe fixes applied until none is left.

A lint run must stay light (no pydantic, no rich, no YAML library once the caches are warm),
so the request and the outcome here are plain dataclasses; `lint_document` builds the pydantic
document only for the faces that return one (JSON, MCP).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cswriter.errors import InputError

# Each pass applies every non-overlapping fix; nested marks (“(含(二次)投诉)”) need another
# pass. A handful is always enough; the bound only guards against a fix that undoes itself.
FIX_PASSES = 10


@dataclass
class LintRequest:
    """Files to lint (`paths`, "-" for standard input) or a text (`text`), not both."""

    paths: list[str] = field(default_factory=list)
    text: str | None = None
    facts_path: Path | None = None
    facts_data: dict[str, Any] | None = None
    config: Any = None
    """A `LintConfig`, or None for the nearest cswriter.toml above each file."""
    fix: bool = False
    stdin_name: str | None = None
    """The name standard input's findings carry (an editor's buffer: `--stdin-filename`)."""


@dataclass
class LintOutcome:
    report: Any
    """The `LintReport` (after fixing, what is left)."""
    fixed: dict[str, int] | None = None
    """With `fix`: how many findings were fixed, per file."""
    text: str | None = None
    """With `fix` on a text: the fixed text."""


def build_tracer(request: LintRequest) -> Any:
    """The figure tracer of the request's facts (CS401), or None without facts."""
    if request.facts_path is None and request.facts_data is None:
        return None
    from cswriter.app.inputs import FactsSource
    from cswriter.figures.trace import build_tracer as tracer_of

    return tracer_of(FactsSource.of(request.facts_path, request.facts_data).load())


def lint(request: LintRequest, tracer: Any = None) -> LintOutcome:
    """Lint the files or the text; with `fix`, apply the safe fixes until none is left."""
    from cswriter.lint.engine import lint_paths

    if (request.text is None) == (not request.paths):
        raise InputError("请给出要检查的正文或稿件路径中的一个。",
                         hint="例如 cswriter lint 总结.md，或 MCP 工具的 {\"text\": \"问题解决率较去年提升1.2个百分点。\"}。")
    tracer = tracer if tracer is not None else build_tracer(request)
    if request.text is not None:
        return _lint_text(request, tracer)
    report = lint_paths(list(request.paths), tracer=tracer, config=request.config)
    if request.stdin_name:
        for finding in report.findings:
            name_stdin(finding, request.stdin_name)
        for error in report.errors:
            name_stdin(error, request.stdin_name)
        for stat in report.files:
            name_stdin(stat, request.stdin_name)
    if not request.fix:
        return LintOutcome(report=report)
    report, fixed = fix_until_stable(list(request.paths), report, tracer, request.config)
    return LintOutcome(report=report, fixed=fixed)


def _lint_text(request: LintRequest, tracer: Any) -> LintOutcome:
    from cswriter.lint import load_config
    from cswriter.lint.engine import lint_text
    from cswriter.lint.fixes import apply_replacements
    from cswriter.lint.models import LintFileStat, LintReport

    text = request.text or ""
    config = request.config if request.config is not None else load_config()
    findings = lint_text(text, path="<text>", tracer=tracer, config=config)
    fixed = None
    if request.fix:
        count = 0
        for _ in range(FIX_PASSES):
            text, applied = apply_replacements(text, findings)
            if not applied:
                break
            count += applied
            findings = lint_text(text, path="<text>", tracer=tracer, config=config)
        fixed = {"<text>": count} if count else {}
    report = LintReport(findings=findings,
                        files=[LintFileStat(path="<text>", characters=len(text), findings=len(findings))])
    return LintOutcome(report=report, fixed=fixed, text=text if request.fix else None)


def fix_until_stable(files: list[str], report: Any, tracer: Any, config: Any) -> tuple[Any, dict[str, int]]:
    """Apply the safe fixes file by file until none is left (a fixed point in one run); return
    the report of what is left and how many were fixed per file."""
    from cswriter.errors import UserError
    from cswriter.lint.engine import lint_paths
    from cswriter.lint.fixes import fix_file
    from cswriter.lint.models import LintFileError
    from cswriter.lint.readers import read_draft

    fixed: dict[str, int] = {}
    errors: list[LintFileError] = []
    for path in files:
        if path.lower().endswith(".docx"):
            # Refused whether or not there is anything to fix: a silent exit 0 would read as
            # "fixed" to someone who expects the document to change.
            errors.append(LintFileError(path=path, message=f"{path}：--fix 不能修改 Word 文档，文件未改动；"
                                                          "请在 Word 中按提示手动修改。"))
            continue
        findings = [f for f in report.findings if f.path == path and f.replacement is not None]
        for _ in range(FIX_PASSES):
            if not findings:
                break
            try:
                draft = read_draft(path)
                count = fix_file(path, draft.text, findings)
            except UserError as error:
                errors.append(LintFileError(path=path, message=error.message))
                break
            if not count:
                break
            fixed[path] = fixed.get(path, 0) + count
            again = lint_paths([path], tracer=tracer, config=config)
            findings = [f for f in again.findings if f.replacement is not None]
    if fixed:
        report = lint_paths(files, tracer=tracer, config=config)  # what is left after fixing
    report.errors.extend(errors)
    return report, fixed


def lint_document(outcome: LintOutcome) -> Any:
    """The `LintDocument` of an outcome (imports pydantic: only for JSON and MCP)."""
    from cswriter.documents import lint_document as build
    from cswriter.schemas import LintDocument

    data = build(outcome.report, outcome.fixed)
    if outcome.text is not None:
        data["text"] = outcome.text
    return LintDocument.model_validate(data)


# ---------------------------------------------------------------------------------------
# Which files, under which names

DRAFT_SUFFIXES = (".md", ".markdown", ".txt", ".docx")


def name_stdin(item: Any, name: str) -> Any:
    """A finding, error or file entry of standard input, renamed to `name`."""
    from cswriter.lint.readers import display_name

    if item.path in ("-", display_name("-")):
        item.path = name
    return item


def files_to_lint(files: list[str], *, stdin_name: str | None = None) -> tuple[list[str], list[str]]:
    """The files to lint and the ones `.cswriterignore` leaves out.

    A folder stands for the drafts in it (.md, .txt, .docx; hidden folders skipped), in name
    order. The nearest `.cswriterignore` applies to every path, also to one named on the
    command line (pre-commit names each changed file) and to standard input read under
    `stdin_name`. A path that does not exist is kept: linting it reports the error."""
    import os

    from cswriter.text.ignore import find_ignore_rules

    rules = find_ignore_rules()
    kept: list[str] = []
    skipped: list[str] = []
    for path in files:
        if path == "-":
            if stdin_name and rules is not None and rules.ignores(stdin_name, is_folder=False):
                skipped.append(stdin_name)
            else:
                kept.append(path)
            continue
        if rules is not None and os.path.exists(path) and rules.ignores(path):
            skipped.append(path)
            continue
        if not os.path.isdir(path):
            kept.append(path)
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith(".")
                                   and not (rules and rules.ignores(os.path.join(folder, d), is_folder=True)))
            for name in sorted(names):
                full = os.path.join(folder, name)
                if not name.lower().endswith(DRAFT_SUFFIXES) or name.startswith((".", "~$")):
                    continue
                (skipped if rules and rules.ignores(full, is_folder=False) else kept).append(full)
    return kept, skipped


# ---------------------------------------------------------------------------------------
# Settings


def parse_codes(value: str | None) -> list[str] | None:
    """"CS1, CS301" (also with a full-width comma) → ["CS1", "CS301"]."""
    if value is None:
        return None
    return [c.strip().upper() for c in value.replace("，", ",").split(",") if c.strip()]


def lint_config(files: list[str], *, config_path: Path | None = None, no_config: bool = False,
                select: str | None = None, ignore: str | None = None) -> Any:
    """The `LintConfig` for a run: none (each file finds its own), a given file, or no file at
    all, with `select`/`ignore` laid over it. Unknown rule codes are refused."""
    from cswriter.lint.config import unknown_codes

    config = _config(config_path, no_config)
    overrides: dict[str, Any] = {}
    for option, value in (("--select", select), ("--ignore", ignore)):
        bad = unknown_codes(parse_codes(value))
        if bad:
            raise InputError(f"{option} 中有未知的规则编号：{'、'.join(bad)}。",
                             hint="用 cswriter rules 查看全部规则编号，类别写作 CS1、CS2 等。")
    if select is not None:
        overrides["select"] = parse_codes(select)
    if ignore is not None:
        base = config.ignore if config is not None else []
        overrides["ignore"] = [*base, *(parse_codes(ignore) or [])]
    if overrides:
        config = (config or nearest_config(files)).replace(**overrides)
    return config


def _config(config_path: Path | None, no_config: bool) -> Any:
    from cswriter.lint import LintConfig

    if no_config:
        return LintConfig()
    if config_path is None:
        return None
    from cswriter.lint.config import config_from_table, lint_table

    if not config_path.is_file():
        raise InputError(f"{config_path}: 配置文件不存在。")
    table = lint_table(config_path)
    if table is None:
        where = "[tool.cswriter.lint]" if config_path.name == "pyproject.toml" else "[lint]"
        raise InputError(f"{config_path}: 没有 {where} 设置。")
    return config_from_table(table, str(config_path), str(config_path.resolve().parent))


def nearest_config(files: list[str]) -> Any:
    from cswriter.lint import load_config

    first = next((f for f in files if f != "-"), None)
    return load_config(Path(first).resolve().parent if first else None)


def fail_level(given: str | None, config: Any, files: list[str]) -> str:
    """The level from which findings fail the run: the option, the config, or "error"."""
    if given is not None:
        return given
    if config is not None and config.fail_level:
        return config.fail_level
    try:
        return nearest_config(files).fail_level or "error"
    except Exception:  # noqa: BLE001 - a broken config has already been reported per file
        return "error"
