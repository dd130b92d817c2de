import pytest

from gateway.rules.errors import RulesError
from gateway.scan.config import load_config, parse_config
from tests.unit.scan._helpers import RULES


def test_shipped_rules_load():
    cfg = load_config(RULES)
    assert cfg.policy("JP_MY_NUMBER").alone == "block"
    assert cfg.policy("JP_CORPORATE_NUMBER").alone == "allow"
    assert cfg.custom_terms and cfg.allow_list.phones


ERRORS = [
    ({"custom_terms": [{"name": "a", "words": ["x"]}] * 3 + [{"name": "b", "pattern": "(["}]},
     "custom_terms[3].pattern", "invalid regex"),
    ({"custom_terms": [{"name": "a"}]}, "custom_terms[0]", "needs 'words' or 'pattern'"),
    ({"custom_terms": [{"name": "a", "words": [" "]}]}, "custom_terms[0].words", "empty"),
    ({"entities": {"PERSON": {"alone": "explode"}}}, "entities.PERSON.alone", "block"),
    ({"entities": {"PERSON": {"threshold": 2}}}, "entities.PERSON.threshold", "less than"),
    ({"entities": {"PERSON": {"colour": "red"}}}, "entities.PERSON.colour", "unknown key"),
    ({"bogus": 1}, "bogus", "unknown key"),
    ({"allow_list": {"phones": ["12"]}}, "allow_list.phones", "fewer than 6 digits"),
    ({"services": {"svc": {"marking_max_level": 9}}}, "services.svc.marking_max_level", "less than"),
    ({"combination": {"person_window": -1}}, "combination.person_window", "greater than"),
]


@pytest.mark.parametrize("data,entry,msg", ERRORS, ids=[e[1] for e in ERRORS])
def test_errors_name_file_and_entry(data, entry, msg):
    with pytest.raises(RulesError) as ei:
        parse_config(data)
    assert ei.value.file == "detectors.yaml"
    assert ei.value.entry == entry
    assert msg in ei.value.message


def test_invalid_yaml(tmp_path):
    (tmp_path / "detectors.yaml").write_text("entities: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulesError) as ei:
        load_config(tmp_path)
    assert ei.value.file == "detectors.yaml" and "YAML" in ei.value.message


def test_missing_extra_recognizer_file(tmp_path):
    (tmp_path / "detectors.yaml").write_text("extra_recognizers: [nope.yaml]\n", encoding="utf-8")
    with pytest.raises(RulesError) as ei:
        load_config(tmp_path)
    assert ei.value.entry == "extra_recognizers[0]"


def test_service_override_merges():
    cfg = parse_config({"entities": {"CREDENTIAL": {"alone": "block", "threshold": 0.5}},
                        "services": {"s": {"entities": {"CREDENTIAL": {"alone": "warn"}}}}})
    assert cfg.policy("CREDENTIAL", "s").alone == "warn"
    assert cfg.policy("CREDENTIAL", "s").threshold == 0.5
    assert cfg.policy("CREDENTIAL").alone == "block"


def test_builtin_policies_match_shipped_yaml():
    from gateway.scan.config import BUILTIN_POLICIES

    shipped = load_config(RULES)
    for name, pol in BUILTIN_POLICIES.items():
        assert shipped.entities[name] == pol, name


def test_missing_detectors_yaml_uses_builtin_policies(tmp_path):
    cfg = load_config(tmp_path)
    assert cfg.policy("PERSON").alone == "allow"
    assert cfg.policy("JP_MY_NUMBER").alone == "block"
