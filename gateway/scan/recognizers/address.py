"""JP_ADDRESS: Japanese postal addresses (DETECTION.md §2.15).

Structure: [都道府県] + 市区町村 (``…市…区``, ``…郡…町/村``, 東京23区) + 町域/大字/字 + 丁目・番地・号
(``1丁目2番3号``, ``一丁目二番三号``, ``1-2-3`` after dash folding, ``2番地の3``, ``123番地``,
札幌 ``北24条西6丁目``) + [建物名 + 部屋番号] (``日吉ハイツ405``, ``〇〇マンション203号室``).

Levels (``recognition_metadata["level"]``):

* ``street``: house level — 番地/番/号 or a digit-dash-digit block; ``strength="strong"``;
* ``block``: 丁目 only (``西新井栄町一丁目``); ``strength="weak"`` (facilities in encyclopedic text);
* ``city``: prefecture/city/town without a street part — reported only after an address label
  (``住所：横浜市港北区``); ``strength="weak"``. "A place alone" (``横浜市港北区の歴史``) is not reported.

Other metadata: ``label`` (住所/現住所/所在地/本籍/居所/送付先 … just before), ``prefecture`` (the
prefecture is written), ``building`` (a building name or room number follows).
Scores: street 0.85 (0.9 with label or prefecture), block 0.5, city 0.3.
An address needs a prefecture or a 市/区/町/村/郡 part or a label; a bare ``1-2-3`` is not one.
"""

from __future__ import annotations

from gateway.scan import rx as re
from typing import Any

from gateway.scan.recognizers.address_residents import dwelling_after, resident_after, resident_before
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import Covered, merge_windows

PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県",
    "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",
    "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県",
    "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県",
    "宮崎県", "鹿児島県", "沖縄県",
)
_PREF = "(?:" + "|".join(PREFECTURES) + ")"
# characters of place names: kanji, katakana, hiragana. A name does not start with a particle
# (の, は, を …) and never contains the commonest case particles (は, を, に, で, へ); inner の/が/ノ/ヶ
# are fine (柿の木坂, 霞が関, 一ノ宮, 茅ヶ崎), and so are と/も/や inside kana names (みなとみらい).
_JP = r"[一-鿿㐀-䶿々〆ヶヵ゠-ヿぁ-ゟ]"
_PC0 = r"(?:(?![のはをにでへともやがかノ])" + _JP + r")"
_PC1 = r"(?:(?![はをにでへ])" + _JP + r")"
_PC = _PC1
_PCC = r"(?:(?![はをにでへの])" + _JP + r")"  # inside a 市区町村/郡 name: no の (現在の京都市)
_CITY = r"(?:" + _PC0 + _PCC + r"{0,6}?郡)?(?:" + _PC0 + _PCC + r"{0,6}?(?:市|区|町|村)){1,2}"
_TOWN = (
    r"(?:" + _PC0 + r"(?:" + _PC1 + r"|(?<![0-9])\d{1,3}(?=条)|[0-9一二三四五六七八九十]{1,3}(?=条|線))" + r"{0,14}?)?"
)
_NUMK = r"(?:\d{1,5}|[一二三四五六七八九十百千〇]{1,6})"
_UNIT_JP = r"(?:丁目|丁|番地の?|番|号|地割)"
_LOT_DIVISION = re.compile(r"[0-9一二三四五六七八九十]{1,3}[ \t]*地割")  # (第5地割: a lot's division, no ordinal)  # (地割: 大字南矢幅第5地割112番地, Iwate's lots, round 33)
# a house number never starts with 0: after 丁目 and a space, 0157-24-1180 is a landline, not the lot (round 14)
_NO_ZERO = r"(?!0[0-9])"
# (a long-vowel mark between kanji numerals, 十条三ー五ー一: the normaliser folds it between digits only)
_SEP = r"(?:-|の|ノ|(?<=[一二三四五六七八九十〇])ー(?=[一二三四五六七八九十〇]))"
# a street part: numbers with 丁目/丁/番地/番/号 (spaces allowed between them), then optionally a
# dash/の chain (1丁目2-3, 2番地の3); or a dash/の chain alone (1-20-3); or, right after a town name,
# a bare lot number at the end of the address (大日東町4, 新丸子町769)
_STREET = (
    r"(?P<street>(?:" + _NUMK + r"[ \t]*" + _UNIT_JP + r"[ \t]*){1,4}(?:" + _NO_ZERO + _NUMK + r"(?:" + _SEP + _NUMK + r"){0,3}(?:号)?)?"
    r"|" + _NUMK + r"(?:" + _SEP + _NUMK + r"){1,3}(?:[ \t]*号)?"
    r"|(?P<lot>\d{1,5})(?=[ \t]*(?:$|[\n,、。.)）\]」』/／|｜]|[にでへをはがと]|の(?![0-9])|[ \t]+[^0-9])))"
)
_BUILDING_WORDS = (
    "ハイツ|マンション|アパート|コーポ|レジデンス|ビル|ビルディング|荘|寮|団地|棟|タワー|ハウス|メゾン|パレス|"
    "ヒルズ|コート|プラザ|住宅|館|ガーデン|テラス|ハイム|シティ|フラット|パーク|ヴィラ|ドミトリー|コーポラス"
)
_BUILDING = (
    r"(?P<building>[ \t]*(?:[A-Za-z" + r"一-鿿々ヶ゠-ヿ" + r"]{0,16}?(?:" + _BUILDING_WORDS + r")"
    r"[A-Za-z一-鿿々ヶ゠-ヿ]{0,10}"
    r"(?:[ \t]*[A-Z]?-?\d{1,4}(?:[ \t]*(?:号室|号|階|F))?){0,2}"
    r"|[ \t]*\d{1,4}[ \t]*号室))?"
)

