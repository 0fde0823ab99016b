"""`digest send`: queue the periodic digest now (the daemon's outbox sends it)."""

from __future__ import annotations

import click

from cli.base import Context, handle_errors
from daemon.core.period import PERIOD_FORMS, format_datetime_id, parse_period
from daemon.errors import OperationError
from daemon.main import open_database, utcnow


@click.group("digest")
def digest_group() -> None:
    """Ringkasan berkala (the periodic digest) to the digest recipients."""


@digest_group.command("send")
@click.option("--period", default=None, help=f"Default: the period that just ended by the schedule. {PERIOD_FORMS}.")
@click.option("--reason", default=None, help="Why it is sent by hand (recorded in the audit trail).")
@click.pass_obj
@handle_errors
def digest_send(obj: Context, period: str | None, reason: str | None) -> None:
    """Queue the digest of a period for every digest recipient, with the register attached."""
    from daemon.service import Actor, Service
    from daemon.workers import digests

    cfg = obj.config()
    now = utcnow()
    tz = cfg.office.tz
    try:
        per = parse_period(period, now.astimezone(tz).date()) if period else digests.last_period(cfg, now)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--period") from None
    db = open_database(cfg)
    queued = digests.queue_digest(db, cfg, Service(cfg), now, per, actor=Actor(obj.os_user(), "cli"), reason=reason)
    if queued is None:
        at = digests.queued_at(db, per)
        when = format_datetime_id(at, tz) if at else "sebelumnya"
        raise OperationError(f"ringkasan periode {per.label} sudah diantrekan pada {when}; tidak diantrekan lagi")
    click.echo(f"Ringkasan {per.label} diantrekan untuk {', '.join(queued.recipients) or '(tidak ada penerima)'}.")
    click.echo(f"Jumlah: {digests.counts_text(queued.counts)}.")
    click.echo(f"Lampiran: {', '.join(queued.files) or '-'}. Daemon akan mengirimnya.")


def register(group: click.Group) -> None:
    group.add_command(digest_group)
