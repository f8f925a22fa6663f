"""Typed export rows → the facts' metrics and monthly (or daily) table.

Rows are added up by what each metric is: counts are summed; durations are averaged
weighted by each row's volume; rates are computed from their counts when the export has
them (满意评价数 / 评价总数 → 客户满意度 with `basis`), else averaged weighted by their
denominator. The same rule makes each month of the table and the period's totals, so the
table and the metrics always agree. A totals row in the export is compared with the sum
of the rows, and a difference is reported, never silently taken.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from cswriter.domain import load_domain
from cswriter.errors import InputError
from cswriter.figures.rounding import round_half_up
from cswriter.importing.columns import Column, export_spec
from cswriter.importing.table import ParsedSheet, Record, month_end

RATE_DECIMALS = 1
DURATION_DECIMALS = 1
# Rates people expect near the top of the scale: a column of values all ≤ 1 is fractions.
HIGH_RATES = {"satisfaction", "resolution_rate", "answer_rate"}


@dataclass
class Output:
    """One metric the facts will have: how to compute it from a group of records."""

    key: str
    name: str
    unit: str
    kind: str
    column: Column | None = None
    numerator: str | None = None
    denominator: str | None = None
    basis_key: str | None = None
    fraction: bool = False
    metric: str | None = None
    """The canonical metric (metrics.yaml id) this output is."""


@dataclass
class Imported:
    """What an import produced: facts data (plain), and what a person should know."""

    report: dict[str, Any]
    metrics: list[dict[str, Any]]
    monthly: dict[str, Any] | None
    notes: list[str] = field(default_factory=list)
    rows: int = 0
    agents: list[str] = field(default_factory=list)
    granularity: str = "month"

    def facts(self) -> dict[str, Any]:
        data: dict[str, Any] = {"report": self.report, "metrics": self.metrics}
        if self.monthly:
            data["monthly"] = self.monthly
        return data


def plan_outputs(columns: list[Column], records: list[Record]) -> list[Output]:
    """The metrics to compute, in the order a summary states them."""
    spec = export_spec()
    by_field = {c.field.id: c for c in columns}
    outputs: list[Output] = []
    used: set[str] = set()
    received = by_field.get("received")
    if received:
        outputs.append(Output(key="received", name=received.name, unit=received.unit or "件",
                              kind="count", column=received, metric=received.field.metric))
        used.add("received")
    elif "resolved" in by_field:
        # A per-agent report without an intake column (Zendesk: Tickets solved): the tickets
        # an agent solved are the work volume it shows.
        resolved = by_field["resolved"]
        outputs.append(Output(key="resolved", name=resolved.name, unit=resolved.unit or "件",
                              kind="count", column=resolved, metric="volume"))
        used.add("resolved")
    for rate_id, derived in spec.derived.items():
        rate_field = spec.fields[rate_id]
        numerator, denominator = rate_field.numerator, rate_field.denominator
        if derived.get("only_with_column") and rate_id not in by_field:
            continue
        if numerator in by_field and denominator in by_field:
            name = by_field[rate_id].name if rate_id in by_field else derived["name"]
            outputs.append(Output(key=rate_id, name=name, unit="%", kind="rate",
                                  numerator=numerator, denominator=denominator,
                                  basis_key=derived["basis"], metric=rate_field.metric))
            used.update({rate_id, numerator, denominator})
    for column in columns:
        fid = column.field.id
        if fid in used or column.field.role in ("date", "agent"):
            continue
        if fid in ("rated", "satisfied", "resolved", "neutral", "dissatisfied", "invited"):
            continue  # counts behind a rate; without their partner they say little
        used.add(fid)
        role = column.field.role
        if role == "count":
            outputs.append(Output(key=fid, name=column.name, unit=column.unit or "件", kind="count", column=column,
                                  metric=column.field.metric))
        elif role in ("duration", "score"):
            outputs.append(Output(key=fid, name=column.name, unit=column.unit or "", kind=role, column=column,
                                  denominator="received", metric=column.field.metric))
        elif role == "rate":
            values = [r.values[fid] for r in records if fid in r.values]
            fraction = ((column.field.metric in HIGH_RATES or column.field.high) and bool(values) and max(values) <= 1.0)
            outputs.append(Output(key=fid, name=column.name, unit="%", kind="rate", column=column,
                                  denominator=column.field.denominator or "received", fraction=fraction,
                                  metric=column.field.metric))
    return outputs


def compute(output: Output, records: list[Record]) -> tuple[float | None, dict[str, float] | None]:
    """The output's value over a group of records (and its basis, for rates from counts)."""
    if output.kind == "count":
        values = [r.values[output.key] for r in records if output.key in r.values]
        return (sum(values) if values else None), None
    if output.numerator:
        pairs = [(r.values[output.numerator], r.values[output.denominator]) for r in records
                 if output.numerator in r.values and output.denominator in r.values]
        part = sum(p for p, _ in pairs)
        whole = sum(w for _, w in pairs)
        if not pairs or whole <= 0:
            return None, None
        value = round_half_up(part / whole * 100, RATE_DECIMALS)
        return value, {output.basis_key or "part": part, "total": whole}
    weight_key = output.denominator or "received"
    if not any(weight_key in r.values for r in records):
        weight_key = "received"  # 满意率 without 评价总数: weighted by volume
    weighted = [(r.values[output.key], r.values.get(weight_key)) for r in records
                if output.key in r.values]
    if not weighted:
        return None, None
    if all(w is not None and w > 0 for _, w in weighted):
        total = sum(w for _, w in weighted)
        mean = sum(v * w for v, w in weighted) / total
    else:
        mean = sum(v for v, _ in weighted) / len(weighted)
    if output.fraction:
        mean *= 100
    decimals = RATE_DECIMALS if output.kind == "rate" else DURATION_DECIMALS
    return round_half_up(mean, decimals), None


