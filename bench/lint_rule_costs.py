#!/usr/bin/env python3
"""Where a warm `lint_text` of a large draft spends its CPU: the one-pass work (markup,
matching view, sentence and clause split, number scan) against each rule kind's per-hit work,
the sentence judgement, overlap resolution, building the findings and writing them as JSON.

In-process and warm (rules compiled, caches filled); each phase is timed with
`time.process_time` around the engine's own functions, best of several rounds, without a
profiler (cProfile triples the cost of small calls and misleads). Prints figures; it is not a
timed test.

    .venv/bin/python bench/lint_rule_costs.py                 # 1 MB synthetic draft
    .venv/bin/python bench/lint_rule_costs.py --file D.txt    # any draft
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.file:
        text = args.file.read_text(encoding="utf-8")
    else:
        from lint_vs_autocorrect import write_draft

        with tempfile.TemporaryDirectory() as tmp:
            text = write_draft(Path(tmp) / "d.txt", 1_000_000).read_text(encoding="utf-8")

    from cswriter.lint import engine
    from cswriter.lint.config import LintConfig
    from cswriter.lint.document import Document
    from cswriter.lint.kinds import KINDS
    from cswriter.lint.readers import prose_of
    from cswriter.text.script import matching_view

    cfg = LintConfig().for_path("x.txt")
    plan = engine._plan(cfg)  # noqa: SLF001
    engine.lint_text(text[:5000], path="x.txt")  # warm: patterns, lazy tables
    best: dict[str, float] = {}

    def timed(label: str, fn, *a):
        t = time.process_time()
        value = fn(*a)
        best[label] = min(best.get(label, 1e9), time.process_time() - t)
        return value

    for _ in range(args.rounds):
        prose = timed("markup (prose_of)", lambda: prose_of(text, markdown=False))
        view, positions = timed("matching view (script)", matching_view, prose)
        doc = Document(view)
        timed("sentence + clause split", lambda: (doc.sentences, doc.clauses))
        timed("number scan (find_numbers)", lambda: doc.measures)
        ctx = engine.LintContext(max_sentence_length=cfg.max_sentence_length)
        hits = []
        if plan.lexicon is not None:
            hits += timed("rule: lexicon (all word lists)", lambda: list(plan.lexicon.hits(doc)))
        for rule in plan.others:
            if rule.kind == "figure_untraced":
                continue
            hits += timed(f"rule: {rule.kind} {rule.code}", lambda r=rule: list(KINDS[r.kind](r, doc, ctx)))
        judged = timed("sentence judgement (_judged)", engine._judged, hits, doc, plan.applies)  # noqa: SLF001
        kept = timed("overlaps", engine._resolve_overlaps, judged, doc.text)  # noqa: SLF001
        findings = timed("findings (engine, whole)", lambda: engine.lint_text(text, path="x.txt"))
        timed("JSON of the findings", lambda: ",\n".join(json.dumps(f.to_dict(), ensure_ascii=False)
                                                         for f in findings))
    whole = best.pop("findings (engine, whole)")
    mb = len(text.encode()) / 1e6
    print(f"{mb:.2f} MB, {len(kept):,} hits kept, {len(findings):,} findings; best of {args.rounds} rounds, CPU s:")
    print(f"  {'lint_text, whole':<44} {whole:7.3f}  ({mb / whole:.2f} MB/s)")
    rules = {k: v for k, v in best.items() if k.startswith("rule:")}
    rest = {k: v for k, v in best.items() if not k.startswith("rule:")}
    for label, value in rest.items():
        print(f"  {label:<44} {value:7.3f}  {100 * value / whole:5.1f} %")
    print(f"  {'rules, all':<44} {sum(rules.values()):7.3f}  {100 * sum(rules.values()) / whole:5.1f} %")
    for label, value in sorted(rules.items(), key=lambda kv: -kv[1])[:12]:
        print(f"    {label:<42} {value:7.3f}  {100 * value / whole:5.1f} %")


if __name__ == "__main__":
    main()
