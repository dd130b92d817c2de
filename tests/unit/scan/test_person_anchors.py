"""Full-pipeline rows for person + attribute forms without labels or honorifics."""

from pathlib import Path

import pytest

from gateway.scan.api import load_scanner

RULES = Path(__file__).resolve().parents[3] / "rules"


@pytest.fixture(scope="module")
def scanner():
    return load_scanner(RULES)


@pytest.mark.parametrize("text,action", [
    ("田中一郎 090 1234 5678 に折り返し電話してください", "block"),  # bare full name + spaced mobile
    ("田中一郎 09012345678 に折り返し", "block"),
    ("木村拓也（昭和60年5月3日生）の健康診断結果をまとめて", "block"),  # name + 和暦 birth date
    ("部長の井上から連絡があった件、090-8765-4321へ電話をお願いします", "allow"),  # staff in capacity
    ("090 1234 5678 は誰の番号か調べる方法は？", "allow"),  # a number alone
    ("昭和60年5月3日生まれの人が今年何歳になるか計算して", "warn"),  # a birth date alone, no person
    ("夏目漱石（1867年2月9日生）の代表作を教えて", "allow"),  # public figure
], ids=["spaced-mobile", "plain-mobile", "wareki-dob", "staff-title", "number-alone", "dob-alone", "public-figure"])
def test_person_with_attribute(scanner, text, action):
    assert scanner.scan(text).action == action
