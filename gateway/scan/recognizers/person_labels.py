"""Labels of the PERSON recognizer (person.py): which label words are used as labels (氏名：, 相談者 …, the
<role>者: grammar), and a free-form name after a label with a colon (氏名：砂丘子, 代表者：代表取締役 石井 敦, a
Latin-script name filling the line)."""

from __future__ import annotations

from gateway.scan import rx as re
from typing import Any

from gateway.scan import morphology

from gateway.scan.recognizers._base import ScanContext
from gateway.scan.recognizers._field_keys import thing_key
from gateway.scan.recognizers._text import run_start, stable_key
from gateway.scan.recognizers._word_index import per_text
from gateway.scan.recognizers.person_contacts import kana_label_value, latin_name_ok, spaced_name_ok
from gateway.scan.recognizers.person_cues import _FIELD_BEFORE, _weak_label_is_field
from gateway.scan.recognizers.person_lexicon import (
    _CELL_SEP,
    _FREE_NAME,
    _KANJI,
    _LABEL_NEXT_OK,
    _LABEL_OF_FORM,
    _LABEL_SEP,
    _LATIN_PART,
    _WEAK_LABELS,
    LABELS,
    ROLE_LABEL_TRIGGER,
    ROLE_NAME_LABEL_TRIGGER,
    ROLE_FIELD_TRIGGERS,
    COMPOUND_ROLE_TRIGGERS,
    ROLE_NOT_PERSON,
    POST_TITLE_ALT,
    STAFF_TITLES,
    TITLES_OFFICIAL,
    _STAFF_LABELS as _STAFF_LABEL_SET,
)
from gateway.scan.recognizers.person_cues import family_after, staff_label_in_record
from gateway.scan.recognizers.person_capacity import councillor_label, staff_label, unit_sibling
from gateway.scan.recognizers.person_rules import Coverage, after_value, role_field_at

_UNIT_END = frozenset("課係部室局市町村区県庁所会校域圏")  # (…委員会, …学校: round 20; 中央圏域: r25)
# a Latin-script full name that fills the rest of a label's line (氏名 NGUYEN VAN AN)
_LATIN_LINE_NAME = re.compile(_LATIN_PART + r"(?:[ ]" + _LATIN_PART + r"){1,3}(?=[ \t]*(?:[(（][^()（）\n]{2,30}[)）][ \t]*)?(?:\n|$))")  # (…（ファム ヴァン コア）: r25; （日野川中・…兼務）: r38)
# a label's value that withholds or lacks the name
# a title that opens a label's value, before the name (代表取締役 石井 敦, 課長 山田 太郎)
# (or a municipality's head with the place glued to it: 宛名：汐見台市長 高千穂 雅彦, 提出先：北原町長 …, round 13)
_TITLE_FIRST = re.compile("(?:代表取締役(?:社長|会長)?|取締役(?:社長)?|代表社員|代表理事|執行役員|支店長|支社長|営業所長|工場長|"
                          r"[一-龥ぁ-んァ-ヶ]{1,6}?(?:都|道|府|県|市|区|町|村)(?:長|知事)|"
                          + "|".join(sorted(set(TITLES_OFFICIAL), key=len, reverse=True)) + r")[ \t　]+")
# …or the office's unit and an employment before the name (相談者：道路維持課 会計年度任用職員（事務補助）　仁科 真緒): staff,
# the record's party when the label names one (round 25)
_UNIT_EMPLOYMENT_FIRST = re.compile(r"(?:[一-鿿ァ-ヺ]{1,10}(?:課|係|室|部|局|センター|所|館|園|校|院|署)[ \t　]?)?(?:会計年度任用職員|"
                                    r"再任用職員|臨時職員|非常勤職員|嘱託職員|任期付職員|パート職員|一般職員)"
                                    r"(?:[(（][^()（）\n]{1,10}[)）][ \t　]*|[ \t　]+)")  # (a library's, a school's: r26)
