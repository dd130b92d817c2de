"""The scanner's one trigger pass: every occurrence of every trigger word, as character offsets.

One overlapping Aho-Corasick pass (ahocorasick-rs) finds every occurrence of every word; the words are sorted, so a
word's index orders like the word itself. A contiguous NFA rather than a DFA: the DFA of ~4,600 words is megabytes of
transition table, a cache miss per character once the recognizers have run between two scans (the pass took a third
less time in a scan round with the NFA). Searching a Japanese text as UTF-16 bytes (two bytes a character instead of
UTF-8's three) was tried in round 11: faster with the automaton in cache, no faster in a scan round (86 vs 88 ms a
round, alternating): the pass is bound by the automaton's cache misses, not by the bytes it reads.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

import ahocorasick_rs

_BY_START = itemgetter(1, 0)  # (start, word)
_BY_END = itemgetter(2, 1)  # end, then the longest word first


class TriggerAutomaton:
    """Read-only after construction (thread-safe)."""

    def __init__(self, words: set[str]) -> None:
        self.words: list[str] = sorted(words)
        self._ac: Any = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.Standard,
                                                   implementation=ahocorasick_rs.Implementation.ContiguousNFA)

    def hits(self, low: str) -> dict[str, list[int]]:
        """word -> starts; words in order of their first occurrence, starts ascending (ties: word order).
        ASCII text keeps the order of the match ends (longest word first at one end)."""
        found = self._ac.find_matches_as_indexes(low, overlapping=True)
        if not found:
            return {}
        found.sort(key=_BY_START if not low.isascii() else _BY_END)
        words = self.words
        hits: dict[str, list[int]] = {}
        for i, p, _ in found:
            w = words[i]
            lst = hits.get(w)
            if lst is None:
                hits[w] = [p]
            else:
                lst.append(p)
        return hits
