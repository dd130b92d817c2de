import pytest

from gateway.scan.recognizers.postal_code import PostalCodeRecognizer
from tests.unit.scan._helpers import best, fullwidth, kanji, zw

R = PostalCodeRecognizer(None)
FOUND = 0.6

CASES = [
    ("valid", "〒100-0013 東京都千代田区", True),
    ("valid_label", "郵便番号 1000013", True),
    ("invalid_shape", "〒100-013", False),
    ("full_width", f"〒{fullwidth('100-0013')}", True),
    ("dash_variant", "〒100ー0013", True),
    ("kanji_numeral", f"〒{kanji('100')}-{kanji('0013')}", True),
    ("zero_width", f"〒{zw('100-0013')}", True),
    ("no_label", "部品番号100-0013", False),
    ("part_of_phone", "03-100-0013", False),
]


@pytest.mark.parametrize("name,text,found", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, found):
    assert (best(R, text) >= FOUND) is found
