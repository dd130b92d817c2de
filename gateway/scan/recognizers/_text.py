"""Shared helpers for the text-entity recognizers (PERSON, JP_ADDRESS, DATE_OF_BIRTH,
CLASSIFICATION_MARKING, HANDLING_RESTRICTION, SENSITIVE_PERSONAL_INFO).

All functions work on the *normalised* text (NFKC, dashes between digits folded, kanji digits
folded, format characters removed). Nothing here uses ``\\b``: kana and kanji are ``\\w`` in Python's
``re``, so word boundaries are meaningless next to Japanese text.
"""

from __future__ import annotations

import hashlib
from gateway.scan import rx as re

from gateway.scan.recognizers._base import _lowered
from gateway.scan.recognizers._word_index import has_match

# --------------------------------------------------------------------------------------------
# character classes
# --------------------------------------------------------------------------------------------

KANJI = "一-鿿㐀-䶿々〆ヶ"  # CJK unified (+ ext A), iteration marks, ヶ as in 霞ヶ関
HIRA = "ぁ-ゟ"
KATA = "゠-ヿ"  # includes ー and ・
JP_CHARS = KANJI + HIRA + KATA
OPEN_BRACKETS = "【［[〔（(「『〈《<＜{｛≪«"
CLOSE_BRACKETS = "】］]〕）)」』〉》>＞}｝≫»"
BRACKET_PAIRS = dict(zip(OPEN_BRACKETS, CLOSE_BRACKETS))
# separators that may surround a stand-alone marking on its own line
_LINE_FILL = " \t　*＊■□◆◇●○・-=_~#|:：/―─━‐–—☆★〜>＞"  # (> : a markdown or mail quote)  # rules and dashes too ("―― 部外秘 ――")

_SENT_END = "。．！？!?\n"
_SENT_END_RE = re.compile("[。．！？!?\n]")


class Covered:
    """Character positions inside spans already taken: membership in O(1) and marking linear in the span, where
    a list of spans tested with ``any`` costs a pass per candidate (quadratic on a text packed with matches)."""

    __slots__ = ("_marks",)

    def __init__(self, size: int) -> None:
        self._marks = bytearray(size + 1)

    def take(self, start: int, end: int) -> None:
        self._marks[start:end] = b"\x01" * (end - start)

    def __contains__(self, i: int) -> bool:
        return 0 <= i < len(self._marks) and self._marks[i] == 1


LINE_REACH = 512  # characters a line check looks at on each side of a match: a longer line is prose


def line_start(text: str, start: int) -> int:
    """Offset of the start of the line holding ``start``, or -1 when it is more than ``LINE_REACH`` characters
    back (each check stays bounded on a text that is one long line packed with matches)."""
    lo = max(0, start - LINE_REACH)
    i = text.rfind("\n", lo, start)
    return i + 1 if i >= 0 or lo == 0 else -1


def run_start(text: str, p: int, script: re.Pattern[str], cap: int) -> int:
    """Where the run of ``script`` characters ending at ``p`` starts, read back at most ``cap`` characters."""
    k = p
    while k > 0 and p - k < cap and script.match(text[k - 1]):
        k -= 1
    return k


def line_end(text: str, end: int) -> int:
    """Offset of the end of the line holding ``end`` (its newline or the text's end), or -1 when it is more
    than ``LINE_REACH`` characters ahead."""
    hi = end + LINE_REACH
    i = text.find("\n", end, hi)
    if i >= 0:
        return i
    return len(text) if hi >= len(text) else -1


def sentence_bounds(text: str, start: int, end: int, limit: int = 200) -> tuple[int, int]:
    """Approximate sentence around ``text[start:end]`` (bounded by 。！？!? or a newline)."""
    lo = max(0, start - limit)
    s = max(text.rfind(c, lo, start) for c in _SENT_END) + 1 or lo  # C-speed scans, not a loop per character
    hi = min(len(text), end + limit)
    m = _SENT_END_RE.search(text, end, hi)
    e = m.start() if m else hi
    if e < len(text) and text[e] in "。．！？!?":
        e += 1
        while e < len(text) and text[e] in "！？!?":  # ？！ endings
            e += 1
    return s, e