# …or one to three units and a staff title (相談者　子育て支援課 こども給付係 主事　兵頭 みのり): staff, the record's party
# when the label names one (round 28)
_POST_ONLY = re.compile("(?:" + POST_TITLE_ALT + ")")
_UNIT_TITLE_FIRST = re.compile(r"(?:[一-鿿ぁ-ゖァ-ヺー0-9]{1,10}(?:課|係|室|部|局|センター|所|館|園|校|院|署|病棟|棟|科|班|隊|組|担任)"
                               r"[ \t　]+){1,3}"
                               r"(?:" + POST_TITLE_ALT + r")(?:[(（][^()（）\n]{1,12}[)）])?[ \t　]+(?=[一-鿿々〆ヶァ-ヺ])"
                               # (or the post alone before a full name spaced as one: 受傷者：救急救命士 葛西 美月（…）, round 40)
                               r"|(?:" + POST_TITLE_ALT + r")[ \t　]+(?=[一-鿿々〆ヶ]{1,4}[ 　][一-鿿々ぁ-ゖァ-ヺ]{1,4}(?![一-鿿々ぁ-ゖァ-ヺ]))")
# a value naming a post, not a person (被処分者：建設部 所属　主任（30代男性）, 対象者：主事（20代女性）): every word a
# title or an affiliation word
_POST_WORDS = frozenset(TITLES_OFFICIAL) | STAFF_TITLES | {"所属", "職員", "担当", "男性", "女性", "同", "本市", "当市",
                                                          # (被処分者：市立中学校 教諭（50歳代）: a press release's post)
                                                          "教諭", "教員", "講師", "校長", "教頭", "副校長", "市立中学校",
                                                          "市立小学校", "市立高校", "会計年度任用職員",
                                                          # (答弁者：教育長, 対象：互助会会員: a post, a membership, r37)
                                                          "教育長", "副教育長", "議長", "副議長", "会員", "組合員", "互助会会員"}
_HONORIFIC_END = re.compile(r"[ \u3000]?(?:様|殿|さん|先生)$")
_UNIT_HEAD = re.compile(r"[一-龥ァ-ヶー]{1,10}[部課局室係](?:長|次長|長補佐)")
# (or the people it names by group: 各小中学校, 全職員, 職員各位, 関係職員, 教職員 — round 20)
_NOT_A_NAME = re.compile(r"(?:各(?!務)[^\s:：]{0,10}|全(?:職員|教職員|庁|課|部|員|市民|世帯|校|児童|生徒)|警察|消防|救急(?:車)?|職員(?:各位|全員|一同)|関係(?:職員|者|各位)|教職員|管理職|匿名|不明|未定|未記入|無記名|非公開|同上|省略|記載なし|なし|無し|本人|代理人|市内在住|市民|住民)")
# a relation word opening a label's value before the name, parted by a space (本人　浅見 翔, 母　浅見 典子, round 14)
_RELATIONS = r"(?:本人|父|母|夫|妻|長男|長女|次男|次女|三男|三女|祖父|祖母|息子|娘|兄|姉|弟|妹|孫|親族|家族|配偶者|同居人|代理人)"
_RELATION_FIRST = re.compile(_RELATIONS + r"[ \t　]+(?=[一-龥ァ-ヶ])")
# …or the relation alone, a count or the field's end after it (虐待者の続柄：息子 17、夫 10: a statistic's rows, round 25)
_RELATION_ALONE = re.compile(_RELATIONS + r"(?=[ \t　]*(?:[0-9、,。/／)）\n]|$))")
_ROLE_FIELD_BEFORE = _FIELD_BEFORE + "・\"'{■□●○◆◇*-"
_LABEL_SET = frozenset(LABELS)
# a value that is an organisation by its legal form (施工者：株式会社 汐見土木, 受注者：北斗道路（有）): a business, no
# person (round 12)
_ORG_FORM = re.compile(r"[ \t　]*(?:株式会社|有限会社|合同会社|合資会社|合名会社|[(（][株有][)）]|(?:一般|公益)(?:社団|財団)法人|"
                       r"社会福祉法人|医療法人|学校法人|特定非営利活動法人|NPO法人|独立行政法人)")
