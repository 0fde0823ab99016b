"""An SMTP outage in the outbox (one try per probe, one alert, all due at the end), the database probe, the IMAP timeout.

The outbox runs on a real SQLite database with the real service and renderer; its transport
is the sandbox's Maildir, which a switch makes unreachable (the outage's edge, STYLE rule 10:
the SMTP classification itself is tested against real sockets below).
"""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from daemon.mail.templates import MailRenderer
from daemon.mail.transport import ServerUnreachable, TransientSendError
from daemon.mail.transport.maildir import MaildirTransport
from daemon.mail.transport.smtp import SmtpTransport
from daemon.main import make_inbox
from daemon.service import Actor, Service
from daemon.store.models import OutboxMail
from daemon.workers.outbox import Outbox
from daemon.workers.smtp_outage import ALERT, PROBE_CAP
from tests.helpers import FakeClock, fresh_db, sandbox_config
from tests.servers import free_port
from tests.servers.fixtures import smtp_config


class Switchable(MaildirTransport):
    """The sandbox's Maildir transport, with a switch that makes it unreachable; counts the tries."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.down = False
        self.tries = 0

    async def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        self.tries += 1
        if self.down:
            raise ServerUnreachable("cannot reach the SMTP server 127.0.0.1:25: [Errno 111] Connection refused")
        await super().send(envelope_from, recipient, message)


def notices(svc: Service, db: object, clock: FakeClock, n: int) -> None:
    with db.transaction() as s:  # type: ignore[attr-defined]
        for i in range(n):
            svc.alert_admins(s, alert="other", summary=f"uji {i}", details=[], event="Test", actor=Actor("test", "system"), now=clock())


def test_an_outage_tries_once_per_probe_alerts_once_and_sends_everything_when_back(tmp_path: Path) -> None:
    base = sandbox_config(tmp_path / "office")
    cfg = replace(base, smtp=replace(base.smtp, alarm_after=120.0))
    db, clock, svc = fresh_db(cfg), FakeClock(), Service(cfg)
    transport = Switchable(Path(cfg.smtp.path))
    outbox = Outbox(db, cfg, svc, transport, MailRenderer(), clock, backoff=(5, 10, 60, 600))
    admins = len(cfg.people.admins)
    notices(svc, db, clock, 3)
    transport.down = True

    assert asyncio.run(outbox.send_due()) == 0
    assert transport.tries == 1  # the first row met the outage; the others were given back untried
    with db.reading() as s:
        attempts = sorted(s.scalars(select(OutboxMail.attempts)))
    assert attempts == [0] * (3 * admins - 1) + [1]
    assert outbox.smtp_status().startswith("unreachable since")

    asyncio.run(outbox.send_due())
    assert transport.tries == 1  # before the next probe nothing is tried
    for step in (5, 10, 60, 60, 60, 60, 60):  # probes at the backoff, but never more than PROBE_CAP apart
        clock.advance(seconds=min(step, PROBE_CAP))
        asyncio.run(outbox.send_due())
    assert transport.tries == 8  # 165 s: the alert was due after 120 s, two probes failed since
    with db.reading() as s:
        alerts = [r for r in s.scalars(select(OutboxMail)) if r.context.get("alert") == ALERT]
    assert len(alerts) == admins  # one alert per outage (one row per admin), however many probes failed
    assert "tidak dapat dihubungi sejak" in alerts[0].context["summary"]

    transport.down = False
    clock.advance(seconds=PROBE_CAP)
    sent = asyncio.run(outbox.send_due())
    assert sent == 4 * admins and outbox.smtp_status() == "ok"
    with db.reading() as s:
        assert set(s.scalars(select(OutboxMail.status))) == {"sent"}


def test_a_row_that_met_the_outage_waits_for_the_probe_not_for_its_own_backoff(tmp_path: Path) -> None:
    cfg = sandbox_config(tmp_path / "office")
    db, clock, svc = fresh_db(cfg), FakeClock(), Service(cfg)
    transport = Switchable(Path(cfg.smtp.path))
    outbox = Outbox(db, cfg, svc, transport, MailRenderer(), clock, backoff=(3600,))
    notices(svc, db, clock, 1)
    transport.down = True
    for _ in range(3):
        asyncio.run(outbox.send_due())
        clock.advance(seconds=PROBE_CAP)
    assert transport.tries == 3  # the one row goes again at every probe (PROBE_CAP), not after its hour of backoff
    transport.down = False
    asyncio.run(outbox.send_due())
    with db.reading() as s:
        assert set(s.scalars(select(OutboxMail.status))) == {"sent"}


def test_the_database_probe_names_a_lock_held_by_another_connection(tmp_path: Path) -> None:
    cfg = sandbox_config(tmp_path / "office")
    db = fresh_db(cfg)
    assert db.probe() == "ok"
    other = sqlite3.connect(cfg.database.url.split("///", 1)[1], isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert db.probe(wait=0.2) == "error: database is locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert db.probe() == "ok"
    with db.transaction() as s:  # the probe left the busy timeout as it was: a write still waits for a lock
        s.execute(select(1))


def test_reading_does_not_wait_for_another_process_holding_the_write_lock(tmp_path: Path) -> None:
    cfg = sandbox_config(tmp_path / "office")
    db = fresh_db(cfg)
    other = sqlite3.connect(cfg.database.url.split("///", 1)[1], isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with db.reading() as s:
            assert s.scalars(select(OutboxMail.id)).all() == []
        assert time.monotonic() - started < 1  # a deferred BEGIN: WAL readers never wait (writers wait up to 30 s)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_the_imap_timeout_comes_from_the_config(tmp_path: Path) -> None:
    base = sandbox_config(tmp_path / "office")
    cfg = replace(base, mailbox=replace(base.mailbox, backend="imap", host="127.0.0.1", security="none", timeout=7.0))
    inbox = make_inbox(cfg)
    assert inbox.timeout == 7.0  # type: ignore[attr-defined]


def silent_server() -> tuple[socket.socket, int]:
    """A listener that accepts and never says a word (no SMTP greeting)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    return sock, sock.getsockname()[1]


