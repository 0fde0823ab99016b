"""The linux backend for real: accounts made by the root helper, logged into through a real sshd.

Root only (CI is root on a throw-away machine; see tests/servers/accounts.py for what is created and
removed). Not root: skipped, unless LPSE_AKSES_ACCOUNT_TESTS=1 demands them, then it fails.
The daemon's parts are the real service, worker, timers and outbox on SQLite and Maildirs, with the
clock at the machine's real time (the system's own expiry must not be in the past); the test moves it
to the grant's end to drive the expiry timer.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from pathlib import Path

import paramiko
import pytest
from sqlalchemy import select

from daemon.admin_ops import AdminOps
from daemon.core.fields import RequestFields
from daemon.core.policy import username_for
from daemon.demo.sandbox import read_mailbox
from daemon.mail.templates import MailRenderer
from daemon.mail.transport.maildir import MaildirTransport
from daemon.service import Actor, Service
from daemon.store.models import AccessRequest
from daemon.workers.outbox import Outbox
from daemon.workers.provisioners import AccountSpec, ProvisionFailed
from daemon.workers.provisioners.linux import LinuxProvisioner, ask_helper
from daemon.workers.provisioning import ProvisioningWorker
from daemon.workers.timers import Timers
from tests.helpers import FakeClock, fresh_db, sandbox_config
from tests.servers import accounts as acc

pytestmark = pytest.mark.accounts
REQUESTER = "budi@mitra.co.id"

if os.geteuid() != 0:
    if os.environ.get("LPSE_AKSES_ACCOUNT_TESTS") == "1":
        raise RuntimeError("LPSE_AKSES_ACCOUNT_TESTS=1, but these tests make real accounts and need root")
    pytest.skip("real accounts need root (CI runs them as root)", allow_module_level=True)


@pytest.fixture(scope="module")
def sshd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[acc.Sshd]:
    server = acc.start_sshd(tmp_path_factory.mktemp("sshd"))
    yield server
    server.stop()


@dataclass
class Office:
    root: Path
    cfg_path: Path
    helper: acc.Helper
    backend: LinuxProvisioner
    key_file: Path
    public_key: str


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    acc.remove_test_accounts()
    acc.make_groups()
    sock = Path(f"/tmp/lpse-helper-{os.getpid()}-{time.monotonic_ns()}") / "helper.sock"
    sock.parent.mkdir(mode=0o700)
    cfg = sandbox_config(tmp_path / "office", extra_toml=acc.helper_toml(sock))
    helper = acc.start_helper(cfg.path, sock, tmp_path / "helper.log")
    key = tmp_path / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "budi", "-f", str(key)], check=True)
    public = " ".join(key.with_suffix(".pub").read_text().split()[:2])
    try:
        yield Office(tmp_path, cfg.path, helper, LinuxProvisioner(cfg.provisioner.linux, timeout=30), key, public)
    finally:
        helper.stop()
        acc.remove_test_accounts()
        acc.remove_groups()
        sock.unlink(missing_ok=True)
        sock.parent.rmdir()


def login(sshd: acc.Sshd, user: str, *, password: str | None = None, key: Path | None = None) -> paramiko.SSHClient | None:
    """A logged-in client, or None when sshd refuses."""
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    pkey = paramiko.Ed25519Key.from_private_key_file(str(key)) if key else None
    try:
        client.connect("127.0.0.1", sshd.port, user, password=password, pkey=pkey, look_for_keys=False,
                       allow_agent=False, timeout=15, auth_timeout=15, banner_timeout=15)  # fmt: skip
    except (paramiko.AuthenticationException, paramiko.SSHException, EOFError, OSError):
        client.close()
        return None
    return client


def whoami(client: paramiko.SSHClient) -> str:
    _, out, _ = client.exec_command("id -un", timeout=15)
    return out.read().decode().strip()


def can_log_in(sshd: acc.Sshd, user: str, **how: object) -> bool:
    client = login(sshd, user, **how)  # type: ignore[arg-type]
    if client is None:
        return False
    try:
        return whoami(client) == user
    finally:
        client.close()


class Daemon:
    """The daemon's own parts around the linux backend; only the clock is ours."""

    def __init__(self, office: Office, fields: RequestFields) -> None:
        from daemon.setup import configfile

        self.cfg = configfile.load(office.cfg_path)
        self.db = fresh_db(self.cfg)
        self.clock = FakeClock(datetime.now(timezone.utc).replace(second=0, microsecond=0))
        self.svc = Service(self.cfg)
        self.worker = ProvisioningWorker(self.db, self.cfg, self.svc, office.backend, self.clock)
        self.timers = Timers(self.db, self.cfg, self.svc, self.clock)
        self.outbox = Outbox(self.db, self.cfg, self.svc, MaildirTransport(Path(self.cfg.smtp.path)), MailRenderer(), self.clock)
        self.ops = AdminOps(self.db, self.cfg, self.clock)
        with self.db.transaction() as s:
            req = self.svc.receive(
                s, fields=fields, requester=REQUESTER, credentials_to=REQUESTER, lang="id", reasons=["uji"],
                letter=None, actor=Actor(REQUESTER, "email"), now=self.clock(),
            )  # fmt: skip
            self.number = req.number

    def run(self) -> None:
        asyncio.run(self.worker.run_due())
        asyncio.run(self.outbox.send_due())

    def request(self) -> AccessRequest:
        with self.db.reading() as s:
            req = s.scalar(select(AccessRequest).where(AccessRequest.number == self.number))
            assert req is not None
            return req

    def credentials(self) -> tuple[str, str]:
        """(username, password) as the credentials mail gives them to the requester."""
        for raw in read_mailbox(Path(self.cfg.smtp.path) / REQUESTER):
            msg = message_from_bytes(raw)
            if "dibuat" not in str(msg["Subject"]):
                continue
            part = next(p for p in msg.walk() if p.get_content_type() == "text/plain")
            text = part.get_payload(decode=True).decode()
            user = re.search(r"Nama pengguna \(username\) : (\S+)", text)
            password = re.search(r"Kata sandi\s+: (\S+)", text)
            grouped = re.search(r"dibaca per empat huruf : (.+?)   \(", text)
            assert user and password and grouped, text
            assert grouped.group(1).replace(" ", "") == password.group(1)
            return user.group(1), password.group(1)
        raise AssertionError("no credentials mail")


