"""One pass over the mailbox: dedupe → store raw → parse → classify → dispatch, then move.

Record first, then act (STYLE rule 4): each message is handled in its own transaction,
committed before the message is moved on the server; moves happen in batches after the
commits. A message that fails is retried on the next pass and quarantined after three
failures; one bad message never stops the others (the loop boundary is `run_pass`).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon.core.classify import classify
from daemon.core.dedupe import Identity, identify
from daemon.core.loops import never_answer
from daemon.core.message import ParsedMessage
from daemon.core.verdict import Kind
from daemon.mail.inbox import Inbox, MessageRef
from daemon.mail.parser import UnparseableMessage, parse_message
from daemon.service import Actor, Service
from daemon.setup.config import Config
from daemon.store.db import Database
from daemon.store.models import Attachment, InboundMessage, MailboxCursor, OutboxMail
from daemon.workers.dispatch import Dispatcher
from daemon.workers.threads import mail_context

log = logging.getLogger("lpse_akses.intake")
MAX_ATTEMPTS = 3
FINAL = ("handled", "ignored", "quarantined", "oversized")


@dataclass
class PassResult:
    seen: int = 0
    handled: int = 0
    quarantined: int = 0
    failed: int = 0


class Intake:
    def __init__(
        self,
        db: Database,
        cfg: Config,
        service: Service,
        inbox: Inbox,
        clock: Callable[[], datetime],
        *,
        parse: Callable[[bytes], ParsedMessage] = parse_message,
    ) -> None:
        """`parse` turns bytes into a message (the default reads attachments too); tests pass their own."""
        self.db, self.cfg, self.service, self.inbox, self.clock, self.parse = db, cfg, service, inbox, clock, parse
        self.dispatcher = Dispatcher(cfg, service)
        self.full_scan = True  # the first pass looks at every message: some may be handled but not yet moved

    def run_pass(self) -> PassResult:
        """Handle what is new in the folder; the loop boundary for single messages."""
        result = PassResult()
        uidvalidity = self.inbox.uidvalidity()
        after = 0 if self.full_scan else self._cursor(uidvalidity)
        refs = self.inbox.list_new(after)
        moves: dict[str, list[MessageRef]] = defaultdict(list)
        unfinished: list[int] = []
        for ref in refs:
            result.seen += 1
            try:
                status, folder = self.process(ref, uidvalidity)
            except Exception as exc:  # noqa: BLE001 - the loop boundary: log, count, go on
                log.exception("message uid=%s key=%s failed: %s", ref.uid, ref.key, type(exc).__name__)
                status, folder = self._failed(ref, uidvalidity, exc)
            if folder:
                moves[folder].append(ref)
            else:
                unfinished.append(ref.uid)
            result.handled += status == "handled"
            result.quarantined += status == "quarantined"
            result.failed += status == "failed"
        for folder, batch in moves.items():
            self.inbox.move(batch, folder)
            self._mark_moved(batch, uidvalidity, folder)
        last = (min(unfinished) - 1) if unfinished else max([after] + [r.uid for r in refs])
        self._save_cursor(uidvalidity, last)
        self.full_scan = False
        return result

    def process(self, ref: MessageRef, uidvalidity: int) -> tuple[str, str | None]:
        """Handle one message in one transaction; returns (status, folder to move it to)."""
        mb = self.cfg.mailbox
        if ref.size > mb.max_message_size:
            return self._oversized(ref, uidvalidity)
        return self.handle(self.inbox.fetch(ref), ref, uidvalidity)

    def handle(self, raw: bytes, ref: MessageRef, uidvalidity: int, *, replay: bool = False) -> tuple[str, str | None]:
        """Handle one message's bytes (from the mailbox, or replayed from the quarantine)."""
        mb = self.cfg.mailbox
        ident = identify(raw)
        now = self.clock()
        with self.db.transaction() as s:
            row = s.scalar(select(InboundMessage).where(InboundMessage.dedupe_key == ident.key))
            if row is not None and row.status in FINAL and not replay:
                return row.status, row.target_folder or mb.processed_folder
            if row is None:
                row = self._new_row(ident, ref, uidvalidity, raw, now)
                s.add(row)
                s.flush()
            try:
                msg = self.parse(raw)
            except UnparseableMessage as exc:
                self._quarantine(s, row, f"tidak dapat dibaca sebagai email: {exc}", now)
                return "quarantined", mb.quarantine_folder
            row.sender, row.subject, row.message_id = msg.from_addr, msg.subject[:1000], msg.message_id or row.message_id
            ctx, req = mail_context(s, self.cfg, msg)
            verdict = classify(msg, ctx)
            row.kind = verdict.kind.value
            if verdict.kind is Kind.QUARANTINE:
                self._quarantine(s, row, verdict.reason, now)
                return "quarantined", mb.quarantine_folder
            if req is not None:
                row.request_id = req.id
            self._keep_attachments(s, row, msg)
            status, reason = self.dispatcher.dispatch(s, msg, verdict, req, row, now)
            row.status, row.reason, row.target_folder = status, reason, mb.processed_folder
            log.info("uid=%s %s: %s (%s)", ref.uid, msg.message_id, verdict.kind.value, reason)
            return status, mb.processed_folder

    # -- outcomes ---------------------------------------------------------------------------

    def _failed(self, ref: MessageRef, uidvalidity: int, exc: BaseException) -> tuple[str, str | None]:
        """Count a failed attempt in its own transaction; the third one quarantines the message."""
        now = self.clock()
        if ref.size > self.cfg.mailbox.max_message_size:
            return "failed", None  # never fetched whole, not even to count a failure; retried next pass
        try:
            raw = self.inbox.fetch(ref)
        except Exception:  # noqa: BLE001 - still inside the loop boundary; the mailbox may be gone
            return "failed", None
        ident = identify(raw)
        with self.db.transaction() as s:
            row = s.scalar(select(InboundMessage).where(InboundMessage.dedupe_key == ident.key))
            if row is None:
                row = self._new_row(ident, ref, uidvalidity, raw, now)
                s.add(row)
            row.attempts = (row.attempts or 0) + 1
            if row.sender is None:
                row.sender, row.subject = _headline(raw)  # so the list and the admins' notice say whose it is
            row.status, row.reason = "failed", f"{type(exc).__name__}: {exc}"[:2000]
            if row.attempts >= MAX_ATTEMPTS:
                self._quarantine(s, row, f"gagal diproses {row.attempts} kali ({type(exc).__name__})", now)
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

    def _oversized(self, ref: MessageRef, uidvalidity: int) -> tuple[str, str | None]:
        now = self.clock()
        key = f"big:{uidvalidity}:{ref.key}"
        folder = self.cfg.mailbox.oversize_folder
        with self.db.transaction() as s:
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

    # -- bookkeeping ------------------------------------------------------------------------

    def _new_row(self, ident: Identity, ref: MessageRef, uidvalidity: int, raw: bytes, now: datetime) -> InboundMessage:
        return InboundMessage(
            dedupe_key=ident.key, message_id=ident.message_id, content_hash=ident.content_hash, folder=self.inbox.folder,
            uidvalidity=uidvalidity, uid=ref.uid, source_key=ref.key, size=len(raw), raw=raw, status="new", attempts=0,
            received_at=now,
        )  # fmt: skip

    @staticmethod
    def _keep_attachments(s: Session, row: InboundMessage, msg: ParsedMessage) -> None:
        for att in msg.attachments:
            if att.data:
                s.add(Attachment(message_id=row.id, filename=att.filename or "lampiran", content_type=att.content_type, data=att.data))

    def _mark_moved(self, refs: list[MessageRef], uidvalidity: int, folder: str) -> None:
        now = self.clock()
        keys = [r.key for r in refs]
        with self.db.transaction() as s:
            for row in s.scalars(select(InboundMessage).where(InboundMessage.source_key.in_(keys), InboundMessage.uidvalidity == uidvalidity)):
                row.moved_at = now

    def _cursor(self, uidvalidity: int) -> int:
        with self.db.reading() as s:
            cur = s.get(MailboxCursor, self.inbox.folder)
            if cur is None or cur.uidvalidity != uidvalidity:
                return 0
            return cur.last_uid

    def _save_cursor(self, uidvalidity: int, last_uid: int) -> None:
        now = self.clock()
        with self.db.transaction() as s:
            cur = s.get(MailboxCursor, self.inbox.folder)
            if cur is None:
                s.add(MailboxCursor(folder=self.inbox.folder, uidvalidity=uidvalidity, last_uid=last_uid, last_ok_at=now))
                return
            if cur.uidvalidity != uidvalidity and cur.uidvalidity != 0 and uidvalidity != 0:
                self.service.alert_admins(
                    s,
                    alert="uidvalidity",
                    summary=f"Folder {self.inbox.folder} di server email dibuat ulang (UIDVALIDITY berubah).",
                    details=[f"lama: {cur.uidvalidity}, baru: {uidvalidity}", "Pesan dicocokkan ulang menurut Message-ID; tidak ada permohonan ganda."],
                    event="MailboxReset",
                    actor=Actor("intake", "system"),
                    now=now,
                )
            cur.uidvalidity, cur.last_uid, cur.last_ok_at = uidvalidity, last_uid, now


def _headline(raw: bytes) -> tuple[str | None, str | None]:
    """Sender and subject of a message whose handling failed, read from its headers alone."""
    head = raw.partition(b"\r\n\r\n")[0] if b"\r\n\r\n" in raw else raw.partition(b"\n\n")[0]
    try:
        msg = parse_message(head[:65536] + b"\r\n\r\n", attachment_text=lambda *a: None)
    except (UnparseableMessage, LookupError, ValueError):
        return None, None
    return msg.from_addr, msg.subject[:1000]
