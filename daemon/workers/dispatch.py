"""What each kind of inbound mail does: a verdict becomes a service call (or an alert, or nothing).

Runs inside the intake's transaction for that message. Returns the status to record
("handled" or "ignored") and the reason, which `requests show` and the logs display.
Nothing here decides on its own what a message is: that is `daemon.core.classify`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon.core import policy
from daemon.core.dates import letter_day
from daemon.core.extract import extract_fields
from daemon.core.fields import RequestFields
from daemon.core.lang import guess_language
from daemon.core.message import ParsedMessage
from daemon.core.quote import new_text
from daemon.core.verdict import Decision, Kind, Verdict
from daemon.core.workflow import Event, IllegalTransition, State
from daemon.service import Actor, Service
from daemon.setup.config import Config
from daemon.store.models import AccessRequest, InboundMessage, OutboxMail
from daemon.workers.threads import APPROVAL_TEMPLATES

ALERT_KINDS = {Kind.APPROVAL_REPLY: "spoofed_decision"}


class Dispatcher:
    def __init__(self, cfg: Config, service: Service) -> None:
        self.cfg, self.service = cfg, service
        self._ready: tuple[ParsedMessage, date, RequestFields] | None = None

    def dispatch(
        self,
        s: Session,
        msg: ParsedMessage,
        verdict: Verdict,
        req: AccessRequest | None,
        row: InboundMessage,
        now: datetime,
        *,
        ready: tuple[date, RequestFields] | None = None,
    ) -> tuple[str, str]:
        """`ready`: the fields the reader already took from this message, and the day they count from."""
        self._ready = (msg, *ready) if ready is not None else None
        try:
            return self._dispatch(s, msg, verdict, req, row, now)
        finally:
            self._ready = None

    def _dispatch(
        self, s: Session, msg: ParsedMessage, verdict: Verdict, req: AccessRequest | None, row: InboundMessage, now: datetime
    ) -> tuple[str, str]:
        sender = msg.from_addr
        actor = Actor(sender, "reply" if verdict.kind is Kind.APPROVAL_REPLY else "email")
        if verdict.alert:
            self._alert(s, msg, verdict, req, now)
            return "ignored", f"{verdict.reason}; Admin LPSE diberi tahu: {verdict.alert}"
        if verdict.kind is Kind.REQUEST:
            return self._request(s, msg, verdict, row, now)
        if verdict.kind is Kind.BOUNCE:
            return self._bounce(s, msg, verdict, now)
        if req is None or verdict.kind in (Kind.AUTO_REPLY, Kind.UNRELATED):
            return "ignored", verdict.reason
        try:
            return self._in_thread(s, msg, verdict, req, actor, now)
        except IllegalTransition as exc:
            return "ignored", f"{verdict.reason}; tidak berlaku pada status {exc.state.value}"

    def _request(self, s: Session, msg: ParsedMessage, verdict: Verdict, row: InboundMessage, now: datetime) -> tuple[str, str]:
        fields = self._fields(msg, now)
        sender = msg.from_addr
        requester, credentials_to = sender, (fields.email or sender).lower()
        if sender in self.cfg.people.admins and fields.email and fields.email.lower() not in self.cfg.people.admins:
            requester = fields.email.lower()  # the admin forwarded a third party's letter
        lang = guess_language(msg.text + "\n".join(a.text or "" for a in msg.attachments), self.cfg.office.language)
        req = self.service.receive(
            s,
            fields=fields,
            requester=requester,
            credentials_to=credentials_to,
            lang=lang,
            reasons=[verdict.reason],
            letter=row,
            attachment_names=tuple(name for name, _att in msg.kept_attachments()),
            actor=Actor(sender, "email"),
            now=now,
        )
        return "handled", f"{verdict.reason}; dicatat sebagai {req.number}"

    def _fields(self, msg: ParsedMessage, now: datetime) -> RequestFields:
        """The letter's fields; relative dates ("besok") count from the day the letter was written."""
        today = letter_day(msg.date, now, self.cfg.office.tz)
        if self._ready is not None and self._ready[0] is msg and self._ready[1] == today:
            return self._ready[2]  # read ahead in the reader process, for the same day
        return extract_fields(msg, today=today, rights=self.cfg.access.rights, office_people=self.office_people)

    @property
    def office_people(self) -> frozenset[str]:
        """Addresses that never become a requester's: they forward letters on someone else's behalf."""
        return frozenset(self.cfg.people.admins) | self.cfg.approver_addresses | {self.cfg.from_address}

    def _in_thread(
        self, s: Session, msg: ParsedMessage, verdict: Verdict, req: AccessRequest, actor: Actor, now: datetime
    ) -> tuple[str, str]:
        svc, kind, state = self.service, verdict.kind, State(req.state)
        because = "admin" if msg.from_addr in self.cfg.people.admins else "requester"
        if kind is Kind.INFO_REPLY:
            if state is not State.NEEDS_INFO:
                return "ignored", f"{verdict.reason}; permohonan tidak menunggu data (status {state.value})"
            newer = self._fields(msg, now)
            svc.add_info(s, req, newer, actor=actor, now=now)
        elif kind in (Kind.CLOSURE, Kind.WITHDRAWAL) and state is State.ACTIVE:
            svc.apply(s, req, Event.CLOSURE_REQUESTED, actor=actor, now=now, data={"because": because, "reason": None})
        elif kind in (Kind.CLOSURE, Kind.WITHDRAWAL):
            svc.apply(s, req, Event.REQUEST_WITHDRAWN, actor=actor, now=now, data={"reason": None})
        elif kind is Kind.EXTENSION and state is State.ACTIVE:
            if req.extension_until is not None:
                return "ignored", f"{verdict.reason}; perpanjangan sebelumnya masih menunggu keputusan"
            return self._extension(s, msg, verdict, req, actor, now)
        elif kind is Kind.APPROVAL_REPLY:
            return self._decision(s, msg, verdict, req, actor, now)
        else:
            return "ignored", verdict.reason
        return "handled", verdict.reason

    def _extension(
        self, s: Session, msg: ParsedMessage, verdict: Verdict, req: AccessRequest, actor: Actor, now: datetime
    ) -> tuple[str, str]:
        """An extension is a new approval: ask the Kasubag until the date the mail names."""
        assert req.grant_end is not None
        fields = self._fields(msg, now)
        until = policy.extension_end(
            fields.period_end,
            fields.end_time,
            current_end=req.grant_end,
            now=now,
            tz=self.cfg.office.tz,
            default_duration=timedelta(seconds=self.cfg.access.default_duration),
            max_duration=timedelta(seconds=self.cfg.access.max_duration),
        )
        said = next((line.strip() for line in new_text(msg.text).splitlines() if line.strip()), "")
        data = {"_until": until, "until": until.isoformat(), "reason": said[:300] or None}
        self.service.apply(s, req, Event.EXTENSION_REQUESTED, actor=actor, now=now, data=data)
        return "handled", f"{verdict.reason}; perpanjangan sampai {until.isoformat(timespec='minutes')} diajukan ke Kasubag"

    def _decision(
        self, s: Session, msg: ParsedMessage, verdict: Verdict, req: AccessRequest, actor: Actor, now: datetime
    ) -> tuple[str, str]:
        extending = State(req.state) is State.ACTIVE
        asked = self._answered_templates(s, msg)
        if extending and "extension_request" not in asked or not extending and not asked - {"extension_request"}:
            return "ignored", f"{verdict.reason}; bukan balasan atas pertanyaan yang sedang menunggu keputusan"
        granted, rejected = (
            (Event.EXTENSION_GRANTED, Event.EXTENSION_REJECTED) if extending else (Event.APPROVAL_GRANTED, Event.APPROVAL_REJECTED)
        )
        if verdict.decision is Decision.APPROVE:
            self.service.apply(s, req, granted, actor=actor, now=now, data={"reason": verdict.decision_reason, "approved_via": "balasan email"})
        elif verdict.decision is Decision.REJECT:
            if not verdict.decision_reason:
                return self._unclear(s, msg, verdict, req, actor, now, "TOLAK tanpa alasan")
            self.service.apply(s, req, rejected, actor=actor, now=now, data={"reason": verdict.decision_reason})
        else:
            return self._unclear(s, msg, verdict, req, actor, now, "tidak ada keputusan yang jelas")
        return "handled", verdict.reason

    def _unclear(
        self, s: Session, msg: ParsedMessage, verdict: Verdict, req: AccessRequest, actor: Actor, now: datetime, why: str
    ) -> tuple[str, str]:
        """One polite 'could not understand' per approval mail, never more (no loops with a human either)."""
        approval_ids = [i for i in msg.in_reply_to + msg.references]
        asked = s.scalar(
            select(OutboxMail.id).where(
                OutboxMail.request_id == req.id,
                OutboxMail.template == "reply_unclear",
                OutboxMail.recipient == actor.who,
            )
        )
        waiting = State(req.state) is State.PENDING_APPROVAL or req.extension_until is not None
        if asked is None and waiting:
            self.service.apply(s, req, Event.REPLY_UNCLEAR, actor=actor, now=now, data={"why": why, "refs": approval_ids[:3]})
            return "handled", f"{verdict.reason}; {why}, penjelasan dikirim"
        return "ignored", f"{verdict.reason}; {why}"

    @staticmethod
    def _answered_templates(s: Session, msg: ParsedMessage) -> set[str]:
        """Which of our approval mails this reply answers (its In-Reply-To/References)."""
        ids = list(msg.in_reply_to + msg.references)
        if not ids:
            return set()
        rows = s.scalars(select(OutboxMail.template).where(OutboxMail.message_id.in_(ids)))
        return {t for t in rows if t in APPROVAL_TEMPLATES}

    def _bounce(self, s: Session, msg: ParsedMessage, verdict: Verdict, now: datetime) -> tuple[str, str]:
        rows = s.scalars(select(OutboxMail).where(OutboxMail.message_id.in_(verdict.bounced_ids))).all() if verdict.bounced_ids else []
        fresh = [r for r in rows if r.status != "bounced"]
        for r in fresh:
            r.status, r.last_error = "bounced", (msg.delivery_status or msg.subject)[:2000]
            req = s.get(AccessRequest, r.request_id) if r.request_id else None
            self.service.alert_admins(
                s,
                alert="bounce",
                summary=f"Pesan {r.template} untuk {r.recipient} ditolak oleh server penerima.",
                details=[f"Message-ID: {r.message_id}", (msg.delivery_status or msg.subject or "")[:500]],
                event="MailBounced",
                actor=Actor(msg.from_addr or "mailer-daemon", "email"),
                now=now,
                req=req,
            )
        if not rows:
            return "ignored", f"{verdict.reason}; tidak cocok dengan pesan yang kami kirim"
        return "handled", f"{verdict.reason}; {len(fresh)} pesan ditandai gagal terkirim"

    def _alert(self, s: Session, msg: ParsedMessage, verdict: Verdict, req: AccessRequest | None, now: datetime) -> None:
        self.service.alert_admins(
            s,
            alert=ALERT_KINDS.get(verdict.kind, "unauthorized"),
            summary=verdict.alert or verdict.reason,
            details=[
                f"Dari: {msg.from_addr}",
                f"Perihal: {msg.subject}",
                f"Message-ID: {msg.message_id or '-'}",
                f"Jenis: {verdict.kind.value} ({verdict.reason})",
                "Tidak ada tindakan yang diambil atas pesan ini.",
            ],
            event="SuspiciousMail",
            actor=Actor(msg.from_addr or "unknown", "email"),
            now=now,
            req=req,
        )
