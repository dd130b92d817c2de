"""An address followed by who lives there (issue 13, round 15, helper r15-records): ``緑町3丁目12番4号 コーポみどり202 の
単身男性（70代後半）``, ``本町2-8-15 に住む高齢の女性``, ``旭町1-8-22 の独居高齢者``. A case memo or a neighbour's report that
names no one still points at one household: the dwelling and a description of its resident. ``resident_after`` marks
such an address (``resident`` metadata); aggregate_residents reads it with a sensitive topic nearby as that person's.

The description follows the address within its sentence: a building's name and room may stand between (…の青い屋根の家),
then の / に住む / 在住の / で暮らす, then a person word (男性, 女性, 高齢者, 夫婦, 母子, 男の子, 小学生 …) with at most a
qualifier before it (単身, 独居, 一人暮らしの, 高齢の, 若い, 小学生くらいの), and no compound goes on from it (の高齢者福祉センター is a facility). A facility after the address (の公民館, の地域包括支援センター) is no resident."""

from __future__ import annotations

from typing import Any

from gateway.scan import rx as re

_QUALIFIER = r"(?:単身の?|独居の?|一人暮らしの?|ひとり暮らしの?|高齢の?|年配の|若い|同居の|[0-9]{2}代(?:前半|後半)?(?:くらい|ぐらい|位)?の?)"
_RESIDENT_AFTER = re.compile(
    r"(?:[^\n。、]{0,16}?[ ]?(?:の|に住む|に住んでいる|にお住まいの|在住の|で暮らす|に暮らす|で一人暮らしの|宅の)"
    # (or on the next line, as a memo's field or a list item: 訪問先：…302号室 ⏎ 対象：80代男性 独居; …の向かいのアパート ⏎
    # ・一人暮らしの80代くらいのおじいさん — round 20)
    r"|[^\n]{0,40}?\n[ \t　]*(?:[・･\-*●○]|(?:対象者?|世帯|居住者|住人|入居者|本人|相手)[ \t　]*[:：])[ \t　]*)[ ]?"
    r"(?:" + _QUALIFIER + r"[ ]?){0,2}"
    # (a child described by age: 小学生くらいの男の子, 中学生の女の子, 赤ちゃん)
    r"(?:(?:小学生|中学生|高校生|幼児|[0-9]{1,2}歳)(?:くらい|ぐらい|位)?の?)?"
    r"(?:男性|女性|男児|女児|男の子|女の子|子ども|子供|こども|少年|少女|小学生|中学生|高校生|赤ちゃん|乳児|幼児|高齢者|"
    r"高齢男性|高齢女性|夫婦|母子|父子|世帯|住人|入居者|居住者|お年寄り|おじいさん|おばあさん|方(?![針法面向])|"
    # (a household by its members, as a memo's item lists them: ・９０代の母親と６０代の息子の二人暮らし, round 26)
    r"母親|父親|息子|娘|祖母|祖父|老夫婦|一家)"
    r"(?![一-鿿ァ-ヺー])")  # (not the start of a compound: の高齢者福祉センター, の母子生活支援施設 are facilities)
_REACH = 48
# …or on an item's indented lines below it, after the dwelling's word (4 常磐城5丁目12-3 ⏎ 　使用量 … ⏎ 　検針員メモ：住人の高齢の
# 男性（一人暮らし）…, round 33)
_RESIDENT_BELOW = re.compile(r"[^\n]{0,40}\n(?:[ \t　]+[^\n]{0,60}\n){0,2}[ \t　]+[^\n]{0,24}?(?:住人|居住者|入居者|世帯主)の[ ]?"
                             r"(?:" + _QUALIFIER + r"[ ]?){0,2}(?:男性|女性|高齢者|方|夫婦|おじいさん|おばあさん|お年寄り)(?![一-鿿ァ-ヺー])")
_BELOW_REACH = 220


# …or said to be a home as well as a shop (本町1丁目3-9、店舗兼住宅): the owner lives there (round 26)
_HOME_TOO_AFTER = re.compile(r"[ ]?[、,(（][ ]?(?:店舗兼(?:住宅|自宅|住居)|自宅兼(?:店舗|事務所|作業場)|住居兼(?:店舗|事務所))")


def resident_after(text: str, end: int) -> dict[str, Any]:
    """{"resident": True} when the address ending at ``end`` is followed by who lives there, else {}."""
    hi = min(len(text), end + _REACH)
    return {"resident": True} if _RESIDENT_AFTER.match(text, end, hi) or _HOME_TOO_AFTER.match(text, end, hi) \
        or _SELF_AFTER.match(text, end, hi) or _RESIDENT_BELOW.match(text, end, min(len(text), end + _BELOW_REACH)) else {}


# …or the speaker introducing themself as living there (緑町2丁目12番に住んでいる石動（いするぎ）です: a hearing's, r30)
_SELF_AFTER = re.compile(r"[ ]?(?:に住んでいる|に住んでおります|に住んでいます|に住む|在住の)[ 　]?[一-鿿々ぁ-ゖァ-ヺ]{1,6}"
                         r"(?:[(（][ぁ-ゖァ-ヺ・ ]{2,12}[)）])?[ 　]?(?:です|と申します|でございます)")


# the dwelling named before the address, as the subject's (round 16): 住まいは朝比奈町字上宿112番地、…; 自宅：…; 現住所 …
_RESIDENT_BEFORE = re.compile(r"(?:自宅|住まい|お住まい|住居|居住地|居所|実家|現住所|ご住所|ご自宅)(?:は|：|:|[ 　]|前?[(（])[ 　]?$")  # (自宅前（…）: r21; ご住所は: a resident asked, r25)
# a numbered dwelling in a building right after a district (泉が丘五丁目（泉が丘団地8号棟）, 旭町3丁目 コーポ旭 203号室):
# the household is as precise as a house number (round 16)
_DWELLING_AFTER = re.compile(
    r"[ 　]?[(（]?[^\n()（）、。]{0,14}?(?:団地|ハイツ|コーポ|マンション|アパート|荘|レジデンス|住宅|寮)[ 　]?"
    r"[0-9]{1,4}[ ]?(?:号棟|号室|棟|号|階)")


# (round 21) a record's subject described on the line before, with their age, and the address as its location field:
# 対象者：…にお住まいの方（72歳女性） ⏎ 所在：湖東市白樺台２丁目１４－６
_SUBJECT_LINE_BEFORE = re.compile(
    r"(?:対象者?|本人|相談者|要支援者|世帯主)[ 　]?[:：][^\n]{0,60}?(?:[0-9]{1,3}[ ]?歳|[0-9]{2}代)[^\n]{0,16}\n"
    r"[ 　・]*(?:所在(?:地|場所)?|住所|居所|住まい|所在住所)[ 　]?[:：][ 　]?$")


def resident_before(text: str, start: int) -> bool:
    """The address starting at ``start`` is introduced as someone's dwelling (自宅は, 住まいは, 現住所：), or as the
    location of the subject the line before describes (対象者：…の方（72歳女性） ⏎ 所在：…)."""
    return (_RESIDENT_BEFORE.search(text, max(0, start - 12), start) is not None
            or _SUBJECT_LINE_BEFORE.search(text, max(0, start - 110), start) is not None)


def dwelling_after(text: str, end: int) -> bool:
    """A numbered dwelling in a building follows the district ending at ``end``."""
    return _DWELLING_AFTER.match(text, end, min(len(text), end + 32)) is not None
