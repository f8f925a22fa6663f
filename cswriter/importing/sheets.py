"""Reading help-desk exports: .csv (UTF-8, UTF-8 with BOM, GBK) and .xlsx, as grids of cells.

.xlsx is read with openpyxl rather than python-calamine: it is pure Python (no wheel to
match the platform), it reports merged cell ranges (a merged header must be refused with
its position, and calamine's readers do not say where merges are), and cswriter already
uses it to embed chart data in .docx files. A year of daily rows (365 × 10) reads in well
under a second (see bench/import_exports.py), so calamine's speed buys nothing here.

Every problem is an `InputError` naming the file, the sheet, the row and the column.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cswriter.errors import InputError
from cswriter.text.files import decode_bytes, read_bytes

MAX_EXPORT_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_CELLS = 2_000_000
# What the zip may inflate to: in all, per part (400 MB of shared strings is no report), and
# relative to its size on disk (a zip bomb inflates a thousandfold).
MAX_INFLATED_BYTES = 500 * 1024 * 1024
MAX_PART_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
SUFFIXES = (".csv", ".xlsx", ".xlsm")

Cell = str | float | int | date | datetime | None


@dataclass
class Sheet:
    """One table of an export: the file, the sheet's name (None for .csv), rows of cells."""

    path: str
    name: str | None
    rows: list[list[Cell]]
    merged: list[str] = field(default_factory=list)
    """Merged ranges (A1:C1) of an .xlsx sheet."""

    def at(self, row: int | None = None, column: int | None = None,
           header: str | None = None) -> dict[str, Any]:
        """The same position for programs: an error's `file`, `line` (the row) and `field`
        (the column's header, else its letter or number), given where it is raised."""
        where = header
        if where is None and column is not None:
            where = f"{column_letter(column)}列" if self.name is not None else f"第{column + 1}列"
        return {"file": self.path, "line": row, "field": where}

    def where(self, row: int | None = None, column: int | None = None, header: str | None = None) -> str:
        """文件 X 工作表“Y” 第3行 C列（“接待人数”）: a position as a person would look for it."""
        parts = [self.path]
        if self.name is not None:
            parts.append(f"工作表“{self.name}”")
        if row is not None:
            parts.append(f"第{row}行")
        if column is not None:
            label = f"{column_letter(column)}列" if self.name is not None else f"第{column + 1}列"
            if header:
                label += f"（“{header}”）"
            parts.append(label)
        return " ".join(parts)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_sheets(path: str | Path) -> list[Sheet]:
    """The sheets of one export that hold anything; raises `InputError` on unreadable files."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".xls":
        raise InputError(f"{p}: 不支持旧版 Excel（.xls）格式。", hint="请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后重试。")
    if suffix not in SUFFIXES:
        raise InputError(f"{p}: 无法识别的导出文件类型“{p.suffix or p.name}”。",
                         hint="请使用客服系统导出的 .xlsx 或 .csv 文件。")
    try:
        size = p.stat().st_size
    except OSError:
        size = 0  # read_bytes says what is wrong, in Chinese
    if size > MAX_EXPORT_BYTES:
        raise InputError(f"{p}: 文件过大（{size / 1048576:.0f} MB），上限为 {MAX_EXPORT_BYTES // 1048576} MB。")
    data = read_bytes(p)
    if suffix == ".csv":
        return [_read_csv(data, str(p))]
    return _read_xlsx(data, str(p))


def _read_csv(data: bytes, name: str) -> Sheet:
    if data[:4] == b"PK\x03\x04":
        raise InputError(f"{name}: 这是 Excel（.xlsx）文件，扩展名却是 .csv。", hint="请把扩展名改为 .xlsx 后重试。")
    text = decode_bytes(data, name)
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Cell]] = []
    try:
        for record in csv.reader(io.StringIO(text, newline=""), dialect):
            if len(record) > MAX_COLUMNS:
                raise InputError(f"{name} 第{len(rows) + 1}行: 列数超过 {MAX_COLUMNS:,} 列，不像一份统计报表。",
                                 file=name, line=len(rows) + 1)
            rows.append([cell if cell.strip() else None for cell in record])
            if len(rows) > MAX_ROWS:
                raise InputError(f"{name}: 行数超过 {MAX_ROWS:,} 行，不像一份统计报表。")
    except csv.Error as exc:
        raise InputError(f"{name} 第{len(rows) + 1}行: 无法解析的 CSV（{exc}）。",
                         file=name, line=len(rows) + 1) from None
    return Sheet(path=name, name=None, rows=_trim(rows))


def _read_xlsx(data: bytes, name: str) -> list[Sheet]:
    import zipfile

    try:
        from openpyxl import load_workbook
        from openpyxl.utils.exceptions import InvalidFileException
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(f"{name}: 读取 .xlsx 需要 openpyxl。") from None
    if data[:4] != b"PK\x03\x04":
        raise InputError(f"{name}: 不是有效的 Excel（.xlsx）文件，文件可能已损坏或是其他格式。",
                         hint="请在 Excel 或 WPS 中打开并另存为 .xlsx，或导出为 .csv。")
    _check_expansion(data, name)
    try:
        workbook = load_workbook(io.BytesIO(data), data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise InputError(f"{name}: 不是有效的 Excel（.xlsx）文件，文件可能已损坏。",
                         hint="请在 Excel 或 WPS 中打开并重新保存。") from None
    except Exception as exc:  # lxml and openpyxl raise many kinds on damaged XML
        raise InputError(f"{name}: 无法解析 Excel 文件（{type(exc).__name__}）。") from None
    sheets = []
    for worksheet in workbook.worksheets:
        # The extent of the cells really there: the declared dimension (XFD1048576 in a
        # 1.7 KB file) would make openpyxl build every empty cell of the sheet.
        present = getattr(worksheet, "_cells", None)
        if present is None:  # pragma: no cover - openpyxl internals changed
            max_row, max_col = worksheet.max_row, worksheet.max_column
        else:
            max_row = max((r for r, _ in present), default=0)
            max_col = max((c for _, c in present), default=0)
        if max_row > MAX_ROWS:
            raise InputError(f"{name} 工作表“{worksheet.title}”: 行数超过 {MAX_ROWS:,} 行，不像一份统计报表。")
        if max_col > MAX_COLUMNS:
            raise InputError(f"{name} 工作表“{worksheet.title}”: 列数超过 {MAX_COLUMNS:,} 列，不像一份统计报表。")
        if max_row * max_col > MAX_CELLS:
            raise InputError(f"{name} 工作表“{worksheet.title}”: 单元格超过 {MAX_CELLS:,} 个，不像一份统计报表。")
        rows = [[_xlsx_cell(cell) for cell in row]
                for row in worksheet.iter_rows(min_row=1, max_row=max_row, min_col=1, max_col=max_col)] \
            if max_row and max_col else []
        merged = [str(r) for r in worksheet.merged_cells.ranges]
        sheets.append(Sheet(path=name, name=worksheet.title, rows=_trim(rows), merged=merged))
    return sheets


def _check_expansion(data: bytes, name: str) -> None:
    """A small .xlsx may inflate to gigabytes; refuse it before openpyxl inflates it."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(f"{name}: 不是有效的 Excel（.xlsx）文件，文件可能已损坏。") from None
    total = sum(entry.file_size for entry in entries)
    largest = max(entries, key=lambda entry: entry.file_size, default=None)
    if total > MAX_INFLATED_BYTES:
        raise InputError(f"{name}: 文件解压后过大（{total / 1048576:.0f} MB），不像一份统计报表。")
    if largest is not None and largest.file_size > MAX_PART_BYTES:
        raise InputError(f"{name}: 其中的 {largest.filename[:80]} 解压后有 {largest.file_size / 1048576:.0f} MB，"
                         "不像一份统计报表。")
    if total > 10 * 1024 * 1024 and total > MAX_RATIO * max(len(data), 1):
        raise InputError(f"{name}: 文件解压后是原来的 {total // max(len(data), 1):,} 倍，像是压缩炸弹，已拒绝。")


def _xlsx_cell(cell: Any) -> Cell:
    value = cell.value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)) and "%" in (cell.number_format or ""):
        # A percentage cell stores 0.962 and shows 96.2%: read what the person sees.
        return f"{round(value * 100, 10):g}%"
    if value is None or isinstance(value, (int, float, date, datetime)):
        return value
    text = str(value)
    return text if text.strip() else None


def _trim(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Drop trailing empty rows and empty columns on the right (Excel's used range is loose)."""
    while rows and all(c is None for c in rows[-1]):
        rows.pop()
    width = max((max((i + 1 for i, c in enumerate(r) if c is not None), default=0) for r in rows), default=0)
    return [list(r[:width]) + [None] * (width - len(r[:width])) for r in rows]
