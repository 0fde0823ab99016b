"""The SOP as a mail dialogue over real servers: Dovecot (IMAP, IMAPS, LMTP) in, the SMTP relay out.

Every participant is a real Dovecot account and reads real mail over IMAP; the vendor's and
the Kasubag's letters reach the LPSE mailbox over LMTP, as from the office's MTA.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conversation import Mail, letter
from tests.real_office import FIRST, YEAR, RealOffice, RealOfficeRunning, complete_letter, make_office, running
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RelaySmtpServer

pytestmark = pytest.mark.servers


def state_of(real: RealOffice, number: str = FIRST) -> str:
    return str(json.loads(real.lpse("requests", "show", number, "--json").output)["state"])


def asked(office: RealOfficeRunning) -> tuple[str, Mail]:
    """The vendor's letter arrives; (the ack's Message-ID, the approval mail) once both are out."""
    p = office.real.people
    office.send(letter(p.vendor, complete_letter(p.vendor), name="Budi Santoso", to=p.lpse))
    ack = office.mail_to(p.vendor, "ack_received")
    assert ack.subject.startswith(f"[{FIRST}]")
    return ack.message_id, office.mail_to(p.kasubag, "approval_request")


def test_sop_from_letter_to_closed_register_row(office: RealOfficeRunning, real: RealOffice) -> None:
    p = real.people
    # 1-2: the letter arrives in the LPSE mailbox and is acknowledged with its number.
    office.send(letter(p.vendor, complete_letter(p.vendor), name="Budi Santoso", to=p.lpse))
    ack = office.mail_to(p.vendor, "ack_received")
    assert ack.subject.startswith(f"[{FIRST}]")
    assert ack.header("Auto-Submitted") == "auto-replied"
    office.handled(1)
    assert office.folder("INBOX") == []  # moved to Diproses, never deleted
    [flags] = office.flags("Diproses")
    assert b"\\Seen" not in flags  # fetched with BODY.PEEK[]: still unread for the office

    # 3: the Kasubag is asked; a GET of the link (a mail scanner, a preview) decides nothing.
    approval = office.mail_to(p.kasubag, "approval_request")
    approve_url, _reject_url = approval.links()
    page = office.get(approve_url)
    assert page.status_code == 200 and "Setujui" in page.text
    assert office.get(approve_url).status_code == 200
    assert state_of(real) == "pending_approval"

    # 4: the POST decides.
    assert office.confirm(approve_url).status_code == 200

    # 5: the account is created and the credentials reach the vendor's real mailbox.
    creds = office.mail_to(p.vendor, "credentials")
    username = f"ra{YEAR % 100:02d}_0001"
    assert username in creds.text
    assert approval.message_id not in creds.header("References") + creds.header("In-Reply-To")
    assert f"create {username} rights=ssh" in real.sandbox.accounts_log.read_text()
    office.mail_to(p.admin, "grant_notice")
    assert state_of(real) == "active"

    # 6: the vendor says the work is done; the account is disabled, the request closed.
    office.send(letter(p.vendor, "Pekerjaan sudah selesai, mohon akun ditutup.", reply_to=ack, to=p.lpse))
    closed = office.mail_to(p.vendor, "closed")
    assert closed.subject.startswith(f"[{FIRST}]")
    office.mail_to(p.admin, "closed")
    assert f"disable {username}" in real.sandbox.accounts_log.read_text()
    shown = json.loads(real.lpse("requests", "show", FIRST, "--json").output)
    assert shown["state"] == "closed" and shown["granted_at"] and shown["closed_at"]

    # 7: the register row has both times.
    out = real.root / "register.csv"
    real.lpse("register", "export", "--format", "csv", "-o", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 1
    assert rows[0]["Username"] == username and rows[0]["Waktu Pemberian"] and rows[0]["Waktu Penutupan"]


def test_approval_by_reply_setuju(office: RealOfficeRunning, real: RealOffice) -> None:
    p = real.people
    _, approval = asked(office)
    office.send(letter(p.kasubag, "SETUJU", reply_to=approval, to=p.lpse))
    creds = office.mail_to(p.vendor, "credentials")
    assert f"ra{YEAR % 100:02d}_0001" in creds.text
    assert state_of(real) == "active"


def test_rejection_by_reply_with_its_reason(office: RealOfficeRunning, real: RealOffice) -> None:
    p = real.people
    _, approval = asked(office)
    office.send(letter(p.kasubag, "TOLAK karena surat tugas belum ada", reply_to=approval, to=p.lpse))
    rejected = office.mail_to(p.vendor, "decision_rejected")
    assert "surat tugas belum ada" in rejected.text
    assert state_of(real) == "rejected"
    log = real.sandbox.accounts_log
    assert not log.exists() or "create" not in log.read_text()


@pytest.mark.parametrize("threading", ["the vendor's thread", "the tag only"])
def test_a_spoofed_setuju_decides_nothing_and_alerts_the_admin(
    office: RealOfficeRunning, real: RealOffice, threading: str
) -> None:
    p = real.people
    ack_id, _approval = asked(office)
    # From the Kasubag's address, about the request, but not a reply to *his* approval mail.
    refs = {"In-Reply-To": ack_id, "References": ack_id} if threading == "the vendor's thread" else {}
    office.send(letter(p.kasubag, "SETUJU", subject=f"Re: [{FIRST}] Permohonan Remote Akses", to=p.lpse, headers=refs))
    alert = office.mail_to(p.admin, "admin_alert")
    assert p.kasubag in alert.text
    office.handled(2)
    office.drained()
    assert state_of(real) == "pending_approval"
    assert [m.template for m in office.mails_to(p.vendor)] == ["ack_received"]


def test_an_unclear_reply_is_answered_once(office: RealOfficeRunning, real: RealOffice) -> None:
    p = real.people
    _, approval = asked(office)
    office.send(letter(p.kasubag, "Nanti saya pelajari dulu berkasnya.", reply_to=approval, to=p.lpse))
    unclear = office.mail_to(p.kasubag, "reply_unclear")
    assert unclear.subject.startswith(f"[{FIRST}]")
    office.send(letter(p.kasubag, "Masih saya pelajari, mohon ditunggu.", reply_to=approval, to=p.lpse))
    office.handled(3)
    rows = office.drained()
    assert [r.template for r in rows].count("reply_unclear") == 1
    assert [m.template for m in office.mails_to(p.kasubag)] == ["approval_request", "reply_unclear"]
    assert state_of(real) == "pending_approval"


@pytest.mark.parametrize("smtp_security", ["starttls", "tls"])
def test_the_sop_over_imaps_and_smtp_tls_with_login(tmp_path: Path, dovecot: DovecotServer, smtp_security: str) -> None:
    starttls, implicit = smtp_security == "starttls", smtp_security == "tls"
    with RelaySmtpServer(
        dovecot, username="lpse-kirim", password="rahasia-smtp", starttls=starttls, implicit_tls=implicit
    ) as relay:
        real = make_office(
            tmp_path, dovecot, relay,
            mailbox={"port": dovecot.imaps_port, "security": "tls", "tls_ca_file": str(dovecot.ca_file)},
            smtp={"security": smtp_security, "tls_ca_file": relay.ca_file, "username": "lpse-kirim"},
            smtp_password="rahasia-smtp",
        )  # fmt: skip
        p = real.people
        with running(real, dovecot) as office:
            _, approval = asked(office)
            office.send(letter(p.kasubag, "Setuju, silakan.", reply_to=approval, to=p.lpse))
            office.mail_to(p.vendor, "credentials")
        assert relay.auth_attempts >= 1
        assert all(r.envelope_from == p.lpse for r in relay.received)
