"""Alembic environment: the engine comes from the caller (no alembic.ini, no URL in a file)."""

from __future__ import annotations

from alembic import context

from daemon.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is not None:
        _run(conn)
        return
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        _run(connection)
        connection.commit()


def _run(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