def _strip_fill(s: str) -> str:
    return s.strip(_LINE_FILL)


def is_alone_on_line(text: str, start: int, end: int, extra_after: str = "") -> bool:
    """True when the match is the only content of its line, ignoring whitespace, decoration and
    brackets around it (``【秘】``, ``  機密性２情報  ``, ``（関係者限り）``). ``extra_after`` is a
    regex of allowed trailing content (e.g. a parenthesised scope)."""
    ls, le = line_start(text, start), line_end(text, end)
    if ls < 0 or le < 0:  # a line this long is not a marking's own
        return False
    before = _strip_fill(text[ls:start]).rstrip(OPEN_BRACKETS + " 　")
    before = _strip_fill(before)
    if before:
        return False
    after = text[end:le]
    if extra_after:
        after = re.sub(extra_after, "", after, count=1)
    after = _strip_fill(after).lstrip(CLOSE_BRACKETS + " 　")
    after = _strip_fill(after)
    return not after


def is_at_line_start(text: str, start: int) -> bool:
    """Only whitespace, decoration or opening brackets between the line start and ``start``."""
    ls = line_start(text, start)
    if ls < 0:
        return False
    before = text[ls:start]
    return not before.strip(_LINE_FILL + OPEN_BRACKETS)


def is_at_line_end(text: str, end: int) -> bool:
    le = line_end(text, end)
    if le < 0:
        return False
    return not text[end:le].strip(_LINE_FILL + CLOSE_BRACKETS + "。.")


def enclosing_brackets(text: str, start: int, end: int, slack: int = 2) -> bool:
    """True when ``text[start:end]`` sits directly inside a bracket pair (``【秘】``, ``〔極秘〕``,
    ``「秘」``, ``(CONFIDENTIAL)``), allowing ``slack`` spaces/decoration on each side."""
    i = start - 1
    n = 0
    while i >= 0 and n < slack and text[i] in " 　*＊":
        i -= 1
        n += 1
    if i < 0 or text[i] not in BRACKET_PAIRS:
        return False
    close = BRACKET_PAIRS[text[i]]
    j = end
    n = 0
    while j < len(text) and n < slack and text[j] in " 　*＊":
        j += 1
        n += 1
    return j < len(text) and text[j] == close


# --------------------------------------------------------------------------------------------
# questions / meta prompts about the rules
# --------------------------------------------------------------------------------------------

# Cues that the sentence talks ABOUT a marking/rule rather than carrying a marked document.
# Strong cues: the sentence is a question / a request to explain.
_QUESTION_STRONG_RE = re.compile(
    r"[?？]|とは|って何|ですか|ますか|でしょうか|だろうか|のか[。\s]|教えて|説明して|解説して|"
    r"どう(?:すれば|したら|やって|いう|なる|扱)|どの(?:よう|ような|程度|場合)|どこまで|何(?:を|が|に|で|と)|"
    r"入力し(?:て|ても)(?:いい|よい|良い|大丈夫|可能|問題)|入力可能|入力でき|使っ(?:て|ても)(?:いい|よい)|"
    r"what\s+is|how\s+(?:do|to|should)|can\s+i|may\s+i|"
    # (an English request about the term: what … means, explain, the meaning of: round 37)
    r"\bwhat\s+[^.\n]{0,40}?\bmeans?\b|\bexplain(?:s|ing)?\b|\b(?:meaning|definition)\s+of\b|"
    r"\bpolic(?:y|ies)\s+(?:says|states|requires|forbids)\b|\bmust\s+not\s+be\s+(?:entered|input|pasted|uploaded|shared)\b",
    re.IGNORECASE,
)
# Weak cues: the sentence talks ABOUT the term (rules, training, handling). Document titles use
# them too ("機密性２情報　予算編成について"), so they count only for markings inside prose.
_QUESTION_WEAK_RE = re.compile(
    r"について|に関する|に関して|の取扱い|の取り扱い|の扱い|取扱い方|の意味|の定義|の違い|"
    r"ルール|規程|規定|基準|要領|マニュアル|ガイドライン|研修|チェックリスト|手順を|方法を?|"
    r"場合は|場合の|例えば|たとえば|例を|とする(?:情報|文書)|に該当する(?:か|もの|情報|場合)|の表示|の付け方|表示方法"
)


