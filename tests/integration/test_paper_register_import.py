"""`lpse-akses register import`: the paper register continued, on SQLite and on a real PostgreSQL.

The real CLI (click's CliRunner), the real service, provisioning worker, outbox and exports; a grant of the
daemon's own sits beside the imported rows so that every form shows both. Only the service's clock is ours:
the import reads the real one (the paper rows are from 2025, the daemon's grant from November 2026).
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import itertools
import json
import re
from dataclasses import replace
from datetime import date, datetime
from email import message_from_bytes, policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from cli.main import cli
from daemon.admin_ops import AdminOps
from daemon.core.digest import digest_period
from daemon.core.fields import RequestFields
from daemon.core.register import IMPORT_NOTE
from daemon.demo.sandbox import ADMIN, read_mailbox
from daemon.mail.templates import MailRenderer
from daemon.mail.transport.maildir import MaildirTransport
from daemon.service import Actor, Service
from daemon.store.models import AuditEvent, ImportedRegisterRow
from daemon.workers.digests import queue_digest
from daemon.workers.outbox import Outbox
from daemon.workers.provisioners.command import CommandProvisioner
from daemon.workers.provisioning import ProvisioningWorker
from tests.helpers import FakeClock, fresh_db, sandbox_config

WIB = ZoneInfo("Asia/Jakarta")
HEADER = ["No.", "Nama", "Instansi", "Username", "Hak Akses", "Tujuan", "Waktu Pemberian", "Waktu Penutupan"]
PAPER = [  # the office's register of 2025, as typed into a spreadsheet: Excel datetimes and typed text
    [1, "Budi Santoso", "PT Mitra Solusi", "budi", "SSH", "Pemeliharaan server", datetime(2025, 3, 12, 9, 0), datetime(2025, 3, 12, 17, 0)],
    [2, "Sri Wahyuni", "CV Data Prima", "sri", "VPN, SSH", "Migrasi basis data", "12 Maret 2025 10.30", "14/03/2025 16.00"],
    [3, "Agus Salim", "Dinas Kominfo", "", "Basis data (hanya baca)", "Audit", "2025-04-01 08:00", None],
]  # fmt: skip
_databases = itertools.count(1)


class Office:
    """A sandbox office on SQLite or PostgreSQL, with one grant of the daemon's own (RA-2026-0001, open)."""

    def __init__(self, root: Path, db_url: str | None) -> None:
        cfg = sandbox_config(root / "office")
        self.cfg = replace(cfg, database=replace(cfg.database, url=db_url)) if db_url else cfg
        self.db = fresh_db(self.cfg)
        self.config_file = root / "config.toml"
        text = self.cfg.path.read_text()
        self.config_file.write_text(re.sub(r'(?m)^url = ".*"$', f'url = "{self.cfg.database.url}"', text, count=1))
        self.clock = FakeClock()  # Monday 23 November 2026, 09:00 WIB
        self.svc = Service(self.cfg)
        p = self.cfg.provisioner
        self.worker = ProvisioningWorker(
            self.db, self.cfg, self.svc, CommandProvisioner(p.create, p.disable, timeout=10, tz=WIB), self.clock
        )
        self.outbox = Outbox(self.db, self.cfg, self.svc, MaildirTransport(Path(self.cfg.smtp.path)), MailRenderer(), self.clock)

    def grant_one(self) -> str:
        fields = RequestFields(name="Dimas Prasetyo", institution="PT Sarana", purpose="Pemeliharaan", access_rights=("ssh",))
        with self.db.transaction() as s:
            req = self.svc.receive(
                s, fields=fields, requester="dimas@sarana.co.id", credentials_to="dimas@sarana.co.id", lang="id",
                reasons=["uji"], letter=None, actor=Actor("dimas@sarana.co.id", "email"), now=self.clock(),
            )  # fmt: skip
        AdminOps(self.db, self.cfg, self.clock).approve(req.number, "admin", "disetujui Kasubag")
        self.run()
        return req.number

    def run(self) -> None:
        asyncio.run(self.worker.run_due())
        asyncio.run(self.outbox.send_due())

    def cli(self, *args: str) -> tuple[int, str]:
        result = CliRunner().invoke(cli, ["--config", str(self.config_file), *args])
        return result.exit_code, result.output

    def imported(self) -> list[ImportedRegisterRow]:
        with self.db.reading() as s:
            return list(s.scalars(select(ImportedRegisterRow).order_by(ImportedRegisterRow.granted_at)))

    def events(self, name: str) -> list[dict[str, object]]:
        with self.db.reading() as s:
            return [json.loads(e.data) for e in s.scalars(select(AuditEvent).where(AuditEvent.event == name).order_by(AuditEvent.seq))]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str | None:
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("postgres").create_database(f"register_import_{next(_databases)}"))


