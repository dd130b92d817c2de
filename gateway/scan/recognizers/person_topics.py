"""A sensitive topic on a name's line (PERSON recognizer): the specific topics of sensitive_personal_info (the 0.7
words, with its guards against unit names) after a list row's name make the row that person's record; a speaker named
with their profession is not one; a spaced full name whose sentence goes on to such a topic is the topic's person."""

from __future__ import annotations

from itertools import chain, islice

from gateway.scan import morphology, rx as re
from gateway.scan.recognizers._word_index import per_scan
from gateway.scan.recognizers.person_lexicon import STAFF_TITLES, TITLES_OFFICIAL
from gateway.scan.recognizers.person_kana_given import _NOT_GIVEN
from gateway.scan.recognizers.person_rules import kana_noun_given
from gateway.scan.recognizers.sensitive_personal_info import (_AUTOMATON as _TOPIC_AUTOMATON, _LOWER_TO_WORD, KEYWORDS,
                                                              SensitivePersonalInfoRecognizer, shaped_condition_at,
                                                              shaped_conditions)

# the specific sensitive topics (a short list row naming someone with one is a record: row_topic), lower-cased
TOPIC_SET = frozenset(w.lower() for w, (_f, _l, score) in KEYWORDS.items() if score >= 0.7)
# the cell after a name giving a profession or a public role (a speaker, an author, an expert)
_PROFESSION_CELL = re.compile(r"[ \t　]*(?:[(（])?[^\s、,，(（]{0,8}?(?:医|医師|講師|教授|弁護士|研究員|研究者|専門家|作家|"
                              r"評論家|代表|理事長|会長|院長|所長)(?:[)）、,，\s]|$)")


def row_topic(text: str, e: int) -> bool:
    """The rest of a list row's line (after the name) holds a specific sensitive topic (a diagnosis, a disability
    handbook, 生活保護 …: the 0.7 words of sensitive_personal_info, with its guards against unit names)."""
    le = text.find("\n", e, e + 120)
    tail_end = le if le >= 0 else min(len(text), e + 120)
    if _PROFESSION_CELL.match(text, e, tail_end):
        return False  # "・北村 直子　精神科医、うつ病の最新治療": a speaker named with their profession
    return topic_in(text, e, tail_end)


def topic_in(text: str, s: int, e: int) -> bool:
    """text[s:e] holds a specific sensitive topic (the 0.7 words, with the recognizer's guards)."""
    for end, lw in _TOPIC_AUTOMATON.iter(text[s:e].lower()):
        p = s + end - len(lw) + 1
        w = _LOWER_TO_WORD.get(lw)
        if w is None:  # a condition's suffix (症, 病): the word it ends, if it is one
            found = shaped_condition_at(text, p)
            if found is not None and found[0] >= s and SensitivePersonalInfoRecognizer._accept(text, *found):
                return True
        elif KEYWORDS[w][2] >= 0.7 and SensitivePersonalInfoRecognizer._accept(text, p, p + len(w), w):
            return True
    return False


# a spaced full name in a sentence that goes on to a specific sensitive topic ("昨日、相楽 健斗がうつ病で休職届を出した",
# "対応記録：10/3 鰐淵 康介 来庁。" is not one: the sentence ends before 生活保護)
_SPACED_FULL_NAME = re.compile(r"(?<![一-鿿々〆ヶぁ-ゖァ-ヺー])(?P<sur>[一-鿿々〆ヶ]{1,4})[ 　]"
                               r"(?P<given>[一-鿿々〆ヶ]{1,3}(?![一-鿿々〆ヶ])|[ぁ-ゖ]{2,4}?(?=[ ]?(?:が|は|の|を|に|と|から|も|へ|より|、))|[ァ-ヺー]{2,5}(?![ァ-ヺー]))"
                               # in prose: a particle after it (相楽 健斗が, 小野寺 美咲 から), not a speaker's colon, a
                               # role's bracket (○委員（柏木 里奈・公募）) or an author's 著
                               r"(?=[ ]?(?:が|は|の|を|に|と|から|も|へ|より|、))")
