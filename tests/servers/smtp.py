"""A real SMTP server on loopback (aiosmtpd) that relays into Dovecot over LMTP, with faults on demand.

Every participant of a test then reads real mail over IMAP. Faults are injected here, at the
server, never by mocking the client (STYLE rule 10): a queue of replies for the next
transactions (`fail_next(451)`, `fail_next(550)`, `fail_next(552)`), a dropped connection after
the message was sent (`disconnect_next()`), and recipients refused at RCPT
(`refuse_recipient`). Everything accepted is recorded in `received`; every message that reached
DATA, accepted or not (a fault's victim too), in `attempts`.
"""

from __future__ import annotations

import asyncio
import smtplib
import threading
import warnings
from collections import deque
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.servers import free_port
from tests.servers.certs import CertificateFiles
from tests.servers.dovecot import DovecotServer


@dataclass(frozen=True)
class Received:
    """One accepted transaction: the envelope and the exact bytes."""

    envelope_from: str
    recipients: tuple[str, ...]
    data: bytes
    peer: str = ""  # the client's host:port, one per connection


@dataclass(frozen=True)
class Fault:
    """What the server does instead of its normal answer at one `stage` (mail | rcpt | data)."""

    stage: str
    code: int = 0
    message: str = ""
    disconnect: bool = False


class _Handler:
    """aiosmtpd hooks: consult the fault queue, relay over LMTP, record."""

    def __init__(self, relay: RelaySmtpServer) -> None:
        self.relay = relay

    def _take(self, stage: str) -> Fault | None:
        with self.relay.lock:
            for fault in self.relay.faults:
                if fault.stage == stage:
                    self.relay.faults.remove(fault)
                    return fault
        return None

    def _answer(self, server: SMTP, fault: Fault) -> str:
        if fault.disconnect:
            assert server.transport is not None
            server.transport.close()
            return "421 4.3.0 connection dropped by the test"
        return f"{fault.code} {fault.message}"

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        fault = self._take("mail")
        if fault:
            return self._answer(server, fault)
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        refused = self.relay.refused.get(address.lower())
        if refused:
            return f"{refused[0]} {refused[1]}"
        fault = self._take("rcpt")
        if fault:
            return self._answer(server, fault)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        sender = envelope.mail_from or ""
        recipients = tuple(envelope.rcpt_tos)
        peer = ":".join(str(p) for p in session.peer) if isinstance(session.peer, tuple) else str(session.peer)
        with self.relay.lock:
            self.relay.attempts.append(Received(sender, recipients, data, peer))
        fault = self._take("data")
        if fault:
            return self._answer(server, fault)
        accepted = Received(sender, recipients, data, peer)
        if self.relay.dovecot is None:
            self._record(accepted)
            return "250 2.0.0 OK queued"
        try:
            await asyncio.get_running_loop().run_in_executor(None, self._relay, accepted)
        except (OSError, smtplib.SMTPException) as exc:
            return f"451 4.3.0 LMTP relay failed: {exc}"
        return "250 2.0.0 OK queued"

    def _relay(self, accepted: Received) -> None:
        """Deliver, then record, in the executor's thread: a client that vanishes after DATA makes aiosmtpd
        cancel this handler, but the thread still finishes, so what reached Dovecot is always in `received`."""
        assert self.relay.dovecot is not None
        for rcpt in accepted.recipients:
            self.relay.dovecot.deliver(rcpt, accepted.data, envelope_from=accepted.envelope_from)
        self._record(accepted)

    def _record(self, accepted: Received) -> None:
        with self.relay.lock:
            self.relay.received.append(accepted)


class _Controller(Controller):
    def factory(self) -> SMTP:
        # AUTH without TLS is what some tests want; aiosmtpd warns about it on every connection.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            return super().factory()


class RelaySmtpServer:
    """An aiosmtpd Controller on a free loopback port; `start()`, `stop()`, faults, `received`.

    `username`/`password`: AUTH PLAIN/LOGIN required. `starttls`: offer STARTTLS with the
    fixture certificate (AUTH then needs TLS). `implicit_tls`: TLS from the first byte.
    """

    def __init__(
        self,
        dovecot: DovecotServer | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        starttls: bool = False,
        implicit_tls: bool = False,
        certificates: CertificateFiles | None = None,
        port: int = 0,
    ) -> None:
        if (starttls or implicit_tls) and certificates is None:
            if dovecot is None:
                raise ValueError("TLS needs certificates (or a DovecotServer to borrow them from)")
            certificates = dovecot.certificates
        self.dovecot = dovecot
        self.username = username
        self.password = password
        self.certificates = certificates
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self.lock = threading.Lock()
        self.faults: deque[Fault] = deque()
        self.refused: dict[str, tuple[int, str]] = {}
        self.received: list[Received] = []
        self.attempts: list[Received] = []
        self.auth_attempts = 0
        kwargs: dict[str, Any] = {"hostname": self.host, "port": self.port, "server_hostname": "relay.test"}
        if starttls:
            assert certificates is not None
            kwargs["tls_context"] = certificates.server_context()
        if implicit_tls:
            assert certificates is not None
            kwargs["ssl_context"] = certificates.server_context()
        if username is not None:
            kwargs.update(authenticator=self._authenticate, auth_required=True, auth_require_tls=starttls)
        self.controller = _Controller(_Handler(self), **kwargs)
        self.running = False

    @property
    def ca_file(self) -> str:
        return str(self.certificates.ca_file) if self.certificates else ""

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        self.auth_attempts += 1
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.username
            and auth_data.password.decode() == self.password
        )
        return AuthResult(success=ok, handled=False)

    def start(self) -> None:
        if not self.running:
            self.controller.start()
            self.running = True

    def stop(self) -> None:
        if self.running:
            self.controller.stop()
            self.running = False

    def __enter__(self) -> RelaySmtpServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def fail_next(self, code: int = 451, message: str = "", count: int = 1, stage: str = "data") -> None:
        """Answer the next `count` transactions with `code` at `stage` (mail | rcpt | data)."""
        text = message or ("4.3.0 try again later (test)" if code < 500 else "5.0.0 refused (test)")
        with self.lock:
            self.faults.extend(Fault(stage, code, text) for _ in range(count))

    def disconnect_next(self, count: int = 1, stage: str = "data") -> None:
        """Drop the connection instead of answering (at `data`: after the client sent the message)."""
        with self.lock:
            self.faults.extend(Fault(stage, disconnect=True) for _ in range(count))

    def refuse_recipient(self, address: str, code: int = 550, message: str = "5.1.1 no such user (test)") -> None:
        self.refused[address.lower()] = (code, message)

    def reset(self) -> None:
        """Forget faults, refusals and what was received."""
        with self.lock:
            self.faults.clear()
            self.refused.clear()
            self.received.clear()
            self.attempts.clear()
