"""Writing and checking the audit trail in the database (the hashing itself is `daemon.core.audit`).

The chain head is a row of `counter` locked inside the apply transaction (SELECT ... FOR
UPDATE on PostgreSQL; BEGIN IMMEDIATE already serialises SQLite writers), so two writers
can never fork the chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, SessionTransaction

from daemon.core import audit
from daemon.store.models import AuditEvent, Counter


@dataclass
class HeldCounter:
    """A counter row locked for this transaction; its value is kept here and written to the row once,
    when the transaction commits (issue 9: one UPDATE per batch of letters, not one per letter and
    per audit event)."""

    row: Counter
    value: int
    text: str | None


def locked_counter(s: Session, name: str) -> HeldCounter:
    """The named counter, its row locked for this transaction (created at 0 when missing).

    Locked once per transaction: a batch of letters in one transaction reads each counter once
    (the lock is held to the commit). A savepoint's rollback gives back the values it had when
    the savepoint began; a counter first locked inside it is forgotten, so the next use locks and
    reads it again (PostgreSQL releases a lock taken inside a rolled-back savepoint, and nothing
    of it was written)."""
    held: dict[str, HeldCounter] = s.info.setdefault(_HELD, {})
    counter = held.get(name)
    if counter is not None:
        return counter
    locked = select(Counter).where(Counter.name == name).with_for_update().execution_options(populate_existing=True)
    row = s.scalar(locked)  # read afresh: a row already in the session may hold what another writer has changed since
    if row is None:  # its first use (a new year's numbers): two writers may both get here
        insert = postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert
        s.connection().execute(insert(Counter).values(name=name, value=0, text=None).on_conflict_do_nothing())
        row = s.scalar(locked)
        assert row is not None
    counter = held[name] = HeldCounter(row, row.value, row.text)
    return counter


_HELD = "lpse_akses.locked_counters"
_SAVED = "lpse_akses.counters_at_savepoint"  # id(savepoint) -> {name: (value, text)} when it began


@event.listens_for(Session, "after_transaction_create")
def _remember_at_savepoint(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested:
        held: dict[str, HeldCounter] = session.info.get(_HELD, {})
        session.info.setdefault(_SAVED, {})[id(transaction)] = {name: (c.value, c.text) for name, c in held.items()}


@event.listens_for(Session, "after_soft_rollback")
def _restore_after_rollback(session: Session, previous: SessionTransaction) -> None:
    if not previous.nested:
        session.info.pop(_HELD, None)  # the whole transaction: its locks are gone
        return
    saved = session.info.get(_SAVED, {}).pop(id(previous), {})
    held: dict[str, HeldCounter] = session.info.get(_HELD, {})
    for name in list(held):
        if name in saved:
            held[name].value, held[name].text = saved[name]
        else:
            del held[name]  # first locked inside the savepoint: lock and read it again


@event.listens_for(Session, "before_commit")
def _write_counters(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint's release: the values stay here until the transaction commits
    for counter in session.info.get(_HELD, {}).values():
        counter.row.value, counter.row.text = counter.value, counter.text  # flushed by this commit


@event.listens_for(Session, "after_transaction_end")
def _forget_after_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended: its locks are gone (a savepoint's release keeps them)
        session.info.pop(_HELD, None)
        session.info.pop(_SAVED, None)


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
) -> None:
    """One event at the chain's head, by one Core INSERT (rolled back with the caller's savepoint, and
    the head with it: `HeldCounter`); an ORM object per event cost the savepoint's flush a fifth more."""
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
    s.connection().execute(
        _INSERT,
        {"seq": seq, "request_id": request_id, "at": at, "event": event, "actor": actor, "channel": channel, "data": text, "prev_hash": prev, "hash": digest},
    )
    head.value = seq
    head.text = digest


_INSERT = AuditEvent.__table__.insert()


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
