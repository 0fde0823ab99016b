"""The child of `migrations.ensure_current`: the database URL on stdin, the upgrade, exit 0."""

from __future__ import annotations

import sys

from daemon.store import migrations
from daemon.store.db import Database


def main() -> None:
    db = Database(sys.stdin.read().strip())
    try:
        migrations.upgrade(db.engine)
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
