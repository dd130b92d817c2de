"""Round-5 shape rules of the PERSON recognizer (issue 13), mixed into PersonRecognizer: the rows of tables
under their headers (read once each), a label alone on its line with the name below it (forms read by OCR),
the subject of a case record by relation, age and sex, romanised honorifics, fiction, labels the dictionary
reads as names, and staff named as the contact of a notice."""

from __future__ import annotations

from itertools import islice

from gateway.scan import morphology, rx as re
from gateway.scan.recognizers._text import stable_key
from gateway.scan.recognizers.person_contacts import latin_name_ok, spaced_name_ok
from gateway.scan.recognizers.person_answers import NICK_BRACKET_CUES
from gateway.scan.recognizers.person_lexicon import _COLUMN_LABELS, _LATIN_PART, LABELS
from gateway.scan.recognizers.person_columns import _LATIN_TITLE_BEFORE, EXTRA_COLUMN_TRIGGERS, OFFICIAL_COLUMN_TRIGGERS
from gateway.scan.recognizers.person_tables import NAME_FIELDS
from gateway.scan.recognizers.person_topics import topic_in
from gateway.scan.markup_chats import chat_senders
from gateway.scan.recognizers.person_classcode import full_name_result

_LABEL_SET = frozenset(LABELS)
_HEADER_WORDS = _COLUMN_LABELS + OFFICIAL_COLUMN_TRIGGERS + EXTRA_COLUMN_TRIGGERS
_HEADER_SET = frozenset(_HEADER_WORDS)

# the subject of a case record by relation, exact age and sex: "本人(84歳・女性", "母(78歳、女)"
AGE_SEX_TRIGGERS = ("歳・", "歳、", "歳,", "歳 ")
_RELATION_AGE = re.compile(
    r"(?<![一-鿿])(?P<rel>本人|長男|長女|次男|次女|三男|三女|妻|夫|実父|実母|義父|義母|父|母|祖父|祖母|孫|兄|姉|弟|妹|世帯主|配偶者)"
    r"[ ]?\([ ]?[0-9]{1,3}歳[・、, ][ ]?(?:男性|女性|男|女)")
# a surname alone before an age band or an age and the sex in brackets (関口（70代男性）, 森（45歳女性）, 原（80代・女）): the
# person a chat or a case note is about, named as staff write it in a hurry (round 11); the surname must be one
# dictionary word read as a surname (not 新宿, 市役所)
# (and a child's given name alone before the school grade or the age in brackets: 翔太（小3）が, 結衣（5歳）)
SURNAME_AGE_TRIGGERS = ("代男", "代女", "代・", "代、", "歳男", "歳女", "(小", "(中", "(高", "(年長", "(年中", "(年少", "歳)",
                        "才)")
_SURNAME_AGE = re.compile(r"(?P<run>[一-鿿々〆ヶ]{1,6})[ ]?\([ ]?(?:[0-9]{1,3}[ ]?(?:代|歳)(?:前半|後半|半ば)?[・、, ]?[ ]?"
                          r"(?:男性|女性|男|女)|(?P<child>(?:小|中|高)[ ]?[1-6](?:年生?)?\)|年長\)|年中\)|年少\)|[0-9]{1,2}(?:歳|才)\)))")
# the subject of an anonymised case named by a letter ("Aさん（仮名）78歳女性", "利用者C（仮名）、女性、91歳", "B氏（82歳・男性）"):
# the pseudonym, or the exact age, makes the letter a person of the case
PSEUDONYM_TRIGGERS = ("仮名)", "歳")
_PSEUDONYM = re.compile(
    r"(?<![A-Za-z0-9])(?P<rel>(?:利用者|対象者|相談者|患者|事例|児童|生徒|入居者|世帯主|本人)?[A-Z](?![A-Za-z])(?P<hon>さん|氏|様|くん|ちゃん)?)"
    r"[ ]?(?:(?P<alias>\(仮名\))|(?=[(、,・ ]?[ ]?(?:(?:男性|女性|男|女)[、,・ ]?)?[0-9]{1,3}歳))")
