"""(Round 42) A colleague named apart from their name, as the office knows them: the subject of a record given by a
letter, a post or a description with their unit, post, age or career (対象：T（清掃事業課 収集第2班、50代前半）, 対象：うちの
主査（福祉総務課…）, 技師 S（32）); a letter with くん or ちゃん placed in the office (Sくん（4月採用、市民課…）, Kちゃん（うちの
係の主任です）); a nickname in katakana with ちゃん, くん or っち (ヤマちゃん, チーちゃん), with a placing bracket (ナベ（主事）) or
owning a relative (ノッチの奥さん). With a personal matter later in its paragraph the reference is that person, as a
post's topic is (``topic``; person_titles runs these passes). A training's case (事例, 架空, 仮名 …) names no one.

The searches are plain linear regexes over the text, run only when a personal matter word stands in it; at most
``MAX_REFS`` references are tried.
"""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import islice
from collections.abc import Callable, Iterator

from gateway.scan import morphology
from gateway.scan.recognizers.person_lexicon import POST_TITLE_ALT

MAX_REFS = 8
_REACH = 400
# what places a reference in the office: a unit, a post, a career, an age or an employment kind, inside its bracket
_PLACING = (r"[一-鿿々ァ-ヺ]{1,12}(?:課|係|班|室|局|署|館|所|センター)|" + POST_TITLE_ALT
            + r"|入庁|採用|年目|(?<![0-9０-９])[0-9０-９]{2}(?:歳|才)?(?![0-9０-９年月日時分%％.．:：/／])|[0-9０-９]0代|任用職員|正職員"
            r"|臨時職員|嘱託|パート")
_PLACED = r"[(（][^()（）\n]{0,30}?(?:" + _PLACING + r")[^()（）\n]{0,30}[)）]"
_LETTER = r"(?<![A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ](?![A-Za-zＡ-Ｚａ-ｚ])"
_KANA = r"(?<![ァ-ヺー・])[ァ-ヺ][ァ-ヺー]{1,5}"
# the subject of a record by a letter, a post or the writer's unit's post, with its placing bracket
_SUBJECT = re.compile(r"(?:対象(?:者|職員)?|本人)[ \t　]*[:：][ \t　]*(?P<ref>" + _LETTER + r"|(?:うちの|当課の|当係の|弊課の)?"
                      r"(?:[一-鿿々ァ-ヺ]{1,12}(?:課|係|班)[ 　]?)?(?:" + POST_TITLE_ALT + r"))(?:さん|くん|君|氏)?[ \t　]*"
                      + _PLACED)
# a letter after its post (技師 S（32）) or with くん / ちゃん, placed by a bracket after it
_LETTER_PLACED = re.compile(r"(?:(?:" + POST_TITLE_ALT + r")[ 　]?)(?P<ref>" + _LETTER + r")(?:さん|くん|君|ちゃん)?" + _PLACED
                            + r"|(?P<ref2>" + _LETTER + r"(?:くん|君|ちゃん))" + _PLACED)
# a nickname in katakana: with ちゃん, くん or っち; with a placing bracket; or owning a relative
_KIN = r"の(?:奥さん|奥様|嫁|旦那|ご主人|お子さん|子ども|息子|娘|お母さん|お父さん|母親|父親|親御さん)"
_NICKNAME = re.compile(r"(?P<ref>" + _KANA + r"(?:ちゃん|くん|っち))(?![ァ-ヺー])"
                       r"|(?P<ref2>" + _KANA + r")(?=(?P<placed>" + _PLACED + r")|(?P<kin>" + _KIN + r"))")
_POSTED = re.compile(r"[(（][^()（）\n]{0,30}?(?:" + POST_TITLE_ALT + r"|[0-9０-９]{2}(?:歳|才)|[0-9０-９]0代)")
# a training's case, an exercise or made-up material (事例, 架空, 仮名 …): its letters and nicknames are nobody (also
# person_titles' passes)
CASE_STUDY = re.compile(r"事例|架空|仮名|研修|演習|ロールプレイ|設例|例題|ケーススタディ|教材|設問")
_CUES = ("くん", "ちゃん", "っち", "君", "対象", "本人", "（", "(")


