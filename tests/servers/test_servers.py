"""The test servers themselves: they start, keep mail across restarts, inject faults, and clean up."""

from __future__ import annotations

import smtplib

import pytest

from tests.servers.dovecot import DovecotServer
from tests.servers.fixtures import MailAccount, new_account
from tests.servers.postgres import PostgresServer
from tests.servers.smtp import RelaySmtpServer

pytestmark = pytest.mark.servers

RAW = b"From: a@vendor.test\r\nSubject: uji\r\n\r\nisi\r\n"


def test_dovecot_keeps_mail_across_kill_and_restart_and_cleans_up() -> None:
    server = DovecotServer()
    server.start()
    account = new_account(server)
    server.deliver(account.address, RAW)
    server.kill()
    server.start()
    client = server.client(account.address)
    assert len(client.search()) == 1
    client.logout()
    root = server.root
    server.close()
    assert not root.exists()


def test_relay_delivers_into_dovecot_and_refuses_on_demand(
    dovecot: DovecotServer, mail_account: MailAccount, smtp_relay: RelaySmtpServer
) -> None:
    smtp_relay.refuse_recipient("ditolak@lpse.test", 550)
    with smtplib.SMTP(smtp_relay.host, smtp_relay.port, timeout=5) as smtp:
        refused = smtp.sendmail("a@vendor.test", [mail_account.address, "ditolak@lpse.test"], RAW)
    assert list(refused) == ["ditolak@lpse.test"]
    assert smtp_relay.received[0].recipients == (mail_account.address,)
    assert len(dovecot.client(mail_account.address).search()) == 1


def test_postgres_creates_databases(postgres: PostgresServer) -> None:
    psycopg = pytest.importorskip("psycopg")
    url = postgres.create_database("lpse_uji")
    assert url.startswith("postgresql+psycopg://") and url.endswith("/lpse_uji")
    with psycopg.connect(host=postgres.host, port=postgres.port, user=postgres.user, dbname="lpse_uji") as conn:
        assert conn.execute("select current_database()").fetchone() == ("lpse_uji",)