# a spaced full name right before its bare age in brackets (岡田 隼人（28）, 岡田 隼人(28歳)): a terse note's subject, when
# the surname is a dictionary surname and the given part no listed common noun (田中 委員(3) is a speaker's number);
# the "(1".."(9" anchors find it (round 12)
SPACED_AGED_TRIGGERS = tuple(f"({d}" for d in "123456789")
_SPACED_AGED = re.compile(r"(?<![一-鿿々〆ヶぁ-ゖァ-ヺー])(?P<name>[一-鿿々〆ヶ]{1,4}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})[ ]?$")
_BARE_AGE = re.compile(r"\([1-9][0-9]{0,2}(?:歳|才)?\)")
# a name split over a surname field and a given-name field of one record ({"SEI":"大野","MEI":"和也"}, last_name=…&first_name=…)
# (FHIR's "family" / "given", a vCard's N:family;given;…)
SPLIT_NAME_TRIGGERS = ('sei"', "sei'", "sei=", "sei:", "sei_kj", "sei_kanji", "last_name", "lastname", "family_name",
                       "familyname", "surname", 'family"', "family:", "begin:vcard",
                       # an HL7 v2 patient segment's name field, family^given (PID|1||00048213||佐藤^花子^^^|…), round 11
                       "pid|")
_KEY_SEP = r"[\"'`]?[ \t]*[:=][ \t]*[\"'`]?"
_SPLIT_NAME = re.compile(
    r"(?i)(?:(?<![a-z0-9_])(?:sei|sei_kj|sei_kanji|last_?name|family(?:_?name)?|surname)" + _KEY_SEP
    + r"(?P<sei>[一-鿿㐀-䶿々〆ヶ]{1,4})[\"'`]?[ \t]*[,&;\t][ \t]*[\"'`]?"
    r"(?:mei|mei_kj|mei_kanji|first_?name|given(?:_?name)?)" + _KEY_SEP + r"\[?[ \t]*[\"'`]?"
    r"|(?<=\n)N(?:;[^:\n]{0,40})?:(?P<vsei>[一-鿿㐀-䶿々〆ヶ]{1,4});"
    r"|(?<=\|)(?P<hsei>[一-鿿㐀-䶿々〆ヶ]{1,4})\^)"
    r"(?P<mei>[一-鿿㐀-䶿々〆ヶぁ-ゖァ-ヺー]{1,4})(?![一-鿿ぁ-ゖァ-ヺー])")
# …in Latin letters, the two fields side by side as XML attributes, JSON keys or a query string
# (familyName="Hoshino" givenName="Ryota", "last_name": "Okafor", "first_name": "Daniel"), round 12: both values
# capitalised words, neither a language's John Doe nor Japan's 山田 太郎
_LATIN_SPLIT_NAME = re.compile(
    r"(?i:(?<![a-z0-9_])(?:last_?name|family_?name|surname)" + _KEY_SEP + r")(?P<sei>[A-Z][a-z]{1,15})[\"'`]?"
    r"[ \t]*[,&;\t ][ \t]*[\"'`]?(?i:(?:first_?name|given_?name)" + _KEY_SEP + r")(?P<mei>[A-Z][a-z]{1,15})(?![A-Za-z])")
_LATIN_PLACEHOLDERS = frozenset({"doe", "roe", "smith", "john", "jane", "taro", "hanako", "yamada", "suzuki", "ichiro",
                                 "test", "sample", "example", "foo", "bar", "user", "dummy", "mustermann"})
# a spaced full name right after a record number and its value ("学籍番号 24S0317 谷口 美月", "職員番号：108422　小沢 健"):
# the row of that record names its person
RECORD_NUMBER_WORDS = ("宛名番号", "世帯番号", "ケース番号", "学籍番号", "生徒番号", "職員番号", "受給者番号", "受給者証番号",
                       "利用者番号")
_RECORD_NUMBER_NAME = re.compile(
    r"[ \t:=は]{0,3}[0-9A-Za-z][0-9A-Za-z-]{3,15}[ \t　,、/|]{1,3}(?:氏名[ \t:]*)?"
    r"(?P<name>[一-鿿㐀-䶿々〆ヶ]{1,4}[ 　][一-鿿㐀-䶿々〆ヶぁ-ゖァ-ヺー]{1,4})(?![一-鿿ぁ-ゖァ-ヺー])")