@pytest.fixture
def office(tmp_path: Path, db_url: str | None) -> Office:
    return Office(tmp_path, db_url)


def paper_xlsx(path: Path, rows: list[list[object]] = PAPER) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["REGISTER REMOTE AKSES LPSE KOTA SALATIGA 2025"])  # a title above the header
    ws.append([])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    for cell in ws["G"] + ws["H"]:
        cell.number_format = "dd/mm/yyyy hh:mm"
    wb.save(path)
    return path


def paper_csv(path: Path, encoding: str = "utf-8-sig") -> Path:
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")  # Excel in an Indonesian locale
    writer.writerow(["no", "NAMA", "Instansi", "Username", "Hak  Akses", "Tujuan", "Waktu pemberian", "Waktu Penutupan"])
    writer.writerow(["1", "Budi Santoso", "PT Mitra Solusi", "budi", "SSH", "Pemeliharaan; server", "12/03/2025 09:00", "12/03/2025 17.00"])
    writer.writerow(["2", "Sri Wahyuni", "CV Data Prima", "sri", "VPN", "Migrasi\nbasis data", "12 Maret 2025 10.30", ""])
    writer.writerow(["3", "José Ramos", "PT Café", "", "SSH", "Audit", "2025-04-01 08:00", "1 April 2025 pukul 12.00 WIB"])
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def sheet_values(data: bytes) -> list[tuple[object, ...]]:
    ws = load_workbook(io.BytesIO(data)).active
    assert ws is not None
    return list(ws.iter_rows(values_only=True))


def test_an_xlsx_register_is_imported_with_an_audit_event(office: Office, tmp_path: Path) -> None:
    path = paper_xlsx(tmp_path / "register-2025.xlsx")
    code, out = office.cli("register", "import", str(path), "--reason", "melanjutkan register kertas 2025")
    assert code == 0, out
    assert "3 baris diimpor dari register-2025.xlsx" in out and "1 baris tanpa Waktu Penutupan" in out
    rows = office.imported()
    assert [(r.source_no, r.nama, r.source_row) for r in rows] == [("1", "Budi Santoso", 4), ("2", "Sri Wahyuni", 5), ("3", "Agus Salim", 6)]
    assert rows[1].granted_at.astimezone(WIB) == datetime(2025, 3, 12, 10, 30, tzinfo=WIB)
    assert rows[1].hak_akses == "VPN, SSH" and rows[2].closed_at is None
    (event,) = office.events("RegisterImported")
    assert event["actor"] and event["channel"] == "cli" and event["request"] is None
    assert event["data"] == {
        "file": "register-2025.xlsx", "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "rows": 3, "closed": 0,
        "already": 0, "reason": "melanjutkan register kertas 2025",
    }  # fmt: skip
    code, out = office.cli("audit", "verify")
    assert code == 0 and "rantai hash cocok" in out


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_a_csv_register_is_imported(office: Office, tmp_path: Path, encoding: str) -> None:
    code, out = office.cli("register", "import", str(paper_csv(tmp_path / "register.csv", encoding)), "--reason", "register lama")
    assert code == 0, out
    rows = office.imported()
    assert [r.nama for r in rows] == ["Budi Santoso", "Sri Wahyuni", "José Ramos"]
    assert rows[0].tujuan == "Pemeliharaan; server" and rows[1].tujuan == "Migrasi basis data" and rows[1].closed_at is None
    assert rows[2].closed_at is not None and rows[2].closed_at.astimezone(WIB) == datetime(2025, 4, 1, 12, 0, tzinfo=WIB)
    assert [r.source_row for r in rows] == [2, 3, 4]  # a line break inside a cell is still one row of the sheet