# a place's or a facility's name as a "name" key's value (an open-data record: 白浜海水浴場, 東浜城跡公園, Shirahama Beach)
PLACE_NEXT = re.compile(r"[市町村区郡県](?!長)[一-鿿]")  # (the value goes on as an address: 甲　柏尾市中央一丁目…, round 36)
_PLACE_VALUE = re.compile(r"(?:公園|神社|市場|朝市|センター|ホール|海岸|温泉|城跡|遺跡|資料館|美術館|博物館|図書館|水族館|動物園|"
                          # (not a word that is also a surname: Park, Hall, Lake, Tower)
                          r"(?i:beach|bridge|museum|market|castle|ruins|temple|shrine|station|gardens|hotel|harbou?r|library|"
                          r"falls))$|^[一-鿿々ァ-ヺー]{4,}[場園館橋寺駅港湖]$|^(?:\S+[ \t]+){2,}(?i:park|hall|tower|center|centre)$")
# a dataset of places named by the request or by its own keys (オープンデータ「指定緊急避難場所一覧」, "spots"): its "name" key
# names a place (round 30)
_PLACE_DATASET = re.compile(r"オープンデータ|避難(?:場所|所)一覧|施設一覧|観光(?:スポット|施設)|\"(?:spots|facilities|shelters|"
                            r"places|shops|stores)\"")


def _place_dataset(text: str) -> bool:
    """_PLACE_DATASET searched once per text, not once per "name" key (the text's memo)."""
    memo = per_text(text)
    got = memo.get("place_dataset")
    if got is None:
        got = memo["place_dataset"] = _PLACE_DATASET.search(text) is not None
    return got


_MORE_WORDS = re.compile(r"(?:[ \t]+[A-Z][A-Za-z'-]*){1,4}")  # (the value's words go on: Higashihama Local History Museum)
# a field's own name as the value of a "name" key (an XSD's <xs:element name="氏名"/>, a schema's name: 生年月日, a form
# definition's name="届出者"): the schema of a record, no one's name (round 11)
_FIELD_NAMES = _LABEL_SET | frozenset({"生年月日", "住所", "現住所", "電話番号", "電話", "携帯", "携帯電話", "個人番号",
                                       "マイナンバー", "性別", "年齢", "続柄", "本籍", "職業", "所属", "連絡先", "メールアドレス",
                                       "郵便番号", "届出日", "申請日", "備考", "ふりがな", "フリガナ"})
_LABEL_RANK = {w: i for i, w in enumerate(LABELS)}
_ROLE_VALUE_ENDS = ("本人", "家族", "親族", "全員", "自身", "以外",  # a value naming who by role (申請者本人, 同居の家族)
                    "職員", "級", "新採", "教員")  # …or a training's audience (対象：窓口担当職員, 係長級, 今年度新採, round 24)
# a group counted, not a person (round 15), or its share (虐待者の続柄：息子 44％、夫 22％, round 18)
_COUNT_AFTER = re.compile(r"[ \t　]*[0-9０-９]{1,5}(?:[.．][0-9０-９]{1,2})?[ \t　]*(?:名|人|世帯|件|団体|組|[%％]|割|パーセント)")
# a spaced kanji full name filling a field's value up to a bracket, a blank or the line's end (r15)
_SPACED_KANJI_VALUE = re.compile(r"(?:[一-鿿々〆ヶ]{1,3}[ 　](?:[一-鿿々〆ヶ]{1,3}|[ぁ-ゖ]{2,4})|[ァ-ヺー]{2,8}[ 　][一-鿿々〆ヶ]{1,3})"
                                 r"(?=[(（ \t　]|$)", re.MULTILINE)  # (a hiragana given name too: 樋渡 ゆずは, r28)
