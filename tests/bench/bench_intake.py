"""Intake throughput: a backlog of request letters through the real Intake, against a bare read and parse.

    python tests/bench/bench_intake.py [N] [--dir DIR]

Builds a sandbox office (Maildir inbox, SQLite with synchronous=FULL), drops N (default 2000)
generated request letters into its inbox and times

- the physical limit (DESIGN §9): read every message from the Maildir and parse it, nothing else;
- the intake: `Intake.run_pass` until the inbox is empty (dedupe, store the raw bytes, parse,
  classify, extract, `service.receive` with its audit and outbox rows in one committed
  transaction per message, then the moves to Diproses).

It prints both rates and their ratio; the quality bar is a ratio of at least 0.5.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from daemon.demo.sandbox import drop_mail, make_sandbox  # noqa: E402
from daemon.mail.inbox.maildir import MaildirInbox  # noqa: E402
from daemon.mail.parser import parse_message  # noqa: E402
from daemon.service import Service  # noqa: E402
from daemon.setup import configfile  # noqa: E402
from daemon.store import migrations  # noqa: E402
from daemon.store.db import Database  # noqa: E402
from daemon.store.models import AccessRequest  # noqa: E402
from daemon.workers.intake import Intake  # noqa: E402
from tests.conversation import letter  # noqa: E402

RIGHTS = ("SSH", "VPN", "SSH dan VPN", "akses basis data (read-only)")


def request_letter(n: int) -> bytes:
    body = f"""Dengan hormat,

Bersama ini kami mengajukan permohonan remote akses ke server LPSE Kota Salatiga.

Nama: Teknisi {n}
Instansi: PT Vendor Nomor {n % 97}
Email: teknisi{n}@vendor{n % 97}.co.id
Tujuan: Pemeliharaan aplikasi SPSE, pekerjaan nomor {n}
Hak Akses: {RIGHTS[n % len(RIGHTS)]}
Mulai: hari ini
Selesai: besok

Hormat kami,
Teknisi {n}
"""
    return letter(f"teknisi{n}@vendor{n % 97}.co.id", body, subject=f"Permohonan Remote Akses {n}", name=f"Teknisi {n}")


def bare(maildir: Path) -> tuple[int, float]:
    """Read and parse every waiting message straight from its file: what no intake can beat."""
    started = time.perf_counter()
    files = sorted(p for sub in ("new", "cur") for p in (maildir / sub).iterdir())
    for path in files:
        parse_message(path.read_bytes())
    return len(files), time.perf_counter() - started


def ingest(intake: Intake) -> tuple[int, float]:
    started = time.perf_counter()
    seen = 0
    while True:
        result = intake.run_pass()
        seen += result.seen
        if not intake.inbox.list_new(0):
            return seen, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("n", nargs="?", type=int, default=2000)
    parser.add_argument("--dir", type=Path, help="keep the sandbox here (default: a temp dir, removed)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-intake-") as tmp:
        root = args.dir or Path(tmp)
        box = make_sandbox(root / "office")
        cfg = configfile.load(box.config)
        db = Database(cfg.database.url)
        migrations.upgrade(db.engine)
        inbox = MaildirInbox(box.inbox)
        inbox.connect()
        for n in range(1, args.n + 1):
            drop_mail(box.inbox, request_letter(n), name=f"{n:06d}.bench")

        parsed, bare_s = bare(box.inbox)
        intake = Intake(db, cfg, Service(cfg), inbox, lambda: datetime.now(timezone.utc))
        seen, intake_s = ingest(intake)
        with db.reading() as s:
            created = s.scalar(select(func.count()).select_from(AccessRequest))

    bare_rate, intake_rate = parsed / bare_s, seen / intake_s
    print(f"messages:           {args.n} request letters, Maildir inbox, SQLite (synchronous=FULL)")
    print(f"bare read + parse:  {parsed} in {bare_s:6.2f} s = {bare_rate:7.1f} msg/s  (the physical limit)")
    print(f"intake:             {seen} in {intake_s:6.2f} s = {intake_rate:7.1f} msg/s  ({created} requests created)")
    print(f"ratio:              {intake_rate / bare_rate:.2f}  (quality bar: >= 0.50)")


if __name__ == "__main__":
    main()
