"""Speed changes of round 13 (issue 13) that must not change what is found.

* Memos keyed by a compiled pattern use ``id(pattern)`` with the pattern kept beside the value (a compiled pattern's
  hash is computed from its whole code on every lookup: 1.2 % of a scan round's instructions): an entry left by
  another pattern under the same id is never used.
* ``_word_index.per_scan``: a pure function of the text and its trigger hits, computed once per scan (the PERSON
  trigger decision and the recognizer both ask for the topics): the same value as computing it again, recomputed for
  other hits or another text.
"""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.recognizers import _text, _word_index
from gateway.scan.recognizers.person_topics import _topic_starts, topic_starts

ROW = re.compile(r"^[ \t]*(?P<name>[一-鿿]{1,3} [一-鿿]{1,3})[ \t]*$", re.MULTILINE)
OTHER = re.compile(r"^[ \t]*(?P<name>[ぁ-ゖ]{2,5})[ \t]*$", re.MULTILINE)
LIST = "名簿\n山田 太郎\nすずき\n佐藤 花子\n"


def test_line_matches_ignores_an_entry_of_another_pattern_under_the_same_id() -> None:
    want = [m.span() for m in ROW.finditer(LIST)]
    assert want and [m.span() for m in _text.line_matches(ROW, LIST)] == want
    # a stale entry under ROW's id (a pattern collected and its id reused): not used
    _text._AT_NEWLINE[id(ROW)] = (OTHER, _text._newline_form(OTHER))
    assert [m.span() for m in _text.line_matches(ROW, LIST)] == want
    assert _text._AT_NEWLINE[id(ROW)][0] is ROW


def test_has_match_ignores_an_entry_of_another_pattern_under_the_same_id() -> None:
    text = ("あ" * 5000) + "です。" + ("い" * 100)
    pat, other = re.compile("です"), re.compile("い")
    try:
        assert _word_index.has_match(pat, text, 0, len(text))
        memo = _word_index.per_text(text)
        memo[("first", id(pat))] = (0, other.search(text), other)  # a stale entry of another pattern
        _word_index._PLAIN[id(pat)] = (other, True)
        for lo, hi in [(0, 100), (0, 5003), (4990, 5001), (5001, 5100)]:
            assert _word_index.has_match(pat, text, lo, hi) == (pat.search(text, lo, hi) is not None)
    finally:
        _word_index.clear()


def test_occurs_ignores_an_entry_of_another_pattern_under_the_same_id() -> None:
    text = ("x" * 5000) + "氏名" + ("y" * 100)
    words = ("氏名",)
    pat = re.compile("氏名")
    try:
        _word_index.per_text(text)[id(pat)] = [10 ** 9, ([], []), re.compile("z")]  # stale: says nothing occurs
        assert _word_index.occurs(words, pat, text, 4990, 5010)
        assert not _word_index.occurs(words, pat, text, 0, 100)
    finally:
        _word_index.clear()


def test_per_scan_computes_once_per_text_and_hits() -> None:
    calls = []

    def compute(text: str, hits: dict) -> list[int]:
        calls.append(1)
        return [len(text), len(hits)]

    text, hits = "本文" * 10, {"a": [1]}
    try:
        first = _word_index.per_scan(text, hits, "k", compute)
        assert _word_index.per_scan(text, hits, "k", compute) is first and len(calls) == 1
        assert _word_index.per_scan(text, {"a": [1]}, "k", compute) == first and len(calls) == 2  # other hits
        assert _word_index.per_scan("他" + text, hits, "k", compute) == [21, 1] and len(calls) == 3  # another text
    finally:
        _word_index.clear()


def test_topic_starts_is_the_computed_value() -> None:
    text = "相楽 健斗がうつ病で休職中。\n田中さんは生活保護を受給。"
    from gateway.scan.recognizers.sensitive_personal_info import KEYWORDS

    low = text.lower()
    hits = {w.lower(): [i for i in range(len(low)) if low.startswith(w.lower(), i)] for w in KEYWORDS}
    hits = {w: ps for w, ps in hits.items() if ps}
    try:
        assert topic_starts(text, hits) == _topic_starts(text, hits)
        assert topic_starts(text, hits)  # the topics were found
    finally:
        _word_index.clear()
