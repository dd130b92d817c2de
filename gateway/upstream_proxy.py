"""Parent-proxy chaining: ``aigw run --upstream-proxy http://proxy:8080`` (docs/operations.md 14).

Japanese public offices reach the internet through a parent proxy (the prefecture's 自治体情報セキュリティ
クラウド or a central proxy). aigw then sends every upstream connection through it with mitmproxy's
upstream mode (``mode=upstream:URL``, ``upstream_auth=user:pass``): a decrypted, allowed AI request is
re-encrypted inside a CONNECT tunnel the parent opens; a blocked request never opens one (the
gateway runs with ``connection_strategy=lazy``); untouched tunnels of other hosts are CONNECTed through
the parent as well.

The parent's credentials never sit on a command line (``ps`` shows those): ``--upstream-proxy-auth-file
FILE`` (mode 600, one line ``user:password``) or the environment variable ``AIGW_UPSTREAM_PROXY_AUTH``;
``--upstream-proxy-auth`` exists for trials only.

When the parent refuses aigw's credentials (407), mitmproxy would answer the client with an English
502 page. ``gateway.addons.upstream_proxy.ParentProxyGuard`` (after the request pipeline in
``default_addons()``) checks the parent once before
an allowed request is forwarded (a ``CONNECT`` to the same target with the same credentials, cached for
``OK_TTL`` seconds after a success) and answers a refused or unreachable parent with a Japanese error in
the API's own shape (HTTP 502, ``x-should-retry: false``), logs ``upstream_proxy_failed`` and marks the
flow so the request_decided line carries ``error: upstream_error`` and ``upstream_status: 502``.
"""

from __future__ import annotations

import asyncio
import base64
import os
import ssl
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ENV_AUTH = "AIGW_UPSTREAM_PROXY_AUTH"
OK_TTL = 30.0  # seconds a successful check of the parent is trusted
FAIL_TTL = 3.0  # seconds a failed check answers without asking the parent again
PROBE_TIMEOUT = 5.0

MESSAGES = {
    "auth_failed": "上位プロキシ（{proxy}）がゲートウェイの認証情報を拒否したため、外部に接続できません。"
                   "送信内容は外部に送られていません。システム管理者に連絡してください",
    "refused": "上位プロキシ（{proxy}）が接続を拒否しました（HTTP {status}）。送信内容は外部に送られていません。"
               "時間をおいて再度お試しいただき、続く場合はシステム管理者に連絡してください",
    "unreachable": "上位プロキシ（{proxy}）に接続できません。送信内容は外部に送られていません。"
                   "時間をおいて再度お試しいただき、続く場合はシステム管理者に連絡してください",
}
TITLE = "上位プロキシに接続できません"


class UpstreamProxyError(ValueError):
    pass


@dataclass(frozen=True)
class ParentProxy:
    scheme: str  # http | https
    host: str
    port: int

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    @property
    def display(self) -> str:
        return f"{self.host}:{self.port}"


