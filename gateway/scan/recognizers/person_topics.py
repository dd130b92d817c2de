"""A sensitive topic on a name's line (PERSON recognizer): the specific topics of sensitive_personal_info (the 0.7
words, with its guards against unit names) after a list row's name make the row that person's record; a speaker named
with their profession is not one."""

from __future__ import annotations

import re

from gateway.scan.recognizers.sensitive_personal_info import (_AUTOMATON as _TOPIC_AUTOMATON, _LOWER_TO_WORD, KEYWORDS,
                                                              SensitivePersonalInfoRecognizer)

# the cell after a name giving a profession or a public role (a speaker, an author, an expert)
_PROFESSION_CELL = re.compile(r"[ \t　]*(?:[(（])?[^\s、,，(（]{0,8}?(?:医|医師|講師|教授|弁護士|研究員|研究者|専門家|作家|"
                              r"評論家|代表|理事長|会長|院長|所長)(?:[)）、,，\s]|$)")


def row_topic(text: str, e: int) -> bool:
    """The rest of a list row's line (after the name) holds a specific sensitive topic (a diagnosis, a disability
    handbook, 生活保護 …: the 0.7 words of sensitive_personal_info, with its guards against unit names)."""
    le = text.find("\n", e, e + 120)
    tail_end = le if le >= 0 else min(len(text), e + 120)
    if _PROFESSION_CELL.match(text, e, tail_end):
        return False  # "・北村 直子　精神科医、うつ病の最新治療": a speaker named with their profession
    return topic_in(text, e, tail_end)


def topic_in(text: str, s: int, e: int) -> bool:
    """text[s:e] holds a specific sensitive topic (the 0.7 words, with the recognizer's guards)."""
    for end, lw in _TOPIC_AUTOMATON.iter(text[s:e].lower()):
        w = _LOWER_TO_WORD[lw]
        p = s + end - len(lw) + 1
        if KEYWORDS[w][2] >= 0.7 and SensitivePersonalInfoRecognizer._accept(text, p, p + len(w), w):
            return True
    return False
