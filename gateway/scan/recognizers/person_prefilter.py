"""Faster scans for the person passes' patterns that open with words (issue 13, speed): the same matches, in the same
order, as ``rx.finditer(text)``.

A pattern such as ``(?i:my|her|his …)[ \\t]+(?:son|wife …)`` is tried by sre at every position of the text, and
every try runs the whole case-insensitive alternation (Unicode case folding per letter): ~2 µs a character on an
English text. :class:`Prefiltered` reads from the pattern itself the literal strings every match must start with
(``my``, ``her``, ``meu`` …, folded to lower case), finds where one of them starts with one case-sensitive pass over
the text folded the same way (sre skips in C to the first characters), and tries the pattern only there.

Exactness: the folded text maps every character to the folded form of every letter sre's IGNORECASE would let it
match (``str.lower``, whose single-character results are Unicode's simple lower case, plus sre's extra case
equivalences such as ı/i and ſ/s), so a position where the pattern matches always holds one of the folded prefixes
(assertions are skipped, never trusted). A text whose lower-casing changes its length (İ) is scanned by plain
``finditer``; so is a pattern from which no prefix of every match can be read.
"""

from __future__ import annotations

from gateway.scan import rx as re
from re import _casefix as _sre_case  # type: ignore[attr-defined]
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]
from typing import Iterator

_MAX_LEN = 8  # characters of a prefix read (enough to be selective)
_MAX_PREFIXES = 512
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)

# sre's extra case equivalences (i ı, s ſ, µ μ, σ ς …): every member folded to the smallest
_EQUIV = {}
for _lo, _extra in _sre_case._EXTRA_CASES.items():
    _rep = min((_lo,) + tuple(_extra))
    for _c in (_lo,) + tuple(_extra):
        if _c != _rep:
            _EQUIV[_c] = _rep
_EQUIV_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_EQUIV)) + "]")


class _GiveUp(Exception):
    pass


def _fold_char(c: str) -> str:
    low = c.lower()
    if len(low) != 1:
        raise _GiveUp
    return chr(_EQUIV.get(ord(low), ord(low)))


def fold(text: str) -> str | None:
    """``text`` lower-cased with sre's case equivalences, the same length; None when lower-casing changes the length."""
    low = text.lower()
    if len(low) != len(text):
        return None
    return low.translate(_EQUIV) if _EQUIV_CHARS.search(low) is not None else low


def _prefixes(seq: list, budget: int) -> set[str]:
    """Strings one of which (folded) starts every match of the sequence ``seq`` of (op, av, flags)."""
    if not seq or budget == 0:
        return {""}
    (op, av, flags), rest = seq[0], seq[1:]
    if op is _C.LITERAL:
        return {_fold_char(chr(av)) + s for s in _prefixes(rest, budget - 1)}
    if op is _C.IN and len(av) <= 8 and all(o is _C.LITERAL for o, _ in av):
        tails = _prefixes(rest, budget - 1)
        return {_fold_char(chr(a)) + s for _, a in av for s in tails}
    if op is _C.SUBPATTERN:
        _group, add, dele, sub = av
        inner = (flags | add) & ~dele
        return _prefixes([(o, a, inner) for o, a in sub.data] + rest, budget)
    if op is _C.ATOMIC_GROUP:
        return _prefixes([(o, a, flags) for o, a in av.data] + rest, budget)
    if op is _C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            out |= _prefixes([(o, a, flags) for o, a in alt.data] + rest, budget)
            if len(out) > _MAX_PREFIXES:
                raise _GiveUp
        return out
    if op in _ZERO_WIDTH:
        return _prefixes(rest, budget)
    if op in _REPEATS and av[0] >= 1:  # the first repetition (what follows it is not read)
        return _prefixes([(o, a, flags) for o, a in av[2].data], budget)
    return {""}


