"""Mail about mail: bounces (RFC 3464 and old plain-text ones), auto-replies (RFC 3834, out-of-office
wording, our own mail coming back) and list mail. None of these may ever get an answer: no loops.

Each rule takes the message and the context and returns a `Verdict` or None (see `classify`).
"""

from __future__ import annotations

import re

from daemon.core.message import ParsedMessage
from daemon.core.quote import new_text
from daemon.core.verdict import Kind, MailContext, Verdict

_DAEMON_LOCAL = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|maildaemon|mdaemon|bounce[s]?|mailerdaemon)$", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered mail|delivery status notification|delivery (?:has )?failed|failure notice|"
    r"returned mail|mail delivery failed|delivery failure|non[- ]?delivery|could not be delivered|"
    r"tidak (?:dapat )?terkirim|gagal (?:di)?kirim|pengiriman gagal|surat dikembalikan|"
    r"mail system error|delivery notification|warning: message .* delayed|delivery delayed",
    re.I,
)
_BOUNCE_BODY = re.compile(
    r"this is the mail system at host|the following (?:address(?:es)?|recipient(?:s)?) failed|"
    r"could not be delivered to|message could not be delivered|delivery to the following recipient|"
    r"permanent(?:ly)? (?:error|fatal)|user unknown|mailbox (?:unavailable|not found|full)|"
    r"\b5\d\d[ -]5\.\d\.\d|\b550\b|address rejected|no such user|this message was created automatically by mail delivery",
    re.I,
)
_OOF = re.compile(
    r"out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|balasan otomatis|"
    r"\bsaya\s+(?:\w+\s+){0,2}?(?:sedang\s+)?(?:cuti|dinas luar|di luar kantor|tidak berada di kantor|"
    r"tidak (?:sedang )?di kantor|berada di luar kantor)|"
    r"i am (?:currently )?(?:away|on leave|out)|i will be out|on (?:annual )?leave until|"
    r"abwesenheit|vacation reply|akan kembali (?:ke kantor )?pada|respon otomatis|pesan otomatis",
    re.I,
)
_OOF_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|out of (?:the )?office|"
    r"balasan otomatis|respon otomatis|di luar kantor|sedang cuti|cuti|ooo|abwesenheitsnotiz|vacation)\b",
    re.I,
)
_MSGID = re.compile(r"<[^<>\s]{3,400}@[^<>\s]{1,250}>")


def _local(addr: str) -> str:
    return addr.split("@", 1)[0]


def returned_ids(msg: ParsedMessage) -> tuple[str, ...]:
    """The Message-ID of the message that came back: the returned headers' own Message-ID, else a
    "Message-ID:" line in the report, the text or a returned message attached. Never the ids it
    refers to (In-Reply-To/References): those name other mail, which did not bounce."""
    ids: list[str] = []
    if msg.returned_headers:
        for value in msg.returned_headers.get("message-id", ()):
            ids.extend(_MSGID.findall(value))
    for blob in (msg.delivery_status or "", msg.text):
        for m in re.finditer(r"^[ \t>]*message-id\s*:\s*(<[^<>\s]+>)", blob, re.I | re.M):
            ids.append(m.group(1))
    for att in msg.attachments:
        if att.text and att.content_type in ("message/rfc822", "text/rfc822-headers"):
            ids.extend(re.findall(r"^[ \t]*message-id\s*:\s*(<[^<>\s]+>)", att.text, re.I | re.M))
    return tuple(dict.fromkeys(ids))


def found_ids(msg: ParsedMessage) -> tuple[str, ...]:
    """Message-IDs a bounce quotes, to find its thread by: the returned message's own, then those it
    refers to (In-Reply-To/References), which still name the thread."""
    ids = list(returned_ids(msg))
    if msg.returned_headers:
        for key in ("in-reply-to", "references"):
            for value in msg.returned_headers.get(key, ()):
                ids.extend(_MSGID.findall(value))
    for blob in (msg.delivery_status or "", msg.text):
        for m in re.finditer(r"^[ \t>]*(?:in-reply-to|references)\s*:\s*((?:<[^<>\s]+>\s*)+)", blob, re.I | re.M):
            ids.extend(_MSGID.findall(m.group(1)))
    return tuple(dict.fromkeys(ids))


def _norm(mid: str) -> str:
    return mid.strip().strip("<>")


def is_bounce(msg: ParsedMessage) -> str | None:
    """Why the message is a bounce, or None."""
    report_type = (msg.header("content-type") or "").lower()
    if msg.delivery_status is not None or (msg.content_type == "multipart/report" and "delivery-status" in report_type):
        return "laporan pengiriman (RFC 3464)"
    daemon_sender = bool(_DAEMON_LOCAL.match(_local(msg.from_addr)))
    null_path = (msg.header("return-path") or "").strip() in ("<>", "")  and msg.header("return-path") is not None
    subject_says = bool(_BOUNCE_SUBJECT.search(msg.subject))
    if not (daemon_sender or subject_says):
        return None  # every case below needs one of them: the body is not searched (most mail, twice per message)
    body_says = bool(_BOUNCE_BODY.search(msg.text[:4000]))
    if daemon_sender and (subject_says or body_says):
        return f"pesan gagal kirim dari {msg.from_addr}"
    if null_path and subject_says and body_says:
        return "pesan gagal kirim (Return-Path kosong)"
    if subject_says and body_says and (daemon_sender or "mail delivery" in msg.from_name.lower()):
        return "pesan gagal kirim"
    return None


