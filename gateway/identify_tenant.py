"""Stage 2a (only with tenants.yaml): which 団体 is asking — by client network or authentication realm.

- network: the client address (after the trusted-forwarder resolution of X-Forwarded-For behind
  HAProxy, ``gateway.forwarded``) inside one tenant's ``networks``;
- realm: a proxy-auth user name ``name@realm`` whose realm is one tenant's; the user is then ``name``
  in that tenant's users.yaml (a name that does not end in a configured realm is taken whole).

Both found and naming different tenants, or neither found: no tenant (``unknown_tenant``, fail closed).
Plain Python, no mitmproxy import.
"""

from __future__ import annotations

from dataclasses import dataclass

from gateway.identify_user import _ip
from gateway.rules.ruleset import Tenant


@dataclass(frozen=True, slots=True)
class TenantPick:
    tenant: Tenant
    user: str | None  # the proxy-auth user name inside the tenant (realm removed)
    by: str  # network | realm | network+realm


def split_realm(user: str, tenants: tuple[Tenant, ...]) -> tuple[str, Tenant | None]:
    """'tanaka@midorino' → ('tanaka', tenant of realm midorino); a name without a known realm is kept whole."""
    name, at, realm = user.rpartition("@")
    if at and name:
        realm = realm.strip().lower()
        for t in tenants:
            if realm in t.realms:
                return name, t
    return user, None


def select_tenant(tenants: tuple[Tenant, ...], *, peer_ip: str | None, proxyauth_user: str | None) -> TenantPick | None:
    """The tenant of a request, or None (unknown, or network and realm name different tenants)."""
    ip = _ip(peer_ip)
    by_net = next((t for t in tenants if ip is not None and any(ip in n for n in t.networks)), None)
    user, by_realm = split_realm(proxyauth_user, tenants) if proxyauth_user else (None, None)
    if by_net is not None and by_realm is not None:
        return TenantPick(by_net, user, "network+realm") if by_net.id == by_realm.id else None
    if by_realm is not None:
        return TenantPick(by_realm, user, "realm")
    if by_net is not None:
        return TenantPick(by_net, user, "network")
    return None


def memory_key(tenant: str | None, name: str) -> str:
    """The key of a person in per-user memories (purpose of the day, recent turns, caution tokens): the same
    name in two 団体 is two people. ':' never occurs in a proxy-auth user name (Basic splits at it)."""
    return name if tenant is None else f"{tenant}:{name}"
