"""The office on real servers: the LPSE mailbox on the fixture Dovecot, mail out through the fixture relay.

`make_office(root, dovecot, relay)` writes what an admin would write (config.toml, the IMAP
password file, the secret key; the sandbox's provisioning programs, which log to
accounts.log) and creates one real Dovecot account per participant, so the daemon, the CLI
and the tests all read the same files. `running(office, dovecot)` starts the real daemon as
an `Office` whose letters arrive over LMTP and whose participants read their INBOX over IMAP.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from click.testing import CliRunner, Result
from imapclient import IMAPClient
from sqlalchemy import select

from cli.main import cli
from daemon.demo.sandbox import Sandbox, make_sandbox
from daemon.setup import configfile
from daemon.setup.config import Config
from daemon.store.models import OutboxMail
from tests.conversation import Office
from tests.servers import free_port
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RelaySmtpServer

YEAR = datetime.now(ZoneInfo("Asia/Jakarta")).year
FIRST = f"RA-{YEAR}-0001"
FAST_RETRY = (0.2, 0.5, 1.0)  # the outbox's backoff in tests: a retry within about a second


def complete_letter(vendor: str) -> str:
    """A request letter with every required field; the credentials go to `vendor`."""
    return f"""Dengan hormat,

Bersama ini kami mengajukan permohonan remote akses ke server LPSE Kota Salatiga.

Nama: Budi Santoso
Instansi: PT Maju Jaya Teknologi
Email: {vendor}
Tujuan: Pemeliharaan aplikasi SPSE
Hak Akses: SSH
Mulai: hari ini
Selesai: besok

Hormat kami,
Budi Santoso
"""


@dataclass(frozen=True)
class People:
    """Everyone's real mailbox on the Dovecot: address -> password."""

    lpse: str
    vendor: str
    kasubag: str
    admin: str
    backup: str
    passwords: dict[str, str]


def make_people(server: DovecotServer) -> People:
    tag = secrets.token_hex(3)
    addresses = {
        "lpse": f"lpse-{tag}@salatiga.test",
        "vendor": f"budi-{tag}@majujaya.test",
        "kasubag": f"kasubag-{tag}@salatiga.test",
        "admin": f"admin-{tag}@salatiga.test",
        "backup": f"sekretaris-{tag}@salatiga.test",
    }
    passwords = {a: secrets.token_urlsafe(12) for a in addresses.values()}
    for address, password in passwords.items():
        server.add_user(address, password)
    return People(**addresses, passwords=passwords)


@dataclass(frozen=True)
class RealOffice:
    root: Path
    config_path: Path
    people: People
    sandbox: Sandbox  # only its provisioning programs and accounts.log are used

    def config(self) -> Config:
        return configfile.load(self.config_path, {})

    def lpse(self, *args: str, code: int = 0) -> Result:
        """Run `lpse-akses --config <ours> ARGS` and insist on its exit code."""
        result = CliRunner().invoke(cli, ["--config", str(self.config_path), *args], env={"LPSE_AKSES_CONFIG": ""})
        assert result.exit_code == code, (result.exit_code, result.output, result.exception)
        return result


def make_office(
    root: Path,
    dovecot: DovecotServer,
    relay: RelaySmtpServer,
    *,
    mailbox: dict[str, Any] | None = None,
    smtp: dict[str, Any] | None = None,
    smtp_password: str = "",
    people: People | None = None,
) -> RealOffice:
    """Write the office's config for `dovecot` + `relay` (plain text on loopback unless overridden)."""
    root.mkdir(parents=True, exist_ok=True)
    people = people or make_people(dovecot)
    sandbox = make_sandbox(root / "sandbox")
    (root / "imap-password").write_text(people.passwords[people.lpse] + "\n")
    (root / "smtp-password").write_text(smtp_password + "\n")
    key = root / "secret-key"
    key.write_text(secrets.token_urlsafe(48) + "\n")
    key.chmod(0o600)
    port = free_port()
    mb: dict[str, Any] = {
        "backend": "imap", "host": dovecot.host, "port": dovecot.imap_port, "security": "none",
        "username": people.lpse, "password_file": str(root / "imap-password"), "poll_interval": "1s",
    }  # fmt: skip
    sm: dict[str, Any] = {
        "backend": "smtp", "host": relay.host, "port": relay.port, "security": "none", "username": "",
        "password_file": str(root / "smtp-password"), "from_address": f"LPSE Kota Salatiga <{people.lpse}>",
        "timeout": "10s",
    }  # fmt: skip
    mb.update(mailbox or {})
    sm.update(smtp or {})
    sandbox_cfg = configfile.load(sandbox.config, {}, secrets=False).provisioner
    text = f"""[office]
name = "LPSE Kota Salatiga"
city = "Salatiga"
timezone = "Asia/Jakarta"

[database]
url = "sqlite:///{root / 'lpse-akses.db'}"

[mailbox]
{_toml(mb)}
[smtp]
{_toml(sm)}
[people]
admins = ["{people.admin}"]
approvers = ["{people.kasubag}"]
backup_approvers = ["{people.backup}"]
digest_recipients = ["{people.admin}"]

[credentials]
key_file = "{key}"

[provisioner]
backend = "command"
create = {_list(sandbox_cfg.create)}
disable = {_list(sandbox_cfg.disable)}
timeout = "20s"

[web]
listen = "127.0.0.1:{port}"
public_url = "http://127.0.0.1:{port}"
"""
    config_path = root / "config.toml"
    config_path.write_text(text)
    return RealOffice(root, config_path, people, sandbox)


