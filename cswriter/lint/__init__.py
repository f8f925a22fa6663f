"""`cswriter lint`: a linter for Chinese customer-service work summaries.

Public API (used by the CLI, the drafting pipeline and bench/lint_accuracy.py):

    lint_text(text, *, path="<text>", tracer=None, config=None) -> list[LintFinding]
    lint_paths(paths, *, tracer=None, config=None) -> LintReport
    lint_and_trace(text, *, tracer, path="<text>", config=None) -> (findings, [(number, trace)])

A tracer (`cswriter.figures.trace.build_tracer(facts)`, or anything that fits the protocol
in `tracing`) turns on CS401: lint itself knows no facts.
    prompt_lexicon() -> list[dict]      # what the linter flags, for the drafting prompts

Modules: `catalogue` (rules as data), `kinds` (the generic checks), `kinds.figures` (CS4),
`tracing` (what lint asks of a figure tracer), `engine` (running rules), `document` (sentences, clauses, numbers), `readers` (.md/.txt/
.docx/stdin), `config` (cswriter.toml), `suppression` (inline comments), `render` (text,
JSON, GitHub output), `fixes` (--fix), `lexicon` (prompt_lexicon).
"""

from cswriter.lint.config import LintConfig, load_config
from cswriter.lint.engine import lint_and_trace, lint_paths, lint_text
from cswriter.lint.lexicon import prompt_lexicon
from cswriter.lint.models import LintFileError, LintFinding, LintReport

__all__ = [
    "LintConfig", "LintFileError", "LintFinding", "LintReport", "lint_and_trace", "lint_paths",
    "lint_text",
    "load_config", "prompt_lexicon",
]
