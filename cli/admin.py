"""Administration: init, check, db upgrade, audit verify, register export, quarantine list|show|replay."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import click
from sqlalchemy import select
from sqlalchemy.orm import Session

from cli.base import EX_FAIL, Context, fail, handle_errors
from daemon.core.period import parse_period
from daemon.errors import NotFound
from daemon.main import open_database, utcnow
from daemon.register.rows import write_register
from daemon.store import audit_trail, migrations
from daemon.store.models import InboundMessage


@click.command("init")
@click.option("--force", is_flag=True, help="Overwrite an existing config and secret key.")
@click.pass_obj
def init_cmd(obj: Context, force: bool) -> None:
    """Write a commented config and a new secret key (mode 0600) beside it."""
    from daemon.setup.configfile import write_initial

    try:
        config, key = write_initial(obj.config_path, force=force)
    except FileExistsError as exc:
        fail(f"{exc} sudah ada; gunakan --force untuk menimpanya.", EX_FAIL)
        return
    except PermissionError as exc:
        fail(f"Tidak dapat menulis {exc.filename}: jalankan sebagai root atau pilih --config lain.", EX_FAIL)
        return
    click.echo(f"Konfigurasi ditulis: {config}\nKunci rahasia ditulis: {key} (mode 0600)")
    click.echo("Langkah berikutnya: isi [office], [mailbox], [smtp], [people]; simpan kata sandi IMAP/SMTP di file *_password; lalu `lpse-akses check`.")


@click.command("check")
@click.pass_obj
def check_cmd(obj: Context) -> None:
    """Validate the config, then try the database, the mailbox and the mail server."""
    from daemon.checks import run_checks

    code = asyncio.run(run_checks(obj.config_path, dict(os.environ), click.echo))
    raise SystemExit(code)


@click.group("db")
def db_group() -> None:
    """The database schema."""


@db_group.command("upgrade")
@click.pass_obj
@handle_errors
def db_upgrade(obj: Context) -> None:
    """Bring the schema to the newest version (the daemon also does this at start)."""
    db = open_database(obj.config(secrets=False))
    migrations.upgrade(db.engine)
    click.echo(f"Skema basis data: versi {migrations.current(db.engine)}")


@db_group.command("backup")
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
@handle_errors
def db_backup(obj: Context, target: Path) -> None:
    """A consistent copy of the database, safe while the daemon runs (SQLite; for PostgreSQL: the pg_dump line)."""
    from daemon.store.backup import backup_sqlite, pg_dump_line

    cfg = obj.config(secrets=False)
    db = open_database(cfg)
    if not db.is_sqlite:
        click.echo("PostgreSQL: cadangkan dengan pg_dump (kata sandi dari ~/.pgpass atau PGPASSWORD):")
        click.echo("  " + pg_dump_line(db, target))
        return
    pages = backup_sqlite(db, target)
    click.echo(f"Cadangan ditulis: {target} ({pages} halaman, mode 0600).")
    click.echo(f"Simpan bersama kunci rahasia ({cfg.credentials.key_file}): tanpa kunci itu, kredensial yang belum terkirim tidak dapat dibaca.")


@click.group("audit")
def audit_group() -> None:
    """The audit trail."""


@audit_group.command("verify")
@click.pass_obj
@handle_errors
def audit_verify(obj: Context) -> None:
    """Check the hash chain of every audit event."""
    db = open_database(obj.config(secrets=False))
    with db.reading() as s:
        count, problems = audit_trail.verify(s)
    if problems:
        for p in problems:
            click.echo(p, err=True)
        fail(f"Jejak audit RUSAK: {len(problems)} masalah pada {count} kejadian.", EX_FAIL)
    click.echo(f"Jejak audit utuh: {count} kejadian, rantai hash cocok.")


@click.group("register")
def register_group() -> None:
    """Formulir Pencatatan Pemberian Remote Akses."""


@register_group.command("export")
@click.option("--period", default="bulan-ini", show_default=True, help='"2026-11", "2026", "2026-Q4", "2026-11-01..2026-11-30".')
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "pdf"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.pass_obj
@handle_errors
def register_export(obj: Context, period: str, fmt: str, output: Path) -> None:
    """Write the register for a period as CSV, XLSX or PDF in the form's layout."""
    cfg = obj.config(secrets=False)
    today = utcnow().astimezone(cfg.office.tz).date()
    try:
        per = parse_period(period, today)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--period") from None
    count = write_register(open_database(cfg), cfg, per, today, fmt, output)
    click.echo(f"{count} baris ({per.label}) ditulis ke {output}")