def question_cues(text: str, start: int, end: int, strong_only: bool = False) -> bool:
    """True when the sentence around ``text[start:end]`` is a question or an explanation request
    about the term (``機密性２情報はAIに入力してよいですか？``, ``要機密情報とは何ですか``,
    ``取扱注意文書をメールで送るときのルールは？``). With ``strong_only`` topic words (について,
    ルール, 研修 …) do not count: a marked document's title may contain them."""
    s, e = sentence_bounds(text, start, end)
    if has_match(_QUESTION_STRONG_RE, text, s, e):  # = .search(text, s, e) is not None (searched once per text)
        return True
    return not strong_only and has_match(_QUESTION_WEAK_RE, text, s, e)


# --------------------------------------------------------------------------------------------
# misc
# --------------------------------------------------------------------------------------------


def stable_key(*parts: str) -> str:
    """A short, non-reversible key for a matched value (metadata never carries matched text)."""
    h = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=6)
    return h.hexdigest()


def compile_alternation(words, flags: int = 0) -> re.Pattern:
    """A regex alternation of literal ``words``, longest first."""
    ws = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ws), flags)


def window(text: str, start: int, end: int, before: int, after: int) -> tuple[int, int]:
    return max(0, start - before), min(len(text), end + after)


def merge_windows(spans, text_len: int) -> list[tuple[int, int]]:
    """Merge overlapping/adjacent ``(lo, hi)`` windows (clipped to the text). Hot (every recognizer with
    windows, once per scan): the window being merged is kept in locals, clipped by comparisons."""
    ordered = sorted(spans)
    if not ordered:
        return []
    out: list[tuple[int, int]] = []
    it = iter(ordered)
    cur_lo, cur_hi = next(it)
    if cur_lo < 0:
        cur_lo = 0
    if cur_hi > text_len:
        cur_hi = text_len
    for lo, hi in it:
        if lo < 0:
            lo = 0
        if hi > text_len:
            hi = text_len
        if lo <= cur_hi:
            if hi > cur_hi:
                cur_hi = hi
        else:
            out.append((cur_lo, cur_hi))
            cur_lo, cur_hi = lo, hi
    out.append((cur_lo, cur_hi))
    return out


def hit_windows(ctx, words, before: int, after: int) -> list[tuple[int, int]]:
    """Merged windows ``[hit - before, hit + len(word) + after)`` around the trigger hits of
    ``words`` recorded in a ScanContext (``ctx.hits``)."""
    spans = []
    hits = ctx.hits
    for lw in _lowered(words):
        ps = hits.get(lw)
        if ps:
            n = len(lw) + after
            spans.extend([(p - before, p + n) for p in ps])
    return merge_windows(spans, len(ctx.text))


def cued_finditer(rx: re.Pattern[str], cue: re.Pattern[str], reach: int, text: str):
    """``rx.finditer(text)`` for a pattern whose every match (never empty) holds a match of ``cue`` starting at most
    ``reach`` characters after its own start: ``rx`` is tried only at the ``reach + 1`` starts before each cue, where
    finditer tried every position (a cue with a charset first: sre skips to it)."""
    pos, n = 0, len(text)
    while pos <= n:
        c = cue.search(text, pos)
        if c is None:
            return
        for s in range(max(pos, c.start() - reach), c.start() + 1):  # no match starts before (its cue would)
            m = rx.match(text, s)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = c.start() + 1


def finditer_windows(pattern: re.Pattern, text: str, windows):
    """``pattern.finditer`` restricted to each window; matches are de-duplicated across windows.
    Look-arounds still see the characters outside the window."""
    last_end = -1
    for lo, hi in windows:
        for m in pattern.finditer(text, max(lo, last_end if last_end > lo else lo), hi):
            if m.start() < last_end:
                continue
            last_end = m.end()
            yield m


