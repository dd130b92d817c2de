"""X-Forwarded-For from trusted load balancers only: table tests of the address walk, and the addon."""

from __future__ import annotations

import pytest
from mitmproxy.test import taddons, tflow

from gateway import options
from gateway.addons.connections import ClientConnections
from gateway.addons.forwarded import ForwardedClient
from gateway.forwarded import ForwardedError, client_address, parse_forwarded_for, parse_networks

LB = parse_networks(["10.0.0.9/32", "10.0.1.0/24"])


@pytest.mark.parametrize("peer,xff,expect", [
    ("10.0.0.9", ["192.0.2.10"], "192.0.2.10"),  # HAProxy → the client it saw
    ("10.0.0.9", ["198.51.100.7, 192.0.2.10"], "192.0.2.10"),  # a client's own header to the left: not believed
    ("10.0.0.9", ["192.0.2.10, 10.0.1.5"], "192.0.2.10"),  # two trusted hops
    ("10.0.0.9", ["192.0.2.10", "10.0.1.5"], "192.0.2.10"),  # several header lines
    ("10.0.0.9", [], "10.0.0.9"),  # the balancer's own request (health check)
    ("192.0.2.10", ["10.0.0.9"], "192.0.2.10"),  # untrusted peer: header ignored
    ("::ffff:10.0.0.9", ["192.0.2.10"], "192.0.2.10"),  # IPv4-mapped peer
    ("10.0.0.9", ["[2001:db8::1]:5555"], "2001:db8::1"),
    ("10.0.0.9", ["192.0.2.10:5555"], "192.0.2.10"),
    ("10.0.0.9", ["10.0.1.5"], "10.0.1.5"),  # only trusted hops: the leftmost
    (None, ["192.0.2.10"], None),
])
def test_client_address(peer, xff, expect) -> None:
    assert client_address(peer, xff, LB) == expect


@pytest.mark.parametrize("xff", [["not-an-ip"], ["192.0.2.10,,10.0.0.1"], ["unknown"], [", ".join(["192.0.2.1"] * 17)],
                                 ["192.0.2.10 10.0.0.1"]])
def test_unreadable_headers_from_a_trusted_peer_fail(xff) -> None:
    with pytest.raises(ForwardedError):
        client_address("10.0.0.9", xff, LB)
    assert client_address("192.0.2.99", xff, LB) == "192.0.2.99"  # from anyone else: ignored, never parsed


def test_no_trusted_forwarders_means_the_peer() -> None:
    assert client_address("10.0.0.9", ["192.0.2.10"], ()) == "10.0.0.9"
    assert parse_forwarded_for(["192.0.2.1, 2001:db8::2"]) == ["192.0.2.1", "2001:db8::2"]
    with pytest.raises(ForwardedError):
        parse_networks(["10.0.0.0/33"])


def _connect_flow(peer: str, xff: str | None):
    f = tflow.tflow()
    f.request.method = "CONNECT"
    f.client_conn.peername = (peer, 40000)
    if xff is not None:
        f.request.headers["X-Forwarded-For"] = xff
    return f


def test_addon_rewrites_the_connection_address_once_per_connection() -> None:
    conns = ClientConnections()
    a = ForwardedClient(conns)
    with taddons.context(conns, a) as tctx:
        options.add_options(tctx.options)
        tctx.configure(a, aigw_trusted_forwarders=["10.0.0.9"])
        f = _connect_flow("10.0.0.9", "192.0.2.10")
        conns.http_connect(f)
        a.http_connect(f)
        assert f.client_conn.peername[0] == "192.0.2.10" and a.forwarded_via[f.client_conn.id][0] == "10.0.0.9"
        # a request inside the tunnel carries the client's own header: ignored
        inner = tflow.tflow()
        inner.client_conn = f.client_conn
        inner.request.headers["X-Forwarded-For"] = "198.51.100.1"
        a.requestheaders(inner)
        assert f.client_conn.peername[0] == "192.0.2.10"
        conns.client_disconnected(f.client_conn)
        assert not len(conns) and not a.forwarded_via and not a.tunnelled
        bad = _connect_flow("10.0.0.9", "garbage")
        a.http_connect(bad)
        assert bad.response is not None and bad.response.status_code == 400
        assert "管理者" in bad.response.get_text()
        untrusted = _connect_flow("192.0.2.50", "192.0.2.10")
        a.http_connect(untrusted)
        assert untrusted.client_conn.peername[0] == "192.0.2.50" and untrusted.response is None
