"""Connection hygiene: a header read timeout, a body idle timeout and a per-client connection cap
(options ``aigw_header_timeout``, ``aigw_body_idle_timeout``, ``aigw_max_client_connections``).

mitmproxy closes a connection after ``tcp_timeout`` seconds without a byte either way (the idle
timeout, also for a body that stops arriving); it has no bound on how long a client may take to send
its request headers, nor on how many connections one address holds, so 400 slow-header
connections could hold every file descriptor. This addon closes a client connection that has not
sent a complete request (or CONNECT) head within ``aigw_header_timeout`` seconds of connecting, and
refuses a client address's connection beyond ``aigw_max_client_connections`` (addresses in the
rules' ``identity.trusted_proxies`` are exempt: an authenticating proxy carries everyone's traffic).

A client that sent a request head and then stops sending its body (an upload abandoned mid-way, a
slow-body attack) would hold the request until ``tcp_timeout`` (600 s). ``aigw_body_idle_timeout``
closes its connection once no byte arrived for that many seconds while the body is incomplete; the
request is audited ``client_disconnected`` (nothing was forwarded) and ``body_idle_timeout`` is logged.
Other clients and complete requests are untouched.

HTTP/2 (round 15 red team): a stream's body may come without a Content-Length (END_STREAM ends it), so every
HTTP/2 or HTTP/3 request is watched from its headers (the ``request`` hook ends the watch at once for a stream
that ended there); and the connection's bytes do not say which stream they feed — a client kept one stalled
stream open for ever with PING frames. Such a stream's body must be complete within ``MULTIPLEXED_FACTOR`` ×
``aigw_body_idle_timeout`` of its headers (4 min by default), whatever else the connection carries; then the
connection is closed like an idle one.
"""

from __future__ import annotations

import asyncio
import ipaddress
import time
from collections import Counter
from typing import Any

from mitmproxy import connection, ctx, exceptions, http

from gateway.addons.deadlines import Deadlines
from gateway.addons.rules import Rules
from gateway.logging import get_logger
from gateway.options import add_options, option_default


MULTIPLEXED_FACTOR = 8  # an HTTP/2 or HTTP/3 request body's whole time, in body idle timeouts


def _multiplexed(flow: http.HTTPFlow) -> bool:
    return flow.request.is_http2 or flow.request.is_http3


