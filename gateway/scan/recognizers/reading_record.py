"""PERSON: a full name beside its katakana reading on a record line of a fixed-width or column-aligned export.

The exports of 住基, 税, 国保 and 介護 systems carry each person's name twice, the reading in (half-width) katakana and
the name in kanji (``0004815162 ｻｴｸﾞｻ ﾄﾓﾐ   冴草 友美   4560214 2``), with no header and no honorific: the pair is the
evidence, as a record line with a number on it. The name model reads either half (a surname or a given name), so a
surname the dictionary does not know still counts when the reading's given name does; a body's name and its reading
(ｱｵﾊﾞ ｹﾝｾﾂ 青葉 建設) is no person's. Each line gives one full name: several such lines make a roster. A line that
also holds one of the office's job titles (課長, 主任: an extension list) names staff in their official capacity.

Round 25: the same pair as two cells of a delimited row, in either order, quoted or not (a headerless CSV of a benefit:
``2025060301,雫石 恒一郎,シズクイシ コウイチロウ,2019/04/22``).

Trigger: a digit run of 4 or more (a record's number); then only texts with column padding (two spaces or a tab), or
with a cell separator for the delimited form.
"""

from __future__ import annotations

from itertools import chain

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
# (round 25) the same pair as two cells of a delimited row (CSV, TSV, pipes), in either order, quoted or not; the cue
# (a reading's two words) stands at most 24 characters after a match's start
_CELL_NAME = r"[一-鿿々〆ヶ]{1,4}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,5}"
_CELL_KANA = r"[ァ-ヺー]{1,9}[ 　][ァ-ヺー]{1,9}"
_CELL_PAIR = re.compile(r"(?:^|(?<=[,\t|;]))[ ]?\"?(?:(?P<name>" + _CELL_NAME + r")\"?[ ]?[,\t|;][ ]?\"?" + _CELL_KANA + r"|"
                        + _CELL_KANA + r"\"?[ ]?[,\t|;][ ]?\"?(?P<name2>" + _CELL_NAME + r"))\"?[ ]?(?=[,\t|;]|$)", re.MULTILINE)
_CELL_CUE = re.compile(r"[ァ-ヺー][ 　][ァ-ヺー]")
_CELL_KANA_RE = re.compile(_CELL_KANA)
_RECORD_NUMBER = re.compile(r"[0-9]{4}")
_BODY = re.compile(r"(?:建設|商事|工業|商店|興業|産業|会|店|社|園|所|課|部|局|室|院|館|組|協会|センター)$")
_STAFF_TITLE = re.compile(r"(?<![一-鿿])(?:" + STAFF_TITLE_ALT + r")(?![一-鿿])")
_MAX = 500  # names per prompt: bounded work


class ReadingRecordRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_DIGITS = 4

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        padded = "  " in text or "\t" in text
        delimited = "," in text or "\t" in text or "|" in text or ";" in text
        pairs = chain(cued_finditer(_PAIR, _READING_CUE, 8, text) if padded else (),
                      cued_finditer(_CELL_PAIR, _CELL_CUE, 24, text) if delimited else ())
        for m in pairs:
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            le = len(text) if le < 0 else le
            g = "name" if m.group("name") is not None else "name2"
            name = m.group(g).replace("　", " ")
            if (_RECORD_NUMBER.search(text, ls, le) is None or _BODY.search(name) is not None
                    or not (spaced_name_ok(name) or spaced_name_ok(_kana(m)))):
                continue
            staff = _STAFF_TITLE.search(text, m.end(), le) is not None
            official = staff or _famous(name)  # (織田 信長 in a history quiz)
            out.append(self.result(self.ENTITY, m.start(g), m.end(g), 0.8, form="label", full_name=True,
                                   honorific=None, label=True, official=official, staff=staff, strength="strong",
                                   person_key=stable_key(name.replace(" ", "")), model="reading"))
            if len(out) >= _MAX:
                break
        return out


def _famous(name: str) -> bool:
    """A whole name the dictionary lists as a well-known person."""
    toks = morphology.tokenize(name.replace(" ", ""))
    return len(toks) == 1 and toks[0].is_famous_person


def _kana(m: re.Match[str]) -> str:
    """The reading of a pair: its own group in a padded record, the cell beside the name in a delimited row."""
    if "kana" in m.re.groupindex:
        return m.group("kana")
    cell = _CELL_KANA_RE.search(m.group(0))
    return cell.group(0).replace("　", " ") if cell is not None else ""

