"""Name rules of the PERSON recognizer on the tokens of one window (SudachiPy morphology), each a
small function that can be read and tested on its own:

* ``collect_run``          a run of 人名 tokens: 姓 [space] 名, katakana names, famous names;
* ``run_before_honorific`` rare names the dictionary splits, directly before an honorific;
* ``extend_rare_given``    姓 + space + a given name the dictionary reads as other words;
* ``extend_surname``       姓 + up to 3 more kanji glued to it (細川姫羅);
* ``honorific_after``      the honorific or title right after a name (様, さん, 氏, 課長 …);
* ``label_before``         the label grammar: 氏名：/ 相談者 / 照会対象者：… right before a name;
* ``glued_left``           a name glued into a longer kanji word on the left (part of a place name);
* ``classify``             form and strength from label / famous / honorific / full name / context;
* (``capacity`` and ``staff_label``: official or staff, in person_capacity);
* ``score_of``             score from strength, with officials and staff adjusted.
"""

from __future__ import annotations

from gateway.scan import rx as re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from gateway.scan import morphology
from gateway.scan.recognizers._field_keys import thing_key
from gateway.scan.recognizers.person_lexicon import (
    _AGE_AFTER, STAFF_TITLES, _ALL_KANJI, _HONORIFIC_SET, _KANA_NAME, _KANJI, _LABEL_RE, _LABEL_SEP, _NAME_CHARS,
    _PERSONAL_DATA_RE, _STOP_EXTEND, _WEAK_LABELS, HONORIFIC_SHI, HONORIFICS_STRONG, LABELS, POST_TITLE_ALT,
    ROLE_NOT_PERSON, TITLES_OFFICIAL,
)
from gateway.scan.recognizers.person_kana_given import (_KANA_RUN, _KATA_RUN, _NOT_GIVEN, _PARTICLE_POS, _SPACES,
                                                         _spaced_kana_given, _spaced_kana_pieces,
                                                         _spaced_kata_kanji_given)
_LABEL_SET = frozenset(LABELS)

# (the office's own titles too, glued to a surname: 五十嵐士長の件, 花巻技師 — round 28)
_TITLE_AFTER = re.compile("|".join(sorted(map(re.escape, set(TITLES_OFFICIAL) | STAFF_TITLES), key=len, reverse=True)))
_HON_ANY = frozenset(HONORIFICS_STRONG + HONORIFIC_SHI)
_ADMIN_END = frozenset("都道府県市区町村郡")
SCORES = {"strong": 0.85, "medium": 0.6, "weak": 0.3}


def collect_run(toks, i: int) -> tuple[list, int]:
    """Tokens from ``i`` that are 人名 (surname, given name), allowing one space between them."""
    n = len(toks)
    j = i
    parts = []
    while j < n and toks[j].is_person and _NAME_CHARS.match(toks[j].surface):
        parts.append(toks[j])
        j += 1
        if j + 1 < n and toks[j].pos[0] == "空白" and toks[j + 1].is_person and len(toks[j].surface) == 1:
            j += 1
    return parts, j


def namey(t, first: bool) -> bool:
    """A kanji token that can be part of a rare name (a proper noun or a short common noun first)."""
    if not _ALL_KANJI.fullmatch(t.surface) or t.surface in _HON_ANY or t.surface in TITLES_OFFICIAL:
        return False
    if first:
        return t.pos[0] == "名詞" and (
            t.pos[1] == "固有名詞" or (t.pos[1] == "普通名詞" and len(t.surface) <= 2 and t.pos[2] == "一般"))
    return t.pos[0] in ("名詞", "接尾辞", "接頭辞")


