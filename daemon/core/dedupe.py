"""The identity of an inbound message: its Message-ID, else a hash of its content.

The hash leaves out the headers a server adds on each delivery (Received, Delivered-To,
Return-Path, X-Original-To), so the same message delivered twice hashes the same.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_TRACE = re.compile(rb"^(received|delivered-to|return-path|x-original-to|x-delivered-to)\s*:", re.I)
_MSGID = re.compile(rb"^message-id\s*:\s*(.*)$", re.I)


@dataclass(frozen=True)
class Identity:
    key: str
    message_id: str | None
    content_hash: str


def _header_lines(raw: bytes) -> tuple[list[bytes], bytes]:
    """Unfolded header lines and the body."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = raw.partition(b"\n\n")
    lines: list[bytes] = []
    for line in head.splitlines():
        if line[:1] in (b" ", b"\t") and lines:
            lines[-1] += b" " + line.strip()
        else:
            lines.append(line)
    return lines, body


def identify(raw: bytes) -> Identity:
    lines, body = _header_lines(raw)
    message_id = None
    kept = []
    for line in lines:
        if _TRACE.match(line):
            continue
        m = _MSGID.match(line)
        if m and message_id is None:
            value = m.group(1).strip().decode("ascii", "replace")
            message_id = value if value else None
        kept.append(line.rstrip())
    digest = hashlib.sha256(b"\n".join(kept) + b"\n\n" + body.replace(b"\r\n", b"\n")).hexdigest()
    if message_id:
        return Identity(key="mid:" + message_id[:380], message_id=message_id[:380], content_hash=digest)
    return Identity(key="sha:" + digest, message_id=None, content_hash=digest)
