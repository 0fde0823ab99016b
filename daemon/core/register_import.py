"""The paper register read back: a sheet's cells checked row by row, then weighed against what is recorded.

`lpse-akses register import` continues the register the office kept on paper or in a spreadsheet. The file
is read at the edge (`daemon/register/sheet.py`) into rows of cells, the spreadsheet's row 1 first; here the
header is found (a title above it is allowed, the daemon's own two-row "Waktu / Pemberian, Penutupan" too),
every row is checked and every problem named by its row and column, in Bahasa Indonesia, as the admin will
look for it. `plan_import` then sorts the good rows into new ones, ones that close an open imported row,
and ones the register already holds. Pure: the zone, "now" and the stored rows come in as arguments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo

from daemon.core.period import format_datetime_id
from daemon.core.register import COLUMNS, IMPORT_MARK
from daemon.core.register_times import UnreadableTime, read_time

NO, NAMA, INSTANSI, USERNAME, HAK_AKSES, TUJUAN, PEMBERIAN, PENUTUPAN = COLUMNS
HEADER_SEARCH = 20  # rows in which the header must start (a title, a period, the office's name above it)
LIMITS = {NO: 20, NAMA: 200, INSTANSI: 300, USERNAME: 64, HAK_AKSES: 2000, TUJUAN: 2000}
ALIASES = {
    "no": NO, "nomor": NO, "no urut": NO, "nama": NAMA, "nama lengkap": NAMA, "instansi": INSTANSI,
    "username": USERNAME, "user name": USERNAME, "nama pengguna": USERNAME, "hak akses": HAK_AKSES,
    "tujuan": TUJUAN, "waktu pemberian": PEMBERIAN, "tanggal pemberian": PEMBERIAN,
    "waktu penutupan": PENUTUPAN, "tanggal penutupan": PENUTUPAN,
}  # fmt: skip
_MARKED = re.compile(r"^(?P<no>.*?)\s*" + re.escape(IMPORT_MARK) + r"$", re.IGNORECASE)
_NOTES = ("keterangan", "tidak ada pemberian remote akses")  # lines under (or instead of) the table
Key = tuple[str, str, datetime]


@dataclass(frozen=True)
class Problem:
    """One reason the file cannot be imported, where the admin will find it."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.row is not None and self.column is not None:
            return f'baris {self.row}, kolom "{self.column}": {self.message}'
        if self.row is not None:
            return f"baris {self.row}: {self.message}"
        return self.message


@dataclass(frozen=True)
class PaperRow:
    """A good row of the file: `line` is its row number in the spreadsheet, times are aware."""

    line: int
    no: str
    nama: str
    instansi: str
    username: str
    hak_akses: str
    tujuan: str
    granted_at: datetime
    closed_at: datetime | None
    marked: bool = False  # No. ends in "(impor)": an imported row as an export wrote it

    @property
    def key(self) -> Key:
        """Same No., same Nama, same Waktu Pemberian: the same row of the paper register."""
        return (self.no, name_key(self.nama), self.granted_at.astimezone(timezone.utc))

    @property
    def loose(self) -> Key:
        """Same Nama, Username and Waktu Pemberian: the same grant, whatever the No. of the copy says."""
        return (self.username.casefold(), name_key(self.nama), self.granted_at.astimezone(timezone.utc))