def run_before_honorific(toks, i: int) -> int | None:
    """If token i starts a short run of name-like kanji tokens directly followed by an honorific,
    with a proper noun among them (和泉/砂丘/子 さん), the index of the honorific token."""
    if not namey(toks[i], True):
        return None
    if i > 0 and _ALL_KANJI.fullmatch(toks[i - 1].surface) and toks[i - 1].end == toks[i].start:
        return None
    k, length, has_proper = i, 0, False
    while k < len(toks) and namey(toks[k], k == i) and (k == i or toks[k].start == toks[k - 1].end):
        length += len(toks[k].surface)
        has_proper = has_proper or toks[k].pos[1] == "固有名詞"
        k += 1
    if k - i == 1 and 2 <= length <= 3 and (h := _spaced_kana_given_honorific(toks, k)) is not None:
        return h  # 家老 さつき さん: a surname the dictionary reads as a word, a kana given name, then the honorific
    if k - i == 1 and 2 <= length <= 3 and toks[i].is_place and (h := _spaced_kana_given_honorific(toks, k, glued=True)):
        return h  # 高畑ひなたさん: a place name used as a surname, a kana given name glued to it (round 20)
    ok = k < len(toks) and toks[k].surface in HONORIFICS_STRONG and 2 <= length <= 6
    if ok and k - i == 1 and toks[i].is_place and len(toks[i].surface) <= 3 and toks[i].surface[-1] not in _ADMIN_END:
        return k  # a place name used as a surname before an honorific (村田くん, 大西さん)
    return k if ok and has_proper and k - i >= 2 else None


def _spaced_kana_given_honorific(toks, k: int, glued: bool = False) -> int | None:
    """From token k: a space (none when ``glued``), a hiragana given name (one or two noun tokens, 2-4 characters), an
    optional space and a strong honorific; the honorific's index."""
    n = len(toks)
    if not glued and (k + 1 >= n or toks[k].surface not in (" ", "\u3000")):
        return None
    j, given = (k if glued else k + 1), ""
    while j < n and len(given) < 4 and toks[j].pos[0] == "名詞" and _KANA_RUN.fullmatch(toks[j].surface) \
            and toks[j].surface not in _HON_ANY and ((j == k + 1 and not glued) or toks[j].start == toks[j - 1].end):
        given += toks[j].surface
        j += 1
    if not 2 <= len(given) <= 4:
        return None
    if j < n and toks[j].surface in (" ", "\u3000"):
        j += 1
    return j if j < n and toks[j].surface in HONORIFICS_STRONG else None


def unknown_kanji_given(surface: str) -> bool:
    """One to three kanji the dictionary does not know (琉生): after a surname and a space, the given name."""
    return 1 <= len(surface) <= 3 and _ALL_KANJI.fullmatch(surface) is not None and morphology.unknown_word(surface)


_KATAKANA_GIVEN = re.compile(r"[ァ-ヺ]{2,3}")


def given_like(surface: str) -> bool:
    """A token after a surname read as the given name though the dictionary does not tag it: a hiragana word (新井
    さくら: 桜), a short katakana one (小池 セツ) or kanji it does not know (瀬戸口 琉生)."""
    return (_KANA_RUN.fullmatch(surface) is not None or _KATAKANA_GIVEN.fullmatch(surface) is not None
            or unknown_kanji_given(surface))


def kana_noun_given(given: str, toks) -> bool:
    """A given name in kana (``toks``: its tokens) the dictionary reads as ordinary nouns or a place (みさと, あゆ,
    さつき): one or two noun tokens, never a suffix or particle (田中 さん, 山田 から)."""
    return _KANA_NAME.fullmatch(given) is not None and len(toks) <= 2 and all(t.pos[0] == "名詞" for t in toks)


def _given_candidate(tok) -> bool:
    return bool(_ALL_KANJI.fullmatch(tok.surface) or _KANA_NAME.fullmatch(tok.surface)) \
        and tok.surface not in _STOP_EXTEND


def extend_rare_given(toks, parts: list, j: int, labelled: Callable[[], bool]) -> tuple[list, int]:
    """姓 + space + a given name the dictionary splits into ordinary words (相談者：西沢 在源,
    中島 伊予さん, 伊藤 さくら): only after a label or right before an honorific."""
    n = len(toks)
    if not (len(parts) == 1 and parts[0].is_surname and j + 1 < n and toks[j].surface in _SPACES):
        return parts, j
    if not _given_candidate(toks[j + 1]):
        return parts, j
    # the given name may be split into several glued tokens (煌/翔, ゆう/ま): look past them for the honorific
    k = _glued_given_end(toks, j + 1)
    if k < n and toks[k].surface in _SPACES and k + 1 < n and toks[k + 1].surface in _HONORIFIC_SET:
        k += 1
    if not ((k < n and toks[k].surface in _HONORIFIC_SET) or (j + 2 < n and toks[j + 2].surface in _HONORIFIC_SET)
            or labelled() or (k == j + 2 and unknown_kanji_given(toks[j + 1].surface))):
        return parts, j
    if k > j + 2 and toks[k - 1].surface not in _SPACES and _KANA_NAME.fullmatch(toks[j + 1].surface):
        return parts + list(toks[j:k]), k  # a kana given name split by the dictionary (ゆう/ま)
    if k > j + 2 and toks[k - 1].surface in _SPACES and _KANA_NAME.fullmatch(toks[j + 1].surface):
        return parts + list(toks[j:k - 1]), k - 1
    parts = parts + [toks[j]]  # the space; the given name is taken by extend_surname (kanji) or here
    j += 1
    if _KANA_NAME.fullmatch(toks[j].surface):
        parts = parts + [toks[j]]
        j += 1
    return parts, j


