"""Names that identify themselves next to a personal contact, mixed into PersonRecognizer: spoken
self-identification in call and voicemail transcripts (もしもし、わたなべ ゆりです), English
self-introductions ("Hi, this is Siobhan O'Brien"), Latin-script names before a Japanese honorific
(Tanaka Hiroshiさん) and rows or signatures starting with a Latin full name; and the name model for
spaced full names outside a label (``spaced_name_ok``), also used for signatures."""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import islice

from gateway.scan import morphology
from gateway.scan.recognizers.person_vectors import TRIGGERS as VECTOR_TRIGGERS, vector_items
from gateway.scan.recognizers._text import line_matches, stable_key
from gateway.scan.recognizers.person_prefilter import Prefiltered, fold
from gateway.scan.recognizers.person_cues import KIN_TRIGGERS
from gateway.scan.recognizers.person_titles import record_item
from gateway.scan.recognizers.person_interviews import interviewees
from gateway.scan.recognizers.person_lexicon import (
    _INTRO_STAFF, _GRADE_AFTER, _KATA_DOTTED_BEFORE_HON, _LATIN_BEFORE_HON, _LATIN_FULL, _NAME_BEFORE_GRADE,
    _LATIN_INTRO,
    _LATIN_INTRO_BEFORE,
    _LATIN_NOT_NAMES,
    _LATIN_ROW,
    _LATIN_ROW_RECORD,
    LATIN_RECORD_TRIGGERS,
    _LATIN_STREET,
    _PERSONAL_CONTACT,
    _SPOKEN_NAME,
    _SPOKEN_SURNAME,
    _SPOKEN_SURNAME_AFTER,
    _SPOKEN_SURNAME_BEFORE,
    _SPOKEN_ORG_BEFORE,
    GRADE_TRIGGERS,
    HONORIFICS_STRONG,
    LATIN_INTRO_WORDS,
    LATIN_ORG_WORDS,
    MINUTES_WORDS,
    SPOKEN_GATE,
    SPOKEN_ID_WORDS,
    STREET_NO,
)

_LATIN_INTRO_SET = frozenset(LATIN_INTRO_WORDS)
# a personal contact in the prompt: Latin rows and signatures are looked for
_CONTACT_HITS = frozenset({"090", "080", "070", "@"} | set(LATIN_RECORD_TRIGGERS))
_GRADE_SET = frozenset(GRADE_TRIGGERS)
_MINUTES_SET = frozenset(MINUTES_WORDS)
_LATIN_HON = ("様", "さん", "さま", "殿", "ちゃん", "くん", "君", "氏", "先生")  # (氏: after a katakana name; 先生: a Latin full name)
# a Latin full name inside a line, tied to what follows it: the age in brackets ("Daniel Price (41), of 2-5-7
# Wakaba-cho, mobile 080-…") or a street number after a comma ("note: Sarah Lee, 3-4-1 Higashihama, mobile 080-…")
# (or before the contact's own word: "New ALT: Emma Wilson (from Perth), mobile 080-…")
_PERSONAL_CONTACT_SCAN = Prefiltered(_PERSONAL_CONTACT)  # (tried at 070/080/090 and the free-mail domains only)
_LATIN_AGED = re.compile(r"(?<![A-Za-z'’-])(?P<name>" + _LATIN_FULL + r")(?:[ ]?\((?:aged? )?[0-9]{1,3}\)"
                         r"|,[ ]?(?=[0-9]{1,4}-[0-9]{1,4})"
                         r"|(?:[ ]?\([^()\n]{1,30}\))?,[ ]?(?=(?i:mobile|cell|phone|tel|e-?mail|personal)(?![a-z])))")
# (or anywhere before a bracket giving the birth date: got Saori Nemoto (DOB 18 March 1990, …))
# (a cheap test first: "[a-z] ?(…" written from the bracket, so that sre skips to a bracket)
_AGED_HINT = re.compile(r"\((?:(?<=[a-z]\()|(?<=[a-z] \())(?:aged? [0-9]|[0-9]{1,3}\)|(?i:dob|d\.o\.b\.|date of birth))")
_LATIN_AGED_SUBJECT = re.compile(r"(?:(?:^|(?<=[.!?:] ))[ \t]*(?P<name>" + _LATIN_FULL + r")[ ]?\((?:aged? )?[0-9]{1,3}\)"
                                 r"(?=[ ,;]|$)|(?<![A-Za-z'’-])(?P<born>" + _LATIN_FULL + r")[ ]?\("
                                 r"(?i:dob|d\.o\.b\.|date of birth)[ :]?[ ]?[0-9A-Za-z])", re.MULTILINE)  # (not a biography's "born")
