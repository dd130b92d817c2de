#!/usr/bin/env bash
# System packages the test suite needs (Debian). Idempotent: installs only what is missing and runs
# `apt-get update` at most once. Called by .ci/run before `make test`; other set-up may append to PACKAGES.
#   chromium          headless browser for the block-page screenshot test (tests/e2e/test_browser_e2e.py)
#   fonts-noto-cjk    Japanese glyphs, so the screenshot shows the block message instead of boxes
#   haproxy           several aigw workers behind HAProxy in TCP mode (tests/e2e/test_fleet_e2e.py, deploy/haproxy)
#   squid             authenticating proxy chained in front of aigw (tests/e2e/test_fleet_e2e.py, deploy/squid)
#   slapd, ldap-utils LDAP server for the proxy-auth test (tests/e2e/test_ldap_e2e.py); its own daemon is stopped
#   apache2-utils     htpasswd -B, as README "Deploy" has the admin create the staff password file
#                     (tests/e2e/test_deploy_readme.py; it falls back to the bcrypt package when missing)
#   nodejs, npm       the OpenID Connect provider of the console sign-in test (panva's oidc-provider, installed
#                     by `make test` with `npm ci` into tests/support/oidc/); skipped when node and npm are on PATH
#                     already (e.g. NodeSource's nodejs, which bundles npm)
#   postgresql        shared approval registry tests: a private cluster (initdb/pg_ctl, as nobody under root) on a
#                     free loopback port (tests/unit/registry, tests/e2e/test_governance_e2e.py); chromium also
#                     screenshots the monthly report (tests/unit/review/test_report.py)
set -euo pipefail

PACKAGES=(chromium fonts-noto-cjk haproxy squid slapd ldap-utils postgresql apache2-utils)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi
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
# the packages' own daemons are not wanted here: tests start their own instances on loopback ports
for svc in haproxy squid slapd postgresql; do
    $SUDO systemctl disable --now "$svc" >/dev/null 2>&1 || $SUDO service "$svc" stop >/dev/null 2>&1 || true
done
