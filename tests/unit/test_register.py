"""The register's periods, rows and the date formats shown to people (daemon.core.period, daemon.core.register)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from daemon.core.period import (
    Period,
    format_date_id,
    format_datetime_en,
    format_datetime_id,
    parse_period,
    zone_abbreviation,
)
from daemon.core.register import COLUMNS, GrantRecord, place_date, register_rows

JAKARTA = ZoneInfo("Asia/Jakarta")
TODAY = date(2026, 11, 23)


# --- periods -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("2026-11", date(2026, 11, 1), date(2026, 11, 30), "November 2026"),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28), "Februari 2026"),
        ("2028-02", date(2028, 2, 1), date(2028, 2, 29), "Februari 2028"),
        ("2026-12", date(2026, 12, 1), date(2026, 12, 31), "Desember 2026"),
        ("2026", date(2026, 1, 1), date(2026, 12, 31), "Tahun 2026"),
        ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31), "Triwulan I 2026"),
        ("2026-q3", date(2026, 7, 1), date(2026, 9, 30), "Triwulan III 2026"),
        ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31), "Triwulan IV 2026"),
        ("2026-11-01..2026-11-30", date(2026, 11, 1), date(2026, 11, 30), "1 November 2026 s.d. 30 November 2026"),
        (" 2026-08-17 .. 2026-08-17 ", date(2026, 8, 17), date(2026, 8, 17), "17 Agustus 2026 s.d. 17 Agustus 2026"),
        ("bulan-ini", date(2026, 11, 1), date(2026, 11, 30), "November 2026"),
        ("This-Month", date(2026, 11, 1), date(2026, 11, 30), "November 2026"),
        ("bulan-lalu", date(2026, 10, 1), date(2026, 10, 31), "Oktober 2026"),
        ("last-month", date(2026, 10, 1), date(2026, 10, 31), "Oktober 2026"),
    ],
)
def test_parse_period_accepts_each_form(text: str, start: date, end: date, label: str) -> None:
    assert parse_period(text, TODAY) == Period(start, end, label)


def test_last_month_in_january_is_last_december() -> None:
    expected = Period(date(2026, 12, 1), date(2026, 12, 31), "Desember 2026")
    assert parse_period("bulan-lalu", date(2027, 1, 5)) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "not understood"),
        ("November", "not understood"),
        ("2026-13", "01 to 12"),
        ("2026-00", "01 to 12"),
        ("2026-Q5", "Q1 to Q4"),
        ("2026-Q0", "Q1 to Q4"),
        ("2026-11-31..2026-12-01", "not a date"),
        ("2026-12-01..2026-11-01", "ends before it starts"),
        ("26-11", "not understood"),
        ("minggu-ini", "bulan-ini"),
    ],
)
def test_parse_period_refuses_with_a_clear_message(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_period(text, TODAY)


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 31), "x")


# --- formats -----------------------------------------------------------------------------------------------


def test_format_date_id_uses_indonesian_month_names() -> None:
    names = [format_date_id(date(2026, m, 1)).split()[1] for m in range(1, 13)]
    assert names == ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                     "Oktober", "November", "Desember"]
    assert format_date_id(date(2026, 11, 25)) == "25 November 2026"
    assert format_date_id(date(2026, 3, 5)) == "5 Maret 2026"


@pytest.mark.parametrize(
    ("zone", "abbr", "clock"),
    [("Asia/Jakarta", "WIB", "14.30"), ("Asia/Pontianak", "WIB", "14.30"), ("Asia/Makassar", "WITA", "15.30"),
     ("Asia/Jayapura", "WIT", "16.30")],
)
def test_format_datetime_id_names_indonesian_zones(zone: str, abbr: str, clock: str) -> None:
    moment = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
    local = moment.astimezone(ZoneInfo(zone))
    assert format_datetime_id(local) == f"25 November 2026 pukul {clock} {abbr}"
    assert format_datetime_id(moment, ZoneInfo(zone)) == f"25 November 2026 pukul {clock} {abbr}"


def test_format_datetime_en() -> None:
    local = datetime(2026, 11, 25, 14, 30, tzinfo=JAKARTA)
    assert format_datetime_en(local) == "25 November 2026, 14:30 WIB"
    makassar = datetime(2026, 8, 1, 9, 5, tzinfo=ZoneInfo("Asia/Makassar"))
    assert format_datetime_en(makassar) == "1 August 2026, 09:05 WITA"


def test_other_zones_show_their_utc_offset() -> None:
    assert zone_abbreviation(datetime(2026, 1, 1, tzinfo=ZoneInfo("Asia/Kolkata"))) == "UTC+05:30"
    assert zone_abbreviation(datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=-3)))) == "UTC-03:00"
    assert zone_abbreviation(datetime(2026, 1, 1, tzinfo=UTC)) == "UTC"
    assert format_datetime_id(datetime(2026, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=7)))).endswith("UTC+07:00")


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="no timezone"):
        format_datetime_id(datetime(2026, 11, 25, 14, 30))


def test_place_date() -> None:
    assert place_date("Salatiga", date(2026, 11, 23)) == "Salatiga, 23 November 2026"


# --- rows --------------------------------------------------------------------------------------------------

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30), "November 2026")


def grant(
    number: str, granted: datetime, closed: datetime | None = None, rights: tuple[str, ...] = ("ssh",)
) -> GrantRecord:
    return GrantRecord(number, f"Nama {number}", "PT Contoh", f"u_{number}", rights, "Pemeliharaan", granted, closed)


def wib(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=JAKARTA)


def test_columns_are_the_forms() -> None:
    assert COLUMNS == ("No.", "Nama", "Instansi", "Username", "Hak Akses", "Tujuan", "Waktu Pemberian",
                       "Waktu Penutupan")


def test_rows_list_grants_within_and_those_open_across_the_start() -> None:
    grants = [
        grant("after", wib(2026, 12, 1, 0, 0)),                                # the next period: out
        grant("within-open", wib(2026, 11, 20, 9, 0)),                         # in
        grant("before-closed", wib(2026, 10, 3, 9, 0), wib(2026, 10, 10)),     # closed before: out
        grant("before-open", wib(2026, 10, 28, 9, 0)),                         # still open: in
        grant("before-closed-in", wib(2026, 10, 30, 9, 0), wib(2026, 11, 2)),  # open across the start: in
        grant("within-closed", wib(2026, 11, 1, 0, 0), wib(2026, 11, 3)),      # first instant: in
        grant("last-instant", wib(2026, 11, 30, 23, 59)),                      # in
        grant("closed-at-start", wib(2026, 10, 1), wib(2026, 11, 1, 0, 0)),    # closed as it began: out
    ]
    rows = register_rows(grants, NOVEMBER, JAKARTA)
    assert [r.username for r in rows] == [
        "u_before-open", "u_before-closed-in", "u_within-closed", "u_within-open", "u_last-instant",
    ]
    assert [r.no for r in rows] == [1, 2, 3, 4, 5]


def test_period_edges_are_midnight_in_the_office_zone_not_utc() -> None:
    # 2026-11-30 20:00 UTC is 1 December 03:00 WIB: December's, not November's.
    late = grant("late", datetime(2026, 11, 30, 20, 0, tzinfo=UTC))
    # 2026-10-31 18:00 UTC is 1 November 01:00 WIB: November's.
    early = grant("early", datetime(2026, 10, 31, 18, 0, tzinfo=UTC), datetime(2026, 10, 31, 20, 0, tzinfo=UTC))
    assert [r.username for r in register_rows([late, early], NOVEMBER, JAKARTA)] == ["u_early"]


def test_rows_carry_local_times_and_joined_rights() -> None:
    g = grant("RA-2026-0007", datetime(2026, 11, 25, 7, 30, tzinfo=UTC), datetime(2026, 11, 26, 2, 0, tzinfo=UTC),
              rights=("ssh", "sftp", " ", "vpn"))
    (row,) = register_rows([g], NOVEMBER, JAKARTA)
    assert row.waktu_pemberian == wib(2026, 11, 25, 14, 30)
    assert row.waktu_pemberian.utcoffset() == timedelta(hours=7)
    assert row.waktu_penutupan == wib(2026, 11, 26, 9, 0)
    assert row.waktu_penutupan is not None and row.waktu_penutupan.utcoffset() == timedelta(hours=7)
    assert row.hak_akses == "ssh, sftp, vpn"
    assert (row.nama, row.instansi, row.tujuan) == ("Nama RA-2026-0007", "PT Contoh", "Pemeliharaan")


def test_open_grant_has_no_closing_time() -> None:
    (row,) = register_rows([grant("open", wib(2026, 11, 2, 8, 0))], NOVEMBER, JAKARTA)
    assert row.waktu_penutupan is None


def test_rows_are_ordered_by_granted_at_whatever_the_input_order() -> None:
    times = [wib(2026, 11, d, 10, 0) for d in (9, 3, 27, 15, 1)]
    grants = [grant(f"g{i}", t) for i, t in enumerate(times)]
    rows = register_rows(grants, NOVEMBER, JAKARTA)
    assert [r.waktu_pemberian.day for r in rows] == [1, 3, 9, 15, 27]
    assert [r.no for r in rows] == [1, 2, 3, 4, 5]
    # ties broken by number, so the order is stable across runs
    tied = register_rows([grant("b", wib(2026, 11, 5)), grant("a", wib(2026, 11, 5))], NOVEMBER, JAKARTA)
    assert [r.username for r in tied] == ["u_a", "u_b"]


def test_no_grants_no_rows() -> None:
    assert register_rows([], NOVEMBER, JAKARTA) == []


def test_naive_grant_times_are_refused() -> None:
    with pytest.raises(ValueError, match="RA-1"):
        register_rows([grant("RA-1", datetime(2026, 11, 5, 8, 0))], NOVEMBER, JAKARTA)