def _glued_given_end(toks, i: int) -> int:
    """Index after the glued tokens of one script from ``i`` (at most 4 kanji or 5 kana characters)."""
    kana = _KANA_RUN.fullmatch(toks[i].surface) is not None
    rx, cap = (_KANA_RUN, 5) if kana else (_ALL_KANJI, 4)
    k, length = i, 0
    while (k < len(toks) and rx.fullmatch(toks[k].surface) and (k == i or toks[k].start == toks[k - 1].end)
           and length + len(toks[k].surface) <= cap and toks[k].surface not in _STOP_EXTEND
           and toks[k].surface not in _HONORIFIC_SET):
        length += len(toks[k].surface)
        k += 1
    return k


def extend_kana_given(toks, parts: list, j: int) -> tuple[list, int]:
    """A hiragana given name the dictionary cut short (ゆう/ま), or read as a common word after a lone surname
    (小川/ひなた/ちゃん: 日向): the glued kana up to an honorific."""
    last = parts[-1]
    if j >= len(toks) or toks[j].start != last.end:
        return parts, j
    after_surname = len(parts) == 1 and last.is_surname and _KANA_RUN.fullmatch(last.surface) is None
    if after_surname and toks[j].surface in _SPACES and j + 1 < len(toks) and _spaced_kana_given(toks, j + 1):
        return parts + [toks[j + 1]], j + 2  # 新井 さくら (桜), 森 ひかり: a hiragana given name after one space
    if after_surname and toks[j].surface in _SPACES and (k := _spaced_kana_pieces(toks, j + 1)) is not None:
        return parts + list(toks[j + 1:k]), k  # 樋渡 ち/なつ: the dictionary cut the given name in two (round 23)
    if after_surname and toks[j].surface in _SPACES and (k := _spaced_kata_kanji_given(toks, j + 1)) is not None:
        return parts + list(toks[j + 1:k]), k  # 長嶺 ツル/子 さん: an old-style given name in katakana (round 30)
    if _KANA_RUN.fullmatch(last.surface) is None and not after_surname:
        return parts, j
    k, length = j, 0 if after_surname else len(last.surface)
    while (k < len(toks) and _KANA_RUN.fullmatch(toks[k].surface) and toks[k].start == toks[k - 1].end
           and length + len(toks[k].surface) <= 5 and toks[k].surface not in _HONORIFIC_SET
           and (not after_surname or toks[k].pos[0] not in _PARTICLE_POS
                or (toks[k].pos[0] == "助動詞" and k == j))):  # (佐久間/り/お/ちゃん: the dictionary cut りお short)
        length += len(toks[k].surface)
        k += 1
    if after_surname and length < 2:
        return parts, j
    h = k + 1 if k + 1 < len(toks) and toks[k].surface in _SPACES else k
    if k > j and h < len(toks) and toks[h].surface in _HONORIFIC_SET:
        return parts + list(toks[j:k]), k
    return parts, j


def _extends(toks, k: int, ext: int, max_ext: int) -> bool:
    t = toks[k]
    return (_ALL_KANJI.fullmatch(t.surface) is not None and t.start == toks[k - 1].end
            and ext + len(t.surface) <= max_ext and t.surface not in _STOP_EXTEND)


def _boundary(toks, k: int) -> bool:
    if k >= len(toks):
        return True
    t = toks[k]
    return not _KANJI.match(t.surface[0]) or t.start != toks[k - 1].end or t.surface in _STOP_EXTEND