ADDRESS_RE = re.compile(
    # a city part is required (a bare town + number is only accepted after a label, see
    # analyze_ctx); it starts at a word boundary or right after the prefecture
    r"(?P<pref>" + _PREF + r")?(?:(?<=[都道府県])[ \u3000])?(?P<city>(?<![一-鿿々ヶ゠-ヿ])" + _CITY + r"|(?<=[都道府県])" + _CITY + r"|(?<=[都道府県][ \u3000])" + _CITY + r")"
    # one space may part the town from its lot number (伊勢市小俣町本町 1182-3, 石井字前田 1024番), not a 市/区/郡 from a
    # number (横浜市 1-2月)
    # one space may also part the city from its town when a street part follows (藤代浦市 汐入台 4丁目 3の9: a caller's
    # words taken down, a form's OCR; round 14)
    + r"(?:[ \u3000](?=" + _PC0 + r"))?"
    # (a lot number never starts with 0: 北町一丁目　0157-24-1180 is a town and a landline, round 14)
    + r"(?P<town>" + _TOWN + r")(?:(?<![\s市区郡])[ \u3000](?=[1-9]))?" + _STREET + r"(?![0-9])" + _BUILDING
)
# an address label immediately before (住所：…, 現住所 …, 所在地は …)
_LABEL_RE = re.compile(
    r"(?:住所|現住所|旧住所|新住所|居所|所在地|本籍|本籍地|送付先|送り先|届け先|連絡先住所|住民票上の住所|転居先|"
    r"転入先|転出先|住居|自宅|お住まい|じゅうしょ|address)[ \t]*(?:[:：=|｜]|は|が)?[ \t]*(?:〒?[ \t]*\d{3}-?\d{4}[ \t]*)?$",
    re.IGNORECASE,
)
_CITY_ONLY_RE = re.compile(r"(?P<pref>" + _PREF + r")?(?P<city>" + _CITY + r")(?P<town>" + _PC + r"{0,10}?)(?=[ \t,、。)）\n]|$)")
_PREF_ONLY_RE = re.compile(_PREF)
# ADDRESS_RE needs the 市/区/町/村 of its city part at most 19 characters after its start (a prefecture of
# <= 4, a 郡 part of <= 8, then <= 7): no match starts more than that before the first such character
_CITY_END = re.compile("[市区町村]")
_CITY_END_REACH = 19

_DIGIT_DASH = tuple(f"{d}-" for d in "0123456789")
_KNUM = "一二三四五六七八九十〇"
# a street marker right after a number: 3番, 二番, 12号, 2丁(目) — 丁寧, 一番, 号外 in prose do not
# trigger; 1-20-3 and 2の3 trigger on "<digit>-" / "<digit>の"
_STREET_TRIGGERS = (
    ("番地",)
    + tuple(f"{d}{u}" for d in "0123456789" + _KNUM for u in ("丁", "番", "号") if f"{d}{u}" != "一番")
    + _DIGIT_DASH + tuple(f"{d}の" for d in "0123456789")
    # a katakana ノ between house numbers, in digits or kanji numerals (千代田町二ノ十一ノ三, 2ノ11ノ3)
    + tuple(f"{d}ノ" for d in "0123456789" + _KNUM) + tuple(f"{d}ー" for d in _KNUM)
)
_LABEL_TRIGGERS = ("住所", "所在地", "居所", "本籍", "送付先", "送り先", "届け先", "住居", "転居先", "転入先",
                   "転出先", "address")
