#!/usr/bin/env bash
# Set up and run the whole test suite: the system packages the real-server tests need
# (installed when run as root, else named), a virtual environment, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(python3-venv dovecot-imapd dovecot-lmtpd postgresql chromium openssh-server)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "The tests need: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e '.[test]'
# Two workers, each test file whole on one of them (its servers and module fixtures stay its own);
# LPSE_TEST_WORKERS=0 runs everything in this process.
exec .venv/bin/pytest -n "${LPSE_TEST_WORKERS:-2}" --dist loadfile "$@"
