#!/usr/bin/env python3
"""Speed work must not change what the linter finds: lint the dev texts and the fixtures'
drafts through the console script and keep everything it prints, to diff before and after.

Each draft is linted as a process of its own with `--format json`; then all of them in one run
in every output format (text, json, jsonl, github, sarif) and with `--fix` into a copy, and a
few command-line mistakes (their stderr and exit codes too). Timings are not compared.

    .venv/bin/python bench/lint_identity.py --save /tmp/before.txt      # on the old tree
    .venv/bin/python bench/lint_identity.py --against /tmp/before.txt   # after the change: diff

Use the same interpreter and inputs for both runs. The dev texts default to
../shared/lint-dev/texts (`--texts DIR` for another folder).
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CSWRITER = str(Path(sys.executable).parent / "cswriter")


def _run(args: list[str], cwd: Path, stdin: str | None = None) -> str:
    env = dict(os.environ, COLUMNS="80", NO_COLOR="1")
    env.pop("FORCE_COLOR", None)
    out = subprocess.run([CSWRITER, *args], capture_output=True, text=True, cwd=cwd, env=env, input=stdin)
    text = f"$ cswriter {' '.join(args)}\n--- stdout\n{out.stdout}--- stderr\n{out.stderr}--- exit {out.returncode}\n"
    return text.replace(str(cwd), "<work>")  # SARIF names the folder: a new temporary one each run


def record(texts: Path) -> str:
    drafts = sorted(texts.glob("*.txt")) + sorted((ROOT / "fixtures" / "drafts").iterdir())
    with tempfile.TemporaryDirectory(prefix="lint-identity-") as tmp:
        work = Path(tmp)
        names = []
        for i, path in enumerate(drafts):  # copied: output names the files by a stable path
            name = f"{i:02}-{path.name}"
            shutil.copy(path, work / name)
            names.append(name)
        parts = [_run(["lint", name, "--format", "json"], work) for name in names]
        for fmt in ("text", "json", "jsonl", "github", "sarif"):
            parts.append(_run(["lint", *names, "--format", fmt], work))
        parts.append(_run(["lint", "-", "--format", "json", "--stdin-filename", names[0]], work,
                          stdin=(work / names[0]).read_text(encoding="utf-8")))
        parts.append(_run(["lint", names[1], "--select", "CS1,CS3", "--fail-level", "warning"], work))
        parts.append(_run(["lint", names[2], "--ignore", "CS5", "--format=jsonl", "--no-config"], work))
        facts = ROOT / "fixtures" / "year-end-agent.yaml"
        parts.append(_run(["lint", "--facts", str(facts), "--", names[-1]], work))
        for args in (["lint"], ["lint", "--help"], ["lint", "-h"], ["lint", names[0], "--format", "xml"],
                     ["lint", names[0], "--bogus"], ["lint", "nosuch.md"], ["lint", "nosuch.md", "-f", "json"],
                     ["lint", names[0], "--facts"], ["lint", names[0], "--form", "json"]):
            parts.append(_run(args, work))
        fixed = work / "fixed"
        fixed.mkdir()
        for name in names[:5]:
            shutil.copy(work / name, fixed / name)
        parts.append(_run(["lint", "--fix", *[f"fixed/{n}" for n in names[:5]]], work))
        for name in names[:5]:
            parts.append(f"--- fixed/{name}\n" + (fixed / name).read_text(encoding="utf-8"))
    return "".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "lint-dev" / "texts")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the record here")
    group.add_argument("--against", type=Path, help="compare with a saved record; exit 1 on a difference")
    args = parser.parse_args()
    if not args.texts.is_dir():
        args.texts = Path("/work/shared/lint-dev/texts")
    text = record(args.texts)
    findings = text.count('"code"')
    if args.save:
        args.save.write_text(text, encoding="utf-8")
        print(f"saved {len(text):,} characters ({findings:,} JSON findings) to {args.save}")
        return 0
    before = args.against.read_text(encoding="utf-8")
    if before == text:
        print(f"identical: {len(text):,} characters, {findings:,} JSON findings")
        return 0
    sys.stdout.writelines(difflib.unified_diff(before.splitlines(True), text.splitlines(True),
                                               "before", "after", n=1))
    print("DIFFERENT", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
