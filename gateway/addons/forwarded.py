"""Real client addresses behind a trusted load balancer: option ``aigw_trusted_forwarders``.

The address walk is plain Python in :mod:`gateway.forwarded` (``client_address``, ``parse_forwarded_for``,
``flow_client_ip``). This addon records the client address of a connection when its CONNECT (or a plain
proxied request) arrives and presents it as the connection's peer address, so every later read of
``client_conn.peername`` — identity, the trusted-proxy secret check, the audit ``client_ip`` — sees the
real client; the balancer's address is kept in the connection's record (``forwarded_via``). A no-op while
``aigw_trusted_forwarders`` is empty. Runs right after :class:`~gateway.addons.connections.ClientConnections`
and before every other request hook.
"""

from __future__ import annotations

from typing import Any

from mitmproxy import ctx, exceptions, http

from gateway.addons.connections import ClientConnections
from gateway.forwarded import HEADER, ForwardedError, IPNetwork, client_address, parse_networks
from gateway.logging import get_logger
from gateway.options import add_options

REFUSAL = ("【aigw】転送元の情報（X-Forwarded-For）を読み取れないため、接続をお断りしました。"
           "システム管理者に連絡してください。")


class ForwardedClient:
    def __init__(self, connections: ClientConnections | None = None) -> None:
        self.connections = connections if connections is not None else ClientConnections()
        self.trusted: tuple[IPNetwork, ...] = ()

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_trusted_forwarders")

    def configure(self, updated: set[str]) -> None:
        if "aigw_trusted_forwarders" in updated:
            try:
                self.trusted = parse_networks(ctx.options.aigw_trusted_forwarders)
            except ForwardedError as e:
                raise exceptions.OptionsError(str(e)) from None

    def via(self, conn: Any) -> tuple[Any, ...] | None:
        """The trusted forwarder's address for a connection whose peer address was rewritten."""
        rec = self.connections.get(conn)
        return rec.forwarded_via if rec else None

    @property
    def forwarded_via(self) -> dict[str, tuple[Any, ...]]:
        """Client connection id -> the forwarder's address (read-only view of the connection records)."""
        return {cid: r.forwarded_via for cid, r in self.connections.items() if r.forwarded_via is not None}

    @property
    def tunnelled(self) -> set[str]:
        """Client connections that sent CONNECT (read-only view of the connection records)."""
        return {cid for cid, r in self.connections.items() if r.tunnelled}

    def _apply(self, flow: http.HTTPFlow) -> None:
        if not self.trusted:
            return
        conn = flow.client_conn
        via = self.via(conn) or conn.peername
        if not via:
            return
        try:
            addr = client_address(via[0], flow.request.headers.get_all(HEADER), self.trusted)
        except ForwardedError as e:
            self._refuse(flow, via[0], str(e))
            return
        if addr is None or addr == via[0]:
            return
        rec = self.connections.record(conn)
        if rec.forwarded_via is None:
            rec.forwarded_via = tuple(via)
        conn.peername = (addr, 0)  # the client's port is not forwarded

    def _refuse(self, flow: http.HTTPFlow, peer: str, error: str) -> None:
        get_logger().warning("forwarded_rejected", forwarder=peer, error=error)
        flow.response = http.Response.make(
            400, REFUSAL.encode("utf-8"),
            {"content-type": "text/plain; charset=utf-8", "x-aigw-reason": "forwarded_rejected",
             "x-should-retry": "false"})

    def http_connect(self, flow: http.HTTPFlow) -> None:
        self._apply(flow)

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        """A plain proxied request (``GET http://…``) carries the forwarder's header; a request inside a
        CONNECT tunnel does not (the forwarder cannot see it): its header is the client's own, ignored."""
        if self.connections.tunnelled(flow.client_conn):
            return
        self._apply(flow)
