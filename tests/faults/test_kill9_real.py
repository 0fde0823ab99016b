"""kill -9 over real servers: the real daemon, real IMAP in, real SMTP out, real POSTs, killed at random and at named points.

`lpse-akses run` as a process against the fixture Dovecot (the LPSE mailbox, over IMAP with IDLE)
and the fixture SMTP relay (into everyone's Dovecot mailbox over LMTP). A planned office
(`kill9_office.plan_office`) puts exactly MESSAGES messages into the LPSE mailbox: request letters,
answers to need_info, decisions by reply (SETUJU / TOLAK), closures, out-of-office auto-replies,
malformed mail; the Kasubag also decides by opening the link in the approval mail he received over
IMAP and confirming it by POST on the daemon's web port. People react to what reaches their
mailboxes, as people do, while the daemon is killed.

- `test_kill_9_at_random_moments`: SIGKILL at KILLS random moments (seeded; the seed is printed;
  `LPSE_FAULT_SEED=<n>` replays one), restarted at once each time, then left to finish.
- `test_kill_9_at_a_named_point`: one run per point of `daemon.setup.faultpoints`, the daemon
  started with `LPSE_AKSES_KILL_AT=<point>:<N>` (it must die there: -SIGKILL), then restarted without it.

Asserted after each: no request lost, none created twice; every outbox row sent and received at the
relay (and in the recipient's mailbox) under its own Message-ID; no Message-ID the daemon did not
record; the same Message-ID again only after a kill, from a new connection, at most one per kill
(the one row between DATA and its mark, the last mail of its connection); every decision, account and closure applied exactly once
(audit events per request); every decision from the configured approver (link: a used token of his);
`lpse-akses audit verify` passes; every letter in exactly one folder, none left in the INBOX.
Each test prints one `FAULT kill9-...` line (tests/faults/summary.py).

Sizes: CI runs 300 messages and 20 kills (about a minute for the random run); `LPSE_FAULT_SCALE=large`
runs 3,000 messages and 100 kills. The named points run a smaller office (NAMED_MESSAGES each).
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from daemon.store.db import Database
from daemon.store.models import AccessRequest, AuditEvent, InboundMessage, OutboxMail, ProvisioningJob, Token
from tests.faults.kill9_office import DaemonProcess, People, Plan, plan_office
from tests.faults.summary import FaultSummary, report
from tests.real_office import RealOffice, make_office, make_people, read_folder
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RelaySmtpServer

pytestmark = pytest.mark.servers


@dataclass(frozen=True)
class Scale:
    messages: int
    kills: int
    vendors: int
    spread: float  # seconds over which the first letters arrive


SCALES = {"ci": Scale(300, 20, 6, 35.0), "large": Scale(3000, 100, 12, 250.0)}
NAMED_MESSAGES = 40
KILL_AFTER = (1.0, 4.5)  # seconds after a (re)start
FINAL = ("handled", "ignored", "quarantined", "oversized")
DECISIONS = ("ApprovalGranted", "ApprovalRejected", "ExtensionGranted", "ExtensionRejected")
NAMED = {  # point -> the N-th time it is reached
    "after_commit_before_move": 1,
    "after_outbox_insert": 3,
    "after_data_before_mark": 4,
    "inside_token_consume": 1,
}


def scale() -> Scale:
    name = os.environ.get("LPSE_FAULT_SCALE", "ci")
    if name not in SCALES:
        raise pytest.UsageError(f"LPSE_FAULT_SCALE={name!r}: one of {', '.join(SCALES)}")
    return SCALES[name]


def seed() -> int:
    given = os.environ.get("LPSE_FAULT_SEED", "")
    return int(given) if given else random.SystemRandom().randrange(2**32)


@pytest.fixture
def real(tmp_path: Path, dovecot: DovecotServer, smtp_relay: RelaySmtpServer) -> RealOffice:
    return make_office(
        tmp_path, dovecot, smtp_relay, mailbox={"existing_mail": "process", "unrelated": "move"}, people=make_people(dovecot)
    )


@dataclass
class Run:
    real: RealOffice
    server: DovecotServer
    relay: RelaySmtpServer
    people: People
    db: Database
    injected: int = 0
    boundaries: tuple[int, ...] = ()  # len(relay.received) at each kill
    seconds: float = 0.0
    at_death: dict[str, int] | None = None  # what the database held when a named point killed the daemon


def run_office(
    real: RealOffice, server: DovecotServer, relay: RelaySmtpServer, rng: random.Random, *,
    messages: int, vendors: int, spread: float, kills: int = 0, kill_at: str | None = None,
) -> Run:  # fmt: skip
    """The office at work while the daemon is killed: `kills` times at random, or once at `kill_at`."""
    tag = real.people.lpse.split("@")[0].split("-")[1]
    addresses = [f"teknisi{k}-{tag}@vendor{k}.test" for k in range(vendors)]
    for k, address in enumerate(addresses):
        server.add_user(address, f"rahasia-{k}-{tag}")
    plans, bad = plan_office(rng, messages, addresses, real.people.lpse)
    first = [p.raw for p in plans] + bad
    rng.shuffle(first)
    people = People(real, server, plans, first, spread)
    assert people.total == messages
    db = Database(f"sqlite:///{real.root / 'lpse-akses.db'}")
    run = Run(real, server, relay, people, db)
    daemon = DaemonProcess(real.config_path, real.root / "daemon.log")
    started = time.monotonic()
    boundaries: list[int] = []
    daemon.start(kill_at)
    people.open()
    next_kill = started + rng.uniform(*KILL_AFTER) if kills else float("inf")
    deadline = started + spread + 4 * kills + 90 + messages // 5
    last_check = 0.0
    try:
        while True:
            people.tick()
            now = time.monotonic()
            code = daemon.exited()
            if code is not None:
                assert kill_at and run.injected == 0, f"the daemon exited by itself ({code}):\n{log_tail(real)}"
                assert code == -signal.SIGKILL, f"{kill_at}: exit {code}, not SIGKILL:\n{log_tail(real)}"
                run.injected += 1
                boundaries.append(len(relay.received))
                run.at_death = snapshot(db, relay)
                daemon.start()
            elif run.injected < kills and now >= next_kill:
                daemon.kill()
                run.injected += 1
                boundaries.append(len(relay.received))
                daemon.start()
                next_kill = time.monotonic() + rng.uniform(*KILL_AFTER)
            done_killing = run.injected >= (1 if kill_at else kills)
            if done_killing and people.quiet and now - last_check >= 0.5:
                last_check = now
                if finished(db, plans, messages) and daemon.answers(real.config().web.public_url):
                    break
            assert now < deadline, f"not done after {now - started:.0f} s: {progress(db, people, run)}\n{log_tail(real)}"
            time.sleep(0.15)
    finally:
        code = daemon.stop()
        people.close()
    run.seconds = time.monotonic() - started
    run.boundaries = tuple(boundaries)
    assert code == 0, f"the last daemon did not stop cleanly ({code}):\n{log_tail(real)}"
    return run


def snapshot(db: Database, relay: RelaySmtpServer) -> dict[str, int]:
    """The traces a kill leaves, read while the daemon is dead: each named point leaves its own."""
    with relay.lock:
        at_relay = {str(message_from_bytes(r.data)["Message-ID"]) for r in relay.received}
    with db.reading() as s:
        sent = set(s.scalars(select(OutboxMail.message_id).where(OutboxMail.status == "sent")))
        return {
            "unmoved": s.scalar(select(func.count(InboundMessage.id)).where(InboundMessage.target_folder.is_not(None), InboundMessage.moved_at.is_(None))) or 0,
            "pending": s.scalar(select(func.count(OutboxMail.id)).where(OutboxMail.status == "pending")) or 0,
            "received_not_marked": len(at_relay - sent),
            "used_tokens": s.scalar(select(func.count(Token.id)).where(Token.used_at.is_not(None))) or 0,
            "link_decisions": s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.event.in_(DECISIONS), AuditEvent.channel == "link")) or 0,
        }  # fmt: skip


def log_tail(real: RealOffice) -> str:
    path = real.root / "daemon.log"
    return path.read_text(errors="replace")[-3000:] if path.exists() else ""


def finished(db: Database, plans: list[Plan], messages: int) -> bool:
    """Every message recorded and moved, the outbox and the provisioning queue empty, each request where its plan ends."""
    with db.reading() as s:
        final = s.scalar(
            select(func.count(InboundMessage.id)).where(InboundMessage.status.in_(FINAL), ~InboundMessage.dedupe_key.startswith("dup:"))
        )
        unmoved = s.scalar(select(func.count(InboundMessage.id)).where(InboundMessage.target_folder.is_not(None), InboundMessage.moved_at.is_(None)))
        pending = s.scalar(select(func.count(OutboxMail.id)).where(OutboxMail.status == "pending"))
        jobs = s.scalar(select(func.count(ProvisioningJob.id)).where(ProvisioningJob.status == "pending"))
        states = dict(states_by_letter(s, plans))
    return (final, unmoved, pending, jobs) == (messages, 0, 0, 0) and all(states.get(p.letter_id) == p.expected_state for p in plans)


def states_by_letter(s, plans: list[Plan]):  # type: ignore[no-untyped-def]
    ids = [p.letter_id for p in plans]
    return s.execute(
        select(InboundMessage.message_id, AccessRequest.state)
        .join(AccessRequest, AccessRequest.id == InboundMessage.request_id)
        .where(InboundMessage.message_id.in_(ids))
    ).all()


def progress(db: Database, people: People, run: Run) -> str:
    with db.reading() as s:
        by_status = dict(s.execute(select(InboundMessage.status, func.count()).group_by(InboundMessage.status)).all())
        outbox = dict(s.execute(select(OutboxMail.status, func.count()).group_by(OutboxMail.status)).all())
        states = Counter(state for _mid, state in states_by_letter(s, people.plans))
        unmoved = s.scalar(select(func.count(InboundMessage.id)).where(InboundMessage.target_folder.is_not(None), InboundMessage.moved_at.is_(None)))
        jobs = dict(s.execute(select(ProvisioningJob.status, func.count()).group_by(ProvisioningJob.status)).all())
    wanted = Counter(p.expected_state for p in people.plans)
    return (
        f"delivered {people.delivered}/{people.total}, posts waiting {len(people.posts)}, kills {run.injected}; "
        f"inbound {by_status}, not yet moved {unmoved}; outbox {outbox}; jobs {jobs}; states {dict(states)} (wanted {dict(wanted)})"
    )


def message_ids(raws: list[bytes]) -> list[str]:
    return [str(message_from_bytes(r)["Message-ID"]) for r in raws]


def account(run: Run, name: str) -> tuple[FaultSummary, dict[str, list[Any]]]:
    """The summary line's counts, and every broken promise by kind (empty lists when all is well)."""
    real, plans, cfg = run.real, run.people.plans, run.real.config()
    approvers = {a.lower() for a in cfg.people.approvers + cfg.people.backup_approvers}
    with run.db.reading() as s:
        requests = s.execute(select(AccessRequest.id, AccessRequest.state)).all()
        letters = s.execute(
            select(InboundMessage.message_id, InboundMessage.request_id).where(InboundMessage.message_id.in_([p.letter_id for p in plans]))
        ).all()
        rows = s.execute(select(OutboxMail.request_id, OutboxMail.template, OutboxMail.recipient, OutboxMail.message_id, OutboxMail.status)).all()
        audit = s.execute(select(AuditEvent.request_id, AuditEvent.event, AuditEvent.actor, AuditEvent.channel)).all()
        used = {(t.request_id, t.holder) for t in s.execute(select(Token.request_id, Token.holder).where(Token.used_at.is_not(None)))}
    request_of: dict[str, set[int]] = defaultdict(set)
    for mid, rid in letters:
        if mid is not None and rid is not None:
            request_of[mid].add(rid)
    lost = [p.n for p in plans if not request_of.get(p.letter_id)]
    twice = [p.n for p in plans if len(request_of.get(p.letter_id, ())) > 1]
    extra = len(requests) - len({next(iter(v)) for v in request_of.values() if v})

    with run.relay.lock:
        received = list(run.relay.received)
    copies: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(received):
        mid = str(message_from_bytes(r.data)["Message-ID"])
        for rcpt in r.recipients:
            copies[(mid, rcpt.lower())].append(i)
    ours = {(r.message_id, r.recipient.lower()) for r in rows}
    unsent = [(r.template, r.recipient, r.status) for r in rows if r.status != "sent" or not copies.get((r.message_id, r.recipient.lower()))]
    strangers = [k for k in copies if k not in ours]
    logical = Counter((r.request_id, r.template, r.recipient) for r in rows if r.request_id is not None)
    other_id = sum(n - 1 for n in logical.values() if n > 1) + len(strangers)
    same_id = sum(len(v) - 1 for v in copies.values() if len(v) > 1)
    # A cut after DATA leaves one signature: the earlier copy was the last mail its connection ever
    # carried (the daemon died before marking it), and the copy again came on a later connection.
    last_on: dict[str, int] = {r.peer: i for i, r in enumerate(received)}
    unexplained = []
    for key, where in copies.items():
        for before, after in zip(where, where[1:]):
            cut = last_on[received[before].peer] == before and received[after].peer != received[before].peer
            if not (cut and any(b <= after for b in run.boundaries)):
                unexplained.append((key, before, after))

    events: dict[int, Counter[str]] = defaultdict(Counter)
    channels: dict[int | None, list[str]] = defaultdict(list)
    unauthorized = []
    for rid, event, actor, channel in audit:
        if rid is not None:
            events[rid][event] += 1
        if event in DECISIONS:
            channels[rid].append(channel)
            link_ok = channel != "link" or (rid, actor) in used
            if actor.lower() not in approvers or channel not in ("link", "reply", "cli") or not link_ok:
                unauthorized.append((rid, event, actor, channel))
    wrong: list[tuple[object, ...]] = []
    for p in plans:
        if p.letter_id not in request_of or len(request_of[p.letter_id]) != 1:
            continue
        rid = next(iter(request_of[p.letter_id]))
        got = events[rid]
        want = {
            "RequestReceived": 1, "FieldsMissing": int(not p.complete), "FieldsCompleted": 1,
            "ApprovalGranted": int(p.approved), "ApprovalRejected": int(not p.approved),
            "AccountCreated": int(p.approved), "ClosureRequested": int(p.approved and p.closes),
            "AccountDisabled": int(p.approved and p.closes),
        }  # fmt: skip
        if {k: got[k] for k in want} != want:
            wrong.append((p.n, p.decision, {k: got[k] for k in want if got[k] != want[k]}))
        if channels[rid] != ["link" if p.decision.startswith("post") else "reply"]:
            wrong.append((p.n, p.decision, channels[rid]))

    summary = FaultSummary(
        name=name, injected=run.injected, requests_lost=len(lost), duplicate_requests=len(twice) + max(0, extra),
        mails_lost=len(unsent), duplicates_same_id=same_id, duplicates_other_id=other_id, unauthorized_transitions=len(unauthorized),
    )  # fmt: skip
    problems: dict[str, list[Any]] = {
        "requests lost": list(lost), "requests twice": list(twice) + ([f"{extra} requests with no letter"] if extra > 0 else []),
        "mails not delivered": list(unsent), "Message-IDs we never recorded": list(strangers),
        "one logical mail in two rows": [k for k, n in logical.items() if n > 1],
        "a Message-ID again without a kill before it": unexplained,
        "decisions not from an approver": unauthorized, "events not exactly once": wrong,
    }  # fmt: skip
    problems.update(mailbox_problems(run, copies))
    return summary, problems


