#!/usr/bin/env python3
"""How well the tracer tells a figure with a source from one without (prints figures).

    .venv/bin/python bench/tracing_accuracy.py [--corpus FILE.tsv ...] [-v]

Two corpora: fixtures/tracing/corpus.tsv, the one the tracer was developed against, and
fixtures/tracing/heldout.tsv, written afterwards on facts the corpus does not use and run
once before it was added (its first-run result is the honest estimate). Each holds sentences a careful writer would write from
a fixture's facts — stated values, differences, percent and point changes, ratios, sums and
means, unit conversions — labelled `traced`, and sentences with a wrong value or another
subject's value, labelled `untraced`. Each sentence is linted with the fixture's tracer
(`lint_and_trace`, exactly what `cswriter lint --facts` and draft verification do) and the
labelled figure's verdict is compared with the label:

* false alarm: a correct figure reported as having no source (CS401);
* miss: a wrong figure accepted.

Aim: none of either. tests/test_tracing.py runs the same corpus and asserts it.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "fixtures" / "tracing" / "corpus.tsv"
HELDOUT = ROOT / "fixtures" / "tracing" / "heldout.tsv"
HEADER = ["id", "facts", "expect", "figure", "sentence", "reason"]


def read_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if table[0] != HEADER:
        raise SystemExit(f"{path}: header should be {HEADER}")
    return [dict(zip(HEADER, row)) for row in table[1:]]


def run(rows: list[dict[str, str]]) -> list[dict]:
    """Each row with `got` (traced | untraced | missing) and the tracer's source or detail."""
    from cswriter.facts.model import load_facts
    from cswriter.figures.trace import build_tracer
    from cswriter.lint import LintConfig, lint_and_trace

    tracers = {}
    out = []
    for row in rows:
        name = row["facts"]
        if name not in tracers:
            tracers[name] = build_tracer(load_facts(ROOT / "fixtures" / name))
        _, traced = lint_and_trace(row["sentence"], tracer=tracers[name], config=LintConfig())
        found = [t for n, t in traced if n.text == row["figure"]]
        if not found:
            out.append({**row, "got": "missing", "why": "figure not found in the sentence"})
            continue
        trace = found[0]
        out.append({**row, "got": "traced" if trace.traced else "untraced",
                    "why": trace.source if trace.traced else trace.detail})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=[CORPUS, HELDOUT])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every row")
    args = parser.parse_args()
    for corpus in args.corpus:
        report(corpus, args.verbose)


def report(corpus: Path, verbose: bool) -> None:
    results = run(read_corpus(corpus))
    correct = [r for r in results if r["expect"] == "traced"]
    wrong = [r for r in results if r["expect"] == "untraced"]
    false_alarms = [r for r in correct if r["got"] != "traced"]
    misses = [r for r in wrong if r["got"] != "untraced"]
    print(f"corpus: {corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus}")
    print(f"  correct figures (derived or stated): {len(correct)}, false alarms: {len(false_alarms)}")
    print(f"  wrong-value / wrong-subject figures:  {len(wrong)}, misses: {len(misses)}")
    for label, items in (("false alarm", false_alarms), ("miss", misses)):
        for r in items:
            print(f"  {label} {r['id']}: {r['figure']} in {r['sentence']} ({r['reason']}) → {r['got']}: {r['why']}")
    if verbose:
        for r in results:
            print(f"  {r['id']} {r['expect']:>8} {r['got']:>8}  {r['figure']}: {r['why']}")


if __name__ == "__main__":
    main()
