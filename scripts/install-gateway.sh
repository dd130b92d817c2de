#!/usr/bin/env bash
# Install aigw on a Debian host as a systemd service, from this checkout (README "Deploy").
#
#   sudo /opt/aigw/scripts/install-gateway.sh [--prefix DIR] [--no-system]
#
# Steps (each skipped when already done, so the script can be re-run):
#   1. system user aigw                          (not with --no-system)
#   2. Python venv with aigw: `make install` in the checkout (needs Python >= 3.12; Debian 13 ships
#      3.13). Offline: AIGW_VENV=/path/to/prepared/.venv links a prepared venv instead.
#   3. rules: /etc/aigw/rules (a copy of the demo rules; edit them, then `aigw check-rules`)
#   4. gateway CA: /var/lib/aigw/mitmproxy-ca.pem (key, mode 600) and mitmproxy-ca-cert.pem (for clients)
#   5. /var/log/aigw, logrotate, the systemd unit; enable and start aigw (not with --no-system)
#   6. aigw doctor
# --prefix DIR installs under DIR (DIR/etc/aigw, DIR/var/lib/aigw, …) for a trial run;
# --no-system skips what needs root and systemd (user, chown, systemctl).
set -euo pipefail

PREFIX=""
SYSTEM=1
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$(realpath -m "$2")"; shift 2 ;;
        --no-system) SYSTEM=0; shift ;;
        *) echo "usage: $0 [--prefix DIR] [--no-system]" >&2; exit 2 ;;
    esac
done

REPO="$(cd "$(dirname "$0")/.." && pwd)"
ETC="$PREFIX/etc/aigw"
STATE="$PREFIX/var/lib/aigw"
LOGS="$PREFIX/var/log/aigw"
say() { echo "install-gateway: $*"; }

# 1. user
if [ "$SYSTEM" = 1 ]; then
    [ "$(id -u)" = 0 ] || { echo "install-gateway: run as root (or use --no-system)" >&2; exit 1; }
    if ! id aigw >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/aigw --no-create-home --shell /usr/sbin/nologin aigw
        say "created user aigw"
    fi
fi

# 2. code and venv
if [ -n "${AIGW_VENV:-}" ]; then
    [ -x "$AIGW_VENV/bin/aigw" ] || { echo "install-gateway: $AIGW_VENV has no bin/aigw" >&2; exit 1; }
    [ -e "$REPO/.venv" ] || ln -s "$AIGW_VENV" "$REPO/.venv"
    VENV="$AIGW_VENV"
else
    make -C "$REPO" install
    VENV="$REPO/.venv"
fi
AIGW="$VENV/bin/aigw"

# 3. rules
install -d -m 0755 "$ETC"
if [ ! -d "$ETC/rules" ]; then
    cp -r "$REPO/rules" "$ETC/rules"
    say "copied the demo rules to $ETC/rules — edit them for your organisation"
fi
"$AIGW" check-rules "$ETC/rules" >/dev/null

# 4. gateway CA (10 years; rotate as docs/operations.md describes)
install -d -m 0700 "$STATE"
if [ ! -f "$STATE/mitmproxy-ca.pem" ]; then
    "$VENV/bin/python" -c 'import sys; from mitmproxy.certs import CertStore; CertStore.from_store(sys.argv[1], "mitmproxy", 2048)' "$STATE"
    say "created the gateway CA: clients must trust $STATE/mitmproxy-ca-cert.pem"
fi
chmod 600 "$STATE/mitmproxy-ca.pem"

# 5. logs, logrotate, systemd
install -d -m 0750 "$LOGS"
install -d "$PREFIX/etc/logrotate.d" "$PREFIX/etc/systemd/system"
install -m 0644 "$REPO/deploy/logrotate/aigw" "$PREFIX/etc/logrotate.d/aigw"
sed "s#/opt/aigw#$REPO#g" "$REPO/deploy/systemd/aigw.service" > "$PREFIX/etc/systemd/system/aigw.service"
if [ "$SYSTEM" = 1 ]; then
    chown -R aigw:aigw "$STATE" "$LOGS"
    chmod -R o-rwx "$ETC/rules" && chgrp -R aigw "$ETC/rules"
    systemctl daemon-reload
    systemctl enable --now aigw.service
    for _ in $(seq 1 60); do
        curl -fsS http://127.0.0.1:9090/readyz >/dev/null 2>&1 && break
        sleep 1
    done
fi

# 6. check
"$AIGW" doctor --rules "$ETC/rules" --confdir "$STATE" --audit-log "$LOGS/audit.jsonl" || true
say "done. Client CA certificate: $STATE/mitmproxy-ca-cert.pem ; proxy: <this host>:3128"
