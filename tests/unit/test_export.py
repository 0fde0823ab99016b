"""The register's exports, read back with the same libraries an office would use (csv, openpyxl, pypdf)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from daemon.core.period import Period
from daemon.core.register import COLUMNS, GrantRecord, RegisterHeader, RegisterRow, place_date, register_rows
from daemon.register.export import export, write_csv, write_pdf, write_xlsx

JAKARTA = ZoneInfo("Asia/Jakarta")
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30), "November 2026")
HEADER = RegisterHeader(
    office_name="LPSE Kota Salatiga",
    city="Salatiga",
    period=NOVEMBER,
    signer_title="KEPALA BAGIAN PENGADAAN BARANG DAN JASA SETDA KOTA SALATIGA",
    signer_name="BAYU JOKO MULYONO, S.Sos, M.Si",
    signer_rank="Pembina",
    signer_nip="19750402 200312 1 008",
    place_date=place_date("Salatiga", date(2026, 11, 23)),
)
GRANTS = [
    # UTC inputs: the rows must show them in WIB (+7 h).
    GrantRecord("RA-2026-0007", "Budi Santoso", "PT Sinar & Co", "ra26_0007", ("ssh", "sftp"),
                "Pemeliharaan aplikasi SPSE", datetime(2026, 11, 25, 7, 30, tzinfo=UTC),
                datetime(2026, 11, 26, 2, 5, tzinfo=UTC)),
    GrantRecord("RA-2026-0009", "Sri Wahyuni", "CV Data, Jaya", "ra26_0009", ("vpn",), 'Migrasi "server" basis data',
                datetime(2026, 11, 27, 20, 0, tzinfo=UTC), None),
]


def rows() -> list[RegisterRow]:
    return register_rows(GRANTS, NOVEMBER, JAKARTA)


# --- CSV ---------------------------------------------------------------------------------------------------


def csv_bytes(register: list[RegisterRow]) -> bytes:
    out = io.BytesIO()
    write_csv(register, out)
    return out.getvalue()


def test_csv_starts_with_the_bom_and_the_exact_header_line() -> None:
    data = csv_bytes(rows())
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].split(b"\r\n")[0] == (
        b"No.,Nama,Instansi,Username,Hak Akses,Tujuan,Waktu Pemberian,Waktu Penutupan"
    )


def test_csv_lines_end_in_crlf() -> None:
    data = csv_bytes(rows())
    assert data.endswith(b"\r\n")
    assert data.count(b"\r\n") == 3
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_csv_rows_in_office_time_and_open_rows_end_empty() -> None:
    parsed = list(csv.reader(io.StringIO(csv_bytes(rows()).decode("utf-8-sig"), newline="")))
    assert tuple(parsed[0]) == COLUMNS
    assert parsed[1] == ["1", "Budi Santoso", "PT Sinar & Co", "ra26_0007", "ssh, sftp", "Pemeliharaan aplikasi SPSE",
                         "2026-11-25 14:30", "2026-11-26 09:05"]
    # 20:00 UTC on the 27th is 03:00 WIB on the 28th; still open, so the last cell is empty.
    assert parsed[2] == ["2", "Sri Wahyuni", "CV Data, Jaya", "ra26_0009", "vpn", 'Migrasi "server" basis data',
                         "2026-11-28 03:00", ""]


def test_csv_quotes_commas_and_quotes() -> None:
    text = csv_bytes(rows()).decode("utf-8-sig")
    assert '"CV Data, Jaya"' in text
    assert '"Migrasi ""server"" basis data"' in text


def test_csv_never_lets_a_requesters_text_become_a_formula() -> None:
    evil = GrantRecord("RA-1", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "u1", ("ssh",), "+1", datetime(2026, 11, 2,
                       tzinfo=UTC), None)
    parsed = list(csv.reader(io.StringIO(csv_bytes(register_rows([evil], NOVEMBER, JAKARTA)).decode("utf-8-sig"))))
    assert parsed[1][1:3] == ["'=HYPERLINK(\"http://x\")", "'@SUM(A1)"]
    assert parsed[1][5] == "'+1"


def test_csv_of_an_empty_register_is_the_header_alone() -> None:
    assert csv_bytes([]) == "\ufeff".encode() + b"No.,Nama,Instansi,Username,Hak Akses,Tujuan,Waktu Pemberian," \
        b"Waktu Penutupan\r\n"


# --- XLSX --------------------------------------------------------------------------------------------------


def test_xlsx_has_the_forms_layout(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    write_xlsx(rows(), HEADER, path)
    ws = load_workbook(path).active
    assert ws is not None
    cells = {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}
    texts = [v for v in cells.values() if isinstance(v, str)]
    assert "Formulir Pencatatan Pemberian Remote Akses" in texts
    assert "Periode : November 2026" in texts
    assert "LPSE : LPSE Kota Salatiga" in texts
    # "Waktu" spans Pemberian and Penutupan; the other headings span both header rows.
    waktu = next(c for c, v in cells.items() if v == "Waktu")
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert waktu == "G5" and "G5:H5" in merged
    assert (cells["G6"], cells["H6"]) == ("Pemberian", "Penutupan")
    assert {"A5:A6", "B5:B6", "F5:F6"} <= merged
    assert [cells[f"{c}5"] for c in "ABCDEF"] == ["No.", "Nama", "Instansi", "Username", "Hak Akses", "Tujuan"]
    # real datetimes in office time, formatted for people
    assert ws["G7"].value == datetime(2026, 11, 25, 14, 30)
    assert ws["G7"].number_format == "dd/mm/yyyy hh:mm"
    assert ws["H7"].value == datetime(2026, 11, 26, 9, 5)
    assert ws["H8"].value is None
    assert (ws["A7"].value, ws["D7"].value, ws["E7"].value) == (1, "ra26_0007", "ssh, sftp")
    assert ws["B7"].border.left.style == "thin" and ws["B7"].alignment.wrap_text
    # the signer under the table
    assert "NIP. 19750402 200312 1 008" in texts
    assert "Salatiga, 23 November 2026" in texts
    name = next(ws[c] for c, v in cells.items() if v == "BAYU JOKO MULYONO, S.Sos, M.Si")
    assert name.font.bold and name.font.underline == "single"
    assert name.row > 8
    assert ws.page_setup.orientation == "landscape"


def test_xlsx_stores_formula_like_text_as_text(tmp_path: Path) -> None:
    evil = GrantRecord("RA-1", "=1+1", "PT", "u1", ("ssh",), "x", datetime(2026, 11, 2, tzinfo=UTC), None)
    path = tmp_path / "r.xlsx"
    write_xlsx(register_rows([evil], NOVEMBER, JAKARTA), HEADER, path)
    ws = load_workbook(path).active
    assert ws is not None
    cell = ws["B7"]
    assert cell.value == "=1+1" and cell.data_type == "s"


def test_xlsx_of_an_empty_register_says_so(tmp_path: Path) -> None:
    out = io.BytesIO()
    write_xlsx([], HEADER, out)
    ws = load_workbook(io.BytesIO(out.getvalue())).active
    assert ws is not None
    assert ws["A7"].value == "Tidak ada pemberian remote akses pada periode ini."


# --- PDF ---------------------------------------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_carries_the_form_in_its_text_layer() -> None:
    out = io.BytesIO()
    write_pdf(rows(), HEADER, out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape
    text = pdf_text(out.getvalue())
    for expected in ("Formulir Pencatatan Pemberian Remote Akses", "Periode : November 2026",
                     "LPSE : LPSE Kota Salatiga", "Waktu", "Pemberian", "Penutupan", "ra26_0007", "ra26_0009",
                     "PT Sinar & Co", "25/11/2026 14.30", "26/11/2026 09.05", "28/11/2026 03.00",
                     "Salatiga, 23 November 2026", "BAYU JOKO MULYONO", "NIP. 19750402 200312 1 008"):
        assert expected in text, expected


def test_pdf_repeats_the_header_on_every_page() -> None:
    many = [GrantRecord(f"RA-{i}", f"Nama {i}", "PT", f"user_{i:03d}", ("ssh",), "Tujuan panjang " * 8,
                        datetime(2026, 11, 1 + i % 28, 3, 0, tzinfo=UTC), None) for i in range(60)]
    out = io.BytesIO()
    write_pdf(register_rows(many, NOVEMBER, JAKARTA), HEADER, out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    table_pages = [p.extract_text() for p in reader.pages if "user_" in p.extract_text()]
    assert len(table_pages) >= 2
    assert all("Pemberian" in t and "Username" in t for t in table_pages)
    assert "NIP. 19750402 200312 1 008" in reader.pages[-1].extract_text()


# --- dispatch ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "magic"), [("csv", b"\xef\xbb\xbfNo."), ("xlsx", b"PK"), ("PDF", b"%PDF")])
def test_export_dispatches_by_format(tmp_path: Path, fmt: str, magic: bytes) -> None:
    path = tmp_path / f"register.{fmt.lower()}"
    export(fmt, rows(), HEADER, path)
    assert path.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind


def test_export_refuses_an_unknown_format_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="csv, xlsx, pdf"):
        export("docx", rows(), HEADER, tmp_path / "register.docx")
    assert list(tmp_path.iterdir()) == []