# a quoted full name as one value of an array or a tuple literal with no keys (["佐久間 亮","1987-02-11","うつ病"],
# VALUES (1,'高野 誠','1949-04-01','要介護3')): a record's name when the same brackets hold a date or a specific topic
# (round 11)
QUOTED_ROW_TRIGGERS = ('["', "['", "('", ",'", ',"', ", '", ', "')
_QUOTED_NAME = re.compile(r"(?:(?<=[\[(,])|(?<=[\[(,] ))(?P<q>[\"'])(?P<name>[一-鿿々〆ヶ]{1,4}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})(?P=q)")
# …or a list of them after a name column's IN (WHERE shimei IN ('林田 誠', '永田 久美子')): the names looked up (round 12)
_IN_LIST = re.compile(r"(?i)(?<![a-z0-9_])(?P<col>[a-z_]{2,24})[ \t]+in[ \t]*\((?P<vals>[^()\n]{1,600})\)")
_ROW_DATE = re.compile(r"[\"'](?:19|20)[0-9]{2}[-/.][01]?[0-9][-/.][0-3]?[0-9][\"']")
# romanised honorifics after a Latin-script name: "Yamada Haruto-san", "Smith-sama"
ROMAJI_HONORIFICS = ("-san", "-sama", "-kun", "-chan")
_ROMAJI_TITLES = frozenset({"mayor", "governor", "minister", "director", "president", "chair", "chairman", "professor",
                            "councillor", "councilor", "ambassador", "secretary", "superintendent", "chief", "head",
                            "mr", "ms", "mrs", "miss", "dr", "sensei"})
# a Latin full name with a Japanese honorific as a message's matter (…のDaniel Okafor先生についてご連絡いたします, round 27)
_ABOUT_WORDS = ("について", "に関し", "の件")
_LATIN_JA_ABOUT = re.compile(r"(?<![A-Za-z'’-])(?P<name>" + _LATIN_PART + r"(?:[ ]" + _LATIN_PART + r"){1,2})[ ]?(?:先生|さん|様|氏)"
                             r"(?:" + "|".join(_ABOUT_WORDS) + ")")
_ROMAJI_HON_NAME = re.compile(r"(?<![A-Za-z'’-])(?P<name>" + _LATIN_PART + r"(?:[ ]" + _LATIN_PART + r"){0,2})$")
# the trigger words these rules read (beside the recognizer's own)
SHAPE_TRIGGERS = SPACED_AGED_TRIGGERS + AGE_SEX_TRIGGERS + SURNAME_AGE_TRIGGERS + QUOTED_ROW_TRIGGERS + ROMAJI_HONORIFICS + RECORD_NUMBER_WORDS + PSEUDONYM_TRIGGERS + SPLIT_NAME_TRIGGERS
# fiction: the prompt is the text of a novel or play ("小説の一節", "脚本のこの場面", a 登場人物 list): its names are
# characters, never counted (an instruction to turn a record into a story, "記録を小説風に", is no cue)
# (English requests about a story or a textbook's dialogue: "Continue this story", "textbook dialogue", "reading club")
_OWNED_BOOK = re.compile(r"(?<![A-Za-z])(?i:his|her|my|their|your|our)[ \t]+(?:[A-Za-z]+[ \t]+)?$")
_FICTION_EN = ("screenplay", "short story", "this story", "the story below", "a story about", "textbook", "this dialogue",
               "the dialogue", "reading club", "book club", "this novel", "the novel", "a novel", "fairy tale", "fictional",
               "this play", "chapter 1", "chapter 2")
# (a literary prize's entry, 文芸賞の応募作 / 文学賞応募作品, round 14: a story written for a contest)
FICTION_CUES = ("登場人物", "登場する人物", "主人公", "小説の", "脚本の", "台本の", "戯曲の", "シナリオの", "物語の", "童話の", "応募作",
                "長編の", "応募された") + _FICTION_EN  # (文芸賞（小説部門）に応募された…, round 15)
# (a short story handed in for review or for a literary magazine, round 15: 短編の講評, 掌編を推敲, 文芸誌に載せる…)
_STORY_CUES = {"短編": re.compile(r"(?:[(（][^()（）\n]{1,12}[)）])?(?:小説|作品|ミステリー?)?(?:[(（][^()（）\n]{1,12}[)）])?(?:の(?:講評|感想|添削|校正|推敲|原稿|下書き|一節|一部|一場面|場面|続き|冒頭|結末|あらすじ)|"
                                  r"を(?:書|読|講評|添削|推敲|校正))"),
               "文芸誌": re.compile(r"(?:に(?:載せる|載る|掲載|寄稿|投稿)|の(?:原稿|作品|掲載作|投稿作|応募作))"),
               "同人誌": re.compile(r"(?:に(?:載せる|載る|掲載|寄稿)|の(?:原稿|作品|小説))")}
