"""Refuse mitmproxy options that would let a prompt leave unscanned; warn on those that bypass or
change traffic after the scan (``gateway.options.UNSAFE_OPTIONS``, ``BYPASS_OPTIONS``)."""

from __future__ import annotations

from mitmproxy import ctx, exceptions

from gateway.logging import get_logger
from gateway.options import BYPASS_OPTIONS


class OptionGuard:
    def __init__(self) -> None:
        self.log = get_logger()

    def configure(self, updated: set[str]) -> None:
        if "stream_large_bodies" in updated and ctx.options.stream_large_bodies:
            raise exceptions.OptionsError(
                "aigw refuses stream_large_bodies: a streamed request body would reach the AI service"
                " before it is scanned"
            )
        for name in BYPASS_OPTIONS:
            if name in updated and getattr(ctx.options, name, None):
                self.log.warning("unsafe_option", option=name, note="bypasses or changes traffic after the scan")
