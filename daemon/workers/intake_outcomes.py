"""The intake's outcomes other than "worked": oversized, failed, quarantined, and a folder made anew.

Each runs inside the batch's transaction (in the failing message's own savepoint where it
follows a failure), so what it records commits with the batch and before any move.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon.core.dedupe import Identity, identify
from daemon.core.loops import never_answer
from daemon.mail.inbox import Inbox, MessageRef
from daemon.mail.parser import UnparseableMessage, parse_message
from daemon.service import Actor, Service
from daemon.setup.config import Config
from daemon.store.models import InboundMessage, OutboxMail

log = logging.getLogger("lpse_akses.intake")
MAX_ATTEMPTS = 3


class Outcomes:
    cfg: Config
    service: Service
    inbox: Inbox

    def _new_row(self, ident: Identity, ref: MessageRef, uidvalidity: int, raw: bytes, now: datetime) -> InboundMessage:
        return InboundMessage(
            dedupe_key=ident.key, message_id=ident.message_id, content_hash=ident.content_hash, folder=self.inbox.folder,
            uidvalidity=uidvalidity, uid=ref.uid, source_key=ref.key, size=len(raw), raw=raw, status="new", attempts=0,
            received_at=now,
        )  # fmt: skip

    def _failed(self, s: Session, raw: bytes, ref: MessageRef, uidvalidity: int, exc: BaseException, now: datetime) -> tuple[str, str | None]:
        """Count a failed attempt; the third one quarantines the message."""
        ident = identify(raw)
        row = s.scalar(select(InboundMessage).where(InboundMessage.dedupe_key == ident.key))
        if row is None:
            row = self._new_row(ident, ref, uidvalidity, raw, now)
            s.add(row)
        row.attempts = (row.attempts or 0) + 1
        if row.sender is None:
            row.sender, row.subject = _headline(raw)  # so the list and the admins' notice say whose it is
        kind = getattr(exc, "kind", type(exc).__name__)  # a reading's failure names what failed in the reader
        row.status, row.reason = "failed", (str(exc) if hasattr(exc, "kind") else f"{kind}: {exc}")[:2000]
        if row.attempts >= MAX_ATTEMPTS:
            self._quarantine(s, row, f"gagal diproses {row.attempts} kali ({kind})", now)
            return "quarantined", self.cfg.mailbox.quarantine_folder
        return "failed", None

    def _quarantine(self, s: Session, row: InboundMessage, reason: str, now: datetime) -> None:
        row.status, row.reason, row.target_folder = "quarantined", reason, self.cfg.mailbox.quarantine_folder
        s.flush()
        self.service.notify(
            s,
            template="quarantined",
            recipients=self.cfg.people.admins,
            extra={
                "subject": row.subject or "(tanpa perihal)",
                "sender": row.sender or "(tidak diketahui)",
                "reason": reason,
                "folder": self.cfg.mailbox.quarantine_folder,
                "message_id": row.message_id or f"#{row.id}",
            },
            event="MessageQuarantined",
            actor=Actor("intake", "system"),
            now=now,
        )
        log.warning("quarantined message #%s (%s): %s", row.id, row.message_id, reason)

    def _oversized(self, s: Session, ref: MessageRef, uidvalidity: int, now: datetime) -> tuple[str, str | None]:
        """Never fetched whole: recorded from its headers, moved aside unread, its sender told once an hour."""
        key = f"big:{uidvalidity}:{ref.key}"
        folder = self.cfg.mailbox.oversize_folder
        if s.scalar(select(InboundMessage.id).where(InboundMessage.dedupe_key == key)) is not None:
            return "oversized", folder
        sender, subject = self._peek_sender(ref)
        row = InboundMessage(
            dedupe_key=key, content_hash="", folder=self.inbox.folder, uidvalidity=uidvalidity, uid=ref.uid,
            source_key=ref.key, sender=sender, subject=subject, size=ref.size, raw=None, status="oversized",
            reason=f"ukuran {ref.size} byte melebihi batas {self.cfg.mailbox.max_message_size} byte",
            target_folder=folder, received_at=now,
        )  # fmt: skip
        s.add(row)
        extra = {
            "subject": subject or "(tanpa perihal)",
            "size_text": f"{ref.size / 1048576:.1f} MB",
            "limit_text": f"{self.cfg.mailbox.max_message_size / 1048576:.0f} MB",
        }
        if sender and not self._recently_answered(s, sender, now):
            self.service.notify(s, template="oversized", recipients=(sender,), extra=extra, event="MessageOversized", actor=Actor("intake", "system"), now=now)
        return "oversized", folder

    def _peek_sender(self, ref: MessageRef) -> tuple[str | None, str | None]:
        """Who to tell (None: nobody, mail about mail gets no reply) and the subject, from the headers only."""
        try:
            msg = parse_message(self.inbox.headers(ref) + b"\r\n", attachment_text=lambda *a: None)
        except UnparseableMessage:
            return None, None
        office = frozenset(a.lower() for a in (self.cfg.from_address, self.cfg.mailbox.username) if "@" in a)
        why = never_answer(msg, office)
        if why is not None:
            log.info("oversized uid=%s from %s: no reply (%s)", ref.uid, msg.from_addr, why)
            return None, msg.subject
        return msg.from_addr, msg.subject

    @staticmethod
    def _recently_answered(s: Session, sender: str, now: datetime) -> bool:
        """At most one automatic reply per sender per hour beyond the flow's own (DESIGN §9)."""
        since = now - timedelta(hours=1)
        return s.scalar(
            select(OutboxMail.id).where(OutboxMail.recipient == sender, OutboxMail.template == "oversized", OutboxMail.created_at >= since)
        ) is not None

    def _folder_reset(self, s: Session, old: int, new: int, now: datetime) -> None:
        self.service.alert_admins(
            s,
            alert="uidvalidity",
            summary=f"Folder {self.inbox.folder} di server email dibuat ulang (UIDVALIDITY berubah).",
            details=[f"lama: {old}, baru: {new}", "Pesan dicocokkan ulang menurut Message-ID; tidak ada permohonan ganda."],
            event="MailboxReset",
            actor=Actor("intake", "system"),
            now=now,
        )


def _headline(raw: bytes) -> tuple[str | None, str | None]:
    """Sender and subject of a message whose handling failed, read from its headers alone."""
    head = raw.partition(b"\r\n\r\n")[0] if b"\r\n\r\n" in raw else raw.partition(b"\n\n")[0]
    try:
        msg = parse_message(head[:65536] + b"\r\n\r\n", attachment_text=lambda *a: None)
    except (UnparseableMessage, LookupError, ValueError):
        return None, None
    return msg.from_addr, msg.subject[:1000]
