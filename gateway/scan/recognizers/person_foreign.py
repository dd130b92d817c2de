"""Residents writing in their own language (issue 13, round 7), mixed into PersonRecognizer: a self-introduction
or a name label in Portuguese, Spanish, Vietnamese, Tagalog, Indonesian, French, German, Chinese or Korean
("Meu nome é Ricardo Oliveira", "Tôi là Nguyễn Thị Lan", "我叫李娜", "성명: 김민지"). A letter or a consultation
form from a resident names its writer this way; the staff who pastes it in to have it translated sends that
resident's name with whatever the letter says about them. English introductions are in person_contacts.
"""

from __future__ import annotations

import re
from itertools import islice

from gateway.scan.recognizers.person_contacts import latin_name_ok
from gateway.scan.recognizers.person_lexicon import _LATIN_FULL

# Latin-script self-introductions in the languages of the largest foreign-resident groups (lower case: the trigger
# pass reads lower-cased text)
LATIN_FOREIGN_INTROS = ("meu nome é ", "me chamo ", "me llamo ", "mi nombre es ", "tôi là ", "tôi tên là ", "tên tôi là ",
                        "ako si ", "ang pangalan ko ay ", "nama saya ", "je m'appelle ", "mein name ist ")
# ("tôi là" also introduces a role, "Tôi là thực tập sinh": the name must be two or three capitalised words)
_LATIN_FOREIGN = re.compile(r"(?i:" + "|".join(re.escape(w.strip()) for w in LATIN_FOREIGN_INTROS) + r")[ \t]+(?P<name>"
                            + _LATIN_FULL + r")(?![A-Za-zÀ-ÿĀ-ɏḀ-ỿ'’-])")
# Chinese: 我叫李娜 / 我的名字是王伟 / 本人名叫陈静 — two to four Han characters, then punctuation, a space or the line's end
HAN_INTROS = ("我叫", "我的名字是", "我的名字叫", "本人名叫", "本人叫")
_HAN_NAME = re.compile(r"(?P<name>[一-鿿]{2,4}?)(?=[，,。.、！!？?\s（(：:]|$)")
# Korean: 제 이름은 김민지입니다 / 저는 김민지라고 합니다, and the labels of a form (성명: 김민지, 이름 : 박서준)
HANGUL_INTROS = ("제 이름은 ", "저는 ", "성명", "이름", "예약자", "신청자", "신청인", "상담자", "보호자")
# (a name ending in a consonant takes 이 before 라고 / 에요: 최유진이라고 합니다 — the name is 최유진)
_HANGUL_INTRO = re.compile(r"(?:제 이름은|저는)[ ]?(?P<name>[가-힣]{2,4}?)(?=입니다|이고|이며|이라고|라고|예요|이에요)")
_HANGUL_LABEL = re.compile(r"(?<![가-힣])(?:성명|이름|예약자|신청자|신청인|상담자|보호자)[ \t]*[:：][ \t]*(?P<name>[가-힣]{2,4}|" + _LATIN_FULL + r")(?=[\s,，(（]|$)")
# a form's name labels in the same languages (Nome do aluno: Gabriel Nakamura Silva, Nombre completo: …, Họ và tên: …)
LATIN_FOREIGN_LABELS = ("nome", "nombre", "họ và tên", "họ tên", "pangalan", "nama lengkap")
_LATIN_FOREIGN_LABEL = re.compile(
    r"(?i:nome(?: (?:do|da) (?:alun[oa]|responsável|pai|mãe|criança)| completo)?|nombre(?: (?:del|de la) (?:alumn[oa]|"
    r"padre|madre|tutor|niñ[oa])| completo)?|họ và tên|họ tên|pangalan(?: ng (?:bata|magulang))?|nama lengkap)"
    r"[ \t]*[:：][ \t]*(?P<name>" + _LATIN_FULL + r")(?![A-Za-zÀ-ÿĀ-ɏḀ-ỿ'’-])")
FOREIGN_TRIGGERS = LATIN_FOREIGN_INTROS + HAN_INTROS + HANGUL_INTROS + LATIN_FOREIGN_LABELS
_MAX_HANGUL = 256


class PersonForeignMixin:
    ENTITY = "PERSON"

    def _foreign_names(self, text: str, hits: dict[str, list[int]]):
        """A resident's name in a letter or form in their own language (see the module docstring)."""
        for w in LATIN_FOREIGN_INTROS:
            for p in hits.get(w, ())[:16]:
                m = _LATIN_FOREIGN.match(text, p)
                if m is not None and latin_name_ok(m.group("name")):
                    yield self._named(m.start("name"), m.group("name"), 0.8, "intro", honorific=None)
        for w in LATIN_FOREIGN_LABELS:
            for p in hits.get(w, ())[:16]:
                m = _LATIN_FOREIGN_LABEL.match(text, p)
                if m is not None and latin_name_ok(m.group("name")):
                    yield self._named(m.start("name"), m.group("name"), 0.8, "label", honorific=None)
        for w in HAN_INTROS:
            for p in hits.get(w, ())[:16]:
                m = _HAN_NAME.match(text, p + len(w))
                if m is not None:
                    yield self._named(m.start("name"), m.group("name"), 0.8, "intro", honorific=None)
        if any(w in hits for w in HANGUL_INTROS):
            for rx in (_HANGUL_INTRO, _HANGUL_LABEL):
                for m in islice(rx.finditer(text), _MAX_HANGUL):  # bounded work per prompt
                    if latin_name_ok(m.group("name")):
                        yield self._named(m.start("name"), m.group("name"), 0.8, "intro", honorific=None)
