"""The register's rows for a period: which grants the SOP's form lists, in what order, in the office's time.

The form is "Formulir Pencatatan Pemberian Remote Akses" (SOP step 5 fills a row, step 6 writes its closing
time). A period's register lists every grant given within it and every grant given earlier that was still open
when the period began, because access that was open during the period must be accounted for in it. Pure: the
grants, the period and the timezone come in as arguments; the exports (`daemon/register/export.py`) write the rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from daemon.core.period import Period, format_date_id

COLUMNS = (
    "No.", "Nama", "Instansi", "Username", "Hak Akses", "Tujuan", "Waktu Pemberian", "Waktu Penutupan",
)
FORM_TITLE = "Formulir Pencatatan Pemberian Remote Akses"
RIGHTS_SEPARATOR = ", "
IMPORT_MARK = "(impor)"  # after the No. of a row imported from the paper register
IMPORT_NOTE = (
    "Keterangan: (impor) = baris dari register sebelumnya (kertas atau lembar kerja) yang dicatat dengan "
    "lpse-akses register import; akunnya tidak dikelola oleh lpse-akses."
)


@dataclass(frozen=True)
class GrantRecord:
    """One grant as stored (an extension is a new grant of the same request); times are aware."""

    number: str
    name: str
    institution: str
    username: str
    rights: tuple[str, ...]
    purpose: str
    granted_at: datetime
    closed_at: datetime | None
    imported: bool = False  # a row of the paper register, imported: shown, never managed


@dataclass(frozen=True)
class RegisterHeader:
    """What the form shows around its table: the office, the period and the signer under it."""

    office_name: str
    city: str
    period: Period
    signer_title: str
    signer_name: str
    signer_rank: str
    signer_nip: str
    place_date: str


@dataclass(frozen=True)
class RegisterRow:
    """One line of the form, its times already in the office's timezone."""

    no: int
    nama: str
    instansi: str
    username: str
    hak_akses: str
    tujuan: str
    waktu_pemberian: datetime
    waktu_penutupan: datetime | None
    imported: bool = False

    @property
    def no_cell(self) -> str:
        """The No. as the form writes it: "3", or "3 (impor)" for a row imported from the paper register."""
        return f"{self.no} {IMPORT_MARK}" if self.imported else str(self.no)


def place_date(city: str, day: date) -> str:
    """The line above the signature: "Salatiga, 23 November 2026"."""
    return f"{city}, {format_date_id(day)}"


def period_bounds(period: Period, tz: tzinfo) -> tuple[datetime, datetime]:
    """The period as aware instants in `tz`: its first midnight and the midnight after its last day (exclusive)."""
    start = datetime.combine(period.start, time.min, tzinfo=tz)
    end = datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=tz)
    return start, end


def is_listed(grant: GrantRecord, start: datetime, end: datetime) -> bool:
    """Granted within [start, end), or granted before `start` and still open at it."""
    if grant.granted_at >= end:
        return False
    if grant.granted_at >= start:
        return True
    return grant.closed_at is None or grant.closed_at > start


def register_rows(grants: Iterable[GrantRecord], period: Period, tz: tzinfo) -> list[RegisterRow]:
    """The form's rows for `period`, ordered by granted_at (then number), numbered from 1, in `tz`'s time.

    Imported rows of the paper register take their place among the daemon's own by Waktu Pemberian and are
    numbered with them: the No. is the row's place in this period's form, as it always is."""
    grants = list(grants)
    for grant in grants:
        _require_aware(grant)
    start, end = period_bounds(period, tz)
    listed = sorted((g for g in grants if is_listed(g, start, end)), key=lambda g: (g.granted_at, g.imported, g.number))
    return [_row(no, grant, tz) for no, grant in enumerate(listed, start=1)]


def row_cells(row: RegisterRow) -> tuple[str, str, str, str, str, str]:
    """The six text columns of a row, in COLUMNS order (the two times are left to each export's format)."""
    return (row.no_cell, row.nama, row.instansi, row.username, row.hak_akses, row.tujuan)


def _row(no: int, grant: GrantRecord, tz: tzinfo) -> RegisterRow:
    return RegisterRow(
        no=no,
        nama=grant.name,
        instansi=grant.institution,
        username=grant.username,
        hak_akses=RIGHTS_SEPARATOR.join(r.strip() for r in grant.rights if r.strip()),
        tujuan=grant.purpose,
        waktu_pemberian=grant.granted_at.astimezone(tz),
        waktu_penutupan=grant.closed_at.astimezone(tz) if grant.closed_at is not None else None,
        imported=grant.imported,
    )


def _require_aware(grant: GrantRecord) -> None:
    for label, value in (("granted_at", grant.granted_at), ("closed_at", grant.closed_at)):
        if value is not None and value.utcoffset() is None:
            raise ValueError(f"grant {grant.number}: {label} {value.isoformat()} has no timezone")
