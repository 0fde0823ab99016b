"""What systemd sees: a unit that verifies, READY only once up, WATCHDOG while alive, STOPPING on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from daemon.demo.sandbox import make_sandbox

ROOT = Path(__file__).resolve().parents[2]


def test_the_unit_file_verifies() -> None:
    done = subprocess.run(
        ["systemd-analyze", "verify", str(ROOT / "systemd" / "lpse-akses.service")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    problems = [
        line for line in (done.stdout + done.stderr).splitlines()
        if line.strip() and "is not executable" not in line  # /opt/lpse-akses exists only once installed
    ]  # fmt: skip
    assert problems == []


def test_ready_watchdog_and_stopping_are_notified(tmp_path: Path) -> None:
    box = make_sandbox(tmp_path / "office")
    path = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(path)
        sock.settimeout(30)
        env = os.environ | {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "2000000"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "cli.main", "--config", str(box.config), "run"], env=env, stderr=subprocess.PIPE
        )
        try:
            seen: list[str] = []
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not ("READY=1" in "".join(seen) and "WATCHDOG=1" in "".join(seen)):
                seen.append(sock.recv(4096).decode())
            assert any(m.startswith("READY=1") for m in seen), seen
            assert "WATCHDOG=1" in seen
            proc.send_signal(signal.SIGTERM)
            while "STOPPING=1" not in seen:
                seen.append(sock.recv(4096).decode())
            assert proc.wait(timeout=30) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()


def test_the_helper_units_verify() -> None:
    units = [str(ROOT / "systemd" / n) for n in ("lpse-akses-helper.socket", "lpse-akses-helper.service")]
    done = subprocess.run(["systemd-analyze", "verify", *units], capture_output=True, text=True, timeout=60, check=False)
    problems = [
        line for line in (done.stdout + done.stderr).splitlines()
        if line.strip() and "is not executable" not in line  # /opt/lpse-akses exists only once installed
    ]  # fmt: skip
    assert problems == []


def exposure(unit: str) -> float:
    done = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", str(ROOT / "systemd" / unit)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    import re

    found = re.search(r"Overall exposure level for \S+: ([0-9.]+)", done.stdout + done.stderr)
    assert found, done.stdout + done.stderr
    return float(found.group(1))


def test_both_units_stay_well_sandboxed() -> None:
    """The README's figures: the daemon at most 2.5, the root helper no worse."""
    assert exposure("lpse-akses.service") <= 2.5
    assert exposure("lpse-akses-helper.service") <= 2.5
