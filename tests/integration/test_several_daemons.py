"""Whole daemons, not only senders (issue 9): three `lpse-akses run` on one PostgreSQL and one mailbox.

Every request is created once and every mail is sent once, counted at the SMTP server by
Message-ID. One daemon reads the mailbox at a time (an advisory lock); when it is killed
with SIGKILL a standby takes over within a bounded time. On SQLite a second daemon on the
same file refuses to start.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from email import message_from_bytes
from pathlib import Path

import pytest
from sqlalchemy import func, select

from daemon.store import migrations
from daemon.store.db import Database
from daemon.store.models import AccessRequest, InboundMessage, OutboxMail
from daemon.workers.mailbox_loop import STANDBY_RETRY
from tests.conversation import letter
from tests.integration.test_intake_robustness import request_body
from tests.real_office import make_office
from tests.servers import free_port
from tests.servers.dovecot import DovecotServer
from tests.servers.postgres import PostgresServer
from tests.servers.smtp import RelaySmtpServer

ROOT = Path(__file__).resolve().parents[2]
LETTERS = 500
READER = "this daemon now reads the mailbox"


def start(config: Path, log: Path) -> subprocess.Popen[bytes]:
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "cli.main", "--config", str(config), "run"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=log.open("wb"),
    )  # fmt: skip


def wait_for(what, timeout: float, step: float = 0.2):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = what()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"not within {timeout} s")


def count(db: Database, model: type, *where: object) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def message_ids(relay: RelaySmtpServer) -> Counter[str]:
    with relay.lock:
        received = list(relay.received)
    return Counter(str(message_from_bytes(r.data)["Message-ID"]) for r in received for _ in r.recipients)


@pytest.mark.servers
def test_three_daemons_share_one_postgres_and_one_mailbox(tmp_path: Path, dovecot: DovecotServer, postgres: PostgresServer) -> None:
    url = postgres.create_database("three")
    with RelaySmtpServer() as relay:
        office = make_office(tmp_path / "office", dovecot, relay, mailbox={"existing_mail": "process", "poll_interval": "1s"})
        lpse = office.people.lpse
        with dovecot.client(lpse) as imap:
            for n in range(LETTERS):
                imap.append("INBOX", letter(f"teknisi{n}@vendor{n % 7}.test", request_body(n)))
        text = office.config_path.read_text()
        text = re.sub(r'url = "sqlite:///[^"]*"', f'url = "{url}"', text)
        configs, logs, procs = [], [], []
        for i in range(3):
            port = free_port()
            body = re.sub(r'listen = "127.0.0.1:\d+"', f'listen = "127.0.0.1:{port}"', text)
            body = re.sub(r'public_url = "http://127.0.0.1:\d+"', f'public_url = "http://127.0.0.1:{port}"', body)
            path = tmp_path / f"daemon{i}.toml"
            path.write_text(body)
            configs.append(path)
            logs.append(tmp_path / f"daemon{i}.log")
        db = Database(url)
        migrations.upgrade(db.engine)  # the daemons find it done (their own concurrent upgrade is tested elsewhere)
        try:
            procs = [start(c, log) for c, log in zip(configs, logs)]
            wait_for(lambda: count(db, AccessRequest) == LETTERS, 240, 0.5)
            wait_for(lambda: count(db, OutboxMail, OutboxMail.status == "pending") == 0 and count(db, OutboxMail) > 0, 240, 0.5)
            readers = [i for i, log in enumerate(logs) if READER in log.read_text()]
            assert len(readers) == 1, [log.read_text()[-2000:] for log in logs]  # one intake at a time

            sent = message_ids(relay)
            with db.reading() as s:
                queued = list(s.scalars(select(OutboxMail.message_id)))
            assert len(queued) == 2 * LETTERS  # an acknowledgement and an approval mail per letter
            assert sorted(sent) == sorted(queued) and max(sent.values()) == 1  # each sent, once
            assert count(db, InboundMessage) == LETTERS
            with db.reading() as s:
                assert len(set(s.scalars(select(AccessRequest.number)))) == LETTERS

            # The reader is killed; a standby takes the mailbox over and works the new letters.
            holder = readers[0]
            procs[holder].send_signal(signal.SIGKILL)
            procs[holder].wait(timeout=10)
            killed = time.monotonic()
            for n in range(LETTERS, LETTERS + 10):
                dovecot.deliver(lpse, letter(f"teknisi{n}@vendor.test", request_body(n)))
            successor = wait_for(lambda: [i for i, log in enumerate(logs) if i != holder and READER in log.read_text()], 60)
            takeover = time.monotonic() - killed
            wait_for(lambda: count(db, AccessRequest) == LETTERS + 10, 60, 0.5)
            assert len(successor) == 1 and takeover <= STANDBY_RETRY + 10
            print(f"\nthree daemons: {LETTERS} letters, {len(queued)} mails each sent once; takeover after kill -9 in {takeover:.1f} s")
        finally:
            for p in procs:
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            for p in procs:
                try:
                    p.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    p.kill()
            db.dispose()


def test_a_second_daemon_on_the_same_sqlite_file_refuses_to_start(tmp_path: Path) -> None:
    from daemon.demo.sandbox import make_sandbox

    box = make_sandbox(tmp_path / "office")
    first = start(box.config, tmp_path / "first.log")
    try:
        wait_for(lambda: "lpse-akses running" in (tmp_path / "first.log").read_text(), 30)
        second = subprocess.run(
            [sys.executable, "-m", "cli.main", "--config", str(box.config), "run"], cwd=ROOT,
            env=os.environ | {"PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        assert second.returncode == 1, second.stderr
        assert "sudah dipakai oleh daemon lpse-akses lain" in second.stderr and f"PID {first.pid}" in second.stderr
        assert first.poll() is None  # the first one goes on
    finally:
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=30) == 0
    # Once it has stopped, the file is free again.
    again = start(box.config, tmp_path / "again.log")
    try:
        wait_for(lambda: "lpse-akses running" in (tmp_path / "again.log").read_text(), 30)
    finally:
        again.send_signal(signal.SIGTERM)
        again.wait(timeout=30)
