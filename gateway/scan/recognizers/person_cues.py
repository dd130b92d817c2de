"""Cues around a PERSON candidate that decide how it is read (person.py): the passage is about the person
(について), a place name used as a surname, a note after the name (a health or personnel record, a duty), a label
used as a field, and the staff-record and staff-health word sets. Plain functions of the text and the tokens."""

from __future__ import annotations

from gateway.scan import rx as re
from bisect import bisect_right
from itertools import islice

from gateway.scan.recognizers.person_lexicon import (
    _ABOUT_AFTER,
    _KANJI,
    _NUMBER_SHAPE,
    STAFF_TITLE_ALT,
    STAFF_TITLES,
)
from gateway.scan.recognizers.person_charname import QUOTE_INTRO
from gateway.scan.recognizers.person_crime import crime_topics
from gateway.scan.recognizers.person_capacity import harm_from
from gateway.scan.recognizers.person_rules import honorific_end
from gateway.scan.recognizers.person_titles import TOPIC_TRIGGERS, topic_triggered
from gateway.scan.recognizers.sensitive_personal_info import FAMILIES, KEYWORDS

# disciplinary / personnel words (sensitive_personal_info families): staff titles near them open a window
# (and health-check results: "会計課 主査 小川 誠　要精密検査"; not every mention of a check-up)
_STAFF_RECORD_WORDS = tuple(FAMILIES["discipline"][1] + FAMILIES["personnel"][1]) + ("要精密検査", "要治療", "要再検査",
                                                                                  "就業制限", "要医療", "有所見")
_STAFF_RECORD_SET = frozenset(w.lower() for w in _STAFF_RECORD_WORDS)
# a personnel or disciplinary record word before a name labelled 職員: (異動希望の面談記録 … 職員：税務課 主任 安田 浩)
_PERSONNEL_BEFORE = re.compile("|".join(sorted(_STAFF_RECORD_WORDS, key=len, reverse=True)))


_LISTED_ROW = re.compile(r"[ \t　]*(?:[^\s、。：:]{1,14}[ \t　]+){0,3}(?:" + STAFF_TITLE_ALT + r")[ \t　]+")


def staff_label_in_record(text: str, s: int, label) -> bool:
    """A member of staff given as the value of 職員: in a personnel, disciplinary or health record is its subject (the
    record's words before the label, or after it: 職員：… ⏎ 病気休暇：… ⏎ 診断書：適応障害, round 21); or listed a row each
    by unit and title under a record's heading (時間外勤務実績 ⏎ 財政課　係長　有馬 宏樹　９７．２５時間, round 22)."""
    if label not in ("職員", "職員名"):
        ls = text.rfind("\n", max(0, s - 64), s) + 1
        return not label and ls > 0 and _LISTED_ROW.fullmatch(text, ls, s) is not None \
            and _PERSONNEL_BEFORE.search(text, max(0, ls - 240), ls) is not None
    return (_PERSONNEL_BEFORE.search(text, max(0, s - 240), s) is not None
            or _RECORD_AFTER.search(text, s, s + 240) is not None)
# health topics (specific words of the health, disability and health-check families) after a staff title on its line
_STAFF_HEALTH_SET = frozenset(w.lower() for w, (fam, _l, score) in KEYWORDS.items()
                              if score >= 0.7 and fam in ("health", "disability", "health_check"))
_FIELD_BEFORE = "\n(（【[\t,、|｜ 。"
_RECORD_AFTER = re.compile("|".join(map(re.escape, sorted(set(_STAFF_RECORD_WORDS) | {
    "病気休暇", "病休", "休職", "診断書", "療養休暇", "復職", "産業医", "試し出勤"}, key=len, reverse=True))))


# a name given in brackets after the word for the record's subject: "本人（市民税課 主事 森本 亜美）"
_SELF_BRACKET = re.compile(r"(?:本人|当該職員|対象職員|対象者|当事者|被面談者|相談者)[ ]?\([^()\n]{0,16}$")


def _self_in_brackets(text: str, s: int) -> bool:
    """Staff named in brackets after 本人 / 当該職員 (an interview or personnel record's subject), not as its author."""
    return _SELF_BRACKET.search(text, max(0, s - 24), s) is not None


