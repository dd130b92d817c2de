import pytest

from gateway.scan.recognizers.bank_account import BankAccountRecognizer
from tests.unit.scan._helpers import best, fullwidth, kanji, zw

R = BankAccountRecognizer(None)
ALONE = 0.6

CASES = [
    ("valid", "振込先 みなと銀行 本町支店 普通 口座番号1234567 名義 ヤマダ タロウ", True),
    ("valid_label_only", "口座番号：7654321", True),
    ("valid_features_no_label", "○○信用金庫 駅前支店 普通 1234567 カ）ミドリ", True),
    ("yucho", "ゆうちょ銀行 記号11940 番号12345671", True),
    ("yucho_hyphen", "ゆうちょの通帳 11940-12345671", True),
    ("invalid_shape", "口座番号：12345", False),
    ("full_width", f"口座番号{fullwidth('1234567')}（普通）", True),
    ("dash_variant_yucho", "ゆうちょ 11940‐12345671", True),
    ("kanji_numeral", f"普通預金 口座番号{kanji('1234567')}", True),
    ("zero_width", f"口座番号{zw('1234567')} 普通", True),
    ("no_label_postal_like", "書類番号1234567を参照", False),
]


@pytest.mark.parametrize("name,text,blocks", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, blocks):
    assert (best(R, text) >= ALONE) is blocks
