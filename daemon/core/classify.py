"""Which of DESIGN §3's kinds an inbound message is: an ordered list of small pure rules.

Each rule takes (message, context) and returns a `Verdict` or None; the first verdict wins.
Mail about mail (bounces, auto-replies, lists) goes first, so nothing automatic is ever answered;
then approvals, then replies in a known thread, then new requests; anything else is unrelated.
Every verdict carries a short reason in Bahasa Indonesia for the admins. `classify` never raises:
the intake can rely on one verdict per parsed message.
"""

from __future__ import annotations

import re
from typing import Callable

from daemon.core import approval, intent, loops
from daemon.core.message import ParsedMessage
from daemon.core.quote import forwarded_part, new_text, split_header_block
from daemon.core.verdict import Decision, Kind, MailContext, Verdict

Rule = Callable[[ParsedMessage, MailContext], "Verdict | None"]

TAG = re.compile(r"\bRA-(\d{4})-(\d{3,6})\b", re.IGNORECASE)
OPEN_STATES = frozenset({"received", "needs_info", "pending_approval", "approved", "active", "failed"})
BEFORE_ACCESS = frozenset({"received", "needs_info", "pending_approval", "approved"})
CLOSED_STATES = frozenset({"closed", "rejected", "cancelled"})
# The states in which a reply gives a request fields: an answer to need_info, an extension asked.
FIELDS_FROM_REPLIES = frozenset({"needs_info", "active"})