def fields(public_key: str = "") -> RequestFields:
    return RequestFields(name="Budi Santoso", institution="PT Mitra", purpose="Pemeliharaan server SPSE",
                         access_rights=("ssh",), email=REQUESTER, ssh_public_key=public_key or None)  # fmt: skip


def expiry_day(user: str) -> str:
    return acc.run("chage", "-l", user).split("Account expires", 1)[1].splitlines()[0].split(":", 1)[1].strip()


def status(user: str) -> str:
    return acc.run("passwd", "-S", user).split()[1]  # P usable, L locked


def test_made_logged_into_with_password_and_key_then_closed(office: Office, sshd: acc.Sshd) -> None:
    d = Daemon(office, fields(office.public_key))
    d.ops.approve(d.number, "admin", "disetujui lisan oleh Kasubag")
    d.run()
    req = d.request()
    assert req.state == "active", req.state
    user, password = d.credentials()
    assert user == username_for(d.number, acc.PREFIX) and len(password) == 16
    passwd = acc.run("getent", "passwd", user).strip().split(":")
    assert passwd[0] == user and passwd[5] == f"/home/{user}" and passwd[6] == "/bin/bash"
    assert d.number in passwd[4]
    assert acc.run("id", "-nG", user).split() == [user, acc.MARKER, acc.SSH_GROUP]
    assert status(user) == "P"
    assert req.grant_end is not None
    backstop = (req.grant_end.astimezone(timezone.utc) + timedelta(days=1)).strftime("%b %d, %Y")
    assert expiry_day(user) == backstop  # a whole UTC day after the end: the backstop only
    keys = Path(f"/home/{user}/.ssh/authorized_keys").read_text()
    assert keys.startswith(f'expiry-time="{req.grant_end.astimezone(timezone.utc):%Y%m%d%H%M}Z" {office.public_key} ')
    assert can_log_in(sshd, user, password=password)
    assert can_log_in(sshd, user, key=office.key_file)
    assert not can_log_in(sshd, user, password=password[::-1])
    session = login(sshd, user, password=password)
    assert session is not None

    d.ops.close(d.number, "admin", "pekerjaan selesai")
    d.run()
    assert d.request().state == "closed"
    assert status(user) == "L"
    assert expiry_day(user) == "Jan 02, 1970"
    assert not Path(f"/home/{user}/.ssh/authorized_keys").exists()
    assert not can_log_in(sshd, user, password=password)
    assert not can_log_in(sshd, user, key=office.key_file)
    acc.wait_for(lambda: not session.get_transport().is_active(), "the end of the open session", timeout=15)  # type: ignore[union-attr]
    assert f"disable {user}: disabled" in office.helper.log_text()


