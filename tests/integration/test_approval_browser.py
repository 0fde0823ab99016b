"""Browser tests of the confirm and credential pages: real headless Chromium against `WebServer` on loopback.

The app runs in a thread's own asyncio loop, as Playwright's sync API cannot run inside one; the last test drives
the real daemon (a subprocess on a sandbox). Chromium is Debian's (`apt-get install chromium`), never downloaded.
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.utils import formatdate
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from starlette.types import ASGIApp

from daemon.demo.sandbox import ADMIN, KASUBAG, OFFICE, drop_mail, make_sandbox, read_mailbox
from daemon.errors import TokenRejected
from daemon.web.app import create_app
from daemon.web.contract import ApprovalPage, CredentialPage, DecisionOutcome, Health, RevealedCredential
from daemon.web.server import WebBindError, WebServer

pytestmark = pytest.mark.servers
T = TypeVar("T")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"]
KEY = b"browser-test-key-0123456789abcdef"
APPROVE = "ApproveToken_0123456789abcdefghijklmnopqrs"
REJECT = "RejectToken-0123456789abcdefghijklmnopqrstu"
CREDENTIAL = "CredentialToken_0123456789abcdefghijklmnop"
PASSWORD = "Kata-Sandi-7Qx2"


@dataclass
class FakeDesk:
    """Single-use tokens in memory, called from the server's worker threads (hence the lock)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    actions: dict[str, str] = field(default_factory=lambda: {APPROVE: "approve", REJECT: "reject"})
    used: set[str] = field(default_factory=set)
    decisions: list[tuple[str, str, str | None]] = field(default_factory=list)
    reveals: list[str] = field(default_factory=list)

    def approval_page(self, raw_token: str) -> ApprovalPage:
        with self.lock:
            if raw_token not in self.actions or raw_token in self.used:
                raise TokenRejected("no longer valid")
            other = REJECT if raw_token == APPROVE else APPROVE
            rows = (("Nama", "Budi Santoso"), ("Instansi", "PT Contoh Jaya"), ("Hak Akses", "ssh, vpn"))
            return ApprovalPage("RA-2026-0007", self.actions[raw_token], "Kasubag Pengelolaan LPSE", OFFICE, "id", rows,
                                "budi@contoh.co.id", "ops@contoh.co.id", True, "25 November 2026", ("surat.pdf",),
                                other_action_token=other)

    def decide(self, raw_token: str, *, action: str, reason: str | None, client: str) -> DecisionOutcome:
        with self.lock:
            if raw_token in self.used or self.actions.get(raw_token) != action:
                raise TokenRejected("no longer valid")
            self.used.update(self.actions)  # one approver decided: both links die
            self.decisions.append((raw_token, action, reason))
            return DecisionOutcome("RA-2026-0007", action, "Pemohon diberi tahu melalui email.")

    def credential_page(self, raw_token: str) -> CredentialPage:
        with self.lock:
            if raw_token != CREDENTIAL or raw_token in self.used:
                raise TokenRejected("no longer valid")
        return CredentialPage("RA-2026-0007", OFFICE, "id", "ra26_0007", "26 November 2026 pukul 09.00 WIB")

    def reveal_credential(self, raw_token: str, *, client: str) -> RevealedCredential:
        self.credential_page(raw_token)
        with self.lock:
            self.used.add(raw_token)
            self.reveals.append(raw_token)
        return RevealedCredential("RA-2026-0007", "ra26_0007", PASSWORD, "30 November 2026", OFFICE, "id")

    def health(self) -> Health:
        return Health(True)

    def metrics(self) -> str:
        raise NotImplementedError


@contextmanager
def served(app: ASGIApp) -> Iterator[str]:
    """Serve `app` with our WebServer on 127.0.0.1:0 in a loop of its own; yields the base URL."""
    loop = asyncio.new_event_loop()
    (thread := threading.Thread(target=loop.run_forever, name="web-test-loop", daemon=True)).start()
    server = WebServer(app)
    try:
        port = asyncio.run_coroutine_threadsafe(server.start("127.0.0.1", 0), loop).result(15)
        yield f"http://127.0.0.1:{port}"
    finally:
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