# a party's label heading the line, then only the unit and the title before the name (round 11; 被災職員 … round 14):
_PARTY_HEAD = re.compile(r"[ \t　]*(?:差押)?(?:債務者|被告人?|原告|被?申立人|相手方|被[害災]者|加害者|滞納者|違反者|被疑者|被処分者|"
                         r"(?:処分)?対象職員|処分対象者|当該職員|被面談者|当事者|被災職員)(?:[ \t　]*[:：][ \t　]*|[ \t　]+)"
                         r"(?:[^\s:：、。,()（）]{1,14}[ \t　]+){0,4}")


# a letter's addressee on a line of its own (農林課 主任　須永 拓海 様) spoken to in the body (ご本人から…): their matter
_ADDRESSEE_LINE = re.compile(r"[^\n:：、。]{1,14}?[ \u3000]?(?:様|殿)[ \u3000]*(?:\n|$)")
_ADDRESSED_BODY = re.compile(r"ご本人|あなた|貴殿|貴職")


def _addressee_spoken_to(text: str, s: int) -> bool:
    ls = text.rfind("\n", max(0, s - 25), s) + 1  # (bounded: a long line is no addressee's)
    if (ls == 0 and s > 24) or any(c in text[ls:s] for c in ":：、。「"):
        return False
    m = _ADDRESSEE_LINE.match(text, s)
    return m is not None and _ADDRESSED_BODY.search(text, m.end(), m.end() + 400) is not None


def named_as_party(text: str, s: int) -> bool:
    """Staff named as a party of the record (本人（…）, 債務者：<unit> <title> <name>), or as the addressee of a
    notice that speaks to them: its subject, not its author."""
    if _self_in_brackets(text, s) or _addressee_spoken_to(text, s):
        return True
    ls = text.rfind("\n", max(0, s - 64), s) + 1
    return (ls > 0 or s < 64) and (_PARTY_HEAD.fullmatch(text, ls, s) is not None or _under_party_line(text, ls, s))


# the party's label heading the line above, the name on an indented line under it (a court order's 当事者目録:
# 債務者　〒… <address> ⏎ 　　　　<name>（… 勤務）, round 15)
# (or an item's number before the label and the unit and title before the name: 1　被処分予定者 ⏎ 　上下水道局 工務課 主査　…)
_PARTY_LABEL = re.compile(r"[ \t　]*(?:[0-9一二三四五六七八九十]{1,2}[ \t　.)、]+|\([0-9]{1,2}\)[ \t　]*)?(?:差押)?(?:債務者|債権者|被告人?|原告|被?申立人|相手方|"
                          r"滞納者|被処分(?:予定)?者|処分(?:予定|対象)者|懲戒対象者|被懲戒者|当事者)(?:[ \t　]*[:：]|[ \t　]|[ \t　]*$)")
_INDENT_ONLY = re.compile(r"[ \t　]{2,}|[ \t　]+(?:[^\s、。：:0-9]{1,14}[ \t　]+){1,4}")


def _under_party_line(text: str, ls: int, s: int) -> bool:
    if ls < 2 or _INDENT_ONLY.fullmatch(text, ls, s) is None:
        return False
    pls = text.rfind("\n", max(0, ls - 1 - 120), ls - 1) + 1
    return (pls > 0 or ls - 1 <= 120) and _PARTY_LABEL.match(text, pls, ls - 1) is not None


# the matter's subject announced before the name (round 13): "対象は道路維持課の倉持 章吾主査です", "当事者は 税務課 …"
_TOPIC_BEFORE = re.compile(r"(?:対象(?:者|職員)?|当事者|当該職員|処分対象者?)(?:は|が)[、 　]?(?:[^\s、。：:]{1,12}(?:の[ 　]?|[ 　]))?$")


def _about(text: str, s: int, e: int, hon: str | None) -> bool:
    """Staff named as what the passage is about (今泉 里奈 について、山田主事に係る処分, 対象は…の倉持主査): the
    subject of a personnel or health record rather than its author or contact."""
    return _ABOUT_AFTER.match(text, honorific_end(text, e, hon)) is not None or _TOPIC_BEFORE.search(text, max(0, s - 24), s) is not None


