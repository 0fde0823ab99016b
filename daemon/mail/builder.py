"""Turning a rendered message into RFC 5322 bytes: headers that thread, identify and stop loops.

Every message carries the Message-ID fixed in its outbox row, the thread's In-Reply-To and
References, and `Auto-Submitted` (RFC 3834): `auto-replied` when it answers a message
someone sent, `auto-generated` otherwise, so that well-behaved responders stay quiet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

# Messages that answer mail someone sent us (RFC 3834 §5: auto-replied); the rest are auto-generated.
REPLIES = frozenset(
    {"ack_received", "need_info", "reply_unclear", "decision_rejected", "decision_approved", "credentials", "credentials_link", "closed", "cancelled", "oversized"}
)


@dataclass(frozen=True)
class FileAttachment:
    filename: str
    content_type: str
    data: bytes


def build(
    *,
    template: str,
    from_address: str,
    from_name: str,
    recipient: str,
    subject: str,
    text: str,
    html: str,
    message_id: str,
    date: datetime,
    in_reply_to: str | None,
    references: str | None,
    attachments: tuple[FileAttachment, ...] = (),
) -> bytes:
    msg = EmailMessage()
    msg["From"] = formataddr((from_name, from_address))
    msg["To"] = recipient
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    msg["Auto-Submitted"] = "auto-replied" if template in REPLIES else "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-LPSE-Akses-Template"] = template
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    for att in attachments:
        if att.content_type == "message/rfc822":
            msg.add_attachment(att.data, maintype="application", subtype="octet-stream", filename=att.filename)
        else:
            maintype, _, subtype = att.content_type.partition("/")
            msg.add_attachment(att.data, maintype=maintype or "application", subtype=subtype or "octet-stream", filename=att.filename)
    return msg.as_bytes(policy=SMTP)
