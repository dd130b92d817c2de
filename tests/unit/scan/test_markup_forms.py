"""gateway/scan/markup_forms.py: a filled-in form's layouts (checkbox choices, labels in box corners, key,value rows,
dates with spaced separators, a number over lines under its label, a URL query's fields) read as label and value, at
the same length (table tests, round 21)."""

from __future__ import annotations

import pytest

from gateway.scan.markup_forms import form_layouts_read

CHANGED = [
    ("era_ticked", "生年月日　□大正 □昭和 ■平成　３年", "生年月日　" + " " * 9 + "平成　３年"),
    ("sex_ticked", "性別：☐男 ☑女", "性別：" + " " * 3 + " 女"),
    ("box_corner_label", "┌生年月日┐ 昭和６２年４月１９日", "【生年月日】 昭和６２年４月１９日"),
    ("key_value_rows", "氏名,平良 朝子\n生年月日,1976/03/08", "氏名：平良 朝子\n生年月日：1976/03/08"),
    ("key_value_tabs", "氏名\t平良 朝子\n電話番号\t090-1234-5678", "氏名：平良 朝子\n電話番号：090-1234-5678"),
    ("spaced_slashes", "Date of birth: 14 / 02 / 1993", "Date of birth: 14/02/1993    "),
    ("spaced_dots", "生年月日 1993 . 02 . 14", "生年月日 1993.02.14    "),
    ("digits_under_label", "カード番号\n4539 8812\n0463 2215", "カード番号\n4539 8812 0463 2215"),
    ("query_fields", "GET /a?child_name=Ito+Mei&tel=0901&x=1 HTTP", "GET /a?child name:Ito Mei tel:0901 x:1 HTTP"),
]

UNCHANGED = [
    ("only_empty_boxes", "性別　□男 □女"),  # a blank form: nothing chosen
    ("ticks_without_choices", "■ 申請書を提出する\n■ 手数料を払う"),  # a list's bullets
    ("one_key_value_row", "氏名,平良 朝子"),  # one row: a two-column table's header as much as a record
    ("csv_table", "氏名,電話,住所\n平良 朝子,090-1234-5678,那覇市"),  # three cells a line: a table
    ("header_then_rows", "氏名,住所\n平良 朝子,那覇市\n比嘉 健,浦添市"),  # only the header starts with a field's name
    ("fraction", "1 / 2 の確率"),
    ("corner_rule", "┌──────┐"),
    ("digits_without_label", "合計\n1200\n3400"),  # a column of figures under no number's label
    ("query_with_token", "GET /cb?code=AbC123&state=xyz HTTP"),  # a credential's query stays as it is
    ("one_field", "GET /a?page=2 HTTP"),
]


@pytest.mark.parametrize("name,text,expected", CHANGED, ids=[c[0] for c in CHANGED])
def test_read(name, text, expected):
    out = form_layouts_read(text)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize("name,text", UNCHANGED, ids=[c[0] for c in UNCHANGED])
def test_unchanged(name, text):
    assert form_layouts_read(text) == text

