"""Findings are made one by one as the CLI writes them (issue 20: memory flat in the number of
findings): the lazy path gives exactly what the eager one does."""

from __future__ import annotations

from pathlib import Path

from cswriter.lint.engine import iter_lint, lint_file

DRAFT = Path(__file__).resolve().parent.parent / "fixtures" / "drafts" / "year-end-draft.md"


def test_lazy_findings_are_the_eager_findings(tmp_path):
    many = tmp_path / "many.txt"
    many.write_text("本季度客户满意度显著提升，服务质量迈上了新台阶，我们做得很好！\n" * 300, encoding="utf-8")
    for path in (str(DRAFT), str(many)):
        eager = lint_file(path)
        lazy = lint_file(path, lazy=True)
        assert not isinstance(lazy.findings, list)
        assert list(lazy.findings) == eager.findings and eager.stat.findings == len(eager.findings) > 0


def test_iter_lint_hands_out_lazy_results_only_when_asked(tmp_path):
    (result,) = iter_lint([str(DRAFT)])
    assert isinstance(result.findings, list)
    (result,) = iter_lint([str(DRAFT)], lazy=True)
    assert sum(1 for _ in result.findings) == len(lint_file(str(DRAFT)).findings)
