"""Register periods ("2026-11", "2026-Q4", "bulan-lalu", ...) and how dates and times are written for people.

Pure: "today" comes in as an argument and nothing here reads the clock. Every time shown to a person (mail,
pages, CLI output, the register) goes through `format_date_id`, `format_datetime_id` or `format_datetime_en`,
so that the same moment is written the same way everywhere ("25 November 2026 pukul 14.30 WIB").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_ROMAN_QUARTERS = ("I", "II", "III", "IV")

# Indonesia's three zones; the keys are IANA names as `zoneinfo.ZoneInfo.key` gives them.
ZONE_ABBREVIATIONS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Ujung_Pandang": "WITA",
    "Asia/Jayapura": "WIT",
}

PERIOD_FORMS = (
    '"YYYY-MM" (e.g. 2026-11), "YYYY" (2026), "YYYY-Qn" (2026-Q4), '
    '"YYYY-MM-DD..YYYY-MM-DD", "bulan-ini"/"this-month" or "bulan-lalu"/"last-month"'
)


@dataclass(frozen=True)
class Period:
    """Whole days in the office's calendar, both ends included; `label` is how the form names it."""

    start: date
    end: date
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"a period cannot end ({self.end}) before it starts ({self.start})")

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def parse_period(text: str, today: date) -> Period:
    """Read a period as an operator types it; ValueError names the accepted forms."""
    t = text.strip().lower()
    if t in ("bulan-ini", "this-month"):
        return month_period(today.year, today.month)
    if t in ("bulan-lalu", "last-month"):
        first = today.replace(day=1) - timedelta(days=1)
        return month_period(first.year, first.month)
    m = re.fullmatch(r"(\d{4})", t)
    if m:
        year = _year(m[1], text)
        return Period(date(year, 1, 1), date(year, 12, 31), f"Tahun {year}")
    m = re.fullmatch(r"(\d{4})-q(\d)", t)
    if m:
        year, quarter = _year(m[1], text), int(m[2])
        if not 1 <= quarter <= 4:
            raise ValueError(f'period "{text.strip()}": a quarter is Q1 to Q4')
        start = date(year, 3 * quarter - 2, 1)
        end = month_period(year, 3 * quarter).end
        return Period(start, end, f"Triwulan {_ROMAN_QUARTERS[quarter - 1]} {year}")
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m:
        year, month = _year(m[1], text), int(m[2])
        if not 1 <= month <= 12:
            raise ValueError(f'period "{text.strip()}": a month is 01 to 12')
        return month_period(year, month)
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})", t)
    if m:
        start, end = _iso_date(m[1], text), _iso_date(m[2], text)
        if end < start:
            raise ValueError(f'period "{text.strip()}" ends before it starts')
        return Period(start, end, f"{format_date_id(start)} s.d. {format_date_id(end)}")
    raise ValueError(f'period "{text.strip()}" not understood; use {PERIOD_FORMS}')


def month_period(year: int, month: int) -> Period:
    """The calendar month, labelled "November 2026"."""
    start = date(year, month, 1)
    end = date(year, 12, 31) if month == 12 else date(year, month + 1, 1) - timedelta(days=1)
    return Period(start, end, f"{MONTHS_ID[month - 1]} {year}")


def _year(digits: str, text: str) -> int:
    year = int(digits)
    if year < 1:
        raise ValueError(f'period "{text.strip()}": the year must be 0001 or later')
    return year


def _iso_date(value: str, text: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f'period "{text.strip()}": {value} is not a date in the calendar') from None


def format_date_id(d: date) -> str:
    """Write a date as "25 November 2026"."""
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def format_date_en(d: date) -> str:
    """Write a date as "25 November 2026" with English month names."""
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def format_datetime_id(dt: datetime, tz: tzinfo | None = None) -> str:
    """Write "25 November 2026 pukul 14.30 WIB"; `dt` must be aware and is converted to `tz` when given."""
    local = _local(dt, tz)
    return f"{format_date_id(local)} pukul {local:%H.%M} {zone_abbreviation(local)}"


def format_datetime_en(dt: datetime, tz: tzinfo | None = None) -> str:
    """Write "25 November 2026, 14:30 WIB"; `dt` must be aware and is converted to `tz` when given."""
    local = _local(dt, tz)
    return f"{format_date_en(local)}, {local:%H:%M} {zone_abbreviation(local)}"


def zone_abbreviation(dt: datetime) -> str:
    """WIB / WITA / WIT for Indonesia's zones, "UTC" for UTC, else the offset as "UTC+05:30"."""
    zone = dt.tzinfo
    if zone is None:
        raise ValueError(f"{dt.isoformat()} has no timezone; times shown to people must be aware")
    key = getattr(zone, "key", None)
    if isinstance(key, str) and key in ZONE_ABBREVIATIONS:
        return ZONE_ABBREVIATIONS[key]
    offset = dt.utcoffset()
    if offset is None:
        raise ValueError(f"{dt.isoformat()} has no UTC offset")
    if offset == timedelta(0) and (key in ("UTC", "Etc/UTC") or zone.tzname(dt) == "UTC"):
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _local(dt: datetime, tz: tzinfo | None) -> datetime:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"{dt.isoformat()} has no timezone; times shown to people must be aware")
    return dt.astimezone(tz) if tz is not None else dt
