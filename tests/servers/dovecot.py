"""A real Dovecot (IMAP, IMAPS, LMTP) on loopback ports, in a temp dir, for one test session.

Facts it works around (IMPLEMENTATION-NOTES, "Test fixtures"): the temp dir must be 0711 for
the user lookup; Dovecot refuses mail access as UID 0, so mail belongs to the system user
`lpsetest` (created when missing); `imap-login` runs without a chroot; `base_dir` stays short
because unix socket paths are limited to ~107 bytes.

Variants for fallback tests: `without=("MOVE", "IDLE")` removes capabilities from what the
server advertises after login, `tls=False` turns TLS off (no STARTTLS, no IMAPS), `prefix`
sets the personal namespace prefix (`"INBOX."` like Courier or Cyrus).
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import smtplib
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from imapclient import IMAPClient

from tests.servers import free_port, wait_for_port, wait_for_port_closed
from tests.servers.certs import CertificateFiles, make_certificates

MAIL_USER = "lpsetest"
DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"

# What Dovecot 2.3 advertises after login; `without` removes entries from it.
DOVECOT_CAPABILITIES = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS "
    "THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS "
    "LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH "
    "LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW STATUS=SIZE SAVEDATE LITERAL+ "
    "NOTIFY SPECIAL-USE"
).split()


def mail_user_ids() -> tuple[int, int]:
    """uid and gid of the mail owner, creating the system user `lpsetest` when missing (needs root)."""
    try:
        entry = pwd.getpwnam(MAIL_USER)
    except KeyError:
        subprocess.run(  # two test workers may both try: the second one's "exists" is fine
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", MAIL_USER],
            check=False,
            capture_output=True,
        )
        entry = pwd.getpwnam(MAIL_USER)
    return entry.pw_uid, entry.pw_gid


class DovecotServer:
    """One Dovecot instance; `start()` / `stop()` / `kill()` / `restart()` keep ports and mail."""

    def __init__(
        self,
        *,
        tls: bool = True,
        without: tuple[str, ...] = (),
        prefix: str = "",
        separator: str = ".",
        certificates: CertificateFiles | None = None,
    ) -> None:
        self.tls = tls
        self.without = tuple(c.upper() for c in without)
        self.prefix = prefix
        self.separator = separator
        self.root = Path(tempfile.mkdtemp(prefix="dv", dir="/tmp"))
        self.root.chmod(0o711)
        self.uid, self.gid = mail_user_ids()
        self.mail_dir = self.root / "mail"
        self.mail_dir.mkdir(mode=0o700)
        os.chown(self.mail_dir, self.uid, self.gid)
        # One passwd-file per user: Dovecot rereads a changed passwd-file at most once a second,
        # so a user added right after a lookup would not be seen in a shared file.
        self.users_dir = self.root / "users"
        self.users_dir.mkdir(mode=0o755)
        self.certificates = certificates or make_certificates(self.root / "tls")
        self.imap_port = free_port()
        self.imaps_port = free_port() if tls else 0
        self.lmtp_port = free_port()
        self.passwords: dict[str, str] = {}
        self.process: subprocess.Popen[bytes] | None = None
        self.config_file = self.root / "dovecot.conf"
        self.config_file.write_text(self._config())

    @property
    def ca_file(self) -> Path:
        return self.certificates.ca_file

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def _config(self) -> str:
        r = self.root
        caps = ""
        if self.without:
            caps = "imap_capability = " + " ".join(c for c in DOVECOT_CAPABILITIES if c not in self.without)
        ssl = f"ssl = yes\nssl_cert = <{self.certificates.cert_file}\nssl_key = <{self.certificates.key_file}"
        imaps = f"inet_listener imaps {{\n    address = 127.0.0.1\n    port = {self.imaps_port}\n    ssl = yes\n  }}"
        return f"""
base_dir = {r}/run
state_dir = {r}/state
instance_name = dovecot-test-{self.imap_port}
log_path = {r}/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
{ssl if self.tls else "ssl = no"}
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = {min(self.uid, 500)}
mail_location = maildir:~/Maildir
mail_max_userip_connections = 200
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
{caps}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.users_dir}/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.users_dir}/%u
}}
namespace inbox {{
  inbox = yes
  separator = {self.separator}
  prefix = {self.prefix}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  {imaps if self.tls else ""}
}}
service pop3-login {{
  chroot =
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {self.lmtp_port}
  }}
}}
"""

    def add_user(self, address: str, password: str) -> None:
        """Add (or replace) a mail account."""
        home = self.mail_dir / address
        entry = self.users_dir / address
        entry.write_text(f"{address}:{{PLAIN}}{password}:{self.uid}:{self.gid}::{home}::\n")
        entry.chmod(0o644)
        self.passwords[address] = password

    def start(self) -> None:
        if self.process is not None:
            return
        (self.root / "run").mkdir(exist_ok=True)
        (self.root / "state").mkdir(exist_ok=True)
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config_file)],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "stderr.log", "ab"),
        )
        try:
            for port in (self.imap_port, self.lmtp_port) + ((self.imaps_port,) if self.tls else ()):
                wait_for_port(port)
        except TimeoutError:
            self.kill()
            raise RuntimeError("dovecot did not start:\n" + self.log()) from None

    def stop(self, grace: float = 1.0) -> None:
        """Shutdown: SIGTERM (clients get BYE), then SIGKILL after `grace` seconds; waits for the ports."""
        proc, self.process = self.process, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
        self._kill_group(proc)

    def kill(self) -> None:
        """SIGKILL to Dovecot and all its children at once, like a crash or a cut cable."""
        proc, self.process = self.process, None
        if proc is not None:
            self._kill_group(proc)

    def _kill_group(self, proc: subprocess.Popen[bytes]) -> None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)
        ports = (self.imap_port, self.lmtp_port) + ((self.imaps_port,) if self.tls else ())
        for port in ports:
            wait_for_port_closed(port)

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop at once and delete everything (mail, config, certificates)."""
        self.kill()
        # Killed children may still write (logs, indexes) for a moment: retry until the dir is gone.
        deadline = time.monotonic() + 5
        while self.root.exists():
            try:
                shutil.rmtree(self.root)
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def deliver(self, address: str, raw: bytes, envelope_from: str = "sender@example.org") -> None:
        """Deliver one message to one mailbox over LMTP, as a mail server would."""
        with smtplib.LMTP(self.host, self.lmtp_port, timeout=10) as lmtp:
            lmtp.sendmail(envelope_from, [address], raw)

    def client(self, address: str, *, folder: str | None = "INBOX") -> IMAPClient:
        """A logged-in IMAPClient for `address` (plain IMAP on loopback), `folder` selected."""
        imap = IMAPClient(self.host, self.imap_port, ssl=False, timeout=10)
        imap.login(address, self.passwords[address])
        if folder:
            imap.select_folder(folder)
        return imap

    def log(self) -> str:
        parts = []
        for name in ("dovecot.log", "stderr.log"):
            path = self.root / name
            if path.exists():
                parts.append(path.read_text(errors="replace"))
        return "\n".join(parts)
