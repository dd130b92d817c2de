"""Script entry for ``mitmdump -s``: registers the aigw addons. ``aigw run`` passes this file."""

from gateway.addons import gateway_chain

addons = [gateway_chain()]
