"""The mailbox's history: `lpse-akses mailbox adopt --since DATE` takes chosen old mail in.

What was in the folder before lpse-akses first looked is history: left alone, never
answered. An office that wants last month's unanswered letters worked after all lists them
first (a dry run: nothing is written, nothing sent), then takes them in with `--apply`,
on the record (`HistoryAdopted` in the audit trail, with who and why).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time

import click

from cli.base import Context, fail, handle_errors
from daemon.core.verdict import Kind
from daemon.mail.inbox import MessageRef
from daemon.main import make_inbox, open_database, utcnow
from daemon.service import Service
from daemon.workers.history import history_since
from daemon.workers.intake import Intake


@click.group("mailbox")
def mailbox_group() -> None:
    """The watched folder: its history (mail there before the first start)."""


@mailbox_group.command("adopt")
@click.option("--since", "since", required=True, type=click.DateTime(["%Y-%m-%d"]), help="From this day (YYYY-MM-DD, WIB).")
@click.option("--apply", "apply_", is_flag=True, help="Take them in (without it: only list them).")
@click.option("--reason", help="Why (recorded in the audit trail); required with --apply.")
@click.pass_obj
@handle_errors
def adopt_cmd(obj: Context, since: datetime, apply_: bool, reason: str | None) -> None:
    """List the history since DATE that would become requests; with --apply, take them in."""
    if apply_ and not (reason or "").strip():
        fail("--apply memerlukan --reason (dicatat di jejak audit).")
        return
    cfg = obj.config()
    db = open_database(cfg)
    start = datetime.combine(since.date(), time(0), cfg.office.tz)
    with db.reading() as s:
        rows = [(r.id, MessageRef(r.source_key, r.uid, r.size), r.uidvalidity, r.sent_at or r.received_at, r.sender, r.subject) for r in history_since(s, start)]
    if not rows:
        click.echo(f"Tidak ada pesan riwayat sejak {start:%d-%m-%Y}.")
        return
    inbox = make_inbox(cfg)
    inbox.connect()
    try:
        intake = Intake(db, cfg, Service(cfg), inbox, utcnow)
        current = inbox.uidvalidity()
        bodies = inbox.fetch_many([ref for _id, ref, uidv, *_ in rows if uidv == current])
        chosen = []
        for row_id, ref, _uidv, when, sender, subject in rows:
            raw = bodies.get(ref.key)
            if raw is not None and intake.preview(raw) is Kind.REQUEST:
                chosen.append((row_id, ref, raw))
                click.echo(f"#{row_id}  {when.astimezone(cfg.office.tz):%d-%m-%Y %H:%M}  {sender or '-'}  {subject or '(tanpa perihal)'}")
        click.echo(f"{len(chosen)} dari {len(rows)} pesan riwayat sejak {start:%d-%m-%Y} akan menjadi permohonan.")
        if not apply_:
            if chosen:
                click.echo("Ini hanya daftar. Untuk memprosesnya: ulangi dengan --apply --reason \"...\".")
            return
        moves: dict[str, list[MessageRef]] = defaultdict(list)
        for row_id, ref, raw in chosen:
            status, folder = intake.adopt(row_id, raw, actor=obj.os_user(), reason=reason or "")
            if folder:
                moves[folder].append(ref)
            click.echo(f"#{row_id}: {status}")
        intake.move_committed(moves, current)
        click.echo(f"{len(chosen)} pesan riwayat diproses; tanda terima dikirim ke pengirimnya seperti surat baru.")
    finally:
        inbox.close()


def register(group: click.Group) -> None:
    group.add_command(mailbox_group)
