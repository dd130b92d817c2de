"""recognizers/described_rows.py: a table whose columns describe people by place, look, age and sex (no name column)
gives one person per row (round 24); statistics of groups, lists of companies or facilities and the bands of an
anonymised table do not; round 39: a staff table by number or initials with a health or discipline column gives one
member of staff per row."""

import pytest

from gateway.scan.recognizers.described_rows import DescribedRowsRecognizer
from tests.unit.scan._helpers import detect

R = DescribedRowsRecognizer(None)

CASES = [
    ("place_landmark_age_sex", "地区,目印,年齢,性別,状況\n梅ヶ丘1丁目,酒屋の裏の平屋,86,女,独居\n梅ヶ丘2丁目,神社の隣,79,男,透析",
     ["梅ヶ丘1丁目", "梅ヶ丘2丁目"]),
    ("place_features_decade", "No\t場所\t特徴\t年代\t状況\n1\t中央橋の下\t青いテント\t60代\t受診拒否", ["中央橋の下"]),
    ("district_trade", "No\t地区\t業種・特徴\t滞納額\n1\t本町商店街\t唯一の鍛冶屋\t120,000", ["本町商店街"]),
    ("exact_age_no_description", "地区,年齢,性別,相談内容\n西部,83,女,年金\n東部,45,男,債務", ["西部", "東部"]),
    ("bands_of_anonymised_table", "ID,年代,性別,地区,主訴\nR-1,40代,男,東部,失業\nR-2,60代,女,西部,家賃滞納", []),
    ("count_column", "地区,年代,性別,件数\n東部,70代,女,12\n西部,80代,男,9", []),
    ("company_list", "業者名\t所在地\t業種\n株式会社汐見建設\t汐見2丁目\t土木", []),
    ("facility_list", "施設名,所在地,特徴\n中央公民館,本町1-2,駐車場あり", []),
    ("total_row", "地区,目印,年齢,性別\n合計,-,-,-", []),
    ("one_descriptor_filled", "地区,目印,年齢,性別\n北町,,,", []),
    # round 39: a staff table by number or initials with a health or discipline column
    ("staff_number_sick_leave", "職員番号,所属,職名,氏名略,開始,傷病名\n208114,保育課,保育士,S.W,2024-04-08,うつ病\n"
     "215530,建築指導課,技師,D.K,2024-05-13,不安障害", ["208114", "215530"]),
    ("initials_discipline", "イニシャル\t所属\t処分\nT.K\t税務課\t戒告", ["T.K"]),
    ("staff_number_attendance", "職員番号,所属,氏名略,出欠\n208114,保育課,S.W,出席", []),
    ("topic_column_without_ident", "所属,職名,傷病名\n保育課,保育士,うつ病", []),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, expected):
    assert [sub for _, sub, _, _ in detect(R, text, "PERSON")] == expected


def test_rows_are_people_of_the_record():
    [(_, _, _, meta)] = detect(R, "地区,目印,年齢,性別\n柳町3丁目,橋の手前,88,女", "PERSON")
    assert meta["form"] == "unique" and meta["full_name"] is False and meta["official"] is False
