"""The web's way into the daemon (`daemon.web.contract.Desk`), built on the tokens and the service.

Pages (GET) only read. `decide` and `reveal_credential` (POST) check the token, spend it
and apply the event in one transaction, then wake the daemon's loops so that the
credentials leave within a second.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from daemon.core.compose import FIELD_LABELS, when
from daemon.core.fields import RequestFields
from daemon.core.workflow import Event, IllegalTransition, State
from daemon.errors import OperationError, TokenRejected
from daemon.service import Actor, Service
from daemon.setup.config import Config
from daemon.store.db import Database
from daemon.store.models import AccessRequest, Attachment, Credential, InboundMessage, OutboxMail, Token
from daemon.web.contract import ApprovalPage, CredentialPage, DecisionOutcome, Health, RevealedCredential


def _waiting(req: AccessRequest) -> bool:
    """Does the request wait for an approver: the first decision, or an extension?"""
    return req.state == State.PENDING_APPROVAL.value or (req.state == State.ACTIVE.value and req.extension_until is not None)


def _extension_rows(req: AccessRequest, lang: str, tz: tzinfo) -> list[tuple[str, str]]:
    if req.state != State.ACTIVE.value or req.extension_until is None:
        return []
    label = "Perpanjangan diminta sampai" if lang == "id" else "Extension asked until"
    reason = "Alasan perpanjangan" if lang == "id" else "Reason for the extension"
    return [(label, when(req.extension_until, lang, tz) or "-"), (reason, req.extension_reason or "-")]


class ServiceDesk:
    def __init__(
        self,
        db: Database,
        cfg: Config,
        service: Service,
        clock: Callable[[], datetime],
        kick: Callable[[], None] = lambda: None,
        health: Callable[[], Health] | None = None,
    ) -> None:
        self.db, self.cfg, self.service, self.clock, self.kick = db, cfg, service, clock, kick
        self._health = health

    # -- approval links -----------------------------------------------------------------------

    def approval_page(self, raw_token: str) -> ApprovalPage:
        with self.db.reading() as s:
            tok = self._approver_token(s, raw_token, self.clock())
            req = s.get(AccessRequest, tok.request_id)
            assert req is not None
            if not _waiting(req):
                raise TokenRejected("permohonan ini sudah diputuskan atau dibatalkan")
            return self._page(s, req, tok)

    def _page(self, s: Session, req: AccessRequest, tok: Token) -> ApprovalPage:
        lang, tz = self.cfg.office.language, self.cfg.office.tz
        f = RequestFields.from_json(req.fields)
        labels = FIELD_LABELS[lang]
        grant_label = "Masa berlaku (usulan)" if lang == "id" else "Proposed access window"
        rows = [
            (labels["name"], f.name or "-"),
            (labels["institution"], f.institution or "-"),
            (labels["email"], req.credentials_to),
            (labels["phone"], f.phone or "-"),
            (labels["purpose"], f.purpose or "-"),
            *_rights_rows(f, self._labels(f.access_rights, lang), lang),
            (grant_label, f"{when(req.grant_start, lang, tz)} – {when(req.grant_end, lang, tz)}"),
            *_extension_rows(req, lang, tz),
            (labels["letter_number"], f.letter_number or "-"),
        ]
        letter = s.scalar(select(InboundMessage.id).where(InboundMessage.request_id == req.id).order_by(InboundMessage.id))
        names = tuple(s.scalars(select(Attachment.filename).where(Attachment.message_id == letter))) if letter else ()
        return ApprovalPage(
            number=req.number,
            action=tok.action,
            approver=tok.holder,
            office_name=self.cfg.office.name,
            lang=lang,
            rows=tuple(rows),
            sender=req.requester,
            credentials_to=req.credentials_to,
            sender_differs=req.requester != req.credentials_to,
            expires_text=when(tok.expires_at, lang, tz) or "",
            attachments=names,
            other_action_token=self._sibling(s, req, tok),
            ungranted=f.access_rights_ungranted,
        )

    def _labels(self, codes: tuple[str, ...], lang: str) -> list[str]:
        return self.service.office.rights(codes, lang)

    def _sibling(self, s: Session, req: AccessRequest, tok: Token) -> str | None:
        """The same approver's link for the other action, rebuilt from the approval mail's stored nonce."""
        other = "reject_url" if tok.action == "approve" else "approve_url"
        rows = s.scalars(
            select(OutboxMail).where(
                OutboxMail.request_id == req.id, OutboxMail.recipient == tok.holder, OutboxMail.template == "approval_request"
            )
        )
        for row in rows:
            nonce = (row.context.get("_slots") or {}).get(other)  # type: ignore[union-attr]
            if nonce:
                candidate = self.service.tokens.token_for(str(nonce))
                try:
                    self.service.tokens.check(s, candidate, now=self.clock(), actions=("approve", "reject"))
                except TokenRejected:
                    continue
                return candidate
        return None

    def _approver_token(self, s: Session, raw_token: str, now: datetime) -> Token:
        """A live approval token whose holder is still a configured approver (one removed since may not decide)."""
        tok = self.service.tokens.check(s, raw_token, now=now, actions=("approve", "reject"))
        if tok.holder.lower() not in self.cfg.approver_addresses:
            raise TokenRejected("tautan ini milik pejabat yang tidak lagi berwenang menyetujui")
        return tok

    def decide(self, raw_token: str, *, action: str, reason: str | None, client: str) -> DecisionOutcome:
        now = self.clock()
        with self.db.transaction() as s:
            tok = self._approver_token(s, raw_token, now)
            if tok.action != action:
                raise TokenRejected("tautan ini untuk tindakan lain")
            if action == "reject" and not (reason or "").strip():
                raise OperationError("alasan penolakan wajib diisi")
            req = s.get(AccessRequest, tok.request_id)
            assert req is not None
            self.service.tokens.consume(s, tok, now=now)
            if req.state == State.ACTIVE.value:
                event = Event.EXTENSION_GRANTED if action == "approve" else Event.EXTENSION_REJECTED
            else:
                event = Event.APPROVAL_GRANTED if action == "approve" else Event.APPROVAL_REJECTED
            try:
                self.service.apply(
                    s, req, event, actor=Actor(tok.holder, "link"), now=now,
                    data={"reason": (reason or "").strip() or None, "client": client[:200], "approved_via": "tautan"},
                )  # fmt: skip
            except IllegalTransition:
                raise OperationError(f"permohonan {req.number} sudah berstatus {req.state}") from None
            number, extending = req.number, event in (Event.EXTENSION_GRANTED, Event.EXTENSION_REJECTED)
        self.kick()
        if extending and action == "approve":
            msg = f"Perpanjangan {number} disetujui. Masa berlaku akun diperpanjang; pemohon dan Admin LPSE diberi tahu."
        elif extending:
            msg = f"Perpanjangan {number} tidak disetujui. Pemohon diberi tahu beserta alasannya; akun tetap berakhir seperti semula."
        elif action == "approve":
            msg = f"Permohonan {number} disetujui. Akun sedang dibuat; data akses dikirim ke pemohon dan Admin LPSE diberi tahu."
        else:
            msg = f"Permohonan {number} ditolak. Pemohon diberi tahu beserta alasannya."
        return DecisionOutcome(number=number, action=action, message=msg)

    # -- credential links ---------------------------------------------------------------------

    def credential_page(self, raw_token: str) -> CredentialPage:
        with self.db.reading() as s:
            tok = self.service.tokens.check(s, raw_token, now=self.clock(), actions=("credentials",))
            req = s.get(AccessRequest, tok.request_id)
            assert req is not None
            return CredentialPage(
                number=req.number,
                office_name=self.cfg.office.name,
                lang=req.lang,
                username=req.username or "",
                expires_text=when(tok.expires_at, req.lang, self.cfg.office.tz) or "",
            )

    def reveal_credential(self, raw_token: str, *, client: str) -> RevealedCredential:
        now = self.clock()
        with self.db.transaction() as s:
            tok = self.service.tokens.check(s, raw_token, now=now, actions=("credentials",))
            req = s.get(AccessRequest, tok.request_id)
            assert req is not None
            cred = s.scalar(select(Credential).where(Credential.request_id == req.id).order_by(Credential.id.desc()))
            if cred is None:
                raise TokenRejected("kata sandi tidak tersedia")
            self.service.tokens.consume(s, tok, now=now)
            password = self.service.vault.reveal(cred)
            self.service.vault.wipe(cred, now)
            from daemon.store import audit_trail

            audit_trail.append(
                s, request_id=req.id, number=req.number, event="CredentialRevealed", actor=tok.holder, channel="link", at=now,
                data={"client": client[:200]},
            )  # fmt: skip
            return RevealedCredential(
                number=req.number,
                username=req.username or cred.username,
                password=password,
                grant_end_text=when(req.grant_end, req.lang, self.cfg.office.tz) or "",
                office_name=self.cfg.office.name,
                lang=req.lang,
            )

    # -- operations ---------------------------------------------------------------------------

    def report_link_attempts(self, address: str, *, attempts: int, window: float) -> None:
        now = self.clock()
        minutes = max(1, round(window / 60))
        with self.db.transaction() as s:
            self.service.alert_admins(
                s,
                alert="link_attempts",
                summary=f"Alamat {address} mencoba {attempts} tautan persetujuan atau data akses yang tidak berlaku dalam {minutes} menit.",
                details=[
                    f"Alamat: {address}",
                    f"Sejak: {when(now, 'id', self.cfg.office.tz)}",
                    f"Alamat ini menerima HTTP 429 selama {minutes} menit setelah percobaan terakhirnya.",
                ],
                event="LinkAttemptsThrottled",
                actor=Actor("web", "system"),
                now=now,
            )
        self.kick()

    def health(self) -> Health:
        if self._health is not None:
            return self._health()
        with self.db.reading() as s:
            s.scalar(select(func.count(AccessRequest.id)))
        return Health(ok=True, checks={"database": "ok"})

    def metrics(self) -> str:
        lines = []
        with self.db.reading() as s:
            lines.append("# HELP lpse_akses_requests Requests by state.")
            lines.append("# TYPE lpse_akses_requests gauge")
            for state, n in s.execute(select(AccessRequest.state, func.count()).group_by(AccessRequest.state)):
                lines.append(f'lpse_akses_requests{{state="{state}"}} {n}')
            lines.append("# HELP lpse_akses_outbox Outbox rows by status.")
            lines.append("# TYPE lpse_akses_outbox gauge")
            for status, n in s.execute(select(OutboxMail.status, func.count()).group_by(OutboxMail.status)):
                lines.append(f'lpse_akses_outbox{{status="{status}"}} {n}')
            lines.append("# HELP lpse_akses_inbound Inbound messages by status.")
            lines.append("# TYPE lpse_akses_inbound gauge")
            for status, n in s.execute(select(InboundMessage.status, func.count()).group_by(InboundMessage.status)):
                lines.append(f'lpse_akses_inbound{{status="{status}"}} {n}')
        return "\n".join(lines) + "\n"


def _rights_rows(f: RequestFields, granted: list[str], lang: str) -> list[tuple[str, str]]:
    """What will be granted, then the letter's own words for what it asked (issue 8.3)."""
    rows = [("Hak akses yang akan diberikan" if lang == "id" else "Access that will be granted", ", ".join(granted) or "-")]
    if f.access_rights_text:
        rows.append(("Hak akses menurut surat" if lang == "id" else "Access as the letter says", f"“{f.access_rights_text}”"))
    return rows
