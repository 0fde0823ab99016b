"""Dates in request letters, Indonesian and English: single dates, ranges, durations, relative words.

Numeric dates are day-first ("25/11/2026"), except ISO ("2026-11-25"). Old spellings ("Nopember",
"Pebruari", "Djanuari") and day names are accepted. A date without a year takes the range end's
year, else the reference date's (or the next one when it would lie far in the past). All functions
take the reference date `today` as an argument: the core never reads the clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "januari january jan djanuari januari",
        "februari february feb pebruari peb febuari",
        "maret march mar maart",
        "april apr",
        "mei may",
        "juni june jun djuni",
        "juli july jul djuli",
        "agustus august agu agt aug agus augustus",
        "september sept sep",
        "oktober october okt oct",
        "november nopember nov nop",
        "desember december des dec desembar",
    ),
    start=1,
):
    for _n in _names.split():
        MONTHS[_n] = _num

DAYS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "senin monday mon sen",
        "selasa tuesday tue tues sel",
        "rabu wednesday wed rab",
        "kamis thursday thu thur thurs kam",
        "jumat jum'at jum’at friday fri jum",
        "sabtu saturday sat sab",
        "minggu ahad sunday sun min",
    )
):
    for _n in _names.split():
        DAYS[_n] = _num

NUMBER_WORDS = {
    "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "empat belas": 14, "lima belas": 15,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "fourteen": 14, "a": 1,
}


def _alt(words: object) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


MONTH_RE = rf"(?:{_alt(MONTHS)})"
DAY_RE = rf"(?:{_alt(DAYS)})"
_DAYNAME = rf"(?:(?:hari\s+)?{DAY_RE}\.?,?\s+)?"
# The date patterns below leave out the day name that may lead them ("Senin, 25 November"):
# tried at every position of a letter, that alternation cost more than the rest of the pattern.
# `_with_day_name` puts it back, by the same rules, once a date is found (see `_leading_day_name`).
_TEXTUAL = re.compile(
    rf"(?<![\w/])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-/.]\s*|\s+)(?P<mon>{MONTH_RE})\.?\b"
    rf"(?:,?\s*(?:[-/.]\s*)?(?P<y>\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    rf"(?<![\w/])(?P<mon>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
_ISO = re.compile(r"(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d])")
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d]|[/.-]\d)",
    re.IGNORECASE,
)
# "Kamis 26/11", "tgl 26/11", "26/11 jam 09.00": a day and month without a year, only where a day name,
# "tanggal" or a time of day says it is a date (never a bare "24/7" or "1/2")
_DAY_MONTH = re.compile(
    rf"(?:(?<![\w/])(?:(?:hari\s+)?{DAY_RE}\.?,?\s+\(?|(?:tgl\.?|tanggal|date|on)\s+|(?P<conn>s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga|until)\s+)(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
    rf"|(?<![\w/.-])(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?=\s*(?:,\s*)?(?:jam|pukul|pk\.?|at)\s*\d))(?![\d/]|[.-]\d)",
    re.IGNORECASE,
)
_COMPACT_RANGE = re.compile(
    rf"(?<![\w/.])(?P<d1>\d{{1,2}})\s*(?:-|–|—|s\.?\s?d\.?|s/d\.?|sampai(?:\s+dengan)?|hingga|to|until|dan|and)\s*"
    rf"{_DAYNAME}(?P<d2>\d{{1,2}})\s+(?P<mon>{MONTH_RE})\.?\b(?:,?\s*(?P<y>\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
# "selama bulan Desember 2026", "sepanjang Januari 2027", "during December 2026": the whole month
_WHOLE_MONTH = re.compile(
    rf"\b(?:(?:selama|sepanjang|during|throughout)\s+(?:(?:bulan|the month of)\s+)?|(?:pada|dalam)\s+bulan\s+|"
    rf"(?:in|for)\s+the\s+month\s+of\s+)"
    rf"(?P<mon>{MONTH_RE})\b\.?,?\s*(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"\b(?P<word>hari ini|today|besok|esok(?: hari)?|tomorrow|lusa|day after tomorrow|"
    rf"(?:minggu|pekan) depan|next week|bulan depan|next month|"
    rf"(?:hari\s+)?(?P<dn>{DAY_RE})\s+(?P<rel>depan|ini|mendatang)|(?P<rel2>next|this|coming)\s+(?P<dn2>{DAY_RE}))\b",
    re.IGNORECASE,
)
CONNECTOR = re.compile(
    r"^(?:,|\(|\)|\s)*(?:s\.?\s?d\.?|s/d\.?|sd|sampai(?:\s+dengan)?|hingga|-|–|—|~|to|until|till|through|thru|"
    r"up to|dan berakhir(?:\s+pada)?|and ending(?:\s+on)?|berakhir(?:\s+pada)?|dan|and)"
    r"(?:\s*(?:tanggal|tgl\.?|hari|on|pada))*\s*$",
    re.IGNORECASE,
)
_TIME_NOISE = re.compile(
    r"\b(?:pukul|jam|pk\.?|at)?\s*\d{1,2}[.:]\d{2}\s*(?:wib|wita|wit)?|\b(?:wib|wita|wit)\b", re.IGNORECASE
)
DURATION = re.compile(
    r"(?:selama|for|jangka waktu|durasi|lama(?:nya)?|duration(?: of)?|waktu)\s*:?\s*"
    r"(?P<n>\d{1,3}|dua belas|empat belas|lima belas|[a-z]+)\s*(?:\(\s*[\w ]+\s*\)\s*)?"
    r"(?P<unit>hari kerja|hari kalender|hari|minggu|pekan|bulan|working days?|business days?|calendar days?|days?|weeks?|months?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Found:
    """A date found in text, with its span; `end` is set for a compact range ("25-27 November")."""

    start: int
    stop: int
    value: date
    end: date | None = None
    year_given: bool = True


def _mk(y: int, m: int, d: int) -> date | None:
    if y < 100:
        y += 2000
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, today: date) -> date | None:
    for y in (today.year, today.year + 1):
        value = _mk(y, m, d)
        if value is not None and value >= today - timedelta(days=60):
            return value
    return _mk(today.year, m, d)


def _next_weekday(today: date, weekday: int, rel: str) -> date:
    rel = rel.lower()
    if rel in ("ini", "this"):
        return today + timedelta(days=(weekday - today.weekday()) % 7)
    if rel in ("depan", "mendatang", "next"):
        monday = today + timedelta(days=7 - today.weekday())
        return monday + timedelta(days=weekday)
    return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)


def _relative(m: re.Match[str], today: date) -> date | None:
    word = m.group("word").lower()
    if word in ("hari ini", "today"):
        return today
    if word.startswith(("besok", "esok")) or word == "tomorrow":
        return today + timedelta(days=1)
    if word in ("lusa", "day after tomorrow"):
        return today + timedelta(days=2)
    if word in ("minggu depan", "pekan depan", "next week"):
        return today + timedelta(days=7 - today.weekday())
    if word in ("bulan depan", "next month"):
        return date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    dn, rel = (m.group("dn"), m.group("rel")) if m.group("dn") else (m.group("dn2"), m.group("rel2"))
    return _next_weekday(today, DAYS[dn.lower()], rel)


# The day name a date may start with, ending where the date starts (searched backwards from there);
# its own look-behind is the one of the pattern it leads. A day name with its blanks is at most
# "hari" + 64 blanks + "wednesday" + ".," + 64 blanks long in `bounds.bounded` text.
_DAY_NAME_WINDOW = 160


def _leading_day_name(lookbehind: str) -> re.Pattern[str]:
    return re.compile(rf"{lookbehind}(?:hari\s+)?{DAY_RE}\.?,?\s+\Z", re.IGNORECASE)


_LED_BY_DAY_NAME = (
    (_NUMERIC, _leading_day_name(r"(?<![\d/.-])")),
    (_TEXTUAL, _leading_day_name(r"(?<![\w/])")),
    (_MONTH_FIRST, _leading_day_name(r"(?<![\w/])")),
)
_COMPACT_DAY_NAME = _leading_day_name(r"(?<![\w/.])")


def _with_day_name(rx: re.Pattern[str], day_name: re.Pattern[str], text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(start, match) of `rx` in `text`, the start moved back over a leading day name: what `rx`
    with an optional day name in front would find. No day name reaches back past the previous date."""
    prev_end = 0
    for m in rx.finditer(text):
        at = m.start()
        # a day name ends in a blank: without one just before, none leads this date
        led = day_name.search(text, max(prev_end, at - _DAY_NAME_WINDOW), at) if at and text[at - 1].isspace() else None
        yield (led.start() if led else at), m
        prev_end = m.end()


