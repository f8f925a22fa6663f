"""One interview step for programs and agents: apply answers to a facts file (creating it),
and list what is still to ask. The terminal interview (`cswriter interview` at a terminal)
asks the same questions one by one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cswriter.errors import InputError
from cswriter.schemas import InterviewDocument


def answer(file: Path, answers: dict[str, Any], report_type: str | None = None,
           role: str | None = None) -> tuple[InterviewDocument, int]:
    """Apply `answers` (field path → answer) to `file`, saving each at once; return the
    interview document and the exit code (0 no error left, 1 errors left, 2 an answer refused)."""
    from cswriter.documents import versioned
    from cswriter.interview.batch import answer_document

    document, exit_code = answer_document(file, {str(k): v for k, v in answers.items()}, report_type, role)
    return InterviewDocument.model_validate(versioned(document)), exit_code


def questions(file: Path | None = None, facts: dict[str, Any] | None = None) -> InterviewDocument:
    """The questions still open, for a facts file (created by nothing: a missing file gets the
    setup questions) or for facts given as an object (nothing is saved)."""
    if (file is None) == (facts is None):
        raise InputError("请给出事实文件路径或事实内容中的一个。")
    if file is not None:
        return answer(file, {})[0]
    return _questions_for(facts or {})


def _questions_for(facts: dict[str, Any]) -> InterviewDocument:
    from cswriter.documents import versioned
    from cswriter.facts.document import FactsDocument
    from cswriter.interview.engine import Interview

    doc = FactsDocument.from_text(Path("facts.json"), json.dumps(facts, ensure_ascii=False, default=str))
    iv = Interview(doc)
    result = iv.check()
    sections = iv.progress(result)
    return InterviewDocument.model_validate(versioned({
        "file": "facts", "ok": result.ok, "created": False, "applied": [], "notes": [], "errors": [],
        "progress": {"done": [s.id for s in sections if s.done], "todo": [s.id for s in sections if not s.done]},
        "questions": [q.model_dump() for q in iv.questions(result)],
    }))


def load_answers(path: Path) -> dict[str, Any]:
    """An answers file (YAML or JSON): field path → answer."""
    from cswriter.facts.model import parse_document, plain_data
    from cswriter.text.files import read_text

    data, _ = parse_document(read_text(path), str(path), is_json=str(path).lower().endswith(".json"))
    if not isinstance(data, dict):  # pragma: no cover - parse_document rejects non-mappings
        raise InputError(f"{path}: 回答文件应是“字段路径: 回答”形式的键值对。")
    return {str(k): v for k, v in plain_data(data).items()}


def free_name(path: Path) -> Path:
    """`path`, or `path` with -2, -3 … so that an earlier draft is never overwritten."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def draft_after_interview(file: Path) -> Any:
    """The draft an interview offers at its end: the default backend, written beside the facts
    as `<name>-草稿.md` (never over an earlier one). Returns the `DraftResult`."""
    from cswriter.app.draft import DraftRequest, draft
    from cswriter.app.inputs import FactsSource

    out = free_name(file.with_name(f"{file.stem}-草稿.md"))
    return draft(DraftRequest(facts=FactsSource.of(file), output=out))
