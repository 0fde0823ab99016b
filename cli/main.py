"""The `lpse-akses` entry point: the group from `cli.base` with every command registered."""

from __future__ import annotations

from cli import admin, daemon_cmds, digest_cmds, mailbox_cmds, register_cmds, requests
from cli.base import cli

for _module in (admin, daemon_cmds, digest_cmds, mailbox_cmds, register_cmds, requests):
    _module.register(cli)


def main() -> None:
    cli(prog_name="lpse-akses")


if __name__ == "__main__":
    main()
