"""The characters a regex's match can start with, as a charset regex (round 11 speed work: same matches, fewer tries).

sre skips quickly to the next possible start only when a pattern begins with a literal or a plain character set; a
pattern that begins with an alternation holding a case-insensitive group (``講師|…|(?i:speaker|…)``), a repeat or a
group is tried at every position of its window. ``first_chars(rx)`` reads the parsed pattern and returns a charset regex
of every character one of its matches can begin with (``None`` when any character can, or when it cannot tell);
``search_from_first(rx, first, text, lo, hi)`` is ``rx.search(text, lo, hi)`` started at the first such character.
The reader lives in ``gateway.scan.rx`` (round 12), which gives every pattern the scanner compiles that skip.
"""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.rx import first_chars

__all__ = ["first_chars", "search_from_first"]


def search_from_first(rx: re.Pattern[str], first: re.Pattern[str] | None, text: str, lo: int, hi: int):
    """``rx.search(text, lo, hi)``: no match starts before the first character of ``first`` in the window."""
    if first is None:
        return rx.search(text, lo, hi)
    f = first.search(text, lo, hi)
    return None if f is None else rx.search(text, f.start(), hi)
