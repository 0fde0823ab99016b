"""A mailbox people already use (issue 8.1), on the real Dovecot with the defaults an office gets.

The office's INBOX holds 2,000 messages before lpse-akses first looks: newsletters, vendors'
questions, old request letters, some read, some flagged. The first start records them as
history and touches nothing; only mail that arrives afterwards is worked, and of that only
the SOP's own leaves the INBOX. A restart fetches no body it has already seen. `mailbox
adopt` lists, then takes in, the old letters an admin chooses.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, make_msgid

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select

from daemon.mail.inbox.imap import ImapInbox
from daemon.service import Service
from daemon.store.db import Database
from daemon.store.models import AccessRequest, AuditEvent, InboundMessage, OutboxMail
from daemon.workers.intake import Intake
from tests.conversation import letter
from tests.helpers import FakeClock, fresh_db
from tests.integration.test_intake_robustness import request_body, session_stats
from tests.real_office import RealOffice, make_office
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RelaySmtpServer

EXISTING = 2_000
OLD_REQUESTS = 40  # one every 50 messages, the last 10 of them since ADOPT_SINCE
START = datetime(2026, 6, 1, 2, 0, tzinfo=timezone.utc)
ADOPT_SINCE = START + timedelta(hours=6 * 1_500)


def old_message(n: int) -> tuple[bytes, tuple[bytes, ...], datetime]:
    """Message `n` of the old INBOX: (bytes, its flags, its date); every 50th is a request letter."""
    when = START + timedelta(hours=6 * n)
    headers = {"Date": format_datetime(when), "Message-ID": make_msgid(f"old{n}", "lama.test")}
    if n % 50 == 49:
        raw = letter(f"vendor{n}@majujaya.test", request_body(n), subject="Permohonan remote akses", headers=headers)
    elif n % 3 == 0:
        headers["List-Id"] = "Berita LKPP <berita.lkpp.go.id>"
        raw = letter("berita@lkpp.test", f"Berita LKPP nomor {n}: pembaruan SPSE.\n", subject=f"Berita LKPP {n}", headers=headers)
    else:
        raw = letter(f"penyedia{n}@contoh.test", f"Mohon info jadwal tender paket {n}.\n", subject=f"Tanya tender {n}", headers=headers)
    flags = ((b"\\Seen",) if n % 4 else ()) + ((b"\\Flagged",) if n % 17 == 0 else ())
    return raw, flags, when


def fill_inbox(server: DovecotServer, address: str, password: str) -> None:
    with IMAPClient(server.host, server.imap_port, ssl=False, timeout=30) as imap:
        imap.login(address, password)
        for n in range(EXISTING):
            raw, flags, when = old_message(n)
            imap.append("INBOX", raw, flags, msg_time=when)


def inbox_state(server: DovecotServer, address: str, password: str, folder: str = "INBOX") -> dict[str, tuple[bytes, ...]]:
    """Message-ID -> flags (without \\Recent) of every message in `folder`, read without changing anything."""
    with IMAPClient(server.host, server.imap_port, ssl=False, timeout=30) as imap:
        imap.login(address, password)
        if not imap.folder_exists(folder):
            return {}
        imap.select_folder(folder, readonly=True)
        uids = imap.search()
        if not uids:
            return {}
        data = imap.fetch(uids, ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        state = {}
        for item in data.values():
            mid = bytes(item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]).decode().split(":", 1)[1].strip()
            state[mid] = tuple(sorted(f for f in item[b"FLAGS"] if f != b"\\Recent"))
        return state


def count(db: Database, model: type, *where: object) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def logouts(server: DovecotServer, address: str) -> int:
    return sum(1 for line in server.log().splitlines() if f"imap({address})" in line and "Logged out" in line)


@pytest.mark.servers
def test_a_lived_in_mailbox_is_left_alone_and_only_new_mail_is_worked(
    tmp_path, dovecot: DovecotServer, smtp_relay: RelaySmtpServer
) -> None:
    office: RealOffice = make_office(tmp_path / "office", dovecot, smtp_relay)
    lpse, password = office.people.lpse, office.people.passwords[office.people.lpse]
    fill_inbox(dovecot, lpse, password)
    before = inbox_state(dovecot, lpse, password)
    assert len(before) == EXISTING

    cfg = office.config()
    assert (cfg.mailbox.existing_mail, cfg.mailbox.unrelated) == ("history", "leave")  # what an office gets
    db = fresh_db(cfg)
    clock = FakeClock()
    inbox = ImapInbox(cfg.mailbox, timeout=30)
    inbox.connect()
    intake = Intake(db, cfg, Service(cfg), inbox, clock)
    started = time.perf_counter()
    first = intake.run_pass()
    first_start = time.perf_counter() - started

    assert first.history == EXISTING and first.seen == 0
    assert count(db, OutboxMail) == 0 and count(db, AccessRequest) == 0
    assert count(db, InboundMessage, InboundMessage.status == "history", InboundMessage.raw.is_(None)) == EXISTING
    assert inbox_state(dovecot, lpse, password) == before  # all there, flags untouched

    # After the first start: a new request letter and a new newsletter arrive.
    new_request = letter(office.people.vendor, request_body(7000), subject="Permohonan remote akses")
    newsletter = letter("berita@lkpp.test", "Berita LKPP: jadwal pelatihan.\n", subject="Berita LKPP baru")
    dovecot.deliver(lpse, new_request)
    dovecot.deliver(lpse, newsletter)
    second = intake.run_pass()
    assert (second.seen, second.handled) == (2, 1)
    assert count(db, AccessRequest) == 1
    sent_after_new = count(db, OutboxMail)
    assert sent_after_new >= 2  # the acknowledgement and the approval mail, about the new letter only
    with db.reading() as s:
        recipients = set(s.scalars(select(OutboxMail.recipient)))
    assert not any(r.startswith("vendor") for r in recipients)
    now_inbox = inbox_state(dovecot, lpse, password)
    assert len(now_inbox) == EXISTING + 1 and all(now_inbox[mid] == flags for mid, flags in before.items())
    (left,) = set(now_inbox) - set(before)
    assert now_inbox[left] == ()  # the newsletter stays unread where the admins read mail
    assert len(inbox_state(dovecot, lpse, password, cfg.mailbox.processed_folder)) == 1
    inbox.close()

    # A restart: a new connection, a new intake, the same database; nothing sent, no body fetched.
    sessions = logouts(dovecot, lpse)
    inbox = ImapInbox(cfg.mailbox, timeout=30)
    inbox.connect()
    started = time.perf_counter()
    again = Intake(db, cfg, Service(cfg), inbox, clock).run_pass()
    restart = time.perf_counter() - started
    inbox.close()
    assert again.seen == 0 and count(db, OutboxMail) == sent_after_new
    stats = session_stats(dovecot, lpse, sessions + 1)[-1]
    assert stats["body_count"] == 0, stats
    print(f"\nlived-in mailbox: {EXISTING} messages; first start {first_start:.2f} s, 0 mails, 0 moved; "
          f"restart {restart * 1000:.0f} ms, {stats['body_count']} bodies fetched, {stats['out']} bytes out")  # fmt: skip

    # `mailbox adopt`: the dry run lists the old letters since the day, and changes nothing.
    midnight = ADOPT_SINCE.astimezone(cfg.office.tz).replace(hour=0, minute=0)
    day = midnight.strftime("%Y-%m-%d")
    dry = office.lpse("mailbox", "adopt", "--since", day).output
    adoptable = [n for n in range(EXISTING) if n % 50 == 49 and old_message(n)[2] >= midnight]
    assert f"{len(adoptable)} dari " in dry and "--apply" in dry, dry
    assert dry.count("vendor") == len(adoptable)
    assert count(db, AccessRequest) == 1 and count(db, OutboxMail) == sent_after_new
    office.lpse("mailbox", "adopt", "--since", day, "--apply", code=1)  # no reason, nothing done

    applied = office.lpse("mailbox", "adopt", "--since", day, "--apply", "--reason", "surat November belum dijawab").output
    assert f"{len(adoptable)} pesan riwayat diproses" in applied, applied
    assert count(db, AccessRequest) == 1 + len(adoptable)
    assert count(db, AuditEvent, AuditEvent.event == "HistoryAdopted") == len(adoptable)
    assert count(db, InboundMessage, InboundMessage.status == "history") == EXISTING - len(adoptable)
    assert len(inbox_state(dovecot, lpse, password)) == EXISTING + 1 - len(adoptable)
    assert len(inbox_state(dovecot, lpse, password, cfg.mailbox.processed_folder)) == 1 + len(adoptable)
    listing = office.lpse("requests", "list").output
    assert f"{EXISTING - len(adoptable)} pesan sudah ada sebelum" in listing
    assert f"{EXISTING - len(adoptable)} pesan sudah ada sebelum" in office.lpse("check").output
