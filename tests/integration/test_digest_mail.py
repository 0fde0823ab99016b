"""The periodic digest end to end: queued with the register attached, sent to each digest recipient, on schedule.

The real service, provisioning worker, timers, outbox and exports on SQLite and Maildirs; only the clock is ours.
"""

from __future__ import annotations

import asyncio
import io
import json
from datetime import date, datetime, time, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from cli.main import cli
from daemon.admin_ops import AdminOps
from daemon.core.digest import digest_period
from daemon.core.fields import RequestFields
from daemon.core.register import FORM_TITLE
from daemon.demo.sandbox import ADMIN, KASUBAG, make_sandbox, read_mailbox
from daemon.errors import ConfigError
from daemon.mail.templates import MailRenderer
from daemon.mail.transport.maildir import MaildirTransport
from daemon.service import Actor, Service
from daemon.setup import configfile
from daemon.setup.config import Config
from daemon.store.db import Database
from daemon.store.models import AuditEvent, Counter, OutboxFile, OutboxMail
from daemon.workers.digests import SCHEDULE_MARK, queue_digest
from daemon.workers.outbox import Outbox
from daemon.workers.provisioners.command import CommandProvisioner
from daemon.workers.provisioning import ProvisioningWorker
from daemon.workers.timers import Timers
from tests.helpers import FakeClock, fresh_db, sandbox_config

WIB = ZoneInfo("Asia/Jakarta")


def wib(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=WIB)


class Office:
    """One office on a sandbox: requests go through the real service, mail through the real outbox."""

    def __init__(self, root: Path, extra_toml: str = "") -> None:
        self.cfg: Config = sandbox_config(root / "office", extra_toml)
        self.db: Database = fresh_db(self.cfg)
        self.clock = FakeClock()  # Monday 23 November 2026, 09:00 WIB
        self.svc = Service(self.cfg)
        p = self.cfg.provisioner
        backend = CommandProvisioner(p.create, p.disable, timeout=10, tz=self.cfg.office.tz)
        self.worker = ProvisioningWorker(self.db, self.cfg, self.svc, backend, self.clock)
        self.timers = Timers(self.db, self.cfg, self.svc, self.clock)
        self.outbox = Outbox(self.db, self.cfg, self.svc, MaildirTransport(Path(self.cfg.smtp.path)), MailRenderer(), self.clock)
        self.ops = AdminOps(self.db, self.cfg, self.clock)

    def receive(self, name: str, institution: str) -> str:
        fields = RequestFields(name=name, institution=institution, purpose="Pemeliharaan server", access_rights=("ssh",))
        sender = f"{name.split()[0].lower()}@vendor.co.id"
        with self.db.transaction() as s:
            req = self.svc.receive(
                s, fields=fields, requester=sender, credentials_to=sender, lang="id", reasons=["uji"], letter=None,
                actor=Actor(sender, "email"), now=self.clock(),
            )  # fmt: skip
            return req.number

    def run(self) -> None:
        asyncio.run(self.worker.run_due())
        asyncio.run(self.outbox.send_due())

    def digest_rows(self) -> list[OutboxMail]:
        with self.db.reading() as s:
            return list(s.scalars(select(OutboxMail).where(OutboxMail.template == "digest").order_by(OutboxMail.id)))

    def digests_to(self, address: str) -> list[EmailMessage]:
        mails = [message_from_bytes(raw, policy=policy.default) for raw in read_mailbox(self.box(address))]
        return [m for m in mails if m["X-LPSE-Akses-Template"] == "digest"]  # type: ignore[misc]

    def box(self, address: str) -> Path:
        return Path(self.cfg.smtp.path) / address


@pytest.fixture
def office(tmp_path: Path) -> Office:
    return Office(tmp_path)


def attachments(mail: EmailMessage) -> dict[str, bytes]:
    return {part.get_filename() or "": part.get_content() for part in mail.iter_attachments()}


