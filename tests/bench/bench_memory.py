"""DESIGN §9 memory: the idle daemon's RSS, and whether it stays flat while it processes a backlog.

Run: .venv/bin/python tests/bench/bench_memory.py [N]
Starts `lpse-akses run` on a sandbox, reads VmRSS from /proc when idle, then drops N letters
(default 2000; DESIGN asks 10,000) into its Maildir and samples RSS until all are acknowledged.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from daemon.demo.sandbox import drop_mail, make_sandbox  # noqa: E402
from tests.conversation import letter  # noqa: E402


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def tree_mb(pid: int) -> tuple[float, float]:
    """(the daemon's RSS, its reader process's RSS, 0 when it has none running)."""
    kids = 0.0
    for child in children(pid):
        try:
            kids += rss_mb(child)
        except (FileNotFoundError, RuntimeError):
            pass
    return rss_mb(pid), kids


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        box = make_sandbox(Path(tmp))
        proc = subprocess.Popen([sys.executable, "-m", "cli.main", "--config", str(box.config), "run"], stderr=subprocess.DEVNULL)
        try:
            time.sleep(5)
            idle, idle_reader = tree_mb(proc.pid)
            print(f"idle RSS: {idle:.1f} MB (reader process: {idle_reader:.1f} MB)")
            for i in range(n):
                drop_mail(box.inbox, letter(f"v{i}@uji.co.id", f"Permohonan remote akses.\nNama: V {i}\nInstansi: PT {i}\nTujuan: uji\nHak Akses: SSH\n"))
            samples, readers, start = [], [], time.monotonic()
            processed = box.inbox.parent / "inbox" / ".Diproses"
            while True:
                daemon_mb, reader_mb = tree_mb(proc.pid)
                samples.append(daemon_mb)
                readers.append(reader_mb)
                done = sum(1 for sub in ("cur", "new") for _ in (processed / sub).glob("*")) if processed.exists() else 0
                if done >= n or time.monotonic() - start > 1800:
                    break
                time.sleep(1)
            took = time.monotonic() - start
            print(f"processed {done}/{n} letters in {took:.0f} s ({done / took:.1f}/s)")
            quarter = max(1, len(samples) // 4)
            print(f"RSS while processing: first quarter max {max(samples[:quarter]):.1f} MB, last quarter max {max(samples[-quarter:]):.1f} MB, peak {max(samples):.1f} MB")
            print(f"the reader process beside it: first quarter max {max(readers[:quarter]):.1f} MB, last quarter max {max(readers[-quarter:]):.1f} MB")
            time.sleep(70)  # the reader stops after a minute without work
            again, reader_after = tree_mb(proc.pid)
            print(f"idle again after the backlog: {again:.1f} MB (reader process: {reader_after:.1f} MB)")
        finally:
            proc.terminate()
            proc.wait(timeout=30)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
