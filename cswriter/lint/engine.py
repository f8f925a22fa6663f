"""The linter: run the catalogue's active rules over a draft and turn hits into findings.

The engine knows no words. It selects rules by configuration, runs each rule's kind,
resolves overlaps (a longer CS1–CS3 match wins over a shorter one it contains, so
“做得很好” is self-praise, not also a degree word), drops suppressed and accepted spans, and
computes line:column.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from cswriter.errors import UserError
from cswriter.lint.catalogue import RuleSpec, WordSpec, load_catalogue
from cswriter.lint.config import LintConfig, load_config
from cswriter.lint.document import Document
from cswriter.lint.judgement import CLAIM, GENERAL, MAXIM, NARRATIVE, QUOTED, REFLECTION, THANKS, kind_at
from cswriter.lint.kinds import KINDS, Hit, LexiconMatcher, LintContext
from cswriter.lint.kinds.base import reported_speech
from cswriter.lint.kinds.figures import traced_figures
from cswriter.lint.models import FileResult, LintFileError, LintFileStat, LintFinding, LintReport
from cswriter.lint.readers import display_name, prose_of, read_draft
from cswriter.lint.suppression import is_suppressed, suppressed_ranges
from cswriter.text.script import matching_view

if TYPE_CHECKING:
    from cswriter.lint.tracing import FigureTrace, FigureTracer
    from cswriter.text.numbers import NumberMention

REJECT_CODE = "CS504"
# Overlaps are resolved only among the wording families CS1-CS3; a figure, usage or privacy
# finding never hides, and is never hidden by, a wording finding on the same span.
_WORDING = ("CS1", "CS2", "CS3")
_START_AND_CODE = operator.itemgetter(0, 2)  # Hit.start, Hit.code
# One finding per mistake: "解决率提升0.2%" where the facts say 0.2 points is a % vs 百分点
# mistake (CS402), not also a figure without a source (CS401).
_SUPERSEDES = {"CS402": "CS401"}
_SENTENCE_SHOWN = 400


class _Plan:
    """The active rules for one configuration, compiled once and reused across drafts."""

    def __init__(self, config: LintConfig) -> None:
        catalogue = load_catalogue()
        self.rules: dict[str, RuleSpec] = {}
        self.names: dict[str, str] = {}
        self.severity: dict[str, str] = {}
        self.applies: dict[str, frozenset[str]] = {}
        entries: list[tuple[RuleSpec, WordSpec]] = []
        self.others: list[RuleSpec] = []
        for rule in catalogue.rules:
            if not config.enabled(rule.code):
                continue
            self.rules[rule.code] = rule
            self.names[rule.code] = rule.name
            self.severity[rule.code] = config.severity_of(rule.code, rule.severity)
            self.applies[rule.code] = frozenset(rule.params.get("sentence_kinds", (CLAIM,)))
            if rule.kind == "lexicon":
                words = rule.words
                if rule.code == REJECT_CODE:
                    words = [WordSpec(word=w) for w in config.reject]
                entries.extend((rule, ws) for ws in words)
            else:
                self.others.append(rule)
        self.lexicon = LexiconMatcher(entries) if entries else None
        self.accept = tuple(w for w in config.accept if w)

    def run(self, doc: Document, ctx: LintContext) -> list[Hit]:
        hits: list[Hit] = []
        if self.lexicon is not None:
            hits.extend(self.lexicon.hits(doc))
        for rule in self.others:
            if rule.kind == "figure_untraced" and ctx.tracer is None:
                continue
            hits.extend(KINDS[rule.kind](rule, doc, ctx))
        return hits


_PLANS: dict[tuple, _Plan] = {}


def _plan(config: LintConfig) -> _Plan:
    key = config.rules_key()
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) >= 32:
            _PLANS.clear()
        plan = _PLANS[key] = _Plan(config)
    return plan


def _mapped(hit: Hit, positions: list[int]) -> Hit:
    start = positions[hit.start]
    end = positions[hit.end - 1] + 1 if hit.end > hit.start else start
    if end - start != hit.end - hit.start:
        # The span held removed characters: a replacement made from the view would drop them.
        return hit._replace(start=start, end=end, replacement=None)
    return hit._replace(start=start, end=end)


def _judged(hits: list[Hit], doc: Document, applies: dict[str, frozenset[str]]) -> list[Hit]:
    """Keep a wording hit only where its rule applies, at the severity its kind of sentence
    allows (sentences.yaml `kinds:`): the writer's own claims are checked as the rule says,
    a story's degree words are not, a reflection or a thank-you is a hint, someone else's
    quoted words are never the writer's wording."""
    text = doc.text
    has_quotes = "“" in text or "「" in text or '"' in text
    kind_severity = load_catalogue().kind_severity
    kept = []
    for h in hits:
        if h.code[:3] in _WORDING:
            kind = QUOTED if has_quotes and reported_speech(text, h.start) else kind_at(doc, h.start)
            if kind not in applies[h.code]:
                level = kind_severity(kind, h.code)
                if level == "skip" or (level is None and kind != CLAIM and kind not in _GRADED):
                    continue
                if level is not None and level != "skip":
                    h = h._replace(cap=level)
        kept.append(h)
    return kept


