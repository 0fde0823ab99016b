"""Where inbound mail comes from: one small interface, an IMAP and a Maildir implementation.

The intake loop only ever sees `Inbox`: list what is new, fetch one message's bytes (or only
its headers, for a message too large to fetch), move
handled ones away in a batch, and wait for more. Implementations are blocking; the daemon
drives them from their own thread. Nothing here parses mail or touches the database.

Errors: `InboxUnavailable` (transient: the server is down or the connection dropped; the
caller reconnects with backoff) and `InboxConfigError` (permanent: wrong password, missing
capability it cannot work without; a human must act).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence


class InboxError(Exception):
    """Base of inbox failures."""


class InboxUnavailable(InboxError):
    """The mailbox cannot be reached right now; retry with backoff."""


class InboxConfigError(InboxError):
    """The mailbox refuses us for a reason retrying will not fix (login refused, ...)."""


@dataclass(frozen=True)
class MessageRef:
    """One message in the watched folder: `key` is stable within the folder (IMAP: the UID)."""

    key: str
    uid: int
    size: int


class Inbox(Protocol):
    folder: str

    def connect(self) -> None:
        """Open the connection, create the folders (processed, quarantine, oversize) when missing."""

    def close(self) -> None:
        """Close the connection; safe to call twice."""

    def uidvalidity(self) -> int:
        """The watched folder's UIDVALIDITY (0 for a Maildir, which has no UIDs)."""

    def list_new(self, after_uid: int) -> list[MessageRef]:
        """Messages in the watched folder with UID > after_uid (a Maildir lists all), oldest first."""

    def fetch(self, ref: MessageRef) -> bytes:
        """The raw bytes of one message, without marking it read."""

    def fetch_many(self, refs: Sequence[MessageRef]) -> dict[str, bytes]:
        """The raw bytes of several messages in one round trip, by key; a message gone meanwhile is absent."""

    def headers_many(self, refs: Sequence[MessageRef]) -> dict[str, bytes]:
        """Only the header sections of several messages, by key (for recording the folder's history)."""

    def headers(self, ref: MessageRef) -> bytes:
        """Only the header section of one message (up to the blank line), without marking it read.

        For an oversized message: the intake learns who sent it without downloading the body."""

    def move(self, refs: Sequence[MessageRef], folder: str) -> None:
        """Move handled messages to `folder` in one batch; never expunge anything else."""

    def wait(self, timeout: float) -> None:
        """Block until new mail may have arrived, `timeout` passed, or `wake()` was called."""

    def wake(self) -> None:
        """Make a blocked `wait` return soon (thread-safe)."""