@pytest.fixture  # per test: Playwright's sync API holds an asyncio loop in the main thread while it runs
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's browser with `apt-get install chromium`", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def desk() -> FakeDesk:
    return FakeDesk()


@pytest.fixture
def site(desk: FakeDesk) -> Iterator[str]:
    app = create_app(desk, secret_key=KEY, public_url="http://127.0.0.1:8080", office_name=OFFICE, contact=ADMIN)
    with served(app) as url:
        yield url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    yield tab
    context.close()
    assert not problems


def test_approve_link_decides_only_on_the_button(page: Page, site: str, desk: FakeDesk) -> None:
    response = page.goto(f"{site}/a/{APPROVE}")
    assert response is not None and response.status == 200
    assert page.get_by_text("Budi Santoso").is_visible()
    assert page.locator("#sender-differs").is_visible()  # credentials go to ops@, not the sender
    page.reload()
    stale = page.context.new_page()  # the same form in a second tab, to be sent after the decision
    stale.goto(f"{site}/a/{APPROVE}")
    assert desk.decisions == []
    with page.expect_navigation():
        page.get_by_role("button", name="Setujui").click()
    assert "disetujui" in page.locator("#result").inner_text()
    assert desk.decisions == [(APPROVE, "approve", None)]
    with stale.expect_navigation():
        stale.get_by_role("button", name="Setujui").click()
    assert stale.locator("#gone").is_visible() and "Tautan tidak berlaku lagi" in stale.content()
    again = page.reload()  # the browser posts the form again: the token is spent
    assert again is not None and again.request.method == "POST" and again.status == 410
    assert page.locator("#gone").is_visible()
    page.go_back()
    assert page.locator("#gone").is_visible()
    page.goto(f"{site}/a/{REJECT}")  # the other approver's link died with the decision
    assert page.locator("#gone").is_visible()
    assert len(desk.decisions) == 1


def test_reject_needs_a_reason(page: Page, site: str, desk: FakeDesk) -> None:
    page.goto(f"{site}/a/{APPROVE}")
    page.get_by_role("link", name="halaman Tolak").click()  # the other action, one link away
    page.wait_for_url(f"{site}/a/{REJECT}")
    page.get_by_role("button", name="Tolak").click()  # the browser's `required` keeps the form
    page.wait_for_timeout(300)
    assert page.url == f"{site}/a/{REJECT}" and desk.decisions == []
    page.locator("#reason").evaluate("e => e.removeAttribute('required')")  # past the browser: the server asks
    page.locator("#reason").fill("   ")
    with page.expect_navigation():
        page.get_by_role("button", name="Tolak").click()
    assert "Alasan penolakan wajib diisi" in page.locator("#error").inner_text()
    assert desk.decisions == []
    page.locator("#reason").fill("Surat permohonan belum ditandatangani.")
    with page.expect_navigation():
        page.get_by_role("button", name="Tolak").click()
    assert "ditolak" in page.locator("#result").inner_text()
    assert desk.decisions == [(REJECT, "reject", "Surat permohonan belum ditandatangani.")]


def test_credential_is_shown_once(page: Page, site: str, desk: FakeDesk) -> None:
    page.goto(f"{site}/c/{CREDENTIAL}")
    assert page.locator("#username").inner_text() == "ra26_0007"
    assert PASSWORD not in page.content()
    page.reload()
    assert desk.reveals == []
    with page.expect_navigation():
        page.get_by_role("button", name="Tampilkan kata sandi").click()
    assert page.locator("#password").inner_text() == PASSWORD
    assert "tidak akan ditampilkan lagi" in page.content()
    again = page.reload()  # posts again: 410, and no password
    assert again is not None and again.request.method == "POST" and again.status == 410
    assert PASSWORD not in page.content()
    response = page.goto(f"{site}/c/{CREDENTIAL}")
    assert response is not None and response.status == 410 and PASSWORD not in page.content()
    assert desk.reveals == [CREDENTIAL]


