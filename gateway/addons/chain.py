"""The aigw addons as one mitmproxy addon, each hook isolated: one addon's exception never skips another's hook.

``aigw run`` loads the addons as a script (``gateway/mitm_entry.py``). mitmproxy offers a hook to a script's
addons one after the other and stops at the first exception: the rest of the list never sees the event. An
exception in, say, the connection-hygiene addon's ``requestheaders`` would then skip the request pipeline
after it, and the request would be forwarded unscanned. ``AddonChain`` offers each hook to every addon that
has it, in order, and isolates them:

* ``load``, ``configure`` and ``running``: an exception propagates as before (a bad option is refused, start-up
  stops where mitmproxy stops it);
* ``done``: logged (``addon_failed``); the other addons still shut down (the audit file is still closed);
* every hook on a request (``requestheaders``, ``request``, ``http_connect``): logged (``addon_failed``), the
  other addons still run, and the request is blocked (``internal_error``) before anything is forwarded
  (``RequestPipeline.failed``): fail closed;
* every other hook (responses, connections, WebSocket, TLS): logged; the others still run (a WebSocket
  frame's own handler drops the frame on its own errors).

It is also cheaper: mitmproxy walks the list for every event, each addon with or without the hook; the chain
knows which addons have which hook once, at start.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any

from mitmproxy import hooks

from gateway.logging import get_logger

PROPAGATE = frozenset({"load", "configure", "running"})  # lifecycle: errors go to mitmproxy as before
REQUEST_HOOKS = frozenset({"requestheaders", "request", "http_connect"})  # a failure blocks the request

OnFailure = Callable[[Any, str, str, BaseException], None]


def _hook_names() -> frozenset[str]:
    """Every hook mitmproxy knows (the hook classes register themselves when their modules are imported)."""
    import mitmproxy.addonmanager  # noqa: F401  (load)
    import mitmproxy.proxy.layers  # noqa: F401  (http, websocket, tls, tcp, udp, dns, quic)
    import mitmproxy.proxy.server_hooks  # noqa: F401

    return frozenset(hooks.all_hooks)


class AddonChain:
    """``addons`` in order, as one addon. ``on_failure(flow, addon, hook, exc)`` blocks a request whose hook failed."""

    name = "aigw"

    def __init__(self, addons: Sequence[Any], on_failure: OnFailure | None = None) -> None:
        self.members = list(addons)
        self.on_failure = on_failure
        self.log = get_logger()
        for hook in _hook_names():
            found = [a for a in self.members if callable(fn := getattr(a, hook, None)) and not inspect.ismodule(fn)]
            if found:
                setattr(self, hook, self._dispatcher(hook, found))

    def _dispatcher(self, hook: str, found: list[Any]) -> Callable[..., Any]:
        """One function for ``hook``: the addons that have it, in order (each method looked up at call time)."""
        if hook in PROPAGATE:
            def lifecycle(*args: Any) -> None:
                for a in found:
                    getattr(a, hook)(*args)
            return lifecycle
        if any(inspect.iscoroutinefunction(getattr(a, hook)) for a in found):
            async def dispatch_async(*args: Any) -> None:
                for a in found:
                    try:
                        res = getattr(a, hook)(*args)
                        if inspect.isawaitable(res):
                            await res
                    except Exception as e:  # isolated: the next addon still runs
                        self._failed(type(a).__name__, hook, args, e)
            return dispatch_async

        def dispatch(*args: Any) -> None:
            for a in found:
                try:
                    getattr(a, hook)(*args)
                except Exception as e:  # isolated: the next addon still runs
                    self._failed(type(a).__name__, hook, args, e)
        return dispatch

    def _failed(self, addon: str, hook: str, args: tuple[Any, ...], exc: Exception) -> None:
        flow = args[0] if args else None
        cx = getattr(flow, "metadata", {}).get("aigw") if flow is not None else None
        self.log.error("addon_failed", addon=addon, hook=hook, error=type(exc).__name__,
                       request_id=getattr(cx, "request_id", None))
        if hook in REQUEST_HOOKS and self.on_failure is not None and flow is not None:
            self.on_failure(flow, addon, hook, exc)
