"""JP_ADDRESS: a dwelling named by its housing estate, block and room, with no street number (issue 13, round 18).

Public and large housing estates are written by their name, not their lot: ``市営桜ヶ丘団地3号棟405号室``, ``県営住宅みどり台
B棟 302号室``, ``UR北浜第二団地 5-201``, ``４号棟、最上階の東端の部屋``. The estate's name (団地 / 住宅, or 市営 / 県営 / 都営 / 府営 / 町営 / 村営 / 公営 / UR /
公社 before it), then a block (3号棟, B棟) and a room (405号室, 302号), or ``5-201``: one household's door, as precise as a
house number. Reported as a street-level address in a building (``level="street"``, ``building=True``): a topic said of
the family behind that door identifies them (aggregate: the dwelling rule). An estate named without a room (市営桜ヶ丘団地の
集会所, 3号棟の前) is a place, not a household. A private block of flats by its name and a room (コーポ若葉、205号室, みどり荘
1階東, ハイツ桜の203に住む…: round 31) is as precise.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import finditer_windows, hit_windows
from gateway.scan.recognizers.address_residents import resident_after
from gateway.scan.recognizers.person_shapes import fiction_examples

_OWNER = r"(?:市営|県営|都営|府営|道営|町営|村営|公営|UR|公社|市営住宅|県営住宅)"
_ESTATE = (r"(?:" + _OWNER + r"[ 　]?[一-鿿ぁ-ゖァ-ヺー々ヶ0-9０-９]{0,12}?(?:団地|住宅|アパート)?"
           r"|[一-鿿ァ-ヺー々ヶ](?:(?!市営|県営|都営|府営|道営|町営|村営)[一-鿿ぁ-ゖァ-ヺー々ヶ]){0,11}?(?:団地|住宅))")
DWELLING = re.compile(
    r"(?<![一-鿿ァ-ヺー々ヶ])" + _ESTATE + r"(?:[ 　]|の(?=[0-9A-Z]))?"  # (北浜団地の3号棟305の者です: round 30)
    r"(?:(?:[0-9]{1,3}|[A-Z])[ ]?(?:号棟|棟)[ 　]?(?:(?:[0-9]{1,2}階[ 　]?)?[0-9]{2,4}(?:[ ]?号室?|(?=[ 　\n、。,)）]|の(?:者|住人|もの)|$))"  # (C棟3階 307号室: r26; 5号棟402: r29)
    # (or the door told by its floor and end: ４号棟、最上階の東端の部屋)
    r"|[、,の ]{0,2}(?:最上階|[0-9]{1,2}階|[一二三四五六七八九十]{1,2}階)[、,の]?(?:[東西南北](?:端|側|角)|角|端)?の?角?部屋)"
    r"|[0-9]{1,3}-[0-9]{3,4}(?![0-9-]))")
# (round 31) a private block of flats by its name and a room: コーポ若葉、205号室, みどり荘1階東, ハイツ桜の203
_FLATS = re.compile(
    r"(?:(?<=[のにで、,\s])|(?<![一-鿿ぁ-ゖァ-ヺー々ヶ]))(?:(?:コーポ|ハイツ|メゾン|ハイム|レジデンス|ヴィラ|パレス)[ 　]?[一-鿿ぁ-ゖァ-ヺー々ヶ0-9]{1,10}?"
    r"|[一-鿿ぁ-ゖァ-ヺー々ヶ]{2,8}?(?:荘|コーポ|ハイツ|マンション|アパート|ハイム|レジデンス|コーポラス))"
    r"(?:第?[0-9一二三]号?館?)?[ 　]?[、,の]?[ 　]?(?:[A-Z][ ]?棟[ 　]?)?"
    r"(?:[0-9]{3,4}(?:[ ]?号室?|(?=[ 　\n、。,)）]|の(?:者|住人|方|男性|女性|人|世帯|お宅|部屋)|に住))|[0-9]{1,2}階[ 　]?(?:[東西南北](?:側|端)?|奥|手前|角部屋))")
# (round 31) an estate's block and door right after the district's 丁目 (さつきが丘1丁目の3号棟402号室)
_BLOCK_DOOR = re.compile(r"(?<=丁目の)(?:[0-9]{1,3}|[A-Z])号?棟[ 　]?[0-9]{2,4}号室?")
_FLAT_TRIGGERS = ("荘", "コーポ", "ハイツ", "メゾン", "ハイム", "レジデンス", "ヴィラ", "パレス", "マンション", "アパート")
# in English: a unit of a named housing estate or a city housing building (Minamidai city housing, Building C … unit
# C-204; Sakura Danchi Building 3, Room 405)
DWELLING_EN = re.compile(r"(?i:(?:city|municipal|prefectural|public) housing|danchi|housing complex|housing estate)"
                         r"[^\n]{0,80}?(?-i:\b(?P<k>unit|Unit|room|Room|apartment|Apartment|flat|Flat|No\.)) ?"
                         r"(?P<u>[A-Z]?-?[0-9]{2,4}[A-Z]?)(?![0-9])")
_WHO_IN = re.compile(r"(?i:lady|woman|man|family|tenant|resident|neighbou?r|couple|girl|boy|child|person|gentleman)"
                     r"[ ](?:in|at|of|from|living in)[ ](?:the[ ])?$")
_TRIGGERS_JA = ("団地", "住宅", "市営", "県営", "都営", "府営", "町営", "村営", "公営")
TRIGGERS = _TRIGGERS_JA + _FLAT_TRIGGERS + ("号棟", "housing", "danchi")
# the doors read in Japanese, each around its trigger words (characters before a word, after its start)
_DOOR_READERS = ((DWELLING, _TRIGGERS_JA, 16, 46), (_FLATS, _FLAT_TRIGGERS, 12, 30), (_BLOCK_DOOR, ("号棟",), 8, 16))


def _header(text: str, s: int, e: int) -> dict[str, bool]:
    """``header``: the door ends a short line of its own with no sentence on it (a visit memo's address line, 家庭訪問 ⏎
    <town> <estate> 5号棟402 ⏎ 世帯：…): the memo below is about that household (aggregate, round 29)."""
    ls, le = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    le = len(text) if le < 0 else le
    return {"header": True} if le - ls <= 60 and not text[e:le].strip() and "。" not in text[ls:s] else {}


class DwellingAddressRecognizer(AigwRecognizer):
    ENTITY = "JP_ADDRESS"
    TRIGGER_WORDS = TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        # (16 characters before each word to 48 after its start: the estate's name, its block and its room)
        out = [self._door(m.start(), m.end(), **resident_after(text, m.end()), **_header(text, m.start(), m.end()))
               for rx, words, before, after in _DOOR_READERS
               for m in finditer_windows(rx, text, hit_windows(ctx, words, before, after))]  # (…にお住まいの男性)
        if "housing" in ctx.hits or "danchi" in ctx.hits:
            for m in DWELLING_EN.finditer(text):  # (the unit's own words; who lives there: "the lady in unit C-204")
                who = {"resident": True} if _WHO_IN.search(text, max(0, m.start("k") - 24), m.start("k")) else {}
                out.append(self._door(m.start("k"), m.end("u"), romaji=True, **who))
        fiction_examples(out, text, ctx.hits)  # a play's or a story's flat (※登場人物・住所はすべて架空です)
        return out

    def _door(self, s: int, e: int, **meta) -> RecognizerResult:
        return self.result(self.ENTITY, s, e, 0.85, level="street", strength="strong", label=False, prefecture=False,
                           building=True, form="dwelling", **meta)
