"""The state directory's file system full (a tmpfs of 8 MB holding the SQLite database) while letters arrive.

A filler file takes the last byte; letters with a 300 KB attachment keep arriving. Nothing may
leave the INBOX without a durable commit (the Diproses folder, read over IMAP, never holds more
than the database's handled rows), /healthz is unhealthy, the process stays up, and once the
filler is deleted the daemon handles everything by itself. Needs root (mount); skipped otherwise.
"""

from __future__ import annotations

import errno
import os
import subprocess
import time
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select

from daemon.store.db import Database
from daemon.store.models import InboundMessage
from tests.faults.real_daemon import RealDaemon, handled_count, numbered_letter, pending_count, tally, use_database, wait_until
from tests.faults.summary import summary_line
from tests.real_office import RealOffice, make_office, read_folder
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RelaySmtpServer

pytestmark = pytest.mark.servers
LETTERS_WHILE_FULL = 3
ATTACHMENT = 300 * 1024


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "state"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], check=True, capture_output=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False, capture_output=True)


def fill(path: Path) -> int:
    """Write zeros to `path` until the file system has no byte left; the bytes written."""
    chunk, written = b"\0" * 65536, 0
    with open(path, "wb", buffering=0) as f:
        while True:
            try:
                written += f.write(chunk if len(chunk) > 1 else b"\0")
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                if len(chunk) == 1:
                    break
                chunk = chunk[: len(chunk) // 2]
    os.sync()
    return written


def heavy_letter(real: RealOffice, i: int) -> bytes:
    msg = message_from_bytes(numbered_letter(real, i), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    msg.add_attachment(os.urandom(ATTACHMENT), maintype="application", subtype="octet-stream", filename=f"data-{i}.bin")
    return msg.as_bytes()


def quarantined(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count(InboundMessage.id)).where(InboundMessage.status == "quarantined")) or 0)


def test_a_full_state_file_system_moves_nothing_uncommitted_and_resumes_by_itself(
    tmp_path: Path, small_fs: Path, dovecot: DovecotServer, smtp_relay: RelaySmtpServer
) -> None:
    real = make_office(tmp_path, dovecot, smtp_relay, mailbox={"existing_mail": "process"})
    url = f"sqlite:///{small_fs / 'lpse-akses.db'}"
    use_database(real, url)
    p = real.people
    db = Database(url)
    letters: list[bytes] = []

    def send(raw: bytes) -> None:
        letters.append(raw)
        dovecot.deliver(p.lpse, raw, envelope_from=p.vendor)

    def processed() -> int:
        return len(read_folder(dovecot, p.lpse, p.passwords[p.lpse], "Diproses"))

    with RealDaemon(real, tmp_path / "daemon.log") as daemon:
        send(numbered_letter(real, 0))
        wait_until(lambda: handled_count(db) == 1 and pending_count(db) == 0, 30, "the first letter answered")
        filler = small_fs / "filler"
        filled = fill(filler)
        full = time.monotonic()
        for i in range(1, LETTERS_WHILE_FULL + 1):
            send(heavy_letter(real, i))
        samples: list[int | None] = []
        failing: set[str] = set()
        while time.monotonic() - full < 12:
            code, checks = daemon.health()
            samples.append(code)
            failing.update(k for k, v in checks.items() if not v.startswith("ok"))
            assert processed() <= handled_count(db), "a letter left the INBOX without a committed record"
            time.sleep(0.5)
        stuck = len(read_folder(dovecot, p.lpse, p.passwords[p.lpse]))
        assert daemon.alive()

        filler.unlink()
        freed = time.monotonic()
        wait_until(lambda: handled_count(db) == len(letters) and pending_count(db) == 0, 90, "every letter handled once there is room")
        resumed = time.monotonic() - freed
        wait_until(lambda: daemon.health()[0] == 200, 30, "/healthz 200 once there is room")
        assert daemon.alive() and daemon.starts == 1
    assert "Traceback" not in daemon.log(), daemon.log()[-4000:]

    t = tally(db, real, dovecot, letters)
    print(summary_line("disk_full", injected=1, **t.fields()))
    print(f"disk_full: filler {filled / 1024:.0f} KB, {LETTERS_WHILE_FULL} letters of {ATTACHMENT // 1024} KB while full, "
          f"{stuck} still in the INBOX after 12 s, /healthz {samples}, failing {sorted(failing)}; "
          f"all handled {resumed:.1f} s after the filler was deleted")  # fmt: skip
    assert stuck == LETTERS_WHILE_FULL  # none could be recorded, so none was moved
    assert 503 in samples and samples[-1] == 503, samples
    assert quarantined(db) == 0  # a full disk is not the letter's fault
    assert read_folder(dovecot, p.lpse, p.passwords[p.lpse]) == [] and processed() == len(letters)
    assert t.requests == len(letters) and t.unsent == 0
    assert all(v == 0 for v in t.fields().values()), t
