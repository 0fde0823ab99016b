"""The periodic digest: what came in, what waits for a decision, what is active, what closed, what is overdue.

DESIGN §7: the digest recipients get it on a schedule with the register attached. Pure: the requests come in
as plain summaries (made from the database by `daemon.workers.digests`), "now", the period and the office's zone as
arguments; the result is the template's context ("digest" in `mail_templates/`), times already written the way
people read them. A request may stand in several sections: one that waits too long is both waiting and overdue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from daemon.core.compose import when
from daemon.core.period import MONTHS_EN, MONTHS_ID, Period, month_period
from daemon.core.register import period_bounds

SECTIONS = ("received", "waiting", "active", "closed", "overdue")
WAITING = frozenset({"pending_approval", "needs_info"})


@dataclass(frozen=True)
class RequestSummary:
    """A request as the digest sees it; every time is aware (UTC from the database is fine)."""

    number: str
    name: str
    institution: str
    state: str
    created_at: datetime
    updated_at: datetime  # when it entered its present state (or last changed in it)
    approval_asked_at: datetime | None = None  # the Kasubag was asked (again, for an extension)
    decided_at: datetime | None = None
    granted_at: datetime | None = None  # the first grant: access is open since then
    grant_end: datetime | None = None
    closed_at: datetime | None = None  # the account was closed (state "closed")
    extension_pending: bool = False  # an active request whose extension waits for a decision


@dataclass(frozen=True)
class DigestItem:
    """One line of a section: the number, who, in what state, since and until when (already written)."""

    number: str
    name: str
    institution: str
    state: str
    since: str
    until: str | None

    def to_json(self) -> dict[str, str | None]:
        return {
            "number": self.number, "name": self.name, "institution": self.institution, "state": self.state,
            "since": self.since, "until": self.until,
        }  # fmt: skip


@dataclass(frozen=True)
class Digest:
    period_label: str
    generated_at: str
    received: tuple[DigestItem, ...]
    waiting: tuple[DigestItem, ...]
    active: tuple[DigestItem, ...]
    closed: tuple[DigestItem, ...]
    overdue: tuple[DigestItem, ...]

    @property
    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in SECTIONS}

    def context(self) -> dict[str, Any]:
        """The "digest" template's own keys (the attachments' names are the caller's to add)."""
        ctx: dict[str, Any] = {"period_label": self.period_label, "generated_at": self.generated_at, "counts": self.counts}
        for name in SECTIONS:
            ctx[name] = [item.to_json() for item in getattr(self, name)]
        return ctx


def build_digest(
    requests: Iterable[RequestSummary],
    period: Period,
    *,
    now: datetime,
    tz: tzinfo,
    lang: str,
    reminder_after: timedelta,
) -> Digest:
    """The digest of `period` as it stands at `now`: received and closed within the period; waiting, active and
    overdue now. Overdue: waiting longer than `reminder_after`, active past its grant's end, or failed."""
    start, end = period_bounds(period, tz)
    received: list[tuple[datetime, DigestItem]] = []
    waiting: list[tuple[datetime, DigestItem]] = []
    active: list[tuple[datetime, DigestItem]] = []
    closed: list[tuple[datetime, DigestItem]] = []
    overdue: list[tuple[datetime, DigestItem]] = []

    def item(r: RequestSummary, since: datetime, until: datetime | None) -> tuple[datetime, DigestItem]:
        line = DigestItem(r.number, r.name, r.institution, r.state, _when(since, lang, tz), when(until, lang, tz))
        return since, line

    for r in requests:
        _require_aware(r)
        if start <= r.created_at < end:
            received.append(item(r, r.created_at, _outcome(r)))
        if r.state in WAITING or (r.state == "active" and r.extension_pending):
            since = waiting_since(r)
            waiting.append(item(r, since, None))
            if now - since > reminder_after:
                overdue.append(item(r, since, None))
        if r.state == "active":
            granted = r.granted_at or r.updated_at
            active.append(item(r, granted, r.grant_end))
            if r.grant_end is not None and r.grant_end < now:
                overdue.append(item(r, granted, r.grant_end))
        if r.state == "closed" and r.closed_at is not None and start <= r.closed_at < end:
            closed.append(item(r, r.granted_at or r.created_at, r.closed_at))
        if r.state == "failed":
            overdue.append(item(r, r.updated_at, None))
    return Digest(
        period_label=period_label(period, lang),
        generated_at=_when(now, lang, tz),
        received=_ordered(received),
        waiting=_ordered(waiting),
        active=_ordered(active),
        closed=_ordered(closed),
        overdue=_ordered(overdue),
    )


def waiting_since(r: RequestSummary) -> datetime:
    """Since when a decision (or the requester's missing data) has been awaited."""
    if r.state == "needs_info":
        return r.updated_at
    return r.approval_asked_at or r.updated_at


def period_label(period: Period, lang: str) -> str:
    """The period as the mail names it: its own (Indonesian) label, or in English "16-22 November 2026"."""
    if lang == "id":
        return period.label
    return range_label(period.start, period.end, lang)


def range_label(start: date, end: date, lang: str) -> str:
    months = MONTHS_ID if lang == "id" else MONTHS_EN
    if start == end:
        return f"{start.day} {months[start.month - 1]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        if start.day == 1 and end == month_period(end.year, end.month).end:
            return f"{months[start.month - 1]} {start.year}"
        return f"{start.day}-{end.day} {months[start.month - 1]} {start.year}"
    if start.year == end.year:
        return f"{start.day} {months[start.month - 1]} - {end.day} {months[end.month - 1]} {end.year}"
    return f"{start.day} {months[start.month - 1]} {start.year} - {end.day} {months[end.month - 1]} {end.year}"


def digest_period(start: date, end: date) -> Period:
    """A digest's period, labelled the way the register's header and the mail write it (Indonesian)."""
    return Period(start, end, range_label(start, end, "id"))


def _outcome(r: RequestSummary) -> datetime | None:
    """How far a received request got: closed at, or its grant's end while it runs."""
    if r.state == "closed":
        return r.closed_at
    if r.state in ("active", "approved"):
        return r.grant_end
    if r.state in ("rejected", "cancelled"):
        return r.decided_at or r.updated_at
    return None


def _when(moment: datetime, lang: str, tz: tzinfo) -> str:
    text = when(moment, lang, tz)
    assert text is not None
    return text


def _ordered(items: list[tuple[datetime, DigestItem]]) -> tuple[DigestItem, ...]:
    return tuple(line for _, line in sorted(items, key=lambda pair: (pair[0], pair[1].number)))


def _require_aware(r: RequestSummary) -> None:
    for label in ("created_at", "updated_at", "approval_asked_at", "decided_at", "granted_at", "grant_end", "closed_at"):
        value = getattr(r, label)
        if value is not None and value.utcoffset() is None:
            raise ValueError(f"request {r.number}: {label} {value.isoformat()} has no timezone")
