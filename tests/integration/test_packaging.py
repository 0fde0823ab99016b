"""The README's first quick-start command, for real: a fresh venv, `pip install .`, `lpse-akses demo --auto`.

A fresh environment (not the test venv) catches what the editable test install hides: a
dependency only the tests declare, a template or page left out of the wheel.
"""

from __future__ import annotations

import subprocess
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_pip_install_then_demo_in_a_fresh_venv(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    pip = subprocess.run(
        [str(env_dir / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", str(ROOT)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert pip.returncode == 0, pip.stderr[-3000:]
    demo = subprocess.run(
        [str(env_dir / "bin" / "lpse-akses"), "demo", "--auto", "--dir", str(tmp_path / "sandbox")],
        capture_output=True, text=True, timeout=180, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stdout[-3000:] + demo.stderr[-3000:]
    assert "7. Register" in demo.stdout and "Selesai." in demo.stdout
    assert "Waktu Penutupan" in demo.stdout and "_0001," in demo.stdout  # the register row, closed
