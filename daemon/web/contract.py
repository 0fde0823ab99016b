"""The protocol the web edge calls (`Desk`) and the plain data it gets back.

`daemon.web.app` knows nothing of the database, the tokens' storage or the workflow: it calls a
`Desk` (implemented in `daemon.web.desk` over the service layer) and renders what comes back.
Everything here is plain, frozen data that is already formatted for people (times in the
office's zone, labels in the page's language), so the templates need no logic of their own.

Contract for implementers:
- `approval_page` and `credential_page` NEVER change state: a mail scanner may fetch a link
  any number of times. Only `decide` and `reveal_credential` (called on a POST) do.
- Unknown, used, expired or superseded tokens raise `daemon.errors.TokenRejected(message)`;
  a refused operation (e.g. already decided) raises `daemon.errors.OperationError(message)`.
  The message may be shown to the visitor (escaped): keep it polite and free of secrets.
- The web calls every method from a worker thread (`asyncio.to_thread`), never on the event
  loop, so they may block (SQLAlchemy); to wake an asyncio task use `loop.call_soon_threadsafe`.
- `raw_token` is the URL path segment, already checked to be 16..128 characters of
  `[A-Za-z0-9_-]` (e.g. `secrets.token_urlsafe(32)`); the web never logs it.
- `client` is the remote address and the User-Agent, e.g. `"203.0.113.5 Mozilla/5.0 (...)"`,
  truncated to 200 characters: for the audit's "who, through which channel".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

APPROVE = "approve"
REJECT = "reject"
ACTIONS = (APPROVE, REJECT)


@dataclass(frozen=True)
class ApprovalPage:
    """What the confirm page of one approval link shows; `action` is the token's own action."""

    number: str  # "RA-2026-0007"
    action: str  # APPROVE | REJECT
    approver: str  # the approver's name or address, for "Yth. ..."
    office_name: str
    lang: str  # "id" | "en"
    rows: tuple[tuple[str, str], ...]  # (label, value), already formatted in `lang`
    sender: str  # the address the letter came from
    credentials_to: str  # where the credentials will go
    sender_differs: bool  # credentials_to is not the sender: the page warns
    expires_text: str  # "25 November 2026 pukul 14.30 WIB"
    attachments: tuple[str, ...] = ()  # file names of the letter's attachments
    other_action_token: str | None = None  # the raw token of the same approver's other action, if known
    ungranted: tuple[str, ...] = ()  # asked in the letter's words, but not among the rights to be granted


@dataclass(frozen=True)
class DecisionOutcome:
    """The result of a decision taken through the confirm page."""

    number: str
    action: str  # APPROVE | REJECT
    message: str  # what happens next, in the page's language


@dataclass(frozen=True)
class CredentialPage:
    """The page of a one-time credential link before the password is revealed."""

    number: str
    office_name: str
    lang: str
    username: str
    expires_text: str  # when the link expires


@dataclass(frozen=True)
class RevealedCredential:
    """The password, once: the desk has already spent the token."""

    number: str
    username: str
    password: str
    grant_end_text: str  # "berakhir pada ..."
    office_name: str
    lang: str


@dataclass(frozen=True)
class Health:
    """`ok` is False when any check failed; `checks` maps a name to "ok" or what is wrong."""

    ok: bool
    checks: dict[str, str] = field(default_factory=dict)


class Desk(Protocol):
    """The web's only way into the daemon."""

    def approval_page(self, raw_token: str) -> ApprovalPage:
        """The request behind an approval link; raises TokenRejected; never changes state."""
        ...

    def decide(self, raw_token: str, *, action: str, reason: str | None, client: str) -> DecisionOutcome:
        """Approve or reject (spends the token); raises TokenRejected or OperationError."""
        ...

    def credential_page(self, raw_token: str) -> CredentialPage:
        """What a credential link is for; raises TokenRejected; never changes state."""
        ...

    def reveal_credential(self, raw_token: str, *, client: str) -> RevealedCredential:
        """The password, once (spends the token and wipes the stored secret); raises TokenRejected."""
        ...

    def report_link_attempts(self, address: str, *, attempts: int, window: float) -> None:
        """Tell the admins, once per burst, that one address keeps trying links that are refused."""
        ...

    def health(self) -> Health:
        """The daemon's checks for `/healthz`."""
        ...

    def metrics(self) -> str:
        """The metrics in Prometheus text format 0.0.4."""
        ...
