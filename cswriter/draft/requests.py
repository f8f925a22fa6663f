"""Prompt templates → `CompletionRequest`s: a section's first request and its repair requests."""

from __future__ import annotations

from cswriter.backends.base import CompletionRequest, Message
from cswriter.draft.models import DraftFinding, SectionContext
from cswriter.prompting import (
    REPAIR_TEMPLATE,
    SYSTEM_TEMPLATE,
    PromptLibrary,
    lexicon_for_prompts,
    section_template_name,
)

DRAFT_TEMPERATURE = 0.3
REPAIR_TEMPERATURE = 0.2


def system_prompt(context: SectionContext, library: PromptLibrary) -> str:
    variables = context.prompt_variables()
    variables["lexicon"] = list(lexicon_for_prompts())
    return library.render(SYSTEM_TEMPLATE, variables)


def section_prompt(context: SectionContext, library: PromptLibrary) -> str:
    return library.render(section_template_name(context.section.id), context.prompt_variables())


def section_messages(context: SectionContext, library: PromptLibrary) -> list[Message]:
    return [
        Message(role="system", content=system_prompt(context, library)),
        Message(role="user", content=section_prompt(context, library)),
    ]


def _request_context(context: SectionContext, library: PromptLibrary, **extra) -> dict:
    """The request's metadata: the section's context, plus the user's template folder so
    the offline backend writes from the user's `offline/<section>.j2` where there is one."""
    data = {**context.model_dump(mode="json"), **extra}
    if library.override_dir is not None:
        data["prompts_dir"] = str(library.override_dir)
    return data


def section_request(context: SectionContext, library: PromptLibrary,
                    model: str | None = None) -> CompletionRequest:
    """The first request for a section: system prompt plus the section's prompt."""
    return CompletionRequest(
        messages=section_messages(context, library),
        model=model,
        temperature=DRAFT_TEMPERATURE,
        section=context.section.id,
        context=_request_context(context, library, mode="draft"),
    )


def repair_request(context: SectionContext, library: PromptLibrary, previous: CompletionRequest,
                   reply: str, problems: list[DraftFinding], model: str | None = None
                   ) -> CompletionRequest:
    """The conversation so far, the model's reply, and the exact problems to fix in it."""
    variables = context.prompt_variables()
    variables["problems"] = [p.model_dump() for p in problems]
    variables["previous"] = reply
    repair = library.render(REPAIR_TEMPLATE, variables)
    return CompletionRequest(
        messages=[*previous.messages, Message(role="assistant", content=reply),
                  Message(role="user", content=repair)],
        model=model,
        temperature=REPAIR_TEMPERATURE,
        section=context.section.id,
        context=_request_context(context, library, mode="repair", previous=reply,
                                 problems=[p.model_dump() for p in problems]),
    )
