"""Digits an OCR engine misread as letters: a scanned card or form pasted as text (issue 13, round 7).

Step 5 of ``normalise``: ``O``/``o`` read for 0 and ``l``/``I`` read for 1 inside a number (``l996年O3月l4日``,
``第 3Ol5 O938 47OO 号``, ``UH4O219375EA``) become digits, one character for one (offsets do not move).
"""

from __future__ import annotations

from gateway.scan import rx as re

# OCR misreadings of digits: a confusable letter after a digit, or confusable letters before a digit that do not
# follow another Latin letter (col1, Hello2026, log10 are words), start a look at their run
_OCR_LETTERS = "OolI"
_OCR_NEAR_DIGIT = re.compile(r"[OolI](?:(?<=[0-9].)|(?<![A-Za-z].)[OolI]*(?=[0-9]))")
_OCR_TABLE = str.maketrans("OolI", "0011")


def _ocr_char(c: str) -> bool:
    return c in _OCR_LETTERS or "0" <= c <= "9"


def _ocr_run(text: str, k: int) -> tuple[int, int]:
    """The run of digits and confusable letters around position ``k``, over single hyphens between them (a phone
    number's groups are read together: ``O9O-38l5-7224``, round 31)."""
    s, e = k, k + 1
    while s > 0 and (_ocr_char(text[s - 1]) or (text[s - 1] == "-" and s > 1 and _ocr_char(text[s - 2]))):
        s -= 1
    while e < len(text) and (_ocr_char(text[e]) or (text[e] == "-" and e + 1 < len(text) and _ocr_char(text[e + 1]))):
        e += 1
    return s, e


def _ocr_core(text: str, s: int, e: int) -> tuple[int, int]:
    """The run without confusable letters at its edges when it touches a Latin letter: it is part of a word
    (``Hello2026``, ``CO2``, ``H2O``), and only letters between digits are read as digits (``UH4O219375EA``);
    nothing of a short run between two Latin letters (a code: ``C3I2A2``)."""
    after_letter = s > 0 and text[s - 1].isascii() and text[s - 1].isalpha()
    before_letter = e < len(text) and text[e].isascii() and text[e].isalpha()
    if after_letter and before_letter and e - s < 4:
        return s, s
    if after_letter or before_letter:
        while s < e and text[s] in _OCR_LETTERS:
            s += 1
        while e > s and text[e - 1] in _OCR_LETTERS:
            e -= 1
    return s, e


def ocr_digits(text: str, stats: dict[str, int]) -> str:
    """``O``/``o`` read as 0 and ``l``/``I`` read as 1 inside a number, as an OCR engine misreads a scanned card or
    form (``l996年O3月l4日``, ``第 3Ol5 O938 47OO 号``): a run of digits and those letters becomes digits when it
    holds at least as many real digits as letters; letters at an edge touching another Latin letter stay (a word,
    ``Hello2026``, ``H2O``). Same length: offsets do not move."""
    m = _OCR_NEAR_DIGIT.search(text)
    if m is None:
        return text
    parts: list[str] = []
    pos = 0
    while m is not None:
        s, e = _ocr_core(text, *_ocr_run(text, m.start()))
        core = text[s:e]
        letters = sum(core.count(c) for c in _OCR_LETTERS)
        if 0 < letters <= len(core) - letters - core.count("-") and s >= pos:
            parts.append(text[pos:s])
            parts.append(core.translate(_OCR_TABLE))
            stats["ocr_digits"] = stats.get("ocr_digits", 0) + letters
            pos = e
        m = _OCR_NEAR_DIGIT.search(text, max(e, m.end()))
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)
