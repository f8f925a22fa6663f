#!/usr/bin/env python3
"""How fast `cswriter lint` is: cold start, warm throughput, and segmenters compared.

Prints figures; it is not a timed test (timings vary with the machine and its load).

* cold: `cswriter lint` of a ~5,000-character draft as a new process (console script),
  several runs, min and median; with `python -c pass` and `cswriter --help` for scale.
* warm: `lint_text` over 1,000 different drafts in one process, in MB of UTF-8 per second:
  synthetic figure-dense drafts, and drafts made of real-style text (seeds and corpora).
* linearity: the same 300,000 characters with and without punctuation (the ratio should be
  near 1) and hostile runs (unclosed markup, changes and figures without punctuation).
* segmenters: what word segmentation would cost instead of the trie regex the linter uses
  (import + first cut as a new process; warm cut throughput), jieba and rjieba.

Usage:

    .venv/bin/python bench/lint_speed.py            # all
    .venv/bin/python bench/lint_speed.py --runs 15  # more cold runs
    .venv/bin/python bench/lint_speed.py --skip-segmenters
    .venv/bin/python bench/lint_speed.py --runs 0 --drafts 0 --skip-segmenters   # linearity only
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "全年累计处理客户咨询工单125,380件，完成年度计划的112.6%，较2024年增长15.2%。",
    "问题解决率98.5%，较去年提升1.2个百分点，客户满意度95.2分。",
    "本季度客户满意度显著提升，服务质量迈上了新台阶。",
    "部分客户对服务流程不熟悉，导致处理效率有所下降。",
    "我将加强客户培训，提升服务效率，同时优化服务流程。",
    "2026年6月30日前将平均响应时长降至110秒。",
    "8月区域性网络故障期间，我连续工作72小时，协调技术团队分批次恢复服务。",
    "全年共收到投诉381件：物流延迟217件、质量问题126件、服务态度38件。",
    "咨询类型中产品使用指导占比38%，技术故障排除占比27%，退换货办理占比21%。",
    "我们做得很好，客户都很满意，这一年虽然辛苦但收获满满。",
    "通过话术优化，30秒内客户留存率提升25%，重复提问率下降30%。",
    "客户的有效期查询占咨询量的12%，本月核对了2,300位客户的基本信息。",
    "针对老旧小区设施报修高频问题(占比58%),联合维修部门制定预防性巡检计划。",
    "客户张先生来电反映快递延误，我在3分钟内完成查询并给出补发方案。",
    "近期投诉量有上升趋势，很多客户反映物流信息更新不及时。",
    "组织跨部门研讨会8次，推动关键服务节点响应时效缩短至平均2.1分钟。",
]


def make_draft(chars: int, seed: int) -> str:
    rng = random.Random(seed)
    parts: list[str] = ["# 2025年度客服工作总结\n\n"]
    size = len(parts[0])
    while size < chars:
        paragraph = "".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 5))) + "\n\n"
        parts.append(paragraph)
        size += len(paragraph)
    return "".join(parts)[:chars]


def _time_process(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        times.append(time.perf_counter() - start)
    return times


def _fmt(times: list[float]) -> str:
    return f"min {min(times) * 1000:6.1f} ms   median {statistics.median(times) * 1000:6.1f} ms   (n={len(times)})"


def cold(runs: int) -> None:
    exe = Path(sys.executable).with_name("cswriter")
    cli = [str(exe)] if exe.exists() else [sys.executable, "-m", "cswriter"]
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.md"
        draft.write_text(make_draft(5000, 1), encoding="utf-8")
        # As on a user's machine: bytecode may be written (some sandboxes set
        # PYTHONDONTWRITEBYTECODE, which recompiles every module on every run), and one run
        # has filled the caches (parsed rules and data, compiled regexes), as any second run
        # finds them.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(cli + ["lint", str(draft)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=env)
        print(f"cold start ({len(draft.read_text(encoding='utf-8')):,} characters, {' '.join(cli)})")
        print(f"  python -c pass                 {_fmt(_time_process([sys.executable, '-c', 'pass'], runs, env))}")
        print(f"  cswriter --help                {_fmt(_time_process(cli + ['--help'], runs, env))}")
        print(f"  cswriter lint draft.md         {_fmt(_time_process(cli + ['lint', str(draft)], runs, env))}")
        print(f"  cswriter lint --format json    {_fmt(_time_process(cli + ['lint', str(draft), '--format', 'json'], runs, env))}")
        script = shutil.which("script")  # util-linux: runs the command on a pseudo-terminal
        if script:
            tty_cmd = [script, "-qc", " ".join(cli + ["lint", str(draft)]), "/dev/null"]
            print(f"  cswriter lint at a terminal    {_fmt(_time_process(tty_cmd, runs, env))}")
        no_cache = dict(env, CSWRITER_NO_CACHE="1")
        print(f"  first run ever (no caches)     {_fmt(_time_process(cli + ['lint', str(draft)], runs, no_cache))}")
        no_pyc = dict(env, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(Path(tmp) / "nopyc"))
        print(f"  no bytecode cache              {_fmt(_time_process(cli + ['lint', str(draft)], runs, no_pyc))}")


def real_drafts(count: int) -> list[str]:
    """Drafts of real-style text: the seed articles' paragraphs and the labelled corpora's
    sentences (vague, subjective, unsupported and clean), shuffled into 2,000-8,000
    character drafts. Sparser in figures and findings than the synthetic drafts."""
    pieces: list[str] = []
    seeds = ROOT.parent / "shared" / "seeds"
    for path in sorted(seeds.glob("*.txt")) if seeds.is_dir() else []:
        pieces += [p for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 10]
    for corpus in sorted((ROOT / "fixtures" / "lint-corpus").glob("*.tsv")):
        pieces += [row.split("\t")[2] for row in corpus.read_text(encoding="utf-8").splitlines()[1:] if row]
    drafts = []
    for i in range(count):
        rng = random.Random(i)
        target, parts, size = rng.randint(2000, 8000), [], 0
        while size < target:
            piece = rng.choice(pieces)
            parts.append(piece)
            size += len(piece)
        drafts.append("\n\n".join(parts))
    return drafts


def warm(count: int, rounds: int = 3) -> None:
    from cswriter.lint import lint_text

    synthetic = [make_draft(random.Random(i).randint(2000, 8000), i) for i in range(count)]
    lint_text(synthetic[0])  # load the catalogue and compile once, as a long-running process does
    for name, drafts in (("synthetic, figure-dense", synthetic), ("seeds + corpus text", real_drafts(count))):
        size = sum(len(d.encode("utf-8")) for d in drafts)
        chars = sum(len(d) for d in drafts)
        times = []
        for _ in range(rounds):  # shared machines are noisy: best and median of a few rounds
            start = time.perf_counter()
            findings = sum(len(lint_text(d, path="draft.md")) for d in drafts)
            times.append(time.perf_counter() - start)
        best, median = min(times), statistics.median(times)
        print(f"warm throughput, {name} ({count} drafts, {chars:,} characters, {size / 1e6:.2f} MB UTF-8)")
        print(f"  best {best:.2f} s → {size / 1e6 / best:.2f} MB/s ({chars / best / 1000:.0f}k chars/s); "
              f"median of {rounds}: {size / 1e6 / median:.2f} MB/s; "
              f"{findings:,} findings ({findings * 1000 / chars:.1f} per 1,000 characters)")


def segmenters(runs: int) -> None:
    text = make_draft(5000, 1)
    probe = ("import time,sys; t=time.perf_counter(); {imp}; "
             "t1=time.perf_counter(); {cut}; print(t1-t, time.perf_counter()-t1)")
    cases = {
        "rjieba": probe.format(imp="import rjieba", cut="rjieba.cut(sys.argv[1])"),
        "jieba": probe.format(imp="import jieba; jieba.setLogLevel(60)", cut="jieba.lcut(sys.argv[1])"),
        "trie regex (cswriter)": probe.format(
            imp="from cswriter.lint.engine import _plan; from cswriter.lint import LintConfig; "
                "p=_plan(LintConfig())",
            cut="from cswriter.lint.document import Document; list(p.lexicon.hits(Document(sys.argv[1])))"),
    }
    print("segmentation vs trie regex on the 5,000-character draft, new process each run")
    for name, code in cases.items():
        imports, firsts = [], []
        for _ in range(max(3, runs // 2)):
            out = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True,
                                 cwd=ROOT, check=False)
            if out.returncode != 0:
                print(f"  {name:<22} not available ({out.stderr.strip().splitlines()[-1:]})")
                break
            a, b = (float(x) for x in out.stdout.split())
            imports.append(a)
            firsts.append(b)
        else:
            print(f"  {name:<22} import/load min {min(imports) * 1000:7.1f} ms   "
                  f"first pass min {min(firsts) * 1000:7.1f} ms")
    big = make_draft(500_000, 2)
    mb = len(big.encode("utf-8")) / 1e6
    print(f"warm: one pass over {mb:.2f} MB")
    try:
        import rjieba

        rjieba.cut("预热")
        start = time.perf_counter()
        rjieba.cut(big)
        print(f"  rjieba.cut               {mb / (time.perf_counter() - start):7.2f} MB/s (segmentation only)")
    except ImportError:
        pass
    try:
        import jieba

        jieba.setLogLevel(60)
        jieba.lcut("预热")
        start = time.perf_counter()
        jieba.lcut(big)
        print(f"  jieba.lcut               {mb / (time.perf_counter() - start):7.2f} MB/s (segmentation only)")
    except ImportError:
        pass
    from cswriter.lint import LintConfig
    from cswriter.lint.document import Document
    from cswriter.lint.engine import _plan

    plan = _plan(LintConfig())
    start = time.perf_counter()
    hits = list(plan.lexicon.hits(Document(big)))
    print(f"  trie regex lexicon       {mb / (time.perf_counter() - start):7.2f} MB/s "
          f"(matching + exemptions + backing, {len(hits):,} hits)")


def linearity(chars: int) -> None:
    """The same text with and without punctuation, and hostile runs (issue 15): a "sentence"
    of the whole draft must cost about what the punctuated text costs."""
    import re

    from cswriter.lint import lint_text

    punctuated = make_draft(chars, 7)
    unpunctuated = re.sub(r"[，。：；、,:;！？（）()\n#]", "", punctuated)
    unpunctuated = (unpunctuated * 2)[:len(punctuated)]
    hostile = {
        "runs of changes, no punctuation": ("提升了增长5%下降共12件其中3件4件" * (chars // 20 + 1))[:chars],
        "unclosed <!-- and ](": ("<!--](" * (chars // 6 + 1))[:chars],
        "one sentence of figures": ("客户满意度95%问题解决率98.5%" * (chars // 18 + 1))[:chars],
    }
    lint_text("预热。", path="warm.md")

    def timed(text: str) -> float:
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            lint_text(text, path="draft.md")
            best = min(best, time.perf_counter() - start)
        return best

    t_p, t_u = timed(punctuated), timed(unpunctuated)
    print(f"linearity ({chars:,} characters, best of 2)")
    print(f"  punctuated                     {t_p * 1000:8.1f} ms")
    print(f"  same text without punctuation  {t_u * 1000:8.1f} ms   ratio {t_u / t_p:.2f}")
    for name, text in hostile.items():
        print(f"  {name:30s} {timed(text) * 1000:8.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="cold runs per command (default 10)")
    parser.add_argument("--drafts", type=int, default=1000, help="drafts for the warm run (default 1000)")
    parser.add_argument("--rounds", type=int, default=3, help="warm rounds over the drafts (default 3)")
    parser.add_argument("--skip-segmenters", action="store_true")
    parser.add_argument("--linear-chars", type=int, default=300_000,
                        help="characters for the linearity run (default 300000; 0 skips it)")
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]} on {os.cpu_count()} CPUs\n")
    if args.runs:
        cold(args.runs)
        print()
    if args.drafts:
        warm(args.drafts, args.rounds)
    if args.linear_chars:
        print()
        linearity(args.linear_chars)
    if not args.skip_segmenters:
        print()
        segmenters(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
