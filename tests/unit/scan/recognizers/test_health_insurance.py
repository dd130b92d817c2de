import pytest

from gateway.scan.recognizers.health_insurance import HealthInsuranceRecognizer
from tests.unit.scan._helpers import best, fullwidth, kanji, zw

R = HealthInsuranceRecognizer(None)
ALONE = 0.8
FOUND = 0.5

CASES = [
    ("valid_insurer", "保険者番号 33120015", FOUND, True),
    ("valid_insurer_kyokai", "保険者番号：01130012", FOUND, True),
    ("invalid_check_digit", "保険者番号 33120016", FOUND + 0.01, False),
    ("kigo_bango", "保険証 記号 1234 番号 567 枝番 01", ALONE, True),
    ("kigo_bango_fullwidth", f"被保険者証　記号：{fullwidth('12')}　番号：{fullwidth('3456')}", ALONE, True),
    ("full_width_insurer", f"保険者番号{fullwidth('33120015')}", FOUND, True),
    ("dash_variant_member", "被保険者番号：1234‐5678", ALONE, True),
    ("kanji_numeral", f"保険者番号{kanji('33120015')}", FOUND, True),
    ("zero_width", f"保険者番号{zw('33120015')}", FOUND, True),
    ("member_number_label", "介護保険被保険者番号 0123456789", ALONE, True),
    ("no_label", "記号の意味と番号の付け方を説明して", FOUND, False),
    ("no_insurance_context", "記号 A 番号 12 の部品", FOUND, False),
    ("kigo_wa_bango_wa", "保険証の記号は1234、番号は56です", ALONE, True),
]


@pytest.mark.parametrize("name,text,minscore,found", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, minscore, found):
    assert (best(R, text) >= minscore) is found
