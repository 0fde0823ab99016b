"""`lpse-akses check`: say exactly what is misconfigured, in words an office admin understands.

Order: the config file (exit 78 on an error, naming the key and the file), placeholders
left from the example (78), then each server: database, mailbox, mail server, provisioner
(exit 1 when one cannot be reached or refuses us).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from daemon.errors import ConfigError
from daemon.setup import config as config_mod
from daemon.setup import configfile
from daemon.setup.config import Config
from daemon.setup.secretfiles import database_url, with_secrets

EX_OK, EX_FAIL, EX_CONFIG = 0, 1, 78
OK, BAD, WARN = "[ OK ]", "[GAGAL]", "[PERINGATAN]"


async def run_checks(path: Path, env: dict[str, str], say: Callable[[str], None]) -> int:
    try:
        cfg = configfile.load(path, env, secrets=False)
    except ConfigError as exc:
        say(f"{BAD} konfigurasi: {exc}")
        return EX_CONFIG
    placeholders = config_mod.uses_placeholders(cfg)
    if placeholders:  # before the secrets: a config fresh from `init` must say this first
        for key in placeholders:
            say(f"{BAD} {path}: {key}: masih berisi contoh (example.go.id); isi dengan server email kantor")
        return EX_CONFIG
    try:
        cfg = with_secrets(cfg, env)
    except ConfigError as exc:
        say(f"{BAD} konfigurasi: {exc}")
        return EX_CONFIG
    say(f"{OK} konfigurasi {path} terbaca")
    _check_secret_files(cfg, say)
    failures = 0
    failures += _check_database(cfg, env, say)
    failures += _check_mailbox(cfg, say)
    failures += await _check_smtp(cfg, say)
    failures += _check_provisioner(cfg, say)
    failures += _check_templates(cfg, say)
    failures += _check_reader(cfg, say)
    say("Semua pemeriksaan berhasil." if not failures else f"{failures} pemeriksaan gagal.")
    return EX_OK if not failures else EX_FAIL


def _check_secret_files(cfg: Config, say: Callable[[str], None]) -> None:
    """Warn when a secret file can be read by every user of the machine (DESIGN §8: mode 0640 at most)."""
    for key, name in (
        ("credentials.key_file", cfg.credentials.key_file),
        ("mailbox.password_file", cfg.mailbox.password_file),
        ("smtp.password_file", cfg.smtp.password_file),
        ("database.password_file", cfg.database.password_file),
    ):
        try:
            mode = Path(name).stat().st_mode if name else 0
        except OSError:
            continue
        if mode & 0o007:
            say(f"{WARN} {cfg.path}: {key}: {name} dapat dibaca semua pengguna; jalankan: chmod 0640 {name}")


def _check_database(cfg: Config, env: dict[str, str], say: Callable[[str], None]) -> int:
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from daemon.store import migrations
    from daemon.store.db import Database

    try:
        db = Database(database_url(cfg, env))
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        version = migrations.current(db.engine)
        history = None
        if version == migrations.head():
            from daemon.workers.history import history_count, history_note

            with db.reading() as s:
                history = history_note(history_count(s))
        db.dispose()
    except (SQLAlchemyError, OSError) as exc:
        say(f"{BAD} basis data: tidak dapat dibuka ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})")
        return 1
    say(f"{OK} basis data terbuka (skema {version or 'belum dibuat; daemon membuatnya saat mulai'})")
    if history:
        say(f"{OK} {history}")
    return 0


def _check_mailbox(cfg: Config, say: Callable[[str], None]) -> int:
    mb = cfg.mailbox
    if mb.backend == "maildir":
        ok = Path(mb.path, "new").is_dir() and os.access(mb.path, os.W_OK)
        say(f"{OK if ok else BAD} kotak surat Maildir {mb.path}" + ("" if ok else ": tidak ada atau tidak dapat ditulis"))
        return 0 if ok else 1
    from daemon.mail.probe import probe_imap

    return _report(probe_imap(mb), "IMAP", say)


async def _check_smtp(cfg: Config, say: Callable[[str], None]) -> int:
    sm = cfg.smtp
    if sm.backend == "maildir":
        ok = Path(sm.path).is_dir() and os.access(sm.path, os.W_OK)
        say(f"{OK if ok else BAD} pengiriman ke Maildir {sm.path}" + ("" if ok else ": tidak ada atau tidak dapat ditulis"))
        return 0 if ok else 1
    from daemon.mail.probe import probe_smtp

    return _report(await probe_smtp(sm), "SMTP", say)


def _report(results: list, label: str, say: Callable[[str], None]) -> int:  # type: ignore[type-arg]
    failed = 0
    for r in results:
        warn = getattr(r, "warning", False)
        mark = OK if r.ok and not warn else (WARN if r.ok else BAD)
        say(f"{mark} {label} {r.what}: {r.detail}")
        failed += 0 if r.ok else 1
    return 1 if failed else 0


def _check_templates(cfg: Config, say: Callable[[str], None]) -> int:
    """An operator's template override that does not compile would fail every mail of its kind."""
    from daemon.mail.templates import MailRenderer

    folder = cfg.templates.override_dir
    if folder and not Path(folder).is_dir():
        say(f"{BAD} {cfg.path}: templates.override_dir: folder {folder} tidak ada")
        return 1
    problems = MailRenderer(Path(folder) if folder else None).check()
    for p in problems:
        say(f"{BAD} templat {p}")
    if not problems:
        say(f"{OK} templat email" + (f" (dengan pengganti dari {folder})" if folder else ""))
    return 1 if problems else 0


