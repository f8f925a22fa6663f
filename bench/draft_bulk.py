"""Many reports: one run vs one process per report, and the Batch API vs direct calls.

    .venv/bin/python bench/draft_bulk.py [--reports 3 30] [--latency 1.0] [--concurrency 4]

Against a local OpenAI-compatible server (tests/openai_server.py) that answers every chat
request after `--latency` seconds with plain prose (no repairs, so calls = drafted sections),
each mode with an empty reply cache:

- per-process: `cswriter draft X.yaml -o X.md --backend openai` once per report, one after
  another (what a shell loop does);
- one run: `cswriter draft DIR/ -o OUT/ --backend openai` (one process, one shared pool);
- batch: `cswriter draft DIR/ -o OUT/ --backend openai --batch` (the fake provider finishes
  a batch after two polls; `CSWRITER_BATCH_POLL` = 1 s).

Prints wall time, chat requests answered directly, and lines answered inside batches.
Reports are copies of fixtures/year-end-agent.yaml with distinct author names.
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
sys.path.insert(0, str(ROOT / "tests"))

from openai_server import OpenAIServer, Reply  # noqa: E402

CSWRITER = str(Path(sys.executable).parent / "cswriter")
NAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛"


def make_reports(folder: Path, count: int) -> list[Path]:
    text = (ROOT / "fixtures" / "year-end-agent.yaml").read_text(encoding="utf-8")
    paths = []
    for index in range(count):
        name = NAMES[index % len(NAMES)] + "晓" + NAMES[(index // len(NAMES)) % len(NAMES)]
        path = folder / f"{index:03d}-{name}.yaml"
        path.write_text(text.replace("李明", name), encoding="utf-8")
        paths.append(path)
    return paths


def run(args: list[str], env: dict[str, str]) -> int:
    return subprocess.run([CSWRITER, *args], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, timeout=3600).returncode


def measure(mode: str, count: int, latency: float, concurrency: int) -> tuple[float, int, int, int]:
    with tempfile.TemporaryDirectory(prefix="cswriter-bulk-") as tmp, \
            OpenAIServer(default=Reply.ok("本节内容依据事实撰写。"), latency=latency, batch_polls=2) as server:
        folder = Path(tmp) / "facts"
        folder.mkdir()
        out = Path(tmp) / "out"
        reports = make_reports(folder, count)
        env = dict(os.environ, OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY="sk-bench-000000",
                   CSWRITER_CACHE_DIR=str(Path(tmp) / "cache"), NO_PROXY="127.0.0.1",
                   CSWRITER_BATCH_POLL="1")
        common = ["--backend", "openai", "--model", "qwen-plus", "-j", str(concurrency)]
        started = time.perf_counter()
        codes = []
        if mode == "per-process":
            out.mkdir()
            for path in reports:
                codes.append(run(["draft", str(path), "-o", str(out / f"{path.stem}.md"), *common], env))
        elif mode == "one run":
            codes.append(run(["draft", str(folder), "-o", f"{out}/", *common], env))
        else:
            codes.append(run(["draft", str(folder), "-o", f"{out}/", "--batch", *common], env))
        wall = time.perf_counter() - started
        direct = sum(1 for r in server.requests if r.path == "/v1/chat/completions")
        written = len(list(out.glob("*.md")))
        assert written == count and max(codes) == 0, (mode, codes, written)
        return wall, direct, server.batch_lines, len(server.batches)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[3, 30])
    parser.add_argument("--latency", type=float, default=1.0)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--modes", nargs="+", default=["per-process", "one run", "batch"])
    args = parser.parse_args()
    print(f"latency {args.latency:g} s per chat reply, concurrency {args.concurrency}")
    print(f"{'reports':>7}  {'mode':<12} {'wall s':>8} {'s/report':>8} {'direct':>7} {'in batch':>8} {'batches':>7}")
    for count in args.reports:
        for mode in args.modes:
            wall, direct, lines, batches = measure(mode, count, args.latency, args.concurrency)
            print(f"{count:>7}  {mode:<12} {wall:>8.1f} {wall / count:>8.2f} {direct:>7} {lines:>8} {batches:>7}",
                  flush=True)


if __name__ == "__main__":
    main()
