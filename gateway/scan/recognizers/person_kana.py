"""A full name written in kana before an age in brackets (issue 13, round 8), mixed into PersonRecognizer:
``タナカ ソウタ（4さい）``, ``いしかわ さだお（82歳）``. A note from a parent, a nursery's contact book, a form
read by OCR or a voice memo left unconverted writes the name in kana; the dictionary knows few given names in kana
(ソウタ reads as a common noun), so the window model misses them. A spaced pair that the name model reads as a name
(``person_contacts.spaced_name_ok``: one part a surname or a given name once read in katakana), right before an
age, is that person. Round 9: a given name or a rare surname alone right before くん / ちゃん, read by the character
model of ``person_charname`` (りおなちゃん, ユウトくん, 纐纈くん). Round 11: a surname written in hiragana before さん / 様
and a household word (おおはしさんの奥さん, たなかさんちのおばあちゃん): the run, or its katakana form (オオハシ), is one surname to
the dictionary and no native word.
"""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import islice

from gateway.scan.recognizers.person_charname import (CLOSER_SET, HOUSEHOLD_HONORIFICS, NAME_HONORIFICS, PARENT_SET,
                                                      PERSON_NOUN_TRIGGERS, PersonCharNameMixin, resident_surname)
from gateway.scan.recognizers.person_childname import AGE_TRIGGERS, CHILDNAME_TRIGGERS, PersonChildNameMixin
from gateway.scan.recognizers.person_addressee import PersonAddresseeMixin
from gateway.scan.recognizers.person_classcode import FACILITY_ROW_WORDS, SCHOOL_TRIGGERS, PersonClassCodeMixin
from gateway.scan.recognizers._text import stable_key
from gateway.scan.recognizers.person_contacts import _KANA_SPACED, _kana_to_katakana, spaced_name_ok
from gateway.scan import morphology
from gateway.scan.recognizers.person_cues import _FAMILY_AFTER, KIN_TRIGGERS
from gateway.scan.recognizers.person_prefilter import Anchored

_KANA_NAME_HEAD = r"(?=[ぁ-ゖァ-ヺー])(?<![ぁ-ゖァ-ヺー])(?P<name>" + _KANA_SPACED.pattern + r")[ 　]?"
_AGE_IN_BRACKETS = r"\([ ]?[0-9]{1,3}[ ]?(?:歳|才|さい)\)"
_KANA_NAME_AGE = re.compile(_KANA_NAME_HEAD + _AGE_IN_BRACKETS)
_KANA_NAME_AGE_SCAN = Anchored(_KANA_NAME_AGE, _KANA_NAME_HEAD, _AGE_IN_BRACKETS)  # tried only before an age
# …or right before the person's birth date (シラカワ トミコ 昭和28年4月16日生, かわの みゆき(1987/3/2生まれ): a list of
# residents or a record read out in kana; round 17)
_BIRTH_AFTER = (r"\(?(?:(?:明治|大正|昭和|平成|令和)(?:[0-9]{1,2}|元)年[0-9]{1,2}月[0-9]{1,2}日"
                r"|(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|(?P<sep>[/.-])[0-9]{1,2}(?P=sep)[0-9]{1,2}))[ ]?生")
_KANA_NAME_BIRTH = re.compile(_KANA_NAME_HEAD + _BIRTH_AFTER)
_KANA_NAME_BIRTH_SCAN = Anchored(_KANA_NAME_BIRTH, _KANA_NAME_HEAD, _BIRTH_AFTER)
_KANA_HOUSEHOLD = re.compile(r"(?<![ぁ-ゖァ-ヺー一-鿿])(?P<name>[ぁ-ゖ]{2,5})(?=さん|様)")
# a surname in hiragana glued to a kanji given name before an honorific (今朝もりた翔くん左腕にあざ, round 19): the run is one
# surname to the dictionary in katakana (モリタ) and no native word
_KANA_SURNAME_KANJI = re.compile(r"(?<![ぁ-ゖァ-ヺー])(?P<sur>[ぁ-ゖ]{2,5})[一-鿿々]{1,2}(?=くん|君|ちゃん|さん|様)")
_MAX = 64  # names per prompt: bounded work
# a list of surnames alone, each with an age (・柿沼(84) 独居、在宅酸素 / 川端 75 糖尿): a case worker's or a nurse's list of
# the people it covers; two such rows at least, each surname one the dictionary knows, words after the age (a table of
# districts has more figures there: 東山 198 240 12.1) (round 26)
_SURNAME_AGE_ITEM = re.compile(r"(?m)^[ \t　]*(?:[・･\-*●○◆■][ \t　]*|[0-9]{1,2}[.)．、][ \t　]*)?(?P<name>[一-鿿々〆ヶ]{1,4})"
                               r"(?:[(（][ ]?[0-9]{1,3}[ ]?(?:歳|才)?[)）][ \t　]*|[ \t　]+[0-9]{1,3}(?:歳|才)?[ \t　]+)(?=[ぁ-ゖァ-ヺー一-鿿])")
_KIN_SET = frozenset(KIN_TRIGGERS + PERSON_NOUN_TRIGGERS)
_CHILD_SET = frozenset(CHILDNAME_TRIGGERS + AGE_TRIGGERS)


