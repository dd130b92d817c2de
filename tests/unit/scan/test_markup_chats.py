"""gateway/scan/markup_chats.py: the pieces of one value a sender sent over consecutive chat messages read as one
value, at the same length (table tests, round 21)."""

from __future__ import annotations

import pytest

from gateway.scan.markup_chats import chat_pieces_joined

Z = "\u200b"

CHANGED = [
    ("password_in_two", "[09:01] 岩城: aB3#kQ\n[09:01] 岩城: 9z!Lm2",
     "[09:01] 岩城: aB3#kQ" + Z + Z * len("[09:01] 岩城: ") + "9z!Lm2"),
    ("three_pieces", "[09:01] 岩城: aB3#\n[09:01] 岩城: kQ9z\n[09:02] 岩城: !Lm2",
     "[09:01] 岩城: aB3#" + Z + Z * 12 + "kQ9z" + Z + Z * 12 + "!Lm2"),
    ("number_then_polite_end", "10:02 真壁：番号は 1234-56\n10:02 真壁：7890 です",
     "10:02 真壁：番号は 1234-56" + Z + Z * len("10:02 真壁：") + "7890 です"),
]

UNCHANGED = [
    ("other_sender", "[09:01] 岩城: aB3#kQ\n[09:01] 真壁: 9z!Lm2"),
    ("prose_between", "[09:01] 岩城: aB3#kQ\n[09:01] 岩城: 続きは後で\n[09:02] 岩城: 9z!Lm2"),
    ("next_is_prose", "[09:01] 岩城: 会議室はA-301\n[09:01] 岩城: 了解しました"),
    ("dialogue_turns", "職員：番号は 1234-56\n相談者：7890 です"),  # no time: a transcript's turns stay apart
    ("no_chat", "番号 1234-56\n7890"),
]


@pytest.mark.parametrize("name,text,expected", CHANGED, ids=[c[0] for c in CHANGED])
def test_joined(name, text, expected):
    out = chat_pieces_joined(text)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize("name,text", UNCHANGED, ids=[c[0] for c in UNCHANGED])
def test_unchanged(name, text):
    assert chat_pieces_joined(text) == text
