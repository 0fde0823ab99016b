"""Several daemons against one PostgreSQL: the schema upgraded once, each mail sent once (DESIGN §9)."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from dataclasses import replace
from email import message_from_bytes
from pathlib import Path

from sqlalchemy import func, select

from daemon.core.fields import RequestFields
from daemon.demo.sandbox import read_mailbox
from daemon.mail.templates import MailRenderer
from daemon.mail.transport.maildir import MaildirTransport
from daemon.service import Actor, Service
from daemon.store import migrations
from daemon.store.db import Database
from daemon.store.models import OutboxMail
from daemon.workers.outbox import Outbox
from tests.helpers import FakeClock, sandbox_config
from tests.servers.postgres import PostgresServer

FIELDS = RequestFields(name="Budi", institution="PT X", purpose="Pemeliharaan", access_rights=("ssh",))


def test_concurrent_upgrades_and_senders_send_each_mail_once(tmp_path: Path, postgres: PostgresServer) -> None:
    url = postgres.create_database("scale")
    cfg = sandbox_config(tmp_path / "office")
    cfg = replace(cfg, database=replace(cfg.database, url=url))

    # Three daemons start at once: the advisory lock lets one upgrade, the others find it done.
    errors: list[BaseException] = []

    def upgrade() -> None:
        try:
            db = Database(url)
            migrations.upgrade(db.engine)
            db.dispose()
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=upgrade) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []

    clock = FakeClock()
    service = Service(cfg)
    db = Database(url)
    with db.transaction() as s:
        for i in range(30):
            service.receive(
                s, fields=FIELDS, requester=f"vendor{i}@x.co.id", credentials_to=f"vendor{i}@x.co.id", lang="id",
                reasons=["uji"], letter=None, actor=Actor(f"vendor{i}@x.co.id", "email"), now=clock(),
            )  # fmt: skip
    with db.reading() as s:
        rows = s.scalar(select(func.count(OutboxMail.id)))
    assert rows == 60  # an acknowledgement and an approval mail per request

    root = Path(cfg.smtp.path)

    def sender() -> None:
        own = Database(url)
        outbox = Outbox(own, cfg, Service(cfg), MaildirTransport(root), MailRenderer(), clock)

        async def drain() -> None:
            while await outbox.send_due():
                pass

        try:
            asyncio.run(drain())
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=sender) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []

    delivered = Counter(
        message_from_bytes(raw)["Message-ID"] for box in root.iterdir() for raw in read_mailbox(box)
    )
    assert len(delivered) == 60 and set(delivered.values()) == {1}
    with db.reading() as s:
        assert s.scalar(select(func.count(OutboxMail.id)).where(OutboxMail.status == "sent")) == 60
