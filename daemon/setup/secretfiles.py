"""Secrets: read from systemd credentials, a file, or the environment; never from the config file.

DESIGN §8's order for a secret named e.g. `imap-password`: `$CREDENTIALS_DIRECTORY/imap-password`
(systemd's LoadCredential), else the `*_file` path in the config, else `LPSE_AKSES_IMAP_PASSWORD`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from daemon.errors import ConfigError
from daemon.setup.config import Config


def read_secret(name: str, file_path: str, env: dict[str, str], *, key: str, source: Path) -> str:
    """DESIGN §8's order: $CREDENTIALS_DIRECTORY/<name>, then the *_file path, then LPSE_AKSES_<NAME>."""
    candidates = []
    if env.get("CREDENTIALS_DIRECTORY"):
        candidates.append(Path(env["CREDENTIALS_DIRECTORY"]) / name)
    if file_path:
        candidates.append(Path(file_path))
    for path in candidates:
        try:
            return path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            continue
        except PermissionError:
            raise ConfigError(f"cannot read the secret file {path} (permission denied)", key=key, path=source) from None
    return env.get("LPSE_AKSES_" + name.upper().replace("-", "_"), "").strip()


def with_secrets(cfg: Config, env: dict[str, str]) -> Config:
    """The same config with its secrets read (from files or the environment, never the config file)."""
    src = cfg.path
    mailbox, smtp, creds = cfg.mailbox, cfg.smtp, cfg.credentials
    if mailbox.backend == "imap":
        pw = read_secret("imap-password", mailbox.password_file, env, key="mailbox.password_file", source=src)
        if not pw:
            raise ConfigError(
                f"no IMAP password: put it in {mailbox.password_file} or set LPSE_AKSES_IMAP_PASSWORD",
                key="mailbox.password_file",
                path=src,
            )
        mailbox = replace(mailbox, password=pw)
    if smtp.backend == "smtp" and smtp.username:
        pw = read_secret("smtp-password", smtp.password_file, env, key="smtp.password_file", source=src)
        if not pw:
            raise ConfigError(
                f"no SMTP password: put it in {smtp.password_file} or set LPSE_AKSES_SMTP_PASSWORD",
                key="smtp.password_file",
                path=src,
            )
        smtp = replace(smtp, password=pw)
    key = read_secret("secret-key", creds.key_file, env, key="credentials.key_file", source=src)
    if not key:
        raise ConfigError(
            f"no secret key: run `lpse-akses init` or put one in {creds.key_file}",
            key="credentials.key_file",
            path=src,
        )
    if len(key) < 32:
        raise ConfigError("the secret key is too short (at least 32 characters)", key="credentials.key_file", path=src)
    creds = replace(creds, secret_key=key)
    return replace(cfg, mailbox=mailbox, smtp=smtp, credentials=creds)


def database_url(cfg: Config, env: dict[str, str]) -> str:
    """The database URL, with the PostgreSQL password filled in from its secret when one is set."""
    url = cfg.database.url
    if url.startswith("postgresql"):
        pw = read_secret("database-password", cfg.database.password_file, env, key="database.password_file", source=cfg.path)
        if pw:
            from sqlalchemy.engine import make_url

            return make_url(url).set(password=pw).render_as_string(hide_password=False)
    return url
