"""Dates in letters: Indonesian and English forms, ranges, durations, relative words, times."""

import re
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from daemon.core import dates
from daemon.core.dates import Span, find_dates, parse_date, parse_range, parse_times

TODAY = date(2026, 11, 20)  # a Friday
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


@pytest.mark.parametrize(
    "text",
    ["25 November 2026", "25 Nov 2026", "25/11/2026", "25-11-2026", "2026-11-25", "25 Nopember 2026",
     "Rabu, 25 November 2026", "November 25, 2026", "25.11.2026", "tanggal 25 Nov. 2026"],
)
def test_single_dates(text: str) -> None:
    assert parse_date(text, TODAY) == date(2026, 11, 25)


def test_old_spellings() -> None:
    assert parse_date("3 Pebruari 2027", TODAY) == date(2027, 2, 3)
    assert parse_date("5 Djanuari 2027", TODAY) == date(2027, 1, 5)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("25 s.d. 27 November 2026", date(2026, 11, 25), date(2026, 11, 27)),
        ("25 November sampai dengan 2 Desember 2026", date(2026, 11, 25), date(2026, 12, 2)),
        ("dari 25 November 2026 hingga 27 November 2026", date(2026, 11, 25), date(2026, 11, 27)),
        ("25-27 November 2026", date(2026, 11, 25), date(2026, 11, 27)),
        ("28 Desember 2026 s/d 2 Januari 2027", date(2026, 12, 28), date(2027, 1, 2)),
        ("25/11/2026 - 27/11/2026", date(2026, 11, 25), date(2026, 11, 27)),
        ("from 25 November 2026 to 27 November 2026", date(2026, 11, 25), date(2026, 11, 27)),
        ("25 November 2026 pukul 08.00 WIB sampai 27 November 2026 pukul 17.00 WIB", date(2026, 11, 25), date(2026, 11, 27)),
    ],
)
def test_ranges(text: str, start: date, end: date) -> None:
    assert parse_range(text, TODAY) == Span(start, end)


def test_durations() -> None:
    # 27 Nov 2026 is a Friday: 3 working days are Fri, Mon, Tue
    assert parse_range("selama 3 hari kerja mulai 27 November 2026", TODAY) == Span(date(2026, 11, 27), date(2026, 12, 1))
    assert parse_range("selama 2 minggu mulai 25 November 2026", TODAY) == Span(date(2026, 11, 25), date(2026, 12, 8))
    assert parse_range("selama tiga (3) hari mulai 25 November 2026", TODAY) == Span(date(2026, 11, 25), date(2026, 11, 27))


def test_relative() -> None:
    assert parse_date("besok", TODAY) == date(2026, 11, 21)
    assert parse_date("lusa", TODAY) == date(2026, 11, 22)
    assert parse_date("hari ini", TODAY) == TODAY
    assert parse_date("Senin depan", TODAY) == date(2026, 11, 23)
    assert parse_date("minggu depan", TODAY) == date(2026, 11, 23)
    assert parse_date("tomorrow", TODAY) == date(2026, 11, 21)


def test_open_start() -> None:
    assert parse_range("mulai tanggal 25 November 2026", TODAY) == Span(date(2026, 11, 25), None)
    assert parse_range("pada tanggal 25 November 2026", TODAY) == Span(date(2026, 11, 25), date(2026, 11, 25))


def test_year_inferred() -> None:
    assert parse_date("25 November", TODAY) == date(2026, 11, 25)
    assert parse_date("5 Januari", TODAY) == date(2027, 1, 5)


def test_times() -> None:
    assert parse_times("pukul 09.00 s.d. 16.00 WIB") == (time(9), time(16))
    assert parse_times("jam 13:30 WIB") == (time(13, 30), None)
    assert parse_times("25.11.2026") == (None, None)
    assert parse_times("09.00 - 15.00", loose=True) == (time(9), time(15))


def test_a_range_marked_by_its_zone_after_it_is_a_range() -> None:
    """"Waktu: 09.00 - 16.00 WIB" read as from 16.00 with no end (the zone word after the range was not
    looked at, only the one inside it)."""
    assert parse_times("Waktu: 09.00 - 16.00 WIB") == (time(9), time(16))
    assert parse_times("akses 08.30 s.d. 12.00 wita saja") == (time(8, 30), time(12))
    assert parse_times("09.00 WIB - 16.00") == (time(9), time(16))
    assert parse_times("09.00 - 16.00") == (None, None)  # no zone, no "pukul": perhaps not times at all
    assert parse_times("rapat 10.00-11.00 lalu pukul 13.00 WIB") == (time(13), None)
    assert parse_times("pukul 10.00-11.00 without delay") == (time(10), time(11))


def test_a_dash_between_two_times_is_a_range_not_a_date() -> None:
    """"09.00-16.00 WIB" read as nothing: a time next to "-" and a digit was taken for part of a date."""
    assert parse_times("Waktu: 09.00-16.00 WIB") == (time(9), time(16))
    assert parse_times("09.00-16.00", loose=True) == (time(9), time(16))
    assert parse_times("09.00-16.00") == (None, None)
    assert parse_times("tanggal 10.11-2026") == (None, None)
    assert parse_times("25.11.2026 pukul 9.00") == (time(9), None)
    assert parse_times("1.000-2.000 WIB") == (None, None)


