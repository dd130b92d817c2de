"""A full name followed by the reading of its given name alone (issue 13, round 31).

Child and family records spell a child's given name, the part a reader cannot guess, and leave the surname as it is:
``佐竹 心結（みゆ）``, ``佐竹心結（みゆ）、小学2年``, ``長男 大野陽翔（はると）``. The reading in brackets is the cue the name
model lacks when the dictionary cuts a rare given name into a prefix and a noun (心 + 結). Read as a name when:

- spaced: the name model reads both words as a name (``spaced_name_ok``);
- glued: the dictionary reads the first word as a surname and the rest (one to three kanji) is no common noun of its
  own (田中先生（せんせい）, 高橋区長（くちょう）), nor ends in a role's or a body's character;
- the reading is hiragana, as long as the given part's characters or up to three kana each (大野町（おおのまち）spells
  the whole word: too long for 町).
"""

from __future__ import annotations

from collections.abc import Iterator

from gateway.scan import morphology
from gateway.scan import rx as re
from gateway.scan.recognizers.person_charname import _NOT_NAMES, _ROLE_END
from gateway.scan.recognizers.person_contacts import spaced_name_ok

_K = "一-鿿々〆ヶ"
_READING = re.compile(r"\([ぁ-ゖ]{2,6}\)")
_NAME_BEFORE = re.compile(rf"(?:(?<![{_K} 　])(?P<glued>[{_K}]{{3,6}})|(?<![{_K}])(?P<spaced>[{_K}]{{1,4}}[ 　][{_K}]{{1,3}}))"
                          r"\((?P<r>[ぁ-ゖ]{2,6})\)")
_BODY_END = frozenset("市町村区県都府道駅川山寺館園校院署所社店屋橋港線課係室")
_MAX = 16


def _given_ok(given: str, reading: str) -> bool:
    """The given part reads as a given name spelled by ``reading`` (not a title, a body or a common noun)."""
    if not 1 <= len(given) <= 3 or not len(given) <= len(reading) <= 3 * len(given) + 1 or given in _NOT_NAMES \
            or given[-1] in _ROLE_END or given[-1] in _BODY_END:
        return False
    toks = morphology.tokenize(given)
    return not (len(toks) == 1 and toks[0].pos[1] == "普通名詞" and not toks[0].is_given_name)


def _glued_split(name: str) -> str | None:
    """The given part of a glued kanji name whose first word the dictionary reads as a surname, else None."""
    toks = morphology.tokenize(name)
    if len(toks) < 2 or not toks[0].is_surname:
        return None
    return name[len(toks[0].surface):]


def given_readings(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each full name followed by its given name's reading in brackets."""
    n = 0
    for r in _READING.finditer(text):
        m = _NAME_BEFORE.search(text, max(0, r.start() - 8), r.end())
        if m is None or m.end() != r.end():
            continue
        n += 1
        if n > _MAX:
            return
        if (name := m.group("spaced")) is not None:
            given = re.split(r"[ 　]", name)[1]
            if spaced_name_ok(name) and _given_ok(given, m.group("r")):
                yield m.start("spaced"), m.end("spaced"), name
            continue
        name = m.group("glued")
        given = _glued_split(name)
        if given is not None and _given_ok(given, m.group("r")):
            yield m.start("glued"), m.end("glued"), name


def given_reading(text: str) -> bool:
    """Some full name in ``text`` is followed by its given name's reading, or a surname is stated (a trigger)."""
    return ("(" in text and next(given_readings(text), None) is not None) or next(stated_surnames(text), None) is not None


# a surname stated on its own, its reading perhaps after it (名字は戸次（べっき）, 苗字は四十物です: a case memo, round 31)
_SURNAME_STATED = re.compile(rf"(?:名字|苗字)(?:は|が)[ 　]?(?P<n>[{_K}]{{1,4}})(?:\([ぁ-ゖァ-ヺー]{{2,8}}\))?(?=[。、,\n(]|です|で、|と[いい言])")


def stated_surnames(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, surname) of each surname stated on its own (名字は戸次（べっき）)."""
    if "名字" not in text and "苗字" not in text:
        return
    for m in _SURNAME_STATED.finditer(text):
        yield m.start("n"), m.end("n"), m.group("n")
