"""Residents writing in their own language (issue 13, round 7), mixed into PersonRecognizer: a self-introduction
or a name label in Portuguese, Spanish, Vietnamese, Tagalog, Indonesian, French, German, Chinese or Korean
("Meu nome é Ricardo Oliveira", "Tôi là Nguyễn Thị Lan", "我叫李娜", "성명: 김민지"). A letter or a consultation
form from a resident names its writer this way; the staff who pastes it in to have it translated sends that
resident's name with whatever the letter says about them. English introductions are in person_contacts.
"""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import chain, islice

from gateway.scan.recognizers.person_contacts import latin_name_ok
from gateway.scan.recognizers.person_lexicon import _LATIN_FULL

# Latin-script self-introductions in the languages of the largest foreign-resident groups (lower case: the trigger
# pass reads lower-cased text)
LATIN_FOREIGN_INTROS = ("meu nome é ", "me chamo ", "me llamo ", "mi nombre es ", "tôi là ", "tôi tên là ", "tên tôi là ",
                        "em tên là ", "tên em là ", "con tên là ", "ako po si ", "ako ay si ", "ako si ", "ang pangalan ko ay ", "nama saya ", "je m'appelle ", "mein name ist ",
                        "mero naam ", "mero nam ")  # (Nepali written in Latin letters: mero naam Bishnu Shrestha ho)
# ("tôi là" also introduces a role, "Tôi là thực tập sinh": the name must be two or three capitalised words)
_LATIN_FOREIGN = re.compile(r"(?i:" + "|".join(re.escape(w.strip()) for w in LATIN_FOREIGN_INTROS) + r")[ \t]+(?P<name>"
                            + _LATIN_FULL + r")(?![A-Za-zÀ-ÿĀ-ɏḀ-ỿ'’-])")
# name labels of forms in those languages (Nome:, Nombre completo:, Solicitante:, Họ và tên:, Pangalan:)
LATIN_FOREIGN_LABELS = ("nome", "nombre", "solicitante", "requerente", "họ và tên", "họ tên", "tên:", "pangalan",
                        "người liên hệ", "người nộp đơn",
                        "aplikante", "nom :", "nom:", "nama lengkap", "nama:", "nama :")
_LATIN_FOREIGN_LABEL = re.compile(r"(?i:nome(?:[ \t]+(?:(?:do|da)[ \t]+(?:alun[oa]|responsável|pai|mãe|criança)|completo))?|"
                                  r"nombre(?:[ \t]+(?:(?:del|de[ \t]+la)[ \t]+(?:alumn[oa]|padre|madre|tutor|niñ[oa])|completo))?|"
                                  # the name's two halves in one label (Nombre y apellidos:, Apellidos y nombre:, Nome e
                                  # sobrenome:; r15)
                                  r"nombres?[ \t]+y[ \t]+apellidos?|apellidos?[ \t]+y[ \t]+nombres?|nome[ \t]+e[ \t]+sobrenome|"
                                  r"nama(?:[ \t]+lengkap)?|solicitante|requerente|"
                                  r"họ[ \t]+(?:và[ \t]+)?tên|tên|người[ \t]+(?:liên[ \t]+hệ|nộp[ \t]+đơn)|(?:buong[ \t]+)?pangalan(?:[ \t]+ng[ \t]+(?:bata|magulang))?|aplikante|nom)[ \t]*[:：][ \t]*"
                                  r"(?P<name>" + _LATIN_FULL + r")(?![A-Za-zÀ-ÿĀ-ɏḀ-ỿ'’-])")
# Nepali (Devanagari): मेरो नाम सीता गुरुङ हो ("my name is … "); Korean letters close with the writer's name and 드림 / 올림
DEVANAGARI_INTROS = ("मेरो नाम ",)
_DEVANAGARI_INTRO = re.compile(r"मेरो नाम (?P<name>[ऀ-ॿ]{2,12}(?: [ऀ-ॿ]{2,12}){0,2}?) (?:\([A-Za-z][A-Za-z .'-]{1,40}\) )?(?:हो|हुँ)")  # (…(Suman Gurung) हो)
# …and a Nepali form's name label (नाम: सीता गुरुङ, निवेदकको नाम: …; round 13)
DEVANAGARI_LABELS = ("नाम:", "नाम :", "नाम：")
_DEVANAGARI_LABEL = re.compile(r"(?<![ऀ-ॿ])(?:(?:पूरा|निवेदकको|आवेदकको|बच्चाको|अभिभावकको)[ ])?नाम[ \t]*[:：][ \t]*"
                               r"(?P<name>[ऀ-ॿ]{2,12}(?: [ऀ-ॿ]{2,12}){1,2})(?![ऀ-ॿ])")
