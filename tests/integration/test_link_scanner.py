"""A mail scanner that runs JavaScript (issue 9): headless Chromium opens every link of every mail the daemon
sent in a whole conversation, runs the pages' scripts, waits 5 s and follows the links it finds, by GET, as
security gateways and link previews do. Nothing may be decided and no password revealed; the real people's
POSTs still work afterwards. The daemon is real (the sandbox: Maildir, SQLite, its own web server).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, sync_playwright
from sqlalchemy import func, select

from daemon.demo.sandbox import ADMIN, KASUBAG, drop_mail, make_sandbox, read_mailbox
from daemon.setup import configfile
from daemon.store.db import Database
from daemon.store.models import AccessRequest, AuditEvent
from tests.conversation import Mail, Office, letter
from tests.integration.test_approval_browser import CHROMIUM, CHROMIUM_ARGS

VENDOR = "budi.santoso@majujaya.co.id"
LETTER = """Dengan hormat,

Nama: Budi Santoso
Instansi: PT Maju Jaya Teknologi
Email: budi.santoso@majujaya.co.id
Tujuan: Pemeliharaan aplikasi SPSE
Hak Akses: SSH
Mulai: hari ini
Selesai: besok
"""
WAIT_S = 5.0


@pytest.fixture
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's browser with `apt-get install chromium`", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


def every_link(mails: list[Mail]) -> list[str]:
    """The http(s) links in the text and HTML parts of `mails`, each once."""
    found: list[str] = []
    for mail in mails:
        for url in re.findall(r"https?://[^\s\"'<>]+", mail.text + "\n" + (mail.html or "")):
            url = url.rstrip(").,;").replace("&amp;", "&")
            if url not in found:
                found.append(url)
    return found


def scan(browser: Browser, urls: list[str]) -> int:
    """Open every URL in its own tab, let scripts run for WAIT_S, then GET every link the pages show. Pages opened."""
    context = browser.new_context(java_script_enabled=True)
    opened = 0
    try:
        pages = []
        for url in urls:
            page = context.new_page()
            page.goto(url, wait_until="load")
            pages.append(page)
            opened += 1
        time.sleep(WAIT_S)  # the scripts' time: timers, fetches, auto-submits would fire now
        followed = {href for page in pages for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")}
        for href in sorted(followed):
            if href.startswith("http"):
                tab = context.new_page()
                tab.goto(href, wait_until="load")
                opened += 1
        time.sleep(1.0)
    finally:
        context.close()
    return opened


def decisions(db: Database) -> tuple[int, int]:
    with db.reading() as s:
        decided = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.event.in_(("ApprovalGranted", "ApprovalRejected"))))
        revealed = s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.event == "CredentialRevealed"))
    return int(decided or 0), int(revealed or 0)


def test_a_scanner_that_runs_javascript_decides_nothing_and_reveals_nothing(tmp_path: Path, browser: Browser) -> None:
    box = make_sandbox(tmp_path / "office", delivery="link")
    cfg = configfile.load(box.config)
    people = (KASUBAG, ADMIN, VENDOR)
    with Office(cfg, lambda raw: drop_mail(box.inbox, raw), lambda a: read_mailbox(box.mailbox_of(a))) as office:
        db = office.daemon.parts.db  # type: ignore[union-attr]
        office.send(letter(VENDOR, LETTER, name="Budi Santoso"))
        approve_url, _reject_url = office.mail_to(KASUBAG, "approval_request").links()
        office.mail_to(VENDOR, "ack_received")

        first = every_link([m for p in people for m in office.mails_to(p)])
        assert approve_url in first and len(first) >= 2
        opened = scan(browser, first)
        office.settle(1.0)
        assert decisions(db) == (0, 0)
        with db.reading() as s:
            assert s.scalar(select(AccessRequest.state)) == "pending_approval"

        assert office.confirm(approve_url).status_code == 200  # the Kasubag herself
        credential_url = office.mail_to(VENDOR, "credentials_link").links("c")[0]
        everything = every_link([m for p in people for m in office.mails_to(p)])
        assert credential_url in everything
        opened += scan(browser, everything)
        office.settle(1.0)
        assert decisions(db) == (1, 0)

        page = office.get(credential_url)
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert page.status_code == 200 and csrf is not None
        shown = httpx.post(credential_url, data={"csrf": csrf.group(1)}, timeout=10)  # the vendor's own click
        assert shown.status_code == 200 and decisions(db) == (1, 1)
    print(f"\nthe scanner opened {opened} pages ({len(everything)} links in the mails): 0 decisions, 0 reveals")
