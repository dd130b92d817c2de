"""The immutable, validated rules a gateway runs on. Swapped whole on reload, never mutated."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path

from gateway.model import Approval, Service, User
from gateway.rules.schema import PolicyFile
from gateway.scan.api import Scanner

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


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
    scanner: Scanner
    path_patterns: dict[str, re.Pattern[str]]
    loaded_at: dt.datetime
    _exact: dict[str, Service] = field(init=False, repr=False)
    _wildcard: tuple[tuple[str, Service], ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        exact: dict[str, Service] = {}
        wildcard: list[tuple[str, Service]] = []
        for s in self.services:
            for h in s.hosts:
                if h.startswith("*."):
                    wildcard.append((h[1:], s))  # ".oaiusercontent.com"
                else:
                    exact[h] = s
        object.__setattr__(self, "_exact", exact)
        # longest suffix first, so the most specific wildcard wins
        object.__setattr__(self, "_wildcard", tuple(sorted(wildcard, key=lambda x: -len(x[0]))))

    def service_for_host(self, host: str) -> Service | None:
        host = host.lower().rstrip(".")
        if (s := self._exact.get(host)) is not None:
            return s
        for suffix, s in self._wildcard:
            if host.endswith(suffix):
                return s
        return None

    def shadow_name(self, host: str) -> str | None:
        """Display name when ``host`` or one of its parent domains is on the shadow-AI list."""
        host = host.lower().rstrip(".")
        while host:
            if (name := self.shadow_hosts.get(host)) is not None:
                return name
            _, _, host = host.partition(".")
        return None
