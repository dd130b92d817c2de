import random
import re

import pytest

from gateway.scan.normalise import DASHES, normalise

CASES = [
    ("full_width_digits", "番号１２３４", "番号1234"),
    ("era_glyph_expands", "㍻元年", "平成元年"),
    ("secret_glyph", "㊙資料", "秘資料"),
    ("ideographic_space", "a\u3000b", "a b"),
    ("zero_width_removed", "12\u200b34\u2060", "1234"),
    ("variation_selector_removed", "葛\U000e0100城", "葛城"),
    ("dash_between_digits", "090‐1234−5678", "090-1234-5678"),
    ("choon_between_digits", "1234ー5678", "1234-5678"),
    ("choon_in_word_kept", "データー", "データー"),
    ("wave_between_digits", "1〜2", "1-2"),
    ("dash_not_between_digits", "A–B", "A–B"),
    ("kanji_run", "二〇二四年", "2024年"),
    ("kanji_long_run", "一二三四五六七八九〇一八", "123456789018"),
    ("kanji_alone_kept", "一人で三丁目へ", "一人で三丁目へ"),
    ("kanji_positional_kept", "三十一日", "三十一日"),
    ("kanji_next_to_digit", "1二3", "123"),
    ("kanji_pair_next_to_digit", "12三四", "1234"),
    ("kanji_pair_in_name_kept", "三四郎さん、白井一三美さん", "三四郎さん、白井一三美さん"),
    ("daiji", "壱弐参", "123"),
    ("maru_placeholder_kept", "○○限り", "○○限り"),
    ("arabic_indic_digits", "٣٤", "34"),
    ("halfwidth_katakana", "ｶﾞｯｺｳ", "ガッコウ"),
    ("circled_digit", "①", "1"),
    ("parenthesised_digit_expands", "⑴", "(1)"),
    ("zero_width_between_dash", "12\u200b‐\u200b34", "12-34"),
]


@pytest.mark.parametrize("name,src,want", CASES, ids=[c[0] for c in CASES])
def test_normalise_table(name, src, want):
    assert normalise(src).text == want


def test_identity_fast_path():
    n = normalise("普通の文章です。")
    assert n.identity and n.to_original(0, 3) == (0, 3)


def test_zero_width_counted():
    n = normalise("個人番号 1\u200b2\u200b3\u200b4")
    assert n.stats["zero_width_removed"] == 3
    assert n.stats["zero_width_in_digits"] == 3


def test_expansion_maps_to_whole_glyph():
    src = "日付㍻31年"
    n = normalise(src)
    i = n.text.index("平成")
    assert n.to_original(i, i + 1) == (2, 3)  # part of an expansion maps to the whole glyph
    assert n.to_original(i + 2, i + 4) == (3, 5)


ALPHABET = list("0123456789０１２３４５６７８９一二三四〇ー－‐—〜 　番号はです㍻①⑴ｶﾞ") + ["\u200b", "\u2060", "\ufe0f", "\U000e0101"]


@pytest.mark.parametrize("seed", range(40))
def test_offset_map_properties(seed):
    """Every normalised digit run maps back into the original and covers exactly the original
    digit characters of that run (no digit lost at the edges)."""
    rng = random.Random(seed)
    src = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 80)))
    n = normalise(src)
    assert len(n.text) <= len(src) * 3
    for m in re.finditer(r"[0-9]+", n.text):
        s, e = n.to_original(m.start(), m.end())
        assert 0 <= s <= e <= len(src)
        orig = normalise(src[s:e]).text
        # the mapped original, normalised on its own, contains the digits found
        assert m.group(0) in orig or m.group(0) in re.sub(r"[^0-9]", "", orig)
    # every position maps monotonically
    prev = 0
    for i in range(len(n.text) + 1):
        s = n.to_original_start(i) if i < len(n.text) else len(src)
        assert s >= prev
        prev = s


def test_dashes_table_contains_spec_chars():
    for ch in "‐‑‒–—―−ー─━﹘⁃〜～~":
        assert ch in DASHES


def test_variant_kanji_of_names_fold_one_to_one() -> None:
    """﨑 (a unified ideograph of the compatibility block), 𠮷 (outside the basic plane), 髙 and 德 are left alone by NFKC;
    the scanner reads their common forms, at the same offsets."""
    for original, folded in (("山﨑 花子", "山崎 花子"), ("𠮷田 德子", "吉田 徳子"), ("髙橋さん", "高橋さん")):
        n = normalise(original)
        assert n.text == folded
        assert n.to_original(0, len(n.text)) == (0, len(original))