def find_dates(text: str, today: date) -> list[Found]:
    """Every date in `text`, in order, without overlaps (compact ranges first, then full dates)."""
    return list(_find_dates(text, today))


def forget_dates() -> None:
    """Start a new letter: the dates kept are those of the letter read before."""
    _find_dates.cache_clear()


@lru_cache(maxsize=64)
def _find_dates(text: str, today: date) -> tuple[Found, ...]:
    """`find_dates`, kept while one letter is read (`forget_dates`): its sentences and the whole
    text are read again by the period, the letter's date and the access span."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(f: Found) -> None:
        if free(f.start, f.stop):
            found.append(f)
            taken.append((f.start, f.stop))

    for start, m in _with_day_name(_COMPACT_RANGE, _COMPACT_DAY_NAME, text):
        mon = MONTHS[m.group("mon").lower()]
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if m.group("y"):
            end = _mk(int(m.group("y")), mon, d2)
        else:
            end = _infer_year(mon, d2, today)
        if end is None or d1 > d2:
            continue
        first = _mk(end.year, mon, d1)
        if first is not None:
            add(Found(start, m.end(), first, end, bool(m.group("y"))))
    for m in _WHOLE_MONTH.finditer(text):
        mon, year = MONTHS[m.group("mon").lower()], int(m.group("y"))
        last = date(year + mon // 12, mon % 12 + 1, 1) - timedelta(days=1)
        add(Found(m.start("mon"), m.end(), date(year, mon, 1), last))
    singles = [((m.start(), m) for m in _ISO.finditer(text))] + [_with_day_name(rx, led, text) for rx, led in _LED_BY_DAY_NAME]
    for matches in singles:
        for start, m in matches:
            gd = m.groupdict()
            mon = MONTHS[gd["mon"].lower()] if gd.get("mon") else int(gd["m"])
            value = _mk(int(gd["y"]), mon, int(gd["d"])) if gd.get("y") else _infer_year(mon, int(gd["d"]), today)
            if value is not None:
                add(Found(start, m.end(), value, None, bool(gd.get("y"))))
    if "/" in text:  # each of its forms has one
        for m in _DAY_MONTH.finditer(text):
            day_s, mon_s = (m.group("d"), m.group("m")) if m.group("d") else (m.group("d2"), m.group("m2"))
            if 1 <= int(mon_s) <= 12:
                value = _infer_year(int(mon_s), int(day_s), today)
                if value is not None:
                    add(Found(m.start("d") if m.group("conn") else m.start(), m.end(), value, None, False))
    for m in _RELATIVE.finditer(text):
        rel = _relative(m, today)
        if rel is not None:
            add(Found(m.start(), m.end(), rel))
    found.sort(key=lambda f: f.start)
    return tuple(found)


def parse_date(text: str, today: date) -> date | None:
    """The first date in `text`, or None."""
    found = find_dates(text, today)
    return found[0].value if found else None


def _duration_end(start: date, n: int, unit: str) -> date:
    unit = unit.lower()
    if "kerja" in unit or "working" in unit or "business" in unit:
        day, counted = start, 0
        while True:
            if day.weekday() < 5:
                counted += 1
                if counted >= n:
                    return day
            day += timedelta(days=1)
    if unit.startswith(("minggu", "pekan", "week")):
        return start + timedelta(days=7 * n - 1)
    if unit.startswith(("bulan", "month")):
        month = start.month - 1 + n
        y, m = start.year + month // 12, month % 12 + 1
        for d in (start.day, 30, 29, 28):
            value = _mk(y, m, d)
            if value is not None:
                return value - timedelta(days=1)
    return start + timedelta(days=n - 1)


def duration(text: str) -> tuple[int, str] | None:
    """("selama 3 hari kerja") → (3, "hari kerja"), or None."""
    for m in DURATION.finditer(text):
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
        if n and 0 < n <= 366:
            return n, m.group("unit")
    return None


def _connected(between: str) -> bool:
    cleaned = _TIME_NOISE.sub(" ", between)
    return len(cleaned) <= 60 and bool(CONNECTOR.match(cleaned.strip()))


@dataclass(frozen=True)
class Span:
    start: date | None
    end: date | None


def parse_range(text: str, today: date, *, single_is_day: bool = True) -> Span:
    """The period a text names: the first range, else a start with a duration, else a single date.

    A single date stands for that one day when `single_is_day`, unless it follows "mulai"/"from"."""
    dates = find_dates(text, today)
    for f in dates:
        if f.end is not None:
            return Span(f.value, f.end)
    for a, b in zip(dates, dates[1:]):
        if _connected(text[a.stop : b.start]):
            start = a.value
            if not a.year_given and b.year_given:
                start = _mk(b.value.year, a.value.month, a.value.day) or start
                if start > b.value:
                    start = _mk(b.value.year - 1, a.value.month, a.value.day) or start
            return Span(start, b.value)
    if not dates:
        return Span(None, None)
    first = dates[0]
    dur = duration(text)
    if dur is not None:
        return Span(first.value, _duration_end(first.value, *dur))
    before = text[max(0, first.start - 25) : first.start].lower()
    open_ended = re.search(r"(mulai|dimulai|terhitung|sejak|from|starting|start)\b[^.\n]*$", before)
    if single_is_day and not open_ended:
        return Span(first.value, first.value)
    return Span(first.value, None)


# A time of day, not a piece of a date ("25.11.2026") or a number: no digit, ".", "/" or "-" next to it,
# except the dash between two times ("09.00-16.00").
_HHMM = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)"
_TIME = (
    r"(?<![\d./])(?:(?<=[.:]\d\d-)|(?<!-))(?P<h{n}>[01]?\d|2[0-3])[.:](?P<m{n}>[0-5]\d)"
    rf"(?!\d|[.:/]\d|-(?!{_HHMM})\d)"
)
_TIME_RANGE = re.compile(
    rf"{_TIME.format(n=1)}\s*(?:wib|wita|wit)?\s*(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|to|until)\s*"
    rf"(?:pukul|jam|pk\.?)?\s*{_TIME.format(n=2)}",
    re.IGNORECASE,
)
_TIME_MARKED = re.compile(
    rf"(?:\b(?:pukul|jam|pk\.?|at)\s*{_TIME.format(n=1)}|{_TIME.format(n=2)}\s*(?:wib|wita|wit)\b)", re.IGNORECASE
)

_ZONE = re.compile(r"\b(?:wib|wita|wit)\b", re.IGNORECASE)
_ZONE_AFTER = re.compile(r"\s*(?:wib|wita|wit)\b", re.IGNORECASE)
_ANY_TIME = re.compile(r"\d[.:][0-5]\d")  # what every match of _TIME holds


def parse_times(text: str, *, loose: bool = False) -> tuple[time | None, time | None]:
    """Start and end time of day ("pukul 09.00 s.d. 16.00 WIB", "jam 13:30"); `loose` accepts bare
    "09.00" (for a labelled time value)."""
    if not _ANY_TIME.search(text):
        return None, None  # every pattern below holds an _TIME: a text without "9.00" or "13:30" has none
    for m in _TIME_RANGE.finditer(text):
        prefix = text[max(0, m.start() - 8) : m.start()].lower()
        zoned = _ZONE.search(m.group(0)) or _ZONE_AFTER.match(text, m.end())  # "09.00 WIB - 16.00", "09.00 - 16.00 WIB"
        if loose or re.search(r"\b(?:pukul|jam|pk\.?|at)\s*$", prefix) or zoned:
            return time(int(m.group("h1")), int(m.group("m1"))), time(int(m.group("h2")), int(m.group("m2")))
    times: list[time] = []
    for m in _TIME_MARKED.finditer(text):
        h, mi = (m.group("h1"), m.group("m1")) if m.group("h1") else (m.group("h2"), m.group("m2"))
        times.append(time(int(h), int(mi)))
    if not times and loose:
        for m in re.finditer(_TIME.format(n=1), text):
            times.append(time(int(m.group("h1")), int(m.group("m1"))))
    if not times:
        return None, None
    return times[0], times[1] if len(times) > 1 else None


def letter_day(sent: datetime | None, now: datetime, tz: tzinfo) -> date:
    """The day a letter's relative dates ("besok") count from: the day it was written, never a future one."""
    written = sent if sent is not None and sent <= now else now
    return written.astimezone(tz).date()
