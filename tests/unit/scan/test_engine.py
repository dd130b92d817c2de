import threading
from pathlib import Path

import pytest

from gateway.rules.errors import RulesError
from gateway.scan.api import Finding, ScanResult, load_scanner
from gateway.scan.engine import build_analyzer_engine
from gateway.scan.normalise import normalise
from tests.unit.scan._helpers import RULES

SCANNER = load_scanner(RULES)
MY = "314159265352"  # valid check digit; 123456789018 is a documented example (ignored)


def test_shapes_and_offsets_into_original():
    text = f"個人番号：{MY[:4]}‐{MY[4:8]}\u200b‐{MY[8:]}です"
    res = SCANNER.scan(text)
    assert isinstance(res, ScanResult) and res.action == "block"
    [f] = [f for f in res.findings if f.entity == "JP_MY_NUMBER"]
    assert isinstance(f, Finding)
    assert text[f.start:f.end].replace("\u200b", "").replace("‐", "") == MY
    assert res.reasons == ("jp_my_number_alone",)
    assert res.stats["zero_width_removed"] == 1


def test_full_width_kanji_offsets():
    text = "マイナンバーは" + "三一四一五九二六五三五二" + "。"
    [f] = [f for f in SCANNER.scan(text).findings if f.entity == "JP_MY_NUMBER"]
    assert (f.start, f.end) == (7, 19)


def test_allow_on_plain_prose():
    res = SCANNER.scan("議事録を要約するコツを教えて")
    assert res.action == "allow" and res.findings == () and res.reasons == ()


def test_empty_text():
    assert SCANNER.scan("").action == "allow"


def test_allow_listed_office_phone_never_counts():
    res = SCANNER.scan("担当 山田太郎さん（代表電話 042-555-0100）")
    assert all(f.entity != "PHONE_NUMBER" for f in res.findings)
    assert res.action != "block"


def test_result_never_contains_text():
    secret = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"
    res = SCANNER.scan(f"key={secret}")
    assert res.action == "block"
    assert secret not in repr(res)


def test_thread_safe():
    texts = [f"個人番号：{MY}", "議事録の書き方", "携帯090-1234-5678 山田花子さん"] * 30
    want = [SCANNER.scan(t).action for t in texts]
    got: list[str | None] = [None] * len(texts)

    def work(i):
        got[i] = SCANNER.scan(texts[i]).action

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == want


def test_recognizer_error_fails_closed(monkeypatch, caplog):
    scanner = load_scanner(RULES)
    r = next(r for r in scanner.recognizers if r.name == "MyNumberRecognizer")

    def boom(ctx):
        raise ValueError("secret text must not leak")

    monkeypatch.setattr(r, "analyze_ctx", boom)
    with caplog.at_level("DEBUG"):
        res = scanner.scan(f"個人番号：{MY}")
    assert res.action == "block" and "scanner_error" in res.reasons
    logged = " ".join(r.getMessage() + repr(r.__dict__) for r in caplog.records)
    assert "recognizer failed" in logged and MY not in logged and "must not leak" not in logged


def test_service_override_marking():
    doc = "この資料を要約して\n機密性２情報\n来年度の組織再編案"
    assert SCANNER.scan(doc).action == "block"
    assert SCANNER.scan(doc, service_id="azure-openai").action != "block"


def test_analyzer_engine_ja_runs_recognizers():
    engine = build_analyzer_engine(RULES)
    assert "ja" in engine.supported_languages
    text = normalise("個人番号：１２３４ ５６７８ ９０１８、カード番号4111111111111111").text
    found = {r.entity_type for r in engine.analyze(text, language="ja")}
    assert {"JP_MY_NUMBER", "CREDIT_CARD"} <= found
    names = {r.name for r in engine.registry.recognizers}
    assert "MyNumberRecognizer" in names and "CredentialRecognizer" in names


EXTRA = """
recognizers:
  - name: "StaffIdRecognizer"
    supported_language: "ja"
    supported_entity: "STAFF_ID"
    patterns:
      - name: "staff id"
        regex: "STF-[0-9]{6}"
        score: 0.9
"""


def _rules_with_extra(tmp_path: Path, extra: str) -> Path:
    (tmp_path / "detectors.yaml").write_text(
        (RULES / "detectors.yaml").read_text(encoding="utf-8").replace(
            "extra_recognizers: []", "extra_recognizers: [staff.yaml]"), encoding="utf-8")
    (tmp_path / "staff.yaml").write_text(extra, encoding="utf-8")
    return tmp_path


def test_extra_presidio_yaml_recognizer(tmp_path):
    scanner = load_scanner(_rules_with_extra(tmp_path, EXTRA))
    res = scanner.scan("職員番号 ＳＴＦ－１２３４５６ の件")
    assert [f.entity for f in res.findings] == ["STAFF_ID"]
    assert res.action == "block" and res.reasons == ("staff_id_alone",)


def test_extra_yaml_wrong_language(tmp_path):
    with pytest.raises(RulesError) as ei:
        load_scanner(_rules_with_extra(tmp_path, EXTRA.replace('"ja"', '"en"')))
    assert ei.value.file == "detectors.yaml" and ei.value.entry == "extra_recognizers[0]"


def test_presidio_default_registry_unaffected_by_aigw_classes():
    """presidio looks predefined recognizers up by class name among EntityRecognizer subclasses:
    aigw class names must not shadow them."""
    from presidio_analyzer import RecognizerRegistry

    reg = RecognizerRegistry()
    reg.load_predefined_recognizers(languages=["en"])
    assert all(not type(r).__module__.startswith("gateway.") for r in reg.recognizers)


@pytest.mark.parametrize("yaml_text,entry", [
    ("entities:\n  JP_MYNUMBER: {alone: block}\n", "entities.JP_MYNUMBER"),
    ("services:\n  svc:\n    entities:\n      CREDENTIALS: {alone: warn}\n", "services.svc.entities.CREDENTIALS"),
])
def test_unknown_entity_names_rejected(tmp_path, yaml_text, entry):
    (tmp_path / "detectors.yaml").write_text(yaml_text, encoding="utf-8")
    with pytest.raises(RulesError) as ei:
        load_scanner(tmp_path)
    assert ei.value.file == "detectors.yaml" and ei.value.entry == entry


def test_extra_entity_policy_allowed(tmp_path):
    rules = _rules_with_extra(tmp_path, EXTRA)
    text = (rules / "detectors.yaml").read_text(encoding="utf-8")
    text = text.replace("  CUSTOM_TERM:", "  STAFF_ID:                {threshold: 0.5, alone: warn}\n  CUSTOM_TERM:")
    (rules / "detectors.yaml").write_text(text, encoding="utf-8")
    res = load_scanner(rules).scan("STF-123456")
    assert res.action == "warn" and res.reasons == ("staff_id_alone",)


@pytest.mark.parametrize("text", [
    "山田太郎さんの口座番号とパスワード",
    "𠮷野さん🙂の銀行口座、password",
    "ascii only password and token",
    "",
])
def test_trigger_hits_are_character_offsets(text):
    from gateway.scan.recognizers._base import _find_hits

    words = {w for r in SCANNER.recognizers for w in r.trigger_words()}
    low = text.lower()
    got = SCANNER._trigger_hits(low) if text else {}
    want = _find_hits(text, words)
    assert {k: sorted(v) for k, v in got.items()} == {k: sorted(v) for k, v in want.items()}
