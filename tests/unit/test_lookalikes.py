"""gateway/lookalikes.py: characters a reader takes for digits or ASCII that NFKC leaves alone (round 15)."""

from __future__ import annotations

import pytest

from gateway.lookalikes import reader_view

N = "526018159084"


def spelled(table: str) -> str:
    return N.translate(str.maketrans("0123456789", table))


@pytest.mark.parametrize("text, expected", [
    (spelled("0⓵⓶⓷⓸⓹⓺⓻⓼⓽"), N),  # double circled
    (spelled("🄋➊➋➌➍➎➏➐➑➒"), N),  # dingbat negative circled sans-serif
    (spelled("🄋➀➁➂➃➄➅➆➇➈"), N),  # dingbat circled sans-serif
    (spelled("⓿❶❷❸❹❺❻❼❽❾"), N),  # negative circled
    ("".join(chr(0xE0000 + ord(c)) for c in N), N),  # tag characters (invisible ASCII)
    ("\U000e0001" + "".join(chr(0xE0000 + ord(c)) for c in "id") + "\U000e007f", "id"),  # language tag, cancel tag
    ("\u2800".join([N[:4], N[4:]]), f"{N[:4]} {N[4:]}"),  # braille blank as a gap
    ("番号 \u202e" + N[::-1] + "\u202c です", f"番号 {N} です"),  # shown reversed: the order a reader sees
    ("five two six zero one eight one five nine zero eight four", N),
    ("Five, Two, Six, Zero, One, Eight", "526018"),
    ("oh-one-two-three-four-five", "012345"),
])
def test_read_as_a_reader_takes_it(text: str, expected: str) -> None:
    assert reader_view(text) == expected


@pytest.mark.parametrize("text", [
    "来週の会議資料を要約してください。",
    "手順は ① 受付 ② 確認 ③ 交付 の順です。",  # circled digits: NFKC already reads them
    "⑩⑪⑫ は 10 以上",  # numbers beyond one digit are not digits
    "one or two people, maybe three",  # too few digit words in a row
    "someone came at nine o'clock with one friend",
    "\u202dLTR override only\u202c",
    "Wi-Fi ⇒ 会議室",
])
def test_nothing_to_read_otherwise(text: str) -> None:
    assert reader_view(text) is None
