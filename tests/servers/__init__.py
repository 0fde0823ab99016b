"""Real servers for tests: Dovecot (IMAP, IMAPS, LMTP), an SMTP relay, PostgreSQL, each on loopback.

Nothing here imports pytest: the helpers start and stop real processes in temp dirs on free
ports and clean up after themselves, so benchmarks and fault scripts can use them too. The
pytest fixtures live in `tests.servers.fixtures` (`pytest_plugins = ["tests.servers.fixtures"]`).
"""

from __future__ import annotations

import socket
import time


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    """Block until something accepts connections on 127.0.0.1:port, or raise TimeoutError."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout}s") from None
            time.sleep(0.02)


def wait_for_port_closed(port: int, timeout: float = 10.0) -> None:
    """Block until 127.0.0.1:port refuses connections (the server's listener is gone)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                pass
        except OSError:
            return
        time.sleep(0.02)
    raise TimeoutError(f"127.0.0.1:{port} still accepts connections after {timeout}s")
