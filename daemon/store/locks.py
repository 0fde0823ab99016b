"""Who may do what alone: one daemon per SQLite file, one intake per mailbox.

SQLite: a second daemon on the same file would release the first one's claims at its start
and both would read the mailbox; so the file is locked (flock on `<db>.lock`, held for the
process's life, released by the kernel when it dies, even by kill -9) and a second daemon
refuses to start with a clear message.

PostgreSQL: several daemons may share the database (senders and workers claim rows with
SKIP LOCKED), but only one reads a given mailbox at a time: a session-level advisory lock,
held on its own connection. The others wait as standbys and try again every `retry`
seconds; when the holder dies its connection closes and the lock is free, so a standby
takes over within about `retry` seconds.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from daemon.errors import OperationError
from daemon.store.db import Database

log = logging.getLogger("lpse_akses.locks")


class AlreadyRunning(OperationError):
    """Another daemon already uses this SQLite file."""


def sqlite_path(db: Database) -> Path | None:
    if not db.is_sqlite or "///" not in db.url:
        return None
    path = db.url.split("///", 1)[1]
    return None if path in ("", ":memory:") else Path(path)


class InstanceLock:
    """The SQLite file's own lock: taken at the daemon's start, kept until it exits."""

    def __init__(self, db: Database) -> None:
        self.path = sqlite_path(db)
        self._fd: int | None = None

    def acquire(self) -> None:
        if self.path is None:
            return  # PostgreSQL: several daemons are allowed
        lock = self.path.with_name(self.path.name + ".lock")
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o640)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise AlreadyRunning(
                f"basis data {self.path} sudah dipakai oleh daemon lpse-akses lain (PID {holder}). "
                "Satu berkas SQLite hanya untuk satu daemon: hentikan daemon itu dulu "
                "(systemctl stop lpse-akses), atau gunakan PostgreSQL untuk beberapa daemon."
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None


def mailbox_key(identity: str) -> int:
    """A stable signed 64-bit advisory-lock key for one mailbox (host, user, folder)."""
    return int.from_bytes(hashlib.sha256(f"lpse-akses intake {identity}".encode()).digest()[:8], "big", signed=True)


class IntakeLock:
    """One intake per mailbox across daemons sharing a PostgreSQL; always granted on SQLite."""

    def __init__(self, db: Database, identity: str) -> None:
        self.db, self.key = db, mailbox_key(identity)
        self._conn: Any = None
        self.error: str | None = None  # why the lock could not be asked for (the database is gone), else None

    @property
    def shared(self) -> bool:
        return not self.db.is_sqlite

    def hold(self) -> bool:
        """True while this daemon holds the lock (taking it when free); False: another daemon reads the mailbox."""
        if not self.shared:
            return True
        try:
            held = self._hold()
        except SQLAlchemyError as exc:
            log.warning("intake lock lost or not reachable: %s", type(exc).__name__)
            self.error = type(exc).__name__
            self.release()
            return False
        self.error = None
        return held

    def _hold(self) -> bool:
        if self._conn is not None:
            self._conn.execute(text("SELECT 1"))  # still ours: the connection (and so the lock) is alive
            return True
        conn = self.db.engine.connect()
        got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}).scalar())
        conn.commit()
        if not got:
            conn.close()
            return False
        self._conn = conn
        log.info("intake lock taken: this daemon reads the mailbox")
        return True

    def release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.invalidate()  # closes the database session itself (not back to the pool): the lock goes with it
                self._conn.close()
            except SQLAlchemyError:
                pass
            self._conn = None
