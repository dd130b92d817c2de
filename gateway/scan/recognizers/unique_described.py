"""People singled out by a description rather than a name (issue 13, round 23), for the unique_subject recognizer.

A local reader knows who is meant when a text says the one who fits: the school's one nurse (本校には１名のみ配置), the
village bus's one driver, the temple priest of the district's one temple, "our Portuguese interpreter (she's the only
one we have)". ``nearest_person_noun`` gives the person a uniqueness cue is said of when no record's subject label
stands before it: the closest person noun (養護教諭, 運転手さん, 住職, 技能実習生の方, interpreter …) within a short reach.

``described_people`` reads descriptions that identify without a uniqueness word: a habit seen every day in one place
(毎朝6時頃に中央公園の噴水前で…ラジオを流している男性), a deed in the news (新聞やテレビにも出た川端町の男性), the oldest of
a hamlet (上谷集落で一番の高齢者), a resident by street, age and former trade (本町三丁目の市営住宅に住む84歳の男性で、以前は
駅前で理容店を…), one of twins told apart (双子のうち、弟の方); and (``_anchored``) a person noun whose sentence holds three
kinds of specific detail — an age, a place below the town, a named institution or event, a look, a former trade or a
unique role, a deed in the news or a habit. Each is a person of the record, never a full name; only a sensitive topic
about them makes a block.
"""

from __future__ import annotations

from itertools import islice

from gateway.scan import rx as re

# (…編さん is 編纂, a compilation: 市史編さん, round 42)
_NOUN = (r"[一-鿿ァ-ヺー]{1,8}(?<!編)(?:さん|さま|氏|の方|の人)|男性|女性|男児|女児|児童|生徒|園児|利用者|入居者|住人|店主|オーナー|経営者"
         r"|住職|(?:ご)?主人|職員|運転手|実習生|通訳|団員|委員|[一-鿿]{0,4}(?:司書|教諭|師|士|員|官)|[1-6一二三四五六]年生"
         r"|(?i:\b(?:interpreter|nurse|teacher|driver|priest|doctor|officer|clerk|trainee|intern|caretaker|janitor)\b)"
         r"|(?<![A-Za-z])(?:ALT|CIR|JET|SEA)(?![A-Za-z])")  # (a school's one ALT: ALT（今年度東中は1名のみ…）, round 32)
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
    # (one of twins told apart: 双子の男の子のうち、お兄ちゃんの方, 双子のうち、弟の方)
    r"|双子の?[^。\n]{0,8}?うち、?(?P<t>(?:お)?(?:兄ちゃん|姉ちゃん|兄|弟|姉|妹)の(?:方|ほう))"
    r"|(?:丁目|番地|地区|集落|団地|住宅)[^。\n]{0,12}(?:に住む|在住の)[ ]?[0-9]{2}[ ]?(?:歳|代)の(?P<r>男性|女性|方)"
    r"(?=[^。\n]{0,6}(?:以前は|元|かつて|昔は))")
# (round 23, fourth wave) a person described by three kinds of specific detail or more in their sentence — an age, a place
# below the town (…団地 B棟, 柳原2丁目), a named institution or event (港まつり花火大会, …造船所勤務), a look (赤い眼鏡, 白いジャージ
# に赤いキャップ), a former trade or a unique role (元・市役所の公用車運転手, 唯一…の資格), a deed in the news, a habit: the combination
# singles them out (あの水上バイクを運転していた男性（当時３４歳、造船所勤務）)
_DESCRIBED_NOUN = re.compile(r"(?:男性|女性|おじいさん|おばあさん|おじいちゃん|おばあちゃん|男の子|女の子|男子生徒|女子生徒|男児|女児"
                             r"|ご主人|青年)(?![たちら々])")
_ANCHORS = (
    re.compile(r"[0-9]{1,3}[ ]?(?:歳|才)|[1-9]0代"),
    re.compile(r"[一-鿿ァ-ヺー]{1,10}(?:団地|丁目|地区|集落|通り|商店街|港|橋|広場|駅前)|[A-Z]棟"),
    re.compile(r"[一-鿿ァ-ヺー]{1,10}(?:高校|高等学校|中学校|小学校|保育園|病院|医院|造船所|工場|農園|寺|神社|大会|まつり|祭り)"),
    re.compile(r"(?:赤|白|黒|青|黄|緑|茶|ピンク|紫|金|銀)(?:い|色の)[一-鿿ァ-ヺー]|眼鏡|メガネ|キャップ|帽子|ジャージ|ナンバー|車いす|刈り"),
    re.compile(r"元[・]?[一-鿿ァ-ヺー]{1,10}|勤務|運転手|大使|資格|唯一"),
    re.compile(r"事故|事件|花火|ニュース|新聞|テレビ|毎朝|毎日|毎晩|いつも"),
)
_DESC_REACH = 120


def _anchored(text: str):
    """(start, end) of each person noun whose sentence (and the bracket right after it) holds three kinds of anchor."""
    for m in islice(_DESCRIBED_NOUN.finditer(text), 32):
        lo = max(text.rfind("。", max(0, m.start() - _DESC_REACH), m.start()),
                 text.rfind("\n", max(0, m.start() - _DESC_REACH), m.start()), m.start() - _DESC_REACH - 1) + 1
        hi = m.end()
        if text.startswith("(", hi):
            close = text.find(")", hi, hi + 30)
            hi = close + 1 if close > 0 else hi
        if sum(1 for a in _ANCHORS if a.search(text, lo, hi)) >= 3:
            yield m.start(), m.end()


DESCRIBED_TRIGGERS = ("毎朝", "毎晩", "毎夕", "毎日", "いつも", "新聞", "テレビ", "ニュース", "報道", "一番の", "いちばんの",
                      "に住む", "在住の", "双子", "男性", "女性", "おじいさん", "おばあさん", "おじいちゃん", "おばあちゃん", "男の子", "女の子",
                      "男子生徒", "女子生徒", "男児", "女児", "ご主人", "青年")
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
        g = m.lastgroup  # (each alternative holds one named group, and no other group)
        if g in ("h", "n") and _PLURAL_AFTER.match(text, m.end(g)) is not None:
            continue  # (毎朝ラジオ体操に来ている方々: a group)
        yield m.start(g), m.end(g)
    yield from _anchored(text)
