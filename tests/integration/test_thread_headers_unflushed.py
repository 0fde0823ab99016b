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

from daemon import mailqueue
from daemon.demo.sandbox import drop_mail, make_sandbox
from daemon.mail.inbox.maildir import MaildirInbox
from daemon.service import Service
from daemon.setup import configfile
from daemon.store import migrations
from daemon.store.db import Database
from daemon.store.models import OutboxMail
from daemon.workers.intake import Intake
from tests.helpers import FakeClock

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def outgoing(root: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str | None, str | None]]:
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
    with db.reading() as s:
        rows = s.execute(select(OutboxMail.template, OutboxMail.recipient, OutboxMail.in_reply_to, OutboxMail.references).order_by(OutboxMail.id))
        found = [tuple(r) for r in rows]
    db.engine.dispose()
    return found  # type: ignore[return-value]


def test_the_headers_without_a_flush_are_those_with_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    as_built = outgoing(tmp_path / "as-built", monkeypatch)
    monkeypatch.setattr(mailqueue, "_unwritten_letter", lambda s, req, recipient: True)
    flushed = outgoing(tmp_path / "flushed", monkeypatch)
    threaded = [m for m in as_built if m[3]]
    assert len(as_built) > 200 and len(threaded) > 100  # a conversation, not a few acknowledgements
    assert as_built == flushed
