"""A name model from character and position evidence (issue 13, round 9), for PersonRecognizer (person_kana mixes
it in): the given names and rare surnames the dictionary does not tag as names, right before くん or ちゃん.

Staff type children's and residents' names as they hear them: hiragana and katakana given names (りおなちゃん,
こはるちゃん, ユウトくん — the dictionary cuts the first two into particles and verbs and reads ユウト as an unknown
common noun) and rare surnames it reads as ordinary words (纐纈くん: a dyeing technique). くん and ちゃん follow
almost only names; the other words they follow are few and of known kinds — kin (おばあちゃん, 姉ちゃん, 孫ちゃん),
babies and pets (赤ちゃん, ワンちゃん, 猫ちゃん) and roles (新人くん, 後輩くん, 店員さん's kin 保育士): a stop list, the
honorific prefix お/ご (おにいちゃん, おっちゃん) and the characters roles end with (員, 師, 士, 者, 屋, 長 …). So a run of
one script right before くん / ちゃん, cut where the script changes, is a name when

* kanji: 2–4 characters not glued to a kanji word on their left, none of them a person to the dictionary (the window
  model reads those), not a kin, baby, pet or role word, not a place ending in 市 / 町 …;
* hiragana: 2–5 characters (a particle that opens the run after a word is cut off: クラスのりおな), not opening with
  お / ご, not a kin, baby or pet word, with no particle pair inside (…ってりおな is a sentence);
* katakana: 2–6 characters the dictionary does not list (an unknown word: ユウト, ソウタ) or lists as a proper noun
  (ミサキ, ハルト), so that known words (ママ, ネコ, ヘルパー) are not names.

A name found so is a given name or a surname alone: ``form="honorific"``, medium, not a full name (never counted in a
roster), ``model="chars"``. In a text about a mascot, a character or a show (ゆるキャラ, マスコット, アニメ, 絵本 …) the
model proposes nothing, nor for a name in quotes (「鮮度くん」, a product) or one glued to a noun after it (ひなたちゃんマーク):
such names are nobody's.
"""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import chain, islice

from gateway.scan import morphology
from gateway.scan.recognizers._text import run_start as _run_start, stable_key
from gateway.scan.recognizers.person_kana_given import _NOT_GIVEN

