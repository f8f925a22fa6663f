"""Validate the labelled lint corpus (fixtures/lint-corpus/sentences.tsv).

This checks the corpus file itself, not the linter's accuracy: accuracy is
measured by bench/lint_accuracy.py and deliberately has no threshold test.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "lint-corpus" / "sentences.tsv"
BENCH = ROOT / "bench" / "lint_accuracy.py"

HEADER = ["id", "label", "text", "note"]
LABELS = {"vague", "subjective", "unsupported", "clean"}
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def table() -> list[list[str]]:
    with CORPUS.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def rows(table: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(HEADER, r)) for r in table[1:]]


def test_header(table: list[list[str]]) -> None:
    assert table[0] == HEADER


def test_every_row_has_four_columns(table: list[list[str]]) -> None:
    bad = [(i, r) for i, r in enumerate(table[1:], start=2) if len(r) != len(HEADER)]
    assert not bad, f"rows with a wrong column count (tab or newline inside a field?): {bad[:5]}"


def test_at_least_360_rows(rows: list[dict[str, str]]) -> None:
    assert len(rows) >= 360


def test_ids_unique_and_well_formed(rows: list[dict[str, str]]) -> None:
    ids = [r["id"] for r in rows]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate ids: {dupes}"
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", i) for i in ids)


def test_labels_allowed(rows: list[dict[str, str]]) -> None:
    bad = {r["label"] for r in rows} - LABELS
    assert not bad, f"unknown labels: {bad}"


def test_each_label_at_least_80(rows: list[dict[str, str]]) -> None:
    counts = Counter(r["label"] for r in rows)
    for label in LABELS:
        assert counts[label] >= 80, f"{label}: {counts[label]}"


def _normalise(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_no_duplicate_texts(rows: list[dict[str, str]]) -> None:
    seen = Counter(_normalise(r["text"]) for r in rows)
    dupes = [t for t, n in seen.items() if n > 1]
    assert not dupes, f"duplicate texts: {dupes}"


def test_texts_non_empty_and_chinese(rows: list[dict[str, str]]) -> None:
    for r in rows:
        text = r["text"]
        assert text.strip() == text and text, f"{r['id']}: empty or padded text"
        chars = [c for c in text if not c.isspace()]
        share = len(CJK.findall(text)) / len(chars)
        assert share >= 0.3, f"{r['id']}: not Chinese enough ({share:.2f}): {text}"


def test_hard_negatives_at_least_40_percent_of_clean(rows: list[dict[str, str]]) -> None:
    clean = [r for r in rows if r["label"] == "clean"]
    hard = [r for r in clean if "hard-negative" in r["note"]]
    assert len(hard) >= 0.4 * len(clean), f"{len(hard)} hard negatives of {len(clean)} clean"
    stray = [r["id"] for r in rows if r["label"] != "clean" and "hard-negative" in r["note"]]
    assert not stray, f"hard-negative tag on non-clean rows: {stray}"


def test_bench_loads_corpus_and_scores_a_stub() -> None:
    """The bench script parses this corpus and its arithmetic is consistent (no accuracy threshold)."""
    spec = importlib.util.spec_from_file_location("lint_accuracy", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("lint_accuracy", bench)  # dataclasses need the module registered
    spec.loader.exec_module(bench)

    sentences = bench.load_corpus(CORPUS)

    def stub(text: str, path: str = "<corpus>") -> list[dict[str, str]]:
        return [{"code": "CS101"}] if "显著" in text else [{"code": "CS601"}]

    report = bench.evaluate(bench.run_linter(sentences, stub))
    o = report["overall"]
    assert o["tp"] + o["fp"] + o["fn"] + o["tn"] == len(sentences)
    assert report["families"]["subjective"]["predicted"] == 0  # CS6 findings are ignored
    assert report["families"]["vague"]["predicted"] == o["tp"] + o["fp"]
