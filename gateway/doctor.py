"""``aigw doctor``: check a gateway host before (and while) it serves.

Checks: rules (validated like ``aigw check-rules``), CA (present, validity period, private-key file
permissions, the organisation's own CA rather than mitmproxy's stock one), demo rules or accounts left in
place, an identity source configured, the listen address (warning when not loopback), upstream settings (catalog hosts; DNS resolution only with ``--network``), clock (NTP
synchronisation via ``timedatectl``), audit log writability and free space, and the approval registry
database when one is configured. Prints a Japanese/English table, or JSON with ``--json``; exits 1
when a check fails (warnings do not fail).
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import json
import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from gateway import clock
from gateway.health import audit_problem
from gateway.rules.errors import RulesError
from gateway.rules.loader import DEFAULT_RULES_DIR
from gateway.rules.ruleset import RuleSet

OK, WARN, FAIL, SKIP = "ok", "warn", "fail", "skip"
LABEL = {OK: "OK", WARN: "警告 WARN", FAIL: "失敗 FAIL", SKIP: "省略 SKIP"}
CA_WARN_DAYS = 90
MIN_FREE_BYTES = 1 << 30
# the demo organisation shipped in rules/ (fictional): its name, users, password file and password
DEMO_ORGANISATION = "みどり野市役所"
DEMO_USERS = ("tanaka", "suzuki")
DEMO_HTPASSWD = "demo.htpasswd"
DEMO_PASSWORD = "demo"
MAX_HTPASSWD_PROBES = 200  # bcrypt is slow on purpose: bound the demo-password probe


@dataclass
class Check:
    name: str
    title: str  # Japanese label
    status: str
    detail: str


def check_rules(rules_dir: Path) -> tuple[Check, RuleSet | None]:
    try:
        from gateway.runtime import load_runtime  # lazy: CLI start-up time (the scanner engine)

        rules = load_runtime(rules_dir).rules  # detectors.yaml is checked too
    except RulesError as e:
        return Check("rules", "ルール", FAIL, f"{e}"), None
    return Check("rules", "ルール", OK, f"{rules.directory}: services={len(rules.services)} users={len(rules.users)}"
                 f" approvals={len(rules.approvals)} shadow_hosts={len(rules.shadow_hosts)}"), rules


def check_ca(confdir: Path, now: dt.datetime | None = None) -> list[Check]:
    from cryptography import x509

    now = now or clock.utcnow()
    key_file = confdir / "mitmproxy-ca.pem"  # certificate + private key
    cert_file = confdir / "mitmproxy-ca-cert.pem"  # what clients trust
    if not key_file.exists():
        return [Check("ca", "CA証明書", WARN, f"{key_file} not found: create the organisation's CA with"
                      f" `aigw ca init --org <組織名> --confdir {confdir}`; otherwise `aigw run` creates mitmproxy's stock"
                      " CA on first start (clients must then trust the new mitmproxy-ca-cert.pem)")]
    out: list[Check] = []
    try:
        cert = x509.load_pem_x509_certificate((cert_file if cert_file.exists() else key_file).read_bytes())
    except (OSError, ValueError) as e:
        return [Check("ca", "CA証明書", FAIL, f"cannot read the CA certificate: {e}")]
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    left = (end - now).days
    subject = cert.subject.rfc4514_string()
    if now < start:
        out.append(Check("ca", "CA証明書", FAIL, f"{subject}: not valid before {start:%Y-%m-%d} (clock?)"))
    elif now > end:
        out.append(Check("ca", "CA証明書", FAIL, f"{subject}: expired on {end:%Y-%m-%d}"))
    elif left < CA_WARN_DAYS:
        out.append(Check("ca", "CA証明書", WARN, f"{subject}: expires in {left} days ({end:%Y-%m-%d}); plan CA rotation"))
    else:
        out.append(Check("ca", "CA証明書", OK, f"{subject}: valid until {end:%Y-%m-%d} ({left} days)"))
    from gateway.ca import is_stock

    if is_stock(cert):
        out.append(Check("ca_name", "CAの組織名", WARN, f"{subject}: mitmproxy's stock CA; staff see 'mitmproxy' in"
                         " certificate dialogs. Create the organisation's CA: aigw ca init --org <組織名>"
                         f" --confdir {confdir} --force, then distribute the new mitmproxy-ca-cert.pem"))
    else:
        out.append(Check("ca_name", "CAの組織名", OK, subject))
    mode = stat.S_IMODE(key_file.stat().st_mode)
    if mode & 0o077:
        out.append(Check("ca_key", "CA秘密鍵の権限", FAIL, f"{key_file} mode {mode:o}: the private key is readable by"
                         f" group/others; run: chmod 600 {key_file}"))
    else:
        out.append(Check("ca_key", "CA秘密鍵の権限", OK, f"{key_file} mode {mode:o}"))
    return out


def _htpasswd_path(proxyauth: str | None) -> Path | None:
    if proxyauth and proxyauth.startswith("@"):
        return Path(proxyauth[1:])
    return None


def _demo_password_users(path: Path) -> list[str]:
    """Users of an htpasswd file whose password is the demo password (bcrypt/{SHA} as mitmproxy reads them)."""
    from mitmproxy.utils.htpasswd import HtpasswdFile

    try:
        ht = HtpasswdFile.from_file(path)
    except Exception:  # noqa: BLE001 - an unreadable file is the rules check's concern
        return []
    users = [u for u in path.read_text(encoding="utf-8", errors="replace").splitlines()
             if u.strip() and not u.lstrip().startswith("#") and ":" in u]
    names = [u.split(":", 1)[0].strip() for u in users][:MAX_HTPASSWD_PROBES]
    return [n for n in names if ht.check_password(n, DEMO_PASSWORD)]


def check_demo(rules: RuleSet | None) -> Check:
    """The shipped demo (みどり野市役所, tanaka/suzuki with password 'demo') must not serve real staff."""
    if rules is None:
        return Check("demo", "デモ設定", SKIP, "rules not loaded")
    found = []
    if rules.policy.organisation.strip() == DEMO_ORGANISATION:
        found.append(f"organisation {DEMO_ORGANISATION} (policy.yaml)")
    if demo_users := [u for u in DEMO_USERS if u in rules.users]:
        found.append(f"demo users {', '.join(demo_users)} (users.yaml)")
    ht = _htpasswd_path(rules.proxyauth)
    if ht is not None and ht.name == DEMO_HTPASSWD:
        found.append(f"proxyauth uses {DEMO_HTPASSWD}")
    if ht is not None and ht.exists() and (weak := _demo_password_users(ht)):
        found.append(f"password '{DEMO_PASSWORD}' for {', '.join(weak)} ({ht.name})")
    if (rules.directory / DEMO_HTPASSWD).exists() and not (ht is not None and ht.name == DEMO_HTPASSWD):
        found.append(f"{DEMO_HTPASSWD} present in the rules directory")
    if found:
        return Check("demo", "デモ設定", WARN, "demo rules or accounts in use: " + "; ".join(found)
                     + ". Replace them with the organisation's own (docs/operations.md 2)")
    return Check("demo", "デモ設定", OK, "no demo organisation, users or passwords")


def check_identity(rules: RuleSet | None) -> Check:
    if rules is None:
        return Check("identity", "利用者の識別", SKIP, "rules not loaded")
    sources = []
    if rules.proxyauth:
        sources.append("proxyauth " + ("LDAP" if rules.proxyauth.startswith("ldap") else
                                       "htpasswd" if rules.proxyauth.startswith("@") else "(other)"))
    if rules.ip_map:
        sources.append(f"client_ip_map ({len(rules.ip_map)})")
    if rules.trusted_proxies:
        sources.append(f"trusted_proxies ({len(rules.trusted_proxies)})")
    if not sources:
        return Check("identity", "利用者の識別", WARN, "no identity source (identity.proxyauth, client_ip_map,"
                     " trusted_proxies): every AI request is blocked as no_identity")
    return Check("identity", "利用者の識別", OK, ", ".join(sources))


def check_listen(host: str | None) -> Check:
    """A proxy listening beyond loopback must be reachable only from the organisation's networks."""
    if host is None:
        return Check("listen", "待ち受けアドレス", SKIP, "no --listen-host given")
    h = host.strip("[]")
    try:
        loopback = ipaddress.ip_address(h).is_loopback if h else False
    except ValueError:
        loopback = h.lower() == "localhost"
    if loopback:
        return Check("listen", "待ち受けアドレス", OK, f"{host}: loopback only")
    where = "all addresses" if h in ("", "0.0.0.0", "::") else host
    return Check("listen", "待ち受けアドレス", WARN, f"{where}: the proxy is reachable beyond this host; allow only the"
                 " organisation's networks (firewall, HAProxy acl) and keep proxy authentication on")


