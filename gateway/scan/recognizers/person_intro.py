"""Self-introductions and other conversational shapes naming a person, mixed into PersonRecognizer:

* the name right before と申します / といいます (kanji, hiragana with a space, katakana, romanised, katakana with
  middle dots), also a surname glued to the verb or place before it (先日お電話した宮本と申します, 緑野市の高橋と申します)
  when the dictionary reads it as a surname; "<unit>の山田と申します" is staff in an official capacity;
* the writer named through someone named (永井 ミツ子の娘です, 3年2組の山本 蓮の母です);
* a name after its holder's number (受験番号 1042　前田 悠真);
* a kanji name followed by its reading in brackets before an honorific (石動（いするぎ）さん): the reading is given
  because the name is a person's and rare;
* the partner named by a chat export's header ([LINE] 山下 千尋とのトーク履歴), the writer in brackets after 私;
* a letter's sender line giving the street address before the name (差出人　北町1丁目2番3号　坂口);
* someone introduced by name, honorific and という before a word for a person (ひなたくんっていう男の子);
* and (person_titles) a subject named only by a unique title (副校長が…入院).
"""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import chain, islice
from typing import Any

from gateway.scan import morphology
from gateway.scan.recognizers._text import stable_key
from gateway.scan.recognizers.person_charname import (_NOT_NAMES, _ROLE_END, GREETING_SET, GREETINGS, NAME_HONORIFICS,
                                                      PARENT_SIGNATURES, PERSON_NOUN_TRIGGERS, QUOTE_CLOSERS)
from gateway.scan.recognizers.person_childname import CHILDNAME_TRIGGERS
from gateway.scan.recognizers.person_passing import BARE_CALLED, BARE_NAME, PLACE_SELF, PLACE_TRIGGERS, PLACE_WORDS, SPOKEN_SELF
from gateway.scan.recognizers.person_given_reading import given_reading, given_readings, stated_surnames
from gateway.scan.recognizers.person_contacts import kana_surname, latin_name_ok, spaced_name_ok
from gateway.scan.recognizers.person_lexicon import (INTRO_WORDS, STAFF_TITLE_ALT, _INTRO_KANA_SURNAME, _INTRO_NAME,
                                                     _INTRO_STAFF, _LATIN_FULL)
from gateway.scan.recognizers.person_titles import PATIENT_WORDS, letter_triggered, topic_triggered
from gateway.scan.recognizers.person_topics import topic_in

# a particle or a kanji word joined by の inside a candidate: the boundary is further right (担当の者, 緑野市の高橋)
_JOINED = re.compile(r"[一-鿿々]の|の[一-鿿々]|[一-鿿々][はがをにでとも][一-鿿々]")
# a surname glued to the verb before it (引っ越してきた高畑と申します, 窓口に伺った宮本と申します): a kanji run
# after the past / attributive ending of a verb; the dictionary must read it as a surname (and a given name)
_KANJI_ONLY = re.compile(r"[一-鿿々〆ヶ]+")
_KANA_ONLY = re.compile(r"[ぁ-ゖァ-ヺー]+")
_INTRO_AFTER_VERB = re.compile(r"(?<=[たるだ])(?P<name>[一-鿿々〆ヶ]{1,4}(?:[ 　][一-鿿々〆ヶ]{1,3})?)[ 　]?$")
# "石動（いするぎ）さん", "東雲 凛（しののめ りん）様", "王 偉（ワン・ウェイ）さん": a kanji name, its kana reading in
# brackets, an honorific
READING_HONORIFICS = ("さん", "様", "さま", "くん", "君", "ちゃん", "氏")
_NAME_WITH_READING = re.compile(
    r"(?<![一-鿿々〆ヶ])(?P<name>[一-鿿々〆ヶ]{1,4}(?:[ 　][一-鿿々〆ヶ]{1,3})?)[ 　]?"
    r"\((?P<reading>[ぁ-ゖァ-ヺー]{1,8}(?:[ 　・][ぁ-ゖァ-ヺー]{1,8})?)\)[ 　]?$")


