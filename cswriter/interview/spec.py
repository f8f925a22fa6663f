"""The interview's own data (`cswriter/data/interview.yaml`) as typed objects.

How an answer to a field is read, what a good answer looks like, and which steps fill a
whole item are domain knowledge, so they live in the data file; this module only loads it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from cswriter.domain import load_yaml_resource


class _Spec(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Commands(_Spec):
    skip: tuple[str, ...]
    example: tuple[str, ...]
    finish: tuple[str, ...]
    revise: tuple[str, ...]
    yes: tuple[str, ...]
    no: tuple[str, ...]


class AnswerLint(_Spec):
    ignore: tuple[str, ...] = ()
    severities: tuple[str, ...] = ("error", "warning")
    ignore_by_field: dict[str, tuple[str, ...]] = Field(default_factory=dict)


class FieldSpec(_Spec):
    handler: str
    example: Any = None
    prompt: str | None = None


class Dialogue(_Spec):
    steps: tuple[str, ...] = ()
    item: str | None = None
    repeat: str | None = None


class NewMetric(_Spec):
    name: str | None = None
    """A fixed name for the new metric; by default the title of the finding's `metric`."""


class MetricExamples(_Spec):
    count: str
    rate: str
    duration: str
    score: dict[str, str]


class InterviewSpec(_Spec):
    commands: Commands
    non_answers: tuple[str, ...]
    declines: tuple[str, ...] = ()
    answer_lint: AnswerLint = AnswerLint()
    spoken_amounts: dict[str, str] = Field(default_factory=dict)
    approximate_words: tuple[str, ...] = ()
    share_words: tuple[str, ...] = ()
    plan_lead_words: tuple[str, ...] = ()
    story_result_words: tuple[str, ...] = ()
    """Words between a category and its share: 物流查询(大概)占四成."""
    head_count_units: tuple[str, ...] = ()
    date_fillers: tuple[str, ...] = ()
    named_days: dict[str, str] = Field(default_factory=dict)
    period_fillers: tuple[str, ...] = ()
    reject_new: tuple[str, ...]
    confirm_new: tuple[str, ...]
    manual: tuple[str, ...]
    default_role: str
    value_prefixes: tuple[str, ...]
    value_suffixes: tuple[str, ...]
    target_verbs: tuple[str, ...]
    change_verbs: tuple[str, ...]
    list_separators: str
    metric_examples: MetricExamples
    unit_switches: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    fields: dict[str, FieldSpec]
    dialogues: dict[str, Dialogue]
    new_metric_codes: dict[str, NewMetric] = Field(default_factory=dict)
    code_presets: dict[str, dict[str, Any]] = Field(default_factory=dict)

    def field(self, path: str) -> FieldSpec:
        """The spec for a concrete path ("metrics[2].value"); unknown paths are read raw."""
        return self.fields.get(field_pattern(path), FieldSpec(handler="raw"))

    def dialogue(self, path: str) -> Dialogue | None:
        return self.dialogues.get(field_pattern(path))

    def code_matches(self, code: str, entries: tuple[str, ...]) -> bool:
        return any(code.startswith(entry) for entry in entries)


_INDEX_RE = re.compile(r"\[\d+\]")


def field_pattern(path: str) -> str:
    """"metrics[2].value" → "metrics[].value": the key under which the data describes it."""
    return _INDEX_RE.sub("[]", path)


@functools.cache
def load_interview_spec() -> InterviewSpec:
    """Read `interview.yaml` once per process."""
    return InterviewSpec.model_validate(load_yaml_resource("interview.yaml"))