def test_a_file_with_errors_imports_nothing_and_lists_every_error(office: Office, tmp_path: Path) -> None:
    bad = [
        PAPER[0],
        [2, "", "CV Data Prima", "sri", "VPN", "Migrasi", "12/03/2025 10:30", None],
        [3, "Agus Salim", "Dinas", "", "SSH", "Audit", "31/02/2025", None],
        [4, "Rina", "PT X", "", "SSH", "Audit", "2025-04-01 08:00", "2025-03-31 17:00"],
        PAPER[2],
    ]
    code, out = office.cli("register", "import", str(paper_xlsx(tmp_path / "salah.xlsx", bad)), "--reason", "uji")
    assert code == 1
    assert 'baris 5, kolom "Nama": wajib diisi' in out
    assert 'baris 6, kolom "Waktu Pemberian": tanggal tidak terbaca ("31/02/2025")' in out
    assert 'baris 7, kolom "Waktu Penutupan": 31 Maret 2025 pukul 17.00 WIB lebih awal daripada Waktu Pemberian' in out
    assert "Gagal: 3 kesalahan di salah.xlsx; tidak ada baris yang diimpor." in out
    assert office.imported() == [] and office.events("RegisterImported") == []


def test_a_second_import_imports_nothing_and_says_so_and_a_dry_run_writes_nothing(office: Office, tmp_path: Path) -> None:
    path = paper_xlsx(tmp_path / "register-2025.xlsx")
    code, out = office.cli("register", "import", str(path), "--reason", "uji", "--dry-run")
    assert code == 0 and "Uji coba (--dry-run)" in out and "baris 4: akan diimpor: No. 1, Budi Santoso" in out
    assert office.imported() == [] and office.events("RegisterImported") == []
    assert office.cli("register", "import", str(path), "--reason", "uji")[0] == 0
    code, out = office.cli("register", "import", str(path), "--reason", "uji lagi")
    assert code == 0, out
    assert "Tidak ada baris baru di register-2025.xlsx: 3 baris sudah ada di register; tidak ada yang ditulis." in out
    assert 'baris 4: sudah ada di register (diimpor dari "register-2025.xlsx"' in out
    assert len(office.imported()) == 3 and len(office.events("RegisterImported")) == 1


def test_a_later_file_closes_the_row_left_open(office: Office, tmp_path: Path) -> None:
    assert office.cli("register", "import", str(paper_xlsx(tmp_path / "a.xlsx")), "--reason", "uji")[0] == 0
    closed = [*PAPER[:2], [*PAPER[2][:7], "02/04/2025 12.00"], [4, "Rina", "PT X", "", "SSH", "Uji", "2025-05-01 08:00", None]]
    code, out = office.cli("register", "import", str(paper_xlsx(tmp_path / "b.xlsx", closed)), "--reason", "ditutup di kertas")
    assert code == 0 and "1 baris diimpor" in out and "1 baris impor ditutup" in out and "2 baris sudah ada" in out, out
    agus = next(r for r in office.imported() if r.nama == "Agus Salim")
    assert agus.closed_at is not None and agus.closed_at.astimezone(WIB) == datetime(2025, 4, 2, 12, 0, tzinfo=WIB)
    assert [e["data"]["closed"] for e in office.events("RegisterImported")] == [0, 1]  # type: ignore[index]
    other = [*PAPER[:2], [*PAPER[2][:7], "03/04/2025 12.00"]]  # the paper says another closing time now
    for dry in ((), ("--dry-run",)):
        code, out = office.cli("register", "import", str(paper_xlsx(tmp_path / "c.xlsx", other)), "--reason", "uji", *dry)
        assert code == 1 and 'baris 6, kolom "Waktu Penutupan": berbeda dengan baris yang sudah diimpor dari "a.xlsx"' in out
    assert len(office.imported()) == 4 and len(office.events("RegisterImported")) == 2


