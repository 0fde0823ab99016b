"""The configuration: one TOML file loaded once into frozen, typed objects.

The schema is the dataclasses below; their field metadata drives both the loader and the
commented example that `lpse-akses init` writes (`daemon.setup.configfile.render_example`), so the
two cannot drift. Nothing else in the program reads the environment or the config file.
Every error names the key and the file (`ConfigError`, exit code 78 in the CLI).
"""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, field, fields
from ipaddress import ip_network
from pathlib import Path
from typing import Any, get_type_hints
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daemon.core.password_policy import DEFAULT_ALPHABET, DEFAULT_LENGTH
from daemon.errors import ConfigError
from daemon.setup.accounts_config import EXTRA_KINDS, LinuxConfig, check_accounts

PLACEHOLDER_HOSTS = ("example.go.id", "example.com", "example.org")


def _f(default: Any, help: str, kind: str = "", choices: tuple[str, ...] = ()) -> Any:
    """A schema field: its default, its one-line help (the example's comment), and how to parse it."""
    meta = {"help": help, "kind": kind, "choices": choices}
    if isinstance(default, (list, tuple)):
        return field(default=tuple(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class OfficeConfig:
    name: str = _f("LPSE Kota Salatiga", "the office's name, as it signs its mail")
    city: str = _f("Salatiga", "the place written under the register")
    timezone: str = _f("Asia/Jakarta", "every time shown to people is in this zone (WIB)", "timezone")
    language: str = _f("id", "language of mail when a letter's is unknown", "choice", ("id", "en"))
    signer_title: str = _f("Kepala Bagian Pengadaan Barang dan Jasa Setda Kota Salatiga", "signer of the register")
    signer_name: str = _f("...", "")
    signer_rank: str = _f("Pembina", "")
    signer_nip: str = _f("...", "")
    admin_contact: str = _f("", "how people reach the admin (shown at the foot of every mail); default: the first admin")

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class DatabaseConfig:
    url: str = _f("sqlite:////var/lib/lpse-akses/lpse-akses.db", "or postgresql+psycopg://user@host/db")
    password_file: str = _f("/etc/lpse-akses/database-password", "PostgreSQL only; or LPSE_AKSES_DATABASE_PASSWORD")


@dataclass(frozen=True)
class MailboxConfig:
    backend: str = _f("imap", "imap | maildir", "choice", ("imap", "maildir"))
    host: str = _f("mail.example.go.id", "")
    port: int = _f(993, "", "port")
    security: str = _f("tls", "tls | starttls | none (none only on loopback)", "choice", ("tls", "starttls", "none"))
    username: str = _f("lpse@example.go.id", "")
    password_file: str = _f("/etc/lpse-akses/imap-password", "or LPSE_AKSES_IMAP_PASSWORD")
    tls_ca_file: str = _f("", "the office's private CA, if any")
    folder: str = _f("INBOX", "the folder requests arrive in")
    processed_folder: str = _f("Diproses", "handled mail is moved here")
    quarantine_folder: str = _f("Karantina", "mail that could not be handled is moved here")
    oversize_folder: str = _f("Terlalu-Besar", "mail over max_message_size is moved here unread")
    unrelated: str = _f("leave", "leave | move: mail that is not the SOP's stays in the folder (unread), or is moved too", "choice", ("leave", "move"))
    existing_mail: str = _f("history", "history | process: on the first start, mail already in the folder is history (left alone), or worked as new", "choice", ("history", "process"))
    idle: bool = _f(True, "use IMAP IDLE when the server offers it")
    poll_interval: float = _f("60s", "how often to look when IDLE is off or missing", "duration")
    max_message_size: int = _f("25MB", "larger messages are never fetched", "size")
    read_budget: float = _f("30s", "a message whose reading (parse, attachments, fields) takes longer is quarantined", "duration")
    alarm_after: float = _f("15m", "the admins are alarmed when the mailbox has not answered for this long", "duration")
    timeout: float = _f("30s", "one IMAP command's time limit; a silent server is noticed after this (in IDLE: poll_interval + this)", "duration")
    path: str = _f("", "the Maildir, when backend = \"maildir\"")
    password: str = field(default="", repr=False, metadata={"secret": "imap-password"})


@dataclass(frozen=True)
class SmtpConfig:
    backend: str = _f("smtp", "smtp | maildir", "choice", ("smtp", "maildir"))
    host: str = _f("mail.example.go.id", "")
    port: int = _f(587, "", "port")
    security: str = _f("starttls", "tls | starttls | none (none only on loopback)", "choice", ("tls", "starttls", "none"))
    username: str = _f("lpse@example.go.id", "empty: send without logging in")
    password_file: str = _f("/etc/lpse-akses/smtp-password", "or LPSE_AKSES_SMTP_PASSWORD")
    tls_ca_file: str = _f("", "")
    from_address: str = _f("LPSE Kota Salatiga <lpse@example.go.id>", "", "address")
    path: str = _f("", "the root of per-recipient Maildirs, when backend = \"maildir\"")
    timeout: float = _f("60s", "one SMTP conversation's time limit", "duration")
    retry_for: float = _f("2d", "a message that still cannot be sent after this long is marked failed", "duration")
    alarm_after: float = _f("2m", "one alert to the admins when the server cannot be reached this long (it arrives once it is back)", "duration")
    password: str = field(default="", repr=False, metadata={"secret": "smtp-password"})


@dataclass(frozen=True)
class PeopleConfig:
    admins: tuple[str, ...] = _f(["admin.lpse@example.go.id"], "Admin LPSE", "addresses")
    approvers: tuple[str, ...] = _f(["kasubag.lpse@example.go.id"], "Kasubag Pengelolaan LPSE", "addresses")
    backup_approvers: tuple[str, ...] = _f([], "pejabat pengganti, asked after escalate_after", "addresses")
    digest_recipients: tuple[str, ...] = _f(
        ["admin.lpse@example.go.id", "kasubag.lpse@example.go.id"], "", "addresses"
    )


@dataclass(frozen=True)
class ApprovalConfig:
    link_ttl: float = _f("72h", "approval links expire after this", "duration")
    reminder_after: float = _f("24h", "", "duration")
    max_reminders: int = _f(3, "")
    escalate_after: float = _f("72h", "", "duration")
    trusted_authserv_ids: tuple[str, ...] = _f(
        [], 'e.g. ["mx.example.go.id"]; empty: Authentication-Results not required', "strings"
    )


@dataclass(frozen=True)
class AccessConfig:
    default_duration: float = _f("7d", "when the letter names no end", "duration")
    max_duration: float = _f("30d", "no grant lasts longer", "duration")
    warn_before: float = _f("24h", "", "duration")
    rights: tuple[str, ...] = _f(["ssh", "vpn", "database-readonly", "spse-admin"], "", "strings")
    required_fields: tuple[str, ...] = _f(["name", "institution", "purpose", "access_rights"], "", "fieldnames")
    username_prefix: str = _f("ra", "usernames are <prefix><yy>_<nnnn> (RA-2026-0007 -> ra26_0007)", "prefix")
    labels: tuple[tuple[str, str], ...] = field(
        default=(("ssh", "SSH"), ("vpn", "VPN"), ("database-readonly", "Basis data (hanya baca)"), ("spse-admin", "Admin SPSE")),
        metadata={"help": "how mails and the register name each right (JSON keeps the codes)", "kind": "labels", "choices": ()},
    )

    def label(self, right: str) -> str:
        """The readable name of a right code; a code without a label is shown as it is."""
        return dict(self.labels).get(right, right)


@dataclass(frozen=True)
class CredentialsConfig:
    delivery: str = _f("email", "email | link", "choice", ("email", "link"))
    link_ttl: float = _f("24h", "", "duration")
    key_file: str = _f("/etc/lpse-akses/secret-key", "or LPSE_AKSES_SECRET_KEY; `init` writes it")
    password_length: int = _f(DEFAULT_LENGTH, "at least 12 (BSSN Peraturan No. 4/2021)")
    password_alphabet: str = _f(DEFAULT_ALPHABET, "upper, lower, digits, symbols; no look-alikes (0/O, 1/l/I, ...)")
    secret_key: str = field(default="", repr=False, metadata={"secret": "secret-key"})


@dataclass(frozen=True)
class ProvisionerConfig:
    backend: str = _f("command", "manual | command | linux", "choice", ("manual", "command", "linux"))
    create: tuple[str, ...] = _f(
        ["/usr/local/sbin/ra-create", "{username}", "{rights}", "{expires}"], "argv; the password comes on stdin", "strings"
    )
    disable: tuple[str, ...] = _f(["/usr/local/sbin/ra-disable", "{username}"], "", "strings")
    timeout: float = _f("60s", "", "duration")
    retry_for: float = _f("1h", "exit code 75 is retried this long, then the request fails", "duration")
    linux: LinuxConfig = field(default_factory=LinuxConfig, metadata={"kind": "section"})


@dataclass(frozen=True)
class WebConfig:
    listen: str = _f("127.0.0.1:8080", "host:port of the approval pages")
    public_url: str = _f("https://akses.example.go.id", "how approvers' browsers reach those pages")
    failed_link_limit: int = _f(20, "refused link attempts from one address before it must wait (HTTP 429)")
    failed_link_window: float = _f("10m", "the window those attempts are counted in, and the wait", "duration")
    trusted_proxies: tuple[str, ...] = _f(
        [], 'reverse proxies whose X-Forwarded-For names the client, e.g. ["127.0.0.1"]', "strings"
    )


@dataclass(frozen=True)
class TemplatesConfig:
    override_dir: str = _f("", "files here replace the built-in templates of the same name")


@dataclass(frozen=True)
class RetentionConfig:
    raw_messages: float = _f("2y", "", "duration")
    audit: float = _f("10y", "", "duration")


@dataclass(frozen=True)
class DigestConfig:
    schedule: str = _f("weekly mon 07:00", "daily HH:MM | weekly DAY HH:MM | monthly D HH:MM | off", "schedule")
    formats: tuple[str, ...] = _f(["xlsx", "pdf"], "the register attached to each digest", "strings", ("csv", "xlsx", "pdf"))


@dataclass(frozen=True)
class LogConfig:
    level: str = _f("info", "", "choice", ("debug", "info", "warning", "error"))


@dataclass(frozen=True)
class Config:
    office: OfficeConfig
    database: DatabaseConfig
    mailbox: MailboxConfig
    smtp: SmtpConfig
    people: PeopleConfig
    approval: ApprovalConfig
    access: AccessConfig
    credentials: CredentialsConfig
    provisioner: ProvisionerConfig
    web: WebConfig
    templates: TemplatesConfig
    retention: RetentionConfig
    digest: DigestConfig
    log: LogConfig
    path: Path = Path("<defaults>")

    @property
    def approver_addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in self.people.approvers + self.people.backup_approvers)

    @property
    def from_address(self) -> str:
        """The bare address the daemon sends from."""
        return parse_address(self.smtp.from_address)[1]

    @property
    def admin_contact(self) -> str:
        return self.office.admin_contact or (self.people.admins[0] if self.people.admins else self.from_address)


SECTIONS: dict[str, type] = {f.name: f.type for f in fields(Config) if f.name != "path"}  # type: ignore[misc]
_SECTION_TYPES = get_type_hints(Config)

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w|y)\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "y": 365 * 86400}
_SIZE = re.compile(r"^\s*(\d+)\s*(B|KB|MB|GB)?\s*$", re.I)
_SIZE_UNITS = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}
_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def parse_duration(text: str) -> float:
    """'90s', '15m', '24h', '7d', '2y' → seconds."""
    m = _DURATION.match(str(text))
    if not m:
        raise ValueError(f'"{text}" is not a duration like "90s", "15m", "24h", "7d"')
    return float(m.group(1)) * _UNITS[m.group(2)]


