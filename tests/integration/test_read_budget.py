"""Each message has a time budget (issue 9): one that takes longer to read is quarantined, the next goes on.

Reading (parse, attachments' text, fields) runs in the reader process (`daemon.workers.reader`);
these tests use the real one, on a Maildir office with the real service. The slow message is real
too: a letter with three dense 30-page PDFs, whose text layers take about a second to read here.
The budget is set from what this machine measures, so the test holds on a slow one as well.
"""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from daemon.demo.sandbox import drop_mail
from daemon.mail.inbox.maildir import MaildirInbox
from daemon.mail.parser import parse_message
from daemon.service import Service
from daemon.setup.config import Config
from daemon.store.db import Database
from daemon.store.models import AccessRequest, InboundMessage, OutboxMail
from daemon.workers.intake import Intake
from daemon.workers.reader import ChildReader, Job, Rules, send_job
from tests.conversation import letter
from tests.helpers import FakeClock, fresh_db, sandbox_config
from tests.unit.test_bounds import UNITS

VENDOR = "budi.santoso@majujaya.co.id"
NORMAL = """Dengan hormat,

Nama: Teknisi Tepat Waktu
Instansi: PT Maju Jaya Teknologi
Tujuan: Pemeliharaan aplikasi SPSE
Hak Akses: SSH
Mulai: hari ini
Selesai: besok
"""
PATHOLOGICAL = {  # 1 MB each: the shapes that were quadratic before daemon.core.bounds
    "spaces after a label": "Nama" + " " * 1_000_000 + ":x",
    "dashes": "-" * 1_000_000,
    "digits after NIP": "NIP. " + "7" * 1_000_000,
    "tabs and spaces": "\t " * 500_000,
    "label words": "Nama: " * 170_000,
    "date-like tokens": "12/12/2026 " * 95_000,
    "quote markers": "> " * 500_000,
}


def dense_pdf(pages: int = 30, lines: int = 120) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    for _ in range(pages):
        canvas.setFont("Helvetica", 4)
        for i in range(lines):
            canvas.drawString(10, 830 - i * 6.8, f"Nama: Budi Santoso Instansi PT Maju Jaya Tujuan pemeliharaan {i} " * 4)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def slow_letter() -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = VENDOR, "lpse@salatiga.go.id", "Permohonan remote akses (lampiran pindaian)"
    m["Message-ID"] = "<lambat@majujaya.co.id>"
    m.set_content("Dengan hormat, surat permohonan kami lampirkan.")
    pdf = dense_pdf()
    for n in range(3):
        m.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"surat-{n}.pdf")
    return m.as_bytes()


def body_mail(body: str, n: int) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = f"vendor{n}@uji.co.id", "lpse@salatiga.go.id", "Permohonan remote akses"
    m["Message-ID"] = f"<aneh{n}@uji.co.id>"
    m.set_content(body)
    return m.as_bytes()


def seconds(raw: bytes) -> float:
    started = time.perf_counter()
    parse_message(raw)
    return time.perf_counter() - started


@dataclass
class Office:
    cfg: Config
    db: Database
    inbox_dir: Path
    intake: Intake

    def row(self, message_id: str) -> InboundMessage:
        with self.db.reading() as s:
            found = s.scalar(select(InboundMessage).where(InboundMessage.message_id == message_id))
            assert found is not None, message_id
            return found

    def acknowledged(self) -> list[str]:
        with self.db.reading() as s:
            return list(s.scalars(select(OutboxMail.recipient).where(OutboxMail.template.in_(("ack_received", "ack_incomplete")))))


def office_with_budget(root: Path, budget: float) -> Iterator[Office]:
    cfg = sandbox_config(root / "office")
    cfg = replace(cfg, mailbox=replace(cfg.mailbox, read_budget=budget))
    db = fresh_db(cfg)
    inbox = MaildirInbox(Path(cfg.mailbox.path))
    inbox.connect()
    intake = Intake(db, cfg, Service(cfg), inbox, FakeClock())
    try:
        yield Office(cfg, db, Path(cfg.mailbox.path), intake)
    finally:
        intake.close()
        db.engine.dispose()


@pytest.fixture
def budgets() -> tuple[float, float, float]:
    """(the slow letter's reading time, a normal letter's, the budget between them) on this machine now."""
    slow, normal = seconds(slow_letter()), max(seconds(letter(VENDOR, NORMAL)) for _ in range(3))
    budget = max(0.3, 10 * normal)
    assert slow > 2 * budget, f"the slow letter reads in {slow:.2f} s: not slow enough against {budget:.2f} s"
    return slow, normal, budget


