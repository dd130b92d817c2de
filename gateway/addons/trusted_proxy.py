"""Trusted-proxy mode: option ``aigw_trusted_proxy_secret`` (``gateway.trusted_proxy``).

Lets mitmproxy's own proxyauth addon also accept (any user, shared secret) by wrapping its
validator, and refuses the secret from any peer outside ``identity.trusted_proxies`` with 407
(``refuse_misused``, called first by the CONNECT and request handlers).

Header identity (``identity.user_header`` from a trusted proxy) is taken where the proxy sets it: on the
CONNECT of an HTTPS tunnel, bound to that client connection (``tunnel_user``, kept in the connection's one
record, :mod:`gateway.addons.connections`), or on a plain-HTTP proxy request. Inside a tunnel the header is
the client's own and never counts (the pipeline strips it).
"""

from __future__ import annotations

from typing import Any

from mitmproxy import ctx, exceptions, http

from gateway.addons.connections import ClientConnections
from gateway.addons.rules import Rules
from gateway.identify_user import is_trusted_proxy
from gateway.logging import get_logger
from gateway.options import add_options
from gateway.trusted_proxy import PeerSecretValidator, load_secret, secret_misused


class TrustedProxy:
    def __init__(self, rules: Rules, connections: ClientConnections | None = None) -> None:
        self.rules = rules
        self.connections = connections if connections is not None else ClientConnections()
        self.secret: str | None = None
        self.log = get_logger()

    def http_connect(self, flow: http.HTTPFlow) -> None:
        """Remember, on the connection's record, the user header a trusted proxy set on its CONNECT."""
        rules = self.rules.rules
        if rules is None:
            return
        peer = flow.client_conn.peername[0] if flow.client_conn.peername else None
        value = flow.request.headers.get(rules.policy.identity.user_header)
        self.connections.record(flow.client_conn).connect_user = (
            value if value and is_trusted_proxy(rules, peer) else None)

    def tunnel_user(self, flow: http.HTTPFlow) -> tuple[bool, str | None]:
        """(inside a CONNECT tunnel?, the user header its trusted proxy set on the CONNECT)."""
        rec = self.connections.get(flow.client_conn)
        return (rec is not None and rec.tunnelled, rec.connect_user if rec else None)

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_trusted_proxy_secret")

    def configure(self, updated: set[str]) -> None:
        if not updated & {"proxyauth", "aigw_trusted_proxy_secret"}:
            return
        try:
            self.secret = load_secret(ctx.options.aigw_trusted_proxy_secret)
        except ValueError as e:
            raise exceptions.OptionsError(f"aigw_trusted_proxy_secret: {e}") from None
        pa = ctx.master.addons.get("proxyauth")
        if pa is None:
            return
        inner = pa.validator.inner if isinstance(pa.validator, PeerSecretValidator) else pa.validator
        pa.validator = PeerSecretValidator(inner, self.secret) if self.secret else inner

    def refuse_misused(self, flow: http.HTTPFlow) -> None:
        """The shared secret from a peer outside identity.trusted_proxies: 407, as for a wrong password."""
        rules = self.rules.rules
        if not self.secret or rules is None:
            return
        peer = flow.client_conn.peername[0] if flow.client_conn.peername else None
        if secret_misused(flow.metadata.get("proxyauth"), self.secret, is_trusted_proxy(rules, peer)):
            self.log.warning("trusted_proxy_secret_refused", client_ip=peer)
            flow.metadata.pop("proxyauth", None)
            flow.response = http.Response.make(407, "プロキシ認証が必要です / proxy authentication required".encode(),
                                               {"Proxy-Authenticate": 'Basic realm="aigw"',
                                                "content-type": "text/plain; charset=utf-8"})
