"""`lpse-akses demo --auto` runs the whole SOP on the sandbox by itself and ends; its sandbox stays inspectable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def lpse(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def test_demo_auto_goes_from_letter_to_closed_register_row(tmp_path: Path) -> None:
    done = lpse("demo", "--auto", "--dir", str(tmp_path / "demo"))
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for step in ("1-2.", "3.", "4.", "5.", "6.", "7. Register", "8. Surat kedua", "pemohon langsung diberi tahu", "Selesai."):
        assert step in out
    assert "/a/" in out  # the approval URL is shown
    assert "No.,Nama,Instansi,Username,Hak Akses,Tujuan,Waktu Pemberian,Waktu Penutupan" in out

    listed = lpse("--config", str(tmp_path / "demo" / "config.toml"), "requests", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    requests = json.loads(listed.stdout)
    assert [r["state"] for r in requests] == ["closed", "approved"]  # the second starts the day after tomorrow
    assert requests[0]["granted_at"] and requests[0]["closed_at"]


def test_python_m_daemon_refuses_a_missing_config(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "daemon", "--config", str(tmp_path / "none.toml")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 78 and "lpse-akses init" in done.stderr
