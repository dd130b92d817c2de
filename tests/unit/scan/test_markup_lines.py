"""gateway/scan/markup_lines.py: line decoration and HTML formatting written as zero-width fillers, at the same length
(table tests)."""

from __future__ import annotations

import pytest

from gateway.scan.markup_lines import html_tags_dropped, ideographic_columns_as_cells, line_decoration_blanked

Z = "\u200b"  # the filler normalisation drops

CHANGED = [
    ("mail_quote", "> 氏名：浅見 翔\n> 住所：北浜市汐見台3-7-2", Z * 2 + "氏名：浅見 翔\n" + Z * 2 + "住所：北浜市汐見台3-7-2"),
    ("nested_quote", ">> 氏名：浅見 翔", Z * 3 + "氏名：浅見 翔"),
    ("quote_no_space", ">氏名：浅見 翔", Z + "氏名：浅見 翔"),
    ("crlf", "氏名：浅見 翔\r\n住所：汐見台", "氏名：浅見 翔" + Z + "\n住所：汐見台"),
    ("numbered_listing", "1: name,birth\n2: 浅見 翔,1990-01-02\n3: 北浜 太郎,1985-03-04",
     Z * 3 + "name,birth\n" + Z * 3 + "浅見 翔,1990-01-02\n" + Z * 3 + "北浜 太郎,1985-03-04"),
    ("numbered_bars", " 8 | a\n 9 | b\n10 | c", Z * 5 + "a\n" + Z * 5 + "b\n" + Z * 5 + "c"),
    ("escaped_breaks", '{"msg": "氏名：浅見 翔\\n住所：汐見台\\n電話：090"}',
     '{"msg": "氏名：浅見 翔' + Z + '\n住所：汐見台' + Z + '\n電話：090"}'),
]

HTML = [
    ("paragraphs", "<p>氏名：浅見 翔</p>\n<p>住所：汐見台</p>", Z * 3 + "氏名：浅見 翔" + Z * 4 + "\n" + Z * 3 + "住所：汐見台" + Z * 4),
    ("break_inside_line", "<div>氏名：浅見 翔<br>住所：汐見台</div>", Z * 5 + "氏名：浅見 翔\n" + Z * 3 + "住所：汐見台" + Z * 6),
    ("span_with_attributes", '<span class="x">氏名</span>：<b>浅見 翔</b>',
     Z * 16 + "氏名" + Z * 7 + "：" + Z * 3 + "浅見 翔" + Z * 4),
]

UNCHANGED = [
    ("arrow_in_prose", "A -> B の順に処理します"),
    ("times_not_numbers", "10:00 開会\n11:00 議事\n12:00 閉会"),
    ("table_no_column", "No\t氏名\n1\t浅見 翔\n2\t北浜 太郎\n3\t汐見 花子"),
    ("two_numbered_lines", "1: 開会\n2: 閉会"),
    ("not_consecutive", "1: 開会\n3: 議事\n5: 閉会"),
    ("one_escaped_break", 'print("a\\nb")'),
    ("escaped_quotes_kept", '"{\\"password\\": \\"x\\"}\\n\\n"'.replace("\\n\\n", "")),
]


@pytest.mark.parametrize("name,text,expected", CHANGED, ids=[c[0] for c in CHANGED])
def test_blanked(name, text, expected):
    out = line_decoration_blanked(text)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize("name,text,expected", HTML, ids=[c[0] for c in HTML])
def test_html_tags_dropped(name, text, expected):
    out = html_tags_dropped(text)
    assert out == expected
    assert len(out) == len(text)


def test_html_needs_two_tags_and_leaves_tables():
    assert html_tags_dropped("a <b> c") == "a <b> c"
    assert html_tags_dropped("<td>浅見</td><td>翔</td>") == "<td>浅見</td><td>翔</td>"


@pytest.mark.parametrize("name,text", UNCHANGED, ids=[c[0] for c in UNCHANGED])
def test_unchanged(name, text):
    assert line_decoration_blanked(text) == text


def test_linear_on_long_input():
    text = ("> " * 5000 + "x\n") * 20 + "\n".join(f"{i}: x" for i in range(1, 20000))
    assert len(line_decoration_blanked(text)) == len(text)


IDEO_TABLES = [
    ("managers", "課名\u3000課長名\u3000直通電話\n総務課\u3000越後谷 俊介\u30000229-64-1201\n町民課\u3000及川 浩幸\u30000229-64-1220", True),
    ("residents", "氏名\u3000生年月日\u3000電話\n浅見 翔\u30001990年1月2日\u3000090-4471-2290\n北浜 花子\u30001985年3月4日\u3000080-5513-2047", True),
    ("one_row_only", "課名\u3000課長名\u3000直通電話\n総務課\u3000越後谷 俊介\u30000229-64-1201", False),
    ("form_lines", "氏名\u3000浅見\u3000翔\n住所\u3000北浜市\n電話\u3000090", False),
    ("uneven_rows", "課名\u3000課長名\u3000直通電話\n総務課\u3000越後谷\u3000俊介\u30000229\n町民課\u3000及川 浩幸\u30000229", False),
    ("double_spaced", "課名\u3000\u3000課長名\u3000直通電話\n総務課\u3000越後谷 俊介\u30000229\n町民課\u3000及川 浩幸\u30000229", False),
]


@pytest.mark.parametrize("name,text,tabbed", IDEO_TABLES, ids=[c[0] for c in IDEO_TABLES])
def test_ideographic_columns(name, text, tabbed):
    out = ideographic_columns_as_cells(text)
    assert len(out) == len(text)
    assert (out != text) is tabbed
    if tabbed:
        assert "\u3000" not in out.split("\n", 1)[0] and out.replace("\t", "\u3000") == text


def test_double_spacing_halved():
    text = "氏名：浅見 翔\n\n住所：汐見台\n\n電話：090\n\n\n\n備考：なし\n\n生年月日：1990年1月2日\n"
    out = line_decoration_blanked(text)
    assert len(out) == len(text)
    assert out.replace(Z, "") == "氏名：浅見 翔\n住所：汐見台\n電話：090\n\n備考：なし\n生年月日：1990年1月2日\n"


def test_single_breaks_keep_the_spacing():
    text = "氏名：浅見 翔\n住所：汐見台\n\n電話：090\n\n備考：なし\n\n生年月日"
    assert line_decoration_blanked(text) == text
