"""A mail dialogue with a running daemon (salmon's RouterConversation idea), on any mail backend.

`Office` runs the real daemon in a thread; letters go into the LPSE mailbox through
`deliver`, and each participant's mail is read back through `read_box` (a Maildir in the
sandbox, an IMAP mailbox on the real Dovecot). Tests read like the SOP:

    office.send(letter)
    ack = office.mail_to(VENDOR, "ack_received")
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any, Callable

import httpx

from daemon.main import Daemon
from daemon.setup.config import Config


@dataclass(frozen=True)
class Mail:
    raw: bytes
    msg: EmailMessage

    @property
    def template(self) -> str:
        return str(self.msg.get("X-LPSE-Akses-Template", ""))

    @property
    def subject(self) -> str:
        return str(self.msg.get("Subject", ""))

    @property
    def message_id(self) -> str:
        return str(self.msg.get("Message-ID", ""))

    @property
    def text(self) -> str:
        part = self.msg.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""

    @property
    def html(self) -> str:
        part = self.msg.get_body(preferencelist=("html",))
        return part.get_content() if part is not None else ""

    def links(self, kind: str = "a") -> list[str]:
        return re.findall(rf"https?://[^\s\"'<>]+/{kind}/[A-Za-z0-9_-]+", self.text)

    def header(self, name: str) -> str:
        return str(self.msg.get(name, ""))


def parse(raw: bytes) -> Mail:
    return Mail(raw, message_from_bytes(raw, policy=policy.default))  # type: ignore[arg-type]


def letter(
    sender: str,
    body: str,
    *,
    subject: str = "Permohonan Remote Akses",
    to: str = "lpse@salatiga.go.id",
    name: str = "",
    reply_to: Mail | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    """A plain-text message as a mail client would write it (a reply when `reply_to` is given)."""
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>" if name else sender
    msg["To"] = to
    msg["Subject"] = ("Re: " + reply_to.subject) if reply_to is not None else subject
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    if reply_to is not None:
        msg["In-Reply-To"] = reply_to.message_id
        msg["References"] = reply_to.message_id
        quoted = "\n".join("> " + line for line in reply_to.text.splitlines())
        body = f"{body}\n\nPada {reply_to.header('Date')} {reply_to.header('From')} menulis:\n{quoted}\n"
    for k, v in (headers or {}).items():
        del msg[k]  # a given Date or Message-ID replaces the default one
        msg[k] = v
    msg.set_content(body)
    return msg.as_bytes()


class Office:
    """The daemon, running, and everyone's mailboxes."""

    def __init__(
        self, cfg: Config, deliver: Callable[[bytes], None], read_box: Callable[[str], list[bytes]], **daemon_options: Any
    ) -> None:
        self.cfg, self.deliver, self.read_box = cfg, deliver, read_box
        self.daemon = Daemon(cfg, handle_signals=False, **daemon_options)
        self.thread = threading.Thread(target=self._run, name="daemon", daemon=True)
        self.error: BaseException | None = None

    def _run(self) -> None:
        try:
            asyncio.run(self.daemon.run())
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            self.error = exc

    def __enter__(self) -> Office:
        self.thread.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            parts = self.daemon.parts
            if self.error is not None:
                raise self.error
            if parts is not None and self.daemon.web_port and parts.mailbox.connected.is_set():
                return self
            time.sleep(0.05)
        raise TimeoutError("the daemon did not start")

    def __exit__(self, *exc: object) -> None:
        self.daemon.stop()
        self.thread.join(timeout=30)
        if self.error is not None and exc[0] is None:
            raise self.error

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.daemon.web_port}"

    def send(self, raw: bytes) -> None:
        self.deliver(raw)

    def mails_to(self, address: str) -> list[Mail]:
        return [parse(r) for r in self.read_box(address)]

    def mail_to(self, address: str, template: str, *, timeout: float = 40, nth: int = 1) -> Mail:
        """Wait for the nth message of `template` to reach `address`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [m for m in self.mails_to(address) if m.template == template]
            if len(found) >= nth:
                return found[nth - 1]
            if self.error is not None:
                raise self.error
            time.sleep(0.1)
        got = [m.template for m in self.mails_to(address)]
        raise AssertionError(f"no {template} for {address} within {timeout} s; it got {got}")

    def settle(self, seconds: float = 1.5) -> None:
        """Give the daemon time to act on what it has (for asserting that nothing happens)."""
        time.sleep(seconds)

    def get(self, url: str) -> httpx.Response:
        return httpx.get(url, timeout=10)

    def confirm(self, url: str, *, reason: str | None = None) -> httpx.Response:
        """What a browser does on the confirm page: GET, then POST the form with its CSRF field."""
        page = httpx.get(url, timeout=10)
        assert page.status_code == 200, page.text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        action = re.search(r'name="action" value="([^"]+)"', page.text)
        assert csrf and action
        data = {"csrf": csrf.group(1), "action": action.group(1)}
        if reason is not None:
            data["reason"] = reason
        return httpx.post(url, data=data, timeout=10)
