"""Who makes and disables the accounts: one small interface, three backends (manual, command, linux).

    ProvisionError
     ├── ProvisionRetry     try again later (a command's exit code 75, a timeout)
     └── ProvisionFailed    permanent (any other exit code, a missing program)

Every call is idempotent: "create" on an existing account, or "disable" on a disabled
one, succeeds (DESIGN §6: exit 0 means done or already so). Passwords reach a backend as
an argument of `create` and go to a program on stdin, never in argv.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


class ProvisionError(Exception):
    """Base of provisioning failures."""


class ProvisionRetry(ProvisionError):
    """Temporary: the job is tried again later."""


class ProvisionFailed(ProvisionError):
    """Permanent: the admins must look."""


@dataclass(frozen=True)
class AccountSpec:
    """What a backend needs to know about the account (no secret here)."""

    username: str
    number: str
    rights: tuple[str, ...]
    expires: datetime  # aware, the grant's end
    name: str
    institution: str
    purpose: str
    requester: str
    ssh_public_key: str | None = None  # "type base64" from the letter, for the linux backend


class Provisioner(Protocol):
    def create(self, account: AccountSpec, password: str) -> None:
        """Make the account (or make sure it exists with this password and expiry)."""

    def disable(self, account: AccountSpec) -> None:
        """Lock the account and end its sessions."""

    def extend(self, account: AccountSpec) -> None:
        """Move the account's expiry to `account.expires`."""
