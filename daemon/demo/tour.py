"""`lpse-akses demo`: the real daemon on the sandbox, fed a sample letter, every step narrated.

It uses the real paths only: the letter and the closure reply are dropped into the Maildir
inbox the daemon watches; with `--auto` the approval is an HTTP POST to the confirm page,
exactly what the Kasubag's browser does. It never calls the service directly.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.header import decode_header, make_header
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Callable

from daemon.demo.sandbox import KASUBAG, LPSE, Sandbox, drop_mail, make_sandbox, read_mailbox
from daemon.setup import configfile

VENDOR = "budi.santoso@majujaya.co.id"

LETTER = """From: Budi Santoso <{vendor}>
To: {lpse}
Subject: Permohonan Remote Akses Server LPSE
Date: {date}
Message-ID: {mid}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dengan hormat,

Bersama ini kami mengajukan permohonan remote akses ke server LPSE Kota Salatiga
untuk keperluan pemeliharaan aplikasi.

Nama: Budi Santoso
Instansi: PT Maju Jaya Teknologi
Email: {vendor}
No. HP: 0812-2233-4455
Tujuan: Pemeliharaan dan pembaruan aplikasi SPSE
Hak Akses: SSH, VPN
Mulai: {start}
Selesai: {end}

Demikian permohonan kami. Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
Budi Santoso
PT Maju Jaya Teknologi
"""

CLOSURE = """From: Budi Santoso <{vendor}>
To: {lpse}
Subject: Re: {subject}
Date: {date}
Message-ID: {mid}
In-Reply-To: {irt}
References: {irt}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Selamat siang,

Pekerjaan sudah selesai, mohon akun ditutup.

Terima kasih,
Budi
"""


def _subject(raw: bytes) -> str:
    folded = str(make_header(decode_header(message_from_bytes(raw).get("Subject", ""))))
    return re.sub(r"\r?\n[ \t]+", " ", folded)


class Narrator:
    """Watches every participant's mailbox and tells what arrived, in order."""

    def __init__(self, box: Sandbox, say: Callable[[str], None]) -> None:
        self.box, self.say = box, say
        self.seen: dict[str, int] = {}
        self.history: list[tuple[str, bytes]] = []
        self.taken: set[int] = set()

    def poll(self) -> None:
        if not self.box.outboxes.exists():
            return
        for folder in sorted(self.box.outboxes.iterdir()):
            mails = read_mailbox(folder)
            for raw in mails[self.seen.get(folder.name, 0):]:
                self.history.append((folder.name, raw))
                self.say(f"  ✉  ke {folder.name}: {_subject(raw)}")
            self.seen[folder.name] = len(mails)

    async def wait_for(self, who: str, template: str, timeout: float) -> bytes:
        """The first message of `template` to `who` not handed out before (earlier arrivals count too)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            for i, (to, raw) in enumerate(self.history):
                if i not in self.taken and to == who and message_from_bytes(raw).get("X-LPSE-Akses-Template") == template:
                    self.taken.add(i)
                    return raw
            await asyncio.sleep(0.2)
        raise TimeoutError(f"no {template} mail to {who} within {timeout:.0f} s")


def approval_link(raw: bytes, action: str = "approve") -> str:
    msg = message_from_bytes(raw)
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            text = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
            links = re.findall(r"https?://\S+/a/[A-Za-z0-9_-]+", text)
            if links:
                return links[0] if action == "approve" else links[1]
    raise ValueError("no approval link in the mail")


async def approve_through_page(url: str, say: Callable[[str], None]) -> None:
    """What the Kasubag's browser does: GET the page (changes nothing), then POST the form."""
    page = await asyncio.to_thread(_http, url, None)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    if csrf is None:
        raise RuntimeError("the approval page has no form")
    say("  (halaman konfirmasi dibuka: GET tidak mengubah apa pun)")
    await asyncio.to_thread(_http, url, {"csrf": csrf.group(1), "action": "approve"})
    say("  Kasubag menekan «Setujui» (POST).")


