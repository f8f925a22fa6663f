#!/usr/bin/env python3
"""Offline draft time against the size of the facts (prints figures; not a timed test).

    .venv/bin/python bench/draft_scaling.py [--scales 1 5 15] [--runs 3]

Facts files are generated from the example (fixtures/year-end-agent.yaml) scaled by a
factor: at 15× they hold 30 metrics, 50 cases and 200 rows in the monthly table, the
size a team lead's year of daily figures reaches. Each scale is drafted with the offline
backend, no reply cache, in one process (after one warm-up draft of the example, so the
data files and regexes are loaded once as in a long-running process). Cost should grow
linearly: at 15× a draft should take a few times the 1× time, not 15× or more.

Also prints the time spent building the tracer and tracing the draft's figures, and that
`chinese_ordinal` numbers 100 and 1,000 cases.
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "fixtures" / "year-end-agent.yaml"

# Metric names the domain recognises, so the extra metrics get kinds, units and direction.
_EXTRA_METRICS = [
    ("接通率", "%", 92.4, 93.0, 90.8),
    ("投诉率", "%", 0.42, 0.5, 0.61),
    ("平均处理时长", "分钟", 6.3, 6.0, 7.1),
    ("工单量", "件", 8640, 8000, 7925),
    ("一次解决率", "%", 86.7, 88.0, 84.9),
    ("挂断率", "%", 3.1, 3.0, 3.8),
]
_CATEGORY_WORDS = ["账户安全", "物流查询", "发票开具", "会员权益", "价格咨询", "活动规则", "安装预约",
                   "配件购买", "退款进度", "售后维修", "积分兑换", "地址变更", "订单取消", "支付异常"]
_CHANNELS = ["热线", "在线", "邮件", "微信", "APP", "小程序", "门店", "短信"]


def scaled_facts(factor: int) -> dict:
    """The example's facts with `factor` times as many metrics, cases, rows and plans."""
    from cswriter.facts.model import load_facts

    base = load_facts(EXAMPLE).model_dump(mode="json", exclude_none=True)
    if factor <= 1:
        return base
    data = copy.deepcopy(base)
    n_metrics = 2 * factor
    metrics = list(data["metrics"])
    i = 0
    while len(metrics) < n_metrics:
        name, unit, value, target, previous = _EXTRA_METRICS[i % len(_EXTRA_METRICS)]
        channel = _CHANNELS[(i // len(_EXTRA_METRICS)) % len(_CHANNELS)]
        bump = 1 + 0.01 * (i // len(_EXTRA_METRICS))
        metrics.append({"name": f"{channel}{name}", "value": round(value * bump, 2), "unit": unit,
                        "target": target, "previous": round(previous * bump, 2)})
        i += 1
    data["metrics"] = metrics

    n_cases = round(50 * factor / 15)
    cases = []
    for k in range(n_cases):
        proposed = 30 + k
        adopted = 12 + k // 2
        cases.append({
            "title": f"第{k + 1}批{_CATEGORY_WORDS[k % len(_CATEGORY_WORDS)]}专项处理",
            "kind": "success" if k % 3 else "lesson",
            "situation": f"{k % 12 + 1}月{_CATEGORY_WORDS[k % len(_CATEGORY_WORDS)]}类咨询集中涌入",
            "actions": [f"连续跟进{24 + k}小时,协调{2 + k % 4}个部门", f"回访客户{40 + 3 * k}位"],
            "result": f"提交优化建议{proposed}条,被采纳{adopted}条",
        })
    data["cases"] = cases

    n_rows = round(200 * factor / 15)
    rows = {}
    base_rows = list(data["monthly"]["rows"].values())
    for k in range(n_rows):
        day = f"2025-{k // 28 % 12 + 1:02d}-{k % 28 + 1:02d}" if k < 336 else f"第{k + 1}天"
        row = base_rows[k % len(base_rows)]
        rows[day] = [round(row[0] / 30 + k % 17), round(row[1] - (k % 7) * 0.1, 1),
                     round(row[2] + (k % 5) * 0.1, 1), row[3] + k % 11]
    data["monthly"]["rows"] = rows

    categories = []
    for k in range(max(4, factor)):
        categories.append({"name": _CATEGORY_WORDS[k % len(_CATEGORY_WORDS)] + ("" if k < 14 else str(k)),
                           "count": 900 + 37 * k})
    data["categories"] = categories

    plans = list(data["plans"])
    for k in range(2 * factor):
        m = metrics[k % len(metrics)]
        plans.append({"action": f"针对{m['name']}制定第{k + 1}项改进措施", "metric": m["name"],
                      "target": m["target"], "unit": m["unit"], "deadline": "2026-06-30"})
    data["plans"] = plans
    data["problems"] = data.get("problems", []) + [
        {"title": f"{m['name']}未达目标", "evidence": f"{m['name']}为{m['value']}{m['unit']},目标{m['target']}{m['unit']}"}
        for m in metrics[4:4 + factor]]
    return data


def draft_once(facts) -> float:
    from cswriter.backends.offline import OfflineBackend
    from cswriter.draft import DraftOptions, draft_document

    started = time.perf_counter()
    draft_document(facts, OfflineBackend(), DraftOptions(use_cache=False))
    return time.perf_counter() - started


def tracing_time(facts) -> tuple[float, float, int]:
    """Seconds to build the tracer, seconds to trace the draft's markdown, figures traced."""
    from cswriter.backends.offline import OfflineBackend
    from cswriter.draft import DraftOptions, draft_document
    from cswriter.draft.render import render_markdown
    from cswriter.figures.trace import build_tracer
    from cswriter.lint import LintConfig, lint_and_trace

    markdown = render_markdown(draft_document(facts, OfflineBackend(), DraftOptions(use_cache=False)))
    started = time.perf_counter()
    tracer = build_tracer(facts)
    built = time.perf_counter() - started
    config = LintConfig(select=["CS401"])
    started = time.perf_counter()
    _, traced = lint_and_trace(markdown, tracer=tracer, path="draft.md", config=config)
    return built, time.perf_counter() - started, len(traced)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 5, 15])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ["CSWRITER_CACHE_DIR"] = tempfile.mkdtemp(prefix="cswriter-bench-")

    from cswriter.facts.model import facts_from_data
    from cswriter.outline import chinese_ordinal

    draft_once(facts_from_data(scaled_facts(1)))  # warm-up: data files, regexes
    base = None
    print("offline draft time by facts size (median of runs, one process, no reply cache)")
    for factor in args.scales:
        data = scaled_facts(factor)
        facts = facts_from_data(data)
        times = [draft_once(facts) for _ in range(args.runs)]
        median = statistics.median(times)
        base = base or median
        built, traced, count = tracing_time(facts)
        rows = len(data["monthly"]["rows"])
        print(f"  {factor:>2}× ({len(data['metrics'])} metrics, {len(data['cases'])} cases, {rows} rows): "
              f"draft {median:.2f}s = {median / base:.1f}× the 1× time; "
              f"tracer built in {built * 1000:.0f} ms, {count} figures traced in {traced * 1000:.0f} ms")
    print(f"  ordinals: 100 → {chinese_ordinal(100)}, 1000 → {chinese_ordinal(1000)}, "
          f"10086 → {chinese_ordinal(10086)}")


if __name__ == "__main__":
    main()
