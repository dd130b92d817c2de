"""Structural name rules of the PERSON recognizer: lists of rows starting with a full name, staff headings (■山田 太郎
（税務課 主任）) and romanised names after English honorifics or record labels. Mixed into PersonRecognizer."""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import chain
from typing import Any

from gateway.scan import morphology
from gateway.scan.markup_chats import CHAT_TIME_CELL  # (a chat export's message row, 14:05⇥相馬 美咲⇥…: round 37)
from gateway.scan.recognizers._field_keys import NAME_KEYS
from gateway.scan.recognizers._text import field_tuples, line_matches, stable_key
from gateway.scan.recognizers.email import organisation_domain
from gateway.scan.recognizers.person_charname import glued_full_name
from gateway.scan.recognizers.person_contacts import kana_surname, signature_contact, spaced_name_ok, writer_home_phone
from gateway.scan.recognizers.person_intro import glued_surname
from gateway.scan.recognizers.person_rules import Coverage, kana_noun_given, namey
from gateway.scan.recognizers.person_topics import (ANY_TITLE, TOPIC_SET, in_capacity_or_cited, row_topic, sentence_subjects,
                                                    topic_in, topic_starts)
from gateway.scan.recognizers.person_columns import _LATIN_TITLE_BEFORE, _STAFF_RECORD_RE, _famous
from gateway.scan.recognizers.person_latin_labels import label_word, one_word_ok
from gateway.scan.recognizers.person_prefilter import Prefiltered, fold
from gateway.scan.recognizers.person_senders import free_mail_signers, own_leave, own_mobile_below
from gateway.scan.recognizers.person_staffheads import matter_headings, matter_lines, staff_headings
from gateway.scan.recognizers.person_lexicon import (
    STAFF_TITLE_ALT, STAFF_TITLES, _COLUMN_NAME, _LATIN_CONTACT_NAME, _LATIN_NAME, _LATIN_NOT_NAMES,
    _LIST_MIN_ROWS, _LIST_ROW, _PERSONAL_CONTACT as _PERSONAL_CONTACT_RE, _PERSONAL_DATA_RE, _SIGNATURE_NAME,
)


# a roster row naming someone by a public role or office ("2 野口 文子　緑野市社会福祉協議会 会長",
# "1 佐伯 康夫　緑野大学 名誉教授"): a published list of committee members or officers, not private persons —
# unless the row also holds personal data (a phone, an address, a birth date)
_PUBLIC_ROLE = re.compile("|".join(sorted(STAFF_TITLES | {
    "教授", "准教授", "委員", "委員長", "副委員長", "議員", "議長", "校長", "園長", "館長", "院長", "弁護士", "医師", "税理士",
    "社長", "取締役"}, key=len, reverse=True)))
# officers of an association count as public only with the organisation named, and never those of a residents'
# association (自治会, 町内会 …), whose officers are private residents
_ASSOC_ROLE = re.compile(r"(?:副?会長|理事長?|代表(?:理事)?|顧問|監事|幹事)")
_ASSOC_ORG = re.compile(r"(?:大学|協議会|会議所|医師会|歯科医師会|薬剤師会|法人|株式会社|協会|連合会|組合|学会|病院|委員会)")
_RESIDENTS_ASSOC = re.compile(r"(?:自治会|町内会|町会|子ども会|老人クラブ|管理組合|PTA)")
_COUNCIL_HEADER = re.compile(r"議員名|会派|党派|当選回数|議席番号")  # (議員名　会派　議案81: a council's members, round 34)


def _public_role_row(text: str, e: int) -> bool:
    le = text.find("\n", e, e + 80)
    tail = text[e:le if le >= 0 else min(len(text), e + 80)].split("。", 1)[0]  # (not 担任と… in a later sentence, r35)
    elected = _ELECTED_AFTER.match(text, e) is not None  # (an elected office's holder, whatever the line says of them)
    if not elected and (_PERSONAL_DATA_RE.search(tail) is not None or _RESIDENTS_ASSOC.search(tail) is not None):
        return False
    return elected or _PUBLIC_ROLE.search(tail) is not None or _PARTY.search(tail) is not None or (
        _ASSOC_ROLE.search(tail) is not None and _ASSOC_ORG.search(tail) is not None) or _UNIT_CELL.match(tail) is not None