def mailbox_problems(run: Run, copies: dict[tuple[str, str], list[int]]) -> dict[str, list[Any]]:
    """The relay's count against the recipients' real mailboxes, and the LPSE mailbox's folders."""
    people, server = run.real.people, run.server
    in_boxes: Counter[tuple[str, str]] = Counter()
    for address in sorted({p.vendor for p in run.people.plans} | {people.kasubag, people.admin, people.backup}):
        for mid in message_ids(read_folder(server, address, server.passwords[address])):
            in_boxes[(mid, address.lower())] += 1
    at_relay = Counter({k: len(v) for k, v in copies.items()})
    box = {f: Counter(message_ids(read_folder(server, people.lpse, server.passwords[people.lpse], f))) for f in ("INBOX", "Diproses", "Karantina")}
    filed = box["Diproses"] + box["Karantina"]
    sent_in = message_ids([p.raw for p in run.people.plans])
    return {
        "relay and mailboxes disagree": [(k, at_relay[k], in_boxes[k]) for k in set(in_boxes) | set(at_relay) if in_boxes[k] != at_relay[k]],
        "left in the LPSE INBOX": list(box["INBOX"]),
        "letters filed twice or not at all": [m for m in sent_in if filed[m] != 1] + [m for m, n in filed.items() if n > 1],
        "mail filed in total (want every message)": [] if sum(filed.values()) == run.people.total else [sum(filed.values())],
    }


