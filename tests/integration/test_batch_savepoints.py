"""One commit per batch, one savepoint per message (issue 9): a message that fails halfway spoils nothing.

The failure is injected after the service has written the request, its audit events and its
outbox rows, so the savepoint's rollback must take back exactly those, the chain head and the
request counter included, while the batch's other letters commit.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from daemon.demo.sandbox import drop_mail, make_sandbox
from daemon.mail.inbox.maildir import MaildirInbox
from daemon.service import Service
from daemon.setup import configfile
from daemon.store import audit_trail
from daemon.store.models import AccessRequest, AuditEvent, Counter, InboundMessage, OutboxMail
from daemon.workers.intake import Intake
from tests.conversation import letter
from tests.helpers import FakeClock, fresh_db
from tests.integration.test_intake_robustness import request_body


class Faulty(Service):
    """The real service, which fails after writing when the letter's purpose says so."""

    armed = True
    failing = 3

    def receive(self, s, **kw):  # type: ignore[no-untyped-def]
        req = super().receive(s, **kw)
        if self.armed and f"tahap {self.failing}" in (kw["fields"].purpose or ""):
            raise RuntimeError("injected after the request, its audit rows and its mail were written")
        return req


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
@pytest.mark.parametrize("failing", [1, 3], ids=["the first letter ever", "a letter mid-batch"])
def test_a_failure_inside_a_batch_is_rolled_back_alone_and_retried(
    tmp_path: Path, failing: int, database: str, request: pytest.FixtureRequest
) -> None:
    """The counters (request numbers, the chain head) are written once, at the batch's commit: the
    failed letter's savepoint must give back the values it took, so the numbers have no gap."""
    box = make_sandbox(tmp_path / "office")
    cfg = configfile.load(box.config)
    if database == "postgresql":
        url = request.getfixturevalue("postgres").create_database(f"savepoints_{failing}")
        cfg = replace(cfg, database=replace(cfg.database, url=url))
    db = fresh_db(cfg)
    for n in range(1, 6):
        drop_mail(box.inbox, letter(f"teknisi{n}@vendor.test", request_body(n)), name=f"{n:03d}.test")
    inbox = MaildirInbox(box.inbox)
    inbox.connect()
    service = Faulty(cfg)
    service.failing = failing
    intake = Intake(db, cfg, service, inbox, FakeClock())

    first = intake.run_pass()
    assert (first.seen, first.handled, first.failed) == (5, 4, 1)
    with db.reading() as s:
        numbers = sorted(s.scalars(select(AccessRequest.number)))
        assert [n[-4:] for n in numbers] == ["0001", "0002", "0003", "0004"]  # no number lost with the failed letter
        assert s.scalar(select(Counter.value).where(Counter.name == "audit")) == s.scalar(select(func.max(AuditEvent.seq)))
        assert s.scalar(select(func.count()).select_from(OutboxMail).where(OutboxMail.request_id.is_(None))) == 0
        assert audit_trail.verify(s)[1] == []  # the chain has no hole where the failed letter was
        failed = s.scalar(select(InboundMessage).where(InboundMessage.status == "failed"))
        assert failed is not None and failed.attempts == 1 and failed.request_id is None

    service.armed = False
    second = intake.run_pass()
    assert (second.seen, second.handled) == (1, 1)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(AccessRequest)) == 5
        assert [n[-4:] for n in sorted(s.scalars(select(AccessRequest.number)))] == ["0001", "0002", "0003", "0004", "0005"]
        assert audit_trail.verify(s)[1] == []
    assert inbox.list_new(0) == []
    db.engine.dispose()
