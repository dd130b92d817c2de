"""Script entry for ``mitmdump -s``: registers the aigw addons. ``aigw run`` passes this file."""

from gateway.addons import default_addons

addons = default_addons()
