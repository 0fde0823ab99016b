"""Time-driven events: reminders, escalation, expiry warnings, automatic closing, the digest, retention.

Access must never outlive its purpose: every grant ends, is warned about before, and is
closed at its end. Each check is a query for what is due and one `service.apply` per
request, in its own transaction, with channel "timer". The digest is queued when its slot has
passed (`daemon.workers.digests.run_schedule`).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import select

from daemon.core.workflow import Event, State
from daemon.service import Actor, Service
from daemon.setup.config import Config
from daemon.store import audit_trail
from daemon.store.db import Database
from daemon.store.models import AccessRequest, Grant
from daemon.workers import digests, retention

log = logging.getLogger("lpse_akses.timers")
TIMER = Actor("timer", "timer")


class Timers:
    def __init__(self, db: Database, cfg: Config, service: Service, clock: Callable[[], datetime]) -> None:
        self.db, self.cfg, self.service, self.clock = db, cfg, service, clock
        self._retention_at: datetime | None = None

    def run_due(self) -> int:
        """Apply every due timer event; returns how many were applied."""
        return self._approvals() + self._expiry() + self._digest() + self._retention()

    def _retention(self) -> int:
        """Once an hour: drop raw messages older than `retention.raw_messages` (audited)."""
        now = self.clock()
        if self._retention_at is not None and now - self._retention_at < timedelta(hours=1):
            return 0
        self._retention_at = now
        keep = self.cfg.retention.raw_messages
        with self.db.transaction() as s:
            messages = retention.drop_old_raw_messages(s, now=now, keep_for=keep)
            files = retention.drop_sent_files(s, now=now, keep_for=keep)
            if messages or files:
                audit_trail.append(
                    s, request_id=None, number=None, event="RetentionApplied", actor="timer", channel="timer", at=now,
                    data={"raw_messages_dropped": messages, "sent_files_dropped": files, "older_than_seconds": keep},
                )  # fmt: skip
        return 0

    def _digest(self) -> int:
        return 0 if digests.run_schedule(self.db, self.cfg, self.service, self.clock()) is None else 1

    def _approvals(self) -> int:
        ap = self.cfg.approval
        now = self.clock()
        count = 0
        with self.db.reading() as s:
            waiting = s.scalars(select(AccessRequest.id).where(AccessRequest.state == State.PENDING_APPROVAL.value)).all()
        for rid in waiting:
            with self.db.transaction() as s:
                req = s.get(AccessRequest, rid)
                if req is None or req.state != State.PENDING_APPROVAL.value or req.approval_asked_at is None:
                    continue
                waited = now - req.approval_asked_at
                if self.cfg.people.backup_approvers and req.escalated_at is None and waited >= timedelta(seconds=ap.escalate_after):
                    self.service.apply(s, req, Event.ESCALATION_DUE, actor=TIMER, now=now)
                    count += 1
                elif req.reminders_sent < ap.max_reminders and waited >= timedelta(seconds=ap.reminder_after * (req.reminders_sent + 1)):
                    self.service.apply(s, req, Event.REMINDER_DUE, actor=TIMER, now=now)
                    count += 1
        return count

    def _expiry(self) -> int:
        now = self.clock()
        warn = timedelta(seconds=self.cfg.access.warn_before)
        count = 0
        with self.db.reading() as s:
            open_grants = s.scalars(
                select(Grant.id).join(AccessRequest).where(Grant.closed_at.is_(None), AccessRequest.state == State.ACTIVE.value)
            ).all()
        for gid in open_grants:
            with self.db.transaction() as s:
                grant = s.get(Grant, gid)
                if grant is None or grant.closed_at is not None:
                    continue
                req = grant.request
                if req.state != State.ACTIVE.value or req.closing_because is not None:
                    continue
                if now >= grant.ends_at:
                    self.service.apply(s, req, Event.GRANT_EXPIRED, actor=TIMER, now=now, data={"because": "expired"})
                    count += 1
                elif grant.warned_at is None and now >= grant.ends_at - warn:
                    grant.warned_at = now
                    self.service.apply(s, req, Event.EXPIRY_NEAR, actor=TIMER, now=now)
                    count += 1
        return count