def test_the_exports_show_imported_rows_among_the_daemon_s_own(office: Office, tmp_path: Path) -> None:
    number = office.grant_one()
    assert office.cli("register", "import", str(paper_xlsx(tmp_path / "p.xlsx")), "--reason", "uji")[0] == 0
    period = "2025-01-01..2026-12-31"
    assert office.cli("register", "export", "--period", period, "--format", "xlsx", "-o", str(tmp_path / "r.xlsx"))[0] == 0
    values = sheet_values((tmp_path / "r.xlsx").read_bytes())
    table = [v for v in values[6:] if v[1]]
    assert [(v[0], v[1]) for v in table[:4]] == [
        ("1 (impor)", "Budi Santoso"), ("2 (impor)", "Sri Wahyuni"), ("3 (impor)", "Agus Salim"), (4, "Dimas Prasetyo"),
    ]  # fmt: skip
    assert table[3][3] == "ra26_0001" and number == "RA-2026-0001"
    assert any(v[0] == IMPORT_NOTE for v in values)
    assert office.cli("register", "export", "--period", period, "--format", "pdf", "-o", str(tmp_path / "r.pdf"))[0] == 0
    text = " ".join("".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages).split())
    assert text.index("Budi Santoso") < text.index("Agus Salim") < text.index("Dimas Prasetyo")
    assert "1 (impor)" in text and "Keterangan: (impor)" in text
    assert office.cli("register", "export", "--period", "2026-11", "-o", str(tmp_path / "nov.csv"))[0] == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "nov.csv").read_text(encoding="utf-8-sig"))))
    assert [(r[0], r[1], r[7]) for r in rows[1:]] == [("1 (impor)", "Agus Salim", ""), ("2", "Dimas Prasetyo", "")]


def test_the_digest_shows_the_imported_rows(office: Office, tmp_path: Path) -> None:
    office.grant_one()
    assert office.cli("register", "import", str(paper_xlsx(tmp_path / "p.xlsx")), "--reason", "uji")[0] == 0
    office.clock.now = datetime(2026, 11, 30, 7, 0, tzinfo=WIB)
    assert queue_digest(office.db, office.cfg, office.svc, office.clock(), digest_period(date(2026, 11, 23), date(2026, 11, 29)))
    office.run()
    mails = [message_from_bytes(raw, policy=policy.default) for raw in read_mailbox(Path(office.cfg.smtp.path) / ADMIN)]
    (mail,) = [m for m in mails if m["X-LPSE-Akses-Template"] == "digest"]
    body = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert 'memuat 1 baris dari register sebelumnya yang diimpor, ditandai "(impor)"' in body
    assert "1 di antaranya belum memiliki Waktu Penutupan" in body
    files = {p.get_filename(): p.get_content() for p in mail.iter_attachments()}
    xlsx = next(data for name, data in files.items() if str(name).endswith(".xlsx"))
    table = [(v[0], v[1]) for v in sheet_values(xlsx)[6:] if v[1]]
    assert table[:2] == [("1 (impor)", "Agus Salim"), (2, "Dimas Prasetyo")]  # the row still open on paper, then ours
    pdf = next(data for name, data in files.items() if str(name).endswith(".pdf"))
    assert "Agus Salim" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_daemon_s_own_xlsx_export_imports_into_a_fresh_database(
    office: Office, tmp_path: Path, db_url: str | None, request: pytest.FixtureRequest
) -> None:
    office.grant_one()
    assert office.cli("register", "import", str(paper_xlsx(tmp_path / "p.xlsx")), "--reason", "uji")[0] == 0
    export = tmp_path / "semua.xlsx"
    assert office.cli("register", "export", "--period", "2025-01-01..2026-12-31", "--format", "xlsx", "-o", str(export))[0] == 0
    code, out = office.cli("register", "import", str(export), "--reason", "uji")  # the same office: nothing new
    assert code == 0 and "Tidak ada baris baru" in out and "tercatat oleh lpse-akses sebagai RA-2026-0001" in out, out

    fresh_url = None if db_url is None else str(request.getfixturevalue("postgres").create_database(f"fresh_{next(_databases)}"))
    fresh = Office(tmp_path / "fresh", fresh_url)
    code, out = fresh.cli("register", "import", str(export), "--reason", "pindah server")
    assert code == 0 and "4 baris diimpor dari semua.xlsx" in out, out
    again = tmp_path / "lagi.xlsx"
    assert fresh.cli("register", "export", "--period", "2025-01-01..2026-12-31", "--format", "xlsx", "-o", str(again))[0] == 0
    before = [v[1:] for v in sheet_values(export.read_bytes())[6:] if v[1]]
    after = [v[1:] for v in sheet_values(again.read_bytes())[6:] if v[1]]
    assert len(after) == 4 and [v[:5] for v in after] == [v[:5] for v in before]
    minute = [tuple(t.replace(second=0) if isinstance(t, datetime) else t for t in v[5:7]) for v in before]
    assert [v[5:7] for v in after] == minute  # the form's precision is the minute
    assert fresh.cli("audit", "verify")[0] == 0
    with fresh.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(ImportedRegisterRow)) == 4