_PET_BEFORE = re.compile(r"(?:猫|犬|ネコ|イヌ|ねこ|いぬ|ペット|愛犬|愛猫|うさぎ|ウサギ|ハムスター|インコ|金魚|文鳥|カメ|亀)(?:の|[ 　])$")
_NOT_NICKNAMES = frozenset({"ワン", "ニャン", "ネコ", "イヌ", "ウサ", "パパ", "ママ", "ジジ", "ババ"})


def kana_surname(run: str) -> bool:
    """A katakana run the dictionary reads as a name or does not list at all, and no word of the language (not システム,
    not サクラ)."""
    if morphology.native_word(run) or morphology.listed_common_noun(run):
        return False
    return morphology.unknown_word(run) or any(t.pos[2] == "人名" for t in morphology.tokenize(run))


def _nickname(text: str, m: re.Match, key: str) -> bool:
    """A nickname, not a word: with ちゃん / くん / っち unless a pet's (ワンちゃん); bare, a run the dictionary does not
    hold as a word, or one placed by a post or an age (ナベ（主事）) and a subject again, or named twice owning a
    relative (ノッチの奥さん)."""
    run = m.group(key)
    if key == "ref":  # (not a pet: うちの猫のモモちゃん)
        return re.sub(r"(?:ちゃん|くん|っち)$", "", run) not in _NOT_NICKNAMES and _PET_BEFORE.search(
            text, max(0, m.start() - 12), m.start()) is None
    if kana_surname(run):
        return True
    if m.group("placed"):  # (and named again as a subject: ナベが…, ナベは…; not 経緯メモ（秘書課長）)
        return _POSTED.match(m.group("placed")) is not None and re.search(
            "(?<![ァ-ヺー])" + re.escape(run) + "(?:が|は|も)", text) is not None
    return text.count(run) >= 2


def nickname_cued(text: str) -> bool:
    """A word that may introduce such a reference is in the text (the passes' cheap gate)."""
    return any(c in text for c in _CUES)


_HEADING_END = re.compile(r"[^\n]{0,40}?(?:について|に関して|の件)[ \t　:：。]*(?:\n|$)")


def _paragraph_end(text: str, start: int) -> int:
    """Where a reference's reach ends: its paragraph's end, or (a heading's topic: …について) the record below it; at
    most ``_REACH`` characters on."""
    if _HEADING_END.match(text, start) is not None:
        return min(len(text), start + _REACH)
    blank = text.find("\n\n", start)
    return min(len(text) if blank < 0 else blank, start + _REACH)


def staff_references(text: str, matters: list[int], seen: set[int], result: Callable[..., object]) -> Iterator[object]:
    """The references (``_SUBJECT``, ``_LETTER_PLACED``, ``_NICKNAME``) with a matter at ``matters`` later in their
    paragraph (a record's subject: anywhere in the record after it), each once; ``result`` builds the hit."""
    if not matters or CASE_STUDY.search(text) is not None:
        return
    found = 0
    for pattern, reach in ((_SUBJECT, len(text)), (_LETTER_PLACED, 0), (_NICKNAME, 0)):
        for m in islice(pattern.finditer(text), MAX_REFS):
            key = "ref" if m.group("ref") else "ref2"
            s, e = m.start(key), m.end(key)
            if pattern is _NICKNAME and not _nickname(text, m, key):
                continue
            end = min(len(text), s + reach) if reach else _paragraph_end(text, e)
            if s in seen or not any(e <= q < end for q in matters):
                continue
            seen.add(s)
            found += 1
            yield result(s, e, text[s:e])
            if found >= MAX_REFS:
                return