# Kinds that the data grade rather than skip; any other non-claim kind not in the data is
# skipped, as before kinds carried severities.
_GRADED = frozenset({NARRATIVE, GENERAL, REFLECTION, MAXIM, THANKS})
_LEVELS = {"info": 0, "warning": 1, "error": 2}


def _degree_in_change(outer: Hit, inner: Hit, text: str) -> bool:
    """A degree word inside a change claim (覆盖面进一步扩大) is vague as well as unsupported:
    both findings stand. The words are data (`degree_inside_change`); continuity words
    (不断提高, 持续优化) only make the change a claim and stay inside it."""
    if outer.code[:3] != "CS3" or inner.code[:3] != "CS1":
        return False
    words = _PATTERNS.get("degree_inside_change")
    if words is None:
        from cswriter.lint.catalogue import vocab

        words = _PATTERNS["degree_inside_change"] = frozenset(vocab("degree_inside_change"))
    return text[inner.start:inner.end] in words


_PATTERNS: dict = {}


def _resolve_overlaps(hits: list[Hit], text: str = "") -> list[Hit]:
    """Drop a wording hit contained in a longer wording hit (of another rule, or of the same
    rule's wider pattern: 以“…、…”为目标 is one slogan, not two)."""
    wording, others = [], []
    for h in hits:
        (wording if h.code[:3] in _WORDING else others).append(h)
    wording.sort(key=lambda h: (h.start, h.start - h.end, h.code))
    kept: list[Hit] = []
    for h in wording:
        covered = False
        for k in reversed(kept):
            if k.end <= h.start and k.start < h.start - 200:
                break
            longer = k.end - k.start > h.end - h.start
            if k.start <= h.start and h.end <= k.end and (k.code != h.code or longer) and (
                    longer or k.code[:3] == h.code[:3]) and not _degree_in_change(k, h, text):
                covered = True
                break
        if not covered:
            kept.append(h)
    # Exact duplicates (the same rule twice on one span) are dropped too.
    if len(others) > 1:
        spans = {(h.start, h.end, h.code) for h in others}
        others = [h for h in others
                  if not any((h.start, h.end, code) in spans
                             for code, hidden in _SUPERSEDES.items() if hidden == h.code)]
    return list(dict.fromkeys(kept + others))


