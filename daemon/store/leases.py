"""Claiming due work with a lease: each outbox row or provisioning job is worked on by one worker at a time.

A claim sets `lease_until` in a committed transaction (SKIP LOCKED on PostgreSQL, so several
daemons never claim the same row). A worker that dies loses its claims when the lease runs
out, or at once when the next daemon starts on SQLite, where there is only ever one.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from daemon.store.models import OutboxMail, ProvisioningJob

Leased = TypeVar("Leased", OutboxMail, ProvisioningJob)


def claim_due(
    s: Session, model: type[Leased], due: InstrumentedAttribute[Any], *, now: datetime, lease: timedelta, limit: int, skip_locked: bool
) -> list[Leased]:
    """The pending rows due by `now` and not leased to a live worker, now leased to this one (attempts counted)."""
    q = (
        select(model)
        .where(model.status == "pending", due <= now)
        .where(or_(model.lease_until.is_(None), model.lease_until <= now))
        .order_by(model.id)
        .limit(limit)
    )
    if skip_locked:
        q = q.with_for_update(skip_locked=True)
    rows = list(s.scalars(q).all())
    for row in rows:
        row.lease_until = now + lease
        row.attempts += 1
    return rows


def release_all(s: Session, model: type[Leased]) -> None:
    """Free every claim (at start on SQLite: whoever held them is dead)."""
    s.execute(update(model).where(model.status == "pending").values(lease_until=None))


def give_back(s: Session, model: type[Leased], ids: list[int]) -> None:
    """Free claims that were not worked on after all: as if never claimed (the attempt is not counted)."""
    s.execute(update(model).where(model.id.in_(ids), model.status == "pending").values(lease_until=None, attempts=model.attempts - 1))
