"""The SOP as one table: (state, event) → (new state, effects). Anything else is illegal.

Like h11's `_state.py`: the whole lifecycle of a request is `TRANSITIONS` below, read by
`decide()` and by `diagram()` (the state diagram in README.md is generated from it, and a
test fails when they drift). The table is static; the service layer (`daemon.service`)
turns effects into outbox rows, tokens and jobs inside the same database transaction.

SOP steps: 1-2 a letter arrives (RequestReceived) → 3 it goes to the Kasubag
(FieldsCompleted → approval requests) → 4 the Kasubag decides (ApprovalGranted /
ApprovalRejected) → 5 the account is made and sent (AccountCreated) → 6 the third party
says it is done (ClosureRequested → AccountDisabled) → 7 closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class State(str, Enum):
    NEW = "new"  # before the first event: the request does not exist yet
    RECEIVED = "received"
    NEEDS_INFO = "needs_info"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    ACTIVE = "active"
    CLOSED = "closed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    FAILED = "failed"


FINAL_STATES = frozenset({State.CLOSED, State.REJECTED, State.CANCELLED})


class Event(str, Enum):
    """Things that happened (past tense), whatever the channel they came through."""

    REQUEST_RECEIVED = "RequestReceived"
    FIELDS_MISSING = "FieldsMissing"
    FIELDS_COMPLETED = "FieldsCompleted"
    REMINDER_DUE = "ReminderDue"
    ESCALATION_DUE = "EscalationDue"
    REPLY_UNCLEAR = "ReplyUnclear"
    APPROVAL_GRANTED = "ApprovalGranted"
    APPROVAL_REJECTED = "ApprovalRejected"
    ACCOUNT_CREATED = "AccountCreated"
    PROVISIONING_FAILED = "ProvisioningFailed"
    RETRY_REQUESTED = "RetryRequested"
    EXPIRY_NEAR = "ExpiryNear"
    EXTENSION_REQUESTED = "ExtensionRequested"
    EXTENSION_GRANTED = "ExtensionGranted"
    EXTENSION_REJECTED = "ExtensionRejected"
    GRANT_EXTENDED = "GrantExtended"
    CLOSURE_REQUESTED = "ClosureRequested"
    GRANT_EXPIRED = "GrantExpired"
    ACCOUNT_DISABLED = "AccountDisabled"
    DISABLE_FAILED = "DisableFailed"
    REQUEST_WITHDRAWN = "RequestWithdrawn"


class Audience(str, Enum):
    REQUESTER = "requester"
    APPROVERS = "approvers"  # every approver still asked (backups once escalated)
    OTHER_APPROVERS = "other_approvers"  # the approvers who did not decide
    BACKUP_APPROVERS = "backup_approvers"
    ACTOR = "actor"  # the approver whose reply was unclear
    ADMINS = "admins"


@dataclass(frozen=True)
class SendMail:
    """Queue the message `template` for `audience` (one outbox row per recipient)."""

    template: str
    audience: Audience
    only_if: str = ""  # a fact (see FACTS) that must hold when the effect runs, else the mail is not sent


@dataclass(frozen=True)
class AskApproval:
    """Mint approve/reject tokens for `audience` and send each its approval mail."""

    audience: Audience
    template: str = "approval_request"


@dataclass(frozen=True)
class RevokeApprovalLinks:
    """Every approval token of the request dies (one approver decided, or the request ended)."""


@dataclass(frozen=True)
class CreateAccount:
    """Queue the provisioning job (at the grant's start); the password is stored encrypted first."""


@dataclass(frozen=True)
class DisableAccount:
    """Queue the job that disables the account."""


@dataclass(frozen=True)
class ExtendAccount:
    """Queue the job that moves the account's expiry to the new end, and open a new grant row."""


@dataclass(frozen=True)
class OpenGrant:
    """Write the register row: Username, Hak Akses, Waktu Pemberian."""


@dataclass(frozen=True)
class CloseGrant:
    """Complete the register row: Waktu Penutupan."""


@dataclass(frozen=True)
class CancelJobs:
    """Pending provisioning jobs of the request are dropped."""


Effect = SendMail | AskApproval | RevokeApprovalLinks | CreateAccount | DisableAccount | ExtendAccount | OpenGrant | CloseGrant | CancelJobs

# Facts an effect may depend on (evaluated by the service from the request, at the transition's moment).
STARTS_LATER = "starts_later"  # the account is made later than right away (policy.starts_later)

S, E, A = State, Event, Audience
_ASK = (SendMail("approval_request", A.APPROVERS),)
_WITHDRAW = (RevokeApprovalLinks(), CancelJobs(), SendMail("cancelled", A.REQUESTER))

TRANSITIONS: dict[tuple[State, Event], tuple[State, tuple[Effect, ...]]] = {
    # SOP 1-2: the letter arrives and is acknowledged.
    (S.NEW, E.REQUEST_RECEIVED): (S.RECEIVED, (SendMail("ack_received", A.REQUESTER),)),
    (S.RECEIVED, E.FIELDS_MISSING): (S.NEEDS_INFO, (SendMail("need_info", A.REQUESTER),)),
    (S.NEEDS_INFO, E.FIELDS_MISSING): (S.NEEDS_INFO, (SendMail("need_info", A.REQUESTER),)),
    # SOP 3: it goes to the Kasubag.
    (S.RECEIVED, E.FIELDS_COMPLETED): (S.PENDING_APPROVAL, (AskApproval(A.APPROVERS),)),
    (S.NEEDS_INFO, E.FIELDS_COMPLETED): (S.PENDING_APPROVAL, (AskApproval(A.APPROVERS),)),
    (S.PENDING_APPROVAL, E.REMINDER_DUE): (S.PENDING_APPROVAL, (AskApproval(A.APPROVERS, "approval_reminder"),)),
    (S.PENDING_APPROVAL, E.ESCALATION_DUE): (S.PENDING_APPROVAL, (AskApproval(A.BACKUP_APPROVERS),)),
    (S.PENDING_APPROVAL, E.REPLY_UNCLEAR): (S.PENDING_APPROVAL, (SendMail("reply_unclear", A.ACTOR),)),
    # SOP 4: the Kasubag decides.
    (S.PENDING_APPROVAL, E.APPROVAL_GRANTED): (
        S.APPROVED,
        (
            RevokeApprovalLinks(),
            SendMail("decided_by_other", A.OTHER_APPROVERS),
            CreateAccount(),
            SendMail("decision_approved", A.REQUESTER, only_if=STARTS_LATER),  # else the credentials come at once
        ),
    ),
    (S.PENDING_APPROVAL, E.APPROVAL_REJECTED): (
        S.REJECTED,
        (RevokeApprovalLinks(), SendMail("decided_by_other", A.OTHER_APPROVERS), SendMail("decision_rejected", A.REQUESTER)),
    ),
    # SOP 5: the account is made, sent, and written in the register.
    (S.APPROVED, E.ACCOUNT_CREATED): (
        S.ACTIVE,
        (OpenGrant(), SendMail("credentials", A.REQUESTER), SendMail("grant_notice", A.ADMINS)),
    ),
    (S.APPROVED, E.PROVISIONING_FAILED): (S.FAILED, (SendMail("provisioning_failed", A.ADMINS),)),
    (S.FAILED, E.RETRY_REQUESTED): (S.APPROVED, (CreateAccount(),)),
    # While access lasts.
    (S.ACTIVE, E.EXPIRY_NEAR): (S.ACTIVE, (SendMail("expiry_warning", A.REQUESTER),)),
    # An extension is a new approval (DESIGN §1): the Kasubag is asked again, by link or reply.
    (S.ACTIVE, E.EXTENSION_REQUESTED): (S.ACTIVE, (AskApproval(A.APPROVERS, "extension_request"),)),
    (S.ACTIVE, E.EXTENSION_GRANTED): (
        S.ACTIVE,
        (
            RevokeApprovalLinks(),
            SendMail("decided_by_other", A.OTHER_APPROVERS),
            CloseGrant(),
            ExtendAccount(),
            OpenGrant(),
            SendMail("extension_granted", A.REQUESTER),
        ),
    ),
    (S.ACTIVE, E.EXTENSION_REJECTED): (
        S.ACTIVE,
        (RevokeApprovalLinks(), SendMail("decided_by_other", A.OTHER_APPROVERS), SendMail("extension_rejected", A.REQUESTER)),
    ),
    (S.ACTIVE, E.REPLY_UNCLEAR): (S.ACTIVE, (SendMail("reply_unclear", A.ACTOR),)),
    (S.ACTIVE, E.GRANT_EXTENDED): (S.ACTIVE, (RevokeApprovalLinks(), CloseGrant(), ExtendAccount(), OpenGrant())),
    # SOP 6: done (or expired, or an admin says so): disable, then close the register row.
    (S.ACTIVE, E.CLOSURE_REQUESTED): (S.ACTIVE, (DisableAccount(),)),
    (S.ACTIVE, E.GRANT_EXPIRED): (S.ACTIVE, (DisableAccount(),)),
    (S.ACTIVE, E.DISABLE_FAILED): (S.ACTIVE, (SendMail("provisioning_failed", A.ADMINS),)),
    (S.ACTIVE, E.ACCOUNT_DISABLED): (
        S.CLOSED,
        (RevokeApprovalLinks(), CloseGrant(), SendMail("closed", A.REQUESTER), SendMail("closed", A.ADMINS)),
    ),
    # Withdrawn before access starts.
    (S.RECEIVED, E.REQUEST_WITHDRAWN): (S.CANCELLED, _WITHDRAW),
    (S.NEEDS_INFO, E.REQUEST_WITHDRAWN): (S.CANCELLED, _WITHDRAW),
    (S.PENDING_APPROVAL, E.REQUEST_WITHDRAWN): (S.CANCELLED, _WITHDRAW + (SendMail("cancelled", A.APPROVERS),)),
    (S.APPROVED, E.REQUEST_WITHDRAWN): (S.CANCELLED, _WITHDRAW),
    (S.FAILED, E.REQUEST_WITHDRAWN): (S.CANCELLED, _WITHDRAW),
}


# Events that also need a fact about the request, not only its state.
EXTENSION_PENDING = "extension_pending"
PRECONDITIONS: dict[Event, tuple[str, bool]] = {
    Event.EXTENSION_REQUESTED: (EXTENSION_PENDING, False),  # one extension question at a time
    Event.EXTENSION_GRANTED: (EXTENSION_PENDING, True),
    Event.EXTENSION_REJECTED: (EXTENSION_PENDING, True),
}


class IllegalTransition(Exception):
    """The event does not apply to a request in this state (e.g. approving a closed request)."""

    def __init__(self, state: State, event: Event) -> None:
        super().__init__(f"{event.value} is not allowed in state {state.value}")
        self.state = state
        self.event = event


@dataclass(frozen=True)
class Transition:
    old: State
    event: Event
    new: State
    effects: tuple[Effect, ...]


def decide(state: State, event: Event, facts: frozenset[str] = frozenset()) -> Transition:
    """The new state and effects of `event` in `state` (given the request's `facts`), or IllegalTransition."""
    try:
        new, effects = TRANSITIONS[(state, event)]
    except KeyError:
        raise IllegalTransition(state, event) from None
    if event in PRECONDITIONS:
        fact, wanted = PRECONDITIONS[event]
        if (fact in facts) is not wanted:
            raise IllegalTransition(state, event)
    return Transition(state, event, new, effects)


def allowed_events(state: State) -> list[Event]:
    """The events that apply in `state` (for `requests show` and error messages)."""
    return [e for (s, e) in TRANSITIONS if s is state]


def diagram() -> str:
    """The state diagram as Mermaid, generated from the table (README.md embeds it)."""
    lines = ["stateDiagram-v2", "    [*] --> new"]
    for (old, event), (new, _) in TRANSITIONS.items():
        guard = ""
        if event in PRECONDITIONS:
            fact, wanted = PRECONDITIONS[event]
            guard = f" [{'' if wanted else 'no '}{fact.replace('_', ' ')}]"
        lines.append(f"    {old.value} --> {new.value}: {event.value}{guard}")
    for s in sorted(FINAL_STATES, key=lambda x: x.value):
        lines.append(f"    {s.value} --> [*]")
    return "\n".join(lines) + "\n"
