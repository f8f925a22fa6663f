"""Answers given all at once, by a program or an agent: `interview --no-input`,
`interview --answers` and the MCP tools share `answer_document`.

The document it returns is the interview document of INTERFACE.md (the callers add
`schema_version`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def answer_document(file: Path, answers: dict[str, Any], report_type: str | None = None,
                    role: str | None = None, today: Any = None) -> tuple[dict[str, Any], int]:
    """`_answer_document` under the facts file's lock: answers given at the same time (an
    agent calling `interview_answer` in parallel, two scripts) take turns, each reading the
    file as the one before left it, so every answer lands or is refused with a reason."""
    from cswriter.text.files import file_lock

    with file_lock(file):
        return _answer_document(file, answers, report_type, role, today)


def _answer_document(file: Path, answers: dict[str, Any], report_type: str | None = None,
                     role: str | None = None, today: Any = None) -> tuple[dict[str, Any], int]:
    """Apply `answers` (field path → answer) to the facts file `file`, creating it when it is
    missing or blank; return the interview document and the exit code (0 no error left,
    1 errors left, 2 an answer was refused).

    `interview --no-input`, `interview --answers` and the MCP tools `interview_questions` and
    `interview_answer` all come here, so an agent and a script get the same checks, refusals and questions. Every refusal
    says what was wrong and carries an example of a good answer.
    """
    from datetime import date

    from cswriter.facts.document import FactsDocument
    from cswriter.interview.answers import AnswerError, parse_period, parse_report_type
    from cswriter.interview.engine import (
        Interview,
        apply_answers,
        create_document,
        is_blank_file,
    )
    from cswriter.interview.spec import load_interview_spec

    answers = dict(answers)
    errors: list[dict[str, Any]] = []
    today = today or date.today()
    if is_blank_file(file):
        setup = {k: answers.pop(k) for k in ("report.type", "report.role", "report.period") if k in answers}
        try:
            if "report.type" in setup:
                report_type = parse_report_type(str(setup["report.type"]))
        except AnswerError as error:
            errors.append({"field": "report.type", "answer": str(setup["report.type"]), "message": error.message})
        if report_type is None:
            return ({"file": str(file), "ok": False, "created": False, "applied": [], "notes": [],
                     "errors": with_examples(errors, today=today), "progress": None,
                     "questions": setup_questions()}, 2 if errors else 1)
        period = None
        if "report.period" in setup:
            try:
                value = setup["report.period"]
                period = parse_period(str(value), today) if not isinstance(value, dict) else None
                if isinstance(value, dict):
                    answers = {"report.period": value, **answers}
            except AnswerError as error:
                errors.append({"field": "report.period", "answer": str(setup["report.period"]),
                               "message": error.message})
        if errors:
            # A period that could not be read: nothing is created with a period the person
            # did not give (the next run with a readable one creates the file).
            return ({"file": str(file), "ok": False, "created": False, "applied": [], "notes": [],
                     "errors": with_examples(errors, today=today), "progress": None,
                     "questions": setup_questions()}, 2)
        role_text = str(setup.get("report.role") or role or load_interview_spec().default_role)
        doc = create_document(file, report_type, role_text, period, today)
        created = True
        saved = [k for k in ("report.type", "report.role") if k in setup]
        saved += ["report.period"] if period is not None else []
    else:
        doc = FactsDocument.load(file)
        created = False
        saved = []
    iv = Interview(doc, today)
    done, more_errors = apply_answers(iv, answers)
    errors += more_errors
    result = iv.check()
    sections = iv.progress(result)
    document = {
        "file": str(file),
        "ok": result.ok,
        "created": created,
        "applied": saved + [o.path for o in done],
        "notes": [note for o in done for note in o.notes],
        "errors": with_examples(errors, iv),
        "progress": {"done": [s.id for s in sections if s.done],
                     "todo": [s.id for s in sections if not s.done]},
        "questions": [q.model_dump() for q in iv.questions(result)],
    }
    if errors:
        return document, 2
    return document, (0 if result.ok else 1)


def with_examples(errors: list[dict[str, Any]], iv: Any = None, *, today: Any = None) -> list[dict[str, Any]]:
    """Each refusal with an example of an answer that would have been taken, in the report's
    years (never a raw {next_year}): the interview's own when there is one, else today's."""
    from datetime import date

    from cswriter.interview.engine import fill_example
    from cswriter.interview.spec import load_interview_spec

    spec = load_interview_spec()
    setup_examples = {q["field"]: q["example"] for q in setup_questions()}
    year = (today or date.today()).year
    values = {"year": year, "next_year": year + 1, "month": f"{(today or date.today()).month:02d}"}
    out = []
    for error in errors:
        example = setup_examples.get(error["field"])
        if example is None and iv is not None:
            try:
                example = iv.field_example(error["field"])
            except (KeyError, ValueError, IndexError, TypeError):
                example = None
        if example is None:
            example = fill_example(spec.field(error["field"]).example, values)
        if example is None:
            example = _example_by_kind(error["field"])
        out.append({**error, "example": example})
    return out


def _example_by_kind(field: str) -> Any:
    """A generic good answer for fields the interview spec gives no example for."""
    last = field.rsplit(".", 1)[-1].split("[", 1)[0]
    if last in ("value", "target", "previous", "annual_target", "baseline", "share", "count"):
        return "95.2%"
    if last in ("deadline", "start", "end", "date"):
        return "2026-06-30"
    return "（用一两句话写清楚事实，带上数字）"


def setup_questions() -> list[dict[str, Any]]:
    from cswriter.interview.answers import report_type_choices
    from cswriter.interview.spec import load_interview_spec

    spec = load_interview_spec()
    choices = "、".join(f"{rid}({title})" for rid, title in report_type_choices())
    return [
        {"field": "report.type", "question": f"这是哪一种总结？可选：{choices}", "answer_kind": "choice",
         "severity": "error", "code": "setup", "example": "monthly"},
        {"field": "report.role", "question": spec.field("report.role").prompt, "answer_kind": "text",
         "severity": "warning", "code": "setup", "example": spec.field("report.role").example},
        {"field": "report.period", "question": spec.field("report.period").prompt, "answer_kind": "date",
         "severity": "warning", "code": "setup", "example": spec.field("report.period").example},
        # Who writes it: the title, the byline and the signature need them (check's CK217/CK218).
        *({"field": f"report.{key}", "question": spec.field(f"report.{key}").prompt, "answer_kind": "text",
           "severity": "warning", "code": "setup", "example": spec.field(f"report.{key}").example}
          for key in ("author", "team")),
    ]
