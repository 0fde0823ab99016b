"""The periodic digest, queued: one audited notice per digest recipient, the register attached, once per period.

DESIGN §7. The sections come from the pure `daemon.core.digest`; the register files are made here, when the
digest is queued, and stored with each outbox row (table outbox_file), so that what is sent is what was
queued, however late the outbox sends it. A `counter` row per period ("digest:2026-11-16..2026-11-22") makes
queueing idempotent, and the row "digest-schedule" keeps the last slot the timer handled: after a long
downtime the timer queues one digest, for the period that ended last, never one per missed slot.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from daemon.core.digest import RequestSummary, build_digest, digest_period
from daemon.core.fields import RequestFields
from daemon.core.period import Period
from daemon.core.register import RegisterRow
from daemon.core.schedule import (
    Schedule,
    last_run,
    next_run,
    parse_schedule,
    period_before,
)
from daemon.mail.builder import FileAttachment
from daemon.register.export import CONTENT_TYPES, to_bytes
from daemon.register.rows import period_rows, register_header
from daemon.service import Actor, Service
from daemon.setup.config import Config
from daemon.store.audit_trail import locked_counter
from daemon.store.db import Database
from daemon.store.models import AccessRequest, Counter

log = logging.getLogger("lpse_akses.digests")
TIMER = Actor("timer", "timer")
SCHEDULE_MARK = "digest-schedule"
DEFAULT_SCHEDULE = "weekly mon 07:00"
FILE_STEM = "Formulir-Pencatatan-Remote-Akses"
LIVE_STATES = ("received", "needs_info", "pending_approval", "approved", "active", "failed")
COUNT_LABELS = {"received": "masuk", "waiting": "menunggu", "active": "aktif", "closed": "ditutup", "overdue": "lewat waktu"}


@dataclass(frozen=True)
class QueuedDigest:
    """What was queued: for which period, to whom, the counts per section and the files attached."""

    period: Period
    recipients: tuple[str, ...]
    counts: dict[str, int]
    files: tuple[str, ...]


def period_key(period: Period) -> str:
    return f"digest:{period.start.isoformat()}..{period.end.isoformat()}"


def queue_digest(
    db: Database, cfg: Config, service: Service, now: datetime, period: Period, *, actor: Actor = TIMER, reason: str | None = None
) -> QueuedDigest | None:
    """Queue the digest of `period` in its own transaction; None when one for that period was queued before."""
    with db.transaction() as s:
        return _queue(s, cfg, service, now, period, actor=actor, reason=reason)


def queued_at(db: Database, period: Period) -> datetime | None:
    """When the digest of `period` was queued, or None."""
    with db.reading() as s:
        mark = s.get(Counter, period_key(period))
    return datetime.fromisoformat(mark.text) if mark is not None and mark.value > 0 and mark.text else None


def run_schedule(db: Database, cfg: Config, service: Service, now: datetime) -> QueuedDigest | None:
    """The timer's check: queue the digest once its slot has passed (one, however many slots were missed).

    The first check after installation only records where the schedule starts: the first digest goes at the
    next slot, not at once.
    """
    schedule = parse_schedule(cfg.digest.schedule)
    if schedule.every == "off":
        return None
    local = now.astimezone(cfg.office.tz)
    with db.transaction() as s:
        mark = locked_counter(s, SCHEDULE_MARK)
        if mark.text is None:
            mark.text = local.isoformat()
            return None
        due = next_run(schedule, datetime.fromisoformat(mark.text).astimezone(cfg.office.tz))
        slot = last_run(schedule, local)
        if due is None or due > now or slot is None:
            return None
        mark.text = slot.isoformat()
        queued = _queue(s, cfg, service, now, scheduled_period(schedule, slot.date()), actor=TIMER, reason=None)
    if queued is not None:
        log.info("digest %s queued for %s", queued.period.label, ", ".join(queued.recipients) or "nobody")
    return queued


def counts_text(counts: dict[str, int]) -> str:
    """ "3 masuk, 1 menunggu, 1 aktif, 1 ditutup, 0 lewat waktu" """
    return ", ".join(f"{counts[k]} {label}" for k, label in COUNT_LABELS.items())


def scheduled_period(schedule: Schedule, run_day: date) -> Period:
    """The period a digest sent on `run_day` covers (the day, week or month that just ended)."""
    return digest_period(*period_before(schedule, run_day))


def last_period(cfg: Config, now: datetime) -> Period:
    """The period of the latest slot (the default of `digest send`); weekly when the schedule is off."""
    schedule = parse_schedule(cfg.digest.schedule)
    if schedule.every == "off":
        schedule = parse_schedule(DEFAULT_SCHEDULE)
    slot = last_run(schedule, now.astimezone(cfg.office.tz))
    assert slot is not None  # every schedule that is on has a slot within 62 days
    return scheduled_period(schedule, slot.date())


def _queue(
    s: Session, cfg: Config, service: Service, now: datetime, period: Period, *, actor: Actor, reason: str | None
) -> QueuedDigest | None:
    mark = locked_counter(s, period_key(period))
    if mark.value > 0:
        return None
    mark.value, mark.text = 1, now.isoformat()
    tz = cfg.office.tz
    digest = build_digest(
        summaries(s, period, cfg), period, now=now, tz=tz, lang=cfg.office.language,
        reminder_after=timedelta(seconds=cfg.approval.reminder_after),
    )  # fmt: skip
    rows = period_rows(s, cfg, period)
    files = register_files(rows, cfg, period, now.astimezone(tz).date())
    counts = digest.counts
    extra = digest.context() | {
        "attachments": [f.filename for f in files],
        "imported": {  # rows of the paper register in the attached form (`register import`)
            "rows": sum(1 for r in rows if r.imported),
            "open": sum(1 for r in rows if r.imported and r.waktu_penutupan is None),
        },
        "summary": f"Ringkasan {period.label}: {counts_text(counts)}",
    }
    if reason:
        extra["reason"] = reason
    recipients = cfg.people.digest_recipients
    service.notify(s, template="digest", recipients=recipients, extra=extra, event="DigestQueued", actor=actor, now=now, files=files)
    return QueuedDigest(period, recipients, counts, tuple(f.filename for f in files))


def summaries(s: Session, period: Period, cfg: Config) -> list[RequestSummary]:
    """The requests a digest may list: still open, or received or changed since the period began."""
    start = datetime.combine(period.start, datetime.min.time(), tzinfo=cfg.office.tz)
    q = (
        select(AccessRequest)
        .where(or_(AccessRequest.state.in_(LIVE_STATES), AccessRequest.created_at >= start, AccessRequest.updated_at >= start))
        .options(selectinload(AccessRequest.grants))
        .order_by(AccessRequest.id)
    )
    return [summary(req) for req in s.scalars(q)]


def summary(req: AccessRequest) -> RequestSummary:
    f = RequestFields.from_json(req.fields)
    first, last = (req.grants[0], req.grants[-1]) if req.grants else (None, None)
    return RequestSummary(
        number=req.number,
        name=f.name or req.requester_name or req.requester,
        institution=f.institution or "",
        state=req.state,
        created_at=req.created_at,
        updated_at=req.updated_at,
        approval_asked_at=req.approval_asked_at,
        decided_at=req.decided_at,
        granted_at=first.granted_at if first else None,
        grant_end=req.grant_end,
        closed_at=last.closed_at if last and req.state == "closed" else None,
        extension_pending=req.state == "active" and req.extension_until is not None,
    )


def register_files(rows: Sequence[RegisterRow], cfg: Config, period: Period, today: date) -> tuple[FileAttachment, ...]:
    """The register of `period` (its rows) in each of `digest.formats`, in the form's layout."""
    header = register_header(cfg, period, today)
    return tuple(
        FileAttachment(f"{FILE_STEM}-{period.start.isoformat()}.{fmt}", CONTENT_TYPES[fmt], to_bytes(fmt, rows, header))
        for fmt in dict.fromkeys(f.strip().lower() for f in cfg.digest.formats)
    )
