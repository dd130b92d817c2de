"""One record per client connection (gateway/addons/connections.py), shared by the forwarded-address and
trusted-proxy addons: a CONNECT marks it once, both read it, a disconnect removes it."""

from __future__ import annotations

import dataclasses
import ipaddress

from mitmproxy.proxy import server_hooks
from mitmproxy.test import tflow

from tests.unit.addons.conftest import Chain


def _connect(peer: str, user: str | None = None):
    f = tflow.tflow()
    f.request.method = "CONNECT"
    f.request.host, f.request.port = "api.openai.com", 443
    f.client_conn.peername = (peer, 40000)
    if user:
        f.request.headers["X-Authenticated-User"] = user
    return f


async def test_a_connect_is_one_record_read_by_forwarded_and_trusted_proxy(gw: Chain) -> None:
    conns, trusted, forwarded = gw.addon("ClientConnections"), gw.addon("TrustedProxy"), gw.addon("ForwardedClient")
    assert forwarded.connections is conns and trusted.connections is conns
    rt = gw.addon("Rules").runtime
    gw.addon("Rules").runtime = dataclasses.replace(rt, rules=dataclasses.replace(
        rt.rules, trusted_proxies=(ipaddress.ip_network("10.0.0.0/24"),)))
    f = _connect("10.0.0.5", "suzuki")
    await gw.http_connect(f)
    rec = conns.get(f.client_conn)
    assert rec is not None and rec.tunnelled and rec.connect_user == "suzuki"
    inner = tflow.tflow()
    inner.client_conn = f.client_conn
    assert trusted.tunnel_user(inner) == (True, "suzuki")
    other = tflow.tflow()  # a plain proxied request on another connection: no record
    assert trusted.tunnel_user(other) == (False, None) and conns.get(other.client_conn) is None
    await gw.hook(server_hooks.ClientDisconnectedHook(f.client_conn))
    assert conns.get(f.client_conn) is None and len(conns) == 0
    assert trusted.tunnel_user(inner) == (False, None)


async def test_untrusted_peer_connect_is_tunnelled_without_a_user(gw: Chain) -> None:
    f = _connect("192.0.2.7", "suzuki")
    await gw.http_connect(f)
    assert gw.addon("TrustedProxy").tunnel_user(f) == (True, None)
