"""What `lpse-akses check` tries against the mail servers, explained so an office admin can act.

Each step yields a `ProbeResult`: `ok`, `what` was tried, and a `detail` sentence in Bahasa
Indonesia with the technical cause in parentheses. A `warning` is ok but worth knowing (no
MOVE: COPY + flag; no IDLE: polling). The probes stop at the first step that fails, never
send mail, and never print a password. IMAP folders that are missing are created, as the
daemon would at start.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from dataclasses import dataclass

import aiosmtplib
from aiosmtplib.errors import SMTPAuthenticationError, SMTPException, SMTPResponseException
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from daemon.mail.inbox import InboxConfigError
from daemon.mail.inbox.imap import folder_path, server_namespace
from daemon.mail.inbox.imap_connect import LoginRefused, StartTlsMissing, log_in, open_connection, shutdown_quietly
from daemon.mail.tls import tls_context
from daemon.setup.config import MailboxConfig, SmtpConfig

_SECURITY = {"tls": "TLS", "starttls": "STARTTLS", "none": "tanpa enkripsi"}


@dataclass(frozen=True)
class ProbeResult:
    ok: bool
    what: str
    detail: str
    warning: bool = False


def explain_connect_error(exc: BaseException, host: str, port: int, section: str, timeout: float) -> str:
    """One sentence for an admin about why a connection to host:port failed."""
    cause = exc
    while isinstance(cause.__cause__, BaseException):
        cause = cause.__cause__  # aiosmtplib wraps the socket error: explain the root
    if isinstance(cause, socket.gaierror):
        return f"Nama server {host} tidak ditemukan; periksa ejaan {section}.host dan DNS ({cause.strerror})."
    if isinstance(cause, ConnectionRefusedError):
        return (
            f"Server {host} menolak sambungan ke port {port}; mungkin nomor port salah atau layanannya "
            f"mati (connection refused)."
        )
    if isinstance(cause, ssl.SSLCertVerificationError):
        return (
            f"Sertifikat TLS server {host} tidak dipercaya. Jika kantor memakai CA sendiri, isi "
            f"{section}.tls_ca_file dengan berkas sertifikat CA itu ({cause.verify_message})."
        )
    if isinstance(cause, ssl.SSLError):
        return (
            f"Jabat tangan TLS dengan {host}:{port} gagal; mungkin port ini tidak memakai TLS langsung. "
            f"Periksa {section}.security dan {section}.port ({cause.reason or cause})."
        )
    if isinstance(cause, (TimeoutError, socket.timeout)) or isinstance(exc, aiosmtplib.SMTPTimeoutError):
        return (
            f"Server {host}:{port} tidak menjawab dalam {timeout:g} detik; periksa jaringan, firewall, nomor "
            f"port, dan apakah port ini memakai TLS langsung (timeout)."
        )
    return f"Tidak bisa tersambung ke {host}:{port} ({cause})."


def _no_starttls(host: str, port: int, section: str) -> str:
    return (
        f"Server {host}:{port} tidak menawarkan STARTTLS, jadi sambungan tidak bisa dienkripsi; program "
        f'tidak akan mengirim kata sandi tanpa enkripsi. Pakai security = "tls" dengan port TLS-nya, '
        f"atau aktifkan STARTTLS di server ({section}: STARTTLS not offered)."
    )


def _wrong_login(username: str, section: str, password_file: str, cause: str) -> str:
    where = f"berkas {password_file} ({section}.password_file)" if password_file else f"{section}.password_file"
    env = "LPSE_AKSES_IMAP_PASSWORD" if section == "mailbox" else "LPSE_AKSES_SMTP_PASSWORD"
    return (
        f"Nama pengguna atau kata sandi ditolak server; periksa {section}.username ({username}) dan "
        f"kata sandi di {where} atau {env} ({cause})."
    )


def probe_imap(cfg: MailboxConfig, timeout: float = 10.0) -> list[ProbeResult]:
    """Connect, log in, look at MOVE and IDLE, open the folder, make sure the other folders exist."""
    where = f"{cfg.host}:{cfg.port}"
    try:
        client = open_connection(cfg, timeout)
    except StartTlsMissing:
        return [ProbeResult(False, "IMAP: sambungan", _no_starttls(cfg.host, cfg.port, "mailbox"))]
    except InboxConfigError as exc:
        return [ProbeResult(False, "IMAP: sambungan", f"Konfigurasi tidak aman ({exc}).")]
    except (OSError, IMAPClientError) as exc:
        return [ProbeResult(False, "IMAP: sambungan", explain_connect_error(exc, cfg.host, cfg.port, "mailbox", timeout))]
    results = [ProbeResult(True, "IMAP: sambungan", f"Tersambung ke {where} ({_SECURITY[cfg.security]}).")]
    try:
        try:
            log_in(client, cfg)
        except LoginRefused as exc:
            cause = str(exc.__cause__ or exc).strip("b'\"")
            return results + [ProbeResult(False, "IMAP: login", _wrong_login(cfg.username, "mailbox", cfg.password_file, cause))]
        results.append(ProbeResult(True, "IMAP: login", f"Login sebagai {cfg.username} berhasil."))
        results += _imap_features(client, cfg)
    except (OSError, IMAPClientError) as exc:
        results.append(ProbeResult(False, "IMAP", f"Sambungan ke {where} terputus di tengah pemeriksaan ({exc})."))
    finally:
        shutdown_quietly(client)
    return results


def _imap_features(client: IMAPClient, cfg: MailboxConfig) -> list[ProbeResult]:
    caps = set(client.capabilities())
    results = [
        ProbeResult(True, "IMAP: MOVE", "Server mendukung MOVE.")
        if b"MOVE" in caps
        else ProbeResult(
            True, "IMAP: MOVE",
            "Peringatan: server tidak mendukung MOVE; surat yang selesai disalin (COPY) ke folder tujuan "
            "dan ditandai $LpseDiproses di kotak masuk, tidak pernah dihapus (no MOVE: COPY + flag).",
            warning=True,
        ),
        ProbeResult(True, "IMAP: IDLE", "Server mendukung IDLE; surat baru terlihat dalam hitungan detik.")
        if b"IDLE" in caps and cfg.idle
        else ProbeResult(
            True, "IMAP: IDLE",
            f"Peringatan: IDLE tidak dipakai; kotak masuk diperiksa tiap {cfg.poll_interval:g} detik "
            f"({'IDLE disabled in config' if cfg.idle is False else 'no IDLE: polling'}).",
            warning=True,
        ),
    ]
    prefix, delimiter = server_namespace(client, caps)
    watched = folder_path(cfg.folder, prefix, delimiter)
    try:
        client.select_folder(watched, readonly=True)
        results.append(ProbeResult(True, f"IMAP: folder {watched}", f"Folder {watched} bisa dibuka."))
    except IMAPClientError as exc:
        results.append(ProbeResult(
            False, f"IMAP: folder {watched}",
            f"Folder {watched} tidak ada atau tidak bisa dibuka; periksa mailbox.folder ({exc}).",
        ))
    for name in (cfg.processed_folder, cfg.quarantine_folder, cfg.oversize_folder):
        path = folder_path(name, prefix, delimiter)
        if client.folder_exists(path):
            results.append(ProbeResult(True, f"IMAP: folder {path}", f"Folder {path} ada."))
            continue
        try:
            client.create_folder(path)
            client.subscribe_folder(path)
            results.append(ProbeResult(True, f"IMAP: folder {path}", f"Folder {path} belum ada dan sudah dibuat."))
        except IMAPClientError as exc:
            results.append(ProbeResult(
                False, f"IMAP: folder {path}",
                f"Folder {path} tidak ada dan tidak bisa dibuat; buat folder itu di server atau ganti "
                f"namanya di konfigurasi ({exc}).",
            ))
    return results


async def probe_smtp(cfg: SmtpConfig, timeout: float = 10.0) -> list[ProbeResult]:
    """Connect with the configured TLS mode and log in; send nothing."""
    where = f"{cfg.host}:{cfg.port}"
    ctx = tls_context(cfg.tls_ca_file) if cfg.security != "none" else None
    client = aiosmtplib.SMTP(
        hostname=cfg.host, port=cfg.port, use_tls=cfg.security == "tls", start_tls=False,
        tls_context=ctx, timeout=timeout,
    )
    results: list[ProbeResult] = []
    try:
        try:
            await client.connect()
            if cfg.security == "starttls":
                await client.ehlo()
                if not client.supports_extension("starttls"):
                    return [ProbeResult(False, "SMTP: sambungan", _no_starttls(cfg.host, cfg.port, "smtp"))]
                await client.starttls()
        except (OSError, SMTPException, asyncio.TimeoutError) as exc:
            detail = explain_connect_error(exc, cfg.host, cfg.port, "smtp", timeout)
            return [ProbeResult(False, "SMTP: sambungan", detail)]
        results.append(ProbeResult(True, "SMTP: sambungan", f"Tersambung ke {where} ({_SECURITY[cfg.security]})."))
        if not cfg.username:
            results.append(ProbeResult(True, "SMTP: login", "Tidak login (smtp.username kosong)."))
            return results
        try:
            await client.login(cfg.username, cfg.password)
        except SMTPAuthenticationError as exc:
            cause = f"{exc.code} {exc.message}"
            results.append(ProbeResult(False, "SMTP: login", _wrong_login(cfg.username, "smtp", cfg.password_file, cause)))
            return results
        except SMTPResponseException as exc:
            results.append(ProbeResult(False, "SMTP: login", f"Server menolak login ({exc.code} {exc.message})."))
            return results
        except SMTPException as exc:  # AUTH not offered
            results.append(ProbeResult(
                False, "SMTP: login",
                f"Server tidak menawarkan login (AUTH); periksa smtp.port dan smtp.security, atau kosongkan "
                f"smtp.username bila server menerima surat tanpa login ({exc}).",
            ))
            return results
        results.append(ProbeResult(True, "SMTP: login", f"Login sebagai {cfg.username} berhasil."))
        return results
    except (OSError, SMTPException, asyncio.TimeoutError) as exc:
        results.append(ProbeResult(False, "SMTP", f"Sambungan ke {where} terputus di tengah pemeriksaan ({exc})."))
        return results
    finally:
        if client.is_connected:
            client.close()