# (round 37) the office unit in the cell after the name (大和田 結衣⇥子育て支援課⇥○⇥×: a training's attendance by unit, a
# spreadsheet's cells)
_UNIT_CELL = re.compile(r"[ 　]*(?:\t|[|｜])[ \t　]*[一-鿿ぁ-んァ-ヶー]{1,12}(?:課|係|室|局|センター|事務所)(?:[ \t　|｜]|$)")


_ELECTED_AFTER = re.compile(r"[ 　]?(?:副?(?:市|町|村)長|副?知事|副?議長|議員|教育長)(?:は|が|の|、|。|[ 　])")  # (那珂川 正人 市長は、: r25)
# a council member's political group in brackets after the name: "高畑 義明 君（市民クラブ）", "森 由紀子（公明党）"
_PARTY = re.compile(r"^[ ]?(?:君|議員|氏)?[ ]?\([^()\n]{0,12}(?:党|クラブ|無所属|会派|の会|フォーラム|ネット)\)")


_LATIN_NAME_SCAN = Prefiltered(_LATIN_NAME)
_STAFF_TITLE_RE = re.compile(STAFF_TITLE_ALT)


# an office unit or employer on a signature line: the person signs as staff
# a pupil named with the class: "ひなたさん(3年1組)", "蓮くん(小2・1組)" — a child identified at school
_CLASS_PUPIL = re.compile(
    r"(?<![ぁ-ゖァ-ヺー一-鿿々〆ヶ])(?P<name>[ぁ-ゖァ-ヺー一-鿿々〆ヶ]{2,6}?)(?:さん|くん|君|ちゃん)"
    r"\((?:小|中|高)?[0-9一二三四五六]年?[ ・]?[0-9A-Za-z一二三四五六七八九十]{1,2}組\)")
# "3年2組 吉川 そら:", "・5年1組 河合 ゆうま 君": a pupil named after the school class
# (found from each "組": the class before it, the name after it — no pass over the whole text)
# a nursery's class, named after its 園 (わかば保育園 さくら組 石井 芽依, 保育所 ひまわり組)
_NURSERY_HEAD = re.compile(r"(?:園|保育所)[ \t　]?[ぁ-ゖァ-ヺー]{2,5}$")
_CLASS_HEAD = re.compile(r"[0-9一二三四五六]学?年[ ]?[0-9A-Za-z一二三四五六七八九十]{1,2}$")
# (a pupil's seat number may sit between the class and the name: 第4学年2組　15番　宇佐美 心陽 — round 14)
_CLASS_NAME = re.compile(
    r"(?:[ \t　]*(?:出席番号[ \t:：]*[0-9]{1,2}番?|[0-9]{1,2}番|No\.?[ ]?[0-9]{1,2}))?[ \t　]+(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})(?=[ 　]?(?:[:(（)）、,\n]|さん|くん|君|ちゃん|$)|[ \t　])")
# the name ends its field ("3年2組 吉川 そら:"); a name followed by a space and more words ("2年3組 千葉 蒼空　不登校") is
# confirmed by the name model
def _pupil_name_ok(name: str) -> bool:
    """After a school class: the name model, or a proper noun first (many surnames are place names: 千葉, 熊本)
    — not a common noun (担任 佐藤)."""
    if spaced_name_ok(name):
        return True
    toks = morphology.tokenize(re.split(r"[ 　]", name, maxsplit=1)[0])
    return len(toks) == 1 and toks[0].pos[1] == "固有名詞"


_CLASS_NAME_END = re.compile(r"[ 　]?(?:[:(（、,\n]|さん|くん|君|ちゃん|$)")
_UNIT_LINE = re.compile(r"(?:課|係|室|部|局|センター|事務所|市役所|区役所|町役場|村役場|株式会社|\(株\)|有限会社|"
                        r"法人|協会|組合|Inc\.|Co\.,|Ltd|Division|Department|Section|City Hall|City Office)")


# field names that hold a person's name in code, SQL and logs
NAME_FIELDS = frozenset(NAME_KEYS) | frozenset({"name", "full_name", "fullname", "shimei", "namae", "person_name", "resident_name",
                         "citizen_name", "applicant_name", "patient_name", "customer_name", "kanji_name", "name_kanji",
                         "name_kana", "kana_name", "shimei_kana", "kana_shimei", "simei", "simei_kana"})


