"""The scanner's one trigger pass: every occurrence of every trigger word, as character offsets.

One overlapping Aho-Corasick pass (ahocorasick-rs) finds every occurrence of every word; the words are sorted, so a
word's index orders like the word itself. A contiguous NFA rather than a DFA: the DFA of ~4,600 words is megabytes of
transition table, a cache miss per character once the recognizers have run between two scans.

A text with non-ASCII characters is searched as its UTF-16 bytes (round 11): the library's ``str`` search works on
UTF-8 and maps byte offsets back to characters, while a text of the basic plane is two bytes a character in UTF-16
(Japanese text: two bytes instead of three, and the offset is the byte offset halved). A match at an odd byte offset
straddles two characters and is dropped. A text with a character outside the basic plane (or a lone surrogate) takes
the ``str`` search, as ASCII text does.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

import ahocorasick_rs

_BY_START = itemgetter(1, 0)  # (start, word)
_BY_END = itemgetter(2, 1)  # end, then the longest word first
_NFA = ahocorasick_rs.Implementation.ContiguousNFA


class TriggerAutomaton:
    """Read-only after construction (thread-safe)."""

    def __init__(self, words: set[str]) -> None:
        self.words: list[str] = sorted(words)
        self._str: Any = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.Standard,
                                                    implementation=_NFA)
        self._u16: Any = ahocorasick_rs.BytesAhoCorasick([w.encode("utf-16-le", "surrogatepass") for w in self.words],
                                                         matchkind=ahocorasick_rs.MatchKind.Standard,
                                                         implementation=_NFA)

    def hits(self, low: str) -> dict[str, list[int]]:
        """word -> starts; words in order of their first occurrence, starts ascending (ties: word order).
        ASCII text keeps the order of the match ends (longest word first at one end)."""
        if low.isascii():
            found = self._str.find_matches_as_indexes(low, overlapping=True)
            if not found:
                return {}
            found.sort(key=_BY_END)
            return self._collect(found, 0)
        try:
            units = low.encode("utf-16-le")
        except UnicodeEncodeError:  # a lone surrogate
            units = b""
        if len(units) != 2 * len(low):  # a character outside the basic plane: two code units
            found = self._str.find_matches_as_indexes(low, overlapping=True)
            shift = 0
        else:
            found = [f for f in self._u16.find_matches_as_indexes(units, overlapping=True) if not f[1] & 1]
            shift = 1
        if not found:
            return {}
        found.sort(key=_BY_START)  # (byte offsets order as character offsets)
        return self._collect(found, shift)

    def _collect(self, found: list[tuple[int, int, int]], shift: int) -> dict[str, list[int]]:
        words = self.words
        hits: dict[str, list[int]] = {}
        for i, p, _ in found:
            w = words[i]
            lst = hits.get(w)
            if lst is None:
                hits[w] = [p >> shift]
            else:
                lst.append(p >> shift)
        return hits