_STORY_CUES["掌編"] = _STORY_CUES["短篇"] = _STORY_CUES["短編"]
# (a kamishibai's own text, not one on an event's programme: 大型紙芝居とハンドベル演奏を予定, round 25)
_STORY_CUES["紙芝居"] = re.compile(r"(?:の(?:台本|原稿|お話|話|脚本|文|文章|場面|セリフ|台詞|ストーリー|あらすじ)|を(?:作|書|創作))")
_REAL_CASE = re.compile(r"実際の(?:相談|記録|ケース|事例|事件|届出|申請|話)(?!に近い|のよう|らしく|っぽく)|実際にあった|実話|(?:人物|主人公|登場人物)の?モデル(?:は|になった|となった)|"
                        r"モデル(?:に|と)(?:した|なった)(?:ケース|事例|方|人|相談|記録)|(?:支援|相談|ケース|訪問|窓口)記録(?:から|を)|"  # (r15; r33)
                        r"(?i:based on (?:a )?(?:real|true) (?:case|story|events)|real case)")
FICTION_CUES += tuple(_STORY_CUES)
# a story written for a class or told to children (道徳教材（自作のお話）, 紙芝居の台本, 創作した物語: round 19): its names are
# characters wherever they stand
_TOLD_STORIES = ("自作のお話", "創作のお話", "作ったお話", "読み物教材", "道徳教材", "創作童話", "創作した物語",
                 "架空の話", "架空の物語", "(フィクション)", "架空の町", "架空のものです", "架空の事例です",  # (r33)
                 "すべて架空", "全て架空")  # (a training role-play's script: 【設定】すべて架空。相談者Cさん…, r39)
FICTION_CUES += _TOLD_STORIES
_FICTION_PART = re.compile(r"(?:この|次の|以下の)?(?:一節|一場面|場面|シーン|登場人物|原稿|下書き|草稿|台詞|セリフ|あらすじ|プロット|続き|"
                           r"冒頭|結末|キャラクター|人物)")
# a literary prize or contest before 応募作 (文芸賞の応募作, 文学賞への応募作, 短編小説コンクールの応募作); not an essay contest's
# (作文コンクールの応募作: a child writes of their own life)
_LITERARY = re.compile(r"(?:文芸|文学|小説|童話|戯曲|脚本|シナリオ|ミステリー?)(?:賞|大賞|コンクール|コンテスト|募集)")
# the story's hero introduced (主人公の少女・みおは, 主人公は): not a plan's slogan (市民が主人公のまちづくり)
_HERO_PART = re.compile(r"(?:の(?:少女|少年|青年|女性|男性|女の子|男の子|老人|名前)|は|・|[:：])")  # (主人公：…, a cast list: r39)
# staff named as the contact of a notice or mail, not as what it is about
_CONTACT_AFTER = re.compile(r"[ ]?(?:まで|宛て?|あて|へ(?:ご連絡|お問い合わせ|お問合せ))")
_CONTACT_BEFORE = re.compile(r"(?:問い?合わ?せ|担当|連絡先|窓口)[^\n。]{0,14}$")


def without_label(parts: list) -> list:
    """A label the dictionary reads as a name (申立人 → 申/立人) heading a run of name tokens, cut off."""
    label = ""
    for k, t in enumerate(parts[:3]):
        label += t.surface
        if label in _LABEL_SET and k + 1 < len(parts) and parts[k + 1].start > t.end:  # a space after it
            return [p for p in parts[k + 1:] if p.pos[0] != "空白"]
    return parts


def contact_named(text: str, s: int, after: int) -> bool:
    """A name at ``s`` (its honorific or title ending at ``after``) named as the contact: "…まで", "問い合わせは…"."""
    return _CONTACT_AFTER.match(text, after) is not None or _CONTACT_BEFORE.search(text, max(0, s - 16), s) is not None