def _after_surname(parts) -> frozenset[int]:
    """Indexes of the name tokens that follow a surname token (or a place name before a blank: 久我山 キヨノさん, r25)."""
    first = next((k for k, p in enumerate(parts) if p.is_surname or (
        k == 0 and p.is_place and len(parts) > 2 and parts[1].pos[0] == "空白")), None)
    return frozenset(range(first + 1, len(parts))) if first is not None else frozenset()


_NOTE_AFTER = re.compile(r"[ ]?[―—–][ ]?")  # a note about the named person follows: a colon or a dash
# a member of the family right after a name (its brackets closed first): "（回答者：保育課 平田 真理子）夫のDVで…",
# "主事 森 健太、母の介護のため…": what follows is that person's own family matter, not their duty (子ども, 家族 and 親
# are also words of services: 子どもの虐待防止, 家族の介護相談, 親の会)
_OWN_FAMILY_AFTER = re.compile(r"[ ]?[)）]?[ 、,]?(?:私の|自分の)?(?:夫|妻|元夫|元妻|配偶者|息子|娘|長男|長女|次男|次女|"
                           r"母|父|実母|実父|義母|義父|両親|祖母|祖父|実家)(?:の|が)")


# a member of staff's own home on their line (通勤手当: 主事 白井 拓也　自宅：南区元町4-12-3): their personal data, not the office's
_HOME_AFTER = re.compile(r"[^\n]{0,24}?(?:自宅|現住所|私宅|居住地)(?:住所)?[ \t]*[:：]")


def home_after(text: str, e: int) -> bool:
    """A home address's label follows the member of staff named at ``text[:e]`` on their line."""
    return _HOME_AFTER.match(text, e) is not None


def family_after(text: str, e: int) -> bool:
    """A family member of the person named at ``text[:e]`` opens what follows (their own family matter)."""
    return _OWN_FAMILY_AFTER.match(text, e) is not None


# a duty, not a record: "保健師 山田 花子 ― 特定健診の受付担当"
# (and telling others of it: 健康診断の日程を保護者に連絡します, …を周知 / 取りまとめ / 配布)
_DUTY = re.compile(r"担当|業務|受付|窓口|講師|説明|案内|司会|周知|取りまとめ|とりまとめ|集計|配布|"
                   r"(?:保護者|職員|各課|各校|皆さん|児童|生徒|利用者|市民)(?:の皆さん)?(?:に|へ)(?:連絡|お知らせ|通知)")


_POST_BRACKET = re.compile(r"[ ]?\([^()\n]{1,16}\)")


def _duty_line(text: str, e: int) -> bool:
    """A duty word in the rest of the name's sentence (not in the next one: "…病気休暇となります。窓口当番表を…"); not in
    a note on their post right after the name (…主事（窓口3番担当）が、適応障害の診断で…, round 31)."""
    if (note := _POST_BRACKET.match(text, e)) is not None:
        e = note.end()
    end = min(len(text), e + 60)
    for stop in ("\n", "。"):
        le = text.find(stop, e, end)
        end = le if le >= 0 else end
    return _DUTY.search(text, e, end) is not None


def _record_note(text: str, e: int) -> bool:
    """A bracket right after the name holding a health or personnel topic: 吉岡 沙耶（不眠・抑うつ状態、産業医面談
    11/5）, 早瀬 ひより（評価C、勤務態度に課題）; or the member's age alone (税務課 主査 若松 浩之（45）　うつ病 …: an
    office names its contact without an age, a record about them gives it, round 12)."""
    if text[e:e + 1] != "(":
        return False
    close = text.find(")", e, e + 40)
    if close < 0:
        return False
    note = text[e + 1:close].lower()
    return (any(w in note for w in _STAFF_HEALTH_SET) or any(w in note for w in _STAFF_RECORD_SET)
            or _AGE_NOTE.fullmatch(note) is not None)


_AGE_NOTE = re.compile(r"[1-9][0-9](?:歳|才)?")


# a list item's marker before a name: "・", "- ", "1. "
_LIST_ITEM_BEFORE = re.compile(r"[ \t]*(?:[・*●■□◆◇\-]|[0-9]{1,3}[.)．、])[ \t]*")  # not ○: minutes' speakers


# a short bracketed qualifier between a label and its colon (不採用者（課内限り）：, 担当者(窓口)：)
_QUALIFIED_FIELD = re.compile(r"[(（][^)）\n]{1,8}[)）][ ]?[:：]")


