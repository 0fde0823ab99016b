"""The IMAP inbox: list new mail by UID, fetch it unread, move it away in batches, wait with IDLE.

Blocking (imapclient); the daemon drives one instance from its own thread. Only `wake()` may
be called from another thread. Rules it keeps (DESIGN §3, IMPLEMENTATION-NOTES):

- sizes come first (`RFC822.SIZE`), bodies are fetched with `BODY.PEEK[]`, so nothing is
  marked read; of an oversized message only `BODY.PEEK[HEADER]` is ever fetched;
- handled mail leaves with one `UID MOVE` per batch; a server without MOVE gets COPY plus the
  keyword `$LpseDiproses` (which `list_new` skips) — never \\Deleted, never EXPUNGE;
- `wait` IDLEs in short `idle_check` steps so `wake()` and shutdown answer within ~0.5 s,
  re-issues IDLE every 9 minutes, and always ends IDLE before returning;
- folders are created under the server's personal namespace prefix and delimiter.

Any broken connection surfaces as `InboxUnavailable`: call `connect()` again (with backoff).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from daemon.mail.inbox import InboxConfigError, InboxUnavailable, MessageRef
from daemon.mail.inbox.imap_connect import connect_and_login, shutdown_quietly
from daemon.setup.config import MailboxConfig

log = logging.getLogger(__name__)

PROCESSED_KEYWORD = "$LpseDiproses"
IDLE_STEP = 0.5  # seconds per idle_check: how fast wake() and shutdown are noticed
IDLE_RENEW = 540.0  # re-issue IDLE well before servers' 30-minute (RFC 9051) or 10-minute cut-offs
BATCH = 500  # UIDs per FETCH / MOVE command, to keep command lines short


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


class ImapInbox:
    """`Inbox` over IMAP, built from a `MailboxConfig` (its password already read)."""

    def __init__(self, cfg: MailboxConfig, *, timeout: float = 30.0, idle_renew: float = IDLE_RENEW) -> None:
        self.cfg = cfg
        self.folder = cfg.folder
        self.timeout = timeout
        self.idle_renew = idle_renew  # tests shorten it to see a renewal happen
        self.idle_renewals = 0
        self.has_move = False
        self.has_idle = False
        self.prefix = ""
        self.delimiter = "."
        self._client: IMAPClient | None = None
        self._uidvalidity = 0
        self._wake = threading.Event()

    # connection ---------------------------------------------------------------------------

    def connect(self) -> None:
        self.close()
        client = connect_and_login(self.cfg, self.timeout)
        self._client = client
        with self._guard("reading the server's capabilities"):
            caps = set(client.capabilities())
            self.has_move = b"MOVE" in caps
            self.has_idle = b"IDLE" in caps
            self.prefix, self.delimiter = server_namespace(client, caps)
        for name in (self.cfg.processed_folder, self.cfg.quarantine_folder, self.cfg.oversize_folder):
            self._ensure_folder(client, self.folder_path(name))
        self._select(client)
        log.info(
            "IMAP %s:%s connected as %s; folder %s (UIDVALIDITY %s); MOVE %s; IDLE %s",
            self.cfg.host, self.cfg.port, self.cfg.username, self.folder, self._uidvalidity,
            "yes" if self.has_move else "no (COPY + $LpseDiproses)",
            "yes" if self.has_idle else "no (polling)",
        )

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except (IMAPClientError, OSError):
            shutdown_quietly(client)

    @property
    def connected(self) -> bool:
        return self._client is not None

    @property
    def uses_idle(self) -> bool:
        return self.cfg.idle and self.has_idle

    def folder_path(self, name: str) -> str:
        """The server's name for a configured folder (see `folder_path`)."""
        return folder_path(name, self.prefix, self.delimiter)

    def _ensure_folder(self, client: IMAPClient, path: str) -> None:
        with self._guard(f"looking for the folder {path!r}"):
            if client.folder_exists(path):
                return
        try:
            client.create_folder(path)
        except (OSError, IMAPClientError) as exc:
            if not self._alive(client):
                self._drop()
                raise InboxUnavailable(f"the connection broke while creating {path!r}: {exc}") from exc
            raise InboxConfigError(f"the IMAP folder {path!r} is missing and cannot be created: {exc}") from exc
        with self._guard(f"subscribing to {path!r}"):
            client.subscribe_folder(path)
        log.info("created the IMAP folder %s", path)

    def _select(self, client: IMAPClient) -> None:
        path = self.folder_path(self.folder)
        try:
            info = client.select_folder(path)
        except (OSError, IMAPClientError) as exc:
            if not self._alive(client):
                self._drop()
                raise InboxUnavailable(f"the connection broke while opening {path!r}: {exc}") from exc
            raise InboxConfigError(f"cannot open the IMAP folder {path!r} (mailbox.folder): {exc}") from exc
        self._uidvalidity = int(info.get(b"UIDVALIDITY", 0))

    def _reselect(self, client: IMAPClient) -> None:
        """Open the folder again after the server warned about it (Dovecot: an untagged NO once the
        selected folder was deleted; the old view then shows no new mail, ever). When the folder
        was recreated (a new UIDVALIDITY), the caller must start over: InboxUnavailable."""
        before = self._uidvalidity
        self._select(client)
        if self._uidvalidity != before:
            raise InboxUnavailable(
                f"the folder {self.folder!r} was recreated on the server (UIDVALIDITY {before} -> {self._uidvalidity})"
            )

    def _alive(self, client: IMAPClient) -> bool:
        try:
            client.noop()
        except (OSError, IMAPClientError):
            return False
        return True

    @contextmanager
    def _guard(self, doing: str) -> Iterator[IMAPClient]:
        """Yield the client; a network failure or unexpected server answer becomes InboxUnavailable."""
        client = self._client
        if client is None:
            raise InboxUnavailable("the IMAP inbox is not connected")
        try:
            yield client
        except InboxUnavailable:
            self._drop()
            raise
        except (OSError, IMAPClientError) as exc:
            self._drop()
            raise InboxUnavailable(f"IMAP {self.cfg.host}:{self.cfg.port}: failed {doing}: {exc}") from exc

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            shutdown_quietly(client)

    # the Inbox protocol ----------------------------------------------------------------------

    def uidvalidity(self) -> int:
        return self._uidvalidity

    def list_new(self, after_uid: int) -> list[MessageRef]:
        with self._guard("looking for new mail") as client:
            _text, untagged = client.noop()
            if any(_is_warning(r) for r in untagged):
                self._reselect(client)
            found = client.search(["UID", f"{after_uid + 1}:*", "NOT", "KEYWORD", PROCESSED_KEYWORD])
            uids = sorted(uid for uid in found if uid > after_uid)
            refs: list[MessageRef] = []
            for chunk in _chunks(uids, BATCH):
                sizes = client.fetch(chunk, ["RFC822.SIZE"])
                refs.extend(
                    MessageRef(str(uid), uid, int(sizes[uid][b"RFC822.SIZE"])) for uid in chunk if uid in sizes
                )
        return refs

    def fetch(self, ref: MessageRef) -> bytes:
        with self._guard(f"fetching UID {ref.uid}") as client:
            data = client.fetch([ref.uid], ["BODY.PEEK[]"])
        body = data.get(ref.uid, {}).get(b"BODY[]")
        if body is None:
            # Someone else moved it meanwhile: re-listing after a reconnect will no longer show it.
            raise InboxUnavailable(f"UID {ref.uid} is no longer in {self.folder}")
        return bytes(body)

    def fetch_many(self, refs: Sequence[MessageRef]) -> dict[str, bytes]:
        return self._fetch_items(refs, "BODY.PEEK[]", b"BODY[]", "fetching")

    def headers_many(self, refs: Sequence[MessageRef]) -> dict[str, bytes]:
        return self._fetch_items(refs, "BODY.PEEK[HEADER]", b"BODY[HEADER]", "fetching the headers of")

    def _fetch_items(self, refs: Sequence[MessageRef], item: str, answer: bytes, doing: str) -> dict[str, bytes]:
        """One UID FETCH per `BATCH` UIDs; what the server no longer has is simply absent."""
        by_uid = {ref.uid: ref.key for ref in refs}
        found: dict[str, bytes] = {}
        with self._guard(f"{doing} {len(by_uid)} message(s)") as client:
            for chunk in _chunks(sorted(by_uid), BATCH):
                for uid, data in client.fetch(chunk, [item]).items():
                    body = data.get(answer)
                    if uid in by_uid and body is not None:
                        found[by_uid[uid]] = bytes(body)
        return found

    def headers(self, ref: MessageRef) -> bytes:
        with self._guard(f"fetching the headers of UID {ref.uid}") as client:
            data = client.fetch([ref.uid], ["BODY.PEEK[HEADER]"])
        head = data.get(ref.uid, {}).get(b"BODY[HEADER]")
        if head is None:
            raise InboxUnavailable(f"UID {ref.uid} is no longer in {self.folder}")
        return bytes(head)

    def move(self, refs: Sequence[MessageRef], folder: str) -> None:
        if not refs:
            return
        path = self.folder_path(folder)
        uids = sorted(ref.uid for ref in refs)
        with self._guard(f"moving {len(uids)} message(s) to {path!r}") as client:
            for chunk in _chunks(uids, BATCH):
                if self.has_move:
                    client.move(chunk, path)
                else:
                    client.copy(chunk, path)
                    client.add_flags(chunk, [PROCESSED_KEYWORD], silent=True)

    def wake(self) -> None:
        self._wake.set()

    def wait(self, timeout: float) -> None:
        if self._wake.is_set():
            self._wake.clear()
            return
        if not self.uses_idle:
            self._wake.wait(min(timeout, self.cfg.poll_interval))
            self._wake.clear()
            return
        with self._guard("waiting for mail (IDLE)") as client:
            self._idle(client, time.monotonic() + timeout)
        self._wake.clear()

    def _idle(self, client: IMAPClient, deadline: float) -> None:
        client.idle()
        idling, started = True, time.monotonic()
        try:
            while not self._wake.is_set():
                now = time.monotonic()
                if now >= deadline:
                    return
                if now - started >= self.idle_renew:
                    _, pending = client.idle_done()  # what arrived just before DONE must not be lost
                    idling = False
                    self.idle_renewals += 1
                    if any(_is_new_mail(r) or _is_warning(r) for r in pending):
                        return
                    client.idle()
                    idling, started = True, time.monotonic()
                step = min(IDLE_STEP, deadline - now)
                responses = client.idle_check(timeout=step)
                if any(_is_bye(r) for r in responses):
                    raise InboxUnavailable(f"IMAP {self.cfg.host}:{self.cfg.port} said BYE: {responses}")
                if any(_is_new_mail(r) or _is_warning(r) for r in responses):
                    return  # a warning too: `list_new` looks at the folder again
                if not responses and time.monotonic() - now < step / 2:
                    # Readable but nothing parsed: the server closed the connection (imapclient
                    # swallows that EOF); ending IDLE below turns it into an error.
                    return
        finally:
            if idling:
                client.idle_done()
            client.socket().settimeout(self.timeout)  # idle_check leaves the socket without one


def server_namespace(client: IMAPClient, caps: set[bytes]) -> tuple[str, str]:
    """The personal namespace's prefix and hierarchy delimiter ("", "." when the server has none)."""
    if b"NAMESPACE" in caps:
        personal = client.namespace().personal
        if personal:
            prefix, delimiter = personal[0]
            return str(prefix or ""), str(delimiter or ".")
    listed = client.list_folders("", "")
    delimiter = listed[0][1] if listed and listed[0][1] else b"."
    return "", delimiter.decode() if isinstance(delimiter, bytes) else str(delimiter)


def folder_path(name: str, prefix: str, delimiter: str) -> str:
    """A configured folder's name on the server: "Diproses" → "INBOX.Diproses" under prefix "INBOX.".

    A "/" in the configured name is the hierarchy separator and becomes the server's delimiter.
    """
    if name.upper() == "INBOX" or (prefix and name.startswith(prefix)):
        return name
    return prefix + name.replace("/", delimiter)


def _is_new_mail(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")


def _is_warning(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 1 and response[0] == b"NO"


def _is_bye(response: Any) -> bool:
    return isinstance(response, tuple) and len(response) >= 1 and response[0] == b"BYE"

