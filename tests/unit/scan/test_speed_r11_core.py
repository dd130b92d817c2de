"""Speed changes of round 11 (issue 13: the scanner's core) that must not change what is found: each fast path
against the plain search it replaces."""

from __future__ import annotations

import random
import re

import pytest

from gateway.scan import markup, normalise
from gateway.scan.recognizers._base import _find_hits
from gateway.scan.triggers import TriggerAutomaton

_WORDS = {"ab", "個人番号", "番号", "ー", "key", "𠮷野", "\u6200"}


@pytest.mark.parametrize("text", [
    "", "ab", "xxabab key", "個人番号と番号ー", "山田の個人番号：1234", "𠮷野さんの番号ab",  # astral: the str search
    "\u61ff\u6200\u3000",  # "ab" in UTF-16 at an odd byte offset (61 | 00 62 | 00): no hit
    "ＡＢ ab Ab", "aB番号", "ー" * 5,
])
def test_trigger_hits_are_the_plain_search(text):
    got = TriggerAutomaton(_WORDS).hits(text.lower())
    want = _find_hits(text.lower(), _WORDS)
    assert got == want
    assert list(got) == sorted(got, key=lambda w: (got[w][0], w)) or text.isascii()  # first occurrence, then word


@pytest.mark.parametrize("seed", range(4))
def test_trigger_hits_random(seed):
    rnd = random.Random(seed)
    alphabet = ["a", "b", "個人", "番号", "ー", "key", "\u6200", "\u61ff", "\u3000", "𠮷", "野", " ", "\n", "K"]
    auto = TriggerAutomaton(_WORDS)
    for _ in range(200):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))).lower()
        assert auto.hits(text) == _find_hits(text, _WORDS)


def _broken_plain(text: str) -> str:
    """broken_addresses_joined before its cheap tests (the label search and the sub only)."""
    if "\n" not in text or markup._ADDRESS_LABEL.search(text) is None:
        return text
    for _ in range(markup._MAX_BREAKS):
        joined = markup._BROKEN_ADDRESS.sub(markup._joined, text)
        if joined == text:
            break
        text = joined
    return text


@pytest.mark.parametrize("text", [
    "住所　緑野市東町\n3丁目8番12号", "所在地：千葉県緑野市\n 中央一丁目", "千葉県緑野市東町\n3-12", "横浜市\n1-2月の予定",
    "住所は後で送ります\n以上", "本籍\n東京都", "緑野市東町\n\n3丁目", "送付先 緑野市本町\n　12番地", "市役所\n別紙", "ab\ncd",
    "住所 緑野市東町\n3丁目8番12号\n居所 緑野市西町\n4-5", "町\n1-1",
])
def test_broken_addresses_joined_is_the_plain_sub(text):
    assert markup.broken_addresses_joined(text) == _broken_plain(text)


@pytest.mark.parametrize("text, changed", [
    ("name=%E5%AE%AE%E6%9C%AC&x=1", True), ("q=a%20b%2Fc+d", False), ("100% sure", False), ("%e5%ae%ae+%41", True),
    ("%C3%28%41", False),  # not UTF-8: kept
])
def test_percent_escapes_need_a_high_byte(text, changed):
    plain = markup._PERCENT_RUN.sub(markup._percent_decoded, text)
    assert markup.percent_escapes_decoded(text) == plain
    assert (plain != text) == changed


def test_variant_test_covers_every_variant():
    for ch in normalise._VARIANTS:
        assert normalise._has_variant(f"山{ch}さん")
    assert not normalise._has_variant("山崎 吉田 高橋 徳川")
    assert re.search("[" + "".join(normalise._VARIANTS) + "]", "山崎") is None


_ROWS = ["0004815162 ｻｴｸﾞｻ ﾄﾓﾐ   冴草 友美   4560214 2", "サエグサ トモミ  冴草 友美", "ア イ ウエオ カキクケコサシスセ 山田 花子",
         "1 2 3あ 4-56", "品川300さ48-21 練馬 1 ぬ 12-34", "アオバ ケンセツ\t青葉 建設 1234",
         "品川 300 さ 48-21", "練馬500ぬ・・・8", "12 あ 34-56", "■結果：", "2. 方法", "Results:", "【目的】", "-----",
         "――――――", "お問い合わせ先　環境政策課", "Media contact:", "問合せ 03-1234-5678", "ア イ", "123あ", "", "\n", " "]


def _doc(rnd: random.Random) -> str:
    return "\n".join(rnd.choice(_ROWS) + rnd.choice(["", " ", "　", "x", "の件"]) for _ in range(rnd.randint(0, 12)))


@pytest.mark.parametrize("seed", range(4))
def test_cued_and_line_start_searches_are_the_full_searches(seed):
    from gateway.scan import public_contacts, public_studies
    from gateway.scan.recognizers import reading_record, vehicle_plate
    from gateway.scan.recognizers._text import cued_finditer, line_matches

    rnd = random.Random(seed)
    for _ in range(150):
        text = _doc(rnd)
        for rx in (public_studies._HEADING, public_contacts._SEPARATOR, public_contacts._CONTACT_HEAD):
            assert [m.span() for m in line_matches(rx, text)] == [m.span() for m in rx.finditer(text)]
        for rx, cue, reach in ((reading_record._PAIR, reading_record._READING_CUE, 8),
                               (vehicle_plate._CORE, vehicle_plate._CORE_CUE, 2)):
            assert [m.span() for m in cued_finditer(rx, cue, reach, text)] == [m.span() for m in rx.finditer(text)]


