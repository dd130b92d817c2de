"""recognizers/unique_subject.py: an unnamed or pseudonymised subject singled out by the case is a person of the record
(round 17); a uniqueness cue with no such subject before it in its paragraph names nobody."""

import pytest

from gateway.scan.recognizers.unique_subject import UniqueSubjectRecognizer
from tests.unit.scan._helpers import detect

R = UniqueSubjectRecognizer(None)

CASES = [
    ("pseudonym_only_one", "対象者：Ｙ氏 79歳 女性\n居住：小集落（3世帯4人、うち単身女性は本人のみ）", "対象者"),
    ("pupil_only_one", "１　対象生徒\n　第2学年の女子生徒。吹奏楽部で唯一のチューバ担当。", "対象生徒"),
    ("letter_pseudonym", "Aさん（80代）は地区でただ一人の外国籍の高齢者で、", "Aさん"),
    ("subject_by_sex", "当該クラスの男子児童は学年で唯一の左利きで、", "男子児童"),
    ("no_subject", "本市で唯一の公立病院である市民病院では、がん検診を行います。", None),
    ("subject_in_another_paragraph", "対象者：Ｙ氏\n\n本市で唯一の公立病院です。", None),
    ("no_cue", "対象者：Ｙ氏 79歳 女性 要介護3", None),
]


@pytest.mark.parametrize("name,text,subject", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, subject):
    found = [sub for _, sub, _, _ in detect(R, text, "PERSON")]
    assert found == ([subject] if subject else [])
