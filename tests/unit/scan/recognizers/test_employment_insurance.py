import pytest

from gateway.scan.recognizers.employment_insurance import EmploymentInsuranceRecognizer
from tests.unit.scan._helpers import best, fullwidth, kanji, zw

R = EmploymentInsuranceRecognizer(None)
ALONE = 0.6

CASES = [
    ("valid", "雇用保険被保険者番号 1234-567890-1", True),
    ("valid_plain", "雇用保険番号：12345678901", True),
    ("invalid_shape", "雇用保険被保険者番号 1234-56789-1", False),
    ("office_number", "雇用保険事業所番号 1234-567890-1", False),
    ("full_width", f"被保険者番号：{fullwidth('1234-567890-1')}（雇用保険）", True),
    ("dash_variant", "雇用保険 被保険者番号 1234ー567890ー1", True),
    ("kanji_numeral", f"雇用保険番号{kanji('12345678901')}", True),
    ("zero_width", f"雇用保険番号{zw('1234-567890-1')}", True),
    ("no_label", "番号1234-567890-1の資料", False),
]


@pytest.mark.parametrize("name,text,blocks", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, blocks):
    assert (best(R, text) >= ALONE) is blocks
