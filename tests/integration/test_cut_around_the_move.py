"""A cut on either side of the MOVE: committed mail is moved once, recorded as moved, never worked again.

Found by the kill -9 test at its large size (3,000 letters, 100 kills): one kill fell after the
server had moved a batch and before `moved_at` was committed. The restart no longer listed those
messages (they had left the INBOX), so they stayed "waiting for their move" in the database for
ever. These tests make both cuts deterministically, over a real Dovecot and over the Maildir.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from daemon.demo.sandbox import drop_mail, make_sandbox
from daemon.mail.inbox.imap import ImapInbox
from daemon.mail.inbox.maildir import MaildirInbox
from daemon.service import Service
from daemon.setup import configfile
from daemon.store.db import Database
from daemon.store.models import AccessRequest, InboundMessage, OutboxMail
from daemon.workers.intake import Intake
from tests.conversation import letter
from tests.helpers import FakeClock, fresh_db
from tests.integration.test_intake_robustness import request_body
from tests.integration.test_lived_in_mailbox import inbox_state
from tests.real_office import make_office
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RelaySmtpServer

LETTERS = 4


class Cut(BaseException):
    """The process dies here (BaseException: no handler of ours may take it for a message's failure)."""


def cut_inbox(inbox: Any, *, before_move: bool) -> Any:
    """The inbox, its `move` cut before the server moves anything, or right after it has."""
    real_move = inbox.move

    def move(refs: Any, folder: str) -> None:
        if not before_move:
            real_move(refs, folder)
        raise Cut()

    inbox.move = move
    return inbox


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(AccessRequest)) or 0,
            s.scalar(select(func.count()).select_from(OutboxMail)) or 0,
            s.scalar(select(func.count()).select_from(InboundMessage).where(InboundMessage.moved_at.is_(None))) or 0,
            s.scalar(select(func.count()).select_from(InboundMessage)) or 0,
        )


def work_with_a_cut(db: Database, cfg: Any, make_inbox: Any, before_move: bool) -> tuple[int, int, int, int]:
    """First life: the batch commits, then the cut. Second life: a new intake on the same database."""
    clock = FakeClock()
    first = Intake(db, cfg, Service(cfg), cut_inbox(make_inbox(), before_move=before_move), clock)
    with pytest.raises(Cut):
        first.run_pass()
    first.close()
    at_the_cut = counts(db)
    assert at_the_cut[0] == LETTERS and at_the_cut[2] == LETTERS  # committed, none yet recorded as moved
    second_inbox = make_inbox()
    second = Intake(db, cfg, Service(cfg), second_inbox, clock)
    result = second.run_pass()
    again = second.run_pass()
    second.close()
    assert (result.seen, again.seen) == (0, 0)  # nothing worked twice
    after = counts(db)
    assert after == (LETTERS, at_the_cut[1], 0, LETTERS), f"at the cut {at_the_cut}, after {after}"
    return after


@pytest.mark.parametrize("before_move", [True, False], ids=["cut before the move", "cut after the move"])
def test_maildir(tmp_path: Path, before_move: bool) -> None:
    box = make_sandbox(tmp_path / "office")
    cfg = configfile.load(box.config)
    db = fresh_db(cfg)
    for n in range(LETTERS):
        drop_mail(box.inbox, letter(f"teknisi{n}@vendor.test", request_body(n)), name=f"{n:03d}.test")

    def make_inbox() -> MaildirInbox:
        inbox = MaildirInbox(box.inbox)
        inbox.connect()
        return inbox

    work_with_a_cut(db, cfg, make_inbox, before_move)
    assert make_inbox().list_new(0) == []  # every letter left the INBOX, once


@pytest.mark.servers
@pytest.mark.parametrize("before_move", [True, False], ids=["cut before the move", "cut after the move"])
def test_dovecot(tmp_path: Path, dovecot: DovecotServer, smtp_relay: RelaySmtpServer, before_move: bool) -> None:
    office = make_office(tmp_path / "office", dovecot, smtp_relay)
    lpse, password = office.people.lpse, office.people.passwords[office.people.lpse]
    cfg = office.config()
    db = fresh_db(cfg)
    first_look = ImapInbox(cfg.mailbox, timeout=30)
    first_look.connect()
    Intake(db, cfg, Service(cfg), first_look, FakeClock()).run_pass()  # the office's first look: an empty INBOX
    first_look.close()
    for n in range(LETTERS):
        dovecot.deliver(lpse, letter(f"teknisi{n}@vendor.test", request_body(n)))
    inboxes: list[ImapInbox] = []

    def make_inbox() -> ImapInbox:
        inbox = ImapInbox(cfg.mailbox, timeout=30)
        inbox.connect()
        inboxes.append(inbox)
        return inbox

    try:
        work_with_a_cut(db, cfg, make_inbox, before_move)
    finally:
        for inbox in inboxes:
            inbox.close()
    assert inbox_state(dovecot, lpse, password) == {}
    assert len(inbox_state(dovecot, lpse, password, cfg.mailbox.processed_folder)) == LETTERS
