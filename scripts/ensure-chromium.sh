#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium: Playwright cannot download its own browser here.
# Installs the package when it is missing; needs root (CI and the dev machines run as root).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "Chromium not found at $CHROMIUM; installing Debian's chromium package..."
if [ "$(id -u)" -ne 0 ]; then
  echo "Need root to install chromium. Run: sudo apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