def _resolve(host: str, timeout: float) -> str | None:
    with ThreadPoolExecutor(1) as ex:
        fut = ex.submit(socket.getaddrinfo, host, 443, 0, socket.SOCK_STREAM)
        try:
            fut.result(timeout)
            return None
        except Exception as e:  # noqa: BLE001 - any resolution failure is reported
            return f"{type(e).__name__}: {e}"


def check_upstream(rules: RuleSet | None, network: bool, timeout: float = 3.0) -> list[Check]:
    if rules is None:
        return [Check("upstream", "接続先", SKIP, "rules invalid")]
    hosts = sorted({h.split("/", 1)[0] for s in rules.services for h in s.hosts if not h.startswith("*.")})
    proxies = [k for k in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy") if os.environ.get(k)]
    note = (f"; environment sets {', '.join(proxies)} (aigw ignores it: use aigw run --upstream-proxy URL)"
            if proxies else "")
    if not network:
        return [Check("upstream", "接続先", SKIP, f"{len(hosts)} catalog hosts; DNS check needs --network{note}")]
    failed = {h: err for h in hosts if (err := _resolve(h, timeout))}
    if failed:
        return [Check("upstream", "接続先", FAIL, "cannot resolve: " + "; ".join(f"{h} ({e})" for h, e in failed.items()))]
    return [Check("upstream", "接続先", OK, f"{len(hosts)} catalog hosts resolve{note}")]


def check_parent_proxy(url: str | None, auth_file: Path | None, rules: RuleSet | None, network: bool,
                       timeout: float = 5.0) -> Check:
    """``--upstream-proxy``: URL and credentials as `aigw run` reads them; with --network, a CONNECT to the
    first catalog host through the parent with those credentials (nothing is sent inside the tunnel)."""
    import asyncio

    from gateway import upstream_proxy as up

    if not url:
        return Check("parent_proxy", "親プロキシ", SKIP, "no --upstream-proxy given")
    try:
        proxy = up.parse_proxy_url(url)
        auth = up.resolve_auth(None, auth_file)
    except up.UpstreamProxyError as e:
        return Check("parent_proxy", "親プロキシ", FAIL, str(e))
    who = "with credentials" if auth else "without credentials"
    if not network:
        return Check("parent_proxy", "親プロキシ", SKIP, f"{proxy.url} {who}; the CONNECT check needs --network")
    host = next((h.split("/", 1)[0] for s in (rules.services if rules else ()) for h in s.hosts
                 if not h.startswith("*.")), "api.openai.com")
    status = asyncio.run(up.probe(proxy, host, 443, auth, timeout))
    kind = up.classify(status)
    detail = f"{proxy.url} {who}: CONNECT {host}:443 → {status if status is not None else 'no answer'}"
    if kind == "ok":
        return Check("parent_proxy", "親プロキシ", OK, detail)
    if kind == "refused":
        return Check("parent_proxy", "親プロキシ", WARN, detail + " (the parent refuses this host: check its ACL)")
    hint = " (the parent refuses aigw's credentials)" if kind == "auth_failed" else " (unreachable)"
    return Check("parent_proxy", "親プロキシ", FAIL, detail + hint)


def check_clock(timedatectl: str | None = None) -> Check:
    exe = timedatectl or shutil.which("timedatectl")
    if not exe:
        return Check("clock", "時刻同期", WARN, "timedatectl not found: check NTP synchronisation by hand"
                     " (approval dates and audit times depend on the clock)")
    try:
        r = subprocess.run([exe, "show", "-p", "NTPSynchronized", "--value"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired) as e:
        return Check("clock", "時刻同期", WARN, f"timedatectl failed: {e}")
    value = r.stdout.strip()
    if r.returncode != 0 or not value:
        return Check("clock", "時刻同期", WARN, f"timedatectl gave no answer ({(r.stderr.strip().splitlines() or [str(r.returncode)])[0][:120]})")
    if value == "yes":
        return Check("clock", "時刻同期", OK, "NTP synchronised")
    return Check("clock", "時刻同期", WARN, "NTP not synchronised (timedatectl NTPSynchronized=no)")


def check_timezone(rules: RuleSet | None) -> Check:
    """The organisation's zone every date is decided in, beside the host's (they may differ: that is fine)."""
    if rules is None:
        return Check("timezone", "タイムゾーン", SKIP, "rules not loaded")
    clock.set_zone(rules.policy.timezone)
    host = clock.host_zone_name()
    return Check("timezone", "タイムゾーン", OK,
                 f"{rules.policy.timezone}: today {clock.today().isoformat()}, now {clock.now():%H:%M}"
                 f" (host zone {host}; approvals, logs and reports use {rules.policy.timezone})")


def check_audit_log(path: Path | None) -> Check:
    if path is None:
        return Check("audit_log", "監査ログ", WARN, "no --audit-log given: request_decided lines go to stdout only")
    if not path.parent.exists():
        return Check("audit_log", "監査ログ", FAIL, f"directory {path.parent} does not exist")
    problem = audit_problem(path, None)
    if problem:
        return Check("audit_log", "監査ログ", FAIL, problem)
    free = shutil.disk_usage(path.parent).free
    if free < MIN_FREE_BYTES:
        return Check("audit_log", "監査ログ", WARN, f"{path}: only {free >> 20} MiB free")
    return Check("audit_log", "監査ログ", OK, f"{path} writable, {free >> 30} GiB free")


def check_database(dsn: str | None) -> Check:
    if not dsn:
        return Check("database", "データベース", SKIP, "no approval registry configured (approvals from rules/approvals.yaml)")
    if dsn.startswith(("postgres://", "postgresql://")):
        try:
            import psycopg  # type: ignore[import-not-found]
        except ImportError:
            return Check("database", "データベース", WARN, "PostgreSQL DSN given but psycopg is not installed")
        try:
            with psycopg.connect(dsn, connect_timeout=5) as conn:
                conn.execute("select 1")
        except Exception as e:  # noqa: BLE001
            return Check("database", "データベース", FAIL, f"cannot connect: {type(e).__name__}")
        return Check("database", "データベース", OK, "PostgreSQL reachable")
    path = Path(dsn.removeprefix("sqlite:///").removeprefix("sqlite://"))
    if not path.exists():
        return Check("database", "データベース", FAIL, f"SQLite file {path} not found")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            result = conn.execute("pragma quick_check").fetchone()[0]
            tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        finally:
            conn.close()
    except sqlite3.Error as e:
        return Check("database", "データベース", FAIL, f"SQLite {path}: {e}")
    if result != "ok":
        return Check("database", "データベース", FAIL, f"SQLite {path}: quick_check {result}")
    return Check("database", "データベース", OK, f"SQLite {path}: {len(tables)} tables")


def run_checks(args: argparse.Namespace) -> list[Check]:  # noqa: D103
    rules_check, rules = check_rules(args.rules)
    checks = [rules_check]
    checks += check_ca(Path(args.confdir).expanduser())
    checks.append(check_demo(rules))
    checks.append(check_identity(rules))
    checks.append(check_listen(args.listen_host))
    checks += check_upstream(rules, args.network)
    checks.append(check_parent_proxy(args.upstream_proxy, args.upstream_proxy_auth_file, rules, args.network))
    checks.append(check_clock())
    checks.append(check_timezone(rules))
    checks.append(check_audit_log(args.audit_log))
    checks.append(check_database(args.registry or os.environ.get("AIGW_REGISTRY")))
    return checks


def render_table(checks: list[Check]) -> str:
    rows = [("項目 / check", "結果 / status", "詳細 / detail")] + [
        (f"{c.title} ({c.name})", LABEL[c.status], c.detail) for c in checks]

    def width(s: str) -> int:  # East Asian wide characters take two columns
        import unicodedata

        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)

    w0 = max(width(r[0]) for r in rows)
    w1 = max(width(r[1]) for r in rows)
    lines = [f"{r[0]}{' ' * (w0 - width(r[0]))}  {r[1]}{' ' * (w1 - width(r[1]))}  {r[2]}" for r in rows]
    lines.insert(1, "-" * (w0 + w1 + 4 + 20))
    return "\n".join(lines)


def cmd_doctor(args: argparse.Namespace) -> int:
    checks = run_checks(args)
    failed = [c for c in checks if c.status == FAIL]
    warned = [c for c in checks if c.status == WARN]
    if args.json:
        print(json.dumps({"event": "doctor", "ok": not failed, "warnings": len(warned),
                          "checks": [asdict(c) for c in checks]}, ensure_ascii=False))
    else:
        print(render_table(checks))
        if failed:
            summary = f"{len(failed)} 件の失敗 / failed checks"
        elif warned:
            summary = (f"失敗なし、警告 {len(warned)} 件 / no failures, {len(warned)} warning(s): "
                       + ", ".join(c.name for c in warned))
        else:
            summary = "問題なし / all checks passed"
        print(f"\n{summary}")
    return 1 if failed or (args.strict and warned) else 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    d = sub.add_parser("doctor", help="check rules, CA, upstream settings, clock, audit log and database")
    d.add_argument("--rules", type=Path, default=DEFAULT_RULES_DIR, help="rules directory")
    d.add_argument("--confdir", default="~/.mitmproxy", help="mitmproxy confdir holding the CA (default ~/.mitmproxy)")
    d.add_argument("--audit-log", type=Path, default=None, help="audit JSONL path the gateway writes")
    d.add_argument("--registry", default=None, help="approval registry DSN (sqlite path or postgresql://…);"
                   " default $AIGW_REGISTRY")
    d.add_argument("--listen-host", default=None, help="address the gateway listens on (aigw run --listen-host);"
                   " warns when it is not loopback")
    d.add_argument("--upstream-proxy", default=None, metavar="URL",
                   help="the parent proxy `aigw run --upstream-proxy` uses; with --network, a CONNECT through it")
    d.add_argument("--upstream-proxy-auth-file", type=Path, default=None, metavar="FILE",
                   help="its credentials file (or $AIGW_UPSTREAM_PROXY_AUTH), as for aigw run")
    d.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    d.add_argument("--network", action="store_true", help="also resolve the catalog hosts in DNS (opt-in)")
    d.add_argument("--json", action="store_true", help="print one JSON document instead of the table")
    d.set_defaults(func=cmd_doctor)


if __name__ == "__main__":
    p = argparse.ArgumentParser(prog="aigw")
    add_parser(p.add_subparsers(dest="command", required=True))
    a = p.parse_args(sys.argv[1:])
    sys.exit(a.func(a))
