"""A TCP proxy on loopback that the test controls: forward, or blackhole (accept, read, never answer, never close).

A cable cut that the operating system does not notice looks like this: the connection stays
open, what the client writes is taken, and nothing ever comes back. `forward()` and
`blackhole()` switch the mode for every connection at once; `blackhole_on(b"BODY.PEEK[]")`
switches when a client first writes those bytes (that write is swallowed too), so a fault can
be placed in the middle of a given command. A connection that met the blackhole stays dead
when the proxy forwards again (its stream is cut in the middle); new connections are forwarded.
"""

from __future__ import annotations

import selectors
import socket
import threading
from types import TracebackType

from tests.servers import free_port


class BlackholeProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.host = "127.0.0.1"
        self.port = free_port()
        self.mode = "forward"
        self.trigger: bytes | None = None
        self.accepted = 0  # connections taken, in any mode
        self.swallowed = 0  # bytes read from either side and never passed on
        self.switched = threading.Event()  # set when a trigger switched the proxy to blackhole
        self._watches: list[tuple[bytes, threading.Event]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._listener: socket.socket | None = None

    # -- control ---------------------------------------------------------------------------

    def forward(self) -> None:
        with self._lock:
            self.mode, self.trigger = "forward", None

    def blackhole(self) -> None:
        with self._lock:
            self.mode, self.trigger = "blackhole", None

    def blackhole_on(self, pattern: bytes) -> None:
        """Forward until a client writes `pattern`, then blackhole everything (from that write on)."""
        with self._lock:
            self.mode, self.trigger = "forward", pattern
            self.switched.clear()

    def watch(self, pattern: bytes) -> threading.Event:
        """An event set the next time a client writes `pattern` (it is forwarded as usual)."""
        event = threading.Event()
        with self._lock:
            self._watches.append((pattern, event))
        return event

    # -- life ------------------------------------------------------------------------------

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, self.port))
        listener.listen(64)
        listener.settimeout(0.2)
        self._listener = listener
        self._spawn(self._accept_loop)

    def close(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets + ([self._listener] if self._listener else []):
            try:
                sock.close()
            except OSError:
                pass

    def __enter__(self) -> BlackholeProxy:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- inside ----------------------------------------------------------------------------

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True, name="blackhole")  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _keep(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted += 1
            self._keep(client)
            self._spawn(self._pump, client)

    def _blackholed(self, data: bytes, from_client: bool) -> bool:
        """Is this chunk swallowed? (A trigger in a client's write switches the proxy first.)"""
        with self._lock:
            if from_client:
                for pattern, event in [w for w in self._watches if w[0] in data]:
                    event.set()
                    self._watches.remove((pattern, event))
            if from_client and self.trigger is not None and self.trigger in data:
                self.mode, self.trigger = "blackhole", None
                self.switched.set()
            return self.mode == "blackhole"

    def _pump(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        dead = self.mode == "blackhole"  # taken in the blackhole: it never reaches the server
        if not dead:
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                return
            self._keep(upstream)
        sel = selectors.DefaultSelector()
        sel.register(client, selectors.EVENT_READ)
        if upstream is not None:
            sel.register(upstream, selectors.EVENT_READ)
        try:
            while not self._stop.is_set():
                for key, _ in sel.select(timeout=0.2):
                    sock = key.fileobj
                    assert isinstance(sock, socket.socket)
                    try:
                        data = sock.recv(65536)
                    except OSError:
                        data = b""
                    if sock is client:
                        if not data:
                            return  # the client hung up: so does the proxy
                        dead = dead or self._blackholed(data, from_client=True)
                        if dead:
                            self.swallowed += len(data)
                        else:
                            assert upstream is not None
                            upstream.sendall(data)
                    else:
                        if not data:
                            sel.unregister(sock)
                            if not dead:
                                return  # the server hung up on a live connection: pass that on
                            continue  # a dead connection is never closed towards the client
                        dead = dead or self._blackholed(data, from_client=False)
                        if dead:
                            self.swallowed += len(data)
                        else:
                            client.sendall(data)
        except OSError:
            return
        finally:
            sel.close()
            for end in (client, upstream):
                if end is not None:
                    try:
                        end.close()
                    except OSError:
                        pass
