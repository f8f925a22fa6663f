#!/usr/bin/env python3
"""Score `cswriter lint` on a frozen blind set, sentence by sentence.

    python bench/lint_blind.py [--set DIR] [--cswriter PATH] [--show]

The blind set (default fixtures/lint-blind/round1) was written and labelled by someone who never
read the linter. It is frozen: SHA256SUMS is checked first and a changed set is not scored.
Do not read its texts or labels while working on the linter, and do not run --show: once the
misses are seen the set stops being blind (it then measures fitting, not behaviour).

Logic follows /work/shared/lint-dev/score.py: a sentence counts as flagged when a CS1xx-CS3xx
finding starts inside it. Precision and recall are over sentences: labelled (any of V, S, U)
against flagged. Per family: V against CS1xx, S against CS2xx, U against CS3xx. Per text group:
the kinds of text in the set (GROUPS below; a file not listed falls in "other").
"""
import argparse, hashlib, json, pathlib, shutil, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The kinds of text in each round, by file name (see each round's README.md); a set without an
# entry here is scored as a whole only.
GROUPS_BY_ROUND = {
    "round1": {
        "first-person (year-end, 述职, reflections, 范文)": {"01.txt", "07.txt", "10.txt", "12.txt"},
        "team / operation reports (lists, numbers)": {"02.txt", "03.txt", "04.txt", "05.txt", "06.txt", "09.txt"},
        "news write-up": {"08.txt"},
        "traditional script": {"11.txt"},
    },
    "round2": {
        "first-person (转正, 述职 with goals table, 范文 mix, chatty self-review)": {"03.txt", "10.txt", "11.txt", "12.txt"},
        "team / operation reports (QA, callbacks, weekly bullets, airline, vendors)": {"01.txt", "02.txt", "05.txt",
                                                                                      "07.txt", "09.txt"},
        "case stories and project retrospective": {"04.txt", "06.txt"},
        "government hotline, policy wording": {"08.txt"},
    },
    "round3": {
        "first-person (new hire's first month, manager's 述职)": {"02.txt", "06.txt"},
        "reports (after-sales monthly, bank branch, QA weekly, logistics complaints, hotel, insurance project)":
            {"01.txt", "03.txt", "04.txt", "05.txt", "07.txt", "08.txt"},
    },
    "round4": {
        "reports (大促 weekly bullets, 12345 year-end table, vendor quarterly, complaints project)":
            {"01.txt", "02.txt", "04.txt", "09.txt"},
        "first-person (转正, WeChat-style month, QA half-year)": {"03.txt", "05.txt", "06.txt"},
        "traditional script (Hong Kong property hotline)": {"07.txt"},
        "news feature": {"08.txt"},
    },
    "round5": {
        "reports (生鲜 weekly, 宽带 hotline monthly, SaaS project, 医保 hotline quarterly table)":
            {"02.txt", "04.txt", "06.txt", "09.txt"},
        "first-person (bank year-end, hospital 转正, WeChat-style logistics recap)": {"01.txt", "03.txt", "05.txt"},
        "traditional script (Taiwan water service half-year)": {"07.txt"},
        "news feature": {"08.txt"},
    },
}

ap = argparse.ArgumentParser()
ap.add_argument("--set", default=str(ROOT / "fixtures" / "lint-blind" / "round1"))
ap.add_argument("--cswriter", default=shutil.which("cswriter") or str(ROOT / ".venv" / "bin" / "cswriter"))
ap.add_argument("--show", action="store_true", help="list false alarms and misses (spoils the blind set)")
a = ap.parse_args()

SET = pathlib.Path(a.set).resolve()
GROUPS = GROUPS_BY_ROUND.get(SET.name, {})

# 1. verify the freeze before anything else
sums = SET / "SHA256SUMS"
if not sums.is_file():
    sys.exit(f"{sums} missing: refusing to score an unfrozen set")
bad, listed = [], set()
for line in sums.read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    digest, name = line.split(None, 1)
    name = name.lstrip("*")
    listed.add(name)
    p = SET / name
    if not p.is_file() or hashlib.sha256(p.read_bytes()).hexdigest() != digest:
        bad.append(name)
present = {str(p.relative_to(SET)) for p in (SET / "texts").glob("*.txt")} | {"labels.jsonl"}
extra = sorted(present - listed)
if bad or extra or "labels.jsonl" not in listed:
    sys.exit(f"blind set changed since it was frozen (changed: {bad}, unlisted: {extra}): refusing to score")

labels = [json.loads(l) for l in (SET / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
files = sorted({r["file"] for r in labels})
p = subprocess.run([a.cswriter, "lint", *[str(SET / "texts" / f) for f in files], "--format", "json"],
                   capture_output=True, text=True)
try:
    findings = json.loads(p.stdout)["findings"]
except (ValueError, KeyError):
    sys.exit(f"no JSON from {a.cswriter} lint (exit {p.returncode}): {p.stderr[-300:]}")

src = {f: (SET / "texts" / f).read_text(encoding="utf-8") for f in files}
starts = {f: [0] + [i + 1 for i, c in enumerate(src[f]) if c == "\n"] for f in files}
hits = {}  # sentence index -> set of families '1','2','3'
for f in findings:
    fam = f.get("code", "CS0")[2:3]
    name = pathlib.Path(f["path"]).name
    if fam not in "123" or name not in src:
        continue
    off = starts[name][f["line"] - 1] + f["column"] - 1
    for i, r in enumerate(labels):
        if r["file"] == name and r["start"] <= off < max(r["end"], r["start"] + 1):
            hits.setdefault(i, set()).add(fam)


def pr(gold, flagged):
    tp = len(gold & flagged)
    return (tp / len(flagged) if flagged else 0.0), (tp / len(gold) if gold else 0.0)


gold = {i for i, r in enumerate(labels) if r["labels"]}
flagged = set(hits)
P, R = pr(gold, flagged)
print(f"blind set {SET.name}: {len(files)} texts")
print(f"all CS1-CS3: precision {P:.2f}  recall {R:.2f}  ({len(flagged)} flagged, {len(gold)} labelled of {len(labels)} sentences)")
for label, fam in (("V", "1"), ("S", "2"), ("U", "3")):
    g = {i for i, r in enumerate(labels) if label in r["labels"]}
    fl = {i for i, s in hits.items() if fam in s}
    P, R = pr(g, fl)
    print(f"  {label} vs CS{fam}xx: precision {P:.2f}  recall {R:.2f}  ({len(fl)} flagged, {len(g)} labelled)")
grouped = set().union(*GROUPS.values())
groups = dict(GROUPS)
if any(f not in grouped for f in files):
    groups["other"] = {f for f in files if f not in grouped}
for gname, members in groups.items():
    idx = {i for i, r in enumerate(labels) if r["file"] in members}
    if not idx:
        continue
    P, R = pr(gold & idx, flagged & idx)
    print(f"  {gname}: precision {P:.2f}  recall {R:.2f}  ({len(flagged & idx)} flagged, {len(gold & idx)} labelled of {len(idx)})")
if a.show:
    print("\nWARNING: --show prints the blind set's sentences. Whoever reads this can no longer use this"
          " round as a blind measurement; record that in its README and write a new round.", file=sys.stderr)
    print("\nfalse alarms (flagged, labelled clean):")
    for i in sorted(flagged - gold):
        print(f"  {labels[i]['file']} CS{''.join(sorted(hits[i]))} {labels[i]['text']}")
    print("\nmisses (labelled, not flagged):")
    for i in sorted(gold - flagged):
        print(f"  {labels[i]['file']} {''.join(labels[i]['labels'])} {labels[i]['text']}  ({labels[i].get('why', '')})")
