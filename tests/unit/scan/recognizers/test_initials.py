"""recognizers/initials.py: someone written by the dotted initials of their name, addressed, labelled as the subject,
followed by their class or age in brackets, or under an イニシャル column, is a person of the record (round 21);
dotted capitals elsewhere and a single letter are not."""

import pytest

from gateway.scan.recognizers.initials import InitialsRecognizer
from tests.unit.scan._helpers import detect

R = InitialsRecognizer(None)

CASES = [
    ("addressed", "T.K.くんのお母さんから電話がありました。", ["T.K."]),
    ("addressed_spaced", "担任：H. M.さんは今週欠席です。", ["H. M."]),
    ("labelled_subject", "対象：Y.N.\n内容：不登校", ["Y.N."]),
    ("class_in_brackets", "記録：S.O.（2年1組・女子）と面談", ["S.O."]),
    ("age_in_brackets", "利用者 K.I.(83歳) 転倒", ["K.I."]),
    ("initials_column", "| 組 | イニシャル | 備考 |\n|---|---|---|\n| 1-2 | A.S. | 卵 |\n| 3-1 | R.T. | 乳 |", ["A.S.", "R.T."]),
    ("country_codes", "U.S. and E.U. policies on care", []),
    ("single_letter", "Aさん（80代）の事例を検討します。", []),
    ("no_honorific", "ファイル名は A.B.txt です。", []),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, expected):
    assert [sub for _, sub, _, _ in detect(R, text, "PERSON")] == expected
