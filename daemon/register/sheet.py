"""A register file read into rows of cells (XLSX or CSV), for `daemon.core.register_import` to check.

The edge of `lpse-akses register import`: it reads the bytes once (their SHA-256 goes into the audit), and
hands on every row from the spreadsheet's row 1, so that the core names rows as the spreadsheet shows them.
XLSX: the first (active) sheet, cached values of formulas, Excel datetimes as datetimes. CSV: UTF-8 (with or
without BOM) or, failing that, Windows-1252 as older Excel saves it; ";" (Excel in an Indonesian locale),
"," or a tab as the delimiter, whichever the header line uses most; the quote this program's own CSV puts
before a formula-like cell is taken off again.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from daemon.errors import OperationError
from daemon.register.layout import FORMULA_PREFIXES

KINDS = ("xlsx", "csv")
DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True)
class SheetFile:
    name: str
    sha256: str
    cells: list[list[object]]


def read_sheet_file(path: Path) -> SheetFile:
    """The file's rows of cells; OperationError (in Bahasa Indonesia) when it cannot be read."""
    kind = path.suffix.lower().lstrip(".")
    if kind == "xls":
        raise OperationError(f"{path.name}: format .xls lama tidak didukung; simpan sebagai .xlsx atau .csv")
    if kind not in KINDS:
        raise OperationError(f"{path.name}: hanya berkas .xlsx atau .csv yang dapat diimpor")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OperationError(f"{path}: tidak dapat dibaca ({exc.strerror or exc})") from None
    cells = _xlsx_cells(path.name, data) if kind == "xlsx" else csv_cells(data)
    return SheetFile(path.name, hashlib.sha256(data).hexdigest(), cells)


def csv_cells(data: bytes) -> list[list[object]]:
    """Every CSV record as a row (a record is a row of the spreadsheet, even with a line break in a cell)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    return [[_unquote(c) for c in record] for record in reader]


def _delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    header = next((line for line in lines if "nama" in line.casefold()), lines[0] if lines else "")
    return max(DELIMITERS, key=header.count)


def _unquote(cell: str) -> str:
    """Our own CSV writes "'=..." so that Excel does not run it: the text was "=..."."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_PREFIXES) else cell


def _xlsx_cells(name: str, data: bytes) -> list[list[object]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
    except (BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise OperationError(f"{name}: bukan berkas XLSX yang dapat dibaca ({exc})") from None
    ws = wb.active
    if ws is None:
        raise OperationError(f"{name}: berkas XLSX tanpa lembar kerja")
    return [list(row) for row in ws.iter_rows(min_row=1, max_row=max(ws.max_row, 1), values_only=True)]
