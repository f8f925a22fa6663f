"""Drafting a summary section by section: context → prompt → model → verify → repair → assemble.

Modules, by what they own:
- `models`: the pydantic models that flow between the stages (`SectionContext`, `DraftSection`, `Draft`).
- `context`: what each section is written from (facts and figures, redacted for remote models).
- `requests`: prompt templates → `CompletionRequest`s (section prompts and repair prompts).
- `verify`: figures traced to the facts and the same lint rules as `cswriter lint`.
- `cache`: model replies on disk, so reruns and interrupted runs cost no model calls.
- `pipeline`: the stages wired together, sections drafted concurrently.
- `render`: Markdown and JSON; `docx`: Word (python-docx, imported lazily).
- `interactive`: accept / regenerate / edit / skip, with choices saved beside the output.
"""

from cswriter.draft.models import Draft, DraftSection, SectionContext
from cswriter.draft.pipeline import DraftOptions, draft_document

__all__ = ["Draft", "DraftOptions", "DraftSection", "SectionContext", "draft_document"]
