"""Checks on a model's reply as a whole, before it is kept as a section.

The figure check and the wording rules look at what a reply says; these look at whether it
is an answer at all: empty (or only thinking), cut off (length limit, stream closed early),
not in Chinese, or about something else (none of the section's figures and almost none of
its words). Each is an error finding that goes back to the model like any other, so such a
reply is repaired or the draft fails (exit 1) — never a clean exit 0.

`trust_findings` checks what a reply must not carry: an unmatched reasoning tag, the
request's instructions restated, and a "零投诉" the facts contradict.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from cswriter.backends.base import Completion, CompletionRequest
from cswriter.backends.replies import TRUNCATED_REASONS, chinese_share, unmatched_reasoning
from cswriter.draft.models import DraftFinding, SectionContext, Table
from cswriter.facts.model import Facts

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in _HAN_RUN.findall(text):
        grams.update(run[i:i + 2] for i in range(len(run) - 1))
    return grams


def _finding(code: str, message: str, suggestion: str) -> DraftFinding:
    return DraftFinding(code=code, severity="error", message=message, suggestion=suggestion)


def reply_findings(text: str, completion: Completion | None, context: SectionContext,
                   tables: Sequence[Table] = ()) -> list[DraftFinding]:
    """What is wrong with `text` (the cleaned reply) as an answer for this section, whose
    code-built `tables` go with it."""
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
    if _off_topic(text, context, tables):
        findings.append(_finding(
            "DR904", f"模型的回复没有用到本节“{context.section.title}”的任何数字和事实，像是答非所问。",
            "请只根据数据中给出的事实和数字撰写本节正文。"))
    return findings


def _off_topic(text: str, context: SectionContext, tables: Sequence[Table] = ()) -> bool:
    """None of the section's key facts or figures: an answer to something else, however short.

    Key material is the section's own facts and figures (not its title or purpose, which a
    generic sentence like 本节内容依据所提供的事实撰写 can echo). A reply is on topic when it
    states one of the section's numbers (years left aside: every report has its year), or
    shares at least a few of the words its facts are written in."""
    # (a fact a table of the section tells row by row is the table's to tell, not the reply's:
    # 项目进度 holds the milestones, and the prose says how many stages there were)
    rows = [row[1:] for table in tables for row in table.rows if len(row) > 1]
    untabled = [fact for fact in context.facts if not any(all(cell in fact.text for cell in row) for row in rows)]
    if len(untabled) < len(context.facts) and all(fact.field.startswith("report.") for fact in untabled):
        return False  # (…and what is left is the report's own, the overview's: nothing to compare)
    sources = [f"{fact.label} {fact.text}" for fact in untabled]
    sources += [f"{figure.label} {figure.text}" for figure in context.figures]
    if not sources:
        return False  # nothing to compare with
    numbers = {n.replace(",", "") for source in sources for n in _NUMBER.findall(source)}
    said = {n.replace(",", "") for n in _NUMBER.findall(text)}
    if {n for n in numbers & said if not _is_year(n)}:
        return False
    source_grams = _bigrams(" ".join(sources)) - _bigrams(f"{context.section.title} {context.section.purpose}")
    reply_grams = _bigrams(text)
    if not reply_grams or not source_grams:
        return True
    shared = reply_grams & source_grams
    return len(shared) < _MIN_SHARED_WORDS or len(shared) / len(reply_grams) < 0.05


_MIN_SHARED_WORDS = 3
"""Two-character words a reply must share with the section's facts to count as about them."""


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100


# ---------------------------------------------------------------------------------------
# A reply is content, never instructions: what it must not carry into the hand-in file


@functools.cache
def _spec() -> dict[str, Any]:
    from cswriter.domain import load_yaml_resource

    return load_yaml_resource("replies.yaml")


def _compact(text: str) -> str:
    return "".join(text.split()).lower()


