"""`requests list|show` and the state-changing commands: approve, reject, close, cancel, extend, retry."""

from __future__ import annotations

import json
from datetime import datetime

import click
from sqlalchemy import select

from cli.base import Context, handle_errors
from daemon.admin_ops import AdminOps, find
from daemon.main import open_database, utcnow
from daemon.register.reports import request_json, summary_line
from daemon.store.models import AccessRequest, AuditEvent, InboundMessage
from daemon.workers.history import history_count, history_note

REASON = click.option("--reason", required=True, help="Why (recorded in the audit trail).")


@click.group("requests")
def requests_group() -> None:
    """Permohonan remote akses: list and show."""


@requests_group.command("list")
@click.option("--state", help="Only requests in this state (e.g. pending_approval).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable: a JSON list.")
@click.pass_obj
@handle_errors
def list_cmd(obj: Context, state: str | None, as_json: bool) -> None:
    cfg = obj.config()
    db = open_database(cfg)
    with db.reading() as s:
        q = select(AccessRequest).order_by(AccessRequest.id)
        if state:
            q = q.where(AccessRequest.state == state)
        rows = s.scalars(q).all()
        if as_json:
            click.echo(json.dumps([request_json(r, cfg.office.tz) for r in rows], ensure_ascii=False, indent=2))
            return
        if not rows:
            click.echo("Belum ada permohonan.")
        for r in rows:
            click.echo(summary_line(r, cfg.office.tz))
        click.echo(history_note(history_count(s)))


@requests_group.command("show")
@click.argument("number")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable: one JSON object.")
@click.pass_obj
@handle_errors
def show_cmd(obj: Context, number: str, as_json: bool) -> None:
    cfg = obj.config()
    db = open_database(cfg)
    with db.reading() as s:
        req = find(s, number)
        data = request_json(req, cfg.office.tz)
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        click.echo(f"{data['number']}  status: {data['state']}")
        click.echo(f"  pemohon: {data['requester']}  kredensial ke: {req.credentials_to}")
        for key, value in data["fields"].items():
            click.echo(f"  {key}: {value if value not in (None, []) else '-'}")
        click.echo(f"  masa berlaku: {data['grant']['start'] or '-'} s.d. {data['grant']['end'] or '-'}")
        click.echo(f"  username: {data['username'] or '-'}")
        if req.decided_by:
            click.echo(f"  diputuskan oleh: {req.decided_by} ({req.decision_reason or '-'})")
        if req.extension_until is not None:
            click.echo(f"  perpanjangan menunggu keputusan: sampai {req.extension_until.astimezone(cfg.office.tz):%d-%m-%Y %H:%M}")
        click.echo("  pesan masuk:")
        for m in s.scalars(select(InboundMessage).where(InboundMessage.request_id == req.id).order_by(InboundMessage.id)):
            click.echo(f"    - {m.kind or '?'} dari {m.sender}: {m.reason}")
        click.echo("  riwayat (jejak audit):")
        for ev in s.scalars(select(AuditEvent).where(AuditEvent.request_id == req.id).order_by(AuditEvent.seq)):
            when = ev.at.astimezone(cfg.office.tz).strftime("%d-%m-%Y %H:%M")
            click.echo(f"    {when}  {ev.event:<20} {ev.channel:<6} {ev.actor}")


def _op(name: str, help_text: str, needs_until: bool = False) -> click.Command:
    @click.command(name, help=help_text)
    @click.argument("number")
    @REASON
    @click.pass_obj
    @handle_errors
    def command(obj: Context, number: str, reason: str, until: datetime | None = None) -> None:
        cfg = obj.config()
        ops = AdminOps(open_database(cfg), cfg, utcnow)
        user = obj.os_user()
        if until is not None:
            req = ops.extend(number, until, user, reason)
        else:
            req = getattr(ops, name)(number, user, reason)
        click.echo(f"{req.number}: {name} dicatat (status sekarang: {req.state}). Daemon mengirim pesan dan menjalankan akun.")

    if needs_until:
        command = click.option("--until", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%d %H:%M"]), required=True, help="New end (office time).")(command)
    return command


@click.group("account")
def account_group() -> None:
    """Manual provisioning (provisioner.backend = "manual")."""


@account_group.command("done")
@click.argument("number")
@REASON
@click.pass_obj
@handle_errors
def account_done(obj: Context, number: str, reason: str) -> None:
    """Record that you made (or disabled) the account by hand; a new account's password is read from stdin."""
    import sys

    cfg = obj.config()
    ops = AdminOps(open_database(cfg), cfg, utcnow)
    if sys.stdin.isatty():
        password = click.prompt("Kata sandi yang dipasang (kosongkan bila menonaktifkan)", hide_input=True, default="", show_default=False)
    else:
        password = sys.stdin.readline().rstrip("\n")
    req = ops.account_done(number, obj.os_user(), reason, password or None)
    click.echo(f"{req.number}: langkah manual dicatat (status sekarang: {req.state}). Daemon mengirim pesannya.")


def register(group: click.Group) -> None:
    group.add_command(account_group)
    group.add_command(requests_group)
    group.add_command(_op("approve", "Approve a waiting request (an override of the Kasubag, with --reason)."))
    group.add_command(_op("reject", "Reject a waiting request, with --reason (sent to the requester)."))
    group.add_command(_op("close", "Close an active account now (disable, complete the register row)."))
    group.add_command(_op("cancel", "Cancel a request before access starts."))
    group.add_command(_op("resend", "Provision a failed request again; the credentials are sent once it works."))
    group.add_command(_op("extend", "Extend an active grant to --until (a new register row).", needs_until=True))
