#!/usr/bin/env python3
"""Count the prose classes the blind reviews of issue 23 named, across drafts of the fixtures.

    for f in fixtures/*.yaml; do .venv/bin/cswriter draft $f -o /tmp/d/$(basename $f .yaml).md; done
    .venv/bin/python bench/draft_prose_classes.py /tmp/d fixtures

Per draft: how many of the comparison table's figures the prose repeats (issue 23: at most
half), "because" frames, stock lines, the role read out, and lesson cases that draw a lesson;
and (review 7) pointers to the table, plans that repeat a baseline "（目前为…）", problem
titles pasted in brackets, and sections of one sentence.
It prints counts, not a verdict: a blind review is the measure; this tracks the classes.
"""
import pathlib
import re
import sys

from ruamel.yaml import YAML

d, fx = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
tot = dict(repeated=0, cells=0, because=0, stock=0, role=0, lessons=0, lessons_drawn=0,
           pointers=0, baseline_repeats=0, bracket_titles=0, one_sentence_sections=0)
for md in sorted(d.glob("*.md")):
    text = md.read_text(encoding="utf-8")
    facts = YAML(typ="safe").load((fx / f"{md.stem}.yaml").read_text(encoding="utf-8"))
    names = [m["name"] for m in facts.get("metrics") or []]
    rows = [l for l in text.splitlines() if any(l.startswith(f"| {n} |") for n in names)]
    prose = "\n".join(l for l in text.splitlines() if not l.startswith("|"))
    cells = [c.strip() for r in rows for c in r.strip("|").split("|")[1:] if NUM.search(c)]
    rep = [c for c in cells if re.search(r"(?<![\d.,])" + re.escape(c[NUM.search(c).start():]), prose)]
    because = len(re.findall(r"主要得益于|得益于|由于|这主要靠|主要是因为|因为", prose))
    stock = len(re.findall(r"总结如下|不足之处请领导指正", prose))
    role = len(re.findall(r"我是[^，。]{1,12}，(?:在[^，。]*中)?作为", prose))
    lessons = [c for c in facts.get("cases") or [] if c.get("kind") == "lesson"]
    # what a lesson taught, after the case; or (review 8) the plan it led to, naming the case
    drawn = sum(1 for c in lessons
                if re.search(r"从中认识到|这件事让[^：]*明白|这件事说明|经过这件事|教训是|此后|吸取这次教训",
                             prose.split(c["title"], 1)[-1][:400])
                or re.search("(?:吸取|针对|为避免再出现)" + re.escape(c["title"]), prose))
    pointers = len(re.findall(r"见下表|见核心指标对比表", prose))
    baselines = len(re.findall(r"（目前为|（本[月周季]", prose))
    brackets = len(re.findall(r"问题（[^）]+）", prose))
    bodies = re.split(r"^## .*$", text, flags=re.M)[1:]
    single = sum(1 for b in bodies
                 if len([x for x in re.split(r"[。！？]", "\n".join(l for l in b.splitlines()
                         if l.strip() and not l.startswith(("|", "**")))) if x.strip()]) == 1)
    print(f"{md.stem:20} table figures repeated {len(rep):2}/{len(cells):2}  because-frames {because}  stock {stock}  role-read {role}  lessons drawn {drawn}/{len(lessons)}"
          f"  pointers {pointers}  baseline-repeats {baselines}  bracket-titles {brackets}  one-sentence-sections {single}")
    for k, v in (("repeated", len(rep)), ("cells", len(cells)), ("because", because), ("stock", stock),
                 ("role", role), ("lessons", len(lessons)), ("lessons_drawn", drawn), ("pointers", pointers),
                 ("baseline_repeats", baselines), ("bracket_titles", brackets), ("one_sentence_sections", single)):
        tot[k] += v
print("TOTAL", tot)