def fiction(text: str, hits: dict[str, list[int]]) -> bool:
    """The prompt is (part of) a novel, a play or a story: a 登場人物 list, "小説の一節", "脚本のこの場面" — not one that
    also gives the real case behind it (実際の相談記録, 主人公のモデルは…, round 15)."""
    if _REAL_CASE.search(text) is not None:
        return False
    for w in FICTION_CUES:
        for p in hits.get(w, ())[:8]:
            if w in _FICTION_EN and text.startswith((" coronavirus", " virus", " influenza", " strain"), p + len(w)):
                continue  # the novel coronavirus: no novel
            if w == "textbook" and _OWNED_BOOK.search(text, max(0, p - 24), p) is not None:
                continue  # his English textbook: a pupil's book, not a textbook's dialogue (round 35)
            if w.startswith("chapter") and text[p + len(w):p + len(w) + 1] not in ("\n", ""):
                continue  # a report's "Chapter 2: Consultation Services": only a heading alone on its line (round 19)
            if w == "主人公":
                if _HERO_PART.match(text, p + 3):
                    return True
            elif w in _STORY_CUES:
                if _STORY_CUES[w].match(text, p + len(w)):
                    return True
            elif w in ("登場人物", "登場する人物") or w in _FICTION_EN or w in _TOLD_STORIES or _FICTION_PART.match(text, p + len(w)) or (
                    w in ("応募作", "応募された") and _LITERARY.search(text, max(0, p - 60), p)):
                return True
    return False


def fiction_examples(results, text: str, hits: dict[str, list[int]]) -> bool:
    """Mark ``results`` as examples when the prompt is fiction (``fiction``): a story's people, flats and houses. True
    when it is (and there was something to mark)."""
    results = list(results)
    if not results or not fiction(text, hits):
        return False
    for r in results:
        r.recognition_metadata["example"] = True
    return True


def _occurrences(text: str, w: str, cap: int = 64):
    """The starts of ``w`` in ``text`` (at most ``cap``: bounded work)."""
    p, n = text.find(w), 0
    while p >= 0 and n < cap:
        yield p
        p, n = text.find(w, p + 1), n + 1


_SENDER_NAME = re.compile(r"[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}(?=[ 　]*(?:[(（][^()（）]*[)）])?[ 　]*$)")
_MAX_SENDERS = 64


