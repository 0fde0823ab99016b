"""Reading a register file at the edge: CSV encodings and delimiters, our own CSV's formula quote, refusals."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from daemon.errors import OperationError
from daemon.register.sheet import csv_cells, read_sheet_file

HEAD = "No.{d}Nama{d}Instansi{d}Username{d}Hak Akses{d}Tujuan{d}Waktu Pemberian{d}Waktu Penutupan\r\n"


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_the_delimiter_is_the_one_the_header_line_uses(delimiter: str) -> None:
    body = delimiter.join(["1", '"Santoso, Budi; S.Kom"', "PT X", "", "SSH", "Uji", "12/03/2025 09:00", ""])
    cells = csv_cells(("Register 2025\r\n" + HEAD.format(d=delimiter) + body + "\r\n").encode("utf-8-sig"))
    assert cells[0] == ["Register 2025"] and cells[1][1] == "Nama" and cells[2][1] == "Santoso, Budi; S.Kom"


def test_windows_1252_when_it_is_not_utf8_and_the_formula_quote_is_taken_off() -> None:
    text = HEAD.format(d=";") + "1;José;'=HYPERLINK(1);'+62;'plain;x;12/03/2025 09:00;\r\n"
    (_, row) = csv_cells(text.encode("cp1252"))
    assert row[1] == "José" and row[2] == "=HYPERLINK(1)" and row[3] == "+62" and row[4] == "'plain"


def test_an_xlsx_is_read_from_row_1_with_its_datetimes(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["B3"] = "Nama"
    ws["G4"] = datetime(2025, 3, 12, 9, 0)
    wb.save(tmp_path / "r.xlsx")
    sheet = read_sheet_file(tmp_path / "r.xlsx")
    assert sheet.cells[2][1] == "Nama" and sheet.cells[3][6] == datetime(2025, 3, 12, 9, 0) and len(sheet.cells) == 4
    assert sheet.name == "r.xlsx" and len(sheet.sha256) == 64


@pytest.mark.parametrize(("name", "data", "says"), [
    ("lama.xls", b"\xd0\xcf\x11\xe0", "format .xls lama tidak didukung"),
    ("catatan.txt", b"x", "hanya berkas .xlsx atau .csv"),
    ("rusak.xlsx", b"bukan zip", "bukan berkas XLSX yang dapat dibaca"),
])  # fmt: skip
def test_files_that_cannot_be_read_are_refused_in_indonesian(tmp_path: Path, name: str, data: bytes, says: str) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(OperationError, match=says):
        read_sheet_file(tmp_path / name)
