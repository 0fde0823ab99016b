"""How a pass is cut into batches, and what a batch reads and writes in one statement.

A batch is the unit of one FETCH and one commit (`workers.intake`): at most BATCH_MESSAGES
messages of about BATCH_BYTES together. Its messages' recorded rows are read at once, not one
SELECT per message (issue 9's profile: that SELECT was a tenth of the daemon's work).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon.mail.inbox import MessageRef
from daemon.store.models import InboundMessage
from daemon.store.whole_rows import insert_whole

BATCH_MESSAGES = 50
BATCH_BYTES = 16 * 1024 * 1024
LOOKUP_CHUNK = 500
MOVE_EVERY = 4  # batches committed per MOVE in a backlog (1 -> 4: Dovecot 0.47-0.48x -> 0.49x in bench_intake)
READ_AHEAD = 1  # batches fetched and handed to the reader beyond the one being worked (2: no faster, measured)


def recorded_rows(s: Session, keys: Sequence[str]) -> dict[str, InboundMessage | None]:
    """The rows already recorded under these dedupe keys (None: not yet), in one statement per chunk."""
    found: dict[str, InboundMessage | None] = dict.fromkeys(keys)
    unique = list(found)
    for start in range(0, len(unique), LOOKUP_CHUNK):
        for row in s.scalars(select(InboundMessage).where(InboundMessage.dedupe_key.in_(unique[start : start + LOOKUP_CHUNK]))):
            found[row.dedupe_key] = row
    return found


def write_if_new(s: Session, row: InboundMessage | None) -> None:
    """A message's row still unwritten when its work is done goes in by one Core INSERT, whole
    (`store.whole_rows`; the unit of work's INSERT of it cost twice the statement, issue 9's profile).
    A copy of the message later in the batch finds it in `recorded_rows`' dict. A row the session
    wrote earlier (one with attachments) is left to the savepoint's flush, its changes one UPDATE."""
    if row is not None and row in s.new:
        insert_whole(s, row)


def mark_moved(s: Session, folder: str, uidvalidity: int, keys: Sequence[str], now: datetime) -> None:
    """`moved_at` for these places in the folder (those not yet recorded), a chunk per statement."""
    for start in range(0, len(keys), LOOKUP_CHUNK):
        s.execute(
            InboundMessage.__table__.update()
            .where(InboundMessage.folder == folder, InboundMessage.uidvalidity == uidvalidity)
            .where(InboundMessage.source_key.in_(keys[start : start + LOOKUP_CHUNK]), InboundMessage.moved_at.is_(None))
            .values(moved_at=now)
        )


def batches(refs: Sequence[MessageRef]) -> Iterator[list[MessageRef]]:
    """Runs of at most BATCH_MESSAGES messages and about BATCH_BYTES (a larger message goes alone)."""
    batch: list[MessageRef] = []
    size = 0
    for ref in refs:
        if batch and (len(batch) >= BATCH_MESSAGES or size + ref.size > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(ref)
        size += ref.size
    if batch:
        yield batch


def cursor_after(unfinished: list[int], done_upto: int) -> int:
    """The cursor stays before the first message still to retry, so the next pass lists it again."""
    return max(0, min(unfinished) - 1) if unfinished else done_upto
