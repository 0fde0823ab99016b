"""Time and failure in the lifecycle: reminders, escalation, expiry, extension, provisioning retries.

The real service, worker, timers and outbox on SQLite and Maildirs; only the clock is ours.
"""

from __future__ import annotations

import asyncio
import csv
import io
import itertools
import re
import stat
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from daemon.admin_ops import AdminOps
from daemon.core.fields import RequestFields
from daemon.core.workflow import Event
from daemon.demo.sandbox import read_mailbox
from daemon.mail.templates import MailRenderer
from daemon.mail.transport.maildir import MaildirTransport
from daemon.service import Actor, Service
from daemon.store.models import AccessRequest, Grant, OutboxMail, ProvisioningJob
from daemon.workers.outbox import Outbox
from daemon.workers.provisioners import Provisioner
from daemon.workers.provisioners.command import CommandProvisioner
from daemon.workers.provisioners.manual import ManualProvisioner
from daemon.workers.provisioning import ProvisioningWorker
from daemon.workers.timers import Timers
from tests.helpers import FakeClock, fresh_db, sandbox_config

FIELDS = RequestFields(name="Budi", institution="PT X", purpose="Pemeliharaan", access_rights=("ssh",), email="budi@x.co.id")


def script(path: Path, code: int) -> str:
    path.write_text(f"#!/bin/sh\ncat >/dev/null\nexit {code}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


class World:
    def __init__(
        self, root: Path, db_url: str | None, create_exit: int = 0, backups: tuple[str, ...] = (), manual: bool = False
    ) -> None:
        cfg = sandbox_config(root / "office")
        cfg = replace(cfg, people=replace(cfg.people, backup_approvers=backups))
        self.cfg = replace(cfg, database=replace(cfg.database, url=db_url)) if db_url else cfg
        self.db = fresh_db(self.cfg)
        self.clock = FakeClock()
        self.svc = Service(self.cfg)
        create = (script(root / "create", create_exit),) if create_exit else self.cfg.provisioner.create
        backend: Provisioner = CommandProvisioner(create, self.cfg.provisioner.disable, timeout=10, tz=self.cfg.office.tz)
        if manual:
            backend = ManualProvisioner()
        self.worker = ProvisioningWorker(self.db, self.cfg, self.svc, backend, self.clock)
        self.timers = Timers(self.db, self.cfg, self.svc, self.clock)
        self.outbox = Outbox(self.db, self.cfg, self.svc, MaildirTransport(Path(self.cfg.smtp.path)), MailRenderer(), self.clock)
        self.ops = AdminOps(self.db, self.cfg, self.clock)
        with self.db.transaction() as s:
            req = self.svc.receive(
                s, fields=FIELDS, requester="budi@x.co.id", credentials_to="budi@x.co.id", lang="id", reasons=["uji"],
                letter=None, actor=Actor("budi@x.co.id", "email"), now=self.clock(),
            )  # fmt: skip
            self.number = req.number

    def run(self) -> None:
        asyncio.run(self.worker.run_due())
        asyncio.run(self.outbox.send_due())

    def request(self) -> AccessRequest:
        with self.db.reading() as s:
            req = s.scalar(select(AccessRequest).where(AccessRequest.number == self.number))
            assert req is not None
            return req

    def templates_to(self, address: str) -> list[str]:
        with self.db.reading() as s:
            return list(s.scalars(select(OutboxMail.template).where(OutboxMail.recipient == address).order_by(OutboxMail.id)))

    def approve(self) -> None:
        self.ops.approve(self.number, "admin", "disetujui lisan oleh Kasubag")
        self.run()


_databases = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str | None:
    """Every lifecycle test runs on SQLite and on a real PostgreSQL."""
    if request.param == "sqlite":
        return None
    server = request.getfixturevalue("postgres")
    return str(server.create_database(f"lifecycle_{next(_databases)}"))


@pytest.fixture
def world(tmp_path: Path, db_url: str | None) -> World:
    return World(tmp_path, db_url)


def test_reminders_then_no_more_than_configured(world: World) -> None:
    assert world.timers.run_due() == 0
    for hours in (25, 24, 24, 24):
        world.clock.advance(hours=hours)
        world.timers.run_due()
    assert world.templates_to("kasubag.lpse@salatiga.go.id").count("approval_reminder") == 3
    world.run()  # every reminder carries live links of its own and is sent
    with world.db.reading() as s:
        assert set(s.scalars(select(OutboxMail.status))) == {"sent"}
    reminder = read_mailbox(Path(world.cfg.smtp.path) / "kasubag.lpse@salatiga.go.id")[-1]
    assert b"/a/" in reminder


def test_escalation_to_the_backup_approver(tmp_path: Path, db_url: str | None) -> None:
    w = World(tmp_path, db_url, backups=("sekretaris@salatiga.go.id",))
    w.clock.advance(hours=73)
    w.timers.run_due()
    assert w.templates_to("sekretaris@salatiga.go.id") == ["approval_request"]
    assert w.request().escalated_at is not None


def test_the_grant_warns_then_closes_itself(world: World) -> None:
    world.approve()
    req = world.request()
    assert req.state == "active"
    assert "credentials" in world.templates_to("budi@x.co.id")
    assert req.grant_end is not None
    world.clock.now = req.grant_end - timedelta(hours=23)
    world.timers.run_due()
    assert "expiry_warning" in world.templates_to("budi@x.co.id")
    world.clock.now = req.grant_end
    world.timers.run_due()
    world.run()
    req = world.request()
    assert req.state == "closed" and req.closing_because == "expired"
    assert world.templates_to("budi@x.co.id")[-1] == "closed"
    log = Path(world.cfg.provisioner.create[0]).parent.parent / "accounts.log"
    assert f"disable {req.username}" in log.read_text()


def test_the_password_is_wiped_once_sent(world: World) -> None:
    world.approve()
    from daemon.store.models import Credential

    with world.db.reading() as s:
        cred = s.scalar(select(Credential))
        assert cred is not None and cred.ciphertext is None and cred.wiped_at is not None
    mails = read_mailbox(Path(world.cfg.smtp.path) / "budi@x.co.id")
    assert any(b"ra26_0001" in m for m in mails)


def test_an_extension_is_a_new_register_row(world: World) -> None:
    world.approve()
    until = datetime(2026, 12, 10)
    world.ops.extend(world.number, until, "admin", "perpanjangan disetujui Kasubag")
    world.run()
    with world.db.reading() as s:
        grants = s.scalars(select(Grant).order_by(Grant.seq)).all()
        assert [g.seq for g in grants] == [1, 2]
        assert grants[0].closed_at is not None and grants[1].closed_at is None
        assert grants[1].ends_at.astimezone(world.cfg.office.tz).date().isoformat() == "2026-12-10"
        assert s.scalar(select(ProvisioningJob).where(ProvisioningJob.action == "extend")).status == "done"


def test_exit_75_is_retried_then_the_request_fails_and_the_admins_are_told(tmp_path: Path, db_url: str | None) -> None:
    w = World(tmp_path, db_url, create_exit=75)
    w.approve()
    with w.db.reading() as s:
        job = s.scalar(select(ProvisioningJob))
        assert job is not None and job.status == "pending" and job.attempts == 1 and "exited with 75" in (job.last_error or "")
    w.clock.advance(hours=2)  # past provisioner.retry_for
    w.run()
    assert w.request().state == "failed"
    assert "provisioning_failed" in w.templates_to("admin.lpse@salatiga.go.id")
    w.ops.resend(w.number, "admin", "program sudah diperbaiki")
    assert w.request().state == "approved"


def test_a_permanent_provisioning_error_fails_at_once(tmp_path: Path, db_url: str | None) -> None:
    w = World(tmp_path, db_url, create_exit=1)
    w.approve()
    assert w.request().state == "failed"
    assert "credentials" not in w.templates_to("budi@x.co.id")


def test_withdrawal_before_the_decision(world: World) -> None:
    world.ops.cancel(world.number, "admin", "pemohon membatalkan lewat telepon")
    world.run()
    assert world.request().state == "cancelled"
    assert "cancelled" in world.templates_to("budi@x.co.id")
    assert "cancelled" in world.templates_to("kasubag.lpse@salatiga.go.id")


def test_the_register_csv_from_the_cli(world: World, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from cli.main import cli

    world.approve()
    config_file = tmp_path / "config.toml"
    text = world.cfg.path.read_text()
    config_file.write_text(re.sub(r'(?m)^url = ".*"$', f'url = "{world.cfg.database.url}"', text, count=1))
    out = tmp_path / "r.csv"
    res = CliRunner().invoke(cli, ["--config", str(config_file), "register", "export", "--period", "2026", "-o", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["No.", "Nama", "Instansi", "Username", "Hak Akses", "Tujuan", "Waktu Pemberian", "Waktu Penutupan"]
    assert rows[1][3] == "ra26_0001" and rows[1][7] == ""
    assert rows[1][6] == "2026-11-23 09:00"  # 02:00 UTC shown in WIB


def test_events_record_who_and_which_channel(world: World) -> None:
    world.approve()
    from daemon.store.models import AuditEvent

    with world.db.reading() as s:
        granted = s.scalar(select(AuditEvent).where(AuditEvent.event == Event.APPROVAL_GRANTED.value))
        assert granted is not None and granted.channel == "cli" and granted.actor == "admin"
        assert '"override":true' in granted.data and "disetujui lisan" in granted.data


def test_cancelling_an_approved_request_drops_its_job_and_password(tmp_path: Path, db_url: str | None) -> None:
    from daemon.store.models import Credential

    w = World(tmp_path, db_url)
    w.clock.advance(minutes=1)
    with w.db.transaction() as s:
        req = s.scalar(select(AccessRequest).where(AccessRequest.number == w.number))
        assert req is not None
        req.fields = {**req.fields, "period_start": "2026-12-01"}  # starts later: approved waits for its start
    w.ops.approve(w.number, "admin", "disetujui")
    assert w.request().state == "approved"
    w.ops.cancel(w.number, "admin", "pekerjaan dibatalkan")
    with w.db.reading() as s:
        assert s.scalar(select(ProvisioningJob.status)) == "cancelled"
        cred = s.scalar(select(Credential))
        assert cred is not None and cred.ciphertext is None
    assert w.request().state == "cancelled"


def test_raw_messages_are_dropped_after_the_retention_time(tmp_path: Path, db_url: str | None) -> None:
    from daemon.demo.sandbox import drop_mail
    from daemon.main import make_inbox
    from daemon.store.models import Attachment, AuditEvent, InboundMessage
    from daemon.workers.intake import Intake
    from tests.conversation import letter

    w = World(tmp_path, db_url)
    drop_mail(Path(w.cfg.mailbox.path), letter("budi@x.co.id", "Permohonan remote akses.\nNama: Budi\nInstansi: PT X\nTujuan: uji\nHak Akses: SSH"))
    inbox = make_inbox(w.cfg)
    inbox.connect()
    Intake(w.db, w.cfg, w.svc, inbox, w.clock).run_pass()
    w.timers.run_due()
    with w.db.reading() as s:
        assert s.scalar(select(InboundMessage.raw)) is not None  # evidence kept while young
    w.clock.advance(days=2 * 365 + 1)  # retention.raw_messages = "2y"
    w.timers.run_due()
    with w.db.reading() as s:
        row = s.scalar(select(InboundMessage))
        assert row is not None and row.raw is None and row.sender == "budi@x.co.id" and row.request_id is not None
        assert s.scalar(select(Attachment.id)) is None
        assert s.scalar(select(AuditEvent.event).where(AuditEvent.event == "RetentionApplied")) == "RetentionApplied"


def test_manual_provisioning_waits_for_the_admin(tmp_path: Path, db_url: str | None) -> None:
    from click.testing import CliRunner

    from cli.main import cli
    from daemon.errors import OperationError

    w = World(tmp_path, db_url, manual=True)
    w.approve()
    assert w.request().state == "approved"
    with w.db.reading() as s:
        assert s.scalar(select(ProvisioningJob.status)) == "manual"
    assert "admin_alert" in w.templates_to("admin.lpse@salatiga.go.id")
    with pytest.raises(OperationError, match="minimal 8"):
        w.ops.account_done(w.number, "admin", "akun dibuat", "short")
    w.ops.account_done(w.number, "admin", "akun dibuat di server", "Rahasia-Admin-77")
    w.run()
    assert w.request().state == "active"
    creds = read_mailbox(Path(w.cfg.smtp.path) / "budi@x.co.id")[-1]
    assert b"Rahasia-Admin-77" in creds

    w.ops.close(w.number, "admin", "pekerjaan selesai")
    w.run()
    assert w.request().state == "active"  # the account still works until the admin disables it
    config_file = tmp_path / "config.toml"
    config_file.write_text(re.sub(r'(?m)^url = ".*"$', f'url = "{w.cfg.database.url}"', w.cfg.path.read_text(), count=1))
    done = CliRunner().invoke(cli, ["--config", str(config_file), "account", "done", w.number, "--reason", "dinonaktifkan"], input="\n")
    assert done.exit_code == 0, done.output
    assert w.request().state == "closed"
