import pytest

from gateway.scan.recognizers.sensitive_personal_info import FAMILIES, SensitivePersonalInfoRecognizer
from tests.unit.scan._helpers import detect, fullwidth, zw

R = SensitivePersonalInfoRecognizer(None)
E = "SENSITIVE_PERSONAL_INFO"

# (name, text, expected keyword, category)
CASES = [
    ("depression", "松本花子さんはうつ病で休職中です。", "うつ病", "health"),
    ("welfare", "生活保護を受給中の中村陽菜さんの家庭訪問記録", "生活保護", "welfare"),
    ("criminal_record", "加藤誠さんの前科について面談記録にまとめて", "前科", "crime"),
    ("health_check", "健康診断の結果、血糖値が高い", "健康診断", "health_check"),
    ("disability_card", "精神障害者保健福祉手帳を持つ田中さくらさん", "精神障害者保健福祉手帳", "disability"),
    ("ryouiku", "療育手帳B2の交付", "療育手帳", "disability"),
    ("dv_support", "DV支援措置の対象者の住所", "DV支援措置", "dv"),
    ("dv_alone", "DVの相談を受けた", "DV", "dv"),
    ("dv_fullwidth", f"{fullwidth('DV')}被害の相談", "ＤＶ被害", "crime_victim"),
    ("spousal_violence", "配偶者暴力相談支援センター", "配偶者暴力", "dv"),
    ("residence_view_limit", "住民票の閲覧制限を申し出た", "住民票の閲覧制限", "resident_registry"),
    ("child_abuse", "児童虐待の通告があった", "児童虐待", "child_welfare"),
    ("temporary_protection", "一時保護の判断", "一時保護", "child_welfare"),
    ("tax_arrears", "市県民税の滞納が続いている", "滞納", "tax"),
    ("seizure", "預金の差押えを予告", "差押え", "tax"),
    ("nursing_care", "要介護3の認定", "要介護", "care"),
    ("single_parent", "ひとり親家庭の児童扶養手当", "ひとり親", "single_parent"),
    ("child_support", "養育費の不払い", "養育費", "single_parent"),
    ("race", "人種を理由とする", "人種", "race"),
    ("creed", "信仰している宗教", "信仰", "creed"),
    ("buraku", "被差別部落の出身", "被差別部落", "social_status"),
    ("arrest", "昨日逮捕された", "逮捕", "crime"),
    ("juvenile", "少年院を出院した", "少年院", "juvenile"),
    ("victim", "被害届を提出した", "被害届", "crime_victim"),
    ("genetic", "遺伝子検査の結果", "遺伝子検査", "genetic"),
    ("hiv", "HIV陽性と判明", "HIV", "health"),
    ("medication", "抗うつ薬を服薬中", "抗うつ薬", "health"),
    ("cancer", "胃がんの手術", "胃がん", "health"),
    ("zero_width", f"{zw('生活保護')}受給者", "生活保護", "welfare"),
]

NEGATIVES = [
    ("dvd", "ライブDVDを発売した"),
    ("ganbaru", "がんばってください"),
    ("system_failure", "システム障害が発生したので復旧手順を"),
    ("steeplechase", "3000m障害物で金メダル"),
    ("clinic_name", "休日急病診療所の案内"),
    ("hearing_aids", "hearing aids are expensive"),
    ("weather", "台風接近時の注意喚起の放送文"),
    ("general", "議事録を要約するコツを教えて"),
]


@pytest.mark.parametrize("name,text,kw,cat", CASES, ids=[c[0] for c in CASES])
def test_keywords(name, text, kw, cat):
    res = detect(R, text, E)
    assert res, name
    hit = [r for r in res if r[1].replace("\u200b", "") == kw]
    assert hit, f"{name}: {[r[1] for r in res]}"
    meta = hit[0][3]
    assert meta["category"] == cat
    assert meta["strength"] == "weak"
    assert hit[0][2] >= 0.5


@pytest.mark.parametrize("name,text", NEGATIVES, ids=[n for n, _ in NEGATIVES])
def test_not_sensitive(name, text):
    assert detect(R, text, E) == []


def test_longest_match_wins():
    res = detect(R, "身体障害者手帳の等級", E)
    assert [r[1] for r in res] == ["身体障害者手帳"]


def test_presidio_path_uses_automaton():
    # the plain presidio entry point (no engine trigger pass) finds the same keywords
    res = R.analyze("生活保護を受給中の方のうつ病", None)
    assert {r.recognition_metadata["category"] for r in res} == {"welfare", "health"}


def test_every_family_has_legal_flag():
    for fam, (legal, spec, broad) in FAMILIES.items():
        assert isinstance(legal, bool) and spec, fam


def test_a_word_is_guarded_once():
    """A second guard for a word would silently replace the first (round 42: 滞納's own guard was lost so): refused."""
    from gateway.scan.recognizers import sensitive_personal_info as spi

    before = spi._GUARDS["滞納"]
    with pytest.raises(ValueError, match="guarded twice"):
        spi._guard(("滞納",), after=r"の件")
    assert spi._GUARDS["滞納"] is before