def _weak_label_is_field(text: str, p: int, e: int) -> bool:
    """An ordinary word (父, 担当, 患者 …) is a label only as a field: "患者：", "父 山田"."""
    nxt = text[e:e + 2]
    if nxt[:1] in (":", "：", "=", "|", "｜") or nxt[:2] in (" :", " ：", '":', "':", '"=', "'="):
        return True  # also code and config forms: "name": "…", name='…' 
    if nxt[:1] in ("(", "（"):
        return _QUALIFIED_FIELD.match(text, e) is not None  # 不採用者（課内限り）：…
    return nxt[:1] in (" ", "\t") and (p == 0 or text[p - 1] in _FIELD_BEFORE)


_STAFF_HEALTH_REACH = 40  # a health topic this close after a staff title on its line (4 × after a name and its years, r32)
_TENURE_NAME = re.compile(r"[ 　]?[一-鿿々]{1,4}[ 　][一-鿿々ぁ-ゖ]{1,4}[ ]?\((?:[^()\n]{0,8}[、,])?(?:入庁|採用|在職|勤続)[0-9]{1,2}年目?\)")
# a named member of staff as the sentence's subject, a bracket note allowed first (岩崎 直樹 主事（28、採用4年目）ですが、…, r19;
# group p, 、 only after a title: person_roles); their own paper or report after a bracket note (…主査から、…診断書, r29; 主事（…）から, r32; 松浦係長から連絡です, r36)
_OWN_PAPER_FROM = re.compile(r"[ ]?(?:\([^()\n]{1,20}\)[ ]?)?(?:から|より)[、,]?[^。\n]{0,30}?"
                             r"(?:診断書|休暇届|休職願|退職願|辞職願|育児休業|介護休暇|申出書|申し出|連絡です|連絡があり|電話があり|報告があり|相談があり)")
NOTE_THEN_SUBJECT = re.compile(r"(?:\([^()\n]{1,16}\))?(?P<p>は|が|ですが|ですけど|なんですが|、)")


def _spaced_subject(text: str, p: int, e: int) -> bool:
    """A title after a spaced full name, the sentence's subject (岩崎 直樹 主事（28、…）ですが、…うつ病)."""
    return (p > 1 and text[p - 1] in " \u3000" and _KANJI.match(text[p - 2]) is not None
            and NOTE_THEN_SUBJECT.match(text, e) is not None and not _duty_line(text, e))


def staff_title_windows(ctx) -> list[tuple[int, int]]:
    """Names around staff titles (佐藤主任, 主事 吉岡 沙耶), when a disciplinary/personnel word occurs, or a
    health topic follows a title written before the name on its line (主事 吉岡 沙耶（不眠・抑うつ状態…）) or
    anywhere after the title of a member of staff named in brackets after 本人."""
    hits = ctx.hits
    if not _STAFF_RECORD_SET.isdisjoint(hits):
        return [(p - 8, p + len(w) + 10) for w in STAFF_TITLES for p in hits.get(w, ())]
    text = ctx.text  # (and an arrest or a charge: person_crime, round 15)
    topics = sorted([q for w in _STAFF_HEALTH_SET.intersection(hits) for q in hits[w]] + crime_topics(text, hits))
    if not topics or STAFF_TITLES.isdisjoint(hits):
        return []
    out = []
    for w in STAFF_TITLES.intersection(hits):
        for p in hits[w]:
            k = bisect_right(topics, p)
            nxt = text[p + len(w):p + len(w) + 1]
            b = text[p - 2] if p > 1 and text[p - 1] in " \u3000" else text[p - 1:p]  # (蓮見 航平 主事の…: r33)
            if b and _KANJI.match(b) and _ABOUT_AFTER.match(text, p + len(w)) is not None:
                out.append((p - 8, p + len(w) + 10))  # 川口主事の勤怠について: the matter's subject (round 13)
                continue
            # the title before the name (主事 吉岡 沙耶, 係長の石川 和樹), as in a roster or a record's header; or glued
            # after a surname as the subject of the sentence (佐野主事は…パニック障害, 佐野主査、…入院: round 12)
            glued_subject = p > 0 and _KANJI.match(text[p - 1]) and NOTE_THEN_SUBJECT.match(text, p + len(w)) \
                and not _duty_line(text, p + len(w))  # (…の相良 翔太主事ですが、…: round 22)
            if nxt not in (" ", "\u3000", "の") and not glued_subject and not harm_from(text, p + len(w)) \
                    and not _spaced_subject(text, p, p + len(w)) and _OWN_PAPER_FROM.match(text, p + len(w)) is None:
                continue  # (佐野主事は健康診断の受付を担当: a duty, not a record; 長尾係長から暴言を吐かれ: harm, r15)
            if nxt == "の" and _duty_line(text, p + len(w)):
                continue  # (係長の石川 和樹が健康診断の受付を担当: a duty)
            if (k < len(topics) and topics[k] - p <= _STAFF_HEALTH_REACH and "\n" not in text[p:topics[k]]) \
                    or _self_in_brackets(text, p) or harm_from(text, p + len(w)) or (  # 本人（市民税課 主事 森本 亜美）
                    k < len(topics) and topics[k] - p <= 4 * _STAFF_HEALTH_REACH and _TENURE_NAME.match(text, p + len(w))):
                out.append((p - 8, p + len(w) + 10))
    return out


