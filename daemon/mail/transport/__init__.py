"""Where outbound mail goes: one small interface, an SMTP and a Maildir implementation.

The outbox calls `send` with one finished message and one recipient per outbox row.
Failures are classified here, at the edge, by type (STYLE rule 6):

    SendError
     ├── TransientSendError   network, timeout, 4xx, 552: retry with backoff until the deadline
     │    └── ServerUnreachable  no connection or no greeting at all: the server is down (an outage)
     └── PermanentSendError   other 5xx, refused login: mark the row failed, tell the admins
"""

from __future__ import annotations

from typing import Protocol


class SendError(Exception):
    """Base of delivery failures; `code` is the SMTP reply code when there was one."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class TransientSendError(SendError):
    """Try again later."""


class ServerUnreachable(TransientSendError):
    """The server could not be reached at all (refused, timed out before its greeting): nothing of the message left."""


class PermanentSendError(SendError):
    """Retrying will not help."""


class Transport(Protocol):
    async def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        """Hand one message for one recipient to the next hop, or raise a `SendError`."""

    async def close(self) -> None:
        """Release connections."""
