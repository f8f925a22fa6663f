#!/usr/bin/env python3
"""The cost of one interview answer against the size of the facts file (prints figures).

    .venv/bin/python bench/interview_scaling.py [--scales 1 10 100] [--runs 3]

The facts file is the example (fixtures/year-end-agent.yaml, comments kept) with its `cases:`
list grown to 100 cases at 1× (10,000 at 100×, about 60,000 lines). For each scale, in one
process (after a warm-up on the example, so data files and regexes are loaded once), it times:

- load: reading and validating the file (`FactsDocument.load`),
- set: one answer that sets a field (`report.team_size`), saved,
- append: one answer that adds a case at the end of the long list, saved,
- refused: one answer refused as a contradiction (a rate above 100 %), file left as it was.

An answer has to validate and write the whole file, so its cost grows with the file; it
should grow linearly and stay small (not copy the whole tree per answer).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "fixtures" / "year-end-agent.yaml"
BASE_CASES = 100
_WORDS = ["账户安全", "物流查询", "发票开具", "会员权益", "价格咨询", "活动规则", "安装预约",
          "配件购买", "退款进度", "售后维修", "积分兑换", "地址变更", "订单取消", "支付异常"]


def facts_text(cases: int) -> str:
    """The example's text with `cases` cases (each written in block style, 6 lines)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    anchor = "\nproblems:"
    extra = []
    for k in range(max(0, cases - 2)):
        word = _WORDS[k % len(_WORDS)]
        extra.append(
            f"  - title: 第{k + 1}批{word}专项处理\n"
            f"    kind: {'success' if k % 3 else 'lesson'}\n"
            f"    situation: {k % 12 + 1}月{word}类咨询集中涌入\n"
            f"    actions:\n"
            f"      - 连续跟进{24 + k % 50}小时,协调{2 + k % 4}个部门\n"
            f"    result: 提交优化建议{30 + k % 90}条,被采纳{12 + k % 40}条\n"
        )
    cut = text.index(anchor)
    return text[:cut].rstrip("\n") + "\n" + "".join(extra) + text[cut:]


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def measure(directory: Path, cases: int) -> dict[str, float]:
    from cswriter.facts.document import FactsDocument
    from cswriter.interview.answers import AnswerError
    from cswriter.interview.engine import Interview

    path = directory / f"facts-{cases}.yaml"
    path.write_text(facts_text(cases), encoding="utf-8")
    out: dict[str, float] = {}
    holder: dict[str, FactsDocument] = {}
    out["load"] = timed(lambda: holder.setdefault("doc", FactsDocument.load(path)))
    iv = Interview(holder["doc"], today=date(2026, 1, 10))
    iv.check()  # the open questions are known before the person answers
    out["set"] = timed(lambda: iv.answer("report.team_size", "12人"))
    out["append"] = timed(lambda: iv.answer("cases", {"title": "新增案例", "result": "当天解决"}))
    before = path.read_bytes()

    def refused() -> None:
        try:
            iv.answer("metrics[1].value", "101%")
        except AnswerError:
            return
        raise SystemExit("the contradiction was not refused")

    out["refused"] = timed(refused)
    assert path.read_bytes() == before
    assert len(FactsDocument.load(path).facts().cases) == cases + 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        measure(directory, 2)  # warm-up
        print(f"one interview answer by facts size (median of {args.runs} runs, seconds)")
        base: dict[str, float] = {}
        for factor in args.scales:
            cases = BASE_CASES * factor
            runs = [measure(directory, cases) for _ in range(args.runs)]
            median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            base = base or median
            lines = facts_text(cases).count("\n")
            cells = "  ".join(f"{key} {value:7.3f}s ({value / base[key]:5.1f}×)" for key, value in median.items())
            print(f"  {factor:>3}× ({cases:>6} cases, {lines:>6} lines): {cells}")


if __name__ == "__main__":
    main()
