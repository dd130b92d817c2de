"""recognizers/person_latin_labels.py: one capitalised word after a case note's person label and its colon is a name
(round 38); a form's value words, a label without its colon (a unit's name) and other labels are not."""

import pytest

from gateway.scan.recognizers.person_latin_labels import label_word, one_word_ok

CASES = [
    ("Child:", "Rosa", True),
    ("Pupil :", "Kevin", True),
    ("Family:", "Santos", True),
    ("Cliente:", "Quispe", True),
    ("Patient:", "Ngozi", True),
    ("Child:", "Male", False),
    ("Client:", "Unknown", False),
    ("Patient:", "Adult", False),
    ("Family:", "Single", False),
    ("Student", "Office", False),  # (no colon: the Student Office)
    ("Name:", "Rosa", False),  # (a general label still needs a full name)
    ("Child:", "r", False),
]


@pytest.mark.parametrize("label,word,ok", CASES, ids=[f"{c[0]}{c[1]}" for c in CASES])
def test_one_word(label, word, ok):
    assert one_word_ok(label, word) is ok


def test_label_word():
    assert label_word("Child:") == "child"
    assert label_word("  ") == ""