TRIGGERS = PREFECTURES + _STREET_TRIGGERS + _LABEL_TRIGGERS
_STREET_SET = frozenset(_STREET_TRIGGERS)
_PREF_SET = frozenset(PREFECTURES)
_AFTER_LABEL = re.compile(r"[ \t]*(?:[:：=|｜]|は|が)?[ \t]*(?:〒?[ \t]*\d{3}-?\d{4}[ \t]*)?")
_DIGIT_SOON = re.compile(r"[0-9]")
_PLACE_CHAR = re.compile(r"[一-鿿㐀-䶿々〆ヶ゠-ヿぁ-ゟ]")
_NUM_BEFORE = re.compile(r"[0-9一二三四五六七八九十百千〇]")
# after a town's 丁目 with no city before it (若葉台2丁目14-6, 本町三丁目5番8号): the house number
_CHOME_HOUSE = re.compile(r"丁目[ \t]*" + _NO_ZERO + _NUMK + r"[ \t]*(?:(?:番地の?|番|-|の)[ \t]*" + _NUMK
                          + r"(?:[ \t]*(?:-|の)[ \t]*\d{1,4})?(?:[ \t]*号)?(?![0-9])"
                          + r"|番地(?!の?[0-9]))" + _BUILDING)  # (or the lot alone: 本郷3丁目14番地, round 30)
_PARTICLES = "はをにでへ"
# a town and a three-part house number with no 丁目 (南が丘3-12-4): the numbers, and words that end a
# non-place name before numbers (資料3-12-4, 図2-1-3, 第3-1-2 条)
# a range after a house number: the address names an area (若潮町一丁目1番~15番, 3番地から8番地まで)
# (or a range of 丁目 whose wave dash normalisation reads as a dash: 本町1～3丁目 -> 本町1-3丁目, round 29)
_AREA_RANGE = re.compile(r"[ \t]?(?:[~〜∼]|から)[ \t]?(?:同)?[0-9一二三四五六七八九十]|丁")
_DASH_HOUSE = re.compile(r"\d{1,4}-\d{1,4}-\d{1,4}(?![0-9]|-[0-9])" + _BUILDING)
_NOT_TOWN_END = re.compile(r"(?:番号|資料|参照|別表|図|表|条|項|号|第|年|月|日|版|頁|ページ|No|番|型|式|期|回|章|節|電話|携帯|内線|"
                           r"FAX|TEL)$")


# a house number's marker in a street part; a town and a street part right after a label (住所：日吉本町1-20-3)
# a public facility named right after a 丁目 with no house number (東町5丁目の公民館, 若葉台2丁目児童館)
_FACILITY_AFTER = re.compile(r"[ \t]?の?[一-鿿ァ-ヺー]{0,6}?(?:公民館|集会所|集会場|自治会館|町内会館|会館|コミュニティセンター|市民センター|"
                             r"地区センター|体育館|図書館|小学校|中学校|高校|保育園|保育所|幼稚園|こども園|公園|児童館|交番|郵便局|"
                             r"駅|病院|診療所|神社|広場"
                             # (or a public works' site: 旭町二丁目 歩道切下げ, …丁目の側溝改修, round 27)
                             r"|歩道|車道|道路|側溝|舗装|水路|護岸|交差点|街路灯|防犯灯|下水道|上水道|水道管|工事)")
_STREET_MARKER = re.compile(r"番|号|[0-9]-[0-9]|[0-9]の[0-9]|[0-9一二三四五六七八九十][ノー][0-9一二三四五六七八九十]|"
                            r"丁目?[ \t]*[0-9一二三四五六七八九十]")
_TOWN_STREET = re.compile(r"(?P<town>" + _PC + r"{1,12}?)" + _STREET + r"(?![0-9])" + _BUILDING)


_SECTION_RANGE = re.compile(r"(?<![0-9-])[0-9]{1,2}-[0-9]{1,2}$")
_SECTION_AFTER = re.compile(r"区(?!役所|民|内|画)|組(?!合)|班|地区")
_ROUTE = re.compile(r"[市町村区県府都国農林]道$")