def test_the_digest_reaches_each_recipient_with_the_register_attached(office: Office) -> None:
    active = office.receive("Dimas Prasetyo", "PT Mitra Solusi Informatika")
    office.ops.approve(active, "admin", "disetujui Kasubag")
    closed = office.receive("Rina Kartika", "CV Data Prima")
    office.ops.approve(closed, "admin", "disetujui Kasubag")
    office.run()
    office.clock.advance(days=1)
    office.ops.close(closed, "admin", "pekerjaan selesai")
    waiting = office.receive("Agus Salim", "PT Sarana Teknologi")
    office.run()

    office.clock.now = wib(2026, 11, 30, 7, 0)
    queued = queue_digest(office.db, office.cfg, office.svc, office.clock(), digest_period(date(2026, 11, 23), date(2026, 11, 29)))
    assert queued is not None and queued.recipients == (ADMIN, KASUBAG)
    assert queued.counts == {"received": 3, "waiting": 1, "active": 1, "closed": 1, "overdue": 1}  # Agus waits > 24h
    office.run()

    for address in (ADMIN, KASUBAG):
        (mail,) = office.digests_to(address)
        assert "23-29 November 2026" in str(mail["Subject"])
        text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert "Permohonan masuk     : 3" in text and "Akun ditutup         : 1" in text
        assert f"{waiting}  Agus Salim, PT Sarana Teknologi" in text
        files = attachments(mail)
        assert sorted(files) == ["Formulir-Pencatatan-Remote-Akses-2026-11-23.pdf", "Formulir-Pencatatan-Remote-Akses-2026-11-23.xlsx"]
        sheet = load_workbook(io.BytesIO(files["Formulir-Pencatatan-Remote-Akses-2026-11-23.xlsx"])).active
        assert sheet is not None
        cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
        assert cells[0] == FORM_TITLE and "Periode : 23-29 November 2026" in cells
        assert "ra26_0001" in cells and "ra26_0002" in cells and "Dimas Prasetyo" in cells
        pdf = PdfReader(io.BytesIO(files["Formulir-Pencatatan-Remote-Akses-2026-11-23.pdf"]))
        pdf_text = "".join(page.extract_text() for page in pdf.pages)
        assert FORM_TITLE in pdf_text and "ra26_0001" in pdf_text and "ra26_0002" in pdf_text

    assert {r.status for r in office.digest_rows()} == {"sent"}
    with office.db.reading() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.event == "DigestQueued"))
        assert event is not None and event.channel == "timer"
        data = json.loads(event.data)["data"]
        assert data["to"] == [ADMIN, KASUBAG] and "3 masuk" in data["summary"] and "Dimas" not in event.data
        assert s.scalar(select(func.count()).select_from(OutboxFile)) == 4  # two files for each recipient


def test_a_period_is_queued_once(office: Office) -> None:
    week = digest_period(date(2026, 11, 16), date(2026, 11, 22))
    assert queue_digest(office.db, office.cfg, office.svc, office.clock(), week) is not None
    assert queue_digest(office.db, office.cfg, office.svc, office.clock(), week) is None
    assert len(office.digest_rows()) == 2


def digest_periods(office: Office) -> list[str]:
    return [str(r.context["period_label"]) for r in office.digest_rows() if r.recipient == ADMIN]


def test_the_schedule_queues_one_digest_per_slot(office: Office) -> None:
    assert office.timers.run_due() == 0  # the first check only marks where the schedule starts
    office.clock.now = wib(2026, 11, 30, 6, 59)
    assert office.timers.run_due() == 0
    office.clock.now = wib(2026, 11, 30, 7, 0)
    assert office.timers.run_due() == 1
    for minutes in (1, 30, 600):
        office.clock.now = wib(2026, 11, 30, 7, 0) + timedelta(minutes=minutes)
        assert office.timers.run_due() == 0
    office.clock.now = wib(2026, 12, 7, 7, 0) + timedelta(seconds=30)
    assert office.timers.run_due() == 1
    assert digest_periods(office) == ["23-29 November 2026", "30 November - 6 Desember 2026"]
    assert {r.recipient for r in office.digest_rows()} == {ADMIN, KASUBAG}


def test_after_a_long_downtime_one_digest_for_the_week_that_just_ended(office: Office) -> None:
    office.timers.run_due()
    office.clock.now = wib(2027, 1, 20, 10, 0)  # eight weekly slots missed
    assert office.timers.run_due() == 1
    assert office.timers.run_due() == 0
    assert digest_periods(office) == ["11-17 Januari 2027"]
    office.clock.now = wib(2027, 1, 25, 7, 0)
    assert office.timers.run_due() == 1
    assert digest_periods(office)[-1] == "18-24 Januari 2027"


