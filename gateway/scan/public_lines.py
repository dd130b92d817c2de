"""The line a finding stands on, as the public-context stages read it (``public_context``, ``public_accounts``):
at most ``LINE_MAX`` characters each way, so every check stays bounded on a text that is one long line."""

from __future__ import annotations

from bisect import bisect_right
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


def paragraph(blanks: list[tuple[int, int]], pos: int, size: int) -> tuple[int, int]:
    """(start, end) of the blank-line paragraph around ``pos``; ``blanks``: the text's blank lines."""
    i = bisect_right(blanks, (pos, pos)) - 1
    return (blanks[i][1] if i >= 0 else 0), (blanks[i + 1][0] if i + 1 < len(blanks) else size)


def marked_paragraph(marks: list[int], lo: int, hi: int) -> bool:
    """A marker position within [lo, hi)."""
    j = bisect_right(marks, lo - 1)
    return j < len(marks) and marks[j] < hi
