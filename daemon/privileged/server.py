"""The helper's socket: one JSON request per connection, one JSON reply, a log line for each.

Under systemd the listening socket comes from `lpse-akses-helper.socket` (LISTEN_FDS); standalone
(tests, a manual run) `--socket PATH` binds one (mode 0660, group `--socket-group`). Requests are
served one at a time, so two changes never race on /etc/passwd. Replies: {"ok": true, "done": ...}
or {"ok": false, "error": reason, "retry": bool}; a refusal is logged with the same reason, and
with the peer's uid and pid (SO_PEERCRED). The password never reaches the log.
"""

from __future__ import annotations

import argparse
import grp
import json
import logging
import os
import socket
import struct
import sys
from pathlib import Path

from daemon.core.account_request import MAX_REQUEST_BYTES, Refused, parse_request
from daemon.privileged import accounts
from daemon.privileged.settings import HelperSettings, SettingsError, load_settings

log = logging.getLogger("lpse_akses.helper")
SD_LISTEN_FDS_START = 3


def handle(raw: bytes, settings: HelperSettings) -> dict[str, object]:
    """One request's reply (never raises for a bad or failed request)."""
    try:
        data = json.loads(raw.decode("utf-8"))
        req = parse_request(data, username=settings.username, allowed_groups=settings.groups)
        if req.action == "ping":
            return {"ok": True, "done": "pong", "missing_groups": accounts.missing_groups(settings),
                    "marker_group": settings.marker_group, "username_pattern": settings.username.pattern}  # fmt: skip
        done = accounts.ACTIONS[req.action](req, settings)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return _refused("the request is not one JSON object in UTF-8")
    except Refused as exc:
        return _refused(str(exc))
    except accounts.ToolFailed as exc:
        log.error("failed: %s", exc)
        return {"ok": False, "error": str(exc), "retry": exc.retry}
    except OSError as exc:
        log.error("failed: %s", exc)
        return {"ok": False, "error": f"{type(exc).__name__}: {exc}", "retry": False}
    log.info("%s %s: %s", req.action, req.username, done)
    return {"ok": True, "done": done}


def _refused(reason: str) -> dict[str, object]:
    log.warning("refused: %s", reason)
    return {"ok": False, "error": f"refused: {reason}", "retry": False}


def _read(conn: socket.socket) -> bytes:
    data = b""
    while b"\n" not in data and len(data) <= MAX_REQUEST_BYTES:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.split(b"\n", 1)[0]


def serve_one(conn: socket.socket, settings: HelperSettings) -> None:
    with conn:
        conn.settimeout(10)
        pid, uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
        try:
            raw = _read(conn)
        except OSError as exc:
            log.warning("peer uid=%d pid=%d: reading failed: %s", uid, pid, exc)
            return
        log.info("request from uid=%d pid=%d", uid, pid)
        reply = handle(raw, settings) if len(raw) <= MAX_REQUEST_BYTES else _refused("the request is too large")
        try:
            conn.sendall(json.dumps(reply).encode() + b"\n")
        except OSError as exc:
            log.warning("peer uid=%d pid=%d: the reply was not delivered: %s", uid, pid, exc)


def listening_socket(path: str | None, group: str | None) -> socket.socket:
    """systemd's socket when activated, else a new one at `path`."""
    if os.environ.get("LISTEN_PID") == str(os.getpid()) and os.environ.get("LISTEN_FDS") == "1":
        return socket.socket(fileno=SD_LISTEN_FDS_START)
    if not path:
        raise SystemExit("lpse-akses-helper: no socket from systemd, and no --socket PATH")
    Path(path).unlink(missing_ok=True)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(path)
    os.chmod(path, 0o660)
    if group:
        os.chown(path, 0, grp.getgrnam(group).gr_gid)
    sock.listen(16)
    return sock


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="lpse-akses-helper", description="lpse-akses privileged helper (root)")
    ap.add_argument("--config", default=os.environ.get("LPSE_AKSES_CONFIG", "/etc/lpse-akses/config.toml"))
    ap.add_argument("--socket", default=os.environ.get("LPSE_AKSES_HELPER_SOCKET"), help="standalone: bind this path")
    ap.add_argument("--socket-group", default=None, help="standalone: the group that may connect")
    ap.add_argument("--idle-exit", type=float, default=0, help="exit after this many idle seconds (0: never)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(message)s")
    if os.geteuid() != 0:
        raise SystemExit("lpse-akses-helper: must run as root")
    try:
        settings = load_settings(Path(args.config))
    except SettingsError as exc:
        raise SystemExit(f"lpse-akses-helper: {exc}") from None
    sock = listening_socket(args.socket, args.socket_group)
    missing = accounts.missing_groups(settings)
    if missing:
        log.warning("groups that do not exist yet: %s", ", ".join(missing))
    log.info("ready: usernames %s, marker group %s", settings.username.pattern, settings.marker_group)
    sock.settimeout(args.idle_exit or None)
    while True:
        try:
            conn, _ = sock.accept()
        except TimeoutError:
            return  # socket activation starts us again on the next connection
        serve_one(conn, settings)