_KANA_ONLY = re.compile(r"[ぁ-ゖ]+")


# a street-level address line (a house number after a municipality): a letter's sender block
_STREET_LINE = re.compile(r"(?:都|道|府|県|市|区|町|村)[^\n]{0,24}?[0-9一二三四五六七八九十]{1,4}(?:丁目|番地?|号|-[0-9])")


def _address_beside(text: str, start: int, end: int) -> bool | None:
    """For a name alone on its line: None without a street-level address on the line just before or after it,
    else whether an office unit is near (a member of staff signing with the office's address)."""
    ps = text.rfind("\n", 0, max(0, start - 1)) + 1
    ne = text.find("\n", end + 1)
    ne = len(text) if ne < 0 else ne
    if _STREET_LINE.search(text, ps, start) is None and _STREET_LINE.search(text, end, ne) is None:
        return None
    # (around the name, never in it: 砥部, 阿部, 岡部 hold 部)
    return _UNIT_LINE.search(text, max(0, ps - 40), start) is not None or _UNIT_LINE.search(text, end, ne) is not None


# a spaced full name right before の and a specific sensitive topic: "後藤 浩二 の懲戒処分", "宮下 恵の生活保護"
_NAME_OF = re.compile(r"(?<![一-鿿々〆ヶぁ-ゖァ-ヺー])(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})(?:[ 　]?の|[ 　]|\()")

# a title right before the name: an official or a member of staff (other rules decide about them)
_ANY_TITLE_BEFORE = re.compile(ANY_TITLE + "[ 　]{0,3}$")

# a quoted or forwarded mail's sender line with a Japanese name
_FROM_HEADER = re.compile(r"^[ \t>]*(?:From|差出人|送信者)[ \t]*:[ \t]*(?P<name>[一-鿿々〆ヶ]{1,3}[ 　]?[一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}"
                          r"|[一-鿿々〆ヶ]{1,4}|[ぁ-ゖ]{2,5}(?:[ 　][ぁ-ゖ]{2,5})?|[ァ-ヺー]{2,6}(?:[ 　][ァ-ヺー]{2,6})?)"
                          r"[ \t]*(?:<[^>\n]*>)?[ \t]*$", re.MULTILINE)
_MESSAGE_REACH = 600


def _sender_name(name: str) -> bool:
    """A sender's name: a full name, or a surname alone (高橋, たかはし) the dictionary knows."""
    if spaced_or_glued_name(name):
        return True
    if re.fullmatch(r"[ぁ-ゖァ-ヺー]+", name):
        return kana_surname(name)
    return glued_surname(name)


def spaced_or_glued_name(name: str) -> bool:
    """A full name with or without the space: the name model, or surname + given name to the dictionary."""
    if re.search(r"[ 　]", name):
        return spaced_name_ok(name)
    toks = morphology.tokenize(name)
    return 2 <= len(toks) <= 3 and toks[0].is_surname and toks[1].is_given_name


# a file name's segment (after "_", up to "_", the extension or a path's separator: a case folder 0412_柘植千鶴\, r28)
# that may be a glued full name
_FILE_SEGMENT = re.compile(r"(?P<name>[一-鿿々〆ヶ]{1,3}[ ]?[一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})(?=_|[\\/]|\.(?:docx?|xlsx?|pdf|txt|csv|pptx?|jpe?g|png)\b)")
_KANJI_OR_KANA = re.compile(r"[一-鿿々〆ヶぁ-ゖァ-ヺー]+")
_CLASS_SEGMENT = re.compile(r"(?:[0-9一二三四五六]年[0-9一二三四五六七八九]{1,2}組|[0-9]-[0-9]{1,2})_$")
# a line whose head names a sensitive topic and whose value lists people: "12/2 生活保護 定期訪問：安西 悟、小泉 芳子"
_LISTED_NAME = r"(?:[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}|[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5})"
_TOPIC_LINE_VALUE = re.compile(r"[ \t]*(?P<names>" + _LISTED_NAME + r"(?:[ ]?[、,，][ ]?" + _LISTED_NAME + r"){0,9})[ \t]*(?:\n|$)")
_ONE_LISTED = re.compile(_LISTED_NAME)


