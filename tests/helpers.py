"""Small shared pieces for tests that use the service layer on a real SQLite database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from daemon.demo.sandbox import make_sandbox
from daemon.setup import configfile
from daemon.setup.config import Config
from daemon.store import migrations
from daemon.store.db import Database


@dataclass
class FakeClock:
    """A clock the test moves by hand (our own seam; only for time-driven logic)."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def sandbox_config(root: Path, extra_toml: str = "") -> Config:
    box = make_sandbox(root, extra_toml=extra_toml)
    return configfile.load(box.config)


def fresh_db(cfg: Config) -> Database:
    db = Database(cfg.database.url)
    migrations.upgrade(db.engine)
    return db
