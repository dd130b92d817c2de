import pytest

from gateway.scan.recognizers.phone import PhoneNumberRecognizer
from tests.unit.scan._helpers import config, detect, fullwidth, kanji, zw

R = PhoneNumberRecognizer(None)

# (name, text, found, personal)
CASES = [
    ("mobile", "携帯090-1234-5678に連絡", True, True),
    ("mobile_plain", "連絡先 09012345678", True, True),
    ("mobile_intl", "+81 90-1234-5678", True, True),
    ("mobile_080_0", "（080-0417-1152）", True, True),
    ("tollfree_0800", "0800-417-1152", True, False),
    ("landline_home", "自宅 03-1234-5678", True, True),
    ("landline_paren", "電話 (03)1234-5678", True, True),
    ("office", "市役所福祉課 代表 03-1234-5678", True, False),
    ("tollfree", "お問い合わせは0120-123-456まで", True, False),
    ("navidial", "ナビダイヤル 0570-000-123", True, False),
    ("invalid_length", "携帯090-1234-567", False, None),
    ("full_width", f"携帯{fullwidth('090-1234-5678')}", True, True),
    ("dash_variant", "携帯 090ー1234ー5678", True, True),
    ("dash_variant_wave", "電話 090〜1234〜5678", True, True),
    ("kanji_numeral", f"携帯 {kanji('09012345678')}", True, True),
    ("zero_width", f"携帯{zw('090-1234-5678')}", True, True),
    ("no_label_bare_10_digits", "文書番号0312345678", False, None),
]


@pytest.mark.parametrize("name,text,found,personal", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, found, personal):
    res = detect(R, text)
    assert bool(res) is found
    if found:
        assert res[0][3]["personal"] is personal


def test_allow_listed_office_number():
    r = PhoneNumberRecognizer(config())
    [(_, _, _, meta)] = detect(r, "代表電話 042-555-0100")
    assert meta["kind"] == "allow_listed" and meta["personal"] is False
