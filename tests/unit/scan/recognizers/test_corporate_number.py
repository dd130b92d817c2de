import pytest

from gateway.scan.recognizers.corporate_number import CorporateNumberRecognizer
from tests.unit.scan._helpers import detect, fullwidth, kanji, zw

R = CorporateNumberRecognizer(None)
V = "7123456789012"

CASES = [
    ("valid", f"法人番号{V}", True),
    ("valid_vectors", "法人番号 4011001098993", True),
    ("invoice", f"登録番号 T{V}", True),
    ("invalid_check_digit", "法人番号2835678256246", False),
    ("full_width", f"法人番号：{fullwidth(V)}", True),
    ("dash_variant", "法人番号 7‐1234‐5678‐9012", True),
    ("kanji_numeral", f"法人番号{kanji(V)}", True),
    ("zero_width", f"法人番号{zw(V)}", True),
    ("no_label_still_informational", f"{V}", True),
]


@pytest.mark.parametrize("name,text,found", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, found):
    res = detect(R, text)
    assert bool(res) is found
    for _, _, _, meta in res:
        assert meta["informational"] is True