# a phone number right before a bracket: "080-4412-7760（木下）", "090 3214 8876 (松尾)"
_PHONE_BEFORE_BRACKET = re.compile(r"(?<![0-9])0[0-9]{1,4}[- ]?[0-9]{1,4}[- ]?[0-9]{3,4}[ ]?\($")


# "坂口って人", "大西という方": the writer refers to someone by name
_REFERRED_AFTER = re.compile(r"[ ]?(?:(?:って(?:いう)?|という)(?:(?:人|方|男性|女性|男|女|子)(?![一-鿿々])|おじいさん|おばあさん|名前の)"
                             r"|と(?:名乗|判明)|[(（][1-9][0-9]?(?:歳|才)?[)）][、,])")  # (r9: 後に 鷲尾 と判明; r33: みお（5）、)
# a memo's fields parted by slashes or bars, a street or phone number among them (若葉2-3-15 コーポ若葉105／石原／…)
_FIELD_SEP_BEFORE = re.compile(r"[／/|｜][ 　]?$")
_FIELD_SEP_AFTER = re.compile(r"[ 　]?(?:[／/|｜]|$)", re.MULTILINE)
# a relative's given name after the relation (嫁の由香, 長男の健一, 内縁の夫の大西); the relations open a window
KIN_WORDS = ("嫁", "夫", "妻", "長男", "長女", "次男", "次女", "三男", "三女", "息子", "娘", "孫", "婿", "甥", "姪", "兄",
             "姉", "弟", "妹", "義母", "義父", "姑", "舅", "元夫", "元妻", "元彼", "彼氏", "彼女", "交際相手", "同居人",
             # round 9: said in a chat (旦那（哲也）, 上の子の陸斗, じいじ（三郎）, 元カレのショウタ)
             "旦那", "主人", "上の子", "下の子", "末っ子", "真ん中の子", "元カレ", "元カノ", "元旦那", "元嫁", "祖父", "祖母",
             "父親", "母親", "じいじ", "ばあば", "孫娘", "義姉", "義兄", "義妹", "義弟", "じいちゃん", "ばあちゃん",
             "ひいじいちゃん", "ひいばあちゃん", "おじいちゃん", "おばあちゃん")
# (a relative's name also in brackets after the relation: 息子（蒼）, 旦那（哲也）)
KIN_TRIGGERS = tuple(f"{w}の" for w in KIN_WORDS) + tuple(f"{w}{sep}" for w in KIN_WORDS + ("父", "母") for sep in "・(")
_KIN_BEFORE = re.compile("(?:" + "|".join(KIN_WORDS + ("父", "母")) + ")(?:の|・|\\()[ ]?$")
# a family named by its surname: 吉田のおばあちゃん, 石井さんちの旦那, 本田の奥さん
# (round 9: じいちゃん / ばあちゃん without お, and さんとこの — "the Katsuragis' place")
_FAMILY_AFTER = re.compile(r"(?:さん)?(?:ち|家|宅|とこ)?の(?:おばあ|おじい|お婆|お爺|ばあ|じい)(?:ちゃん|さん)|(?:さん)?"
                           r"(?:ち|家|宅|とこ)?の(?:奥さん|奥様|旦那|ご主人|息子|娘|お嫁さん|嫁|長男|長女|次男|次女|お母さん|"
                           r"お父さん|おばさん|おじさん|妻|夫|孫)")
