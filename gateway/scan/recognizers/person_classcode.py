"""A pupil named after a grade-and-class code (issue 13, round 15, helper r15-records), mixed in through person_kana.

A school nurse's visit log, a teacher's note or a 学級 chat names a pupil by the class written as two digits
(``2-3 ひなた　腹痛``, ``5-1 そうすけ``, ``4-2 小池 陸``): the grade (1–6) and the class, a hyphen between, then the
name. A section number (``2-1 ねらい``, ``1-1 はじめに``) has the same shape, so:

* only in a school's record: one of ``SCHOOL_TRIGGERS`` (保健室, 来室, 時間目, 養護, 担任, 学童 …) is in the prompt;
* the code may also be the grade alone heading a roster's row (``1年 ひらの ゆい　卵・乳``, round 19);
* the code opens its line or follows a time slot or a space (``3時間目　2-3 ひなた``), never a longer number (12-3-4);
* the name is a kana given name to the kana model (``person_charname.kana_given_ok``: ひなた, a word, is none — the
  rows stand together) or a spaced kanji full name to the name model (``spaced_name_ok``), and a space, a bracket, a
  colon or the line's end follows it.

Each name found is a given name (``form="context"``, medium) or a full name (``label``), ``model="class_code"``.
"""

from __future__ import annotations

from itertools import islice

from gateway.scan import morphology
from gateway.scan import rx as re
from gateway.scan.recognizers._text import stable_key
from gateway.scan.recognizers.person_charname import kana_given_ok
from gateway.scan.recognizers.person_contacts import spaced_name_ok

SCHOOL_TRIGGERS = ("保健室", "来室", "時間目", "養護", "担任", "学童",
                   # a pupil's support record (WISC結果, 通級, 保護者面談用に配慮事項: round 17)
                   "wisc", "通級", "支援学級", "保護者面談", "配慮事項", "個別の指導計画")
_CLASS_CODE = re.compile(
    # (or the grade alone heading a roster's row: 1年 ひらの ゆい　卵・乳, 3年 ﾀﾅｶﾞﾜ ｿｳﾀ, round 19)
    r"(?:^|(?<=[ \t　]))(?:[1-6]-[1-9](?![0-9-])|(?<![0-9])[1-6]年(?:[1-9]組)?)[ \t　]+"
    r"(?P<name>[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,4}|[ァ-ヺー]{2,6}[ 　][ァ-ヺー]{2,6}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}"
    r"|[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺ]{1,4}|[一-鿿々〆ヶ]{1,3}[ぁ-ゖ]{2,4})"
    r"(?=[ \t　(（:：、]|$)", re.MULTILINE)
_MAX = 64  # codes looked at per prompt: bounded work
_GLUED = re.compile(r"([一-鿿々〆ヶ]{1,3})([ぁ-ゖ]{2,4})")
# a pupil named after the school and the grade, with no class (round 16): 榛沢市立東中学校 3年 狩野 蓮（15）,
# 北浜小5年　宮田 結衣: the school and the grade identify the child as a class code does
_SCHOOL_GRADE = re.compile(
    r"(?:学校|学園|[小中高])[ \t　]?[1-6一二三四五六]学?年生?[ \t　]+"
    r"(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})"
    r"(?=[ 　]?(?:[:：(（)）、,\n]|さん|くん|君|ちゃん|$))", re.MULTILINE)


# a table keyed by the pupil's grade, class and number (学年組番 ⏎ 2-3-18, round 30): the code names one child
_CLASS_NO_WORD = re.compile(r"学年組番|学年・組・番|年組番|(?<!番)組番号|(?<!番)組・番")
_CLASS_NO_HEADER = re.compile(r"^[^\n]*(?:" + _CLASS_NO_WORD.pattern + r")[^\n]*$", re.MULTILINE)
_CLASS_NO_CELL = re.compile(r"[1-6][-‐][0-9]{1,2}[-‐][0-9]{1,2}")


# a facility's member of staff listed after it (令和８年度 校長一覧: 長峰西中学校　　　根岸 孝雄; 中央図書館	館長 …): the facility
# opens the line, a wide gap or a tab, then a spaced full name and the line's end, a note or another gap (round 17).
# Staff in their office (official, not a roster of residents); a note after them on the line is about them (``heads``)
_FACILITY_ROW = re.compile(
    r"^[ \t　・]*[一-鿿ァ-ヺー々]{1,16}(?:学校|学園|幼稚園|保育園|こども園|保育所|図書館|公民館|美術館|博物館|体育館|センター|"
    r"病院|診療所|事務所|支所|出張所)(?:長)?(?:\t|[ 　]{2,}|　)[ \t　]*"
    r"(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})(?=[ 　\t※*＊(（:：、,]|$)", re.MULTILINE)
# a pupil named with their attendance number in brackets (被害：高梨（出席番号21）, 宮路 こはる（出席番号17）: round 17): the
# number within the class identifies the child; a surname alone when the dictionary reads it as one
_ATTENDANCE = re.compile(r"(?P<name>[一-鿿々〆ヶ]{1,3}(?:[ 　][一-鿿々〆ヶぁ-ゖ]{1,4})?)[ 　]?[(（]出席番号[ 　:：]?[0-9]{1,2}番?[)）]")
FACILITY_ROW_WORDS = ("学校", "学園", "園", "保育所", "館", "センター", "病院", "診療所", "事務所", "支所", "出張所")


