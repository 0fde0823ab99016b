"""The database in trouble under the real daemon process: SQLite locked by another process, PostgreSQL restarted.

SQLite: a separate Python process holds `BEGIN EXCLUSIVE` for LOCK_S seconds while letters
arrive. PostgreSQL: the cluster is stopped (pg_ctl -m fast) and started again while the daemon
works through a stream of letters. Either way the process stays up (no crash loop), /healthz
answers, 503 naming the database meanwhile, nothing leaves the INBOX that the database does
not hold, and afterwards every letter is handled and every mail sent, by itself.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from daemon.store.db import Database
from tests.faults.real_daemon import RealDaemon, handled_count, numbered_letter, pending_count, tally, use_database, wait_until
from tests.faults.summary import summary_line
from tests.real_office import RealOffice, make_office, read_folder
from tests.servers.dovecot import DovecotServer
from tests.servers.postgres import PostgresServer
from tests.servers.smtp import RelaySmtpServer

pytestmark = pytest.mark.servers
LOCK_S = 30.0
LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
print("released", flush=True)
"""


def moved_without_a_record(db: Database, real: RealOffice, dovecot: DovecotServer) -> int:
    """Letters in Diproses beyond what the database holds as handled (must stay 0)."""
    p = real.people
    return max(0, len(read_folder(dovecot, p.lpse, p.passwords[p.lpse], "Diproses")) - handled_count(db))


def test_sqlite_locked_by_another_process_for_30_s(tmp_path: Path, dovecot: DovecotServer, smtp_relay: RelaySmtpServer) -> None:
    real = make_office(tmp_path, dovecot, smtp_relay, mailbox={"existing_mail": "process"})
    p = real.people
    db = Database(real.config().database.url)
    letters: list[bytes] = []

    def send(i: int) -> None:
        letters.append(numbered_letter(real, i))
        dovecot.deliver(p.lpse, letters[-1], envelope_from=p.vendor)

    with RealDaemon(real, tmp_path / "daemon.log") as daemon:
        send(0)
        wait_until(lambda: handled_count(db) == 1 and pending_count(db) == 0, 30, "the first letter answered")
        path = real.config().database.url.split("///", 1)[1]
        locker = subprocess.Popen([sys.executable, "-c", LOCKER, path, str(LOCK_S)], stdout=subprocess.PIPE, text=True)
        try:
            assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
            locked = time.monotonic()
            samples: list[int | None] = []
            reasons: set[str] = set()
            i = 0
            while time.monotonic() - locked < LOCK_S - 2:
                if i < 5 and time.monotonic() - locked >= i * 5:
                    i += 1
                    send(i)
                code, checks = daemon.health(timeout=5)
                samples.append(code)
                if code == 503:
                    reasons.add(checks.get("database", ""))
                assert moved_without_a_record(db, real, dovecot) == 0
                time.sleep(0.5)
            assert locker.wait(timeout=LOCK_S + 10) == 0
        finally:
            locker.kill()
        released = time.monotonic()
        wait_until(lambda: handled_count(db) == len(letters) and pending_count(db) == 0, 90, "every letter handled after the lock")
        resumed = time.monotonic() - released
        wait_until(lambda: daemon.health()[0] == 200, 30, "/healthz 200 after the lock")
        assert daemon.alive()
        assert daemon.starts == 1
    assert "Traceback" not in daemon.log(), daemon.log()[-4000:]
    assert None not in samples, samples  # /healthz always answered: the locked database never stalled the event loop
    assert samples.count(503) >= len(samples) - 4, samples  # unhealthy all along (the first look may precede the probe)
    assert reasons == {"error: database is locked"}, reasons

    t = tally(db, real, dovecot, letters)
    assert read_folder(dovecot, p.lpse, p.passwords[p.lpse]) == []
    print(summary_line("sqlite_locked", injected=1, **t.fields()))
    print(f"sqlite_locked: {LOCK_S:g} s locked, {len(letters)} letters, {t.rows} outbox rows, {len(samples)} /healthz samples "
          f"({samples.count(503)} x 503), all handled {resumed:.1f} s after the release")  # fmt: skip
    assert t.requests == len(letters) and t.unsent == 0
    assert all(v == 0 for v in t.fields().values()), t


def test_postgresql_restarted_under_load(tmp_path: Path, dovecot: DovecotServer, smtp_relay: RelaySmtpServer) -> None:
    with PostgresServer() as pg:  # its own cluster: stopped and started by this test
        url = pg.create_database("envfaults")
        real = make_office(tmp_path, dovecot, smtp_relay, mailbox={"existing_mail": "process"})
        use_database(real, url)
        p = real.people
        db = Database(url)
        letters: list[bytes] = []

        def send(i: int) -> None:
            letters.append(numbered_letter(real, i))
            dovecot.deliver(p.lpse, letters[-1], envelope_from=p.vendor)

        with RealDaemon(real, tmp_path / "daemon.log") as daemon:
            for i in range(4):
                send(i)
            wait_until(lambda: handled_count(db) >= 2, 30, "the daemon at work")
            pg.stop()  # fast shutdown: every session is cut, new ones are refused
            stopped = time.monotonic()
            samples: list[int | None] = []
            reasons: set[str] = set()
            for i in range(4, 8):  # letters keep coming while the database is down
                send(i)
                time.sleep(1.0)
                code, checks = daemon.health(timeout=5)
                samples.append(code)
                if code == 503:
                    reasons.update(k for k, v in checks.items() if not v.startswith("ok"))
            down_for = time.monotonic() - stopped
            pg.start()
            up = time.monotonic()
            for i in range(8, 10):
                send(i)
            db.dispose()  # the test's own pool held sessions the restart cut
            wait_until(lambda: handled_count(db) == len(letters) and pending_count(db) == 0, 90, "every letter handled after the restart")
            resumed = time.monotonic() - up
            wait_until(lambda: daemon.health()[0] == 200, 30, "/healthz 200 after the restart")
            assert daemon.alive()
        assert "Traceback" not in daemon.log(), daemon.log()[-4000:]
        assert samples == [503] * len(samples), samples
        assert "database" in reasons, reasons

        t = tally(db, real, dovecot, letters)
        assert read_folder(dovecot, p.lpse, p.passwords[p.lpse]) == []
        print(summary_line("postgres_restart", injected=1, **t.fields()))
        print(f"postgres_restart: down {down_for:.1f} s, {len(letters)} letters, {t.rows} outbox rows, all handled "
              f"{resumed:.1f} s after the start; /healthz while down: {samples}, failing: {sorted(reasons)}")  # fmt: skip
        assert t.requests == len(letters) and t.unsent == 0
        assert all(v == 0 for k, v in t.fields().items() if k != "duplicates_same_id"), t
        db.dispose()
