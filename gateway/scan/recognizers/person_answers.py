"""A name given in answer to a question for it (issue 13, round 8), mixed into PersonRecognizer: a consultation
written as questions and answers (``Q. お名前は？`` / ``A. 河合 蓮です。``), a call's transcript
(``相談員：お名前をお願いします。`` / ``相談者：河合です。``). The line after the question opens with the name, a
turn's label before it (A., 相談者：) and です / と申します after it. The name model (``person_intro.name_ok``)
must read it as a name: a spaced full name, or a surname glued to its given name.

The same holds for a full name in brackets right after the person's role in a case record: ``本人（飯田 哲也）不在``,
``相談者（小野 由美）は…``, ``世帯主（森 健）、国保税滞納``, ``保護観察中の少年（内田 海斗、17）`` (the reverse of
``Ana Souza（保護者）``, person_intro). Only a bracket holding nothing but a full name (and the person's age after it)
counts; a bracket naming a member of staff with their unit and title (``本人（市民税課 主事 森本 亜美）``) is
person_cues' case.
"""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import islice

from gateway.scan import morphology
from gateway.scan.recognizers.person_charname import _GIVEN_END as GIVEN_END
from gateway.scan.recognizers.person_intro import name_ok

# what asks for the name (lower case is not needed: Japanese only; English answers are in person_contacts)
NAME_QUESTIONS = ("お名前", "名前は", "名前を", "氏名は", "氏名を", "本名は")
# the question's line ends as a question or a request
_ASKS = re.compile(r"[^\n]{0,30}?(?:[？?]|ですか|ますか|お願いします|お願いいたします|教えてください|頂けますか"
                   r"|の確認を|を確認させて|を確認します|をどうぞ|を伺います)[ 　。]*(?:\n|$)")  # (お名前の確認を。 round 21)
# the answer: the next line, an optional turn label (A. / Ａ： / 相談者： / 本人：), the name (a spoken pause, 、, may
# part its surname and given name), then です / と申します
_ANSWER = re.compile(r"[ 　]*(?:[AaＡ][.．:：)）]|[^\n:：]{1,8}[:：])?[ 　]*"
                     r"(?P<name>[一-鿿々〆ヶ]{1,4}[ 　、]?[一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}|[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5}"
                     r"|[ァ-ヺー]{2,6}[ 　][ァ-ヺー]{2,6})[ 　]?(?:です|と申します|といいます|と言います)")
# …or a call transcript's answer in katakana (its speech recogniser's spelling), after a timestamp, a filler and the
# surname said first: [00:00:15] 相手：えっと、ミヤサカ、ミヤサカジュンペイです (round 15; the question is the evidence)
_KANA_ANSWER = re.compile(r"[ 　]*(?:\[[0-9:.]{4,12}\][ 　]*)?(?:[^\n:：]{1,8}[:：])?[ 　]*(?:(?:えっと|えーと|あの|あ|はい)[、, ]*)?"
                          r"(?:[ァ-ヺー]{2,8}[、,][ ]*)?(?P<name>[ァ-ヺー]{2,8}[ 　・]?[ァ-ヺー]{2,8})[ 　]?(?:です|と申します|といいます|と言います)")
# the roles of a case record's people (the normaliser folds （ to "(")
RECORD_ROLES = ("本人", "相談者", "世帯主", "申請者", "申立人", "対象者", "利用者", "当事者", "被害者", "加害者", "受給者",
                "滞納者", "債務者", "長男", "長女", "次男", "次女", "夫", "妻", "父", "母", "祖父", "祖母", "児童", "生徒",
                # the words a record uses for the person it is about (保護観察中の少年（内田 海斗、17）)
                "少年", "少女", "男児", "女児", "園児", "乳児", "幼児", "患者", "入所者", "入居者", "被保険者", "要介護者",
                "高齢者", "妊婦", "産婦", "委託児童", "里子", "被疑者", "容疑者",
                # the writer naming themself in a note of their own matter (わたし（文化振興課 樋渡 由衣）、…不妊治療, r32)
                "わたし", "私", "自分")
ROLE_BRACKET_TRIGGERS = tuple(f"{w}(" for w in RECORD_ROLES)
_ROLE_BRACKET = re.compile(r"(?<![一-鿿々〆ヶ])(?:" + "|".join(sorted(RECORD_ROLES, key=len, reverse=True)) + r")\("
                           r"(?:[一-鿿ァ-ヺー]{1,12}(?:課|係|室|部|局|センター|所)[ 　])?(?P<name>"  # (a unit first)
                           r"[一-鿿々〆ヶ]{1,4}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}|[一-鿿]{1,2}[ノヵ][一-鿿]{1,2}[ 　][一-鿿々ぁ-ゖァ-ヺー]{1,4}"
                           r"|[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}[ 　・][ァ-ヺー]{2,6})"  # (藤ノ木 清子, r32)
                           r"(?:[ ]?(?:さん|様|さま|氏))?(?:[、,][ ]?[0-9]{1,3}(?:歳|才)?)?\)")
# a name given in the sentence that asks for it: 母の名前は本田 フミ子です / 氏名は、安田 光子。 (a spaced full name, then
# です, a full stop, a comma or で; the unspaced form is read by the main name model)
_DECLARED = re.compile(r"(?:名前|氏名|本名)は[、, 　]?(?P<name>[一-鿿々〆ヶ]{1,4}[ 　](?:[一-鿿々〆ヶ]{1,3}|[ァ-ヺ]{2,3}子?|[ぁ-ゖ]{2,4}?)"
                       r"|(?<=本名は)[一-鿿々]{3,5}(?=です))"  # (a pen name's writer giving her real name glued: 本名は三輪由紀です, r32)
                       r"[ 　]?(?:です|でした|。|、|,|で(?![きす])|と(?:いい|言い|申し))")