# a kanji full name written without a space and its reading in two words (宮後隆之（みやご・たかゆき）, 東雲千鶴（シノノメ
# チヅル）): the reading parts it (a spaced name is the name model's); not a body's or a place's name spelled out
# (東雲建設（しののめ・けんせつ）)
# (or spaced with an age after it: 無職の男性 上遠野 稔（うえとおの みのる）33歳, round 26; the name model then asks for it)
_FULL_READING = re.compile(r"(?:(?<![一-鿿々〆ヶ ])(?P<name>[一-鿿々〆ヶ]{3,7})|(?<![一-鿿々〆ヶ])(?P<spaced>[一-鿿々〆ヶ]{1,4}[ 　][一-鿿々〆ヶ]{1,4}))\("
                           r"(?P<r1>[ぁ-ゖ]{2,8}|[ァ-ヺー]{2,8})[・ 　](?P<r2>[ぁ-ゖ]{1,8}|[ァ-ヺー]{1,8})\)")
_AGE_AFTER_READING = re.compile(r"[ 　、,]?(?:(?:男性|女性|男|女)[ 　、,]?)?(?:[0-9]{1,3}[ ]?歳|\([0-9]{1,3}[ ]?歳?\))")  # (男性 37歳: r27)
_SUBJECT_LABEL_BEFORE = re.compile(r"(?:対象者|被処分(?:予定)?者|処分対象者|被評価者|当該職員|対象職員|相談者|被害者|行為者)(?:[:：]|[ 　])")
_NOT_PERSON_END = re.compile(r"(?:建設|工業|商店|産業|会|課|部|局|室|市|町|村|県|区|駅|川|山|寺|神社|館|園|校|病院|署|所|社|店|屋|橋|港|線)$")


# the bracketed two-word reading alone: it starts with "(", which sre skips to; the name before it is then read back
_SPOKEN_END = r"[、,][ 　]?(?:です|と申します|といいます)|[、,]?[ 　]?(?:と読みます|って読みます)"
# a spaced full name spelled out after a comma, as said on the phone or at a counter (夫です。満留 康夫、みつどめ、です, round 27)
_SPOKEN_READING = re.compile(r"(?<![一-鿿々〆ヶ])(?P<spaced>[一-鿿々〆ヶ]{1,4}[ 　][一-鿿々〆ヶ]{1,4})[、,][ 　]?(?:[ぁ-ゖ]{2,8}"
                             r"(?:[ 　・][ぁ-ゖ]{1,8})?|[ァ-ヺー]{2,8}(?:[ 　・][ァ-ヺー]{1,8})?)" + "(?:" + _SPOKEN_END + ")")
_SPOKEN_WORDS = ("、です", "、 です", ",です", "読みます", "、と申します", "、といいます")  # (substrings: found at C speed first)
_SPOKEN_TAIL = re.compile(r"[ぁ-ゖァ-ヺー](?:" + _SPOKEN_END + ")")  # (a cheap look for the reading's end first)
_READING_ONLY = re.compile(r"\((?:[ぁ-ゖ]{2,8}|[ァ-ヺー]{2,8})[・ 　](?:[ぁ-ゖ]{1,8}|[ァ-ヺー]{1,8})\)")


def _full_readings_at(text: str):
    """The matches of _FULL_READING, found from their readings (tried only before a bracketed reading)."""
    for r in _READING_ONLY.finditer(text):
        m = _FULL_READING.search(text, max(0, r.start() - 9), r.end())
        if m is not None and m.end() == r.end():
            yield m


def full_reading(text: str) -> bool:
    """A kanji full name with its two-word reading, or its given name's reading, in brackets stands somewhere in
    ``text`` (a trigger)."""
    return "(" in text and (next(_full_readings_at(text), None) is not None or given_reading(text))


_TITLE_BEFORE = re.compile(r"(?:" + STAFF_TITLE_ALT + r")(?:の|[ 　])?[ 　]?$")

# the writer named by their relation to someone named (3年2組の山本 蓮の母です, 永井 ミツ子の娘です): both are identified
_RELATIONS = ("母", "父", "母親", "父親", "娘", "息子", "妻", "夫", "姉", "妹", "兄", "弟", "孫", "祖母", "祖父", "家族", "嫁",
              "保護者")
# (round 39: a reading in brackets between, 鷲見 陽葵（わしみ ひまり）の母の…; the writer's name after it, …の母の鷲見 千尋です)
RELATION_TRIGGERS = tuple(f"の{r}{end}" for r in _RELATIONS for end in ("です", "でございます", "と申します", "の"))
_NAME_BEFORE_RELATION = re.compile(
    r"(?<![一-鿿々〆ヶァ-ヺー])(?P<name>[一-鿿々〆ヶ]{1,3}[ 　]?[一-鿿々〆ヶァ-ヺーぁ-ゖ]{1,4}|[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5}"
    r"|[ァ-ヺー]{2,8}(?:[・ 　][ァ-ヺー]{1,8}){1,2})(?:[(（][ぁ-ゖァ-ヺー・ 　]{2,16}[)）])?$")
