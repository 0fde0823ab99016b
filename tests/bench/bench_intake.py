"""Intake throughput against the physical limit, over a real Dovecot and over the Maildir sandbox.

    python tests/bench/bench_intake.py [N] [--server imap|maildir|both] [--mix corpus|letters] [--profile FILE]

The mix (default `corpus`) cycles through the corpus in tests/data/corpus (request letters,
some as PDF or DOCX attachments, some HTML-only; replies, closures, unrelated mail,
newsletters, auto-replies, bounces), each copy with its own Message-ID; `letters` is N
generated plain request letters. For each store it times, side by side in one run:

- the physical limit (DESIGN §9): fetch every message from the same server in batches
  (IMAP: UID FETCH BODY.PEEK[] of 500 UIDs; Maildir: read the file) and parse it, nothing else;
- the intake: `Intake.run_pass` until nothing is left to work (dedupe, store the raw bytes,
  parse, classify, extract, the service with its audit and outbox rows; one commit per batch,
  then the moves).

It prints both rates and their ratio (the quality bar: at least 0.5). `--profile FILE` runs
the intake under pyinstrument and writes its text report to FILE.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from daemon.demo.sandbox import drop_mail, make_sandbox  # noqa: E402
from daemon.mail.inbox.imap import ImapInbox  # noqa: E402
from daemon.mail.inbox.maildir import MaildirInbox  # noqa: E402
from daemon.mail.parser import UnparseableMessage, parse_message  # noqa: E402
from daemon.service import Service  # noqa: E402
from daemon.setup import configfile  # noqa: E402
from daemon.store import migrations  # noqa: E402
from daemon.store.db import Database  # noqa: E402
from daemon.store.models import AccessRequest, InboundMessage  # noqa: E402
from daemon.workers.intake import Intake  # noqa: E402
from tests.conversation import letter  # noqa: E402

RIGHTS = ("SSH", "VPN", "SSH dan VPN", "akses basis data (read-only)")
CORPUS = ROOT / "tests" / "data" / "corpus"
_MESSAGE_ID = re.compile(rb"^Message-ID:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*", re.I | re.M)


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


def corpus_copy(raw: bytes, n: int) -> bytes:
    """A corpus message as a new one: its own Message-ID, so dedupe sees N distinct messages."""
    head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    eol = b"\r\n" if sep == b"\r\n\r\n" else b"\n"
    head = _MESSAGE_ID.sub(b"", head + eol).rstrip(b"\r\n")
    return head + eol + f"Message-ID: <bench{n}@bench.test>".encode() + sep + body


def messages(n: int, mix: str) -> list[bytes]:
    if mix == "letters":
        return [request_letter(i) for i in range(1, n + 1)]
    sources = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    return [corpus_copy(sources[i % len(sources)], i) for i in range(n)]


def parse(raw: bytes) -> None:
    """The parse of the physical limit; a malformed message costs its attempt, as it does the intake."""
    try:
        parse_message(raw)
    except UnparseableMessage:
        pass


def describe(raws: list[bytes]) -> str:
    pdf = sum(b"application/pdf" in r for r in raws)
    docx = sum(b"wordprocessingml" in r for r in raws)
    html_only = sum(b"text/html" in r and b"text/plain" not in r for r in raws)
    return f"{len(raws)} messages ({pdf} with a PDF, {docx} with a DOCX, {html_only} HTML-only)"


def reader_cpu(intake: Intake) -> float:
    """CPU seconds of the intake's reader process so far (0 when it runs none), from /proc."""
    child = getattr(intake.reader, "_child", None)
    if child is None or not child.alive():
        return 0.0
    fields = Path(f"/proc/{child.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def drain(intake: Intake) -> tuple[int, float, float, float]:
    """(messages seen, wall seconds, CPU seconds of the daemon's process, of its reader process)."""
    started, cpu = time.perf_counter(), time.process_time()
    seen = 0
    while True:
        result = intake.run_pass()
        seen += result.seen
        if not result.seen:
            return seen, time.perf_counter() - started, time.process_time() - cpu, reader_cpu(intake)


def run_intake(intake: Intake, profile: Path | None) -> tuple[int, float, float, float]:
    if profile is None:
        return drain(intake)
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.002)
    profiler.start()
    try:
        return drain(intake)
    finally:
        profiler.stop()
        profile.write_text(profiler.output_text(unicode=False, color=False, show_all=False))


def office(root: Path) -> tuple:
    box = make_sandbox(root / "office")
    cfg = configfile.load(box.config)
    db = Database(cfg.database.url)
    migrations.upgrade(db.engine)
    return box, cfg, db


