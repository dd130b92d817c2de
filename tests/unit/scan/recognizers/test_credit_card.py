import pytest

from gateway.scan.recognizers.credit_card import JpCreditCardRecognizer
from tests.unit.scan._helpers import best, fullwidth, kanji, luhn_complete, zw

R = JpCreditCardRecognizer(None)
ALONE = 0.6
V = "4111111111111111"
JCB = "3530111333300000"

CASES = [
    ("valid", f"カード番号{V}です", True),
    ("valid_jcb_grouped", "JCB 3530-1113-3330-0000", True),
    ("valid_generated", f"クレジットカード {luhn_complete('535310000000000')}", True),
    ("invalid_check_digit", "カード番号4111111111111112です", False),
    ("no_brand_prefix", f"カード番号{luhn_complete('999999999999999')}", False),
    ("full_width", f"カード番号：{fullwidth(V)}", True),
    ("dash_variant", "カード番号 4111–1111–1111–1111", True),
    ("kanji_numeral", f"カード番号{kanji(V)}", True),
    ("zero_width", f"カード番号{zw(V)}", True),
    ("no_label_plain", f"注文ID {V}", False),
]


@pytest.mark.parametrize("name,text,blocks", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, blocks):
    assert (best(R, text) >= ALONE) is blocks


def test_validate_result():
    assert R.validate_result(JCB) and not R.validate_result("4111111111111112")
