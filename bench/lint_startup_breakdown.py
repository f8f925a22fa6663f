#!/usr/bin/env python3
"""Where a cold `cswriter lint` of a 5 KB draft spends its CPU: the interpreter, the CLI
layer (Typer, click), the linter's imports, its data (rules, lexicon, compiled patterns) and
the work itself; with the floor (`python -S -c pass`, `python -c pass`) and Rust autocorrect
on the same draft for scale.

Each row is a new process (run from a temporary folder, so that `-c` imports the installed
package, not a checkout it happens to be started in); the figure is the least CPU (user +
sys) of several interleaved runs. Read the rows against the floor: the Typer layer is what
`--help` and command-line mistakes still load; a plain `lint` loads only the lint imports,
the rules and patterns, and does the work. The work row is measured in-process (a second
`lint_text` of the same draft, warm). Prints figures; it is not a timed test.

    .venv/bin/python bench/lint_startup_breakdown.py            # 15 rounds
    .venv/bin/python bench/lint_startup_breakdown.py --runs 30

PYTHONDONTWRITEBYTECODE is dropped for the runs: an installed package has its bytecode
(pip compiles it), so recompiling every module on every run would measure something no user
sees.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from lint_vs_autocorrect import write_draft  # noqa: E402

PY = sys.executable
CSWRITER = str(Path(PY).parent / "cswriter")

STAGES = [
    ("python -S -c pass (floor, no site)", [PY, "-S", "-c", "pass"]),
    ("python -c pass (floor)", [PY, "-c", "pass"]),
    ("import typer, click", [PY, "-c", "import typer, click"]),
    ("import cswriter.cli (the console script)", [PY, "-c", "import cswriter.cli"]),
    ("the Typer app and the lint command", [PY, "-c", "import cswriter.cli as c; c.app; import cswriter.commands.lint"]),
    ("lint imports (no CLI)", [PY, "-c", "import cswriter.app.lint, cswriter.lint.engine, cswriter.lint.render"]),
    ("lint imports + rules, lexicon, patterns", [PY, "-c", "import cswriter.app.lint, cswriter.lint.render\n"
                                                 "from cswriter.lint.engine import _plan\n"
                                                 "from cswriter.lint.config import LintConfig\n"
                                                 "_plan(LintConfig())"]),
    ("cswriter lint 5KB --format json (whole)", [CSWRITER, "lint", "{draft}", "--format", "json"]),
    ("cswriter lint 5KB (text, whole)", [CSWRITER, "lint", "{draft}"]),
    ("autocorrect-py on the same 5KB (whole)", [PY, "-c", "import sys, autocorrect_py as a\n"
                                                "t = open(sys.argv[1], encoding='utf-8').read()\n"
                                                "print(sum(len(a.lint_for(p, 'x.txt').lines) for p in t.split('\\n\\n')))",
                                                "{draft}"]),
]

WORK = ("import sys, time\n"
        "from cswriter.lint.engine import lint_text\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "lint_text(text, path='x.txt')\n"
        "best = 1e9\n"
        "for _ in range(20):\n"
        "    t = time.process_time(); lint_text(text, path='x.txt'); best = min(best, time.process_time() - t)\n"
        "print(best)")


def cpu(cmd: list[str], env: dict[str, str], cwd: str) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    try:
        import autocorrect_py  # noqa: F401
        stages = STAGES
    except ImportError:
        stages = STAGES[:-1]
    with tempfile.TemporaryDirectory(prefix="lint-breakdown-") as tmp:
        draft = str(write_draft(Path(tmp) / "d5k.txt", 5_000))
        commands = [(label, [draft if a == "{draft}" else a for a in cmd]) for label, cmd in stages]
        for _, cmd in commands:  # warm-up: bytecode and caches written
            cpu(cmd, env, tmp)
        best = {label: 1e9 for label, _ in commands}
        for _ in range(args.runs):
            for label, cmd in commands:
                best[label] = min(best[label], cpu(cmd, env, tmp))
        work = float(subprocess.run([PY, "-c", WORK, draft], capture_output=True, text=True, env=env,
                                    cwd=tmp).stdout.strip() or "nan")
    print(f"least CPU of {args.runs} interleaved runs, seconds (5 KB draft):")
    for label, _ in commands:
        print(f"  {label:<44} {best[label]:.3f}")
    print(f"  {'lint work itself, in-process, warm':<44} {work:.3f}")


if __name__ == "__main__":
    main()
