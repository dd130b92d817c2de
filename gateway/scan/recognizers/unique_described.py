"""People singled out by a description rather than a name (issue 13, round 23), for the unique_subject recognizer.

A local reader knows who is meant when a text says the one who fits: the school's one nurse (本校には１名のみ配置), the
village bus's one driver, the temple priest of the district's one temple, "our Portuguese interpreter (she's the only
one we have)". ``nearest_person_noun`` gives the person a uniqueness cue is said of when no record's subject label
stands before it: the closest person noun (養護教諭, 運転手さん, 住職, 技能実習生の方, interpreter …) within a short reach.

``described_people`` reads descriptions that identify without a uniqueness word: a habit seen every day in one place
(毎朝6時頃に中央公園の噴水前で…ラジオを流している男性), a deed in the news (新聞やテレビにも出た川端町の男性), the oldest of
a hamlet (上谷集落で一番の高齢者), a resident by street, age and former trade (本町三丁目の市営住宅に住む84歳の男性で、以前は
駅前で理容店を…). Each is a person of the record, never a full name; only a sensitive topic about them makes a block.
"""

from __future__ import annotations

from itertools import islice

from gateway.scan import rx as re

_NOUN = (r"[一-鿿ァ-ヺー]{1,8}(?:さん|さま|氏|の方|の人)|男性|女性|男児|女児|児童|生徒|園児|利用者|入居者|住人|店主|オーナー|経営者"
         r"|住職|(?:ご)?主人|職員|運転手|実習生|通訳|団員|委員|[一-鿿]{0,4}(?:司書|教諭|師|士|員|官)|[1-6一二三四五六]年生"
         r"|(?i:\b(?:interpreter|nurse|teacher|driver|priest|doctor|officer|clerk|trainee|intern|caretaker|janitor)\b)")
_PERSON_NOUN = re.compile(_NOUN)
_NOUN_REACH = 60  # characters before the cue where the person it is said of is named
_AFTER_REACH = 24  # …or after it, on its line

_PLURAL_AFTER = re.compile(r"たち|達|ら(?![い-ゖ])|方々|の皆")
# a habit seen in one place (毎朝…噴水前で…流している男性), a deed in the news (新聞やテレビにも出た…男性), the oldest of a
# hamlet, a resident by street, age and former trade
_DESCRIBED = re.compile(
    r"(?:毎朝|毎晩|毎夕|毎日|いつも)[^。\n]{4,48}?(?:ている|てる|ていた)(?P<h>男性|女性|方|人|おじいさん|おばあさん|おじいちゃん"
    r"|おばあちゃん|青年|少年|少女)"
    r"|(?:新聞|テレビ|ニュース|報道)[^。\n]{0,8}(?:出た|取り上げられた|報じられた|載った)[^。\n]{0,24}?(?P<n>男性|女性|方|人|男の子|女の子)"
    r"|(?:集落|地区|町内|自治会|団地|村|島)[ 　]?(?:で|の)[ 　]?(?:一番|いちばん)の?(?P<o>高齢者|年長者|長寿|お年寄り)"
    r"|(?:丁目|番地|地区|集落|団地|住宅)[^。\n]{0,12}(?:に住む|在住の)[ ]?[0-9]{2}[ ]?(?:歳|代)の(?P<r>男性|女性|方)"
    r"(?=[^。\n]{0,6}(?:以前は|元|かつて|昔は))")
DESCRIBED_TRIGGERS = ("毎朝", "毎晩", "毎夕", "毎日", "いつも", "新聞", "テレビ", "ニュース", "報道", "一番の", "いちばんの",
                      "に住む", "在住の")
_MAX = 16  # descriptions read per prompt: bounded work


def nearest_person_noun(text: str, lo: int, cue: int) -> re.Match[str] | None:
    """The person noun closest before ``cue`` (within ``_NOUN_REACH`` and ``lo``), not a plural; else the first one
    right after the cue's bracket or clause, in the same clause (コンビニ（駅前に1軒しかないあの店）のオーナーさん; not 唯一の公立病院
    である市民病院では、対象の方に…)."""
    last = None
    for m in _PERSON_NOUN.finditer(text, max(lo, cue - _NOUN_REACH), cue):
        if _PLURAL_AFTER.match(text, m.end()) is None:
            last = m
    if last is None:
        m = _PERSON_NOUN.search(text, cue, min(len(text), cue + _AFTER_REACH))
        if m is not None and _PLURAL_AFTER.match(text, m.end()) is None and not any(c in text[cue:m.start()] for c in "\n、。"):
            last = m
    return last


def described_people(text: str):
    """(start, end) of each person a description singles out (see the module docstring)."""
    for m in islice(_DESCRIBED.finditer(text), _MAX):
        g = next(k for k in ("h", "n", "o", "r") if m.group(k))
        if g in ("h", "n") and _PLURAL_AFTER.match(text, m.end(g)) is not None:
            continue  # (毎朝ラジオ体操に来ている方々: a group)
        yield m.start(g), m.end(g)
