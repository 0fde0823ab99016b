"""A consistent copy of the database while the daemon runs.

SQLite: the online backup API (`sqlite3.Connection.backup`) copies page by page and restarts
when a writer changes a page it has copied, so the copy is one committed state even while the
daemon writes (WAL). PostgreSQL: `pg_dump` is the tool; we print the line to use, without the
password (it comes from `~/.pgpass` or `PGPASSWORD`).

The copy is useless without the secret key: pending credentials are encrypted with it and
the approval links are signed with it. Keep both together.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from daemon.errors import OperationError
from daemon.store.db import Database
from daemon.store.locks import sqlite_path


def backup_sqlite(db: Database, target: Path) -> int:
    """Copy the SQLite database to `target` (which must not exist); the number of pages copied."""
    source = sqlite_path(db)
    if source is None:
        raise OperationError("bukan basis data SQLite; untuk PostgreSQL gunakan pg_dump")
    if target.exists():
        raise OperationError(f"{target} sudah ada; pilih nama berkas lain (cadangan lama tidak ditimpa)")
    target.parent.mkdir(parents=True, exist_ok=True)
    pages = 0
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(str(target))
    try:

        def progress(_status: int, remaining: int, total: int) -> None:
            nonlocal pages
            pages = total - remaining

        src.backup(dst, pages=256, progress=progress)
        check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise OperationError(f"salinan {target} tidak utuh: {check}")
    finally:
        dst.close()
        src.close()
    target.chmod(0o600)
    return pages


def pg_dump_line(db: Database, target: Path) -> str:
    """The pg_dump command for this PostgreSQL database (custom format), without the password."""
    url = make_url(db.url)
    parts = ["pg_dump", "--format=custom", f"--file={target}"]
    if url.host:
        parts.append(f"--host={url.host}")
    if url.port:
        parts.append(f"--port={url.port}")
    if url.username:
        parts.append(f"--username={url.username}")
    parts.append(url.database or "")
    return " ".join(parts)
