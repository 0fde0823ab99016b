"""The shipped migrations build exactly the schema the models describe (no forgotten migration)."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from daemon.store import migrations
from daemon.store.db import Database
from daemon.store.models import Base


def test_migrations_match_the_models(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'm.db'}")
    migrations.upgrade(db.engine)
    assert migrations.current(db.engine) is not None
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_upgrade_twice_is_harmless(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'm.db'}")
    migrations.upgrade(db.engine)
    migrations.upgrade(db.engine)
    assert migrations.current(db.engine) == migrations.head()


def test_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    assert migrations.head() == ScriptDirectory.from_config(migrations.alembic_config()).get_current_head()


def test_current_of_a_new_database_is_none(tmp_path: Path) -> None:
    assert migrations.current(Database(f"sqlite:///{tmp_path / 'new.db'}").engine) is None


def test_ensure_current_upgrades_in_a_child_without_alembic_in_this_process(tmp_path: Path) -> None:
    """The daemon's start: alembic (about 11 MB) is loaded by a child, never by the daemon itself."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'd.db'}"
    probe = (
        "import sys\n"
        "from daemon.store import migrations\n"
        "from daemon.store.db import Database\n"
        f"db = Database({url!r})\n"
        "migrations.ensure_current(db.engine)\n"
        "migrations.ensure_current(db.engine)\n"  # current now: no child, nothing to do
        "print(migrations.current(db.engine), 'alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == [migrations.head(), "False"]


def test_ensure_current_reports_a_failed_upgrade(tmp_path: Path) -> None:
    import pytest

    db = Database(f"sqlite:///{tmp_path / 'd.db'}")
    with db.engine.begin() as conn:  # a version the package does not ship: alembic refuses it
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('9999')")
    with pytest.raises(RuntimeError, match="migrasi skema basis data gagal"):
        migrations.ensure_current(db.engine)
