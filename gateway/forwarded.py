"""Real client addresses behind a load balancer (HAProxy in HTTP mode with ``option forwardfor``).

mitmproxy (12.x) does not read the PROXY protocol (mitmproxy issue #4776; a PR is open), so behind
HAProxy in TCP mode every connection comes from HAProxy's address: client-IP identity
(``users.yaml`` ``client_ip_map``) and the audit ``client_ip`` would name the load balancer. HAProxy in
HTTP mode forwards a proxy's requests — ``CONNECT host:443`` included, after which the connection is a
tunnel — and adds ``X-Forwarded-For`` to each request it forwards. aigw trusts that header only from
the load balancers listed in ``aigw_trusted_forwarders`` (CIDRs):

- the client address is found walking ``X-Forwarded-For`` from the right: the first address that is
  not itself a trusted forwarder (a client cannot spoof it: HAProxy appends the address it saw, and
  deploy/haproxy removes any header the client sent);
- a header from a trusted forwarder that cannot be read (not an IP address, too many hops) is refused:
  the CONNECT is answered 400 in Japanese and ``forwarded_rejected`` is logged (fail closed — identity by
  address must never fall back to the load balancer's address);
- from any other peer the header is ignored (a client cannot claim another address).

Pure functions (:func:`client_address`, :func:`parse_forwarded_for`) plus a small addon,
:class:`ForwardedClient`, which ``aigw run`` always loads before the aigw addon (a no-op while
``aigw_trusted_forwarders`` is empty). It records the client address
of a connection when its CONNECT (or a plain proxied request) arrives and presents it as the
connection's peer address, so every later read of ``client_conn.peername`` — identity, the trusted-proxy
secret check, the audit ``client_ip`` — sees the real client. The original peer (the load balancer) is
kept in ``forwarded_via``.

Plan for the addon split (issue 10), for the lead: (1) register ``ForwardedClient`` first in the addon
list of gateway/mitm_entry.py (then drop FORWARDED_ENTRY and forwarded_entry.py from gateway/cli.py); (2) better, stop rewriting ``peername``: keep the resolved address in
``flow.metadata["aigw_client_ip"]`` (set in ``http_connect``/``requestheaders`` and copied to every flow
of the connection) and read it through :func:`flow_client_ip` in the three places addon.py reads
``client_conn.peername`` today: ``_refuse_misused_secret`` (trusted-proxy secret), the identity stage in
``requestheaders`` (``identify_user``'s client IP) and ``_base_fields`` (audit ``client_ip``); add
``forwarded_via`` to the audit allow-list if the balancer's address should be logged too.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from typing import Any

from gateway.options import add_options

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
MAX_HOPS = 16
HEADER = "X-Forwarded-For"


class ForwardedError(ValueError):
    pass


def parse_networks(specs: Iterable[str]) -> tuple[IPNetwork, ...]:
    out = []
    for spec in specs:
        for part in str(spec).split(","):
            part = part.strip()
            if not part:
                continue
            try:
                out.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                raise ForwardedError(f"aigw_trusted_forwarders: not an address or CIDR: {part!r}") from None
    return tuple(out)


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    t = text.strip()
    if t.startswith("[") and "]" in t:  # [2001:db8::1]:1234
        t = t[1:t.index("]")]
    elif t.count(":") == 1:  # 192.0.2.1:1234
        t = t.split(":", 1)[0]
    addr = ipaddress.ip_address(t)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        return addr.ipv4_mapped
    return addr


def parse_forwarded_for(values: Sequence[str]) -> list[str]:
    """Every ``X-Forwarded-For`` header value, in order, as normalised addresses; ForwardedError if unreadable."""
    hops: list[str] = []
    for value in values:
        for item in value.split(","):
            item = item.strip()
            if not item:
                raise ForwardedError("empty X-Forwarded-For element")
            try:
                hops.append(str(_ip(item)))
            except ValueError:
                raise ForwardedError("X-Forwarded-For element is not an IP address") from None
            if len(hops) > MAX_HOPS:
                raise ForwardedError(f"X-Forwarded-For has more than {MAX_HOPS} addresses")
    return hops


def _trusted(addr: str, trusted: Sequence[IPNetwork]) -> bool:
    try:
        ip = _ip(addr)
    except ValueError:
        return False
    return any(ip.version == n.version and ip in n for n in trusted)


def client_address(peer: str | None, forwarded_for: Sequence[str], trusted: Sequence[IPNetwork]) -> str | None:
    """The client's address: ``peer`` unless it is a trusted forwarder, then the rightmost
    ``X-Forwarded-For`` address that is not a trusted forwarder. Raises ForwardedError when a trusted
    forwarder sent an unreadable header. A trusted peer that sent no header stays the address."""
    if peer is None or not trusted or not _trusted(peer, trusted) or not forwarded_for:
        return peer
    hops = parse_forwarded_for(forwarded_for)
    for addr in reversed(hops):
        if not _trusted(addr, trusted):
            return addr
    return hops[0] if hops else peer  # every hop is a trusted forwarder: the leftmost is the origin


def flow_client_ip(flow: Any) -> str | None:
    """What the addon should read as the client address (``client_conn.peername`` after this addon)."""
    peer = getattr(flow.client_conn, "peername", None)
    return peer[0] if peer else None


class ForwardedClient:
    """mitmproxy addon, loaded before the aigw addon: the real client address from trusted forwarders."""

    def __init__(self) -> None:
        self.trusted: tuple[IPNetwork, ...] = ()
        self.forwarded_via: dict[str, tuple[Any, ...]] = {}  # client connection id -> the forwarder's address
        self.tunnelled: set[str] = set()  # client connections that sent CONNECT

    def load(self, loader: Any) -> None:
        add_options(loader, "aigw_trusted_forwarders")

    def configure(self, updated: set[str]) -> None:
        from mitmproxy import ctx, exceptions

        if "aigw_trusted_forwarders" in updated:
            try:
                self.trusted = parse_networks(ctx.options.aigw_trusted_forwarders)
            except ForwardedError as e:
                raise exceptions.OptionsError(str(e)) from None

    def _apply(self, flow: Any) -> None:
        if not self.trusted:
            return
        conn = flow.client_conn
        via = self.forwarded_via.get(conn.id) or conn.peername
        if not via:
            return
        values = flow.request.headers.get_all(HEADER)
        try:
            addr = client_address(via[0], values, self.trusted)
        except ForwardedError as e:
            self._refuse(flow, via[0], str(e))
            return
        if addr is None or addr == via[0]:
            return
        self.forwarded_via.setdefault(conn.id, tuple(via))
        conn.peername = (addr, 0)  # the client's port is not forwarded

    def _refuse(self, flow: Any, peer: str, error: str) -> None:
        from mitmproxy import http

        from gateway.logging import get_logger

        get_logger().warning("forwarded_rejected", forwarder=peer, error=error)
        flow.response = http.Response.make(
            400, "【aigw】転送元の情報（X-Forwarded-For）を読み取れないため、接続をお断りしました。"
                 "システム管理者に連絡してください。".encode("utf-8"),
            {"content-type": "text/plain; charset=utf-8", "x-aigw-reason": "forwarded_rejected",
             "x-should-retry": "false"})

    def http_connect(self, flow: Any) -> None:
        self.tunnelled.add(flow.client_conn.id)
        self._apply(flow)

    def requestheaders(self, flow: Any) -> None:
        """A plain proxied request (``GET http://…``) carries the forwarder's header; a request inside a
        CONNECT tunnel does not (the forwarder cannot see it): its header is the client's own, ignored."""
        if flow.client_conn.id in self.tunnelled:
            return
        self._apply(flow)

    def client_disconnected(self, client: Any) -> None:
        self.forwarded_via.pop(client.id, None)
        self.tunnelled.discard(client.id)