class PersonShapesMixin:
    ENTITY = "PERSON"

    def _table_names(self, text: str, hits: dict[str, list[int]], found: dict) -> None:
        """A header line with a 氏名/名前/name column (or 姓 | 名, or cell references), the names below; each line
        is read under one header at most (the rows of a table are not read again from a header further down)."""
        heads = sorted({p for w in _HEADER_SET.intersection(hits) for p in hits[w]})  # (the words present only)
        scanned_to = line_end = -1
        cells: dict[int, tuple[int, float]] = {}  # start of a column cell's name -> (end, score)
        for p in heads:
            if p < scanned_to or p < line_end:
                continue  # read under a header already, or on a line found to be no header
            names, end = self._column_names(text, p)
            if end < 0:
                le = text.find("\n", p, p + 512)
                line_end = le if le >= 0 else p + 1
            scanned_to = max(scanned_to, end)
            for r in names:
                old = found.get((r.start, r.end))
                if old is None or old.score < r.score:
                    found[(r.start, r.end)] = r
                    cells[r.start] = (r.end, r.score)
        # a weaker reading from a cell's start that ran past the cell ("三好 正樹\t東浜") is replaced by the cell
        if cells:
            for k in [k for k, v in found.items() if k[0] in cells and k[1] != cells[k[0]][0]
                      and v.score < cells[k[0]][1]]:
                del found[k]

    def _shape_names(self, text: str, hits: dict[str, list[int]]) -> list:
        """The generators of this mixin that the prompt's trigger hits make worth running."""
        out = []
        if not _SHAPE_GATES[0].isdisjoint(hits):
            out.append(self._relation_subjects(text, hits))
        if not _SHAPE_GATES[1].isdisjoint(hits):
            out.append(self._surname_age_subjects(text, hits))
        if not _SHAPE_GATES[2].isdisjoint(hits):
            out.append(self._quoted_row_names(text))
            if " in" in text or " IN" in text:
                out.append(self._in_list_names(text))
        if not _SHAPE_GATES[3].isdisjoint(hits):
            out.append(self._romaji_honorific_names(text, hits))
        if any(w in text for w in _ABOUT_WORDS):
            out.append(self._latin_about_names(text))  # Daniel Okafor先生についてご連絡いたします (round 27)
        if not _SHAPE_GATES[4].isdisjoint(hits):
            out.append(self._record_number_names(text, hits))
        if not _SHAPE_GATES[5].isdisjoint(hits):
            out.append(self._pseudonym_subjects(text, hits))
        if not _SHAPE_GATES[6].isdisjoint(hits):
            out.append(self._spaced_aged_names(text, hits))
        if not _SHAPE_GATES[7].isdisjoint(hits):
            out.append(self._split_field_names(text))
        if "\n" in text and ":" in text:
            out.append(self._chat_sender_names(text))
        if any(w in text for w in NICK_BRACKET_CUES):
            out.append(self._nick_bracket_names(text))  # ひなたさん（小鳥遊ひなた） (person_answers, round 38)
        return out

    def _chat_sender_names(self, text: str):
        """The full name ending a chat message's sender (``[2025/01/14 08:30] 教育総務課 遠藤 由紀``): staff writing in their
        capacity (layout_marks reads what their own message tells of them, round 37)."""
        for s, e in chat_senders(text)[:_MAX_SENDERS]:
            m = _SENDER_NAME.search(text, s, e)
            if m is not None and spaced_name_ok(m.group(0)):
                yield full_name_result(self, m.start(), m.end(), m.group(0), "chat_sender", official=True, speaker=True)

    def _split_field_names(self, text: str):
        """A surname field and a given-name field of one record ("SEI":"大野","MEI":"和也", FHIR's "family":"浅野",
        "given":["光太郎"], a vCard's N:佐野;由紀子;;;): one full name, from the surname to the given name, when the name
        model reads the two as a name."""
        for m in _SPLIT_NAME.finditer(text):
            sei = next(g for g in ("sei", "vsei", "hsei") if m.group(g))
            if spaced_name_ok(m.group(sei) + " " + m.group("mei")):
                yield self.result(self.ENTITY, m.start(sei), m.end("mei"), 0.85, form="label", full_name=True,
                                  honorific=None, label=True, official=False, staff=False, strength="strong",
                                  person_key=stable_key(m.group(sei) + m.group("mei")))
        for m in _LATIN_SPLIT_NAME.finditer(text):
            if m.group("sei").lower() in _LATIN_PLACEHOLDERS or m.group("mei").lower() in _LATIN_PLACEHOLDERS:
                continue  # the sample of a form or a schema (familyName="Doe" givenName="John")
            yield self.result(self.ENTITY, m.start("sei"), m.end("mei"), 0.85, form="label", full_name=True,
                              honorific=None, label=True, official=False, staff=False, strength="strong",
                              person_key=stable_key(m.group("sei") + " " + m.group("mei")))

    def _pseudonym_subjects(self, text: str, hits: dict[str, list[int]]):
        """The subject of an anonymised case named by a letter with its pseudonym mark or its exact age (Aさん（仮名）
        78歳女性, 利用者C（仮名）): a person of the case, not a full name (``pseudonym``: it identifies someone only with
        what identifies anyone — an address, a contact, a birth date, an identifier —, not with a topic alone)."""
        seen = set()
        for w in PSEUDONYM_TRIGGERS:
            for p in hits.get(w, ())[:256]:
                for m in _PSEUDONYM.finditer(text, max(0, p - 18), p + 1):
                    if m.start() in seen or not (m.group("alias") or m.group("hon") or m.group("rel")[0] > "Z"):
                        continue  # a letter alone before an age is no one ("A 78歳" in a list of cases is a label)
                    seen.add(m.start())
                    yield self.result(self.ENTITY, m.start(), m.end("rel"), 0.6, form="pseudonym", full_name=False,
                                      honorific=None, label=False, official=False, staff=False, strength="medium",
                                      pseudonym=True, person_key=stable_key(m.group("rel")))

    def _record_number_names(self, text: str, hits: dict[str, list[int]]):
        """A spaced full name right after a record number and its value (学籍番号 24S0317 谷口 美月)."""
        for w in RECORD_NUMBER_WORDS:
            for p in hits.get(w, ())[:256]:
                m = _RECORD_NUMBER_NAME.match(text, p + len(w))
                if m is None or not spaced_name_ok(m.group("name")):
                    continue
                staff = w == "職員番号"  # a member of staff, the subject of the line their number heads
                yield self.result(self.ENTITY, m.start("name"), m.end("name"), 0.85, form="label", full_name=True,
                                  honorific=None, label=True, official=staff, staff=staff, strength="strong",
                                  person_key=stable_key(m.group("name").replace(" ", "").replace("\u3000", "")),
                                  **({"subject": True} if staff else {}))

    def _relation_subjects(self, text: str, hits: dict[str, list[int]]):
        """The subject of a case record named by relation, exact age and sex rather than by name ("本人(84歳・女性、
        桜台3丁目)", "長男(42歳・男)"): a person of the record, not a full name (never counted in a roster)."""
        for w in AGE_SEX_TRIGGERS:
            for p in hits.get(w, ())[:256]:
                m = _RELATION_AGE.search(text, max(0, p - 14), p + len(w) + 3)
                if m is not None:
                    yield self.result(self.ENTITY, m.start(), m.end("rel"), 0.6, form="relation", full_name=False,
                                      honorific=None, label=False, official=False, staff=False, strength="medium",
                                      person_key=stable_key(text[m.start():m.end()]))

    def _surname_age_subjects(self, text: str, hits: dict[str, list[int]]):
        """A dictionary surname right before an age band or an age and the sex in brackets (関口（70代男性）): the
        person of the note, not a full name (never counted in a roster)."""
        seen = set()
        for w in SURNAME_AGE_TRIGGERS:
            for p in hits.get(w, ())[:256]:
                m = _SURNAME_AGE.search(text, max(0, p - 14), p + len(w) + 6)
                if m is None or m.start() in seen:
                    continue
                seen.add(m.start())
                run = m.group("run")
                # the surname ends the kanji run (相談者関口 → 関口); one kanji only as the whole run (来た森（45歳女性）)
                for k in range(min(4, len(run)), 0 if len(run) == 1 else 1, -1):
                    toks = morphology.tokenize(run[-k:])
                    if len(toks) == 1 and (toks[0].is_surname or (m.group("child") and toks[0].is_given_name)):
                        yield self.result(self.ENTITY, m.end("run") - k, m.end("run"), 0.6, form="relation",
                                          full_name=False, honorific=None, label=False, official=False, staff=False,
                                          strength="medium", person_key=stable_key(run[-k:]))
                        break

    def _spaced_aged_names(self, text: str, hits: dict[str, list[int]]):
        """A spaced full name right before its bare age in brackets (Pt. 岡田 隼人（28）): the surname a dictionary
        surname, the given part (which the dictionary may read as a place: 隼人) no listed common noun of two
        characters or more (委員)."""
        for w in SPACED_AGED_TRIGGERS:
            for p in hits.get(w, ())[:128]:
                if _BARE_AGE.match(text, p) is None:
                    continue
                m = _SPACED_AGED.search(text, max(0, p - 10), p)
                if m is None:
                    continue
                sur, given = re.split(r"[ 　]", m.group("name"), maxsplit=1)
                toks = morphology.tokenize(sur)
                # (a one-kanji given name may be a listed noun too: 凛, 翼, 海)
                if len(toks) == 1 and toks[0].is_surname and (len(given) == 1 or not morphology.listed_common_noun(given)):
                    yield self.result(self.ENTITY, m.start("name"), m.end("name"), 0.6, form="context", full_name=True,
                                      honorific=None, label=False, official=False, staff=False, strength="medium",
                                      person_key=stable_key(sur + given))

    def _in_list_names(self, text: str):
        """The quoted spaced full names of an IN list after a name column (shimei IN ('林田 誠', '永田 久美子'))."""
        for m in islice(_IN_LIST.finditer(text), 64):
            if m.group("col").lower() not in NAME_FIELDS:
                continue
            for q in _QUOTED_NAME.finditer(text, m.start("vals") - 1, m.end("vals")):
                if spaced_name_ok(q.group("name")):
                    yield self.result(self.ENTITY, q.start("name"), q.end("name"), 0.8, form="label", full_name=True,
                                      honorific=None, label=True, official=False, staff=False, strength="strong",
                                      person_key=stable_key(re.sub(r"[ 　]", "", q.group("name"))))

    def _quoted_row_names(self, text: str):
        """A quoted spaced full name in an array or a tuple whose brackets also hold a quoted date or a specific topic."""
        for m in _QUOTED_NAME.finditer(text):
            close = min((k for k in (text.find("]", m.end(), m.end() + 160), text.find(")", m.end(), m.end() + 160))
                         if k >= 0), default=-1)
            if close < 0 or not spaced_name_ok(m.group("name")):
                continue
            if _ROW_DATE.search(text, m.end(), close) is not None or topic_in(text, m.end(), close):
                yield self.result(self.ENTITY, m.start("name"), m.end("name"), 0.8, form="label", full_name=True,
                                  honorific=None, label=True, official=False, staff=False, strength="strong",
                                  person_key=stable_key(re.sub(r"[ 　]", "", m.group("name"))))

    def _latin_about_names(self, text: str):
        """A Latin full name with a Japanese honorific or 先生 as what a message is about (see _LATIN_JA_ABOUT)."""
        ends = sorted(p for w in _ABOUT_WORDS for p in _occurrences(text, w))  # (tried only before the words: few)
        for m in islice((m for p in ends if (m := _LATIN_JA_ABOUT.search(text, max(0, p - 56), p + 4)) is not None), 16):
            if latin_name_ok(name := m.group("name")) and _LATIN_TITLE_BEFORE.search(text, max(0, m.start() - 28), m.start()) is None:
                yield self.result(self.ENTITY, m.start("name"), m.end("name"), 0.7, form="context", full_name=True, honorific=None,
                                  label=False, official=False, staff=False, strength="medium", topic=True,
                                  person_key=stable_key(name.replace(" ", "")))

    def _romaji_honorific_names(self, text: str, hits: dict[str, list[int]]):
        """A Latin-script name before a romanised honorific ("Yamada Haruto-san", "Kaneda-san"); after an English
        title (Mayor, Director …) a person in office."""
        for w in ROMAJI_HONORIFICS:
            for p in hits.get(w, ())[:256]:
                if text[p + len(w):p + len(w) + 1].isalpha():
                    continue  # "-sandwich", "-sample"
                m = _ROMAJI_HON_NAME.search(text, max(0, p - 48), p)
                if m is None or not latin_name_ok(m.group("name")) or m.group("name").isupper():
                    continue
                name, start = m.group("name"), m.start()
                official = False
                while " " in name and name.split(" ", 1)[0].lower() in _ROMAJI_TITLES:  # "Mayor Kaneda-san"
                    official = official or name.split(" ", 1)[0].lower() not in ("mr", "ms", "mrs", "miss")
                    head, name = name.split(" ", 1)
                    start += len(head) + 1
                full = " " in name
                official = official or _LATIN_TITLE_BEFORE.search(text, max(0, start - 28), start) is not None
                yield self.result(self.ENTITY, start, m.end(), 0.85 if full else 0.6, form="honorific",
                                  full_name=full, honorific=w[1:], label=False, official=official, staff=False,
                                  strength="strong" if full else "medium", person_key=stable_key(name.replace(" ", "")))