HANGUL_CLOSINGS = ("드림", "올림")
# Ukrainian and Russian forms (round 14: evacuees from Ukraine): ПІБ: Коваленко Олена Петрівна, ФИО: …, Прізвище: …
CYRILLIC_LABELS = ("піб", "п.і.б", "фио", "ф.и.о", "прізвище", "фамилия", "ім'я", "ім’я", "имя", "заявник", "заявитель")
_CYR_WORD = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]{1,20}"
_CYRILLIC_LABEL = re.compile(r"(?<![А-Яа-яЁёІіЇїЄєҐґ'’])(?i:піб|п\.і\.б\.?|фио|ф\.и\.о\.?|прізвище(?:,?[ ]ім['’]я(?:,?[ ]по[ ]батькові)?)?|"
                             r"фамилия(?:,?[ ]имя(?:,?[ ]отчество)?)?|ім['’]я|имя|заявник|заявитель)[ \t]*[:：][ \t]*"
                             r"(?P<name>" + _CYR_WORD + r"(?:[ ]" + _CYR_WORD + r"){0,2})(?![А-Яа-яЁёІіЇїЄєҐґ'’-])")
# Thai: ฉันชื่อ สมศรี ใจดี ค่ะ ("my name is …", a polite particle after the name)
THAI_INTROS = ("ฉันชื่อ", "ผมชื่อ", "ดิฉันชื่อ", "หนูชื่อ")
_THAI_INTRO = re.compile(r"(?:ดิฉัน|ฉัน|ผม|หนู)ชื่อ[ ]?(?P<name>(?:(?!ค่ะ|ครับ|คะ)[ก-๎]){2,20}(?: (?:(?!ค่ะ|ครับ|คะ)[ก-๎]){2,20})?)"
                         r"(?=[ ]?(?:ค่ะ|ครับ|คะ|นะ)|[ ,.\n]|$)")
# …and a Thai form's name label (ชื่อ-นามสกุล: สมศรี ใจดี, "name-surname"; round 14)
THAI_LABELS = ("ชื่อ-นามสกุล", "ชื่อ นามสกุล", "ชื่อ:", "ชื่อ :", "ชื่อและนามสกุล")
_THAI_LABEL = re.compile(r"ชื่อ(?:[-–]|[ ]|และ)?(?:นามสกุล)?[ \t]*[:：][ \t]*(?P<name>[ก-๎]{2,20}(?: [ก-๎]{2,20})?)(?![ก-๎])")
# Arabic and Dari/Persian forms (round 14): الاسم: أحمد محمود الحسن, نام: …
ARABIC_LABELS = ("الاسم", "نام:", "نام :", "نام و نام خانوادگی")
_AR = "[\u0621-\u064A\u0671-\u06D3]"
_ARABIC_LABEL = re.compile(r"(?<![\u0600-\u06FF])(?:الاسم(?:[ ]الكامل)?|نام(?:[ ]و[ ]نام[ ]خانوادگی)?)[ \t]*[:：][ \t]*"
                           r"(?!(?:مكتب|مركز|جمعية|بلدية|قسم|وزارة|شركة|مدينة|برنامج|دفتر)(?![\u0621-\u064A]))"  # an office, a centre …
                           r"(?P<name>" + _AR + r"{2,15}(?:[ ]" + _AR + r"{2,15}){0,3})(?![\u0600-\u06FF])")
_HANGUL_CLOSING = re.compile(r"^[ \t]*(?P<name>[가-힣]{2,4})[ ]?(?:드림|올림)[ \t]*$", re.MULTILINE)
# Chinese: 我叫李娜 / 我的名字是王伟 / 本人名叫陈静 — two to four Han characters, then punctuation, a space or the line's end
HAN_INTROS = ("我叫", "我的名字是", "我的名字叫", "本人名叫", "本人叫")
# (a space may come after the intro and part the surname from the given name: 我叫 刘 静怡（…）, round 14)
_HAN_NAME = re.compile(r"[ ]?(?P<name>[一-鿿]{2,4}?|[一-鿿]{1,2}[ ][一-鿿]{1,3})(?=[，,。.、！!？?\s（(：:]|$)")
# Korean: 제 이름은 김민지입니다 / 저는 김민지라고 합니다, and the labels of a form (성명: 김민지, 이름 : 박서준)
HANGUL_INTROS = ("제 이름은 ", "저는 ", "성명", "이름", "예약자", "성함", "신청인", "신청자", "보호자", "상담자", "피해자", "남편", "아내", "배우자",
                 "자녀")
