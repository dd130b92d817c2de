"""The decision rules of aggregate.RULES one by one (synthetic findings, shipped policies):
each table has rows where the rule fires and rows where it must not."""

import pytest

from gateway.scan import aggregate as A
from gateway.scan.aggregate import Facts, Hit, decide
from gateway.scan.config import load_config
from tests.unit.scan._helpers import RULES

CFG = load_config(RULES)


def h(entity, start=0, score=0.9, line=0, end=None, **meta):
    return Hit(entity, start, start + 4 if end is None else end, score, meta, line)


def fired(rule, hits, stats=None):
    return [reason for _a, reason, _ev in rule(Facts(A.keep(hits, CFG, None), CFG, None, stats or {}))]


STREET = dict(level="street")
MOBILE = dict(kind="mobile", personal=True)
LANDLINE = dict(kind="landline", personal=True)


@pytest.mark.parametrize("name,hits,expect", [
    ("street_address_and_birth_date", [h("JP_ADDRESS", 0, **STREET), h("DATE_OF_BIRTH", 30, 0.9)], True),
    ("street_address_and_mobile", [h("JP_ADDRESS", 0, **STREET), h("PHONE_NUMBER", 40, 0.85, **MOBILE)], True),
    ("street_address_and_freemail", [h("JP_ADDRESS", 0, **STREET),
                                     h("EMAIL_ADDRESS", 50, 0.85, kind="freemail", personal=True)], True),
    ("city_level_address", [h("JP_ADDRESS", 0, level="city"), h("DATE_OF_BIRTH", 30, 0.9)], False),
    ("street_address_and_landline", [h("JP_ADDRESS", 0, **STREET), h("PHONE_NUMBER", 40, 0.85, **LANDLINE)], False),
    ("street_address_and_work_mail", [h("JP_ADDRESS", 0, **STREET),
                                      h("EMAIL_ADDRESS", 40, 0.85, kind="work", personal=True)], False),
    ("far_apart", [h("JP_ADDRESS", 0, **STREET), h("DATE_OF_BIRTH", 2000, 0.9)], False),
    ("example_form", [h("JP_ADDRESS", 0, example=True, **STREET), h("DATE_OF_BIRTH", 30, 0.9)], False),
])
def test_rule_address_with_personal_contact(name, hits, expect):
    assert (fired(A.rule_address_with_personal_contact, hits) == ["address_with_personal_contact"]) is expect


STAFF_SUBJECT = dict(staff=True, official=True, subject=True, form="title")
STAFF_INLINE = dict(staff=True, official=True, form="title")


@pytest.mark.parametrize("name,hits,expect", [
    ("subject_with_evaluation", [h("PERSON", 0, 0.6, **STAFF_SUBJECT), h("SENSITIVE_PERSONAL_INFO", 30, 0.7,
                                                                        category="personnel")], True),
    ("subject_with_health", [h("PERSON", 0, 0.6, **STAFF_SUBJECT), h("SENSITIVE_PERSONAL_INFO", 30, 0.7,
                                                                    category="health")], True),
    ("inline_with_discipline_same_line", [h("PERSON", 0, 0.5, **STAFF_INLINE),
                                          h("SENSITIVE_PERSONAL_INFO", 20, 0.7, category="discipline")], True),
    ("inline_with_discipline_other_line", [h("PERSON", 0, 0.5, line=0, **STAFF_INLINE),
                                           h("SENSITIVE_PERSONAL_INFO", 20, 0.7, line=1, category="discipline")],
     False),
    ("inline_with_training_topic", [h("PERSON", 0, 0.5, **STAFF_INLINE),
                                    h("SENSITIVE_PERSONAL_INFO", 20, 0.7, category="personnel")], False),
    ("inline_with_health", [h("PERSON", 0, 0.5, **STAFF_INLINE),
                            h("SENSITIVE_PERSONAL_INFO", 20, 0.7, category="health")], False),
    ("public_figure", [h("PERSON", 0, 0.6, official=True, form="famous"),
                       h("SENSITIVE_PERSONAL_INFO", 20, 0.7, category="discipline")], False),
    ("subject_far_from_topic", [h("PERSON", 0, 0.6, **STAFF_SUBJECT),
                                h("SENSITIVE_PERSONAL_INFO", 900, 0.7, category="personnel")], False),
])
def test_rule_staff_record_subject(name, hits, expect):
    assert (fired(A.rule_staff_record_subject, hits) == ["staff_record_subject"]) is expect


@pytest.mark.parametrize("name,hits,expect", [
    ("three_full_names_on_lines", [h("PERSON", i * 20, 0.8, line=i, _key=i, full_name=True) for i in range(3)], True),
    ("two_names", [h("PERSON", i * 20, 0.8, line=i, _key=i, full_name=True) for i in range(2)], False),
    ("three_officials", [h("PERSON", i * 20, 0.8, line=i, _key=i, official=True) for i in range(3)], False),
    ("three_surnames_one_line", [h("PERSON", i * 10, 0.8, line=0, _key=i, full_name=False) for i in range(3)], False),
    ("same_name_three_times", [h("PERSON", i * 20, 0.8, line=i, person_key="k", full_name=True) for i in range(3)],
     False),
])
def test_rule_roster(name, hits, expect):
    assert (fired(A.rule_roster, hits) == ["roster"]) is expect


