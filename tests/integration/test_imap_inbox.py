"""ImapInbox against a real Dovecot: unread fetch, batch move, COPY+flag fallback, IDLE, crashes, TLS."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from typing import Any

import pytest

from daemon.mail.inbox import InboxConfigError, InboxUnavailable, MessageRef
from daemon.mail.inbox.imap import PROCESSED_KEYWORD, ImapInbox
from tests.servers.dovecot import DovecotServer
from tests.servers.fixtures import MailAccount, mailbox_config, new_account

pytestmark = pytest.mark.servers


def letter(n: int, to: str = "lpse@lpse.test") -> bytes:
    return (
        f"From: Pemohon {n} <pemohon{n}@vendor.test>\r\nTo: {to}\r\nSubject: Permohonan akses {n}\r\n"
        f"Message-ID: <letter-{n}-{time.monotonic_ns()}@vendor.test>\r\n\r\nMohon diberikan akses {n}.\r\n"
    ).encode()


@pytest.fixture
def inbox(dovecot: DovecotServer, mail_account: MailAccount) -> Any:
    box = ImapInbox(mailbox_config(dovecot, mail_account), timeout=5)
    yield box
    box.close()


def flags_in(server: DovecotServer, account: MailAccount, folder: str) -> dict[int, tuple[bytes, ...]]:
    client = server.client(account.address, folder=folder)
    try:
        return {uid: data[b"FLAGS"] for uid, data in client.fetch(client.search(), ["FLAGS"]).items()}
    finally:
        client.logout()


def test_list_and_fetch_leave_mail_unread(dovecot: DovecotServer, mail_account: MailAccount, inbox: ImapInbox) -> None:
    raws = [letter(i) for i in range(3)]
    for raw in raws:
        dovecot.deliver(mail_account.address, raw)
    inbox.connect()
    refs = inbox.list_new(0)
    assert [r.uid for r in refs] == sorted(r.uid for r in refs) and len(refs) == 3
    bodies = [inbox.fetch(r) for r in refs]
    for raw, body, ref in zip(raws, bodies, refs):
        assert body.endswith(raw) and len(body) == ref.size
    assert inbox.list_new(refs[1].uid) == [refs[2]]
    assert inbox.list_new(refs[2].uid) == []
    assert inbox.uidvalidity() > 0
    assert all(b"\\Seen" not in f for f in flags_in(dovecot, mail_account, "INBOX").values())


def test_connect_creates_the_folders(dovecot: DovecotServer, mail_account: MailAccount, inbox: ImapInbox) -> None:
    inbox.connect()
    client = dovecot.client(mail_account.address)
    names = {name for _flags, _delim, name in client.list_folders()}
    assert {"Diproses", "Karantina", "Terlalu-Besar"} <= names
    inbox.connect()  # a second start finds them and does not fail


def test_move_batch_to_processed(dovecot: DovecotServer, mail_account: MailAccount, inbox: ImapInbox) -> None:
    for i in range(4):
        dovecot.deliver(mail_account.address, letter(i))
    inbox.connect()
    refs = inbox.list_new(0)
    inbox.move(refs[:3], "Diproses")
    assert inbox.list_new(0) == [refs[3]]
    assert len(flags_in(dovecot, mail_account, "Diproses")) == 3
    left = flags_in(dovecot, mail_account, "INBOX")
    assert list(left) == [refs[3].uid] and b"\\Deleted" not in left[refs[3].uid]


def test_without_move_copies_and_flags_never_expunges(dovecot_minimal: DovecotServer) -> None:
    account = new_account(dovecot_minimal)
    for i in range(3):
        dovecot_minimal.deliver(account.address, letter(i))
    box = ImapInbox(mailbox_config(dovecot_minimal, account), timeout=5)
    box.connect()
    try:
        assert (box.has_move, box.has_idle, box.prefix) == (False, False, "INBOX.")
        assert box.folder_path("Diproses") == "INBOX.Diproses"
        refs = box.list_new(0)
        box.move(refs[:2], "Diproses")
        assert box.list_new(0) == [refs[2]]
    finally:
        box.close()
    inbox_flags = flags_in(dovecot_minimal, account, "INBOX")
    assert len(inbox_flags) == 3  # nothing expunged
    assert all(b"\\Deleted" not in f for f in inbox_flags.values())
    assert [PROCESSED_KEYWORD.encode() in inbox_flags[r.uid] for r in refs] == [True, True, False]
    copied = flags_in(dovecot_minimal, account, "INBOX.Diproses")
    assert len(copied) == 2 and all(PROCESSED_KEYWORD.encode() not in f for f in copied.values())


def wait_in_thread(box: ImapInbox, timeout: float) -> tuple[threading.Thread, dict[str, Any]]:
    result: dict[str, Any] = {}

    def run() -> None:
        start = time.monotonic()
        try:
            box.wait(timeout)
        except InboxUnavailable as exc:
            result["error"] = exc
        result["elapsed"] = time.monotonic() - start

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, result


def test_idle_wakes_when_mail_arrives(dovecot: DovecotServer, mail_account: MailAccount, inbox: ImapInbox) -> None:
    inbox.connect()
    assert inbox.uses_idle
    thread, result = wait_in_thread(inbox, 20)
    time.sleep(0.3)
    dovecot.deliver(mail_account.address, letter(1))
    thread.join(5)
    assert not thread.is_alive() and "error" not in result
    assert result["elapsed"] < 2.5
    assert len(inbox.list_new(0)) == 1  # the connection is usable after IDLE


def test_idle_is_renewed_and_still_wakes_on_new_mail(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    """IDLE is re-issued before the server's timeout (every 9 minutes; 0.4 s here) and keeps working."""
    box = ImapInbox(mailbox_config(dovecot, mail_account), idle_renew=0.4)
    box.connect()
    try:
        thread, result = wait_in_thread(box, 20)
        time.sleep(2.0)
        assert box.idle_renewals >= 2 and thread.is_alive()
        dovecot.deliver(mail_account.address, letter(1))
        thread.join(5)
        assert not thread.is_alive() and "error" not in result
        assert len(box.list_new(0)) == 1
    finally:
        box.close()


