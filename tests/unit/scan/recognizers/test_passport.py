import pytest

from gateway.scan.recognizers.passport import PassportRecognizer, mrz_check
from tests.unit.scan._helpers import best, fullwidth, zw

R = PassportRecognizer(None)
ALONE = 0.6
MRZ2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"  # ICAO Doc 9303's specimen (Utopia): an example
MRZ2_JPN = "TZ44182072JPN8503194M3105227<<<<<<<<<<<<<<02"  # check digits valid, no specimen

CASES = [
    ("valid", "パスポート番号はTK1234567です", True),
    ("valid_english", "Passport No. TR7654321", True),
    ("invalid_shape_8_digits", "パスポート番号はTK12345678です", False),
    ("full_width", f"旅券番号：{fullwidth('TK1234567')}", True),
    ("dash_variant", "旅券番号 TK‐1234567", True),
    ("zero_width", f"旅券番号 {zw('TK1234567')}", True),
    ("no_label_product_code", "型番AB1234567の部品", False),
    ("mrz_line", f"P<JPNKIRISHIMA<<AOI<<<<<<<<<<<<<<<<<<<<<<<<<\n{MRZ2_JPN}", True),
    ("mrz_line_alone", MRZ2_JPN, True),
    ("mrz_icao_specimen", f"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n{MRZ2}", False),
    ("mrz_bad_check_digit", "L898902C37UTO7408123F1204150ZE184226B<<<<<10", False),
]


@pytest.mark.parametrize("name,text,blocks", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, blocks):
    assert (best(R, text) >= ALONE) is blocks


def test_icao_specimen_check_digits():
    assert mrz_check("L898902C3") == 6
    assert mrz_check("740812") == 2
    assert mrz_check("120415") == 9