def _accepted_spans(text: str, accept: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for phrase in accept:
        i = text.find(phrase)
        while i >= 0:
            spans.append((i, i + len(phrase)))
            i = text.find(phrase, i + 1)
    return spans


def lint_text(text: str, *, path: str = "<text>", tracer: FigureTracer | None = None,
              config: LintConfig | None = None, prose: str | None = None) -> list[LintFinding]:
    """Lint one draft's text. `path` names it in findings and selects per-path settings.

    `tracer` (built from the facts: `cswriter.figures.trace.build_tracer`) turns on CS401,
    every figure traced to the facts, and lets CS402 cite the facts.

    `prose` is the text with non-prose blanked (see `readers.prose_of`); when omitted it
    is derived from `text`, treating `.md` paths and `<text>` as Markdown.
    """
    return _lint(text, path, tracer, config, prose)[0]


def lint_and_trace(text: str, *, tracer: FigureTracer, path: str = "<text>",
                   config: LintConfig | None = None) -> tuple[list[LintFinding], list[tuple[NumberMention, FigureTrace]]]:
    """Lint a draft and list every figure in it with its source (or why it has none).

    One pass: the figures CS401 flags are exactly the untraced ones listed here."""
    findings, doc, ctx = _lint(text, path, tracer, config, None)
    return findings, traced_figures(doc, ctx)


def _lint(text: str, path: str, tracer: FigureTracer | None, config: LintConfig | None,
          prose: str | None) -> tuple[list[LintFinding], Document, LintContext]:
    findings, doc, ctx = _lint_lazily(text, path, tracer, config, prose)
    return list(findings), doc, ctx


def _lint_lazily(text: str, path: str, tracer: FigureTracer | None, config: LintConfig | None,
                 prose: str | None) -> tuple[Iterator[LintFinding], Document, LintContext]:
    """The rules run now; the findings are made one by one as they are consumed, so a caller
    that writes each out and drops it holds only the (small) hits, not every finding with
    its sentence."""
    cfg = (config or LintConfig()).for_path(path)
    if prose is None:
        prose = prose_of(text, markdown=not path.endswith(".txt") and not path.endswith(".docx"))
    plan = _plan(cfg)
    # Words are matched on a view of the text: simplified script, without pinyin annotations
    # or zero-width characters inside words. Hits are mapped back to the text's offsets.
    view, positions = matching_view(prose)
    doc = Document(view)
    ctx = LintContext(tracer=tracer, max_sentence_length=cfg.max_sentence_length)
    hits = _resolve_overlaps(_judged(plan.run(doc, ctx), doc, plan.applies), doc.text)
    if positions is not None:
        hits = [_mapped(h, positions) for h in hits]
        doc = Document(prose)  # lines, columns, sentences and figures of the text as written
    if not hits:
        return iter(()), doc, ctx
    hits.sort(key=_START_AND_CODE)
    return _findings(text, prose, path, hits, doc, plan), doc, ctx


def _findings(text: str, prose: str, path: str, hits: list[Hit], doc: Document,
              plan: _Plan) -> Iterator[LintFinding]:
    suppressed = suppressed_ranges(text)
    accepted = _accepted_spans(prose, plan.accept) if plan.accept else []
    line_col = doc.line_index.line_col
    sentence_at = doc.sentence_at
    severity, names = plan.severity, plan.names
    for h in hits:
        start, end, code = h.start, h.end, h.code
        if suppressed and is_suppressed(suppressed, start, code):
            continue
        if accepted and any(a <= start and end <= b for a, b in accepted):
            continue
        line, col = line_col(start)
        end_line, end_col = line_col(end)
        s_start, s_end = sentence_at(start)
        if s_end - s_start > _SENTENCE_SHOWN:
            # A "sentence" this long is text without punctuation: show the stretch around
            # the finding, so that memory stays linear in the findings.
            s_start = max(s_start, start - _SENTENCE_SHOWN // 2)
            s_end = min(s_end, s_start + _SENTENCE_SHOWN)
        # Positional, in LintFinding's field order: this loop runs for every finding.
        yield LintFinding(
            path, line, col, end_line, end_col, code,
            severity[code] if h.cap is None or _LEVELS[h.cap] >= _LEVELS[severity[code]] else h.cap,
            h.message, text[start:end],
            h.suggestion, names[code], start, end, text[s_start:s_end], h.replacement)


def lint_paths(paths: list[str], *, tracer: FigureTracer | None = None,
               config: LintConfig | None = None, jobs: int | None = None) -> LintReport:
    """Lint files (.md, .txt, .docx, "-" for stdin). A file that cannot be read becomes an
    entry in `errors` and the others are still linted. Without `config`, each file uses the
    nearest cswriter.toml / pyproject.toml above it."""
    report = LintReport()
    for result in iter_lint(paths, tracer=tracer, config=config, jobs=jobs):
        report.add(result)
    return report


def lint_file(path: str, *, tracer: FigureTracer | None = None, config: LintConfig | None = None,
              configs: dict[str, LintConfig] | None = None, lazy: bool = False) -> FileResult:
    """Lint one file; an unreadable file is a result with `error` set, not an exception.

    `lazy`: `findings` is an iterator that makes each finding as it is consumed, and
    `stat.findings` is left at 0 for the consumer to set (see `iter_lint`)."""
    name = display_name(path)
    try:
        draft = read_draft(path)
        cfg = config if config is not None else _config_near(path, configs if configs is not None else {})
        findings, _, _ = _lint_lazily(draft.text, name if path == "-" else path, tracer, cfg, draft.prose)
        if not lazy:
            findings = list(findings)
    except UserError as error:
        message = error.message + (f"（{error.hint}）" if error.hint else "")
        return FileResult(name, [], error=LintFileError(path=name, message=message))
    return FileResult(name, findings, stat=LintFileStat(path=name, characters=len(draft.text),  # type: ignore[arg-type]
                                                        findings=0 if lazy else len(findings)))  # type: ignore[arg-type]


# Many files use every core (two on the machines this is measured on), in worker processes
# forked after the rules are compiled. Below these sizes a pool costs more than it saves.
_PARALLEL_MIN_FILES = 4
_PARALLEL_MIN_BYTES = 200_000
_WORKER: dict = {}


def _worker_init(tracer: FigureTracer | None, config: LintConfig | None,
                 render: Callable[[FileResult], str] | None = None) -> None:
    _WORKER.update(tracer=tracer, config=config, configs={}, render=render)


def _worker_lint(path: str) -> FileResult:
    result = lint_file(path, tracer=_WORKER["tracer"], config=_WORKER["config"], configs=_WORKER["configs"])
    render = _WORKER.get("render")
    if render is not None and result.error is None:
        # Rendered here, in the worker: the main process only writes the text out, and a
        # string pickles for a fraction of the findings it was made from.
        tally: dict[tuple[str, str], int] = {}
        for f in result.findings:
            key = (f.severity, f.family)
            tally[key] = tally.get(key, 0) + 1
        result.rendered = render(result)
        result.tally = tally
        result.findings = []
    return result


def _worth_a_pool(paths: list[str]) -> bool:
    import os

    if len(paths) < _PARALLEL_MIN_FILES or "-" in paths:
        return False
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except OSError:
            continue
        if total >= _PARALLEL_MIN_BYTES:
            return True
    return False


def iter_lint(paths: list[str], *, tracer: FigureTracer | None = None, config: LintConfig | None = None,
              jobs: int | None = None, render: Callable[[FileResult], str] | None = None,
              lazy: bool = False) -> Iterator[FileResult]:
    """Lint files one by one and yield each file's result as soon as it is ready, in the
    order given, so that a caller can print and drop them (memory stays bounded however many
    files). With `jobs` unset, large runs use every core; `jobs=1` never forks.

    With `render`, worker processes turn each file's findings into output text themselves:
    a result from a worker then has `rendered` and `tally` set and no findings (in-process
    results are left for the caller to render).

    With `lazy`, an in-process result's `findings` is an iterator that makes each finding as
    it is consumed (memory then does not grow with the findings of a large file); the caller
    consumes it before asking for the next result and sets `stat.findings` itself."""
    import os

    if jobs is None and os.environ.get("CSWRITER_LINT_JOBS", "").isdigit():
        jobs = int(os.environ["CSWRITER_LINT_JOBS"])  # benchmarks: 1 vs 2 cores, same command
    if jobs is None:
        jobs = min(os.cpu_count() or 1, len(paths)) if _worth_a_pool(paths) else 1
    if jobs <= 1 or "-" in paths:
        configs: dict[str, LintConfig] = {}
        for path in paths:
            yield lint_file(path, tracer=tracer, config=config, configs=configs, lazy=lazy)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _plan(config or LintConfig())  # compile once, before forking: the workers inherit it
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                             initializer=_worker_init, initargs=(tracer, config, render)) as pool:
        # Forked workers inherit the tracer and the compiled rules; nothing of them is pickled.
    # map() keeps the input order; a few files per task amortise the pickling.
        yield from pool.map(_worker_lint, paths, chunksize=4)


def _config_near(path: str, cache: dict[str, LintConfig]) -> LintConfig:
    import os

    directory = os.getcwd() if path == "-" else os.path.dirname(os.path.abspath(path))
    if directory not in cache:
        cache[directory] = load_config(directory)
    return cache[directory]
