import pytest

from gateway.scan.recognizers.residence_card import ResidenceCardRecognizer
from tests.unit.scan._helpers import best, fullwidth, zw

R = ResidenceCardRecognizer(None)
ALONE = 0.6

CASES = [
    ("valid", "在留カード番号 AB12345678CD", True),
    ("valid_special_permanent", "特別永住者証明書番号：XY87654321ZZ", True),
    ("invalid_shape", "在留カード番号 AB1234567CD", False),
    ("full_width", f"在留カード番号{fullwidth('AB12345678CD')}", True),
    ("dash_variant", "在留カード番号 AB‐12345678‐CD", True),
    ("zero_width", f"在留カード {zw('AB12345678CD')}", True),
    ("no_label", "製品 AB12345678CD を発注", False),
]


@pytest.mark.parametrize("name,text,blocks", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, blocks):
    assert (best(R, text) >= ALONE) is blocks
