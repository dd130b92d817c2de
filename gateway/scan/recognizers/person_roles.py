"""What a member of staff named outside a record's subject does in the sentence (PERSON recognizer): the
sentence's subject (``agent``: 当課の中谷主任が、…), the person whose own family a matter is (``family``: 主事 森
健太、母の介護のため…), the contact of a notice (``contact``: 問い合わせは…中谷主任まで) or the head of a line about them
(``heads``: 保育士 鈴木 里奈: <record>). The aggregator reads these (rule_staff_record_subject)."""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.recognizers.person_cues import (_LIST_ITEM_BEFORE, _NOTE_AFTER, _OWN_PAPER_FROM, _STAFF_HEALTH_SET,
                                                  _STAFF_RECORD_SET, NOTE_THEN_SUBJECT, _duty_line, _record_note, family_after)
from gateway.scan.recognizers.person_lexicon import _HONORIFIC_SET, STAFF_TITLES
from gateway.scan.recognizers.person_rules import honorific_end
from gateway.scan.recognizers.person_shapes import contact_named

# a date or a period from a date right after the title, then a health or personnel word: a note's line about them
# (土橋主任 10/20〜病休 適応障害, round 19)
# (or after a comma, in words: 消防副士長 瓜生 拓真、1月15日から病気休暇（…）, round 28)
_DATED = re.compile(r"[ 　、,]*(?:[0-9]{1,4}[/.][0-9]{1,2}(?:[/.][0-9]{1,2})?|(?:(?:令和|R)[0-9]{1,2}年)?[0-9]{1,2}月[0-9]{1,2}日)"
                    r"[ 　]*(?:から|より|付けで|付で|付|[〜~～-])?[ 　]*")
# a member of staff's age in brackets after the name, with or without a note before it (主任 鬼頭 康晴（56）, 雲林院 誠（うじい
# まこと、42歳）): a record describing them as a person, not an official named in their capacity (round 23)
AGE_NOTE = re.compile(r"[ ]?[一-鿿]{0,6}[ ]?\((?:[^()\n]{1,12}[、,][ ]?)?(?:[1-9][0-9](?:歳|才)?|(?:入庁|採用|在職|勤続)[0-9]{1,2}年目?)"
                      r"(?:[、,][^()\n]{1,12})?\)")  # (or their years of service: 檜山 葵（入庁3年目）, round 32)  # (the rest of a title: 主任|保健師（39）)
_RECORD_WORDS = tuple(sorted(_STAFF_HEALTH_SET | _STAFF_RECORD_SET, key=len, reverse=True))


# after a comma, what makes the name someone addressed rather than the sentence's subject: a greeting, a request, or a
# kind of people the topic names (佐野主査、お疲れさまです / 江口さん、適応障害の方の記録を確認してください)
_ADDRESSED = re.compile(r"[^。\n]{0,60}?(?:お疲れ|おつかれ|おはよう|お世話|ありがとう|すみません|ください|下さい|お願い|"
                        r"いただけ|頂け|もらえ|の方|の人|者の|者へ|者を)")


def comma_subject(text: str, after: int) -> bool:
    """A comma right after a name and its honorific opens what is said about them (主任 江口 真理子さん、適応障害で休職),
    not a message to them (round 12); their unit in brackets may stand between (佐伯さん（保険年金課）、心療内科の…, r39)."""
    if (b := _UNIT_BRACKET_AFTER.match(text, after)) is not None:
        after = b.end()
    return text.startswith("、", after) and _ADDRESSED.match(text, after + 1) is None


_UNIT_BRACKET_AFTER = re.compile(r"[(（][^()（）\n、。]{1,12}?(?:課|係|室|部|局|所|センター|担当)[)）]")


def _dated_record(text: str, after: int) -> bool:
    m = _DATED.match(text, after)
    return m is not None and text[m.end():m.end() + 12].lower().startswith(_RECORD_WORDS)


# a speaker named with their post in brackets before what they say (A（住民福祉課長 小松 千鶴）特定健診の受診率向上のため…: an
# answer in a council newsletter, round 28): what follows the bracket is their answer, not about them
_ATTRIBUTION_BEFORE = re.compile(r"\((?:[AＡ答][ ]?)?[^()\n]{0,14}?(?:長|主任|主査|主事|主幹|参事|担当|理事|監|委員)[ ]?$")