@pytest.mark.parametrize("kind", ["refused", "silent"])
def test_an_smtp_server_that_never_answers_is_unreachable(kind: str) -> None:
    listener, port = silent_server() if kind == "silent" else (None, free_port())
    try:
        cfg = smtp_config(type("Relay", (), {"host": "127.0.0.1", "port": port})(), timeout=0.5)  # type: ignore[arg-type]
        with pytest.raises(ServerUnreachable):
            asyncio.run(SmtpTransport(cfg).send("lpse@lpse.test", "a@lpse.test", b"Subject: x\r\n\r\nx\r\n"))
    finally:
        if listener is not None:
            listener.close()


def test_an_smtp_server_that_answers_421_is_not_an_outage() -> None:
    listener, port = silent_server()

    def answer() -> None:
        conn, _ = listener.accept()
        conn.sendall(b"421 4.3.2 busy, try later\r\n")
        conn.recv(100)
        conn.close()

    threading.Thread(target=answer, daemon=True).start()
    try:
        cfg = smtp_config(type("Relay", (), {"host": "127.0.0.1", "port": port})(), timeout=2)  # type: ignore[arg-type]
        with pytest.raises(TransientSendError) as err:
            asyncio.run(SmtpTransport(cfg).send("lpse@lpse.test", "a@lpse.test", b"Subject: x\r\n\r\nx\r\n"))
        assert not isinstance(err.value, ServerUnreachable)
    finally:
        listener.close()


def test_a_database_error_is_named_by_its_first_cause() -> None:
    from sqlalchemy.exc import OperationalError

    from daemon.store.db import db_reason

    try:
        try:
            raise OperationalError("INSERT INTO attachment ...", {}, sqlite3.OperationalError("database or disk is full"))
        except OperationalError:  # SQLite rolled everything back: the savepoint is gone too
            raise OperationalError("RELEASE SAVEPOINT sa_savepoint_2", {}, sqlite3.OperationalError("no such savepoint: sa_savepoint_2"))
    except OperationalError as exc:
        assert db_reason(exc) == "database or disk is full"