def line_matches(rx: re.Pattern[str], text: str, cue: re.Pattern[str] | None = None):
    """``rx.finditer(text)`` for a MULTILINE pattern anchored by a leading ``^`` whose matches are never
    empty and never hold a newline (a row of a list, a line of a signature): the pattern is tried only at
    line starts, found by a literal newline (sre skips to it) instead of at every position.

    ``cue``: a pattern that matches, somewhere in the line, wherever ``rx`` matches a line (a word every match of
    ``rx`` holds, its look-arounds reading the same text; a cue match never empty and never holding a newline):
    ``rx`` is tried only on the lines where one pass of ``cue`` finds a match (the same matches: a line where ``rx``
    matches holds a cue match, and no cue match from another line reaches into it)."""
    got = _AT_NEWLINE.get(id(rx))
    if got is None or got[0] is not rx:
        got = _AT_NEWLINE[id(rx)] = (rx, _newline_form(rx))
    if cue is not None:
        yield from _cued_lines(rx, cue, text)
        return
    nl = got[1]
    m = rx.match(text)
    pos = 0
    if m is not None:
        yield m
        pos = m.end()
    for c in nl.finditer(text, pos):  # "\n" + the pattern: a match of rx at the line start after it
        yield rx.match(text, c.start() + 1)


def _cued_lines(rx: re.Pattern[str], cue: re.Pattern[str], text: str):
    """``line_matches`` tried only at the starts of the lines holding a match of ``cue`` (in text order)."""
    end = -1  # the end of the last line tried
    for c in cue.finditer(text):
        p = c.start()
        if p <= end:
            continue  # a line already tried
        ls = text.rfind("\n", 0, p) + 1
        end = text.find("\n", p)
        if end < 0:
            end = len(text)
        m = rx.match(text, ls)
        if m is not None:
            yield m


def _newline_form(rx: re.Pattern[str]) -> re.Pattern[str]:
    from re import _constants as sre_c, _parser as sre_parse  # complexity: once per pattern

    first = list(sre_parse.parse(rx.pattern, rx.flags))[:1]
    if not (rx.flags & re.MULTILINE and rx.pattern.startswith("^") and first == [(sre_c.AT, sre_c.AT_BEGINNING)]):
        raise ValueError("line_matches needs a MULTILINE pattern whose whole is anchored by a leading ^")
    return re.compile("\n(?:" + rx.pattern[1:] + ")", rx.flags)


# id(pattern) -> (pattern, its newline form): a compiled pattern's hash is computed from its whole code on every
# lookup (thousands of instructions for a long alternation); the identity check keeps a reused id apart
_AT_NEWLINE: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


# a spreadsheet's row number heading a header line (1⇥氏名⇥生年月日 under ⇥A⇥B⇥C): no digit of the header's own
ROW_NUMBER = re.compile(r"^[ \t]*[0-9]{1,5}(?=[ ]?[\t,|])")

