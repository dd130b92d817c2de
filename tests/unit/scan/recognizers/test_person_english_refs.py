"""recognizers/person_english_refs.py: a surname's relative with a topic on the line (Sato's mum … ADHD) and a given name
in a salutation told their own matter in the second person (Hi Fatima, … you said … morning sickness) are people of the
record (round 36); words, conditionals and relatives with no topic are not."""

import pytest

from gateway.scan.recognizers.person_english_refs import english_refs

CASES = [
    ("possessive_mum_topic", "- Sato's mum called back. He takes medication for ADHD and ran out on day 5.", [("Sato", False)]),
    ("possessive_san_wife", "Nakamura-san's wife said he was diagnosed with depression last week.", [("Nakamura", False)]),
    ("salutation_you_said", "Hi Fatima,\n\nSince you said the morning sickness is bad, please see your doctor about the pregnancy.",
     [("Fatima", True)]),
    ("salutation_your_diagnosis", "Dear Marco,\n\nI am sorry about your diagnosis of diabetes.", [("Marco", True)]),
    ("possessive_no_topic", "- Sato's mum called to say thanks for the photos.", []),
    ("salutation_word", "Hi Team,\n\nYou said the dementia leaflet needs work.", []),
    ("salutation_conditional", "Hi Tom,\n\nIf you have any staff with diabetes, tell the clinic.", []),
    ("salutation_no_second_person", "Hi Anna,\n\nThe dementia café opens on Friday.", []),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, expected):
    assert [(text[s:s + len(n)], a) for s, n, a in english_refs(text)] == expected