# (a name ending in a consonant takes 이 before 라고 / 에요: 최유진이라고 합니다 — the name is 최유진)
# (or the name in Latin letters with the hangul in brackets: 저는 KANG MIN-JI(강민지)라고 합니다, round 14)
_HANGUL_INTRO = re.compile(r"(?:제 이름은|저는)[ ]?(?P<name>[가-힣]{2,4}?|[가-힣][ ][가-힣]{1,3}?|" + _LATIN_FULL + r"(?=[ ]?\([가-힣]{2,4}\)))"
                           r"(?:[ ]?\([가-힣]{2,4}\))?(?=입니다|이고|이며|이라고|라고|예요|이에요)")
# what a writer says they are, not who (저는 학생입니다, 저는 회사원이고 …): occupations, roles and nationalities
_HANGUL_NOT_NAMES = frozenset({"학생", "대학생", "유학생", "고등학생", "중학생", "회사원", "직장인", "주부", "엄마", "아빠", "공무원",
                               "선생님", "교사", "간호사", "의사", "환자", "보호자", "신청자", "임산부", "노인", "외국인", "한국인",
                               "중국인", "일본인", "베트남인", "필리핀인", "네팔인", "자영업자", "아르바이트", "처음", "여기"})
# a Korean name with its hanja in brackets (박민정(朴 敏貞)): only a person's name is glossed so (round 13)
_HANGUL_HANJA = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2,4})[ ]?\((?:[一-鿿]{1,2}[ ]?[一-鿿]{1,3})\)")
_HANGUL_LABEL = re.compile(r"(?<![가-힣])(?:성명|이름|예약자|성함|신청인|신청자|보호자|상담자|피해자|남편|아내|배우자|자녀)[ \t]*[:：][ \t]*(?P<name>[가-힣]{2,4}|" + _LATIN_FULL
                           # (a Korean special permanent resident's name in Hanja: 성명: 崔 美蘭, round 17)
                           + r"|[一-鿿]{1,2}[ ][一-鿿]{1,3}|[一-鿿]{2,4})(?=[\s,，(（]|$)")
# Chinese form labels (姓名：陈美玲, 申请人：王丽): the applicant's name (simplified or traditional)
HAN_LABELS = ("姓名", "申请人", "申請人", "申请者", "联系人", "聯絡人", "监护人", "監護人", "丈夫", "妻子", "配偶")
_HAN_LABEL = re.compile(r"(?:姓名|申请人|申請人|申请者|联系人|聯絡人|监护人|監護人|丈夫|妻子|配偶)[ \t]*[:：][ \t]*(?P<name>[一-鿿]{2,4}|"
                        r"[一-鿿]{1,2}[ ][一-鿿]{1,3})(?=[\s,，(（、。]|$)")
# Vietnamese: a kinship honorific before a full name (chị Nguyễn Thị Lan, anh Trần Văn Hùng, bà Lê Thị Hoa), or a
# full name with a Vietnamese surname and the middle name Thị / Văn — how a case note or a letter names the resident
VIET_TRIGGERS = ("chị ", "anh ", "em ", "bà ", "ông ", "cô ", "chú ", "bác ", " thị ", " văn ")
_VIET_SURNAME = (r"(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đào|Trương|Lương|Trịnh"
                 r"|Lâm|Mai|Cao|Tạ|Hà|Vương|Châu|Quách|Đoàn|Tô|Kiều|La|Thái|Lưu)")
