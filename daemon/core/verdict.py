"""What classification says about one inbound message, and what it needs to know to say it.

`daemon.core.classify.classify(msg, ctx)` returns a `Verdict`; the intake resolves the
thread (`ThreadMatch`) from the database before calling it, so the core stays pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    """DESIGN §3's kinds of inbound mail."""

    REQUEST = "request"
    INFO_REPLY = "info_reply"
    CLOSURE = "closure"
    EXTENSION = "extension"
    WITHDRAWAL = "withdrawal"
    APPROVAL_REPLY = "approval_reply"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    UNRELATED = "unrelated"
    QUARANTINE = "quarantine"


class Decision(str, Enum):
    APPROVE = "approve"
    REJECT = "reject"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class KnownRequest:
    """A request already in the database, as far as classification needs it."""

    number: str
    state: str
    requester: str
    approvers: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThreadMatch:
    """The request a message belongs to, and how we know.

    `approval_recipient` is set when the message refers (In-Reply-To/References) to an approval
    mail the daemon sent: it is the approver that mail went to (its Message-ID is that approver's secret).
    `bounced_message_ids` are our outbound Message-IDs the message refers to (for bounces).
    """

    request: KnownRequest
    via: str  # "tag" | "reference"
    approval_recipient: str | None = None
    referenced_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class MailContext:
    """Who is who in this office, and the message's thread when one was found."""

    office_addresses: frozenset[str]
    admins: frozenset[str]
    approvers: frozenset[str]
    trusted_authserv_ids: tuple[str, ...] = ()
    thread: ThreadMatch | None = None
    # Message-IDs we sent that this message refers to, whatever the request (bounce matching).
    our_referenced_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """The classification of one message.

    `alert` is set when the admins must look at it (a spoofed decision, a closure from a stranger);
    such a message is never applied. `decision` is set for approval replies only.
    """

    kind: Kind
    reason: str
    request_number: str | None = None
    decision: Decision | None = None
    decision_reason: str | None = None
    alert: str | None = None
    bounced_ids: tuple[str, ...] = field(default=())
