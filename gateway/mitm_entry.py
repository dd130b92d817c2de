"""Script entry for ``mitmdump -s``: registers the aigw addon. ``aigw run`` passes this file."""

from gateway.addon import Gateway

addons = [Gateway()]
