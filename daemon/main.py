"""The composition root: build every part from the config, run the loops and the web server.

One asyncio process (STYLE rule 16, after postfix-mta-sts-resolver's daemon.py): the
mailbox runs in its own thread, the outbox, provisioning and timers are asyncio tasks
woken early when there is work, the web server shares the loop. systemd gets READY once
the database and the mailbox are up, WATCHDOG only from a loop that did its work, and
STOPPING on SIGTERM; the first SIGTERM stops gracefully, a second one hard.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from sqlalchemy.exc import OperationalError

from daemon.mail.inbox import Inbox
from daemon.mail.templates import MailRenderer
from daemon.mail.transport import Transport
from daemon.service import Service
from daemon.setup import sdnotify
from daemon.setup.config import Config
from daemon.setup.secretfiles import database_url
from daemon.store import migrations
from daemon.store.db import Database, db_reason
from daemon.store.locks import InstanceLock
from daemon.web.contract import Health
from daemon.web.desk import ServiceDesk
from daemon.workers.mailbox_loop import MailboxLoop
from daemon.workers.outbox import BACKOFF, Outbox
from daemon.workers.provisioners import Provisioner
from daemon.workers.provisioning import ProvisioningWorker
from daemon.workers.timers import Timers

log = logging.getLogger("lpse_akses")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def open_database(cfg: Config, env: dict[str, str] | None = None) -> Database:
    return Database(database_url(cfg, dict(os.environ) if env is None else env))


def make_inbox(cfg: Config) -> Inbox:
    if cfg.mailbox.backend == "maildir":
        from daemon.mail.inbox.maildir import MaildirInbox

        mb = cfg.mailbox
        return MaildirInbox(Path(mb.path), (mb.processed_folder, mb.quarantine_folder, mb.oversize_folder))
    from daemon.mail.inbox.imap import ImapInbox

    return ImapInbox(cfg.mailbox, timeout=cfg.mailbox.timeout)


def make_transport(cfg: Config) -> Transport:
    if cfg.smtp.backend == "maildir":
        from daemon.mail.transport.maildir import MaildirTransport

        return MaildirTransport(Path(cfg.smtp.path))
    from daemon.mail.transport.smtp import SmtpTransport

    return SmtpTransport(cfg.smtp)


def make_provisioner(cfg: Config) -> Provisioner:
    p = cfg.provisioner
    if p.backend == "command":
        from daemon.workers.provisioners.command import CommandProvisioner

        return CommandProvisioner(p.create, p.disable, timeout=p.timeout, tz=cfg.office.tz)
    if p.backend == "linux":
        from daemon.workers.provisioners.linux import LinuxProvisioner

        return LinuxProvisioner(p.linux, timeout=p.timeout)
    from daemon.workers.provisioners.manual import ManualProvisioner

    return ManualProvisioner()


@dataclass
class Parts:
    cfg: Config
    db: Database
    service: Service
    outbox: Outbox
    worker: ProvisioningWorker
    timers: Timers
    mailbox: MailboxLoop
    desk: ServiceDesk


class Daemon:
    def __init__(
        self,
        cfg: Config,
        *,
        clock: Callable[[], datetime] = utcnow,
        env: dict[str, str] | None = None,
        handle_signals: bool = True,
        outbox_backoff: tuple[float, ...] = BACKOFF,
    ) -> None:
        """`outbox_backoff`: the outbox's retry delays (seconds); tests shorten them, the CLI never does."""
        self.cfg, self.clock, self.handle_signals, self.outbox_backoff = cfg, clock, handle_signals, outbox_backoff
        self.env = dict(os.environ) if env is None else env
        self.work = asyncio.Event()
        self.stopping = asyncio.Event()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.web_port: int | None = None
        self.parts: Parts | None = None
        self.round_error: str | None = None  # why the last round of provisioning, sending and timers failed

    def kick(self) -> None:
        """Wake the asyncio loops from any thread: there is new work."""
        if self.loop is not None:
            self.loop.call_soon_threadsafe(self.work.set)

    def build(self) -> Parts:
        cfg = self.cfg
        db = open_database(cfg, self.env)
        service = Service(cfg)
        renderer = MailRenderer(Path(cfg.templates.override_dir) if cfg.templates.override_dir else None)
        outbox = Outbox(db, cfg, service, make_transport(cfg), renderer, self.clock, backoff=self.outbox_backoff)
        worker = ProvisioningWorker(db, cfg, service, make_provisioner(cfg), self.clock)
        timers = Timers(db, cfg, service, self.clock)
        mailbox = MailboxLoop(db, cfg, service, make_inbox(cfg), self.clock, self.kick)
        desk = ServiceDesk(db, cfg, service, self.clock, kick=self.kick, health=self.health)
        return Parts(cfg, db, service, outbox, worker, timers, mailbox, desk)

    def health(self) -> Health:
        """Every part's state; not ok while any part cannot do its work (/healthz answers 503 and names it)."""
        assert self.parts is not None
        parts = self.parts
        checks = {
            "database": parts.db.probe(wait=3.0),  # our own batch may hold the write lock for a moment
            "mailbox": parts.mailbox.status(),
            "smtp": parts.outbox.smtp_status(),
            "work": f"error: {self.round_error}" if self.round_error else "ok",
        }
        try:
            checks["outbox"] = f"ok ({parts.outbox.pending_count()} pending)"
        except Exception as exc:  # noqa: BLE001 - a health check reports, it never raises
            checks["outbox"] = f"error: {type(exc).__name__}"
        return Health(ok=all(v.startswith("ok") for v in checks.values()), checks=checks)

    async def run(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.parts = parts = self.build()
        instance = InstanceLock(parts.db)
        instance.acquire()  # a second daemon on the same SQLite file stops here, with the reason (exit 1)
        try:
            await self._serve(parts)
        finally:
            instance.release()

    async def _serve(self, parts: Parts) -> None:
        from daemon.web.app import create_app
        from daemon.web.server import WebServer

        migrations.ensure_current(parts.db.engine)  # alembic only in a child, only when behind
        if parts.db.is_sqlite:  # one daemon per SQLite file: whatever is claimed was claimed by a process now dead
            parts.outbox.release_leases()
            parts.worker.release_leases()
        if self.handle_signals:
            for sig in (signal.SIGTERM, signal.SIGINT):
                self.loop.add_signal_handler(sig, self._on_signal)
        app = create_app(
            parts.desk,
            secret_key=self.cfg.credentials.secret_key.encode(),
            public_url=self.cfg.web.public_url,
            office_name=self.cfg.office.name,
            contact=self.cfg.admin_contact,
            failed_link_limit=self.cfg.web.failed_link_limit,
            failed_link_window=self.cfg.web.failed_link_window,
            trusted_proxies=self.cfg.web.trusted_proxies,
        )
        web = WebServer(app)
        host, _, port = self.cfg.web.listen.rpartition(":")
        self.web_port = await web.start(host, int(port))
        parts.mailbox.start()
        await asyncio.to_thread(parts.mailbox.connected.wait, 30)
        sdnotify.notify("READY=1\nSTATUS=lpse-akses berjalan", self.env)
        log.info("lpse-akses running: web on %s:%s, mailbox %s", host, self.web_port, self.cfg.mailbox.backend)
        try:
            await self._work_loop(parts)
        finally:
            sdnotify.notify("STOPPING=1", self.env)
            await asyncio.to_thread(parts.mailbox.stop)
            await web.stop()
            parts.db.dispose()
            log.info("lpse-akses stopped")

    async def _work_loop(self, parts: Parts) -> None:
        watchdog = sdnotify.watchdog_interval(self.env)
        last_timers = 0.0
        while not self.stopping.is_set():
            self.work.clear()
            started = asyncio.get_running_loop().time()
            run_timers = started - last_timers >= 30
            healthy = await self._round(parts, run_timers=run_timers)
            if run_timers and healthy:
                last_timers = started
            if watchdog is not None and healthy and parts.mailbox.thread.is_alive():
                sdnotify.notify("WATCHDOG=1", self.env)  # only while every loop is alive and this one did its round
            try:
                await asyncio.wait_for(self.work.wait(), timeout=1.0)
            except TimeoutError:
                pass

    async def _round(self, parts: Parts, *, run_timers: bool) -> bool:
        """One round of provisioning, sending and timers; the loop's boundary (a failure waits for the next round)."""
        try:
            await parts.worker.run_due()
            await parts.outbox.send_due()
            if run_timers:
                await asyncio.to_thread(parts.timers.run_due)
        except OperationalError as exc:  # the database is locked, full or gone: no traceback, the reason
            self.round_error = f"database: {db_reason(exc)}"
            log.warning("work round failed (%s); trying again in a second", self.round_error)
            return False
        except Exception as exc:  # noqa: BLE001 - the work loop's boundary: log it, skip the watchdog, try again
            self.round_error = f"{type(exc).__name__}: {exc}"[:300]
            log.exception("work round failed; trying again in a second")
            return False
        if self.round_error:
            log.info("work rounds succeed again")
        self.round_error = None
        return True

    def _on_signal(self) -> None:
        if self.stopping.is_set():
            log.warning("second signal: stopping now")
            os._exit(1)
        log.info("stopping (a second signal stops at once)")
        self.stopping.set()
        self.work.set()

    def stop(self) -> None:
        """Ask a running daemon to stop (thread-safe)."""
        if self.loop is not None:
            self.loop.call_soon_threadsafe(self._on_signal)
