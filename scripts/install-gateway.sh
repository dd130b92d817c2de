#!/usr/bin/env bash
# Install aigw on a Debian host as a systemd service, from this checkout (README "Deploy").
#
#   sudo /opt/aigw/scripts/install-gateway.sh --org NAME [--htpasswd FILE | --proxyauth SPEC]
#        [--listen-host ADDR] [--listen-port PORT] [--upstream-proxy URL] [--prefix DIR] [--no-system]
#
# Steps (each skipped when already done, so the script can be re-run):
#   1. system user aigw                          (not with --no-system)
#   2. Python venv with aigw: `make install` in the checkout (needs Python >= 3.12; Debian 13 ships
#      3.13). Offline: AIGW_VENV=/path/to/prepared/.venv links a prepared venv instead.
#   3. rules: /etc/aigw/rules, the shipped catalog, detectors and messages WITHOUT the demo organisation's
#      accounts: no demo.htpasswd, no users, approvals or approvers; organisation = --org; proxy
#      authentication from --htpasswd FILE (copied to rules/staff.htpasswd; bcrypt, `htpasswd -B`) or
#      --proxyauth SPEC (e.g. ldaps:…). Without either nobody is identified: every AI request is blocked
#      (no_identity) until identity.proxyauth is set. Then `aigw check-rules`.
#   4. gateway CA: `aigw ca init --org NAME` in /var/lib/aigw (key mode 600; clients trust mitmproxy-ca-cert.pem)
#   5. /var/log/aigw, logrotate, the systemd unit listening on --listen-host (default 127.0.0.1: loopback only,
#      e.g. behind HAProxy; give 0.0.0.0 or the LAN address to serve clients directly) and --listen-port
#      (default 3128); enable and start aigw (not with --no-system)
#   6. aigw doctor
# --upstream-proxy URL chains aigw to the organisation's parent proxy (docs/operations.md 14); its
# credentials go in /etc/aigw/upstream-auth (user:password, mode 600), never on the command line.
# --prefix DIR installs under DIR (DIR/etc/aigw, DIR/var/lib/aigw, …) for a trial run;
# --no-system skips what needs root and systemd (user, chown, systemctl).
set -euo pipefail

PREFIX=""
SYSTEM=1
ORG=""
HTPASSWD=""
PROXYAUTH=""
LISTEN_HOST="127.0.0.1"
LISTEN_PORT="3128"
UPSTREAM=""
usage() {
    echo "usage: $0 --org NAME [--htpasswd FILE | --proxyauth SPEC] [--listen-host ADDR] [--listen-port PORT]" \
         "[--upstream-proxy URL] [--prefix DIR] [--no-system]" >&2
    exit 2
}
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$(realpath -m "$2")"; shift 2 ;;
        --no-system) SYSTEM=0; shift ;;
        --org) ORG="$2"; shift 2 ;;
        --htpasswd) HTPASSWD="$(realpath "$2")"; shift 2 ;;
        --proxyauth) PROXYAUTH="$2"; shift 2 ;;
        --listen-host) LISTEN_HOST="$2"; shift 2 ;;
        --listen-port) LISTEN_PORT="$2"; shift 2 ;;
        --upstream-proxy) UPSTREAM="$2"; shift 2 ;;
        *) usage ;;
    esac
done
[ -z "$HTPASSWD" ] || [ -z "$PROXYAUTH" ] || { echo "install-gateway: --htpasswd and --proxyauth exclude each other" >&2; exit 2; }
[ -z "$HTPASSWD" ] || [ -r "$HTPASSWD" ] || { echo "install-gateway: cannot read $HTPASSWD" >&2; exit 2; }
[[ "$LISTEN_PORT" =~ ^[0-9]+$ ]] || usage

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

# 3. rules: the shipped catalog and detectors, never the demo organisation's accounts
install -d -m 0755 "$ETC"
if [ ! -d "$ETC/rules" ]; then
    [ -n "$ORG" ] || { echo "install-gateway: --org NAME (the organisation's name) is needed for a first install" >&2; exit 2; }
    tmp="$(mktemp -d "$ETC/.rules.XXXXXX")"
    cp -r "$REPO/rules/." "$tmp/"
    rm -f "$tmp/demo.htpasswd"
    if [ -n "$HTPASSWD" ]; then
        install -m 0640 "$HTPASSWD" "$tmp/staff.htpasswd"
        AUTH="@staff.htpasswd"
    else
        AUTH="$PROXYAUTH"
    fi
    "$VENV/bin/python" "$REPO/scripts/site-rules.py" "$tmp" --org "$ORG" --proxyauth "$AUTH"
    chmod 0755 "$tmp"
    mv "$tmp" "$ETC/rules"
    say "installed the rules for $ORG in $ETC/rules (no demo accounts): add users.yaml and approvals.yaml entries"
    [ -n "$AUTH" ] || say "WARNING: no proxy authentication given (--htpasswd/--proxyauth): every AI request is" \
        "blocked (no_identity) until identity.proxyauth is set in $ETC/rules/policy.yaml"
fi
"$AIGW" check-rules "$ETC/rules" >/dev/null

# 4. the organisation's gateway CA (10 years; rotate as docs/operations.md describes)
install -d -m 0700 "$STATE"
if [ ! -f "$STATE/mitmproxy-ca.pem" ]; then
    CA_ORG="$ORG"
    [ -n "$CA_ORG" ] || CA_ORG="$("$VENV/bin/python" -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1], encoding="utf-8"))["organisation"])' "$ETC/rules/policy.yaml")"
    "$AIGW" ca init --org "$CA_ORG" --confdir "$STATE" >/dev/null
    say "created the CA of $CA_ORG: clients must trust $STATE/mitmproxy-ca-cert.pem"
fi
chmod 600 "$STATE/mitmproxy-ca.pem"

# 5. logs, logrotate, systemd
install -d -m 0750 "$LOGS"
install -d "$PREFIX/etc/logrotate.d" "$PREFIX/etc/systemd/system"
install -m 0644 "$REPO/deploy/logrotate/aigw" "$PREFIX/etc/logrotate.d/aigw"
UPSTREAM_ARGS=""
if [ -n "$UPSTREAM" ]; then
    UPSTREAM_ARGS=" --upstream-proxy $UPSTREAM"
    [ -f "$ETC/upstream-auth" ] && UPSTREAM_ARGS="$UPSTREAM_ARGS --upstream-proxy-auth-file /etc/aigw/upstream-auth"
fi
sed -e "s#/opt/aigw#$REPO#g" \
    -e "s#--listen-host 127.0.0.1 --listen-port 3128#--listen-host $LISTEN_HOST --listen-port $LISTEN_PORT$UPSTREAM_ARGS#" \
    "$REPO/deploy/systemd/aigw.service" > "$PREFIX/etc/systemd/system/aigw.service"
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
"$AIGW" doctor --rules "$ETC/rules" --confdir "$STATE" --audit-log "$LOGS/audit.jsonl" --listen-host "$LISTEN_HOST" || true
say "done. Client CA certificate: $STATE/mitmproxy-ca-cert.pem ; proxy: $LISTEN_HOST:$LISTEN_PORT"
