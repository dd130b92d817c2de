"""The immutable, validated rules a gateway runs on. Swapped whole on reload, never mutated."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path

from gateway.model import Approval, Service, User
from gateway.rules.globs import compile_path_glob
from gateway.rules.schema import ApproverSpec, PolicyFile

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Scoped = tuple[Service, "re.Pattern[str] | None"]


def split_host_entry(entry: str) -> tuple[str, str | None]:
    """'x.com/i/api/2/grok/**' → ('x.com', '/i/api/2/grok/**'); 'api.openai.com' → ('api.openai.com', None)."""
    host, slash, path = entry.partition("/")
    return host, (slash + path) if slash else None


@dataclass(frozen=True)
class Tenant:
    """One 団体 on a shared fleet (tenants.yaml): selected by client network or authentication realm,
    with its own users, approvals, approvers and policy (messages, contacts) in ``rules``."""

    id: str
    name: str  # 団体名
    networks: tuple[IPNetwork, ...]
    realms: tuple[str, ...]
    directory: Path
    registry: str | None  # this tenant's approval registry (never another tenant's)
    rules: "RuleSet"


@dataclass(frozen=True)
class RuleSet:
    directory: Path
    services: tuple[Service, ...]
    users: dict[str, User]
    ip_map: tuple[tuple[IPNetwork, str], ...]
    approvals: tuple[Approval, ...]
    policy: PolicyFile
    proxyauth: str | None
    trusted_proxies: tuple[IPNetwork, ...]
    shadow_hosts: dict[str, str]  # host -> display name; never overlaps the catalog
    path_patterns: dict[str, re.Pattern[str]]
    loaded_at: dt.datetime
    approvers: dict[str, ApproverSpec] = field(default_factory=dict)  # approvers.yaml: name -> entitlement
    tenants: tuple[Tenant, ...] = ()  # tenants.yaml (fleet rules only); empty: one organisation
    tenant: str | None = None  # the tenant id of a tenant's rules
    registry: str | None = None  # a tenant's own approval registry (tenants.yaml `registry`)
    _exact: dict[str, tuple[Scoped, ...]] = field(init=False, repr=False)
    _wildcard: tuple[tuple[str, tuple[Scoped, ...]], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        exact: dict[str, list[Scoped]] = {}
        wildcard: dict[str, list[Scoped]] = {}
        for s in self.services:
            for entry in s.hosts:
                host, scope = split_host_entry(entry)
                scoped = (s, compile_path_glob(scope) if scope else None)
                if host.startswith("*."):
                    wildcard.setdefault(host[1:], []).append(scoped)  # ".oaiusercontent.com"
                else:
                    exact.setdefault(host, []).append(scoped)
        # path-scoped entries first, so a shared host's AI paths win over a whole-host entry
        order = lambda xs: tuple(sorted(xs, key=lambda x: x[1] is None))  # noqa: E731
        object.__setattr__(self, "_exact", {h: order(v) for h, v in exact.items()})
        # longest suffix first, so the most specific wildcard wins
        object.__setattr__(self, "_wildcard", tuple(sorted(((k, order(v)) for k, v in wildcard.items()),
                                                           key=lambda x: -len(x[0]))))

    def service_for_host(self, host: str, path: str | None = None) -> Service | None:
        """The catalog service for ``host`` (and ``path`` on a shared host).

        Without a path (CONNECT, TLS ClientHello) any service on the host counts: the host is
        decrypted. With a path, a path-scoped entry (``x.com/i/api/2/grok/**``) matches only
        its paths; other paths on that shared host are not AI traffic.
        """
        host = host.lower().rstrip(".")
        candidates = self._exact.get(host)
        if candidates is None:
            candidates = next((c for suffix, c in self._wildcard if host.endswith(suffix)), None)
        if not candidates:
            return None
        for service, scope in candidates:
            if scope is None or path is None or scope.match(path):
                return service
        return None

    def shadow_name(self, host: str) -> str | None:
        """Display name when ``host`` or one of its parent domains is on the shadow-AI list."""
        host = host.lower().rstrip(".")
        while host:
            if (name := self.shadow_hosts.get(host)) is not None:
                return name
            _, _, host = host.partition(".")
        return None
