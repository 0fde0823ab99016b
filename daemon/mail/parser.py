"""Raw RFC 5322 bytes → `ParsedMessage`: the one place that touches mail-parser and `email` objects.

mail-parser builds the message tree (it guards against pathological nesting and records defects);
this module then walks the tree itself, because the core needs things mail-parser does not give
plainly: decoded headers in order, the body text with an HTML fallback, RFC 3464 parts, forwarded
messages (message/rfc822) and attachment texts. Every decode falls back instead of raising
(unknown charset → UTF-8 → cp1252/latin-1). Only a message with no usable sender is refused,
with `UnparseableMessage`.
"""

from __future__ import annotations

import email
import email.errors
import email.message
import email.utils
import logging
import re
from datetime import datetime
from email.header import decode_header
from typing import Callable, Iterable

import mailparser
from mailparser.exceptions import MailParserError

from daemon.core.bounds import bounded
from daemon.core.htmltext import html_to_text
from daemon.core.message import Attachment, ParsedMessage
from daemon.core.mimetext import split_on_delimiters, unflow
from daemon.errors import OperationError
from daemon.mail.attachments import attachment_text as default_attachment_text
from daemon.mail.attachments import decode_text

log = logging.getLogger(__name__)
# mail-parser logs a warning for every part type it does not render (text/rfc822-headers, calendars);
# we walk those parts ourselves, so its warnings are noise in the daemon's log.
logging.getLogger("mailparser").setLevel(logging.ERROR)

AttachmentReader = Callable[[str, str, bytes, "str | None"], "str | None"]

MAX_DEPTH = 12
MAX_PARTS = 200
_MSGID = re.compile(r"<([^<>\s]{1,400})>")
_ADDR = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


class UnparseableMessage(OperationError):
    """The bytes hold no usable message (empty, no sender address, not an email): quarantine it."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


# ---------------------------------------------------------------- headers


def _fix_surrogates(value: str) -> str:
    """compat32 carries raw 8-bit header bytes as surrogate escapes: read them as UTF-8 or latin-1."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    raw = value.encode("utf-8", "surrogateescape")
    return decode_text(raw)