NAME_HONORIFICS = ("ちゃん", "くん", "君")  # (君 only after kana: そうた君)
# さん / 様 follow roles as often as names (大工さん, 大家さん): a name there only when it names a household after it
# (東雲さん宅, 山ノ内さんとこの坊っちゃん, 葛城さんちの)
HOUSEHOLD_HONORIFICS = ("さん", "様")
_HOUSEHOLD_AFTER = re.compile(r"(?:宅|ち(?=[のにでは])|家(?![一-鿿])|とこ(?=[のにでは])|方(?![一-鿿々]))")
_KANJI = re.compile(r"[一-鿿㐀-䶿々〆ヶ]")
_KANJI_NO = re.compile(r"[一-鿿㐀-䶿々〆ヶノ]")  # and ノ inside a surname (山ノ内, 竹ノ内)
_HIRA = re.compile(r"[ぁ-ゖ]")
_KATA = re.compile(r"[ァ-ヺー]")
# kin, babies, pets and roles that take くん / ちゃん (kanji and hiragana); katakana words are judged by the dictionary
_NOT_NAMES = frozenset({
    "赤", "姉", "兄", "母", "父", "坊", "嬢", "孫", "娘", "息子", "弟", "妹", "姪", "甥", "嫁", "婿", "爺", "婆", "叔母",
    "伯母", "叔父", "伯父", "彼氏", "彼女", "旦那", "先輩", "後輩", "新人", "同期", "王子", "姫", "猫", "犬", "子猫", "子犬",
    "坊主", "小僧", "赤子", "友達", "相棒", "相方", "本人", "当人", "生徒", "児童", "園児", "幼児", "乳児", "新生児", "双子",
    "長男", "次男", "三男", "長女", "次女", "三女", "末っ子", "営業", "経理", "総務", "人事", "事務", "担任", "新入り",
    "ばあ", "じい", "ばぁ", "じぃ", "ねえ", "にい", "ねぇ", "にぃ", "かあ", "とう", "あか", "わん", "にゃん", "ねこ",
    "いぬ", "うさ", "くま", "ちび", "まま", "ぱぱ", "みな", "みんな", "ぼう", "じょう", "ぼっ", "べび", "ひよこ", "こども",
    "あんぱんまん", "ばいきんまん", "おさる", "さる", "ぶた", "こぶた", "とり", "ぞう", "きりん", "うさぎ", "たぬき",
    "きつね", "ぱんだ", "かめ", "かえる", "むし", "めだか", "ねずみ", "いちご", "みかん", "もも", "りんご", "大家", "隣",
    "お隣", "近所", "皆", "奥", "客", "業者", "先方", "相手",
})
# the last character of a word for a role, a body or a group (店員, 保育士, 看護師, 八百屋, 運転手, 学生, 社長, 課 …)
_ROLE_END = frozenset("員師士者屋手医官長役係課局部会店社園校所館院隊団班生徒組")
_PARTICLES = frozenset("のがはともにでをへや")
_KIN_KANA = ("じい", "ばあ", "じぃ", "ばぁ", "ねえ", "にい", "かあ", "とう")
# particle pairs and endings that mark a run as the end of a sentence rather than a name
_SENTENCE_KANA = re.compile(r"って|から|けど|ので|まで|より|だけ|など|たち|です|ます|ない|した|いる|てる|だよ|じゃ")
# a text about a mascot, a character or a show: its names are nobody's
_NOBODY_CUES = re.compile("ゆるキャラ|マスコット|キャラ|着ぐるみ|アニメ|漫画|マンガ|絵本|番組|ドラマ|映画|童話|昔話|ぬいぐるみ|"
                          "人形|ペット|飼い猫|飼い犬|愛犬|愛猫")
# a child's age or grade in brackets right after the honorific, or a parent in the sentence
_CHILD_AGE = re.compile(r"[ ]?\((?:小|中|高|年長|年中|年少|[0-9]{1,2}(?:歳|才|さい|か月|ヶ月)?\))")
_PARENT = re.compile(r"[^。\n]*?(?:お母さん|お父さん|ママ|パパ|保護者|両親|母親|父親|親御さん)")
# a name in quotes is a product's, a mascot's or a nickname's (「鮮度くん」を導入した)
_QUOTE_OPEN = frozenset("「『\"“〈《【")
# a noun glued after the honorific makes the whole a thing's name (ひなたちゃんマーク, 元気くん体操), not a person
_COMPOUND_AFTER = re.compile(r"(?![達等])[一-鿿々ァ-ヺ]")
_IN_BRACKETS = re.compile(r"(?P<name>[一-鿿々]{1,3}|[ぁ-ゖ]{1,3}[子江代恵美枝乃世]|[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,6})\)")
_AFTER_NO = re.compile(r"(?P<name>[ぁ-ゖ]{1,3}[子江代恵美枝乃世]|[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,6})(?=[がはもにをとへ、。 (]|$)")
# kana nouns after a relation and の that are no name (母のことが, 夫のせいで, 娘のほうが)
_NOT_RELATIVE = _NOT_GIVEN | {"せい", "くせ", "おかげ", "ぶん", "かわり", "もと", "なか", "そば", "よこ", "うしろ", "へや",
                              "いえ", "しごと", "びょうき", "ほうが", "ため", "ぶんも", "きもち", "こども", "おうち"}
