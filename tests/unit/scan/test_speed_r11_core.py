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
    "\u61ff\u6200\u3000",  # "ab" in UTF-16 at an odd byte offset (61 | 00 62 | 00): straddles characters, no hit
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
