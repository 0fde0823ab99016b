"""The real daemon process (`python -m cli.main --config X run`) on the fixture servers, and what the fault tests count.

`RealDaemon` starts and stops the process and reads its `/healthz`; `tally` compares what the
test sent with what the daemon's database and the participants' real mailboxes hold, in the
terms of `tests.faults.summary.summary_line`.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from daemon.store.db import Database
from daemon.store.models import AccessRequest, AuditEvent, InboundMessage, OutboxMail
from tests.conversation import letter, parse
from tests.real_office import RealOffice, read_folder
from tests.servers.dovecot import DovecotServer

ROOT = Path(__file__).resolve().parents[2]
DECIDED = ("ApprovalGranted", "ApprovalRejected", "AccountCreated", "ExtensionGranted", "GrantExpired", "AccountDisabled")


def wait_until(condition: Callable[[], Any], timeout: float, what: str, step: float = 0.25) -> Any:
    """Poll `condition` until it is truthy (its value is returned) or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout:g} s")
        time.sleep(step)


def numbered_letter(real: RealOffice, i: int) -> bytes:
    """A complete request letter, one per `i` (its own Message-ID, name and institution)."""
    p = real.people
    body = (
        f"Dengan hormat,\n\nKami mengajukan permohonan remote akses.\n\nNama: Vendor Uji {i}\nInstansi: PT Uji Gangguan {i}\n"
        f"Email: {p.vendor}\nTujuan: Pemeliharaan aplikasi SPSE\nHak Akses: SSH\nMulai: hari ini\nSelesai: besok\n\n"
        f"Hormat kami,\nVendor Uji {i}\n"
    )
    return letter(p.vendor, body, subject=f"Permohonan Remote Akses {i}", to=p.lpse, name=f"Vendor Uji {i}")


def use_database(real: RealOffice, url: str) -> None:
    """Point the office's config at another database (make_office writes SQLite beside it)."""
    text = real.config_path.read_text()
    real.config_path.write_text(re.sub(r'(?m)^url = "sqlite:.*"$', lambda _: f'url = "{url}"', text))


class RealDaemon:
    """One `lpse-akses run` process on `real`'s config; its stderr goes to `log_path`."""

    def __init__(self, real: RealOffice, log_path: Path) -> None:
        self.real, self.log_path = real, log_path
        cfg = real.config()
        self.url = cfg.database.url
        self.base = cfg.web.public_url.rstrip("/")
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self, *, ready: float = 40) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LPSE_AKSES_")}
        with open(self.log_path, "ab") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "cli.main", "--config", str(self.real.config_path), "run"],
                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err,
            )  # fmt: skip
        self.starts += 1
        wait_until(lambda: self.health()[0] is not None or not self.alive(), ready, "the daemon answers /healthz")
        assert self.alive(), self.log()[-3000:]

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def health(self, timeout: float = 5) -> tuple[int | None, dict[str, str]]:
        """(status code, checks) of /healthz; (None, {"error": ...}) when it does not answer in `timeout`."""
        try:
            r = httpx.get(f"{self.base}/healthz", timeout=timeout)
        except httpx.HTTPError as exc:
            return None, {"error": type(exc).__name__}
        return r.status_code, dict(r.json().get("checks", {}))

    def stop(self) -> int | None:
        proc, self.proc = self.proc, None
        if proc is None:
            return None
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        return proc.returncode

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def __enter__(self) -> RealDaemon:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@dataclass
class Tally:
    letters: int
    requests: int
    requests_lost: int
    duplicate_requests: int
    rows: int
    unsent: int
    mails_lost: int
    duplicates_same_id: int
    duplicates_other_id: int
    unauthorized_transitions: int
    by_template: Counter[str]

    def fields(self) -> dict[str, int]:
        return {
            "requests_lost": self.requests_lost, "duplicate_requests": self.duplicate_requests,
            "mails_lost": self.mails_lost, "duplicates_same_id": self.duplicates_same_id,
            "duplicates_other_id": self.duplicates_other_id, "unauthorized_transitions": self.unauthorized_transitions,
        }  # fmt: skip


def handled_count(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count(InboundMessage.id)).where(InboundMessage.status == "handled")) or 0)


def pending_count(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count(OutboxMail.id)).where(OutboxMail.status == "pending")) or 0)


def tally(db: Database, real: RealOffice, server: DovecotServer, letters: list[bytes]) -> Tally:
    """What became of `letters`: requests lost or twice, outbox rows unsent, mail lost or delivered twice."""
    p = real.people
    sent_ids = {parse(raw).message_id for raw in letters}
    with db.reading() as s:
        inbound = s.execute(select(InboundMessage.message_id, InboundMessage.request_id)).all()
        requests = int(s.scalar(select(func.count(AccessRequest.id))) or 0)
        states = Counter(s.scalars(select(AccessRequest.state)))
        decided = int(s.scalar(select(func.count(AuditEvent.seq)).where(AuditEvent.event.in_(DECIDED))) or 0)
        rows = s.execute(select(OutboxMail.request_id, OutboxMail.template, OutboxMail.recipient, OutboxMail.message_id, OutboxMail.status)).all()
    with_request = {mid for mid, rid in inbound if mid in sent_ids and rid is not None}
    per_letter = Counter(mid for mid, rid in inbound if mid in sent_ids and rid is not None)
    delivered: Counter[tuple[str, str]] = Counter()
    for address in {r.recipient for r in rows}:
        for raw in read_folder(server, address, p.passwords[address]):
            delivered[(address, parse(raw).message_id)] += 1
    logical = Counter((r.request_id, r.template, r.recipient) for r in rows if r.template != "admin_alert")
    return Tally(
        letters=len(letters),
        requests=requests,
        requests_lost=len(sent_ids - with_request),
        duplicate_requests=max(0, requests - len(with_request)) + sum(n - 1 for n in per_letter.values()),
        rows=len(rows),
        unsent=sum(r.status != "sent" for r in rows),
        mails_lost=sum(delivered[(r.recipient, r.message_id)] == 0 for r in rows),
        duplicates_same_id=sum(n - 1 for n in delivered.values() if n > 1),
        duplicates_other_id=sum(n - 1 for n in logical.values() if n > 1),
        unauthorized_transitions=decided + sum(n for state, n in states.items() if state != "pending_approval"),
        by_template=Counter(r.template for r in rows),
    )