def thread_keys(msg: ParsedMessage) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(request tags, Message-IDs) to look the thread up by, most specific first.

    Tags come from the subject (and a bounce's returned subject); Message-IDs from In-Reply-To,
    then References (newest first), then those a bounce quotes. Message-IDs keep their <>."""
    subjects = [msg.subject]
    if msg.returned_headers:
        subjects.extend(msg.returned_headers.get("subject", ()))
    tags = [f"RA-{m.group(1)}-{m.group(2)}" for s in subjects for m in TAG.finditer(s)]
    ids = list(msg.in_reply_to) + list(reversed(msg.references))
    if loops.is_bounce(msg) is not None:
        ids.extend(loops.found_ids(msg))
        for m in TAG.finditer(msg.text[:5000]):
            tags.append(f"RA-{m.group(1)}-{m.group(2)}")
    return tuple(dict.fromkeys(tags)), tuple(dict.fromkeys(ids))


def may_need_fields(msg: ParsedMessage, fields_for: frozenset[str]) -> bool:
    """Whether the dispatch may read this message's request fields, decided without the database.

    Fields are read for a new request (`request_rule`), an answer to need_info and an extension
    (`thread_rule`, in a request in FIELDS_FROM_REPLIES). `fields_for` holds the tags and our
    Message-IDs of the requests in those states. A superset of what `classify` then decides: a
    message it leaves out never needs fields (the dispatcher reads them itself if it does after all)."""
    tags, ids = thread_keys(msg)
    if any(t.upper() in fields_for for t in tags) or any(i in fields_for for i in ids):
        return True
    return _reads_as_request(msg, own_counts=True) is not None


def _reads_as_request(msg: ParsedMessage, *, own_counts: bool) -> str | None:
    """Why the message reads as a request (its own words, if they count, or a forwarded letter), or None."""
    forwarded = forwarded_part(msg.text)
    if forwarded:
        forwarded = split_header_block(forwarded)[1]
    return intent.reads_as_request(msg, new_text(msg.text), own_counts=own_counts, forwarded=forwarded)


def _number(ctx: MailContext) -> str | None:
    return ctx.thread.request.number if ctx.thread else None


def approval_rule(msg: ParsedMessage, ctx: MailContext) -> Verdict | None:
    sender = msg.from_addr.lower()
    approvers = {a.lower() for a in ctx.approvers}
    thread = ctx.thread
    text = new_text(msg.text)
    recipient = (thread.approval_recipient or "").lower() if thread else ""
    worded = approval.has_decision_word(text)
    if sender in approvers and recipient == sender:
        decision, reason = approval.decision_of(text)
        if ctx.trusted_authserv_ids:
            ok, why = approval.sender_verified(msg, ctx.trusted_authserv_ids)
            if not ok:
                return Verdict(Kind.APPROVAL_REPLY, "balasan persetujuan tanpa bukti pengirim", _number(ctx),
                               alert=f"balasan persetujuan dari {sender} ditolak: {why}")
        label = {Decision.APPROVE: "disetujui", Decision.REJECT: "ditolak", Decision.UNCLEAR: "tidak jelas"}[decision]
        return Verdict(Kind.APPROVAL_REPLY, f"balasan persetujuan: {label}", _number(ctx),
                       decision=decision, decision_reason=reason)
    if recipient and sender != recipient and (worded or sender not in approvers):
        return Verdict(Kind.APPROVAL_REPLY, "balasan atas surel persetujuan dari pengirim lain", _number(ctx),
                       alert=f"{sender} membalas surel persetujuan yang dikirim kepada {recipient}; tidak diterapkan")
    if sender in approvers and worded and thread is not None:
        return Verdict(Kind.APPROVAL_REPLY, "kata keputusan bukan sebagai balasan surel persetujuan", _number(ctx),
                       alert=f"{sender} menulis keputusan, tetapi bukan membalas surel persetujuan miliknya; tidak diterapkan")
    if thread is not None and thread.request.state == "pending_approval" and sender not in approvers and worded:
        if not intent.wants_withdrawal(text):
            return Verdict(Kind.APPROVAL_REPLY, "kata keputusan dari bukan penyetuju", _number(ctx),
                           alert=f"{sender} bukan penyetuju, tetapi menulis kata keputusan; tidak diterapkan")
    return None


def thread_rule(msg: ParsedMessage, ctx: MailContext) -> Verdict | None:
    thread = ctx.thread
    if thread is None:
        return None
    req = thread.request
    sender = msg.from_addr.lower()
    text = new_text(msg.text)
    letters = [a.text for a in msg.attachments if a.text and a.content_type != "message/rfc822"]
    if letters and req.state == "active" and not _any_intent(text):
        text = text + "\n\n" + "\n\n".join(letters)  # "terlampir surat pemberitahuan selesai"
    kind: Kind | None = None
    if req.state in BEFORE_ACCESS and intent.wants_withdrawal(text):
        kind = Kind.WITHDRAWAL
    elif req.state == "active" and intent.wants_extension(text):
        kind = Kind.EXTENSION
    elif req.state == "active" and (intent.wants_closure(text) or intent.wants_withdrawal(text)):
        kind = Kind.CLOSURE
    elif req.state == "needs_info" and (text.strip() or any(a.text for a in msg.attachments)):
        kind = Kind.INFO_REPLY
    elif req.state in CLOSED_STATES:
        claimed = (Kind.EXTENSION if intent.wants_extension(text) else Kind.WITHDRAWAL if intent.wants_withdrawal(text)
                   else Kind.CLOSURE if intent.wants_closure(text) else None)
        if claimed is not None:
            # kind as claimed, never applied: the request is over (an extension needs an open grant)
            return Verdict(claimed, f"permintaan dalam utas yang sudah selesai ({req.state})", req.number,
                           alert=f"{sender} menulis {claimed.value} untuk {req.number} yang berstatus {req.state}")
        if intent.reads_as_request(msg, text) is not None:
            return Verdict(Kind.UNRELATED, f"permintaan dalam utas yang sudah selesai ({req.state})", req.number,
                           alert=f"{sender} menulis permintaan untuk {req.number} yang berstatus {req.state}")
        return Verdict(Kind.UNRELATED, f"balasan dalam utas yang sudah selesai ({req.state})", req.number)
    if kind is None:
        return Verdict(Kind.UNRELATED, "balasan dalam utas tanpa permintaan", req.number)
    names = {Kind.WITHDRAWAL: "pembatalan", Kind.EXTENSION: "perpanjangan", Kind.CLOSURE: "pemberitahuan selesai",
             Kind.INFO_REPLY: "jawaban data yang belum lengkap"}
    if sender == req.requester.lower() or sender in {a.lower() for a in ctx.admins}:
        return Verdict(kind, f"{names[kind]} dari {'pemohon' if sender == req.requester.lower() else 'admin'}", req.number)
    return Verdict(kind, f"{names[kind]} dari pengirim yang bukan pemohon", req.number,
                   alert=f"{sender} bukan pemohon {req.number} ({req.requester}) maupun admin; tidak diterapkan")


def _any_intent(text: str) -> bool:
    return intent.wants_withdrawal(text) or intent.wants_extension(text) or intent.wants_closure(text)


def bulk_rule(msg: ParsedMessage, ctx: MailContext) -> Verdict | None:
    if intent.looks_like_bulk(msg, new_text(msg.text)):
        return Verdict(Kind.UNRELATED, "surat massal/phishing (tautan dan ajakan)", None)
    return None


def request_rule(msg: ParsedMessage, ctx: MailContext) -> Verdict | None:
    """A request outside any thread. An approver's own words never make one (they discuss requests);
    a letter they forward or attach does."""
    why = _reads_as_request(msg, own_counts=msg.from_addr.lower() not in {a.lower() for a in ctx.approvers})
    return Verdict(Kind.REQUEST, why) if why else None


def notice_rule(msg: ParsedMessage, ctx: MailContext) -> Verdict | None:
    """A closing or extension notice outside any thread: shown to the admins, never applied.
    The office's own people discuss such things among themselves: not a notice from them."""
    if msg.from_addr.lower() in {a.lower() for a in ctx.admins | ctx.approvers | ctx.office_addresses}:
        return None
    kind = intent.notice_outside_thread(new_text(msg.text))
    if kind is None:
        return None
    claimed = Kind.CLOSURE if kind == "closure" else Kind.EXTENSION
    return Verdict(claimed, f"pemberitahuan {'selesai' if kind == 'closure' else 'perpanjangan'} di luar utas",
                   alert=f"{msg.from_addr} mengirim pemberitahuan tanpa nomor permohonan atau rujukan; tidak diterapkan")


def unrelated_rule(msg: ParsedMessage, ctx: MailContext) -> Verdict | None:
    return Verdict(Kind.UNRELATED, "bukan permohonan akses dan bukan bagian dari utas permohonan")


RULES: tuple[Rule, ...] = (
    *loops.LOOP_RULES,  # bounces, our own mail, lists, auto-replies (`loops.is_automatic` relies on them coming first)
    approval_rule,
    thread_rule,
    bulk_rule,
    request_rule,
    notice_rule,
    unrelated_rule,
)


def classify(msg: ParsedMessage, ctx: MailContext) -> Verdict:
    """The first rule's verdict. A rule that trips on odd input (a regex on a huge text, a bad
    value) falls through to the next with its error noted; the last rule always answers."""
    for rule in RULES:
        try:
            verdict = rule(msg, ctx)
        except (ValueError, TypeError, IndexError, KeyError, AttributeError, RecursionError) as exc:
            return Verdict(Kind.QUARANTINE, f"klasifikasi gagal ({rule.__name__}: {type(exc).__name__})",
                           _number(ctx), alert="pesan tidak dapat diklasifikasikan")
        if verdict is not None:
            return verdict
    return Verdict(Kind.UNRELATED, "tidak dikenali")
