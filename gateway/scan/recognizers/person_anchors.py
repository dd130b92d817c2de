"""Anchors of the PERSON recognizer (person.py): personal data next to which a bare full name is a person of the
record opens a name window only next to a value (携帯電話 alone does not; a phone or street number, an age, a birth
year or a street address in brackets, a personal mail address)."""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.recognizers.email import organisation_domain
from gateway.scan.recognizers.person_lexicon import (
    _AGE_AFTER,
    _BARE_AGE,
    _NAME_AGE_IN_BRACKETS,
    _NAME_CHARS,
    _NUMBER_SHAPE,
    _VALUE_NEAR,
)

_MAIL_DOMAIN = re.compile(r"@([A-Za-z0-9.-]{3,80})")
_BRACKETED_ADDRESS_ANCHORS = ("番地", "丁目")


def _anchor_has_value(text: str, p: int, w: str, digit_dash: bool, age: bool, value_before: bool,
                      at: bool) -> bool:
    """A personal-data anchor opens a window only next to a value (携帯電話 alone does not)."""
    if digit_dash:  # a phone or street number, not a range (1600-2200) or a season (2010-11)
        return _NUMBER_SHAPE.search(text, max(0, p - 6), p + 14) is not None
    if w == "歳":  # "<name> 38歳"
        m = _BARE_AGE.search(text, max(0, p - 6), p + 1)
        return m is not None and m.end() == p + 1
    if age:  # only "<name>(45)" / "<name>(45歳)" / "(<name>、45歳)"
        q = text.rfind("(", max(0, p - 6), p + 1)
        if q > 0 and _AGE_AFTER.match(text, q) is not None and _NAME_CHARS.match(text[q - 1]) is not None:
            return True
        q = text.rfind("(", max(0, p - 16), p)
        return q >= 0 and _NAME_AGE_IN_BRACKETS.fullmatch(text, q, p + len(w)) is not None
    if w in _BRACKETED_ADDRESS_ANCHORS:  # only an address in brackets (蛭田 勝也（長峰2214番地）), not a table's column
        return text.find("(", max(0, p - 24), p) >= 0 and text.find(")", p, p + 28) >= 0  # (…番3号、昭和51年6月生）: r25
    if at:  # (an organisation's address, a.kowalski@uw.edu.pl or …@city.…lg.jp, is no personal data of the name)
        m = _MAIL_DOMAIN.match(text, p)
        return m is None or not organisation_domain(m.group(1))
    lo_v = p - 24 if value_before else p
    return _VALUE_NEAR.search(text, max(0, lo_v), p + len(w) + 24) is not None