def _as_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def select_agents(records: list[Record], wanted: list[str], where: str) -> tuple[list[Record], list[str]]:
    agents = sorted({r.agent for r in records if r.agent})
    if not wanted:
        return records, agents
    missing = [a for a in wanted if a not in agents]
    if missing:
        listed = "、".join(agents[:20]) if agents else "（导出中没有客服列）"
        raise InputError(f"{where}: 找不到客服“{'”“'.join(missing)}”。导出中的客服有：{listed}。",
                         hint="--agent 的值应与导出中客服列的写法完全一致；不写 --agent 则汇总全部客服。")
    return [r for r in records if r.agent in wanted], wanted


def check_totals(sheet: ParsedSheet, outputs: list[Output]) -> list[str]:
    """The export's own 合计 row against the sum of its rows (counts must match exactly)."""
    notes = []
    for total in sheet.totals:
        for column in sheet.columns:
            fid = column.field.id
            if column.field.role != "count" or fid not in total.values:
                continue
            summed = sum(r.values.get(fid, 0.0) for r in sheet.records)
            stated = total.values[fid]
            where = sheet.sheet.where(total.row, column.index, column.header)
            if abs(summed - stated) > 1e-6 * max(1.0, abs(stated)):
                notes.append(f"{where}: 合计行为 {_as_number(stated)}，逐行相加为 {_as_number(summed)}，"
                             "已按逐行相加计算，请核对导出是否完整。")
    return notes


