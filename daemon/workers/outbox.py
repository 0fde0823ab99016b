"""The outbox sender: claim due rows, render, send, and record the outcome. Nothing is sent twice.

A row is claimed by setting its `lease_until` in a committed transaction (with SKIP LOCKED
on PostgreSQL, so several daemons never claim the same row; a daemon that died loses its
leases at the next start on SQLite, or when they expire on PostgreSQL);
then it is rendered and handed to the transport under its fixed Message-ID; then it is
marked sent. A crash between the server's 250 and our commit re-sends the same Message-ID
after the lease (the accepted price of never losing mail, DESIGN §9); never a second row.

A server that cannot be reached at all is an outage (`workers.smtp_outage`): one connection is
tried per probe interval instead of one per message, and the admins get one alert for it.
The database work runs in a thread, so a locked or slow database never stalls the event loop
(and with it /healthz); a row sent but not yet recorded as sent (the database refused the
write) is recorded first in the next round, not sent again.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable

from jinja2 import TemplateError
from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon.core.compose import SECRET_SLOTS
from daemon.mail.builder import FileAttachment, build
from daemon.mail.templates import MailRenderer
from daemon.mail.transport import PermanentSendError, SendError, ServerUnreachable, TransientSendError, Transport
from daemon.service import Actor, Service
from daemon.setup import faultpoints
from daemon.setup.config import Config
from daemon.store import leases
from daemon.store.db import Database
from daemon.store.models import AccessRequest, Attachment, Credential, InboundMessage, OutboxFile, OutboxMail
from daemon.workers.smtp_outage import OutageWatch

log = logging.getLogger("lpse_akses.outbox")
BACKOFF: tuple[float, ...] = (30, 60, 120, 300, 600, 1800, 3600)  # seconds after the 1st, 2nd, ... failure; then hourly


@dataclass(frozen=True)
class Claimed:
    id: int
    recipient: str
    message_id: str


class Outbox:
    def __init__(
        self,
        db: Database,
        cfg: Config,
        service: Service,
        transport: Transport,
        renderer: MailRenderer,
        clock: Callable[[], datetime],
        *,
        backoff: tuple[float, ...] = BACKOFF,
    ) -> None:
        """`backoff`: seconds to wait after the 1st, 2nd, ... transient failure (the last one repeats)."""
        self.db, self.cfg, self.service, self.transport, self.renderer, self.clock = db, cfg, service, transport, renderer, clock
        self.backoff = backoff
        self.watch = OutageWatch(cfg, service, backoff)
        self._unrecorded: list[Claimed] = []  # delivered, but the database refused to record it yet

    @property
    def lease(self) -> timedelta:
        """Longer than one SMTP conversation may last, so a live sender never loses its row."""
        return timedelta(seconds=2 * self.cfg.smtp.timeout + 30)

    def release_leases(self) -> None:
        """At start on SQLite (one daemon only): rows claimed by a process that died are free again."""
        with self.db.transaction() as s:
            leases.release_all(s, OutboxMail)

    def claim(self, limit: int = 20) -> list[Claimed]:
        now = self.clock()
        with self.db.transaction() as s:
            rows = leases.claim_due(
                s, OutboxMail, OutboxMail.next_attempt_at, now=now, lease=self.lease, limit=limit, skip_locked=not self.db.is_sqlite
            )
            return [Claimed(r.id, r.recipient, r.message_id) for r in rows]

    async def send_due(self) -> int:
        """Send every due row once (while the server is down: one, at each probe); returns how many were sent."""
        while self._unrecorded:
            await asyncio.to_thread(self._sent, self._unrecorded[0])
            self._unrecorded.pop(0)
        if not self.watch.may_try(self.clock()):
            if self.watch.due_alarm(self.clock()):
                await asyncio.to_thread(self._alarm)
            return 0
        sent = 0
        claimed = await asyncio.to_thread(self.claim)
        for i, one in enumerate(claimed):
            outcome = await self._send_one(one)
            if outcome is None:  # the server cannot be reached: the rest wait for the next probe, untried
                await asyncio.to_thread(self._give_back, claimed[i + 1 :])
                break
            sent += outcome
        return sent

    def _alarm(self) -> None:
        with self.db.transaction() as s:
            self.watch.alarm(s, self.clock())

    def _give_back(self, claimed: list[Claimed]) -> None:
        if claimed:
            with self.db.transaction() as s:
                leases.give_back(s, OutboxMail, [c.id for c in claimed])

    def smtp_status(self) -> str:
        return self.watch.status()

    def pending_count(self) -> int:
        with self.db.reading() as s:
            return len(s.scalars(select(OutboxMail.id).where(OutboxMail.status == "pending")).all())

    async def _send_one(self, claimed: Claimed) -> bool | None:
        """True: sent; False: failed or deferred; None: the server cannot be reached (an outage)."""
        try:
            raw = await asyncio.to_thread(self._compose_row, claimed.id)
        except SendError as exc:  # a secret that is gone, a template that fails: nothing to retry
            await asyncio.to_thread(self._failed, claimed, str(exc), answered=False)
            return False
        try:
            await self.transport.send(self.cfg.from_address, claimed.recipient, raw)
        except ServerUnreachable as exc:
            await asyncio.to_thread(self._unreachable, claimed, str(exc))
            return None
        except TransientSendError as exc:
            await asyncio.to_thread(self._retry, claimed, str(exc))
            return False
        except PermanentSendError as exc:
            await asyncio.to_thread(self._failed, claimed, str(exc))
            return False
        faultpoints.reach("after_data_before_mark")
        try:
            await asyncio.to_thread(self._sent, claimed)
        except Exception:
            self._unrecorded.append(claimed)  # delivered: record it before anything else, never send it again
            raise
        log.info("sent %s to %s", claimed.message_id, claimed.recipient)
        return True

    def _compose_row(self, row_id: int) -> bytes:
        with self.db.reading() as s:
            row = s.get(OutboxMail, row_id)
            assert row is not None
            return self.compose(s, row)

    def compose(self, s: Session, row: OutboxMail) -> bytes:
        """Render the row with its secrets filled in; the result is never stored."""
        context: dict[str, Any] = dict(row.context)
        slots = context.pop("_slots", {}) or {}
        for key, ref in slots.items():
            kind = SECRET_SLOTS.get(key)
            if kind == "token":
                path = "c" if key == "credentials_url" else "a"
                context[key] = f"{self.cfg.web.public_url.rstrip('/')}/{path}/{self.service.tokens.token_for(str(ref))}"
            elif kind == "credential":
                cred = s.get(Credential, int(ref))
                if cred is None or cred.ciphertext is None:
                    raise PermanentSendError("the password of this message was already wiped")
                context[key] = self.service.vault.reveal(cred)
        try:
            rendered = self.renderer.render(row.template, row.lang, context)
        except TemplateError as exc:  # a template error fails this row only, and says why
            raise PermanentSendError(f"template {row.template} could not be rendered: {exc}") from exc
        name, _, _ = self.cfg.smtp.from_address.rpartition("<")
        return build(
            template=row.template,
            from_address=self.cfg.from_address,
            from_name=name.strip().strip('"') or self.cfg.office.name,
            recipient=row.recipient,
            subject=rendered.subject,
            text=rendered.text,
            html=rendered.html,
            message_id=row.message_id,
            date=row.created_at,
            in_reply_to=row.in_reply_to,
            references=row.references,
            attachments=self._attachments(s, row),
        )

    @staticmethod
    def _attachments(s: Session, row: OutboxMail) -> tuple[FileAttachment, ...]:
        """The original letter and its files (attach_from), then the files made for this row (a digest's register)."""
        files: list[FileAttachment] = []
        if row.attach_from is not None:
            letter = s.get(InboundMessage, row.attach_from)
            files.extend(
                FileAttachment(a.filename, a.content_type, a.data)
                for a in s.scalars(select(Attachment).where(Attachment.message_id == row.attach_from))
            )
            if letter is not None and letter.raw:
                files.append(FileAttachment("surat-permohonan-asli.eml", "message/rfc822", letter.raw))
        own = s.scalars(select(OutboxFile).where(OutboxFile.outbox_id == row.id).order_by(OutboxFile.id))
        files.extend(FileAttachment(f.filename, f.content_type, f.data) for f in own)
        return tuple(files)

    def _sent(self, claimed: Claimed) -> None:
        now = self.clock()
        with self.db.transaction() as s:
            row = s.get(OutboxMail, claimed.id)
            assert row is not None
            self.watch.answered(s, now)
            row.status, row.sent_at, row.last_error, row.lease_until = "sent", now, None, None
            if row.credential_id is not None:
                cred = s.get(Credential, row.credential_id)
                if cred is not None:
                    self.service.vault.wipe(cred, now)

    def _unreachable(self, claimed: Claimed, error: str) -> None:
        """This row's try met an outage: the row waits like any retry; the outage may now be alarmed."""
        self.watch.unreachable(error, self.clock())
        self._retry(claimed, error, outage=True)

    def _retry(self, claimed: Claimed, error: str, *, outage: bool = False) -> None:
        now = self.clock()
        with self.db.transaction() as s:
            if not outage:
                self.watch.answered(s, now)  # a 4xx is an answer: the server is there
            elif self.watch.due_alarm(now):
                self.watch.alarm(s, now)
            row = s.get(OutboxMail, claimed.id)
            assert row is not None
            if now - row.created_at > timedelta(seconds=self.cfg.smtp.retry_for):
                reason = f"still failing after {self.cfg.smtp.retry_for / 3600:.0f} h: {error}"
                self._give_up(s, row, reason, now, alert=not outage)  # an outage has its own one alert
                return
            delay = self.backoff[min(row.attempts - 1, len(self.backoff) - 1)]
            if outage:  # the row did nothing wrong: it goes again with the next probe, not after its own backoff
                delay = min(delay, self.watch.probe_delay())
            row.next_attempt_at = now + timedelta(seconds=delay)
            row.last_error, row.lease_until = error, None
        log.warning("will retry %s to %s in %gs: %s", claimed.message_id, claimed.recipient, delay, error)

    def _failed(self, claimed: Claimed, error: str, *, answered: bool = True) -> None:
        now = self.clock()
        with self.db.transaction() as s:
            if answered:
                self.watch.answered(s, now)  # a 5xx is an answer: the server is there
            row = s.get(OutboxMail, claimed.id)
            assert row is not None
            self._give_up(s, row, error, now)
        log.error("could not send %s to %s: %s", claimed.message_id, claimed.recipient, error)

    def _give_up(self, s: Session, row: OutboxMail, error: str, now: datetime, *, alert: bool = True) -> None:
        row.status, row.last_error, row.lease_until = "failed", error, None
        if row.template == "admin_alert" or not alert:
            return  # an alert about an alert would loop; the log and `check` show it
        req = s.get(AccessRequest, row.request_id) if row.request_id else None
        self.service.alert_admins(
            s,
            alert="send_failed",
            summary=f"Pesan {row.template} untuk {row.recipient} tidak dapat dikirim.",
            details=[f"Message-ID: {row.message_id}", f"Penyebab: {error}"],
            event="SendFailed",
            actor=Actor("outbox", "system"),
            now=now,
            req=req,
        )
