"""The privileged helper (lpse-akses-helper): the one part of lpse-akses that runs as root.

The daemon stays unprivileged (its unit has NoNewPrivileges and no capabilities); making, extending and
closing a local account goes through this small program, started by systemd on its socket
(systemd/lpse-akses-helper.socket, only the lpse-akses group may open it). It reads its rules from the
config file itself ([provisioner.linux], access.username_prefix), trusts nothing the daemon sends, and
touches only accounts in its marker group.

Rule (checked by tests/unit/test_layout.py): runs as root; imports only the standard library and
daemon.core, so that what runs as root stays small enough to read in one sitting.
"""