def _toml(values: dict[str, Any]) -> str:
    lines = []
    for key, value in values.items():
        rendered = str(value).lower() if isinstance(value, bool) else (str(value) if isinstance(value, int) else f'"{value}"')
        lines.append(f"{key} = {rendered}")
    return "\n".join(lines) + "\n"


def _list(items: tuple[str, ...]) -> str:
    return "[" + ", ".join(f'"{i}"' for i in items) + "]"


def read_folder(server: DovecotServer, address: str, password: str, folder: str = "INBOX") -> list[bytes]:
    """Every message in one folder of a real mailbox, oldest first, fetched without marking it read."""
    with IMAPClient(server.host, server.imap_port, ssl=False, timeout=10) as imap:
        imap.login(address, password)
        if not imap.folder_exists(folder):
            return []
        imap.select_folder(folder, readonly=True)
        uids = sorted(imap.search())
        if not uids:
            return []
        data = imap.fetch(uids, ["BODY.PEEK[]"])
        return [bytes(data[uid][b"BODY[]"]) for uid in uids]


class RealOfficeRunning(Office):
    """`Office` plus what a real-server test waits for: mail handled by the daemon, the outbox drained."""

    real: RealOffice
    server: DovecotServer

    def folder(self, name: str) -> list[bytes]:
        p = self.real.people
        return read_folder(self.server, p.lpse, p.passwords[p.lpse], name)

    def flags(self, name: str) -> list[tuple[bytes, ...]]:
        """The flags of each message in one folder of the LPSE mailbox, oldest first."""
        p = self.real.people
        with IMAPClient(self.server.host, self.server.imap_port, ssl=False, timeout=10) as imap:
            imap.login(p.lpse, p.passwords[p.lpse])
            imap.select_folder(name, readonly=True)
            found = imap.fetch(imap.search(), ["FLAGS"])
            return [tuple(found[uid][b"FLAGS"]) for uid in sorted(found)]

    def handled(self, count: int, *, timeout: float = 40) -> None:
        """Wait until `count` letters have left the LPSE INBOX for Diproses (recorded, then moved)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.folder("Diproses")) >= count:
                return
            if self.error is not None:
                raise self.error
            time.sleep(0.1)
        raise AssertionError(f"fewer than {count} letters in Diproses after {timeout} s")

    def outbox(self) -> list[OutboxMail]:
        """The outbox rows, read from the daemon's own database."""
        assert self.daemon.parts is not None
        with self.daemon.parts.db.reading() as s:
            rows = list(s.scalars(select(OutboxMail).order_by(OutboxMail.id)))
            s.expunge_all()
            return rows

    def drained(self, *, timeout: float = 40) -> list[OutboxMail]:
        """Wait until no outbox row is pending; the rows."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            rows = self.outbox()
            if all(r.status != "pending" for r in rows):
                return rows
            time.sleep(0.1)
        raise AssertionError(f"outbox still pending after {timeout} s: {[(r.template, r.last_error) for r in rows]}")


@contextmanager
def running(real: RealOffice, server: DovecotServer, **daemon_options: Any) -> Iterator[RealOfficeRunning]:
    """The daemon on `real`'s config; letters reach the LPSE mailbox over LMTP, as from an MTA."""
    people = real.people

    def deliver(raw: bytes) -> None:
        server.deliver(people.lpse, raw, envelope_from="pengirim@majujaya.test")

    def read_box(address: str) -> list[bytes]:
        return read_folder(server, address, people.passwords[address])

    daemon_options.setdefault("outbox_backoff", FAST_RETRY)
    office = RealOfficeRunning(real.config(), deliver, read_box, **daemon_options)
    office.real, office.server = real, server
    with office:
        yield office
