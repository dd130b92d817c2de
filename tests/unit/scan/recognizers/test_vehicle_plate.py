import pytest

from gateway.scan.recognizers.vehicle_plate import VehiclePlateRecognizer
from tests.unit.scan._helpers import best, fullwidth, zw

R = VehiclePlateRecognizer(None)
FOUND = 0.6

CASES = [
    ("spaced", "車両：品川 300 さ 48-21（白のプリウス）", True),
    ("glued", "公用車（横浜330あ12-34）で物損事故", True),
    ("dots", "車のナンバーは 練馬 500 ぬ ・・・8 です", True),
    ("kana_place", "駐車場の利用車両 つくば 301 た 7-11", True),
    ("full_width", f"車両番号 品川{fullwidth('300')}さ{fullwidth('48-21')}", True),
    ("zero_width", f"車両 {zw('品川300さ48-21')}", True),
    ("unused_kana", "車両：品川 300 お 48-21", False),  # お, し, へ, ん are never used
    ("no_vehicle_word", "品川 300 さ 48-21", False),  # looked for only when a vehicle is spoken of
    ("prices", "駐車場は3台分。料金は1日500円、月極め12,000円", False),
    ("dates", "車検は3月に12-14日の予定", False),
]


@pytest.mark.parametrize("name,text,found", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, found):
    assert (best(R, text) >= FOUND) is found
