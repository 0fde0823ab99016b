"""pytest fixtures over the real test servers; load with `pytest_plugins = ["tests.servers.fixtures"]`.

    dovecot          session   Dovecot with IMAP, IMAPS (fixture CA: `dovecot.ca_file`), LMTP, MOVE and IDLE
    dovecot_minimal  session   an older-style server: no TLS, no MOVE, no IDLE, namespace prefix "INBOX."
    mail_account     function  a fresh address + password on `dovecot` (tests never share a mailbox)
    smtp_relay       function  an SMTP server relaying into `dovecot` over LMTP, with fault injection
    postgres         session   a PostgreSQL 15 cluster; `postgres.create_database(name)` gives a URL

Servers start lazily: a test run that needs none of them starts none. A failed login makes
Dovecot delay the next login from 127.0.0.1 by seconds (its auth penalty): a test that tries a
wrong password should start its own `DovecotServer()` (about 50 ms).
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

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