def prefixes_of(rx: re.Pattern[str]) -> list[str] | None:
    """The folded literal prefixes every match of ``rx`` starts with (shortest kept), or None."""
    try:
        got = _prefixes([(o, a, rx.flags) for o, a in _P.parse(rx.pattern, rx.flags).data], _MAX_LEN)
    except (_GiveUp, RecursionError):
        return None
    if not got or "" in got:
        return None
    kept: list[str] = []
    for s in sorted(got, key=len):  # a longer prefix of a kept one adds nothing
        if not any(s.startswith(k) for k in kept):
            kept.append(s)
    return sorted(kept)


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` (none a prefix of another) written as a trie (m(?:y|other)…): sre reads each
    character once per position instead of trying every word in turn."""
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(c) + (_trie(rest) if rest != [""] else "") for c, rest in sorted(heads.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


class Prefiltered:
    """``rx.finditer(text)``, the pattern tried only where one of its prefixes starts in the folded text."""

    __slots__ = ("rx", "probe")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        pre = prefixes_of(rx)
        self.probe = re.compile(_trie(pre)) if pre else None

    def finditer(self, text: str, folded: str | None) -> Iterator[re.Match[str]]:
        """``folded``: ``fold(text)`` (computed once by the caller for all its patterns)."""
        if self.probe is None or folded is None:
            return self.rx.finditer(text)
        return _tried_at(self.rx.match, self.probe.search, text, folded, -1)


class Anchored:
    """``rx.finditer(text)`` for a pattern ``head + anchor`` whose head has a bounded width and whose anchor is rare
    (an age in brackets, an ``@``): the pattern is tried only at the starts a head's width before an anchor found in
    the text. The anchor is searched start by start (overlapping occurrences too), so no match is missed."""

    __slots__ = ("rx", "anchor", "lo", "hi")

    def __init__(self, rx: re.Pattern[str], head: str, anchor: str) -> None:
        if rx.pattern != head + anchor:
            raise ValueError("Anchored needs the pattern written as head + anchor")
        self.rx = rx
        self.anchor = re.compile(anchor, rx.flags)
        self.lo, self.hi = _P.parse(head, rx.flags).getwidth()
        if self.hi > 256:
            raise ValueError("Anchored needs a head of bounded width")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        search, match, lo, hi = self.anchor.search, self.rx.match, self.lo, self.hi
        pos = tried = 0  # pos: where the next match may start; positions below tried have been tried
        a = search(text)
        while a is not None:
            q = a.start()
            for p in range(max(pos, tried, q - hi), q - lo + 1):
                if p >= pos and (m := match(text, p)) is not None:
                    yield m
                    pos = m.end() if m.end() > p else p + 1
            tried = max(tried, q - lo + 1)
            a = search(text, q + 1)


class Initial:
    """``rx.finditer(text)`` for a pattern every match of which starts with a character of ``first`` (a character class
    written without a lookahead, so that sre skips to it in C): tried at those characters only, then, after ``budget``
    of them (a text in Latin script, where most words start with one), by ``rx.finditer`` from there on."""

    __slots__ = ("rx", "first", "budget")

    def __init__(self, rx: re.Pattern[str], first: str, budget: int = 8) -> None:
        self.rx, self.first, self.budget = rx, re.compile(first), budget

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = yield from _tried_at(self.rx.match, self.first.search, text, text, self.budget)
        if pos >= 0:
            yield from self.rx.finditer(text, pos)


def _tried_at(match, search, text: str, probe: str, budget: int):
    """The matches of ``match`` at the positions ``search`` finds in ``probe`` (the text, or the text folded), in order;
    after ``budget`` positions (-1: no limit) returns where the scan stands, or -1 when the positions ran out."""
    pos = 0
    while budget != 0:
        budget -= 1
        c = search(probe, pos)
        if c is None:
            return -1
        p = c.start()
        m = match(text, p)
        if m is None:
            pos = p + 1
            continue
        yield m
        pos = m.end() if m.end() > p else p + 1
    return pos
