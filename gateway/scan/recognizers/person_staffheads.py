"""Staff named in a record's heading or list line with their affiliation or post in brackets (PERSON recognizer):
``■大河原 佐菜江(税務課 主任)``, ``1. 山田 太郎(こども課・係長)``, ``■ 小川 みどり　教諭（第3学年2組担任・理科）``, and the record's
subject after 本人 in a line of those present. Split from person_lexicon (round 27)."""

from __future__ import annotations

from itertools import islice

from gateway.scan import rx as re
from gateway.scan.recognizers.person_lexicon import POST_TITLE_ALT, STAFF_TITLE_ALT, STAFF_TITLES

# a heading or list line that names a member of staff with an affiliation in brackets: "■大河原 佐菜江(税務課 主任)", "1. 山田
# 太郎(こども課・係長)"; the affiliation must end in a unit or title (a note may follow after a comma: …担当、任用4年目); or their staff number (三輪 恭平（職員番号 20814）, r15)
_STAFF_AFFILIATION = re.compile(
    r"\((?P<aff>[^()\n]{0,20}?(?:課|部|係|室|局|所|センター|学校|園|館)[ ・/]?[^()\n]{0,8}(?:[、,][^()\n]{1,10})?|職員(?:番号|No\.?|ID|コード)[ :]?[0-9A-Za-z-]{2,10}"
    r"|[A-Z][A-Za-z &-]{2,40}(?:Division|Department|Section|Office|Center|Centre)|(?:主事補?|主任|主査|係長|技師|主幹)[・、,][^()\n]{1,10})\)")
# (not a child with an age and a nursery: ・大熊 陽翔くん（4歳、ひまわり保育園）, round 29)
_CHILD_NOTE = re.compile(r"[0-9]{1,2}[ ]?(?:歳|才|か月|ヶ月)")
_CHILD_HONORIFICS = ("くん", "ちゃん", "さん", "さま")
_STAFF_HEAD_PREFIX = re.compile(
    r"[ \t]*(?:[■□●○◆◇▼▽・*\-]|#{1,6}|[0-9]{1,3}[.)．、]|\([0-9]{1,3}\)|[0-9]{1,2}(?=[一-鿿々〆ヶ])(?![月日年時分秒人名件回歳才号階丁番条項期週度次代位]))?[ \t]*"  # (## 坂本 大輔（税務課 主任）: r13)
    # (a circled or bracketed number, ① and ⑵ folded to "1" and "(2)": ①百々 雅美（中央図書館 レファレンス担当、任用4年目）, r28;
    # not a date or a count glued to a word: ６月上旬　公開抽選（市役所本庁舎３階 会議室）)
    # a staff number before the name: "職員番号 20415 河内 亮介(子育て支援課 主事)", "No.12 …", "ID:S-0012 …"
    r"(?:[^\s()0-9]{0,6}[ :]?[0-9A-Za-z][0-9A-Za-z-]{1,9}[ \t]+)?"
    r"(?P<name>[一-鿿々〆ヶ]{1,3}[ 　]?[一-鿿々〆ヶぁ-ゖァ-ヺ]{1,4})[ 　]?")
# or a title between the name and a bracket of any note (■ 小川 みどり　教諭（第3学年2組担任・理科）, round 27)
_UNIT_WORD = re.compile(r"[部課係室局所属](?:[ 　]|$)")  # a unit or 所属 ending a part of the "name"
_ANY_BRACKET = re.compile(r"\([^()\n]{2,24}\)")  # (found first: a literal, fast to search; the title read back from it)
_TITLE_LAST = frozenset(t[-1] for t in STAFF_TITLES) | {"諭", "師"}  # (the last character of each title _TITLE_END reads)
_TITLE_END = re.compile(r"(?:教諭|講師|" + STAFF_TITLE_ALT + r")[ ]?$")

# or the record's subject named after 本人 in a line of those present (聴聞出席者：人事課長 森下、本人 砂金 亮太（土木課 技師）)
_SELF_STAFF = re.compile(r"(?:^|(?<=[、,\s:：]))(?:本人|当該職員|対象職員)[ :：]?(?P<name>[一-鿿々〆ヶ]{1,3} [一-鿿々〆ヶぁ-ゖァ-ヺ]{1,4})"
                         r" ?$")


def staff_headings(text: str):
    """(name start, name end, name) of lines "<bullet><name>(<unit> <title>)": found from the bracket
    (a literal, fast to search) back to the line start."""
    for m in _STAFF_AFFILIATION.finditer(text):
        if (h := _head_before(text, m.start())) is not None and _CHILD_NOTE.match(m.group("aff")) is None \
                and not h.group("name").endswith(_CHILD_HONORIFICS) and _UNIT_WORD.search(h.group("name")) is None:
            # (not ・人事課 相談員（職員係長、主査〔女性〕）: a unit and a post, whose holders the bracket names, r40)
            yield h.start("name"), h.end("name"), h.group("name")
    for m in _ANY_BRACKET.finditer(text):
        b = m.start() - (text[m.start() - 1:m.start()] == " ")
        if text[b - 1:b] not in _TITLE_LAST:
            continue  # (no title ends right before the bracket: the alternation is not tried)
        t = _TITLE_END.search(text, max(0, m.start() - 9), m.start())
        if t is not None and (h := _head_before(text, t.start())) is not None and _UNIT_WORD.search(h.group("name")) is None:
            yield h.start("name"), h.end("name"), h.group("name")  # (not 市民部 所属　主査（40歳代・男性）: a unit)
    if "\n・" in text or "\n-" in text or "\n*" in text or "\n※" in text or "\n " in text or "\n\t" in text:
        for m in islice(_UNIT_TITLE_LINE.finditer(text), 8):
            if _PROFILE_ITEM.search(text, m.end(), min(len(text), m.end() + 160)) is None:
                yield m.start("name"), m.end("name"), m.group("name")