def extend_surname(toks, parts: list, j: int) -> tuple[list, int]:
    """A surname followed by at most 3 more kanji (1 after a known 2-kanji given name) up to a
    boundary (honorific, particle, punctuation): 細川/姫/羅 → 細川姫羅."""
    if not parts[0].is_surname:
        return parts, j
    max_ext = 1 if any(p.is_given_name and len(p.surface) >= 2 for p in parts[1:]) else 3
    k, ext = j, 0
    while k < len(toks) and _extends(toks, k, ext, max_ext):
        ext += len(toks[k].surface)
        k += 1
    if k > j and _boundary(toks, k):
        return parts + list(toks[j:k]), k
    return parts, j


def trim_spaces(parts: list, j: int) -> tuple[list, int]:
    while len(parts) > 1 and parts[-1].pos[0] == "空白":
        parts = parts[:-1]
        j -= 1
    return parts, j


# titles read after one space (田村 健一 主査, 河合 美波 先生, a public figure's 浜口 さくら 選手 / 議員: round 22)
_SPACED_TITLES = STAFF_TITLES | {"先生", "選手", "議員", "監督", "教授", "准教授"}


def honorific_after(text: str, e: int, parts: list, toks, j: int) -> str | None:
    """様/さん/殿/君/ちゃん, 氏, or a title (課長, 議員 …) right after the name (one space allowed
    before a strong honorific: 山田 太郎 様)."""
    nxt = toks[j] if j < len(toks) else None
    if nxt is None:
        return None
    if nxt.pos[0] == "空白" and len(nxt.surface) == 1 and j + 1 < len(toks) and toks[j + 1].surface in _HON_ANY:
        nxt = toks[j + 1]
    if nxt.start not in (parts[-1].end, parts[-1].end + 1):
        return None
    if nxt.surface in HONORIFICS_STRONG:
        return nxt.surface
    if nxt.surface in HONORIFIC_SHI:
        return "氏"
    tm = _TITLE_AFTER.match(text, e)
    if tm is None and text[e:e + 1] in (" ", "\u3000"):  # 田村 健一 主査: a staff title after one space
        tm = _TITLE_AFTER.match(text, e + 1)                # (or a teacher's 先生: 河合 美波 先生は)
        if tm is not None and tm.group(0) not in _SPACED_TITLES:
            tm = None
    if tm is None and text[e:e + 1] == "(" and " " not in text[parts[0].start:e]:  # 吉岡健太（主事・3年目）: a glued
        tm = tm if (tm := _TITLE_AFTER.match(text, e + 1)) is None or tm.group(0) in STAFF_TITLES else None  # name's (r21)
    return tm.group(0) if tm is not None else None


def honorific_end(text: str, e: int, hon: str | None) -> int:
    """Where the name ending at ``e`` and its honorific or title end (one space may stand before a title: 田村 健一 主査)."""
    if not hon or text.startswith("(" + hon, e):  # (a title in brackets: the bracket is read with what follows)
        return e
    spaced = text[e:e + 1] in (" ", "\u3000") and not text.startswith(hon, e) and text.startswith(hon, e + 1)
    return e + len(hon) + spaced


def glued_left(prev, first) -> bool:
    """A common kanji noun directly on the left makes the name part of a longer word."""
    return (prev is not None and prev.pos[0] == "名詞" and prev.pos[1] not in ("固有名詞", "数詞")
            and _KANJI.match(prev.surface[-1] or " ") is not None and prev.end == first.start
            and not _LABEL_RE.fullmatch(prev.surface))


def _is_weak(lab: str) -> bool:
    return lab in _WEAK_LABELS or lab.lower() in _WEAK_LABELS


def role_field_at(text: str, k: int, e: int) -> bool:
    """A role label of the 者 grammar without a colon (使用者　宇佐美 紀子) opens its line (or a cell) and is followed by
    spaces and a kanji or katakana word: a form's or a record's field, not a word of a sentence (高齢者 福祉)."""
    return (k == 0 or text[k - 1] in "\n\t|｜" or after_value(text, k)) and _ROLE_VALUE.match(text, e) is not None \
        and _PUBLIC_ROLE.search(text, k, e) is None and _NOT_ROLE_NIN.search(text, k, e) is None


