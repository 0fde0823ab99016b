"""Mail faults injected by the servers while the daemon runs: SMTP 451, 550, a cut mid-DATA; Dovecot killed.

Nothing is mocked: the relay answers with the fault, Dovecot is SIGKILLed and started again.
The outbox retries within about a second here (`FAST_RETRY`, passed to the daemon).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conversation import letter, parse
from tests.real_office import FIRST, YEAR, RealOffice, RealOfficeRunning, complete_letter, make_office, running
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import Received, RelaySmtpServer

pytestmark = pytest.mark.servers
SECOND = f"RA-{YEAR}-0002"


def message_id(received: Received) -> str:
    return parse(received.data).message_id


def request_letter(real: RealOffice) -> bytes:
    p = real.people
    return letter(p.vendor, complete_letter(p.vendor), name="Budi Santoso", to=p.lpse)


def test_a_451_is_retried_and_delivered(office: RealOfficeRunning, real: RealOffice, smtp_relay: RelaySmtpServer) -> None:
    p = real.people
    smtp_relay.fail_next(451)  # the first message the daemon sends meets "try again later"
    office.send(request_letter(real))
    office.mail_to(p.vendor, "ack_received")
    office.mail_to(p.kasubag, "approval_request")
    rows = office.drained()
    victim = message_id(smtp_relay.attempts[0])
    assert [message_id(a) for a in smtp_relay.attempts].count(victim) == 2  # refused once, then accepted
    [row] = [r for r in rows if r.message_id == victim]
    assert row.status == "sent" and row.attempts == 2
    assert all(r.status == "sent" for r in rows)
    assert [m.message_id for m in office.mails_to(row.recipient)].count(victim) == 1


def test_a_550_marks_the_row_failed_and_alerts_the_admins(
    office: RealOfficeRunning, real: RealOffice, smtp_relay: RelaySmtpServer
) -> None:
    smtp_relay.fail_next(550)
    office.send(request_letter(real))
    alert = office.mail_to(real.people.admin, "admin_alert")
    rows = office.drained()
    victim = message_id(smtp_relay.attempts[0])
    [row] = [r for r in rows if r.message_id == victim]
    assert row.status == "failed" and row.attempts == 1 and "550" in (row.last_error or "")
    assert row.template in alert.text and row.recipient in alert.text and victim in alert.text
    assert [message_id(a) for a in smtp_relay.attempts].count(victim) == 1  # a permanent refusal is not retried
    assert victim not in [m.message_id for m in office.mails_to(row.recipient)]
    assert all(r.status == "sent" for r in rows if r.id != row.id)


def test_a_cut_mid_data_is_resent_under_the_same_message_id(
    office: RealOfficeRunning, real: RealOffice, smtp_relay: RelaySmtpServer
) -> None:
    smtp_relay.disconnect_next(stage="data")  # the server takes the message, then drops the line
    office.send(request_letter(real))
    office.mail_to(real.people.vendor, "ack_received")
    office.mail_to(real.people.kasubag, "approval_request")
    rows = office.drained()
    first, second = smtp_relay.attempts[0], smtp_relay.attempts[1:]
    victim = message_id(first)
    again = [a for a in second if message_id(a) == victim]
    assert len(again) == 1 and again[0].recipients == first.recipients
    assert len([r for r in rows if r.message_id == victim]) == 1  # one outbox row, one Message-ID
    [row] = [r for r in rows if r.message_id == victim]
    assert row.status == "sent" and row.attempts == 2
    assert [m.message_id for m in office.mails_to(row.recipient)].count(victim) == 1


def test_smtp_down_then_back_everything_is_sent(tmp_path: Path, dovecot: DovecotServer) -> None:
    with RelaySmtpServer(dovecot) as relay:
        real = make_office(tmp_path, dovecot, relay)
        with running(real, dovecot) as office:
            relay.stop()  # the mail server is down: connection refused
            office.send(request_letter(real))
            office.handled(1)
            wait_until(lambda: any(r.last_error and r.attempts >= 2 for r in office.outbox()))
            with RelaySmtpServer(dovecot, port=relay.port) as back:  # the same server, up again
                office.mail_to(real.people.vendor, "ack_received")
                office.mail_to(real.people.kasubag, "approval_request")
                rows = office.drained()
            assert rows and all(r.status == "sent" for r in rows)
            assert sorted(message_id(r) for r in back.received) == sorted(r.message_id for r in rows)


@pytest.fixture
def own_dovecot() -> Iterator[DovecotServer]:
    with DovecotServer(tls=False) as server:  # killed and restarted: not the session's server
        yield server


def wait_until(condition: Callable[[], bool], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def test_dovecot_killed_during_idle_nothing_is_missed(tmp_path: Path, own_dovecot: DovecotServer) -> None:
    with RelaySmtpServer(own_dovecot) as relay:
        real = make_office(tmp_path, own_dovecot, relay)
        p = real.people
        with running(real, own_dovecot) as office:
            mailbox = office.daemon.parts.mailbox  # type: ignore[union-attr]
            wait_until(lambda: mailbox.last_ok is not None)  # one pass done: waiting in IDLE

            # The server dies while the daemon idles, comes back, and only then a letter arrives.
            own_dovecot.kill()
            own_dovecot.start()
            office.send(request_letter(real))
            assert office.mail_to(p.vendor, "ack_received").subject.startswith(f"[{FIRST}]")

            # A letter delivered right before a crash is not lost either.
            office.send(letter(p.vendor, complete_letter(p.vendor), subject="Permohonan Remote Akses (kedua)", to=p.lpse))
            own_dovecot.kill()
            own_dovecot.start()
            assert office.mail_to(p.vendor, "ack_received", nth=2).subject.startswith(f"[{SECOND}]")
            office.handled(2)
            assert office.folder("INBOX") == []
            # Killing Dovecot can cut the relay's LMTP after the mail was stored: the same Message-ID
            # may then arrive twice (DESIGN §9's accepted price), but never a second logical message.
            approvals = {m.message_id for m in office.mails_to(p.kasubag) if m.template == "approval_request"}
            assert len(approvals) == 2
            assert [r.template for r in office.drained()].count("approval_request") == 2
