"""The command group, the shared context, and the one place that maps errors to exit codes.

Exit codes (DESIGN §8): 0 ok, 1 operation failed, 2 usage, 78 configuration error.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any, Callable, TypeVar

import click

from daemon.errors import ConfigError, OperationError
from daemon.setup import configfile
from daemon.setup.config import Config

EX_OK, EX_FAIL, EX_USAGE, EX_CONFIG = 0, 1, 2, 78
F = TypeVar("F", bound=Callable[..., Any])


class Context:
    """What every command may need, loaded lazily: a command that needs no config never reads it."""

    def __init__(self, config_path: str | None) -> None:
        self.config_path = configfile.config_path(config_path, dict(os.environ))
        self._cfg: Config | None = None

    def config(self, *, secrets: bool = True) -> Config:
        if self._cfg is None or not secrets:
            cfg = configfile.load(self.config_path, dict(os.environ), secrets=secrets)
            if not secrets:
                return cfg
            self._cfg = cfg
        return self._cfg

    @staticmethod
    def os_user() -> str:
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return f"uid {os.getuid()}"


def fail(message: str, code: int = EX_FAIL) -> None:
    click.echo(message, err=True)
    sys.exit(code)


def handle_errors(fn: F) -> F:
    """Turn our two error families into their exit codes with a sentence, never a traceback."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ConfigError as exc:
            fail(f"Kesalahan konfigurasi: {exc}", EX_CONFIG)
        except OperationError as exc:
            fail(f"Gagal: {exc}", EX_FAIL)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    envvar="LPSE_AKSES_CONFIG",
    type=click.Path(dir_okay=False),
    help="Config file (default: $LPSE_AKSES_CONFIG or /etc/lpse-akses/config.toml).",
)
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """lpse-akses: the LPSE remote-access SOP, run by email."""
    ctx.obj = Context(config_path)
