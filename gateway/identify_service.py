"""Stage 1: host + method + path → catalog service and the endpoint that reads its body."""

from __future__ import annotations

from dataclasses import dataclass

from gateway.model import Endpoint, Service
from gateway.rules.ruleset import RuleSet


@dataclass(frozen=True, slots=True)
class ServiceMatch:
    service: Service
    endpoint: Endpoint | None  # None: no body-carrying endpoint matches (e.g. GET of a page)


def identify_service(rules: RuleSet, host: str, method: str, path: str) -> ServiceMatch | None:
    """``path`` may carry a query string; matching ignores it (``?beta=true`` etc.)."""
    bare = path.split("?", 1)[0].split("#", 1)[0] or "/"
    service = rules.service_for_host(host, bare)
    if service is None:
        return None
    method = method.upper()
    for ep in service.endpoints:
        if method in ep.methods and rules.path_patterns[ep.path].match(bare):
            return ServiceMatch(service, ep)
    return ServiceMatch(service, None)
