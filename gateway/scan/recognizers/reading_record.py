"""PERSON: a full name beside its katakana reading on a record line of a fixed-width or column-aligned export.

The exports of 住基, 税, 国保 and 介護 systems carry each person's name twice, the reading in (half-width) katakana and
the name in kanji (``0004815162 ｻｴｸﾞｻ ﾄﾓﾐ   冴草 友美   4560214 2``), with no header and no honorific: the pair is the
evidence, as a record line with a number on it. The name model reads either half (a surname or a given name), so a
surname the dictionary does not know still counts when the reading's given name does; a body's name and its reading
(ｱｵﾊﾞ ｹﾝｾﾂ 青葉 建設) is no person's. Each line gives one full name: several such lines make a roster. A line that
also holds one of the office's job titles (課長, 主任: an extension list) names staff in their official capacity.

Trigger: a digit run of 4 or more (a record's number); then only texts with column padding (two spaces or a tab).
"""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan import morphology
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import cued_finditer, stable_key
from gateway.scan.recognizers.person_contacts import spaced_name_ok
from gateway.scan.recognizers.person_lexicon import STAFF_TITLE_ALT

# the reading (two katakana words), padding, the name (two words: kanji surname, kanji or kana given name)
_PAIR = re.compile(r"(?P<kana>[ァ-ヺー]{1,9} [ァ-ヺー]{1,9})[ \t]+"
                   r"(?P<name>[一-鿿々〆ヶ]{1,4} [一-鿿々〆ヶぁ-ゖァ-ヺー]{1,5})(?=[ \t]|$)", re.MULTILINE)
# a reading's two words (katakana, a space, katakana): every _PAIR match holds one, at most 8 characters after its
# start (a charset first: sre skips to katakana, where _PAIR is tried at every position)
_READING_CUE = re.compile(r"[ァ-ヺー] [ァ-ヺー]")
_RECORD_NUMBER = re.compile(r"[0-9]{4}")
_BODY = re.compile(r"(?:建設|商事|工業|商店|興業|産業|会|店|社|園|所|課|部|局|室|院|館|組|協会|センター)$")
_STAFF_TITLE = re.compile(r"(?<![一-鿿])(?:" + STAFF_TITLE_ALT + r")(?![一-鿿])")
_MAX = 500  # names per prompt: bounded work


class ReadingRecordRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_DIGITS = 4

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        if "  " not in text and "\t" not in text:
            return []
        out: list[RecognizerResult] = []
        for m in cued_finditer(_PAIR, _READING_CUE, 8, text):
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            le = len(text) if le < 0 else le
            name = m.group("name")
            if (_RECORD_NUMBER.search(text, ls, le) is None or _BODY.search(name) is not None
                    or not (spaced_name_ok(name) or spaced_name_ok(m.group("kana")))):
                continue
            staff = _STAFF_TITLE.search(text, m.end(), le) is not None
            official = staff or _famous(name)  # (織田 信長 in a history quiz)
            out.append(self.result(self.ENTITY, m.start("name"), m.end("name"), 0.8, form="label", full_name=True,
                                   honorific=None, label=True, official=official, staff=staff, strength="strong",
                                   person_key=stable_key(name.replace(" ", "")), model="reading"))
            if len(out) >= _MAX:
                break
        return out


def _famous(name: str) -> bool:
    """A whole name the dictionary lists as a well-known person."""
    toks = morphology.tokenize(name.replace(" ", ""))
    return len(toks) == 1 and toks[0].is_famous_person
