"""The register's inputs from the database and the config: every grant as a record, and the form's header.

Shared by `lpse-akses register export`, the demo and the digest, so that the file an admin exports and the one a digest
attaches are the same form for the same period.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon.core.fields import RequestFields
from daemon.core.period import Period
from daemon.core.register import (
    GrantRecord,
    RegisterHeader,
    RegisterRow,
    place_date,
    register_rows,
)
from daemon.setup.config import Config
from daemon.store.db import Database
from daemon.store.models import Grant, ImportedRegisterRow


def grant_records(s: Session, label: Callable[[str], str] = str) -> list[GrantRecord]:
    """Every grant ever given (an extension is a grant of its own), oldest first."""
    records = []
    for g in s.scalars(select(Grant).order_by(Grant.granted_at, Grant.id)):
        f = RequestFields.from_json(g.request.fields)
        records.append(
            GrantRecord(
                number=g.request.number,
                name=f.name or "",
                institution=f.institution or "",
                username=g.username,
                rights=tuple(label(r) for r in g.rights),  # `access.labels`: "Basis data (hanya baca)"
                purpose=f.purpose or "",
                granted_at=g.granted_at,
                closed_at=g.closed_at,
            )
        )
    return records


def imported_records(s: Session) -> list[GrantRecord]:
    """The rows imported from the paper register, as records beside the daemon's own (marked, never managed)."""
    return [
        GrantRecord(
            number=f"impor-{r.id:06d}", name=r.nama, institution=r.instansi, username=r.username,
            rights=(r.hak_akses,), purpose=r.tujuan, granted_at=r.granted_at, closed_at=r.closed_at, imported=True,
        )  # fmt: skip
        for r in s.scalars(select(ImportedRegisterRow).order_by(ImportedRegisterRow.granted_at, ImportedRegisterRow.id))
    ]


def register_header(cfg: Config, period: Period, today: date) -> RegisterHeader:
    """The office, the period and the signer around the table; `today` is the date written above the signature."""
    o = cfg.office
    return RegisterHeader(
        office_name=o.name, city=o.city, period=period, signer_title=o.signer_title, signer_name=o.signer_name,
        signer_rank=o.signer_rank, signer_nip=o.signer_nip, place_date=place_date(o.city, today),
    )  # fmt: skip


def period_rows(s: Session, cfg: Config, period: Period) -> list[RegisterRow]:
    """The form's rows for `period`, in the office's time: the daemon's grants and the imported paper rows."""
    return register_rows([*grant_records(s, cfg.access.label), *imported_records(s)], period, cfg.office.tz)


def write_register(db: Database, cfg: Config, period: Period, today: date, fmt: str, output: Path) -> int:
    """Write the form for `period` to `output` (csv, xlsx or pdf); returns how many rows it holds."""
    from daemon.register.export import export

    with db.reading() as s:
        rows = period_rows(s, cfg, period)
    export(fmt, rows, register_header(cfg, period, today), output)
    return len(rows)
