"""`register import FILE --reason`: the paper register (XLSX or CSV) continued in the daemon's, all or nothing."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

import click

from cli.admin import register_group
from cli.base import EX_FAIL, Context, fail, handle_errors
from daemon.admin_ops import AdminOps, ImportRefused
from daemon.core.period import format_datetime_id
from daemon.core.register_import import ImportPlan, PaperRow, Problem, read_sheet
from daemon.main import open_database, utcnow
from daemon.register.sheet import read_sheet_file

SHOWN = 20  # lines of rows already in the register before "... dan N baris lain"


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--reason", required=True, help="Why (recorded in the audit trail).")
@click.option("--dry-run", is_flag=True, help="Check the file and show what would be imported; write nothing.")
@click.pass_obj
@handle_errors
def register_import(obj: Context, file: Path, reason: str, dry_run: bool) -> None:
    """Import the register kept on paper or in a spreadsheet (.xlsx or .csv, the form's columns)."""
    cfg = obj.config()
    tz = cfg.office.tz
    sheet = read_sheet_file(file)
    parsed = read_sheet(sheet.cells, tz, utcnow())
    if parsed.problems:
        _refuse(sheet.name, parsed.problems)
    ops = AdminOps(open_database(cfg), cfg, utcnow)
    try:
        plan = ops.import_register(sheet.name, sheet.sha256, parsed.rows, obj.os_user(), reason, dry_run=dry_run)
    except ImportRefused as exc:
        _refuse(sheet.name, exc.problems)
        return
    if plan.problems:  # a dry run weighs the rows too, and says what a real run would refuse
        _refuse(sheet.name, plan.problems)
    if dry_run:
        click.echo(f"Uji coba (--dry-run) {sheet.name}: tidak ada yang ditulis.")
        for row in plan.new:
            click.echo(f"baris {row.line}: akan diimpor: {_row_text(row, tz)}")
        for row, _ in plan.closing:
            assert row.closed_at is not None
            click.echo(f"baris {row.line}: akan menutup baris impor yang masih terbuka: {format_datetime_id(row.closed_at, tz)}")
    _known(plan)
    click.echo(_summary(sheet.name, sheet.sha256, plan, dry_run))


def _refuse(name: str, problems: tuple[Problem, ...]) -> None:
    for p in problems:
        click.echo(str(p), err=True)
    fail(f"Gagal: {len(problems)} kesalahan di {name}; tidak ada baris yang diimpor.", EX_FAIL)


def _row_text(row: PaperRow, tz: tzinfo) -> str:
    closed = format_datetime_id(row.closed_at, tz) if row.closed_at is not None else "belum ditutup"
    granted = format_datetime_id(row.granted_at, tz)
    return f"No. {row.no or '-'}, {row.nama}, {row.instansi or '-'}: {granted} s.d. {closed}"


def _known(plan: ImportPlan) -> None:
    for row, origin in plan.known[:SHOWN]:
        click.echo(f"baris {row.line}: sudah ada di register ({origin}), dilewati")
    if len(plan.known) > SHOWN:
        click.echo(f"... dan {len(plan.known) - SHOWN} baris lain yang sudah ada di register")


def _summary(name: str, sha256: str, plan: ImportPlan, dry_run: bool) -> str:
    open_rows = sum(1 for row in plan.new if row.closed_at is None)
    if not plan.new and not plan.closing:
        return f"Tidak ada baris baru di {name}: {len(plan.known)} baris sudah ada di register; tidak ada yang ditulis."
    verb = "akan diimpor" if dry_run else "diimpor"
    parts = [f"{len(plan.new)} baris {verb} dari {name} (SHA-256 {sha256[:16]}...)"]
    if plan.closing:
        parts.append(f"{len(plan.closing)} baris impor {'akan ' if dry_run else ''}ditutup")
    if plan.known:
        parts.append(f"{len(plan.known)} baris sudah ada dan dilewati")
    text = "; ".join(parts) + "."
    if open_rows:
        text += (f"\n{open_rows} baris tanpa Waktu Penutupan: tercatat masih terbuka dan tampil pada setiap formulir "
                 "berikutnya sampai diimpor lagi dengan Waktu Penutupan.")  # fmt: skip
    return text


def register(group: click.Group) -> None:
    """The command hangs under `register` (the group `cli.admin` adds), beside `register export`."""
    register_group.add_command(register_import)
