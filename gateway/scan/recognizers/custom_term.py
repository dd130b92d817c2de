"""CUSTOM_TERM: organisation-specific words (Aho-Corasick, via the engine's trigger pass) and
regular expressions from ``custom_terms`` in detectors.yaml."""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._first_chars import first_chars
from gateway.scan.recognizers._text import cued_finditer

_ASCII_WORD = re.compile(r"[A-Za-z0-9_]")


class CustomTermRecognizer(AigwRecognizer):
    ENTITY = "CUSTOM_TERM"

    def __init__(self, config=None) -> None:
        super().__init__(config)
        self.words: dict[str, list[tuple[str, str, bool, float]]] = {}  # lower word -> (term, word, cs, score)
        self.patterns: list[tuple[str, re.Pattern[str], float, str]] = []
        self.firsts: list[re.Pattern[str] | None] = []  # each pattern's first characters (None: any)
        terms = config.custom_terms if config is not None else []
        import unicodedata

        for t in terms:
            for w in t.words:
                wn = unicodedata.normalize("NFKC", w)
                self.words.setdefault(wn.lower(), []).append((t.name, wn, t.case_sensitive, t.score))
            if t.pattern:
                flags = 0 if t.case_sensitive else re.IGNORECASE
                self.patterns.append((t.name, re.compile(t.pattern, flags), t.score, t.action))
                self.firsts.append(first_chars(self.patterns[-1][1]) if flags else None)  # (sre skips for the others)
        self.actions = {t.name: t.action for t in terms}
        self.ALWAYS_RUN = bool(self.patterns)  # instance attribute: patterns need a pass

    def trigger_words(self) -> tuple[str, ...]:
        return tuple(self.words)

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        for lw, entries in self.words.items():
            for pos in ctx.hits.get(lw, ()):
                end = pos + len(lw)
                for name, word, cs, score in entries:
                    if cs and text[pos:end] != word:
                        continue
                    # ASCII words must not be part of a longer ASCII word
                    if _ASCII_WORD.match(word[0]) and pos > 0 and _ASCII_WORD.match(text[pos - 1]):
                        continue
                    if _ASCII_WORD.match(word[-1]) and end < len(text) and _ASCII_WORD.match(text[end]):
                        continue
                    out.append(self.result(self.ENTITY, pos, end, score, term=name,
                                           action=self.actions.get(name, "block"), strength="strong"))
                    break
        for (name, rx, score, action), first in zip(self.patterns, self.firsts):
            # a case-insensitive pattern gets no quick skip in sre: tried only at its first characters (same matches)
            for m in rx.finditer(text) if first is None else cued_finditer(rx, first, 0, text):
                if m.end() > m.start():
                    out.append(self.result(self.ENTITY, m.start(), m.end(), score, term=name, action=action,
                                           strength="strong"))
        return out
