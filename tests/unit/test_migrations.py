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
