"""IMAP blackholed: the connection stays open and nothing comes back, during IDLE and during a FETCH.

A proxy the test controls (`tests.servers.blackhole`) sits between the real daemon process and
Dovecot. The daemon must notice within `mailbox.timeout` (in IDLE: `poll_interval` plus that),
alarm the admins once per outage, answer 503 on /healthz naming the mailbox, and once the proxy
forwards again reconnect by itself and handle every letter, those delivered meanwhile included.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from daemon.store.db import Database
from tests.conversation import parse
from tests.faults.real_daemon import RealDaemon, handled_count, numbered_letter, pending_count, tally, wait_until
from tests.faults.summary import summary_line
from tests.real_office import make_office, read_folder
from tests.servers.blackhole import BlackholeProxy
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RelaySmtpServer

pytestmark = pytest.mark.servers
TIMEOUT = 3.0  # mailbox.timeout in this test
POLL = 1.0  # mailbox.poll_interval: how long one IDLE lasts at most
ALARM_AFTER = 4.0


def silent_alarms(dovecot: DovecotServer, admin: str, password: str) -> int:
    mails = [parse(raw) for raw in read_folder(dovecot, admin, password)]
    return sum(m.template == "admin_alert" and "Kotak surat tidak merespons" in m.subject for m in mails)


def test_a_blackholed_imap_is_noticed_alarmed_and_recovered_from(
    tmp_path: Path, dovecot: DovecotServer, smtp_relay: RelaySmtpServer
) -> None:
    with BlackholeProxy(dovecot.imap_port) as proxy:
        real = make_office(
            tmp_path, dovecot, smtp_relay,
            mailbox={"port": proxy.port, "existing_mail": "process", "timeout": f"{TIMEOUT:g}s", "poll_interval": f"{POLL:g}s", "alarm_after": f"{ALARM_AFTER:g}s"},
        )  # fmt: skip
        p = real.people
        db = Database(real.config().database.url)
        letters: list[bytes] = []

        def send(i: int) -> None:
            raw = numbered_letter(real, i)
            letters.append(raw)
            dovecot.deliver(p.lpse, raw, envelope_from=p.vendor)

        started = time.monotonic()
        with RealDaemon(real, tmp_path / "daemon.log") as daemon:
            send(1)
            wait_until(lambda: handled_count(db) == 1, 30, "the first letter handled")
            detect: list[float] = []
            for phase, fault in (("idle", "IDLE\r\n"), ("fetch", "BODY.PEEK[]")):
                if phase == "idle":
                    proxy.watch(b"IDLE\r\n").wait(10)
                    time.sleep(0.3)  # the server has answered "+ idling": the daemon waits in IDLE
                    proxy.blackhole()
                    cut = time.monotonic()
                    send(2)  # delivered straight to Dovecot while the daemon's line is dead
                else:
                    proxy.blackhole_on(b"BODY.PEEK[]")
                    send(3)  # its FETCH meets the blackhole
                    assert proxy.switched.wait(TIMEOUT + POLL + 5), "the daemon never fetched the letter"
                    cut = time.monotonic()
                    send(4)
                code, checks = wait_until(
                    lambda: (h := daemon.health())[0] == 503 and h, TIMEOUT + POLL + 10, f"/healthz 503 during the {phase} blackhole"
                )
                detect.append(time.monotonic() - cut)
                assert "mailbox" in checks and not checks["mailbox"].startswith("ok"), checks
                alarms = 1 if phase == "idle" else 2
                wait_until(lambda: silent_alarms(dovecot, p.admin, p.passwords[p.admin]) >= alarms, 30, f"the {phase} alarm")
                proxy.forward()
                back = time.monotonic()
                wait_until(lambda: daemon.health()[0] == 200, 60, f"/healthz 200 after the {phase} blackhole")
                print(f"{phase}: noticed after {detect[-1]:.1f} s, healthy again {time.monotonic() - back:.1f} s after the proxy forwarded")
            wait_until(lambda: handled_count(db) == 4 and pending_count(db) == 0, 60, "every letter handled and every mail sent")
            assert daemon.alive()
        assert "Traceback" not in daemon.log(), daemon.log()[-4000:]

        t = tally(db, real, dovecot, letters)
        assert silent_alarms(dovecot, p.admin, p.passwords[p.admin]) == 2  # one per outage
        assert read_folder(dovecot, p.lpse, p.passwords[p.lpse]) == []
        assert len(read_folder(dovecot, p.lpse, p.passwords[p.lpse], "Diproses")) == 4
        print(summary_line("imap_blackhole", injected=2, **t.fields()))
        print(f"imap_blackhole: {t.letters} letters, {t.rows} outbox rows, {time.monotonic() - started:.1f} s")
        assert t.requests == 4 and t.unsent == 0
        assert all(v == 0 for k, v in t.fields().items() if k != "duplicates_same_id"), t
        assert all(d <= TIMEOUT + POLL + 2 for d in detect), detect