@click.group("quarantine")
def quarantine_group() -> None:
    """Mail that could not be handled (folder Karantina)."""


@quarantine_group.command("list")
@click.pass_obj
@handle_errors
def quarantine_list(obj: Context) -> None:
    cfg = obj.config(secrets=False)
    db = open_database(cfg)
    with db.reading() as s:
        rows = s.scalars(select(InboundMessage).where(InboundMessage.status == "quarantined").order_by(InboundMessage.id)).all()
        if not rows:
            click.echo("Karantina kosong.")
        for r in rows:
            when = r.received_at.astimezone(cfg.office.tz).strftime("%d-%m-%Y %H:%M")
            click.echo(f"#{r.id:<5} {when}  {r.sender or '-':<35} {r.reason}")


def _quarantined(s: Session, ref: str) -> InboundMessage:
    """A message by its number (12 or #12) or its Message-ID (with or without <>)."""
    ref = ref.strip()
    if ref.lstrip("#").isdigit():
        row = s.get(InboundMessage, int(ref.lstrip("#")))
    else:
        mid = ref if ref.startswith("<") else f"<{ref}>"
        row = s.scalar(select(InboundMessage).where(InboundMessage.message_id == mid).order_by(InboundMessage.id.desc()))
    if row is None:
        raise NotFound(f"pesan {ref} tidak ditemukan")
    return row


@quarantine_group.command("show")
@click.argument("ref")
@click.pass_obj
@handle_errors
def quarantine_show(obj: Context, ref: str) -> None:
    """Show a message: #12 or its Message-ID."""
    db = open_database(obj.config(secrets=False))
    with db.reading() as s:
        r = _quarantined(s, ref)
        click.echo(f"#{r.id} status={r.status} percobaan={r.attempts}\nDari: {r.sender}\nPerihal: {r.subject}\nMessage-ID: {r.message_id}\nAlasan: {r.reason}")
        if r.raw:
            head = r.raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
            click.echo("--- header ---\n" + head.decode("utf-8", "replace")[:4000])


@quarantine_group.command("replay")
@click.argument("ref")
@click.option("--reason", required=True, help="Why (recorded in the audit trail).")
@click.pass_obj
@handle_errors
def quarantine_replay(obj: Context, ref: str, reason: str) -> None:
    """Handle a quarantined message again (after a fix), from its stored bytes: #12 or its Message-ID."""
    from daemon.mail.inbox import MessageRef
    from daemon.main import make_inbox
    from daemon.service import Service
    from daemon.workers.intake import Intake

    cfg = obj.config()
    db = open_database(cfg)
    now = utcnow()
    with db.transaction() as s:
        r = _quarantined(s, ref)
        if r.status != "quarantined" or r.raw is None:
            raise NotFound(f"pesan {ref} tidak ada di karantina (status {r.status})")
        message_id, raw, source, uidv = r.id, r.raw, MessageRef(r.source_key, r.uid, r.size), r.uidvalidity
        audit_trail.append(
            s, request_id=r.request_id, number=None, event="QuarantineReplayed", actor=obj.os_user(), channel="cli", at=now,
            data={"message": r.message_id or f"#{r.id}", "reason": reason},
        )  # fmt: skip
    intake = Intake(db, cfg, Service(cfg), make_inbox(cfg), utcnow)
    status, _ = intake.handle(raw, source, uidv, replay=True)
    click.echo(f"Pesan #{message_id} diproses ulang: {status}. Pesan aslinya tetap di folder {cfg.mailbox.quarantine_folder}.")


def register(group: click.Group) -> None:
    for cmd in (init_cmd, check_cmd, db_group, audit_group, register_group, quarantine_group):
        group.add_command(cmd)