def test_a_message_over_its_budget_is_quarantined_and_the_letter_behind_it_is_acknowledged(
    tmp_path: Path, budgets: tuple[float, float, float]
) -> None:
    slow, normal, budget = budgets
    for office in office_with_budget(tmp_path, budget):
        drop_mail(office.inbox_dir, slow_letter())
        drop_mail(office.inbox_dir, letter(VENDOR, NORMAL, subject="Permohonan remote akses"))
        started = time.monotonic()
        result = office.intake.run_pass()
        took = time.monotonic() - started
        print(f"\nslow letter {slow:.2f} s inline, normal {normal * 1000:.0f} ms, budget {budget:.2f} s; the pass took {took:.2f} s")
        assert (result.quarantined, result.handled) == (1, 1)
        stuck = office.row("<lambat@majujaya.co.id>")
        assert stuck.status == "quarantined" and "terlalu lama dibaca" in (stuck.reason or "")
        assert office.acknowledged() == [VENDOR]
        assert took < budget + slow  # given up at the budget, not read to the end
        with office.db.reading() as s:
            notices = list(s.scalars(select(OutboxMail).where(OutboxMail.template == "quarantined")))
            assert len(notices) == 1 and s.scalar(select(AccessRequest.number)) is not None
        assert len(list((office.inbox_dir / ".Karantina" / "new").iterdir())) == 1


def test_pathological_bodies_of_1_mb_are_handled_within_the_budget_and_a_normal_letter_follows(tmp_path: Path) -> None:
    budget = 10.0
    raws = [body_mail(body, n) for n, body in enumerate(PATHOLOGICAL.values())]
    reader = ChildReader(budget)
    try:
        times: list[float] = []
        readings = reader.read_all([Job(raw) for raw in raws])
        started = time.monotonic()
        for reading in readings:
            times.append(time.monotonic() - started)
            started = time.monotonic()
            assert reading.msg is not None and reading.over_budget is None
    finally:
        reader.stop()
    print("\n" + ", ".join(f"{name}: {t:.2f} s" for name, t in zip(PATHOLOGICAL, times)))
    assert max(times) < budget

    for office in office_with_budget(tmp_path, budget):
        for raw in raws:
            drop_mail(office.inbox_dir, raw)
        drop_mail(office.inbox_dir, letter(VENDOR, NORMAL, subject="Permohonan remote akses"))
        started = time.monotonic()
        office.intake.run_pass()
        took = time.monotonic() - started
        print(f"7 bodies of 1 MB and a normal letter: one pass in {took:.2f} s")
        assert VENDOR in office.acknowledged()
        assert took < 30


def test_a_reading_cut_off_by_a_stop_fails_that_message_only_and_it_is_read_again(
    tmp_path: Path, budgets: tuple[float, float, float]
) -> None:
    """What `lpse-akses run` does on SIGTERM while a message is being read: the reader is killed at once."""
    slow, _normal, _budget = budgets
    for office in office_with_budget(tmp_path, 60.0):
        drop_mail(office.inbox_dir, slow_letter())
        drop_mail(office.inbox_dir, letter(VENDOR, NORMAL, subject="Permohonan remote akses"))
        reader = office.intake.reader
        assert isinstance(reader, ChildReader)

        def stop_while_reading() -> None:
            deadline = time.monotonic() + 30
            while not reader.reading and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(min(0.3, slow / 4))  # into the slow letter's PDFs
            reader.abort()

        threading.Thread(target=stop_while_reading, daemon=True).start()
        started = time.monotonic()
        first = office.intake.run_pass()
        took = time.monotonic() - started
        assert first.failed == 1 and first.handled == 1 and took < slow + 1.0
        cut = office.row("<lambat@majujaya.co.id>")
        assert cut.status == "failed" and "reader process died" in (cut.reason or "")
        second = office.intake.run_pass()  # no budget trouble now: read to the end, handled
        assert second.failed == 0 and office.row("<lambat@majujaya.co.id>").status in ("handled", "ignored")


@pytest.fixture(scope="module")
def shared_reader() -> Iterator[ChildReader]:
    reader = ChildReader(10.0)
    yield reader
    reader.stop()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(UNITS + ["Tujuan: ", "Mulai: ", "RA-2026-0007 ", "SETUJU "]), st.integers(1, 40_000)), min_size=1, max_size=6))