def trust_findings(text: str, completion: Completion | None, request: CompletionRequest | None,
                   facts: Facts | None) -> list[DraftFinding]:
    """Errors for a reply that carries something other than the section: an unmatched
    reasoning tag (DR905), the request's instructions or data fences restated, or words about
    the instructions (DR906), and a "no such thing" claim the facts contradict (DR907).

    `text` is the reply as it will be kept (neutralised); `completion.text` the reply before
    neutralising, where a leftover reasoning tag is still visible."""
    findings: list[DraftFinding] = []
    raw = completion.text if completion is not None else text
    tag = unmatched_reasoning(raw)
    if tag is not None:
        findings.append(_finding(
            "DR905", f"模型的回复里有不成对的思考标记“{tag}”，无法确定哪些是正文、哪些是思考过程。",
            "请只输出本节正文，不要输出思考过程或任何标记。"))
    echo = _echo(raw, request, facts)
    if echo is not None:
        findings.append(_finding(
            "DR906", f"模型的回复复述了给它的要求或数据标记（“{echo[:30]}”），这不是总结的内容。",
            "请只输出本节正文，不要复述要求、提示或数据标记。"))
    if facts is not None:
        for claim, count in _zero_claims(text, facts):
            findings.append(_finding(
                "DR907", f"回复说“{claim}”，但事实文件记录的是 {count:g} 件。",
                f"请按事实写明数量（{count:g} 件），不要写“{claim}”。"))
    return findings


def _echo(raw: str, request: CompletionRequest | None, facts: Facts | None = None) -> str | None:
    from cswriter.prompting import DATA_CLOSE, DATA_OPEN

    spec = _spec()
    compact = _compact(raw)
    for marker in (DATA_OPEN, DATA_CLOSE):
        if marker in raw:
            return marker
    # (a phrase the user's own facts use is their content: an IVR project's 语音提示词编写 is
    # no talk about the instructions — blind round 1's project drew four false DR906)
    own: str | None = None
    for phrase in spec.get("instruction_phrases", []):
        if _compact(phrase) in compact:
            if own is None:   # (the facts are read only when a phrase is there to weigh)
                own = _compact(facts.model_dump_json()) if facts is not None else ""
            if _compact(phrase) not in own:
                return phrase
    if request is None:
        return None
    minimum = int(spec.get("echo_min_chars", 16))
    for message in request.messages:
        if message.role != "system":
            continue
        for line in message.content.splitlines():
            piece = _compact(line.strip(" -*#>•·"))
            if len(piece) >= minimum and piece in compact:
                return line.strip()
    return None


def _zero_claims(text: str, facts: Facts) -> list[tuple[str, float]]:
    spec = _spec().get("zero_claims") or {}
    negations = sorted(spec.get("negations", []), key=len, reverse=True)
    out: list[tuple[str, float]] = []
    seen: set[str] = set()
    for thing in spec.get("things", []):
        words = sorted(thing.get("words", []), key=len, reverse=True)
        pattern = re.compile("(?:" + "|".join(map(re.escape, negations)) + ")(?:一起|一例|一单|一件|一次)?("
                             + "|".join(map(re.escape, words)) + ")(?![率数量升工处办类记电件单占])"
                             + f"(?={spec.get('claim_ends') or ''})")
        for match in pattern.finditer(text):
            count = _count_for(thing.get("facts", ""), match.group(1), facts)
            if count and match.group(0) not in seen:
                seen.add(match.group(0))
                out.append((match.group(0), count))
    return out


def _count_for(where: str, word: str, facts: Facts) -> float | None:
    complaints = facts.complaints
    if where == "complaints":
        if complaints is None:
            return None
        if complaints.total is not None:
            return float(complaints.total)
        counts = [t.count for t in complaints.types if t.count is not None]
        return float(sum(counts)) if counts else None
    if where == "complaints.escalated":
        return float(complaints.escalated) if complaints is not None and complaints.escalated else None
    if where == "metrics":
        for metric in facts.metrics:
            if word in metric.name and metric.value and metric.kind == "count":
                return float(metric.value)
    return None
