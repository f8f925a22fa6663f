#!/usr/bin/env python3
"""Issue 20's speed figures in one run: `cswriter lint` as a whole process, side by side
with Rust autocorrect (the `autocorrect-py` binding, when it is installed) on the same inputs.

Prints figures; it is not a timed test (timings vary with the machine and its load).

* CPU (user+sys of the process and its workers) at 5 KB, 1 MB and 10 MB (10 files of 1 MB:
  a file may hold at most 2 MB), interleaved with autocorrect, best of several runs. The
  autocorrect side lints paragraph by paragraph: its parser stops with "call limit reached"
  on a whole 1 MB draft.
* peak memory of one 1 MB file with no findings and with ~40,000 (`--format jsonl`);
* 1,000 drafts of ~5 KB on one worker and on two (`CSWRITER_LINT_JOBS`), wall time;
* the first run with an empty cache (as after an install) and cold runs after it.

    .venv/bin/python bench/lint_vs_autocorrect.py
    .venv/bin/python bench/lint_vs_autocorrect.py --skip-files   # without the 1,000-file run
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from lint_speed import make_draft  # noqa: E402

PY = sys.executable
LINT = [PY, "-m", "cswriter", "lint"]
AUTOCORRECT = [PY, "-c", "import sys, autocorrect_py as a\n"
               "for f in sys.argv[1:]:\n"
               "    t = open(f, encoding='utf-8').read()\n"
               "    print(sum(len(a.lint_for(p, 'x.txt').lines) for p in t.split('\\n\\n')))"]


def write_draft(path: Path, nbytes: int, seed: int = 0) -> Path:
    parts, size, k = [], 0, seed * 100_000
    while size < nbytes:
        text = make_draft(5000, k)
        parts.append(text)
        size += len(text.encode()) + 2
        k += 1
    path.write_text("\n\n".join(parts).encode()[:nbytes].decode("utf-8", "ignore"), encoding="utf-8")
    return path


def cpu(cmd: list[str], env: dict | None = None) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def peak_rss(cmd: list[str]) -> int:
    """KiB, of a process run on its own (ru_maxrss of children is a running maximum)."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    return int(subprocess.run([PY, "-c", code, *cmd], capture_output=True, text=True).stdout.strip() or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-files", action="store_true", help="skip the 1,000-file run")
    args = parser.parse_args()
    # An installed package has its bytecode (pip compiles it at install): a run that had to
    # recompile every module would measure what no user sees.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        import autocorrect_py  # noqa: F401
        have_ac = True
    except ImportError:
        have_ac = False
        print("autocorrect-py is not installed: cswriter figures only (pip install autocorrect-py)")
    tmp = Path(tempfile.mkdtemp(prefix="lint-vs-ac-"))
    try:
        print("whole-process CPU, best of runs (s):")
        cases = [("5 KB", [write_draft(tmp / "d5k.txt", 5_000)], 7),
                 ("1 MB", [write_draft(tmp / "d1m.txt", 1_000_000)], 3),
                 ("10 MB", [write_draft(tmp / f"d10m_{i}.txt", 1_000_000, i) for i in range(10)], 2)]
        for label, files, runs in cases:
            names = [str(f) for f in files]
            ours, theirs = [], []
            for _ in range(runs):
                ours.append(cpu(LINT + names + ["--format", "json"]))
                if have_ac:
                    theirs.append(cpu(AUTOCORRECT + names))
            line = f"  {label:>6}: cswriter lint {min(ours):.3f}"
            if theirs:
                line += f"  autocorrect {min(theirs):.3f}  ratio {min(ours) / min(theirs):.2f}"
            print(line, flush=True)

        few = tmp / "few.txt"
        many = tmp / "many.txt"
        s1 = "全年累计处理客户咨询工单125,380件，较2024年增长15.2%。\n"
        s2 = "本季度客户满意度显著提升，服务质量迈上了新台阶，我们做得很好！\n"
        few.write_text(s1 * (1_000_000 // len(s1.encode())), encoding="utf-8")
        many.write_text(s2 * (1_000_000 // len(s2.encode())), encoding="utf-8")
        print("peak memory, one 1 MB file, --format jsonl (KiB):")
        for label, path in (("no findings", few), ("many findings", many)):
            n = subprocess.run(LINT + [str(path), "--format", "jsonl"], capture_output=True, text=True).stdout.count("\n")
            print(f"  {label:>13} ({n:,} findings): {peak_rss(LINT + [str(path), '--format', 'jsonl'])}", flush=True)

        if not args.skip_files:
            folder = tmp / "k1000"
            folder.mkdir()
            files = []
            for i in range(1000):
                path = folder / f"{i:04}.md"
                path.write_text(make_draft(2000, 7000 + i), encoding="utf-8")
                files.append(str(path))
            print("1,000 drafts, --format text, wall (s):")
            for jobs in ("1", "2", "1", "2"):
                env = dict(os.environ, CSWRITER_LINT_JOBS=jobs)
                start = time.perf_counter()
                subprocess.run(LINT + files, stdout=subprocess.DEVNULL, env=env)
                print(f"  jobs={jobs}: {time.perf_counter() - start:.2f}", flush=True)

        print("first run with an empty cache, then cold runs (wall, s):")
        draft = write_draft(tmp / "cold.txt", 5_000, 3)
        for _ in range(3):
            cache = tmp / f"cache{time.perf_counter_ns()}"
            env = dict(os.environ, CSWRITER_CACHE_DIR=str(cache))
            env.pop("CSWRITER_NO_CACHE", None)
            walls = []
            for _ in range(3):
                start = time.perf_counter()
                subprocess.run([str(Path(PY).parent / "cswriter"), "lint", str(draft)], stdout=subprocess.DEVNULL, env=env)
                walls.append(time.perf_counter() - start)
            print(f"  first {walls[0]:.3f}  then {walls[1]:.3f} {walls[2]:.3f}", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
