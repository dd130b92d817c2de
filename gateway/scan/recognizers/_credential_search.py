"""Start-limited search for the credential recognizer's keyed patterns (round-7 speed work, byte-identical output):
a keyed pattern tried only from the starts its key can have, instead of every start of its window."""

from __future__ import annotations

from gateway.scan import rx as re
from bisect import bisect_left

# Every key credential.ASSIGN reads holds one of credential.ASSIGN_TRIGGERS (all found by the engine's trigger pass) at most 37 characters
# after the match's start (a camelCase name: 31 characters, then AccessKey); so do the keys of the keyed forms below
# (49: a quote, 40 name characters, private_key). A match can start only in [hit - _KEY_REACH, hit] for a hit: the
# from_start form of a pattern tries those starts in order (a lazy prefix, then the pattern, the same end of the
# window), where finditer tried every start of the window. Forms whose key can start further away (XML_ATTR,
# LONG_OPT: unbounded runs before the secret word) keep finditer.
_KEY_REACH = 50


def from_start(rx: re.Pattern[str]) -> re.Pattern[str]:
    body = rx.pattern[4:] if rx.pattern.startswith("(?i)") else rx.pattern  # (?i) stays in rx.flags
    return re.compile(r"(?s:.{0,%d}?)(?:%s)" % (_KEY_REACH, body), rx.flags)


def key_matches(rx: re.Pattern[str], rx_from: re.Pattern[str], text: str, positions: list[int],
                spans: list[tuple[int, int]]):
    """The matches of ``rx.finditer(text, lo, hi)`` for each window, in order (the same groups), trying only the
    starts a key can have. ``rx_from``: ``from_start(rx)``; ``positions``: the sorted ASSIGN_TRIGGERS hits the windows
    were built from."""
    i, n = 0, len(positions)
    for lo, hi in spans:
        tried = lo  # every start below this is tried (or inside a match): each start is tried once, as by finditer
        i = bisect_left(positions, lo, i)
        if (bisect_left(positions, hi, i) - i) * (2 * _KEY_REACH + 2) > hi - lo:
            yield from rx.finditer(text, lo, hi)  # hits packed close together: one pass costs less than a call per hit
            continue
        while i < n and positions[i] < hi:
            t = positions[i]
            while True:
                p = t - _KEY_REACH if t - _KEY_REACH > tried else tried
                if p > t:
                    break
                m = rx_from.match(text, p, hi)
                if m is None:
                    tried = p + _KEY_REACH + 1  # no match starts in [p, p + _KEY_REACH]
                    break
                yield m
                tried = m.end()
            i += 1
