"""A short memory of each user's recent turns per service, so an identifier split across turns meets again.

``5260 1815`` in one prompt and ``9084`` in the next are harmless apart and a 個人番号 together. For each
user × service the window keeps the tails of the last few pieces of text sent (prompt parts, WebSocket
frames) for a few minutes, in memory only, never logged; the scanner reads ``tail + start of each new piece``
as more text. Bounded: at most ``max_keys`` users × services (the oldest dropped), ``max_pieces`` tails of
``tail_chars`` per key, entries older than ``ttl`` seconds forgotten. Protocol tokens (short ASCII words such
as ``next``) are not kept: they would stand between the halves of an identifier.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

_TOKEN = re.compile(r"[A-Za-z_-]{0,24}")


def is_text(piece: str) -> bool:
    """A piece worth remembering: not empty and not a protocol token (``next``, ``chat``, ``send``)."""
    return bool(piece.strip()) and not _TOKEN.fullmatch(piece.strip())


class TurnWindow:
    def __init__(self, *, ttl: float = 300.0, tail_chars: int = 128, max_pieces: int = 8, max_keys: int = 20000,
                 now: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.tail_chars = tail_chars
        self.max_pieces = max_pieces
        self.max_keys = max_keys
        self._now = now
        self._items: OrderedDict[tuple[str, str], tuple[float, tuple[str, ...]]] = OrderedDict()
        self._lock = threading.Lock()

    def previous(self, user: str, service: str) -> tuple[str, ...]:
        """The remembered tails for this user × service, oldest first (empty when none or expired)."""
        key = (user, service)
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return ()
            if self._now() - item[0] > self.ttl:
                del self._items[key]
                return ()
            return item[1]

    def remember(self, user: str, service: str, pieces: Iterable[str]) -> None:
        """Keep the tails of the pieces of an allowed prompt or frame as the newest ones."""
        tails = tuple(p[-self.tail_chars:] for p in pieces if is_text(p))
        if not tails:
            return
        key = (user, service)
        with self._lock:
            old = self._items.pop(key, None)
            kept = old[1] if old and self._now() - old[0] <= self.ttl else ()
            # a tail sent again (a chat app resends the whole conversation each turn) moves to the newest
            # place instead of filling the window with copies: the window holds distinct turns
            newest = tuple(dict.fromkeys(reversed(kept + tails)))[:self.max_pieces]
            self._items[key] = (self._now(), newest[::-1])
            while len(self._items) > self.max_keys:
                self._items.popitem(last=False)

    def forget(self, user: str, service: str) -> None:
        with self._lock:
            self._items.pop((user, service), None)

    def __len__(self) -> int:
        return len(self._items)


class CleanSeams:
    """Seams already scanned without a block, so a conversation resent each turn (or an SDK retry) does not
    rescan them.

    A chat app sends the whole conversation every turn: the junctions between its messages and the user's
    previous turns come back unchanged, turn after turn. A seam the scanner did not block once is not blocked
    again by the same scanner for the same service (and a seam only ever adds a block to the verdict, never a
    warning), so only new seams are scanned. Keys are BLAKE2b digests of service and
    text (no text is kept), at most ``max_items`` (the oldest dropped); the memory starts over whenever the
    scanner changes (a rules reload builds a new one)."""

    def __init__(self, max_items: int = 16384) -> None:
        self.max_items = max_items
        self._scanner: object | None = None
        self._items: OrderedDict[bytes, None] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def _key(service: str, text: str) -> bytes:
        return hashlib.blake2b(f"{service}\0{text}".encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def _same(self, scanner: object) -> None:  # with the lock held
        if scanner is not self._scanner:
            self._scanner = scanner
            self._items.clear()

    def unseen(self, scanner: object, service: str, texts: Iterable[str]) -> list[str]:
        """The texts this scanner has not yet scanned without a block for this service, in order."""
        keyed = [(t, self._key(service, t)) for t in texts]
        with self._lock:
            self._same(scanner)
            return [t for t, k in keyed if k not in self._items]

    def clean(self, scanner: object, service: str, texts: Iterable[str]) -> None:
        """These texts were scanned (together) and did not block."""
        keys = [self._key(service, t) for t in texts]
        with self._lock:
            self._same(scanner)
            for k in keys:
                self._items[k] = None
                self._items.move_to_end(k)
            while len(self._items) > self.max_items:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