class AddressRecognizer(AigwRecognizer):
    ENTITY = "JP_ADDRESS"
    TRIGGER_WORDS = TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[Any]:
        # complexity: one linear pass that grows each address span and grades it (prefecture, city, street,
        # building, allow-listed office addresses); splitting it would walk the text several times
        text = ctx.text
        spans = []
        hits = ctx.hits
        for w in [w for w in hits if w in _STREET_SET]:  # only the markers present (spans are merged below)
            digit_first = w[0].isdigit() and w[1] in "-のノ"
            for p in hits[w]:
                if digit_first:
                    # 1-20-3 / 2の3: the number must follow a place name (or a label/space), not be
                    # a range inside prose (1600-2200, 2010-11)
                    q = p
                    while q > 0 and text[q - 1].isdigit():
                        q -= 1
                    if q == 0 or not (_PLACE_CHAR.match(text[q - 1]) or text[q - 1] in " :："):
                        continue
                    if q == p and p + 2 < len(text) and not text[p + 2].isdigit():
                        continue
                elif w == "番地" and (p == 0 or not _NUM_BEFORE.match(text[p - 1])):
                    continue  # no number before the marker
                spans.append((p - 48, p + len(w) + 40))
        for w in [w for w in hits if w in _PREF_SET]:  # bare lot numbers (大阪府守口市大日東町4) have no street marker
            for p in hits[w]:
                if _DIGIT_SOON.search(text, p, p + 36):
                    spans.append((p, p + 40))
        out = []
        covered = Covered(len(text))  # a label inside an address already found starts nothing new
        last = -1
        for lo, hi in merge_windows(spans, len(text)):
            lo = max(lo, last)
            c = _CITY_END.search(text, lo, hi)  # an address has one within its first _CITY_END_REACH characters
            if c is None:
                continue
            for m in ADDRESS_RE.finditer(text, max(lo, c.start() - _CITY_END_REACH), hi):
                r = self._street(text, m)
                if r is not None:
                    out.append(r)
                    covered.take(r.start, r.end)
                    last = r.end
        out.extend(self._town_chome(text, hits, covered))
        # city-level addresses right after a label
        for w in _LABEL_TRIGGERS:
            for p in ctx.hits.get(w, ()):
                e0 = p + len(w)
                m2 = _AFTER_LABEL.match(text, e0)
                s = m2.end() if m2 else e0
                if s in covered:
                    continue
                full = ADDRESS_RE.match(text, s)  # a lot number with no street marker to start a window (住所：…字中村612)
                r = self._street(text, full) if full is not None else None
                if r is not None:
                    out.append(r)
                    covered.take(r.start, r.end)
                    continue
                m = _CITY_ONLY_RE.match(text, s)
                if m is None:
                    mp = _PREF_ONLY_RE.match(text, s)
                    if mp is None:
                        # label followed by a town + street without city: 住所：日吉本町1-20-3
                        m3 = _TOWN_STREET.match(text, s)
                        if m3 is not None and self._has_street_marker(m3.group("street")) \
                                and not text.startswith("丁", m3.end("street")):  # (本町1～3丁目: _AREA_RANGE's 丁, r29)
                            r = self.result(self.ENTITY, m3.start(), self._end(text, m3), 0.85, level="street",
                                            label=True, prefecture=False, building=bool(m3.group("building")),
                                            strength="strong")
                            out.append(r)
                            covered.take(r.start, r.end)
                        continue
                    m = mp
                out.append(self.result(self.ENTITY, m.start(), m.end(), 0.3, level="city", label=True,
                                       prefecture=bool(_PREF_ONLY_RE.match(text, m.start())), building=False,
                                       strength="weak"))
                covered.take(m.start(), m.end())
        # (a range of a town's sections, 本町1〜3区 read as 本町1-3: a roster's district, no lot; round 31)
        return [r for r in out if not (_SECTION_RANGE.search(text, r.start, r.end) and _SECTION_AFTER.match(text, r.end))]

    def _town_chome(self, text: str, hits: dict[str, list[int]], covered: Covered):
        """A town, its 丁目 and a house number with no city before them (若葉台2丁目14-6, in a letter or a call
        note), or a town and a three-part number (南が丘3-12-4): street level but weak (``form="town"``): alone
        it decides nothing, beside a personal mobile or a free-mail address it identifies a person."""
        for w in [w for w in hits if len(w) == 2 and (w[1] == "丁" or (w[1] == "-" and w[0].isdigit()))]:
            dashed = w[1] == "-"
            for p in hits[w]:
                if p in covered:
                    continue
                q = p
                while q > 0 and _NUM_BEFORE.match(text[q - 1]):
                    q -= 1
                if dashed:  # 南が丘3-12-4: the whole number from its first digit, right after a place name
                    if q == 0 or text[q] == "0" or not _PLACE_CHAR.match(text[q - 1]) \
                            or _NOT_TOWN_END.search(text, max(0, q - 3), q):
                        continue  # a house number never starts with 0 (携帯080-…: a phone number)
                    m = _DASH_HOUSE.match(text, q)
                else:
                    m = _CHOME_HOUSE.match(text, p + 1)
                t = q
                while t > max(0, q - 8) and _PLACE_CHAR.match(text[t - 1]):
                    t -= 1
                town = text[t:q]
                cut = max(town.rfind(c) for c in _PARTICLES + "・")  # 実家は若葉台…: the town starts after は (or ・, r30)
                t += cut + 1
                if m is None or q - t < 2 or text[t] in "のがノ":
                    continue
                if _AREA_RANGE.match(text, m.end()):
                    continue  # 若葉台2丁目14番～20番, 本町1～3丁目: an area, no dwelling
                r = self.result(self.ENTITY, t, self._end(text, m), 0.6, level="street", label=False,
                                prefecture=False, building=bool(m.group("building")), strength="weak", form="town",
                                **resident_after(text, self._end(text, m)))
                covered.take(r.start, r.end)
                yield r

    @staticmethod
    def _has_street_marker(street: str) -> bool:
        return _STREET_MARKER.search(street) is not None

    @staticmethod
    def _end(text: str, m: re.Match) -> int:
        e = m.end()
        while e > m.start() and text[e - 1] in " \t-のノ":
            e -= 1
        return e

    def _street(self, text: str, m: re.Match):
        pref, city, street = m.group("pref"), m.group("city"), m.group("street")
        s = m.start()
        ls = text.rfind("\n", 0, s) + 1
        label = _LABEL_RE.search(text, max(ls, s - 24), s) is not None
        if not pref and not city and not label:
            return None
        if not city and not label:
            return None  # 長野県道407号 (a route number), 東京都1-2-3: not an address shape
        if street[:1] == "0" and sum(c.isdigit() for c in street) >= 9:
            return None  # 緑野市 情報政策課 045-555-0190: a phone number after an office's name, no house number
        if _ROUTE.search(text, max(0, m.start("street") - 2), m.start("street")) is not None:
            return None  # ・市道2-045号線, 町道12号: a road's route number (its 道 read as a town), no house
        if street.endswith("号") and text.startswith("線", m.end("street")):
            return None  # 市道東町5号線: a route named after its town (round 32)
        if m.start("street") > 0 and text[m.start("street") - 1] == "第" and _LOT_DIVISION.match(street) is None:
            return None  # …市選挙管理委員会告示第28号, …市議会第3号: an ordinal (a notice's or a bill's number)
        if m.group("lot") is not None:
            if not city or not (m.group("town") or re.search(r"[市区郡].+[町村]$|[町村]大?字", city)):
                return None  # 東京都新宿区 3 …: a bare number needs a town name before it (常盤野町大字中村 612: 大字 is one)
            house = True
        else:
            house = self._has_street_marker(street)
        block = "丁" in street
        if not house and not block:
            return None
        if house and _AREA_RANGE.match(text, m.end()):
            house = False  # 若潮町一丁目1番～15番, 3番地から8番地まで: an area (a works notice, a district), no dwelling
            block = True
        level = "street" if house or (block and dwelling_after(text, m.end("street"))) else "block"
        if level == "block" and _FACILITY_AFTER.match(text, m.end("street")):
            return None  # 会場は東町5丁目の公民館: a public facility's place, no one's dwelling (round 14)
        if level == "street":
            score = 0.9 if (label or pref) else 0.85
        else:
            score = 0.5
        end = self._end(text, m)
        resident = resident_after(text, end) or ({"resident": True} if resident_before(text, s) else {})
        return self.result(self.ENTITY, s, end, score, level=level, label=label,
                           prefecture=bool(pref), building=bool(m.group("building")),
                           strength="strong" if level == "street" else "weak", **resident)
