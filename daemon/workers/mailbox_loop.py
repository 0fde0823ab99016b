"""The mailbox thread: connect, run intake passes, wait (IDLE or poll), reconnect with backoff.

imapclient blocks, and a connection in IDLE can do nothing else, so the mailbox gets its
own thread (IMPLEMENTATION-NOTES). It tells the asyncio side about new work through
`on_work` (thread-safe) and raises an alarm to the admins once when the mailbox has not
answered for `mailbox.alarm_after`.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from typing import Callable

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from daemon.mail.inbox import Inbox, InboxConfigError, InboxError
from daemon.service import Actor, Service
from daemon.setup.config import Config
from daemon.store.db import Database, db_reason
from daemon.store.locks import IntakeLock
from daemon.workers.intake import Intake

log = logging.getLogger("lpse_akses.mailbox")
BACKOFF = (1, 2, 5, 10, 30, 60)
STANDBY_RETRY = 5.0  # a standby daemon tries the intake lock this often: the takeover bound


def mailbox_identity(cfg: Config) -> str:
    mb = cfg.mailbox
    return f"maildir:{mb.path}" if mb.backend == "maildir" else f"imap:{mb.host}:{mb.port}:{mb.username.lower()}:{mb.folder}"


class MailboxLoop:
    def __init__(
        self, db: Database, cfg: Config, service: Service, inbox: Inbox, clock: Callable[[], datetime], on_work: Callable[[], None]
    ) -> None:
        self.db, self.cfg, self.service, self.inbox, self.clock, self.on_work = db, cfg, service, inbox, clock, on_work
        self.intake = Intake(db, cfg, service, inbox, clock)
        self.stopping = threading.Event()
        self.connected = threading.Event()
        self.last_ok: datetime | None = None
        self.last_error: str | None = None
        self.alarmed = False
        self.failures = 0  # failed attempts since the last pass that worked: the backoff's step
        self.standby = False
        self._reading: bool | None = None
        self.lock = IntakeLock(db, mailbox_identity(cfg))
        self.thread = threading.Thread(target=self.run, name="mailbox", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self.inbox.wake()
        self.intake.reader.abort()  # a message being read is given up at once: it is read again after the restart
        self.thread.join(timeout=15)
        self.intake.close()
        self.lock.release()

    def run(self) -> None:
        self.failures = 0
        started = self.clock()
        while not self.stopping.is_set():
            if not self._hold_lock():
                self.stopping.wait(STANDBY_RETRY)
                continue
            try:
                self.inbox.connect()
                self.connected.set()
                self._serve()
            except InboxConfigError as exc:
                self._down(f"{exc}", started)
                self.failures += 1
            except InboxError as exc:
                self._down(f"{exc}", started)
                self.failures += 1
            except OperationalError as exc:  # the database is locked, full or gone: nothing moved, tried again
                self._down(f"database: {db_reason(exc)}", started)
                self.failures += 1
            except Exception as exc:  # noqa: BLE001 - the thread's boundary: never die silently
                log.exception("mailbox loop error")
                self._down(f"{type(exc).__name__}: {exc}", started)
                self.failures += 1
            finally:
                self.connected.clear()
                self.inbox.close()
            if not self.stopping.is_set():
                failures = self.failures  # reset by a pass that worked, not by a connection that opened
                self.stopping.wait(BACKOFF[min(failures, len(BACKOFF)) - 1] if failures else 0.1)

    def _hold_lock(self) -> bool:
        held = self.lock.hold()
        if held != self._reading:
            if held:
                log.info("this daemon now reads the mailbox")
            elif self.lock.error is not None:
                log.warning("the database cannot be reached: the mailbox is not read until it can")
            else:
                log.info("standby: another daemon reads the mailbox")
            self._reading = held
        self.standby = not held
        if self.standby:
            self.connected.set()  # a standby is up and well; `run` need not wait for a mailbox it will not read
        return held

    def _serve(self) -> None:
        while not self.stopping.is_set():
            if not self._hold_lock():
                return  # the lock was lost (the database restarted): stop reading until it is ours again
            result = self.intake.run_pass()
            self._up()
            if result.seen:
                self.on_work()
            if self.stopping.is_set():
                return
            self.inbox.wait(self.cfg.mailbox.poll_interval)

    def _up(self) -> None:
        self.last_ok, self.last_error, self.failures = self.clock(), None, 0
        if self.alarmed:
            log.info("mailbox answers again")
            self.alarmed = False

    def _down(self, error: str, started: datetime) -> None:
        self.last_error = error
        log.warning("mailbox unavailable: %s", error)
        silent_since = self.last_ok or started
        now = self.clock()
        if not self.alarmed and (now - silent_since).total_seconds() >= self.cfg.mailbox.alarm_after:
            try:
                self._alarm(silent_since, error, now)
            except SQLAlchemyError as exc:  # the database is down too: alarm at the next failure
                log.warning("the mailbox alarm could not be recorded: %s", db_reason(exc))
                return
            self.alarmed = True
            self.on_work()

    def _alarm(self, silent_since: datetime, error: str, now: datetime) -> None:
        with self.db.transaction() as s:
            self.service.alert_admins(
                s,
                alert="silent_mailbox",
                summary="Kotak surat LPSE tidak dapat dibaca oleh lpse-akses.",
                details=[f"Sejak: {silent_since.isoformat()}", f"Penyebab: {error}", "Jalankan: lpse-akses check"],
                event="MailboxSilent",
                actor=Actor("mailbox", "system"),
                now=now,
            )

    def status(self) -> str:
        if self.lock.error is not None:
            return f"not connected: the database cannot be reached ({self.lock.error})"
        if self.standby:
            return "ok (standby: another daemon reads this mailbox)"
        if self.connected.is_set() and self.last_error is None:
            return "ok"
        return f"not connected: {self.last_error or 'connecting'}"
