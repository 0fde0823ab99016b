"""The folder's history: what was already in it when lpse-akses first looked, left alone.

An office points lpse-akses at a mailbox that holds years of mail, read by people too. On
the first start against a folder (no cursor yet) every message already there is history:
recorded from its headers alone (its place, UIDVALIDITY and UID; its Message-ID, sender,
subject and Date), never classified, answered or moved. Only mail that arrives afterwards
is worked. `lpse-akses mailbox adopt` takes chosen history in later, on an admin's word.
"""

from __future__ import annotations

import email.policy
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from daemon.core.dedupe import identify
from daemon.mail.inbox import MessageRef
from daemon.store.models import InboundMessage

log = logging.getLogger("lpse_akses.intake")
HISTORY = "history"
_HEADERS = BytesHeaderParser(policy=email.policy.default)


def record_history(
    s: Session, refs: Sequence[MessageRef], heads: dict[str, bytes], *, folder: str, uidvalidity: int, now: datetime
) -> int:
    """Record each message of `refs` whose headers are in `heads` as history; the count recorded."""
    keys = {ref.key: _key(heads[ref.key], uidvalidity, ref.key) for ref in refs if ref.key in heads}
    taken = set(_existing(s, list(keys.values())))
    count = 0
    for ref in refs:
        head = heads.get(ref.key)
        if head is None:
            continue  # gone from the folder meanwhile
        key = keys[ref.key]
        if key in taken:
            key = f"hist:{uidvalidity}:{ref.key}"  # the same Message-ID twice in the folder
            if key in taken:
                continue
        taken.add(key)
        message_id, sender, subject, sent_at = read_head(head)
        s.add(InboundMessage(
            dedupe_key=key, message_id=message_id, content_hash="", folder=folder, uidvalidity=uidvalidity, uid=ref.uid,
            source_key=ref.key, sender=sender, subject=subject, size=ref.size, raw=None, status=HISTORY, kind=HISTORY,
            reason="sudah ada di kotak surat sebelum lpse-akses mulai bekerja", attempts=0, target_folder=None,
            received_at=now, sent_at=sent_at,
        ))  # fmt: skip
        count += 1
    log.info("first look at %s: %d message(s) already there recorded as history, left alone", folder, count)
    return count


def history_count(s: Session) -> int:
    return s.scalar(select(func.count(InboundMessage.id)).where(InboundMessage.status == HISTORY)) or 0


def history_note(count: int) -> str:
    """The one sentence `requests list` and `check` say about the folder's history."""
    if not count:
        return "Riwayat kotak surat: tidak ada (semua pesan diproses sejak mulai)."
    return (
        f"Riwayat kotak surat: {count} pesan sudah ada sebelum lpse-akses mulai bekerja; dibiarkan, tidak dijawab. "
        "Lihat `lpse-akses mailbox adopt --since TANGGAL` untuk memproses yang masih perlu."
    )


def history_since(s: Session, since: datetime) -> list[InboundMessage]:
    """History whose Date (or, without one, the day we recorded it) is at or after `since`, oldest first."""
    when = func.coalesce(InboundMessage.sent_at, InboundMessage.received_at)
    return list(s.scalars(select(InboundMessage).where(InboundMessage.status == HISTORY, when >= since).order_by(when, InboundMessage.id)))


def read_head(head: bytes) -> tuple[str | None, str | None, str | None, datetime | None]:
    """(Message-ID, sender address, subject, Date in UTC) of a header section; what cannot be read is None."""
    message_id = identify(head + b"\r\n\r\n").message_id
    try:
        msg = _HEADERS.parsebytes(head)
        sender = next((addr.lower() for _name, addr in getaddresses([str(msg.get("From", ""))]) if "@" in addr), None)
        subject = str(msg.get("Subject", ""))[:1000] or None
    except (ValueError, LookupError, TypeError, IndexError):
        sender, subject = None, None
    return message_id, sender, subject, _date(head)


def _date(head: bytes) -> datetime | None:
    for line in head.splitlines():
        if line[:5].lower() == b"date:":
            try:
                when = parsedate_to_datetime(line[5:].decode("ascii", "replace").strip())
            except (ValueError, TypeError, IndexError):
                return None
            return when.astimezone(timezone.utc) if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return None


def _key(head: bytes, uidvalidity: int, source_key: str) -> str:
    ident = identify(head + b"\r\n\r\n")
    return ident.key if ident.message_id else f"hist:{uidvalidity}:{source_key}"


def _existing(s: Session, keys: list[str]) -> Iterable[str]:
    for start in range(0, len(keys), 500):
        yield from s.scalars(select(InboundMessage.dedupe_key).where(InboundMessage.dedupe_key.in_(keys[start : start + 500])))
