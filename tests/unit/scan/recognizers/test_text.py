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
