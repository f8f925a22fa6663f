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

from pathlib import Path

from cswriter.errors import InputError
from cswriter.importing.aggregate import Imported, aggregate
from cswriter.importing.merge import write_facts
from cswriter.importing.sheets import read_sheets
from cswriter.importing.table import parse_sheet

__all__ = ["Imported", "import_exports", "write_facts"]


def import_exports(paths: list[str | Path], *, agents: list[str] | None = None,
                   report_type: str | None = None, ignore: list[str] | None = None) -> Imported:
    """Read, check and add up the exports; raises `InputError` naming file, sheet, row, column."""
    if not paths:
        raise InputError("请至少给出一个导出文件（.xlsx 或 .csv）。")
    parsed = []
    for path in paths:
        sheets = read_sheets(path)
        usable = [s for s in sheets if s.rows]
        if not usable:
            first = sheets[0] if sheets else None
            where = first.where() if first else str(path)
            raise InputError(f"{where}: 是空的，没有可导入的数据。",
                             hint="请确认导出时选择了统计时间段，且导出的是数据而不是空模板。")
        skip = frozenset(name.strip() for name in ignore or [])
        parsed += [parse_sheet(sheet, skip) for sheet in usable]
    return aggregate(parsed, agents=agents, report_type=report_type)
