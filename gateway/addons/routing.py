"""Upstream routing: option ``aigw_upstream_override`` ('host=ip:port', repeatable).

An allowed AI request is re-targeted in ``route`` (keeping Host/authority and the TLS name, so
mitmproxy can reuse the upstream connection); untouched tunnels (one server connection each) are
re-addressed in ``server_connect``.
"""

from __future__ import annotations

from typing import Any

from mitmproxy import ctx, exceptions, http
from mitmproxy.proxy import server_hooks

from gateway.options import add_options


def parse_overrides(specs: list[str]) -> dict[str, tuple[str, int]]:
    overrides = {}
    for spec in specs:
        try:
            host, _, target = spec.partition("=")
            ip, _, port = target.rpartition(":")
            if not host or not ip:
                raise ValueError
            overrides[host.strip().lower()] = (ip.strip("[]"), int(port))
        except ValueError:
            raise exceptions.OptionsError(f"aigw_upstream_override: expected host=ip:port, got {spec!r}") from None
    return overrides


class UpstreamRouting:
    def __init__(self) -> None:
        self.overrides: dict[str, tuple[str, int]] = {}
        self._route_sni: dict[tuple[str, tuple[str, int]], str] = {}

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_upstream_override")

    def configure(self, updated: set[str]) -> None:
        if "aigw_upstream_override" in updated:
            self.overrides = parse_overrides(ctx.options.aigw_upstream_override)

    def route(self, flow: http.HTTPFlow) -> None:
        """Send an allowed AI request to its override address, keeping Host/authority and TLS name."""
        if not self.overrides:
            return
        host = flow.request.host.lower()
        target = self.overrides.get(host)
        if target is None:
            return
        host_header = flow.request.host_header
        flow.request.host, flow.request.port = target
        flow.request.host_header = host_header
        self._route_sni[(flow.client_conn.id, target)] = host

    def server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        """Decrypted AI flows were re-targeted in ``route``: here they only get their real SNI back."""
        if not self.overrides or not data.server.address:
            return
        sni = self._route_sni.pop((data.client.id, data.server.address), None)
        if sni is not None:
            data.server.sni = sni
            return
        target = self.overrides.get(data.server.address[0].lower())
        if target is not None:
            if not data.server.sni:
                data.server.sni = data.server.address[0]
            data.server.address = target

    def client_disconnected(self, client: Any) -> None:
        if self._route_sni:
            for key in [k for k in self._route_sni if k[0] == client.id]:
                del self._route_sni[key]