_VIET_GIVEN = r"[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zß-öø-ÿĀ-ɏḀ-ỿ]{0,7}"
_VIET_NAME = re.compile(r"(?:(?<![A-Za-zÀ-ÿĀ-ɏḀ-ỿ])(?i:chị|anh|em|bà|ông|cô|chú|bác)[ ]+(?P<name>" + _VIET_SURNAME
                        + r"(?:[ ]+" + _VIET_GIVEN + r"){1,3})|(?<![A-Za-zÀ-ÿĀ-ɏḀ-ỿ])(?P<full>" + _VIET_SURNAME
                        + r"[ ]+(?:Thị|Văn)(?:[ ]+" + _VIET_GIVEN + r"){1,2}))(?![A-Za-zÀ-ÿĀ-ɏḀ-ỿ'’-])")
# Tagalog: the personal article before a name (si / kay), and the titles Gng. / Bb. (Mrs, Miss); Portuguese and
# Spanish titles (Sr. / Sra. / Srta. / Dona): a record or a letter naming the resident
TAGALOG_TRIGGERS = ("si ", "kay ", "gng. ", "bb. ", "sr. ", "sra. ", "srta. ", "dona ", "name ko", "pangalan ko")
# …or the name said before "is my (full) name" (Maricel Dela Torre po full name ko, … po ang pangalan ko: round 19)
_TAGALOG_NAME_FIRST = re.compile(r"(?P<name>" + _LATIN_FULL + r")[ ]+(?:po[ ]+)?(?:ang[ ]+)?(?:(?:buong[ ]+)?pangalan|"
                                 r"full[ ]+name)[ ]+ko(?![A-Za-z])")
_TAGALOG_NAME = re.compile(r"(?<![A-Za-zÀ-ÿĀ-ɏḀ-ỿ.])(?:[Ss]i|[Kk]ay|Gng\.|Bb\.|Sra?\.|Srta\.|Dona)[ ]+(?P<name>" + _LATIN_FULL
                           + r")(?![A-Za-zÀ-ÿĀ-ɏḀ-ỿ'’-])")
FOREIGN_TRIGGERS = (LATIN_FOREIGN_INTROS + VIET_TRIGGERS + TAGALOG_TRIGGERS + LATIN_FOREIGN_LABELS + DEVANAGARI_INTROS + HANGUL_CLOSINGS + THAI_INTROS
                    + HAN_INTROS) + HANGUL_INTROS + HAN_LABELS + DEVANAGARI_LABELS + CYRILLIC_LABELS + THAI_LABELS + ARABIC_LABELS
_MAX_HANGUL = 256


# a Latin name in a passport's order, the surname in capitals (SHRESTHA Anil Kumar, RAI Sabina, NGUYEN Van Minh), as
# a police call or a residence record writes it: after a nationality or a kin word (ネパール国籍 …, 同居の妻（妊娠中）…) or
# before an age in brackets (…（31・元留学生）, …（様）): one person (round 17)
_CAPS_HINT = re.compile(r"(?<![A-Za-z])[A-Z]{2,},?[ \t][A-Z][a-z]")
_PASSPORT_ORDER = re.compile(r"(?<![A-Za-z])(?P<name>[A-Z]{2,},?(?:[ \t][A-Z][a-z]+){1,2})(?![A-Za-z])")
_PASSPORT_CUE_BEFORE = re.compile(r"(?:国籍|籍|妻|夫|息子|娘|長男|長女|次男|次女|父|母|同居人|同居者|本人|被疑者|容疑者|対象者|保護者|世帯主|"
                                  r"(?<![A-Za-z])(?i:name|full name|applicant|client|resident|patient|student))"
                                  r"[ \t　]*(?:[(（][^()（）\n]{1,12}[)）])?[ \t　]*[:：]?[ \t　]*$"
                                  # or the writer introducing themself in their own language (Ma TAMANG Pemba Dorje: Nepali
                                  # "I [am]", Ako si, Saya, Tôi là, Eu sou; round 18)
                                  r"|(?<![A-Za-z])(?:Ma|Mero[ ]naa?m|Ako[ ]si|Ako[ ]ay[ ]si|Saya|Nama[ ]saya|T[ôo]i(?:[ ]t[êe]n)?[ ]l[àa]|"
                                  r"Eu[ ]sou|Meu[ ]nome[ ][ée]|Me[ ]llamo|Soy|Wo[ ]shi|我[是叫])[ \t]+$")
_PASSPORT_CUE_AFTER = re.compile(r"[ \t　]*(?:[(（][ ]?[0-9]{1,3}[ ]?(?:歳|才)?[ ]?[・、,)）]|様|さん|氏(?![名])|容疑者|被疑者)"
                                 r"|[ \t　]+(?:男|女)[ \t　]+[0-9]{1,3}[ ]?(?:歳|才)")  # (a roster's sex and age cells: r21)