@pytest.mark.parametrize("name,hits,expect", [
    ("topic_and_mobile", [h("SENSITIVE_PERSONAL_INFO", 0, 0.7), h("PHONE_NUMBER", 30, 0.85, **MOBILE)], True),
    ("topic_and_office_number", [h("SENSITIVE_PERSONAL_INFO", 0, 0.7),
                                 h("PHONE_NUMBER", 30, 0.85, kind="office", personal=False)], False),
    ("topic_far_from_mobile", [h("SENSITIVE_PERSONAL_INFO", 0, 0.7), h("PHONE_NUMBER", 500, 0.85, **MOBILE)], False),
])
def test_rule_sensitive_with_contact(name, hits, expect):
    assert (fired(A.rule_sensitive_with_contact, hits) == ["sensitive_with_personal_contact"]) is expect


@pytest.mark.parametrize("name,hits,reasons", [
    ("internal_matter", [h("INTERNAL_MATTER", 0, 0.85, matter="bid_price_before_opening", action="block")],
     ["internal_matter"]),
    ("internal_matter_warn", [h("INTERNAL_MATTER", 0, 0.85, matter="x", action="warn")], ["internal_matter"]),
    ("example_my_number", [h("JP_MY_NUMBER", 0, 0.95, example=True)], []),
    ("live_my_number", [h("JP_MY_NUMBER", 0, 0.95)], ["jp_my_number_alone"]),
    ("office_phone", [h("PHONE_NUMBER", 0, 0.9, personal=False)], []),
])
def test_rule_alone(name, hits, reasons):
    assert fired(A.rule_alone, hits) == reasons


@pytest.mark.parametrize("name,hits,expect", [
    ("private_person_and_phone", [h("PERSON", 0, 0.85, _key=1), h("PHONE_NUMBER", 10, 0.85, **MOBILE)], True),
    ("official_and_phone", [h("PERSON", 0, 0.85, official=True), h("PHONE_NUMBER", 10, 0.85, **MOBILE)], False),
    ("example_person_and_address", [h("PERSON", 0, 0.85, example=True), h("JP_ADDRESS", 10, 0.9, **STREET)], False),
    ("person_and_office_phone", [h("PERSON", 0, 0.85), h("PHONE_NUMBER", 10, 0.85, personal=False)], False),
])
def test_rule_person_with_attribute(name, hits, expect):
    assert bool(fired(A.rule_person_with_attribute, hits)) is expect


def test_rules_are_named_and_documented():
    for rule in A.RULES:
        assert rule.__name__.startswith("rule_") and (rule.__doc__ or "").strip(), rule.__name__
    docs = (RULES.parent / "docs" / "scanner.md").read_text(encoding="utf-8")
    for rule in A.RULES:
        assert rule.__name__ in docs, rule.__name__


def test_decision_records_evidence():
    d = decide([h("JP_ADDRESS", 0, **STREET), h("DATE_OF_BIRTH", 30, 0.9)], CFG)
    assert d.action == "block"
    f = next(f for f in d.fired if f.reason == "address_with_personal_contact")
    assert [e.entity for e in f.evidence] == ["JP_ADDRESS", "DATE_OF_BIRTH"]


@pytest.mark.parametrize("name,hits,expect", [
    ("name_like_freemail", [h("EMAIL_ADDRESS", 0, 0.85, kind="freemail", personal=True, name_like=True)], True),
    ("other_freemail", [h("EMAIL_ADDRESS", 0, 0.85, kind="freemail", personal=True)], False),
    ("allow_listed", [h("EMAIL_ADDRESS", 0, 0.85, kind="allow_listed", personal=False, name_like=True)], False),
])
def test_rule_named_personal_email(name, hits, expect):
    assert (fired(A.rule_named_personal_email, hits) == ["email_names_person"]) is expect


# (round 26) a host map: three or more distinct private hosts (IP_ADDRESS ``hosts``), decided as the office's
# internal_network matter is; an office that drops that matter drops this rule too
def test_internal_hosts_follows_the_internal_network_matter():
    from gateway.scan.config import parse_config

    hosts = [h("IP_ADDRESS", start=i * 20, score=0.75, private=True, hosts=3) for i in range(3)]
    assert fired(A.rule_internal_hosts, hosts) == ["internal_hosts"]
    assert fired(A.rule_internal_hosts, [h("IP_ADDRESS", score=0.75, private=True)]) == []
    for matters, want in (({"use_defaults": False, "matters": []}, []),
                          ({"matters": [{"name": "internal_network", "words": ["VLAN"], "action": "warn"}]}, ["warn"])):
        cfg = parse_config({"internal_matters": matters})
        got = [a for a, _r, _e in A.rule_internal_hosts(Facts(A.keep(hosts, cfg, None), cfg, None, {}))]
        assert got == want
