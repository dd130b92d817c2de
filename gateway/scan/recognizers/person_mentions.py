"""PERSON (form ``mention``): a Latin full name's first or last word used alone later on (issue 13, round 35).

English case notes and mails name a person in full once and go on by the surname or the given name alone ("Daniel
Whitcombe rang me … Whitcombe asked that the schools not be told", "Ana Paula Kaneshiro came to the desk …
Kaneshiro works part-time"). Each standalone use, after the full name, of the first or the last word of a Latin full
name the recognizer found is the same person: same ``person_key``, capacity and flags (an official's mentions stay
official), so a topic beside a later mention is beside them. Two people sharing a surname: the mentions go to the first
found. (A capacity public_context gives the full name later — a title after it — is not carried to its mentions.)

Skipped: words shorter than three letters, words that open sentences or name places (person_english), and given names
that are also common English words at a sentence's start (May, Will, Grace …). Bounded: at most ``_MAX_NAMES`` names
and ``_MAX_MENTIONS`` mentions of each word, one linear search of the text per word.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any

from gateway.scan import rx as re
from gateway.scan.recognizers.person_english import _NOT_FIRST, PLACE_WORDS

_FULL = re.compile(r"[A-Z][a-z'’]{1,15}(?:-[A-Z][a-z'’]{1,15})?(?:[ \t]+[A-Z][a-z'’]{1,15}(?:-[A-Z][a-z'’]{1,15})?){1,3}")
_EDGE = r"A-Za-zÀ-ÖØ-öø-ÿĀ-ɏ'’\-"
# names that are also words a sentence may open with or a text may hold capitalised (a month, a modal, a virtue)
_WORDS = frozenset({"May", "June", "July", "April", "August", "Will", "Grace", "Hope", "Faith", "Joy", "Mark", "Bill",
                    "Rose", "Young", "Park", "Hill", "Green", "Brown", "White", "Black", "King", "Hall", "Long", "Price",
                    "Case", "Page", "Love", "Mercy", "Rich", "Sunday", "Monday", "Friday", "Christian", "Summer",
                    "Dawn", "Ray", "Frank", "Earnest", "Ernest", "Sterling", "Chase", "Cash", "Guy", "Jack"})
_MAX_NAMES = 12
_MAX_MENTIONS = 12
_KEEP = ("official", "staff", "subject", "topic", "person_key", "pseudonym")


def standalone(word: str) -> re.Pattern[str]:
    """``word`` used alone: no Latin letter, apostrophe or hyphen against either side (Whitcombe, not Whitcombes)."""
    return re.compile(r"(?<![" + _EDGE + r"])" + re.escape(word) + r"(?![" + _EDGE + r"])")


def latin_mentions(text: str, found: Iterable[Any], make: Callable[..., Any]) -> list[Any]:
    """New results for the later standalone uses of the found Latin full names' first and last words;
    ``make(start, end, meta)`` builds one."""
    found = list(found)
    names = [r for r in found if _FULL.fullmatch(text, r.start, r.end) is not None
             and not r.recognition_metadata.get("example")][:_MAX_NAMES]
    if not names:
        return []
    spans = sorted((r.start, r.end) for r in found)
    starts = [s for s, _ in spans]
    out: list[Any] = []
    seen: set[str] = set()
    for r in names:
        words = text[r.start:r.end].split()
        meta = {k: r.recognition_metadata[k] for k in _KEEP if k in r.recognition_metadata}
        for w in (words[0], words[-1]):
            if w in seen or len(w) < 3 or w in _NOT_FIRST or w in PLACE_WORDS or w in _WORDS:
                continue
            seen.add(w)
            n = 0
            for m in standalone(w).finditer(text, r.end):
                i = bisect_right(starts, m.start()) - 1
                if i >= 0 and spans[i][0] <= m.start() < spans[i][1]:
                    continue  # (inside a name found: the full name itself, or another)
                out.append(make(m.start(), m.end(), meta))
                n += 1
                if n >= _MAX_MENTIONS:
                    break
    return out
