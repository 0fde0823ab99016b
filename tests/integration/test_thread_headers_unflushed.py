"""Thread headers read without a flush (issue 9) are the headers a flushed read gives.

`mailqueue._thread_rows` flushes the session first only when an unwritten letter could be in its
answer; otherwise the message being worked is inserted once, whole, at its savepoint's end. Run
twice over the whole corpus (its letters, replies, alerts, bounces, twice over so that later copies
meet requests with a past), once as built and once flushing before every read: every outgoing mail
must carry the same In-Reply-To and References, and be the same mail to the same person.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from daemon import mailqueue
from daemon.demo.sandbox import drop_mail, make_sandbox
from daemon.mail.inbox.maildir import MaildirInbox
from daemon.service import Service
from daemon.setup import configfile
from daemon.store import migrations
from daemon.store.db import Database
from daemon.store.models import AccessRequest, InboundMessage, OutboxMail
from daemon.workers.intake import Intake
from tests.helpers import FakeClock

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def corpus_office(root: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    """An office that has worked the corpus twice over (its Message-IDs numbered, so two runs compare)."""
    ids = itertools.count(1)
    monkeypatch.setattr(mailqueue, "new_message_id", lambda domain, number=None: f"<{(number or 'lpse').lower()}.{next(ids)}@{domain}>")
    box = make_sandbox(root)
    cfg = configfile.load(box.config)
    db = Database(cfg.database.url)
    migrations.upgrade(db.engine)
    for copy in range(2):
        for n, path in enumerate(sorted(CORPUS.glob("*.eml"))):
            raw = path.read_bytes().replace(b"Message-ID: <", f"Message-ID: <c{copy}.".encode(), 1)
            drop_mail(box.inbox, raw, name=f"{copy}-{n:04d}.mail")
    inbox = MaildirInbox(box.inbox)
    inbox.connect()
    intake = Intake(db, cfg, Service(cfg), inbox, FakeClock(datetime(2026, 12, 7, 2, 0, tzinfo=timezone.utc)))
    try:
        while intake.run_pass().seen:
            pass
    finally:
        intake.close()
    return db


def outgoing(root: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str | None, str | None]]:
    db = corpus_office(root, monkeypatch)
    with db.reading() as s:
        rows = s.execute(select(OutboxMail.template, OutboxMail.recipient, OutboxMail.in_reply_to, OutboxMail.references).order_by(OutboxMail.id))
        found = [tuple(r) for r in rows]
    db.engine.dispose()
    return found  # type: ignore[return-value]


def every_row(s: Session, req: AccessRequest, recipient: str) -> tuple[list[str], list[str]]:
    """What `_thread_rows` read before it was bounded: every letter and every mail of the thread."""
    theirs = s.scalars(
        select(InboundMessage.message_id).where(InboundMessage.request_id == req.id, InboundMessage.sender == recipient)
        .where(InboundMessage.message_id.is_not(None)).order_by(InboundMessage.id)
    ).all()
    ours = s.scalars(select(OutboxMail.message_id).where(OutboxMail.request_id == req.id, OutboxMail.recipient == recipient).order_by(OutboxMail.id)).all()
    return list(theirs), list(ours)


def test_the_bounded_thread_read_gives_the_headers_of_the_whole_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = corpus_office(tmp_path / "office", monkeypatch)
    with db.reading() as s:
        pairs = s.execute(select(OutboxMail.request_id, OutboxMail.recipient).where(OutboxMail.request_id.is_not(None)).distinct()).all()
        pairs += s.execute(select(InboundMessage.request_id, InboundMessage.sender).where(InboundMessage.request_id.is_not(None)).distinct()).all()
        longest = 0
        for request_id, recipient in set(pairs):
            req = s.get(AccessRequest, request_id)
            assert req is not None and recipient
            whole = every_row(s, req, recipient)
            longest = max(longest, len(whole[1]))
            with monkeypatch.context() as patched:
                patched.setattr(mailqueue, "_thread_rows", lambda s, req, recipient: whole)
                expected = mailqueue.thread_headers(s, req, recipient)
            assert mailqueue.thread_headers(s, req, recipient) == expected, (req.number, recipient)
    assert longest > 8  # threads longer than the four mails it keeps
    db.engine.dispose()


def test_the_headers_without_a_flush_are_those_with_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    as_built = outgoing(tmp_path / "as-built", monkeypatch)
    monkeypatch.setattr(mailqueue, "_unwritten_letter", lambda s, req, recipient: True)
    flushed = outgoing(tmp_path / "flushed", monkeypatch)
    threaded = [m for m in as_built if m[3]]
    assert len(as_built) > 200 and len(threaded) > 100  # a conversation, not a few acknowledgements
    assert as_built == flushed
