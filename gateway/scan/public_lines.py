"""The line a finding stands on, as the public-context stages read it (``public_context``, ``public_accounts``):
at most ``LINE_MAX`` characters each way, so every check stays bounded on a text that is one long line."""

from __future__ import annotations

from typing import Any, Protocol

LINE_MAX = 240  # how far back/forward a finding's line is read


def line_start(text: str, pos: int) -> int:
    lo = max(0, pos - LINE_MAX)
    return text.rfind("\n", lo, pos) + 1 or lo


def line_end(text: str, pos: int) -> int:
    hi = min(len(text), pos + LINE_MAX)
    e = text.find("\n", pos, hi)
    return hi if e < 0 else e


class HitLike(Protocol):
    """What the public-context stages read of a finding."""
    entity: str
    start: int
    end: int
    meta: dict[str, Any]
    line: int