def test_not_dates() -> None:
    assert find_dates("0812-2990-1734 dan 045/PT-X/XI/2026", TODAY) == []


def test_whole_month_periods() -> None:
    from datetime import date as _d

    from daemon.core.dates import parse_range as _pr

    today = _d(2026, 11, 20)
    assert _pr("akses selama bulan Januari 2027", today) == _pr("during January 2027", today)
    span = _pr("Waktu penggunaan sepanjang Februari 2028.", today)
    assert (span.start, span.end) == (_d(2028, 2, 1), _d(2028, 2, 29))
    assert _pr("Laporan bulan Oktober 2026 sudah kami kirim", today).end != _d(2026, 10, 31)


def test_day_name_with_parenthesised_day_and_month() -> None:
    from datetime import date as _d

    from daemon.core.dates import parse_range as _pr

    span = _pr("mulai Selasa (1/12) s.d. Kamis (3/12)", _d(2026, 11, 20))
    assert (span.start, span.end) == (_d(2026, 12, 1), _d(2026, 12, 3))


# `find_dates` finds a date without its leading day name and puts the day name back afterwards;
# it must find exactly what the patterns with the day name in front found.
_DAY_NAME_CASES = [
    "Senin, 5 Oktober 2026", "hari Senin, 5 Oktober 2026", "Senin 5/10/2026 s.d. Jumat 9/10/2026",
    "admin 5/11/2026", "xsenin 5 Mei 2026", "Rabu,   25 November 2026 pukul 09.00", "Kamis. 26 Nov",
    "hari  Jumat 27 November", "Sen 30 Nov - Sel 1 Des 2026", "Minggu 29 s.d. Senin 30 November 2026",
    "tanggal 3-4 Desember 2026", "Sabtu, November 28, 2026", "hari Rabu 2026-11-25", "25/11/2026.Senin 30/11/2026",
    "senin,\n 5 Oktober", "1 Des 2026 dan Selasa, 2 Desember 2026", "Rabu " + " " * 70 + "25 November 2026",
]


def _with_day_name_in_front(rx: re.Pattern[str]) -> re.Pattern[str]:
    lookbehind, rest = rx.pattern.split(")", 1)
    return re.compile(lookbehind + ")" + dates._DAYNAME + rest, rx.flags)


def _reference_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for rx in (dates._COMPACT_RANGE, *(r for r, _ in dates._LED_BY_DAY_NAME)):
        spans += [(m.start(), m.end()) for m in _with_day_name_in_front(rx).finditer(text)]
    return sorted(spans)


def _found_spans(text: str) -> list[tuple[int, int]]:
    pairs = [(dates._COMPACT_RANGE, dates._COMPACT_DAY_NAME), *dates._LED_BY_DAY_NAME]
    return sorted((start, m.end()) for rx, led in pairs for start, m in dates._with_day_name(rx, led, text))


@pytest.mark.parametrize("text", _DAY_NAME_CASES)
def test_day_names_found_as_the_patterns_with_them_found(text: str) -> None:
    assert _found_spans(text) == _reference_spans(text)


def test_day_names_in_corpus_letters_found_as_before() -> None:
    texts = [p.read_text(errors="replace") for p in sorted(CORPUS.glob("*.eml"))]
    assert sum(len(_reference_spans(t)) for t in texts) > 100  # the corpus has dates to compare
    for t in texts:
        assert _found_spans(t) == _reference_spans(t)


def test_a_day_name_is_part_of_the_date_found() -> None:
    found = find_dates("Akses pada hari Senin, 7 Desember 2026.", TODAY)
    assert [(f.start, f.value) for f in found] == [(11, date(2026, 12, 7))]


def test_dates_kept_for_one_letter_only() -> None:
    dates.forget_dates()
    find_dates("25 November 2026", TODAY)
    assert dates._find_dates.cache_info().currsize == 1
    dates.forget_dates()
    assert dates._find_dates.cache_info().currsize == 0


TIME_PIECES = ["pukul ", "jam ", "at ", "9", "09", "13", "23", "24", ".", ":", "00", "30", "59", "60", " WIB", " wita", " - ", " s.d. ", " sampai ", "2026", "/", "\n", " ", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TIME_PIECES), max_size=14).map("".join), st.booleans())
@example("pukul 09.00 s.d. 16.00 WIB", False)
@example("jam 13:30", False)
@example("Mulai 9.00 WIB", False)
@example("09.00", True)
def test_the_time_prefilter_changes_no_answer(text: str, loose: bool) -> None:
    """`parse_times` skips a text without "d.dd" / "d:dd": it must answer as the full search would."""
    fast = dates.parse_times(text, loose=loose)
    always = re.compile("")
    original, dates._ANY_TIME = dates._ANY_TIME, always
    try:
        assert dates.parse_times(text, loose=loose) == fast
    finally:
        dates._ANY_TIME = original