def decode_header_value(value: object) -> str:
    """An encoded-word header as text; malformed encodings and unknown charsets degrade, never raise."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    value = _fix_surrogates(value)
    try:
        chunks = decode_header(value)
    except (ValueError, LookupError, UnicodeError, IndexError, AssertionError, email.errors.HeaderParseError):
        return " ".join(value.split())  # e.g. "=?x-bogus?B?+!!?=": broken base64 in an encoded word
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            out.append(decode_text(chunk, charset if charset and charset != "unknown-8bit" else None))
        else:
            out.append(chunk)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _headers(msg: email.message.Message) -> dict[str, tuple[str, ...]]:
    headers: dict[str, list[str]] = {}
    for name, value in msg.items():
        headers.setdefault(str(name).strip().lower(), []).append(decode_header_value(value))
    return {k: tuple(v) for k, v in headers.items()}


def _addresses(values: Iterable[str]) -> list[tuple[str, str]]:
    """(display name, lower-case address) pairs; addresses without '@' are dropped."""
    out: list[tuple[str, str]] = []
    for raw in values:
        try:
            pairs = email.utils.getaddresses([_fix_surrogates(raw)])
        except (ValueError, IndexError, TypeError):
            pairs = []
        found = False
        for name, addr in pairs:
            addr = addr.strip().strip("<>").lower()
            if "@" in addr and _ADDR.fullmatch(addr):
                out.append((decode_header_value(name), addr))
                found = True
        if not found:  # "Budi budi@x.co.id" and other shapes getaddresses misreads
            for addr in _ADDR.findall(_fix_surrogates(raw)):
                out.append(("", addr.lower()))
    return out


def _raw_values(msg: email.message.Message, name: str) -> list[str]:
    return [str(v) for v in (msg.get_all(name) or [])]


def _msgids(values: Iterable[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for v in values:
        for m in _MSGID.findall(v):
            mid = f"<{m}>"
            if mid not in seen:
                seen.append(mid)
    return tuple(seen)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


# ---------------------------------------------------------------- bodies


def _payload_bytes(part: email.message.Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError, LookupError, AssertionError):
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _part_text(part: email.message.Message) -> str:
    try:
        charset = part.get_content_charset()
    except (LookupError, ValueError, TypeError):
        charset = None
    text = decode_text(_payload_bytes(part), charset).replace("\r\n", "\n").replace("\r", "\n")
    try:
        flowed = str(part.get_param("format") or "").lower() == "flowed"
        delsp = str(part.get_param("delsp") or "").lower() == "yes"
    except (LookupError, ValueError, TypeError):
        flowed = delsp = False
    return unflow(text, delsp=delsp) if flowed and part.get_content_type() == "text/plain" else text


def _filename(part: email.message.Message) -> str:
    try:
        name = part.get_filename()
    except (LookupError, ValueError, TypeError, IndexError):
        name = None
    if not name:
        try:
            name = part.get_param("name")  # type: ignore[assignment]
        except (LookupError, ValueError, TypeError, IndexError):
            name = None
        if isinstance(name, tuple):
            name = email.utils.collapse_rfc2231_value(name)
    return decode_header_value(name) if name else ""


class _Walk:
    """Collects body texts, attachments and report parts from one message tree."""

    def __init__(self, reader: AttachmentReader | None) -> None:
        self.reader = reader
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Attachment] = []
        self.delivery_status: str | None = None
        self.returned_headers: dict[str, tuple[str, ...]] | None = None
        self.parts = 0

    def walk(self, part: email.message.Message, depth: int = 0, in_report: bool = False) -> None:
        self.parts += 1
        if depth > MAX_DEPTH or self.parts > MAX_PARTS:
            return
        ctype = part.get_content_type().lower()
        disposition = (part.get_content_disposition() or "").lower()
        filename = _filename(part)
        if ctype == "message/delivery-status":
            self.delivery_status = _delivery_status_text(part)
            return
        if ctype == "text/rfc822-headers" and in_report:
            inner = email.message_from_string(_part_text(part))
            self.returned_headers = _headers(inner)
            return
        if ctype in ("message/rfc822", "message/global"):
            inner_msgs = part.get_payload()
            inner = inner_msgs[0] if isinstance(inner_msgs, list) and inner_msgs else None
            if not isinstance(inner, email.message.Message):
                return
            if in_report:
                self.returned_headers = _headers(inner)
                return
            self.attachments.append(self._forwarded(inner, filename, depth))
            return
        if ctype.startswith("multipart/") and isinstance(part.get_payload(), str):
            self._salvage(part, depth, in_report)
            return
        if part.is_multipart():
            children = part.get_payload()
            report = ctype == "multipart/report"
            if ctype == "multipart/alternative" and isinstance(children, list):
                children = _best_alternative(children)
            if isinstance(children, list):
                for child in children:
                    if isinstance(child, email.message.Message):
                        self.walk(child, depth + 1, in_report or report)
            return
        is_body_text = ctype in ("text/plain", "text/html") and not filename and disposition != "attachment"
        if is_body_text:
            (self.plain if ctype == "text/plain" else self.html).append(_part_text(part))
            return
        self.attachments.append(self._attachment(part, filename, ctype))

    def _salvage(self, part: email.message.Message, depth: int, in_report: bool) -> None:
        """A multipart whose boundary is missing or wrong: the parts are found by the delimiter
        lines the body itself uses ("--something"); failing that, the raw body is read as text."""
        raw = str(part.get_payload())
        chunks = split_on_delimiters(raw)
        if not chunks:
            text = raw.strip()
            if text:
                self.plain.append(text.replace("\r\n", "\n"))
            return
        for chunk in chunks:
            try:
                sub = email.message_from_string(chunk.lstrip("\r\n"))
            except (ValueError, TypeError, IndexError, LookupError):
                continue
            if not sub.keys():  # no part headers: plain text
                if chunk.strip():
                    self.plain.append(chunk.strip("\n"))
                continue
            self.walk(sub, depth + 1, in_report)

    def _attachment(self, part: email.message.Message, filename: str, ctype: str) -> Attachment:
        data = _payload_bytes(part)
        text: str | None = None
        if self.reader is not None:
            try:
                charset = part.get_content_charset()
            except (LookupError, ValueError, TypeError):
                charset = None
            text = self.reader(filename or "", ctype, data, charset)
        if text is not None and ctype == "text/html":
            text = html_to_text(text)
        return Attachment(filename=filename or "", content_type=ctype, size=len(data), text=bounded(text) if text else text, data=data)

    def _forwarded(self, inner: email.message.Message, filename: str, depth: int) -> Attachment:
        sub = _Walk(self.reader)
        sub.parts = self.parts
        sub.walk(inner, depth + 1)
        self.parts = sub.parts
        h = _headers(inner)
        head = [f"{k.title()}: {h[k][0]}" for k in ("from", "to", "date", "subject") if h.get(k)]
        body = _body_text(sub.plain, sub.html)
        texts = [a.text for a in sub.attachments if a.text]
        text = "\n".join(head) + "\n\n" + body + ("\n\n" + "\n\n".join(texts) if texts else "")
        name = filename or (h.get("subject", ("forwarded",))[0] + ".eml")
        return Attachment(filename=name, content_type="message/rfc822", size=len(text), text=bounded(text))


def _best_alternative(children: list[object]) -> list[object]:
    """Of an alternative's versions keep text/plain when it has words, plus text/html (for `html`)."""
    return list(children)