def counts(db: Database) -> tuple[int, int]:
    with db.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(AccessRequest)) or 0,
            s.scalar(select(func.count()).select_from(InboundMessage)) or 0,
        )


def bench_maildir(raws: list[bytes], root: Path, profile: Path | None) -> dict[str, float]:
    box, cfg, db = office(root / "maildir")
    for i, raw in enumerate(raws):
        drop_mail(box.inbox, raw, name=f"{i:06d}.bench")
    started = time.perf_counter()
    files = sorted(p for sub in ("new", "cur") for p in (box.inbox / sub).iterdir())
    for path in files:
        parse(path.read_bytes())
    bare_s = time.perf_counter() - started
    inbox = MaildirInbox(box.inbox)
    inbox.connect()
    seen, intake_s, main_cpu, read_cpu = run_intake(Intake(db, cfg, Service(cfg), inbox, lambda: datetime.now(timezone.utc)), profile)
    return {"n": len(files), "bare_s": bare_s, "seen": seen, "intake_s": intake_s, "requests": counts(db)[0],
            "main_cpu": main_cpu, "reader_cpu": read_cpu}  # fmt: skip


def bench_imap(raws: list[bytes], root: Path, profile: Path | None) -> dict[str, float]:
    from tests.servers.dovecot import DovecotServer
    from tests.servers.fixtures import mailbox_config, new_account

    with DovecotServer(tls=False) as server:
        account = new_account(server, "bench")
        with server.client(account.address) as imap:
            for raw in raws:
                imap.append("INBOX", raw)
        # The physical limit: the same messages from the same server, fetched in batches and parsed.
        started = time.perf_counter()
        with server.client(account.address) as imap:
            uids = sorted(imap.search())
            for start in range(0, len(uids), 500):
                for data in imap.fetch(uids[start : start + 500], ["BODY.PEEK[]"]).values():
                    parse(bytes(data[b"BODY[]"]))
        bare_s = time.perf_counter() - started
        box, cfg, db = office(root / "imap")
        cfg = replace(cfg, mailbox=mailbox_config(server, account))  # a dedicated mailbox: everything is worked
        inbox = ImapInbox(cfg.mailbox, timeout=60)
        inbox.connect()
        try:
            seen, intake_s, main_cpu, read_cpu = run_intake(Intake(db, cfg, Service(cfg), inbox, lambda: datetime.now(timezone.utc)), profile)
        finally:
            inbox.close()
    return {"n": len(uids), "bare_s": bare_s, "seen": seen, "intake_s": intake_s, "requests": counts(db)[0],
            "main_cpu": main_cpu, "reader_cpu": read_cpu}  # fmt: skip


def report(name: str, r: dict[str, float]) -> None:
    bare_rate, intake_rate = r["n"] / r["bare_s"], r["seen"] / r["intake_s"]
    print(f"{name}:")
    print(f"  bare fetch + parse: {r['n']} in {r['bare_s']:6.2f} s = {bare_rate:7.1f} msg/s  (the physical limit)")
    print(f"  intake:             {r['seen']} in {r['intake_s']:6.2f} s = {intake_rate:7.1f} msg/s  ({r['requests']} requests created)")
    per = {k: r[k] / max(r["seen"], 1) * 1000 for k in ("main_cpu", "reader_cpu")}
    print(f"  CPU per message:    daemon {per['main_cpu']:.2f} ms, reader process {per['reader_cpu']:.2f} ms")
    print(f"  ratio:              {intake_rate / bare_rate:.2f}  (quality bar: >= 0.50)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("n", nargs="?", type=int, default=2000)
    parser.add_argument("--server", choices=("imap", "maildir", "both"), default="both")
    parser.add_argument("--mix", choices=("corpus", "letters"), default="corpus")
    parser.add_argument("--profile", type=Path, help="write a pyinstrument report of the (last) intake run here")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # the corpus's malformed mail is quarantined: expected, not news
    raws = messages(args.n, args.mix)
    for raw in raws[:200]:
        parse(raw)  # the parser's first PDF or DOCX imports its library: not part of the limit
    print(f"mix: {describe(raws)}; SQLite (WAL, synchronous=FULL)")
    with tempfile.TemporaryDirectory(prefix="bench-intake-") as tmp:
        if args.server in ("maildir", "both"):
            report("Maildir", bench_maildir(raws, Path(tmp), args.profile if args.server == "maildir" else None))
        if args.server in ("imap", "both"):
            report("IMAP (Dovecot)", bench_imap(raws, Path(tmp), args.profile))


if __name__ == "__main__":
    main()
