"""`store.whole_rows.insert_whole` (issue 9): one INSERT, then the object behaves as if a flush had written it.

On the real databases: its row is whole (defaults too), reading it asks the database nothing, a change
on it is one UPDATE, rows naming it may follow at once, and a savepoint rolled back takes it out of the
session again, so the key SQLite gives out again is free for the next one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import event, select

from daemon.store.db import Database
from daemon.store.models import AccessRequest, InboundMessage, Token
from daemon.store.whole_rows import insert_whole
from tests.helpers import fresh_db, sandbox_config

NOW = datetime(2026, 12, 7, 3, 0, tzinfo=timezone.utc)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    cfg = sandbox_config(tmp_path / "office")
    if request.param == "postgresql":
        cfg = replace(cfg, database=replace(cfg.database, url=request.getfixturevalue("postgres").create_database("whole_rows")))
    return fresh_db(cfg)


class Statements:
    def __init__(self, db: Database) -> None:
        self.seen: list[str] = []
        self.engine = db.engine

    def __enter__(self) -> list[str]:
        event.listen(self.engine, "before_cursor_execute", self._note)
        return self.seen

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._note)

    def _note(self, conn: object, cursor: object, statement: str, *args: object) -> None:
        verb = statement.split()[0].upper()
        if verb in {"SELECT", "INSERT", "UPDATE", "DELETE"}:  # not BEGIN, SAVEPOINT and the like
            self.seen.append(verb)


def request(number: str, **values: object) -> AccessRequest:
    return AccessRequest(number=number, state="new", requester="a@x.id", credentials_to="a@x.id", created_at=NOW, updated_at=NOW, **values)


def letter(key: str, req: AccessRequest | None = None) -> InboundMessage:
    row = InboundMessage(dedupe_key=key, content_hash="h", folder="INBOX", source_key=key, status="handled", received_at=NOW)
    if req is not None:
        row.request = req
    return row


def table_rows(db: Database) -> list[AccessRequest]:
    with db.reading() as s:
        return list(s.scalars(select(AccessRequest).order_by(AccessRequest.id)))


def test_the_row_is_whole_and_the_object_asks_nothing_more(db: Database) -> None:
    with db.transaction() as s, Statements(db) as seen:
        req = request("RA-2026-0001")
        insert_whole(s, req)
        assert seen == ["INSERT"]
        assert req.id is not None and req in s and req not in s.new and req not in s.dirty
        assert (req.kind, req.lang, req.fields, req.reasons, req.reminders_sent, req.grant_start) == ("request", "id", {}, [], 0, None)
        s.execute(Token.__table__.insert(), {"token_hash": "h", "request_id": req.id, "action": "approve", "holder": "k@x.id", "expires_at": NOW, "created_at": NOW})
        req.state = "pending"
        s.flush()
        assert seen == ["INSERT", "INSERT", "UPDATE"]
    (row,) = table_rows(db)
    assert (row.number, row.state, row.kind, row.lang, row.fields, row.reasons, row.reminders_sent) == ("RA-2026-0001", "pending", "request", "id", {}, [], 0)


def test_a_letter_takes_its_request_id_from_the_relationship(db: Database) -> None:
    with db.transaction() as s:
        req = request("RA-2026-0001")
        insert_whole(s, req)
        row = letter("k1", req)
        s.add(row)  # pending, as intake leaves a new letter
        insert_whole(s, row)
        assert row not in s.new
        with pytest.raises(ValueError, match="not in the database yet"):
            insert_whole(s, letter("k2", request("RA-2026-0002")))
    with db.reading() as s:
        assert s.scalar(select(InboundMessage.request_id).where(InboundMessage.dedupe_key == "k1")) == req.id


def test_a_rolled_back_savepoint_takes_the_object_out_of_the_session(db: Database) -> None:
    with db.transaction() as s:
        with pytest.raises(RuntimeError):
            with s.begin_nested():
                gone = request("RA-2026-0001")
                insert_whole(s, gone)
                raise RuntimeError("this letter fails")
        assert gone not in s
        kept = request("RA-2026-0002")
        insert_whole(s, kept)  # on SQLite the same id again: no clash with the object taken back
        s.flush()
    assert [r.number for r in table_rows(db)] == ["RA-2026-0002"]


def test_only_new_objects(db: Database) -> None:
    with db.transaction() as s:
        req = request("RA-2026-0001")
        insert_whole(s, req)
        with pytest.raises(ValueError, match="already in the database"):
            insert_whole(s, req)


def test_each_new_letter_of_a_batch_travels_with_its_approval_mail(tmp_path: Path) -> None:
    """Complete letters without attachments, several in one batch: each is asked of the Kasubag while its
    row is not yet written, and its approval mail must still carry it (`attach_from`). The first letter of a
    batch was written by the counter's autoflush; the later ones were not, and went without (found by the
    kill -9 suite over Dovecot, 7 December)."""
    from daemon.demo.sandbox import KASUBAG, drop_mail, make_sandbox
    from daemon.mail.inbox.maildir import MaildirInbox
    from daemon.service import Service
    from daemon.setup import configfile
    from daemon.store import migrations
    from daemon.store.models import OutboxMail
    from daemon.workers.intake import Intake
    from tests.conversation import letter as mail
    from tests.helpers import FakeClock
    from tests.integration.test_conversation_sandbox import COMPLETE

    box = make_sandbox(tmp_path / "office")
    cfg = configfile.load(box.config)
    db = Database(cfg.database.url)
    migrations.upgrade(db.engine)
    for n, name in enumerate(("Budi Santoso", "Siti Rahmawati", "Agus Wibowo", "Dewi Lestari")):
        body = COMPLETE.replace("Budi Santoso", name).replace("budi.santoso@majujaya.co.id", f"teknisi{n}@vendor.co.id")
        drop_mail(box.inbox, mail(f"teknisi{n}@vendor.co.id", body), name=f"{n}.mail")
    inbox = MaildirInbox(box.inbox)
    inbox.connect()
    intake = Intake(db, cfg, Service(cfg), inbox, FakeClock())
    try:
        assert intake.run_pass().seen == 4
    finally:
        intake.close()
    with db.reading() as s:
        asks = s.execute(
            select(OutboxMail.request_id, InboundMessage.request_id, InboundMessage.sender)
            .join(InboundMessage, OutboxMail.attach_from == InboundMessage.id, isouter=True)
            .where(OutboxMail.template == "approval_request", OutboxMail.recipient == KASUBAG)
        ).all()
    with db.reading() as s:
        states = s.scalars(select(AccessRequest.state)).all()
    assert len(asks) == 4, states
    assert all(ask_request == letter_request for ask_request, letter_request, _sender in asks), asks
    assert sorted(sender for *_, sender in asks) == [f"teknisi{n}@vendor.co.id" for n in range(4)]
