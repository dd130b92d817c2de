"""_text helpers: line_matches gives exactly the matches of finditer for line-anchored patterns."""

import re

import pytest

from gateway.scan.recognizers._text import line_matches
from gateway.scan.recognizers.person_lexicon import _LIST_ROW, _SIGNATURE_NAME

TEXTS = [
    "",
    "山田 太郎",
    "\n\n山田 太郎\n",
    "名簿\n1 井上 健太 総務課\n2. 木下 さくら（税務課）\n・佐藤 花子\n本文 山田 太郎\n",
    "  山田 太郎  \n鈴木 一郎\nx 佐藤 花子\n\t高橋 次郎\t\n",
    "A-3 中村 翼,090-1111-2222\r\n101室 小林 愛|\n",
]


@pytest.mark.parametrize("rx", [_LIST_ROW, _SIGNATURE_NAME, re.compile(r"^[ab]+$", re.M)])
@pytest.mark.parametrize("text", TEXTS + ["a\nb\nab\nc\nba"])
def test_line_matches_equals_finditer(rx, text):
    want = [(m.span(), m.groupdict(), m.group(0)) for m in rx.finditer(text)]
    assert [(m.span(), m.groupdict(), m.group(0)) for m in line_matches(rx, text)] == want


@pytest.mark.parametrize("rx", [re.compile("^a|b", re.M), re.compile("a$", re.M), re.compile("^a")])
def test_line_matches_refuses_patterns_not_anchored_as_a_whole(rx):
    with pytest.raises(ValueError):
        list(line_matches(rx, "a\nb"))


def _sentence_bounds_by_loop(text: str, start: int, end: int, limit: int = 200) -> tuple[int, int]:
    """The reference: walk character by character (what sentence_bounds does with C-speed scans)."""
    lo, s = max(0, start - limit), start
    while s > lo and text[s - 1] not in "。．！？!?\n":
        s -= 1
    hi, e = min(len(text), end + limit), end
    while e < hi and text[e] not in "。．！？!?\n":
        e += 1
    if e < len(text) and text[e] in "。．！？!?":
        e += 1
        while e < len(text) and text[e] in "！？!?":
            e += 1
    return s, e


def test_sentence_bounds_match_a_character_walk() -> None:
    import random

    from gateway.scan.recognizers._text import sentence_bounds

    rng = random.Random(7)
    alphabet = "あ漢a 。．！？!?\n、"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        limit = rng.choice([0, 1, 5, 200])
        assert sentence_bounds(text, start, end, limit) == _sentence_bounds_by_loop(text, start, end, limit)


def test_line_checks_stay_within_their_reach() -> None:
    from gateway.scan.recognizers._text import LINE_REACH, Covered, is_alone_on_line, line_end, line_start

    assert (line_start("ab\ncd", 4), line_end("ab\ncd", 4), line_end("ab\ncd", 1)) == (3, 5, 2)
    long_line = "x" * (LINE_REACH + 10) + "部外秘" + "x" * (LINE_REACH + 10)
    at = LINE_REACH + 10
    assert line_start(long_line, at) == -1 and line_end(long_line, at + 3) == -1
    assert not is_alone_on_line(long_line, at, at + 3)  # a line that long is prose, not a marking's own
    assert is_alone_on_line("前文\n―― 部外秘 ――\n本文", 6, 9)
    taken = Covered(10)
    taken.take(2, 5)
    assert [i in taken for i in range(-1, 12)] == [False, False, False, True, True, True] + [False] * 7