def test_web_server_leaves_signals_alone_and_reports_a_busy_port(desk: FakeDesk) -> None:
    async def scenario() -> None:
        before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
        server = WebServer(create_app(desk, secret_key=KEY, public_url="http://127.0.0.1"))
        port = await server.start("127.0.0.1", 0)
        try:
            async with httpx.AsyncClient() as http:
                assert (await http.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200
            assert {sig: signal.getsignal(sig) for sig in before} == before
            with pytest.raises(WebBindError, match=f"cannot listen on 127.0.0.1:{port}"):  # an OSError, not SystemExit
                await WebServer(create_app(desk, secret_key=KEY, public_url="http://x")).start("127.0.0.1", port)
        finally:
            await server.stop()
        assert not server.running
        socket.create_server(("127.0.0.1", port)).close()  # the port is free again (SO_REUSEADDR)

    asyncio.run(scenario())


DAEMON = """import asyncio, logging, sys; from pathlib import Path; from daemon.setup.configfile import load
from daemon.main import Daemon
logging.basicConfig(level=logging.INFO); asyncio.run(Daemon(load(Path(sys.argv[1]))).run())"""
LETTER = """From: Rudi Hartono <rudi.hartono@sinergimedia.co.id>
To: lpse@salatiga.go.id
Subject: Permohonan Remote Akses LPSE Kota Salatiga
Message-ID: <e2e-{nonce}@sinergimedia.co.id>
Date: {date}
Content-Type: text/plain; charset=utf-8

Dengan hormat, bersama ini kami mengajukan permohonan remote akses:
Nama      : Rudi Hartono
Instansi  : PT Sinergi Media Informatika
Tujuan    : Pengecekan konfigurasi web server SPSE
Hak Akses : SSH
"""


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 30.0) -> T:
    deadline = time.monotonic() + timeout
    while (found := probe()) is None:
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:.0f} s for {what}")
        time.sleep(0.1)
    return found


def test_real_daemon_approval_page_end_to_end(page: Page, tmp_path: Path) -> None:
    """A letter in the sandbox's inbox → the Kasubag's mail → its link in Chromium → the credentials mailed."""
    box = make_sandbox(tmp_path / "office")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    log = tmp_path / "daemon.log"  # a file, not a pipe: nobody drains a pipe while the test runs
    with log.open("wb") as sink:
        daemon = subprocess.Popen([sys.executable, "-c", DAEMON, box.config], env=env, stderr=sink, cwd=tmp_path)
    try:
        metrics: Callable[[], str] = lambda: httpx.get(f"{box.base_url}/metrics", timeout=2).text
        wait_for("the web server", lambda: _quietly(metrics, daemon, log))
        drop_mail(box.inbox, LETTER.format(nonce=secrets.token_hex(6), date=formatdate(localtime=True)).encode())
        approval = wait_for("the approval mail", lambda: next(iter(read_mailbox(box.mailbox_of(KASUBAG))), None))
        body = message_from_bytes(approval, policy=policy.default).get_body(("plain",))
        link = re.search(r"Setujui: (\S+)", body.get_content() if body else "")
        assert link and link.group(1).startswith(f"{box.base_url}/a/"), approval
        page.goto(link.group(1))
        assert page.get_by_text("PT Sinergi Media Informatika").is_visible()
        page.reload()
        assert 'lpse_akses_requests{state="pending_approval"} 1' in metrics()  # the GETs decided nothing
        with page.expect_navigation():
            page.get_by_role("button", name="Setujui").click()
        assert "disetujui" in page.locator("#result").inner_text()
        assert 'state="pending_approval"' not in metrics()
        to = box.mailbox_of("rudi.hartono@sinergimedia.co.id")
        subjects: Callable[[], list[str]] = lambda: [str(message_from_bytes(m)["Subject"]) for m in read_mailbox(to)]
        wait_for("the credentials mail", lambda: [x for x in subjects() if "telah dibuat" in x] or None)
        again = page.goto(link.group(1))
        assert again is not None and again.status == 410 and page.locator("#gone").is_visible()
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
    errors = log.read_text(errors="replace")  # no failure, and no token in the daemon's log
    assert "Traceback" not in errors and link.group(1).rsplit("/")[-1] not in errors, errors[-3000:]


def _quietly(probe: Callable[[], str], daemon: subprocess.Popen[bytes], log: Path) -> str | None:
    """The probe's answer, None while the server is not up; fails at once when the daemon has died."""
    if daemon.poll() is not None:
        raise AssertionError(f"the daemon exited ({daemon.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
    try:
        return probe()
    except httpx.HTTPError:
        return None