_NAME_AFTER_RELATION = re.compile(r"(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖ]{1,4})(?:です|と申します|でございます)")
# a foreign name in katakana with middle dots before といいます (わたしは グエン・ティ・ハー といいます)
_INTRO_KATA_DOTTED = re.compile(r"(?:^|(?<=[\s、,。はの]))(?P<name>[ァ-ヺー]{2,8}(?:・[ァ-ヺー]{1,8}){1,3})[ 　]?$")


# a name after its holder's number (受験番号 1042　前田 悠真, 受付番号：A-0318 山口 彩): the number is theirs
NUMBER_LABELS = ("受験番号", "受付番号", "整理番号", "申込番号", "会員番号", "登録番号", "学籍番号", "受講番号", "受講者番号")
_NAME_AFTER_NUMBER = re.compile(
    r"[ \t]*[:：]?[ \t]*(?:[A-Za-z]{1,2}-?)?[0-9][0-9-]{1,9}[ \t　]+(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})"
    r"(?=[ \t　\n,、(（|｜]|$)")


# the partner named by a chat export's header ("[LINE] 山下 千尋とのトーク履歴"), or the writer naming themself in
# brackets after 私 ("私（車いす利用の 佐藤 舞）は…")
TALK_TRIGGERS = ("とのトーク",)
SELF_TRIGGERS = ("私(", "わたし(", "僕(", "自分(")
_NAME_BEFORE_TALK = re.compile(
    r"(?:^|(?<=[\s\]】:]))(?P<name>[一-鿿々〆ヶ]{1,3}[ 　]?[一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}|[ぁ-ゖ]{2,5}(?:[ 　][ぁ-ゖ]{2,5})?"
    r"|[ァ-ヺー]{2,8}(?:[・ 　][ァ-ヺー]{1,8}){0,2})$")
_SELF_NAME = re.compile(r"(?:[^()\n]{0,16}?の[ 　]?)?(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})\)")
# a child or neighbour introduced by name in speech ("ひなたくんっていう男の子", "ミキちゃんという子"): the name, its
# honorific, という and a word for a person
CALLED_TRIGGERS = tuple(f"{h}{q}" for h in ("くん", "ちゃん", "さん") for q in ("っていう", "という", "って子", "って言う"))
_CALLED_NAME = re.compile(r"(?<![ぁ-ゖァ-ヺー一-鿿々])(?P<name>[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}|[一-鿿々]{1,4})$")
_NOT_CALLED = frozenset({"みんな", "あの", "その", "この", "どの", "ある", "お子", "子", "方"})
_PERSON_NOUN = re.compile(r"(?:男の子|女の子|子ども|子供|子|お子さん|男性|女性|おばあさん|おじいさん|おばあちゃん|おじいちゃん|"
                          r"人|方|生徒|児童|園児|少年|少女|高齢者|お年寄り)")
# a letter's sender line giving the street address before the name ("差出人　北町1丁目2番3号　坂口")
SENDER_LABELS = ("差出人", "送り主", "住所氏名")
_SENDER_LINE = re.compile(r"[ \t　]*[:：]?[ \t　]*[^\n]{2,30}?[0-9](?:号|番地?|-[0-9]{1,4})(?:[ \t　]*[^\s0-9]{1,12}[0-9]{1,4}号?室?)?"
                          r"[ \t　]+(?P<name>[一-鿿々〆ヶ]{1,3}(?:[ 　]?[一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})?)[ \t　]*(?:\n|$)")
# a full name tagged with its role in a case in brackets, as a chat's sender or a list's entry ("Ana Souza（保護者）",
# "山田 花子（本人）")
ROLE_TAGS = tuple(f"({r})" for r in ("保護者", "本人", "母", "父", "母親", "父親", "祖母", "祖父", "妻", "夫", "相談者",
                                     "利用者", "患者", "申請者", "通報者", "被害者"))
_NAME_BEFORE_TAG = re.compile(r"(?:^|(?<=[\s:：、,]))(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}"
                              r"|[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5}|[ァ-ヺー]{2,8}(?:・[ァ-ヺー]{1,8}){1,3}|" + _LATIN_FULL + r")[ 　]?$")
