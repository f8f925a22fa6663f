"""The domain data files match the types the code expects (the specs are plain dataclasses,
so nothing checks the types at run time; this test does, with pydantic)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from cswriter.domain import (
    MetricSpec,
    ReportTypeSpec,
    RoleSpec,
    SectionSpec,
    load_domain,
    parse_yaml_resource,
)


def _specs():
    domain = load_domain()
    yield from domain.sections
    yield from domain.metrics.values()
    yield from domain.report_types.values()
    yield from domain.roles.values()


@pytest.mark.parametrize("spec", list(_specs()), ids=lambda s: f"{type(s).__name__}:{s.id}")
def test_every_spec_has_the_declared_types(spec):
    data = dataclasses.asdict(spec)
    validated = TypeAdapter(type(spec)).validate_python(data, strict=False)
    assert validated == spec


def test_a_misspelt_key_in_a_data_file_is_refused():
    raw = parse_yaml_resource("metrics.yaml")["metrics"]
    first_id, first = next(iter(raw.items()))
    with pytest.raises(TypeError):
        MetricSpec(id=first_id, **{**first, "synonmys": ["x"]})


def test_domain_specs_are_immutable():
    metric = next(iter(load_domain().metrics.values()))
    assert isinstance(metric.names, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        metric.unit = "x"  # type: ignore[misc]
    assert all(isinstance(s.sources, tuple) for s in load_domain().sections)
    assert {type(s) for s in load_domain().report_types.values()} == {ReportTypeSpec}
    assert {type(s) for s in load_domain().roles.values()} == {RoleSpec}
    assert {type(s) for s in load_domain().sections} == {SectionSpec}


def test_severities_are_named_once_in_data():
    """The three severities' labels live in data/severities.yaml, and nowhere in the code."""
    import typing

    from cswriter.domain import severities
    from cswriter.lint.models import Severity

    assert set(severities()) == set(typing.get_args(Severity)) == {"error", "warning", "info"}
    root = Path(__file__).resolve().parent.parent / "cswriter"
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert '"error": "错误"' not in text and '"警告"' not in text, path


def test_metric_kinds_in_words_cover_every_kind_the_metrics_use():
    from cswriter.domain import load_domain, metric_kind_word, metric_kinds

    used = {spec.kind for spec in load_domain().metrics.values()}
    assert used <= set(metric_kinds())
    assert metric_kind_word("rate") == "百分比" and metric_kind_word(None) == "数字"


def test_complaint_field_labels_name_fields_of_the_facts_model():
    from cswriter.domain import field_labels
    from cswriter.facts.model import Facts, inner_model

    complaints = inner_model(Facts.model_fields["complaints"].annotation)
    assert set(field_labels("complaints")) <= set(complaints.model_fields)
    assert list(field_labels("complaints")) == ["total", "previous", "handled", "escalated"]


def test_report_type_and_section_ids_are_the_ones_in_the_data():
    """The ids the code names (CLI choices, MCP descriptions, prompts) are the YAML's, in order."""
    from cswriter.commands._common import REPORT_TYPES as CLI_TYPES
    from cswriter.domain import REPORT_TYPES, SECTION_IDS, load_yaml_resource

    assert tuple(load_yaml_resource("report_types.yaml")["types"]) == REPORT_TYPES == CLI_TYPES
    assert tuple(s["id"] for s in load_yaml_resource("sections.yaml")["sections"]) == SECTION_IDS