# or a memo's line holding only units, a title and a full name, with the memo's items below it (環境部 清掃事務所 主任　大曽根
# 健吾 ⏎ ・奥さんから電話「昨夜から眠れず…」, round 28): the items are about them
# (a clinic's post and 先生 too, its items indented below: ・循環器内科 医長　藤巻 ダヴィド先生 ⏎ 　面接指導：不眠…)
_UNIT_TITLE_LINE = re.compile(r"^[ \t]*(?:[・*\-■●][ \t]*)?(?:[一-鿿ぁ-ゖァ-ヺー0-9]{1,10}(?:課|係|室|部|局|センター|所|館|園|校|院|署|科)"
                              r"[ \t]+){1,3}(?:" + POST_TITLE_ALT + r")[ \t]+(?P<name>[一-鿿々〆ヶ]{1,3} [一-鿿々〆ヶぁ-ゖァ-ヺ]{1,4})"
                              r"[ \t]*(?:\((?!内線|直通|TEL|電話)[^()\n]{1,20}\))?[ \t]*(?:先生|さん)?[ \t]*\n(?:[ \t]*[・*\-※]|[ \t]+[^\s])",
                              re.MULTILINE)  # (not a contact's line: ・総務課 総務係 主事　熊井 由佳（内線212）, round 33)


# (not a profile's items: a hospital's or a school's staff introduced, 専門：糖尿病, 外来：火・木)
_PROFILE_ITEM = re.compile(r"(?:専門(?:分野|領域)?|外来(?:日|担当日)?|診療日|担当(?:科目|教科|分野)|資格|所属学会|経歴|略歴|趣味|ひとこと|一言|出身)"
                           r"[ ]?[:：]|専門医|認定医|着任しました|ご紹介")


def _head_before(text: str, p: int):
    """The heading's prefix and name from the line start to ``p``, or None."""
    lo = max(0, p - 36)  # bounded look-back: a long line costs no more than a short one
    ls = text.rfind("\n", lo, p) + 1
    if ls == 0 and lo > 0:
        return None  # the bracket is far from a line start
    return _STAFF_HEAD_PREFIX.fullmatch(text, ls, p) or _SELF_STAFF.search(text, ls, p)


# a bracketed heading naming a member of staff by surname glued to their title, then the matter (【道路維持課　萩行係長
# 勤務実績不良の件】, round 27): the record below is about them
_MATTER_HEADING = re.compile(r"【(?:[^】\n]{0,16}?[ 　])?(?P<name>[一-鿿々〆ヶ]{1,4}?)(?:" + STAFF_TITLE_ALT + r")[ 　]*の?"
                             r"[^】\n]{1,20}?(?:の件|について|に関する件|に係る件)】")


# or a record's title line ending in the unit and the surname it is about (■ 職場復帰支援プラン（案）　福祉総務課　嶌田, round 27)
_TOPIC_ALT = r"復帰|復職|休職|病休|面談|評価|処分|勤怠|健康管理|指導"
_KIND_UNIT = r"(?:プラン|計画|記録|メモ|票|シート|報告書?)(?:[(（]案[)）])?】?[ 　]+[^\s]{1,12}(?:課|係|室|所|センター)[ 　]+"
_RECORD_TITLE = re.compile(r"^[ \t]*(?:[■□●◆◇]|【)?[ \t]*[^\n]{0,16}?(?:" + _TOPIC_ALT + r")[^\n]{0,12}?" + _KIND_UNIT
                           + r"(?P<name>[一-鿿々〆ヶ]{1,3})[ 　]*$", re.MULTILINE)
# (its two parts looked for alone first: a text without them never tries the line pattern)
_RECORD_TOPIC, _RECORD_WORD = re.compile(_TOPIC_ALT), re.compile(_KIND_UNIT + "[一-鿿]")


def matter_headings(text: str):
    """(name start, name end, name) of each heading of the _MATTER_HEADING or _RECORD_TITLE shape."""
    if "【" in text:
        for m in islice(_MATTER_HEADING.finditer(text), 16):
            yield m.start("name"), m.end("name"), m.group("name")
    if _RECORD_TOPIC.search(text) is not None and _RECORD_WORD.search(text) is not None:
        for m in islice(_RECORD_TITLE.finditer(text), 16):
            yield m.start("name"), m.end("name"), m.group("name")


# or a memo's first line naming the matter by a surname glued to a title, no brackets (鰐淵消防士長の件（中央署 警防第二課）,
# round 28): the dictionary must read the surname as a proper noun (not 新任係長の件, 当該主査について: person_tables)
_MATTER_LINE = re.compile(r"^[ \t]*(?:[■□●○◆◇・*]|[0-9]{1,2}[.)．])?[ \t]*(?P<name>[一-鿿々〆ヶ]{1,4}?)(?:" + STAFF_TITLE_ALT
                          + r")[ 　]*(?:の件|について|に関する件|に係る件)(?=[ 　]*(?:[(、,:]|$))", re.MULTILINE)


def matter_lines(text: str):
    """(name start, name end, name) of each line of the _MATTER_LINE shape."""
    if "の件" in text or "について" in text or "に係る件" in text:
        for m in islice(_MATTER_LINE.finditer(text), 16):
            yield m.start("name"), m.end("name"), m.group("name")
