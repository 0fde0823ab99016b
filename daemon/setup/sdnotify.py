"""systemd's notify protocol (READY, WATCHDOG, STOPPING, STATUS) without a dependency.

A no-op when the daemon does not run under systemd (no NOTIFY_SOCKET).
"""

from __future__ import annotations

import os
import socket


def notify(state: str, env: dict[str, str] | None = None) -> bool:
    path = (env if env is not None else os.environ).get("NOTIFY_SOCKET")
    if not path:
        return False
    if path.startswith("@"):
        path = "\0" + path[1:]
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(path)
            sock.sendall(state.encode())
        except OSError:
            return False
    return True


def watchdog_interval(env: dict[str, str] | None = None) -> float | None:
    """Half of WATCHDOG_USEC in seconds, or None when there is no watchdog."""
    usec = (env if env is not None else os.environ).get("WATCHDOG_USEC")
    return int(usec) / 2_000_000 if usec and usec.isdigit() else None
