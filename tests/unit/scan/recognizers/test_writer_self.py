"""recognizers/writer_self.py: a message's named writer (a self-introduction after a unit, or a signature on one of
the last lines) when they speak of themselves in the first person; no first-person cue, no writer (round 21)."""

import pytest

from gateway.scan.recognizers.writer_self import WriterSelfRecognizer
from tests.unit.scan._helpers import detect

R = WriterSelfRecognizer(None)

CASES = [
    ("intro_then_own", "保険年金課の樋渡です。私事ですが、来月手術を受けることになりました。", ["樋渡"]),
    ("signature", "私事で恐縮ですが、母の介護のため休暇をいただきます。\nよろしくお願いします。\n新開 里美", ["新開 里美"]),
    ("intro_and_signature", "資産税課の梶です。私は来週から通院のため時差出勤します。\n梶 直人", ["梶", "梶 直人"]),
    ("no_first_person", "保険年金課の樋渡です。来月の会議の資料を送ります。", []),
    ("own_work_not_self", "保険年金課の樋渡です。私の担当する案件について相談です。", []),
    ("closing_word_not_signature", "私は元気です。\n以上 よろしく", []),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, expected):
    assert [sub for _, sub, _, _ in detect(R, text, "PERSON")] == expected
