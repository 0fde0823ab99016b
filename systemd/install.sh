#!/usr/bin/env bash
# Install lpse-akses on Debian 12 as a systemd service, in one command (as root):
#   sudo ./systemd/install.sh
# It creates the user, a virtual environment in /opt/lpse-akses, the config and secret key
# in /etc/lpse-akses (kept if they exist), installs the unit and starts it once
# `lpse-akses check` passes. Run it again to upgrade.
set -euo pipefail
[ "$(id -u)" = 0 ] || { echo "Jalankan sebagai root: sudo $0" >&2; exit 1; }
src="$(cd "$(dirname "$0")/.." && pwd)"
apt-get install -y -qq python3-venv >/dev/null
id lpse-akses >/dev/null 2>&1 || adduser --system --group --home /var/lib/lpse-akses --no-create-home lpse-akses
install -d -o root -g lpse-akses -m 0750 /etc/lpse-akses
install -d -o lpse-akses -g lpse-akses -m 0750 /var/lib/lpse-akses
python3 -m venv /opt/lpse-akses/venv
/opt/lpse-akses/venv/bin/pip install -q --upgrade "$src[postgresql]"
install -m 0644 "$src/README.md" /opt/lpse-akses/README.md
ln -sf /opt/lpse-akses/venv/bin/lpse-akses /usr/local/bin/lpse-akses
if [ ! -e /etc/lpse-akses/config.toml ]; then
  lpse-akses --config /etc/lpse-akses/config.toml init
  chgrp lpse-akses /etc/lpse-akses/config.toml
  for s in imap-password smtp-password; do install -m 0600 /dev/null "/etc/lpse-akses/$s"; done
fi
install -m 0644 "$src/systemd/lpse-akses.service" /etc/systemd/system/lpse-akses.service
# The privileged helper for provisioner.backend = "linux" (root, socket-activated, only lpse-akses may ask it).
install -m 0644 "$src/systemd/lpse-akses-helper.socket" /etc/systemd/system/lpse-akses-helper.socket
install -m 0644 "$src/systemd/lpse-akses-helper.service" /etc/systemd/system/lpse-akses-helper.service
getent group lpse-akses-managed >/dev/null || groupadd --system lpse-akses-managed
systemctl daemon-reload
systemctl enable --now lpse-akses-helper.socket >/dev/null
systemctl enable lpse-akses.service >/dev/null
if LPSE_AKSES_IMAP_PASSWORD="$(cat /etc/lpse-akses/imap-password)" \
   LPSE_AKSES_SMTP_PASSWORD="$(cat /etc/lpse-akses/smtp-password)" \
   lpse-akses --config /etc/lpse-akses/config.toml check; then
  systemctl restart lpse-akses.service
  echo "lpse-akses berjalan: systemctl status lpse-akses"
else
  echo "Lengkapi /etc/lpse-akses/config.toml dan file kata sandi, lalu: sudo systemctl start lpse-akses" >&2
fi
