"""A real PostgreSQL 15 cluster in a temp dir on a free loopback port, for one test session.

PostgreSQL refuses to run as root, so initdb and pg_ctl run as the `postgres` user through
`runuser`. Authentication is `trust` on 127.0.0.1 and the socket dir (a throw-away test
cluster); it listens on 127.0.0.1 only, with its unix socket inside the temp dir.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

from tests.servers import free_port

PG_BIN = Path(os.environ.get("LPSE_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))
PG_USER = "postgres"


class PostgresServer:
    """`start()` → initdb + pg_ctl start; `url` for SQLAlchemy; `create_database(name)`; `close()`."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="pg", dir="/tmp"))
        self.data_dir = self.root / "data"
        self.socket_dir = self.root / "sock"
        self.log_file = self.root / "postgres.log"
        self.port = free_port()
        self.host = "127.0.0.1"
        self.running = False
        self.user = PG_USER

    def _as_postgres(self, *argv: str) -> subprocess.CompletedProcess[str]:
        cmd = list(argv) if os.geteuid() != 0 else ["runuser", "-u", PG_USER, "--", *argv]
        return subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        if self.running:
            return
        if not (self.data_dir / "PG_VERSION").exists():
            if os.geteuid() == 0:
                entry = pwd.getpwnam(PG_USER)
                os.chown(self.root, entry.pw_uid, entry.pw_gid)
            else:
                self.user = pwd.getpwuid(os.geteuid()).pw_name
            self._as_postgres("mkdir", "-p", str(self.socket_dir))
            self._as_postgres(
                str(PG_BIN / "initdb"), "-D", str(self.data_dir), "-U", self.user,
                "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
            )
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        self._as_postgres(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data_dir), "-l", str(self.log_file),
            "-o", options, "-w", "-t", "60", "start",
        )
        self.running = True

    def stop(self) -> None:
        if self.running:
            self._as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "-w", "stop")
            self.running = False

    def close(self) -> None:
        """Stop and delete the cluster."""
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def url_for(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL (psycopg 3 driver) for `database` over TCP on loopback."""
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    @property
    def url(self) -> str:
        return self.url_for("postgres")

    def create_database(self, name: str) -> str:
        """Create an empty database (dropping one of that name first); return its SQLAlchemy URL."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url_for(name)