class PersonKanaMixin(PersonCharNameMixin, PersonChildNameMixin, PersonClassCodeMixin, PersonAddresseeMixin):
    ENTITY = "PERSON"

    def _kana_names(self, text: str, hits: dict[str, list[int]]) -> list:
        """The passes of this mixin that the prompt's trigger hits make worth running."""
        out = []
        if "さい)" in hits or "歳)" in hits or "才)" in hits:
            out.append(self._kana_names_before_age(text))
        if not _HONORIFIC_SET.isdisjoint(hits):
            out.append(self._char_model_names(text, hits))  # りおなちゃん, ユウトくん, 纐纈くん (person_charname)
            out.append(self._work_characters(text, hits))  # ドラえもんののび太くん (person_charname)
            out.append(self._kana_surname_kanji_given(text))  # もりた翔くん
        if not _HOUSEHOLD_SET.isdisjoint(hits):
            out.append(self._kana_household_surnames(text, hits))  # おおはしさんの奥さん
        if not _KIN_SET.isdisjoint(hits):
            out.append(self._relative_names(text, hits, _KIN_SET))  # 息子（蒼）, ばあばのとし江 (person_charname)
        if not _CHILD_SET.isdisjoint(hits):
            out.append(self._child_given_names(text, hits))  # うちのはるとが, そうすけママ：, ひなた（5歳） (person_childname)
        if not (PARENT_SET.isdisjoint(hits) and CLOSER_SET.isdisjoint(hits)):
            out.append(self._signed_names(text, hits))  # かずきの母より, …です。鳥居』 (person_charname)
        if not _SCHOOL_SET.isdisjoint(hits) and ("-" in text or "年" in text):
            out.append(self._class_code_pupils(text))  # 保健室: 2-3 ひなた 腹痛 (person_classcode)
        if "年" in text:
            out.append(self._grade_pupils(text))  # 東中学校 3年 狩野 蓮（15） (person_classcode)
        if "組番" in text or "組・番" in text:
            out.append(self._class_number_rows(text))  # 学年組番 ⏎ 2-3-18	女	腹痛 (person_classcode, round 30)
        if "出席番号" in text:
            out.append(self._attendance_pupils(text))  # 高梨（出席番号21） (person_classcode)
        if any(w in text for w in FACILITY_ROW_WORDS):
            out.append(self._facility_row_staff(text))  # 長峰西中学校　　根岸 孝雄 (person_classcode)
        if "\n" in text:
            out.append(self._surname_age_items(text))  # ・柿沼(84) 独居、在宅酸素 ⏎ ・帯刀(68) 人工透析
        out.append(self._passport_order_names(text))  # ネパール国籍 SHRESTHA Anil Kumar（31・…） (person_foreign)
        if "生" in text:
            out.append(self._kana_names_before(text, _KANA_NAME_BIRTH_SCAN))  # シラカワ トミコ 昭和28年4月16日生
        if "-" in text or "番" in text or "号" in text:
            out.append(self._addressee_names(text))  # 八房町 字新田前 42-6　柳沢 正二 (person_addressee)
            out.append(self._household_rows(text))  # ①　3-12　志賀 正道 (person_addressee)
        return out

    def _surname_age_items(self, text: str):
        """Surnames alone heading list rows with an age (see _SURNAME_AGE_ITEM): medium, not full names."""
        rows = [m for m in islice(_SURNAME_AGE_ITEM.finditer(text), _MAX) if resident_surname(m.group("name"))]
        for m in rows if len(rows) >= 2 else ():
            yield self.result(self.ENTITY, m.start("name"), m.end("name"), 0.6, form="context", full_name=False,
                              honorific=None, label=False, official=False, staff=False, strength="medium",
                              person_key=stable_key(m.group("name")))

    def _kana_names_before_age(self, text: str):
        """Spaced kana full names right before an age in brackets (see the module docstring)."""
        return self._kana_names_before(text, _KANA_NAME_AGE_SCAN)

    def _kana_names_before(self, text: str, scan: Anchored):
        """Spaced kana full names right before what ``scan`` anchors on (an age, a birth date)."""
        for m in islice(scan.finditer(text), _MAX):
            if spaced_name_ok(m.group("name")):
                yield self._named(m.start("name"), m.group("name"), 0.8, "context", honorific=None)

    def _kana_surname_kanji_given(self, text: str):
        """A hiragana surname glued to a kanji given name before an honorific (_KANA_SURNAME_KANJI)."""
        for m in islice(_KANA_SURNAME_KANJI.finditer(text), _MAX):
            run = m.group("sur")
            for i in range(len(run) - 1):  # (a particle may lead the run: 今朝もはやし陸くん)
                sur = run[i:]
                toks = morphology.tokenize(_kana_to_katakana(sur))
                if not morphology.native_word(sur) and len(toks) == 1 and toks[0].is_surname:
                    yield self._named(m.start() + i, m.group(0)[i:], 0.6, "honorific", honorific=None)
                    break

    def _kana_household_surnames(self, text: str, hits: dict[str, list[int]]):
        """A hiragana surname before さん / 様 and a household word (see the module docstring)."""
        for w in HOUSEHOLD_HONORIFICS:
            for p in hits.get(w, ())[:_MAX]:
                m = _KANA_HOUSEHOLD.search(text, max(0, p - 5), p + len(w))
                if m is None or m.end() != p or _FAMILY_AFTER.match(text, p) is None:
                    continue
                name = m.group("name")
                if morphology.native_word(name):
                    continue  # (みんなさん: a word)
                kata = _kana_to_katakana(name)
                if any(len(t) == 1 and t[0].is_surname for t in (morphology.tokenize(name), morphology.tokenize(kata))):
                    yield self._named(m.start("name"), name, 0.6, "honorific", honorific=w)


_HONORIFIC_SET = frozenset(NAME_HONORIFICS + HOUSEHOLD_HONORIFICS)  # (one isdisjoint test, not a generator)
_HOUSEHOLD_SET = frozenset(HOUSEHOLD_HONORIFICS)
_SCHOOL_SET = frozenset(SCHOOL_TRIGGERS)