# (round 39) …not an agenda item's subject in brackets after its title (懲戒処分に係る審査について（市民課 主事 浜岡 あずさ）)
_ITEM_OF = re.compile(r"(?:について|に関して|に関する件|の件)\([^()\n]{0,20}$")
_MATTER_OF = re.compile(r"[ ]?(?:\([^()\n]{1,20}\)[ ]?)?の(?:こと|件)(?:で|につ|に関|、)")
# the member of staff handing in their own record (…北條 怜奈 主事（ケースワーカー、採用3年目）から、本日、適応障害との診断書が
# 提出されました, round 31): 診断書 / 届 / 申出 in the same sentence
# the same member of staff referred back to in a later sentence (同職員は, 当該職員の): the passage is about them
_ANAPHOR = re.compile(r"(?:同職員|当該職員|同主事|同主任|同主査|同係長)(?:は|の|が|に|を|へ)")
_ANAPHOR_REACH = 600


# (round 36) a message reported from them (松浦係長から連絡です。…, 河原崎係長（…）から、今朝チャットで連絡がありました): what
# the message tells is theirs
_REPORTED_FROM = re.compile(r"(?:[(（][^()（）\n]{0,20}[)）])?から[、]?[^。\n]{0,12}?(?:連絡|電話|報告|相談|申し出|申出|メール|LINE|チャット)"
                            r"(?:が|を)?(?:あり|です|でした|受け|入り|来)")


def staff_roles(text: str, s: int, e: int, hon: str | None, full: bool) -> dict[str, bool]:
    """The roles of a member of staff named at [s, e) with their title ``hon`` (not the subject of a record)."""
    meta: dict[str, bool] = {}
    if text[e:e + 1] == ")" and _ATTRIBUTION_BEFORE.search(text, max(0, s - 18), s) is not None \
            and _ITEM_OF.search(text, max(0, s - 40), s) is None:
        meta["speaker"] = True  # (see _ATTRIBUTION_BEFORE)
    after = honorific_end(text, e, hon)  # (田村 健一 主査: one space before the title)
    gap = text[after:after + 1] in (" ", "\u3000")  # "松岡 彩 は、…" (one space before the particle)
    comma = bool(hon) and comma_subject(text, after)  # "主任 江口 真理子さん、適応障害で…" (round 12)
    subject = NOTE_THEN_SUBJECT.match(text, after + gap)  # (a note in brackets may stand between: 真鍋 洋平 主事（28）ですが)
    if (comma or (subject is not None and subject.group("p") != "、") or _OWN_PAPER_FROM.match(text, after) is not None) \
            and not _duty_line(text, after):
        meta["agent"] = True  # "当課の中谷主任が、…", "主事の村瀬 拓海さんですが、…": the sentence's subject (not of a duty)
        if _ANAPHOR.search(text, after, min(len(text), after + _ANAPHOR_REACH)) is not None:
            meta["topic"] = True  # (…主事 榎並 拓海（採用３年目）は、… ⏎ 同職員は昨年度も…人事評価…: the passage is theirs, r28)
    if _MATTER_OF.match(text, after) is not None or _REPORTED_FROM.match(text, after) is not None:
        meta["topic"] = True  # (…小田切 瑞穂 主任のことでご相談です, r31; 松浦係長から連絡です。乳がんの…: theirs, r36)
    if family_after(text, after):
        meta["family"] = True  # "主事 森 健太、母の介護のため…": their own family's matter (aggregate)
    if contact_named(text, s, after):
        meta["contact"] = True  # "問い合わせは人事課 中谷主任まで": named as the contact
    if full and (text[e:e + 1] == ":" or ((_NOTE_AFTER.match(text, e) or _record_note(text, e)) and not _duty_line(text, e))):
        # "保育士 鈴木 里奈: <record>", "主事 佐野 遥 ― 配慮事項：…", "主事 吉岡 沙耶（不眠・抑うつ状態…）": the rest of the
        # line is about them
        meta["heads"] = True
    elif _dated_record(text, after):
        meta["heads"] = True  # 土橋主任 10/20〜病休 適応障害(診断書あり): the line is their record
    elif hon in STAFF_TITLES and text[e + len(hon):e + len(hon) + 1] == ":" \
            and _LIST_ITEM_BEFORE.fullmatch(text, text.rfind("\n", 0, s) + 1, s):
        # a list item "・平井主任：適応障害のため…病気休暇": the item is about them (not a minutes speaker, who heads an
        # unbulleted line)
        meta["heads"] = True
    return meta


def token_kinds(toks) -> tuple[list[int], list[int], list[int]]:
    """Indexes of the honorific tokens, the 人名 (proper noun) tokens and the 地名 tokens of a window, in one pass."""
    hon_idx, persons, places = [], [], []
    for k, t in enumerate(toks):
        if t.surface in _HONORIFIC_SET:
            hon_idx.append(k)
        pos = t.pos
        if pos[2] == "人名":
            if pos[1] == "固有名詞":
                persons.append(k)
        elif pos[2] == "地名":
            places.append(k)
    return hon_idx, persons, places
