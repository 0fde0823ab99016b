"""`lpse-akses check` as an admin runs it, against the real Dovecot and SMTP relay.

Exit codes (DESIGN §8): 0 all good, 1 a server cannot be reached or refuses us (saying which
and why, in Indonesian), 78 a configuration error (naming the key and the file).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli.main import cli
from tests.real_office import make_office
from tests.servers import free_port
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import RelaySmtpServer

pytestmark = pytest.mark.servers


def check(config: Path) -> Result:
    return CliRunner().invoke(cli, ["--config", str(config), "check"], env={"LPSE_AKSES_CONFIG": ""})


def failed_lines(result: Result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("[GAGAL]")]


@pytest.fixture
def fresh_dovecot() -> Iterator[DovecotServer]:
    with DovecotServer(tls=False) as server:  # a failed login slows later logins on the same server
        yield server


def test_everything_reachable_is_exit_0(tmp_path: Path, dovecot: DovecotServer, smtp_relay: RelaySmtpServer) -> None:
    real = make_office(tmp_path, dovecot, smtp_relay)
    result = check(real.config_path)
    assert result.exit_code == 0, result.output
    assert failed_lines(result) == [] and "Semua pemeriksaan berhasil" in result.output
    assert "IMAP IMAP: login" in result.output and "SMTP SMTP: sambungan" in result.output
    assert "[ OK ] proses pembaca surel berjalan" in result.output and "batas waktu per surel 30 detik" in result.output
    assert smtp_relay.received == []  # check never sends mail


def test_tls_everywhere_is_exit_0(tmp_path: Path, dovecot: DovecotServer) -> None:
    with RelaySmtpServer(dovecot, username="lpse-kirim", password="rahasia-smtp", starttls=True) as relay:
        real = make_office(
            tmp_path, dovecot, relay,
            mailbox={"port": dovecot.imaps_port, "security": "tls", "tls_ca_file": str(dovecot.ca_file)},
            smtp={"security": "starttls", "tls_ca_file": relay.ca_file, "username": "lpse-kirim"},
            smtp_password="rahasia-smtp",
        )  # fmt: skip
        result = check(real.config_path)
    assert result.exit_code == 0, result.output
    assert "(TLS)" in result.output and "(STARTTLS)" in result.output


def test_a_wrong_imap_password_is_exit_1_and_says_so(
    tmp_path: Path, fresh_dovecot: DovecotServer, smtp_relay: RelaySmtpServer
) -> None:
    real = make_office(tmp_path, fresh_dovecot, smtp_relay)
    password_file = tmp_path / "imap-password"
    password_file.write_text("sandi-yang-keliru\n")
    result = check(real.config_path)
    assert result.exit_code == 1, result.output
    [line] = failed_lines(result)
    assert "IMAP" in line and "kata sandi ditolak" in line
    assert real.people.lpse in line and str(password_file) in line  # which account, which file to fix
    assert "sandi-yang-keliru" not in result.output


def test_a_wrong_imap_port_is_exit_1_connection_refused(
    tmp_path: Path, dovecot: DovecotServer, smtp_relay: RelaySmtpServer
) -> None:
    port = free_port()
    real = make_office(tmp_path, dovecot, smtp_relay, mailbox={"port": port})
    result = check(real.config_path)
    assert result.exit_code == 1, result.output
    [line] = failed_lines(result)
    assert "IMAP" in line and "menolak sambungan" in line and str(port) in line and "connection refused" in line


def test_starttls_against_a_server_without_tls_is_exit_1(
    tmp_path: Path, dovecot_minimal: DovecotServer, smtp_relay: RelaySmtpServer
) -> None:
    real = make_office(tmp_path, dovecot_minimal, smtp_relay, mailbox={"security": "starttls"})
    result = check(real.config_path)
    assert result.exit_code == 1, result.output
    [line] = failed_lines(result)
    assert "IMAP" in line and "tidak menawarkan STARTTLS" in line


def test_the_examples_placeholder_hosts_are_exit_78(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    init = CliRunner().invoke(cli, ["--config", str(config), "init"], env={"LPSE_AKSES_CONFIG": ""})
    assert init.exit_code == 0, init.output
    result = check(config)  # straight after `init`: no password files yet, hosts still the example's
    assert result.exit_code == 78, result.output
    assert f"{config}: mailbox.host: masih berisi contoh" in result.output
    assert f"{config}: smtp.host: masih berisi contoh" in result.output


def test_a_bad_value_is_exit_78_naming_the_key_and_the_file(
    tmp_path: Path, dovecot: DovecotServer, smtp_relay: RelaySmtpServer
) -> None:
    real = make_office(tmp_path, dovecot, smtp_relay, mailbox={"security": "ssl"})
    result = check(real.config_path)
    assert result.exit_code == 78, result.output
    assert str(real.config_path) in result.output and "mailbox.security" in result.output
    assert "tls | starttls | none" in result.output
