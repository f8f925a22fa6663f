"""One finding shape for check, lint and draft (cswriter/findings.py).

The core (code, severity, message, suggestion, and where: path/line/column or field/section)
is declared once; each face adds only its own extras, and its JSON keeps every key
INTERFACE.md documents. Lint runs on a plain dataclass (no pydantic on the lint path) that
mirrors the pydantic model the lint schema is generated from.
"""

from __future__ import annotations

import dataclasses
import json
import typing

from helpers import FIXTURES, run_cli

from cswriter import findings
from cswriter.lint import models as lint_models

CORE = {"code", "severity", "message", "suggestion", "path", "line", "column", "field", "section"}


def test_the_lint_dataclass_mirrors_the_lint_model_field_by_field():
    model = findings.LintFinding.model_fields
    mirror = {f.name: f for f in dataclasses.fields(lint_models.LintFinding)}
    assert set(mirror) == set(model)
    hints = typing.get_type_hints(lint_models.LintFinding)
    for name, field in model.items():
        assert hints[name] == field.annotation, name
        if field.is_required():
            assert mirror[name].default is dataclasses.MISSING, f"{name} is required in the model"
        else:
            assert mirror[name].default == field.default, name


def test_the_core_is_declared_once_and_every_face_adds_only_extras():
    from cswriter.check import Finding as CheckFinding
    from cswriter.draft.models import DraftFinding

    assert set(findings.Finding.model_fields) == CORE
    extras = {}
    for face in (CheckFinding, DraftFinding, findings.LintFinding):
        assert issubclass(face, findings.Finding)
        extras[face.__name__] = set(face.model_fields) - CORE
    assert extras == {
        "Finding": {"name", "question", "answer_kind", "metric"},
        "DraftFinding": {"match", "origin"},
        "LintFinding": {"end_line", "end_column", "match", "rule", "offset", "end_offset", "sentence",
                        "replacement"},
    }


def test_lint_json_is_the_published_model_and_keeps_the_documented_keys(tmp_path):
    draft = tmp_path / "总结.md"
    draft.write_text("问题解决率较去年提升1.2%。我们做得很好，联系电话13812345678。\n", encoding="utf-8")
    result = run_cli("lint", draft, "-f", "json")
    found = json.loads(result.stdout)["findings"]
    assert {f["code"][:3] for f in found} >= {"CS2", "CS6"}
    schema = json.loads(run_cli("schema", "--document", "lint").stdout)
    published = set(schema["$defs"]["LintFinding"]["properties"])
    documented = {"path", "line", "column", "end_line", "end_column", "code", "severity", "message",
                  "match", "suggestion", "replacement"}
    for finding in found:
        assert set(finding) == published >= documented | CORE
        assert findings.LintFinding.model_validate(finding).model_dump() == finding
        assert finding["path"] == str(draft) and finding["field"] is None


def test_check_findings_keep_their_documented_keys_and_gain_the_core():
    result = run_cli("check", FIXTURES / "weekly-team-lead.yaml", "-f", "json")
    found = json.loads(result.stdout)["findings"]
    assert found
    for finding in found:
        assert set(finding) >= {"code", "severity", "section", "message", "question", "field"} | CORE
        assert finding["line"] is None and finding["path"] is None  # a gap in the facts, not in a file


def test_a_gap_in_a_draft_names_the_field_to_fill_and_its_section():
    result = run_cli("draft", FIXTURES / "weekly-team-lead.yaml", "-f", "json", "--no-cache")
    sections = json.loads(result.stdout)["sections"]
    gaps = [(s["id"], f) for s in sections for f in s["findings"] if f["origin"] == "check"]
    assert gaps
    check = json.loads(run_cli("check", FIXTURES / "weekly-team-lead.yaml", "-f", "json").stdout)["findings"]
    for section_id, gap in gaps:
        assert gap["section"] == section_id
        source = next(f for f in check if f["code"] == gap["code"] and f["message"] == gap["message"])
        assert gap["field"] == source["field"] and gap["field"]
        assert gap["suggestion"] == source["question"]


def test_a_verified_section_places_each_finding_in_the_section():
    from cswriter.draft.verify import verify_text
    from cswriter.facts.model import load_facts

    facts = load_facts(FIXTURES / "year-end-agent.yaml")
    result = verify_text("我们做得很好，服务水平显著提升。", facts=facts, section_id="work")
    assert result.findings
    for finding in result.findings:
        assert finding.section == "work" and finding.path is None
        assert finding.line == 1 and finding.column >= 1 and finding.match