def _delivery_status_text(part: email.message.Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list):
        blocks = []
        for block in payload:
            if isinstance(block, email.message.Message):
                blocks.append("\n".join(f"{k}: {decode_header_value(v)}" for k, v in block.items()))
        return "\n\n".join(blocks)
    return _part_text(part)


def _body_text(plain: list[str], html: list[str]) -> str:
    text = "\n\n".join(p for p in plain if p.strip())
    if text.strip():
        return text.strip("\n")
    return "\n\n".join(html_to_text(h) for h in html if h.strip())


# ---------------------------------------------------------------- entry point


def _build(raw: bytes) -> tuple[email.message.Message, tuple[str, ...]]:
    try:
        parser = mailparser.MailParser.from_bytes(raw)
        msg = parser.message
        defects = tuple(sorted(str(c) for c in parser.defects_categories))
    except (MailParserError, ValueError, TypeError, LookupError, UnicodeError, IndexError, AttributeError, KeyError):
        # mail-parser's own post-processing failed: the stdlib tree is still usable
        try:
            msg = email.message_from_bytes(raw)
        except RecursionError as exc:
            raise UnparseableMessage("struktur MIME terlalu dalam") from exc
        defects = ("MailParserFailed",)
    if msg is None:
        raise UnparseableMessage("bukan pesan surel")
    return msg, defects


def parse_message(raw: bytes, *, attachment_text: AttachmentReader | None = None) -> ParsedMessage:
    """Parse one message. `attachment_text(filename, content_type, data, charset)` reads attachments
    (default: `daemon.mail.attachments.attachment_text`; pass `lambda *a: None` to skip them)."""
    if not raw or not raw.strip():
        raise UnparseableMessage("pesan kosong")
    msg, defects = _build(raw)
    if not msg.keys():
        raise UnparseableMessage("bukan pesan surel (tanpa header)")
    headers = _headers(msg)
    senders = _addresses(_raw_values(msg, "from"))
    if not senders:
        senders = _addresses(_raw_values(msg, "sender") + _raw_values(msg, "reply-to"))
    if not senders:
        raise UnparseableMessage("tidak ada alamat pengirim (From)")
    from_name, from_addr = senders[0]
    walker = _Walk(attachment_text if attachment_text is not None else default_attachment_text)
    try:
        walker.walk(msg)
    except RecursionError:
        defects = defects + ("RecursionLimit",)
    text = bounded(_body_text(walker.plain, walker.html))  # what every rule reads: linear, capped
    html = "\n".join(walker.html) if walker.html else None
    subject = headers.get("subject", ("",))[0]
    mid = _msgids(headers.get("message-id", ()))
    bare = headers.get("message-id", ("",))[0].strip().strip("<>").split()
    if not mid and bare:  # a Message-ID without its angle brackets; "<" alone is none at all
        mid = ("<" + bare[0] + ">",)
    return ParsedMessage(
        message_id=mid[0] if mid else None,
        subject=subject[:2000],
        from_addr=from_addr,
        from_name=from_name,
        to=tuple(a for _, a in _addresses(_raw_values(msg, "to"))),
        cc=tuple(a for _, a in _addresses(_raw_values(msg, "cc"))),
        reply_to=tuple(a for _, a in _addresses(_raw_values(msg, "reply-to"))),
        date=_date(headers.get("date", (None,))[0]),
        in_reply_to=_msgids(headers.get("in-reply-to", ())),
        references=_msgids(headers.get("references", ())),
        headers=headers,
        text=text,
        html=html,
        attachments=tuple(walker.attachments),
        content_type=msg.get_content_type().lower(),
        delivery_status=walker.delivery_status,
        returned_headers=walker.returned_headers,
        defects=defects,
    )
