"""Benchmark of `cswriter import` on a year of daily rows (prints figures; not a timed test).

    .venv/bin/python bench/import_exports.py [--rows 365] [--agents 1] [--rounds 5]
    .venv/bin/python bench/import_exports.py --vendors      # the twelve documented column sets

Writes a .csv and an .xlsx of ROWS days × 10 columns (date, agent and eight metric
columns, the way 美洽/七鱼 export daily statistics) for AGENTS agents, then times
`import_exports` (read, check, aggregate) and the whole CLI run (`cswriter import … -o`)
for each. Prints the best and median of ROUNDS runs, and checks that the imported volume
equals the sum of the rows.

With --vendors it writes a sample .csv and .xlsx in each column set that twelve help-desk
products document (fixtures/exports/vendor_samples.py; sources in data/exports.yaml),
imports each without --ignore (--period 2026年第三季度 for those without a title row) and
prints what was kept: volume, durations, satisfaction, and the columns skipped.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADER = ["日期", "客服", "接待会话数", "首次响应时长(秒)", "平均会话时长(秒)", "评价总数", "满意评价数",
          "已解决数", "投诉数", "在线时长"]


def make_rows(days: int, agents: int) -> list[list]:
    rng = random.Random(7)
    rows = []
    for i in range(days):
        day = date(2025, 1, 1) + timedelta(days=i)
        for a in range(agents):
            sessions = rng.randint(150, 400)
            rated = int(sessions * 0.4)
            rows.append([day.isoformat(), f"客服{a + 1}", sessions, rng.randint(8, 30), rng.randint(200, 400),
                         rated, int(rated * 0.95), int(sessions * 0.9), rng.randint(0, 2), "8:00:00"])
    return rows


def write_files(folder: Path, rows: list[list]) -> tuple[Path, Path]:
    import csv

    from openpyxl import Workbook

    csv_path = folder / "daily.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    xlsx_path = folder / "daily.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(xlsx_path)
    return csv_path, xlsx_path


def timed(func, rounds: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times), result


def vendors() -> None:
    sys.path.insert(0, str(ROOT / "fixtures" / "exports"))
    from vendor_samples import write_samples

    from cswriter.domain import load_domain
    from cswriter.errors import InputError
    from cswriter.importing import import_exports

    domain = load_domain()
    folder = Path(tempfile.mkdtemp(prefix="cswriter-vendors-"))
    ok = 0
    for product, paths in write_samples(folder):
        print(f"{product['name']}  ({product['source']})")
        for path in paths:
            try:
                imported = import_exports([path], period="2026年第三季度", use_mapping_file=False)
            except InputError as error:
                print(f"  {path.suffix:6} FAILED: {error.message}")
                continue
            kept = {"volume": [], "duration": [], "satisfaction": [], "other": []}
            for m in imported.metrics:
                spec = domain.metrics[m["canonical"]] if m.get("canonical") else domain.match_metric(m["name"])
                text = f"{m['name']} {m['value']}{m['unit']}"
                if m["unit"] in ("秒", "分钟", "小时"):
                    kept["duration"].append(text)
                elif spec is not None and spec.id == "volume" and m["unit"] != "人" and not kept["volume"]:
                    kept["volume"].append(text)
                elif spec is not None and spec.id == "satisfaction":
                    kept["satisfaction"].append(text)
                else:
                    kept["other"].append(text)
            skipped = [n for n in imported.notes if "不认识" in n]
            good = bool(kept["volume"] and kept["duration"]) and not skipped
            ok += good
            print(f"  {path.suffix:6} rows={imported.rows} period={imported.report['period']['start']}"
                  f"..{imported.report['period']['end']} {'OK' if good else 'INCOMPLETE'}")
            for key in ("volume", "duration", "satisfaction", "other"):
                print(f"    {key:12} {'; '.join(kept[key]) or '-'}")
            if skipped:
                print(f"    skipped      {skipped[0]}")
    print(f"{ok} of 24 files kept volume and durations with no column skipped")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=365)
    parser.add_argument("--agents", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--vendors", action="store_true", help="import the twelve documented column sets")
    args = parser.parse_args()
    os.environ.setdefault("CSWRITER_CACHE_DIR", tempfile.mkdtemp(prefix="cswriter-bench-"))
    if args.vendors:
        vendors()
        return
    from cswriter.importing import import_exports

    folder = Path(tempfile.mkdtemp(prefix="cswriter-import-"))
    rows = make_rows(args.rows, args.agents)
    expected = sum(r[2] for r in rows)
    cli = [str(Path(sys.executable).parent / "cswriter"), "import"]
    print(f"{len(rows)} rows × {len(HEADER)} columns ({args.rows} days, {args.agents} agent(s))")
    print(f"{'input':8} {'library best':>13} {'median':>8} {'CLI best':>9} {'median':>8}  volume ok")
    for path in write_files(folder, rows):
        best, median, imported = timed(lambda: import_exports([path]), args.rounds)
        volume_ok = imported.metrics[0]["value"] == expected
        out = folder / f"{path.stem}-{path.suffix[1:]}.yaml"

        def run_cli():
            subprocess.run([*cli, str(path), "-o", str(out), "--force"], check=True, capture_output=True)

        cli_best, cli_median, _ = timed(run_cli, args.rounds)
        print(f"{path.suffix:8} {best * 1000:>10.0f} ms {median * 1000:>5.0f} ms "
              f"{cli_best * 1000:>6.0f} ms {cli_median * 1000:>5.0f} ms  {volume_ok}")


if __name__ == "__main__":
    main()
