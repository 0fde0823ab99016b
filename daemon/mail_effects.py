"""The messages a transition sends: one outbox row per recipient, with its context and its links.

Used by `daemon.service` inside its transaction for the `SendMail` and `AskApproval` effects.
The credentials mail is special twice: it goes to the address shown on the approval page,
and its secret (the password, or a one-time link) is a slot the outbox fills at send time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon import mailqueue, newborn
from daemon.core.compose import Office, RequestView, context_for, display_name, missing_labels, when
from daemon.core.fields import RequestFields
from daemon.setup.config import Config
from daemon.store.models import AccessRequest, Attachment, Credential, InboundMessage
from daemon.store.whole_rows import insert_whole
from daemon.tokens import TokenKeeper


def view(req: AccessRequest) -> RequestView:
    """A request as messages describe it: a plain snapshot of the row."""
    return RequestView(
        number=req.number,
        state=req.state,
        requester=req.requester,
        credentials_to=req.credentials_to,
        fields=RequestFields.from_json(req.fields),
        received_at=req.created_at,
        grant_start=req.grant_start,
        grant_end=req.grant_end,
        username=req.username,
        decided_by=req.decided_by,
        decided_at=req.decided_at,
        decision_reason=req.decision_reason,
    )


class MailEffects:
    def __init__(self, cfg: Config, tokens: TokenKeeper, office: Office, domain: str) -> None:
        self.cfg, self.tokens, self.office, self.domain = cfg, tokens, office, domain

    def send(self, s: Session, req: AccessRequest, template: str, recipients: tuple[str, ...], now: datetime, data: dict[str, Any]) -> None:
        for to in recipients:
            extra = dict(data.get("_extra", {}))
            credential_id = None
            if template == "credentials":
                cred = s.scalar(select(Credential).where(Credential.request_id == req.id).order_by(Credential.id.desc()))
                assert cred is not None
                credential_id = cred.id
                to = req.credentials_to
                if self.cfg.credentials.delivery == "link":
                    template = "credentials_link"
                    minted = self.tokens.mint(s, request_id=req.id, action="credentials", holder=to, now=now, ttl=self.cfg.credentials.link_ttl)
                    extra["_slots"] = {"credentials_url": minted.nonce}
                    extra["link_expires"] = when(now + timedelta(seconds=self.cfg.credentials.link_ttl), req.lang, self.cfg.office.tz)
                    credential_id = None
                else:
                    extra["_slots"] = {"password": cred.id}
                    extra["access_instructions"] = ""
            if template == "closed":
                extra["audience"] = "admin" if to in self.cfg.people.admins and to != req.requester else "requester"
            if template == "cancelled":
                extra["audience"] = "requester" if to == req.requester else "approver"
            ctx = self.context(s, req, template, to, now, extra | self._template_extra(template, req, now, data))
            mailqueue.enqueue(
                s, req=req, template=template, recipient=to, lang=ctx["lang"], context=ctx, domain=self.domain, now=now, credential_id=credential_id
            )

    def _template_extra(self, template: str, req: AccessRequest, now: datetime, data: dict[str, Any]) -> dict[str, Any]:
        lang, tz = req.lang, self.cfg.office.tz
        missing = RequestFields.from_json(req.fields).missing(self.cfg.access.required_fields)
        if template in ("ack_received", "need_info"):
            return {"missing": missing_labels(missing, lang)}
        if template == "decided_by_other":
            granted = data.get("_event") in ("ApprovalGranted", "ExtensionGranted")
            return {"decided_by": req.decided_by, "decision": "approved" if granted else "rejected"}
        if template == "decision_approved":
            who = (req.decided_by or "").lower()
            people = self.cfg.people
            role = "approver" if who in people.approvers else "backup" if who in people.backup_approvers else "admin"
            return {"decided_by_role": role}
        if template == "grant_notice":
            return {"approved_by": req.decided_by, "approved_via": data.get("approved_via", "")}
        if template == "closed":
            return {"closed_at": when(now, lang, tz), "closed_because": req.closing_because, "reason": req.closing_reason}
        if template == "cancelled":
            return {"reason": data.get("reason"), "cancelled_at": when(now, lang, tz)}
        if template == "provisioning_failed":
            return {"error": data.get("error", ""), "attempts": data.get("attempts", 0)}
        if template == "approval_reminder":
            return {"reminder_count": req.reminders_sent, "waiting_since": when(req.approval_asked_at, lang, tz)}
        return {}

    def ask(self, s: Session, req: AccessRequest, approvers: tuple[str, ...], now: datetime, *, template: str) -> None:
        """Each approver gets its own approve and reject links and its own approval mail (or extension question)."""
        ttl = self.cfg.approval.link_ttl
        record = newborn.of(s, req)
        letter = record.letter if record else s.scalar(select(InboundMessage).where(InboundMessage.request_id == req.id).order_by(InboundMessage.id))
        if letter is not None and letter.id is None:
            insert_whole(s, letter)  # a new letter not yet written: the approval mail's outbox row names it (attach_from)
        names: Sequence[str] | None = record.attachment_names if record else None
        if names is None:
            names = s.scalars(select(Attachment.filename).where(Attachment.message_id == letter.id)).all() if letter else []
        if template == "approval_request":
            req.approval_asked_at = req.approval_asked_at or now
        for approver in approvers:
            approve, reject = self.tokens.mint_each(s, request_id=req.id, actions=("approve", "reject"), holder=approver, now=now, ttl=ttl)
            extra = {
                "approver_name": approver,
                "_slots": {"approve_url": approve.nonce, "reject_url": reject.nonce},
                "link_expires": when(now + timedelta(seconds=ttl), self.cfg.office.language, self.cfg.office.tz),
                "attachments": list(names),
            }
            if template == "approval_reminder":
                extra |= self._template_extra(template, req, now, {})
            if template == "extension_request":
                lang, tz = self.cfg.office.language, self.cfg.office.tz
                extra |= {
                    "current_end": when(req.grant_end, lang, tz),
                    "extension_until": when(req.extension_until, lang, tz),
                    "extension_reason": req.extension_reason,
                    # the partial's "proposed window" reads as the extension: from today's end to the new one
                    "grant_start": when(req.grant_end, lang, tz),
                    "grant_end": when(req.extension_until, lang, tz),
                }
            ctx = self.context(s, req, template, approver, now, extra, lang=self.cfg.office.language)
            mailqueue.enqueue(
                s,
                req=req,
                template=template,
                recipient=approver,
                lang=ctx["lang"],
                context=ctx,
                domain=self.domain,
                now=now,
                attach_from=letter.id if letter is not None else None,
            )

    def context(
        self, s: Session, req: AccessRequest, template: str, to: str, now: datetime, extra: dict[str, Any], lang: str | None = None
    ) -> dict[str, Any]:
        lang = lang or (req.lang if to in (req.requester, req.credentials_to) else self.cfg.office.language)
        name = display_name(to, req.requester_name) if to in (req.requester, req.credentials_to) else None
        return context_for(template, office=self.office, view=view(req), lang=lang, recipient_name=name, extra=extra)
