"""Text as a reader (or a model) takes it where the characters say otherwise: one more view for the scanner.

Round 15's red team found digits a reader sees but NFKC and ``str.isdecimal`` do not: double-circled ⓵,
dingbat ➀ ➊ ❶, negative-circled ⓿ (Unicode gives them a digit's value, NFKC leaves them); Unicode tag
characters (U+E0020–U+E007E, invisible, each an ASCII character a model reads: "ASCII smuggling"); braille
blank U+2800 used as a gap; a run under a right-to-left override (U+202E … U+202C) shown reversed; and digits
spelled as English words ("five two six …"). ``reader_view`` returns the text with each of these read as
what it stands for (digits, ASCII, a space, the order shown, digits), or None when the text holds none of
them, so a prompt without them costs one character-class search. Nothing forwarded is changed.
"""

from __future__ import annotations

import re
import unicodedata

# digit-like characters that NFKC does not turn into a digit: where unicodedata.digit knows a value
_RANGES = ((0x2460, 0x24FF), (0x2776, 0x2793), (0x1F100, 0x1F10C))


def _digit_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _RANGES:
        for cp in range(lo, hi + 1):
            c = chr(cp)
            d = unicodedata.numeric(c, -1.0)  # (🄋 has a numeric value only)
            if d in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9) and not unicodedata.normalize("NFKC", c).isdecimal():
                table[cp] = str(int(d))
    return table


_TABLE: dict[int, str | None] = dict(_digit_table())
_TABLE.update({cp: chr(cp - 0xE0000) for cp in range(0xE0020, 0xE007F)})  # tag characters: the ASCII they mirror
_TABLE.update({0xE0001: None, 0xE007F: None, 0x2800: " "})  # language tag, cancel tag; braille blank: a gap
# the ranges that hold them (a few ranges: a fast search; a character of a range outside the table costs a translate)
_TRIGGER = re.compile("[\u202e\u2460-\u24ff\u2776-\u2793\u2800\U0001f100-\U0001f10c\U000e0001-\U000e007f]")
_RLO = re.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]*)[\u202c\u2069]?")
_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SPELLED = re.compile(rf"\b{_WORD}(?:[\s,/-]+{_WORD}){{5,}}\b", re.IGNORECASE | re.ASCII)
_WORD_DIGITS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())} | {
    "oh": "0"}
_ONE_WORD = re.compile(_WORD, re.IGNORECASE | re.ASCII)


def _spelled(m: re.Match[str]) -> str:
    return "".join(_WORD_DIGITS[w.lower()] for w in _ONE_WORD.findall(m.group()))


def reader_view(text: str) -> str | None:
    """``text`` with look-alike digits, tag characters, braille gaps, overridden runs and spelled digits read as
    a reader takes them; None when there is none of these."""
    view = text
    if _TRIGGER.search(text) is not None:
        view = _RLO.sub(lambda m: m.group(1)[::-1], view) if "\u202e" in view else view
        view = view.translate(_TABLE)
    if "e" in text or "o" in text or "E" in text or "O" in text:  # every digit word holds one of them
        view = _SPELLED.sub(_spelled, view)
    return None if view == text else view
