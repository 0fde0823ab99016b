"""Retention: raw messages and their attachments are kept as evidence for `retention.raw_messages`, then dropped.

What goes is the bytes only (the message's row stays: sender, subject, kind, reason, the request it
belongs to), so the register, the audit trail and `requests show` keep their history. The audit
trail itself is never pruned here: it is hash-chained and kept by law (`retention.audit`, years).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from daemon.store.models import Attachment, InboundMessage, OutboxFile, OutboxMail


def drop_old_raw_messages(s: Session, *, now: datetime, keep_for: float) -> int:
    """Forget the bytes of inbound mail older than `keep_for` seconds; returns how many messages."""
    cutoff = now - timedelta(seconds=keep_for)
    old = select(InboundMessage.id).where(InboundMessage.received_at < cutoff, InboundMessage.raw.is_not(None))
    ids = list(s.scalars(old))
    if not ids:
        return 0
    s.execute(delete(Attachment).where(Attachment.message_id.in_(ids)))
    s.execute(update(InboundMessage).where(InboundMessage.id.in_(ids)).values(raw=None))
    return len(ids)


def drop_sent_files(s: Session, *, now: datetime, keep_for: float) -> int:
    """Files attached to mail we sent (digests' registers) are regenerated on demand: drop them after the same time."""
    cutoff = now - timedelta(seconds=keep_for)
    sent = select(OutboxMail.id).where(OutboxMail.status != "pending", OutboxMail.created_at < cutoff)
    return s.execute(delete(OutboxFile).where(OutboxFile.outbox_id.in_(sent))).rowcount or 0  # type: ignore[attr-defined]