@pytest.mark.parametrize("idle", [True, False])
def test_wake_interrupts_wait(inbox: ImapInbox, idle: bool) -> None:
    inbox.cfg = replace(inbox.cfg, idle=idle)
    inbox.connect()
    thread, result = wait_in_thread(inbox, 30)
    time.sleep(0.2)
    inbox.wake()
    thread.join(3)
    assert not thread.is_alive() and result["elapsed"] < 1.5
    inbox.wake()
    start = time.monotonic()
    inbox.wait(30)  # a wake before the wait is not lost
    assert time.monotonic() - start < 0.1
    assert inbox.list_new(0) == []


def test_poll_without_idle_sleeps_poll_interval(dovecot_minimal: DovecotServer) -> None:
    account = new_account(dovecot_minimal)
    box = ImapInbox(mailbox_config(dovecot_minimal, account, poll_interval=0.3), timeout=5)
    box.connect()
    try:
        start = time.monotonic()
        box.wait(30)
        assert 0.25 < time.monotonic() - start < 1.5
    finally:
        box.close()


def test_crash_during_idle_then_reconnect_misses_nothing() -> None:
    with DovecotServer() as server:
        account = new_account(server)
        server.deliver(account.address, letter(1))
        box = ImapInbox(mailbox_config(server, account), timeout=5)
        box.connect()
        first = box.list_new(0)
        validity = box.uidvalidity()
        thread, result = wait_in_thread(box, 30)
        time.sleep(0.3)
        server.kill()
        thread.join(5)
        assert not thread.is_alive() and isinstance(result.get("error"), InboxUnavailable)
        assert result["elapsed"] < 3
        with pytest.raises(InboxUnavailable):
            box.list_new(first[-1].uid)
        with pytest.raises(InboxUnavailable):
            box.connect()  # still down
        server.start()
        server.deliver(account.address, letter(2))
        box.connect()
        assert box.uidvalidity() == validity
        new = box.list_new(first[-1].uid)
        assert len(new) == 1 and b"letter-2-" in box.fetch(new[0])
        box.close()


def test_list_on_a_cut_connection_raises_unavailable() -> None:
    with DovecotServer() as server:
        account = new_account(server)
        box = ImapInbox(mailbox_config(server, account), timeout=5)
        box.connect()
        server.stop()
        with pytest.raises(InboxUnavailable):
            box.list_new(0)
        assert not box.connected


def test_implicit_tls_with_the_office_ca(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    dovecot.deliver(mail_account.address, letter(1))
    cfg = mailbox_config(dovecot, mail_account, port=dovecot.imaps_port, security="tls", tls_ca_file=str(dovecot.ca_file))
    box = ImapInbox(cfg, timeout=5)
    box.connect()
    assert len(box.list_new(0)) == 1
    box.close()


def test_starttls_with_the_office_ca(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    cfg = mailbox_config(dovecot, mail_account, security="starttls", tls_ca_file=str(dovecot.ca_file))
    box = ImapInbox(cfg, timeout=5)
    box.connect()
    assert box._client is not None and box._client._starttls_done
    box.close()


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_untrusted_certificate_is_refused(dovecot: DovecotServer, mail_account: MailAccount, security: str) -> None:
    port = dovecot.imaps_port if security == "tls" else dovecot.imap_port
    box = ImapInbox(mailbox_config(dovecot, mail_account, port=port, security=security), timeout=5)
    with pytest.raises(InboxConfigError, match="not trusted"):
        box.connect()


def test_starttls_not_offered_is_no_downgrade(dovecot_minimal: DovecotServer) -> None:
    account = new_account(dovecot_minimal)
    box = ImapInbox(mailbox_config(dovecot_minimal, account, security="starttls"), timeout=5)
    with pytest.raises(InboxConfigError, match="does not offer STARTTLS"):
        box.connect()
    assert not box.connected


def test_wrong_password_is_a_config_error() -> None:
    # Its own server: Dovecot slows the next login from 127.0.0.1 after a failed one.
    with DovecotServer(tls=False) as server:
        account = new_account(server)
        box = ImapInbox(mailbox_config(server, account, password="salah-sandi"), timeout=5)
        with pytest.raises(InboxConfigError, match=account.address) as info:
            box.connect()
    assert "salah-sandi" not in str(info.value)


def test_nothing_listening_is_unavailable(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    from tests.servers import free_port

    box = ImapInbox(mailbox_config(dovecot, mail_account, port=free_port()), timeout=5)
    with pytest.raises(InboxUnavailable):
        box.connect()


def test_plain_text_to_another_host_is_refused(dovecot: DovecotServer, mail_account: MailAccount) -> None:
    box = ImapInbox(mailbox_config(dovecot, mail_account, host="mail.example.go.id"), timeout=5)
    with pytest.raises(InboxConfigError, match="only towards this machine"):
        box.connect()


def test_move_of_nothing_is_a_no_op(inbox: ImapInbox) -> None:
    inbox.connect()
    inbox.move([], "Diproses")
    with pytest.raises(InboxUnavailable):
        inbox.fetch(MessageRef("999", 999, 10))
