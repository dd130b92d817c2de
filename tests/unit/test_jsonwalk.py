"""gateway/jsonwalk.py: what an array of characters, digits or character codes spells (round 15 red team)."""

from __future__ import annotations

import pytest

from gateway.jsonwalk import array_text, walk

N = "526018159084"


@pytest.mark.parametrize("items, expected", [
    ([int(c) for c in N], N),
    (list(N), N),
    ([ord(c) for c in "個人番号" + N], "個人番号" + N),
    ([ord(c) for c in N], N),
])
def test_an_array_spelling_text_is_read(items: list, expected: str) -> None:
    assert array_text(items) == expected
    assert any(s.text == expected and s.where == "$.m[*]" for s in walk({"m": items}))


@pytest.mark.parametrize("items", [
    [1, 2, 3],  # too short to spell anything
    [0.5] * 12,  # floats: weights, not characters
    [1, -2, 3, 4, 5, 6, 7, 8, 9],  # a negative number
    [1, 2, 3, 4, 5, 6, 7, "8"],  # mixed
    ["ab", "cd", "ef", "gh", "ij", "kl", "mn", "op"],  # words, read one by one already
    [True] * 10,
    [0x110000] * 8,  # beyond Unicode
    [0xD800] * 8,  # surrogates
    [5, 2, 6, 0, 1, 8, 1, 5, 9, 0, 8, 31],  # a control character's code
])
def test_other_arrays_are_not(items: list) -> None:
    assert array_text(items) is None


def test_a_huge_array_is_not_joined() -> None:
    assert array_text([1] * ((1 << 16) + 1)) is None


# ---- long base64-alphabet strings (round 15): read when they are no file
_TEXT = "申請者の個人番号は526018159084です。"


@pytest.mark.parametrize("value, expected", [
    (__import__("base64").b64encode((_TEXT * 20).encode()).decode(), _TEXT * 20),
    (__import__("base64").urlsafe_b64encode((_TEXT * 20).encode()).decode(), _TEXT * 20),
    ("-".join([N] * 45), "-".join([N] * 45)),
    ("".join([N] * 45), "".join([N] * 45)),
])
def test_a_long_blob_that_is_text_or_digits_is_read(value: str, expected: str) -> None:
    assert [s.text for s in walk({"x": value})] == [expected]


@pytest.mark.parametrize("value", [
    __import__("base64").b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 12).decode(),
    __import__("base64").b64encode(__import__("gzip").compress(__import__("random").Random(1).randbytes(3000), mtime=0)).decode(),
    "data:text/plain;base64," + __import__("base64").b64encode((_TEXT * 20).encode()).decode(),  # the file reader's
    "a" * 600,
])
def test_a_file_or_noise_blob_stays_unread_here(value: str) -> None:
    assert list(walk({"x": value})) == []


def test_a_long_blob_of_compressed_text_is_read() -> None:
    import base64
    import gzip
    import random

    doc = "".join(f"{i}行目: 住民票の写しの交付について、窓口での確認事項を整理します。" for i in range(200))
    doc += _TEXT + "".join(random.Random(2).choice("あいうえおかきくけこ") for _ in range(300))
    value = base64.b64encode(gzip.compress(doc.encode())).decode()
    assert len(value) >= 512
    assert [s.text for s in walk({"x": value})] == [doc]
