"""Facts from help-desk exports: `cswriter import EXPORT… -o FACTS [--into FACTS]`.

    result = import_exports(["2025-客服统计.xlsx"], agents=["王芳"])
    write_facts(result, Path("年终.yaml"))                          # a new facts file
    write_facts(result, Path("年终.yaml"), into=Path("年终.yaml"))   # merged into the user's

The export gives the metrics, the monthly (or daily) table and the period; what it cannot
give (cases, problems, plans) is left to `cswriter check`'s questions. Nothing is written
until everything has been read and checked, and the result is validated as facts before
it is written (atomically), so a bad export never leaves a half-written facts file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cswriter.errors import InputError
from cswriter.importing.aggregate import Imported, aggregate
from cswriter.importing.mapping import build_mapping, mapping_path
from cswriter.importing.merge import write_facts
from cswriter.importing.sheets import read_sheets
from cswriter.importing.table import ParsedSheet, looks_like_data, parse_sheet

__all__ = ["Imported", "import_exports", "mapping_path", "write_facts"]


def import_exports(paths: list[str | Path], *, agents: list[str] | None = None,
                   report_type: str | None = None, ignore: list[str] | None = None,
                   mapping: list[str] | dict[str, str] | None = None, use_mapping_file: bool = True,
                   period: str | tuple[date, date] | None = None) -> Imported:
    """Read, check and add up the exports; raises `InputError` naming file, sheet, row, column.

    `mapping`: `--map 列名=指标` entries (or a ready {normalised header: field id});
    the person's mapping file is read too unless `use_mapping_file` is False. `period`
    (2026年第三季度, 2026-07-01至2026-09-30, or a pair of dates) dates a table that has no
    date column; for dated rows it keeps only the rows inside it."""
    if not paths:
        raise InputError("请至少给出一个导出文件（.xlsx 或 .csv）。")
    if isinstance(mapping, dict):
        known = mapping
    else:
        known = build_mapping(list(mapping or []), use_file=use_mapping_file)
    span = _period(period)
    parsed = []
    notes: list[str] = []
    for path in paths:
        try:
            parsed += _read_export(path, ignore, notes, known, span)
        except InputError as error:
            _locate(error, path)
            raise
    imported = aggregate(parsed, agents=agents, report_type=report_type, period=span)
    imported.notes[:0] = notes
    return imported


def _period(period: str | tuple[date, date] | None) -> tuple[date, date] | None:
    if period is None or isinstance(period, tuple):
        return period
    from cswriter.text.dates import UnreadableDate, read_period

    try:
        return read_period(period, today=date.today())
    except UnreadableDate as exc:
        raise InputError(f"--period {period}: {exc.message}",
                         hint="例如 --period 2026年第三季度、--period 2026-07-01至2026-09-30、--period 2026年11月。") from None


def _locate(error: InputError, path: str | Path) -> None:
    """The export's file, for an error raised where only the data was known; the row and
    column come from where the problem was found (`Sheet.at`), never from the message."""
    error.file = error.file or str(path)


def _read_export(path: str | Path, ignore: list[str] | None, notes: list[str],
                 mapping: dict[str, str], period: tuple[date, date] | None) -> list[ParsedSheet]:
    """The data sheets of one export, parsed; a note for each sheet passed over."""
    sheets = read_sheets(path)
    usable = [s for s in sheets if s.rows]
    if not usable:
        first = sheets[0] if sheets else None
        where = first.where() if first else str(path)
        raise InputError(f"{where}: 是空的，没有可导入的数据。",
                         hint="请确认导出时选择了统计时间段，且导出的是数据而不是空模板。")
    skip = frozenset(name.strip() for name in ignore or [])
    if len(usable) == 1:
        return [parse_sheet(usable[0], skip, mapping=mapping, period=period)]
    # A workbook often carries a 说明 or 图表 sheet beside the data: a sheet without a
    # recognisable header is passed over (and said so), as long as another sheet has data.
    found, passed_over = [], []
    for sheet in usable:
        try:
            found.append(parse_sheet(sheet, skip, mapping=mapping, period=period))
        except InputError:
            if not looks_like_data(sheet, mapping):
                passed_over.append(sheet)
                continue
            raise
    if not found:
        raise InputError(
            f"{usable[0].path}: 没有一个工作表有可识别的表头（如“日期”“接待人数”）。",
            hint="请确认导出的是统计数据表；不认识的列名可以用 --map 列名=指标 说明。")
    for sheet in passed_over:
        notes.append(f"{sheet.where()} 没有可识别的表头，已跳过。")
    return found