def parse_size(text: str | int) -> int:
    if isinstance(text, int):
        return text
    m = _SIZE.match(text)
    if not m:
        raise ValueError(f'"{text}" is not a size like "25MB"')
    return int(m.group(1)) * _SIZE_UNITS[(m.group(2) or "B").upper()]


def parse_address(text: str) -> tuple[str, str]:
    """'Name <a@b.c>' or 'a@b.c' → (name, lower-case address); ValueError when there is none."""
    m = re.match(r"^\s*(.*?)\s*<([^<>]+)>\s*$", text)
    name, addr = (m.group(1).strip('" '), m.group(2).strip()) if m else ("", text.strip())
    if not _ADDRESS.match(addr):
        raise ValueError(f'"{text}" is not an email address')
    return name, addr.lower()


def _convert(kind: str, choices: tuple[str, ...], value: Any, default: Any) -> Any:
    if kind in EXTRA_KINDS:
        return EXTRA_KINDS[kind](value)
    if kind == "duration":
        return parse_duration(value)
    if kind == "size":
        return parse_size(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if isinstance(default, int) and not isinstance(default, bool) and kind != "size":
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError("must be a whole number")
        if kind == "port" and not 0 < value < 65536:
            raise ValueError("must be a port number between 1 and 65535")
        return value
    if kind == "labels":
        if isinstance(value, tuple):
            return value
        if not isinstance(value, dict) or not all(isinstance(v, str) and v.strip() for v in value.values()):
            raise ValueError('must be a table of names, like { ssh = "SSH", database-readonly = "Basis data (hanya baca)" }')
        given = {str(k): v.strip() for k, v in value.items()}
        return tuple({**dict(default), **given}.items())  # the office's names win; the others keep theirs
    if isinstance(default, tuple):
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ValueError('must be a list of strings, like ["a", "b"]')
        bad = [v for v in value if choices and v not in choices]
        if bad:
            raise ValueError(f"unknown value {bad[0]!r}; use: {' | '.join(choices)}")
        if kind == "addresses":
            return tuple(parse_address(v)[1] for v in value)
        if kind == "fieldnames":
            from daemon.core.fields import FIELD_NAMES

            bad = [v for v in value if v not in FIELD_NAMES]
            if bad:
                raise ValueError(f"unknown field {bad[0]!r}; known: {', '.join(FIELD_NAMES)}")
        return tuple(value)
    if not isinstance(value, str):
        raise ValueError("must be a string in quotes")
    if choices and value not in choices:
        raise ValueError(f"must be one of: {' | '.join(choices)}")
    if kind == "timezone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f'"{value}" is not a timezone name like "Asia/Jakarta"') from None
    if kind == "address":
        parse_address(value)
    if kind == "schedule":
        from daemon.core.schedule import parse_schedule

        parse_schedule(value)
    return value


def _section(cls: type, data: dict[str, Any], section: str, source: Path) -> Any:
    known = {f.name: f for f in fields(cls) if "secret" not in f.metadata}
    for key in data:
        if key not in known:
            raise ConfigError(f"unknown key {section}.{key}", key=f"{section}.{key}", path=source)
    values: dict[str, Any] = {}
    for name, f in known.items():
        if f.metadata.get("kind") == "section":  # a sub-table, like [provisioner.linux]
            sub = data.get(name, {})
            if not isinstance(sub, dict):
                raise ConfigError("must be a table", key=f"{section}.{name}", path=source)
            values[name] = _section(f.default_factory, sub, f"{section}.{name}", source)  # type: ignore[misc]
            continue
        raw = data.get(name, f.default if f.default is not MISSING else None)
        try:
            values[name] = _convert(f.metadata.get("kind", ""), f.metadata.get("choices", ()), raw, f.default)
        except ValueError as exc:
            raise ConfigError(str(exc), key=f"{section}.{name}", path=source) from None
    return cls(**values)


def from_dict(data: dict[str, Any], source: Path = Path("<dict>")) -> Config:
    """Build a Config from parsed TOML (secrets not yet read); raises ConfigError."""
    sections: dict[str, Any] = {}
    for key in data:
        if key not in SECTIONS:
            raise ConfigError(f"unknown section [{key}]", key=key, path=source)
    for name in SECTIONS:
        raw = data.get(name, {})
        if not isinstance(raw, dict):
            raise ConfigError("must be a table", key=name, path=source)
        sections[name] = _section(_SECTION_TYPES[name], raw, name, source)
    cfg = Config(**sections, path=source)
    _cross_checks(cfg)
    return cfg


def _cross_checks(cfg: Config) -> None:
    src = cfg.path
    if not cfg.people.approvers:
        raise ConfigError("at least one approver is needed (the Kasubag)", key="people.approvers", path=src)
    if not cfg.people.admins:
        raise ConfigError("at least one admin is needed", key="people.admins", path=src)
    for sec, c in (("mailbox", cfg.mailbox), ("smtp", cfg.smtp)):
        if c.backend == "maildir" and not c.path:
            raise ConfigError('backend = "maildir" needs a path', key=f"{sec}.path", path=src)
        if c.backend in ("imap", "smtp") and c.security == "none" and not is_loopback(c.host):
            raise ConfigError(
                'security = "none" is allowed only towards this machine (127.0.0.1, ::1, localhost); '
                'use "tls" or "starttls"',
                key=f"{sec}.security",
                path=src,
            )
    if cfg.access.default_duration > cfg.access.max_duration:
        raise ConfigError("is longer than access.max_duration", key="access.default_duration", path=src)
    check_accounts(cfg.credentials, cfg.provisioner.linux, cfg.access.rights, src)
    host, _, port = cfg.web.listen.rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError('must be "host:port", like "127.0.0.1:8080"', key="web.listen", path=src)
    if cfg.web.failed_link_limit < 1:
        raise ConfigError("must be 1 or more", key="web.failed_link_limit", path=src)
    for proxy in cfg.web.trusted_proxies:
        try:
            ip_network(proxy, strict=False)
        except ValueError:
            raise ConfigError(f'"{proxy}" is not an address or network like "127.0.0.1"', key="web.trusted_proxies", path=src) from None
    if not re.match(r"^https?://", cfg.web.public_url):
        raise ConfigError('must start with "https://" (or "http://" for a test)', key="web.public_url", path=src)


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def uses_placeholders(cfg: Config) -> list[str]:
    """The keys that still hold the example's placeholder hosts (DESIGN §8: run/check exit 78)."""
    keys = []
    if cfg.mailbox.backend == "imap" and cfg.mailbox.host.endswith(PLACEHOLDER_HOSTS):
        keys.append("mailbox.host")
    if cfg.smtp.backend == "smtp" and cfg.smtp.host.endswith(PLACEHOLDER_HOSTS):
        keys.append("smtp.host")
    return keys

