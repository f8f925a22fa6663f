"""Progress and outline texts in the words a person reads: section titles, not ids; figures
as they are shown, not as computed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import run_cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("facts", sorted(FIXTURES.glob("*.yaml")), ids=lambda p: p.stem)
def test_outline_shows_figures_as_rounded_for_the_reader(facts):
    result = run_cli("outline", facts)
    assert result.exit_code in (0, 1), result.output
    assert not re.search(r"\d\.\d{3,}", result.stdout), re.search(r".*\d\.\d{3,}.*", result.stdout).group(0)


def test_share_total_adds_the_shares_as_shown():
    from cswriter.facts.model import load_facts
    from cswriter.figures.compute import compute_figures

    facts = load_facts(FIXTURES / "year-end-agent.yaml")
    categories = [{"name": n, "count": c} for n, c in (("甲", 110), ("乙", 90), ("丙", 110))]
    facts = facts.model_copy(update={"categories": [type(facts.categories[0])(**c) for c in categories]})
    total = next(f for f in compute_figures(facts) if f.kind == "share_total")
    assert total.formula == "35.5 + 29.0 + 35.5" and total.text == "100.0%"


def test_repair_progress_names_the_section_by_its_title(capsys):
    from cswriter.commands.draft import SectionProgress

    with SectionProgress(total=2) as progress:
        progress.event("feedback", "repair", None)
    err = capsys.readouterr().err
    assert "客户咨询与反馈：发现问题" in err and "feedback" not in err
