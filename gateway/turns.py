"""A short memory of each user's recent turns per service, so an identifier split across turns meets again.

``5260 1815`` in one prompt and ``9084`` in the next are harmless apart and a 個人番号 together. For each
user × service the window keeps the tail of the last few prompts (and WebSocket frames) for a few minutes, in
memory only, never logged; the scanner reads ``tail + current`` as one more piece of text. Bounded: at most
``max_keys`` users × services (the oldest dropped), ``tail_chars`` per key, entries older than ``ttl`` seconds
forgotten.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable


class TurnWindow:
    def __init__(self, *, ttl: float = 300.0, tail_chars: int = 256, max_keys: int = 20000,
                 now: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.tail_chars = tail_chars
        self.max_keys = max_keys
        self._now = now
        self._items: OrderedDict[tuple[str, str], tuple[float, str]] = OrderedDict()
        self._lock = threading.Lock()

    def previous(self, user: str, service: str) -> str:
        """The remembered tail for this user × service ('' when none or expired)."""
        key = (user, service)
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return ""
            if self._now() - item[0] > self.ttl:
                del self._items[key]
                return ""
            return item[1]

    def remember(self, user: str, service: str, text: str) -> None:
        """Keep the tail of ``text`` (a prompt that was allowed) as the newest turn."""
        if not text:
            return
        key = (user, service)
        with self._lock:
            old = self._items.pop(key, None)
            joined = ((old[1] + "\n") if old and self._now() - old[0] <= self.ttl else "") + text
            self._items[key] = (self._now(), joined[-self.tail_chars:])
            while len(self._items) > self.max_keys:
                self._items.popitem(last=False)

    def forget(self, user: str, service: str) -> None:
        with self._lock:
            self._items.pop((user, service), None)

    def __len__(self) -> int:
        return len(self._items)
