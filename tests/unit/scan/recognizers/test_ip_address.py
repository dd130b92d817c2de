import pytest

from gateway.scan.recognizers.ip_address import IpAddressRecognizer
from tests.unit.scan._helpers import detect, fullwidth, zw

R = IpAddressRecognizer(None)

CASES = [
    ("private", "サーバ 192.168.10.25 に接続できない", True, True),
    ("public", "8.8.8.8 へのping", True, False),
    ("ipv6", "fe80::1ff:fe23:4567:890a", True, True),
    ("invalid_octet", "192.168.300.1", False, None),
    ("version_string", "バージョン 1.2.3.4 をインストール", False, None),
    ("full_width", f"サーバ{fullwidth('10')}．０．０．１", True, True),
    ("zero_width", f"サーバ {zw('10.0.0.1')}", True, True),
    ("five_parts", "1.2.3.4.5", False, None),
    ("kanji_numeral", "サーバ 一九二.一六八.一〇〇.二五〇", True, True),
    ("no_label_public", "8.8.4.4", True, False),
]


@pytest.mark.parametrize("name,text,found,private", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, found, private):
    res = detect(R, text)
    assert bool(res) is found
    if found:
        assert res[0][3]["private"] is private
