import pytest

from gateway.scan.document import example_regions, in_regions
from gateway.scan.recognizers._examples import is_example_credential, is_example_number
from gateway.scan.recognizers._numeric import assemble_after, column_header


@pytest.mark.parametrize("name,text,inside,outside", [
    ("bracket_marker", "【記入例】\n氏名：見本 太郎\n\n本番：氏名 北原", "見本", "北原"),
    ("inline_marker", "記入例：氏名 日本 花子", "日本", None),
    ("fictitious_note", "氏名 山田 太郎\n※架空のものです", "山田", None),
])
def test_example_regions(name, text, inside, outside):
    regions = example_regions(text)
    i = text.index(inside)
    assert in_regions(regions, i, i + 2)
    if outside:
        o = text.index(outside)
        assert not in_regions(regions, o, o + 2)


@pytest.mark.parametrize("text", ["架空請求の被害について", "サンプルを送ってください", "見本市に出展します"])
def test_no_example_region(text):
    assert example_regions(text) == []


@pytest.mark.parametrize("text,pos,header", [
    ("氏名,個人番号,電話\n佐藤,314159265352,03-1111-2222", "314159265352", "個人番号"),
    ("No\t個人番号\n1\t3141 5926 5352", "3141", "個人番号"),
    ("| 氏名 | 番号 |\n|---|---|\n| 佐藤 | 314159265352 |", "314159265352", "番号"),
    ("a,b\n1,2\n3,4", "4", "b"),
])
def test_column_header(text, pos, header):
    assert column_header(text, text.rindex(pos)) == header


@pytest.mark.parametrize("text", ["314159265352 です", "番号 1,2\n314159265352", "2026,3\n1,2"])
def test_no_column_header(text):
    assert column_header(text, len(text) - 1) is None


@pytest.mark.parametrize("text,digits", [
    ("個人番号：3 1 4 1 5 9 2 6 5 3 5 2", "314159265352"),
    ("個人番号(3141)(5926)(5352)", "314159265352"),
    ("個人番号\n3141 5926\n5352\n", "314159265352"),
    ("個人番号(12桁):3141-5926-5352", "314159265352"),
    ("個人番号 314159265352 7月に転入", "314159265352"),  # one unbroken run, then the next token
])
def test_assemble_after(text, digits):
    got = assemble_after(text, len("個人番号"), 12)
    assert got is not None and got[2] == digits


@pytest.mark.parametrize("text", [
    "個人番号：3141 5926 5352 7", "個人番号：3141 5926", "個人番号は後日お知らせします 314159265352",
    "個人番号\n3141 5926\n\n5352",
])
def test_assemble_after_refuses(text):
    assert assemble_after(text, len("個人番号"), 12) is None


def test_documented_examples():
    assert is_example_number("JP_MY_NUMBER", "123456789018")
    assert not is_example_number("JP_MY_NUMBER", "314159265352")
    assert is_example_number("CREDIT_CARD", "4111111111111111")
    assert not is_example_number("CREDIT_CARD", "4980123456789011")
    assert is_example_credential("AKIAIOSFODNN7EXAMPLE")
    assert not is_example_credential("AKIA2E0A8F3B244C9986")


@pytest.mark.parametrize("text,pairs", [
    ("Key (name, birth_date)=(長谷川 美和, 1987-11-03) exists", [("name", "長谷川 美和"), ("birth_date", "1987-11-03")]),
    ("INSERT INTO t (a, b) VALUES ('x, y', 'z')", [("a", "x, y"), ("b", "z")]),
    ("f(a, b) and (c, d)", []),
    ("(a, b)=(1)", [("a", "1")]),
])
def test_field_tuples(text, pairs):
    from gateway.scan.recognizers._text import field_tuples

    assert [(c, text[s:e]) for c, s, e in field_tuples(text)] == pairs
