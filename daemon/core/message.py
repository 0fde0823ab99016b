"""The parsed mail message as the core sees it: plain, frozen data.

The edge (`daemon.mail.parser`) turns raw RFC 5322 bytes into a `ParsedMessage`;
nothing in the core ever sees mail-parser objects or raw bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Mapping


@dataclass(frozen=True)
class Attachment:
    """One attached file; `text` is its text layer (PDF, DOCX, plain text) when the edge could read one."""

    filename: str
    content_type: str
    size: int
    text: str | None = None
    data: bytes = field(default=b"", repr=False)  # the file itself, kept as evidence and sent to the approver


@dataclass(frozen=True)
class ParsedMessage:
    """One inbound message. Addresses are lower-case bare addresses; header names are lower-case."""

    message_id: str | None
    subject: str
    from_addr: str
    from_name: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    reply_to: tuple[str, ...] = ()
    date: datetime | None = None
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    headers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    text: str = ""
    html: str | None = None
    attachments: tuple[Attachment, ...] = ()
    content_type: str = "text/plain"
    # RFC 3464 reports: the message/delivery-status part as text, and the returned message's headers.
    delivery_status: str | None = None
    returned_headers: Mapping[str, tuple[str, ...]] | None = None
    defects: tuple[str, ...] = ()

    def kept_attachments(self) -> tuple[tuple[str, Attachment], ...]:
        """(stored name, attachment) of each file kept with the letter: those with content."""
        return tuple((att.filename or "lampiran", att) for att in self.attachments if att.data)

    def header(self, name: str) -> str | None:
        """The first value of a header, or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None