def test_first_chars_case_folds_are_complete():
    """Every character Python's re matches case-insensitively for an ASCII letter is in the first characters."""
    from gateway.scan.recognizers._first_chars import first_chars

    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    cased = [m.group() for m in re.finditer("(?i)[a-z]", every)]  # one pass: the few characters that fold to ASCII
    assert len(cased) < 100
    for letter in "abcdefghijklmnopqrstuvwxyz":
        first = first_chars(re.compile(f"(?i:{letter})x"))
        assert first is not None
        assert all(first.match(ch) for ch in cased if re.match(f"(?i){letter}", ch)), letter


@pytest.mark.parametrize("pattern, none", [
    (r"講師|(?i:speaker|prof\.)|代表(?:取締役)?", False), (r"[ \t]*(?:例|e\.g\.)", False), (r"(?=[ab])(?:ab|b+c)", False),
    (r"x*", True), (r".y", True), (r"\dx", True), (r"[^a]b", True), (r"(a)?\1", True), (r"(?i:é)", True),
])
def test_search_from_first_is_search(pattern, none):
    from gateway.scan.recognizers._first_chars import first_chars, search_from_first

    rx = re.compile(pattern)
    first = first_chars(rx)
    assert (first is None) == none
    rnd = random.Random(pattern)
    pieces = ["講師", "代表", "取締役", "SPEAKER", "Prof.", "例", "e.g.", " ", "\t", "ab", "bbc", "x", "y", "é", "É", "a", "の"]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        lo = rnd.randint(0, len(text))
        hi = rnd.randint(lo, len(text))
        want, got = rx.search(text, lo, hi), search_from_first(rx, first, text, lo, hi)
        assert (want and want.span()) == (got and got.span())


@pytest.mark.parametrize("text", ["講師：山田", "司会 Guest lecturers: A", "　　代表 高畑 里美 氏", "議長", "", "：", "名誉教授", "CEO:"])
def test_role_line_needs_a_colon(text):
    from gateway.scan import public_context

    for hi in range(len(text) + 1):
        if public_context._ROLE_LINE.match(text, 0, hi) is not None:
            assert public_context._colon(text, 0, hi)


def test_hit_positions_are_kept_per_scan_for_the_same_words():
    from gateway.scan.recognizers._base import ScanContext

    ctx = ScanContext("key: pass; KEY token pass", {"key": [0, 16], "pass": [5, 26], "token": [20]})
    words = ("key", "pass")
    first = ctx.hit_positions(words)
    assert first == [0, 5, 16, 26] and ctx.hit_positions(words) is first
    assert ctx.hit_positions(("token", "pass")) == [5, 20, 26]
    assert ctx.hit_positions(["key"]) == [0, 16] and ctx.hit_positions(["key"]) is not ctx.hit_positions(["key"])
    ctx.hits = {"key": [3]}  # new hits: asked again
    assert ctx.hit_positions(words) == [3]


_MARKING_PIECES = ["機密性2", "機密性：Ⅱ", "要機密", "C3-I2-A1", "関係者外秘", "部外秘", "取扱注意", "取扱注意事項", "庁内限り",
                   "関係者限り", "オブザーバー等限り", "総務課内限定", "課内専用", "CONFIDENTIAL", "Internal Use Only", "TLP:RED",
                   "秘", "神秘", "限り", "限定", "専用", "の", "、", "\n", " ", "市役所総務部情報政策課", "会議", "c1", "ＣＯＮＦＩＤＥＮＴＩＡＬ"]


@pytest.mark.parametrize("seed", range(4))
def test_distinctive_markings_tried_where_they_can_start(seed):
    from gateway.scan.recognizers import classification_marking as cm
    from gateway.scan.recognizers._text import finditer_windows

    rnd = random.Random(seed)
    for _ in range(300):
        text = normalise.normalise("".join(rnd.choice(_MARKING_PIECES) for _ in range(rnd.randint(0, 20)))).text
        cuts = sorted(rnd.randint(0, len(text)) for _ in range(2 * rnd.randint(0, 3)))
        windows = [(0, len(text))] if not cuts else list(zip(cuts[::2], cuts[1::2]))
        want = [(m.span(), m.groupdict()) for m in finditer_windows(cm.DISTINCTIVE_RE, text, windows)]
        assert [(m.span(), m.groupdict()) for m in cm._distinctive(text, windows)] == want


@pytest.mark.parametrize("pattern", [r"MDN-SEC-[0-9]{4}-[0-9]{3}", r"(?:proj|prj)[-_ ]?\d{3}", r"\bkey\d", r"x?y", r"a*"])
def test_case_insensitive_custom_patterns_tried_at_their_first_characters(pattern):
    from gateway.scan.recognizers._first_chars import first_chars
    from gateway.scan.recognizers._text import cued_finditer

    rx = re.compile(pattern, re.IGNORECASE)
    first = first_chars(rx)
    rnd = random.Random(pattern)
    pieces = ["MDN-SEC-", "mdn-sec-", "1234", "-567", "PRJ", "proj_", "key", "KEY", "Ｋ", "K", "y", "Y", "x", "a", "の", " "]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        want = [m.span() for m in rx.finditer(text)]
        got = want if first is None else [m.span() for m in cued_finditer(rx, first, 0, text)]
        assert got == want
