"""Alembic migrations, shipped inside the package (script_location = "daemon.store:migrations").

Alembic (with mako and pygments) weighs about 11 MB of resident memory, and the running daemon
needs it only on the start that finds an older schema. So `ensure_current` reads the schema's
version with one plain query and, only when it is behind, upgrades in a child process
(`python -m daemon.store.migrations`, its `__main__`, the database URL on its stdin, never in argv): the daemon
itself never imports alembic. The CLI and the tests call `upgrade` directly.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

VERSIONS = Path(__file__).parent / "versions"
_REVISION = re.compile(r"^(down_)?revision\b[^=]*=\s*['\"]?([\w-]+|None)['\"]?", re.M)
# The PostgreSQL advisory lock that keeps two daemons starting at once from migrating together.
UPGRADE_LOCK = 74051


def alembic_config(engine: Engine | None = None) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", "daemon.store:migrations")
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest version; on PostgreSQL under an advisory lock (several daemons)."""
    from alembic import command

    cfg = alembic_config(engine)
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text(f"SELECT pg_advisory_lock({UPGRADE_LOCK})"))
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
            finally:
                conn.execute(text(f"SELECT pg_advisory_unlock({UPGRADE_LOCK})"))
                conn.commit()
    else:
        command.upgrade(cfg, "head")


def current(engine: Engine) -> str | None:
    """The schema's version as recorded in alembic_version; None for a database not yet made."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None  # a new database (an unreachable one raises, as before)
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head() -> str | None:
    """The newest revision the package ships: the one no other revision names as its parent."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in VERSIONS.glob("*.py"):
        for down, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (parents if down else revisions).add(value)
    heads = sorted(revisions - parents)
    return heads[-1] if heads else None


def ensure_current(engine: Engine) -> None:
    """What the daemon calls at start: nothing when the schema is current, else an upgrade in a child."""
    if current(engine) == head():
        return
    if engine.url.get_backend_name() == "sqlite" and engine.url.database in (None, "", ":memory:"):
        upgrade(engine)  # a database of this process only: a child could not see it
        return
    url = engine.url.render_as_string(hide_password=False)  # the same URL the daemon's Database was made from
    done = subprocess.run(
        [sys.executable, "-m", "daemon.store.migrations"], input=url, text=True, capture_output=True,
        env=os.environ.copy(), check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"migrasi skema basis data gagal: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