# a person named by a word for a pupil or a child with the name in brackets (男子（タクミ）, 女の子（ゆい）)
PERSON_NOUN_TRIGGERS = tuple(f"{w}(" for w in ("男子", "女子", "男の子", "女の子", "生徒", "児童", "園児", "男児", "女児"))
# a message signed by the writer as the parent of someone named (かずきの母より, ルカのママより)
PARENT_SIGNATURES = tuple(f"の{p}{end}" for p in ("母", "父", "ママ", "パパ", "母親", "父親") for end in ("より", "です"))
_BEFORE_PARENT = re.compile(r"(?<![一-鿿々ぁ-ゖァ-ヺー])(?P<name>[一-鿿々]{1,3}|[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,6})$")
# a quoted message closed by the writer's surname (…取りたいです。鳥居』)
QUOTE_CLOSERS = ("』", "」")
_FIRST_PERSON = re.compile(r"私|僕|自分|うちの|実は|主人|[妻夫娘]が|息子|母が|父が|子どもが|子供が|たいです|たいと思")
_SIGNED_END = re.compile(r"[。！!][ 　]?(?P<name>[一-鿿々]{2,4})$")
_MAX = 32  # honorifics looked at per prompt: bounded work


# a surname of two or three kanji and one space before a kanji given name (左近寺 蒼空くん): the pair is a full name
_SPACED_SURNAME = re.compile(r"(?:^|(?<=[\s、。,:：「(（0-9年組の]))[一-鿿々]{2,3} $")


def _kanji_name(text: str, s: int, p: int, e: int, household: bool) -> bool:
    if s > 0 and _KANJI.match(text[s - 1]):
        return False  # glued to a kanji word on its left (part of a longer word, or a full name the windows read)
    run = text[s:p]
    if not 2 <= len(run) <= 4 or run in _NOT_NAMES or run[-1] in _ROLE_END or run[0] == "ノ":
        return False
    toks = morphology.tokenize(run)
    if "ノ" not in run and any(t.pos[2] == "人名" or t.pos[1] == "数詞" for t in toks):
        return False  # the dictionary's names go through the window model; 三男 …: a number
    if len(toks) == 1 and toks[0].pos[2] == "地名":
        return run[-1] not in "都道府県市区町村郡"
    # a word the dictionary knows (纐纈, a dyeing technique; 鮮度, freshness: 鮮度くん is a product) is a name only
    # beside a child's age or grade, or a parent (纐纈くん（小5）…お母さんから), or naming a household (東雲さん宅)
    return household or _CHILD_AGE.match(text, e) is not None \
        or _PARENT.match(text, e, min(len(text), e + 48)) is not None


def _hiragana_name(text: str, s: int, p: int) -> int | None:
    """The name's start in the hiragana run text[s:p], or None."""
    run = text[s:p]
    before = text[s - 1] if s > 0 else ""
    word_end = bool(before) and (_KANJI.match(before) or _KATA.match(before) or before.isalnum())
    if len(run) >= 3 and word_end and (run[0] == "の" or (run[0] in _PARTICLES and not _KANJI.match(before))):
        s, run = s + 1, run[1:]  # クラスのりおな, 3組のはるか: a particle after a word opens the run
    elif before and _KANJI.match(before):
        return None  # a kana given name after a surname: the window model's (extend_kana_given)
    if not 2 <= len(run) <= 5 or run[0] in "おご" or run in _NOT_NAMES or _SENTENCE_KANA.search(run) \
            or run.endswith(_KIN_KANA):
        return None  # (ひいじいちゃん, ひいばあちゃん: kin)
    return s


def _katakana_name(text: str, s: int, p: int) -> bool:
    run = text[s:p]
    if not 2 <= len(run) <= 6 or run[0] == "ー" or (s > 0 and _KATA.match(text[s - 1])):
        return False
    if morphology.unknown_word(run):
        return True
    toks = morphology.tokenize(run)
    return len(toks) == 1 and toks[0].pos[1] == "固有名詞" and toks[0].pos[2] in ("人名", "地名")


def _dictionary_surname(run: str) -> bool:
    """The run and its blank are a surname to the dictionary (…2丁目の大熊 陽翔くん: after の, where a place's word stands
    as easily; read with the blank, as a name's first part)."""
    toks = morphology.tokenize(run)
    return len(toks) == 2 and toks[0].is_surname


