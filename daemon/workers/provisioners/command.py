"""The `command` backend: configured programs (a VPN, a jump host) create and disable accounts.

argv comes from the config with placeholders filled in ({username}, {rights}, {expires},
{expires_date}, {number}, {name}, {institution}, {purpose}, {requester}); no shell is
involved. The password goes on stdin followed by a newline; `extend` re-runs the create
program with the new expiry and an empty line on stdin, meaning "keep the password".
Exit codes: 0 done or already so, 75 try again later, anything else permanent.
"""

from __future__ import annotations

import subprocess
from datetime import tzinfo

from daemon.workers.provisioners import AccountSpec, ProvisionFailed, ProvisionRetry

EX_TEMPFAIL = 75


class CommandProvisioner:
    def __init__(self, create: tuple[str, ...], disable: tuple[str, ...], *, timeout: float, tz: tzinfo) -> None:
        self.create_argv, self.disable_argv, self.timeout, self.tz = create, disable, timeout, tz

    def _argv(self, template: tuple[str, ...], account: AccountSpec) -> list[str]:
        local = account.expires.astimezone(self.tz)
        values = {
            "username": account.username,
            "rights": ",".join(account.rights),
            "expires": local.isoformat(timespec="minutes"),
            "expires_date": local.date().isoformat(),
            "number": account.number,
            "name": account.name,
            "institution": account.institution,
            "purpose": account.purpose,
            "requester": account.requester,
        }
        try:
            return [part.format(**values) for part in template]
        except (KeyError, IndexError) as exc:
            raise ProvisionFailed(f"unknown placeholder {exc} in the provisioner command") from None

    def _run(self, argv: list[str], stdin: str) -> None:
        try:
            done = subprocess.run(argv, input=stdin.encode(), capture_output=True, timeout=self.timeout, check=False)
        except subprocess.TimeoutExpired:
            raise ProvisionRetry(f"{argv[0]} did not finish within {self.timeout:.0f} s") from None
        except FileNotFoundError:
            raise ProvisionFailed(f"program not found: {argv[0]}") from None
        except PermissionError:
            raise ProvisionFailed(f"program not executable: {argv[0]}") from None
        if done.returncode == 0:
            return
        err = (done.stderr or done.stdout).decode("utf-8", "replace").strip()[-500:]
        message = f"{argv[0]} exited with {done.returncode}: {err}"
        if done.returncode == EX_TEMPFAIL:
            raise ProvisionRetry(message)
        raise ProvisionFailed(message)

    def create(self, account: AccountSpec, password: str) -> None:
        self._run(self._argv(self.create_argv, account), password + "\n")

    def disable(self, account: AccountSpec) -> None:
        self._run(self._argv(self.disable_argv, account), "")

    def extend(self, account: AccountSpec) -> None:
        self._run(self._argv(self.create_argv, account), "\n")
