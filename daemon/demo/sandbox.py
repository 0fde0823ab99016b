"""The embedded default: a whole office in one folder (Maildir inbox, Maildir outboxes, SQLite).

`lpse-akses demo` and the tests build one with `make_sandbox(dir)`: a config file that the
other commands accept (`lpse-akses --config DIR/config.toml requests list`), a secret key,
and two small provisioning programs that record accounts in `DIR/accounts.log` (never the
password) so the `command` backend runs for real.
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

OFFICE = "LPSE Kota Salatiga"
LPSE = "lpse@salatiga.go.id"
ADMIN = "admin.lpse@salatiga.go.id"
KASUBAG = "kasubag.lpse@salatiga.go.id"

_CREATE = """#!{python}
# Sandbox provisioner: records the account (never the password) in accounts.log.
import sys, datetime
password = sys.stdin.readline().rstrip("\\n")
with open({log!r}, "a") as log:
    log.write(f"{{datetime.datetime.now().isoformat(timespec='seconds')}} create {{sys.argv[1]}} rights={{sys.argv[2]}} expires={{sys.argv[3]}} password_length={{len(password)}}\\n")
"""
_DISABLE = """#!{python}
import sys, datetime
with open({log!r}, "a") as log:
    log.write(f"{{datetime.datetime.now().isoformat(timespec='seconds')}} disable {{sys.argv[1]}}\\n")
"""


@dataclass(frozen=True)
class Sandbox:
    root: Path
    config: Path
    inbox: Path  # the LPSE mailbox (Maildir)
    outboxes: Path  # one Maildir per recipient address
    accounts_log: Path
    port: int

    def mailbox_of(self, address: str) -> Path:
        return self.outboxes / address.lower()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_sandbox(root: Path, *, port: int | None = None, extra_toml: str = "", delivery: str = "email") -> Sandbox:
    """Create (or reuse) a sandbox in `root`; an existing config and database are kept."""
    root = root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    inbox, outboxes, bin_dir = root / "inbox", root / "outboxes", root / "bin"
    for d in (inbox / "new", inbox / "cur", inbox / "tmp", outboxes, bin_dir):
        d.mkdir(parents=True, exist_ok=True)
    log = root / "accounts.log"
    for name, body in (("ra-create", _CREATE), ("ra-disable", _DISABLE)):
        script = bin_dir / name
        script.write_text(body.format(python=sys.executable, log=str(log)))
        script.chmod(0o755)
    key = root / "secret-key"
    if not key.exists():
        key.write_text(secrets.token_urlsafe(48) + "\n")
        key.chmod(0o600)
    config = root / "config.toml"
    config.write_text(
        f"""# The lpse-akses sandbox: everything local, nothing leaves this folder.
[office]
name = "{OFFICE}"
city = "Salatiga"
timezone = "Asia/Jakarta"
signer_name = "BAYU JOKO MULYONO, S.Sos, M.Si"
signer_rank = "Pembina"
signer_nip = "19750402 200312 1 008"

[database]
url = "sqlite:///{root / 'lpse-akses.db'}"

[mailbox]
backend = "maildir"
path = "{inbox}"
poll_interval = "1s"
# The sandbox's mailbox is its own: letters dropped before the first start are worked too,
# and every message leaves the folder once handled (a shared office mailbox keeps the defaults).
existing_mail = "process"
unrelated = "move"

[smtp]
backend = "maildir"
path = "{outboxes}"
from_address = "{OFFICE} <{LPSE}>"

[people]
admins = ["{ADMIN}"]
approvers = ["{KASUBAG}"]
digest_recipients = ["{ADMIN}", "{KASUBAG}"]

[credentials]
key_file = "{key}"
delivery = "{delivery}"

[provisioner]
backend = "command"
create = ["{bin_dir / 'ra-create'}", "{{username}}", "{{rights}}", "{{expires}}"]
disable = ["{bin_dir / 'ra-disable'}", "{{username}}"]
timeout = "20s"

[web]
listen = "127.0.0.1:{port}"
public_url = "http://127.0.0.1:{port}"
{extra_toml}"""
    )
    return Sandbox(root, config, inbox, outboxes, log, port)


def drop_mail(inbox: Path, raw: bytes, name: str | None = None) -> Path:
    """Deliver a message into a Maildir the way an MTA does: write in tmp/, rename into new/."""
    name = name or f"{secrets.token_hex(8)}.lpse-akses-demo"
    tmp = inbox / "tmp" / name
    tmp.write_bytes(raw)
    os.replace(tmp, inbox / "new" / name)
    return inbox / "new" / name


def read_mailbox(box: Path) -> list[bytes]:
    """Every message in a recipient's Maildir, oldest first."""
    files = [p for sub in ("new", "cur") if (box / sub).is_dir() for p in (box / sub).iterdir()]
    return [p.read_bytes() for p in sorted(files, key=lambda p: (p.stat().st_mtime_ns, p.name))]
