"""Refuse mitmproxy options that would let a prompt leave unscanned or that only an addon aigw does not load
would read (``gateway.addons.master``); warn on those that bypass the gateway (``gateway.options``)."""

from __future__ import annotations

from mitmproxy import ctx, exceptions

from gateway.addons.master import NOT_LOADED, REFUSED_OPTIONS
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
        for name in sorted(updated & REFUSED_OPTIONS.keys()):
            if name in ctx.options and ctx.options.has_changed(name):
                addon = REFUSED_OPTIONS[name]
                raise exceptions.OptionsError(
                    f"aigw refuses {name}: mitmproxy's {addon} addon is not loaded by aigw ({NOT_LOADED[addon]})")
        for name in BYPASS_OPTIONS:
            if name in updated and getattr(ctx.options, name, None):
                self.log.warning("unsafe_option", option=name, note="bypasses the gateway's decryption and scan")
