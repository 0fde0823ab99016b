"""Intake on real mail stores: oversized mail, a recreated folder, a server killed in IDLE,
quarantine and replay, bounces. Dovecot is real, faults happen at the server, nothing is mocked.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from cli.main import cli
from daemon.core.message import ParsedMessage
from daemon.demo.sandbox import ADMIN, Sandbox, drop_mail, make_sandbox, read_mailbox
from daemon.mail.inbox import InboxUnavailable
from daemon.mail.inbox.imap import ImapInbox
from daemon.mail.inbox.maildir import MaildirInbox
from daemon.mail.parser import parse_message
from daemon.service import Service
from daemon.setup import configfile
from daemon.setup.config import Config
from daemon.store.db import Database
from daemon.store.models import AccessRequest, InboundMessage, OutboxMail
from daemon.workers.intake import Intake
from daemon.workers.mailbox_loop import MailboxLoop
from tests.conversation import Mail, Office, letter
from tests.helpers import FakeClock, fresh_db, sandbox_config
from tests.servers.dovecot import DovecotServer
from tests.servers.fixtures import MailAccount, mailbox_config, new_account

VENDOR = "budi.santoso@majujaya.co.id"
LIMIT = 20_000
PAD = ("Lampiran hasil pindaian surat permohonan, halaman berikutnya. " * 2 + "\n") * 600  # ~75 KB


def request_body(n: int) -> str:
    return f"""Dengan hormat,

Bersama ini kami mengajukan permohonan remote akses ke server LPSE Kota Salatiga.

Nama: Teknisi Nomor {n}
Instansi: PT Maju Jaya Teknologi
Tujuan: Pemeliharaan aplikasi SPSE tahap {n}
Hak Akses: SSH
Mulai: hari ini
Selesai: besok

