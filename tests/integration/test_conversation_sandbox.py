"""The SOP as a mail dialogue on the embedded sandbox (Maildir in, Maildir out, SQLite, the web page)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from cli.main import cli
from daemon.core.password_policy import grouped
from daemon.core.period import format_date_id
from daemon.demo.sandbox import ADMIN, KASUBAG, Sandbox, drop_mail, make_sandbox, read_mailbox
from daemon.setup import configfile
from tests.conversation import Office, letter

VENDOR = "budi.santoso@majujaya.co.id"
YEAR = datetime.now(ZoneInfo("Asia/Jakarta")).year
FIRST = f"RA-{YEAR}-0001"

COMPLETE = """Dengan hormat,

Bersama ini kami mengajukan permohonan remote akses ke server LPSE Kota Salatiga.

Nama: Budi Santoso
Instansi: PT Maju Jaya Teknologi
Email: budi.santoso@majujaya.co.id
Tujuan: Pemeliharaan aplikasi SPSE
Hak Akses: SSH
Mulai: hari ini
Selesai: besok

Hormat kami,
Budi Santoso
"""


@pytest.fixture
def sandbox(tmp_path: Path) -> Sandbox:
    return make_sandbox(tmp_path / "office")


@pytest.fixture
def office(sandbox: Sandbox) -> Iterator[Office]:
    cfg = configfile.load(sandbox.config)
    with Office(cfg, lambda raw: drop_mail(sandbox.inbox, raw), lambda a: read_mailbox(sandbox.mailbox_of(a))) as running:
        yield running


def lpse(sandbox: Sandbox, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--config", str(sandbox.config), *args])
    assert result.exit_code == 0, result.output
    return result.output


def state_of(sandbox: Sandbox, number: str) -> str:
    return str(json.loads(lpse(sandbox, "requests", "show", number, "--json"))["state"])


def test_sop_from_letter_to_closed_register_row(office: Office, sandbox: Sandbox) -> None:
    # 1-2: the vendor's letter arrives and is acknowledged with its number.
    office.send(letter(VENDOR, COMPLETE, name="Budi Santoso"))
    ack = office.mail_to(VENDOR, "ack_received")
    assert ack.subject.startswith(f"[{FIRST}]")
    assert ack.header("Auto-Submitted") == "auto-replied"

    # 3: the Kasubag is asked, with links; opening a link decides nothing.
    approval = office.mail_to(KASUBAG, "approval_request")
    approve_url, reject_url = approval.links()
    page = office.get(approve_url)
    assert page.status_code == 200 and "Setujui" in page.text
    office.settle(1.0)
    assert state_of(sandbox, FIRST) == "pending_approval"
    assert approval.message_id not in ack.header("References")

    # 4: the Kasubag confirms on the page (POST).
    assert office.confirm(approve_url).status_code == 200

    # 5: the account is created and sent; the register row opens.
    creds = office.mail_to(VENDOR, "credentials")
    username = f"ra{YEAR % 100:02d}_0001"
    assert username in creds.text
    assert approval.message_id not in creds.header("References") + creds.header("In-Reply-To")
    log = sandbox.accounts_log.read_text()
    assert f"create {username} rights=ssh" in log and "password_length=16" in log
    notice = office.mail_to(ADMIN, "grant_notice")
    assert username in notice.text
    password = _password(creds.text)
    assert password not in notice.text and password not in notice.html
    assert state_of(sandbox, FIRST) == "active"

    # 6: the vendor says the work is done; the account is disabled and the row completed.
    office.send(letter(VENDOR, "Pekerjaan sudah selesai, mohon akun ditutup.", reply_to=ack))
    closed = office.mail_to(VENDOR, "closed")
    assert closed.subject.startswith(f"[{FIRST}]")
    office.mail_to(ADMIN, "closed")
    assert f"disable {username}" in sandbox.accounts_log.read_text()
    shown = json.loads(lpse(sandbox, "requests", "show", FIRST, "--json"))
    assert shown["state"] == "closed" and shown["granted_at"] and shown["closed_at"]

    # 7: the register has the row with both times.
    out = sandbox.root / "register.csv"
    lpse(sandbox, "register", "export", "--format", "csv", "-o", str(out))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["Nama"] == "Budi Santoso" and row["Username"] == username and row["Hak Akses"] == "SSH"  # `access.labels`
    assert row["Waktu Pemberian"] and row["Waktu Penutupan"]

    # The audit trail is intact, and `requests show` tells who did what through which channel.
    assert "utuh" in lpse(sandbox, "audit", "verify")
    history = lpse(sandbox, "requests", "show", FIRST)
    assert "ApprovalGranted" in history and "link" in history and KASUBAG in history and "AccountDisabled" in history


def _password(text: str) -> str:
    for line in text.splitlines():
        if "kata sandi" in line.lower() and ":" in line:
            return line.split(":", 1)[1].strip()
    raise AssertionError("no password line in the credentials mail:\n" + text)


def test_approved_for_a_later_day_the_requester_hears_at_once_and_sees_the_rights_as_asked(office: Office, sandbox: Sandbox) -> None:
    start = datetime.now(ZoneInfo("Asia/Jakarta")).date() + timedelta(days=3)
    body = COMPLETE.replace("Hak Akses: SSH", "Hak Akses: SSH dengan sudo, database read only").replace(
        "Mulai: hari ini\nSelesai: besok", f"Mulai: {format_date_id(start)}\nSelesai: {format_date_id(start + timedelta(days=1))}"
    )
    office.send(letter(VENDOR, body, name="Budi Santoso"))

    # The Kasubag sees the letter's words, what will be granted, and the ask that will not be.
    approval = office.mail_to(KASUBAG, "approval_request")
    assert '"SSH dengan sudo, database read only"' in approval.text
    assert "SSH dan Basis data (hanya baca)" in approval.text  # the labels, not the codes
    assert '"SSH dengan sudo": diminta, tetapi tidak termasuk hak yang akan diberikan' in approval.text
    approve_url, _ = approval.links()
    page = office.get(approve_url)
    assert 'id="ungranted"' in page.text and "SSH dengan sudo" in page.text and "Basis data (hanya baca)" in page.text
    shown = json.loads(lpse(sandbox, "requests", "show", FIRST, "--json"))
    assert shown["fields"]["access_rights"] == ["ssh", "database-readonly"]  # the JSON keeps the codes
    assert shown["fields"]["access_rights_text"] == "SSH dengan sudo, database read only"
    assert shown["fields"]["access_rights_ungranted"] == ["SSH dengan sudo"]

    # Approved days ahead: the requester is told now, and when the account will come.
    assert office.confirm(approve_url).status_code == 200
    told = office.mail_to(VENDOR, "decision_approved")
    assert told.subject.startswith(f"[{FIRST}]") and "disetujui oleh Kasubag Pengelolaan LPSE" in told.text
    assert format_date_id(start) in told.text and "BATAL" in told.text
    office.settle(1.0)
    assert [m.template for m in office.mails_to(VENDOR)].count("credentials") == 0
    assert state_of(sandbox, FIRST) == "approved"


def test_approved_to_start_now_gets_the_credentials_without_a_separate_notice(office: Office, sandbox: Sandbox) -> None:
    office.send(letter(VENDOR, COMPLETE))
    approve_url, _ = office.mail_to(KASUBAG, "approval_request").links()
    assert office.confirm(approve_url).status_code == 200
    office.mail_to(VENDOR, "credentials")
    assert "decision_approved" not in [m.template for m in office.mails_to(VENDOR)]


def test_rejection_with_a_reason(office: Office, sandbox: Sandbox) -> None:
    office.send(letter(VENDOR, COMPLETE))
    approval = office.mail_to(KASUBAG, "approval_request")
    approve_url, reject_url = approval.links()
    assert office.confirm(reject_url, reason="").status_code == 400
    assert state_of(sandbox, FIRST) == "pending_approval"
    assert office.confirm(reject_url, reason="Surat tugas belum dilampirkan").status_code == 200
    rejected = office.mail_to(VENDOR, "decision_rejected")
    assert "Surat tugas belum dilampirkan" in rejected.text
    assert office.get(approve_url).status_code == 410  # the other link died with the decision
    assert state_of(sandbox, FIRST) == "rejected"


def test_incomplete_letter_is_completed_by_the_reply(office: Office, sandbox: Sandbox) -> None:
    office.send(letter(VENDOR, "Dengan hormat,\nKami mengajukan permohonan remote akses ke server LPSE.\n\nNama: Budi Santoso\n"))
    need = office.mail_to(VENDOR, "need_info")
    assert "Instansi" in need.text and "Tujuan" in need.text
    assert state_of(sandbox, FIRST) == "needs_info"
    office.send(
        letter(
            VENDOR,
            "Instansi: PT Maju Jaya Teknologi\nTujuan: Pemeliharaan aplikasi SPSE\nHak Akses: VPN",
            reply_to=need,
        )
    )
    approval = office.mail_to(KASUBAG, "approval_request")
    assert "PT Maju Jaya Teknologi" in approval.text
    assert state_of(sandbox, FIRST) == "pending_approval"


def test_a_newsletter_makes_no_request_and_gets_no_reply(office: Office, sandbox: Sandbox) -> None:
    news = letter(
        "redaksi@beritapengadaan.id",
        "Webinar pengadaan barang dan jasa minggu depan. Daftar sekarang di tautan berikut.",
        subject="Buletin Pengadaan Edisi November",
        headers={"List-Id": "<buletin.beritapengadaan.id>", "Precedence": "bulk"},
    )
    office.send(news)
    office.settle(2.0)
    assert office.mails_to("redaksi@beritapengadaan.id") == []
    assert json.loads(lpse(sandbox, "requests", "list", "--json")) == []


def test_a_pdf_letter_goes_to_the_kasubag_and_the_page_warns_about_the_address(office: Office, sandbox: Sandbox) -> None:
    """The body says only "terlampir"; the letter (a real PDF) travels with the approval mail."""
    raw = (Path(__file__).resolve().parents[1] / "data" / "corpus" / "030-request-pdf-letter-only.eml").read_bytes()
    office.send(raw)
    approval = office.mail_to(KASUBAG, "approval_request")
    attached = {p.get_filename(): p.get_content_type() for p in approval.msg.iter_attachments()}
    assert any(name and name.endswith(".pdf") for name in attached)
    assert "surat-permohonan-asli.eml" in attached
    assert "Rizky Maulana" in approval.text and "pt andalas teknologi nusantara" in approval.text.lower()
    page = office.get(approval.links()[0])
    assert page.status_code == 200
    assert "rizky.maulana@andalastek.co.id" in page.text  # where the credentials will go
    shown = json.loads(lpse(sandbox, "requests", "show", FIRST, "--json"))
    assert sorted(shown["fields"]["access_rights"]) == ["ssh", "vpn"]
    assert shown["requester"] != "rizky.maulana@andalastek.co.id"  # the manager wrote; the page shows the difference


def test_credentials_by_one_time_link(tmp_path: Path) -> None:
    """credentials.delivery = "link": the mail holds a link, the page shows the password once, on a POST."""
    import html
    import re

    import httpx

    box = make_sandbox(tmp_path / "office", delivery="link")
    cfg = configfile.load(box.config)
    with Office(cfg, lambda raw: drop_mail(box.inbox, raw), lambda a: read_mailbox(box.mailbox_of(a))) as office:
        office.send(letter(VENDOR, COMPLETE))
        approval = office.mail_to(KASUBAG, "approval_request")
        assert office.confirm(approval.links()[0]).status_code == 200
        mail = office.mail_to(VENDOR, "credentials_link")
        (url,) = mail.links("c")
        username = f"ra{YEAR % 100:02d}_0001"
        assert username in mail.text
        page = office.get(url)
        assert page.status_code == 200 and "Tampilkan" in page.text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf is not None
        shown = httpx.post(url, data={"csrf": csrf.group(1)}, timeout=10)
        assert shown.status_code == 200
        password = re.search(r'<code class="secret" id="password">([^<]{16,})</code>', shown.text)
        assert password is not None, shown.text
        shown_password = html.unescape(password.group(1))
        assert shown_password not in mail.text and password.group(1) not in mail.html
        assert html.unescape(re.sub(r"<[^>]+>", "", shown.text)).count(grouped(shown_password)) == 1  # read in fours
        assert httpx.post(url, data={"csrf": csrf.group(1)}, timeout=10).status_code == 410  # once only
        assert office.get(url).status_code == 410


def test_an_extension_is_asked_of_the_kasubag_and_makes_a_new_register_row(office: Office, sandbox: Sandbox) -> None:
    office.send(letter(VENDOR, COMPLETE))
    ack = office.mail_to(VENDOR, "ack_received")
    assert office.confirm(office.mail_to(KASUBAG, "approval_request").links()[0]).status_code == 200
    creds = office.mail_to(VENDOR, "credentials")

    # The vendor asks for more time; the Kasubag is asked again (an extension is a new approval).
    until = datetime.now(ZoneInfo("Asia/Jakarta")).date() + timedelta(days=10)
    said = format_date_id(until)  # e.g. "3 Desember 2026"
    office.send(letter(VENDOR, f"PERPANJANG sampai {said}, migrasi data belum selesai.", reply_to=creds))
    question = office.mail_to(KASUBAG, "extension_request")
    assert f"sampai dengan {said} pukul 23.59 WIB" in question.text and "migrasi data belum selesai" in question.text
    page = office.get(question.links()[0])
    assert page.status_code == 200 and said in page.text
    assert office.confirm(question.links()[0]).status_code == 200

    granted = office.mail_to(VENDOR, "extension_granted")
    assert said in granted.text
    username = f"ra{YEAR % 100:02d}_0001"
    office.settle(1.0)
    creates = [line for line in sandbox.accounts_log.read_text().splitlines() if f"create {username}" in line]
    assert len(creates) == 2 and f"expires={until.isoformat()}T23:59+07:00" in creates[-1]
    assert "password_length=0" in creates[-1]  # extending keeps the password
    shown = json.loads(lpse(sandbox, "requests", "show", FIRST, "--json"))
    assert shown["state"] == "active" and shown["grant"]["end"].startswith(f"{until.isoformat()}T23:59")
    out = sandbox.root / "register.csv"
    lpse(sandbox, "register", "export", "--period", "2026", "-o", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 2 and rows[0]["Waktu Penutupan"] and not rows[1]["Waktu Penutupan"]
    assert ack.message_id  # the thread started with the acknowledgement


def test_an_extension_rejected_by_reply_keeps_the_end(office: Office, sandbox: Sandbox) -> None:
    office.send(letter(VENDOR, COMPLETE))
    assert office.confirm(office.mail_to(KASUBAG, "approval_request").links()[0]).status_code == 200
    creds = office.mail_to(VENDOR, "credentials")
    end_before = json.loads(lpse(sandbox, "requests", "show", FIRST, "--json"))["grant"]["end"]
    until = format_date_id(datetime.now(ZoneInfo("Asia/Jakarta")).date() + timedelta(days=12))
    office.send(letter(VENDOR, f"Mohon perpanjangan sampai {until}. PERPANJANG", reply_to=creds))
    question = office.mail_to(KASUBAG, "extension_request")
    office.send(letter(KASUBAG, "TOLAK pekerjaan dapat diselesaikan dalam masa berlaku yang ada", reply_to=question))
    rejected = office.mail_to(VENDOR, "extension_rejected")
    assert "pekerjaan dapat diselesaikan dalam masa berlaku yang ada" in rejected.text
    shown = json.loads(lpse(sandbox, "requests", "show", FIRST, "--json"))
    assert shown["state"] == "active" and shown["grant"]["end"] == end_before
    assert office.get(question.links()[0]).status_code == 410
