"""Finding the request a message belongs to: the [RA-YYYY-NNNN] tag, then our own Message-IDs.

The core gives the keys (`classify.thread_keys`); this edge looks them up and hands the
core a plain `MailContext`. A referenced approval mail also tells who it was sent to: its
Message-ID is that approver's secret, which is how a reply proves who answers.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from daemon.core.classify import thread_keys
from daemon.core.message import ParsedMessage
from daemon.core.verdict import KnownRequest, MailContext, ThreadMatch
from daemon.setup.config import Config
from daemon.store.models import AccessRequest, OutboxMail

# The mails whose Message-ID is its approver's secret: a reply to one of them can decide.
APPROVAL_TEMPLATES = ("approval_request", "approval_reminder", "extension_request")


def known(req: AccessRequest) -> KnownRequest:
    return KnownRequest(number=req.number, state=req.state, requester=req.requester)


# Built once: building a statement for every message cost more than running it (issue 9's profile).
# Only the four columns it needs: a whole row would also decode its context (JSON) for nothing.
# A Core statement on the connection: the caller reads without autoflush anyway, and the ORM's
# handling of a plain column select was half its cost.
_OUTBOX = OutboxMail.__table__.c
_OURS = select(_OUTBOX.request_id, _OUTBOX.template, _OUTBOX.recipient, _OUTBOX.message_id).where(
    _OUTBOX.message_id.in_(bindparam("ids", expanding=True))
)
_BY_NUMBER = select(AccessRequest).where(AccessRequest.number == bindparam("number"))


def mail_context(s: Session, cfg: Config, msg: ParsedMessage) -> tuple[MailContext, AccessRequest | None]:
    tags, ids = thread_keys(msg)
    ours = s.connection().execute(_OURS, {"ids": list(ids)}).all() if ids else []
    req: AccessRequest | None = None
    via = ""
    approval_recipient: str | None = None
    for row in ours:
        if row.request_id is not None:
            req = s.get(AccessRequest, row.request_id)
            via = "reference"
        if row.template in APPROVAL_TEMPLATES:
            approval_recipient = row.recipient
    if req is None:
        for tag in tags:
            req = s.scalar(_BY_NUMBER, {"number": tag.upper()})
            if req is not None:
                via = "tag"
                break
    thread = None
    if req is not None:
        thread = ThreadMatch(
            request=known(req),
            via=via,
            approval_recipient=approval_recipient,
            referenced_ids=tuple(r.message_id for r in ours),
        )
    ctx = MailContext(
        office_addresses=frozenset({cfg.from_address}),
        admins=frozenset(cfg.people.admins),
        approvers=cfg.approver_addresses,
        trusted_authserv_ids=cfg.approval.trusted_authserv_ids,
        thread=thread,
        our_referenced_ids=tuple(r.message_id for r in ours),
    )
    return ctx, req
