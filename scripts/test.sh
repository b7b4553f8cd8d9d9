#!/usr/bin/env bash
# Set up and run every test, browser tests included: a .venv with the pinned packages, Debian's
# Chromium for Playwright to drive (Playwright cannot download its own browser here), and axe-core
# (from npm, into the git-ignored .cache/npm) for the accessibility checks.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -f .cache/npm/node_modules/axe-core/axe.min.js ]; then
  if ! command -v npm >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
  fi
  npm install --prefix .cache/npm --no-audit --no-fund --silent axe-core@4.14.1
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
.venv/bin/ruff check hooks scripts tests
.venv/bin/ruff format --check hooks scripts tests
.venv/bin/mypy
exec .venv/bin/python -m pytest -q "$@"