# trigger words of these passes that no other PERSON pass uses (the recognizer runs when one of them occurs)
OWN_TRIGGERS = (RELATION_TRIGGERS + NUMBER_LABELS + PATIENT_WORDS + TALK_TRIGGERS + SELF_TRIGGERS + CALLED_TRIGGERS
                + ROLE_TAGS + GREETINGS + PERSON_NOUN_TRIGGERS + PARENT_SIGNATURES + QUOTE_CLOSERS + CHILDNAME_TRIGGERS
                + PLACE_TRIGGERS + BARE_CALLED)  # (person_passing, round 31)
_INTRO_SET, _READING_SET = frozenset(INTRO_WORDS), frozenset(READING_HONORIFICS)
_RELATION_SET, _NUMBER_SET = frozenset(RELATION_TRIGGERS), frozenset(NUMBER_LABELS)
_PATIENT_SET, _TALK_SET = frozenset(PATIENT_WORDS), frozenset(TALK_TRIGGERS + SELF_TRIGGERS)
_CALLED_SET, _SENDER_SET, _TAG_SET = frozenset(CALLED_TRIGGERS + BARE_CALLED), frozenset(SENDER_LABELS), frozenset(ROLE_TAGS)


def glued_surname(name: str) -> bool:
    """The dictionary reads a kanji run as a surname, alone or followed by a given name (宮本, 小野寺 和也)."""
    toks = [t for t in morphology.tokenize(name) if t.pos[0] != "空白"]
    if not toks or not toks[0].is_surname or len(toks) > 2:
        return False
    return len(toks) == 1 or toks[1].is_given_name


def name_ok(name: str) -> bool:
    """The name model: a katakana name with dots, a spaced full name, or a surname (+ given name) glued."""
    if "・" in name:
        return True
    return spaced_name_ok(name) if re.search(r"[ 　]", name) else glued_surname(name)


def _found(hits: dict[str, list[int]], words, find):
    """The matches ``find(word, position)`` returns at the hits of ``words`` (None: no match there)."""
    for w in words:
        for p in hits.get(w, ()):
            m = find(w, p)
            if m is not None:
                yield m


def _proper_noun(name: str) -> bool:
    """The first word is a proper noun (a surname, a place used as one: 石動), not a common noun (医者, 大工)."""
    toks = morphology.tokenize(name.strip(" 　"))
    return bool(toks) and toks[0].pos[1] == "固有名詞"


# the reading after the honorific: 上遠野様（かどの）, 四十物さん（あいもの）
_READING_AFTER = re.compile(r"\((?P<reading>[ぁ-ゖァ-ヺー]{2,8}(?:[ 　・][ぁ-ゖァ-ヺー]{1,8})?)\)")
_NAME_BEFORE_HON = re.compile(r"(?<![一-鿿々〆ヶ])(?P<name>[一-鿿々〆ヶ]{1,4}(?: [一-鿿々〆ヶ]{1,3})?)$")
_HON_KANA = {"さん": "さん", "様": "さま", "さま": "さま", "くん": "くん", "君": "くん", "ちゃん": "ちゃん", "氏": "し"}


def _reading_after_ok(name: str, reading: str, hon: str) -> bool:
    """A kana reading after the honorific spells the name before it (上遠野様（かどの）), not a word's furigana with
    the honorific read too (医者さん（いしゃさん）), a role (看護師さん: the name ends like a role) or one common noun
    (大工さん（だいく））."""
    if reading.endswith(_HON_KANA.get(hon, "-")) or name in _NOT_NAMES or name[-1] in _ROLE_END \
            or len(reading.replace(" ", "").replace("・", "")) < len(name.replace(" ", "")):
        return False
    toks = morphology.tokenize(name)
    return not (len(toks) == 1 and toks[0].pos[1] == "普通名詞")


def _no_word(name: str) -> bool:
    """Kanji the dictionary does not read as one word (希空 → 希 + 空: a given name of today, not 大工 or 王子): with a
    reading before ちゃん / くん, a child's name."""
    return len(name) >= 2 and name not in _NOT_NAMES and len(morphology.tokenize(name)) > 1


