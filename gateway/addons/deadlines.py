"""Per-request deadlines on one event-loop timer (plain asyncio; the connection-hygiene and error-page addons).

Every request sets a deadline (its body must keep arriving, its upstream must answer in time) that almost always
ends before it expires. An asyncio ``call_later`` per request and its ``cancel`` cost a timer handle, a heap push
and a cancelled handle left in the loop's heap, twice a request on the path to the upstream and back. Here a
deadline is one dict entry (set, popped when it ends) and one timer serves them all: armed for the earliest
deadline, it calls back every expired entry when it fires, then re-arms for the next. A callback runs at (or, as
with ``call_later``, just after) its deadline, never before, exactly as the per-request timer did.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable
from typing import Any


class Deadlines:
    """``add(key, delay, *args)``: ``expire(*args)`` in ``delay`` seconds unless ``pop(key)`` came first."""

    def __init__(self, expire: Callable[..., None]) -> None:
        self._expire = expire
        self._items: dict[Hashable, tuple[float, tuple[Any, ...]]] = {}
        self._timer: asyncio.TimerHandle | None = None

    def add(self, key: Hashable, delay: float, *args: Any) -> None:
        loop = asyncio.get_running_loop()
        when = loop.time() + delay
        self._items.pop(key, None)
        self._items[key] = (when, args)
        if self._timer is None or when < self._timer.when():
            if self._timer is not None:
                self._timer.cancel()
            self._timer = loop.call_at(when, self._fire)

    def pop(self, key: Hashable) -> bool:
        """End ``key``'s deadline; True if it was set (and had not expired)."""
        return self._items.pop(key, None) is not None

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def _fire(self) -> None:
        self._timer = None
        loop = asyncio.get_running_loop()
        now = loop.time()
        due = [k for k, (when, _) in self._items.items() if when <= now]
        expired = [self._items.pop(k)[1] for k in due]
        if self._items:
            self._timer = loop.call_at(min(when for when, _ in self._items.values()), self._fire)
        for args in expired:
            try:
                self._expire(*args)
            except Exception as e:  # as a failing call_later callback: reported, the others still run
                loop.call_exception_handler({"message": "deadline callback failed", "exception": e})
