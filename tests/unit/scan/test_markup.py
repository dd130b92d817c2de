"""Layout read as structure (gateway/scan/markup.py), same length: HTML tables (cells as tabs, rows as lines),
form labels spread to the field's width (均等割付) packed."""

from __future__ import annotations

import pytest

from gateway.scan.markup import spread_labels_packed, tables_as_cells


@pytest.mark.parametrize("html,cells", [
    ("<table><tr><th>氏名</th><th>住所</th></tr><tr><td>工藤 真一</td><td>中央3-1-8</td></tr></table>",
     [["氏名", "住所"], ["工藤 真一", "中央3-1-8"]]),
    ('<TR><TD class="name">森 優斗</TD><TD>小2</TD></TR>', [["森 優斗", "小2"]]),  # upper case, attributes
    ("<tr>\n  <td>原 千尋</td>\n  <td>中1</td>\n</tr>", [["原 千尋"], ["中1"]]),  # one cell a line: one cell a row
    ("<td>a</td><br><td>b</td>", [["a"], ["b"]]),
])
def test_cells_and_rows(html, cells):
    out = tables_as_cells(html)
    assert len(out) == len(html)  # offsets into the prompt hold
    rows = [[c.strip() for c in line.split("\t") if c.strip()] for line in out.split("\n")]
    assert [r for r in rows if r] == cells


@pytest.mark.parametrize("text", [
    "ふつうの文章です。",
    "<p>段落</p><b>太字</b>",  # markup without a table cell
    "a <tdz> b <thing>",  # other tags that start the same
    "x < th > y",
])
def test_other_text_is_unchanged(text):
    assert tables_as_cells(text) == text


def test_a_table_with_a_name_column_is_read_as_one(scanner):
    html = ("<table><tr><th>受付</th><th>氏名</th><th>相談内容</th></tr>\n"
            "<tr><td>11/02</td><td>工藤 真一</td><td>多重債務、家賃滞納3か月</td></tr></table>")
    res = scanner.scan(html)
    assert res.action == "block"
    person = next(f for f in res.findings if f.entity == "PERSON")
    assert html[person.start:person.end] == "工藤 真一"  # the offset points into the prompt as sent


def test_a_table_of_figures_stays_allowed(scanner):
    assert scanner.scan("<table><tr><th>地区</th><th>人口</th></tr><tr><td>中央</td><td>26,115</td></tr></table>"
                        ).action == "allow"


@pytest.mark.parametrize("text,packed", [
    ("氏　　名　山田 太郎", "氏名　　　山田 太郎"),
    ("住 所 中央1-2-3", "住所　 中央1-2-3"),
    ("  生 年 月 日：昭和54年", "  生年月日　　　：昭和54年"),
    ("受付\n氏　名　山田", "受付\n氏名　　山田"),
])
def test_spread_labels_are_packed(text, packed):
    out = spread_labels_packed(text)
    assert out == packed and len(out) == len(text)


@pytest.mark.parametrize("text", [
    "彼は氏 名を名乗らなかった。",  # not followed by a space or colon
    "中に氏　名がある",  # not at a line's start
    "氏名　山田 太郎",  # already together
])
def test_other_spacing_is_left_alone(text):
    assert spread_labels_packed(text) == text


def test_a_form_with_spread_labels_is_read(scanner):
    text = "氏　　名　山田 太郎\n住　　所　あおば台市本町1丁目2番3号"
    res = scanner.scan(text)
    assert res.action == "block"
    person = next(f for f in res.findings if f.entity == "PERSON")
    assert text[person.start:person.end] == "山田 太郎"


@pytest.mark.parametrize("text,joined", [
    ("氏名：\n浅井\n理恵", "氏名： 浅井 理恵"),
    ("転居先：\n埼玉県さいたま市\n緑区東浦和\n５－１２－８\n氏名：\n浅井 理恵",
     "転居先： 埼玉県さいたま市 緑区東浦和 ５－１２－８\n氏名： 浅井 理恵"),
    ("氏名：\n浅井 理恵\n生年月日：\n昭和50年1月1日", "氏名： 浅井 理恵\n生年月日：\n昭和50年1月1日"),  # names and addresses only
    ("氏名：\n\n（記入しないでください）", "氏名：\n\n（記入しないでください）"),  # a blank line ends the value
    ("住所：\n北区\n電話：\n03-1234-5678", "住所： 北区\n電話：\n03-1234-5678"),  # another label ends it
    ("お名前は？\n浅井です", "お名前は？\n浅井です"),  # no label alone on its line
])
def test_a_label_alone_on_its_line_is_joined_to_its_values_lines(text: str, joined: str) -> None:
    from gateway.scan.markup_records import label_lines_joined

    out = label_lines_joined(text)
    assert out == joined and len(out) == len(text)
