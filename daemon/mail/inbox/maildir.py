"""The Maildir inbox: the same `Inbox` over a local Maildir++ folder, for the demo and for tests.

The watched folder is the Maildir itself (new/ and cur/); the processed, quarantine and
oversize folders are Maildir++ subfolders (`.Diproses`, ...). A Maildir has no UIDs: every
message is listed each time (`uid` 0), keyed by its Maildir key, oldest first. Moving is a
rename into the subfolder, which is atomic on one file system; nothing is ever deleted.
`wait` returns early when a new file appears in new/ (checked every 0.2 s) or on `wake()`.
"""

from __future__ import annotations

import mailbox
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from daemon.mail.inbox import InboxConfigError, InboxUnavailable, MessageRef

POLL_STEP = 0.2
MAX_HEADER = 256 * 1024  # `headers` reads no further, whatever the file holds


class MaildirInbox:
    """`Inbox` over the Maildir at `path`; `folders` are the subfolders `connect()` creates."""

    def __init__(self, path: str | Path, folders: Sequence[str] = ("Diproses", "Karantina", "Terlalu-Besar")) -> None:
        self.path = Path(path)
        self.folder = "INBOX"
        self.folders = tuple(folders)
        self._maildir: mailbox.Maildir | None = None
        self._wake = threading.Event()
        self._seen: dict[str, Path] = {}  # key -> file, as last listed

    def connect(self) -> None:
        try:
            self._maildir = mailbox.Maildir(self.path, factory=None, create=True)
            existing = set(self._maildir.list_folders())
            for name in self.folders:
                if name not in existing:
                    self._maildir.add_folder(name)
        except OSError as exc:
            raise InboxConfigError(f"cannot use the Maildir {self.path}: {exc}") from exc

    def close(self) -> None:
        self._maildir = None

    def uidvalidity(self) -> int:
        return 0

    def _box(self) -> mailbox.Maildir:
        if self._maildir is None:
            raise InboxUnavailable("the Maildir inbox is not connected")
        return self._maildir

    def _locate(self, key: str) -> Path | None:
        seen = self._seen.get(key)
        if seen is not None and seen.exists():
            return seen  # where `list_new` saw it: no directory scan per message
        for sub in ("new", "cur"):
            directory = self.path / sub
            try:
                names = os.listdir(directory)
            except FileNotFoundError:
                continue
            for name in names:
                if name.split(":", 1)[0] == key:
                    return directory / name
        return None

    def list_new(self, after_uid: int) -> list[MessageRef]:
        self._box()
        found: list[tuple[float, str, int]] = []
        self._seen = {}
        for sub in ("new", "cur"):
            directory = self.path / sub
            try:
                entries = list(os.scandir(directory))
            except OSError as exc:
                raise InboxUnavailable(f"cannot read {directory}: {exc}") from exc
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    stat = entry.stat()
                except FileNotFoundError:
                    continue  # moved away meanwhile
                key = entry.name.split(":", 1)[0]
                found.append((stat.st_mtime, key, stat.st_size))
                self._seen[key] = Path(entry.path)
        found.sort()
        return [MessageRef(key, 0, size) for _mtime, key, size in found]

    def fetch(self, ref: MessageRef) -> bytes:
        path = self._locate(ref.key)
        if path is None:
            raise InboxUnavailable(f"message {ref.key} is no longer in {self.path}")
        try:
            return path.read_bytes()
        except FileNotFoundError as exc:
            raise InboxUnavailable(f"message {ref.key} is no longer in {self.path}") from exc

    def fetch_many(self, refs: Sequence[MessageRef]) -> dict[str, bytes]:
        return self._each(refs, self.fetch)

    def headers_many(self, refs: Sequence[MessageRef]) -> dict[str, bytes]:
        return self._each(refs, self.headers)

    @staticmethod
    def _each(refs: Sequence[MessageRef], read: Callable[[MessageRef], bytes]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        for ref in refs:
            try:
                found[ref.key] = read(ref)
            except InboxUnavailable:
                continue  # moved away meanwhile
        return found

    def headers(self, ref: MessageRef) -> bytes:
        path = self._locate(ref.key)
        if path is None:
            raise InboxUnavailable(f"message {ref.key} is no longer in {self.path}")
        lines: list[bytes] = []
        read = 0
        try:
            with path.open("rb") as f:
                while read < MAX_HEADER:
                    line = f.readline(MAX_HEADER - read)
                    lines.append(line)
                    read += len(line)
                    if not line.strip(b"\r\n"):  # the blank line (or the end of the file)
                        break
        except FileNotFoundError as exc:
            raise InboxUnavailable(f"message {ref.key} is no longer in {self.path}") from exc
        return b"".join(lines)

    def move(self, refs: Sequence[MessageRef], folder: str) -> None:
        box = self._box()
        if folder not in box.list_folders():
            box.add_folder(folder)
        target = self.path / f".{folder}"  # Maildir++: a subfolder is a dot-directory
        for ref in refs:
            source = self._locate(ref.key)
            if source is None:
                continue  # already moved: moving is idempotent
            os.rename(source, target / source.parent.name / source.name)

    def wake(self) -> None:
        self._wake.set()

    def wait(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        before = self._new_names()
        while not self._wake.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            if self._wake.wait(min(POLL_STEP, remaining)):
                break
            if self._new_names() - before:
                break
        self._wake.clear()

    def _new_names(self) -> set[str]:
        try:
            return {name for name in os.listdir(self.path / "new") if not name.startswith(".")}
        except FileNotFoundError:
            return set()
