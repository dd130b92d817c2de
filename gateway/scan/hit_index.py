"""Findings sorted by start, to find one near another in O(log n) (aggregate.py's combination rules)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any


class HitIndex:
    """Hits sorted by start, to find one within ``w`` characters of a span in O(log n) (a 100 KB
    roster with thousands of names and phone numbers stays linear-ish, not quadratic)."""

    __slots__ = ("hits", "starts", "longest")

    def __init__(self, hits: list[Any]) -> None:
        self.hits = sorted(hits, key=lambda x: x.start)
        self.starts = [x.start for x in self.hits]
        self.longest = max((x.end - x.start for x in self.hits), default=0)

    def near(self, h: Any, w: int, pred: Callable[[Any], bool] | None = None) -> Any | None:
        """The first indexed hit within ``w`` characters of ``h`` (not ``h``'s own span)."""
        i = bisect_left(self.starts, h.start - w - self.longest)
        hi = bisect_right(self.starts, h.end + w)
        for x in self.hits[i:hi]:
            if x.end >= h.start - w and not (x.start == h.start and x.end == h.end) and (pred is None or pred(x)):
                return x
        return None
