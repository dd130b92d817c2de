import pytest

from gateway.scan.recognizers.basic_pension import BasicPensionNumberRecognizer
from tests.unit.scan._helpers import best, fullwidth, kanji, zw

R = BasicPensionNumberRecognizer(None)
ALONE = 0.6

CASES = [
    ("valid", "基礎年金番号1234-567890", True),
    ("valid_plain", "基礎年金番号：1234567890", True),
    ("invalid_shape", "基礎年金番号1234-56789", False),
    ("full_width", f"基礎年金番号{fullwidth('1234-567890')}", True),
    ("dash_variant", "基礎年金番号 1234―567890", True),
    ("kanji_numeral", f"年金番号{kanji('1234567890')}", True),
    ("zero_width", f"基礎年金番号{zw('1234-567890')}", True),
    ("no_label", "整理番号1234-567890", False),
    ("tollfree_near_pension", "年金の相談は 0120-123456 へ", False),
]


@pytest.mark.parametrize("name,text,blocks", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, blocks):
    assert (best(R, text) >= ALONE) is blocks
