"""A busy office for the kill -9 tests: a planned mix of letters, people who react to the mail they get, the daemon as a process.

`plan_office(rng, total)` plans exactly `total` messages to the LPSE mailbox: request letters (some
missing Tujuan and Hak Akses), the replies that supply them, approvals and rejections by reply
(SETUJU / TOLAK), closures, out-of-office auto-replies and malformed mail; the approvals by POST add
no message. `People` plays everyone: it delivers the letters over LMTP, reads the vendors' and the
Kasubag's real mailboxes over IMAP (incrementally, one connection each) and reacts once to each mail
it waits for: the need_info gets its answer, the approval mail its decision (its link opened and
confirmed by POST on the daemon's web port, or a reply), the credentials a closure. `DaemonProcess`
is `lpse-akses run` as a child process, killed with SIGKILL and started again.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from email import message_from_bytes
from pathlib import Path

import httpx
from imapclient import IMAPClient

from tests.conversation import Mail, letter, parse
from tests.real_office import RealOffice
from tests.servers.dovecot import DovecotServer

ROOT = Path(__file__).resolve().parents[2]
DECISIONS = ("post-approve", "reply-approve", "reply-reject", "post-reject")
DECISION_WEIGHTS = (40, 40, 10, 10)
REJECT_REASON = "surat tugas belum dilampirkan"


@dataclass
class Plan:
    """One request's life as planned: who writes, what is missing, how the Kasubag decides, whether it closes."""

    n: int
    vendor: str
    complete: bool
    decision: str
    closes: bool
    autoreply: bool
    raw: bytes = b""
    letter_id: str = ""

    @property
    def approved(self) -> bool:
        return self.decision.endswith("approve")

    @property
    def expected_state(self) -> str:
        if not self.approved:
            return "rejected"
        return "closed" if self.closes else "active"

    def messages(self) -> int:
        """How many messages this plan puts into the LPSE mailbox."""
        return 1 + (not self.complete) + self.decision.startswith("reply") + (self.approved and self.closes) + self.autoreply


def request_body(plan: Plan) -> str:
    body = f"""Dengan hormat,

Bersama ini kami mengajukan permohonan remote akses ke server LPSE Kota Salatiga.

Nama: Teknisi Nomor {plan.n}
Instansi: PT Uji Beban {plan.n}
Email: {plan.vendor}
"""
    if plan.complete:
        body += "Tujuan: Pemeliharaan aplikasi SPSE\nHak Akses: SSH\n"
    return body + "Mulai: hari ini\nSelesai: besok\n\nHormat kami,\nTeknisi Nomor {plan.n}\n"


def malformed(n: int, lpse: str) -> bytes:
    """A message nobody can answer: no sender at all (quarantined; the admins are told)."""
    return (
        f"To: {lpse}\r\nSubject: dokumen {n}\r\nMessage-ID: <rusak{n}.{os.getpid()}@tanpa-pengirim.test>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n\xff\xfe isi yang rusak {n}\r\n"
    ).encode("latin-1")


