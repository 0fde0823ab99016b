"""The SMTP server stopped for minutes (LPSE_SMTP_OUTAGE_S, default 180), then back, under the real daemon process.

Letters keep arriving during the outage. While it lasts /healthz answers 503 naming SMTP; the
admins get exactly one alert for it ("Server SMTP tidak dapat dihubungi"), delivered once the
server is back; afterwards every mail goes out, counted at the recipients' real mailboxes.
The outbox's real backoff is used (the CLI has no other), so the server's return is noticed
within its probe interval (30 s at most).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from daemon.store.db import Database
from tests.conversation import parse
from tests.faults.real_daemon import RealDaemon, handled_count, numbered_letter, pending_count, tally, wait_until
from tests.faults.summary import summary_line
from tests.real_office import make_office, read_folder
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RelaySmtpServer

pytestmark = pytest.mark.servers
OUTAGE_S = float(os.environ.get("LPSE_SMTP_OUTAGE_S", "180"))
LETTERS_DURING = 4
ALARM_AFTER = min(10.0, OUTAGE_S / 3)


def alerts(dovecot: DovecotServer, admin: str, password: str, title: str) -> int:
    return sum(m.template == "admin_alert" and title in m.subject for m in map(parse, read_folder(dovecot, admin, password)))


@pytest.mark.timeout(OUTAGE_S + 240)
def test_smtp_stopped_for_minutes_then_back_one_alarm_and_every_mail_delivered(tmp_path: Path, dovecot: DovecotServer) -> None:
    relay = RelaySmtpServer(dovecot)
    relay.start()
    back: RelaySmtpServer | None = None
    try:
        real = make_office(
            tmp_path, dovecot, relay, mailbox={"existing_mail": "process"}, smtp={"timeout": "5s", "alarm_after": f"{ALARM_AFTER:g}s"}
        )
        p = real.people
        db = Database(real.config().database.url)
        letters: list[bytes] = []

        def send(i: int) -> None:
            raw = numbered_letter(real, i)
            letters.append(raw)
            dovecot.deliver(p.lpse, raw, envelope_from=p.vendor)

        with RealDaemon(real, tmp_path / "daemon.log") as daemon:
            send(0)
            wait_until(lambda: handled_count(db) == 1 and pending_count(db) == 0, 30, "the first letter answered")
            assert daemon.health()[0] == 200

            relay.stop()  # connection refused from now on
            down = time.monotonic()
            samples: list[int | None] = []
            for i in range(1, LETTERS_DURING + 1):
                send(i)
                if i == 1:
                    code, checks = wait_until(lambda: (h := daemon.health())[0] == 503 and h, 30, "/healthz 503 naming SMTP")
                    noticed = time.monotonic() - down
                    assert checks["smtp"].startswith("unreachable since"), checks
                    assert all(v.startswith("ok") for k, v in checks.items() if k != "smtp"), checks
                until = down + OUTAGE_S * i / LETTERS_DURING
                while time.monotonic() < until:
                    samples.append(daemon.health()[0])
                    time.sleep(min(2.0, max(0.0, until - time.monotonic())))
            assert set(samples) == {503}, samples  # unhealthy all along, never a hang (the loop is not blocked)
            wait_until(lambda: handled_count(db) == 1 + LETTERS_DURING, 30, "every letter recorded during the outage")
            assert pending_count(db) >= 2 * LETTERS_DURING

            back = RelaySmtpServer(dovecot, port=relay.port)  # the same server, up again
            back.start()
            up = time.monotonic()
            wait_until(lambda: pending_count(db) == 0, 90, "the outbox drained after the outage")
            drained = time.monotonic() - up
            wait_until(lambda: daemon.health()[0] == 200, 10, "/healthz 200 again")
            assert daemon.alive()
        assert "Traceback" not in daemon.log(), daemon.log()[-4000:]

        t = tally(db, real, dovecot, letters)
        outage_alerts = alerts(dovecot, p.admin, p.passwords[p.admin], "Server SMTP tidak dapat dihubungi")
        failed_alerts = alerts(dovecot, p.admin, p.passwords[p.admin], "Pengiriman email gagal")
        print(summary_line("smtp_outage", injected=1, **t.fields()))
        print(
            f"smtp_outage: {OUTAGE_S:g} s down, noticed {noticed:.1f} s after the first send, drained {drained:.1f} s after "
            f"the server was back; {t.letters} letters, {t.rows} outbox rows, {outage_alerts} outage alert(s), "
            f"{len(samples)} /healthz samples during the outage all 503"
        )
        assert outage_alerts == 1 and failed_alerts == 0
        assert t.requests == len(letters) and t.unsent == 0
        assert t.by_template["ack_received"] == len(letters) and t.by_template["approval_request"] == len(letters)
        assert all(v == 0 for v in t.fields().values()), t
    finally:
        relay.stop()
        if back is not None:
            back.stop()
