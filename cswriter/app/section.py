"""One section at a time: the request a model (or an agent) writes it from, and the check of
what was written — `draft`'s loop with the writer outside.

Masking is the same as for every model call: the whole rendered prompt goes through
`cswriter.draft.pipeline.make_redactor`, so a phone number written in full-width digits, with
spaces or with dots is masked wherever it appears.
"""

from __future__ import annotations

from pathlib import Path

from cswriter.app.inputs import FactsSource, planned_section
from cswriter.errors import InputError
from cswriter.schemas import SectionRequestDocument, VerifySectionDocument


def section_request(source: FactsSource, section: str, *, redact: bool = True,
                    prompts_dir: Path | None = None, instruction: str = "") -> SectionRequestDocument:
    """The messages `section` would be drafted from (system prompt + section prompt), with the
    figures it may cite; with `redact`, masked exactly as they are sent to a model."""
    from cswriter.documents import versioned
    from cswriter.draft.pipeline import make_redactor
    from cswriter.draft.requests import section_messages
    from cswriter.prompting import PromptLibrary

    facts = source.load()
    planned = planned_section(facts, section, redact=redact, instruction=instruction)
    context = planned.context
    messages = section_messages(context, PromptLibrary(prompts_dir))
    if redact:  # exactly what a model backend is sent: the whole prompt masked
        mask = make_redactor(facts)
        messages = [m.model_copy(update={"content": mask(m.content)}) for m in messages]
    return SectionRequestDocument.model_validate(versioned({
        "section": section,
        "title": context.section.title,
        "number": context.section.number,
        "status": planned.outline.status,
        "messages": [m.model_dump() for m in messages],
        "figures": [{"text": f.text, "label": f.label, "formula": f.formula} for f in context.figures],
        "questions": planned.outline.questions if planned.outline.status == "needs-input" else [],
        "redacted": redact,
    }))


def verify_section(source: FactsSource, section: str, text: str) -> VerifySectionDocument:
    """`draft`'s check of one section, with `text` as the model's reply: every figure traced,
    every wording problem listed, and a repair request when something must change."""
    from cswriter.documents import versioned
    from cswriter.draft.pipeline import clean_reply
    from cswriter.draft.requests import repair_request
    from cswriter.draft.requests import section_request as request_of
    from cswriter.draft.verify import verify_text
    from cswriter.prompting import PromptLibrary

    facts = source.load()
    planned = planned_section(facts, section, redact=False)
    context = planned.context
    if not text.strip():
        raise InputError("正文是空的。", hint="先取得这一节的写作要求，写好这一节再核对。")
    text = clean_reply(text, context.section.title)
    verification = verify_text(text, facts=facts, section_id=section)
    repair = None
    if verification.repairable:
        library = PromptLibrary()
        request = repair_request(context, library, request_of(context, library), text,
                                 verification.repairable)
        repair = [m.model_dump() for m in request.messages]
    return VerifySectionDocument.model_validate(versioned({
        "section": section,
        "ok": not any(f.severity == "error" for f in verification.findings),
        "text": text,
        "numbers": [n.model_dump() for n in verification.numbers],
        "findings": [f.model_dump() for f in verification.findings],
        "repair": repair,
    }))
