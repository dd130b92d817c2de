"""recognizers/address_dwelling.py: a housing estate's block and room is one household's door (round 18); an estate named
without a room is a place."""

import pytest

from gateway.scan.recognizers.address_dwelling import DwellingAddressRecognizer
from tests.unit.scan._helpers import detect

R = DwellingAddressRecognizer(None)

CASES = [
    ("city_estate_block_room", "うち1人は市営若葉台団地2号棟311号室の世帯の次男", "市営若葉台団地2号棟311号室"),
    ("prefectural_letter_block", "県営住宅ひばり野 C棟 105号室の方から", "県営住宅ひばり野 C棟 105号室"),
    ("named_estate_dash", "北浜第二団地 5-201 に住む高齢の女性", "北浜第二団地 5-201"),
    ("no_room", "市営若葉台団地の集会所で説明会を開きます。", None),
    ("block_only", "若葉台団地3号棟の前の道路を補修します。", None),
    ("house_number_elsewhere", "住宅用火災警報器 3-10 型の設置について", None),
]


@pytest.mark.parametrize("name,text,span", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, span):
    found = [sub for _, sub, _, _ in detect(R, text, "JP_ADDRESS")]
    assert found == ([span] if span else [])