# an office unit or employer near an English signature: the person signs as staff
# (or a job title or a company's legal form in a business signature: "Sales Manager, CloudSafe Japan K.K.")
_UNIT_LINE_EN = re.compile(r"(?:課|係|室|部|局|センター|市役所|Division|Department|Section|City Hall|City Office|Inc\.|Ltd"
                           r"|K\.K\.|Co\.|Corp(?:oration)?|LLC|GmbH|Manager|Director|Officer|Representative|Coordinator"
                           r"|Engineer|Consultant|Account Executive|Sales)")


_KANA_DATA_SET = frozenset({"090", "080", "070", "日生"})
_KANA_FULL = r"(?P<name>[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}[ 　][ァ-ヺー]{2,6})"
_KANA_AFTER_DATA = re.compile(r"(?:0[789]0(?:[ -]?[0-9]){8}|日生(?:まれ)?)[ 　,、:(]{1,2}" + _KANA_FULL + r"(?![ぁ-ゖァ-ヺー])")
_KANA_BEFORE_MOBILE = re.compile(r"(?<![ぁ-ゖァ-ヺー])" + _KANA_FULL + r"[ 　,、:(]{1,2}$")

_AT_SENTENCE_START = ("this is ", "i am ", "it's ")
# a street number right before "の<surname>です": the caller gives their own address
_STREET_BEFORE = re.compile(r"[0-9](?:号|番地?|-[0-9]{1,4})の[ 　]?$")
# a caller naming themself on a voicemail: "it's Daniel Okoye calling", "… speaking", "… here"
_CALLING = re.compile(r"[ \t]+(?:calling|speaking|here)(?![A-Za-z])")
# a question for the name in the lines before an answer ("Could you tell me your name, please?")
_NAME_ASKED = re.compile(r"(?i:your name|name, please|who is calling|who's calling|may i ask who)")
# how far the writer's own contact may be from their self-identification (the same message)
_OWN_CONTACT_BEFORE, _OWN_CONTACT_AFTER = 80, 240
_KANA_WORD = re.compile(r"[ぁ-ゖ]+|[ァ-ヺー]+")


