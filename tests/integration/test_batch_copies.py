"""Copies of one message inside one batch: the batch reads its recorded rows in one statement
(`intake_batches.recorded_rows`), so a copy must find the row its first copy has just added, and
a copy after a failed first copy must not find a row that went with the failed savepoint."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from daemon.demo.sandbox import drop_mail, make_sandbox
from daemon.mail.inbox.maildir import MaildirInbox
from daemon.service import Service
from daemon.setup import configfile
from daemon.store import migrations
from daemon.store.db import Database
from daemon.store.models import AccessRequest, InboundMessage
from daemon.workers import dispatch
from daemon.workers.intake import Intake
from tests.conversation import letter

BODY = """Dengan hormat,

Kami mengajukan permohonan remote akses ke server LPSE.

Nama: Budi Santoso
Instansi: PT Maju Jaya
Email: budi@majujaya.co.id
Tujuan: Pemeliharaan aplikasi SPSE
Hak Akses: SSH
Mulai: hari ini
Selesai: besok
"""


def _office(root: Path) -> tuple[Intake, Database, Path]:
    box = make_sandbox(root / "office")
    cfg = configfile.load(box.config)
    db = Database(cfg.database.url)
    migrations.upgrade(db.engine)
    inbox = MaildirInbox(box.inbox)
    inbox.connect()
    return Intake(db, cfg, Service(cfg), inbox, lambda: datetime.now(timezone.utc)), db, box.inbox


def _counts(db: Database) -> tuple[int, int]:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(AccessRequest)) or 0, s.scalar(select(func.count()).select_from(InboundMessage)) or 0


def test_a_copy_in_the_same_batch_is_the_same_letter(tmp_path: Path) -> None:
    intake, db, inbox = _office(tmp_path)
    raw = letter("budi@majujaya.co.id", BODY, subject="Permohonan Remote Akses")
    for i in range(3):
        drop_mail(inbox, raw, name=f"{i:03d}.copy")
    try:
        result = intake.run_pass()
    finally:
        intake.close()
    assert result.seen == 3 and result.failed == 0
    requests, rows = _counts(db)
    assert requests == 1  # one letter, one request, however many copies the batch holds
    assert rows >= 1


def test_a_copy_after_a_failed_first_copy_is_worked_afresh(tmp_path: Path, monkeypatch) -> None:
    intake, db, inbox = _office(tmp_path)
    raw = letter("budi@majujaya.co.id", BODY, subject="Permohonan Remote Akses")
    drop_mail(inbox, raw, name="000.copy")
    drop_mail(inbox, raw, name="001.copy")
    original = dispatch.Dispatcher._request
    calls = []

    def fail_first(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the first copy fails inside its savepoint")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(dispatch.Dispatcher, "_request", fail_first)
    try:
        result = intake.run_pass()
    finally:
        intake.close()
    assert len(calls) == 2  # the second copy was worked, not taken for the first one's lost row
    assert result.failed == 1 and result.handled == 1
    assert _counts(db)[0] == 1
    with db.reading() as s:
        row = s.scalar(select(InboundMessage).where(InboundMessage.source_key.is_not(None)).order_by(InboundMessage.id))
        assert row is not None and row.status == "handled" and row.request_id is not None  # recorded as what it became
