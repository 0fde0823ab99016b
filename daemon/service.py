"""The only writer of request state: `Service.apply` turns one event into one transaction.

Whatever the channel (mail, link, reply, CLI, timer, provisioner), an event goes through
`apply`: the pure table (`daemon.core.workflow.decide`) says the new state and the effects;
here, in the caller's transaction, the state is written, the audit event appended, and the
effects become outbox rows, tokens, credentials and provisioning jobs. Nothing is sent and
nothing is provisioned here: the outbox and the provisioning worker do that after commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from daemon import mailqueue, newborn
from daemon.core import policy
from daemon.core.compose import Office
from daemon.core.fields import RequestFields
from daemon.core.workflow import (
    EXTENSION_PENDING,
    STARTS_LATER,
    AskApproval,
    Audience,
    CancelJobs,
    CloseGrant,
    CreateAccount,
    DisableAccount,
    Effect,
    Event,
    ExtendAccount,
    OpenGrant,
    RevokeApprovalLinks,
    SendMail,
    State,
    Transition,
    decide,
)
from daemon.credentials import CredentialVault, generate_password
from daemon.mail.builder import FileAttachment
from daemon.mail_effects import MailEffects
from daemon.setup.config import Config
from daemon.store import audit_trail
from daemon.store.models import AccessRequest, Credential, Grant, InboundMessage, ProvisioningJob, Token
from daemon.store.whole_rows import insert_whole
from daemon.tokens import TokenKeeper

# What of a notice's context the audit keeps (never the lists of names a digest carries).
AUDITED_EXTRA = ("alert", "summary", "reason", "period_label", "attachments")


@dataclass(frozen=True)
class Actor:
    """Who caused an event and through which channel: email | link | reply | cli | timer | system."""

    who: str
    channel: str


class Service:
    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self.tokens = TokenKeeper(cfg.credentials.secret_key)
        self.vault = CredentialVault(cfg.credentials.secret_key)
        self.domain = cfg.from_address.rsplit("@", 1)[1]
        self.office = Office(cfg.office.name, cfg.office.city, cfg.admin_contact, cfg.office.tz, cfg.access.labels)
        self.mail = MailEffects(cfg, self.tokens, self.office, self.domain)

    # -- entry points ---------------------------------------------------------------------

    def receive(
        self,
        s: Session,
        *,
        fields: RequestFields,
        requester: str,
        credentials_to: str,
        lang: str,
        reasons: list[str],
        letter: InboundMessage | None,
        actor: Actor,
        now: datetime,
        kind: str = "request",
        attachment_names: tuple[str, ...] | None = None,
    ) -> AccessRequest:
        """SOP 1-2: a new request gets its number (allocated here, in this transaction) and is assessed.

        `attachment_names` are the letter's stored attachments (None: read them from the database);
        while it is being born the request is known whole (`daemon.newborn`)."""
        year = policy.local_year(now, self.cfg.office.tz)
        counter = audit_trail.locked_counter(s, f"ra-{year}")
        counter.value += 1
        req = AccessRequest(
            number=policy.format_number(year, counter.value),
            state=State.NEW.value,
            kind=kind,
            requester=requester.lower(),
            requester_name=fields.name,
            credentials_to=credentials_to.lower(),
            lang=lang,
            fields=fields.to_json(),
            reasons=reasons,
            created_at=now,
            updated_at=now,
        )
        insert_whole(s, req)  # now: its tokens and mails name it; its changes below are one UPDATE at the next flush
        if letter is not None:
            letter.request = req  # the letter's INSERT carries the request's id: no UPDATE after it
        with newborn.born(s, req, letter, attachment_names if letter is not None else ()):
            self.apply(s, req, Event.REQUEST_RECEIVED, actor=actor, now=now, data={"reasons": reasons})
            self.assess(s, req, actor=actor, now=now)
        return req  # written whole by the caller's next flush (intake: the letter's savepoint), with the letter's status

    def assess(self, s: Session, req: AccessRequest, *, actor: Actor, now: datetime) -> Transition:
        """Complete enough for the Kasubag? Then ask; else ask the requester for what is missing."""
        missing = RequestFields.from_json(req.fields).missing(self.cfg.access.required_fields)
        if missing:
            return self.apply(s, req, Event.FIELDS_MISSING, actor=actor, now=now, data={"missing": list(missing)})
        self._plan_window(req, now)
        return self.apply(s, req, Event.FIELDS_COMPLETED, actor=actor, now=now)

    def add_info(self, s: Session, req: AccessRequest, newer: RequestFields, *, actor: Actor, now: datetime) -> Transition:
        """The requester's answer to `need_info`: merge what it says, then assess again."""
        merged = RequestFields.from_json(req.fields).merged(newer)
        req.fields = merged.to_json()
        if merged.email and req.credentials_to == req.requester:
            req.credentials_to = merged.email.lower()
        return self.assess(s, req, actor=actor, now=now)

    def apply(
        self,
        s: Session,
        req: AccessRequest,
        event: Event,
        *,
        actor: Actor,
        now: datetime,
        data: dict[str, Any] | None = None,
    ) -> Transition:
        """Apply one event: state, audit row and effects, in the caller's transaction (or IllegalTransition)."""
        data = dict(data or {})
        facts = frozenset({EXTENSION_PENDING} if req.extension_until is not None else ())
        transition = decide(State(req.state), event, facts)
        data["_event"] = event.value
        self._record_event_data(req, event, actor, now, data)
        req.state = transition.new.value
        req.updated_at = now
        audit_data = {k: v for k, v in data.items() if not k.startswith("_")}
        audit_data.update({"from": transition.old.value, "to": transition.new.value})
        audit_trail.append(
            s, request_id=req.id, number=req.number, event=event.value, actor=actor.who, channel=actor.channel, at=now, data=audit_data
        )
        for effect in transition.effects:
            self._effect(s, req, effect, actor=actor, now=now, data=data)
        if newborn.of(s, req) is None:  # a request being born is written once, at the end of `receive`
            s.flush()
        return transition

    def notify(
        self,
        s: Session,
        *,
        template: str,
        recipients: tuple[str, ...],
        extra: dict[str, Any],
        event: str,
        actor: Actor,
        now: datetime,
        req: AccessRequest | None = None,
        in_reply_to: str | None = None,
        files: tuple[FileAttachment, ...] = (),
    ) -> None:
        """A message that changes no state (an alert, a quarantine notice, a digest), audited like any event."""
        audit_trail.append(
            s,
            request_id=req.id if req else None,
            number=req.number if req else None,
            event=event,
            actor=actor.who,
            channel=actor.channel,
            at=now,
            data={"template": template, "to": list(recipients), **{k: v for k, v in extra.items() if k in AUDITED_EXTRA}},
        )
        for to in recipients:
            if req is not None:
                ctx = self.mail.context(s, req, template, to, now, extra)
            else:
                from daemon.core.compose import base_context

                ctx = base_context(self.office, self.cfg.office.language, None, None) | extra
            mailqueue.enqueue(
                s, req=req, template=template, recipient=to, lang=ctx["lang"], context=ctx, domain=self.domain, now=now,
                in_reply_to=in_reply_to, files=files,
            )  # fmt: skip

    def alert_admins(
        self,
        s: Session,
        *,
        alert: str,
        summary: str,
        details: list[str],
        event: str,
        actor: Actor,
        now: datetime,
        req: AccessRequest | None = None,
    ) -> None:
        """`admin_alert` to every admin: a bounce, a spoofed decision, a silent mailbox, a failed send."""
        self.notify(
            s,
            template="admin_alert",
            recipients=self.cfg.people.admins,
            extra={"alert": alert, "summary": summary, "details": details},
            event=event,
            actor=actor,
            now=now,
            req=req,
        )

    # -- effects --------------------------------------------------------------------------

    def _effect(self, s: Session, req: AccessRequest, effect: Effect, *, actor: Actor, now: datetime, data: dict[str, Any]) -> None:
        if isinstance(effect, SendMail):
            if effect.only_if == STARTS_LATER and not policy.starts_later(req.grant_start, now):
                return
            self.mail.send(s, req, effect.template, self._audience(s, req, effect.audience, actor), now, data)
        elif isinstance(effect, AskApproval):
            self.mail.ask(s, req, self._audience(s, req, effect.audience, actor), now, template=effect.template)
        elif isinstance(effect, RevokeApprovalLinks):
            self.tokens.revoke(s, req.id, ("approve", "reject"), now)
        elif isinstance(effect, CreateAccount):
            self._create_account(s, req, now)
        elif isinstance(effect, DisableAccount):
            self._job(s, req, "disable", now, now + timedelta(seconds=self.cfg.provisioner.retry_for))
        elif isinstance(effect, ExtendAccount):
            self._job(s, req, "extend", now, now + timedelta(seconds=self.cfg.provisioner.retry_for))
        elif isinstance(effect, OpenGrant):
            seq = len(req.grants) + 1
            assert req.username and req.grant_end
            s.add(
                Grant(
                    request_id=req.id,
                    seq=seq,
                    username=req.username,
                    rights=list(RequestFields.from_json(req.fields).access_rights),
                    granted_at=now,
                    ends_at=req.grant_end,
                )
            )
        elif isinstance(effect, CloseGrant):
            for grant in req.grants:
                if grant.closed_at is None:
                    grant.closed_at = now
                    grant.closed_because = req.closing_because or "extended"
        elif isinstance(effect, CancelJobs):
            s.execute(
                update(ProvisioningJob)
                .where(ProvisioningJob.request_id == req.id, ProvisioningJob.status == "pending")
                .values(status="cancelled")
            )
            for cred in s.scalars(select(Credential).where(Credential.request_id == req.id, Credential.ciphertext.is_not(None))):
                self.vault.wipe(cred, now)  # a password nobody will receive is not kept

    def _audience(self, s: Session, req: AccessRequest, audience: Audience, actor: Actor) -> tuple[str, ...]:
        people = self.cfg.people
        if audience is Audience.REQUESTER:
            return (req.requester,)
        if audience is Audience.ADMINS:
            return people.admins
        if audience is Audience.BACKUP_APPROVERS:
            return people.backup_approvers
        if audience is Audience.ACTOR:
            return (actor.who,)
        asked = self.asked_approvers(s, req)
        if audience is Audience.APPROVERS:
            return asked or people.approvers
        return tuple(a for a in asked if a != (req.decided_by or "").lower())

    @staticmethod
    def asked_approvers(s: Session, req: AccessRequest) -> tuple[str, ...]:
        record = newborn.of(s, req)
        if record is not None:
            return record.holders("approve")
        rows = s.scalars(select(Token.holder).where(Token.request_id == req.id, Token.action == "approve").order_by(Token.id))
        return tuple(dict.fromkeys(rows))

    def _create_account(self, s: Session, req: AccessRequest, now: datetime) -> None:
        """The password is stored encrypted before the job exists, so a retry sets the same one."""
        self._plan_window(req, now)
        req.username = req.username or policy.username_for(req.number, self.cfg.access.username_prefix)
        if s.scalar(select(Credential).where(Credential.request_id == req.id, Credential.ciphertext.is_not(None))) is None:
            c = self.cfg.credentials
            password = generate_password(c.password_length, c.password_alphabet)
            self.vault.store(s, request_id=req.id, username=req.username, password=password, now=now)
        assert req.grant_start is not None
        self._job(s, req, "create", req.grant_start, req.grant_start + timedelta(seconds=self.cfg.provisioner.retry_for))

    def _job(self, s: Session, req: AccessRequest, action: str, due: datetime, give_up: datetime) -> None:
        pending = s.scalar(
            select(ProvisioningJob).where(
                ProvisioningJob.request_id == req.id, ProvisioningJob.action == action, ProvisioningJob.status == "pending"
            )
        )
        if pending is None:
            s.add(ProvisioningJob(request_id=req.id, action=action, status="pending", due_at=due, attempts=0, created_at=due, give_up_at=give_up))

    # -- helpers --------------------------------------------------------------------------

    def _plan_window(self, req: AccessRequest, now: datetime) -> None:
        window = policy.grant_window(
            RequestFields.from_json(req.fields),
            now=now,
            tz=self.cfg.office.tz,
            default_duration=timedelta(seconds=self.cfg.access.default_duration),
            max_duration=timedelta(seconds=self.cfg.access.max_duration),
        )
        req.grant_start, req.grant_end = window.start, window.end

    @staticmethod
    def _record_event_data(req: AccessRequest, event: Event, actor: Actor, now: datetime, data: dict[str, Any]) -> None:
        if event in (Event.APPROVAL_GRANTED, Event.APPROVAL_REJECTED, Event.EXTENSION_GRANTED, Event.EXTENSION_REJECTED):
            req.decided_by, req.decided_at = actor.who.lower(), now
            req.decision_reason = data.get("reason")
        if event is Event.EXTENSION_REQUESTED:
            req.extension_until, req.extension_reason = data["_until"], data.get("reason")
            req.approval_asked_at = now
        elif event is Event.EXTENSION_GRANTED:
            req.grant_end, req.extension_until = req.extension_until, None
        elif event is Event.EXTENSION_REJECTED:
            req.extension_until = None
        elif event in (Event.CLOSURE_REQUESTED, Event.GRANT_EXPIRED):
            req.closing_because = data.get("because", "expired" if event is Event.GRANT_EXPIRED else "requester")
            req.closing_reason = data.get("reason")
        elif event is Event.ACCOUNT_CREATED:
            req.grant_start = now
        elif event is Event.GRANT_EXTENDED:
            req.grant_end, req.extension_until = data["_until"], None
        elif event is Event.REMINDER_DUE:
            req.reminders_sent += 1
        elif event is Event.ESCALATION_DUE:
            req.escalated_at = now
