"""The CLI through click's CliRunner: exit codes, --reason, JSON shapes, init, config errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import cli
from daemon.demo.sandbox import Sandbox, make_sandbox


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.output


@pytest.fixture
def sandbox(tmp_path: Path) -> Sandbox:
    box = make_sandbox(tmp_path / "office")
    assert run("--config", str(box.config), "db", "upgrade")[0] == 0
    return box


def test_help_lists_every_design_command() -> None:
    code, out = run("--help")
    assert code == 0
    for name in ("init", "check", "run", "demo", "requests", "approve", "reject", "close", "cancel", "extend", "resend",
                 "register", "audit", "db", "quarantine", "digest"):  # fmt: skip
        assert name in out
    code, out = run("register", "--help")
    assert code == 0 and "export" in out and "import" in out
    code, out = run("mailbox", "--help")
    assert code == 0 and "adopt" in out


def test_state_changing_commands_require_a_reason(sandbox: Sandbox) -> None:
    for command in ("approve", "reject", "close", "cancel", "resend"):
        code, out = run("--config", str(sandbox.config), command, "RA-2026-0001")
        assert code == 2 and "--reason" in out
    code, out = run("--config", str(sandbox.config), "register", "import", str(sandbox.config))
    assert code == 2 and "--reason" in out


def test_an_unknown_request_is_an_operation_failure(sandbox: Sandbox) -> None:
    code, out = run("--config", str(sandbox.config), "approve", "RA-2026-0099", "--reason", "uji")
    assert code == 1 and "RA-2026-0099" in out and "tidak ditemukan" in out


def test_a_config_error_exits_78_naming_key_and_file(tmp_path: Path) -> None:
    bad = tmp_path / "config.toml"
    bad.write_text('[mailbox]\nport = "imap"\n')
    code, out = run("--config", str(bad), "requests", "list")
    assert code == 78 and "mailbox.port" in out and str(bad) in out
    code, out = run("--config", str(tmp_path / "missing.toml"), "requests", "list")
    assert code == 78 and "lpse-akses init" in out


def test_the_config_path_comes_from_the_environment(sandbox: Sandbox) -> None:
    code, out = run("requests", "list", "--json", env={"LPSE_AKSES_CONFIG": str(sandbox.config)})
    assert code == 0 and json.loads(out) == []


def test_init_writes_config_and_key_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "etc" / "config.toml"
    code, out = run("--config", str(target), "init")
    assert code == 0 and target.exists() and (target.parent / "secret-key").stat().st_mode & 0o777 == 0o600
    code, out = run("--config", str(target), "init")
    assert code == 1 and "--force" in out
    code, out = run("--config", str(target), "check", env={"LPSE_AKSES_IMAP_PASSWORD": "x", "LPSE_AKSES_SMTP_PASSWORD": "x"})
    assert code == 78 and "mailbox.host" in out  # the example's placeholder hosts are still there
    code, out = run("--config", str(target), "run", env={"LPSE_AKSES_IMAP_PASSWORD": "x", "LPSE_AKSES_SMTP_PASSWORD": "x"})
    assert code == 78 and "mailbox.host" in out


def test_audit_verify_on_an_empty_trail(sandbox: Sandbox) -> None:
    code, out = run("--config", str(sandbox.config), "audit", "verify")
    assert code == 0 and "0 kejadian" in out


def test_register_export_rejects_a_bad_period(sandbox: Sandbox, tmp_path: Path) -> None:
    code, out = run("--config", str(sandbox.config), "register", "export", "--period", "kemarin", "-o", str(tmp_path / "x.csv"))
    assert code == 2 and "--period" in out


def test_check_warns_about_a_world_readable_secret_key(sandbox: Sandbox) -> None:
    key = sandbox.root / "secret-key"
    key.chmod(0o644)
    code, out = run("--config", str(sandbox.config), "check")
    assert "credentials.key_file" in out and "chmod 0640" in out
    key.chmod(0o600)
    code, out = run("--config", str(sandbox.config), "check")
    assert code == 0 and "chmod" not in out


def test_check_reports_a_broken_template_override(tmp_path: Path) -> None:
    overrides = tmp_path / "templates" / "id"
    overrides.mkdir(parents=True)
    (overrides / "ack_received.txt.j2").write_text("Yth. {{ recipient_name \n")
    box = make_sandbox(tmp_path / "office", extra_toml=f'\n[templates]\noverride_dir = "{tmp_path / "templates"}"\n')
    code, out = run("--config", str(box.config), "check")
    assert code == 1 and "ack_received.txt.j2" in out
