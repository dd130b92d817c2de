"""Place names used as surnames (person.py): many surnames are place names (小笠原, 千葉, 熊本, 藤代), which the tagger
reads as places; read as a surname before a spaced given name, glued to a staff title, or alone in brackets after a
mobile number. Plain functions of the tokens."""

from __future__ import annotations

from gateway.scan import rx as re

from gateway.scan.recognizers.person_lexicon import _KANJI, STAFF_TITLES


def _place_surname_at(toks, i: int) -> bool:
    """A kanji place name (many surnames are: 小笠原, 千葉, 熊本) directly followed by one space and a given name
    (小笠原 ちはる, 千葉 花子): the place name is the surname. Not after another kanji word (東京都 千代田)."""
    if i < 0 or i + 2 >= len(toks):
        return False
    t, sp, g = toks[i], toks[i + 1], toks[i + 2]
    return (t.is_place and _ALL_KANJI_RE.fullmatch(t.surface) is not None and 2 <= len(t.surface) <= 3
            and sp.pos[0] == "空白" and len(sp.surface) == 1 and (g.is_given_name or (  # (久我山 キヨノさん: an old-style
                g.is_person and _KATAKANA_RE.fullmatch(g.surface) is not None))  # given name in katakana, round 25)
            and (i == 0 or toks[i - 1].end != t.start or not _KANJI.match(toks[i - 1].surface[-1])))


_ALL_KANJI_RE = re.compile(r"[一-鿿々〆ヶ]+")
_KATAKANA_RE = re.compile(r"[ァ-ヺー]{2,4}")


_ADMIN_SUFFIX = frozenset("都道府県市区町村郡")


def _place_before_title(toks, i: int) -> bool:
    """A kanji place name glued to a staff title or 先生 (平井主任, 熊本主事, 担任の久我先生): the place name is the
    surname."""
    t = toks[i]
    if not (t.is_place and i + 1 < len(toks) and _ALL_KANJI_RE.fullmatch(t.surface) and 2 <= len(t.surface) <= 3
            and t.surface[-1] not in _ADMIN_SUFFIX):
        return False  # 東京都主事会議: an administrative area, not a surname
    return (_title_glued(toks, i + 1, t.end)
            and (i == 0 or toks[i - 1].end != t.start or not _KANJI.match(toks[i - 1].surface[-1])))


def _title_glued(toks, j: int, end: int) -> bool:
    """A staff title or 先生 in the tokens from ``j`` glued at ``end`` (the tagger splits 係長 / 課長 into 係 + 長)."""
    word = ""
    for t in toks[j:j + 3]:
        if t.start != end:
            return False
        word, end = word + t.surface, t.end
        if word in STAFF_TITLES or word == "先生":
            return True
    return False


_MOBILE_END = re.compile(r"0[789]0(?:[- ]?[0-9]){8}[ ]?$")


def _place_owner_at(toks, i: int) -> bool:
    """A kanji place name alone in brackets right after a mobile number (070 3318 2046 (宮下)): the number's owner,
    a place name used as the surname (after an office's landline, 03-…（渋谷）, it is the office's place)."""
    t = toks[i]
    if not (t.is_place and 0 < i < len(toks) - 1 and _ALL_KANJI_RE.fullmatch(t.surface) and 2 <= len(t.surface) <= 3
            and t.surface[-1] not in _ADMIN_SUFFIX and toks[i - 1].surface == "(" and toks[i + 1].surface == ")"):
        return False
    return _MOBILE_END.search("".join(x.surface for x in toks[max(0, i - 10):i - 1])) is not None


_KE = re.compile("[ヶヵ]")


def ke_glued(text: str, s: int, e: int) -> bool:
    """A name glued to ヶ / ヵ (汐見ヶ浦市: part of a place's name, round 15); not a spaced full name whose surname holds one
    inside (藤ヶ谷 亮介, 一ヶ谷 修: round 36)."""
    if _KE.search(text, max(0, s - 1), e + 1) is None:
        return False
    inside = _KE.match(text, s - 1) is None and _KE.match(text, e) is None if s > 0 else _KE.match(text, e) is None
    return not (inside and (" " in text[s:e] or "\u3000" in text[s:e]))

