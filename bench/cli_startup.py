#!/usr/bin/env python3
"""What the Typer CLI costs at start-up: `cswriter --help` and a cold `lint` of 5,000 characters,
as new processes, for this tree and optionally for other source trees or Typer versions.

Prints figures; it is not a timed test.

Usage:

    .venv/bin/python bench/cli_startup.py                       # this tree, installed Typer
    .venv/bin/python bench/cli_startup.py --baseline /tmp/base  # and another source tree (e.g. the click CLI)
    .venv/bin/python bench/cli_startup.py --typer 0.20.1 --typer 0.25.1 --typer 0.29.2

`--typer V` installs Typer V (without dependencies) into a folder under the system temp dir
with `pip install --target` and puts it first on PYTHONPATH, so only Typer changes. Typer 0.29
also needs pydantic, which the project installs anyway.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from lint_speed import make_draft  # noqa: E402

RUN = "import sys; sys.argv = ['cswriter', *sys.argv[1:]]; from cswriter.cli import main; main()"


def _time(cmd: list[str], env: dict[str, str], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of each run. On a shared, loaded machine the
    CPU time is the steadier figure: it does not count the time spent waiting for a core."""
    first = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)  # warm caches
    if first.returncode not in (0, 1):  # a version the CLI does not run on is no figure
        print(f"  ! {' '.join(cmd[3:])}: exit {first.returncode}: {first.stderr.decode(errors='replace')[-200:]}")
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def _fmt(times: tuple[list[float], list[float]]) -> str:
    wall, cpu = times
    return (f"wall min {min(wall) * 1000:6.1f} ms, median {statistics.median(wall) * 1000:6.1f} ms · "
            f"CPU min {min(cpu) * 1000:6.1f} ms, median {statistics.median(cpu) * 1000:6.1f} ms")


def _typer_dir(version: str) -> str:
    target = Path(tempfile.gettempdir()) / f"cswriter-bench-typer-{version}"
    if not (target / "typer").is_dir():
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                        f"typer=={version}"], check=True)
    return str(target)


def measure(label: str, source: Path, extra_path: str | None, draft: Path, runs: int) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (extra_path, str(source)) if p)
    base = [sys.executable, "-c", RUN]
    version = subprocess.run([sys.executable, "-c", "import typer; print(typer.__version__)"], env=env,
                             capture_output=True, text=True).stdout.strip() or "-"
    print(f"{label} (typer {version})")
    print(f"  --help          {_fmt(_time(base + ['--help'], env, runs))}")
    print(f"  lint 5,000 字   {_fmt(_time(base + ['lint', str(draft)], env, runs))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--baseline", type=Path, action="append", default=[], help="another source tree")
    parser.add_argument("--typer", action="append", default=[], help="a Typer version to try")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.md"
        draft.write_text(make_draft(5000, 1), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        print(f"python -c pass    {_fmt(_time([sys.executable, '-c', 'pass'], env, args.runs))}")
        for tree in args.baseline:
            measure(f"baseline {tree}", tree, None, draft, args.runs)
        measure("this tree", ROOT, None, draft, args.runs)
        for version in args.typer:
            measure("this tree", ROOT, _typer_dir(version), draft, args.runs)


if __name__ == "__main__":
    main()
