#!/usr/bin/env bash
# Debian's Chromium and ChromeDriver for the dashboard browser tests (tests/dashboard). A test
# tool's own browser download does not work on a closed network; Debian's packages do.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "The dashboard tests need /usr/bin/chromium and /usr/bin/chromedriver: install Debian's chromium" >&2
  echo "and chromium-driver as root, or leave those tests out with: .venv/bin/pytest -m 'not dashboard'" >&2
  exit 1
fi
echo "Installing Debian's chromium and chromium-driver for the dashboard tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q --no-install-recommends chromium chromium-driver >/dev/null \
  || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends chromium chromium-driver >/dev/null; }
/usr/bin/chromium --version