def test_the_grant_ends_at_its_minute_not_the_next_day(office: Office, sshd: acc.Sshd) -> None:
    d = Daemon(office, fields(office.public_key))
    d.ops.approve(d.number, "admin", "disetujui")
    d.run()
    user, password = d.credentials()
    end = d.request().grant_end
    assert end is not None
    d.clock.now = end - timedelta(minutes=1)
    d.timers.run_due()
    d.run()
    assert d.request().state == "active" and status(user) == "P"
    assert can_log_in(sshd, user, password=password)
    d.clock.now = end  # the expiry timer, at the exact minute
    d.timers.run_due()
    d.run()
    assert d.request().state == "closed" and d.request().closing_because == "expired"
    assert not can_log_in(sshd, user, password=password)
    assert not can_log_in(sshd, user, key=office.key_file)


def test_an_extension_moves_both_expiries(office: Office, sshd: acc.Sshd) -> None:
    d = Daemon(office, fields(office.public_key))
    d.ops.approve(d.number, "admin", "disetujui")
    d.run()
    user, _ = d.credentials()
    until = (d.clock() + timedelta(days=20)).astimezone(d.cfg.office.tz).replace(tzinfo=None)
    d.ops.extend(d.number, until, "admin", "perpanjangan disetujui Kasubag")
    d.run()
    end = d.request().grant_end
    assert end is not None
    assert expiry_day(user) == (end.astimezone(timezone.utc) + timedelta(days=1)).strftime("%b %d, %Y")
    assert f'expiry-time="{end.astimezone(timezone.utc):%Y%m%d%H%M}Z"' in Path(f"/home/{user}/.ssh/authorized_keys").read_text()
    assert can_log_in(sshd, user, key=office.key_file)


def spec(user: str, expires: datetime, key: str = "", rights: tuple[str, ...] = ("ssh",)) -> AccountSpec:
    return AccountSpec(username=user, number="RA-2026-0042", rights=rights, expires=expires, name="", institution="",
                       purpose="", requester=REQUESTER, ssh_public_key=key or None)  # fmt: skip


def test_a_key_stops_at_its_expiry_minute_even_before_the_system_day(office: Office, sshd: acc.Sshd) -> None:
    """sshd honours `expiry-time` to the minute: a grant that ended a minute ago has a dead key,
    while the system expiry (a whole day) still lets the password in."""
    ended = datetime.now(timezone.utc) - timedelta(minutes=1)
    office.backend.create(spec("zt26_0042", ended, office.public_key), "Rahasia#Kuat7Pwd")
    assert can_log_in(sshd, "zt26_0042", password="Rahasia#Kuat7Pwd")
    assert not can_log_in(sshd, "zt26_0042", key=office.key_file)


def test_every_call_is_idempotent(office: Office, sshd: acc.Sshd) -> None:
    expires = datetime.now(timezone.utc) + timedelta(days=3)
    account = spec("zt26_0043", expires, office.public_key, ("ssh", "database-readonly"))
    for _ in range(2):
        office.backend.create(account, "Rahasia#Kuat7Pwd")
    assert acc.run("id", "-nG", "zt26_0043").split() == ["zt26_0043", acc.MARKER, acc.SSH_GROUP, acc.DB_GROUP]
    office.backend.extend(replace(account, expires=expires + timedelta(days=1)))
    office.backend.set_password(account, "Lain#Sandi9Kuat")
    assert can_log_in(sshd, "zt26_0043", password="Lain#Sandi9Kuat")
    for _ in range(2):
        office.backend.disable(account)
    office.backend.disable(spec("zt26_0044", expires))  # never made: nothing to close
    assert status("zt26_0043") == "L"


def ask(office: Office, **request: object) -> dict[str, object]:
    return ask_helper(str(office.helper.socket), dict(request), timeout=30)


