import pytest

from gateway.scan.config import parse_config
from gateway.scan.recognizers.custom_term import CustomTermRecognizer
from tests.unit.scan._helpers import detect, fullwidth, zw

CFG = parse_config({"custom_terms": [
    {"name": "codes", "words": ["プロジェクト若葉", "KIRIN"]},
    {"name": "cs", "words": ["Alpha"], "case_sensitive": True},
    {"name": "ids", "pattern": "MDN-SEC-[0-9]{4}", "action": "warn"},
]})
R = CustomTermRecognizer(CFG)

CASES = [
    ("word", "プロジェクト若葉の予算", ["codes"]),
    ("ascii_case_insensitive", "project kirin について", ["codes"]),
    ("ascii_inside_word", "KIRINBEER の広告", []),
    ("case_sensitive_miss", "alpha版", []),
    ("case_sensitive_hit", "Alpha版", ["cs"]),
    ("pattern", "文書 MDN-SEC-2024", ["ids"]),
    ("full_width", f"ＭＤＮ－ＳＥＣ－{fullwidth('2024')}", ["ids"]),
    ("zero_width", f"{zw('プロジェクト若葉')}", ["codes"]),
    ("none", "関係のない文章", []),
]


@pytest.mark.parametrize("name,text,terms", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, terms):
    assert sorted(m["term"] for _, _, _, m in detect(R, text)) == terms


def test_pattern_action_is_carried():
    [(_, _, _, meta)] = detect(R, "MDN-SEC-2024")
    assert meta["action"] == "warn"
