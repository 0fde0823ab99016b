"""The helper's rules, read by itself from the daemon's config file: who it may make, in which groups.

Only `access.username_prefix` and `[provisioner.linux]` matter here; everything else in the file is
the daemon's. The helper does not import the daemon's config loader (its room imports only the core),
so it checks these few values again itself, and refuses to start when one is wrong.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from daemon.core.account_request import GROUP_RE
from daemon.core.policy import USERNAME_PREFIX, username_pattern


class SettingsError(Exception):
    """The config file cannot give the helper its rules; names the key and the file."""


@dataclass(frozen=True)
class HelperSettings:
    username: re.Pattern[str]
    groups: frozenset[str]  # every group provisioner.linux.groups names
    marker_group: str
    shell: str
    home_base: str

    @property
    def every_group(self) -> tuple[str, ...]:
        return (self.marker_group, *sorted(self.groups))


def _value(table: dict[str, Any], key: str, default: str, where: str, path: Path) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or not value:
        raise SettingsError(f"{path}: {where}.{key}: must be a non-empty string")
    return value


def load_settings(path: Path) -> HelperSettings:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{path}: cannot read the config file: {exc}") from None
    access = data.get("access", {})
    linux = data.get("provisioner", {}).get("linux", {})
    if not isinstance(access, dict) or not isinstance(linux, dict):
        raise SettingsError(f"{path}: [access] and [provisioner.linux] must be tables")
    try:
        pattern = username_pattern(_value(access, "username_prefix", USERNAME_PREFIX, "access", path))
    except ValueError as exc:
        raise SettingsError(f"{path}: access.username_prefix: {exc}") from None
    mapping = linux.get("groups", {})
    if not isinstance(mapping, dict):
        raise SettingsError(f"{path}: provisioner.linux.groups: must be a table of right = [groups]")
    groups: set[str] = set()
    for right, names in mapping.items():
        if not isinstance(names, list) or not all(isinstance(g, str) and GROUP_RE.match(g) for g in names):
            raise SettingsError(f"{path}: provisioner.linux.groups.{right}: must be a list of group names")
        groups.update(names)
    marker = _value(linux, "marker_group", "lpse-akses-managed", "provisioner.linux", path)
    if not GROUP_RE.match(marker) or marker in groups:
        raise SettingsError(f"{path}: provisioner.linux.marker_group: not a group name, or also a right's group")
    shell = _value(linux, "shell", "/bin/bash", "provisioner.linux", path)
    home = _value(linux, "home_base", "/home", "provisioner.linux", path)
    for key, value in (("shell", shell), ("home_base", home)):
        if not value.startswith("/"):
            raise SettingsError(f"{path}: provisioner.linux.{key}: must be an absolute path")
    return HelperSettings(pattern, frozenset(groups), marker, shell, home.rstrip("/") or "/")
