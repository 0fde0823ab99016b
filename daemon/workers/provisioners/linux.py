"""The `linux` backend: local accounts for SSH, made by the privileged helper over its Unix socket.

The daemon never runs useradd itself (its unit cannot): it sends the helper one JSON request per
call (`daemon.core.account_request`) and reads one reply. The groups are those `provisioner.linux.groups`
maps the grant's rights to; the helper checks them again against the same file. The system expiry
the helper sets is a whole UTC day after the grant's end (a backstop while the daemon is down);
the daemon's expiry timer disables the account at the exact minute.

A helper that cannot be reached, or that says "try again" (a lock on /etc/passwd), is a retry;
a refusal or a failed tool is permanent, and the admins are told its reason.
"""

from __future__ import annotations

import json
import socket
from typing import Any

from daemon.core.account_request import AccountRequest
from daemon.setup.accounts_config import LinuxConfig
from daemon.workers.provisioners import AccountSpec, ProvisionFailed, ProvisionRetry


def ask_helper(path: str, request: dict[str, Any], timeout: float) -> dict[str, Any]:
    """One request, one reply; ProvisionRetry when the helper cannot be reached or does not answer."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(path)
            sock.sendall(json.dumps(request).encode() + b"\n")
            data = b""
            while not data.endswith(b"\n"):
                chunk = sock.recv(4096)
                if not chunk:
                    break
                data += chunk
    except (FileNotFoundError, ConnectionRefusedError) as exc:
        raise ProvisionRetry(f"the helper at {path} is not running ({exc.strerror}); is lpse-akses-helper.socket enabled?") from None
    except PermissionError:
        raise ProvisionFailed(f"no permission to open {path}: the daemon's user must be in the lpse-akses group") from None
    except OSError as exc:
        raise ProvisionRetry(f"the helper at {path} did not answer: {exc}") from None
    try:
        reply = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ProvisionRetry(f"the helper at {path} gave no reply") from None
    if not isinstance(reply, dict):
        raise ProvisionRetry(f"the helper at {path} gave no reply")
    return reply


class LinuxProvisioner:
    def __init__(self, cfg: LinuxConfig, *, timeout: float) -> None:
        self.cfg, self.timeout = cfg, timeout

    def _send(self, request: AccountRequest) -> str:
        reply = ask_helper(self.cfg.socket, request.to_json(), self.timeout)
        if reply.get("ok") is True:
            return str(reply.get("done", ""))
        error = str(reply.get("error") or "the helper refused without a reason")
        if reply.get("retry") is True:
            raise ProvisionRetry(f"lpse-akses-helper: {error}")
        raise ProvisionFailed(f"lpse-akses-helper: {error}")

    def _request(self, action: str, account: AccountSpec, password: str = "") -> AccountRequest:
        return AccountRequest(
            action=action,
            username=account.username,
            groups=self.cfg.groups_for(account.rights),
            expires=account.expires if action in ("create", "extend") else None,
            password=password,
            ssh_public_key=account.ssh_public_key or "",
            number=account.number,
        )

    def create(self, account: AccountSpec, password: str) -> None:
        self._send(self._request("create", account, password))

    def extend(self, account: AccountSpec) -> None:
        self._send(self._request("extend", account))

    def disable(self, account: AccountSpec) -> None:
        self._send(self._request("disable", account))

    def set_password(self, account: AccountSpec, password: str) -> None:
        self._send(self._request("set_password", account, password))

    def ping(self) -> dict[str, Any]:
        """The helper's view: its username pattern, marker group and the configured groups that do not exist."""
        return ask_helper(self.cfg.socket, {"action": "ping"}, self.timeout)
