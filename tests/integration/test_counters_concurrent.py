"""Counters written once per transaction (issue 9) still serialise writers: several at once on PostgreSQL.

A locked counter keeps its value in the session and writes it at the commit; the row lock, taken at
first use, must keep a second writer waiting until then, or two transactions would hand out the same
number or fork the audit chain. Each writer here also rolls back a savepoint now and then.
"""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select

from daemon.store import audit_trail
from daemon.store.db import Database
from daemon.store.models import AuditEvent, Counter
from tests.helpers import fresh_db, sandbox_config
from tests.servers.postgres import PostgresServer

WRITERS, TRANSACTIONS = 4, 12
NOW = datetime(2026, 12, 7, 3, 0, tzinfo=timezone.utc)


def write(db: Database, writer: int, errors: list[BaseException]) -> None:
    try:
        for n in range(TRANSACTIONS):
            with db.transaction() as s:
                for part in range(3):
                    savepoint = s.begin_nested()
                    number = audit_trail.locked_counter(s, "ra-test")
                    number.value += 1
                    audit_trail.append(
                        s, request_id=None, number=f"T-{number.value}", event="Test", actor=f"w{writer}", channel="test", at=NOW,
                        data={"writer": writer, "n": n, "part": part},
                    )  # fmt: skip
                    if (n + part) % 4 == 3:
                        savepoint.rollback()  # taken back: its number and its event with it
                    else:
                        savepoint.commit()
    except BaseException as exc:  # noqa: BLE001 - collected for the assertion
        errors.append(exc)


def test_writers_at_once_get_each_number_once_and_one_unbroken_chain(tmp_path: Path, postgres: PostgresServer) -> None:
    cfg = sandbox_config(tmp_path / "office")
    cfg = replace(cfg, database=replace(cfg.database, url=postgres.create_database("counters")))
    db = fresh_db(cfg)
    errors: list[BaseException] = []
    threads = [threading.Thread(target=write, args=(db, w, errors)) for w in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    kept = sum(1 for n in range(TRANSACTIONS) for part in range(3) if (n + part) % 4 != 3) * WRITERS
    with db.reading() as s:
        count, problems = audit_trail.verify(s)
        numbers = sorted(int(json.loads(data)["request"].split("-")[1]) for data in s.scalars(select(AuditEvent.data)))
        assert problems == [] and count == kept
        assert s.scalar(select(Counter.value).where(Counter.name == "ra-test")) == kept
    db.engine.dispose()
    assert numbers == list(range(1, kept + 1))  # each number once, none lost to a rolled-back savepoint