def parse_proxy_url(url: str) -> ParentProxy:
    """'http://proxy.example.lg.jp:8080' → ParentProxy. Credentials in the URL are refused (ps shows them)."""
    raw = url.strip()
    if "://" not in raw:
        raw = "http://" + raw
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as e:
        raise UpstreamProxyError(f"--upstream-proxy: not a proxy URL: {url!r} ({e})") from None
    if parts.scheme not in ("http", "https"):
        raise UpstreamProxyError(f"--upstream-proxy: scheme must be http or https, got {parts.scheme!r}")
    if parts.username is not None or parts.password is not None:
        raise UpstreamProxyError("--upstream-proxy: no credentials in the URL (they would show in ps);"
                                 " use --upstream-proxy-auth-file or $" + ENV_AUTH)
    if not parts.hostname:
        raise UpstreamProxyError(f"--upstream-proxy: no host in {url!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise UpstreamProxyError(f"--upstream-proxy: expected scheme://host:port, got {url!r}")
    if port is None:
        port = 443 if parts.scheme == "https" else 8080
    return ParentProxy(parts.scheme, parts.hostname, port)


def check_credentials(value: str, source: str) -> str:
    value = value.strip()
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise UpstreamProxyError(f"{source}: expected user:password")
    if any(c in value for c in "\r\n"):
        raise UpstreamProxyError(f"{source}: one line user:password")
    return value


def read_auth_file(path: Path) -> str:
    try:
        st = path.stat()
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise UpstreamProxyError(f"--upstream-proxy-auth-file: cannot read {path}: {e.strerror}") from None
    if stat.S_IMODE(st.st_mode) & 0o077:
        raise UpstreamProxyError(f"--upstream-proxy-auth-file: {path} is readable by group/others"
                                 f" (mode {stat.S_IMODE(st.st_mode):o}); run: chmod 600 {path}")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if len(lines) != 1:
        raise UpstreamProxyError(f"--upstream-proxy-auth-file: {path} must hold one line user:password")
    return check_credentials(lines[0], f"--upstream-proxy-auth-file {path}")


def resolve_auth(cli_value: str | None, file: Path | None, environ: dict[str, str] | None = None) -> str | None:
    """The parent's credentials from exactly one source: option value, file, or $AIGW_UPSTREAM_PROXY_AUTH."""
    env = os.environ if environ is None else environ
    given = [n for n, v in (("--upstream-proxy-auth", cli_value), ("--upstream-proxy-auth-file", file)) if v]
    if len(given) > 1:
        raise UpstreamProxyError("give the parent proxy's credentials once: --upstream-proxy-auth or"
                                 " --upstream-proxy-auth-file")
    if cli_value:
        return check_credentials(cli_value, "--upstream-proxy-auth")
    if file is not None:
        return read_auth_file(file)
    if env.get(ENV_AUTH):
        return check_credentials(env[ENV_AUTH], "$" + ENV_AUTH)
    return None


def mitmdump_settings(proxy: ParentProxy, auth: str | None) -> dict[str, str]:
    """mitmproxy options for the parent: upstream mode, and its credentials when given."""
    out = {"mode": f"upstream:{proxy.url}"}
    if auth:
        out["upstream_auth"] = auth
    return out


def connect_request(host: str, port: int, auth: str | None) -> bytes:
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    lines = [f"CONNECT {target} HTTP/1.1", f"Host: {target}"]
    if auth:
        lines.append("Proxy-Authorization: Basic " + base64.b64encode(auth.encode("utf-8")).decode("ascii"))
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")


def parse_status_line(line: bytes) -> int | None:
    parts = line.split(None, 2)
    if len(parts) >= 2 and parts[0].startswith(b"HTTP/") and parts[1].isdigit():
        return int(parts[1])
    return None


def classify(status: int | None) -> str:
    """'ok' | 'auth_failed' | 'refused' | 'unreachable' for a parent's answer to CONNECT."""
    if status is None:
        return "unreachable"
    if 200 <= status < 300:
        return "ok"
    if status == 407:
        return "auth_failed"
    return "refused"


def error_body(kind: str, proxy: ParentProxy, status: int | None, request_id: str, style: str) -> dict[str, Any]:
    message = "【aigw】" + MESSAGES[kind].format(proxy=proxy.display, status=status) + f"（参照番号: {request_id}）"
    code = "upstream_proxy_" + kind
    if style == "anthropic":
        return {"type": "error", "error": {"type": "api_error", "message": message}, "request_id": request_id}
    if style == "google":
        return {"error": {"code": 502, "message": message, "status": "UNAVAILABLE"}}
    return {"error": {"message": message, "type": "upstream_proxy_error", "param": None, "code": code},
            "detail": message, "message": message}


async def probe(proxy: ParentProxy, host: str, port: int, auth: str | None,
                timeout: float = PROBE_TIMEOUT) -> int | None:
    """The parent's status for CONNECT host:port with our credentials; None when it cannot be asked."""
    writer = None
    try:
        ctx = ssl.create_default_context() if proxy.scheme == "https" else None
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(proxy.host, proxy.port, ssl=ctx, server_hostname=proxy.host if ctx else None),
            timeout)
        writer.write(connect_request(host, port, auth))
        await writer.drain()
        line = await asyncio.wait_for(reader.readline(), timeout)
        return parse_status_line(line)
    except (OSError, asyncio.TimeoutError, ssl.SSLError):
        return None
    finally:
        if writer is not None:
            writer.close()