def test_generated_bodies_are_read_within_the_budget_by_the_reader(shared_reader: ChildReader, parts: list[tuple[str, int]]) -> None:
    body = "".join(unit * count for unit, count in parts)[:1_000_000]
    raws = [body_mail(body, 0), letter(VENDOR, NORMAL)]
    now = FakeClock()()
    jobs = [Job(raw, now, Rules(ZoneInfo("Asia/Jakarta"), ("ssh",), frozenset())) for raw in raws]
    started = time.monotonic()
    readings = list(shared_reader.read_all(jobs))
    assert all(r.over_budget is None and r.failure is None for r in readings)
    assert readings[1].fields is not None and readings[1].fields.institution == "PT Maju Jaya Teknologi"
    assert time.monotonic() - started < shared_reader.budget


def test_the_reader_reads_through_a_batch_nobody_is_asking_for_yet() -> None:
    """Readings larger than a pipe's 64 KB are drained as they come, so the child never waits for the daemon."""
    from daemon.workers.reader_pipe import _HEADER, Child

    def frames(child: Child) -> int:
        with child.arrived:
            buf, count, at = bytes(child.buffer), 0, 0
        while len(buf) - at >= _HEADER.size:
            (size,) = _HEADER.unpack_from(buf, at)
            if len(buf) - at - _HEADER.size < size:
                break
            at, count = at + _HEADER.size + size, count + 1
        return count

    big = []
    for n in range(6):
        m = EmailMessage()
        m["From"], m["To"], m["Subject"], m["Message-ID"] = VENDOR, "lpse@salatiga.go.id", f"Lampiran {n}", f"<big{n}@x.test>"
        m.set_content(NORMAL)
        m.add_attachment(("baris lampiran %d\n" % n * 20000).encode(), maintype="text", subtype="plain", filename=f"l{n}.txt")
        big.append(m.as_bytes())
    child = Child()
    try:
        assert child.wait_ready()
        for raw in big:
            send_job(child, Job(raw))
        deadline = time.monotonic() + 60
        while frames(child) < len(big) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert frames(child) == len(big), "the child stopped before the batch's end, waiting to be read"
        readings = [child.receive(5) for _ in big]
        assert [r.msg.subject for r in readings] == [f"Lampiran {n}" for n in range(6)]
        assert all(len(r.msg.attachments[0].data) > 300_000 for r in readings)
    finally:
        child.stop()
    assert not child.drainer.is_alive()


def test_fields_are_read_ahead_only_for_mail_that_may_need_them() -> None:
    """A decision or a chat reads no fields in the reader; a letter and a reply to a request that
    waits for data do (`classify.may_need_fields`); without `fields_for` everything is read."""
    from daemon.workers.reader import read

    rights = ("ssh", "vpn")
    plain = letter("kasubag.lpse@salatiga.go.id", "SETUJU", subject="Re: [RA-2026-0007] Persetujuan")
    answer = letter(VENDOR, "Instansi: PT Maju Jaya\nTujuan: pemeliharaan", subject="Re: [RA-2026-0007] Data belum lengkap")
    request = letter(VENDOR, NORMAL)
    now, tz = FakeClock()(), ZoneInfo("Asia/Jakarta")
    assert read(Job(plain, now, Rules(tz, rights, fields_for=frozenset()))).fields is None
    assert read(Job(answer, now, Rules(tz, rights, fields_for=frozenset()))).fields is None
    assert read(Job(answer, now, Rules(tz, rights, fields_for=frozenset({"RA-2026-0007"})))).fields is not None
    assert read(Job(request, now, Rules(tz, rights, fields_for=frozenset()))).fields is not None
    assert read(Job(plain, now, Rules(tz, rights))).fields is not None


def test_a_reply_in_the_batch_of_its_own_request_still_gives_its_fields(tmp_path: Path) -> None:
    """The reader is told which requests wait for data when the batch starts; a request that comes
    to wait within the batch has its reply's fields read by the dispatcher itself."""
    for office in office_with_budget(tmp_path, 30.0):
        drop_mail(office.inbox_dir, letter(VENDOR, "Dengan hormat,\nKami mengajukan permohonan remote akses ke server LPSE.\n\nNama: Budi Santoso\n"), name="1.mail")
        drop_mail(
            office.inbox_dir,
            letter(VENDOR, "Instansi: PT Maju Jaya Teknologi\nTujuan: Pemeliharaan aplikasi SPSE\nHak Akses: VPN",
                   subject="Re: [RA-2026-0001] Data permohonan belum lengkap"),
            name="2.mail",
        )  # fmt: skip
        result = office.intake.run_pass()
        assert result.handled == 2
        with office.db.reading() as s:
            req = s.scalar(select(AccessRequest))
            assert req is not None and req.number == "RA-2026-0001"
            assert req.state == "pending_approval", req.state
            assert req.fields["institution"] == "PT Maju Jaya Teknologi"