# (after a unit and a title, a kana given name too: 主事　兵頭 みのり, round 28)
_SPACED_STAFF_VALUE = re.compile(r"[一-鿿々〆ヶ]{1,3}[ 　](?:[一-鿿々〆ヶ]{1,3}|[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5})(?=[(（ \t　]|$)",
                                 re.MULTILINE)
_NUMBERED = re.compile(r"(?:^|(?<=\n))[ \t]*(?:\(?[0-9]{1,2}[.)]?)[ \t]*$")  # (a numbered item: ①当該教員: folds to 1当該教員:)
_LINE_REACH = 512  # characters of a label's line looked at either side (a table header row)


class PersonLabelsMixin:
    """Label hits and label values (mixed into PersonRecognizer)."""

    result: Any
    ENTITY: str

    @staticmethod
    def _label_hits(ctx: ScanContext) -> list[tuple[int, int]]:
        """Labels used as labels (氏名：, 相談者 …), in LABELS order; only labels that occur are visited."""
        text = ctx.text
        present: dict[str, list[int]] = {}
        for key in ctx.hits:
            w = _LABEL_OF_FORM.get(key)
            if w is not None:
                present.setdefault(w, []).extend(ctx.hits[key])
        out = []
        for w in sorted((w for w in present if w in _LABEL_RANK), key=_LABEL_RANK.__getitem__):  # in LABELS order
            weak = w in _WEAK_LABELS
            for p in sorted(present[w]):
                e = p + len(w)
                if w.isascii() and thing_key(text, p):
                    continue  # cityName:, company_name: — the name of a place or a body, not a person's
                if (weak and _weak_label_is_field(text, p, e)) or (not weak and _LABEL_NEXT_OK.match(text, e)):
                    out.append((p, e))  # not 名前を挙げ / 申請者の数: the word used as a label
        # label grammar: <kanji role>者: (or 者名:) at a field start; <kanji role>者 and a space opening its line
        for p, named in [(p, False) for p in ctx.hits.get(ROLE_LABEL_TRIGGER, ())] + [
                (p, True) for p in ctx.hits.get(ROLE_NAME_LABEL_TRIGGER, ())] + [
                (p, None) for w in ROLE_FIELD_TRIGGERS for p in ctx.hits.get(w, ())]:
            k = run_start(text, p, _KANJI, 6)
            lab = text[k:p + 1]
            if k < p and (k == 0 or text[k - 1] in _ROLE_FIELD_BEFORE or after_value(text, k)) and lab not in _LABEL_SET \
                    and lab not in ROLE_NOT_PERSON and (named is not None or role_field_at(text, k, p + 1)):
                out.append((k, p + 1 + bool(named)))
        for w in COMPOUND_ROLE_TRIGGERS:  # 被害生徒:, 当該教員:, ２　被害生徒　樋渡 ゆずは (round 28)
            for p in ctx.hits.get(w, ()):
                k, e = run_start(text, p, _KANJI, 6), p + len(w) - 1
                if k == p or text[k:e] in _LABEL_SET or text[k:e] in ROLE_NOT_PERSON:
                    continue
                line_start = k == 0 or text[k - 1] in "\n\t" or _NUMBERED.search(text, max(0, k - 5), k) is not None
                if line_start or (w[-1] == ":" and text[k - 1] in _ROLE_FIELD_BEFORE):
                    out.append((k, e))
        return out

    def _free_label_name(self, text: str, ls_: int, le_: int, found: Coverage):
        """A free-form name after a label with a colon (氏名：砂丘子) that the dictionary does not know."""
        # complexity: one label's value read in order — its forms (Latin, kana, spaced kanji), what stands before the name
        # (a title, a relation, a unit and an employment), the values that name no one, then the capacity: one branch each
        lab = text[ls_:le_]
        m = _LABEL_SEP.match(text, le_)
        if m is not None and not re.search(r"[:：=|｜】\]」』→⇒]|->", m.group(0)) and lab not in _WEAK_LABELS:
            lat = _LATIN_LINE_NAME.match(text, m.end())
            if lat is not None and not found.covers(m.end()) and latin_name_ok(lat.group(0)):
                return self.result(  # "氏名 NGUYEN VAN AN": a Latin-script name filling the rest of the line
                    self.ENTITY, m.end(), lat.end(), 0.7, form="label", full_name=True, honorific=None, label=True,
                    official=False, staff=False, strength="strong", person_key=stable_key(lat.group(0).replace(" ", "")))
            kana = kana_label_value(self, text, m.end(), found, lab.endswith(("氏名", "名前")))  # "氏名　かわの みゆき"
            return kana if kana is not None else self._spaced_field_name(text, ls_, m.end(), found)
        if m is None or not re.search(r"[:：=|｜】\]」』→⇒]|->", m.group(0)):
            return None
        if lab in _WEAK_LABELS and not self._compound_label_at_field(text, ls_):
            return None
        s = m.end()
        if found.covers(s):
            return None
        ls = max(text.rfind("\n", max(0, ls_ - _LINE_REACH), ls_) + 1, ls_ - _LINE_REACH)
        le = text.find("\n", le_, le_ + _LINE_REACH)
        line = text[ls:le if le >= 0 else min(len(text), le_ + _LINE_REACH)]  # bounded: one label, bounded work
        if len(_CELL_SEP.findall(line)) >= 2 and not re.search(r"[0-9]", line):
            return None  # a table header (| 氏名 | 所属 |): the next cell is a column name
        official = staff_label(text, lab, s)
        staff = official
        official = official or councillor_label(text, s)  # 議員氏名：… (an elected official in office)
        party = False
        if (tm := _TITLE_FIRST.match(text, s)) is not None:
            # "代表者：代表取締役 石井 敦", "担当：課長 山田 太郎": the title first, then the name, in that capacity
            s, official = tm.end(), True
            # (…but a staff post under the label of a record's party is that staff member as the party: 受傷者：看護師
            # 鷲尾 奈々, round 40)
            party = lab.endswith("者") and lab not in _STAFF_LABEL_SET and _POST_ONLY.fullmatch(tm.group().strip()) is not None
            staff = staff or party
        if (um := _UNIT_EMPLOYMENT_FIRST.match(text, s) or _UNIT_TITLE_FIRST.match(text, s)) is not None:
            s, official, staff, party = um.end(), True, True, lab not in _STAFF_LABEL_SET
        if (rm := _RELATION_FIRST.match(text, s)) is not None:
            s = rm.end()  # "かけてきた人：本人　浅見 翔", "来庁者：母　浅見 典子": who they are to the matter, then the name
        nm = _FREE_NAME.match(text, s)
        if um is not None and (sv := _SPACED_STAFF_VALUE.match(text, s)) is not None and spaced_name_ok(sv.group(0)):
            nm = sv  # (…保育士（会計年度任用職員）　百目鬼 ゆかり さん: the whole name after the post, round 28)
        if nm is None or _NOT_A_NAME.match(text, s) or _ORG_FORM.match(text, s) or _ORG_FORM.match(text, nm.end()) \
                or _RELATION_ALONE.match(text, s):
            return None  # "投稿者：匿名（市内在住）", "氏名：不明", "施工者：株式会社 汐見土木"
        e = nm.end()
        value = text[s:e].strip(" \t\u3000")
        if _PLACE_VALUE.search(value + ((w := _MORE_WORDS.match(text, e)) and w.group(0) or "")) is not None or (
                lab.lower() in ("name", "名称") and _place_dataset(text)):
            return None  # {"name": "白浜海水浴場", "name_en": "Shirahama Beach"}: a place's or a facility's name (round 30)
        if value in _FIELD_NAMES or "者" in value or value.endswith(_ROLE_VALUE_ENDS) or _COUNT_AFTER.match(text, e) \
                or morphology.action_words(value):  # (傷病者：想定 72歳男性, 評価者：救急課 指導救命士: words, round 34)
            return None  # name="氏名", name="届出者": a field's or a role's name; 運転者：障害者本人 (a role, r15); 出席者：地区住民 27名
        if text[e - 1] in _UNIT_END or text.endswith("担当", s, e) or PLACE_NEXT.match(text, e):
            return None  # "From: 総務課", "差出人：東浜市": an office, not a person; 甲　柏尾市中央… (a place, r36)
        if value.endswith(("議員", "市長", "町長", "村長", "知事", "区長", "議長")) and len(value) > 3:
            official = True  # (質問者：森永議員: a councillor named with the title glued, round 36)
        words = _HONORIFIC_END.sub("", text[s:e]).replace("\u3000", " ").split()  # (宛先：教頭 様: a post addressed)
        if all(w in _POST_WORDS for w in words) or _UNIT_HEAD.fullmatch(text, s, e):
            return None  # a post withheld for its holder (… 所属 主任（30代男性）), a unit's head (答弁者：福祉部長)
        if not staff and unit_sibling(text, e):  # {"name":"坂巻 淳","dept":"情報政策課"} (round 25)
            staff = official = True
            lab = "職員"  # (the subject of a personnel or health record all the same)
        meta = {"subject": True, "topic": True} if party else {"subject": True} if staff and staff_label_in_record(text, s, lab) else {}
        if staff and not meta and family_after(text, e):
            meta["family"] = True  # "回答者：保育課 平田 真理子）夫のDVで…": their own family's matter (aggregate)
        return self.result(
            self.ENTITY, s, e, 0.7, form="label", full_name=True, honorific=None, label=True,
            official=official, staff=staff, strength="strong",
            person_key=stable_key(re.sub(r"[ \t]", "", text[s:e])), **meta,
        )

    def _spaced_field_name(self, text: str, ls_: int, s: int, found: Coverage):
        """A form's field opening its line, its value a spaced kanji full name up to a bracket, a blank or the line's
        end (申請者　津田 一平（納税義務者）, 障害者　津田 聡（長男）): the name model decides (r15)."""
        if not (ls_ == 0 or text[ls_ - 1] in "\n\t" or _NUMBERED.search(text, max(0, ls_ - 5), ls_)) and not (
                text[ls_ - 1] in "。・、 " and re.search(r"[はが]", text[ls_:s]) is not None):
            return None  # (a numbered field too: ２　被害生徒　樋渡 ゆずは, r28; a sentence's: …。相談者は蛭間 ときえ（78）, r29)
        lab = text[ls_:s].rstrip(" \t　")
        staff = staff_label(text, lab, s)  # (職員名　…: staff in their capacity)
        meta, value = {}, _SPACED_KANJI_VALUE
        if (um := _UNIT_TITLE_FIRST.match(text, s)) is not None:
            s, staff, value = um.end(), True, _SPACED_STAFF_VALUE  # (相談者　…課 …係 主事　兵頭 みのり: staff, round 28)
            meta = {} if lab in _STAFF_LABEL_SET else {"subject": True, "topic": True}  # (the record's party)
        nm = value.match(text, s)
        if nm is None or not spaced_name_ok(nm.group(0)):
            return None  # (a name found already, whole or its surname alone, is read again as the field's value: 樋渡 ゆずは)
        return self.result(self.ENTITY, s, nm.end(), 0.7, form="label", full_name=True, honorific=None, label=True,
                           official=staff, staff=staff, strength="strong",
                           person_key=stable_key(re.sub(r"[ \t　]", "", nm.group(0))), **meta)

    @staticmethod
    def _compound_label_at_field(text: str, ls_: int) -> bool:
        """Label grammar: a compound ending in the label word (照会対象者, 被害児童) at a field start."""
        k = ls_
        while k > 0 and ls_ - k < 6 and _KANJI.match(text[k - 1]):
            k -= 1
        return k == 0 or text[k - 1] in "\n(（【[ \t,、・\"'{"

    def _label_line_names(self, text: str, hits: dict[str, list[int]], found: Coverage, names: dict):
        """A label alone on its line and the name on the next line, or split over the next two lines (a scanned
        form read by OCR: "氏名\n漆原\n　聡美"; a table pasted from a PDF one cell a line: "被害生徒\n鳥飼　瑞希"); the
        name model confirms it."""
        for p, e in _lone_labels(text, hits):
            m = _LINE_END.match(text, e)
            v1 = _LINE_VALUE.match(text, m.end()) if m is not None else None
            if v1 is None:
                continue
            name, end = v1.group("v"), v1.end("v")
            if " " not in name:
                v2 = _LINE_VALUE.match(text, v1.end() + 1) if text[v1.end():v1.end() + 1] == "\n" else None
                if v2 is None or " " in v2.group("v"):
                    continue
                name, end = name + " " + v2.group("v"), v2.end("v")
            s = v1.start("v")
            if found.covers(s) and _bare_at(names, s, end) is None:
                continue  # (a name found already; a bare reading of the same span the label makes the record's)
            if not spaced_name_ok(name):
                continue
            yield self.result(self.ENTITY, s, end, 0.85, form="label", full_name=True, honorific=None, label=True,
                              official=False, staff=False, strength="strong", person_key=stable_key(name.replace(" ", "")))


