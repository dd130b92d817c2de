"""Every aigw option in one table (name, type, default, help), fed to ``loader.add_option``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple, Optional


class Opt(NamedTuple):
    name: str
    typespec: Any
    default: Any
    help: str


OPTIONS: tuple[Opt, ...] = (
    Opt("aigw_rules", str, "", "Rules directory (services, users, approvals, policy, detectors). Empty: the shipped rules/."),
    Opt("aigw_audit_log", Optional[str], None, "Append-only JSONL file for request_decided lines (also printed on stdout)."),
    Opt(
        "aigw_upstream_override",
        Sequence[str],
        [],
        "Send a host's upstream connection elsewhere: 'host=ip:port' (repeatable). For tests and"
        " fixed egress routes; TLS still verifies the original host name.",
    ),
    Opt(
        "aigw_fault_injection",
        Sequence[str],
        [],
        "Testing fail-closed only: make a stage fail. Values: 'scan' (scanner raises), 'scan_timeout'"
        " (scanner overruns its time bound), 'slow_input' (a scan of a text holding AIGW-FAULT-SLOW-SCAN"
        " never ends), 'extract' (extractor raises).",
    ),
    Opt(
        "aigw_scan_workers",
        int,
        0,
        "Worker processes for big scans and extractions (0: CPU cores - 1, at least 1; at most 64). A job past limits.scan_timeout_ms kills its"
        " worker and a fresh one replaces it; small prompts are scanned inline.",
    ),
    Opt(
        "aigw_header_timeout",
        int,
        15,
        "Close a client connection that has not sent a complete request (or CONNECT) head this many seconds"
        " after connecting (0: off). Stalled bodies: aigw_body_idle_timeout; idle connections: mitmproxy's tcp_timeout.",
    ),
    Opt(
        "aigw_body_idle_timeout",
        int,
        30,
        "Close a client connection whose request body stopped arriving: no byte for this many seconds while"
        " the body is incomplete (0: off). The request is audited client_disconnected; nothing is forwarded.",
    ),
    Opt(
        "aigw_upstream_timeout",
        int,
        540,
        "Seconds an allowed request waits for the AI service's response head (connect included) before the"
        " gateway gives up and answers 504 in the API's shape (upstream_error; 0: off). Keep it below"
        " mitmproxy's tcp_timeout (600), which closes the connection without an answer.",
    ),
    Opt(
        "aigw_max_client_connections",
        int,
        512,
        "Open connections one client address may hold (0: no cap); addresses in identity.trusted_proxies"
        " are exempt.",
    ),
    Opt(
        "aigw_audit_fsync",
        str,
        "interval",
        "When audit lines reach the disk: 'always' (fsync each line before the request is released),"
        " 'interval' (each line is written to the kernel before release, fsync at most every second),"
        " 'never' (the OS decides).",
    ),
    Opt("aigw_gateway_name", str, "", "Name of this gateway instance in audit lines (default: host name)."),
    Opt(
        "aigw_rules_reload",
        int,
        5,
        "Poll the rules directory every N seconds and reload changed rules without restart (0: only on"
        " SIGHUP). Invalid rules are rejected and the running rules stay in force.",
    ),
    Opt(
        "aigw_health_listen",
        str,
        "",
        "host:port of the health endpoints /livez and /readyz (empty: off; port 0 picks a free port,"
        " reported in the health_ready log line).",
    ),
    Opt(
        "aigw_trusted_proxy_secret",
        str,
        "",
        "Shared secret ('@/path' reads it from a file) an authenticating proxy in identity.trusted_proxies"
        " sends as the proxy-auth password with the user name (Squid cache_peer login=*:SECRET). Empty: off.",
    ),
    Opt(
        "aigw_metrics_listen",
        str,
        "",
        "host:port of the Prometheus endpoint /metrics (empty: off; port 0 picks a free port, reported in"
        " the metrics_ready log line). Labels: service, action, reason; never user names.",
    ),
    Opt(
        "aigw_registry",
        str,
        "",
        "Approval registry merged with approvals.yaml: SQLite path or postgresql:// DSN (empty: approvals.yaml only).",
    ),
    Opt(
        "aigw_trusted_forwarders",
        Sequence[str],
        [],
        "Load balancers (addresses/CIDRs, repeatable) whose X-Forwarded-For names the real client: HAProxy in"
        " HTTP mode with option forwardfor (deploy/haproxy). Empty: the connection's peer is the client.",
    ),
    Opt(
        "aigw_refuse_at_connect",
        bool,
        False,
        "Refuse shadow-AI hosts at CONNECT (403) instead of answering each request with a Japanese page."
        " Browsers never show a body on a refused CONNECT (ERR_TUNNEL_CONNECTION_FAILED); the default"
        " decrypts the host only to answer it, never connecting upstream.",
    ),
    Opt("aigw_registry_refresh", int, 10, "Re-read the approval registry every N seconds (1-30)."),
    Opt(
        "aigw_registry_grace",
        int,
        300,
        "Keep the last loaded registry this many seconds after the last successful read when the database is"
        " unreachable; then refuse AI requests (registry_unavailable).",
    ),
)

UNSAFE_OPTIONS = {
    # a streamed request body reaches the server before the request hook (and the scan) runs
    "stream_large_bodies": "refused",
}
BYPASS_OPTIONS = ("ignore_hosts", "allow_hosts")  # the rest: gateway.addons.master REFUSED_OPTIONS


BY_NAME = {o.name: o for o in OPTIONS}


def option_default(name: str) -> Any:
    """The default of an aigw option (an addon's value until ``configure`` has run)."""
    return BY_NAME[name].default


def add_options(loader: Any, *names: str) -> None:
    """Declare the named options (each addon declares its own). No names: all of them."""
    for opt in (BY_NAME[n] for n in names) if names else OPTIONS:
        loader.add_option(opt.name, opt.typespec, opt.default, opt.help)
