"""The paper register read back (pure): times as people type them, the header found, every error named."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from daemon.core.period import Period
from daemon.core.register import COLUMNS, IMPORT_NOTE, GrantRecord, register_rows
from daemon.core.register_import import KnownRow, PaperRow, plan_import, read_sheet
from daemon.core.register_times import UnreadableTime, read_time

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 6, 5, 0, tzinfo=timezone.utc)
HEADER = list(COLUMNS)


def wib(y: int, m: int, d: int, hh: int = 0, mi: int = 0) -> datetime:
    return datetime(y, m, d, hh, mi, tzinfo=WIB)


def sheet(*rows: list[object], title: bool = True) -> list[list[object]]:
    head: list[list[object]] = [["Formulir Pencatatan Pemberian Remote Akses"], []] if title else []
    return [*head, HEADER, *rows]


def good(no: object = 1, nama: str = "Budi Santoso", granted: object = "12/03/2025 09:00", closed: object = "12/03/2025 17:00") -> list[object]:
    return [no, nama, "PT Mitra", "budi", "SSH", "Pemeliharaan server", granted, closed]


def errors(cells: list[list[object]]) -> list[str]:
    return [str(p) for p in read_sheet(cells, WIB, NOW).problems]


# --- times ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "12/03/2025 09:00", "12-03-2025 09.00", "12.03.2025 09:00", "2025-03-12 09:00", "2025-03-12T09:00:00",
    "12 Maret 2025 09.00", "12 maret 2025 pukul 09.00 WIB", "Rabu, 12 Maret 2025, 09.00", "12 Mar 2025 09:00",
    "12/03/25 09:00", "  12/03/2025   09:00  ", "12 March 2025 09:00",
])  # fmt: skip
def test_the_forms_people_type_are_read_in_the_office_s_zone(text: str) -> None:
    assert read_time(text, WIB) == wib(2025, 3, 12, 9, 0)


def test_a_zone_word_names_its_zone_and_a_date_alone_is_the_day_s_start_or_for_a_closure_its_end() -> None:
    assert read_time("12/03/2025 10:00 WITA", WIB) == wib(2025, 3, 12, 9, 0)
    assert read_time("12/03/2025 11.00 WIT", WIB) == wib(2025, 3, 12, 9, 0)
    assert read_time("12/03/2025", WIB) == wib(2025, 3, 12, 0, 0)
    assert read_time("12/03/2025", WIB, end_of_day=True) == wib(2025, 3, 12, 23, 59)


def test_excel_cells_are_office_time_and_rounded_to_the_minute() -> None:
    assert read_time(datetime(2025, 3, 12, 8, 59, 59, 999_600), WIB) == wib(2025, 3, 12, 9, 0)  # float noise
    assert read_time(datetime(2025, 3, 12, 9, 0, 37), WIB) == wib(2025, 3, 12, 9, 0)  # the daemon's own grant
    assert read_time(date(2025, 3, 12), WIB, end_of_day=True) == wib(2025, 3, 12, 23, 59)
    assert read_time(datetime(2025, 3, 12, 2, 0, tzinfo=timezone.utc), WIB) == wib(2025, 3, 12, 9, 0)
    assert read_time(None, WIB) is None and read_time("  ", WIB) is None and read_time("-", WIB) is None


@pytest.mark.parametrize("text", ["31/02/2025", "12/13/2025 09:00", "12/03/2025 25:00", "12 Maretz 2025", "kemarin", "45000.5"])
def test_what_is_not_a_time_is_refused_with_the_text_as_written(text: str) -> None:
    with pytest.raises(UnreadableTime) as exc:
        read_time(text, WIB)
    assert str(exc.value) == text


# --- the header ----------------------------------------------------------------------------------------


def test_the_header_is_matched_tolerantly_under_a_title() -> None:
    head = ["no", " NAMA ", "instansi", "UserName", "Hak  Akses", "tujuan", "Waktu pemberian", "WAKTU PENUTUPAN:"]
    cells = [["Register remote akses 2025"], ["LPSE Kota Salatiga"], head, good()]
    (row,) = read_sheet(cells, WIB, NOW).rows
    assert row.line == 4 and row.nama == "Budi Santoso" and row.granted_at == wib(2025, 3, 12, 9, 0)


def test_the_daemon_s_two_row_header_and_its_signer_block() -> None:
    cells: list[list[object]] = [
        ["Formulir Pencatatan Pemberian Remote Akses"], ["Periode : Tahun 2025"], ["LPSE : LPSE Kota Salatiga"], [],
        ["No.", "Nama", "Instansi", "Username", "Hak Akses", "Tujuan", "Waktu", None],
        [None, None, None, None, None, None, "Pemberian", "Penutupan"],
        ["1 (impor)", "Budi Santoso", "PT Mitra", "budi", "SSH", "Uji", datetime(2025, 3, 12, 9, 0), None],
        [2, "Sri Wahyuni", "CV Data", "ra25_0002", "VPN", "Migrasi", datetime(2025, 3, 13, 9, 0, 12), datetime(2025, 3, 14)],
        [], [IMPORT_NOTE], [],
        [None, None, None, None, None, "Salatiga, 6 Desember 2026"], [None, None, None, None, None, "Kepala Bagian"],
        [None, None, None, None, None, "NIP. 19750402 200312 1 008"],
    ]
    parsed = read_sheet(cells, WIB, NOW)
    assert parsed.problems == ()
    first, second = parsed.rows
    assert (first.line, first.no, first.marked, first.closed_at) == (7, "1", True, None)
    assert (second.line, second.no, second.marked, second.closed_at) == (8, "2", False, wib(2025, 3, 14))


def test_a_missing_or_doubled_column_is_named() -> None:
    assert errors([["No.", "Nama", "Instansi", "Username", "Hak Akses", "Tujuan", "Waktu Pemberian"], good()]) == [
        'baris 1: kolom "Waktu Penutupan" tidak ditemukan di judul kolom'
    ]
    assert errors([[*HEADER, "nama"], good()]) == ['baris 1: kolom "Nama" muncul dua kali']


def test_no_header_at_all() -> None:
    (message,) = errors([["Nomor", "Orang", "Tanggal"], [1, "Budi", "12/03/2025"]])
    assert message.startswith("judul kolom formulir tidak ditemukan: dalam 20 baris pertama")


def test_a_header_without_rows() -> None:
    assert errors(sheet([], [None, None])) == ["tidak ada baris data di bawah judul kolom"]


def test_other_columns_are_not_read_and_numbers_are_text() -> None:
    cells = [[*HEADER, "Paraf"], [7.0, "Budi", "PT X", 1001, "SSH", "Uji", "12/03/2025 09:00", "", "ttd"]]
    (row,) = read_sheet(cells, WIB, NOW).rows
    assert (row.no, row.username, row.closed_at) == ("7", "1001", None)


# --- every error, named by row and column ----------------------------------------------------------------


def test_an_unreadable_date_names_row_and_column_as_the_spreadsheet_shows_them() -> None:
    cells = sheet(good(1), good(2, "Sri"), good(3, "Agus"), good(4, "Rina", "31/02/2025"))
    assert errors(cells) == ['baris 7, kolom "Waktu Pemberian": tanggal tidak terbaca ("31/02/2025")']


def test_every_error_of_the_file_is_listed() -> None:
    cells = sheet(
        good(1, ""),
        good(2, "Sri", None),
        good(3, "Agus", "12/03/2025 09:00", "11/03/2025 17:00"),
        good(4, "Rina", "12/03/2027 09:00", None),
        good(5, "Yusuf", "12/03/2025 09:00", "13/03/2025 25:61"),
        [6, "X" * 201, "PT", "u" * 65, "SSH", "Uji", "12/03/2025 09:00", None],
        good(1, ""),
    )
    assert errors(cells) == [
        'baris 4, kolom "Nama": wajib diisi',
        'baris 5, kolom "Waktu Pemberian": wajib diisi',
        'baris 6, kolom "Waktu Penutupan": 11 Maret 2025 pukul 17.00 WIB lebih awal daripada Waktu Pemberian '
        "(12 Maret 2025 pukul 09.00 WIB)",
        'baris 7, kolom "Waktu Pemberian": 12 Maret 2027 pukul 09.00 WIB belum tiba (waktu di masa depan)',
        'baris 8, kolom "Waktu Penutupan": tanggal tidak terbaca ("13/03/2025 25:61")',
        'baris 9, kolom "Nama": terlalu panjang (201 karakter, paling banyak 200)',
        'baris 9, kolom "Username": terlalu panjang (65 karakter, paling banyak 64)',
        'baris 10, kolom "Nama": wajib diisi',
    ]


def test_the_same_row_twice_in_one_file() -> None:
    assert errors(sheet(good(1), [], good(1, "budi  santoso"))) == [
        "baris 6: sama dengan baris 4 (No., Nama dan Waktu Pemberian sama)"
    ]


def test_blank_rows_inside_the_table_are_skipped_and_rows_keep_their_numbers() -> None:
    parsed = read_sheet(sheet(good(1), [], [None] * 8, good(2, "Sri")), WIB, NOW)
    assert [r.line for r in parsed.rows] == [4, 7] and parsed.problems == ()


# --- against what the register holds ----------------------------------------------------------------------


def paper(no: str = "1", nama: str = "Budi", closed: datetime | None = None, marked: bool = False, username: str = "budi") -> PaperRow:
    return PaperRow(5, no, nama, "PT X", username, "SSH", "Uji", wib(2025, 3, 12, 9), closed, marked)


def stored(row: PaperRow, closed: datetime | None, ref: int = 1) -> KnownRow:
    return KnownRow(row.key, row.loose, closed, 'diimpor dari "a.xlsx" pada 6 Desember 2026', ref)


def test_a_new_row_an_imported_one_and_one_the_daemon_recorded() -> None:
    mine = paper("2", "Sri", username="ra25_0001")
    grant = KnownRow(None, mine.loose, None, "tercatat oleh lpse-akses sebagai RA-2025-0001")
    plan = plan_import([paper(), paper("1", "Agus"), mine], [stored(paper(), None)], [grant])
    assert [r.nama for r in plan.new] == ["Agus"]
    assert [(r.nama, origin) for r, origin in plan.known] == [
        ("Budi", 'diimpor dari "a.xlsx" pada 6 Desember 2026'), ("Sri", "tercatat oleh lpse-akses sebagai RA-2025-0001"),
    ]  # fmt: skip
    assert plan.closing == () and plan.problems == ()


def test_a_closure_closes_an_open_imported_row_and_a_different_one_is_an_error() -> None:
    closed = wib(2025, 3, 12, 17)
    plan = plan_import([paper(closed=closed)], [stored(paper(), None, ref=9)], [])
    assert [(r.closed_at, ref) for r, ref in plan.closing] == [(closed, 9)] and plan.new == ()
    same = plan_import([paper(closed=closed)], [stored(paper(), closed)], [])
    assert same.known and not same.closing
    other = plan_import([paper(closed=closed + timedelta(hours=1))], [stored(paper(), closed)], [])
    assert [str(p) for p in other.problems] == [
        'baris 5, kolom "Waktu Penutupan": berbeda dengan baris yang sudah diimpor dari "a.xlsx" pada 6 Desember 2026 '
        "(12 Maret 2025 pukul 17.00 WIB)"
    ]


def test_an_exported_imported_row_is_known_whatever_its_new_number() -> None:
    exported = paper("4", marked=True)  # the export numbers the combined form: "4 (impor)"
    assert plan_import([exported], [stored(paper("1"), None)], []).known
    assert plan_import([paper("4")], [stored(paper("1"), None)], []).new  # unmarked: another paper row


def test_imported_rows_take_their_place_in_the_form_by_waktu_pemberian() -> None:
    period = Period(date(2025, 3, 1), date(2025, 3, 31), "Maret 2025")
    own = GrantRecord("RA-2025-0001", "Sri", "CV", "ra25_0001", ("VPN",), "Migrasi", wib(2025, 3, 13, 9), None)
    old = GrantRecord("impor-000001", "Budi", "PT", "budi", ("SSH",), "Uji", wib(2025, 3, 12, 9), wib(2025, 3, 12, 17), True)
    late = GrantRecord("impor-000002", "Agus", "PT", "", ("SSH",), "Uji", wib(2025, 3, 20, 9), None, True)
    rows = register_rows([own, late, old], period, WIB)
    assert [(r.no_cell, r.nama) for r in rows] == [("1 (impor)", "Budi"), ("2", "Sri"), ("3 (impor)", "Agus")]
    april = register_rows([own, late, old], Period(date(2025, 4, 1), date(2025, 4, 30), "April 2025"), WIB)
    assert [r.nama for r in april] == ["Sri", "Agus"]  # still open: listed in every later form
