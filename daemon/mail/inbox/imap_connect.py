"""Opening an IMAP connection exactly as configured: TLS mode, private CA, login; never a silent downgrade.

`security` is mapped one to one: "tls" is TLS from the first byte, "starttls" requires the
server to offer STARTTLS (else `StartTlsMissing`, never a plain-text fallback), "none" is
refused unless the host is this machine. `open_connection` lets network and TLS errors through
unchanged so that `daemon.mail.probe` can explain each one; `connect_and_login` is what the inbox
uses and sorts them into `InboxUnavailable` (retry) and `InboxConfigError` (a human must act).
"""

from __future__ import annotations

import ssl

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from daemon.mail.inbox import InboxConfigError, InboxUnavailable
from daemon.mail.tls import tls_context
from daemon.setup.config import MailboxConfig, is_loopback


class StartTlsMissing(InboxConfigError):
    """security = "starttls" but the server does not offer STARTTLS."""


class LoginRefused(InboxConfigError):
    """The server refused the username or password."""


class CertificateRejected(InboxConfigError):
    """The server's certificate is not trusted (or not for this host name)."""


def open_connection(cfg: MailboxConfig, timeout: float) -> IMAPClient:
    """Connect and secure the connection as `cfg.security` says, not logged in yet.

    Raises OSError (socket.gaierror, ConnectionRefusedError, TimeoutError, ssl.SSLError, ...)
    unchanged, `StartTlsMissing`, or `InboxConfigError` for "none" towards another host.
    """
    if cfg.security == "none" and not is_loopback(cfg.host):
        raise InboxConfigError(
            f'mailbox.security = "none" is allowed only towards this machine, not {cfg.host}'
        )
    if cfg.security not in ("tls", "starttls", "none"):
        raise InboxConfigError(f"mailbox.security = {cfg.security!r} is not tls, starttls or none")
    ctx = tls_context(cfg.tls_ca_file) if cfg.security != "none" else None
    client = IMAPClient(cfg.host, cfg.port, ssl=cfg.security == "tls", ssl_context=ctx, timeout=timeout)
    if cfg.security == "starttls":
        secured = False
        try:
            if b"STARTTLS" not in client.capabilities():
                raise StartTlsMissing(
                    f"{cfg.host}:{cfg.port} does not offer STARTTLS; refusing to log in without encryption"
                )
            client.starttls(ctx)
            secured = True
        finally:
            if not secured:
                shutdown_quietly(client)
    return client


def log_in(client: IMAPClient, cfg: MailboxConfig) -> None:
    """LOGIN; a refusal becomes `LoginRefused` naming the user (never the password)."""
    try:
        client.login(cfg.username, cfg.password)
    except LoginError as exc:
        raise LoginRefused(
            f"the IMAP server refused the login of {cfg.username!r} (check mailbox.username and "
            f"the password in {cfg.password_file or 'LPSE_AKSES_IMAP_PASSWORD'}): {_server_text(exc)}"
        ) from exc


def connect_and_login(cfg: MailboxConfig, timeout: float) -> IMAPClient:
    """A logged-in client, or `InboxUnavailable` / `InboxConfigError` saying why not."""
    where = f"{cfg.host}:{cfg.port}"
    try:
        client = open_connection(cfg, timeout)
    except ssl.SSLCertVerificationError as exc:
        raise CertificateRejected(
            f"the certificate of {where} is not trusted ({exc.verify_message}); "
            "set mailbox.tls_ca_file to the office's CA if it has its own"
        ) from exc
    except (OSError, IMAPClientError) as exc:
        raise InboxUnavailable(f"cannot connect to {where}: {exc}") from exc
    try:
        log_in(client, cfg)
    except LoginRefused:
        shutdown_quietly(client)
        raise
    except (OSError, IMAPClientError) as exc:
        shutdown_quietly(client)
        raise InboxUnavailable(f"the connection to {where} broke during login: {exc}") from exc
    return client


def _server_text(exc: BaseException) -> str:
    text = str(exc)
    return text[2:-1] if text.startswith("b'") and text.endswith("'") else text


def shutdown_quietly(client: IMAPClient) -> None:
    """Close the socket without a LOGOUT round trip (the connection is unusable or unwanted)."""
    try:
        client.shutdown()
    except (OSError, IMAPClientError):
        pass
