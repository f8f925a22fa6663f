"""`cswriter interview`: collect the facts by asking what `check` finds missing.

- `spec`      the interview's data (`data/interview.yaml`): how each field is read, examples
- `answers`   reading typed answers: "12.5万件", "4.8分(满分5分)", "2026年6月底"
- `document`  the facts file as a round-trip tree: comments, key order, encoding kept
- `engine`    questions from `check_facts`; an answer validated on a copy, then saved
- `terminal`  the dialogue at a terminal (rich output, plain `input()`)
"""

from cswriter.facts.document import FactsDocument
from cswriter.interview.answers import AnswerError
from cswriter.interview.engine import (
    Interview,
    Question,
    apply_answers,
    create_document,
)

__all__ = ["AnswerError", "FactsDocument", "Interview", "Question", "apply_answers", "create_document"]
