"""`check`'s probes against real servers: each failure is named so an office admin can act."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from daemon.mail.probe import ProbeResult, probe_imap, probe_smtp
from daemon.setup.config import SmtpConfig
from tests.servers import free_port
from tests.servers.dovecot import DovecotServer
from tests.servers.fixtures import MailAccount, mailbox_config, new_account, smtp_config
from tests.servers.smtp import RelaySmtpServer

pytestmark = pytest.mark.servers


def failure(results: list[ProbeResult]) -> ProbeResult:
    failed = [r for r in results if not r.ok]
    assert len(failed) == 1, results
    return failed[0]


def test_imap_all_good_creates_folders(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    cfg = mailbox_config(dovecot, mail_account, port=dovecot.imaps_port, security="tls", tls_ca_file=str(dovecot.ca_file))
    results = probe_imap(cfg, timeout=5)
    assert all(r.ok and not r.warning for r in results), results
    assert any("sudah dibuat" in r.detail for r in results)
    assert all(r.ok for r in probe_imap(cfg, timeout=5))  # the second time they exist


def test_imap_warns_without_move_and_idle(dovecot_minimal: DovecotServer) -> None:
    account = new_account(dovecot_minimal)
    results = probe_imap(mailbox_config(dovecot_minimal, account), timeout=5)
    assert all(r.ok for r in results)
    warnings = {r.what: r.detail for r in results if r.warning}
    assert set(warnings) == {"IMAP: MOVE", "IMAP: IDLE"}
    assert "COPY" in warnings["IMAP: MOVE"] and "polling" in warnings["IMAP: IDLE"]
    assert any(r.what == "IMAP: folder INBOX.Diproses" for r in results)


def test_imap_wrong_password() -> None:
    with DovecotServer(tls=False) as server:  # its own: a failed login slows later ones
        account = new_account(server)
        results = probe_imap(mailbox_config(server, account, password="keliru"), timeout=5)
    bad = failure(results)
    assert bad.what == "IMAP: login" and "kata sandi ditolak" in bad.detail and "keliru" not in bad.detail


def test_imap_wrong_port_is_connection_refused(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    bad = failure(probe_imap(mailbox_config(dovecot, mail_account, port=free_port()), timeout=5))
    assert "menolak sambungan" in bad.detail and "connection refused" in bad.detail


def test_imap_host_not_found(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    cfg = mailbox_config(dovecot, mail_account, host="mail.tidak-ada.invalid", security="tls")
    assert "tidak ditemukan" in failure(probe_imap(cfg, timeout=5)).detail


def test_imap_untrusted_certificate_suggests_tls_ca_file(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    cfg = mailbox_config(dovecot, mail_account, port=dovecot.imaps_port, security="tls")
    bad = failure(probe_imap(cfg, timeout=5))
    assert "tidak dipercaya" in bad.detail and "tls_ca_file" in bad.detail


def test_imap_tls_against_a_plain_port(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    cfg = mailbox_config(dovecot, mail_account, security="tls", tls_ca_file=str(dovecot.ca_file))
    assert "Jabat tangan TLS" in failure(probe_imap(cfg, timeout=5)).detail


def test_imap_server_without_tls_offers_no_starttls(dovecot_minimal: DovecotServer) -> None:
    account = new_account(dovecot_minimal)
    bad = failure(probe_imap(mailbox_config(dovecot_minimal, account, security="starttls"), timeout=5))
    assert "tidak menawarkan STARTTLS" in bad.detail


def test_smtp_all_good_with_starttls_and_login(dovecot: DovecotServer) -> None:
    with RelaySmtpServer(dovecot, username="lpse", password="rahasia", starttls=True) as relay:
        cfg = smtp_config(relay, security="starttls", tls_ca_file=relay.ca_file, username="lpse", password="rahasia")
        results = asyncio.run(probe_smtp(cfg, timeout=5))
        assert [r.ok for r in results] == [True, True], results
        bad = failure(asyncio.run(probe_smtp(replace(cfg, password="keliru"), timeout=5)))
        assert bad.what == "SMTP: login" and "kata sandi ditolak" in bad.detail and "535" in bad.detail
        bad = failure(asyncio.run(probe_smtp(replace(cfg, tls_ca_file=""), timeout=5)))
        assert "tidak dipercaya" in bad.detail
        assert relay.received == []


def test_smtp_server_without_tls(smtp_relay: RelaySmtpServer) -> None:
    bad = failure(asyncio.run(probe_smtp(smtp_config(smtp_relay, security="starttls"), timeout=5)))
    assert "tidak menawarkan STARTTLS" in bad.detail


def test_smtp_wrong_port(smtp_relay: RelaySmtpServer) -> None:
    bad = failure(asyncio.run(probe_smtp(smtp_config(smtp_relay, port=free_port()), timeout=5)))
    assert "menolak sambungan" in bad.detail


def test_smtp_implicit_tls_against_a_plain_port(smtp_relay: RelaySmtpServer, dovecot: DovecotServer) -> None:
    cfg = smtp_config(smtp_relay, security="tls", tls_ca_file=str(dovecot.ca_file))
    assert "Jabat tangan TLS" in failure(asyncio.run(probe_smtp(cfg, timeout=5))).detail


def test_a_server_that_never_answers_is_a_timeout(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        imap = failure(probe_imap(mailbox_config(dovecot, mail_account, port=port), timeout=0.5))
        smtp = failure(asyncio.run(probe_smtp(SmtpConfig(host="127.0.0.1", port=port, security="none",
                                                         username="", timeout=5.0, retry_for=60.0), timeout=0.5)))
    assert "tidak menjawab" in imap.detail and "tidak menjawab" in smtp.detail