def check(run: Run, name: str, *, most_same_id: int, least_same_id: int = 0) -> FaultSummary:
    summary, problems = account(run, name)
    report(summary)
    people = run.people
    print(
        f"  {name}: {people.total} messages, {len(people.plans)} requests, {people.posted} POST decisions "
        f"({people.post_misses} attempts met a dead daemon), {run.injected} kills, {run.seconds:.1f} s; "
        f"re-delivered under the same Message-ID: {summary.duplicates_same_id}"
    )
    assert {k: v for k, v in problems.items() if v} == {}
    assert (summary.requests_lost, summary.duplicate_requests, summary.mails_lost) == (0, 0, 0)
    assert (summary.duplicates_other_id, summary.unauthorized_transitions) == (0, 0)
    assert least_same_id <= summary.duplicates_same_id <= most_same_id
    verify = run.real.lpse("audit", "verify")
    assert verify.exit_code == 0, verify.output
    return summary


@pytest.mark.timeout(300 if os.environ.get("LPSE_FAULT_SCALE", "ci") == "ci" else 3600)
def test_kill_9_at_random_moments(real: RealOffice, dovecot: DovecotServer, smtp_relay: RelaySmtpServer) -> None:
    size, chosen = scale(), seed()
    print(f"\nkill9-random: seed {chosen} (LPSE_FAULT_SEED={chosen} replays it), {size.messages} messages, {size.kills} kills")
    rng = random.Random(chosen)
    run = run_office(real, dovecot, smtp_relay, rng, messages=size.messages, vendors=size.vendors, spread=size.spread, kills=size.kills)
    assert run.injected == size.kills
    check(run, "kill9-random", most_same_id=run.injected)  # one row at most between DATA and its mark at each kill


