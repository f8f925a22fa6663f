"""`cswriter interview`: collect the facts by asking what `check` finds missing.

- `spec`      the interview's data (`data/interview.yaml`): how each field is read, examples
- `answers`   reading typed answers: "12.5万件", "4.8分(满分5分)", "2026年6月底"
- `readings`  a best reading of a vague answer, to confirm: "全年大概接待了18.6万个客户" → 186,000 件
- `labels`    fields by the Chinese names people see: "第2个案例的结果" ↔ cases[1].result
- `engine`    questions from `check_facts`; an answer validated on a copy, then saved; declines
The round-trip facts document is `cswriter.facts.document`; the dialogue at a terminal is
`cswriter.commands.dialogues.interview`.
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