# …or written without the space, when the dictionary reads the run as exactly a surname and a given name (相楽健斗が)
_GLUED_FULL_NAME = re.compile(r"(?<![一-鿿々〆ヶ])[一-鿿々〆ヶ]{3,6}(?=[ ]?(?:が|は|の|を|に|と|から|も|へ|より|、))")
# …or a kanji surname glued to a hiragana given name (保坂みのりが, round 25): the two tokens the dictionary reads so
_GLUED_KANA_NAME = re.compile(r"(?<![一-鿿々〆ヶ])[一-鿿々〆ヶ]{1,4}[ぁ-ゖ]{2,4}?(?=[ ]?(?:が|は|の|を|に|と|から|も|へ|より|、))")
# a name in brackets after a role, or a line of cells (a table has its own column rules)
_KANJI_HEAD = re.compile(r"[一-鿿々〆ヶ]+")
_HIRAGANA = re.compile(r"[ぁ-ゖ]{2,4}")
_NOT_PROSE_BEFORE = frozenset("(（「『/／")
# a public figure's biography or news, not a record: "田中 角栄は糖尿病を患っていたと伝えられる", "晩年は認知症に苦しんだ"
_BIOGRAPHY = re.compile(r"伝えられ|と言われ|といわれ|知られ|晩年|生涯|没後|死去|逝去|首相|大統領|作家|俳優|歌手|選手|監督|報じ|報道")
# a spaced full name anywhere (a note in brackets may follow it), and a sentence opened by a bare kanji surname
_ANY_SPACED_NAME = re.compile(r"(?<![一-鿿々〆ヶァ-ヺー])(?P<sur>[一-鿿々〆ヶ]{2,4})[ 　]"
                              r"(?P<given>[一-鿿々〆ヶ]{1,3}(?![一-鿿々〆ヶ])|[ぁ-ゖ]{2,4}(?![ぁ-ゖ])|[ァ-ヺー]{2,5}(?![ァ-ヺー]))")
_SURNAME_OPENING = re.compile(r"(?P<sur>[一-鿿々〆ヶ]{2,4})(?:は|が|も|って|、)")
_LEAD = re.compile(r"[ 　]*")
_MAX_NAMES = 32  # spaced full names read per text (each asks the dictionary)
_SENTENCE_REACH = 40  # characters from the name to the topic, in one sentence on one line
_FRAGMENT = 8  # a sentence this short (its 。 included) has no subject of its own (家賃滞納あり。)
_MAX_TOPICS = 64  # topics read per text: bounded work on a crafted text


def sentence_subjects(text: str, topics: list[int]):
    """(start, end) of the full names, spaced or glued, each followed in its sentence and within ``_SENTENCE_REACH``
    characters by a specific sensitive topic (``topics``: the topics' starts, ascending). The dictionary must read the
    first part as one surname and the second as a given name (kanji, or kana read as nouns); a glued run must be
    exactly those two tokens. Lines of cells and biographies are skipped (each line judged once)."""
    seen: set[int] = set()
    skipped: dict[int, bool] = {}  # line start -> the line is cells or a biography
    for p in topics[:_MAX_TOPICS]:
        ls = text.rfind("\n", 0, p) + 1
        if ls not in skipped:
            le = text.find("\n", p)
            le = len(text) if le < 0 else le
            skipped[ls] = (text.find("\t", ls, le) >= 0 or text.find("|", ls, le) >= 0
                           or _BIOGRAPHY.search(text, ls, le) is not None)
        if skipped[ls]:
            continue
        dot = text.rfind("。", ls, p)
        end = text.find("。", p, dot + _FRAGMENT + 1) if dot >= 0 else -1
        if end >= 0 and "\n" not in text[p:end]:  # a memo's short fragment goes on about the sentence before's subject
            dot = text.rfind("。", ls, dot)
        lo = max(ls, dot + 1, p - _SENTENCE_REACH)  # (若林 聡史は2年前に入居、無職。家賃滞納あり。: round 34)
        for m in _SPACED_FULL_NAME.finditer(text, lo, p):
            if m.start() > 0 and text[m.start() - 1] in _NOT_PROSE_BEFORE:
                continue
            if m.start() not in seen and _full_name(m.group("sur"), m.group("given")):
                seen.add(m.start())
                yield m.start(), m.end()
        for m in chain(_GLUED_FULL_NAME.finditer(text, lo, p), _GLUED_KANA_NAME.finditer(text, lo, p)):
            if (m.start() == 0 or (text[m.start() - 1] not in _NOT_PROSE_BEFORE and not text[m.start() - 1].isdigit())) \
                    and m.start() not in seen and _glued_full_name(m.group(0)):  # (not a count: 採用後3年未満の, r38)
                seen.add(m.start())
                yield m.start(), m.end()
    yield from _surname_subjects(text, topics, seen)


