"""The config file: reading it (with its secrets), and the commented one `lpse-akses init` writes.

Reading: TOML, validated against the schema in `daemon.setup.config`, then the secrets from
`daemon.setup.secretfiles`; every error names the key and the file. Writing: generated from the
same schema, not hand-written, so that a new key can never be missing from it; a test loads
the output back and compares it with the defaults.
"""

from __future__ import annotations

import os
import secrets
import tomllib
from dataclasses import fields
from pathlib import Path
from typing import Any

from daemon.errors import ConfigError
from daemon.setup.config import _SECTION_TYPES, SECTIONS, Config, from_dict
from daemon.setup.secretfiles import with_secrets

HEADER = """# lpse-akses configuration (written by `lpse-akses init`).
# Durations: "90s", "15m", "24h", "7d". Secrets are never written here: each is read from
# $CREDENTIALS_DIRECTORY/<name> (systemd), else the *_file path below, else the environment
# (LPSE_AKSES_IMAP_PASSWORD, LPSE_AKSES_SMTP_PASSWORD, LPSE_AKSES_DATABASE_PASSWORD, LPSE_AKSES_SECRET_KEY).
# Check it with: lpse-akses check
"""

_DURATION_TEXT = {"duration"}


def _toml_value(value: Any, kind: str, original: Any) -> str:
    if kind in _DURATION_TEXT or kind == "size":
        return f'"{original}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if kind == "labels":
        return "{ " + ", ".join(f'"{k}" = "{v}"' for k, v in value) + " }"
    if kind == "groupmap":
        return "{ " + ", ".join(f"{right} = {_toml_value(groups, '', groups)}" for right, groups in value) + " }" if value else "{}"
    if isinstance(value, tuple):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_example(overrides: dict[str, dict[str, Any]] | None = None) -> str:
    """The whole config file, every key with its default (or override) and a comment."""
    overrides = overrides or {}
    out = [HEADER]
    for section in SECTIONS:
        out += _render_section(section, _SECTION_TYPES[section], overrides)
    return "\n".join(out) + "\n"


def _render_section(section: str, cls: type, overrides: dict[str, dict[str, Any]]) -> list[str]:
    out, subsections = [f"\n[{section}]"], []
    for f in fields(cls):
        if "secret" in f.metadata:
            continue
        if f.metadata.get("kind") == "section":  # [provisioner.linux] comes after its parent's keys
            subsections += _render_section(f"{section}.{f.name}", type(f.default_factory()), overrides)  # type: ignore[misc]
            continue
        value = overrides.get(section, {}).get(f.name, f.default)
        text = f"{f.name} = {_toml_value(value, f.metadata.get('kind', ''), value)}"
        help_text = f.metadata.get("help", "")
        out.append(f"{text:<50}  # {help_text}" if help_text else text)
    return out + subsections


def write_initial(config_path: Path, *, force: bool = False) -> tuple[Path, Path]:
    """Write the config and a new secret key (mode 0600) beside it; refuse to overwrite unless forced."""
    key_path = config_path.parent / "secret-key"
    for p in (config_path, key_path):
        if p.exists() and not force:
            raise FileExistsError(str(p))
    config_path.parent.mkdir(parents=True, exist_ok=True)
    data_dir = "/var/lib/lpse-akses" if str(config_path).startswith("/etc/") else str(config_path.parent.resolve())
    text = render_example(
        {
            "credentials": {"key_file": str(key_path.resolve())},
            "database": {"url": f"sqlite:///{data_dir}/lpse-akses.db"},
            "mailbox": {"password_file": str((config_path.parent / "imap-password").resolve())},
            "smtp": {"password_file": str((config_path.parent / "smtp-password").resolve())},
        }
    )
    config_path.write_text(text, encoding="utf-8")
    config_path.chmod(0o640)
    key_path.write_text(secrets.token_urlsafe(48) + "\n", encoding="utf-8")
    key_path.chmod(0o600)
    return config_path, key_path


def load(path: Path, env: dict[str, str] | None = None, *, secrets: bool = True) -> Config:
    """Read and validate the file; with `secrets`, read the secrets too. Raises ConfigError."""
    env = dict(os.environ) if env is None else env
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("the config file does not exist (create one with `lpse-akses init`)", key="", path=path) from None
    except OSError as exc:
        raise ConfigError(f"cannot read the config file: {exc.strerror}", key="", path=path) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {exc}", key="", path=path) from None
    cfg = from_dict(data, path)
    if not secrets:
        return cfg
    return with_secrets(cfg, env)


DEFAULT_PATH = Path("/etc/lpse-akses/config.toml")


def config_path(explicit: str | None, env: dict[str, str]) -> Path:
    """--config, else $LPSE_AKSES_CONFIG, else /etc/lpse-akses/config.toml."""
    if explicit:
        return Path(explicit)
    if env.get("LPSE_AKSES_CONFIG"):
        return Path(env["LPSE_AKSES_CONFIG"])
    return DEFAULT_PATH
