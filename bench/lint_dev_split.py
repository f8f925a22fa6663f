#!/usr/bin/env python3
"""Score `cswriter lint` on ../shared/lint-dev like its score.py, split into texts 01-20, 21-30,
31-40 and 21-40, each with every family (issue 20: report both halves before and after a change).

    .venv/bin/python bench/lint_dev_split.py [CSWRITER] [PART]   # PART (e.g. 31-40) lists alarms and misses
"""
import json, pathlib, subprocess, sys
HERE = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "lint-dev"
cs = sys.argv[1] if len(sys.argv) > 1 else ".venv/bin/cswriter"
show = sys.argv[2] if len(sys.argv) > 2 else None
labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
files = sorted({r["file"] for r in labels})
p = subprocess.run([cs, "lint", *[str(HERE / "texts" / f) for f in files], "--format", "json"], capture_output=True, text=True)
findings = json.loads(p.stdout)["findings"]
src = {f: (HERE / "texts" / f).read_text(encoding="utf-8") for f in files}
starts = {f: [0] + [i + 1 for i, c in enumerate(src[f]) if c == "\n"] for f in files}
byfile = {}
for i, r in enumerate(labels): byfile.setdefault(r["file"], []).append(i)
hits, codes = {}, {}
for f in findings:
    fam = f.get("code", "CS0")[2:3]; name = pathlib.Path(f["path"]).name
    if fam not in "123" or name not in src: continue
    off = starts[name][f["line"] - 1] + f["column"] - 1
    for i in byfile[name]:
        r = labels[i]
        if r["start"] <= off < max(r["end"], r["start"] + 1):
            hits.setdefault(i, set()).add(fam); codes.setdefault(i, set()).add(f["code"])
def pr(g, fl):
    tp = len(g & fl); return (tp/len(fl) if fl else 0), (tp/len(g) if g else 0)
parts = {"01-20": lambda f: f <= "20.txt", "21-30": lambda f: "20.txt" < f <= "30.txt",
         "31-40": lambda f: f > "30.txt", "21-40": lambda f: f > "20.txt"}
print(f"{'part':6} {'all P/R':>10} {'V P/R':>10} {'S P/R':>10} {'U P/R':>10}")
for name, part in parts.items():
    idx = {i for i, r in enumerate(labels) if part(r["file"])}
    row = []
    g = {i for i in idx if labels[i]["labels"]}; row.append(pr(g, set(hits) & idx))
    for lab, fam in (("V","1"),("S","2"),("U","3")):
        g = {i for i in idx if lab in labels[i]["labels"]}
        row.append(pr(g, {i for i in idx if fam in hits.get(i, ())}))
    print(f"{name:6} " + " ".join(f"{a:.2f}/{b:.2f}".rjust(10) for a, b in row))
if show:
    part = parts[show]; idx = {i for i, r in enumerate(labels) if part(r["file"])}
    gold = {i for i in idx if labels[i]["labels"]}
    print("\nfalse alarms:")
    for i in sorted((set(hits) & idx) - gold): print(f"  {labels[i]['file']} {sorted(codes[i])} {labels[i]['text']}")
    print("\nmisses:")
    for i in sorted(gold - set(hits)): print(f"  {labels[i]['file']} {''.join(labels[i]['labels'])} {labels[i]['text']}  ({labels[i].get('why','')})")
    print("\nV/U family false alarms:")
    for i in sorted(set(hits) & idx):
        for lab, fam in (("V","1"),("U","3")):
            if fam in hits[i] and lab not in labels[i]["labels"]: print(f"  {lab}-FA {labels[i]['file']} {labels[i]['labels']} {sorted(codes[i])} {labels[i]['text'][:70]}")
    print("\nfamily misses (flagged but wrong family):")
    for i in sorted(gold & set(hits)):
        want = {"V":"1","S":"2","U":"3"}; miss = [l for l in labels[i]["labels"] if want[l] not in hits[i]]
        if miss: print(f"  {labels[i]['file']} want {''.join(labels[i]['labels'])} got {sorted(codes[i])} {labels[i]['text'][:60]}")