def _check_reader(cfg: Config, say: Callable[[str], None]) -> int:
    """The reader process must start here (a unit that forbids running programs would stop all intake)."""
    import time

    from daemon.workers.reader import ChildReader, Job, ReadFailed

    sample = b"From: cek@lpse.invalid\r\nSubject: cek\r\n\r\nNama: Cek\r\n"
    reader = ChildReader(10.0)
    started = time.monotonic()
    try:
        reading = next(iter(reader.read_all([Job(sample)])))
    except (OSError, ReadFailed) as exc:
        say(f"{BAD} proses pembaca surel (python -m daemon.workers.reader) tidak dapat dijalankan: {exc}")
        return 1
    finally:
        reader.stop()
    if reading.msg is None:
        say(f"{BAD} proses pembaca surel tidak dapat membaca surel contoh: {reading.failure or reading.unparseable}")
        return 1
    budget = cfg.mailbox.read_budget
    say(f"{OK} proses pembaca surel berjalan ({time.monotonic() - started:.1f} detik; batas waktu per surel {budget:g} detik)")
    return 0


def _check_provisioner(cfg: Config, say: Callable[[str], None]) -> int:
    p = cfg.provisioner
    if p.backend == "manual":
        say(f"{OK} provisioner manual: Admin LPSE membuat akun sendiri dan mencatatnya dengan `lpse-akses account done`")
        return 0
    if p.backend == "linux":
        return _check_linux(cfg, say)
    bad = 0
    for key, argv in (("create", p.create), ("disable", p.disable)):
        prog = argv[0] if argv else ""
        if not prog or not os.access(prog, os.X_OK):
            say(f"{BAD} {cfg.path}: provisioner.{key}: program {prog or '(kosong)'} tidak ada atau tidak dapat dijalankan")
            bad = 1
        else:
            say(f"{OK} provisioner.{key}: {prog}")
    return bad


def _check_linux(cfg: Config, say: Callable[[str], None]) -> int:
    """The helper answers on its socket, reads the same rules, and every group it will use exists."""
    import grp

    from daemon.core.policy import username_pattern
    from daemon.workers.provisioners import ProvisionError
    from daemon.workers.provisioners.linux import LinuxProvisioner

    linux = cfg.provisioner.linux
    try:
        reply = LinuxProvisioner(linux, timeout=10).ping()
    except ProvisionError as exc:
        say(f"{BAD} {cfg.path}: provisioner.linux.socket: helper tidak dapat dihubungi: {exc}")
        return 1
    say(f"{OK} helper akun (lpse-akses-helper) menjawab di {linux.socket}")
    bad = 0
    if reply.get("username_pattern") != username_pattern(cfg.access.username_prefix).pattern:
        say(f"{BAD} helper membaca pola nama pengguna {reply.get('username_pattern')}, berbeda dari konfigurasi ini; "
            "helper dan daemon harus membaca file konfigurasi yang sama")  # fmt: skip
        bad = 1
    for name in (linux.marker_group, *sorted(linux.all_groups)):
        try:
            grp.getgrnam(name)
        except KeyError:
            key = "marker_group" if name == linux.marker_group else "groups"
            say(f"{BAD} {cfg.path}: provisioner.linux.{key}: grup {name} tidak ada; buat dengan: groupadd {name}")
            bad = 1
    if not bad:
        say(f"{OK} grup akun ada: {', '.join((linux.marker_group, *sorted(linux.all_groups)))}")
    return bad