# words of a header that hold digits: a measure's name (HbA1c, SpO2, CO2) or a round (第1回, 第2期); not a cell
# reference before its colon (A1: Name)
# …or a column's maximum or unit in brackets right after its name (教養(50), 得点（100点）, 体重(kg) : round 16)
_HEADER_WORD_DIGITS = re.compile(r"(?<![A-Za-z0-9(])[A-Za-z]+[0-9]+[A-Za-z]*(?![A-Za-z0-9(])(?![ \t]*:)|第[0-9]{1,2}(?:[回期次]|希望|志望|候補)"
                                 r"|(?<=[^\s0-9,|])[(（][0-9]{1,4}(?:点|分|問|%|％)?[)）](?=[ \t,|]|$)"
                                 # …or a column's index after its Japanese name (希望園1, 電話2, 住所1: round 17)
                                 r"|(?<=[一-鿿ぁ-ゖァ-ヺー])[_\-]?[0-9](?=[ \t,|]|$)"  # (携帯_1, 携帯_2: a number split)
                                 # …or the round of a repeated event as a column (1回目, 2回目, 3期: round 18)
                                 r"|(?<![0-9])[0-9]{1,2}(?:回目|回|期目?|次|年目)(?=[ \t,|]|$)"
                                 # …or a month naming what a column counts (10月欠席, 4月からの累計: round 24)
                                 r"|(?<![0-9/.\-])[0-9]{1,2}月(?=[一-鿿ぁ-ゖァ-ヺ])(?![0-9])|(?<![0-9])[0-9]{1,2}[～〜~\-][0-9]{1,2}月(?=[一-鿿ぁ-ゖァ-ヺ])"  # (2～4月平均: r42)
                                 # …or the period it counts over (直近6か月平均, 過去3ヶ月, 12週: round 28)
                                 r"|(?<![0-9/.\-])[0-9]{1,2}(?:か月|ヶ月|カ月|ケ月|ヵ月|週間?|日間|年間)(?=[一-鿿ぁ-ゖァ-ヺ \t,|]|$)"
                                 # …or the code system or the year a column's values follow, in brackets after its
                                 # name (病名(ICD-10), 職業(JSOC2009), 金額(R7年度), 人口（2025年）: round 20)
                                 r"|(?<=[^\s0-9,|])[(（](?:[A-Za-z]{2,8}[- ]?[0-9]{1,4}|(?:19|20)[0-9]{2}年度?|(?:R|H|令和|平成)[0-9]{1,2}年度?)"
                                 r"[)）](?=[ \t,|]|$)"
                                 # (r40) …or a distance a test's column names (15m(秒), 1500m走), the months a column counts over
                                 # in brackets (欠席日数(4-12月), 件数（R5-R6）), a day's column by date (氏名,10/2,10/3; 1/6(月))
                                 r"|(?<![0-9.])[0-9]{1,5}(?:m|km|cm|kg)(?=[一-鿿ぁ-ゖァ-ヺ(（ \t,|]|$)"
                                 r"|(?<=[^\s0-9,|])[(（](?:R|H)?[0-9]{1,4}[-〜~～](?:R|H)?[0-9]{1,4}(?:月|年度?|日)?[)）](?=[ \t,|]|$)"
                                 r"|(?:^|(?<=[\t,|]))[ ]?[0-9]{1,2}/[0-9]{1,2}(?:[(（][月火水木金土日][)）])?[ ]?(?=[\t,|]|$)")


def header_digits(line: str) -> bool:
    """A header line holds digits beyond a leading row number (and beyond a measure's or a round's name)."""
    rest = ROW_NUMBER.sub("", line, count=1)
    return _DIGIT.search(rest) is not None and _DIGIT.search(_HEADER_WORD_DIGITS.sub("", rest)) is not None


_DIGIT = re.compile(r"[0-9]")


# "(name, birth_date)=('長谷川 美和', '1987-11-03')" (a database error's DETAIL line) and
# "INSERT INTO t (name, birth_date) VALUES ('…', '…')": field names in one bracket, values in the next
_FIELD_TUPLE = re.compile(
    r"\((?P<cols>[`\"]?[A-Za-z_][A-Za-z0-9_]{0,30}[`\"]?(?:[ \t]*,[ \t]*[`\"]?[A-Za-z_][A-Za-z0-9_]{0,30}[`\"]?){1,15})\)"
    r"[ \t]*\n?[ \t]*(?:=|(?i:values))[ \t]*\n?[ \t]*\((?P<vals>(?:[^()\n]|\([^()\n]{0,80}\)){1,600})\)"
)
# the further rows of a multi-row INSERT: "VALUES\n(…),\n(…)"
_MORE_TUPLE = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*\((?P<vals>(?:[^()\n]|\([^()\n]{0,80}\)){1,600})\)")
_MAX_TUPLE_ROWS = 1000
# a value: quoted, a function call (TO_DATE('2026-02-13', 'YYYY-MM-DD'): one value whatever its commas), or bare
_TUPLE_VALUE = re.compile(r"[ \t]*(?:'(?P<q1>[^'\n]{0,120})'|\"(?P<q2>[^\"\n]{0,120})\"|(?P<call>[A-Za-z_][A-Za-z0-9_.]{0,30}"
                          r"\([^()\n]{0,80}\))|(?P<bare>[^,'\"\n]{0,120}))[ \t]*(?:,|$)")


