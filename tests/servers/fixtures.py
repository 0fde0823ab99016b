"""pytest fixtures over the real test servers; load with `pytest_plugins = ["tests.servers.fixtures"]`.

    dovecot          session   Dovecot with IMAP, IMAPS (fixture CA: `dovecot.ca_file`), LMTP, MOVE and IDLE
    dovecot_minimal  session   an older-style server: no TLS, no MOVE, no IDLE, namespace prefix "INBOX."
    mail_account     function  a fresh address + password on `dovecot` (tests never share a mailbox)
    smtp_relay       function  an SMTP server relaying into `dovecot` over LMTP, with fault injection
    postgres         session   a PostgreSQL 15 cluster; `postgres.create_database(name)` gives a URL

`mailbox_config(server, account)` and `smtp_config(relay)` build the daemon's config objects
pointing at them (plain text on loopback unless changed: `security="tls"`, `port=...`).

Servers start lazily: a test run that needs none of them starts none. A failed login makes
Dovecot delay the next login from 127.0.0.1 by seconds (its auth penalty): a test that tries a
wrong password should start its own `DovecotServer()` (about 50 ms).
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest

from daemon.setup.config import MailboxConfig, SmtpConfig
from tests.servers.dovecot import DovecotServer
from tests.servers.postgres import PostgresServer
from tests.servers.smtp import RelaySmtpServer

_counter = itertools.count(1)


@dataclass(frozen=True)
class MailAccount:
    address: str
    password: str


def new_account(server: DovecotServer, local: str = "user") -> MailAccount:
    """Create a mailbox with a unique address on `server`."""
    account = MailAccount(f"{local}{next(_counter)}@lpse.test", secrets.token_urlsafe(12))
    server.add_user(account.address, account.password)
    return account


def mailbox_config(server: DovecotServer, account: MailAccount, **changes: Any) -> MailboxConfig:
    """A MailboxConfig for `account` on `server` (plain IMAP on loopback), with `changes` applied."""
    cfg = MailboxConfig(
        host=server.host, port=server.imap_port, security="none", username=account.address,
        password=account.password, password_file="", poll_interval=60.0, max_message_size=25 * 1024**2,
        alarm_after=900.0, existing_mail="process", unrelated="move",
    )  # a dedicated test mailbox: mail there before the first start is worked, all of it leaves the INBOX
    return replace(cfg, **changes)


def smtp_config(relay: RelaySmtpServer, **changes: Any) -> SmtpConfig:
    """An SmtpConfig for `relay` (plain text, no login), with `changes` applied."""
    cfg = SmtpConfig(
        host=relay.host, port=relay.port, security="none", username="", password="", password_file="",
        from_address="lpse@lpse.test", timeout=5.0, retry_for=3600.0,
    )
    return replace(cfg, **changes)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    with DovecotServer() as server:
        yield server


@pytest.fixture(scope="session")
def dovecot_minimal() -> Iterator[DovecotServer]:
    with DovecotServer(tls=False, without=("MOVE", "IDLE"), prefix="INBOX.") as server:
        yield server


@pytest.fixture
def mail_account(dovecot: DovecotServer) -> MailAccount:
    return new_account(dovecot)


@pytest.fixture
def smtp_relay(dovecot: DovecotServer) -> Iterator[RelaySmtpServer]:
    with RelaySmtpServer(dovecot) as relay:
        yield relay


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    with PostgresServer() as server:
        yield server