def test_a_daily_schedule_in_the_offices_zone(tmp_path: Path) -> None:
    office = Office(tmp_path, '[digest]\nschedule = "daily 06:30"\nformats = ["csv"]\n')
    office.timers.run_due()
    office.clock.now = wib(2026, 11, 24, 6, 30)  # 23:30 UTC the day before
    assert office.timers.run_due() == 1
    assert digest_periods(office) == ["23 November 2026"]
    office.run()
    (mail,) = office.digests_to(ADMIN)
    files = attachments(mail)
    assert list(files) == ["Formulir-Pencatatan-Remote-Akses-2026-11-23.csv"]


def test_schedule_off_stops_the_timer(tmp_path: Path) -> None:
    office = Office(tmp_path, '[digest]\nschedule = "off"\n')
    for week in range(6):
        office.clock.now = wib(2026, 11, 23, 7, 0) + timedelta(weeks=week, minutes=1)
        assert office.timers.run_due() == 0
    assert office.digest_rows() == []
    with office.db.reading() as s:
        assert s.get(Counter, SCHEDULE_MARK) is None


def test_an_unknown_register_format_is_a_config_error(tmp_path: Path) -> None:
    box = make_sandbox(tmp_path, extra_toml='[digest]\nformats = ["xlsx", "doc"]\n')
    with pytest.raises(ConfigError, match="doc") as err:
        configfile.load(box.config)
    assert err.value.key == "digest.formats"


def lpse(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--config", str(config), *args])
    return result.exit_code, result.output


def test_digest_send_from_the_cli(tmp_path: Path) -> None:
    box = make_sandbox(tmp_path / "office")
    assert lpse(box.config, "db", "upgrade")[0] == 0
    code, out = lpse(box.config, "digest", "send", "--period", "2026-10", "--reason", "diminta Kasubag")
    assert code == 0, out
    assert "Ringkasan Oktober 2026 diantrekan untuk" in out and ADMIN in out and KASUBAG in out
    assert "0 masuk" in out and "Formulir-Pencatatan-Remote-Akses-2026-10-01.xlsx" in out
    code, out = lpse(box.config, "digest", "send", "--period", "2026-10")
    assert code == 1 and "sudah diantrekan" in out
    code, out = lpse(box.config, "digest", "send", "--period", "kemarin")
    assert code == 2 and "--period" in out

    cfg = configfile.load(box.config)
    db = Database(cfg.database.url)
    clock = FakeClock(datetime.now(WIB) + timedelta(minutes=1))
    sender = Outbox(db, cfg, Service(cfg), MaildirTransport(Path(cfg.smtp.path)), MailRenderer(), clock)
    assert asyncio.run(sender.send_due()) == 2
    for address in (ADMIN, KASUBAG):
        mails = [message_from_bytes(m, policy=policy.default) for m in read_mailbox(box.mailbox_of(address))]
        assert [m["X-LPSE-Akses-Template"] for m in mails] == ["digest"]
        assert len(attachments(mails[0])) == 2  # type: ignore[arg-type]
    with db.reading() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.event == "DigestQueued"))
        assert event is not None and event.channel == "cli" and "diminta Kasubag" in event.data


def test_digest_send_defaults_to_the_week_that_just_ended(tmp_path: Path) -> None:
    box = make_sandbox(tmp_path / "office")
    assert lpse(box.config, "db", "upgrade")[0] == 0
    code, out = lpse(box.config, "digest", "send")
    assert code == 0, out
    now = datetime.now(WIB)
    monday = now.date() - timedelta(days=now.weekday())
    if now < datetime.combine(monday, time(7, 0), tzinfo=WIB):
        monday -= timedelta(days=7)  # before this Monday's slot the week that ended last is the one before
    label = digest_period(monday - timedelta(days=7), monday - timedelta(days=1)).label
    assert f"Ringkasan {label} diantrekan" in out

def test_the_help_lists_digest_send() -> None:
    code, out = lpse(Path("/nonexistent.toml"), "digest", "--help")
    assert code == 0 and "send" in out
