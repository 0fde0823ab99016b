"""Shared test setup: the real-server fixtures (started only when a test asks for them).

`real` is an office configured against the real Dovecot and SMTP relay; `office` runs the daemon
on it. A test module may define its own `office` (the sandbox conversation does): its own wins.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.real_office import RealOffice, RealOfficeRunning, make_office, running
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RelaySmtpServer

pytest_plugins = ["tests.servers.fixtures"]


@pytest.fixture
def real(tmp_path: Path, dovecot: DovecotServer, smtp_relay: RelaySmtpServer) -> RealOffice:
    return make_office(tmp_path, dovecot, smtp_relay)


@pytest.fixture
def office(real: RealOffice, dovecot: DovecotServer) -> Iterator[RealOfficeRunning]:
    with running(real, dovecot) as o:
        yield o