def after_value(text: str, k: int) -> bool:
    """A blank after a field's value (a plate, a number: 多摩 502 ゆ 38-06 所有者 梶浦 透) stands before ``k``: the next
    field of a record's line, as a line's start is (round 17)."""
    return k >= 2 and text[k - 1] in " \u3000" and text[k - 2].isascii() and text[k - 2].isalnum()


_ROLE_VALUE = re.compile(r"[ \t]{1,4}[一-鿿々ァ-ヺ]")
# the public roles of a ceremony, an election or a programme (被顕彰者　故 東條 仁 氏, 当選者, 出演者): no record's field
# 人 words that name no party of a record (個人, 法人, 外国人, 社会人 …) or a company's officer in a published notice (清算人,
# 管財人, 発起人): the 人 form is a role only otherwise (保証人, 相続人)
_NOT_ROLE_NIN = re.compile(r"(?:^|(?<=[^一-鿿々]))(?:個|法|本|外国|日本|成|老|他|各|一|何|万|社会|芸能|著名|有名|要|新|素|達|名|"
                           r"殺|職|役|商|軍|求|代表清算|清算|破産管財|管財|発起|支配|公証|仲介)人$")
_PUBLIC_ROLE = re.compile(r"(?:賞|彰|章|功労|出演|講演|登壇|候補|当選|推薦|寄付|寄贈|協力)者名?$")


def _label_ok(text: str, m: re.Match[str], rest: str, ls: int, full: bool) -> bool:
    lab = m.group(0)
    colon = re.search(r"[:：=|｜】\]」』→⇒]|->", rest) is not None
    if not colon and lab not in _LABEL_SET and lab.endswith(("者", "者名", "人")) and not role_field_at(text, m.start(), m.end()):
        return False  # the 者 grammar without a colon: only a field opening its line (role_field_at)
    if re.search(r"[はが]", rest) is not None and (not full or _is_weak(lab)):
        return False  # 名前は山田太郎: a particle only for a full name after a strong label
    if _is_weak(lab) and not colon:
        at_field = m.start() == ls or text[m.start() - 1] in "(（【[\t,、|｜ 。"
        return at_field and rest.strip(" \t") == "" and rest != ""
    return True


_NOTE_CLOSED = re.compile(r"[)）][ \t　]*$")


def label_before(text: str, s: int, full: bool = True) -> str | None:
    """The label directly before ``s`` (label-value form), or None. Weak labels (ordinary words
    such as 父, 患者, 担当) count only as a field: with a colon, or at a line start / after a
    bracket or comma and followed by a space."""
    ls = text.rfind("\n", 0, s) + 1
    best = None
    # (a bracketed note after the affiliation's title reaches further back: 対象：学校給食センター　調理員（会計年度任用職員）　…)
    back = 40 if _NOTE_CLOSED.search(text, max(0, s - 3), s) is not None else 20
    for m in _LABEL_RE.finditer(text, max(ls, s - back), s):
        if m.group(0) in ROLE_NOT_PERSON and m.group(0) not in _LABEL_SET:
            continue  # 主催者: / 発行者: name an organisation's role, not a person of the record
        rest = text[m.end():s]  # (not a key naming a thing: cityName:)
        if _LABEL_SEP.fullmatch(rest) and _label_ok(text, m, rest, ls, full) and not thing_key(text, m.start()):
            best = m.group(0)
    return best


