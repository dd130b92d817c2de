import pytest

from gateway.scan.recognizers.my_number import MyNumberRecognizer
from tests.unit.scan._helpers import best, detect, fullwidth, kanji, my_number, zw

R = MyNumberRecognizer(None)
V = my_number("12345678901")
assert V == "123456789018"
G = f"{V[:4]}-{V[4:8]}-{V[8:]}"
ALONE = 0.6

CASES = [
    ("valid_label", f"個人番号：{V}", True),
    ("valid_known_vectors", "マイナンバー 621498320257 と 983205673214", True),
    ("invalid_check_digit", "個人番号：123456789012", False),
    ("invalid_stated", "マイナンバー983205673210", False),
    ("full_width", f"個人番号は{fullwidth(V)}です", True),
    ("full_width_grouped", f"マイナンバー：{fullwidth(G)}", True),
    ("dash_variant_hyphen", f"個人番号 {G.replace('-', '‐')}", True),
    ("dash_variant_choon", f"個人番号 {G.replace('-', 'ー')}", True),
    ("dash_variant_minus", f"個人番号 {G.replace('-', '−')}", True),
    ("space_grouped", f"マイナンバー {V[:4]} {V[4:8]} {V[8:]}", True),
    ("ideographic_space", f"マイナンバー {V[:4]}\u3000{V[4:8]}\u3000{V[8:]}", True),
    ("kanji_numeral", f"個人番号は{kanji(V)}です", True),
    ("zero_width", f"個人番号は{zw(V)}です", True),
    ("label_far_before", f"以下は個人番号の一覧です。担当者が確認した結果を記載します。対象：{V}", True),
    ("no_label_order_number", f"受付番号{V}の申請", False),
    ("no_label_plain", f"番号{V}の件", False),
    ("no_label_date_seq", "202603215909", False),
    ("thirteen_digits", f"個人番号 {V}5", False),
    ("card_grouping_no_label", f"カード記載の {V[:4]} {V[4:8]} {V[8:]}", True),
]


@pytest.mark.parametrize("name,text,blocks", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, blocks):
    assert (best(R, text) >= ALONE) is blocks


def test_offsets_cover_digits():
    text = f"氏名 山田　個人番号：{fullwidth(G)}。"
    [(ent, frag, score, meta)] = detect(R, text)
    assert ent == "JP_MY_NUMBER" and frag == fullwidth(G) and meta["strength"] == "strong"


def test_weak_without_label_is_reported_low():
    assert 0 < best(R, f"{V}") < ALONE
