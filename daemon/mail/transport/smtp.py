"""The SMTP transport (aiosmtplib): exact TLS modes, one reused connection, failures sorted by type.

`security` is mapped one to one (IMPLEMENTATION-NOTES): "tls" is TLS from the first byte,
"starttls" requires the server to offer STARTTLS (no plain-text fallback), "none" only
towards this machine. One connection is kept and reused across sends (under a lock); a
connection idle for `REUSE_FOR` seconds is replaced, and one the server dropped is reopened
once, but only before MAIL FROM, when nothing of the message has left yet. Any failure
discards the connection.

Classification (STYLE rule 6), by type and reply code:
    TransientSendError   network errors, timeouts, disconnects, TLS trouble (a missing STARTTLS,
                         an untrusted certificate: `lpse-akses check` explains), 4xx, 552
      ServerUnreachable  of those, a server that cannot be reached at all (no connection, no
                         greeting): the outbox takes it as an outage, not as this message's failure
    PermanentSendError   other 5xx (with `code`), a refused login, the server lacking AUTH
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time

import aiosmtplib
from aiosmtplib.errors import (
    SMTPAuthenticationError,
    SMTPException,
    SMTPRecipientsRefused,
    SMTPResponseException,
    SMTPServerDisconnected,
)

from daemon.errors import ConfigError
from daemon.mail.tls import tls_context
from daemon.mail.transport import PermanentSendError, SendError, ServerUnreachable, TransientSendError
from daemon.setup.config import SmtpConfig, is_loopback

log = logging.getLogger(__name__)

REUSE_FOR = 30.0  # seconds an idle connection is trusted; servers and NATs drop idle ones silently


class StartTlsMissing(TransientSendError):
    """security = "starttls" but the server does not offer it: nothing is sent in plain text."""


def classify(exc: BaseException) -> SendError:
    """The `SendError` for a failure of aiosmtplib or the network."""
    if isinstance(exc, SendError):
        return exc
    if isinstance(exc, SMTPRecipientsRefused) and exc.recipients:
        return classify(exc.recipients[0])
    if isinstance(exc, SMTPResponseException):
        code, text = exc.code, f"{exc.code} {exc.message}"
        if isinstance(exc, SMTPAuthenticationError) and code >= 500:
            return PermanentSendError(f"the SMTP server refused the login: {text}", code)
        if 400 <= code < 500 or code == 552:
            return TransientSendError(f"the SMTP server said: {text}", code)
        if code >= 500:
            return PermanentSendError(f"the SMTP server refused: {text}", code)
        return TransientSendError(f"the SMTP conversation broke: {text}", None)
    if isinstance(exc, (OSError, asyncio.TimeoutError)):  # includes aiosmtplib's disconnects and timeouts
        return TransientSendError(f"cannot reach the SMTP server: {exc}")
    if isinstance(exc, SMTPException):  # e.g. AUTH or SMTPUTF8 not offered: a human must act
        return PermanentSendError(f"the SMTP server cannot take this mail: {exc}")
    raise TypeError(f"not an SMTP failure: {exc!r}")


class SmtpTransport:
    """`Transport` over SMTP, built from an `SmtpConfig` (its password already read)."""

    def __init__(self, cfg: SmtpConfig) -> None:
        if cfg.security not in ("tls", "starttls", "none"):
            raise ConfigError("must be tls, starttls or none", key="smtp.security", path="<smtp>")
        if cfg.security == "none" and not is_loopback(cfg.host):
            raise ConfigError(
                'security = "none" is allowed only towards this machine', key="smtp.security", path="<smtp>"
            )
        self.cfg = cfg
        self._client: aiosmtplib.SMTP | None = None
        self._last_used = 0.0
        self._lock = asyncio.Lock()

    async def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        async with self._lock:
            try:
                await self._transaction(envelope_from, recipient, message)
            except (SMTPException, OSError, asyncio.TimeoutError) as exc:
                self._discard()
                raise classify(exc) from exc
            except SendError:
                self._discard()
                raise
            self._last_used = time.monotonic()

    async def _transaction(self, envelope_from: str, recipient: str, message: bytes) -> None:
        client = self._client
        fresh = client is None or not client.is_connected or time.monotonic() - self._last_used > REUSE_FOR
        if fresh:
            self._discard()
            client = await self._reach()
        assert client is not None
        options = self._mail_options(client, envelope_from, recipient, message)
        try:
            await client.mail(envelope_from, options=options)
        except (SMTPServerDisconnected, SMTPResponseException) as exc:
            dropped = isinstance(exc, SMTPServerDisconnected) or exc.code == 421
            if fresh or not dropped:
                raise
            log.debug("the reused SMTP connection was closed by the server; reconnecting")
            self._discard()
            client = await self._reach()
            await client.mail(envelope_from, options=self._mail_options(client, envelope_from, recipient, message))
        await client.rcpt(recipient)
        await client.data(message)

    @staticmethod
    def _mail_options(client: aiosmtplib.SMTP, sender: str, recipient: str, message: bytes) -> list[str]:
        options = []
        if not message.isascii() and client.supports_extension("8bitmime"):
            options.append("BODY=8BITMIME")
        if not (sender + recipient).isascii():
            if not client.supports_extension("smtputf8"):
                raise PermanentSendError("the address is not ASCII and the server lacks SMTPUTF8")
            options.append("SMTPUTF8")
        return options

    async def _reach(self) -> aiosmtplib.SMTP:
        """`_open`, with a server that never answered (refused, silent, gone) told apart as `ServerUnreachable`."""
        try:
            return await self._open()
        except (SendError, SMTPResponseException, ssl.SSLError):
            raise  # it answered: a refusal, a reply code, TLS trouble are not an outage
        except (OSError, asyncio.TimeoutError) as exc:
            self._discard()
            raise ServerUnreachable(f"cannot reach the SMTP server {self.cfg.host}:{self.cfg.port}: {exc}") from exc

    async def _open(self) -> aiosmtplib.SMTP:
        cfg = self.cfg
        ctx = tls_context(cfg.tls_ca_file) if cfg.security != "none" else None
        client = aiosmtplib.SMTP(
            hostname=cfg.host, port=cfg.port, use_tls=cfg.security == "tls", start_tls=False,
            tls_context=ctx, timeout=cfg.timeout,
        )
        self._client = client
        await client.connect()
        if cfg.security == "starttls":
            await client.ehlo()
            if not client.supports_extension("starttls"):
                raise StartTlsMissing(
                    f"{cfg.host}:{cfg.port} does not offer STARTTLS; refusing to send without encryption"
                )
            await client.starttls()
        if cfg.username:
            await client.login(cfg.username, cfg.password)
        return client

    def _discard(self) -> None:
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            client.close()

    async def close(self) -> None:
        async with self._lock:
            client, self._client = self._client, None
            if client is None or not client.is_connected:
                return
            try:
                await client.quit()
            except (SMTPException, OSError, asyncio.TimeoutError):
                client.close()
