"""The config: defaults, errors that name the key and the file, secrets from files or the environment."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from daemon.errors import ConfigError
from daemon.setup import config, configfile
from daemon.setup.configfile import render_example, write_initial

GOOD = """
[mailbox]
host = "mail.salatiga.go.id"
password_file = "{dir}/imap-password"
[smtp]
host = "mail.salatiga.go.id"
password_file = "{dir}/smtp-password"
from_address = "LPSE Kota Salatiga <lpse@salatiga.go.id>"
[people]
admins = ["admin.lpse@salatiga.go.id"]
approvers = ["kasubag.lpse@salatiga.go.id"]
[credentials]
key_file = "{dir}/secret-key"
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(text.format(dir=tmp_path))
    return p


def secrets_in(tmp_path: Path) -> None:
    (tmp_path / "imap-password").write_text("imap-secret\n")
    (tmp_path / "smtp-password").write_text("smtp-secret\n")
    (tmp_path / "secret-key").write_text("k" * 48)


def test_a_good_config_loads_with_its_secrets(tmp_path: Path) -> None:
    secrets_in(tmp_path)
    cfg = configfile.load(write(tmp_path, GOOD), env={})
    assert cfg.mailbox.password == "imap-secret" and cfg.smtp.password == "smtp-secret"
    assert cfg.mailbox.poll_interval == 60 and cfg.mailbox.max_message_size == 25 * 1024 * 1024
    assert cfg.from_address == "lpse@salatiga.go.id"
    assert "imap-secret" not in repr(cfg)


@pytest.mark.parametrize(
    ("toml", "key", "words"),
    [
        ('[mailbox]\nport = "993"', "mailbox.port", "whole number"),
        ("[mailbox]\nport = 70000", "mailbox.port", "port number"),
        ('[mailbox]\nsecurity = "ssl"', "mailbox.security", "tls | starttls | none"),
        ('[mailbox]\npoll_interval = "soon"', "mailbox.poll_interval", "duration"),
        ('[mailbox]\nmax_message_size = "big"', "mailbox.max_message_size", "size"),
        ('[mailbox]\nhostname = "x"', "mailbox.hostname", "unknown key"),
        ('[office]\ntimezone = "Jakarta"', "office.timezone", "timezone"),
        ('[people]\napprovers = ["not an address"]', "people.approvers", "email address"),
        ("[people]\napprovers = []", "people.approvers", "approver"),
        ('[access]\nrequired_fields = ["nama"]', "access.required_fields", "unknown field"),
        ('[digest]\nschedule = "sometimes"', "digest.schedule", "weekly"),
        ('[mailbox]\nsecurity = "none"\nhost = "mail.salatiga.go.id"', "mailbox.security", "only towards this machine"),
        ('[mailbox]\nbackend = "maildir"', "mailbox.path", "needs a path"),
        ('[web]\nlisten = "8080"', "web.listen", "host:port"),
        ("[web]\nfailed_link_limit = 0", "web.failed_link_limit", "1 or more"),
        ('[web]\ntrusted_proxies = ["proxy.lan"]', "web.trusted_proxies", "not an address or network"),
        ('[mailbox]\nread_budget = "lama"', "mailbox.read_budget", "duration"),
        ('[access]\ndefault_duration = "60d"', "access.default_duration", "max_duration"),
        ("[colour]\nx = 1", "colour", "unknown section"),
    ],
)
def test_errors_name_the_key_and_the_file(tmp_path: Path, toml: str, key: str, words: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as err:
        configfile.load(path, env={}, secrets=False)
    assert err.value.key == key
    assert str(path) in str(err.value) and key in str(err.value)
    assert words in str(err.value)


def test_bad_toml_and_missing_file_are_config_errors(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[mailbox\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        configfile.load(path, env={})
    with pytest.raises(ConfigError, match="does not exist"):
        configfile.load(tmp_path / "missing.toml", env={})


def test_secret_order_credentials_directory_then_file_then_environment(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    env = {"LPSE_AKSES_IMAP_PASSWORD": "from-env", "LPSE_AKSES_SMTP_PASSWORD": "s", "LPSE_AKSES_SECRET_KEY": "x" * 40}
    assert configfile.load(path, env=env).mailbox.password == "from-env"
    (tmp_path / "imap-password").write_text("from-file")
    assert configfile.load(path, env=env).mailbox.password == "from-file"
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "imap-password").write_text("from-systemd")
    assert configfile.load(path, env=env | {"CREDENTIALS_DIRECTORY": str(creds)}).mailbox.password == "from-systemd"


def test_a_missing_secret_says_where_to_put_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        configfile.load(write(tmp_path, GOOD), env={})
    assert err.value.key == "mailbox.password_file" and "LPSE_AKSES_IMAP_PASSWORD" in str(err.value)


def test_placeholders_of_the_example_are_reported() -> None:
    cfg = config.from_dict({})
    assert config.uses_placeholders(cfg) == ["mailbox.host", "smtp.host"]


def test_the_generated_example_loads_back_to_the_defaults() -> None:
    data = tomllib.loads(render_example())
    assert config.from_dict(data) == config.from_dict({}, source=config.Path("<dict>"))


def test_init_writes_a_config_and_a_private_key(tmp_path: Path) -> None:
    cfg_path, key_path = write_initial(tmp_path / "etc" / "config.toml")
    assert key_path.stat().st_mode & 0o777 == 0o600
    assert len(key_path.read_text().strip()) >= 48
    text = cfg_path.read_text()
    assert "# " in text and "[mailbox]" in text and "password =" not in text
    with pytest.raises(FileExistsError):
        write_initial(cfg_path)
    cfg = configfile.load(cfg_path, env={"LPSE_AKSES_IMAP_PASSWORD": "p", "LPSE_AKSES_SMTP_PASSWORD": "p"})
    assert cfg.credentials.secret_key == key_path.read_text().strip()


def test_the_design_example_config_keeps_its_names() -> None:
    """DESIGN's config.example.toml (copied in tests/data) loads unchanged: we kept every name."""
    example = Path(__file__).resolve().parents[1] / "data" / "config.example.toml"
    cfg = configfile.load(example, env={}, secrets=False)
    assert cfg.mailbox.oversize_folder == "Terlalu-Besar" and cfg.digest.formats == ("xlsx", "pdf")


def test_the_design_example_names_the_linux_backend() -> None:
    example = Path(__file__).resolve().parents[1] / "data" / "config.example.toml"
    cfg = configfile.load(example, env={}, secrets=False)
    assert cfg.provisioner.linux.groups_for(("ssh",)) == ("ssh-remote",)
    assert cfg.provisioner.linux.marker_group == "lpse-akses-managed" and cfg.credentials.password_length == 16
