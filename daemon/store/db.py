"""The database engine and transactions: SQLite done right (WAL, FULL sync, BEGIN IMMEDIATE) or PostgreSQL.

`Database.transaction()` is the only way code writes: one `with` block, one transaction.
On SQLite every write transaction starts with BEGIN IMMEDIATE, so two writers queue on the
lock instead of failing half-way (SQLAlchemy's documented pysqlite recipe). `reading()`
starts a plain (deferred) BEGIN: in WAL mode a reader never waits for a writer, so pages,
/healthz and the intake's look-ups go on while another process holds the write lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 30000  # a writer waits this long for another's lock before "database is locked"


class Database:
    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
            path = url.split("///", 1)[1] if "///" in url else ""
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            _sqlite_recipe(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(self.engine.execution_options(lpse_read_only=True), expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back when it raises."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: on SQLite a deferred BEGIN, which does not wait for another process's write lock."""
        with self._readers() as session:
            yield session

    def probe(self, wait: float = 1.0) -> str:
        """Could a write start now? "ok" (SQLite: the write lock is free within `wait` s; PostgreSQL: it
        answers), else "error: ..." saying why. Nothing is written; for /healthz."""
        try:
            if not self.is_sqlite:
                with self.engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
                return "ok"
            raw = self.engine.raw_connection()
            try:
                cur = raw.cursor()
                cur.execute(f"PRAGMA busy_timeout={int(wait * 1000)}")
                try:
                    cur.execute("BEGIN IMMEDIATE")
                    cur.execute("ROLLBACK")
                finally:
                    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                    cur.close()
            finally:
                raw.close()
        except Exception as exc:  # noqa: BLE001 - SQLAlchemy's, or the driver's own on the raw connection
            return f"error: {db_reason(exc)}"
        return "ok"

    def dispose(self) -> None:
        self.engine.dispose()


def db_reason(exc: BaseException) -> str:
    """A database error in one line, without the SQL statement SQLAlchemy appends.

    The first error of a chain is the cause: SQLite rolls the whole transaction back on a full
    disk, and the savepoint's own rollback then fails with "no such savepoint", which says nothing."""
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain:
        chain.append(seen)
        seen = seen.__context__
    first = next((e for e in reversed(chain) if isinstance(e, OperationalError)), exc)
    orig = getattr(first, "orig", None) or first
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0][:300]


def _sqlite_recipe(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let us emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("lpse_read_only") else "BEGIN IMMEDIATE")
