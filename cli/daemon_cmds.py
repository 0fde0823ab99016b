"""`run` (the daemon in the foreground) and `demo` (the whole SOP on the embedded sandbox)."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path

import click

from cli.base import EX_CONFIG, Context, fail, handle_errors
from daemon.setup.config import uses_placeholders


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@click.command("run")
@click.pass_obj
@handle_errors
def run_cmd(obj: Context) -> None:
    """Run the daemon in the foreground (systemd runs this)."""
    from daemon.main import Daemon

    placeholders = uses_placeholders(obj.config(secrets=False))  # before the secrets, as `check` does
    if placeholders:
        fail(f"Kesalahan konfigurasi: {obj.config_path}: {placeholders[0]}: masih berisi contoh (example.go.id)", EX_CONFIG)
    cfg = obj.config()
    setup_logging(cfg.log.level)
    try:
        asyncio.run(Daemon(cfg).run())
    except OSError as exc:
        fail(f"Gagal menjalankan daemon: {exc}")


@click.command("demo")
@click.option("--auto", is_flag=True, help="Approve and close by itself, through the real paths, and end.")
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), help="Keep the sandbox here.")
@click.option("--timeout", default=120.0, show_default=True, help="Give up after this many seconds.")
def demo_cmd(auto: bool, directory: Path | None, timeout: float) -> None:
    """Run the whole SOP on a local sandbox and narrate every step."""
    from daemon.demo.tour import run_demo

    setup_logging(os.environ.get("LPSE_AKSES_DEMO_LOG", "warning"))
    code = asyncio.run(run_demo(directory, auto=auto, timeout=timeout, say=click.echo))
    raise SystemExit(code)


def register(group: click.Group) -> None:
    group.add_command(run_cmd)
    group.add_command(demo_cmd)
