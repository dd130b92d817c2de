"""Stage 2: who is asking. Proxy-auth name, else the client-IP map, else a trusted proxy's header."""

from __future__ import annotations

import ipaddress

from gateway.model import Identity
from gateway.rules.ruleset import RuleSet


def _ip(addr: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    if not addr:
        return None
    try:
        ip = ipaddress.ip_address(addr.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return ip.ipv4_mapped
    return ip


def is_trusted_proxy(rules: RuleSet, peer_ip: str | None) -> bool:
    ip = _ip(peer_ip)
    return ip is not None and any(ip in net for net in rules.trusted_proxies)


def identify_user(
    rules: RuleSet,
    *,
    proxyauth_user: str | None,
    peer_ip: str | None,
    header_user: str | None,
) -> Identity | None:
    """``header_user`` is the value of the policy's user header; it counts only from a trusted proxy."""
    if proxyauth_user:
        return Identity(proxyauth_user, "proxyauth", rules.users.get(proxyauth_user))
    ip = _ip(peer_ip)
    if ip is not None:
        for net, name in rules.ip_map:
            if ip in net:
                return Identity(name, "client_ip", rules.users.get(name))
    if header_user and is_trusted_proxy(rules, peer_ip):
        name = header_user.strip()
        if name:
            return Identity(name, "trusted_header", rules.users.get(name))
    return None