def _surname_subjects(text: str, topics: list[int], seen: set[int]):
    """A spaced full name written once (大将の 東條 菜摘（2年）が…) and taken up again by its bare surname opening a
    later sentence that reaches a specific topic (東條は夏ごろから両親が別居していて): (start, end) of that surname."""
    surnames: dict[str, int] = {}  # surname -> the end of its full name's first occurrence
    for m in islice(_ANY_SPACED_NAME.finditer(text, 0, topics[-1] if topics else 0), _MAX_NAMES):
        if m.group("sur") not in surnames and _full_name(m.group("sur"), m.group("given")):
            surnames[m.group("sur")] = m.end()
    if not surnames:
        return
    for p in topics[:_MAX_TOPICS]:
        ls = text.rfind("\n", 0, p) + 1
        lo = max(ls, text.rfind("。", ls, p) + 1)
        lo = _LEAD.match(text, lo).end()
        m = _SURNAME_OPENING.match(text, lo, p)
        if m is not None and lo not in seen and surnames.get(m.group("sur"), len(text)) <= lo \
                and p - lo <= _SENTENCE_REACH:
            seen.add(lo)
            yield lo, m.end("sur")


def _full_name(sur: str, given: str) -> bool:
    """One surname token, then a given name; or one noun token (真壁, also a common noun) before a listed given name."""
    t1 = morphology.tokenize(sur)
    t2 = morphology.tokenize(given)
    if len(t1) != 1 or not (t1[0].is_surname or (t1[0].pos[0] == "名詞" and len(t2) == 1 and t2[0].is_given_name)):
        return False
    if len(t2) == 1 and (t2[0].is_given_name or t2[0].is_person):
        whole = morphology.tokenize(sur + given)
        return not (len(whole) == 1 and whole[0].is_famous_person)  # 夏目 漱石 in a reading list
    return kana_noun_given(given, t2)


# every title of office or of the office's staff (an alternation, longest first)
ANY_TITLE = "(?:" + "|".join(sorted(set(TITLES_OFFICIAL) | STAFF_TITLES, key=len, reverse=True)) + ")"
_TITLE_BEFORE = re.compile(ANY_TITLE + "[ 　]{0,3}$")
_TITLE_AFTER = re.compile("[ 　]?" + ANY_TITLE)
# a title or a profession with の before the name (市長の田中太郎, ライターの北村年子): a person in that capacity; a source
# cited (…によれば, …の作品): not the topic's person
_TITLE_NO_BEFORE = re.compile("(?:" + ANY_TITLE + "|ライター|ジャーナリスト|作家|記者|評論家|弁護士|教授|研究者|医師|監督|俳優|選手|社長)の$")
_CITED_AFTER = re.compile(r"[ ]?(?:によれば|によると|の(?:調査|研究|著書|論文|作品|小説|詩|歌|言葉|名言|自伝|評伝))")


def in_capacity_or_cited(text: str, s: int, e: int) -> bool:
    """The name at text[s:e] is named in office (a title right before or after it, or a title or profession and の
    before it), or cited as a source: not a private person of the topic (staff have their own rule)."""
    return (_TITLE_BEFORE.search(text, max(0, s - 8), s) is not None or _TITLE_AFTER.match(text, e) is not None
            or _TITLE_NO_BEFORE.search(text, max(0, s - 12), s) is not None or _CITED_AFTER.match(text, e) is not None)


def _glued_full_name(run: str) -> bool:
    """Exactly two tokens, the dictionary's surname then its given name (相楽/健斗), and no famous whole name."""
    toks = morphology.tokenize(run)
    if len(toks) != 2 or not toks[0].is_surname or _KANJI_HEAD.fullmatch(toks[0].surface) is None:
        return False
    return (toks[1].is_given_name and not toks[1].is_famous_person) or (  # (or a hiragana given name the dictionary
        _HIRAGANA.fullmatch(toks[1].surface) is not None and toks[1].surface not in _NOT_GIVEN  # reads as a noun: 宇佐見あかり)
        and kana_noun_given(toks[1].surface, toks[1:]))


def topic_starts(text: str, hits: dict[str, list[int]]) -> list[int]:
    """Starts of the specific sensitive topics among the trigger hits, with the recognizer's guards, ascending.
    Computed once per scan (the PERSON trigger decision and the recognizer both ask): kept in the text's memo with
    the hits it was computed from; read it, do not change it."""
    return per_scan(text, hits, "topic_starts", _topic_starts)


def _topic_starts(text: str, hits: dict[str, list[int]]) -> list[int]:
    found = []
    for lw in TOPIC_SET.intersection(hits):
        w = _LOWER_TO_WORD[lw]
        found.extend(p for p in hits[lw] if SensitivePersonalInfoRecognizer._accept(text, p, p + len(w), w))
    found.extend(s for s, e, w in shaped_conditions(text, hits) if SensitivePersonalInfoRecognizer._accept(text, s, e, w))
    return sorted(found)
