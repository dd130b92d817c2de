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

Plain Python (no mitmproxy): :func:`client_address`, :func:`parse_forwarded_for`, :func:`parse_networks`
and :func:`flow_client_ip`. The addon that applies them, ``gateway.addons.forwarded.ForwardedClient``
(first of the request hooks in ``default_addons()``, a no-op while ``aigw_trusted_forwarders`` is empty),
records the client address of a connection when its CONNECT (or a plain proxied request) arrives and
presents it as the connection's peer address, so every later read of ``client_conn.peername`` — identity,
the trusted-proxy secret check, the audit ``client_ip`` — sees the real client (read it with
:func:`flow_client_ip`). The original peer (the load balancer) is kept in the connection's record
(``gateway.addons.connections``, ``forwarded_via``).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from typing import Any

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
