"""gateway/scan/markup_lines.py: line decoration written as spaces, at the same length (table tests)."""

from __future__ import annotations

import pytest

from gateway.scan.markup_lines import line_decoration_blanked

CHANGED = [
    ("mail_quote", "> 氏名：浅見 翔\n> 住所：北浜市汐見台3-7-2", "  氏名：浅見 翔\n  住所：北浜市汐見台3-7-2"),
    ("nested_quote", ">> 氏名：浅見 翔", "   氏名：浅見 翔"),
    ("quote_no_space", ">氏名：浅見 翔", " 氏名：浅見 翔"),
    ("crlf", "氏名：浅見 翔\r\n住所：汐見台", "氏名：浅見 翔 \n住所：汐見台"),
    ("numbered_listing", "1: name,birth\n2: 浅見 翔,1990-01-02\n3: 北浜 太郎,1985-03-04",
     "   name,birth\n   浅見 翔,1990-01-02\n   北浜 太郎,1985-03-04"),
    ("numbered_bars", " 8 | a\n 9 | b\n10 | c", "     a\n     b\n     c"),
    ("escaped_breaks", '{"msg": "氏名：浅見 翔\\n住所：汐見台\\n電話：090"}', '{"msg": "氏名：浅見 翔 \n住所：汐見台 \n電話：090"}'),
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


@pytest.mark.parametrize("name,text", UNCHANGED, ids=[c[0] for c in UNCHANGED])
def test_unchanged(name, text):
    assert line_decoration_blanked(text) == text


def test_linear_on_long_input():
    text = ("> " * 5000 + "x\n") * 20 + "\n".join(f"{i}: x" for i in range(1, 20000))
    assert len(line_decoration_blanked(text)) == len(text)