def _http(url: str, form: dict[str, str] | None) -> str:
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    try:
        with urllib.request.urlopen(url, data=data, timeout=10) as answer:  # noqa: S310 - our own page on localhost
            return str(answer.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        raise RuntimeError(f"the approval page answered {exc.code}") from None


async def run_demo(directory: Path | None, *, auto: bool, timeout: float, say: Callable[[str], None]) -> int:
    from daemon.main import Daemon

    holder = None if directory else tempfile.TemporaryDirectory(prefix="lpse-akses-demo-")
    root = directory or Path(holder.name)  # type: ignore[union-attr]
    box = make_sandbox(root)
    cfg = configfile.load(box.config)
    daemon = Daemon(cfg)
    task = asyncio.create_task(daemon.run())
    narrator = Narrator(box, say)
    try:
        await asyncio.sleep(0.5)
        say(f"lpse-akses demo: kantor «{cfg.office.name}» di {box.root}")
        say(f"  halaman persetujuan: {box.base_url}   kotak surat LPSE: {box.inbox}")
        now = datetime.now(timezone.utc)
        mid = make_msgid(domain="majujaya.co.id")
        letter = LETTER.format(vendor=VENDOR, lpse=LPSE, date=format_datetime(now), mid=mid, start="hari ini", end="besok")
        say("\n1-2. Surat permohonan dari pihak ketiga masuk ke kotak surat LPSE.")
        drop_mail(box.inbox, letter.encode())
        ack = await narrator.wait_for(VENDOR, "ack_received", timeout)
        say("3. Permohonan dicatat dan diteruskan kepada Kasubag Pengelolaan LPSE.")
        approval = await narrator.wait_for(KASUBAG, "approval_request", timeout)
        url = approval_link(approval)
        if auto:
            say(f"4. Kasubag membuka tautan persetujuan: {url}")
            await approve_through_page(url, say)
        else:
            say(f"4. Buka tautan ini di peramban dan tekan «Setujui»:\n   {url}\n   (menunggu keputusan ...)")
        await narrator.wait_for(VENDOR, "credentials", timeout if auto else max(timeout, 600))
        say("5. Akun dibuat; data akses dikirim ke pemohon; baris register diisi (Waktu Pemberian).")
        say(f"   catatan provisioner: {box.accounts_log.read_text().strip().splitlines()[-1]}")
        say("6. Pemohon membalas: «Pekerjaan sudah selesai, mohon akun ditutup.»")
        closure = CLOSURE.format(
            vendor=VENDOR, lpse=LPSE, subject=_subject(ack), date=format_datetime(datetime.now(timezone.utc)),
            mid=make_msgid(domain="majujaya.co.id"), irt=message_from_bytes(ack)["Message-ID"],
        )  # fmt: skip
        drop_mail(box.inbox, closure.encode())
        await narrator.wait_for(VENDOR, "closed", timeout)
        say("   Akun dinonaktifkan; Waktu Penutupan dicatat.")
        say("7. Register (CSV):")
        say(await asyncio.to_thread(_register_csv, box))
        await _later_start(box, narrator, auto=auto, timeout=timeout, say=say)
        say("Selesai.")
        if directory:
            say(f"Coba juga: lpse-akses --config {box.config} requests list")
        else:
            say("Sandbox dihapus. Jalankan dengan --dir DIR untuk menyimpannya dan memeriksanya dengan perintah lain.")
        return 0
    except (TimeoutError, RuntimeError, ValueError) as exc:
        say(f"Demo berhenti: {exc}")
        return 1
    finally:
        daemon.stop()
        await asyncio.wait_for(task, timeout=20)
        if holder is not None:
            holder.cleanup()


async def _later_start(box: Sandbox, narrator: Narrator, *, auto: bool, timeout: float, say: Callable[[str], None]) -> None:
    """A second letter, for access the day after tomorrow: approved now, the requester is told at once."""
    from daemon.core.period import format_date_id

    cfg = configfile.load(box.config, secrets=False)
    day = datetime.now(timezone.utc).astimezone(cfg.office.tz).date() + timedelta(days=2)
    letter = LETTER.format(
        vendor=VENDOR, lpse=LPSE, date=format_datetime(datetime.now(timezone.utc)), mid=make_msgid(domain="majujaya.co.id"),
        start=format_date_id(day), end=format_date_id(day + timedelta(days=1)),
    )  # fmt: skip
    say(f"\n8. Surat kedua: akses mulai {format_date_id(day)}.")
    drop_mail(box.inbox, letter.encode())
    approval = await narrator.wait_for(KASUBAG, "approval_request", timeout)
    url = approval_link(approval)
    if auto:
        await approve_through_page(url, say)
    else:
        say(f"   Buka tautan ini dan tekan «Setujui»:\n   {url}")
    told = await narrator.wait_for(VENDOR, "decision_approved", timeout if auto else max(timeout, 600))
    say(f"   Disetujui; pemohon langsung diberi tahu: «{_subject(told)}». Akun dibuat dan dikirim pada hari aksesnya dimulai.")


def _register_csv(box: Sandbox) -> str:
    """The register as `lpse-akses register export --format csv` writes it, for this month."""
    from daemon.core.period import parse_period
    from daemon.main import open_database
    from daemon.register.rows import write_register

    cfg = configfile.load(box.config, secrets=False)
    today = datetime.now(timezone.utc).astimezone(cfg.office.tz).date()
    out = box.root / "register.csv"
    write_register(open_database(cfg), cfg, parse_period("bulan-ini", today), today, "csv", out)
    return out.read_text(encoding="utf-8-sig").strip()
