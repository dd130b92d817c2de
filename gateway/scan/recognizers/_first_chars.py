"""The characters a regex's match can start with, as a charset regex (round 11 speed work: same matches, fewer tries).

sre skips quickly to the next possible start only when a pattern begins with a literal or a plain character set; a
pattern that begins with an alternation holding a case-insensitive group (``講師|…|(?i:speaker|…)``), a repeat or a
group is tried at every position of its window. ``first_chars(rx)`` reads the parsed pattern and returns a charset regex
of every character one of its matches can begin with (``None`` when any character can, or when it cannot tell);
``search_from_first(rx, first, text, lo, hi)`` is ``rx.search(text, lo, hi)`` started at the first such character.
"""

from __future__ import annotations

import re
from re import _constants as _c, _parser as _p  # type: ignore[attr-defined]

# non-ASCII characters that a case-insensitive ASCII letter matches in Python's re (Kelvin sign, long s, dotted and
# dotless i): checked against every code point by tests/unit/scan/test_speed_r11_core.py
_FOLDS = {"k": "\u212a", "s": "\u017f", "i": "\u0130\u0131"}
_MAX_RANGE = 4096  # a wider range (a script's block) is left to sre: the charset would not be rare


class _Any(Exception):
    """Any character can start a match (or the pattern holds an element this reader does not follow)."""


def first_chars(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    chars: set[str] = set()
    try:
        if _seq(_p.parse(rx.pattern, rx.flags), rx.flags, chars):
            return None  # the pattern can match the empty string: anywhere
    except _Any:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def search_from_first(rx: re.Pattern[str], first: re.Pattern[str] | None, text: str, lo: int, hi: int):
    """``rx.search(text, lo, hi)``: no match starts before the first character of ``first`` in the window."""
    if first is None:
        return rx.search(text, lo, hi)
    f = first.search(text, lo, hi)
    return None if f is None else rx.search(text, f.start(), hi)


def _seq(items, flags: int, chars: set[str]) -> bool:
    """Adds the first characters of a sequence; True when the whole sequence can match empty."""
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: the next element's character starts the match
        if not _item(op, av, flags, chars):
            return False
    return True


def _item(op, av, flags: int, chars: set[str]) -> bool:  # complexity: one branch per sre opcode
    """Adds the first characters of one element; True when it can match empty."""
    if op is _c.LITERAL:
        _add(av, flags, chars)
        return False
    if op is _c.IN:
        for o, a in av:
            if o is _c.LITERAL:
                _add(a, flags, chars)
            elif o is _c.RANGE and a[1] - a[0] <= _MAX_RANGE:
                for cp in range(a[0], a[1] + 1):
                    _add(cp, flags, chars)
            else:
                raise _Any  # a negated set, a category (\d, \s), a wide range
        return False
    if op is _c.BRANCH:
        return any([_seq(alt, flags, chars) for alt in av[1]])  # (every alternative's characters)
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av
        return _seq(sub, (flags | add) & ~remove, chars)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return _seq(sub, flags, chars) or lo == 0
    if op is _c.ATOMIC_GROUP:
        return _seq(av, flags, chars)
    raise _Any  # any character (.), a back reference, a conditional group …


def _add(cp: int, flags: int, chars: set[str]) -> None:
    ch = chr(cp)
    chars.add(ch)
    if flags & re.IGNORECASE and (ch.lower() != ch or ch.upper() != ch):
        if not ch.isascii():
            raise _Any  # non-ASCII case folding: left to sre
        low = ch.lower()
        chars.update((low, ch.upper()))
        chars.update(_FOLDS.get(low, ""))
