import csv
from pathlib import Path

import pytest

from gateway.scan.recognizers.address import AddressRecognizer
from tests.unit.scan._helpers import detect, fullwidth, zw

R = AddressRecognizer(None)
E = "JP_ADDRESS"
GEOLONIA = Path("/work/shared/eval/outside/geolonia-addresses.csv")

# (name, text, matched substring, level, label, prefecture)
CASES = [
    ("label_full", "住所：福岡県福岡市早良区西新4-3-12\n連絡先", "福岡県福岡市早良区西新4-3-12", "street", True, True),
    ("building_room", "加藤様（住所：神奈川県横浜市港北区日吉本町1-20-3 日吉ハイツ405、電話",
     "神奈川県横浜市港北区日吉本町1-20-3 日吉ハイツ405", "street", True, True),
    ("chome_banchi_go", "田中翔太, 大阪府豊中市新千里東町1丁目2番1号, 090-4372-5750",
     "大阪府豊中市新千里東町1丁目2番1号", "street", False, True),
    ("kanji_numerals", "東京都千代田区霞が関一丁目二番三号", "東京都千代田区霞が関一丁目二番三号", "street", False, True),
    ("fullwidth_dash", f"栃木県宇都宮市本町{fullwidth('12-9')}", "栃木県宇都宮市本町１２－９", "street", False, True),
    ("dash_variant_choon", "愛知県名古屋市千種区今池5ー1ー8", "愛知県名古屋市千種区今池5ー1ー8", "street", False, True),
    ("dash_variant_minus", "愛知県名古屋市千種区今池5−1−8", "愛知県名古屋市千種区今池5−1−8", "street", False, True),
    ("sapporo_jo", "北海道札幌市北区北24条西6丁目1-1", "北海道札幌市北区北24条西6丁目1-1", "street", False, True),
    ("gun_cho_banchi_room", "長野県北佐久郡軽井沢町大字軽井沢1323番地 コーポ軽井沢201号室",
     "長野県北佐久郡軽井沢町大字軽井沢1323番地 コーポ軽井沢201号室", "street", False, True),
    ("banchi_no", "東京都府中市宮西町2丁目24番地の3", "東京都府中市宮西町2丁目24番地の3", "street", False, True),
    ("no_prefecture", "相談者の住所は横浜市港北区日吉本町1-20-3です", "横浜市港北区日吉本町1-20-3", "street", True, False),
    ("kyoto_street", "京都府京都市中京区寺町通御池上る上本能寺前町488番地",
     "京都府京都市中京区寺町通御池上る上本能寺前町488番地", "street", False, True),
    ("bare_lot", "大阪府守口市大日東町4に住んでいます", "大阪府守口市大日東町4", "street", False, True),
    ("label_town_only", "住所：日吉本町1-20-3", "日吉本町1-20-3", "street", True, False),
    ("zero_width", f"住所：{zw('東京都千代田区霞が関1-2-3')}", None, "street", True, True),
    ("block_only", "兵庫県宝塚市すみれガ丘1丁目に所在する公立小学校", "兵庫県宝塚市すみれガ丘1丁目", "block", False, True),
    ("city_after_label", "住所：横浜市港北区\n電話：", "横浜市港北区", "city", True, False),
]

NEGATIVES = [
    ("place_alone", "横浜市港北区の歴史を紹介して"),
    ("prefecture_alone", "東京都の人口1400万人"),
    ("city_event", "東京都新宿区で3人が表彰された"),
    ("route_number", "長野県道407号長瀬横倉停車場線は"),
    ("season_range", "2010-11シーズンは出場機会が減少した"),
    ("bare_dashes", "部品番号 1-2-3 の在庫"),
    ("floor", "横浜市港北区役所2階の窓口"),
    ("ordinance_no", "条例第3号の改正"),
]


@pytest.mark.parametrize("name,text,match,level,label,pref", CASES, ids=[c[0] for c in CASES])
def test_addresses(name, text, match, level, label, pref):
    res = detect(R, text, E)
    assert res, name
    _, sub, score, meta = res[0]
    if match is not None:
        assert sub == match
    assert meta["level"] == level
    assert meta["label"] is label
    assert meta["prefecture"] is pref
    assert meta["strength"] == ("strong" if level == "street" else "weak")
    assert score >= {"street": 0.85, "block": 0.5, "city": 0.3}[level]


@pytest.mark.parametrize("name,text", NEGATIVES, ids=[n for n, _ in NEGATIVES])
def test_not_addresses(name, text):
    assert [r for r in detect(R, text, E) if r[3]["level"] != "city"] == []


@pytest.mark.skipif(not GEOLONIA.exists(), reason="geolonia address list not available")
def test_geolonia_recall():
    """Street-level recall on real-format addresses (full-width digits, dash variants, 丁目/番地/号)
    embedded in a sentence without a label."""
    rows = list(csv.DictReader(GEOLONIA.open(encoding="utf-8")))
    hit = 0
    for r in rows:
        a = r["住所"]
        res = detect(R, f"{a}に住んでいます", E)
        if any(sub.replace(" ", "") == a.replace(" ", "") for _, sub, _, _ in res):
            hit += 1
    assert hit / len(rows) >= 0.97


# a town, its 丁目 and a house number with no city (a letter's sender, a call note): street level, weak
TOWN_CHOME = [
    ("dash", "若葉台2丁目14-6 携帯080-4412-7736", "若葉台2丁目14-6"),
    ("ban_go_kanji", "今は実家（緑が丘三丁目5番8号）にいます", "緑が丘三丁目5番8号"),
    ("after_particle", "実家は若葉台2丁目14番地の3です", "若葉台2丁目14番地の3"),
    ("building", "桜台4丁目16-9 コーポ桜台203号室", "桜台4丁目16-9 コーポ桜台203号室"),
    ("three_part_dash", "市民：南が丘3-12-4、電話は090-5186-2290。", "南が丘3-12-4"),
]
TOWN_CHOME_NOT = [
    ("no_house_number", "若葉台2丁目の公園"),
    ("no_town", "3丁目14番の交差点付近で事故"),
    ("one_char_town", "、本2丁目3-4"),
    ("document_number", "資料3-12-4 を参照"),
    ("section_number", "第3-1-2条"),
    ("phone_after_word", "携帯080-4412-7736"),
    ("extension", "内線2-215-3"),
    ("date", "会議は2026-11-20です"),
]


@pytest.mark.parametrize("name,text,match", TOWN_CHOME, ids=[c[0] for c in TOWN_CHOME])
def test_town_chome_with_house_number(name, text, match):
    (r,) = [r for r in detect(R, text, E)]
    assert r[1] == match and r[3]["level"] == "street" and r[3]["strength"] == "weak" and r[3]["form"] == "town"


@pytest.mark.parametrize("name,text", TOWN_CHOME_NOT, ids=[c[0] for c in TOWN_CHOME_NOT])
def test_town_chome_needs_a_town_and_a_house_number(name, text):
    assert [r for r in detect(R, text, E) if r[3].get("form") == "town"] == []


def test_a_town_address_decides_only_beside_a_personal_contact(scanner):
    assert scanner.scan("若葉台2丁目14-6 携帯080-4412-7736").action == "block"
    assert scanner.scan("会場：中央1丁目5番1号 市民会館（電話 0467-32-1111）").action == "allow"
    assert scanner.scan("若葉台2丁目14-6の公園で清掃活動を行います。").action == "allow"
