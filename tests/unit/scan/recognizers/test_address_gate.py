"""The address pattern is tried only from _CITY_END_REACH characters before a window's first 市/区/町/村:
the gate must never lose an address, also at the longest possible distance."""

import pytest

from gateway.scan.recognizers import address as A
from gateway.scan.recognizers._base import ScanContext
from gateway.scan.recognizers.address import AddressRecognizer
from tests.unit.scan._helpers import detect

# a 4-character prefecture, an 8-character 郡 part, then 7 characters before the 市: the 市 at offset 19
LONGEST = "鹿児島県" + "甲乙丙丁戊己庚郡" + "甲乙丙丁戊己庚市" + "本町1-2-3"


@pytest.mark.parametrize("text", [
    LONGEST,
    "申請者の住所は" + LONGEST + "です。",
    "x" * 30 + " " + LONGEST,
    "神奈川県横浜市港北区日吉本町1-20-3",
    "会議は1-2で終わり。東京都千代田区霞が関1-2-3",
])
def test_gate_keeps_every_address(text):
    r = AddressRecognizer()
    ctx = ScanContext(text)
    ctx.hits = {}
    for w in A.TRIGGERS:
        p = text.lower().find(w.lower())
        while p >= 0:
            ctx.hits.setdefault(w.lower(), []).append(p)
            p = text.lower().find(w.lower(), p + 1)
    got = [(x.start, x.end) for x in r.analyze_ctx(ctx)]
    # the ungated pattern over the whole text finds the same street-level spans
    want = [(m.start(), r._end(text, m)) for m in A.ADDRESS_RE.finditer(text) if r._street(text, m) is not None]
    assert got == want and got


def test_longest_city_offset_is_the_reach():
    m = A.ADDRESS_RE.match(LONGEST)
    assert m is not None and m.start() == 0 and "市" in m.group("city")
    assert LONGEST.index("市") == A._CITY_END_REACH
    assert detect(AddressRecognizer(), LONGEST)