def _kana_nouns(part: str) -> bool:
    toks = morphology.tokenize("".join(chr(ord(c) + 0x60) for c in part))
    return len(toks) == 1 and toks[0].pos[0] == "名詞"


class PersonTablesMixin:
    ENTITY = "PERSON"

    def _from_header_names(self, text: str):
        """A quoted mail's sender ("From: 金子 慎吾") when the message carries a personal contact (a resident's mail)."""
        for m in _FROM_HEADER.finditer(text):
            nxt = text.find("From:", m.end())
            end = min(len(text) if nxt < 0 else nxt, m.end() + _MESSAGE_REACH)
            own = own_leave(text, m.end(), end)  # (or their own sick leave asked for, the message's topic: person_senders, r27)
            if (own or _PERSONAL_CONTACT_RE.search(text, m.start("name"), end) is not None) and _sender_name(m.group("name")):
                yield self._sender(m.start("name"), m.end("name"), m.group("name"), own)
        for s, e, name in free_mail_signers(text) if "@" in text else ():  # 差出人：…@gmail.com … 亀田 (person_senders)
            if _sender_name(name):
                yield self._sender(s, e, name)

    def _sender(self, s: int, e: int, name: str, topic: bool = False):
        meta = {"sender": True, "topic": True} if topic else {"sender": True}  # (sender: aggregate._writer_before, r32)
        return self.result(self.ENTITY, s, e, 0.7, form="context", full_name=True, honorific=None, label=False, official=False,
                           strength="medium", person_key=stable_key(re.sub(r"[ \t　]", "", name)), **meta)

    def _file_names(self, text: str):
        """A glued full name as one segment of a file name whose other segments name a sensitive topic
        ("面談記録_2026-11-12_児童虐待_宮地陽斗.docx"): the dictionary must read it as surname + given name."""
        u = text.find("_")
        while u >= 0:  # a segment after each "_" (bounded: one anchored match per underscore)
            m = _FILE_SEGMENT.match(text, u + 1)
            u = text.find("_", u + 1)
            if m is None:
                continue
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            if not topic_in(text, ls, len(text) if le < 0 else le):
                continue
            toks = morphology.tokenize(m.group("name"))
            # surname + a given name the dictionary knows (悠真, ひかり), possibly cut in two (陽/斗); after a class's
            # segment (R7_3年1組_久我山蒼太_…) any segment the dictionary does not read as common nouns (round 21); a
            # spaced one as the name model reads it (0451_鳩貝 宗一郎\, round 28)
            if not (" " in m.group("name") and spaced_name_ok(m.group("name"))) and not (2 <= len(toks) <= 3 and toks[0].is_surname and toks[1].is_given_name
                    and all(_KANJI_OR_KANA.fullmatch(t.surface) for t in toks[1:])) and not (
                    _CLASS_SEGMENT.search(text, max(ls, m.start() - 9), m.start()) is not None
                    and not morphology.common_nouns_only(m.group("name"))):
                continue
            yield self.result(self.ENTITY, m.start("name"), m.end("name"), 0.8, form="label", full_name=True, honorific=None,
                              label=True, official=False, strength="strong", person_key=stable_key(m.group("name").replace(" ", "")))

    def _topic_line_names(self, text: str):
        """People listed as the value of a line whose head is a sensitive topic ("生活保護 定期訪問：安西 悟、小泉 芳子",
        "病気休暇：…"): each name confirmed by the name model; they are the subjects of the topic."""
        c = text.find(":")
        while c >= 0:
            ls = text.rfind("\n", 0, c) + 1
            m = _TOPIC_LINE_VALUE.match(text, c + 1) if c - ls <= 40 else None
            if m is not None and topic_in(text, ls, c):
                for n in _ONE_LISTED.finditer(m.group("names")):
                    if spaced_name_ok(n.group(0)):
                        s = m.start("names") + n.start()
                        yield self.result(
                            self.ENTITY, s, s + len(n.group(0)), 0.8, form="label", full_name=True, honorific=None,
                            label=True, official=False, strength="strong",
                            person_key=stable_key(re.sub(r"[ \t　]", "", n.group(0))),
                        )
            c = text.find(":", c + 1)

    def _latin_names(self, text: str):
        for m in _LATIN_NAME_SCAN.finditer(text, fold(text)):
            name = m.group("name")
            full = " " in name.strip() or "\t" in name or "," in name
            if (lab := m.group("lab")) is not None and ((not full and not m.group("part") and not one_word_ok(lab, name))
                                                        or _LATIN_NOT_NAMES.intersection(name.split())
                                                        or (label_word(lab) == "re" and "," not in name)):
                continue  # "Customer Service", "Patient Care Plan": a label needs a full name after it
            form = "honorific" if m.group("hon") else "label"
            # "The Mayor, Ms. Keiko Tanabe", "Director Mr. Ito": a person in office
            official = _LATIN_TITLE_BEFORE.search(text, max(0, m.start() - 28), m.start("name")) is not None
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.85 if full else 0.6, form=form, full_name=full,
                honorific=m.group("hon"), label=form == "label", official=official,
                strength="strong" if full else "medium",
                person_key=stable_key(re.sub(r"[ \t]", "", name)),
            )

    def _topic_subject_names(self, text: str, topics: list[int]):
        """A spaced full name whose の leads straight to a specific sensitive topic (``topics``: the topics' starts):
        the record is that person's ("案件：…技能労務職 後藤 浩二 の懲戒処分について"). The name model confirms it."""
        for p in topics:
            m = _NAME_OF.search(text, max(0, p - 12), p)
            while m is not None and m.end() != p:  # the match that ends right at the topic
                m = _NAME_OF.search(text, m.start() + 1, p)
            if m is None or not spaced_name_ok(m.group("name")) \
                    or _ANY_TITLE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None:
                continue
            if _famous(m.group("name")):
                continue  # a whole name the dictionary lists as a well-known person
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.8, form="label", full_name=True, honorific=None,
                label=True, official=False, strength="strong", subject=True,
                person_key=stable_key(re.sub(r"[ \t　]", "", m.group("name"))),
            )

    def _sentence_subject_names(self, text: str, hits: dict[str, list[int]], found: dict) -> None:
        """A full name whose sentence goes on to a specific sensitive topic ("昨日、相楽 健斗がうつ病で休職届を出した"),
        where no other pass found a name: a private person of the record (medium, as with personal data near), unless
        named in office or cited (person_topics.in_capacity_or_cited; staff have aggregate.rule_staff_record_subject)."""
        if TOPIC_SET.isdisjoint(hits):
            return
        covered = Coverage(found)
        for s, e in sentence_subjects(text, topic_starts(text, hits)):
            if in_capacity_or_cited(text, s, e) or covered.overlaps(s, e):
                continue
            found[(s, e)] = self.result(
                self.ENTITY, s, e, 0.6, form="context", full_name=True, honorific=None, label=False, official=False,
                strength="medium", person_key=stable_key(re.sub(r"[ \t　]", "", text[s:e])))

    def _list_rows(self, text: str):
        """A list of at least three consecutive rows that each start with a full name (surname, space,
        given name, confirmed by the dictionary): a roster even without a 氏名 header."""
        run: list[re.Match[str]] = []
        prev_end = -2
        for m in line_matches(_LIST_ROW, text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if line_start != prev_end + 1:  # not the line right after the previous row
                yield from self._confirm_rows(run)
                run = []
            run.append(m)
            le = text.find("\n", m.end())
            prev_end = le if le >= 0 else len(text)
        yield from self._confirm_rows(run)

    def _confirm_rows(self, rows: list[re.Match[str]]):
        # a name headed by a colon ("荒井 正人：…") is a row of someone's record only when the line goes on to a
        # sensitive topic (minutes' speakers "山田 太郎：…と発言" are not a roster)
        rows = [m for m in rows if (m.string[m.end("name"):m.end("name") + 1] not in (":", "：") or row_topic(m.string, m.end(
            "name"))) and not (CHAT_TIME_CELL.match(m.string, m.start()) and m.string[m.end("name"):m.end("name") + 1] in "\t:：")]
        if len(rows) < _LIST_MIN_ROWS:
            # a short list (one or two rows) counts row by row, only for a row whose line goes on to a sensitive
            # topic ("・いとう ゆい　療育手帳B …", "・森田 翔　身体障害者手帳2級"): the row is that person's record
            rows = [m for m in rows if row_topic(m.string, m.end("name"))]
            if not rows:
                return
            short = True
        else:
            short = False
        named = []
        kana, kana_confirmed = [], False
        for m in rows:
            surname, given = re.split(r"[ 　]", m.group("name"), maxsplit=1)
            if _KANA_ONLY.fullmatch(surname):
                # names in hiragana: each part one noun once read in katakana, one row at least a name to the
                # dictionary (which knows few readings); the rows stand together
                if _kana_nouns(surname) and _kana_nouns(given):
                    kana.append(m)
                    kana_confirmed = kana_confirmed or spaced_name_ok(m.group("name"))
                continue
            t1 = morphology.tokenize(surname)
            t2 = morphology.tokenize(given)
            if t1 and t2 and t1[0].is_surname and (t2[0].is_given_name or t2[0].is_person or
                                                   (len(t2) == 1 and namey(t2[0], False)) or kana_noun_given(given, t2)):
                if _famous(surname + given):
                    continue  # 夏目 漱石 in a reading list is not a private person
                named.append(m)
        if short:  # each row stands alone: a kana name must be a name to the name model by itself
            named = sorted(named + [m for m in kana if spaced_name_ok(m.group("name"))], key=lambda m: m.start())
        elif kana_confirmed:
            named = sorted(named + kana, key=lambda m: m.start())
        if not short and (len(named) < _LIST_MIN_ROWS or len(named) * 2 < len(rows)):
            # too few names for a roster: a row whose line goes on to a sensitive topic still counts by itself
            # ("受験番号1001　三好 陽介　精神障害者保健福祉手帳2級" among rows the dictionary cannot all confirm)
            named = [m for m in named if row_topic(m.string, m.end("name"))]
        if not named:
            return
        # staff rows under a heading that names a personnel record (人事評価結果, 勤勉手当 成績率 …) are its subjects
        first = named[0].start()
        hs = named[0].string.rfind("\n", 0, max(0, named[0].string.rfind("\n", 0, first) - 1)) + 1
        heading = named[0].string[max(hs, first - 120):first]
        record, residents, council = (rx.search(heading) is not None for rx in (_STAFF_RECORD_RE, _RESIDENTS_ASSOC, _COUNCIL_HEADER))
        for m in named:
            unit = m.group("unit") is not None  # staff named with their unit: the line is about them when it
            official = not residents and (unit or council or _public_role_row(m.string, m.end("name")))  # goes on to a topic
            staff = official and (unit or _STAFF_TITLE_RE.search(m.string, m.end("name"), m.end("name") + 16) is not None
                                  or _UNIT_CELL.match(m.string, m.end("name")) is not None)  # (…⇥子育て支援課⇥…, r37)
            # (a member of staff whose own row goes on to a sensitive topic is that row's subject: "・桐谷 みのり（主任）…
            # 妊娠16週、夜勤免除" in a list of the staff to be considered on a roster)
            subject = staff and (record or row_topic(m.string, m.end("name")))
            meta: dict[str, Any] = {"subject": True} if subject else {"heads": True} if unit else {}
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.8, form="label", full_name=True, honorific=None,
                label=True, official=official, staff=staff, strength="strong",
                person_key=stable_key(re.sub(r"[ \t　]", "", m.group("name"))), **meta,
            )

    def _staff_headings(self, text: str):
        """A heading/list line "■<surname> <given>(<unit> <title>)", or a bracketed heading of a matter (【…萩行係長 …の件】, the
        topic of the lines below): a member of staff named as the subject of what follows (evaluation, interview, health or
        disciplinary notes). Reported as official staff: only a personnel record about them makes it count."""
        for s, e, name, matter in chain(((*h, False) for h in staff_headings(text)), ((*h, True) for h in matter_headings(text)),
                                        ((*h, None) for h in matter_lines(text))):
            if matter is None:  # (a memo's line: the surname must be a proper noun to the dictionary, round 28)
                if not all(t.pos[1] == "固有名詞" for t in morphology.tokenize(name)):
                    continue
                matter = True
            parts = re.split(r"[ 　]", name, maxsplit=1)
            toks = morphology.tokenize(parts[0]) if len(parts) == 1 and not matter else None  # no space: the dictionary
            if toks is not None and (len(toks) < 2 or not toks[0].is_surname):  # must see a surname and more (one word)
                continue  # ("<2–3 kanji> <given>(<unit> <title>)" is specific enough: many surnames are place names)
            yield self.result(self.ENTITY, s, e, 0.6, form="title", full_name=not matter, honorific=None, label=False,
                              official=True, staff=True, subject=True, strength="medium",
                              person_key=stable_key(re.sub(r"[ \t　]", "", name)), **({"topic": True} if matter else {}))

    def _signature_names(self, text: str):
        """A line holding only a full name, followed within three lines by a personal mobile number
        or a free-mail address (or a labelled landline in a letter whose writer says where they live): a signature or
        an address block of a private person."""
        for m in line_matches(_SIGNATURE_NAME, text):
            # "山田 太郎\n総務課 …": a member of staff signing with the office's details
            staff = signature_contact(text, m.start(), m.end(), _UNIT_LINE)
            if staff is None:
                staff = _address_beside(text, m.start(), m.end())
                if staff is None:
                    if not writer_home_phone(text, m.end()):
                        continue
                    staff = False
            if staff and _RESIDENTS_ASSOC.search(text, max(0, m.start() - 40), m.start()) is not None:
                staff = False  # "みどり野台自治会 防犯部\n菅谷 和臣": a resident signing for an association
            name = m.group("name")
            if not spaced_name_ok(name):
                continue
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.6, form="context", full_name=True, honorific=None,
                label=False, official=staff and not own_mobile_below(text, m.end()), staff=staff, strength="medium",
                person_key=stable_key(re.sub(r"[ \t　]", "", name)),
            )

    def _class_pupils(self, text: str):
        """A name with an honorific and a school class in brackets, or right after the class: the class
        identifies the child."""
        p = text.find("組")
        while p >= 0:
            head = _CLASS_HEAD.search(text, max(0, p - 6), p) or _NURSERY_HEAD.search(text, max(0, p - 10), p)
            m = _CLASS_NAME.match(text, p + 1) if head else None
            e = glued_full_name(text, p + 2) if head and m is None and text.startswith("の", p + 1) else None
            if e is not None:  # 2年3組の鮫島楓: a full name glued after the class and の (round 9)
                yield self.result(self.ENTITY, p + 2, e, 0.8, form="label", full_name=True, honorific=None, label=True,
                                  official=False, strength="strong", person_key=stable_key(text[p + 2:e]))
            p = text.find("組", p + 1)
            if m is None:
                continue
            name = m.group("name")
            if _CLASS_NAME_END.match(text, m.end()) is None and not _pupil_name_ok(name):
                continue
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.8, form="label", full_name=True,
                honorific=None, label=True, official=False, strength="strong",
                person_key=stable_key(re.sub(r"[ \t　]", "", name)),
            )
        for m in _CLASS_PUPIL.finditer(text) if "組)" in text else ():  # every match ends in "組)"
            name = m.group("name")
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.8, form="label", full_name=False,
                honorific=None, label=True, official=False, strength="strong", person_key=stable_key(name),
            )

    def _latin_contact_names(self, text: str):
        for m in _LATIN_CONTACT_NAME.finditer(text):
            if organisation_domain(m.group("domain")):
                continue  # an official's or an academic's address (ana.souza@saude.gov.br): no private contact
            name = m.group("name")
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.7, form="context", full_name=True, honorific=None,
                label=False, official=False, strength="medium", person_key=stable_key(name.replace(" ", "")),
            )

    def _field_tuple_names(self, text: str):
        """(name, birth_date)=('長谷川 美和', …) / INSERT … (name, …) VALUES ('…', …): the value of a
        name field."""
        for col, s, e in field_tuples(text):
            if col in NAME_FIELDS and s < e and _COLUMN_NAME.fullmatch(text, s, e) \
                    and not morphology.common_nouns_only(text[s:e]):  # 'ワイヤレス・マウス': goods
                yield self.result(
                    self.ENTITY, s, e, 0.8, form="label", full_name=True, honorific=None, label=True,
                    official=False, strength="strong", person_key=stable_key(re.sub(r"[ \t　]", "", text[s:e])),
                )