class ConnectionHygiene:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.open: Counter[str] = Counter()
        self.counted: dict[str, str] = {}  # client id → address counted
        self.waiting: dict[str, asyncio.TimerHandle] = {}  # client id → header deadline
        self.bodies = Deadlines(self._check_body)  # flow id → next check of a body still arriving
        self.body_idle_timeout = option_default("aigw_body_idle_timeout")  # read per request: parsed in configure
        self.log = get_logger()

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_header_timeout", "aigw_body_idle_timeout", "aigw_max_client_connections")

    def configure(self, updated: set[str]) -> None:
        if "aigw_header_timeout" in updated and ctx.options.aigw_header_timeout < 0:
            raise exceptions.OptionsError("aigw_header_timeout: seconds must be >= 0 (0: off)")
        if "aigw_body_idle_timeout" in updated:
            if ctx.options.aigw_body_idle_timeout < 0:
                raise exceptions.OptionsError("aigw_body_idle_timeout: seconds must be >= 0 (0: off)")
            self.body_idle_timeout = ctx.options.aigw_body_idle_timeout
        if "aigw_max_client_connections" in updated and ctx.options.aigw_max_client_connections < 0:
            raise exceptions.OptionsError("aigw_max_client_connections: must be >= 0 (0: no cap)")

    def _exempt(self, addr: str) -> bool:
        rules = self.rules.rules
        try:
            ip = ipaddress.ip_address(addr)
        except ValueError:
            return False
        return bool(rules) and any(ip in net for net in rules.trusted_proxies)

    def client_connected(self, client: connection.Client) -> None:
        addr = client.peername[0] if client.peername else ""
        cap = ctx.options.aigw_max_client_connections
        if cap and addr and not self._exempt(addr) and self.open[addr] >= cap:
            client.error = "too many connections from this address"
            self.log.warning("connection_refused", client_ip=addr, open=self.open[addr], cap=cap)
            return
        self.open[addr] += 1
        self.counted[client.id] = addr
        if (timeout := ctx.options.aigw_header_timeout) > 0:
            loop = asyncio.get_running_loop()
            self.waiting[client.id] = loop.call_later(timeout, self._expire, client.id, timeout)

    def client_disconnected(self, client: connection.Client) -> None:
        if (handle := self.waiting.pop(client.id, None)) is not None:
            handle.cancel()
        if (addr := self.counted.pop(client.id, None)) is not None:
            self.open[addr] -= 1
            if self.open[addr] <= 0:
                del self.open[addr]

    def _heard(self, client: connection.Client) -> None:
        if (handle := self.waiting.pop(client.id, None)) is not None:
            handle.cancel()

    def http_connect(self, flow: http.HTTPFlow) -> None:
        self._heard(flow.client_conn)

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        self._heard(flow.client_conn)
        timeout = self.body_idle_timeout
        if timeout > 0 and _body_expected(flow) and flow.response is None:
            self.bodies.add(flow.id, timeout, flow, timeout)

    def request(self, flow: http.HTTPFlow) -> None:
        """The whole body arrived."""
        self._body_done(flow)

    def error(self, flow: http.HTTPFlow) -> None:
        self._body_done(flow)

    def _body_done(self, flow: http.HTTPFlow) -> None:
        self.bodies.pop(flow.id)

    def _check_body(self, flow: http.HTTPFlow, timeout: float) -> None:
        """No byte from the client for ``timeout`` seconds while its body is incomplete: close it."""
        if flow.response is not None:  # (a body that arrived ended its deadline: this is not called)
            return  # the request was answered at its headers
        ps = ctx.master.addons.get("proxyserver")
        handler = ps.connections.get(flow.client_conn.id) if ps is not None else None
        if handler is None:
            return
        now = time.time()
        idle = now - handler.timeout_watchdog.last_activity  # any byte on this client's connections
        left = (flow.request.timestamp_start + MULTIPLEXED_FACTOR * timeout - now) if _multiplexed(flow) else idle
        if idle < timeout and left > 0:
            self.bodies.add(flow.id, min(timeout - idle, left) + 0.05, flow, timeout)
            return
        cx = flow.metadata.get("aigw")
        self.log.warning("body_idle_timeout", client_ip=self.counted.get(flow.client_conn.id), seconds=timeout,
                         request_id=getattr(cx, "request_id", None))
        transport = handler.transports.get(handler.client)
        if transport is not None and transport.handler is not None:
            transport.handler.cancel("body idle timeout")

    def _expire(self, client_id: str, timeout: float) -> None:
        self.waiting.pop(client_id, None)
        ps = ctx.master.addons.get("proxyserver")
        handler = ps.connections.get(client_id) if ps is not None else None
        if handler is None:
            return
        self.log.warning("header_timeout", client_ip=self.counted.get(client_id), seconds=timeout)
        transport = handler.transports.get(handler.client)
        if transport is not None and transport.handler is not None:
            transport.handler.cancel("header timeout")


def _body_expected(flow: http.HTTPFlow) -> bool:
    """The request announced a body (Content-Length > 0 or chunked) that has not arrived yet, or is an HTTP/2 or
    HTTP/3 stream (whose body needs no announcement)."""
    if _multiplexed(flow):  # the stream may not have ended with its headers (no length needed)
        return True
    headers = flow.request.headers
    try:  # the usual case first: a length (an absent header costs mitmproxy's Headers a raised KeyError)
        if int(headers.get("content-length", "0") or 0) > 0:
            return True
    except ValueError:
        pass
    return "chunked" in headers.get("transfer-encoding", "").lower()
