"""Checks on a model's reply as a whole, before it is kept as a section.

The figure check and the wording rules look at what a reply says; these look at whether it
is an answer at all: empty (or only thinking), cut off (length limit, stream closed early),
not in Chinese, or about something else (none of the section's figures and almost none of
its words). Each is an error finding that goes back to the model like any other, so such a
reply is repaired or the draft fails (exit 1) — never a clean exit 0.
"""

from __future__ import annotations

import re

from cswriter.backends.base import Completion
from cswriter.backends.replies import TRUNCATED_REASONS, chinese_share
from cswriter.draft.models import DraftFinding, SectionContext

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in _HAN_RUN.findall(text):
        grams.update(run[i:i + 2] for i in range(len(run) - 1))
    return grams


def _finding(code: str, message: str, suggestion: str) -> DraftFinding:
    return DraftFinding(code=code, severity="error", message=message, suggestion=suggestion)


def reply_findings(text: str, completion: Completion | None, context: SectionContext) -> list[DraftFinding]:
    """What is wrong with `text` (the cleaned reply) as an answer for this section."""
    if not text.strip():
        return [_finding("DR901", "模型的回复是空的（或只有思考过程，没有正文）。",
                         "请直接输出本节正文。")]
    findings: list[DraftFinding] = []
    if completion is not None and completion.finish_reason in TRUNCATED_REASONS:
        findings.append(_finding("DR902", "模型的回复没有写完就中断了（达到长度上限或连接中断）。",
                                 "请写得更简短，完整输出本节正文。"))
    han = len(_HAN_RUN.findall(text))
    if han == 0 or chinese_share(text) < 0.5:
        findings.append(_finding("DR903", "模型的回复主要不是中文。",
                                 "请用简体中文、全角标点重写本节正文。"))
        return findings
    if _off_topic(text, context):
        findings.append(_finding(
            "DR904", f"模型的回复没有用到本节“{context.section.title}”的任何数字和事实，像是答非所问。",
            "请只根据数据中给出的事实和数字撰写本节正文。"))
    return findings


def _off_topic(text: str, context: SectionContext) -> bool:
    """No figure of the section and almost none of its words: an answer to something else."""
    sources = [context.section.title, context.section.purpose]
    sources += [f"{fact.label} {fact.text}" for fact in context.facts]
    sources += [f"{figure.label} {figure.text}" for figure in context.figures]
    if not context.facts and not context.figures:
        return False  # nothing to compare with
    if sum(len(run) for run in _HAN_RUN.findall(text)) < 20:
        return False  # too short to judge: a sentence or two can be on topic without a figure
    numbers = {n.replace(",", "") for source in sources for n in _NUMBER.findall(source)}
    said = {n.replace(",", "") for n in _NUMBER.findall(text)}
    if numbers & said:
        return False
    source_grams = _bigrams(" ".join(sources))
    reply_grams = _bigrams(text)
    if not reply_grams or not source_grams:
        return False
    shared = len(reply_grams & source_grams) / len(reply_grams)
    return shared < 0.05
