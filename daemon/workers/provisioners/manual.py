"""The `manual` backend: the Admin LPSE makes (or disables) the account by hand and records it with the CLI.

Every call raises `ManualStep`: the worker parks the job as "manual", tells the admins once
what to do, and the job waits until `lpse-akses account done ID --reason ...` records that it
was done (the password the admin set is read from standard input, never from argv).
"""

from __future__ import annotations

from daemon.workers.provisioners import AccountSpec, ProvisionError

WHAT = {
    "create": "Buat akun remote akses {u} (hak akses: {r}; berakhir pada {e}) secara manual.",
    "disable": "Nonaktifkan akun remote akses {u} secara manual dan akhiri sesi yang masih berjalan.",
    "extend": "Ubah masa berlaku akun remote akses {u} menjadi {e} secara manual.",
}


class ManualStep(ProvisionError):
    """A person must do this step; the job waits for `lpse-akses account done`."""


class ManualProvisioner:
    @staticmethod
    def _step(action: str, account: AccountSpec) -> ManualStep:
        text = WHAT[action].format(u=account.username, r=", ".join(account.rights) or "-", e=account.expires.isoformat(timespec="minutes"))
        return ManualStep(text)

    def create(self, account: AccountSpec, password: str) -> None:
        raise self._step("create", account)

    def disable(self, account: AccountSpec) -> None:
        raise self._step("disable", account)

    def extend(self, account: AccountSpec) -> None:
        raise self._step("extend", account)
