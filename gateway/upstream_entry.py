"""Script entry for ``mitmdump -s`` after gateway/mitm_entry.py: ``aigw run --upstream-proxy`` adds it so a
parent proxy that refuses the gateway is answered in Japanese (gateway/upstream_proxy.py)."""

from gateway.upstream_proxy import ParentProxyGuard

addons = [ParentProxyGuard()]
