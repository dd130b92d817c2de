"""Speed changes of round 8 (issue 12: the work of one request linear in its input) that must not change what is
found: each fast path of ``_word_index`` against the plain windowed search it replaces, on long random texts."""

from __future__ import annotations

import random
import re

import pytest

from gateway.scan.recognizers import _word_index
from gateway.scan.recognizers._base import ContextWords
from gateway.scan.recognizers._numeric import NEGATIVE_LABELS, Labels
from gateway.scan.recognizers._text import _QUESTION_STRONG_RE, _QUESTION_WEAK_RE

# overlapping words (番号 inside 個人番号, ID: inside ID:x), cased ASCII words, a word that is a prefix of another
_WORDS = ["個人番号", "番号", "マイナンバー", "ID:", "order", "Order No", "KEY", "ke", "ſecret", "個人"]
_FILL = ["123456789012", " ", "\n", "。", "の", "ID", "ORDER", "ordeR no", "番", "個", "k", "Ke", "secret", "SECRET",
         "とは", "ですか", "について", "教えて", "のか\n", "what  is", "？", "x" * 30]


def _text(rnd: random.Random, n: int) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < n:
        parts.append(rnd.choice(_WORDS + _FILL) if rnd.random() < 0.4 else rnd.choice(_FILL))
    return "".join(parts)


@pytest.fixture(autouse=True)
def _forget():
    _word_index.clear()
    yield
    _word_index.clear()


@pytest.mark.parametrize("seed", range(6))
def test_occurs_is_the_windowed_search(seed):
    rnd = random.Random(seed)
    text = _text(rnd, 6000)  # over INDEX_MIN_TEXT: the index is built after the first windows
    assert len(text) >= _word_index.INDEX_MIN_TEXT
    words = ContextWords(_WORDS)
    for _ in range(3000):
        lo = rnd.randrange(len(text))
        hi = lo + rnd.choice([0, 1, 2, 3, 5, 8, 40, 360])
        assert words.occurs(text, lo, min(hi, len(text))) == (words.search(text, lo, min(hi, len(text))) is not None)
        assert [m.span() for m in words.finditer_in(text, lo, hi)] == [m.span() for m in words.finditer(text, lo, hi)]


def test_occurs_after_the_index_is_built():
    text = ("x" * 50 + "個人番号" + "y" * 50) * 60
    words = ContextWords(["個人番号", "番号"])
    for lo in range(0, len(text) - 8, 7):  # windows adding up to more than the text: the index answers
        for hi in (lo + 2, lo + 4, lo + 6, lo + 60):
            assert words.occurs(text, lo, hi) == (words.search(text, lo, hi) is not None), (lo, hi)
    assert isinstance(_word_index._MEMO.m[1][id(words._re)][1], tuple)  # the index was built (keyed by id: round 13)


def test_labels_classify_long_text_unchanged():
    rnd = random.Random(11)
    text = _text(rnd, 8000)
    labels = Labels(["個人番号", "マイナンバー"])
    runs = [m.span() for m in re.finditer(r"[0-9]{12}", text)]
    assert len(runs) > 50
    fast = [labels.classify(text, s, e) for s, e in runs]
    plain = []
    for s, e in runs:  # the same answers from a text too short for the index (the windows cut out)
        lo = max(0, s - 400)
        piece = text[lo:min(len(text), e + 100)]
        assert len(piece) < _word_index.INDEX_MIN_TEXT
        plain.append(labels.classify(piece, s - lo, e - lo))
    assert fast == plain
    assert NEGATIVE_LABELS.occurs(text, 0, len(text)) == (NEGATIVE_LABELS.search(text) is not None)


@pytest.mark.parametrize("pattern", [_QUESTION_STRONG_RE, _QUESTION_WEAK_RE, re.compile(r"what\s+is|のか[。\s]")])
@pytest.mark.parametrize("seed", range(4))
def test_has_match_is_the_windowed_search(pattern, seed):
    rnd = random.Random(seed)
    text = _text(rnd, 6000)
    lo = 0
    for _ in range(3000):  # windows moving forward, now and then one behind
        lo = max(0, min(len(text) - 1, lo + rnd.choice([0, 1, 3, 17, 200, -40])))
        hi = min(len(text), lo + rnd.choice([0, 1, 4, 9, 400]))
        assert _word_index.has_match(pattern, text, lo, hi) == (pattern.search(text, lo, hi) is not None), (lo, hi)


def test_has_match_leaves_end_sensitive_patterns_alone():
    text = "a" * 5000 + " is"
    for p in (r"is\b", r"is$", r"a(?=a)", r"(?<=a) ", r"(?>a+)a", r"a++"):
        assert _word_index._END_SENSITIVE.search(p) is not None
        rx = re.compile(p)
        assert _word_index.has_match(rx, text, 4990, 5003) == (rx.search(text, 4990, 5003) is not None)


def test_marking_form_memo_is_the_plain_form_and_is_forgotten():
    from gateway.rules import DEFAULT_RULES_DIR
    from gateway.scan.api import load_scanner
    from gateway.scan.recognizers._marking_form import _marking_form, marking_form

    text = "【機密性２】\n本資料は複製禁止です。\n複製禁止 部外秘 「機密性３」と、取扱注意\n| 部外秘 | x |\n"
    spans = [m.span() for m in re.finditer(r"機密性[23]|複製禁止|部外秘|取扱注意", text)]
    for _ in range(2):  # the second time from the memo
        assert [marking_form(text, s, e) for s, e in spans] == [_marking_form(text, s, e) for s, e in spans]
    assert _word_index._MEMO.m[0] is text
    load_scanner(DEFAULT_RULES_DIR).scan(text)
    assert _word_index._MEMO.m is None  # the engine forgets the prompt after each scan