def near_personal_data(text: str, s: int, e: int) -> bool:
    """Personal data values (phone, street number, birth date, age …) on the name's line."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    seg = text[max(ls, s - 40):min(len(text) if le < 0 else le, e + 40)]
    return _PERSONAL_DATA_RE.search(seg) is not None or _AGE_AFTER.match(text, e) is not None or (
        _TITLE_THEN_AGE.match(text, e) is not None)


# a post between the name and its age (…の 三ツ矢 遼平 教諭（38）ですが、…病気休暇, round 34): a record's subject
_TITLE_THEN_AGE = re.compile(r"[ ]?(?:" + POST_TITLE_ALT + r")" + _AGE_AFTER.pattern)


# (label, famous, honorific kind, full name with surname and given name) -> (form, strength);
# the first matching row wins
def classify(label, famous: bool, hon: str | None, full: bool, sur_and_given: bool,
             near_data: Callable[[], bool]) -> tuple[str, str]:
    if label:
        return "label", "strong"
    if famous:
        return "famous", "weak"
    if hon in HONORIFICS_STRONG:
        return "honorific", "strong" if full else "medium"
    if hon == "氏":
        return "shi", "medium" if full else "weak"
    if hon is not None:
        return "title", "weak"
    if full and sur_and_given:
        return ("context", "medium") if near_data() else ("bare", "weak")
    return "bare", "weak"


def score_of(strength: str, form: str, official: bool, staff: bool) -> float:
    score = SCORES[strength]
    if official and form in ("famous", "title"):
        score = min(score, 0.2)
    if staff:
        score = max(score, 0.5)  # kept (as official staff) so that a disciplinary record can name them
    return score


def add_structural(found: dict, r: Any) -> None:
    """Keep the first name found at a span; a staff heading (the record's subject) is more specific than a bare name
    from a window, and marks staff found there as the subject (not a roster row)."""
    old = found.setdefault((r.start, r.end), r)
    if old is r:
        return
    if r.recognition_metadata.get("official") and not old.recognition_metadata.get("official") \
            and old.recognition_metadata.get("form") in ("honorific", "shi", "context", "bare"):
        # a list row naming the person's public role or political group ("高畑 義明 君（市民クラブ）"); or a staff heading
        # over a record (第二中学校 教諭 三木 達也（42歳…） ⏎ ・病気休暇…): the office's staff, not a public figure (r30)
        old.recognition_metadata["official"] = True
        old.recognition_metadata["staff"] = bool(r.recognition_metadata.get("staff"))
    if (old.recognition_metadata.get("form") == "bare"
            or (old.recognition_metadata.get("form") == "famous" and r.recognition_metadata.get("model") == "chars")
            or (old.recognition_metadata.get("form") == "context"  # (a pupil's name a class or a grade names, r16)
                and r.recognition_metadata.get("model") in ("class_code", "school_grade"))) \
            and r.score > old.score and (not old.recognition_metadata.get("staff") or r.recognition_metadata.get("topic")):
        # a bare window name that a structural rule reads as a person's (a bare staff name too when a topic pass reads
        # it as the consultation's subject, 学芸員の野々村（2年目）から…相談, r40); a lone name the dictionary lists for a
        # famous bearer that the character model finds after a relation (孫のレンが): a private person's
        found[(r.start, r.end)] = r
        return
    if not r.recognition_metadata.get("subject"):
        return
    if old.recognition_metadata.get("form") == "bare":
        found[(r.start, r.end)] = r
    elif old.recognition_metadata.get("staff"):
        old.recognition_metadata["subject"] = True


class Coverage:
    """Is an offset inside a name already found? Intervals sorted by start with a running maximum of their
    ends: each question is a bisect; intervals added later start after every earlier question."""

    def __init__(self, found: dict[tuple[int, int], Any]) -> None:
        spans = sorted(found)
        self.starts = [a for a, _ in spans]
        self.max_end: list[int] = []
        top = -1
        for _, b in spans:
            top = max(top, b)
            self.max_end.append(top)
        self.later_end = -1

    def covers(self, s: int) -> bool:
        i = bisect_right(self.starts, s) - 1
        return (i >= 0 and self.max_end[i] > s) or s < self.later_end

    def overlaps(self, a: int, b: int) -> bool:
        """Does [a, b) overlap a name found (before this Coverage was made)?"""
        i = bisect_left(self.starts, a)
        return self.covers(a) or (i < len(self.starts) and self.starts[i] < b)

    def add(self, a: int, b: int) -> None:
        self.later_end = max(self.later_end, b)


def expand_window(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Do not cut a name at a window edge: extend over adjacent kanji/katakana and one blank among them (大庭 健: r34)."""
    n, blank = 0, True
    while lo > 0 and n < 8:
        if _NAME_CHARS.match(text[lo - 1]):
            lo, n = lo - 1, n + 1
        elif blank and lo > 1 and text[lo - 1] in " \u3000" and _NAME_CHARS.match(text[lo - 2]) \
                and _NAME_CHARS.match(text[lo]):
            lo, blank = lo - 1, False
        else:
            break
    limit = min(len(text), hi + 8)
    while hi < limit and _NAME_CHARS.match(text[hi]):
        hi += 1
    return lo, hi