# a writer naming themselves as someone's relative (関口 登美子の長女です, round 13): the name before the relation
FAMILY_AFTER_TRIGGERS = tuple(f"の{w}" for w in ("長女", "長男", "次女", "次男", "娘", "息子", "妻", "夫", "嫁", "孫"))


def household_after(text: str, e: int, s: int = -1) -> bool:
    """The name at text[:e] names a household (吉田のおばあちゃん, 葛城さんとこの奥さん) or a child (ルカくん, ルカちゃん): a
    name the dictionary also lists for a famous bearer (葛城, the evangelist ルカ) is a neighbour's or a pupil's here.
    So is one katakana word at text[s:e] right before 様, or さん and the matter (グエンさんの件, ミゲル様（ペルー国籍）): a
    foreign resident's surname or given name, not a public figure (whose whole name is the entry: 徳川家康)."""
    return _FAMILY_AFTER.match(text, e) is not None or text.startswith(("くん", "ちゃん"), e) \
        or (s >= 0 and _KATA_ONE_HON.match(text, s) is not None and _KATA_ONE_HON.match(text, s).end("k") == e)


# (様, or さん before the matter, the call or the home: グエンさんの件; not a textbook's dialogue, リンさんは どうして)
_KATA_ONE_HON = re.compile(r"(?P<k>[ァ-ヺー]{2,8})(?:様|さん(?:の(?:件|相談|ご相談|家|自宅|世帯)|から|より|宅|方|\())")
# a lone surname right before a mobile number (宮本 090 2231 5567)
_MOBILE_AFTER = re.compile(r"(?:\)?[ 　:]?\(?|の(?:私用|個人|自宅|プライベート)?(?:の)?携帯(?:番号|電話)?(?:は|:)?[ 　]?)0[789]0(?:[ -]?[0-9]){8}(?![0-9])")


# personnel, disciplinary, criminal and health words: a member of staff named with their unit in brackets before one
# on the same line is its subject (a list of staff with their units is a roster)
_UNIT_RECORD = re.compile("|".join(re.escape(w) for w in sorted(
    set(_STAFF_RECORD_WORDS) | set(FAMILIES["crime"][1]) | set(FAMILIES["health"][1]), key=len, reverse=True)))


def unit_record_line(text: str, e: int) -> bool:
    """A personnel, disciplinary, criminal or health word in the 60 characters after e, on its line."""
    le = text.find("\n", e, e + 60)
    return _UNIT_RECORD.search(text, e, e + 60 if le < 0 else le) is not None


# words after a name that refer to someone (増田って人, 篠原という方): they open a window before them
# (round 42) a company's own worker named in its report (当社作業員 勝又 亮（重機オペレーター）が…, 弊社ドライバーの土屋 亜希子が)
WORKER_TRIGGERS = ("当社", "弊社", "同社")
_WORKER_BEFORE = re.compile(r"(?:当社|弊社|同社)の?(?:作業員|社員|従業員|ドライバー|運転手|スタッフ|派遣スタッフ|オペレーター|清掃員|警備員"
                            r"|技術者|エンジニア|契約社員|派遣社員|パート|アルバイト)(?:の|[ 　])?$")
REFERRED_TRIGGERS = ("って人", "っていう人", "という人", "という方", "って方", "という男", "という女", "って男", "って女",
                     "と名乗", "と判明")  # (という男 / という女 also open 男性 / 女性: round 13)


# a consultation's transcript: a turn spoken by the member of staff (相談員：…, 保健師「…」) near the name's own turn
_STAFF_TURN = re.compile(r"^[ \t]*(?:相談員|相談支援員|支援員|担当職員|窓口職員|保健師|社会福祉士|ケースワーカー|CW|"
                         r"ワーカー|面接員|聞き取り者|相談担当)[ ]?[:「]", re.MULTILINE)
