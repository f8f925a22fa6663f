#!/usr/bin/env python3
"""How well the tracer tells a right figure from a wrong one, on every labelled set (prints figures).

    .venv/bin/python bench/tracing_accuracy.py [--corpus FILE.tsv ...] [-v] [--quiet]

Every `*.tsv` in fixtures/tracing/ is a set (README there): `corpus.tsv`, the one the tracer
was developed against; `heldout.tsv` and `blind-*.tsv`, written by someone who had not read
the tracer and run once before any fix (their first-run result is the honest estimate; for a
blind set print only the aggregate figures: run without -v); `dev-*.tsv`, sentences written
by class while developing. A set may start with `# sha256 HEX`, the hash of the rest of the
file (everything after that first line): it is checked, and a set that does not match is
reported and makes the run fail. Other lines starting with `#` are comments.

Columns: id, facts (a file under fixtures/), expect, figure (as written in the sentence),
sentence, reason. `expect` is `traced` (a correct figure), `untraced` (a wrong one) or
`ignored` (not a figure at all: the report's own span, service hours, a list number; it must
not be reported as an error). A sentence may hold `\\n` for a line break (a table's header,
rule and row: the shape of a draft's table). Each sentence is linted with its fixture's tracer
(`lint_and_trace`, exactly what `cswriter lint --facts` and draft verification do) and the
figure (found by its place in the sentence) gets a verdict:

* traced: the tracer found its source (no finding);
* wrong: the tracer placed the claim and its value is wrong (an error, CS401);
* unplaced: the tracer could not tell what it claims and found no source (a warning, CS405);
* unread: no figure read at that place (the number reader skipped it).

Counted per set: a *false alarm* is a correct figure or a non-figure reported as wrong
(an error); a *miss* is a wrong figure accepted (traced, or unread); a wrong figure that is
only unplaced is counted apart (`warned`: the writer sees a warning, not an error). Aim:
none of either. tests/test_tracing.py asserts that for the corpus and the held-out set.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SETS = ROOT / "fixtures" / "tracing"
CORPUS = SETS / "corpus.tsv"
HELDOUT = SETS / "heldout.tsv"
HEADER = ["id", "facts", "expect", "figure", "sentence", "reason"]
EXPECT = {"traced", "untraced", "ignored"}


class HashMismatch(Exception):
    pass


def all_sets() -> list[Path]:
    return sorted(SETS.glob("*.tsv"), key=lambda p: (p.name not in ("corpus.tsv", "heldout.tsv"), p.name))


def read_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    """The rows of a set; raises HashMismatch when its `# sha256` line does not match."""
    raw = path.read_bytes()
    first, _, rest = raw.partition(b"\n")
    if first.startswith(b"# sha256"):
        stated = first.split()[-1].decode("ascii", "replace").lower()
        actual = hashlib.sha256(rest).hexdigest()
        if stated != actual:
            raise HashMismatch(f"{path.name}: sha256 {actual} does not match the stated {stated}")
    text = raw.decode("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    table = list(csv.reader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not table or table[0] != HEADER:
        raise SystemExit(f"{path}: header should be {HEADER}")
    rows = [dict(zip(HEADER, row)) for row in table[1:]]
    for r in rows:
        if r["expect"] not in EXPECT:
            raise SystemExit(f"{path}: row {r['id']}: expect should be one of {sorted(EXPECT)}")
    return rows


CLAUSE_MARKS = "，,。；;：:"


def _claim_words() -> frozenset[str]:
    """The direction words of directions.yaml (claims), the tracer's words for a target
    reached (tracing.yaml reached, and target_claim's within_before: 控制在) and for the earlier
    time a change is against (tracing.yaml previous_kinds: 同比, 环比, 上月 …), also with
    已/已经 before them (已达到, 已优于, 已控制在)."""
    from cswriter.domain import load_yaml_resource

    raw = load_yaml_resource("directions.yaml")["claims"]
    tracing = load_yaml_resource("tracing.yaml")
    words = {w for ws in raw.values() for w in ws} | set(tracing["reached"]) \
        | set(tracing["target_claim"]["within_before"]) \
        | {w for kind in tracing["previous_kinds"].values() for w in kind["said"]}
    return frozenset(words | {p + w for w in words for p in ("已", "已经")})


def _verdict(trace) -> str:
    if trace.traced:
        return "traced"
    return "wrong" if getattr(trace, "placed", True) else "unplaced"


def run(rows: list[dict[str, str]]) -> list[dict]:
    """Each row with `got` (traced | wrong | unplaced | unread) and the tracer's source or detail."""
    from cswriter.facts.model import load_facts
    from cswriter.figures.trace import build_tracer
    from cswriter.lint import LintConfig, lint_and_trace

    tracers = {}
    out = []
    for row in rows:
        name = row["facts"]
        if name not in tracers:
            tracers[name] = build_tracer(load_facts(ROOT / "fixtures" / name))
        sentence, figure = row["sentence"].replace("\\n", "\n"), row["figure"]
        _, traced = lint_and_trace(sentence, tracer=tracers[name], config=LintConfig())
        at = sentence.find(figure)
        found = [t for n, t in traced if n.text == figure]
        if not found and at >= 0:
            # The figure as the number reader reads it (约2.3万件 → 2.3万件): by its place.
            found = [t for n, t in traced if n.start < at + len(figure) and at < n.end]
        if not found and at >= 0 and figure in _claim_words():
            # A direction word as the figure (已达到95%的目标, 由41秒延长至28秒): the claim is the
            # clause's, so its figures answer for it: an error on any of them catches the word.
            start = max(sentence.rfind(p, 0, at) for p in CLAUSE_MARKS) + 1
            ends = [e for e in (sentence.find(p, at) for p in CLAUSE_MARKS) if e >= 0]
            end = min(ends) if ends else len(sentence)
            clause = [t for n, t in traced if start <= n.start and n.end <= end]
            found = [t for t in clause if _verdict(t) == "wrong"] or clause
        if not found:
            why = "figure not in the sentence" if at < 0 else "no figure read there"
            out.append({**row, "got": "unread", "why": why})
            continue
        trace = found[0]
        out.append({**row, "got": _verdict(trace), "why": trace.source if trace.traced else trace.detail})
    return out


def score(results: list[dict]) -> dict:
    correct = [r for r in results if r["expect"] == "traced"]
    ignored = [r for r in results if r["expect"] == "ignored"]
    wrong = [r for r in results if r["expect"] == "untraced"]
    return {
        "correct": correct, "ignored": ignored, "wrong": wrong,
        "false_alarms": [r for r in correct + ignored if r["got"] == "wrong"],
        "misses": [r for r in wrong if r["got"] in ("traced", "unread")],
        "warned": [r for r in wrong if r["got"] == "unplaced"],
        "correct_warned": [r for r in correct if r["got"] == "unplaced"],
    }


def _rate(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else "0/0"


def report(corpus: Path, verbose: bool, quiet: bool = False) -> bool:
    name = corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus
    try:
        rows = read_corpus(corpus)
    except HashMismatch as exc:
        print(f"set: {name}\n  HASH MISMATCH: {exc}")
        return False
    results = run(rows)
    s = score(results)
    checked = "sha256 ok" if corpus.read_bytes().startswith(b"# sha256") else "no hash"
    print(f"set: {name} ({len(rows)} rows, {checked})")
    print(f"  correct figures: {len(s['correct'])}, non-figures: {len(s['ignored'])}; "
          f"false alarms (an error on either): {_rate(len(s['false_alarms']), len(s['correct']) + len(s['ignored']))}")
    print(f"  wrong figures: {len(s['wrong'])}; misses (accepted): {_rate(len(s['misses']), len(s['wrong']))}, "
          f"only warned (cannot place): {len(s['warned'])}, "
          f"misses counting warnings as misses: {_rate(len(s['misses']) + len(s['warned']), len(s['wrong']))}")
    print(f"  correct figures only warned (cannot place): {len(s['correct_warned'])}")
    if not quiet:
        for label, items in (("false alarm", s["false_alarms"]), ("miss", s["misses"]),
                             ("warned", s["warned"] + s["correct_warned"])):
            for r in items:
                print(f"  {label} {r['id']}: {r['figure']} in {r['sentence']} ({r['reason']}) → {r['got']}: {r['why']}")
    if verbose:
        for r in results:
            print(f"  {r['id']} {r['expect']:>8} {r['got']:>8}  {r['figure']}: {r['why']}")
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=None,
                        help="sets to run (default: every *.tsv in fixtures/tracing/)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every row")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="aggregate figures only (use this for a blind set)")
    args = parser.parse_args()
    ok = True
    from cswriter.errors import InputError

    for corpus in args.corpus or all_sets():
        # A blind set's sentences are printed only with -v: seeing its misses ends its blindness.
        quiet = args.quiet or (corpus.name.startswith("blind") and not args.verbose)
        try:
            ok = report(corpus, args.verbose and not quiet, quiet) and ok
        except InputError as error:
            # A set whose facts file is not in this checkout (a set copied from another) is
            # reported and skipped; the other sets still run.
            print(f"set: {corpus}: {error}", file=sys.stderr)
            ok = False
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