def field_tuples(text: str, cue: str = "("):
    """(field name lower-cased, value start, value end) for field/value bracket pairs; values are
    matched positionally (quotes stripped). Linear: one pass of a bounded regex, started only at
    brackets."""
    if cue not in text:
        return
    for m in _FIELD_TUPLE.finditer(text):
        cols = [c.strip().strip("`\"").lower() for c in m.group("cols").split(",")]  # `nm`, "nm": quoted names
        if _PLACEHOLDERS.fullmatch(m.group("vals")) is not None:  # VALUES (?, ?, ?): the logged bound parameters
            b = _BOUND.search(text, m.end(), min(len(text), m.end() + _BOUND_REACH))  # (params=[…], Parameters: …)
            if b is not None:
                yield from _bound_values(text, cols, b.start("vals"), b.end("vals"))
            continue
        row: re.Match[str] | None = m
        for _ in range(_MAX_TUPLE_ROWS):
            pos, end = row.start("vals"), row.end("vals")
            for col in cols:
                v = _TUPLE_VALUE.match(text, pos, end)
                if v is None or v.end() == pos:
                    break
                g = next(k for k in ("q1", "q2", "call", "bare") if v.group(k) is not None)
                s, e = v.span(g)
                while s < e and text[e - 1] in " \t":
                    e -= 1
                yield col, s, e
                pos = v.end()
            row = _MORE_TUPLE.match(text, row.end())
            if row is None:
                break


# a prepared statement's placeholders, and the bound parameters a log prints after it (round 18): params=[482…, 0004…],
# Parameters: 482…(String), 0004…(String) (MyBatis), bind => [482…, …] (EclipseLink)
_PLACEHOLDERS = re.compile(r"[ \t]*\?(?:[ \t]*,[ \t]*\?){0,39}[ \t]*")
_BOUND = re.compile(r"(?i:params|parameters|bind(?:ing)?s?|args)[ \t]*(?:=>|=|:)[ \t]*\[?(?P<vals>[^\]\n]{1,1200})")
_BOUND_REACH = 600
_BOUND_VALUE = re.compile(r"[ \t]*['\"]?(?P<v>[^,'\"()\]\n]{0,120}?)['\"]?(?:\([A-Za-z]{1,16}\))?[ \t]*(?:,|$)")


def _bound_values(text: str, cols: list[str], pos: int, end: int):
    for col in cols:
        v = _BOUND_VALUE.match(text, pos, end)
        if v is None or v.end() == pos:
            return
        yield col, v.start("v"), v.end("v")
        pos = v.end()


# a request naming the columns of the headerless table it pastes (round 15): 列は左から 記号・番号・氏名・生年月日 です,
# たぶん左から「受給者番号、氏名、生年月日、住所」です
_NAMED_COLUMNS = re.compile(r"(?:列は(?:左から|順に)?|左から|列の順(?:は|に))[ 　]*[「『]?(?P<cols>[^。\n「」『』]{3,120}?)[」』]?[ 　]*"
                            r"(?:です|となっています|の順|。)")
_NAMED_COLUMN_SEP = re.compile(r"[・、,，／/]")


def named_columns(line: str) -> list[str] | None:
    """The column names a request gives in prose for the table it pastes (at least three), or None."""
    if "左から" not in line and "列" not in line:
        return None
    m = _NAMED_COLUMNS.search(line)
    if m is None or header_digits(m.group("cols")):
        return None
    cells = [c.strip(" 　") for c in _NAMED_COLUMN_SEP.split(m.group("cols"))]
    return cells if len(cells) >= 3 and all(0 < len(c) <= 12 for c in cells) else None

