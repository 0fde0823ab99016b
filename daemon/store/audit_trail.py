"""Writing and checking the audit trail in the database (the hashing itself is `daemon.core.audit`).

The chain head is a row of `counter` locked inside the apply transaction (SELECT ... FOR
UPDATE on PostgreSQL; BEGIN IMMEDIATE already serialises SQLite writers), so two writers
can never fork the chain.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, SessionTransaction

from daemon.core import audit
from daemon.store.models import AuditEvent, Counter


def locked_counter(s: Session, name: str) -> Counter:
    """The named counter row, locked for this transaction (created at 0 when missing).

    Locked once per transaction: a batch of letters in one transaction reads each counter once
    (the lock is held to the commit). Any rollback, a savepoint's included, forgets what was read,
    so the next use locks and reads again (PostgreSQL releases a lock taken inside a rolled-back
    savepoint)."""
    held: dict[str, Counter] = s.info.setdefault(_HELD, {})
    row = held.get(name)
    if row is not None:
        return row
    row = s.scalar(select(Counter).where(Counter.name == name).with_for_update())
    if row is None:
        row = Counter(name=name, value=0, text=None)
        s.add(row)
        s.flush()
        row = s.scalar(select(Counter).where(Counter.name == name).with_for_update())
        assert row is not None
    held[name] = row
    return row


_HELD = "lpse_akses.locked_counters"


@event.listens_for(Session, "after_soft_rollback")
def _forget_after_rollback(session: Session, *_: object) -> None:
    session.info.pop(_HELD, None)  # any rollback, a savepoint's included: read again


@event.listens_for(Session, "after_transaction_end")
def _forget_after_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended: its locks are gone (a savepoint's release keeps them)
        session.info.pop(_HELD, None)


def append(
    s: Session,
    *,
    request_id: int | None,
    number: str | None,
    event: str,
    actor: str,
    channel: str,
    at: datetime,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    head = locked_counter(s, "audit")
    seq = head.value + 1
    prev = head.text or audit.GENESIS
    record = {
        "seq": seq,
        "at": at,
        "event": event,
        "actor": actor,
        "channel": channel,
        "request": number,
        "data": data or {},
    }
    text = audit.canonical(record)
    digest = audit.chain_hash(prev, seq, text)
    row = AuditEvent(
        seq=seq, request_id=request_id, at=at, event=event, actor=actor, channel=channel, data=text, prev_hash=prev, hash=digest
    )
    s.add(row)
    head.value = seq
    head.text = digest
    return row


def verify(s: Session) -> tuple[int, list[str]]:
    """(number of events, problems) for the whole chain, including its head."""
    rows = s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
    problems = audit.verify(audit.StoredEvent(r.seq, r.data, r.prev_hash, r.hash) for r in rows)
    head = s.scalar(select(Counter).where(Counter.name == "audit"))
    if rows and head is not None and (head.value != rows[-1].seq or head.text != rows[-1].hash):
        problems.append("the chain head does not match the last event (events removed at the end)")
    if rows and rows[0].seq != 1:
        problems.append("the first event is missing")
    return len(rows), problems
