"""Outline: the sections in order, with the facts and figures each will use."""

from __future__ import annotations

from cswriter.app.inputs import FactsSource
from cswriter.schemas import OutlineDocument


def outline(source: FactsSource) -> OutlineDocument:
    from cswriter.documents import outline_document
    from cswriter.outline import build_outline

    return OutlineDocument.model_validate(outline_document(build_outline(source.load())))
