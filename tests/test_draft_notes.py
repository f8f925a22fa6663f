"""What the writer is asked for after a draft: on stderr, one item per line, under a heading."""

from __future__ import annotations

from helpers import FIXTURES, run_cli


def _stderr_items(stderr: str) -> list[str]:
    return [line.strip()[2:] for line in stderr.splitlines() if line.strip().startswith("- ")]


def test_each_ask_left_out_of_the_body_is_its_own_line(tmp_path):
    result = run_cli("draft", FIXTURES / "half-year-property.yaml", "-o", tmp_path / "d.md")
    assert result.exit_code == 0, result.stderr
    asks = [item for item in _stderr_items(result.stderr) if "事实里没有原因" in item]
    # two annual targets missed without a cause, and the largest complaint type without one
    assert len(asks) == 3, result.stderr
    assert all(item.count("事实里没有原因") == 1 for item in asks)
    assert "事实里没有原因" not in (tmp_path / "d.md").read_text(encoding="utf-8")


def test_asks_have_a_heading_even_when_no_section_is_missing(tmp_path):
    result = run_cli("draft", FIXTURES / "year-end-lead.yaml", "-o", tmp_path / "d.md")
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    first_item = next(i for i, line in enumerate(lines) if line.strip().startswith("- "))
    assert first_item > 0 and "需补充" in lines[first_item - 1], result.stderr
