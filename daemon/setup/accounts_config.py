"""The account side of the schema: `[provisioner.linux]`, and the checks of the password rule and the group map.

Kept beside `daemon.setup.config` (which imports it) so that the schema stays small to read. The
privileged helper reads the same `[provisioner.linux]` table and the same `access.username_prefix`
on its own (`daemon.privileged.settings`): it trusts the file, not the daemon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol

from daemon.core.password_policy import alphabet_problems
from daemon.core.policy import PREFIX_RE
from daemon.errors import ConfigError

GROUP = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")


def _f(default: Any, help: str, kind: str = "") -> Any:
    return field(default=default, metadata={"help": help, "kind": kind, "choices": ()})


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a string in quotes")
    return value


def _groupmap(value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if isinstance(value, tuple):
        return value  # the default
    if not isinstance(value, dict):
        raise ValueError('must be a table of right = ["group", ...], like { ssh = ["ssh-remote"] }')
    out = []
    for right, groups in value.items():
        if not isinstance(groups, list) or not all(isinstance(g, str) and GROUP.match(g) for g in groups):
            raise ValueError(f'{right}: must be a list of group names (lower case, like "ssh-remote")')
        out.append((right, tuple(groups)))
    return tuple(out)


def _group(value: Any) -> str:
    if not GROUP.match(_text(value)):
        raise ValueError(f'"{value}" is not a group name (lower case, like "lpse-akses-managed")')
    return str(value)


def _abspath(value: Any) -> str:
    if not _text(value).startswith("/"):
        raise ValueError(f'"{value}" is not an absolute path')
    return str(value)


def _prefix(value: Any) -> str:
    if not PREFIX_RE.match(_text(value)):
        raise ValueError(f'"{value}" must be 1 to 8 lower-case letters, like "ra"')
    return str(value)


EXTRA_KINDS: dict[str, Callable[[Any], Any]] = {"groupmap": _groupmap, "group": _group, "abspath": _abspath, "prefix": _prefix}


@dataclass(frozen=True)
class LinuxConfig:
    """[provisioner.linux]: local accounts for SSH, made by the privileged helper (lpse-akses-helper)."""

    socket: str = _f("/run/lpse-akses-helper.sock", "the helper's socket (only the lpse-akses group may open it)", "abspath")
    groups: tuple[tuple[str, tuple[str, ...]], ...] = _f(
        (), 'right -> groups, e.g. { ssh = ["ssh-remote"], database-readonly = ["dbread"] }', "groupmap"
    )
    marker_group: str = _f("lpse-akses-managed", "every account the helper makes is in it; it touches no other", "group")
    shell: str = _f("/bin/bash", "", "abspath")
    home_base: str = _f("/home", "homes are <home_base>/<username>", "abspath")

    def groups_for(self, rights: tuple[str, ...]) -> tuple[str, ...]:
        mapping = dict(self.groups)
        return tuple(dict.fromkeys(g for r in rights for g in mapping.get(r, ())))

    @property
    def all_groups(self) -> frozenset[str]:
        return frozenset(g for _, groups in self.groups for g in groups)


class _Credentials(Protocol):
    password_length: int
    password_alphabet: str


def check_accounts(cred: _Credentials, linux: LinuxConfig, rights: tuple[str, ...], src: Path) -> None:
    problems = alphabet_problems(cred.password_alphabet, cred.password_length)
    if problems:
        key = "credentials.password_length" if "length" in problems[0] else "credentials.password_alphabet"
        raise ConfigError("; ".join(problems), key=key, path=src)
    unknown = [r for r, _ in linux.groups if r not in rights]
    if unknown:
        raise ConfigError(f"right {unknown[0]!r} is not in access.rights", key="provisioner.linux.groups", path=src)
    if linux.marker_group in linux.all_groups:
        raise ConfigError("the marker group cannot also be a right's group", key="provisioner.linux.marker_group", path=src)