def aggregate(sheets: list[ParsedSheet], *, agents: list[str] | None = None,
              report_type: str | None = None, period: tuple[date, date] | None = None) -> Imported:
    if not sheets:
        raise InputError("没有可导入的数据。")
    columns: list[Column] = []
    seen: set[str] = set()
    for sheet in sheets:
        for column in sheet.columns:
            if column.field.id not in seen:
                seen.add(column.field.id)
                columns.append(column)
    all_records = [r for s in sheets for r in s.records]
    where = "、".join(dict.fromkeys(s.sheet.path for s in sheets))
    records, chosen = select_agents(all_records, agents or [], where)
    outputs = plan_outputs(columns, records)
    notes = [n for s in sheets for n in s.notes]
    if not agents:
        for sheet in sheets:
            notes += check_totals(sheet, outputs)
    undated = any(s.undated for s in sheets)
    if not undated:
        _check_duplicates(sheets, records)

    monthly = any(r.monthly for r in records)
    start = min(r.day for r in records)
    end = max(month_end(r.day) if r.monthly else r.day for r in records)
    previous_records: list[Record] = []
    if period is not None and not undated and (start < period[0] or end > period[1]):
        inside = [r for r in records if period[0] <= r.day <= period[1]]
        if not inside:
            raise InputError(f"{where}: 导出的数据在 {start} 至 {end}，--period {period[0]} 至 {period[1]} 内没有数据。",
                             hint="请核对 --period，或不写 --period，统计周期按导出的日期确定。")
        notes.append(f"导出覆盖 {start} 至 {end}，按 --period 只取 {period[0]} 至 {period[1]} 的 {len(inside)} 行。")
        records = inside
        start, end = period
    elif period is not None and not undated and (start, end) != period:
        notes.append(f"导出的数据在 {start} 至 {end}，统计周期按 --period 记为 {period[0]} 至 {period[1]}。")
        start, end = period
    if undated:
        spans = {s.period for s in sheets if s.undated}
        if len(spans) > 1:
            listed = "；".join(f"{a} 至 {b}" for a, b in sorted(spans))  # type: ignore[misc]
            raise InputError(f"{where}: 这些导出的统计周期不同（{listed}），不能相加。",
                             hint="请分开导入，或用 --period 给出同一个统计周期。")
        start, end = spans.pop()  # type: ignore[misc]
    elif report_type and report_type != "project":
        # An export longer than the report (two months for a monthly summary): the report
        # covers the last period, and the one before it gives every metric's previous value.
        period_start, period_end = period_of(report_type, end)
        if period_start > start:
            before_start, before_end = period_of(report_type, period_start - timedelta(days=1))
            previous_records = [r for r in records if before_start <= r.day <= before_end]
            records = [r for r in records if period_start <= r.day <= period_end]
            if not records:  # pragma: no cover - the last row always falls in the last period
                raise InputError(f"{where}: {period_start} 至 {period_end} 没有数据。")
            notes.append(f"导出覆盖 {start} 至 {end}，按 --type {report_type} 取最后一期 {period_start} 至 "
                         f"{period_end}" + ("，前一期的数据写入各指标的 previous。" if previous_records else "。"))
            start, end = period_start, period_end
    span = (end - start).days + 1
    daily_table = not monthly and span <= 31 and not undated
    groups: dict[str, list[Record]] = defaultdict(list)
    for record in sorted(records, key=lambda r: r.day):
        key = record.day.isoformat() if daily_table else f"{record.day.year}-{record.day.month:02d}"
        groups[key].append(record)

    metrics: list[dict[str, Any]] = []
    table_outputs: list[Output] = []
    for output in outputs:
        value, basis = compute(output, records)
        if value is None:
            continue
        metric: dict[str, Any] = {"name": output.name, "value": _as_number(value), "unit": output.unit}
        previous = compute(output, previous_records)[0] if previous_records else None
        if previous is not None:
            metric["previous"] = _as_number(previous)
        if basis:
            metric["basis"] = {k: _as_number(v) for k, v in basis.items()}
        known = load_domain().match_metric(output.name)
        if output.metric and (known is None or known.id != output.metric):
            metric["canonical"] = output.metric  # 接待会话数 is the volume, though no synonym says so
        metrics.append(metric)
        table_outputs.append(output)
    if not metrics:
        raise InputError(f"{where}: 指标列全是空的，没有可导入的数字。")
    table = None
    if not undated and (len(groups) >= 2 or daily_table):
        table = {
            "columns": [o.name for o in table_outputs],
            "units": [o.unit for o in table_outputs],
            "rows": {key: [_maybe(compute(o, group)[0]) for o in table_outputs] for key, group in groups.items()},
        }
    report: dict[str, Any] = {"type": report_type or infer_type(start, end),
                              "period": {"start": start, "end": end}}
    everyone = sorted({r.agent for r in all_records if r.agent})
    if len(chosen) == 1:
        report["author"] = chosen[0]
    elif len(chosen) > 1:
        report["level"] = "lead"
        report["team_size"] = len(chosen)
        notes.append(f"已汇总 {len(chosen)} 位客服的数据（{'、'.join(chosen[:10])}"
                     f"{'等' if len(chosen) > 10 else ''}）；只要一位时用 --agent 姓名。")
    if agents and len(everyone) > len(chosen):
        notes.append(f"只导入了 {'、'.join(chosen)} 的数据（导出中共有 {len(everyone)} 位客服）。")
    return Imported(report=report, metrics=metrics, monthly=table, notes=notes, rows=len(records),
                    agents=chosen, granularity="day" if daily_table else "month")


def _maybe(value: float | None) -> float | int | None:
    return None if value is None else _as_number(value)


def _check_duplicates(sheets: list[ParsedSheet], records: list[Record]) -> None:
    """The same date twice for the same agent (two exports of one period) would double the sums."""
    seen: dict[tuple[date, str | None], Record] = {}
    for record in records:
        key = (record.day, record.agent)
        if key in seen:
            who = f"客服“{record.agent}”" if record.agent else ""
            raise InputError(f"{record.day.isoformat()} {who}的数据出现了两次（第{seen[key].row}行和第{record.row}行），"
                             "相加会重复计算。",
                             hint="请确认没有把同一时间段导出两次，或同一文件给了两遍。", line=record.row)
        seen[key] = record


def period_of(report_type: str, day: date) -> tuple[date, date]:
    """The calendar period of a report type that contains `day` (a week ends on `day`)."""
    if report_type == "weekly":
        return day - timedelta(days=6), day
    if report_type == "monthly":
        return date(day.year, day.month, 1), month_end(day)
    if report_type == "quarterly":
        first = 3 * ((day.month - 1) // 3) + 1
        return date(day.year, first, 1), month_end(date(day.year, first + 2, 1))
    if report_type == "half-year":
        first = 1 if day.month <= 6 else 7
        return date(day.year, first, 1), month_end(date(day.year, first + 5, 1))
    return date(day.year, 1, 1), date(day.year, 12, 31)


def infer_type(start: date, end: date) -> str:
    """The report type a period suggests (a year → year-end, a month → monthly …)."""
    days = (end - start).days + 1
    if days <= 8:
        return "weekly"
    if days <= 31:
        return "monthly"
    if days <= 92:
        return "quarterly"
    if days <= 184:
        return "half-year"
    return "year-end"
