"""Where the words of a ``ContextWords`` occur in a long text, found once per text (not part of the stable API).

A recognizer asks ``ContextWords.near`` once per candidate (every digit run, every name): on a long text of many
candidates the same few hundred characters around them are searched again and again (100 KB of 12-digit groups: 15,000
searches of a 360-character window for the 個人番号 labels, seconds of regex work). ``occurs`` answers the same
question from an index of the text built once: for every position where a word starts, where the shortest word that
starts there ends. A window ``[lo, hi)`` holds a word exactly when some start ``s >= lo`` has its shortest end ``<= hi``,
which is what ``pattern.search(text, lo, hi)`` decides (literal words, matched character by character: a match's
length is its word's length). The index is built only when the windows asked for one text add up to more characters
than the text: short texts and texts with few candidates keep the plain windowed search, so the index never costs
more than the searches it saves, and the work per text stays linear in its length.

The memo holds the last text of this thread only (``per_text``: other pure per-text answers are kept there too, e.g.
the layout form of a marking, asked by two recognizers); ``clear`` (the engine calls it after each scan) forgets it.
"""

from __future__ import annotations

from gateway.scan import rx as re
import threading
from bisect import bisect_left
from typing import Any, Callable

INDEX_MIN_TEXT = 4096  # shorter texts: the windowed search is as cheap as any lookup

_MEMO = threading.local()


def _build(words: tuple[str, ...], text: str) -> tuple[list[int], list[int]]:
    """Every position where a word starts (ascending) and the end of the shortest word starting there."""
    starts: list[int] = []
    ends: list[int] = []
    if not words:
        return starts, ends
    shortest_first = re.compile("|".join(re.escape(w) for w in sorted(words, key=len)), re.IGNORECASE)
    # candidates: the characters a word can start with (one character class: scanned fast, where the
    # alternation of many words is tried branch by branch at every position)
    first = re.compile("[" + "".join(sorted({re.escape(w[0]) for w in words})) + "]", re.IGNORECASE)
    match = shortest_first.match
    for c in first.finditer(text):
        s = c.start()
        m = match(text, s)
        if m is not None:
            starts.append(s)
            ends.append(m.end())
    return starts, ends


def per_text(text: str) -> dict:
    """This thread's memo for ``text`` (a new one when the last question was about another text)."""
    memo = getattr(_MEMO, "m", None)
    if memo is None or memo[0] is not text:
        memo = (text, {})
        _MEMO.m = memo
    return memo[1]


def per_scan(text: str, hits: dict, key: str, compute: Callable[[str, dict], Any]) -> Any:
    """``compute(text, hits)``, computed once per scan: kept in the text's memo with the trigger hits it was computed
    from (a pure function of the two, asked by more than one pass, e.g. the PERSON trigger decision and the
    recognizer). The value is shared: read it, do not change it."""
    memo = per_text(text)
    got = memo.get(key)
    if got is not None and got[0] is hits:
        return got[1]
    value = compute(text, hits)
    memo[key] = (hits, value)
    return value


def occurs(words: tuple[str, ...], pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """``pattern.search(text, lo, hi) is not None`` for ``pattern``, the case-insensitive alternation of ``words``."""
    memo = per_text(text)
    state = memo.get(id(pattern))  # (by id: a compiled pattern's hash is computed from its whole code each time)
    if state is None or state[2] is not pattern:
        state = memo[id(pattern)] = [0, None, pattern]
    index = state[1]
    if index is None:
        state[0] += max(0, hi - lo)
        if state[0] <= len(text):
            return pattern.search(text, lo, hi) is not None
        index = state[1] = _build(words, text)
    starts, ends = index
    i = bisect_left(starts, lo)
    n = len(starts)
    while i < n and starts[i] < hi:  # a start that does not fit lies within one word's length of hi
        if ends[i] <= hi:
            return True
        i += 1
    return False


def clear() -> None:
    """Forget the last text's index (no prompt is kept between scans)."""
    _MEMO.m = None


# constructs whose answer depends on where the text is cut (end anchors, word boundaries, look-arounds, atomic
# groups and possessive quantifiers): a pattern with one of them is searched window by window as before
_END_SENSITIVE = re.compile(r"\\[bBZ]|\$|\(\?[=!<>]|[*+?}]\+")
_PLAIN: dict[int, tuple[re.Pattern[str], bool]] = {}  # id(pattern) -> (pattern, plain)


def has_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """``pattern.search(text, lo, hi) is not None``, on a long text asked about windows that move forward (the
    sentences around each match of a line packed with matches) answered from the first match at or after ``lo`` in
    the whole text, kept from the last question: while the windows move forward, the text is searched once, not once
    per window. Exact for a pattern without look-arounds, anchors at the end or word boundaries (checked): a match
    in ``text[:hi]`` is then one in the whole text, and the first match at or after ``lo`` in the whole text, when it
    starts before ``hi`` and ends after it, leaves only ``[its start, hi)`` to search."""
    got = _PLAIN.get(id(pattern))
    if got is None or got[0] is not pattern:
        got = _PLAIN[id(pattern)] = (pattern, _END_SENSITIVE.search(pattern.pattern) is None)
    plain = got[1]
    if not plain or len(text) < INDEX_MIN_TEXT:
        return pattern.search(text, lo, hi) is not None
    memo = per_text(text)
    key = ("first", id(pattern))
    last = memo.get(key)
    if last is not None and last[2] is not pattern:
        last = None
    if last is not None and last[0] <= lo and (last[1] is None or lo <= last[1].start()):
        m = last[1]  # no match starts in [last lo, its start): the same first match
    elif last is None or last[0] <= lo:
        m = pattern.search(text, lo)
        memo[key] = (lo, m, pattern)
    else:  # a window behind the last one: searched as before
        return pattern.search(text, lo, hi) is not None
    if m is None or m.start() >= hi:
        return False
    if m.end() <= hi:
        return True
    return pattern.search(text, m.start(), hi) is not None
