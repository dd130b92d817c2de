import pytest

from gateway.scan.recognizers.resident_code import ResidentCodeRecognizer
from tests.unit.scan._helpers import best, fullwidth, kanji, zw

R = ResidentCodeRecognizer(None)
V = "12345678901"
ALONE = 0.6

CASES = [
    ("valid", f"住民票コード：{V}", True),
    ("invalid_length", "住民票コード：1234567890", False),  # no check digit is published: length only
    ("full_width", f"住民票コード{fullwidth(V)}", True),
    ("dash_variant", "住民票コード 1234‐5678‐901", True),
    ("kanji_numeral", f"住民票コードは{kanji(V)}", True),
    ("zero_width", f"住民票コード{zw(V)}", True),
    ("no_label", f"整理番号{V}", False),
    ("mobile_number_near_context", "住基ネットの件で 09012345678 に電話", False),
]


@pytest.mark.parametrize("name,text,blocks", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, blocks):
    assert (best(R, text) >= ALONE) is blocks
