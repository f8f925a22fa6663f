"""Attack bench: hostile inputs per surface, and what went wrong.

Prints, per surface, how many inputs were tried and how many ended in a traceback, a hang
(no answer within --timeout seconds), a wrong exit code, or a file changed that should not
have been. The aim is zero in every column.

    .venv/bin/python bench/attacks.py [--timeout 30] [--fuzz 40]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from hostile import FACTS_ATTACKS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CSWRITER = str(Path(sys.executable).parent / "cswriter")
EXAMPLE = ROOT / "fixtures" / "year-end-agent.yaml"


class Tally:
    def __init__(self) -> None:
        self.rows: dict[str, list[int]] = {}
        self.failures: list[str] = []

    def record(self, surface: str, case: str = "", *, traceback: bool = False, hang: bool = False,
               wrong_exit: bool = False, changed: bool = False) -> None:
        row = self.rows.setdefault(surface, [0, 0, 0, 0, 0])
        row[0] += 1
        row[1] += traceback
        row[2] += hang
        row[3] += wrong_exit
        row[4] += changed
        if traceback or hang or wrong_exit or changed:
            what = ", ".join(w for w, bad in (("traceback", traceback), ("hang", hang),
                                               ("bad exit", wrong_exit), ("file changed", changed)) if bad)
            self.failures.append(f"{surface}: {case}: {what}")

    def print(self) -> None:
        print(f"{'surface':34} {'tried':>6} {'tracebacks':>10} {'hangs':>6} {'bad exit':>8} {'files changed':>13}")
        for surface, (tried, tb, hang, bad, changed) in self.rows.items():
            print(f"{surface:34} {tried:6} {tb:10} {hang:6} {bad:8} {changed:13}")
        for failure in self.failures:
            print("  -", failure)


def run(args: list[str], timeout: float, env: dict | None = None) -> tuple[int | None, str]:
    try:
        out = subprocess.run([CSWRITER, *args], capture_output=True, text=True, timeout=timeout,
                             stdin=subprocess.DEVNULL, env=env)
    except subprocess.TimeoutExpired:
        return None, ""
    return out.returncode, out.stderr


def digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def facts_files(tally: Tally, timeout: float) -> None:
    for name, make in FACTS_ATTACKS.items():
        for command in ("check", "outline", "draft"):
            with tempfile.TemporaryDirectory() as tmp:
                path = make(Path(tmp))
                args = [command, str(path)] + (["-o", str(Path(tmp) / "out.md")] if command == "draft" else [])
                code, err = run(args, timeout)
                tally.record("facts files (check/outline/draft)", f"{name}, {command}", traceback="Traceback" in err,
                             hang=code is None, wrong_exit=code not in (None, 2),
                             changed=(Path(tmp) / "out.md").exists())


def fuzzed_facts(tally: Tally, timeout: float, count: int) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    rng = random.Random(15)
    for _ in range(count):
        chars = list(text)
        for _ in range(rng.randint(1, 12)):
            i = rng.randrange(len(chars))
            chars[i] = rng.choice([":", "-", " ", "\n", "&a", "*a", "[", "{", "9e999", "％", "万", "\t", ""])
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "fuzz.yaml"
            path.write_text("".join(chars), encoding="utf-8")
            code, err = run(["check", str(path)], timeout)
            tally.record("mutated facts files (check)", "".join(chars)[:0], traceback="Traceback" in err, hang=code is None,
                         wrong_exit=code not in (None, 0, 1, 2))


def writes(tally: Tally, timeout: float) -> None:
    def scenario(prepare):
        with tempfile.TemporaryDirectory() as tmp:
            tmp_path = Path(tmp)
            facts = tmp_path / "facts.yaml"
            facts.write_bytes(EXAMPLE.read_bytes())
            out, protected, expect = prepare(tmp_path, facts)
            if out.name == "facts.json":
                facts = out  # drafting a JSON facts file into itself
            before = {p: digest(p) for p in protected}
            code, err = run(["draft", str(facts), "-o", str(out)], timeout)
            changed = any(digest(p) != d for p, d in before.items())
            tally.record("outputs (draft -o)", prepare.__name__, traceback="Traceback" in err, hang=code is None,
                         wrong_exit=code not in expect, changed=changed)

    def over_input(tmp, facts):
        return facts.with_suffix(".md").with_name("facts.yaml.md"), [facts], (0, 1)

    def same_input(tmp, facts):
        import json

        from cswriter.facts.model import load_facts

        j = tmp / "facts.json"
        j.write_text(json.dumps(load_facts(facts).model_dump(mode="json", exclude_none=True),
                                ensure_ascii=False), encoding="utf-8")
        return j, [j], (2,)

    def read_only(tmp, facts):
        out = tmp / "old.md"
        out.write_text("旧稿", encoding="utf-8")
        out.chmod(0o444)
        return out, [out], (2,)

    def directory(tmp, facts):
        d = tmp / "草稿"
        d.mkdir()
        return d, [], (0, 1)  # -o DIR drafts into the folder, named after the facts file

    def hand_edited(tmp, facts):
        out = tmp / "edited.md"
        out.write_text("手工写的稿子", encoding="utf-8")
        return out, [], (0, 1)

    for prepare in (over_input, same_input, read_only, directory, hand_edited):
        scenario(prepare)


def lint_texts(tally: Tally, timeout: float) -> None:
    sentence = "服务质量显著提升，" * 22_000
    texts = {
        "200 KB sentence": sentence,
        "unclosed comment": "<!-- " + "本月接待1200通" * 20_000,
        "unclosed links": "](" * 100_000,
        "unpunctuated changes": "提升至95%下降3个百分点增长12%" * 10_000,
        "digits only": "1" * 300_000,
    }
    for name, text in texts.items():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "稿.md"
            path.write_text(text, encoding="utf-8")
            code, err = run(["lint", str(path)], timeout)
            tally.record("lint on hostile text", name, traceback="Traceback" in err, hang=code is None,
                         wrong_exit=code not in (None, 0, 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--fuzz", type=int, default=40)
    args = parser.parse_args()
    tally = Tally()
    with tempfile.TemporaryDirectory() as cache:
        os.environ["CSWRITER_CACHE_DIR"] = cache
        facts_files(tally, args.timeout)
        fuzzed_facts(tally, args.timeout, args.fuzz)
        writes(tally, args.timeout)
        lint_texts(tally, args.timeout)
    tally.print()


if __name__ == "__main__":
    main()