_TURN_AFTER = re.compile(r"[ ]?[:「]")
# a line listing people each with a bracketed note (欠席は小川（インフル）、藤田（通院・喘息）…)
# (the first kanji before the lookbehind: sre skips to a kanji instead of trying the lookbehind everywhere)
_NOTED_ITEM = re.compile(r"[一-鿿々〆ヶ](?<![一-鿿々〆ヶ].)[一-鿿々〆ヶ]{0,3}\(([^()\n]{1,20})\)")
_HEALTH_WORD = re.compile("|".join(sorted(map(re.escape, _STAFF_HEALTH_SET), key=len, reverse=True)))
# a note naming a department, a post or a place of work (講師：山田（精神科）、鈴木（保健師）): not a person's own matter
_POST_NOTE = re.compile(r"(?:科|医|師|士|課|係|室|院|長|員|所|部|局|センター|病院|クリニック)$")


TURN_TRIGGERS = ("相談員", "相談支援員", "支援員", "担当職員", "窓口職員", "保健師", "社会福祉士", "ケースワーカー", "cw",
                 "ワーカー", "面接員", "聞き取り者", "相談担当")
# a matter named after its person (…教諭の蓮見 貴之の件でご相談です: round 29): the name before it
MATTER_TRIGGERS = ("の件で", "の件につ", "の件に関", "の件、", "につきまして")  # (…清水谷 由香につきまして、ご報告: r42)
NOTED_MATTER_TRIGGERS = (")について",)  # (a bracketed note before it, the name further back: …教諭 仁科 ほのか（3年2組担任）について: r29)
_MATTER_AFTER = re.compile(r"[ ]?(?:\([^()\n]{1,20}\)[ ]?)?(?:の件(?:で|につ|に関|、)|について|につきまして)")
CUE_TRIGGERS = (KIN_TRIGGERS + REFERRED_TRIGGERS + TURN_TRIGGERS + FAMILY_AFTER_TRIGGERS + MATTER_TRIGGERS + NOTED_MATTER_TRIGGERS
                + TOPIC_TRIGGERS + WORKER_TRIGGERS)  # (a post as the topic: person_titles, r40)
_CUE_SET = frozenset(KIN_TRIGGERS + REFERRED_TRIGGERS + FAMILY_AFTER_TRIGGERS + MATTER_TRIGGERS + NOTED_MATTER_TRIGGERS
                     + WORKER_TRIGGERS)
_TURN_SET = frozenset(TURN_TRIGGERS)
_TURN_HEAD = re.compile(r"^[ \t]*[一-鿿々〆ヶ]{1,4}[ ]?[:「]", re.MULTILINE)


def _transcript(text: str, hits) -> bool:
    return not _TURN_SET.isdisjoint(hits) and _STAFF_TURN.search(text) is not None


def _noted_lists(text: str, hits) -> bool:
    return "(" in text and not _STAFF_HEALTH_SET.isdisjoint(hits)


