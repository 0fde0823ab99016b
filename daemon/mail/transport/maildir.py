"""The Maildir transport: each recipient's mail lands in `root/<address>/`, for the demo and tests.

One file per message, written atomically by `mailbox.Maildir.add` (tmp/ then a rename into
new/), so a reader never sees half a message. The recipient's address names the directory;
an address that could escape `root` is refused as a permanent failure.
"""

from __future__ import annotations

import asyncio
import mailbox
import re
from pathlib import Path

from daemon.mail.transport import PermanentSendError, TransientSendError

_SAFE_ADDRESS = re.compile(r"^[A-Za-z0-9._%+\-=]+@[A-Za-z0-9.\-]+$")


class MaildirTransport:
    """`Transport` that delivers into one Maildir per recipient under `root`."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def mailbox_path(self, recipient: str) -> Path:
        address = recipient.strip().lower()
        if not _SAFE_ADDRESS.match(address) or address.startswith(".") or ".." in address:
            raise PermanentSendError(f"cannot deliver to {recipient!r}: not a plain address")
        return self.root / address

    def _deliver(self, recipient: str, message: bytes) -> str:
        path = self.mailbox_path(recipient)
        try:
            for sub in ("tmp", "new", "cur"):  # not Maildir(create=True): two senders creating one mailbox at once clash
                (path / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
            return mailbox.Maildir(path, factory=None, create=False).add(message)
        except OSError as exc:
            raise TransientSendError(f"cannot write into {path}: {exc}") from exc

    async def send(self, envelope_from: str, recipient: str, message: bytes) -> None:
        await asyncio.to_thread(self._deliver, recipient, message)

    async def close(self) -> None:
        return None