# a label alone on its line, and a short name-shaped line after it
_LINE_END = re.compile(r"[ \t]*:?[ \t]*\n")
_LINE_VALUE = re.compile(r"[ \t]*(?P<v>[一-鿿㐀-䶿々〆ヶ]{1,4}(?:[ ][一-鿿㐀-䶿々〆ヶぁ-ゖァ-ヺー]{1,4})?|[ぁ-ゖ]{2,5}|"
                         r"[ァ-ヺー]{2,8}(?:[ ][ァ-ヺー]{2,8})?)[ \t]*(?=\n|$)")


def _lone_labels(text: str, hits: dict[str, list[int]]):
    """(start, end) of each name label alone on its line: a label of LABELS (not a weak one), or a compound label of a
    pupil, a patient or staff (被害生徒, 対象児童; not 在校生徒-like words of the label sets), at most 64 of each."""
    for key, ps in hits.items():
        w = _LABEL_OF_FORM.get(key)
        if w is not None and w not in _WEAK_LABELS and key == w.lower():
            for p in ps[:64]:
                ls = text.rfind("\n", max(0, p - 8), p) + 1
                alone = not ((ls == 0 and p > 8) or text[ls:p].strip(" \t■□●・*-"))
                if alone or (ls or p <= 8) and run_start(text, p, _KANJI, 6) == ls and text[ls:p] not in ROLE_NOT_PERSON:
                    yield p, p + len(w)  # (or the end of a compound label: 要介護者氏名, not 担当者氏名: r29)
    for w in _LONE_COMPOUND_TRIGGERS:
        for p in hits.get(w, ())[:64]:
            k = run_start(text, p, _KANJI, 6)
            if k < p and (k == 0 or text[k - 1] == "\n") and text[k:p + len(w) - 1] not in _NOT_LONE_LABELS:
                yield k, p + len(w) - 1


def _bare_at(names: dict, s: int, e: int):
    """The bare (unlabelled, weak) reading of exactly [s, e) among the names found, or None."""
    r = names.get((s, e))
    return r if r is not None and r.recognition_metadata.get("form") == "bare" else None


_LONE_COMPOUND_TRIGGERS = tuple(w for w in COMPOUND_ROLE_TRIGGERS if w.endswith("\n"))
_NOT_LONE_LABELS = frozenset(LABELS) | ROLE_NOT_PERSON