def honorific_name_spans(text: str, hits: dict[str, list[int]]):
    """(start, end, honorific) of the names the character model reads right before くん / ちゃん (see the module)."""
    nobody = None  # looked up once, at the first candidate (a text with no candidate pays nothing)
    for hon in NAME_HONORIFICS + HOUSEHOLD_HONORIFICS:
        for p in islice(hits.get(hon, ()), _MAX):
            if p < 2:
                continue
            c = text[p - 1]
            e = p + len(hon)
            household = _HOUSEHOLD_AFTER.match(text, e) is not None
            if hon in HOUSEHOLD_HONORIFICS and not household:
                continue
            if hon == "君" and not (_HIRA.match(c) or _KATA.match(c)):
                continue  # 君 after kanji: the window model's (田中君), or a word (諸君, 主君)
            if _KANJI.match(c):
                s = _run_start(text, p, _KANJI_NO, 5)
                ok = _kanji_name(text, s, p, e, household)
                if not ok and hon in ("くん", "ちゃん") and (sur := _SPACED_SURNAME.search(text, max(0, s - 5), s)) is not None \
                        and 1 <= p - s <= 3 and text[s:p] not in _NOT_NAMES and (text[sur.start() - 1:sur.start()] != "の"
                                                                             or _dictionary_surname(sur.group())):
                    s, ok = sur.start(), True  # (a spaced full name before くん: 北浜小3年 左近寺 蒼空くん, round 28)
            elif _HIRA.match(c):
                s = _hiragana_name(text, _run_start(text, p, _HIRA, 7), p)
                ok = s is not None
            elif _KATA.match(c):
                s = _run_start(text, p, _KATA, 7)
                ok = _katakana_name(text, s, p)
            else:
                continue
            if ok and not (s > 0 and text[s - 1] in _QUOTE_OPEN) and (household or not _COMPOUND_AFTER.match(text, e)):
                if nobody is None:
                    nobody = _NOBODY_CUES.search(text) is not None
                if nobody:
                    return
                yield s, p, hon


def glued_full_name(text: str, s: int) -> int | None:
    """The end of a full name written without a space from ``s`` (鮫島楓 after 2年3組の: a surname and a given name
    to the dictionary, glued), or None."""
    toks = morphology.tokenize(text[s:s + 8])
    if len(toks) < 2 or not toks[0].is_surname or not toks[1].is_given_name or toks[1].start != toks[0].end:
        return None
    e = s + toks[1].end
    return None if e < len(text) and _KANJI.match(text[e]) and len(toks) > 2 and toks[2].start == toks[1].end else e


# the characters given names end with (陸斗, 美羽, 哲也, 三郎, とし江), and what a bracket after a relation holds other than a
# name (an age or a grade is digits; 故, 元, 義 …: a status)
_GIVEN_END = frozenset("子美太郎斗翔菜香奈恵代江乃花音愛結陽輝樹也哉介助輔之彦雄夫男平吾朗司治次蔵衛真希帆佳華穂葉那里莉凛蓮"
                       "悠翼空琉颯人一二三枝世実")
_STATUS = frozenset("故亡元実義継養前現長次同他別無有要済未仮旧新上下中小高姉兄妹弟夫妻母父孫嫁婿甥姪")
_MIXED_GIVEN = re.compile(r"[ぁ-ゖ]{1,3}[子江代恵美枝乃世]")


