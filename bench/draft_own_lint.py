#!/usr/bin/env python3
"""Does the offline draft pass its own linter on facts it was never tuned on?

    .venv/bin/python bench/draft_own_lint.py                 # aggregates per group
    .venv/bin/python bench/draft_own_lint.py --show study    # and each finding of one group

Drafts every facts file in the repository with the offline backend (`cswriter draft`), lints
each draft against its facts (`cswriter lint --facts`) and counts the drafts with errors or
warnings, by finding code. Issue 23 asks that a draft pass its own linter; the nine fixtures
do, and the writer was shaped on them, so the measure that matters is the other groups:

- fixtures:  fixtures/*.yaml (the blind-reviewed fixtures);
- dev:       fixtures/tracing/*.yaml (facts written for tracer rounds);
- blind-N:   fixtures/tracing/blind-N/*.yaml (facts written by sessions that never read the
             code, one group per set).

`--held-from N` folds blind sets N and later into one group named "held" that is only ever
counted (never shown), so a round can keep its newest sets unseen. It prints counts, not a
verdict. Two processes at a time; about two minutes for 80 files on this machine.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _group(path: Path, held_from: int | None) -> str:
    m = re.search(r"blind-(\d+)$", path.parent.name)
    if m:
        n = int(m.group(1))
        return "held" if held_from is not None and n >= held_from else f"blind-{n}"
    return "fixtures" if path.parent == ROOT / "fixtures" else "dev"


def _lint_draft(facts: Path, out: Path, cswriter: str) -> list[tuple[str, str, str, str]]:
    draft = out / (facts.parent.name + "_" + facts.stem + ".md")
    subprocess.run([cswriter, "draft", str(facts), "-o", str(draft)], capture_output=True, cwd=ROOT)
    if not draft.exists():
        return [("error", "NO-DRAFT", "", "the draft was not written")]
    found = subprocess.run([cswriter, "lint", str(draft), "--facts", str(facts), "--format", "json"],
                           capture_output=True, text=True, cwd=ROOT)
    return [(f["severity"], f["code"], f.get("match", ""), f.get("message", ""))
            for f in json.loads(found.stdout)["findings"] if f["severity"] in ("error", "warning")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cswriter", default=str(ROOT / ".venv" / "bin" / "cswriter"))
    ap.add_argument("--held-from", type=int, help="blind sets from N on are counted only, as 'held'")
    ap.add_argument("--show", action="append", default=[], help="print each finding of this group")
    args = ap.parse_args()
    if "held" in args.show:
        ap.error("the held group is only ever counted")
    files = sorted((ROOT / "fixtures").glob("*.yaml")) + sorted((ROOT / "fixtures" / "tracing").glob("*.yaml")) \
        + sorted((ROOT / "fixtures" / "tracing").glob("blind-*/*.yaml"))
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda f: (f, _lint_draft(f, Path(tmp), args.cswriter)), files))
    groups: dict[str, list] = {}
    for facts, found in results:
        name = _group(facts, args.held_from)
        drafts, bad, codes = groups.setdefault(name, [0, 0, Counter()])
        groups[name] = [drafts + 1, bad + bool(found), codes]
        codes.update(f"{sev} {code}" for sev, code, _, _ in found)
        if name in args.show:
            for sev, code, match, message in found:
                print(f"{facts.relative_to(ROOT)}\t{sev}\t{code}\t{match}\t{message}")

    def order(name: str) -> tuple:
        m = re.match(r"blind-(\d+)", name)
        return (name != "fixtures", name != "dev", int(m.group(1)) if m else 999, name)

    for name in sorted(groups, key=order):
        drafts, bad, codes = groups[name]
        print(f"{name}: {bad}/{drafts} drafts with errors or warnings; {sum(codes.values())} findings"
              + (f": {dict(sorted(codes.items()))}" if codes else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