_WRITER_NAME = r"(?P<name>[一-鿿々〆ヶ]{1,4}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺ]{1,4})"
_WRITER_INTRO = re.compile(r"(?:課|係|室|所|センター|事務所|局)(?:の|[ 　])[ 　]?(?:(?:" + STAFF_TITLE_ALT + r")[ 　]?)?"
                           + _WRITER_NAME + r"(?:[ 　]?\([ぁ-ゖァ-ヺー 　]{2,16}\))?です")
_WRITER_LINE = re.compile(r"(?m)^[ 　]*[一-鿿ァ-ヺ]{2,12}(?:課|係|室|所|センター)[ 　]+(?:" + STAFF_TITLE_ALT + r")[ 　]+"
                          + _WRITER_NAME + r"[ 　]*$")
# a sentence written in the first person (私は, 私事で, 自分の …): from the pronoun to the sentence's end
_FIRST_PERSON_SENTENCE = re.compile(r"(?:私は|私が|私の|私事|私も|自分は|自分の|わたくし)[^。\n]{0,120}")
_READING_BEFORE = re.compile(r"\([ぁ-ゖァ-ヺー 　]{2,16}\)$")


class PersonIntroMixin:
    """Self-introductions and names with their reading (mixed into PersonRecognizer)."""

    result: Any
    ENTITY: str
    _title_subjects: Any  # person_titles.PersonTitlesMixin

    def _strong(self, s: int, name: str, form: str = "label"):
        """A name the shape states as a label would (score 0.8, strong, a private person)."""
        return self.result(
            self.ENTITY, s, s + len(name), 0.8, form=form, full_name=True, honorific=None, label=True,
            official=False, staff=False, strength="strong", person_key=stable_key(re.sub(r"[ 　・]", "", name)),
        )

    def _intro_shapes(self, text: str, hits: dict[str, list[int]]) -> list:
        """The passes of this mixin (and person_titles) that the prompt's trigger hits make worth running."""
        out = []
        if not _INTRO_SET.isdisjoint(hits):
            out.append(self._intro_names(text, hits))
        if not _RELATION_SET.isdisjoint(hits):
            out.append(self._relation_names(text, hits))  # "永井 ミツ子の娘です"
        if not _NUMBER_SET.isdisjoint(hits):
            out.append(self._numbered_names(text, hits))  # "受験番号 1042　前田 悠真"
        if ")" in text and not _READING_SET.isdisjoint(hits):
            out.append(self._reading_names(text, hits))  # "石動（いするぎ）さん"
        if ")" in text or "名字" in text or "苗字" in text:
            out.append(self._full_readings(text))  # "宮後隆之（みやご・たかゆき）", "名字は戸次（べっき）"
        if any(w in text for w in _SPOKEN_WORDS) and (_SPOKEN_TAIL.search(text) or SPOKEN_SELF.search(text)):
            out.append(self._spoken_readings(text))  # "満留 康夫、みつどめ、です"
        if "です" in text and any(w in text for w in PLACE_WORDS):
            out.append(self._strong(m.start("name"), m.group("name"), form="intro") for m in islice(PLACE_SELF.finditer(text), 8)
                       if _proper_noun(n := m.group("name")) and n[-1] not in _ROLE_END)  # "東三条2丁目の小笠原です" (r31)
        if not _TALK_SET.isdisjoint(hits):
            out.append(self._talk_names(text, hits))  # "山下 千尋とのトーク履歴", "私（佐藤 舞）"
        if not _SENDER_SET.isdisjoint(hits):
            out.append(self._sender_names(text, hits))  # "差出人　北町1丁目2番3号　坂口"
        if not _TAG_SET.isdisjoint(hits):
            out.append(self._tagged_names(text, hits))  # "Ana Souza（保護者）"
        if not _CALLED_SET.isdisjoint(hits):
            out.append(self._called_names(text, hits))  # "ひなたくんっていう男の子"
        if not _PATIENT_SET.isdisjoint(hits) or topic_triggered(hits) or letter_triggered(hits, text):
            out.append(self._title_subjects(text, hits))  # "副校長が…入院", "市長の自宅（…）" (person_titles)
        if not GREETING_SET.isdisjoint(hits) or "「" in text or "『" in text or "です" in text:
            out.append(self._greeting_names(text, hits))  # "すみません、二階堂です。", "「山﨑です😊", "弁天町の鶴巻です"
        if "私" in text or "自分" in text:
            out.append(self._writer_names(text))  # "下水道整備課の樋渡 栞です。…私事で…適応障害" (round 23)
        return out

    def _writer_names(self, text: str):
        """A member of staff writing of their own matter: introduced by their unit (…課の樋渡 栞（ひわたし しおり）です) or
        on a formal document's author line (道路維持課　主事　羽佐間 健吾), in a text one of whose first-person sentences
        holds a specific sensitive topic (私は…酒気帯び運転で検挙されました). The aggregator pairs them with that topic."""
        if not any(topic_in(text, m.start(), m.end()) for m in islice(_FIRST_PERSON_SENTENCE.finditer(text), 32)):
            return
        for m in islice(chain(_WRITER_INTRO.finditer(text), _WRITER_LINE.finditer(text)), 8):
            name = m.group("name")
            if spaced_name_ok(name):
                yield self.result(self.ENTITY, m.start("name"), m.end("name"), 0.7, form="intro", full_name=True,
                                  honorific=None, label=True, official=True, staff=True, strength="strong",
                                  person_key=stable_key(re.sub(r"[ \t　]", "", name)), writer=True)

    def _intro_match(self, text: str, ls: int, p: int):
        """The name before と申します at ``p`` (a match with a ``name`` group), or None."""
        while p > ls and text[p - 1] in " 　" and p > ls + 1 and text[p - 2] in " 　":
            p -= 1  # (an OCR'd letter packed word by word: 砂押   キヨ   と申します, round 25)
        if p > ls and text[p - 1] in "、,":
            p -= 1  # spoken: "東町二丁目の、しみず、と申します"
        if p > ls and text[p - 1] == ")" and (r := _READING_BEFORE.search(text, max(ls, p - 20), p)) is not None:
            p = r.start()  # 芥川 透（あくたがわ とおる）と申します: the name's reading in brackets (round 23)
        lo = max(ls, p - 24)
        m = _INTRO_NAME.search(text, lo, p)
        retried = False
        while m is not None and _JOINED.search(m.group("name")):
            # "緑野市の高橋", "私は高橋": the leftmost boundary swallowed a particle; try the next one, which the
            # dictionary must read as a name (not 東町の職員)
            m, retried = _INTRO_NAME.search(text, m.start("name") + 1, p), True
        if m is not None and (not retried or glued_surname(m.group("name"))
                              or not _KANJI_ONLY.fullmatch(m.group("name"))):
            return m
        m = _INTRO_KANA_SURNAME.search(text, max(ls, p - 8), p)
        if m is not None and kana_surname(m.group("name")):
            return m
        m = _INTRO_KATA_DOTTED.search(text, lo, p)
        if m is not None:
            return m
        m = _INTRO_AFTER_VERB.search(text, lo, p)
        if m is not None and glued_surname(m.group("name")):
            return m
        return None

    def _intro_names(self, text: str, hits: dict[str, list[int]]):
        """Self-introductions: the name right before と申します / といいます. "<unit>の山田と申します" is staff in
        an official capacity."""
        for w in INTRO_WORDS:
            for p in hits.get(w, ()):
                ls = text.rfind("\n", max(0, p - 24), p) + 1
                m = self._intro_match(text, ls, p)
                if m is None:
                    continue
                staff = _INTRO_STAFF.search(text, max(ls, m.start("name") - 16), m.start("name")) is not None
                name = m.group("name")
                yield self.result(
                    self.ENTITY, m.start("name"), m.end("name"), 0.5 if staff else 0.8, form="intro",
                    full_name=True, honorific=None, label=True, official=staff, staff=staff,
                    strength="medium" if staff else "strong",
                    person_key=stable_key(re.sub(r"[ \t　]", "", name)),
                )

    def _reading_names(self, text: str, hits: dict[str, list[int]]):
        """A kanji name with its kana reading in brackets before an honorific (石動（いするぎ）さん), or after it
        (上遠野様（かどの）より: a phone memo spells a rare surname it heard)."""
        for w in READING_HONORIFICS:
            for p in hits.get(w, ()):
                if text.startswith("(", p + len(w)):
                    m = _READING_AFTER.match(text, p + len(w))
                    name = _NAME_BEFORE_HON.search(text, max(0, p - 9), p) if m is not None else None
                    if name is not None and _reading_after_ok(name.group("name"), m.group("reading"), w):
                        yield self._strong(name.start("name"), name.group("name"), form="honorific") \
                            if " " in name.group("name") else self._given_with_reading(name, w)
                        continue
                if text[p - 1:p] != ")" and text[p - 2:p] != ") ":
                    continue
                m = _NAME_WITH_READING.search(text, max(0, p - 26), p)
                if m is None:
                    continue
                name, reading = m.group("name").strip(" 　"), m.group("reading")
                full = bool(re.search(r"[ 　]", name))
                # a foreign name's pronunciation in dotted katakana (王 偉（ワン・ウェイ）さん) is a person's name
                dotted = "・" in reading and len(name.replace(" ", "").replace("　", "")) >= 2
                if not dotted and len(reading) < 2:
                    continue
                if not dotted and not (full and re.search(r"[ 　]", reading)) and not _proper_noun(name) \
                        and not (w in NAME_HONORIFICS and _no_word(name)):
                    continue  # お医者（いしゃ）さん, 大工（だいく）さん: furigana on a common noun
                full = full or dotted
                yield self.result(
                    self.ENTITY, m.start("name"), m.start("name") + len(name), 0.85 if full else 0.6, form="honorific",
                    full_name=full, honorific=w, label=False, official=False, staff=False,
                    strength="strong" if full else "medium", person_key=stable_key(re.sub(r"[ 　]", "", name)),
                )

    def _spoken_readings(self, text: str):
        """A spaced full name the name model reads as one, spelled out after a comma (see _SPOKEN_READING)."""
        for m in islice(chain(_SPOKEN_READING.finditer(text), SPOKEN_SELF.finditer(text)), 16):
            if spaced_name_ok(name := m.group("spaced")):
                yield self.result(self.ENTITY, m.start("spaced"), m.end("spaced"), 0.85, form="reading", full_name=True,
                                  honorific=None, label=False, official=False, staff=False, strength="strong",
                                  person_key=stable_key(re.sub(r"[ 　]", "", name)))

    def _full_readings(self, text: str):
        """A glued kanji full name with its reading in two words in brackets, no honorific needed (主任の宮後隆之（みやご・
        たかゆき）です): a surname and a given name spelled out are a person's (round 24); a spaced one too when the name
        model reads it as a name and an age follows (無職の男性 上遠野 稔（うえとおの みのる）33歳, round 26). Staff when a title stands right before it."""
        for m in islice(_full_readings_at(text), 32):
            if (name := m.group("name")) is None:
                if _AGE_AFTER_READING.match(text, m.end()) is None or not spaced_name_ok(name := m.group("spaced")):
                    continue  # (a spaced one only with an age after it: an introduction in 広報 gives none)
                name = name.replace(" ", "").replace("　", "")
            kanji = len(name)
            kana = len(m.group("r1")) + len(m.group("r2"))
            if not 2 <= kanji <= 7 or not kanji <= kana <= 3 * kanji + 2 or name in _NOT_NAMES or name[-1] in _ROLE_END \
                    or _NOT_PERSON_END.search(name) is not None:
                continue
            staff = _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
            # (a record's subject label heading the line: 対象者　市立…中学校　教諭　雲母 崇（きらら たかし）)
            meta = {"subject": True, "topic": True} if staff and _SUBJECT_LABEL_BEFORE.search(
                text, max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40), m.start()) is not None else {}
            g = "name" if m.group("name") else "spaced"
            yield self.result(self.ENTITY, m.start(g), m.end(g), 0.5 if staff else 0.85, form="reading",
                              full_name=True, honorific=None, label=False, official=staff, staff=staff,
                              strength="medium" if staff else "strong",
                              person_key=stable_key(re.sub(r"[ 　]", "", name)), **meta)
        for s, e, name in stated_surnames(text):  # 名字は戸次（べっき） (round 31)
            yield self.result(self.ENTITY, s, e, 0.6, form="label", full_name=False, honorific=None, label=True,
                              official=False, staff=False, strength="medium", person_key=stable_key(name))
        for s, e, name in given_readings(text):  # 佐竹 心結（みゆ）: the given name's reading alone (round 31)
            staff = _TITLE_BEFORE.search(text, max(0, s - 12), s) is not None
            yield self.result(self.ENTITY, s, e, 0.5 if staff else 0.85, form="reading", full_name=True, honorific=None,
                              label=False, official=staff, staff=staff, strength="medium" if staff else "strong",
                              person_key=stable_key(re.sub(r"[ 　]", "", name)))

    def _given_with_reading(self, m, hon: str):
        """A surname or a given name alone with its reading after the honorific: medium."""
        name = m.group("name")
        return self.result(self.ENTITY, m.start("name"), m.end("name"), 0.6, form="honorific", full_name=False,
                           honorific=hon, label=False, official=False, staff=False, strength="medium",
                           person_key=stable_key(name))

    def _relation_names(self, text: str, hits: dict[str, list[int]]):
        """A person named before の母です / の娘です …: the writer identifies themself through them (永井 ミツ子の娘です)."""
        for m in _found(hits, RELATION_TRIGGERS, lambda w, p: _NAME_BEFORE_RELATION.search(text, max(0, p - 40), p)
                        or (_NAME_AFTER_RELATION.match(text, p + len(w)) if w.endswith("の") else None)):
            if name_ok(m.group("name")):  # not 緑野市の母です, 市民の娘です
                yield self._strong(m.start("name"), m.group("name"), form="intro")

    def _numbered_names(self, text: str, hits: dict[str, list[int]]):
        """A spaced full name after its holder's number (受験番号 1042　前田 悠真): a register's entry."""
        for m in _found(hits, NUMBER_LABELS, lambda w, p: _NAME_AFTER_NUMBER.match(text, p + len(w))):
            if spaced_name_ok(m.group("name")):
                yield self._strong(m.start("name"), m.group("name"))

    def _talk_names(self, text: str, hits: dict[str, list[int]]):
        """The partner of a chat export ("山下 千尋とのトーク履歴") and a writer naming themself in brackets after
        私 ("私（車いす利用の 佐藤 舞）"); the name model confirms the name (not "[LINE] 緑野市とのトーク")."""
        def find(w: str, p: int):
            if w in TALK_TRIGGERS:
                return _NAME_BEFORE_TALK.search(text, max(0, p - 20), p)
            return _SELF_NAME.match(text, p + len(w))
        for m in _found(hits, TALK_TRIGGERS + SELF_TRIGGERS, find):
            name = m.group("name")
            if name_ok(name) or (_KANA_ONLY.fullmatch(name) is not None and kana_surname(name)):
                yield self._strong(m.start("name"), name)

    def _called_names(self, text: str, hits: dict[str, list[int]]):
        """Someone introduced by name with an honorific and という before a word for a person ("201号室の、ひなたくん
        っていう男の子"): the speaker names them as a label would (not "…さんという名前の店")."""
        def find(w: str, p: int):
            if not w.endswith("って子") and _PERSON_NOUN.match(text, p + len(w)) is None:
                return None
            m = _CALLED_NAME.search(text, max(0, p - 6), p)
            return None if m is None or m.group("name") in _NOT_CALLED else m
        for m in _found(hits, BARE_CALLED, lambda w, p: BARE_NAME.search(text, max(0, p - 7), p)):
            if _proper_noun(name := m.group("name")) and name[-1] not in _ROLE_END:  # (named as a speaker names them)
                yield self.result(self.ENTITY, m.start("name"), m.end("name"), 0.6, form="honorific", full_name=False,
                                  honorific=None, label=False, official=False, staff=False, strength="medium",
                                  person_key=stable_key(name))
        for m in _found(hits, CALLED_TRIGGERS, find):
            hon = next(h for h in ("くん", "ちゃん", "さん") if text.startswith(h, m.end()))
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.6, form="honorific", full_name=False,
                honorific=hon, label=False, official=False, staff=False, strength="medium",
                person_key=stable_key(m.group("name")),
            )

    def _sender_names(self, text: str, hits: dict[str, list[int]]):
        """A letter's sender line: the street address, then the name (差出人　北町1丁目2番3号　坂口)."""
        for m in _found(hits, SENDER_LABELS, lambda w, p: _SENDER_LINE.match(text, p + len(w))):
            if name_ok(m.group("name")):
                yield self._strong(m.start("name"), m.group("name"))

    def _tagged_names(self, text: str, hits: dict[str, list[int]]):
        """A full name tagged with its role in a case (Ana Souza（保護者）, 山田 花子（本人）); the name model confirms it."""
        for m in _found(hits, ROLE_TAGS, lambda w, p: _NAME_BEFORE_TAG.search(text, max(0, p - 40), p)):
            name = m.group("name").rstrip(" 　")
            if latin_name_ok(name) if name.isascii() else ("・" in name or spaced_name_ok(name)):
                yield self._strong(m.start("name"), name)