Hormat kami
"""


def request(n: int, sender: str = VENDOR) -> bytes:
    return letter(sender, request_body(n), subject=f"Permohonan Remote Akses {n}")


def imap_cfg(tmp_path: Path, server: DovecotServer, account: MailAccount, **changes: object) -> Config:
    """The sandbox office, reading its mail from `account` on the real Dovecot."""
    cfg = sandbox_config(tmp_path / "office")
    return replace(cfg, mailbox=mailbox_config(server, account, **changes))


def imap_intake(cfg: Config, clock: Callable[[], datetime]) -> tuple[Intake, Database]:
    db = fresh_db(cfg)
    inbox = ImapInbox(cfg.mailbox, timeout=5)
    inbox.connect()
    return Intake(db, cfg, Service(cfg), inbox, clock), db


def folder_flags(server: DovecotServer, account: MailAccount, folder: str) -> list[tuple[bytes, ...]]:
    client = server.client(account.address, folder=folder)
    try:
        return [d[b"FLAGS"] for d in client.fetch(client.search(), ["FLAGS"]).values()]
    finally:
        client.logout()


def session_stats(server: DovecotServer, address: str, sessions: int) -> list[dict[str, int]]:
    """Dovecot's own account of what each finished IMAP session of `address` sent (its logout line)."""
    deadline = time.monotonic() + 5
    while True:
        lines = [line for line in server.log().splitlines() if f"imap({address})" in line and "Logged out" in line]
        if len(lines) >= sessions or time.monotonic() > deadline:
            return [{k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", line.split("Logged out", 1)[1])} for line in lines]
        time.sleep(0.05)


def outbox(db: Database, template: str) -> list[OutboxMail]:
    with db.reading() as s:
        return list(s.scalars(select(OutboxMail).where(OutboxMail.template == template).order_by(OutboxMail.id)))


# -- oversized mail ---------------------------------------------------------------------------


def big(sender: str, subject: str, headers: dict[str, str] | None = None) -> bytes:
    return letter(sender, request_body(99) + PAD, subject=subject, headers=headers)


def big_report(sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = f"Mail Delivery System <{sender}>", "lpse@salatiga.go.id", "Undelivered Mail"
    msg["Message-ID"] = make_msgid(domain="mx.majujaya.co.id")
    msg.set_content("Pesan Anda tidak dapat dikirim.\n")
    msg.add_attachment(PAD.encode(), maintype="application", subtype="octet-stream", filename="kembali.bin")
    msg.replace_header("Content-Type", 'multipart/report; report-type=delivery-status; boundary="' + str(msg.get_boundary()) + '"')
    return msg.as_bytes()


@pytest.mark.servers
def test_oversized_mail_is_moved_aside_unread_and_its_sender_told_once_an_hour(
    dovecot: DovecotServer, mail_account: MailAccount, tmp_path: Path
) -> None:
    cfg = imap_cfg(tmp_path, dovecot, mail_account, max_message_size=LIMIT)
    clock = FakeClock()
    first, second = big(VENDOR, "Permohonan + scan 1"), big(VENDOR, "Permohonan + scan 2")
    auto = big("cuti@majujaya.co.id", "Pesan otomatis: sedang cuti", {"Auto-Submitted": "auto-replied"})
    report = big_report("postmaster@mx.majujaya.co.id")  # a report, not from "mailer-daemon"
    for raw in (first, request(1), second, auto, report):
        assert len(raw) > LIMIT or raw.startswith(b"From")
        dovecot.deliver(mail_account.address, raw)
    intake, db = imap_intake(cfg, clock)
    result = intake.run_pass()
    intake.inbox.close()

    # The server's own count: what our session downloaded is the small letter and headers, no large body.
    (stats,) = session_stats(dovecot, mail_account.address, 1)
    assert stats["body_count"] == 1 and stats["body_bytes"] < LIMIT and stats["out"] < LIMIT, stats
    assert result.seen == 5 and result.handled == 1
    with db.reading() as s:
        rows = {r.subject: r for r in s.scalars(select(InboundMessage))}
    oversized = [r for r in rows.values() if r.status == "oversized"]
    assert len(oversized) == 4 and all(r.raw is None and r.size > LIMIT for r in oversized)
    assert rows["Permohonan Remote Akses 1"].status == "handled"
    assert folder_flags(dovecot, mail_account, "INBOX") == []
    big_flags = folder_flags(dovecot, mail_account, "Terlalu-Besar")
    assert len(big_flags) == 4 and all(b"\\Seen" not in f for f in big_flags)
    assert len(folder_flags(dovecot, mail_account, "Diproses")) == 1
    # One "too large" answer to the vendor, none to the auto-reply or the report.
    assert [m.recipient for m in outbox(db, "oversized")] == [VENDOR]

    # Within the hour a third one gets no answer; after it, a new one does.
    clock.advance(minutes=40)
    dovecot.deliver(mail_account.address, big(VENDOR, "Permohonan + scan 3"))
    intake.inbox.connect()
    intake.run_pass()
    assert [m.recipient for m in outbox(db, "oversized")] == [VENDOR]
    clock.advance(minutes=30)
    dovecot.deliver(mail_account.address, big(VENDOR, "Permohonan + scan 4"))
    intake.run_pass()
    intake.inbox.close()
    assert [m.recipient for m in outbox(db, "oversized")] == [VENDOR, VENDOR]
    assert len(folder_flags(dovecot, mail_account, "Terlalu-Besar")) == 6


def test_maildir_headers_stop_at_the_blank_line(tmp_path: Path) -> None:
    box = MaildirInbox(tmp_path / "inbox")
    box.connect()
    drop_mail(tmp_path / "inbox", big(VENDOR, "Besar"))
    (ref,) = box.list_new(0)
    head = box.headers(ref)
    assert head.endswith(b"\n\n") and b"Subject: Besar" in head and b"Lampiran" not in head
    assert len(head) < 1000 < ref.size


# -- UIDVALIDITY --------------------------------------------------------------------------------


@pytest.mark.servers
def test_recreated_folder_is_resynced_without_duplicates(dovecot: DovecotServer, mail_account: MailAccount, tmp_path: Path) -> None:
    cfg = imap_cfg(tmp_path, dovecot, mail_account, folder="Permohonan")
    without_id = re.sub(rb"(?m)^Message-ID:.*\r?\n", b"", request(3))
    raws = [request(1), request(2), without_id]
    admin = dovecot.client(mail_account.address, folder=None)
    admin.create_folder("Permohonan")
    for raw in raws:
        admin.append("Permohonan", raw)
    intake, db = imap_intake(cfg, FakeClock())
    assert intake.run_pass().handled == 3

    # Someone deletes the folder and puts the same mail back (a restore), plus one new letter.
    admin.delete_folder("Permohonan")
    admin.create_folder("Permohonan")
    for raw in raws + [request(4)]:
        admin.append("Permohonan", raw)
    admin.logout()
    with pytest.raises(InboxUnavailable, match="recreated"):
        intake.run_pass()  # the old view of the folder would show nothing new, ever
    intake.inbox.connect()  # what the mailbox loop does after InboxUnavailable
    intake.run_pass()
    intake.run_pass()
    intake.inbox.close()

    with db.reading() as s:
        letters = s.scalar(select(func.count()).select_from(InboundMessage))
        requests = s.scalar(select(func.count()).select_from(AccessRequest))
    assert (letters, requests) == (4, 4)
    assert folder_flags(dovecot, mail_account, "Permohonan") == []
    assert len(folder_flags(dovecot, mail_account, "Diproses")) == 3 + 4
    alerts = [m for m in outbox(db, "admin_alert") if m.context.get("alert") == "uidvalidity"]
    assert [m.recipient for m in alerts] == [ADMIN]


# -- a server killed in IDLE ----------------------------------------------------------------------


def wait_for(predicate: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


@pytest.mark.servers
def test_dovecot_killed_during_idle_loses_nothing_and_doubles_nothing(tmp_path: Path) -> None:
    with DovecotServer() as server:
        account = new_account(server)
        cfg = imap_cfg(tmp_path, server, account, poll_interval=30.0)
        db = fresh_db(cfg)
        inbox = ImapInbox(cfg.mailbox, timeout=5)
        loop = MailboxLoop(db, cfg, Service(cfg), inbox, lambda: datetime.now(timezone.utc), lambda: None)

        def handled() -> int:
            with db.reading() as s:
                return int(s.scalar(select(func.count()).where(InboundMessage.status == "handled")) or 0)

        loop.start()
        try:
            wait_for(loop.connected.is_set)
            for n in (1, 2, 3):
                server.deliver(account.address, request(n))
            wait_for(lambda: handled() == 3)
            time.sleep(0.5)  # back in IDLE
            assert inbox.uses_idle
            for n in (4, 5):
                server.deliver(account.address, request(n))
            server.kill()  # maybe before, maybe while they are handled
            time.sleep(1.5)
            assert not loop.connected.is_set()
            server.start()
            for n in (6, 7, 8):
                server.deliver(account.address, request(n))
            wait_for(lambda: handled() == 8)
            wait_for(lambda: len(folder_flags(server, account, "Diproses")) == 8, timeout=10)
        finally:
            loop.stop()
        with db.reading() as s:
            numbers = s.scalars(select(AccessRequest.fields)).all()
            letters = s.scalars(select(InboundMessage.message_id)).all()
        assert len(numbers) == 8 and len(set(letters)) == 8
        assert sorted(str(f["purpose"]) for f in numbers) == sorted(f"Pemeliharaan aplikasi SPSE tahap {n}" for n in range(1, 9))
        assert folder_flags(server, account, "INBOX") == []


# -- quarantine and replay on the sandbox -----------------------------------------------------------


def lpse(box: Sandbox, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--config", str(box.config), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_quarantine_after_three_failures_and_replay_after_the_fix(tmp_path: Path) -> None:
    box = make_sandbox(tmp_path / "office")
    cfg = configfile.load(box.config)
    db = fresh_db(cfg)
    inbox = MaildirInbox(box.inbox)
    inbox.connect()

    def parse_without_the_fix(raw: bytes) -> ParsedMessage:
        """The parser as it was before a fix: this charset made it fail."""
        if b"x-mac-turkish" in raw:
            raise LookupError("unknown encoding: x-mac-turkish")
        return parse_message(raw)

    intake = Intake(db, cfg, Service(cfg), inbox, FakeClock(), parse=parse_without_the_fix)
    drop_mail(box.inbox, b"Subject: tanpa pengirim\r\nTo: lpse@salatiga.go.id\r\n\r\nhalo\r\n")
    breaking = request(7).replace(b'charset="utf-8"', b'charset="x-mac-turkish"')
    assert b"x-mac-turkish" in breaking
    drop_mail(box.inbox, breaking)

    outcomes = [intake.run_pass() for _ in range(3)]
    assert [(r.quarantined, r.failed) for r in outcomes] == [(1, 1), (0, 1), (1, 0)]
    assert inbox.list_new(0) == []
    assert len(list((box.inbox / ".Karantina" / "new").iterdir())) == 2
    with db.reading() as s:
        rows = list(s.scalars(select(InboundMessage).order_by(InboundMessage.id)))
    assert [r.status for r in rows] == ["quarantined", "quarantined"]
    no_from, failing = rows
    assert "pengirim" in (no_from.reason or "") and "3 kali (LookupError)" in (failing.reason or "")
    notices = outbox(db, "quarantined")
    assert [m.recipient for m in notices] == [ADMIN, ADMIN]

    listed = lpse(box, "quarantine", "list")
    assert f"#{no_from.id}" in listed and f"#{failing.id}" in listed and VENDOR in listed
    shown = lpse(box, "quarantine", "show", f"#{failing.id}")
    assert "LookupError" in shown and "Permohonan Remote Akses 7" in shown

    # The fix is in (the CLI runs the real parser): replay handles it; the other stays.
    replayed = lpse(box, "quarantine", "replay", f"#{failing.id}", "--reason", "pembaca charset diperbaiki")
    assert "handled" in replayed
    with db.reading() as s:
        assert s.get(InboundMessage, failing.id).status == "handled"  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(AccessRequest)) == 1
    listed = lpse(box, "quarantine", "list")
    assert f"#{failing.id}" not in listed and f"#{no_from.id}" in listed
    assert "quarantined" in lpse(box, "quarantine", "replay", f"#{no_from.id}", "--reason", "coba lagi")


# -- bounces on the running sandbox -------------------------------------------------------------------


def dsn(returned: Mail, *, reporter: str = "MAILER-DAEMON@mx.majujaya.co.id") -> bytes:
    """An RFC 3464 report for our message `returned`, as Postfix writes one."""
    head = returned.raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode()
    msgid = make_msgid(domain="mx.majujaya.co.id")
    return f"""From: Mail Delivery System <{reporter}>
To: lpse@salatiga.go.id
Subject: Undelivered Mail Returned to Sender
Message-ID: {msgid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND"

--B0UND
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.majujaya.co.id.

<{VENDOR}>: host mx.majujaya.co.id said: 550 5.1.1 user unknown

--B0UND
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.majujaya.co.id

Final-Recipient: rfc822; {VENDOR}
Action: failed
Status: 5.1.1

--B0UND
Content-Type: text/rfc822-headers

{head}

--B0UND--
""".replace("\n", "\r\n").encode()


def test_bounce_of_our_ack_marks_it_bounced_and_alerts_once(tmp_path: Path) -> None:
    box = make_sandbox(tmp_path / "office")
    cfg = configfile.load(box.config)
    def deliver(raw: bytes) -> None:
        drop_mail(box.inbox, raw)

    with Office(cfg, deliver, lambda a: read_mailbox(box.mailbox_of(a))) as office:
        office.send(request(1))
        ack = office.mail_to(VENDOR, "ack_received")
        bounce = dsn(ack)
        office.send(bounce)
        db = Database(cfg.database.url)

        def bounced() -> list[OutboxMail]:
            with db.reading() as s:
                return list(s.scalars(select(OutboxMail).where(OutboxMail.status == "bounced")))

        wait_for(lambda: bool(bounced()), timeout=20)
        assert [r.message_id for r in bounced()] == [ack.message_id]
        office.mail_to(ADMIN, "admin_alert")
        office.send(bounce)  # the same report again
        office.send(bounce.replace(b"Message-ID: <", b"Message-ID: <again.", 1))  # and a copy under a new id
        office.settle(2.5)
        alerts = [m for m in outbox(db, "admin_alert") if m.context.get("alert") == "bounce"]
        assert [m.recipient for m in alerts] == [ADMIN]
        assert len([m for m in office.mails_to(ADMIN) if m.template == "admin_alert"]) == 1
        with db.reading() as s:
            statuses = s.scalars(select(InboundMessage.status).where(InboundMessage.kind == "bounce")).all()
            to_daemons = s.scalars(select(OutboxMail.recipient).where(OutboxMail.recipient.like("%daemon%"))).all()
        assert statuses == ["handled", "handled"]  # the same bytes twice are one row; the copy marks nothing new
        assert to_daemons == [] and read_mailbox(box.mailbox_of("mailer-daemon@mx.majujaya.co.id")) == []
