"""Check: what the facts still lack, and whether their arithmetic holds."""

from __future__ import annotations

from cswriter.app.inputs import FactsSource
from cswriter.schemas import CheckDocument


def check(source: FactsSource) -> CheckDocument:
    from cswriter.check import check_facts
    from cswriter.documents import check_document

    result = check_facts(source.load())
    return CheckDocument.model_validate(check_document(result, source.name))


def check_loaded(facts: object, name: str | None) -> CheckDocument:
    """The check document of facts already loaded (the interview's closing summary)."""
    from cswriter.check import check_facts
    from cswriter.documents import check_document

    return CheckDocument.model_validate(check_document(check_facts(facts), name))
