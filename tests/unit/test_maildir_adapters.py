"""MaildirInbox and MaildirTransport on real Maildirs in a temp dir (no network)."""

from __future__ import annotations

import asyncio
import mailbox
import threading
import time
from pathlib import Path

import pytest

from daemon.mail.inbox import InboxUnavailable
from daemon.mail.inbox.maildir import MaildirInbox
from daemon.mail.transport import PermanentSendError
from daemon.mail.transport.maildir import MaildirTransport


def letter(n: int) -> bytes:
    return f"From: a{n}@vendor.test\r\nSubject: Permohonan {n}\r\nMessage-ID: <m{n}@vendor.test>\r\n\r\nIsi {n}\r\n".encode()


@pytest.fixture
def inbox(tmp_path: Path) -> MaildirInbox:
    box = MaildirInbox(tmp_path / "lpse")
    box.connect()
    return box


def drop(box: MaildirInbox, raw: bytes) -> str:
    return str(mailbox.Maildir(box.path, factory=None).add(raw))


def test_lists_oldest_first_and_fetches_bytes(inbox: MaildirInbox) -> None:
    keys = []
    for n in range(3):
        keys.append(drop(inbox, letter(n)))
        time.sleep(0.01)
    refs = inbox.list_new(0)
    assert [r.key for r in refs] == keys and all(r.uid == 0 for r in refs)
    assert [inbox.fetch(r) for r in refs] == [letter(n) for n in range(3)]
    assert [r.size for r in refs] == [len(letter(n)) for n in range(3)]
    assert inbox.uidvalidity() == 0
    assert inbox.list_new(0) == refs  # fetching does not consume anything


def test_connect_creates_maildir_plus_plus_folders(inbox: MaildirInbox) -> None:
    for name in ("Diproses", "Karantina", "Terlalu-Besar"):
        assert (inbox.path / f".{name}" / "new").is_dir()
    inbox.connect()  # idempotent


def test_move_renames_into_the_subfolder(inbox: MaildirInbox) -> None:
    for n in range(3):
        drop(inbox, letter(n))
    refs = inbox.list_new(0)
    inbox.move(refs[:2], "Diproses")
    assert inbox.list_new(0) == [refs[2]]
    moved = mailbox.Maildir(inbox.path / ".Diproses", factory=None)
    assert sorted(moved.get_bytes(k) for k in moved.keys()) == sorted([letter(0), letter(1)])
    inbox.move(refs[:2], "Diproses")  # moving again is harmless
    with pytest.raises(InboxUnavailable):
        inbox.fetch(refs[0])


def test_wait_returns_when_a_file_appears(inbox: MaildirInbox) -> None:
    drop(inbox, letter(0))  # mail already there does not make wait spin
    timer = threading.Timer(0.3, drop, args=(inbox, letter(1)))
    timer.start()
    start = time.monotonic()
    inbox.wait(10)
    assert 0.25 < time.monotonic() - start < 1.5
    timer.join()


def test_wait_times_out_and_wake_interrupts(inbox: MaildirInbox) -> None:
    start = time.monotonic()
    inbox.wait(0.3)
    assert 0.25 < time.monotonic() - start < 1.0
    threading.Timer(0.2, inbox.wake).start()
    start = time.monotonic()
    inbox.wait(10)
    assert time.monotonic() - start < 1.0


def test_transport_delivers_one_file_per_message(tmp_path: Path) -> None:
    transport = MaildirTransport(tmp_path / "out")

    async def run() -> None:
        await transport.send("lpse@lpse.test", "Vendor@Example.com", letter(1))
        await transport.send("lpse@lpse.test", "vendor@example.com", letter(2))
        await transport.close()

    asyncio.run(run())
    box = mailbox.Maildir(tmp_path / "out" / "vendor@example.com", factory=None)
    assert sorted(box.get_bytes(k) for k in box.keys()) == [letter(1), letter(2)]
    assert list((tmp_path / "out" / "vendor@example.com" / "tmp").iterdir()) == []


@pytest.mark.parametrize("bad", ["../etc@x.y", "a/b@x.y", "no-at-sign", ".hidden@x.y"])
def test_transport_refuses_addresses_that_escape_the_root(tmp_path: Path, bad: str) -> None:
    with pytest.raises(PermanentSendError):
        asyncio.run(MaildirTransport(tmp_path).send("lpse@lpse.test", bad, letter(1)))
    assert list(tmp_path.iterdir()) == []