# the trigger words of each pass of _shape_names, as sets (one isdisjoint test, not a generator over the words)
_SHAPE_GATES = tuple(frozenset(ws) for ws in (AGE_SEX_TRIGGERS, SURNAME_AGE_TRIGGERS, QUOTED_ROW_TRIGGERS, ROMAJI_HONORIFICS,
                                                 RECORD_NUMBER_WORDS, PSEUDONYM_TRIGGERS, SPACED_AGED_TRIGGERS, SPLIT_NAME_TRIGGERS))


# simplified Chinese characters Japanese never writes (们, 这, 请 …; not those the normaliser folds: 话, 记, 电): a line of
# Chinese prose, where a bare reading of the name model (周一至周五: Monday to Friday) is no name (round 28)
_SIMPLIFIED = re.compile(r"[们这请吗对时间费问检疗构码关说让给还应该从见语询读写买卖门车东书务发现认业动过进样几节导带称项处办员两报]")


def chinese_line(text: str, s: int) -> bool:
    """Two or more simplified-only characters on the line of ``s`` (read at most 200 characters either side)."""
    ls = text.rfind("\n", max(0, s - 200), s) + 1
    le = text.find("\n", s, s + 200)
    return len(_SIMPLIFIED.findall(text, ls, le if le >= 0 else min(len(text), s + 200))) >= 2
