"""Script entry for ``mitmdump -s`` before gateway/mitm_entry.py: ``aigw run --set aigw_trusted_forwarders=…``
adds it so the client address comes from a trusted load balancer's X-Forwarded-For (gateway/forwarded.py)."""

from gateway.forwarded import ForwardedClient

addons = [ForwardedClient()]