def bounce_rule(msg: ParsedMessage, ctx: MailContext) -> Verdict | None:
    why = is_bounce(msg)
    if why is None:
        return None
    ids = returned_ids(msg) or found_ids(msg)
    if ctx.our_referenced_ids:
        ours = {_norm(o): o for o in ctx.our_referenced_ids}
        bounced = tuple(dict.fromkeys(ours[_norm(i)] for i in ids if _norm(i) in ours))
        ids_in_headers = [i for i in ctx.our_referenced_ids if _norm(i) in {_norm(r) for r in msg.references + msg.in_reply_to}]
        bounced = bounced or tuple(ids_in_headers)
    else:
        # nothing known: keep the ids minted under one of our own domains (backscatter is not ours)
        domains = {a.rsplit("@", 1)[-1].lower() for a in ctx.office_addresses}
        bounced = tuple(i for i in ids if not domains or _norm(i).rsplit("@", 1)[-1].lower() in domains)
    number = ctx.thread.request.number if ctx.thread else None
    return Verdict(Kind.BOUNCE, why, request_number=number, bounced_ids=bounced)


def own_mail_rule(msg: ParsedMessage, ctx: MailContext) -> Verdict | None:
    if msg.from_addr.lower() in {a.lower() for a in ctx.office_addresses}:
        return Verdict(Kind.AUTO_REPLY, f"pesan kita sendiri kembali ({msg.from_addr})", _number(ctx))
    return None


def list_rule(msg: ParsedMessage, ctx: MailContext) -> Verdict | None:
    for name in ("list-id", "list-unsubscribe", "list-post"):
        if msg.header(name) is not None:
            return Verdict(Kind.UNRELATED, f"surat milis/buletin ({name.title()})", _number(ctx))
    precedence = (msg.header("precedence") or "").strip().lower()
    if precedence == "list":
        return Verdict(Kind.UNRELATED, "surat milis (Precedence: list)", _number(ctx))
    return None


def auto_header_rule(msg: ParsedMessage, ctx: MailContext) -> Verdict | None:
    auto = (msg.header("auto-submitted") or "").strip().lower()
    if auto and not auto.startswith("no"):
        return Verdict(Kind.AUTO_REPLY, f"balasan otomatis (Auto-Submitted: {auto.split(';')[0]})", _number(ctx))
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply", "x-vacation"):
        if msg.header(name) is not None:
            return Verdict(Kind.AUTO_REPLY, f"balasan otomatis ({name.title()})", _number(ctx))
    precedence = (msg.header("precedence") or "").strip().lower()
    if precedence in ("bulk", "junk", "auto_reply"):
        return Verdict(Kind.AUTO_REPLY, f"balasan otomatis (Precedence: {precedence})", _number(ctx))
    return None


def oof_wording_rule(msg: ParsedMessage, ctx: MailContext) -> Verdict | None:
    """Out-of-office by wording, with or without headers (X-Auto-Response-Suppress often comes along)."""
    if _OOF_SUBJECT.search(msg.subject):
        return Verdict(Kind.AUTO_REPLY, f"balasan otomatis (subjek: {msg.subject[:60]})", _number(ctx))
    text = new_text(msg.text)
    head = "\n".join([line for line in text.split("\n") if line.strip()][:4])
    if len(text) < 1500 and _OOF.search(head):
        suppress = " (X-Auto-Response-Suppress)" if msg.header("x-auto-response-suppress") else ""
        return Verdict(Kind.AUTO_REPLY, "balasan otomatis di luar kantor" + suppress, _number(ctx))
    return None


def _number(ctx: MailContext) -> str | None:
    return ctx.thread.request.number if ctx.thread else None


LOOP_RULES = (bounce_rule, own_mail_rule, list_rule, auto_header_rule, oof_wording_rule)


def is_automatic(msg: ParsedMessage, office_addresses: frozenset[str]) -> bool:
    """True when a loop rule takes the message whatever its thread: classify puts these rules
    first and none of them reads the thread, so such mail is never a letter and its fields are
    never read (the reader process skips them)."""
    ctx = MailContext(office_addresses=office_addresses, admins=frozenset(), approvers=frozenset())
    return any(rule(msg, ctx) is not None for rule in LOOP_RULES)


def never_answer(msg: ParsedMessage, office_addresses: frozenset[str]) -> str | None:
    """Why a message known only by its headers (an oversized one) must get no reply, or None.

    The same rules as `classify`, less the ones that need the body: a report, a mail daemon
    or an empty Return-Path, RFC 3834 and friends, list mail, an out-of-office subject, our own mail.
    """
    ctx = MailContext(office_addresses, frozenset(), frozenset())
    return_path = msg.header("return-path")
    if msg.content_type == "multipart/report" or _DAEMON_LOCAL.match(_local(msg.from_addr)):
        return f"laporan atau pesan dari {msg.from_addr}"
    if return_path is not None and return_path.strip() in ("<>", ""):
        return "Return-Path kosong"
    for rule in (auto_header_rule, list_rule, own_mail_rule):
        verdict = rule(msg, ctx)
        if verdict is not None:
            return verdict.reason
    if _OOF_SUBJECT.search(msg.subject):
        return f"balasan otomatis (subjek: {msg.subject[:60]})"
    return None
