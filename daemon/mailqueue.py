"""Putting messages in the outbox: one row per recipient, a fixed Message-ID, the thread's headers.

Called by the service inside its transaction, never on its own: a message exists only if
the state change that caused it was committed. Threading keeps each approver's approval
Message-ID to that approver: References are built from the letter and from earlier mail
to the same recipient only.
"""

from __future__ import annotations

import itertools
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, event, literal, select, union_all
from sqlalchemy.orm import Session

from daemon import newborn
from daemon.mail.builder import FileAttachment
from daemon.setup import faultpoints
from daemon.store.models import AccessRequest, InboundMessage, OutboxFile, OutboxMail


def new_message_id(domain: str, number: str | None = None) -> str:
    """An unguessable Message-ID (128 random bits): an approval mail's ID is its approver's secret."""
    tag = (number or "lpse").lower()
    return f"<{tag}.{secrets.token_urlsafe(16)}@{domain}>"


def thread_headers(s: Session, req: AccessRequest | None, recipient: str) -> tuple[str | None, str | None]:
    """(In-Reply-To, References) for a new message to `recipient` in the request's thread."""
    if req is None:
        return None, None
    ids: list[str] = []
    record = newborn.of(s, req)
    if record is not None:
        letters, earlier = record.letters_from(recipient), record.mails_to(recipient)
    else:
        letters, earlier = _thread_rows(s, req, recipient)
    for mid in [m for m in letters if m][:1] + list(earlier)[-4:] + [m for m in letters if m][-1:]:
        if mid not in ids:
            ids.append(mid)
    if not ids:
        return None, None
    in_reply_to = letters[-1] if letters and letters[-1] else ids[-1]
    return in_reply_to, " ".join(ids)


def _thread_query() -> Any:
    """The statement of `_thread_rows`, built once (building it cost more than running it): the first
    and last letters from the recipient, our last four mails to them, in one UNION ALL."""
    request, recipient = bindparam("request_id"), bindparam("recipient")
    theirs = (
        select(literal(0).label("ours"), InboundMessage.id.label("n"), InboundMessage.message_id.label("mid"))
        .where(InboundMessage.request_id == request, InboundMessage.sender == recipient)
        .where(InboundMessage.message_id.is_not(None))
    )
    ours = select(literal(1).label("ours"), OutboxMail.id.label("n"), OutboxMail.message_id.label("mid")).where(
        OutboxMail.request_id == request, OutboxMail.recipient == recipient
    )
    parts = [(theirs, InboundMessage.id, 1), (theirs, InboundMessage.id.desc(), 1), (ours, OutboxMail.id.desc(), 4)]
    subs = [q.order_by(order).limit(n).subquery() for q, order, n in parts]
    return union_all(*(select(sub.c.ours, sub.c.n, sub.c.mid) for sub in subs))


_THREAD_QUERY = _thread_query()


def _thread_rows(s: Session, req: AccessRequest, recipient: str) -> tuple[list[str], list[str]]:
    """(the Message-IDs of the first and last letters `recipient` sent in the thread, those of our last
    four mails to them): all `thread_headers` uses, however long the thread has grown."""
    params = {"request_id": req.id, "recipient": recipient}
    if _unwritten_letter(s, req, recipient):
        rows = s.execute(_THREAD_QUERY, params).all()  # autoflushed: the letter is in the answer
    else:
        with s.no_autoflush:  # nothing unwritten could change the answer: the message being worked is written once, later
            rows = s.execute(_THREAD_QUERY, params).all()
    found = sorted(set(rows))
    return [mid for flag, _n, mid in found if flag == 0], [mid for flag, _n, mid in found if flag == 1]


def _unwritten_letter(s: Session, req: AccessRequest, recipient: str) -> bool:
    """Is a letter of `recipient` that may belong to this thread still unwritten (the message being worked)?

    Only such a row could change `_thread_rows`' answer: outbox rows are written at once
    (`enqueue`), and nothing else it reads changes within a message. Without one, the query needs
    no flush, so the message's row is inserted once, whole, instead of inserted and updated."""
    return any(
        isinstance(o, InboundMessage) and o.sender == recipient and o.request_id in (req.id, None)
        for o in itertools.chain(s.new, s.dirty)
    )


def enqueue(
    s: Session,
    *,
    req: AccessRequest | None,
    template: str,
    recipient: str,
    lang: str,
    context: dict[str, Any],
    domain: str,
    now: datetime,
    attach_from: int | None = None,
    credential_id: int | None = None,
    in_reply_to: str | None = None,
    files: tuple[FileAttachment, ...] = (),
) -> int:
    """Add one outbox row (its id); `in_reply_to` overrides the computed thread (replies to a specific mail).

    `files` are stored with the row (table outbox_file), in this transaction, and attached when it is sent.
    """
    irt, refs = thread_headers(s, req, recipient)
    if in_reply_to is not None:
        irt = in_reply_to
        refs = f"{refs} {in_reply_to}" if refs and in_reply_to not in refs else (refs or in_reply_to)
    values = {
        "request_id": req.id if req is not None else None,
        "template": template,
        "lang": lang,
        "recipient": recipient.lower(),
        "context": context,
        "message_id": new_message_id(domain, req.number if req is not None else None),
        "in_reply_to": irt,
        "references": refs,
        "attach_from": attach_from,
        "credential_id": credential_id,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
    }
    # One Core INSERT, now: nothing reads the row back as an object in this transaction, and the
    # unit of work's INSERT ... RETURNING per row cost more than the statement itself (issue 9).
    # Every row it names (request, letter, credential) is already flushed by its writer.
    row_id: int = s.connection().execute(_INSERT, values).inserted_primary_key[0]
    record = newborn.of(s, req)
    if record is not None:
        record.mails.append((values["recipient"], values["message_id"]))
    if faultpoints.ARMED == "after_outbox_insert" and not s.info.get("kill_point_armed"):
        s.info["kill_point_armed"] = True  # test-only: reached once the transaction holding this row has committed
        event.listen(s, "after_commit", _after_commit)
    if files:
        s.add_all(OutboxFile(outbox_id=row_id, filename=f.filename, content_type=f.content_type, data=f.data) for f in files)
    return row_id


_INSERT = OutboxMail.__table__.insert()


def _after_commit(s: Session) -> None:
    """after_commit fires for a released SAVEPOINT too (the intake's per-message ones): only the real commit counts."""
    if not s.in_nested_transaction():
        faultpoints.reach("after_outbox_insert")