# a colleague called by given name with さん, the full name in brackets after it: ひなたさん（小鳥遊ひなた） (round 38; the
# bracket must end with the name called, after a kanji surname)
_NICK_BRACKET = re.compile(r"(?<![一-鿿々ぁ-ゖァ-ヺー])(?P<nick>[ぁ-ゖァ-ヺー一-鿿々]{1,5})(?:さん|ちゃん|くん)\("
                           r"(?P<name>[一-鿿々〆ヶ]{1,4}[ 　]?[ぁ-ゖァ-ヺー一-鿿々]{1,5})\)")
NICK_BRACKET_CUES = ("さん(", "ちゃん(", "くん(")
_KANA_GIVEN = re.compile(r"[ァ-ヺ]{2,3}子?|[ぁ-ゖ]{2,4}")
# the name of a thing or an animal, not a person: 犬の名前は…, ファイルの名前は…
_THING_OWNER = re.compile(r"(?:犬|猫|ペット|会社|店|お店|ファイル|フォルダ|チーム|番組|商品|製品|プロジェクト|アプリ|システム|サービス|"
                          r"施設|団体|グループ|イベント|キャラクター|キャラ|ロボット|馬|鳥)の$")
_MAX = 32  # questions (and role brackets) per prompt: bounded work
# a given name the dictionary reads as a common noun (光子, 正夫): one to three kanji, the last a given name's ending
_GIVEN_SHAPE = re.compile(r"[一-鿿々]{1,3}")


def _split(name: str) -> tuple[str, str]:
    sur, _, given = name.partition(" ") if " " in name else name.partition("\u3000")
    return sur, given


def _proper_surname(sur: str) -> bool:
    toks = morphology.tokenize(sur)
    return len(toks) == 1 and toks[0].pos[1] == "固有名詞"


def _role_name_ok(name: str) -> bool:
    """In brackets right after a record role a looser model holds: a proper noun and a given name's shape (安田 光子)."""
    if name_ok(name):
        return True
    sur, given = _split(name)
    return _proper_surname(sur) and _GIVEN_SHAPE.fullmatch(given) is not None and given[-1] in GIVEN_END


def _declared_name_ok(name: str) -> bool:
    """After 名前は / 氏名は the role-bracket model holds, and a given name may be written in kana (本田 フミ子); a
    given name the dictionary reads as a common noun in katakana (田中 レポート) is none."""
    sur, given = _split(name)
    common = any(t.pos[1] == "普通名詞" for t in morphology.tokenize(given))
    if common and "ァ" <= given[:1] <= "ヺ":
        return False
    return _role_name_ok(name) or (not common and _KANA_GIVEN.fullmatch(given) is not None and _proper_surname(sur))


class PersonAnswersMixin:
    ENTITY = "PERSON"

    def _answered_names(self, text: str, hits: dict[str, list[int]]):
        """Names given in the line after a question for the name (see the module docstring)."""
        starts = sorted({p for w in NAME_QUESTIONS for p in hits.get(w, ())})
        for p in islice(starts, _MAX):
            q = _ASKS.match(text, p)
            if q is None or not q.group().endswith("\n"):
                continue
            m = _ANSWER.match(text, q.end())
            # (a transcript's pause between the surname and the given name, 根本、沙耶です, is a blank: round 19)
            if m is not None and name_ok(name := m.group("name").replace("、", " ")):
                yield self._named(m.start("name"), name, 0.8, "intro", honorific=None)
            elif (m := _KANA_ANSWER.match(text, q.end())) is not None:
                yield self._named(m.start("name"), m.group("name"), 0.8, "intro", honorific=None)
        for p in islice(sorted({p for w in ("名前は", "氏名は", "本名は") for p in hits.get(w, ())}), _MAX):
            if (m := _DECLARED.match(text, p)) is not None and _declared_name_ok(m.group("name")) \
                    and _THING_OWNER.search(text, max(0, p - 8), p) is None:
                yield self._named(m.start("name"), m.group("name"), 0.8, "label", honorific=None)

    def _role_bracket_names(self, text: str, hits: dict[str, list[int]]):
        """Full names in brackets right after a record role (see the module docstring)."""
        for p in islice(sorted({p for w in ROLE_BRACKET_TRIGGERS for p in hits.get(w, ())}), _MAX):
            if (m := _ROLE_BRACKET.match(text, p)) is not None and _role_name_ok(m.group("name")):
                # (over the honorific's reading of 母（川名 沙織さん）: the role labels the name, round 15)
                yield self._named(m.start("name"), m.group("name"), 0.9, "label", honorific=None)

    def _nick_bracket_names(self, text: str):
        """A full name in brackets after the given name it ends with and an honorific (see _NICK_BRACKET)."""
        for m in islice(_NICK_BRACKET.finditer(text), _MAX):
            name, nick = m.group("name"), m.group("nick")
            sur = name[:-len(nick)].rstrip(" 　") if name.endswith(nick) else ""
            if sur and _GIVEN_SHAPE.fullmatch(sur) is not None and len(sur) <= 4:
                yield self._named(m.start("name"), name, 0.9, "label", honorific=None)
