"""Real local accounts for the linux backend's tests: a real sshd, the real helper in the unit's sandbox.

Runs only as root (CI is root on a throw-away machine). Everything it creates carries test names:
usernames `zt<yy>_<nnnn>` (access.username_prefix = "zt", which no office uses), the groups
`lpsetest-*`; it removes exactly those accounts (and only those in its own marker group, or the one
plain account a test made itself) before and after each test, and never touches any other.

The helper runs as under systemd: in a mount namespace where / is read-only except the unit's
`ReadWritePaths` (read from systemd/lpse-akses-helper.service), so a test that passes here shows that
those paths are enough. The sshd has its own config and host key in a temporary folder
(`UsePAM yes`: pam_unix's account stage is what refuses an expired account, keys included).
"""

from __future__ import annotations

import grp
import os
import pwd
import re
import shlex
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "systemd" / "lpse-akses-helper.service"
PREFIX = "zt"
MARKER = "lpsetest-managed"
SSH_GROUP = "lpsetest-ssh"
DB_GROUP = "lpsetest-db"
TEST_GROUPS = (MARKER, SSH_GROUP, DB_GROUP)
TEST_USER = re.compile(rf"^{PREFIX}[0-9]{{2}}_[0-9]{{4,6}}$")
PLAIN_USER = f"{PREFIX}26_9999"  # made with useradd by a test, never in the marker group


def helper_toml(socket_path: Path) -> str:
    return f"""
[access]
username_prefix = "{PREFIX}"

[provisioner.linux]
socket = "{socket_path}"
groups = {{ ssh = ["{SSH_GROUP}"], database-readonly = ["{DB_GROUP}"] }}
marker_group = "{MARKER}"
"""


def unit_write_paths() -> list[str]:
    """The helper unit's ReadWritePaths, without the "-" (ignore if missing) mark."""
    paths: list[str] = []
    for line in UNIT.read_text().splitlines():
        if line.startswith("ReadWritePaths="):
            paths += [p.lstrip("-") for p in line.split("=", 1)[1].split()]
    return paths


def sandboxed(argv: list[str], write_paths: list[str]) -> list[str]:
    """argv run with / read-only but for `write_paths` (what ProtectSystem=strict + ReadWritePaths do)."""
    binds = "; ".join(f"if [ -e {shlex.quote(p)} ]; then mount --bind {shlex.quote(p)} {shlex.quote(p)}; fi" for p in write_paths)
    script = f"set -e; mount --make-rprivate /; {binds}; mount -o remount,bind,ro /; exec {shlex.join(argv)}"
    return ["unshare", "--mount", "sh", "-c", script]


def test_accounts() -> list[str]:
    managed = set(grp.getgrnam(MARKER).gr_mem) if _group_exists(MARKER) else set()
    return sorted(u.pw_name for u in pwd.getpwall() if TEST_USER.match(u.pw_name) and (u.pw_name in managed or u.pw_name == PLAIN_USER))


def _group_exists(name: str) -> bool:
    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


def remove_test_accounts() -> None:
    for name in test_accounts():
        subprocess.run(["pkill", "-KILL", "-U", str(pwd.getpwnam(name).pw_uid)], check=False)
        subprocess.run(["userdel", "-r", "-f", name], capture_output=True, check=False)


def make_groups() -> None:
    for name in TEST_GROUPS:
        if not _group_exists(name):
            subprocess.run(["groupadd", name], check=True)


def remove_groups() -> None:
    for name in TEST_GROUPS:
        if _group_exists(name):
            subprocess.run(["groupdel", name], check=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(check, what: str, timeout: float = 20) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"{what} did not come up within {timeout} s")


@dataclass
class Sshd:
    port: int
    proc: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def start_sshd(folder: Path) -> Sshd:
    folder.mkdir(parents=True, exist_ok=True)
    key = folder / "host_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    port = free_port()
    config = folder / "sshd_config"
    config.write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {key}\nPidFile {folder / 'sshd.pid'}\n"
        "UsePAM yes\nPasswordAuthentication yes\nKbdInteractiveAuthentication no\nPubkeyAuthentication yes\n"
        f"PermitRootLogin no\nAllowUsers {PREFIX}*\nLogLevel VERBOSE\nMaxStartups 50\n"
    )
    Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # the privilege-separation folder
    log = folder / "sshd.log"
    proc = subprocess.Popen(["/usr/sbin/sshd", "-D", "-e", "-f", str(config)], stdout=log.open("wb"), stderr=subprocess.STDOUT)
    wait_for(lambda: _listening(port) or proc.poll() is not None, "sshd")
    if proc.poll() is not None:
        raise AssertionError(f"sshd did not start: {log.read_text()}")
    return Sshd(port, proc, log)


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Helper:
    socket: Path
    proc: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)

    def log_text(self) -> str:
        return self.log.read_text()


def start_helper(config: Path, socket_path: Path, log: Path) -> Helper:
    argv = [sys.executable, "-I", "-m", "daemon.privileged", "--config", str(config), "--socket", str(socket_path)]
    # the socket's folder stands for /run (systemd makes the socket there); the rest is the unit's list
    cmd = sandboxed(argv, [*unit_write_paths(), str(socket_path.parent)])
    proc = subprocess.Popen(cmd, stdout=log.open("wb"), stderr=subprocess.STDOUT, env={"PATH": os.environ["PATH"]})
    wait_for(lambda: "ready:" in log.read_text() or proc.poll() is not None, "the helper")
    if proc.poll() is not None:
        raise AssertionError(f"the helper did not start: {log.read_text()}")
    return Helper(socket_path, proc, log)


def run(*argv: str) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=False).stdout