def test_the_helper_refuses_what_is_not_its_to_do(office: Office) -> None:
    soon = (datetime.now(timezone.utc) + timedelta(days=1)).isoformat()
    good = {"action": "create", "groups": [acc.SSH_GROUP], "expires": soon, "password": "Rahasia#Kuat7Pwd"}
    for username in ("root", "ra26_0001", "zt26_1", "zt26_0001;id", "../zt26_0001"):
        reply = ask(office, **good, username=username)
        assert reply["ok"] is False and "does not match the request-number pattern" in str(reply["error"])
    reply = ask(office, **(good | {"groups": ["sudo"]}), username="zt26_0050")
    assert reply["ok"] is False and "'sudo' is not in provisioner.linux.groups" in str(reply["error"])
    reply = ask(office, **good, username="zt26_0050", ssh_public_key='command="sh" ' + office.public_key)
    assert reply["ok"] is False and "ssh_public_key" in str(reply["error"])
    reply = ask(office, **(good | {"password": "pendek"}), username="zt26_0050")
    assert reply["ok"] is False and "password breaks the rule" in str(reply["error"])
    reply = ask(office, action="delete", username="zt26_0050")
    assert reply["ok"] is False and "unknown action" in str(reply["error"])
    assert acc.run("getent", "passwd", "zt26_0050") == ""
    log = office.helper.log_text()
    assert "refused: username 'root'" in log and "refused: group 'sudo'" in log
    assert "Rahasia#Kuat7Pwd" not in log  # the password never reaches the log


def test_the_helper_leaves_an_account_it_did_not_make(office: Office) -> None:
    subprocess.run(["useradd", "-m", acc.PLAIN_USER], check=True)
    subprocess.run(["chpasswd"], input=f"{acc.PLAIN_USER}:Milik#Orang7Lain\n", text=True, check=True)
    before = (acc.run("getent", "shadow", acc.PLAIN_USER), acc.run("id", "-nG", acc.PLAIN_USER))
    expires = datetime.now(timezone.utc) + timedelta(days=1)
    account = spec(acc.PLAIN_USER, expires)
    for call in (lambda: office.backend.create(account, "Rahasia#Kuat7Pwd"), lambda: office.backend.extend(account),
                 lambda: office.backend.set_password(account, "Rahasia#Kuat7Pwd"), lambda: office.backend.disable(account)):  # fmt: skip
        with pytest.raises(ProvisionFailed, match="not made by lpse-akses, left alone"):
            call()
    assert (acc.run("getent", "shadow", acc.PLAIN_USER), acc.run("id", "-nG", acc.PLAIN_USER)) == before


def test_the_unit_needs_etc_itself_not_only_the_four_files(tmp_path: Path) -> None:
    """Why ReadWritePaths names /etc: shadow locks and renames beside the files."""
    four = ["/etc/passwd", "/etc/shadow", "/etc/group", "/etc/gshadow", "/home"]
    done = subprocess.run(acc.sandboxed(["useradd", "-M", "zt26_0099"], four), capture_output=True, text=True, check=False)
    assert done.returncode != 0 and "cannot lock /etc/passwd" in done.stderr
    assert acc.run("getent", "passwd", "zt26_0099") == ""
    assert "/etc" in acc.unit_write_paths() and "/home" in acc.unit_write_paths()


def test_check_sees_the_helper_and_the_groups(office: Office) -> None:
    from daemon.checks import _check_linux
    from daemon.setup import configfile

    cfg = configfile.load(office.cfg_path)
    said: list[str] = []
    assert _check_linux(cfg, said.append) == 0, said
    assert any("menjawab" in s for s in said)
    subprocess.run(["groupdel", acc.DB_GROUP], check=True)
    said.clear()
    assert _check_linux(cfg, said.append) == 1
    assert any(f"grup {acc.DB_GROUP} tidak ada" in s for s in said)
    office.helper.stop()
    said.clear()
    assert _check_linux(cfg, said.append) == 1 and "tidak dapat dihubungi" in said[0]


def test_the_helper_socket_is_only_for_its_group(office: Office) -> None:
    mode = office.helper.socket.stat().st_mode & 0o777
    assert mode == 0o660
    with socket.socket(socket.AF_UNIX) as s:  # root may; the daemon's user is in the group
        s.connect(str(office.helper.socket))
        s.sendall(b"not json\n")
        assert json.loads(s.makefile().readline())["ok"] is False
