#!/usr/bin/env python3
"""Does `lint --facts` grow linearly with the figures of a draft? (prints figures)

    .venv/bin/python bench/lint_facts_scaling.py [--base 500] [--cli]

Drafts of 1×, 4× and 16× `--base` figures against fixtures/tracing/quarterly-service.yaml,
in three shapes: one changed figure repeated sentence after sentence (issue 22 saw 2,000 /
4,000 / 8,000 / 16,000 of these take 5.5 / 20 / 49 / 391 s), a mix of right, wrong and
derived figures, and the same figures in one long paragraph without sentence marks. Each
is linted with the tracer in one process (`lint_text`, what `cswriter lint --facts` runs;
`--cli` times the command itself too). Aim: 16× the figures within 20× the time of 1×.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FACTS = ROOT / "fixtures" / "tracing" / "quarterly-service.yaml"
SHAPES = {
    "one changed figure": ["平均响应时长较上季度缩短8秒。"],
    "mixed": ["本季度咨询量36,500件，较上季度增长9.9%，月均约1.2万件。",
              "问题解决率从89.6%升至91.3%，提升1.7个百分点。",
              "客户满意度达到4.9分，较上季度提升0.1分。",
              "7至8月咨询量合计2.39万件，占本季度的65.5%。",
              "上季度投诉量是本季度的8倍。"],
    "no sentence marks": ["平均响应时长较上季度缩短8秒 客户满意度4.7分 "],
    # One sentence of clauses, no sentence end and no paragraph break anywhere.
    "one endless sentence": ["平均响应时长较上季度缩短8秒，客户满意度4.7分，"],
}
UNBROKEN = {"one endless sentence"}


def draft(shape: str, figures: int) -> str:
    """About `figures` figures of one shape, a paragraph break every 20 parts."""
    from cswriter.text.numbers import metric_numbers

    parts = SHAPES[shape]
    per_round = sum(len(metric_numbers(p)) for p in parts)
    rounds = max(1, round(figures / per_round))
    out = []
    for i in range(rounds * len(parts)):
        out.append(parts[i % len(parts)])
        if (i + 1) % 20 == 0 and shape not in UNBROKEN:
            out.append("\n\n")
    return "".join(out)


def time_lint(text: str, tracer) -> tuple[float, int]:
    from cswriter.lint import lint_text

    start = time.perf_counter()
    findings = lint_text(text, tracer=tracer)
    return time.perf_counter() - start, len(findings)


def time_cli(text: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "d.md"
        path.write_text(text, encoding="utf-8")
        exe = Path(sys.executable).with_name("cswriter")
        start = time.perf_counter()
        subprocess.run([str(exe), "lint", str(path), "--facts", str(FACTS), "--no-config", "--format", "json"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=500, help="figures at 1× (default 500)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size, the fastest counts")
    parser.add_argument("--cli", action="store_true", help="also time the command line")
    args = parser.parse_args()
    from cswriter.facts.model import load_facts
    from cswriter.figures.trace import build_tracer

    facts = load_facts(FACTS)
    time_lint(draft("mixed", 200), build_tracer(facts))  # warm up: rules, regexes, domain data
    ok = True
    for shape in SHAPES:
        print(f"{shape}:")
        base_time = None
        for times in (1, 4, 16):
            text = draft(shape, args.base * times)
            runs = [time_lint(text, build_tracer(facts)) for _ in range(args.repeat)]  # fresh memos
            seconds, found = min(runs)
            base_time = base_time or seconds
            ratio = seconds / base_time
            line = (f"  {times:>2}× ({args.base * times:,} figures, {len(text):,} chars, {found:,} findings): {seconds:7.3f} s, "
                    f"{ratio:5.1f}× the time of 1×")
            if args.cli:
                line += f"; cli {time_cli(text):.2f} s"
            print(line)
        if ratio > 20:
            ok = False
            print(f"  NOT LINEAR: 16× the figures took {ratio:.1f}× the time")
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