def _kana_ok(name: str) -> bool:
    """A kana given name: hiragana by the kana model, katakana by that model on its hiragana form."""
    if "ァ" <= name[0] <= "ヺ":
        return kana_given_ok("".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in name))
    return kana_given_ok(name)


def full_name_result(mixin, s: int, e: int, name: str, model: str, official: bool = False, **meta):
    """The strong labelled PERSON a structural pass reports for a full name found by its place (``official``: staff
    listed in their office, ``meta`` more keys such as ``heads``)."""
    return mixin.result(mixin.ENTITY, s, e, 0.8, form="label", full_name=True, honorific=None, label=True,
                        official=official, staff=official, strength="strong",
                        person_key=stable_key(re.sub(r"[ 　]", "", name)), model=model, **meta)


def spaced_full_names(mixin, matches, model: str):
    """A strong labelled PERSON for each match whose ``name`` group is a spaced full name the name model accepts
    (the shared last step of the structural passes that find a pupil or an addressee by its place)."""
    for m in matches:
        name = m.group("name")
        if spaced_name_ok(name):
            yield full_name_result(mixin, *m.span("name"), name, model)


class PersonClassCodeMixin:
    ENTITY = "PERSON"
    result: object

    def _class_code_pupils(self, text: str):
        """Pupils named after a grade-and-class code in a school's record (see the module docstring)."""
        codes = list(islice(_CLASS_CODE.finditer(text), _MAX))
        yield from spaced_full_names(self, (m for m in codes if " " in m.group("name") or "　" in m.group("name")),
                                     "class_code")
        for m in codes:
            name = m.group("name")
            glued = _GLUED.fullmatch(name)  # 田口みなみ: a kanji surname, then the given name in hiragana (round 17)
            if glued is not None and spaced_name_ok(f"{glued.group(1)} {glued.group(2)}"):
                yield full_name_result(self, *m.span("name"), name, "class_code")
            elif " " not in name and "　" not in name and _kana_ok(name):
                s, e = m.span("name")
                yield self.result(self.ENTITY, s, e, 0.6, form="context", full_name=False, honorific=None, label=False,
                                  official=False, staff=False, strength="medium", person_key=stable_key(name),
                                  model="class_code")

    def _class_number_rows(self, text: str):
        """Pupils named by grade, class and number in a table keyed by them (``_CLASS_NO_HEADER``): a school nurse's or a
        teacher's log (学年組番 ⏎ 2-3-18 女 腹痛 …); each code is one child of the record, never counted in a roster."""
        head = _CLASS_NO_HEADER.search(text)
        sep = None if head is None else "\t" if "\t" in head.group(0) else "," if "," in head.group(0) else None
        if sep is None:
            return
        col = next(i for i, c in enumerate(head.group(0).split(sep)) if _CLASS_NO_WORD.search(c))
        pos = head.end() + 1
        for _ in range(_MAX):
            le = text.find("\n", pos)
            le = len(text) if le < 0 else le
            if le == pos:
                break  # (a blank line ends the table)
            cells, s = text[pos:le].split(sep), pos
            for c in cells[:col]:
                s += len(c) + 1
            if col < len(cells) and (m := _CLASS_NO_CELL.fullmatch(cells[col].strip(" 　"))) is not None:
                s += len(cells[col]) - len(cells[col].lstrip(" 　"))
                yield self.result(self.ENTITY, s, s + m.end(), 0.7, form="unique", full_name=False, honorific=None,
                                  label=True, official=False, staff=False, strength="medium", model="class_number")
            if le >= len(text):
                break
            pos = le + 1

    def _grade_pupils(self, text: str):
        """Pupils named after a school and a grade (``_SCHOOL_GRADE``), a full name by the name model."""
        return spaced_full_names(self, islice(_SCHOOL_GRADE.finditer(text), _MAX), "school_grade")

    def _facility_row_staff(self, text: str):
        """Staff listed after their facility at a line's start (``_FACILITY_ROW``), a full name by the name model."""
        for m in islice(_FACILITY_ROW.finditer(text), _MAX):
            name = m.group("name")
            if spaced_name_ok(name):
                yield full_name_result(self, *m.span("name"), name, "facility_row", official=True, heads=True)

    def _attendance_pupils(self, text: str):
        """Pupils named with their attendance number in brackets (``_ATTENDANCE``)."""
        for m in islice(_ATTENDANCE.finditer(text), _MAX):
            name = m.group("name")
            s, e = m.span("name")
            if " " in name or "　" in name:
                yield from spaced_full_names(self, [m], "attendance")
                continue
            toks = morphology.tokenize(name)
            if len(toks) == 1 and toks[0].is_surname:
                yield self.result(self.ENTITY, s, e, 0.7, form="label", full_name=False, honorific=None, label=True,
                                  official=False, staff=False, strength="strong", person_key=stable_key(name),
                                  model="attendance")