@pytest.mark.parametrize("point", sorted(NAMED))
def test_kill_9_at_a_named_point(real: RealOffice, dovecot: DovecotServer, smtp_relay: RelaySmtpServer, point: str) -> None:
    chosen = seed()
    spec = f"{point}:{NAMED[point]}"
    print(f"\nkill9-{point}: LPSE_AKSES_KILL_AT={spec}, seed {chosen}")
    rng = random.Random(chosen)
    run = run_office(real, dovecot, smtp_relay, rng, messages=NAMED_MESSAGES, vendors=3, spread=3.0, kill_at=spec)
    assert run.injected == 1
    dead = run.at_death
    print(f"  at the kill: {dead}")
    assert dead is not None
    if point == "after_commit_before_move":
        assert dead["unmoved"] >= 1  # committed, not yet moved: the restart moves them (and works none again)
    elif point == "after_outbox_insert":
        assert dead["pending"] >= 1  # the rows just committed wait unsent: the restart sends them
    elif point == "after_data_before_mark":
        assert dead["received_not_marked"] == 1  # the relay has it, the row is not marked: it goes again, same ID
    else:
        assert dead["used_tokens"] == dead["link_decisions"]  # the consume died with its transaction: no token spent
        assert run.people.post_misses >= 1  # the approver's POST met the kill and was tried again
    after_data = point == "after_data_before_mark"
    check(run, f"kill9-{point}", most_same_id=1, least_same_id=int(after_data))  # that cut re-sends exactly its one row
