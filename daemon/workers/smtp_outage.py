"""An SMTP outage, as the outbox sees it: since when the server cannot be reached, when to try it again, one alarm.

While the server cannot be reached at all (`ServerUnreachable`), the outbox stops trying one
message after another: it tries one connection per probe interval (its backoff, at most
`PROBE_CAP` seconds apart), `/healthz` names SMTP, and once the outage has lasted
`smtp.alarm_after` one `admin_alert` ("smtp_unreachable") is queued. It is delivered when the
server answers again, through that same server, so it reaches the admins as soon as it can;
a second one is never queued while the first still waits (a restart during the outage
included). When the server answers, every message that was held back is due at once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from daemon.core.compose import when
from daemon.service import Actor, Service
from daemon.setup.config import Config
from daemon.store.models import OutboxMail

log = logging.getLogger("lpse_akses.outbox")
PROBE_CAP = 30.0  # seconds: a server that is back is noticed within this, whatever the backoff
ALERT = "smtp_unreachable"


@dataclass
class Outage:
    since: datetime
    error: str
    failures: int
    next_probe: datetime
    alarmed: bool = False


class OutageWatch:
    """The outbox's view of the server's reachability (one per process; asyncio side only)."""

    def __init__(self, cfg: Config, service: Service, backoff: tuple[float, ...]) -> None:
        self.cfg, self.service, self.backoff = cfg, service, backoff
        self.outage: Outage | None = None

    def may_try(self, now: datetime) -> bool:
        """False while down and the next probe is not due: nothing is claimed, nothing is tried."""
        return self.outage is None or now >= self.outage.next_probe

    def status(self) -> str:
        if self.outage is None:
            return "ok"
        since = when(self.outage.since, "en", self.cfg.office.tz)
        return f"unreachable since {since}: {self.outage.error}"

    def unreachable(self, error: str, now: datetime) -> None:
        """One more failed connection: start or extend the outage, and schedule the next probe."""
        o = self.outage
        if o is None:
            o = self.outage = Outage(since=now, error=error, failures=0, next_probe=now)
            log.warning("the SMTP server cannot be reached: %s; outgoing mail waits", error)
        o.failures += 1
        o.error = error
        o.next_probe = now + timedelta(seconds=self.probe_delay())

    def probe_delay(self) -> float:
        """Seconds from one failed connection to the next try: the backoff, at most PROBE_CAP."""
        failures = self.outage.failures if self.outage else 1
        return min(self.backoff[min(failures - 1, len(self.backoff) - 1)], PROBE_CAP)

    def due_alarm(self, now: datetime) -> bool:
        o = self.outage
        return o is not None and not o.alarmed and (now - o.since).total_seconds() >= self.cfg.smtp.alarm_after

    def alarm(self, s: Session, now: datetime) -> None:
        """Queue the one alert of this outage, unless one still waits to be sent (then it is that one)."""
        o = self.outage
        assert o is not None
        o.alarmed = True
        waiting = s.scalars(select(OutboxMail.context).where(OutboxMail.template == "admin_alert", OutboxMail.status == "pending"))
        if any((ctx or {}).get("alert") == ALERT for ctx in waiting):
            return
        held = len(s.scalars(select(OutboxMail.id).where(OutboxMail.status == "pending")).all())
        since = when(o.since, "id", self.cfg.office.tz)
        smtp = self.cfg.smtp
        self.service.alert_admins(
            s,
            alert=ALERT,
            summary=(
                f"Server SMTP {smtp.host}:{smtp.port} tidak dapat dihubungi sejak {since}. "
                "Email keluar ditahan dan dikirim otomatis setelah server dapat dihubungi kembali."
            ),
            details=[f"Penyebab: {o.error}", f"Email yang menunggu saat peringatan ini dibuat: {held}",
                     "Jalankan: lpse-akses check"],  # fmt: skip
            event="SmtpUnreachable",
            actor=Actor("outbox", "system"),
            now=now,
        )
        log.warning("the SMTP server has been unreachable since %s: the admins' alert is queued", o.since.isoformat())

    def answered(self, s: Session, now: datetime) -> None:
        """The server answered: the outage is over, and whatever waited for it is due now."""
        o, self.outage = self.outage, None
        if o is None:
            return
        s.execute(
            update(OutboxMail)
            .where(OutboxMail.status == "pending", OutboxMail.last_error.is_not(None), OutboxMail.next_attempt_at > now)
            .values(next_attempt_at=now)
        )
        log.info("the SMTP server answers again (unreachable since %s, %d failed connection(s))", o.since.isoformat(), o.failures)