class PersonForeignMixin:
    ENTITY = "PERSON"

    def _passport_order_names(self, text: str):
        """A Latin name with its surname in capitals first, after a nationality or a kin word, or before an age."""
        if _CAPS_HINT.search(text) is None:
            return
        for m in islice(_PASSPORT_ORDER.finditer(text), _MAX_HANGUL):
            s, e = m.span("name")
            if (_PASSPORT_CUE_BEFORE.search(text, max(0, s - 24), s) is None
                    and _PASSPORT_CUE_AFTER.match(text, e) is None):
                continue
            if latin_name_ok(m.group("name").replace(",", "").title()):
                yield self._named(s, m.group("name"), 0.8, "label", honorific=None)

    def _foreign_names(self, text: str, hits: dict[str, list[int]]):
        """A resident's name in a letter or form in their own language (see the module docstring)."""
        yield from self._latin_foreign_names(text, hits)
        yield from self._cjk_names(text, hits)
        if any(w in hits for w in VIET_TRIGGERS):
            for m in islice(_VIET_NAME.finditer(text), _MAX_HANGUL):
                g = "name" if m.group("name") else "full"
                yield self._named(m.start(g), m.group(g), 0.8, "intro", honorific=None)
        if any(w in hits for w in TAGALOG_TRIGGERS):
            for m in islice(chain(_TAGALOG_NAME.finditer(text), _TAGALOG_NAME_FIRST.finditer(text)), _MAX_HANGUL):
                if latin_name_ok(m.group("name")):
                    yield self._named(m.start("name"), m.group("name"), 0.8, "intro", honorific=None)

    def _latin_foreign_names(self, text: str, hits: dict[str, list[int]]):
        """Latin-script self-introductions and name labels (Meu nome é …, Nombre: …)."""
        for w in LATIN_FOREIGN_INTROS:
            for p in hits.get(w, ())[:16]:
                m = _LATIN_FOREIGN.match(text, p)
                if m is not None and latin_name_ok(m.group("name")):
                    yield self._named(m.start("name"), m.group("name"), 0.8, "intro", honorific=None)
        if any(w in hits for w in LATIN_FOREIGN_LABELS):
            for m in islice(_LATIN_FOREIGN_LABEL.finditer(text), _MAX_HANGUL):
                if latin_name_ok(m.group("name")):
                    yield self._named(m.start("name"), m.group("name"), 0.8, "label", honorific=None)

    def _cjk_names(self, text: str, hits: dict[str, list[int]]):
        """Chinese and Korean self-introductions and form labels (我叫 …, 姓名：…, 성명: …)."""
        for w in HAN_INTROS:
            for p in hits.get(w, ())[:16]:
                m = _HAN_NAME.match(text, p + len(w))
                if m is not None:
                    yield self._named(m.start("name"), m.group("name"), 0.8, "intro", honorific=None)
        if any(w in hits for w in CYRILLIC_LABELS):
            for m in islice(_CYRILLIC_LABEL.finditer(text), _MAX_HANGUL):
                yield self._named(m.start("name"), m.group("name"), 0.8, "label", honorific=None)
        if any(w in hits for w in HAN_LABELS):
            for m in islice(_HAN_LABEL.finditer(text), _MAX_HANGUL):
                yield self._named(m.start("name"), m.group("name"), 0.8, "label", honorific=None)
        if any(w in hits for w in HANGUL_INTROS + HANGUL_CLOSINGS + DEVANAGARI_INTROS + DEVANAGARI_LABELS + THAI_INTROS + THAI_LABELS
                                      + ARABIC_LABELS):
            for rx in (_HANGUL_INTRO, _HANGUL_LABEL, _HANGUL_CLOSING, _HANGUL_HANJA, _DEVANAGARI_INTRO, _DEVANAGARI_LABEL,
                       _THAI_INTRO, _THAI_LABEL, _ARABIC_LABEL):
                for m in islice(rx.finditer(text), _MAX_HANGUL):  # bounded work per prompt
                    if latin_name_ok(m.group("name")) and m.group("name") not in _HANGUL_NOT_NAMES:
                        yield self._named(m.start("name"), m.group("name"), 0.8, "intro", honorific=None)
