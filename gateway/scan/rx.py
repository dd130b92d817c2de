"""The scanner's ``re``: the standard module, whose ``compile`` gives a pattern sre's skip to its first characters.

sre searches fast only for a pattern that begins with a literal or a plain character set: it skips to the next
character that can start a match and tries the pattern there. A pattern that begins with a look-around
(``(?<![0-9])…``, ``(?=[…])…``), a case-insensitive word or an alternation holding one is tried at every position of
the text instead: in round 12, two thirds of the scanner's regex time went to such patterns. ``compile`` reads the
characters a match can begin with (``first_chars``: the parsed pattern, leading look-arounds passed over) and gives
sre that set as the pattern's charset prefix, the one it builds itself for ``[abc]…``: the same program, the same
matches (a match can only start at one of those characters), tried only where one can start. A pattern that already
has a prefix, can match the empty string, is anchored at the text's start or can begin with any character (``.``, a
negated set, a category, a wide range, non-ASCII case folding) is compiled as ``re.compile`` compiles it.

The scanner's modules import it in place of ``re`` (``from gateway.scan import rx as re``); every other name is
``re``'s own. It reads Python 3.12's sre compiler (``re._compiler``); elsewhere ``compile`` is ``re.compile``.
"""

from __future__ import annotations

import functools
import re as _re
import sys
from re import *  # noqa: F401,F403  (flags, escape, search, sub, Pattern, Match, error …: re's own names)
from re import Match, Pattern  # noqa: F401  (for the type annotations of the modules importing this one)
from re import _compiler as _sc, _constants as _c, _parser as _p  # type: ignore[attr-defined]
from typing import Any

import _sre  # type: ignore[import-not-found]

# non-ASCII characters that a case-insensitive ASCII letter matches in Python's re (Kelvin sign, long s, dotted and
# dotless i): checked against every code point by tests/unit/scan/test_speed_r11_core.py
_FOLDS = {"k": "\u212a", "s": "\u017f", "i": "\u0130\u0131"}
_MAX_RANGE = 4096  # a wider range (a script's block) is left to sre: the charset would not be rare
# the sre compiler this module reads, and the code format it writes (tests/unit/scan/test_speed_r12.py)
_SUPPORTED = sys.version_info[:2] == (3, 12) and _c.MAGIC == 20221023


class _Any(Exception):
    """Any character can start a match (or the pattern holds an element this reader does not follow)."""


@functools.lru_cache(maxsize=4096)
def compile(pattern: Any, flags: int = 0) -> Pattern[Any]:  # noqa: A001  (re.compile's own name)
    """``re.compile(pattern, flags)``, searched from the characters its matches can begin with (same matches)."""
    if not _SUPPORTED or not isinstance(pattern, str):
        return _re.compile(pattern, flags)
    try:
        return _compiled(pattern, int(flags))[0]
    except (AttributeError, AssertionError, TypeError, IndexError):  # an sre this reader does not know
        return _re.compile(pattern, flags)


def skipping(rx: Pattern[str]) -> Pattern[str]:
    """``rx`` with the characters its matches can begin with as sre's charset prefix (``rx`` itself when sre has a
    prefix already or when any character can begin a match)."""
    new, skips = _compiled(rx.pattern, rx.flags)
    return new if skips else rx


def _compiled(pattern: str, flags: int) -> tuple[Pattern[str], bool]:
    """What ``re.compile`` does (``re._compiler.compile``: parse, code, ``_sre.compile``), with the charset prefix
    added to the code's info block when sre wrote none; and whether it was added."""
    parsed = _p.parse(pattern, flags)
    code = _sc._code(parsed, flags)
    chars = _skip_chars(parsed, code, flags)
    if chars:
        # the info block _compile_info writes for a charset prefix: INFO, skip, flags, min and max width, the charset
        info = [_c.INFO, 0, _c.SRE_INFO_CHARSET, code[3], code[4]]
        charset, _cased = _sc._optimize_charset([(_c.LITERAL, ord(ch)) for ch in sorted(chars)])
        _sc._compile_charset(charset, flags, info)
        info[1] = len(info) - 1
        code = info + code[code[1] + 1:]
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
                        tuple(indexgroup)), bool(chars)


def _skip_chars(parsed, code: list[int], flags: int) -> set[str]:
    """The characters a match begins with, when sre's info block holds no prefix (empty: leave the code as it is)."""
    if code[0] != _c.INFO or code[2] != 0 or code[3] == 0 or _anchored(parsed):
        return set()  # sre skips already; a match may be empty; only at the text's start
    chars: set[str] = set()
    try:
        if _seq(parsed, flags | parsed.state.flags, chars):
            return set()
    except _Any:
        return set()
    return chars


def _anchored(parsed) -> bool:
    """The pattern begins with ``^`` (not MULTILINE) or ``\\A``: sre tries it once, at the search's start."""
    return bool(parsed.data) and parsed.data[0] == (_c.AT, _c.AT_BEGINNING) or (
        bool(parsed.data) and parsed.data[0] == (_c.AT, _c.AT_BEGINNING_STRING))


def first_chars(rx: Pattern[str]) -> Pattern[str] | None:
    """A charset regex of every character one of ``rx``'s matches can begin with (None: any character can, or the
    pattern can match the empty string, or this reader cannot tell)."""
    chars: set[str] = set()
    try:
        if _seq(_p.parse(rx.pattern, rx.flags), rx.flags, chars):
            return None  # the pattern can match the empty string: anywhere
    except _Any:
        return None
    return _re.compile("[" + "".join(_re.escape(c) for c in sorted(chars)) + "]")


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
    if flags & _re.IGNORECASE and (ch.lower() != ch or ch.upper() != ch):
        if not ch.isascii():
            raise _Any  # non-ASCII case folding: left to sre
        low = ch.lower()
        chars.update((low, ch.upper()))
        chars.update(_FOLDS.get(low, ""))
