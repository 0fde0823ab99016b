"""DESIGN §9 latency, measured on the embedded sandbox: letter → ack + approval sent; approval POST → credentials sent.

Run: .venv/bin/python tests/bench/bench_latency.py [N]
Prints p50/p90/max in seconds for both paths over N requests (default 20). The mailbox is a
Maildir watched by polling every 0.2 s (the sandbox); over IMAP with IDLE Dovecot adds ~0.5 s.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from daemon.demo.sandbox import KASUBAG, drop_mail, make_sandbox, read_mailbox  # noqa: E402
from daemon.setup import configfile  # noqa: E402
from tests.conversation import Office, letter  # noqa: E402

BODY = """Dengan hormat, kami mengajukan permohonan remote akses.
Nama: Vendor {i}
Instansi: PT Uji {i}
Tujuan: Pemeliharaan aplikasi
Hak Akses: SSH
"""


def quantiles(values: list[float]) -> str:
    values = sorted(values)
    p90 = values[int(0.9 * (len(values) - 1))]
    return f"p50 {statistics.median(values):.3f} s, p90 {p90:.3f} s, max {values[-1]:.3f} s"


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        box = make_sandbox(Path(tmp))
        cfg = configfile.load(box.config)
        intake, decision = [], []
        with Office(cfg, lambda raw: drop_mail(box.inbox, raw), lambda a: read_mailbox(box.mailbox_of(a))) as office:
            for i in range(1, n + 1):
                vendor = f"vendor{i}@uji.co.id"
                start = time.perf_counter()
                office.send(letter(vendor, BODY.format(i=i)))
                office.mail_to(vendor, "ack_received", timeout=30)
                approval = office.mail_to(KASUBAG, "approval_request", timeout=30, nth=i)
                intake.append(time.perf_counter() - start)
                url = approval.links()[0]
                page_csrf = office.get(url)
                assert page_csrf.status_code == 200
                start = time.perf_counter()
                assert office.confirm(url).status_code == 200
                office.mail_to(vendor, "credentials", timeout=30)
                decision.append(time.perf_counter() - start)
        print(f"requests: {n}")
        print(f"letter in mailbox -> ack and approval mail sent: {quantiles(intake)}")
        print(f"approval POST -> credentials sent:               {quantiles(decision)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