def plan_office(rng: random.Random, total: int, vendors: list[str], lpse: str) -> tuple[list[Plan], list[bytes]]:
    """Plans whose messages, with the malformed ones that fill up, add up to exactly `total`."""
    plans: list[Plan] = []
    floor = max(2, total // 30)  # at least this many malformed messages
    planned = 0
    while True:
        p = Plan(
            n=len(plans) + 1,
            vendor=vendors[len(plans) % len(vendors)],
            complete=rng.random() >= 0.3,
            decision=rng.choices(DECISIONS, DECISION_WEIGHTS)[0] if plans else "post-approve",  # at least one POST
            closes=rng.random() < 0.8,
            autoreply=rng.random() < 0.3,
        )
        if planned + p.messages() > total - floor:
            break
        p.raw = letter(p.vendor, request_body(p), to=lpse, name=f"Teknisi Nomor {p.n}")
        p.letter_id = parse(p.raw).message_id
        plans.append(p)
        planned += p.messages()
    return plans, [malformed(i, lpse) for i in range(total - planned)]


def attached_letter_id(mail: Mail) -> str:
    """The Message-ID of the original letter attached to an approval mail (surat-permohonan-asli.eml)."""
    for part in mail.msg.walk():
        if (part.get_filename() or "").endswith(".eml"):
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                return str(message_from_bytes(data).get("Message-ID", ""))
    return ""


class Box:
    """One real mailbox read incrementally over one IMAP connection (BODY.PEEK, nothing marked read)."""

    def __init__(self, server: DovecotServer, address: str) -> None:
        self.address = address
        self.imap = IMAPClient(server.host, server.imap_port, ssl=False, timeout=10)
        self.imap.login(address, server.passwords[address])
        self.imap.select_folder("INBOX", readonly=True)
        self.last = 0

    def new(self) -> list[Mail]:
        self.imap.noop()
        uids = sorted(u for u in self.imap.search(["UID", f"{self.last + 1}:*"]) if u > self.last)
        if not uids:
            return []
        data = self.imap.fetch(uids, ["BODY.PEEK[]"])
        self.last = uids[-1]
        return [parse(bytes(data[u][b"BODY[]"])) for u in uids if u in data]

    def close(self) -> None:
        try:
            self.imap.logout()
        except Exception:  # noqa: BLE001 - closing after the test, whatever state it is in
            pass


@dataclass
class Post:
    plan: Plan
    url: str
    reason: str | None
    tries: int = 0


@dataclass
class People:
    """Everyone who writes to the LPSE mailbox, reacting to what reaches their real mailboxes."""

    real: RealOffice
    server: DovecotServer
    plans: list[Plan]
    first_letters: list[bytes]
    spread: float  # seconds over which the first letters arrive
    boxes: list[Box] = field(default_factory=list)
    queue: deque[bytes] = field(default_factory=deque)
    posts: list[Post] = field(default_factory=list)
    reacted: set[tuple[int, str]] = field(default_factory=set)
    first_sent: int = 0
    delivered: int = 0
    posted: int = 0
    post_misses: int = 0  # attempts that found the daemon down, or lost its answer
    started: float = 0.0

    def __post_init__(self) -> None:
        self.by_letter = {p.letter_id: p for p in self.plans}
        self.kasubag = self.real.people.kasubag
        self.total = sum(p.messages() for p in self.plans) + len(self.first_letters) - len(self.plans)

    def open(self) -> None:
        addresses = sorted({p.vendor for p in self.plans}) + [self.kasubag]
        self.boxes = [Box(self.server, a) for a in addresses]
        self.started = time.monotonic()

    def close(self) -> None:
        for box in self.boxes:
            box.close()

    @property
    def quiet(self) -> bool:
        """Nothing left to write or to post (what is still to come depends on the daemon)."""
        return not self.queue and not self.posts and self.delivered == self.total

    def tick(self) -> None:
        """Deliver what is due, read what arrived, react, retry the POSTs the daemon did not answer."""
        due = int(len(self.first_letters) * min(1.0, (time.monotonic() - self.started) / self.spread)) if self.spread else len(self.first_letters)
        while self.first_sent < due:
            self._deliver(self.first_letters[self.first_sent])
            self.first_sent += 1
        while self.queue:
            self._deliver(self.queue.popleft())
        for box in self.boxes:
            for mail in box.new():
                self._react(box.address, mail)
        self.posts = [p for p in self.posts if not self._post(p)]

    def _deliver(self, raw: bytes) -> None:
        self.server.deliver(self.real.people.lpse, raw, envelope_from="mta@salatiga.test")
        self.delivered += 1

    def _plan_of(self, mail: Mail) -> Plan | None:
        refs = (mail.header("References") + " " + mail.header("In-Reply-To")).split()
        for ref in refs:
            if ref in self.by_letter:
                return self.by_letter[ref]
        return self.by_letter.get(attached_letter_id(mail))

    def _once(self, plan: Plan, what: str) -> bool:
        key = (plan.n, what)
        if key in self.reacted:
            return False  # a mail delivered again (same Message-ID after a kill): people react once
        self.reacted.add(key)
        return True

    def _react(self, address: str, mail: Mail) -> None:
        plan = self._plan_of(mail)
        lpse = self.real.people.lpse
        if plan is None:
            return
        t = mail.template
        if address == self.kasubag and t == "approval_request" and self._once(plan, t):
            approve, reject = mail.links()
            if plan.decision == "post-approve":
                self.posts.append(Post(plan, approve, None))
            elif plan.decision == "post-reject":
                self.posts.append(Post(plan, reject, REJECT_REASON))
            else:
                word = "SETUJU" if plan.decision == "reply-approve" else f"TOLAK karena {REJECT_REASON}"
                self.queue.append(letter(self.kasubag, word, reply_to=mail, to=lpse))
        elif t == "ack_received" and plan.autoreply and self._once(plan, t):
            ooo = {"Auto-Submitted": "auto-replied", "Subject": "Balasan otomatis: " + mail.subject}
            self.queue.append(letter(plan.vendor, "Saya sedang cuti sampai minggu depan.", reply_to=mail, to=lpse, headers=ooo))
        elif t == "need_info" and not plan.complete and self._once(plan, t):
            self.queue.append(letter(plan.vendor, "Tujuan: Pemeliharaan aplikasi SPSE\nHak Akses: SSH", reply_to=mail, to=lpse))
        elif t == "credentials" and plan.closes and self._once(plan, t):
            self.queue.append(letter(plan.vendor, "Pekerjaan sudah selesai, mohon akun ditutup.", reply_to=mail, to=lpse))

    def _post(self, post: Post) -> bool:
        """Open the link and confirm, as a browser does; True once decided (or the link says it already was)."""
        post.tries += 1
        try:
            page = httpx.get(post.url, timeout=5)
            if page.status_code == 410:
                return True  # used: our earlier POST was committed, its answer lost in the kill
            if page.status_code != 200:
                self.post_misses += 1
                return False
            csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
            action = re.search(r'name="action" value="([^"]+)"', page.text)
            assert csrf and action, page.text[:500]
            data = {"csrf": csrf.group(1), "action": action.group(1)}
            if post.reason:
                data["reason"] = post.reason
            done = httpx.post(post.url, data=data, timeout=5)
        except httpx.HTTPError:
            self.post_misses += 1
            return False  # the daemon is down, or died answering: the approver tries again
        if done.status_code in (200, 410):
            self.posted += 1
            return True
        self.post_misses += 1
        return False


class DaemonProcess:
    """`lpse-akses run` as a child process; its stderr appended to one log across restarts."""

    def __init__(self, config: Path, log: Path) -> None:
        self.config, self.log = config, log
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self, kill_at: str | None = None) -> None:
        env = {k: v for k, v in os.environ.items() if k != "LPSE_AKSES_KILL_AT"} | {"PYTHONPATH": str(ROOT)}
        if kill_at:
            env["LPSE_AKSES_KILL_AT"] = kill_at
        with self.log.open("ab") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "cli.main", "--config", str(self.config), "run"], cwd=ROOT, env=env,
                stdout=subprocess.DEVNULL, stderr=err,
            )  # fmt: skip
        self.starts += 1

    def answers(self, base_url: str) -> bool:
        """The web port answers: the daemon is up, its signal handlers in place (a SIGTERM now stops it gracefully)."""
        try:
            httpx.get(f"{base_url}/healthz", timeout=2)
        except httpx.HTTPError:
            return False
        return True

    def exited(self) -> int | None:
        return None if self.proc is None else self.proc.poll()

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> int:
        """SIGTERM and wait: a graceful stop at the end."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        return int(self.proc.returncode)