def _kana_to_katakana(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


_STREET_CALLER = re.compile(r"[一-鿿々〆ヶ]{1,4}(?:です|でございます)")


# a surname with 方 right after a street number: in care of that household (千代田町二ノ十一ノ三 加藤方, 本町3-4 佐野方)
_HOUSEHOLD = re.compile(r"(?:[0-9]|[一二三四五六七八九十](?:号|番地?)?)[ 　]?(?P<name>[一-鿿々]{1,3})方(?![一-鿿々ぁ-ゖァ-ヺー])")
HOUSEHOLD_TRIGGERS = ("方",)
# a relative's name with its reading in brackets (父・清（きよし）, 長男の翔（かける）)
_NAME_READING = re.compile(r"(?P<name>[一-鿿々]{1,3})\([ぁ-ゖ]{2,8}\)")
_KIN_SET = frozenset(KIN_TRIGGERS)


def households(text: str, hits: dict[str, list[int]]):
    """Matches of a surname with 方 after a street number (the surname not yet confirmed)."""
    for p in hits.get("方", ())[:64]:
        m = _HOUSEHOLD.search(text, max(0, p - 8), p + 2)
        if m is not None and m.end() == p + 1:
            yield m


def street_caller(text: str, hits: dict[str, list[int]]) -> bool:
    """A street number, の and a kanji word right before です ("本町3-4-12の中川です"): worth reading as a caller."""
    return any(_STREET_CALLER.match(text, p + len(w)) is not None for w in STREET_NO for p in hits.get(w, ())[:64])


def _one_surname(part: str) -> bool:
    """The dictionary reads the kanji as one surname (中島, not 中学)."""
    toks = morphology.tokenize(part)
    return len(toks) == 1 and toks[0].is_surname


def kana_surname(part: str) -> bool:
    """A surname written in kana (くぼた, さとう): one proper-noun token once read in katakana, a surname or a name the
    dictionary knows from a company or a brand (クボタ, スズキ) or a person's entry (シミズ); not a place, not a pronoun
    (それ, こちら)."""
    toks = morphology.tokenize(_kana_to_katakana(part))
    return len(toks) == 1 and toks[0].pos[1] == "固有名詞" and (
        toks[0].is_surname or toks[0].pos[2] == "一般" or toks[0].pos[2:4] == ("人名", "一般"))


def spaced_name_ok(name: str) -> bool:
    """Name model for a spaced full name outside a label: the dictionary must read it as a name.
    Kanji: a surname first, or a given name second (大橋 is also a common noun; 勇樹 is a given name).
    Kana: each part one noun, one of them a surname or a given name once read in katakana (わたなべ ゆり →
    ワタナベ ユリ); function words (はい そう, あの これ) are not nouns and fail."""
    parts = re.split(r"[ 　]", name.strip(" 　"), maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return False
    sur, given = parts
    if re.fullmatch(r"[ぁ-ゖァ-ヺー]+", sur) and re.fullmatch(r"[ぁ-ゖァ-ヺー]+", given):
        t1 = morphology.tokenize(_kana_to_katakana(sur))
        t2 = morphology.tokenize(_kana_to_katakana(given))
        if len(t1) != 1 or len(t2) != 1 or t1[0].pos[0] != "名詞" or t2[0].pos[0] != "名詞":
            return False
        return t1[0].is_surname or t2[0].is_given_name
    t1 = morphology.tokenize(sur)
    if t1 and t1[0].is_surname:
        return True
    t2 = morphology.tokenize(given)
    if len(t1) == 1 and t1[0].pos[1] == "固有名詞" and len(t2) == 1 and t2[0].is_person:
        return True  # a surname the dictionary knows as a company or a place (松下 有紀, 村田 健)
    return (len(t1) == 1 and t1[0].pos[0] == "名詞" or re.fullmatch(r"[ァ-ヺー]{2,8}", sur) is not None) and len(t2) == 1 \
        and t2[0].is_given_name  # (a foreign surname in katakana before a given name: ヴォルコフ 瑛太, round 25)


def lines_end(text: str, end: int, n: int) -> int:
    """The end of the ``n``-th line after the one ending at or after ``end`` (a signature's next lines)."""
    for _ in range(n):
        k = text.find("\n", end + 1)
        end = len(text) if k < 0 else k
    return end


def signature_contact(text: str, start: int, end: int, unit: re.Pattern[str] = _UNIT_LINE_EN) -> bool | None:
    """For a name alone on its line: None without a personal mobile number or free-mail address within the
    next three lines, else whether an office unit is near (a member of staff signing with the office's details)."""
    nxt = lines_end(text, end, 3)
    if _PERSONAL_CONTACT.search(text, end, nxt) is None:
        return None
    # (around the name, never in it: 砥部, 阿部, 岡部 hold 部)
    return unit.search(text, max(0, start - 40), start) is not None or unit.search(text, end, nxt) is not None


# a letter whose writer says where they live (私は湊川二丁目17番地の5に住む者です, 当方…在住): its signature's labelled home
# landline is theirs as a mobile would be (round 18)
_WRITER_LIVES = re.compile(r"(?:私|わたし|当方|小生)(?:は|の家は|の自宅は)[^\n。]{2,40}?(?:に住む|に住んで|に暮らし|在住)")
_HOME_LINE = re.compile(r"[ \t]*(?:電話|TEL|Tel|自宅|℡)[ \t]*[:：]?[ \t]*0[1-9][0-9]{0,3}[-(（ ][0-9]{1,4}[-)） ][0-9]{4}[ \t]*$",
                        re.MULTILINE)


def writer_home_phone(text: str, end: int) -> bool:
    """A labelled landline on one of the two lines after a name alone on its line, in a letter whose writer says where
    they live: a resident's signature."""
    return _HOME_LINE.search(text, end, lines_end(text, end, 2)) is not None and _WRITER_LIVES.search(text) is not None


def card_numbers(ctx) -> bool:
    """The text holds a residence card's number (two capitals, eight digits, two capitals: KQ58203716EF), found from
    the scan's eight-digit runs: rows of Latin names beside them trigger the person recognizer (_latin_rows)."""
    text = ctx.text
    return any(s >= 2 and text[s - 2:s].isascii() and text[s - 2:s].isupper() and text[e:e + 2].isascii()
               and text[e:e + 2].isupper() and len(text[e:e + 2]) == 2 for s, e, _ in ctx.runs_of(8))


def latin_name_ok(name: str) -> bool:
    """A Latin-script full name, not an organisation or a heading (Midorino City Hall, Customer Service)."""
    words = name.split()
    return not any(w in LATIN_ORG_WORDS or w in _LATIN_NOT_NAMES for w in words)


# a katakana name parted by middle dots before 氏 or 先生 is as much a name (CIRのマリア・フェルナンデス・ルイス氏, round 21)
_KATA_ONLY_HONORIFICS = ("氏", "先生")
# (or a foreign name in katakana parted by middle dots: "転入者 ファム・ヴァン・ドゥック (VNM)", round 12)
_KANA_SPACED = re.compile(r"[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5}|[ァ-ヺー]{2,8}(?:・[ァ-ヺー]{2,8}){1,3}|[ァ-ヺー]{2,6}[ 　][ァ-ヺー]{2,6}")


def kana_label_value(rec, text: str, s: int, found, named: bool = False):
    """A spaced kana full name after a label without a colon ("氏名　かわの みゆき"), when the name model reads
    it as a name, or (``named``: the label is 氏名 or 名前) a hiragana surname and given name (児童氏名 にしごおり りく)."""
    m = _KANA_SPACED.match(text, s)
    if m is None or found.covers(s) or text[m.end():m.end() + 1] not in ("", "\n", " ", "\t", "　", "(", "様", "さ"):
        return None
    if not (named and _HIRA_PAIR.fullmatch(m.group(0))) and not spaced_name_ok(m.group(0)) \
            and not _foreign_kana_name(m.group(0)):
        return None
    return rec._named(s, m.group(0), 0.85, "label", honorific=None)


def _foreign_kana_name(name: str) -> bool:
    """After a name label, a katakana name of words the dictionary does not know or knows as names, not every one
    a listed common noun (氏名　ラマ　ビノッド, グエン ヴァン; not データ シート)."""
    parts = name.replace("・", " ").split()
    if not all(_KATA_WORD.fullmatch(p) for p in parts) or morphology.common_nouns_only(name):
        return False
    return any(morphology.unknown_word(p) or any(t.is_person for t in morphology.tokenize(p)) for p in parts)


_KATA_WORD = re.compile(r"[ァ-ヺー]{2,10}")
_HIRA_PAIR = re.compile(r"(?!ふりがな|なまえ|しめい|なし)[ぁ-ゖ]{2,6}[ 　](?!ふりがな|なし)[ぁ-ゖ]{1,5}")


def speakers(found, hits: dict[str, list[int]], text: str = "") -> None:
    """In minutes (会議録, 議事録 …), staff heading a line with a colon ("保健師 山田 花子: …") speak in their capacity:
    neither private persons nor the line's subject (an interview's: person_interviews), unless it is a record's item."""
    interviewees(text, found, hits)
    if _MINUTES_SET.isdisjoint(hits):
        return
    for r in found:  # (a record's item: ・河川課 主任 …：…病気休暇, round 41)
        if (meta := r.recognition_metadata).get("heads") and not record_item(text, r.start, hits) and meta.pop("heads"):
            meta.update(staff=False, official=True, speaker=True)


# a mail header's sender or recipient line (差出人: 村井 健二（財政課）, > From: 小松 由香（子育て支援課）, CC: …), and an
# office unit, with or without a title, in the brackets right after a name on it
MAIL_HEADER_WORDS = ("差出人", "送信者", "宛先", "from:", "to:", "cc:")
_MAIL_HEADER_LINE = re.compile(r"^[ \t>]*(?:差出人|送信者|送信元|宛先|From|To|Cc|CC)[ \t]*[:：]", re.MULTILINE)
_UNIT_BRACKET = re.compile(r"[ \t]?[（(][^（()）\n]{0,16}(?:課|係|室|部|局|班|センター|事務所)"
                           r"(?:長|次長|長補佐|主査|主任|主事|係長|担当)?[）)]")

# or before it (差出人：市民協働課　小野寺, 宛先：国際交流課　成瀬；文化振興財団　事業課　久保田), round 14
_UNIT_BEFORE_NAME = re.compile(r"(?:課|係|室|部|局|班|センター|事務所)(?:長|次長|長補佐|主査|主任|主事|係長|担当)?[ \t　]+$")


def mail_header_staff(text: str, found, hits: dict[str, list[int]]) -> None:
    """In a mail header, a sender or recipient named with an office unit in brackets (or before the name) is a member
    of staff writing in their official capacity (差出人: 村井 健二（財政課）): business mail, not a private person. Only
    the header line:
    the same name in the body, with a topic about them, is still a subject."""
    if not any(w in hits for w in MAIL_HEADER_WORDS):
        return
    for r in found:
        ls = text.rfind("\n", 0, r.start) + 1
        if (_UNIT_BRACKET.match(text, r.end) or _UNIT_BEFORE_NAME.search(text, max(ls, r.start - 14), r.start)) \
                and _MAIL_HEADER_LINE.match(text, ls) and text.find("\n", ls, r.start) < 0:
            r.recognition_metadata.update(staff=True, official=True)


class PersonContactsMixin:
    ENTITY = "PERSON"

    def _named(self, s: int, name: str, score: float, form: str, staff: bool = False, **meta):
        """A full-name result; a staff reading is official and at most medium."""
        return self.result(
            self.ENTITY, s, s + len(name), score, form=form, full_name=re.search(r"[ \t　・]", name.strip()) is not None,
            label=form in ("intro", "label"), official=staff, staff=staff,
            strength="medium" if staff or score < 0.8 else "strong",
            person_key=stable_key(re.sub(r"\s", "", name)), **meta,
        )

    def _contact_names(self, text: str, hits: dict[str, list[int]], cards: bool = False) -> list:
        """The generators of this mixin that the prompt's trigger hits make worth running (``cards``: the text holds
        a residence card's number, card_numbers)."""
        out = []
        if not _LATIN_INTRO_SET.isdisjoint(hits):
            out.append(self._latin_intros(text, hits))
        if not SPOKEN_GATE.isdisjoint(hits) or street_caller(text, hits):
            out.append(self._spoken_names(text))
        if any(text[p - 1:p].isascii() or "ァ" <= text[p - 1:p] <= "ヺ" for h in _LATIN_HON for p in hits.get(h, ())[:64]):
            out.append(self._latin_honorific_names(text, hits))
        if "\n" in text and (cards or not _CONTACT_HITS.isdisjoint(hits)):
            out.append(self._latin_rows(text))
        if _AGED_HINT.search(text) is not None:
            out.append(self._latin_aged_subjects(text))
        if not _GRADE_SET.isdisjoint(hits):
            out.append(self._graded_children(text, hits))
        if not _KIN_SET.isdisjoint(hits):
            out.append(self._named(m.start("name"), m.group("name"), 0.6, "context", honorific=None)
                       for w in _KIN_SET.intersection(hits) for p in hits[w][:32]
                       if (m := _NAME_READING.match(text, p + len(w))) is not None)
        if "方" in hits:
            out.append(self._named(m.start("name"), m.group("name"), 0.6, "context", honorific=None)
                       for m in households(text, hits) if _one_surname(m.group("name")))
        if not _KANA_DATA_SET.isdisjoint(hits):
            out.append(self._kana_names_by_data(text, hits))
        if any(t in text for t in VECTOR_TRIGGERS):  # a data frame's name column written as code (person_vectors)
            out.append(self._named(p, v, 0.8, "label", honorific=None) for p, v in vector_items(text) if spaced_name_ok(v))
        return out

    def _kana_names_by_data(self, text: str, hits: dict[str, list[int]]):
        """A spaced full name in kana right beside a mobile number (090 41 27 5583 こにし まさと, ヤマネ ユウタ 080-…)
        or right after a birth date (平成三年十月五日生 やまだ はるか): whose data it is, as typed into a chat; the
        name model confirms it."""
        for w in _KANA_DATA_SET.intersection(hits):
            for p in hits[w][:32]:
                m = _KANA_AFTER_DATA.match(text, p)
                if m is None and w != "日生":
                    m = _KANA_BEFORE_MOBILE.search(text, max(0, p - 20), p)
                if m is not None and spaced_name_ok(m.group("name")):
                    yield self._named(m.start("name"), m.group("name"), 0.6, "context", honorific=None)

    def _graded_children(self, text: str, hits: dict[str, list[int]]):
        """A spaced full name right before a school grade or nursery class in brackets: a child identified
        at school ("・湊 ひかり(小4): …", "遠藤 蒼くん(年長)")."""
        for w in GRADE_TRIGGERS:
            for p in hits.get(w, ()):
                q = p if w[0] == "(" else text.rfind("(", max(0, p - 4), p + 1)
                if q < 0 or _GRADE_AFTER.match(text, q) is None:
                    continue
                m = _NAME_BEFORE_GRADE.search(text, max(0, q - 14), q)
                if m is not None and (m.group("sur") is None or _one_surname(m.group("sur"))):
                    yield self._named(m.start("name"), m.group("name"), 0.8, "label", honorific=None)

    def _spoken_names(self, text: str):
        """Self-identification in a call or voicemail transcript: a spaced full name right before です at
        a clause start (もしもし、わたなべ ゆりです); the name model confirms it. "<unit>の やまだ です" is staff."""
        for w in SPOKEN_ID_WORDS:
            p = text.find(w)
            while p >= 0:
                m = _SPOKEN_NAME.search(text, max(0, p - 14), p)
                at, p = p, text.find(w, p + len(w))
                g = "name" if m is not None and m.group("name") else "kname"
                if m is None or not spaced_name_ok(m.group(g)):
                    r = self._spoken_surname(text, at, w)
                    if r is not None:
                        yield r
                    continue
                name = m.group(g).strip(" 　")
                staff = _INTRO_STAFF.search(text, max(0, m.start(g) - 16), m.start(g)) is not None
                yield self._named(m.start(g), name, 0.5 if staff else 0.8, "intro", staff, honorific=None)

    def _spoken_surname(self, text: str, p: int, w: str):
        """A surname alone before です at a clause start (名刺をいただいた 水野 です。私の携帯は 070-…): a writer
        or caller naming themself, when their own personal contact (mobile, free mail) follows in the same
        message (or comes just before). Staff (市民課の 山田 です) and predicates (担当は 佐藤 です) are not."""
        m = _SPOKEN_SURNAME.search(text, max(0, p - 6), p)
        if m is None or _SPOKEN_SURNAME_AFTER.match(text, p + len(w)) is None:
            return None
        s = m.start("name")
        if _SPOKEN_SURNAME_BEFORE.search(text, max(0, s - 8), s) or _INTRO_STAFF.search(text, max(0, s - 16), s) \
                or _SPOKEN_ORG_BEFORE.search(text, max(0, s - 8), s):
            return None
        name = m.group("name")
        if _KANA_WORD.fullmatch(name):
            if not kana_surname(name):  # もしもし、くぼたです
                return None
        else:
            toks = morphology.tokenize(name)
            if len(toks) != 1 or not toks[0].is_surname:
                return None
        if _PERSONAL_CONTACT.search(text, max(0, s - _OWN_CONTACT_BEFORE), min(len(text), p + _OWN_CONTACT_AFTER)) is None \
                and _STREET_BEFORE.search(text, max(0, s - 8), s) is None:
            return None  # (緑野市本町3丁目4番12号の中川です: the caller's own street address names them)
        return self._named(s, name, 0.7, "intro", honorific=None)

    def _latin_intros(self, text: str, hits: dict[str, list[int]]):
        """"Hi, this is Siobhan O'Brien", "My name is Liam O'Connor": an English self-introduction."""
        for w in LATIN_INTRO_WORDS:
            for p in hits.get(w, ()):
                m = _LATIN_INTRO.match(text, p)
                if m is None or not latin_name_ok(m.group("name")):
                    continue
                if w in _AT_SENTENCE_START and _LATIN_INTRO_BEFORE.search(text, max(0, p - 24), p) is None:
                    continue
                if w == "it's " and _NAME_ASKED.search(text, max(0, p - 120), p) is None \
                        and _CALLING.match(text, m.end()) is None:
                    continue  # "It's Christmas Eve": only the answer to a question for the name, or a caller's
                    # words ("Hi, it's Daniel Okoye calling about …")
                yield self._named(m.start("name"), m.group("name"), 0.8, "intro", honorific=None)

    def _latin_honorific_names(self, text: str, hits: dict[str, list[int]]):
        """A Latin-script full name before a Japanese honorific ("Tanaka Hiroshiさん", "Emily Carter 様"), or a
        foreign name in katakana with middle dots ("グエン・ヴァン・ナムさん")."""
        for w in HONORIFICS_STRONG + _KATA_ONLY_HONORIFICS:
            for p in hits.get(w, ()):
                b = text[p - 2] if p >= 2 and text[p - 1] == " " else text[p - 1:p]
                if (w == "先生" and not (b.isascii() and b.isalpha())) or (w == "氏" and not ("ァ" <= b <= "ヺ" or b == "ー")):
                    continue  # (先生: a Latin full name's only, ALTのDaniel Reyes先生が: round 39)
                if b.isascii() and b.isalpha():
                    m = _LATIN_BEFORE_HON.search(text, max(0, p - 48), p)
                    if m is None or not latin_name_ok(m.group("name")) or len(m.group("name")) < 3:
                        continue
                    if " " not in m.group("name").strip():  # Smithさん: one name, like a surname with さん
                        if m.group("name").isupper() or w == "先生":  # (Google先生: no one)
                            continue  # NHKさん, JRさん: an organisation's initials
                        yield self._named(m.start("name"), m.group("name"), 0.6, "honorific", honorific=w)
                        continue
                elif "ァ" <= b <= "ヺ" or b == "ー":  # グエン・ヴァン・ナムさん
                    m = _KATA_DOTTED_BEFORE_HON.search(text, max(0, p - 40), p)
                    if m is None:
                        continue
                else:
                    continue  # (a unit in brackets after the honorific: the office's staff, グエン・ティ・ランさん（保育係）, r34)
                yield self._named(m.start("name"), m.group("name"), 0.85, "honorific", _UNIT_BRACKET.match(text, p + len(w))
                                  is not None, honorific=w)

    def _latin_aged_subjects(self, text: str):
        """A full name with its age in brackets opening a line or a sentence (Maria Lopes (34) came to the counter …):
        a case note's subject, with or without a contact."""
        for m in islice(_LATIN_AGED_SUBJECT.finditer(text), 64):
            g = "name" if m.group("name") else "born"
            if latin_name_ok(m.group(g)):
                yield self._named(m.start(g), m.group(g), 0.6, "context", False, honorific=None)

    def _latin_rows(self, text: str):
        """A row starting with a Latin full name with a personal contact or a street number on the same
        line ("- Aoife Murphy-Kelly, 2-8-3 Nishi-machi, 080-…"), or alone on its line with a personal contact
        within three lines (an English signature)."""
        for m in line_matches(_LATIN_ROW, text):
            name = m.group("name")
            if not latin_name_ok(name):
                continue
            le = text.find("\n", m.end())
            le = len(text) if le < 0 else le
            if m.group("end") or m.end() < le:  # a cell after it (a separator, or two spaces before the next cell)
                if _PERSONAL_CONTACT.search(text, m.end(), le) is None and _LATIN_STREET.search(text, m.end(), le) is None \
                        and _LATIN_ROW_RECORD.search(text, m.end(), le) is None:
                    continue
                staff = False
            else:
                staff = signature_contact(text, m.start(), m.end())
                if staff is None:
                    continue
            yield self._named(m.start("name"), name, 0.6, "context", staff, honorific=None)
        # a name with its age in brackets, or before a street number, on the line of a personal contact, before it
        last = -1
        for c in islice(_PERSONAL_CONTACT_SCAN.finditer(text, fold(text)), 64):
            ls = text.rfind("\n", 0, c.start()) + 1
            for m in _LATIN_AGED.finditer(text, max(ls, last, c.start() - 240), c.start()):
                if latin_name_ok(m.group("name")):
                    yield self._named(m.start("name"), m.group("name"), 0.6, "context", False, honorific=None)
            last = c.start()
