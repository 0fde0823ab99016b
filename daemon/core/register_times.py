"""The times people type in the register's Waktu columns, read as instants in the office's zone.

The paper form and the spreadsheets copied from it write "12/03/2025 09:00", "12-03-2025 09.00",
"2025-03-12 09:00", "12 Maret 2025 09.00", "12 Maret 2025 pukul 09.00 WIB" or hold an Excel datetime cell.
Numeric dates are day first (the Indonesian order) unless the year leads (ISO). A time zone word
(WIB, WITA, WIT) says which of Indonesia's zones was meant; without one the office's zone applies.
The form's precision is the minute: seconds are rounded away, so the same moment read from an XLSX cell,
a CSV text or a PDF agrees. Pure: the zone comes in as an argument.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from daemon.core.dates import MONTHS

ZONE_WORDS = {"wib": 7, "wita": 8, "wit": 9}
_TIME = r"(?:(?:,|pukul|pk\.?|jam)\s*)*(?P<hh>\d{1,2})[.:](?P<mi>\d{2})(?:[.:](?P<ss>\d{2}))?"
_ZONE = r"(?:\s*(?P<zone>wib|wita|wit))?"
_NUMERIC = re.compile(
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?:(?:\s+|\s*,\s*)" + _TIME + r")?" + _ZONE
)
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:(?:\s+|t)" + _TIME + r")?" + _ZONE)
_WORDS = re.compile(r"(?P<d>\d{1,2})\s+(?P<mname>[a-z]+)\.?\s+(?P<y>\d{4})(?:(?:\s+|\s*,\s*)" + _TIME + r")?" + _ZONE)
_DAY_NAME = re.compile(r"^(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*")


class UnreadableTime(ValueError):
    """The text is not a date and time the register's columns can hold."""


def read_time(value: object, tz: tzinfo, *, end_of_day: bool = False) -> datetime | None:
    """The instant a Waktu cell names, aware; None for an empty cell; UnreadableTime otherwise.

    A date without a time is the day's start, or with `end_of_day` (a closure) its last minute: a
    paper row that says only the day it was closed is read as closed by the end of that day."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return _minute(value.replace(tzinfo=tz) if value.tzinfo is None else value.astimezone(tz))
    if isinstance(value, date):
        return datetime.combine(value, time(23, 59) if end_of_day else time.min, tzinfo=tz)
    if not isinstance(value, str):
        raise UnreadableTime(str(value))
    text = " ".join(value.strip().lower().split())
    if not text or text == "-":
        return None
    text = _DAY_NAME.sub("", text)
    for pattern in (_ISO, _NUMERIC, _WORDS):
        found = pattern.fullmatch(text)
        if found is not None:
            try:
                return _instant(found, tz, end_of_day)
            except ValueError:  # a day the calendar does not have, 25.00, an unknown month
                break
    raise UnreadableTime(value.strip())


def _instant(found: re.Match[str], tz: tzinfo, end_of_day: bool) -> datetime:
    parts = found.groupdict()
    if parts.get("mname") is not None:
        month = MONTHS.get(parts["mname"])
        if month is None:
            raise ValueError(parts["mname"])
    else:
        month = int(parts["m"])
    year = int(parts["y"])
    if year < 100:
        year += 2000
    day = date(year, month, int(parts["d"]))
    if parts["hh"] is None:
        moment = time(23, 59) if end_of_day else time.min
    else:
        moment = time(int(parts["hh"]), int(parts["mi"]), int(parts["ss"] or 0))
    zone = timezone(timedelta(hours=ZONE_WORDS[parts["zone"]])) if parts["zone"] else tz
    return _minute(datetime.combine(day, moment, tzinfo=zone).astimezone(tz))


def _minute(moment: datetime) -> datetime:
    """Rounded to the second (Excel's float times land a hair early), then cut to the minute."""
    rounded = moment + timedelta(microseconds=500_000)
    return rounded.replace(second=0, microsecond=0)
