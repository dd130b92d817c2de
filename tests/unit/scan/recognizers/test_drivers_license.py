import pytest

from gateway.scan.recognizers.drivers_license import DriversLicenseRecognizer
from tests.unit.scan._helpers import best, fullwidth, kanji, zw

R = DriversLicenseRecognizer(None)
V = "309012345620"  # jiko0 worked example, check digit 2
ALONE = 0.6

CASES = [
    ("valid", f"運転免許証番号{V}", True),
    ("valid_dai_go", f"免許証 第 {V} 号", True),
    ("invalid_check_digit_label_still_reports", "運転免許証番号309012345650", True),
    # a commission's code unknown: only right after the licence's label, its check digit valid (round 32)
    ("unknown_code_label_check_digit", "運転免許証番号999012345620", True),
    ("unknown_code_label_bad_check_digit", "運転免許証番号999012345630", False),
    ("unknown_code_context_only", "免許の更新の際の番号 999012345620", False),
    ("full_width", f"運転免許証の番号は{fullwidth(V)}", True),
    ("kanji_numeral", f"免許証番号：{kanji(V)}", True),
    ("zero_width", f"免許証番号：{zw(V)}", True),
    ("dash_grouped_after_label", f"免許証番号：{V[:4]}－{V[4:8]}－{V[8:]}", True),  # (round 17: the label names it)
    ("dash_grouped_no_label", f"照会番号：{V[:4]}－{V[4:8]}－{V[8:]}", False),
    ("no_label", f"番号{V}の確認", False),
]


@pytest.mark.parametrize("name,text,blocks", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, blocks):
    assert (best(R, text) >= ALONE) is blocks


def test_checksum_boosts():
    assert best(R, f"運転免許証番号{V}") > best(R, "運転免許証番号309012345650")
