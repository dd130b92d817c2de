"""Golden table for the decision by combination (synthetic findings, shipped policies)."""

import pytest

from gateway.scan.aggregate import Hit, decide
from gateway.scan.config import load_config
from tests.unit.scan._helpers import RULES

CFG = load_config(RULES)


def h(entity, start=0, score=0.9, line=0, **meta):
    return Hit(entity, start, start + 4, score, meta, line)


P = lambda start=0, line=0, **m: h("PERSON", start, 0.8, line, honorific=True, _key=start, **m)  # noqa: E731

GOLDEN = [
    ("name_alone", [P()], "allow", []),
    ("address_alone", [h("JP_ADDRESS", 0, 0.85)], "allow", []),
    ("dob_alone_warns", [h("DATE_OF_BIRTH", 0, 0.8)], "warn", ["date_of_birth_alone"]),
    ("sensitive_topic_alone", [h("SENSITIVE_PERSONAL_INFO", 0, 0.8)], "allow", []),
    ("marking_in_question", [h("CLASSIFICATION_MARKING", 0, 0.5, standalone=False, level="2")], "warn",
     ["marking_in_question"]),
    ("marking_on_document", [h("CLASSIFICATION_MARKING", 0, 0.9, standalone=True, level="2")], "block",
     ["classification_marking_alone"]),
    ("corporate_number_alone", [h("JP_CORPORATE_NUMBER", 0, 0.85, informational=True)], "allow", []),
    ("credential", [h("CREDENTIAL", 0, 0.95)], "block", ["credential_alone"]),
    ("my_number_labelled", [h("JP_MY_NUMBER", 0, 0.95)], "block", ["jp_my_number_alone"]),
    ("my_number_checksum_only", [h("JP_MY_NUMBER", 0, 0.3)], "allow", []),
    ("my_number_checksum_only_with_person", [P(0), h("JP_MY_NUMBER", 10, 0.3)], "block",
     ["person_with_jp_my_number"]),
    ("person_mobile", [P(0), h("PHONE_NUMBER", 10, 0.85, personal=True)], "block", ["person_with_phone_number"]),
    ("person_office_phone", [P(0), h("PHONE_NUMBER", 10, 0.4, personal=False)], "allow", []),
    ("person_far_from_phone", [P(0), h("PHONE_NUMBER", 5000, 0.85, personal=True)], "allow", []),
    ("person_address", [P(0), h("JP_ADDRESS", 10, 0.85)], "block", ["person_with_jp_address"]),
    ("person_dob", [P(0), h("DATE_OF_BIRTH", 10, 0.8)], "block", ["date_of_birth_alone", "person_with_date_of_birth"]),
    ("person_sensitive", [P(0), h("SENSITIVE_PERSONAL_INFO", 10, 0.8)], "block",
     ["person_with_sensitive_personal_info"]),
    ("official_person_sensitive", [h("PERSON", 0, 0.8, official=True), h("SENSITIVE_PERSONAL_INFO", 10, 0.8)],
     "allow", []),
    ("person_freemail", [P(0), h("EMAIL_ADDRESS", 10, 0.85, personal=True)], "block",
     ["person_with_email_address"]),
    ("roster_lines", [P(0, 0), P(20, 1), P(40, 2)], "block", ["roster"]),
    ("two_names", [P(0, 0), P(20, 1)], "allow", []),
    ("three_names_one_line_no_honorific",
     [h("PERSON", 0, 0.8, _key=1), h("PERSON", 10, 0.8, _key=2), h("PERSON", 20, 0.8, _key=3)], "allow", []),
    ("attributes_without_name", [h("PHONE_NUMBER", 0, 0.85, personal=True), h("JP_ADDRESS", 10, 0.85),
                                 h("DATE_OF_BIRTH", 30, 0.8)], "block",
     ["date_of_birth_alone", "personal_attributes_combined"]),
    ("below_threshold_dropped", [h("CREDENTIAL", 0, 0.2)], "allow", []),
    ("custom_term_warn", [h("CUSTOM_TERM", 0, 0.9, action="warn")], "warn", ["custom_term"]),
    ("ip_private_warns", [h("IP_ADDRESS", 0, 0.75, private=True)], "warn", ["ip_address_alone"]),
]


@pytest.mark.parametrize("name,hits,action,reasons", GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden(name, hits, action, reasons):
    d = decide(hits, CFG)
    assert d.action == action
    assert sorted(d.reasons) == sorted(reasons)


def test_service_allows_level_2_marking():
    hits = [h("CLASSIFICATION_MARKING", 0, 0.9, standalone=True, level="2")]
    assert decide(hits, CFG, "azure-openai").action == "allow"
    hits3 = [h("CLASSIFICATION_MARKING", 0, 0.9, standalone=True, level="3")]
    assert decide(hits3, CFG, "azure-openai").action == "block"


def test_zero_width_signal_warns():
    assert decide([], CFG, None, {"zero_width_in_digits": 5}).reasons == ["zero_width_in_number"]


def test_scanner_error_fails_closed():
    assert decide([], CFG, None, {"recognizer_errors": 1}).action == "block"