@dataclass(frozen=True)
class Sheet:
    rows: tuple[PaperRow, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class KnownRow:
    """A row the register already holds: imported before (`ref` is its id) or one of the daemon's grants."""

    key: Key | None  # imported rows only
    loose: Key
    closed_at: datetime | None
    origin: str  # how the admin is told where it is: 'diimpor dari "x.xlsx"', 'tercatat sebagai RA-2026-0001'
    ref: int | None = None


@dataclass(frozen=True)
class ImportPlan:
    new: tuple[PaperRow, ...]
    closing: tuple[tuple[PaperRow, int], ...]  # a Waktu Penutupan for an open imported row (its id)
    known: tuple[tuple[PaperRow, str], ...]  # already in the register, nothing to write
    problems: tuple[Problem, ...]


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def read_sheet(cells: Sequence[Sequence[object]], tz: tzinfo, now: datetime) -> Sheet:
    """Every row under the header checked; `cells[0]` is the spreadsheet's row 1."""
    found = _header(cells)
    if isinstance(found, Problem):
        return Sheet((), (found,))
    columns, first = found
    key_columns = [i for i, name in columns.items() if name in (NO, NAMA, PEMBERIAN, PENUTUPAN)]
    body = list(enumerate(cells[first:], start=first + 1))
    table = [(n, row) for n, row in body if not _is_note(row)]
    last = max((n for n, row in table if any(_text(_cell(row, i)) for i in key_columns)), default=0)
    rows: list[PaperRow] = []
    problems: list[Problem] = []
    seen: dict[Key, int] = {}
    for line, raw in table:
        if line > last:
            break  # below the table: the signer's block, notes
        if not any(_text(c) for c in raw):
            continue
        values = {name: _cell(raw, i) for i, name in columns.items()}
        row, wrong = _row(line, values, tz, now)
        problems.extend(wrong)
        if row is None:
            continue
        if row.key in seen:
            problems.append(Problem(line, None, f"sama dengan baris {seen[row.key]} (No., Nama dan Waktu Pemberian sama)"))
            continue
        seen[row.key] = line
        rows.append(row)
    if not rows and not problems:
        problems.append(Problem(None, None, "tidak ada baris data di bawah judul kolom"))
    return Sheet(tuple(rows), tuple(problems))


def plan_import(rows: Sequence[PaperRow], imported: Sequence[KnownRow], grants: Sequence[KnownRow]) -> ImportPlan:
    """What the good rows would do to the register (a file with problems imports nothing at all)."""
    by_key = {k.key: k for k in imported if k.key is not None}
    by_loose = {k.loose: k for k in imported}
    granted = {k.loose: k for k in grants}
    new: list[PaperRow] = []
    closing: list[tuple[PaperRow, int]] = []
    known: list[tuple[PaperRow, str]] = []
    problems: list[Problem] = []
    for row in rows:
        match = by_key.get(row.key) or (by_loose.get(row.loose) if row.marked else None)
        if match is None:
            grant = granted.get(row.loose)
            if grant is not None:
                known.append((row, grant.origin))
            else:
                new.append(row)
        elif row.closed_at is None or match.closed_at == row.closed_at:
            known.append((row, match.origin))
        elif match.closed_at is None and match.ref is not None:
            closing.append((row, match.ref))
        else:
            assert match.closed_at is not None
            was = format_datetime_id(match.closed_at, row.closed_at.tzinfo)
            problems.append(Problem(row.line, PENUTUPAN, f"berbeda dengan baris yang sudah {match.origin} ({was})"))
    return ImportPlan(tuple(new), tuple(closing), tuple(known), tuple(problems))


def _header(cells: Sequence[Sequence[object]]) -> tuple[dict[int, str], int] | Problem:
    """The columns by index and the index of the first row under the header."""
    for i, row in enumerate(cells[:HEADER_SEARCH]):
        top = [_norm(c) for c in row]
        if "nama" not in top:
            continue
        below = [_norm(c) for c in cells[i + 1]] if i + 1 < len(cells) else []
        two_rows = "waktu" in top and any(b in ("pemberian", "penutupan") for b in below)
        columns: dict[int, str] = {}
        problems = []
        for j, name in enumerate(top):
            sub = below[j] if two_rows and j < len(below) else ""
            canonical = ALIASES.get(f"waktu {sub}" if sub in ("pemberian", "penutupan") else name)
            if canonical is None:
                continue  # a column of the office's own (Keterangan, Paraf): not read
            if canonical in columns.values():
                problems.append(f'kolom "{canonical}" muncul dua kali')
            columns[j] = canonical
        missing = [c for c in COLUMNS if c not in columns.values()]
        problems += [f'kolom "{c}" tidak ditemukan di judul kolom' for c in missing]
        if problems:
            return Problem(i + 1, None, "; ".join(problems))
        return columns, i + (2 if two_rows else 1)
    return Problem(None, None, f'judul kolom formulir tidak ditemukan: dalam {HEADER_SEARCH} baris pertama harus ada '
                               f'baris dengan kolom {", ".join(COLUMNS)}')  # fmt: skip


def _row(line: int, values: dict[str, object], tz: tzinfo, now: datetime) -> tuple[PaperRow | None, list[Problem]]:
    problems: list[Problem] = []
    texts = {name: _text(values[name]) for name in LIMITS}
    marked = _MARKED.match(texts[NO])
    if marked is not None:
        texts[NO] = marked["no"]
    for name, limit in LIMITS.items():
        if len(texts[name]) > limit:
            problems.append(Problem(line, name, f"terlalu panjang ({len(texts[name])} karakter, paling banyak {limit})"))
    if not texts[NAMA]:
        problems.append(Problem(line, NAMA, "wajib diisi"))
    granted = _time(line, PEMBERIAN, values[PEMBERIAN], tz, now, problems)
    closed = _time(line, PENUTUPAN, values[PENUTUPAN], tz, now, problems)
    if granted is None and not any(p.column == PEMBERIAN for p in problems):
        problems.append(Problem(line, PEMBERIAN, "wajib diisi"))
    if granted is not None and closed is not None and closed < granted:
        problems.append(Problem(line, PENUTUPAN, f"{format_datetime_id(closed, tz)} lebih awal daripada Waktu Pemberian "
                                                 f"({format_datetime_id(granted, tz)})"))  # fmt: skip
    if problems or granted is None:
        return None, problems
    row = PaperRow(
        line, texts[NO], texts[NAMA], texts[INSTANSI], texts[USERNAME], texts[HAK_AKSES], texts[TUJUAN], granted,
        closed, marked is not None,
    )  # fmt: skip
    return row, []


def _time(line: int, column: str, value: object, tz: tzinfo, now: datetime, problems: list[Problem]) -> datetime | None:
    try:
        moment = read_time(value, tz, end_of_day=column == PENUTUPAN)
    except UnreadableTime as exc:
        problems.append(Problem(line, column, f'tanggal tidak terbaca ("{exc}")'))
        return None
    if moment is not None and moment > now:
        problems.append(Problem(line, column, f"{format_datetime_id(moment, tz)} belum tiba (waktu di masa depan)"))
        return None
    return moment


def _cell(row: Sequence[object], index: int) -> object:
    return row[index] if index < len(row) else None


def _text(value: object) -> str:
    """A cell as the form's text: words single-spaced; Excel's 7.0 is "7"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _norm(value: object) -> str:
    """A header cell compared tolerantly: "No.", "NO", " no " are one; "Hak  Akses" is "hak akses"."""
    return " ".join(re.sub(r"[^\w]+", " ", _text(value).casefold()).split())


def _is_note(row: Sequence[object]) -> bool:
    """A line with a single text cell that is a note ("Keterangan: ...") or the empty register's sentence."""
    filled = [c for c in row if _text(c)]
    return len(filled) == 1 and isinstance(filled[0], str) and _text(filled[0]).casefold().startswith(_NOTES)
