#!/usr/bin/env bash
# System packages the test suite needs (Debian). Idempotent: installs only what is missing and runs
# `apt-get update` at most once. Called by .ci/run before `make test`; other set-up may append to PACKAGES.
#   chromium          headless browser for the block-page screenshot test (tests/e2e/test_browser_e2e.py)
#   fonts-noto-cjk    Japanese glyphs, so the screenshot shows the block message instead of boxes
set -euo pipefail

PACKAGES=(chromium fonts-noto-cjk)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-system: all packages present (${PACKAGES[*]})"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "setup-system: need root to install: ${missing[*]}" >&2; exit 1
    fi
fi
echo "setup-system: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
