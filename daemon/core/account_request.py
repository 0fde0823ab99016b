"""What the privileged helper accepts: one narrow request, checked field by field, or a refusal saying why.

Shared by the daemon's `linux` backend (which builds the request) and the root helper (which trusts
nothing the daemon says and checks it again): an action from a short list, a username of the
request-number pattern only, groups only from the configured mapping, a password under the BSSN rule
that cannot break `chpasswd`'s line format, a key that is exactly "type base64" (no options smuggled
into `authorized_keys`). Also the two expiry forms the helper writes: a whole UTC day for the system
(`--expiredate`, a backstop) and the exact minute for an SSH key (`expiry-time`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from daemon.core.password_policy import meets_policy
from daemon.core.policy import NUMBER_RE
from daemon.core.sshkey import checked_key

ACTIONS = ("create", "extend", "disable", "set_password", "ping")
GROUP_RE = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
MAX_REQUEST_BYTES = 16 * 1024


class Refused(ValueError):
    """The request is not one the helper may carry out; the message says which part and why."""


@dataclass(frozen=True)
class AccountRequest:
    action: str
    username: str = ""
    groups: tuple[str, ...] = ()
    expires: datetime | None = None  # aware, UTC
    password: str = ""
    ssh_public_key: str = ""
    number: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"action": self.action, "username": self.username, "groups": list(self.groups)}
        if self.expires is not None:
            out["expires"] = self.expires.astimezone(timezone.utc).isoformat(timespec="seconds")
        for key in ("password", "ssh_public_key", "number"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise Refused(f"{key} must be a string")
    return value


def parse_request(data: Any, *, username: re.Pattern[str], allowed_groups: frozenset[str]) -> AccountRequest:
    """The checked request, or `Refused`. `allowed_groups`: every group the mapping names."""
    if not isinstance(data, dict):
        raise Refused("the request must be a JSON object")
    unknown = sorted(set(data) - {"action", "username", "groups", "expires", "password", "ssh_public_key", "number"})
    if unknown:
        raise Refused(f"unknown field {unknown[0]!r}")
    action = _text(data, "action")
    if action not in ACTIONS:
        raise Refused(f"unknown action {action!r}; allowed: {', '.join(ACTIONS)}")
    if action == "ping":
        return AccountRequest("ping")
    name = _text(data, "username")
    if not username.fullmatch(name):
        raise Refused(f"username {name!r} does not match the request-number pattern {username.pattern}")
    groups = data.get("groups", [])
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        raise Refused("groups must be a list of strings")
    outside = [g for g in groups if g not in allowed_groups or not GROUP_RE.match(g)]
    if outside:
        raise Refused(f"group {outside[0]!r} is not in provisioner.linux.groups")
    expires = None
    if action in ("create", "extend"):
        try:
            expires = datetime.fromisoformat(_text(data, "expires"))
        except ValueError:
            raise Refused("expires must be an ISO 8601 time with its offset") from None
        if expires.tzinfo is None or not 2000 <= expires.year <= 2200:
            raise Refused("expires must be an ISO 8601 time with its offset")
        expires = expires.astimezone(timezone.utc)
    password = _text(data, "password")
    if action in ("create", "set_password") or password:
        if not meets_policy(password) or len(password) > 128 or not password.isprintable() or not password.isascii():
            raise Refused("the password breaks the rule (12 to 128 printable characters: upper, lower, digit, symbol)")
    key = _text(data, "ssh_public_key")
    if key and (len(key.split(" ")) != 2 or checked_key(*key.split(" ")) != key):
        raise Refused('ssh_public_key must be exactly "type base64" of a valid public key')
    number = _text(data, "number")
    if number and not NUMBER_RE.fullmatch(number):
        raise Refused(f"number {number!r} is not a request number")
    return AccountRequest(action, name, tuple(dict.fromkeys(groups)), expires, password, key, number)


def backstop_day(expires: datetime) -> int:
    """The shadow expiry (days since 1970-01-01, UTC) that never closes before `expires`: the first whole
    day starting at or after it. pam_unix refuses from the start of that day; the daemon's own timer has
    closed the account at the exact minute already."""
    return math.ceil(expires.timestamp() / 86400)


def key_expiry(expires: datetime) -> str:
    """OpenSSH's `expiry-time` (8.2+): YYYYMMDDHHMM with Z for UTC, so the system's zone does not matter."""
    return expires.astimezone(timezone.utc).strftime("%Y%m%d%H%MZ")


def authorized_keys_line(key: str, expires: datetime, number: str) -> str:
    return f'expiry-time="{key_expiry(expires)}" {key} lpse-akses {number}'.rstrip() + "\n"