def _katakana(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def _word_then_particle(toks) -> bool:
    """The dictionary reads a kana run as a word (not a name) and a particle or a suffix: いくつか, こどもが."""
    return toks[0].pos[0] in ("名詞", "代名詞") and not toks[0].is_person and len(toks[0].surface) >= 2 \
        and all(t.pos[0] in ("助詞", "接尾辞") for t in toks[1:2])


def kana_given_ok(run: str) -> bool:
    """A hiragana run is a given name, not a word (person_childname's module docstring has the model)."""
    if not 2 <= len(run) <= 5 or run[0] in "おご" or run in _NOT_NAMES or run in _NOT_RELATIVE:
        return False
    toks = morphology.tokenize(run)
    if len(toks) == 1:
        return toks[0].is_person and not toks[0].is_famous_person  # ゆい; a word in hiragana (ひなた, まち) is none
    if _word_then_particle(toks):
        return False  # a word and its particle (いくつか, だれか, ひとりが)
    if len(toks) == 2 and toks[0].pos[0] == "助詞" and toks[1].pos[0] in ("名詞", "代名詞") \
            and len(toks[1].surface) >= 2:
        return False  # a particle and a word (のこと, がこれ)
    kata = _katakana(run)
    if morphology.unknown_word(kata):
        return True  # ソウスケ, ユウマ
    ktoks = morphology.tokenize(kata)
    return len(ktoks) == 1 and ktoks[0].pos[0] == "名詞" and not morphology.native_word(kata)


def relative_name_ok(name: str) -> bool:
    """A relative's name after the relation (息子（蒼）, ばあばのとし江): a kana given name, a kana one with a kanji ending,
    one kanji that is no status word, or two or three kanji the dictionary reads as a name or ending like a given name."""
    if _MIXED_GIVEN.fullmatch(name):
        return True
    if _HIRA.match(name[0]):
        return 2 <= len(name) <= 4 and name not in _NOT_NAMES and name not in _NOT_RELATIVE and name[0] not in "おご" \
            and all(_HIRA.match(c) for c in name) and (name[0] not in _PARTICLES or kana_given_ok(name))  # はると
    if _KATA.match(name[0]):
        return _katakana_name(name, 0, len(name))
    if not all(_KANJI.match(c) for c in name) or not 1 <= len(name) <= 3:
        return False
    if len(name) == 1:
        return name not in _STATUS
    return name[-1] in _GIVEN_END or any(t.pos[2] == "人名" for t in morphology.tokenize(name))


# a message or a call opening with a greeting and the writer's surname (「すみません、二階堂です。…」, 『お疲れさまです、
# 竹之内です。…』): what follows is theirs
GREETINGS = ("すみません", "すいません", "もしもし", "お疲れさまです", "お疲れ様です", "お世話になっております",
             "お世話になってます", "こんにちは", "こんばんは", "はじめまして", "失礼します", "おはようございます")
_GREETING_NAME = re.compile(r"[、,。!！ 　]{1,2}(?P<name>[一-鿿々〆ヶ]{1,4}(?:ノ[一-鿿々]{1,2})?)(?:です|でございます)"
                            r"(?:[。、!！,]|が|けど)")


# …or with the given name, spaced (お疲れさまです。芦原 ひかり です。, round 27): the dictionary reads a surname or a given name
_GREETING_FULL = re.compile(r"[、,。!！ 　]{1,2}(?P<sur>[一-鿿々〆ヶ]{1,3})[ 　](?P<given>[一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})[ 　]?"
                            r"(?:です|でございます)(?:[。、!！,]|が|けど)")


# the writer's own family member as a sentence's subject (長男（5歳）が先月…と診断され): what the message goes on about
_OWN_KIN = re.compile(r"(?:^|(?<=[。\n、]))[ 　]*(?:うちの|私の|自分の)?(?:長男|長女|次男|次女|三男|三女|息子|娘|夫|妻|主人|母|父|子ども|子供)"
                      r"(?:[(（][0-9]{1,2}歳?[)）])?(?:が|は)")
_KIN_REACH = 600


def greeting_surname_end(text: str, e: int) -> tuple[int, int] | None:
    """The span of the surname right after the greeting ending at ``e``, before です (a surname to the dictionary or a
    plain noun, 柊: signature_word; 市役所です, 総務課です, 私です name no one), or None."""
    m = _GREETING_NAME.match(text, e)
    if m is None:
        f = _GREETING_FULL.match(text, e)
        t1, t2 = (morphology.tokenize(f.group("sur")), morphology.tokenize(f.group("given"))) if f else ((), ())
        ok = len(t1) == 1 and len(t2) == 1 and (t1[0].is_surname or t2[0].is_given_name)
        return (f.start("sur"), f.end("given")) if ok else None
    # (a plain noun of two or more kanji after a greeting is mostly the caller's unit: お疲れさまです、広報です)
    return m.span("name") if signature_word(m.group("name"), plain_max=1) else None


# or a quoted message opening with the writer's surname (「山﨑です😊 …」, 『柊です。…』)
QUOTE_INTRO = re.compile(r"[「『](?P<name>[一-鿿々〆ヶ]{1,4})(?:です|でございます)"
                         r"(?=[。、!！,？? 　]|が|けど|[\U0001F000-\U0001FAFF\u2600-\u27BF])")


# or a resident opening a message with where they live (弁天町の鶴巻です。, 3丁目の小此木です, round 25): a line's first
# sentence; the dictionary must read the name as a surname (a unit before の is staff: the name model's 総務課の…)
RESIDENT_INTRO = re.compile(r"(?:^|(?<=[\n：:」]))[ 　]*[一-鿿ァ-ヺ0-9０-９]{1,8}(?:町|丁目|村|地区|団地|台|丘|在住)の"
                            r"(?P<name>[一-鿿々〆ヶ]{1,4})(?:です|でございます)(?=[。、!！,]|が|けど)", re.MULTILINE)


def quoted_intro_spans(text: str):
    """The spans of surnames opening a quoted message before です (a surname or a one-kanji plain noun), or a line's
    first sentence after where the writer lives."""
    for m in chain(islice(QUOTE_INTRO.finditer(text), _MAX), islice(RESIDENT_INTRO.finditer(text), _MAX)):
        if signature_word(m.group("name"), plain_max=1) if m.re is QUOTE_INTRO else resident_surname(m.group("name")):
            yield m.span("name")


def resident_surname(word: str) -> bool:
    """A surname to the dictionary, or one proper noun that names no place or body (鶴巻)."""
    toks = morphology.tokenize(word)
    return bool(toks) and word not in _NOT_SIGNATURE and (all(t.is_person for t in toks) and toks[0].is_surname or (
        len(toks) == 1 and toks[0].pos[:3] == ("名詞", "固有名詞", "一般")))


GREETING_SET = frozenset(GREETINGS)
PARENT_SET, CLOSER_SET = frozenset(PARENT_SIGNATURES), frozenset(QUOTE_CLOSERS)
# the words that close a letter or stand as a one-word sentence, not a signature (…です。以上』, 。敬具」)
_NOT_SIGNATURE = frozenset({"敬具", "追伸", "本当", "課長", "係長", "部長", "先生", "各位", "担当", "事務局", "以上", "総務",
                            "人事", "経理", "庶務", "受付", "窓口", "事務", "本人", "家族", "代表", "営業", "学校", "病院"})


def signature_word(word: str, plain_max: int = 4) -> bool:
    """A word alone between a sentence's end and a message's closing quote signs it: a surname to the dictionary (and
    a given name), or a plain noun of at most ``plain_max`` characters (鳥居 is also a torii) that is no closing word,
    role or adverb-like noun."""
    toks = morphology.tokenize(word)
    if not toks or word in _NOT_SIGNATURE:
        return False
    if toks[0].is_surname:
        return all(t.is_person for t in toks)
    return len(toks) == 1 and len(word) <= plain_max and toks[0].pos[:3] == ("名詞", "普通名詞", "一般") \
        and word[-1] not in _ROLE_END


def work_character(text: str, p: int) -> tuple[int, int] | None:
    """The span of a name ending at ``p`` (before くん / ちゃん) that follows a title and の, or None."""
    lo = max(0, p - 16)
    toks = morphology.tokenize(text[lo:p])
    k = len(toks) - 1
    while k >= 0 and (toks[k].pos[2] == "人名" or _KATA.match(toks[k].surface)) and toks[k].pos[3] != "姓":
        k -= 1
    if k == len(toks) - 1 or k < 1 or toks[k].surface != "の":
        return None
    title = toks[k - 1]
    if title.pos[1] != "固有名詞" or title.pos[2] in ("人名", "地名") or len(title.surface) < 2:
        return None
    return lo + toks[k + 1].start, lo + toks[-1].end


class PersonCharNameMixin:
    ENTITY = "PERSON"

    def _char_model_names(self, text: str, hits: dict[str, list[int]]):
        """Names before くん / ちゃん that the dictionary does not tag (see the module docstring)."""
        for s, e, hon in honorific_name_spans(text, hits):
            yield self.result(self.ENTITY, s, e, 0.6, form="honorific", full_name=False, honorific=hon, label=False,
                              official=False, staff=False, strength="medium", person_key=stable_key(text[s:e]),
                              model="chars")

    def _greeting_names(self, text: str, hits: dict[str, list[int]]):
        """The writer's surname after a greeting that opens a message or a call (すみません、二階堂です。), or opening a
        quoted message (「山﨑です😊 …」)."""
        spans = [greeting_surname_end(text, p + len(w)) for w in GREETING_SET.intersection(hits)
                 for p in islice(hits[w], _MAX)]
        spans.extend(quoted_intro_spans(text))
        for span in spans:
            if span is not None:  # (the writer's family member opening a sentence further on: the message's topic, r27)
                own = _OWN_KIN.search(text, span[1], min(len(text), span[1] + _KIN_REACH)) is not None
                yield self.result(self.ENTITY, span[0], span[1], 0.6, form="context", full_name=False,
                                  honorific=None, label=False, official=False, staff=False, strength="medium",
                                  person_key=stable_key(text[span[0]:span[1]]), model="greeting", **({"topic": True} if own else {}))

    def _work_characters(self, text: str, hits: dict[str, list[int]]):
        """A name before くん / ちゃん right after a work's or a brand's title and の (ドラえもんののび太くん, トトロのメイちゃん:
        a proper noun that is neither a person's nor a place's name): a character, nobody's. Yielded as an official
        reading of the span, which add_structural carries over to the window's reading."""
        for hon in NAME_HONORIFICS:
            for p in islice(hits.get(hon, ()), _MAX):
                span = work_character(text, p)
                if span is not None:
                    yield self.result(self.ENTITY, span[0], span[1], 0.2, form="famous", full_name=False, honorific=hon,
                                      label=False, official=True, staff=False, strength="weak",
                                      person_key=stable_key(text[span[0]:span[1]]), model="work")

    def _signed_names(self, text: str, hits: dict[str, list[int]]):
        """The writer named by a signature: a parent's (かずきの母より: the child is named) or a quoted message closed by a
        surname (…取りたいです。鳥居』)."""
        for w in PARENT_SET.intersection(hits):
            for p in islice(hits[w], _MAX):
                m = _BEFORE_PARENT.search(text, max(0, p - 6), p)
                if m is not None and relative_name_ok(m.group("name")):
                    yield self._given(m.start("name"), m.end("name"), text, "context")
        for w in CLOSER_SET.intersection(hits):
            for p in islice(hits[w], _MAX):
                m = _SIGNED_END.search(text, max(0, p - 8), p)
                if m is None:
                    continue
                # a plain noun signs only a message in the first person (…うちの子が…取りたいです。鳥居』), not a subject
                # line (『ご確認ください。資料』)
                q = max(text.rfind("「", 0, p), text.rfind("『", 0, p))
                plain = 4 if q >= 0 and _FIRST_PERSON.search(text, q, p) else 0
                if signature_word(m.group("name"), plain_max=plain):
                    yield self._given(m.start("name"), m.end("name"), text, "context")

    def _given(self, s: int, e: int, text: str, form: str):
        return self.result(self.ENTITY, s, e, 0.6, form=form, full_name=False, honorific=None, label=False,
                           official=False, staff=False, strength="medium", person_key=stable_key(text[s:e]),
                           model="chars")

    def _relative_names(self, text: str, hits: dict[str, list[int]], kin: frozenset[str]):
        """A relative's name the dictionary does not read, in brackets after the relation (息子（蒼）が, じいじ（三郎）) or
        a kana name with a kanji ending after the relation and の (ばあばのとし江が)."""
        for w in kin.intersection(hits):
            for p in islice(hits[w], _MAX):
                m = (_IN_BRACKETS if w.endswith("(") else _AFTER_NO).match(text, p + len(w))
                if m is not None and relative_name_ok(m.group("name")):
                    yield self.result(self.ENTITY, m.start("name"), m.end("name"), 0.6, form="context", full_name=False,
                                      honorific=None, label=False, official=False, staff=False, strength="medium",
                                      person_key=stable_key(m.group("name")), model="chars")
