"""`lpse-akses db backup` while the daemon works, and the restore into a fresh state directory (issue 9).

The restored copy, with the same secret key, passes `audit verify`, and a credential still
waiting for its day can still be read: the backup and the key together are the whole office.
"""

from __future__ import annotations

import shutil
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from click.testing import CliRunner
from sqlalchemy import select

from cli.main import cli
from daemon.core.period import format_date_id
from daemon.credentials import CredentialVault
from daemon.demo.sandbox import KASUBAG, drop_mail, make_sandbox, read_mailbox
from daemon.setup import configfile
from daemon.store import audit_trail
from daemon.store.db import Database
from daemon.store.models import Credential
from tests.conversation import Office, letter
from tests.integration.test_conversation_sandbox import COMPLETE, VENDOR


def lpse(config: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--config", str(config), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_backup_while_writing_then_restore_into_a_fresh_directory(tmp_path: Path) -> None:
    box = make_sandbox(tmp_path / "office")
    cfg = configfile.load(box.config)
    start = datetime.now(ZoneInfo("Asia/Jakarta")).date() + timedelta(days=3)
    body = COMPLETE.replace("Mulai: hari ini\nSelesai: besok", f"Mulai: {format_date_id(start)}\nSelesai: {format_date_id(start + timedelta(days=1))}")
    with Office(cfg, lambda raw: drop_mail(box.inbox, raw), lambda a: read_mailbox(box.mailbox_of(a))) as office:
        office.send(letter(VENDOR, body))
        approve_url, _ = office.mail_to(KASUBAG, "approval_request").links()
        assert office.confirm(approve_url).status_code == 200
        office.mail_to(VENDOR, "decision_approved")  # approved; the account (and its password) waits for its day

        # A writer keeps appending audit events while the backup runs.
        db = Database(cfg.database.url)
        stop = threading.Event()

        def write() -> None:
            while not stop.is_set():
                with db.transaction() as s:
                    audit_trail.append(s, request_id=None, number=None, event="BackupProbe", actor="test", channel="test", at=datetime.now(timezone.utc))

        writer = threading.Thread(target=write)
        writer.start()
        copy = tmp_path / "backup" / "lpse-akses.db"
        try:
            out = lpse(box.config, "db", "backup", str(copy))
        finally:
            stop.set()
            writer.join()
            db.dispose()
    assert "Cadangan ditulis" in out and "kunci rahasia" in out
    assert copy.stat().st_mode & 0o777 == 0o600

    # Restore: a fresh state directory with the copy and the same secret key.
    fresh = make_sandbox(tmp_path / "restored")
    shutil.copy(box.root / "secret-key", fresh.root / "secret-key")
    (fresh.root / "lpse-akses.db").unlink(missing_ok=True)
    shutil.copy(copy, fresh.root / "lpse-akses.db")
    assert "utuh" in lpse(fresh.config, "audit", "verify")
    restored = configfile.load(fresh.config)
    rdb = Database(restored.database.url)
    with rdb.reading() as s:
        cred = s.scalar(select(Credential).where(Credential.ciphertext.is_not(None)))
        assert cred is not None
        password = CredentialVault(restored.credentials.secret_key).reveal(cred)
    rdb.dispose()
    assert len(password) >= 12
    assert "sudah ada" in CliRunner().invoke(cli, ["--config", str(box.config), "db", "backup", str(copy)]).output  # never overwritten


def test_postgresql_gets_the_pg_dump_line_without_the_password() -> None:
    from daemon.store.backup import pg_dump_line

    db = Database("postgresql+psycopg://lpse:rahasia@db.kantor:5433/lpseakses")
    line = pg_dump_line(db, Path("/var/backups/lpse.dump"))
    db.dispose()
    assert line == "pg_dump --format=custom --file=/var/backups/lpse.dump --host=db.kantor --port=5433 --username=lpse lpseakses"
    assert "rahasia" not in line