def _noted_line(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The names with bracketed notes on the line text[lo:hi] when it lists several, one note a health matter (else
    none); a note naming a department, a post or a place does not count."""
    items = [m for m in islice(_NOTED_ITEM.finditer(text, lo, hi), 16) if _POST_NOTE.search(m.group(1)) is None]
    return items if len(items) >= 2 and any(_HEALTH_WORD.search(m.group(1)) is not None for m in items) else []


def _noted_items(text: str):
    """The names of lines listing several people with bracketed notes, one of them a health matter."""
    # (the lines holding a bracket, found by str.find: a regex [^\n]*\( backtracks over every line without one)
    find, pos = text.find, 0
    for _ in range(256):
        i = find("(", pos)
        if i < 0:
            return
        hi = find("\n", i)
        hi = len(text) if hi < 0 else hi
        yield from _noted_line(text, text.rfind("\n", 0, i) + 1, hi)
        pos = hi


def cue_triggered(text: str, hits) -> bool:
    """A cue of bare_person_cue is present: a relation, a referral, a transcript, a list with bracketed notes; or a
    quoted message opening with its writer's name."""
    return not _CUE_SET.isdisjoint(hits) or _transcript(text, hits) or topic_triggered(hits) or (
        _noted_lists(text, hits) and next(_noted_items(text), None) is not None) or (
        ("「" in text or "『" in text) and QUOTE_INTRO.search(text) is not None)


def kin_windows(text: str, hits: dict[str, list[int]]) -> list[tuple[int, int]]:
    """The few characters after a relation and の, where a relative's given name stands (嫁の由香に); the name
    before an office unit in brackets (青山 直人（税務課）、…無断欠勤; 小林（総務課）が飲酒運転で…): staff as a subject;
    the turns of a consultation's transcript (今村：…); the names of a list with bracketed notes (小川（インフル）、…)."""
    # (only the words present are visited; the windows are merged in position order, whatever their order here)
    spans = [(p + a, p + b) for w in _KIN_SPANS.keys() & hits.keys() for a, b in (_KIN_SPANS[w],) for p in hits[w][:32]]
    if _transcript(text, hits):
        spans += [(m.start(), m.end() + 2) for m in islice(_TURN_HEAD.finditer(text), 64)]
    if _noted_lists(text, hits):
        spans += [(m.start(), m.end()) for m in islice(_noted_items(text), 64)]
    return spans


_KIN_SPANS = {**{w: (0, len(w) + 8) for w in KIN_TRIGGERS}, **{w: (-24, 0) for w in ("課)", "係)", "室)", "局)")},
              **{w: (-12, 1) for w in REFERRED_TRIGGERS}, **{w: (0, 30) for w in WORKER_TRIGGERS},
              **{w: (-14, 0) for w in FAMILY_AFTER_TRIGGERS + MATTER_TRIGGERS}, **{w: (-34, 0) for w in NOTED_MATTER_TRIGGERS}}  # word -> the window around it (offsets from its start)


def _client_turn(text: str, s: int, e: int) -> bool:
    """The name heads a turn of a consultation's transcript (今村：借金が…, 今村「…」) whose other speaker is the
    member of staff: the person consulting."""
    line_start = text.rfind("\n", 0, s) + 1
    if text[line_start:s].strip(" \t") or _TURN_AFTER.match(text, e) is None:
        return False
    return _STAFF_TURN.search(text, max(0, s - 300), min(len(text), e + 300)) is not None


def _noted_list_item(text: str, s: int, e: int) -> bool:
    """The name is one of several on its line each followed by a bracketed note, one of them a health matter
    (欠席は小川（インフル）、藤田（通院・喘息）): a list of people and their reasons."""
    if text[e:e + 1] != "(":
        return False
    lo, hi = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    return any(m.start() == s for m in _noted_line(text, lo, len(text) if hi < 0 else hi))


def bare_person_cue(text: str, s: int, e: int, parts) -> bool:
    """What makes a bare name (no honorific, label or data on its line) someone's: in brackets right after a phone
    number, whose number it is (折り返し先 080-…（木下）); referred to as a person (坂口って人); a field of a memo
    parted by slashes, with a street or phone number on its line (若葉2-3-15 コーポ若葉105／石原／…); a relative's given
    name after the relation (嫁の由香); a turn of a consultation's transcript (今村：…); one of a list of people with
    bracketed notes (小川（インフル）、藤田（通院）)."""
    if len(parts) == 1 and text[e:e + 1] == ")" and _PHONE_BEFORE_BRACKET.search(text, max(0, s - 20), s):
        return True
    if _client_turn(text, s, e) or (len(parts) == 1 and _noted_list_item(text, s, e)):
        return True
    if _REFERRED_AFTER.match(text, e) is not None or _FAMILY_AFTER.match(text, e) is not None:
        return True
    if len(parts) == 1 and _MOBILE_AFTER.match(text, e) is not None:
        return True
    if len(parts) >= 2 and (_MATTER_AFTER.match(text, e) is not None or _WORKER_BEFORE.search(text, max(0, s - 14), s)):
        return True  # a full name whose matter it is (…教諭の蓮見 貴之の件でご相談です: round 29); a company's worker (r42)
    if _FIELD_SEP_AFTER.match(text, e) is not None and (
            (_FIELD_SEP_BEFORE.search(text, max(0, s - 2), s) is not None and _number_on_line(text, s - 40, s, True))
            or _number_on_line(text, e, e + 40, False)):
        return True  # a field of a slash-parted memo with a street or phone number
    return _KIN_BEFORE.search(text, max(0, s - 8), s) is not None


def _number_on_line(text: str, lo: int, hi: int, before: bool) -> bool:
    """A phone or street number between lo and hi on the name's line (the name ends the range, or starts it)."""
    seg = text[max(0, lo):hi]
    seg = seg[seg.rfind("\n") + 1:] if before else seg.split("\n", 1)[0]
    return _NUMBER_SHAPE.search(seg) is not None

